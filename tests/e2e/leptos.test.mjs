// The Leptos example (examples/leptos/) end to end: the app (Rust, Leptos CSR, ory-wasm's Rust
// API and renderer) under the demo's strict CSP in headless Chromium with a CDP virtual
// authenticator, against the emulator. One journey: sign up with a password, sign out, sign in
// with the password, add a passkey in settings, sign out, sign in with the passkey, sign out.
//
// The app is built first (cargo decides whether anything is stale: a no-op build takes a
// second; the first build on a fresh machine compiles Leptos for wasm32).
//
//   node --test tests/e2e/leptos.test.mjs
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";

import { EMULATOR_CONFIG, buildLeptosExample, startLeptosServer } from "../../examples/leptos/server.mjs";
import { launchBrowser } from "../support/browser.mjs";
import { assertAccessible, assertNoCspViolations, buildEmulator, fill, freePort, newPage, root, startEmulator } from "./support.mjs";

let browser;
let emulator;
let app;

before(async () => {
  buildLeptosExample({ quiet: true });
  buildEmulator({ withPackage: false });
  const port = await freePort();
  const publicPort = await freePort();
  emulator = await startEmulator({ uiUrl: `http://localhost:${port}`, publicPort, config: EMULATOR_CONFIG });
  app = await startLeptosServer({ port, kratosPublicUrl: emulator.publicUrl, axe: true });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await app?.close();
  await emulator?.stop();
});

const AUTHENTICATOR = {
  protocol: "ctap2",
  transport: "internal",
  hasResidentKey: true,
  hasUserVerification: true,
  isUserVerified: true,
  automaticPresenceSimulation: true,
};

test("Leptos app: sign up, sign out, password sign-in, add a passkey, passkey sign-in, sign out", async (t) => {
  const { context, page, problems } = await newPage(browser);
  const submits = [];
  context.on("request", (request) => {
    if (request.method() === "POST" && /\/self-service\/[a-z]+\?flow=/.test(request.url())) {
      submits.push({ path: new URL(request.url()).pathname, method: request.postDataJSON()?.method });
    }
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", { options: AUTHENTICATOR });
  const email = "leptos@example.com";
  const password = "a Leptos app's long passphrase";
  const url = (path) => new URL(path, app.url).href;

  const identity = () => page.textContent('[data-testid="identity"]');
  /** Waits for the home page of a signed-in user; returns the methods it lists. */
  async function signedInHome() {
    await page.waitForFunction(() => location.pathname === "/" && document.querySelector('[data-testid="email"]'));
    assert.equal(await page.textContent('[data-testid="email"]'), email);
    assert.equal(await identity(), `Signed in as ${email}`);
    return page.textContent('[data-testid="methods"]');
  }
  async function signOut() {
    await page.click('[data-testid="sign-out"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="identity"]')?.textContent === "Not signed in");
    assert.equal(new URL(page.url()).pathname, "/");
  }
  async function flowForm(kind) {
    await page.waitForSelector(`.ory-flow.ory-flow--${kind} form:not([aria-busy=true])`);
  }

  try {
    // Sign up with a password (the app's own link, no reload).
    await page.goto(url("/"));
    await page.waitForFunction(() => document.querySelector('[data-testid="identity"]')?.textContent === "Not signed in");
    await page.click('nav a[href="/registration"]');
    await flowForm("registration");
    assert.equal(await page.textContent("h1"), "Create an account");
    await assertAccessible(page, "the Leptos app's registration form");
    await fill(page, { "traits.email": email, "traits.name.first": "Lee", "traits.name.last": "Ptos", password });
    await page.click('.ory-flow button[name="method"][value="password"]');
    assert.match(await signedInHome(), /password/);
    await signOut();

    // Sign in with the password. (The login form also waits for passkey autofill; there is no
    // passkey yet, so that request stays pending and is aborted when the form goes away.)
    await page.click('nav a[href="/login"]');
    await flowForm("login");
    await fill(page, { identifier: email, password });
    await page.click('.ory-flow button[name="method"][value="password"]');
    assert.match(await signedInHome(), /password/);

    // Add a passkey in settings: the renderer runs the ceremony and saves it; the form shows it.
    await page.click('nav a[href="/settings"]');
    await flowForm("settings");
    assert.equal(await page.$('.ory-flow button[name="passkey_remove"]'), null, "no passkey yet");
    await page.click('.ory-flow button[data-trigger="oryPasskeySettingsRegistration"]');
    await page.waitForSelector('.ory-flow button[name="passkey_remove"]');
    const { credentials } = await cdp.send("WebAuthn.getCredentials", { authenticatorId });
    assert.equal(credentials.length, 1, "one passkey on the authenticator");
    assert.equal(credentials[0].isResidentCredential, true);
    await signOut();

    // Sign in with the passkey: the login form's autofill request is answered by the
    // authenticator (automatic presence), no identifier typed.
    const from = submits.length;
    await page.click('nav a[href="/login"]');
    assert.match(await signedInHome(), /passkey/);
    await assertAccessible(page, "the Leptos app's home page, signed in");
    assert.deepEqual(
      submits.slice(from).map((s) => [s.path, s.method]),
      [["/self-service/login", "passkey"]],
      "one login submit, with the passkey",
    );
    await signOut();

    await assertNoCspViolations(page);
    // (The browser reports each 401 of /sessions/whoami while signed out as a failed load.)
    const unexpected = problems.filter((p) => !/^console: Failed to load resource: .* 401 \(Unauthorized\)$/.test(p));
    assert.deepEqual(unexpected, [], "no page errors, console errors or CSP reports");
    t.diagnostic(`flow submits: ${JSON.stringify(submits)}`);
  } catch (error) {
    const shown = await page.evaluate(() => `${location.href}\n${document.body.innerText}`).catch(() => "(page gone)");
    error.message += `\n--- the page showed: ${shown.slice(0, 1500)}\n--- problems: ${problems.join("\n")}\n--- emulator log:\n${emulator.log.slice(-20).join("\n")}`;
    throw error;
  } finally {
    await context.close();
  }
});

test("the README's Leptos component is the example's, verbatim", () => {
  const source = readFileSync(join(root, "examples/leptos/src/ory_flow.rs"), "utf8");
  const component = source.slice(source.indexOf("use leptos::html::Div;"));
  const readme = readFileSync(join(root, "README.md"), "utf8");
  assert.ok(component.includes("#[component]"), "the example's component was found");
  assert.ok(readme.includes("```rust\n" + component + "```\n"), "README.md shows examples/leptos/src/ory_flow.rs (from its first `use`)");
});
