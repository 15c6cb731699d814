// Helpers of the end-to-end journeys: the emulator (built once, started per stack on a known
// port with a TOML config), the demo server, the outbox, RFC 6238 codes, and page checks
// (axe-core, CSP violations, screenshots).
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { createHmac } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

import { startDemo } from "../../scripts/demo-server.mjs";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
// Screenshots of a test run go to an ignored folder: every run differs (QR codes, times), so the
// README's copies in docs/screenshots/ are replaced only by `npm run screenshots`.
export const screenshotsDir = join(root, "test-results", "screenshots");
export const VIEWPORT = { width: 800, height: 900 };

// The emulator is a member of the workspace: its binary lands in the workspace's target dir.
const targetDir = process.env.CARGO_TARGET_DIR ?? join(root, "target");
const emulatorBinary = join(targetDir, "release", "ory-emulator");

/**
 * Builds the emulator (release) once per run; a no-op when it is up to date. The demo also
 * needs pkg/ (`withPackage: false` for apps that do not load it, such as examples/leptos).
 */
export function buildEmulator({ withPackage = true } = {}) {
  const result = spawnSync("cargo", ["build", "--release", "--quiet", "-p", "ory-emulator"], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
  });
  assert.equal(result.status, 0, "cargo build of the emulator failed");
  assert.ok(existsSync(emulatorBinary), `no emulator binary at ${emulatorBinary}`);
  if (withPackage) assert.ok(existsSync(join(root, "pkg", "index.js")), "pkg/ is missing: run npm run build first");
}

/**
 * A free TCP port on 127.0.0.1 for a server that is started later (the listener is closed again
 * before it is returned). Picked below the kernel's ephemeral range: a port from that range
 * (what listen(0) gives) is also the local port of any outgoing connection — the browser's, a
 * child process' — and one such connection took a port of ours between the pick and the bind in
 * a CI run ("Address already in use"). Below the range, only a listener that asks for that very
 * port can take it.
 */
export async function freePort() {
  const [ephemeralStart] = ephemeralRange();
  const low = 10000;
  const high = Math.max(low + 1000, ephemeralStart);
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const port = low + Math.floor(Math.random() * (high - low));
    if (await canListen(port)) return port;
  }
  throw new Error(`no free port between ${low} and ${high} after 50 tries`);
}

/** The kernel's ephemeral port range (Linux); the IANA range elsewhere. */
function ephemeralRange() {
  try {
    const [start, end] = readFileSync("/proc/sys/net/ipv4/ip_local_port_range", "utf8").trim().split(/\s+/).map(Number);
    if (Number.isInteger(start) && Number.isInteger(end)) return [start, end];
  } catch {}
  return [49152, 65535];
}

function canListen(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/**
 * A TOML document of flat keys and one level of tables (values: strings, numbers, booleans,
 * arrays; objects inside arrays become inline tables, e.g. `identity_schemas`).
 */
function toToml(config) {
  const value = (v) => {
    if (Array.isArray(v)) return `[${v.map(value).join(", ")}]`;
    if (v && typeof v === "object") {
      return `{ ${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)} = ${value(x)}`).join(", ")} }`;
    }
    return JSON.stringify(v);
  };
  const lines = [];
  const tables = [];
  for (const [key, v] of Object.entries(config)) {
    if (v && typeof v === "object" && !Array.isArray(v)) tables.push([key, v]);
    else lines.push(`${key} = ${value(v)}`);
  }
  for (const [name, table] of tables) {
    lines.push("", `[${name}]`);
    for (const [key, v] of Object.entries(table)) lines.push(`${key} = ${value(v)}`);
  }
  return lines.join("\n") + "\n";
}

/**
 * Starts the emulator with `:memory:` and a config file. Its public URL uses the host name
 * `localhost` (as the page does), so that cookies it sets in answers to the page's requests are
 * also sent on top-level navigations to it (the social sign-in round trip).
 */
export async function startEmulator({ uiUrl, publicPort, config = {} }) {
  const dir = mkdtempSync(join(tmpdir(), "ory-e2e-"));
  const file = join(dir, "emulator.toml");
  writeFileSync(
    file,
    toToml({
      public_url: `http://localhost:${publicPort}/`,
      public_port: publicPort,
      admin_port: 0,
      db: ":memory:",
      ui_url: uiUrl,
      // Cheaper password hashes: the journeys hash many passwords on 2 cores.
      argon2: { memory: 8192, iterations: 1, parallelism: 1 },
      ...config,
    }),
  );
  const child = spawn(emulatorBinary, ["--config", file], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  const log = [];
  createInterface({ input: child.stderr }).on("line", (line) => {
    log.push(line);
    if (log.length > 400) log.shift();
  });
  const urls = {};
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the emulator did not start:\n${log.join("\n")}`)), 15000);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the emulator exited with ${code}:\n${log.join("\n")}`));
    });
    createInterface({ input: child.stdout }).on("line", (line) => {
      const match = /^(public|admin): (\S+)/.exec(line);
      if (match) urls[match[1]] = match[2].replace(/\/$/, "");
      if (urls.public && urls.admin) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return {
    publicUrl: urls.public,
    adminUrl: urls.admin,
    log,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }).finally(() => rmSync(dir, { recursive: true, force: true })),
  };
}

