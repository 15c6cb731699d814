// Locales are paid for only when used, through real bundlers: an app that renders a login flow
// (`renderFlow` from "ory-wasm", the locale from the page URL's hash) is built with Vite's
// production build (its defaults) and esbuild (`--bundle --splitting --format=esm`, the flags
// that let esbuild emit dynamic imports as chunks at all). Each shipped locale must be a chunk
// of its own, apart from the entry; in Chromium the app without a locale fetches none of them,
// and with `#locale=de` fetches the German chunk alone and shows German.
//
//   npm run build && node --test tests/bundlers/locales.test.mjs
import assert from "node:assert/strict";
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { dirname, extname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, describe, it } from "node:test";

import { launchBrowser } from "../support/browser.mjs";

const pkgDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "pkg");

/** One text of each locale (its "Sign in with password"), to find where the locale landed. */
const MARKERS = {
  de: "Mit Passwort anmelden",
  es: "Iniciar sesión con contraseña",
  fr: "Se connecter avec un mot de passe",
  it: "Accedi con la password",
  ja: "パスワードでログイン",
  ko: "비밀번호로 로그인",
  nl: "Inloggen met wachtwoord",
  pl: "Zaloguj się hasłem",
  pt: "Entrar com senha",
  zh: "使用密码登录",
};

const MAIN = `// Renders a login flow; location.hash may carry locale=<tag>.
import { renderFlow } from "ory-wasm";

const flow = {
  id: "f",
  ui: {
    action: "http://127.0.0.1:9/self-service/login?flow=f",
    method: "POST",
    nodes: [
      { type: "input", group: "default", attributes: { name: "identifier", type: "text", node_type: "input" }, messages: [], meta: { label: { id: 1070004, text: "ID", type: "info" } } },
      { type: "input", group: "password", attributes: { name: "password", type: "password", node_type: "input" }, messages: [], meta: { label: { id: 1070001, text: "Password", type: "info" } } },
      { type: "input", group: "password", attributes: { name: "method", type: "submit", value: "password", node_type: "input" }, messages: [], meta: { label: { id: 1010022, text: "Sign in with password", type: "info" } } },
    ],
  },
};
const locale = new URLSearchParams(location.hash.slice(1)).get("locale") ?? undefined;
renderFlow(flow, document.getElementById("app"), { basePath: "http://127.0.0.1:9", flowType: "login", locale });
`;

const HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>locales</title></head>
<body><div id="app"></div><script type="module" src="./main.js"></script></body></html>
`;

const tempDirs = [];
let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  for (const dir of tempDirs) await rm(dir, { recursive: true, force: true });
});

async function makeProject(name) {
  const project = await mkdtemp(join(tmpdir(), `ory-wasm-locales-${name}-`));
  tempDirs.push(project);
  writeFileSync(join(project, "main.js"), MAIN);
  writeFileSync(join(project, "index.html"), HTML);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: `locales-${name}`, private: true, type: "module" }));
  mkdirSync(join(project, "node_modules"));
  cpSync(pkgDir, join(project, "node_modules", "ory-wasm"), { recursive: true });
  return project;
}

function filesUnder(dir) {
  const out = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(relative(dir, path).split(sep).join("/"));
    }
  };
  walk(dir);
  return out;
}

async function buildWithVite(project, outDir) {
  const { build } = await import("vite");
  await build({ configFile: false, root: project, logLevel: "error", build: { outDir, emptyOutDir: true } });
}

async function buildWithEsbuild(project, outDir) {
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    absWorkingDir: project,
    entryPoints: ["main.js"],
    bundle: true,
    splitting: true,
    format: "esm",
    outdir: outDir,
    logLevel: "silent",
  });
  assert.deepEqual([...result.errors, ...result.warnings].map((m) => m.text), [], "esbuild messages");
  cpSync(join(project, "index.html"), join(outDir, "index.html"));
}

const MIME = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".wasm": "application/wasm" };

async function serve(dir) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const file = join(dir, path.endsWith("/") ? `${path}index.html` : path);
    try {
      if (!file.startsWith(dir + sep)) throw new Error("outside");
      const body = await readFile(file);
      res.writeHead(200, { "Content-Type": MIME[extname(file)] ?? "application/octet-stream", "Cache-Control": "no-store" });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** Opens the app; returns the text it shows and the built files it fetched. */
async function open(origin, outDir, hash) {
  const context = await browser.newContext({ locale: "en-US" });
  try {
    const page = await context.newPage();
    const problems = [];
    page.on("pageerror", (error) => problems.push(error.message));
    const fetched = [];
    page.on("request", (request) => fetched.push(new URL(request.url()).pathname.slice(1)));
    await page.goto(`${origin}/${hash}`);
    await page.waitForSelector("#app .ory-flow form", { timeout: 20000 });
    const text = await page.innerText("#app");
    assert.deepEqual(problems, []);
    return { text, fetched: fetched.filter((file) => file.endsWith(".js")) };
  } finally {
    await context.close();
  }
}

/** Whether `code` holds `text`, as written or with its non-ASCII characters escaped (esbuild's default charset). */
function holds(code, text) {
  if (code.includes(text)) return true;
  const escaped = text.replace(/[^\x00-\x7f]/g, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
  return code.toLowerCase().includes(escaped.toLowerCase());
}

async function checkBuild(name, buildIt) {
  const project = await makeProject(name);
  const outDir = join(project, "dist");
  await buildIt(project, outDir);
  const scripts = filesUnder(outDir).filter((file) => file.endsWith(".js"));
  const contents = Object.fromEntries(scripts.map((file) => [file, readFileSync(join(outDir, file), "utf8")]));
  // Every locale in a chunk of its own, holding no other locale.
  const chunkOf = {};
  for (const [tag, marker] of Object.entries(MARKERS)) {
    const holders = scripts.filter((file) => holds(contents[file], marker));
    assert.equal(holders.length, 1, `${tag} is in exactly one file: ${holders}`);
    chunkOf[tag] = holders[0];
  }
  assert.equal(new Set(Object.values(chunkOf)).size, Object.keys(MARKERS).length, "one chunk per locale");

  const server = await serve(outDir);
  try {
    const english = await open(server.origin, outDir, "");
    assert.match(english.text, /Sign in with password/);
    const localeChunks = new Set(Object.values(chunkOf));
    assert.deepEqual(english.fetched.filter((file) => localeChunks.has(file)), [], "no locale chunk without a locale");
    const german = await open(server.origin, outDir, "#locale=de");
    assert.match(german.text, /Mit Passwort anmelden/);
    assert.deepEqual(german.fetched.filter((file) => localeChunks.has(file)), [chunkOf.de], "the German chunk alone");
    // The locale chunks are the only difference: the app fetched nothing else for German.
    assert.deepEqual(german.fetched.filter((file) => !localeChunks.has(file)).sort(), [...english.fetched].sort());
  } finally {
    await server.close();
  }
}

describe("locales are chunks of their own, fetched only when chosen", () => {
  it("Vite production build", { timeout: 120000 }, () => checkBuild("vite", buildWithVite));
  it("esbuild --bundle --splitting --format=esm", { timeout: 60000 }, () => checkBuild("esbuild", buildWithEsbuild));
});
