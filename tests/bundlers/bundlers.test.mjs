// The package through real bundlers: a tiny app (tests/bundlers/app/) that does
// `import { Configuration, FrontendApi, OryError } from "ory-wasm"` is built with Vite (its JS
// API `build()`) and with webpack 5 (its Node API), the output is served over HTTP and opened in
// headless Chromium, and the page must call toSession against a local fake Kratos, get an
// `OryError` of kind "network" from a closed port, and fetch the wasm the bundler emitted, with
// no console or page errors. The last test imports pkg/index.js in a plain `node -e`.
//
// The production builds use the bundler's defaults apart from what a test needs (where the app
// is, where the output goes, and the alias that stands for `npm install ory-wasm`): neither
// `vite build` nor webpack 5 needs any configuration from users (no build.target, no
// experiments, no fallback for node:fs/promises). The Vite dev server is the one exception: it
// needs `optimizeDeps: { exclude: ["ory-wasm"] }` (see that test).
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { cpSync, existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { dirname, extname, join, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { after, before, describe, it } from "node:test";

import { chromium } from "playwright-core";

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

// ---- the two builds ---------------------------------------------------------------------------

async function buildWithVite(outDir) {
  const { build, createLogger } = await import("vite");
  // Vite's own warnings (e.g. "Module node:fs/promises has been externalized for browser
  // compatibility") and Rollup's are collected instead of printed: a clean build has none.
  const warnings = [];
  const logger = createLogger("warn");
  logger.warn = (message) => warnings.push(message);
  logger.warnOnce = (message) => warnings.push(message);
  logger.error = (message) => warnings.push(`error: ${message}`);
  await build({
    configFile: false,
    root: appDir,
    customLogger: logger,
    // Stands for `npm install ory-wasm`: the bare name resolves to the built package.
    resolve: { alias: { "ory-wasm": pkgDir } },
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

async function buildWithWebpack(outDir) {
  const { default: webpack } = await import("webpack");
  const config = {
    mode: "production",
    context: appDir,
    entry: "./main.js",
    output: { path: outDir, filename: "main.js" },
    // Stands for `npm install ory-wasm`: the bare name resolves to the built package.
    resolve: { alias: { "ory-wasm": pkgDir } },
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
  cpSync(join(appDir, "index.html"), join(outDir, "index.html"));
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
 * "network", the wasm is fetched once as application/wasm, and nothing is logged as an error.
 * Returns the URL path of the wasm the page fetched.
 */
async function runApp(name, origin, { modules = 1 } = {}) {
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
    await page.goto(`${origin}/index.html#${hash}`);
    try {
      await page.waitForFunction(() => document.body.dataset.done === "true", null, { timeout: 15000 });
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

    // 2. The closed port: an OryError (the class the bundle exports) of kind "network".
    assert.equal(data.closedResult, "rejected", data.closedResult);
    assert.equal(data.closedKind, "network");
    assert.equal(data.closedIsOryError, "true", "the rejection is instanceof the imported OryError");
    assert.equal(data.closedIsError, "true");

    // 3. The wasm was fetched once per module, served as application/wasm (streaming compile).
    assert.equal(wasmResponses.length, modules, JSON.stringify(wasmResponses));
    for (const response of wasmResponses) {
      assert.equal(response.status, 200);
      assert.equal(response.type, "application/wasm");
    }

    // 4. Nothing went wrong on the way (and no instantiateStreaming fallback warning).
    assert.deepEqual(problems, []);
    assert.deepEqual(warnings.filter((w) => /wasm|instantiate/i.test(w)), []);
    return new URL(wasmResponses[0].url).pathname;
  } finally {
    await context.close();
  }
}

/** Builds the app with `bundle` into a temp dir, checks the output, serves it and runs it. */
async function checkBundle(name, bundle) {
  const outDir = await mkdtemp(join(tmpdir(), `ory-wasm-${name}-`));
  tempDirs.push(outDir);
  await bundle(outDir);

  // The core wasm is emitted as a file of its own, once, not inlined into the JavaScript. The
  // app imports FrontendApi alone, so the renderer's, the admin APIs' and V0alpha2Api's modules
  // must not be in the build (pay for what you use). Vite emits a `new URL(…, import.meta.url)`
  // asset when it transforms a module, before tree-shaking drops the module: their wasm files
  // may lie in the output, but nothing references them and the page never fetches them.
  const files = filesUnder(outDir);
  const wasmFiles = files.filter((f) => f.endsWith(".wasm"));
  const coreSize = statSync(join(pkgDir, "ory_core_bg.wasm")).size;
  const coreFiles = wasmFiles.filter((f) => statSync(join(outDir, f)).size === coreSize);
  assert.equal(coreFiles.length, 1, `${name} should emit the core wasm once as an asset; output: ${files.join(", ")}`);
    const scripts = files.filter((f) => f.endsWith(".js")).map((f) => readFileSync(join(outDir, f), "utf8")).join("\n");
  for (const file of wasmFiles.filter((f) => f !== coreFiles[0])) {
    assert.ok(!scripts.includes(file.split("/").pop()), `${file} is referenced by the build`);
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
    const fetched = await runApp(name, site.origin);
    assert.equal(fetched, `/${coreFiles[0]}`, "the page fetched the emitted core wasm");
    assert.ok(site.requested.includes(fetched), `requests: ${site.requested.join(", ")}`);
  } finally {
    await site.close();
  }
}

describe("bundlers", () => {
  it("Vite 7 production build (vite build()) runs the app in Chromium", { timeout: 60000 }, async () => {
    await checkBundle("vite", buildWithVite);
  });

  it("webpack 5 production build (Node API) runs the app in Chromium", { timeout: 60000 }, async () => {
    await checkBundle("webpack", buildWithWebpack);
  });

  // The dev server serves dependencies from node_modules through its esbuild pre-bundling
  // (optimizeDeps), which moves index.js into node_modules/.vite/deps/ without the wasm beside
  // it: `new URL("./ory_wasm_bg.wasm", import.meta.url)` then points at a missing file and the
  // page gets index.html instead ("expected magic word 00 61 73 6d"). Excluding the package
  // from pre-bundling is the user-side configuration the README documents; an alias to a
  // directory outside node_modules would not be pre-bundled at all, so this test installs the
  // package the way npm does, as a copy in the project's node_modules/.
  it("Vite 7 dev server with optimizeDeps.exclude runs the app in Chromium", { timeout: 60000 }, async () => {
    const project = await mkdtemp(join(tmpdir(), "ory-wasm-vite-dev-"));
    tempDirs.push(project);
    cpSync(appDir, project, { recursive: true });
    cpSync(pkgDir, join(project, "node_modules", "ory-wasm"), { recursive: true });
    const { createServer, createLogger } = await import("vite");
    const warnings = [];
    const logger = createLogger("warn");
    logger.warn = (message) => warnings.push(message);
    logger.warnOnce = (message) => warnings.push(message);
    logger.error = (message) => warnings.push(`error: ${message}`);
    const server = await createServer({
      configFile: false,
      root: project,
      customLogger: logger,
      // The configuration users need for `vite` (dev); `vite build` needs none.
      optimizeDeps: { exclude: ["ory-wasm"] },
      server: { host: "127.0.0.1", port: 0, strictPort: false, watch: null, hmr: false },
    });
    try {
      await server.listen();
      const { port } = server.httpServer.address();
      // The dev server does not tree-shake: every part of the package is loaded (an app can
      // import "ory-wasm/core" to load one).
      const fetched = await runApp("vite-dev", `http://127.0.0.1:${port}`, { modules: 4 });
      assert.match(fetched, /^\/node_modules\/ory-wasm\/ory_[a-z0-9]+_bg\.wasm$/);
      assert.deepEqual(warnings, [], "Vite warnings");
    } finally {
      await server.close();
    }
  });
});

describe("Node", () => {
  it("`node -e` imports pkg/index.js without flags and toSession works", { timeout: 30000 }, async () => {
    // A dynamic import() in a plain CommonJS `-e` script: no --input-type, no experimental flags.
    const script = `
      import(process.argv[1]).then(async ({ Configuration, FrontendApi, OryError, V0alpha2Api }) => {
        const names = [Configuration, FrontendApi, OryError, V0alpha2Api].map((f) => typeof f);
        const api = new FrontendApi(new Configuration({ basePath: process.argv[2], mode: "native" }));
        const session = await api.toSession();
        let closedKind = "resolved";
        try { await new FrontendApi(new Configuration({ basePath: process.argv[3] })).toSession(); }
        catch (e) { closedKind = (e instanceof OryError) + ":" + e.kind; }
        console.log(JSON.stringify({ names, id: session.id, closedKind }));
      }).catch((e) => { console.error(e); process.exit(1); });`;
    const env = { ...process.env };
    delete env.NODE_OPTIONS; // "without flags" means none smuggled in either
    delete env.NODE_TEST_CONTEXT;
    const { stdout, stderr } = await new Promise((resolve, reject) => {
      execFile(
        process.execPath,
        ["-e", script, pathToFileURL(join(pkgDir, "index.js")).href, api.origin, closed],
        { env, timeout: 25000 },
        (error, out, err) => (error ? reject(Object.assign(error, { stderr: err })) : resolve({ stdout: out, stderr: err })),
      );
    });
    assert.equal(stderr, "");
    assert.deepEqual(JSON.parse(stdout.trim()), {
      names: ["function", "function", "function", "function"],
      id: "s1",
      closedKind: "true:network",
    });
  });
});