/** The demo server and an emulator wired to each other (both on localhost, different ports). */
export async function startStack({ config = {} } = {}) {
  // The emulator's port is chosen before it runs (the demo must know it), so another listener
  // can take it in between — the demo's own port 0 once did (a CI run: "Address already in
  // use"); then the stack starts again on another port.
  for (let attempt = 1; ; attempt += 1) {
    const publicPort = await freePort();
    const demo = await startDemo({ port: 0, kratosPublicUrl: `http://localhost:${publicPort}`, axe: true });
    try {
      const emulator = await startEmulator({ uiUrl: demo.url, publicPort, config });
      return stackOf(demo, emulator);
    } catch (error) {
      await demo.close();
      if (attempt < 3 && /Address already in use/.test(error.message)) continue;
      throw error;
    }
  }
}

function stackOf(demo, emulator) {
  return {
    demo,
    emulator,
    url: (path = "/") => new URL(path, demo.url).href,
    stop: async () => {
      await emulator.stop();
      await demo.close();
    },
  };
}

// ------------------------------------------------------------------ the outbox

/** Every courier message to `recipient`, oldest first. */
export async function messagesTo(adminUrl, recipient) {
  const response = await fetch(`${adminUrl}/admin/courier/messages?recipient=${encodeURIComponent(recipient)}`);
  assert.equal(response.status, 200, "GET /admin/courier/messages");
  const list = await response.json();
  return list.sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)));
}

/**
 * The code of the newest message of `templateType` to `recipient` that was not there before
 * (`seen` = the number of such messages before the action), polling briefly.
 */
export async function codeFromOutbox(adminUrl, recipient, templateType, seen = 0) {
  const deadline = Date.now() + 5000;
  for (;;) {
    const messages = (await messagesTo(adminUrl, recipient)).filter((m) => m.template_type === templateType);
    if (messages.length > seen) {
      const body = messages.at(-1).body;
      const code = /^\s*(\d{6})\s*$/m.exec(body)?.[1];
      assert.ok(code, `no code in the ${templateType} message: ${body}`);
      return code;
    }
    if (Date.now() > deadline) assert.fail(`no new ${templateType} message to ${recipient} in the outbox`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function countMessages(adminUrl, recipient, templateType) {
  return (await messagesTo(adminUrl, recipient)).filter((m) => m.template_type === templateType).length;
}

/** Creates an identity with a password through the admin API. */
export async function createIdentity(adminUrl, { email, password, first = "Test", last = "User" }) {
  const response = await fetch(`${adminUrl}/admin/identities`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      schema_id: "default",
      traits: { email, name: { first, last } },
      credentials: { password: { config: { password } } },
    }),
  });
  assert.equal(response.status, 201, `create identity: ${await response.clone().text()}`);
  return response.json();
}

// ------------------------------------------------------------------ RFC 6238

function base32Decode(text) {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const char of text.replace(/[\s=]/g, "").toUpperCase()) {
    const index = alphabet.indexOf(char);
    if (index < 0) throw new Error(`not base32: ${char}`);
    bits += index.toString(2).padStart(5, "0");
  }
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

