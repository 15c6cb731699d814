// Helpers of the framework tests (react.test.mjs, vue.test.mjs): a real app bundled with esbuild
// into a temp dir outside the work tree — its node_modules links ory-wasm to pkg/ as npm would
// install it, so its imports go through the package's `exports` — served on localhost, with the
// Kratos-compatible emulator on another localhost port as its Kratos (same-site: the session
// cookie goes along), and the README's snippet for the framework, which the apps are made of.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize, sep } from "node:path";

import { build } from "esbuild";

import { buildEmulator, freePort, root, startEmulator } from "../e2e/support.mjs";

const MIME = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8" };

/**
 * The code block of the README that follows `heading` (a line of its own), with the example
 * Kratos URL replaced by `basePath`: the README's code is what the test apps run.
 */
export function readmeSnippet(heading, basePath) {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const start = readme.indexOf(`\n${heading}\n`);
  assert.ok(start >= 0, `README.md has no heading ${heading}`);
  const block = /```[a-z]*\n([\s\S]*?)```/.exec(readme.slice(start));
  assert.ok(block, `README.md has no code block under ${heading}`);
  assert.ok(block[1].includes("https://auth.example.com"), `the snippet under ${heading} names https://auth.example.com`);
  return block[1].replaceAll("https://auth.example.com", basePath);
}

/**
 * Starts the emulator and a page server on free localhost ports, then bundles `files` (name →
 * source; the entry is `main.js`/`main.jsx`) with esbuild. Resolves with { url, emulator, close }.
 */
export async function startApp({ files, packages, define = {}, alias = {} }) {
  buildEmulator();
  const dir = mkdtempSync(join(tmpdir(), "ory-wasm-framework-"));
  const pagePort = await freePort();
  const pageOrigin = `http://localhost:${pagePort}`;
  const emulator = await startEmulator({ uiUrl: pageOrigin, publicPort: await freePort() });
  let server;
  try {
    const modules = join(dir, "node_modules");
    mkdirSync(modules);
    symlinkSync(join(root, "pkg"), join(modules, "ory-wasm"), "dir");
    for (const name of packages) symlinkSync(join(root, "node_modules", name), join(modules, name), "dir");
    const source = join(dir, "src");
    mkdirSync(source);
    const sources = files(emulator.publicUrl);
    for (const [name, text] of Object.entries(sources)) writeFileSync(join(source, name), text);
    const entry = Object.keys(sources).find((name) => /^main\.jsx?$/.test(name));
    const out = join(dir, "out");
    await build({
      entryPoints: [join(source, entry)],
      bundle: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      jsx: "automatic",
      outfile: join(out, "main.js"),
      define: { "process.env.NODE_ENV": '"development"', ...define },
      alias,
      logLevel: "error",
    });
    writeFileSync(join(out, "index.html"), '<!doctype html><meta charset="utf-8"><title>app</title><div id="app"></div><div id="harness"></div><script type="module" src="/main.js"></script>\n');
    server = createServer((req, res) => {
      if (req.url === "/favicon.ico") return res.writeHead(204).end();
      const path = normalize(join(out, new URL(req.url, pageOrigin).pathname.replace(/^\/$/, "/index.html")));
      if (!path.startsWith(out + sep)) return res.writeHead(403).end();
      try {
        const body = readFileSync(path);
        res.writeHead(200, { "Content-Type": MIME[extname(path)] ?? "application/octet-stream" }).end(body);
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise((resolve, reject) => server.once("error", reject).listen(pagePort, "127.0.0.1", resolve));
  } catch (error) {
    await emulator.stop();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `${pageOrigin}/`,
    emulator,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await emulator.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The page's errors, without the console lines Chromium writes for failed requests (a 401 from
 * whoami without a session, a port where nothing listens): the tests check those outcomes.
 */
export const realProblems = (problems) => problems.filter((line) => !line.startsWith("console: Failed to load resource: "));

/** Holds the page's next request to `path` until release(); `held` resolves once it is held. */
export async function hold(page, path) {
  let release;
  const released = new Promise((resolve) => (release = resolve));
  let held;
  const isHeld = new Promise((resolve) => (held = resolve));
  const pattern = (url) => url.pathname === path;
  await page.route(pattern, async (route) => {
    held();
    await released;
    await route.continue();
  });
  const response = page.waitForResponse((r) => new URL(r.url()).pathname === path);
  return {
    held: isHeld,
    release: async () => {
      release();
      await response;
      await page.unroute(pattern);
      // Let the SDK finish with the answer (render, callbacks) before looking.
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
    },
  };
}
