// The package through real bundlers and dev servers, unconfigured: a tiny app
// (tests/bundlers/app/) that does `import { Configuration, FrontendApi, OryError } from
// "ory-wasm"` is installed in a fresh temp project with ory-wasm in node_modules as npm lays it
// out, built with Vite, webpack 5, esbuild and Rollup (their Node APIs, their defaults) or served
// by the Vite dev server, the output is served over HTTP and opened in headless Chromium, and the
// page must call toSession against a local fake Kratos, get an `OryError` of kind "network" from
// a closed port, and load only the core wasm module, with no console or page errors. The Node
// tests import the package in a plain `node -e`; the Next.js tests run `next dev` and `next build`
// on an App Router app (tests/bundlers/next-app/). Packages that only these tests need come from
// dev-deps.mjs.
//
// Nothing is configured for ory-wasm: no alias, no optimizeDeps, no build.target, no
// experiments, no fallback for node:fs/promises, no copy of the .wasm files. Which files each
// environment gets (the `new URL` ones or the inline ones) is the package's `exports`
// conditions' choice (scripts/build.mjs).
import assert from "node:assert/strict";
import { execFile, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { dirname, extname, join, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { after, before, describe, it } from "node:test";

import { chromium } from "playwright-core";

import { freePort } from "../e2e/support.mjs";
import { devDependenciesDir, importDevDependency, installDevDependencies } from "./dev-deps.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const appDir = join(here, "app");
const pkgDir = join(here, "..", "..", "pkg");

// The session the fake Kratos answers /sessions/whoami with.
const SESSION = { id: "s1", active: true, identity: { id: "i1", traits: {} } };

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
};

/** Listens on 127.0.0.1, port 0; resolves with { server, origin, close }. */
async function listen(handler) {
  const server = createServer(handler);
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const close = () =>
    new Promise((resolve) => {
      server.closeAllConnections?.();
      server.close(() => resolve());
    });
  return { server, origin, close };
}

/**
 * The fake Kratos: GET /sessions/whoami answers SESSION. CORS for the page origins only, with
 * credentials (the browser mode sends cookies), so a missing CORS header would fail the call.
 */
async function startApi() {
  const allowed = new Set();
  const requests = [];
  const api = await listen((req, res) => {
    const origin = req.headers.origin;
    const cors =
      origin && allowed.has(origin)
        ? { "Access-Control-Allow-Origin": origin, "Access-Control-Allow-Credentials": "true", Vary: "Origin" }
        : {};
    const path = new URL(req.url, "http://x").pathname;
    if (req.method === "OPTIONS") {
      res.writeHead(204, {
        ...cors,
        "Access-Control-Allow-Methods": "GET, POST, PUT, PATCH, DELETE, OPTIONS",
        "Access-Control-Allow-Headers": req.headers["access-control-request-headers"] ?? "",
        "Access-Control-Max-Age": "60",
      });
      res.end();
      return;
    }
    requests.push({ method: req.method, path, origin });
    if (req.method === "GET" && path === "/sessions/whoami") {
      res.writeHead(200, { ...cors, "Content-Type": "application/json" });
      res.end(JSON.stringify(SESSION));
      return;
    }
    res.writeHead(404, { ...cors, "Content-Type": "application/json" });
    res.end(JSON.stringify({ error: { code: 404, status: "Not Found", message: "no route" } }));
  });
  return { ...api, requests, allow: (pageOrigin) => allowed.add(pageOrigin) };
}

/** Serves `dir` statically (GET only, no directory listings); records the paths requested. */
async function serveStatic(dir) {
  const requested = [];
  const server = await listen(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    requested.push(path);
    const file = join(dir, path.endsWith("/") ? `${path}index.html` : path);
    if (req.method !== "GET" || (file !== dir && !file.startsWith(dir + sep))) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { "Content-Type": MIME[extname(file)] ?? "application/octet-stream", "Cache-Control": "no-store" });
      res.end(body);
    } catch {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
    }
  });
  return { ...server, requested };
}