/** The RFC 6238 code (HMAC-SHA1, 30 s steps, 6 digits) of a base32 secret at `time` (ms). */
export function totp(secret, time = Date.now()) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(time / 1000 / 30)));
  const mac = createHmac("sha1", base32Decode(secret)).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const value = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(value).padStart(6, "0");
}

/** A TOTP code that stays valid for at least a few seconds (waits out the end of a step). */
export async function freshTotp(secret) {
  const left = 30_000 - (Date.now() % 30_000);
  if (left < 3000) await new Promise((r) => setTimeout(r, left + 100));
  return totp(secret);
}

// ------------------------------------------------------------------ pages

/** A fresh browser context (cookie jar) and page at the deterministic viewport. */
export async function newPage(browser) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: "en-US" });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    // window.__cspViolations starts afresh with every page load; Chromium's own console report
    // ("Refused to … Content Security Policy …") and www/csp.js's line outlive navigations.
    const kind = /Content Security Policy|^CSP violation/.test(message.text()) ? "csp" : "console";
    problems.push(`${kind}: ${message.text()}`);
  });
  page.setDefaultTimeout(10000);
  return { context, page, problems };
}

/** Waits until the SPA finished routing to `path` (and refreshed the identity line). */
export async function waitForRoute(page, path) {
  // `document.body` is null while a navigation's new document is still parsing its head.
  await page.waitForFunction((p) => location.pathname === p && document.body?.dataset.route === p, path);
}

/** Waits until a flow form of `kind` is on screen and the page is idle. */
export async function waitForFlow(page, kind) {
  await page.waitForSelector(`.ory-flow.ory-flow--${kind} form:not([aria-busy=true])`);
  await page.waitForFunction((k) => location.pathname === `/${k}` && new URLSearchParams(location.search).has("flow"), kind);
}

/** Fills inputs by name. */
export async function fill(page, fields) {
  for (const [name, value] of Object.entries(fields)) {
    await page.fill(`.ory-flow input[name="${name}"]`, value);
  }
}

/** Clicks the submit button with this name (and value). */
export async function press(page, name, value) {
  const selector = value === undefined ? `.ory-flow button[name="${name}"]` : `.ory-flow button[name="${name}"][value="${value}"]`;
  await page.click(selector);
}

/** The message ids shown in the flow (form-level and field messages). */
export function messageIds(page) {
  return page.$$eval(".ory-flow [data-message-id]", (nodes) => nodes.map((n) => Number(n.dataset.messageId)));
}

/** Waits until a message with `id` is shown. */
export async function waitForMessage(page, id) {
  await page.waitForSelector(`.ory-flow .ory-messages [data-message-id="${id}"], .ory-flow [data-message-id="${id}"]`);
}

/** Runs axe-core (served by the demo at /__axe.js, so the CSP is not bypassed) and asserts no violations. */
export async function assertAccessible(page, label) {
  const loaded = await page.evaluate(() => typeof window.axe === "object");
  if (!loaded) await page.addScriptTag({ url: "/__axe.js" });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(" ")}: ${n.failureSummary?.split("\n").slice(0, 3).join(" ")}`),
    }));
  });
  assert.deepEqual(
    violations,
    [],
    `axe-core found accessibility violations on ${label}:\n${violations
      .map((v) => `- [${v.impact}] ${v.id}: ${v.help}\n    ${v.nodes.join("\n    ")}`)
      .join("\n")}`,
  );
}

/** Asserts the page recorded no Content-Security-Policy violation. */
export async function assertNoCspViolations(page) {
  const violations = await page.evaluate(() => window.__cspViolations ?? null);
  assert.notEqual(violations, null, "the page's CSP listener (www/csp.js) is missing");
  assert.deepEqual(violations, [], `CSP violations: ${JSON.stringify(violations)}`);
}

/** Saves a PNG of the page into test-results/screenshots/<name>.png (see screenshotsDir). */
export async function screenshot(page, name) {
  mkdirSync(screenshotsDir, { recursive: true });
  await page.evaluate(() => document.activeElement?.blur?.());
  await page.screenshot({ path: join(screenshotsDir, `${name}.png`), fullPage: false, animations: "disabled", caret: "hide" });
}

/** The text of an element. */
export function text(page, selector) {
  return page.$eval(selector, (e) => e.textContent.trim());
}