/** A URL where nothing listens: a port that was just bound and released. */
async function closedOrigin() {
  const probe = await listen(() => {});
  await probe.close();
  return probe.origin;
}

/** Every file under `dir`, as paths relative to it with "/" separators. */
function filesUnder(dir) {
  const out = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else out.push(relative(dir, p).split(sep).join("/"));
    }
  };
  walk(dir);
  return out.sort();
}

// ---- the app, installed as npm installs it ----------------------------------------------------

/**
 * A fresh project in a temp dir: the app (tests/bundlers/app/), a package.json, and ory-wasm as
 * `npm install` lays it out: a copy of pkg/ in node_modules/ory-wasm (no alias, no link), so
 * that every resolver reads the package's own package.json `exports`.
 */
async function makeProject(name) {
  const project = await mkdtemp(join(tmpdir(), `ory-wasm-${name}-`));
  tempDirs.push(project);
  cpSync(appDir, project, { recursive: true });
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: `app-${name}`, private: true, type: "module" }, null, 2));
  cpSync(pkgDir, join(project, "node_modules", "ory-wasm"), { recursive: true });
  return project;
}

/** A logger for Vite that collects its warnings and errors instead of printing them. */
function viteLogger(createLogger, warnings) {
  const logger = createLogger("warn");
  logger.warn = (message) => warnings.push(message);
  logger.warnOnce = (message) => warnings.push(message);
  logger.error = (message) => warnings.push(`error: ${message}`);
  return logger;
}

// ---- the builds: each bundler's defaults, nothing for ory-wasm ---------------------------------

async function buildWithVite(project, outDir) {
  const { build, createLogger } = await import("vite");
  // Vite's own warnings (e.g. "Module node:fs/promises has been externalized for browser
  // compatibility") and Rollup's are collected instead of printed: a clean build has none.
  const warnings = [];
  await build({
    configFile: false,
    root: project,
    customLogger: viteLogger(createLogger, warnings),
    // Vite's default target (baseline-widely-available: Chrome 107, Firefox 104, Safari 16)
    // already has top-level await; no `build.target` is needed.
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { onwarn: (warning) => warnings.push(`rollup: ${warning.message}`) },
    },
  });
  assert.deepEqual(warnings, [], "Vite warnings");
}

async function buildWithWebpack(project, outDir, mode = "production") {
  const { default: webpack } = await import("webpack");
  const config = {
    mode,
    context: project,
    entry: "./main.js",
    output: { path: outDir, filename: "main.js" },
    devtool: false,
    performance: { hints: false },
    optimization: { minimize: false },
    infrastructureLogging: { level: "error" },
  };
  const stats = await new Promise((resolve, reject) => {
    const compiler = webpack(config);
    compiler.run((error, result) => {
      compiler.close(() => (error ? reject(error) : resolve(result)));
    });
  });
  const info = stats.toJson({ all: false, errors: true, warnings: true });
  assert.deepEqual(info.errors.map((e) => e.message), [], "webpack errors");
  assert.deepEqual(info.warnings.map((w) => w.message), [], "webpack warnings");
  // webpack has no HTML step of its own (users add html-webpack-plugin); the app's page loads
  // ./main.js, which is exactly the bundle's file name.
  cpSync(join(project, "index.html"), join(outDir, "index.html"));
}

async function buildWithEsbuild(project, outDir) {
  const esbuild = await import("esbuild");
  // `esbuild main.js --bundle --format=esm --outdir=…`: no loader, no copy step, no conditions.
  const result = await esbuild.build({
    absWorkingDir: project,
    entryPoints: ["main.js"],
    bundle: true,
    format: "esm",
    outdir: outDir,
    logLevel: "silent",
  });
  assert.deepEqual([...result.errors, ...result.warnings].map((m) => m.text), [], "esbuild messages");
  cpSync(join(project, "index.html"), join(outDir, "index.html"));
}

async function buildWithRollup(project, outDir) {
  const { rollup } = await import("rollup");
  // Rollup resolves nothing in node_modules by itself: @rollup/plugin-node-resolve, the one
  // plugin every Rollup app has, with its defaults (plus `browser: true` for a web app).
  const { nodeResolve } = await importDevDependency("@rollup/plugin-node-resolve");
  const warnings = [];
  const bundle = await rollup({
    input: join(project, "main.js"),
    plugins: [nodeResolve({ browser: true })],
    onwarn: (warning) => warnings.push(warning.message),
  });
  await bundle.write({ dir: outDir, format: "es" });
  await bundle.close();
  assert.deepEqual(warnings, [], "Rollup warnings");
  cpSync(join(project, "index.html"), join(outDir, "index.html"));
}

// ---- the suite --------------------------------------------------------------------------------

let browser, api, closed;
const tempDirs = [];

before(async () => {
  assert.ok(existsSync(join(pkgDir, "index.js")), `${pkgDir} is not built: run \`npm run build\` first`);
  api = await startApi();
  closed = await closedOrigin();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
});

after(async () => {
  await browser?.close();
  await api?.close();
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

/**
 * Opens the app served at `origin` in a fresh context and asserts what every build must do:
 * toSession resolves to the session, the closed port rejects with an `OryError` of kind
 * "network", each of `modules` wasm files is fetched once as application/wasm (0 where the
 * module is inlined in JavaScript; null: not counted), and nothing is logged as an error.
 * Returns the URL paths of the wasm the page fetched.
 */
async function runApp(name, origin, { modules = 1, path = "/index.html", knownWarning } = {}) {
  api.allow(origin);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const problems = [];
    const warnings = [];
    const wasmResponses = [];
    page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
    page.on("console", (message) => {
      // The deliberate call to the closed port makes Chromium log "Failed to load resource:
      // net::ERR_CONNECTION_REFUSED" for that URL; that one is expected, nothing else is.
      if (message.type() === "error" && !message.location().url.startsWith(closed)) {
        problems.push(`console.error: ${message.text()} (${message.location().url})`);
      }
      if (message.type() === "warning") warnings.push(message.text());
    });
    page.on("requestfailed", (request) => {
      if (!request.url().startsWith(closed)) problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
    });
    page.on("response", (response) => {
      if (new URL(response.url()).pathname.endsWith(".wasm")) {
        wasmResponses.push({ url: response.url(), status: response.status(), type: response.headers()["content-type"] });
      }
    });

    const hash = new URLSearchParams({ api: api.origin, closed }).toString();
    await page.goto(`${origin}${path}#${hash}`);
    try {
      await page.waitForFunction(() => document.body.dataset.done === "true", null, { timeout: 120000 });
    } catch (error) {
      assert.fail(`${name} app did not finish: ${error.message}\n${problems.join("\n")}`);
    }
    const data = await page.evaluate(() => ({ ...document.body.dataset }));

    // 1. toSession against the fake Kratos resolved to the session.
    assert.equal(data.sessionError, undefined, `toSession failed: ${data.sessionError}\n${problems.join("\n")}`);
    assert.equal(data.sessionId, "s1");
    assert.equal(data.sessionActive, "true");
    assert.equal(data.identityId, "i1");
    assert.equal(await page.textContent("#status"), "signed in: s1");
    const whoami = api.requests.filter((r) => r.path === "/sessions/whoami" && r.origin === origin);
    assert.equal(whoami.length, 1, "exactly one whoami request from this page");
    assert.equal(whoami[0].method, "GET");
    api.requests.length = 0; // a restarted dev server may get the same port again

    // 2. The closed port: an OryError (the class the bundle exports) of kind "network".
    assert.equal(data.closedResult, "rejected", data.closedResult);
    assert.equal(data.closedKind, "network");
    assert.equal(data.closedIsOryError, "true", "the rejection is instanceof the imported OryError");
    assert.equal(data.closedIsError, "true");

    // 3. The wasm was fetched once per module, served as application/wasm (streaming compile).
    if (modules !== null) assert.equal(wasmResponses.length, modules, JSON.stringify(wasmResponses));
    for (const response of wasmResponses) {
      assert.equal(response.status, 200);
      assert.equal(response.type, "application/wasm");
    }

    // 4. Nothing went wrong on the way (and no instantiateStreaming fallback warning).
    assert.deepEqual(problems, []);
    assert.deepEqual(warnings.filter((w) => /wasm|instantiate/i.test(w) && !(knownWarning && new RegExp(knownWarning.source).test(w))), []);
    return wasmResponses.map((response) => new URL(response.url).pathname);
  } finally {
    await context.close();
  }
}

/** The first characters of each part's inlined module (pkg/portable/ory_<part>_bg.wasm.js). */
function inlineMarkers() {
  return Object.fromEntries(
    ["core", "render", "admin", "v0alpha2"].map((part) => {
      const source = readFileSync(join(pkgDir, "portable", `ory_${part}_bg.wasm.js`), "utf8");
      const start = source.indexOf('export default "') + 'export default "'.length;
      return [part, source.slice(start, start + 80)];
    }),
  );
}

/**
 * Installs the app in a fresh project, builds it with `bundle` into a temp dir, checks the
 * output, serves it and runs it. `wasm`: "file" (the core wasm emitted as an asset and fetched,
 * no inlined module in the JavaScript) or "inline" (no .wasm at all, the core module's bytes in
 * the JavaScript).
 */
async function checkBundle(name, bundle, { wasm }) {
  const project = await makeProject(name);
  const outDir = join(project, "dist");
  await bundle(project, outDir);

  // The app imports FrontendApi alone, so the renderer's, the admin APIs' and V0alpha2Api's
  // modules must not be in the build (pay for what you use).
  const files = filesUnder(outDir);
  const wasmFiles = files.filter((f) => f.endsWith(".wasm"));
  const scripts = files.filter((f) => f.endsWith(".js")).map((f) => readFileSync(join(outDir, f), "utf8")).join("\n");
  let coreFile;
  if (wasm === "file") {
    // The core wasm is emitted as a file of its own, once, not inlined into the JavaScript.
    // Vite emits a `new URL(…, import.meta.url)` asset when it transforms a module, before
    // tree-shaking drops the module: the other parts' wasm files may lie in the output, but
    // nothing references them and the page never fetches them.
    const coreSize = statSync(join(pkgDir, "ory_core_bg.wasm")).size;
    const coreFiles = wasmFiles.filter((f) => statSync(join(outDir, f)).size === coreSize);
    assert.equal(coreFiles.length, 1, `${name} should emit the core wasm once as an asset; output: ${files.join(", ")}`);
    coreFile = coreFiles[0];
    for (const file of wasmFiles.filter((f) => f !== coreFile)) {
      assert.ok(!scripts.includes(file.split("/").pop()), `${file} is referenced by the build`);
    }
    for (const [part, marker] of Object.entries(inlineMarkers())) assert.ok(!scripts.includes(marker), `${part}'s inline module is in the build`);
  } else {
    assert.deepEqual(wasmFiles, [], `${name} should emit no .wasm file`);
    const markers = inlineMarkers();
    assert.ok(scripts.includes(markers.core), "the core module is inlined");
    for (const part of ["render", "admin", "v0alpha2"]) assert.ok(!scripts.includes(markers[part]), `${part}'s module is in the build`);
  }
  // The glue calls its wasm exports by name and the API classes keep their method names (both
  // survive minifiers): the core module's glue and FrontendApi are in, nothing of the others.
  assert.ok(scripts.includes("client_request") && scripts.includes("createBrowserLoginFlow"), "the core module's glue is in the build");
  for (const marker of ["renderFlow", "oauth2pkceclient_new", "listIdentities", "initializeSelfServiceLoginFlowForBrowsers"]) {
    assert.ok(!scripts.includes(marker), `${marker}: another module is in the build`);
  }
  assert.ok(files.includes("index.html"), `no index.html in ${files.join(", ")}`);

  const site = await serveStatic(outDir);
  try {
    const fetched = await runApp(name, site.origin, { modules: wasm === "file" ? 1 : 0 });
    if (wasm === "file") {
      assert.deepEqual(fetched, [`/${coreFile}`], "the page fetched the emitted core wasm");
      assert.ok(site.requested.includes(fetched[0]), `requests: ${site.requested.join(", ")}`);
    }
  } finally {
    await site.close();
  }
}

/** Starts the Vite dev server on `project` with no configuration; resolves with { origin, close }. */
async function startViteDev(project, warnings) {
  const { createServer, createLogger } = await import("vite");
  // `vite` runs in a process of its own; in this one, the production build before has set
  // NODE_ENV=production, which would make the dev server resolve and define as for production.
  delete process.env.NODE_ENV;
  const server = await createServer({
    configFile: false,
    root: project,
    customLogger: viteLogger(createLogger, warnings),
    server: { host: "127.0.0.1", port: 0, strictPort: false, watch: null, hmr: false },
  });
  await server.listen();
  return { origin: `http://127.0.0.1:${server.httpServer.address().port}`, close: () => server.close() };
}

describe("bundlers, unconfigured, from a fresh npm-style install", () => {
  // The portable entry points: Vite sets import.meta.env.PROD, so they use new URL, and the
  // inlined modules are dropped (checkBundle checks that none is in the output).
  it("Vite 7 production build (vite build()) fetches the emitted core wasm", { timeout: 90000 }, async () => {
    await checkBundle("vite", buildWithVite, { wasm: "file" });
  });

  it("webpack 5 production build fetches the emitted core wasm", { timeout: 90000 }, async () => {
    await checkBundle("webpack", buildWithWebpack, { wasm: "file" });
  });

  // webpack-dev-middleware is what `webpack serve` (webpack-dev-server) serves with: the
  // development build, from memory. The "webpack" condition comes before "development", so it
  // gets the same files as the production build.
  it("webpack 5 dev middleware (mode development) serves the app and the core wasm", { timeout: 90000 }, async () => {
    const project = await makeProject("webpack-dev");
    const { default: webpack } = await import("webpack");
    const { default: devMiddleware } = await importDevDependency("webpack-dev-middleware");
    const compiler = webpack({
      mode: "development",
      context: project,
      entry: "./main.js",
      output: { path: join(project, "dist"), filename: "main.js", publicPath: "/" },
      infrastructureLogging: { level: "error" },
    });
    const middleware = devMiddleware(compiler);
    const page = readFileSync(join(project, "index.html"));
    const site = await listen((req, res) =>
      middleware(req, res, () => res.writeHead(200, { "Content-Type": MIME[".html"] }).end(page)),
    );
    try {
      const stats = await new Promise((resolve) => middleware.waitUntilValid(resolve));
      const info = stats.toJson({ all: false, errors: true, warnings: true });
      assert.deepEqual([...info.errors, ...info.warnings].map((m) => m.message), [], "webpack errors and warnings");
      const fetched = await runApp("webpack-dev", site.origin, { modules: 1 });
      assert.match(fetched[0], /\.wasm$/);
    } finally {
      await site.close();
      await new Promise((resolve) => middleware.close(resolve));
    }
  });

  // esbuild and Rollup leave `new URL("./x.wasm", import.meta.url)` as it is and copy nothing:
  // the portable entry points (their resolvers' default) carry the deflated module with them.
  it("esbuild build (--bundle --format=esm) runs with the core module inlined", { timeout: 90000 }, async () => {
    await checkBundle("esbuild", buildWithEsbuild, { wasm: "inline" });
  });

  it("Rollup 4 build (node-resolve) runs with the core module inlined", { timeout: 90000 }, async () => {
    await checkBundle("rollup", buildWithRollup, { wasm: "inline" });
  });

  // The dev server pre-bundles dependencies from node_modules with esbuild (optimizeDeps) into
  // node_modules/.vite/deps/, where a `new URL("./x.wasm", import.meta.url)` would point at a
  // missing file (the page would get index.html: "expected magic word 00 61 73 6d"). The
  // portable entry points use their inlined modules there (import.meta.env.PROD is not true).
  // It does not tree-shake: every part of the package is loaded (an app can import
  // "ory-wasm/core" to load one). The second start reuses the .vite cache of the first.
  it("Vite 7 dev server, cold and then with a warm .vite cache, runs the app", { timeout: 120000 }, async () => {
    const project = await makeProject("vite-dev");
    const metadata = join(project, "node_modules", ".vite", "deps", "_metadata.json");
    for (const start of ["cold", "warm"]) {
      assert.equal(existsSync(metadata), start === "warm", `${start} start: .vite/deps`);
      const warnings = [];
      const server = await startViteDev(project, warnings);
      try {
        await runApp(`vite-dev (${start})`, server.origin, { modules: 0 });
        assert.deepEqual(warnings, [], "Vite warnings");
      } finally {
        await server.close();
      }
      // The app ran on the pre-bundled package, not on node_modules/ory-wasm/ itself.
      const optimized = JSON.parse(readFileSync(metadata, "utf8")).optimized;
      assert.ok(optimized["ory-wasm"], `ory-wasm was pre-bundled: ${Object.keys(optimized)}`);
    }
  });
});

describe("Node", () => {
  /** Runs `script` with `node -e` in `cwd` (argv: api origin, closed origin); resolves with its stdout. */
  async function nodeEval(script, cwd, args) {
    const env = { ...process.env };
    delete env.NODE_OPTIONS; // "without flags" means none smuggled in either
    delete env.NODE_TEST_CONTEXT;
    const { stdout, stderr } = await new Promise((resolve, reject) => {
      execFile(process.execPath, ["-e", script, ...args], { cwd, env, timeout: 25000 }, (error, out, err) =>
        error ? reject(Object.assign(error, { message: `${error.message}\n${err}` })) : resolve({ stdout: out, stderr: err }),
      );
    });
    assert.equal(stderr, "");
    return JSON.parse(stdout.trim());
  }

  // A dynamic import() in a plain CommonJS `-e` script: no --input-type, no experimental flags.
  const script = (specifier) => `
      import(${specifier}).then(async ({ Configuration, FrontendApi, OryError, V0alpha2Api }) => {
        const names = [Configuration, FrontendApi, OryError, V0alpha2Api].map((f) => typeof f);
        const api = new FrontendApi(new Configuration({ basePath: process.argv[process.argv.length - 2], mode: "native" }));
        const session = await api.toSession();
        let closedKind = "resolved";
        try { await new FrontendApi(new Configuration({ basePath: process.argv[process.argv.length - 1] })).toSession(); }
        catch (e) { closedKind = (e instanceof OryError) + ":" + e.kind; }
        console.log(JSON.stringify({ names, id: session.id, closedKind }));
      }).catch((e) => { console.error(e); process.exit(1); });`;
  const expected = { names: ["function", "function", "function", "function"], id: "s1", closedKind: "true:network" };

  it("`node -e` imports pkg/index.js without flags and toSession works", { timeout: 30000 }, async () => {
    const result = await nodeEval(script("process.argv[1]"), undefined, [pathToFileURL(join(pkgDir, "index.js")).href, api.origin, closed]);
    assert.deepEqual(result, expected);
  });

  it("`node -e` in a project imports the installed package by its name", { timeout: 30000 }, async () => {
    const project = await makeProject("node");
    assert.deepEqual(await nodeEval(script('"ory-wasm"'), project, [api.origin, closed]), expected);
  });
});

// Next.js (App Router) from a fresh project: a server component page importing the package and a
// client component making the call (tests/bundlers/next-app/). Next.js, React and React DOM come
// from dev-deps.mjs; the project lies beside their node_modules, with ory-wasm copied into its own.
// Next.js' webpack inherits webpack's conditions (the new URL files); Turbopack resolves the
// default (the portable files).
describe("Next.js", () => {
  const nextBin = () => join(devDependenciesDir, "node_modules", "next", "dist", "bin", "next");

  async function makeNextProject(name) {
    await installDevDependencies();
    mkdirSync(join(devDependenciesDir, "apps"), { recursive: true });
    const project = await mkdtemp(join(devDependenciesDir, "apps", `${name}-`));
    tempDirs.push(project);
    cpSync(join(here, "next-app"), project, { recursive: true });
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: `app-${name}`, private: true }, null, 2));
    cpSync(pkgDir, join(project, "node_modules", "ory-wasm"), { recursive: true });
    return project;
  }

  /** Runs `next <args>` in `project`; resolves with { child, output } once `ready` matches its output. */
  function runNext(project, args, ready) {
    const child = spawn(process.execPath, [nextBin(), ...args], {
      cwd: project,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: undefined, NODE_OPTIONS: undefined, NODE_TEST_CONTEXT: undefined },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const output = [];
    return new Promise((resolve, reject) => {
      const check = () => ready && ready.test(output.join("")) && resolve({ child, output });
      child.stdout.on("data", (chunk) => (output.push(String(chunk)), check()));
      child.stderr.on("data", (chunk) => (output.push(String(chunk)), check()));
      child.once("exit", (code) => (code === 0 && !ready ? resolve({ child, output }) : reject(new Error(`next ${args.join(" ")} exited with ${code}:\n${output.join("")}`))));
    });
  }

  const stop = (child) => new Promise((resolve) => (child.exitCode !== null ? resolve() : (child.once("exit", resolve), child.kill("SIGTERM"))));

  // Next.js' webpack targets its default browserslist, for which webpack does not assume
  // async/await: it warns (in the terminal and the page's console) about every module with
  // top-level await, here each part's wrapper. The code runs; the warning is known and left.
  const TLA_WARNING =
    /The generated code contains 'async\/await' because this module is using "topLevelAwait"\.\nHowever, your target environment does not appear to support 'async\/await'\.\nAs a result, the code may not run as expected or may cause runtime errors\./g;

  // Next.js' own notices about the machine, not about the app: under CI=true it warns that it
  // found no build cache.
  const ENVIRONMENT_NOTICES = /^.*No build cache found.*$/gm;

  /** The lines of `output` that mention an error or a warning, bar the known webpack one. */
  function problemLines(output, known) {
    let text = output.join("").replace(/\x1b\[[0-9;]*m/g, "").replace(ENVIRONMENT_NOTICES, "");
    if (known) text = text.replace(/^\s*⚠ (\.\/node_modules\/ory-wasm\/[a-z0-9]+\.js|Compiled with warnings in .*)\n/gm, "").replace(known, "");
    return text.split("\n").filter((line) => /error|warn|⚠/i.test(line));
  }

  for (const [bundler, flag, known] of [["Turbopack", "--turbopack"], ["webpack", "--webpack", TLA_WARNING]]) {
    it(`next dev (${bundler}): the client component calls Kratos`, { timeout: 300000 }, async () => {
      const project = await makeNextProject(`next-dev-${bundler.toLowerCase()}`);
      const port = await freePort();
      const { child, output } = await runNext(project, ["dev", flag, "--hostname", "127.0.0.1", "--port", String(port)], /Ready in/);
      try {
        await runApp(`next dev ${bundler}`, `http://127.0.0.1:${port}`, { path: "/", modules: null, knownWarning: known });
        assert.deepEqual(problemLines(output, known), [], output.join(""));
      } finally {
        await stop(child);
      }
    });
  }

  for (const [bundler, flags, known] of [["Turbopack", []], ["webpack", ["--webpack"], TLA_WARNING]]) {
    it(`next build (${bundler}) with the package in a server component, then next start runs the call`, { timeout: 400000 }, async () => {
      const project = await makeNextProject(`next-build-${bundler.toLowerCase()}`);
      const { output } = await runNext(project, ["build", ...flags], null);
      assert.deepEqual(problemLines(output, known), [], output.join(""));
      const port = await freePort();
      const { child } = await runNext(project, ["start", "--hostname", "127.0.0.1", "--port", String(port)], /Ready in/);
      try {
        await runApp(`next start (${bundler})`, `http://127.0.0.1:${port}`, { path: "/", modules: null, knownWarning: known });
      } finally {
        await stop(child);
      }
    });
  }
});
