// `npm run bench`: ory-wasm against the official SDKs (see bench/README.md for the method).
//
// Sizes: every app bundled with esbuild, and the calls and complete apps also built with Vite and
// opened in Chromium to count what the browser fetched before the app was ready.
//
//   node scripts/bench.mjs            full run (builds pkg/ first); writes bench/results.json,
//                                     bench/results.svg and the README's "Performance" table
//   node scripts/bench.mjs --quick    same code paths, few iterations, uses the existing pkg/;
//                                     writes only under bench/dist/ (CI checks it still works)
//   --no-build                        full run on the existing pkg/
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import * as esbuild from "esbuild";
import { launchBrowser } from "../tests/support/browser.mjs";
import { API_PATHS, startBenchServer } from "../bench/server.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const benchDir = join(root, "bench");
const distDir = join(benchDir, "dist");
const quick = process.argv.includes("--quick");
const started = Date.now();
const log = (message) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${message}`);

const N = quick
  ? { startup: 2, calls: 100, rounds: 2, decode: 100, render: 10, memCalls: 400, memRenders: 40, warmCalls: 100, warmRenders: 10 }
  : { startup: 20, calls: 1000, rounds: 10, decode: 2000, render: 100, memCalls: 10000, memRenders: 1000, warmCalls: 500, warmRenders: 50 };

// The contenders (table columns) and the apps built for them (bench/apps/<app>.js).
const CONTENDERS = [
  { id: "ory-wasm", label: "ory-wasm", color: "#e8590c" },
  { id: "client-fetch", label: "@ory/client-fetch", color: "#1c7ed6" },
  { id: "client-axios", label: "@ory/client (axios)", color: "#7048e8" },
  { id: "elements", label: "client-fetch + elements-react + React", color: "#2f9e44" },
  { id: "fetch", label: "bare fetch + JSON.parse", color: "#868e96" },
];
const CALL_APPS = { "ory-wasm": "ory-wasm-calls", "client-fetch": "client-fetch-calls", "client-axios": "client-axios-calls", fetch: "fetch-calls" };
const FULL_APPS = { "ory-wasm": "ory-wasm-full", elements: "elements-full" };
const DIAGNOSTIC_APP = "fetch-ory-options"; // per-call only, see bench/apps/fetch-ory-options.js
const APPS = [...Object.values(CALL_APPS), ...Object.values(FULL_APPS), DIAGNOSTIC_APP];
// The apps also built with Vite and opened as pages for the "fetched before ready" count.
const PAGE_APPS = [...Object.values(CALL_APPS), ...Object.values(FULL_APPS)];
const loginId = JSON.parse(readFileSync(join(root, "..", "shared/kratos/fixtures/v1/login-flow-password-browser.json"), "utf8")).id;
const settingsId = JSON.parse(readFileSync(join(root, "..", "shared/kratos/fixtures/v1/settings-flow-unlink-all-methods.json"), "utf8")).id;

// ------------------------------------------------------------------------------------------ build
if (!quick && !process.argv.includes("--no-build")) {
  log("building pkg/ (release)");
  execFileSync("node", ["scripts/build.mjs"], { cwd: root, stdio: "inherit" });
}
if (!existsSync(join(root, "pkg/ory_core_bg.wasm"))) throw new Error("pkg/ is not built: run npm run build");

rmSync(distDir, { recursive: true, force: true });
mkdirSync(join(distDir, "entries"), { recursive: true });
const esbuildOptions = {
  bundle: true,
  minify: true,
  format: "esm",
  platform: "browser",
  entryNames: "app",
  // Code splitting, as an esbuild app that imports lazily builds: without it esbuild inlines
  // every dynamic import, and an app would download the parts it loads only on demand
  // (client-fetch's hooks, locales) up front.
  splitting: true,
  chunkNames: "chunk-[hash]",
  define: { "process.env.NODE_ENV": '"production"' },
  alias: { "ory-wasm": join(root, "pkg") },
  logLevel: "error",
};

/** Bundles `entry` into `outdir`. ory-wasm's wasm modules are the assets esbuild leaves
 * referenced by `new URL("./ory_<part>_bg.wasm", import.meta.url)`: the ones the bundle still
 * references after tree-shaking (the parts the app uses) are copied beside it, and counted. */
async function bundle(entry, outdir) {
  await esbuild.build({ ...esbuildOptions, entryPoints: [entry], outdir });
  const scripts = readdirSync(outdir).filter((name) => name.endsWith(".js")).map((name) => readFileSync(join(outdir, name), "utf8")).join("\n");
  for (const wasm of readdirSync(join(root, "pkg")).filter((name) => name.endsWith(".wasm"))) {
    if (scripts.includes(wasm)) copyFileSync(join(root, "pkg", wasm), join(outdir, wasm));
  }
}

/** The files of an esbuild output that its page loads up front: app.js, the chunks it imports
 * statically (not the `import()`ed ones, fetched only when used), their wasm, and app.css. */
function loadedUpFront(outdir) {
  const loaded = new Set(["app.js"]);
  const queue = ["app.js"];
  while (queue.length) {
    const script = readFileSync(join(outdir, queue.pop()), "utf8");
    // Static imports only: `import{…}from"./chunk-X.js"` and `import"./chunk-X.js"`.
    for (const [, name] of script.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) {
      if (!loaded.has(name)) loaded.add(name) && queue.push(name);
    }
    for (const [, name] of script.matchAll(/"\.\/(ory_[a-z0-9]+_bg\.wasm)"/g)) loaded.add(name);
  }
  if (existsSync(join(outdir, "app.css"))) loaded.add("app.css");
  return loaded;
}

// Compressed sizes are cached by content hash: brotli -11 of the 8 MiB elements-react bundle
// alone takes ~10 s, and the anchors' bundles only change with their versions. Compression runs
// on libuv's thread pool (zlib's async API), so it overlaps the Vite builds and each other.
const sizeCachePath = join(root, "node_modules/.cache/ory-wasm-bench/sizes.json");
const sizeCache = existsSync(sizeCachePath) ? JSON.parse(readFileSync(sizeCachePath, "utf8")) : {};
const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);
const pending = new Map();
/** Resolves to { raw, gzip (-9), brotli (quality 11) } of `bytes`. */
const compress = async (bytes) => {
  const key = createHash("sha256").update(bytes).digest("hex");
  if (!sizeCache[key]) {
    if (!pending.has(key)) {
      pending.set(key, Promise.all([
        gzipAsync(bytes, { level: 9 }),
        brotliAsync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
      ]).then(([gz, br]) => { sizeCache[key] = { raw: bytes.length, gzip: gz.length, brotli: br.length }; }));
    }
    await pending.get(key);
  }
  return { ...sizeCache[key] };
};
/** { name: Promise<size> } → { name: size }. */
const settle = async (files) => Object.fromEntries(await Promise.all(Object.entries(files).map(async ([name, size]) => [name, await size])));
const sum = (files) => Object.values(files).reduce((total, size) => ({ raw: total.raw + size.raw, gzip: total.gzip + size.gzip, brotli: total.brotli + size.brotli }), { raw: 0, gzip: 0, brotli: 0 });

log("bundling the apps with esbuild --bundle --minify --format=esm");
const sizes = {};
for (const app of APPS) {
  const outdir = join(distDir, "size", app);
  await bundle(join(benchDir, "apps", `${app}.js`), outdir);
  const files = {};
  for (const name of [...loadedUpFront(outdir)].sort()) files[name] = compress(readFileSync(join(outdir, name)));
  sizes[app] = { files, total: null }; // settled after the Vite builds
  // The harness build is the same app, plus (ory-wasm) a handle on the wasm instance's memory:
  // wasm-bindgen's init() returns the already instantiated exports.
  if (!app.startsWith("ory-wasm")) {
    cpSync(outdir, join(distDir, "harness", app), { recursive: true });
    continue;
  }
  const entry = join(distDir, "entries", `${app}.js`);
  // wasm-bindgen's init() of each module the app instantiates returns its exports (a complete
  // app's calls run in the render module: the core module is never instantiated, js/engine.js).
  const parts = app === "ory-wasm-calls" ? ["core"] : ["render"];
  const source = `export * from ${JSON.stringify(join(benchDir, "apps", `${app}.js`))};\n` +
    parts.map((part) => `import ${part} from ${JSON.stringify(join(root, `pkg/ory_${part}.js`))};\n`).join("") +
    `export const __wasmInits = [${parts.join(", ")}];\n`;
  writeFileSync(entry, source);
  await bundle(entry, join(distDir, "harness", app));
}

// ------------------------------------------------------------------- pages for "fetched before ready"
// Each app is also built as a page (index.html) and opened in Chromium; what counts is every file
// the browser fetched until the app was ready (bench/ready.js): JS, CSS, wasm. Not counted: the
// page itself (index.html: an app's own page, here carrying the bench's ready.js inline; esbuild
// emits none) and the Kratos answers. Vite writes the wasm of every part of ory-wasm into its output, the parts the
// app does not use included (emitted when Vite transforms `new URL(…, import.meta.url)`, before
// tree-shaking drops the module); nothing references those, the browser never fetches them, and
// they are not counted: they are listed under `unfetched` in results.json.
const readyScript = readFileSync(join(benchDir, "ready.js"), "utf8");
const pageHtml = (app, { head = "", body }) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>ory-wasm benchmark: ${app}</title>
    <script>
window.benchLoginId = ${JSON.stringify(loginId)};
${readyScript}    </script>${head}
  </head>
  <body>
    <div id="app"></div>
    ${body}
  </body>
</html>
`;

// esbuild: the page loads the bundle built for the size table (and its stylesheet, if any), as an
// app built with esbuild must link both itself.
for (const app of PAGE_APPS) {
  const outdir = join(distDir, "size", app);
  const head = existsSync(join(outdir, "app.css")) ? '\n    <link rel="stylesheet" href="./app.css" />' : "";
  writeFileSync(join(outdir, "index.html"), pageHtml(app, { head, body: '<script type="module">import * as app from "./app.js"; window.benchStart(app);</script>' }));
}

// Vite 7 production build (`build()` of its JS API, no config file, its defaults but for the
// alias that stands for `npm install ory-wasm`): index.html loads main.js, which imports the app.
// Builds are cached (node_modules/.cache) by Vite's version, the page and the content of every
// file Rollup read (and the package.json nearest to each): the elements-react app alone takes
// ~9 s to build.
const viteVersion = JSON.parse(readFileSync(join(root, "node_modules/vite/package.json"), "utf8")).version;
const viteCacheDir = join(root, "node_modules/.cache/ory-wasm-bench/vite");
const sha256 = (bytes) => createHash("sha256").update(bytes).digest("hex");
const viteConfig = (src, outDir) => ({
  configFile: false,
  root: src,
  logLevel: "error",
  resolve: { alias: { "ory-wasm": join(root, "pkg") } },
  build: { outDir, emptyOutDir: true },
});
function nearestPackageJson(file) {
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json"))) return join(dir, "package.json");
  }
  return null;
}
async function viteBuild(app) {
  const src = join(distDir, "vite-src", app);
  mkdirSync(src, { recursive: true });
  writeFileSync(join(src, "index.html"), pageHtml(app, { body: '<script type="module" src="./main.js"></script>' }));
  writeFileSync(join(src, "main.js"), `import * as app from ${JSON.stringify(join(benchDir, "apps", `${app}.js`))};\nwindow.benchStart(app);\n`);
  const cache = join(viteCacheDir, app);
  const manifestPath = join(cache, "inputs.json");
  const key = sha256(JSON.stringify({ viteVersion, config: viteConfig(src, "dist"), html: readFileSync(join(src, "index.html"), "utf8"), main: readFileSync(join(src, "main.js"), "utf8") }));
  const manifest = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, "utf8")) : null;
  const fresh = manifest?.key === key && Object.entries(manifest.inputs).every(([file, hash]) => existsSync(file) && sha256(readFileSync(file)) === hash);
  const started = Date.now();
  if (!fresh) {
    rmSync(manifestPath, { force: true });
    const { build } = await import("vite");
    const ids = [];
    await build({
      ...viteConfig(src, join(cache, "dist")),
      plugins: [{ name: "bench-inputs", buildEnd() { ids.push(...this.getModuleIds()); } }],
    });
    // Every module Rollup loaded (tree-shaken ones too), as a file: "\0…" and "?query" stripped.
    const files = new Set();
    for (const id of ids) {
      const file = id.replace(/^\0/, "").replace(/\?.*$/, "");
      if (!file.startsWith("/") || !existsSync(file)) continue;
      files.add(file);
      const manifestFile = nearestPackageJson(file);
      if (manifestFile) files.add(manifestFile);
      // Vite emits ory-wasm's .wasm files as assets, read outside the module graph.
      if (file.startsWith(join(root, "pkg") + "/")) {
        for (const name of readdirSync(join(root, "pkg"), { recursive: true })) {
          if (statSync(join(root, "pkg", name)).isFile()) files.add(join(root, "pkg", name));
        }
      }
    }
    const inputs = Object.fromEntries([...files].sort().map((file) => [file, sha256(readFileSync(file))]));
    // A file changed while Vite ran (pkg/ rebuilt meanwhile, say): the hashes may not be what
    // Vite read, so the build is not cached (the next run builds again).
    // (The page and main.js, just written, are in the key.)
    if ([...files].every((file) => file.startsWith(src + "/") || statSync(file).mtimeMs < started - 1000)) writeFileSync(manifestPath, JSON.stringify({ key, inputs }));
  }
  cpSync(join(cache, "dist"), join(distDir, "vite", app), { recursive: true });
  return { cached: fresh, buildMs: fresh ? null : Date.now() - started };
}

log(`building ${PAGE_APPS.length} apps with Vite ${viteVersion} (production; cached by content)`);
const viteBuilds = {};
for (const app of PAGE_APPS) viteBuilds[app] = await viteBuild(app);
log(`Vite: ${Object.values(viteBuilds).filter((b) => b.cached).length} of ${PAGE_APPS.length} builds from the cache`);

/** Every file under `dir`, as paths relative to it with "/" separators. */
function filesUnder(dir, prefix = "") {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(dir, `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`]).sort();
}
for (const app of APPS) {
  sizes[app].files = await settle(sizes[app].files);
  sizes[app].total = sum(sizes[app].files);
}
mkdirSync(dirname(sizeCachePath), { recursive: true });
writeFileSync(sizeCachePath, JSON.stringify(sizeCache));

// ---------------------------------------------------------------------------------------- browser
const server = await startBenchServer();
const browser = await launchBrowser();

/**
 * Opens the page built into `dir` (its index.html at the root of a fresh origin, served with the
 * Kratos answers) in a fresh context, waits until the app is ready, and sizes what was fetched:
 * `fetched` every file the page's resource timing lists at ready, `afterReady` files fetched in
 * the 100 ms after (lazy chunks: not counted), `unfetched` the files of `dir` never fetched.
 */
async function measurePage(dir) {
  const site = await startBenchServer({ site: dir });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const problems = [];
    const responses = [];
    page.on("pageerror", (error) => problems.push(String(error)));
    page.on("response", (response) => responses.push(response));
    await page.goto(`${site.origin}/`);
    const ready = await (await page.waitForFunction(() => window.benchReady, null, { timeout: 30000 })).jsonValue();
    if (ready.error) throw new Error(`${dir} did not get ready: ${ready.error} ${problems.join("; ")}`);
    await page.waitForTimeout(100);
    const before = new Set(ready.fetched);
    const out = { readyMs: ready.ms, page: null, fetched: { files: {} }, afterReady: { files: {} } };
    const seen = new Set();
    for (const response of responses) {
      const url = new URL(response.url());
      if (!url.protocol.startsWith("http") || API_PATHS.includes(url.pathname)) continue;
      const name = url.origin === site.origin ? decodeURIComponent(url.pathname.slice(1)) : response.url();
      if (response.status() !== 200) throw new Error(`${dir}: ${response.status()} for ${response.url()}`);
      const size = compress(await response.body());
      if (response.request().isNavigationRequest()) out.page = size;
      else (before.has(response.url()) ? out.fetched : out.afterReady).files[name] = size;
      seen.add(name || "index.html");
    }
    out.page = await out.page;
    for (const part of [out.fetched, out.afterReady]) {
      part.files = await settle(part.files);
      part.total = sum(part.files);
    }
    out.unfetched = filesUnder(dir).filter((name) => !seen.has(name));
    return out;
  } finally {
    await context.close();
    await site.close();
  }
}

async function harnessPage() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(String(error)));
  await page.goto(`${server.origin}/bench/harness.html`);
  await page.waitForFunction(() => window.benchReady === true, null, { timeout: 15000 });
  return { context, page, problems };
}
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const results = { quick, date: new Date().toISOString(), machine: {}, sizes, startup: {}, calls: {}, decode: {}, render: {}, memory: {} };
try {
  results.machine = { cpu: cpus()[0]?.model ?? "unknown", cores: cpus().length, node: process.version, browser: `Chromium ${browser.version()}`, esbuild: esbuild.version, vite: viteVersion, loadAverageAtStart: loadavg().map((n) => +n.toFixed(2)) };

  // Sizes fetched before ready: the esbuild builds of the size table, and the Vite builds.
  log(`fetched before ready: ${PAGE_APPS.length} apps × (esbuild, Vite), one cold load each`);
  sizes.vite = {};
  for (const app of PAGE_APPS) {
    const measured = await measurePage(join(distDir, "size", app));
    sizes[app].fetched = measured.fetched;
    sizes[app].readyMs = measured.readyMs;
    // The page fetches what the bundle loads up front (loadedUpFront: the entry, its static
    // chunks, the wasm they reference), less a wasm module the app never instantiates: ory-wasm's
    // core module, where the renderer's module runs the calls (js/engine.js). Anything else, or
    // a fetch after ready, means one of the two counts is wrong. What counts is what was fetched.
    const output = sizes[app].total;
    const unexpected = Object.keys(measured.fetched.files).filter((name) => !(name in sizes[app].files));
    if (unexpected.length > 0 || measured.afterReady.total.raw !== 0) {
      log(`WARNING: ${app} (esbuild): fetched before ready ${measured.fetched.total.raw} B (after: ${measured.afterReady.total.raw} B), output ${output.raw} B`);
      sizes[app].fetchedMismatch = { fetched: Object.keys(measured.fetched.files), afterReady: Object.keys(measured.afterReady.files), unfetched: measured.unfetched };
    }
    sizes[app].files = measured.fetched.files;
    sizes[app].total = measured.fetched.total;
    const dir = join(distDir, "vite", app);
    const files = Object.fromEntries(filesUnder(dir).filter((name) => name !== "index.html").map((name) => [name, compress(readFileSync(join(dir, name)))]));
    sizes.vite[app] = { ...viteBuilds[app], ...(await measurePage(dir)), output: { files: await settle(files), total: null } };
    sizes.vite[app].output.total = sum(sizes.vite[app].output.files);
  }
  mkdirSync(dirname(sizeCachePath), { recursive: true });
  writeFileSync(sizeCachePath, JSON.stringify(sizeCache));

  // Start-up: cold loads, each in a fresh browser context (empty HTTP and code caches).
  log(`start-up: ${N.startup} cold page loads per app`);
  const startupApps = [...Object.values(CALL_APPS), ...Object.values(FULL_APPS)];
  const startupSamples = Object.fromEntries(startupApps.map((app) => [app, []]));
  for (let i = 0; i < N.startup; i += 1) {
    for (const app of startupApps.map((_, k) => startupApps[(k + i) % startupApps.length])) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.origin}/bench/startup.html?app=${app}`);
      const outcome = await (await page.waitForFunction(() => window.benchStartup, null, { timeout: 30000 })).jsonValue();
      await context.close();
      if (outcome.error) throw new Error(`start-up of ${app}: ${outcome.error}`);
      startupSamples[app].push(outcome.ms);
    }
  }
  for (const app of startupApps) results.startup[app] = { median: median(startupSamples[app]), samples: startupSamples[app] };

  // Per-call cost: sequential calls against the local server, contenders interleaved.
  const { context, page, problems } = await harnessPage();
  const callApps = [...Object.values(CALL_APPS), DIAGNOSTIC_APP];
  for (const [op, arg] of [["toSession", undefined], ["getLoginFlow", loginId]]) {
    log(`per-call: ${N.calls} sequential ${op} calls per app`);
    // One call per app per round: the apps take turns call by call, so drift hits all alike.
    const outcome = await page.evaluate((spec) => window.benchCalls(spec), { apps: callApps, op, arg, count: N.calls, rounds: N.calls });
    results.calls[op] = outcome.results;
    results.crossOriginIsolated = outcome.isolated;
  }

  // The same calls with fetch answered in-page (no network): each SDK's own cost per call; for
  // the settings flow, the decode. (@ory/client is left out: axios sends through XMLHttpRequest,
  // which the in-page fetch does not answer.)
  const stubApps = ["fetch-calls", "ory-wasm-calls", "client-fetch-calls"];
  results.stubbed = {};
  for (const [op, arg, path] of [["toSession", undefined, "/sessions/whoami"], ["getLoginFlow", loginId, `/self-service/login/flows?id=${loginId}`], ["getSettingsFlow", settingsId, `/self-service/settings/flows?id=${settingsId}`]]) {
    log(`in-page fetch: ${N.decode} ${op} calls per app`);
    results.stubbed[op] = await page.evaluate((spec) => window.benchStubbed(spec), { apps: stubApps, op, arg, path, count: N.decode, rounds: N.rounds });
  }
  results.decode = {
    bytes: results.stubbed.getSettingsFlow.bytes,
    results: results.stubbed.getSettingsFlow.results,
    ...(await page.evaluate((spec) => window.benchFromJson(spec), { app: "elements-full", path: `/self-service/settings/flows?id=${settingsId}`, count: N.decode })),
  };
  if (problems.length) throw new Error(`harness page errors: ${problems.join("; ")}`);
  await context.close();

  // Render and memory: one page per app.
  for (const app of Object.values(FULL_APPS)) {
    log(`render: ${N.render} first renders and re-renders after a 400 with ${app}`);
    const { context, page, problems } = await harnessPage();
    results.render[app] = await page.evaluate((spec) => window.benchRender(spec), { app, count: N.render });
    if (problems.length) results.render[app].pageErrors = [...new Set(problems)].slice(0, 5);
    const { shape } = results.render[app];
    if (shape.first.inputs === 0 || !shape.afterError.errorShown) {
      throw new Error(`${app} did not render the settings flow: ${JSON.stringify(shape)} ${problems.slice(0, 3).join("; ")}`);
    }
    await context.close();
  }
  for (const app of Object.values(FULL_APPS)) {
    log(`memory: ${N.memCalls} calls and ${N.memRenders} renders with ${app}`);
    const { context, page } = await harnessPage();
    const cdp = await context.newCDPSession(page);
    const heap = async () => {
      await cdp.send("HeapProfiler.collectGarbage");
      await cdp.send("HeapProfiler.collectGarbage");
      return (await cdp.send("Runtime.getHeapUsage")).usedSize;
    };
    // Warm-up (code compiled, caches and pools filled), then the measured run.
    const warm = await page.evaluate((spec) => window.benchMemoryRun(spec), { app, calls: N.warmCalls, renders: N.warmRenders, loginId });
    const heapBefore = await heap();
    const run = await page.evaluate((spec) => window.benchMemoryRun(spec), { app, calls: N.memCalls, renders: N.memRenders, loginId });
    const heapAfter = await heap();
    // A second pass, a tenth of the size, tells a one-time high-water mark from a leak.
    const again = await page.evaluate((spec) => window.benchMemoryRun(spec), { app, calls: N.memCalls / 10, renders: N.memRenders / 10, loginId });
    const heapAgain = await heap();
    results.memory[app] = {
      calls: N.memCalls,
      renders: N.memRenders,
      jsHeapBefore: heapBefore,
      jsHeapAfter: heapAfter,
      jsHeapGrowth: heapAfter - heapBefore,
      wasmBefore: warm.wasmBytes,
      wasmAfter: run.wasmBytes,
      wasmGrowth: warm.wasmBytes === null ? null : run.wasmBytes - warm.wasmBytes,
      wasmGrowthFromCalls: warm.wasmBytes === null ? null : run.wasmAfterCalls - warm.wasmBytes,
      secondPass: { calls: N.memCalls / 10, renders: N.memRenders / 10, jsHeapGrowth: heapAgain - heapAfter, wasmGrowth: warm.wasmBytes === null ? null : again.wasmBytes - run.wasmBytes },
    };
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

// ---------------------------------------------------------------------------------------- targets
const gz = (app) => sizes[app].total.gzip;
const fetchedGz = (app) => sizes[app].fetched.total.gzip; // esbuild, fetched before ready
const viteGz = (app) => sizes.vite[app].fetched.total.gzip; // Vite, fetched before ready
const LOGIN_PAGE_BOUND = 100 * 1000; // 100 KB (kilobytes of 1000 bytes)
const call = (op, app, key = "median") => results.calls[op][app][key];
const stub = (op, app) => results.stubbed[op].results[app].median;
const stubOver = (op, app) => stub(op, app) - stub(op, "fetch-calls");
const decodeStub = (app) => results.decode.results[app].median - results.decode.results["fetch-calls"].median;
const MEMORY_BOUND = 1024 * 1024; // 1 MiB after warm-up
const targets = [
  { name: "complete app gzip ≤ 1/8 of client-fetch + elements-react + React (esbuild)", value: gz("ory-wasm-full") / gz("elements-full"), limit: 1 / 8, better: "lower" },
  { name: "complete app gzip fetched before ready ≤ 1/8 of client-fetch + elements-react + React (Vite)", value: viteGz("ory-wasm-full") / viteGz("elements-full"), limit: 1 / 8, better: "lower" },
  { name: "complete login page ≤ 100 KB gzip fetched before ready (esbuild)", value: fetchedGz("ory-wasm-full") / 1000, limit: LOGIN_PAGE_BOUND / 1000, better: "lower", unit: "KB" },
  { name: "complete login page ≤ 100 KB gzip fetched before ready (Vite)", value: viteGz("ory-wasm-full") / 1000, limit: LOGIN_PAGE_BOUND / 1000, better: "lower", unit: "KB" },
  { name: "calls-only app gzip ≤ @ory/client (axios) (esbuild)", value: gz("ory-wasm-calls") / gz("client-axios-calls"), limit: 1, better: "lower" },
  { name: "calls-only app gzip fetched before ready ≤ @ory/client (axios) (Vite)", value: viteGz("ory-wasm-calls") / viteGz("client-axios-calls"), limit: 1, better: "lower" },
  { name: "toSession median ≤ 1.10× bare fetch + JSON.parse", value: call("toSession", "ory-wasm-calls") / call("toSession", "fetch-calls"), limit: 1.1, better: "lower" },
  { name: "getLoginFlow median ≤ 1.10× bare fetch + JSON.parse", value: call("getLoginFlow", "ory-wasm-calls") / call("getLoginFlow", "fetch-calls"), limit: 1.1, better: "lower" },
  { name: "toSession median ≤ client-fetch", value: call("toSession", "ory-wasm-calls") / call("toSession", "client-fetch-calls"), limit: 1, better: "lower" },
  { name: "getLoginFlow median ≤ client-fetch", value: call("getLoginFlow", "ory-wasm-calls") / call("getLoginFlow", "client-fetch-calls"), limit: 1, better: "lower" },
  { name: "first render ≥ 2× faster than elements-react", value: results.render["elements-full"].first.median / results.render["ory-wasm-full"].first.median, limit: 2, better: "higher" },
  { name: "re-render after a 400 ≥ 2× faster than elements-react", value: results.render["elements-full"].again.median / results.render["ory-wasm-full"].again.median, limit: 2, better: "higher" },
  // Issue #12's bounds: the calls app within 1.2× of client-fetch's, the complete app within 1.5×.
  { name: "start-up (calls app) ≤ 1.2× client-fetch", value: results.startup["ory-wasm-calls"].median / results.startup["client-fetch-calls"].median, limit: 1.2, better: "lower" },
  { name: "start-up (complete app) ≤ 1.5× client-fetch (calls app)", value: results.startup["ory-wasm-full"].median / results.startup["client-fetch-calls"].median, limit: 1.5, better: "lower" },
  { name: "JS heap growth ≤ 1 MiB", value: results.memory["ory-wasm-full"].jsHeapGrowth / MEMORY_BOUND, limit: 1, better: "lower", unit: "MiB" },
  { name: "wasm memory growth ≤ 1 MiB", value: results.memory["ory-wasm-full"].wasmGrowth / MEMORY_BOUND, limit: 1, better: "lower", unit: "MiB" },
];
for (const target of targets) target.met = target.better === "lower" ? target.value <= target.limit : target.value >= target.limit;
results.targets = targets;

// ------------------------------------------------------------------------------------------ table
const kib = (n) => (n / 1024).toFixed(1);
const ms = (n) => n.toFixed(2);
const us = (n) => (n * 1000).toFixed(0);
const cells = (fn) => CONTENDERS.map((c) => fn(c.id) ?? "–");
const byCall = (fn) => (id) => (CALL_APPS[id] ? fn(CALL_APPS[id]) : null);
const byFull = (fn) => (id) => (FULL_APPS[id] ? fn(FULL_APPS[id]) : null);
const size = (total) => `${kib(total.gzip)} (${kib(total.raw)} / ${kib(total.brotli)})`;
const rows = [
  ["calls app, esbuild, gzip -9 KiB (raw / brotli)", byCall((a) => size(sizes[a].total))],
  ["calls app, Vite, fetched gzip KiB (raw / brotli)", byCall((a) => size(sizes.vite[a].fetched.total))],
  ["complete app, esbuild, gzip -9 KiB (raw / brotli)", byFull((a) => size(sizes[a].total))],
  ["complete app (login page), Vite, fetched gzip KiB (raw / brotli)", byFull((a) => size(sizes.vite[a].fetched.total))],
  [`start-up, calls app, ms (median of ${N.startup})`, byCall((a) => ms(results.startup[a].median))],
  [`start-up, complete app, ms (median of ${N.startup})`, byFull((a) => ms(results.startup[a].median))],
  [`toSession µs, median / p99 (${N.calls} calls)`, byCall((a) => `${us(call("toSession", a))} / ${us(call("toSession", a, "p99"))}`)],
  [`getLoginFlow µs, median / p99 (${N.calls} calls)`, byCall((a) => `${us(call("getLoginFlow", a))} / ${us(call("getLoginFlow", a, "p99"))}`)],
  ["per-call ratio to bare fetch (toSession / getLoginFlow)", byCall((a) => `${(call("toSession", a) / call("toSession", "fetch-calls")).toFixed(2)}× / ${(call("getLoginFlow", a) / call("getLoginFlow", "fetch-calls")).toFixed(2)}×`)],
  ["bare fetch with ory-wasm's request options µs, median (toSession / getLoginFlow)", (id) => (id === "fetch" ? `${us(call("toSession", DIAGNOSTIC_APP))} / ${us(call("getLoginFlow", DIAGNOSTIC_APP))}` : null)],
  ["SDK's own cost per call, in-page fetch − baseline, µs (toSession / getLoginFlow)", byCall((a) => (a === "fetch-calls" ? `0 (baseline ${us(stub("toSession", a))} / ${us(stub("getLoginFlow", a))})` : results.stubbed.toSession.results[a] ? `${us(stubOver("toSession", a))} / ${us(stubOver("getLoginFlow", a))}` : null))],
  ["decode of the settings flow µs: in-page fetch − baseline", byCall((a) => (a === "fetch-calls" ? `0 (JSON.parse alone ${us(results.decode.jsonParse.median)})` : results.decode.results[a] ? us(decodeStub(a)) : null))],
  ["SettingsFlowFromJSON alone µs", (id) => (id === "client-fetch" ? us(results.decode.fromJson.median) : null)],
  [`first render of the settings flow ms, median / p99 (${N.render})`, byFull((a) => `${ms(results.render[a].first.median)} / ${ms(results.render[a].first.p99)}`)],
  ["re-render after a 400 ms, median / p99", byFull((a) => `${ms(results.render[a].again.median)} / ${ms(results.render[a].again.p99)}`)],
  [`JS heap growth KiB after ${N.memCalls} calls + ${N.memRenders} renders`, byFull((a) => kib(results.memory[a].jsHeapGrowth))],
  ["wasm linear memory growth KiB: calls part + renders part (total after)", byFull((a) => (results.memory[a].wasmGrowth === null ? null : `${kib(results.memory[a].wasmGrowth)}: ${kib(results.memory[a].wasmGrowthFromCalls)} + ${kib(results.memory[a].wasmGrowth - results.memory[a].wasmGrowthFromCalls)} (${kib(results.memory[a].wasmAfter)})`))],
  [`then ${N.memCalls / 10} calls + ${N.memRenders / 10} renders more: JS heap / wasm growth KiB`, byFull((a) => `${kib(results.memory[a].secondPass.jsHeapGrowth)} / ${results.memory[a].secondPass.wasmGrowth === null ? "–" : kib(results.memory[a].secondPass.wasmGrowth)}`)],
];
const header = ["metric", ...CONTENDERS.map((c) => c.label)];
const markdown = [
  `| ${header.join(" | ")} |`,
  `|${header.map(() => "---").join("|")}|`,
  ...rows.map(([name, fn]) => `| ${name} | ${cells(fn).join(" | ")} |`),
].join("\n");
const targetTable = [
  "| target | ratio | limit | met |",
  "|---|---|---|---|",
  ...targets.map((t) => `| ${t.name} | ${t.value.toFixed(3)}${t.unit ? " " + t.unit : "×"} | ${t.better === "lower" ? "≤" : "≥"} ${t.limit.toFixed(3)} | ${t.met ? "yes" : "**no**"} |`),
].join("\n");
console.log("\n" + markdown + "\n\n" + targetTable + "\n");
results.table = markdown;
results.targetTable = targetTable;
results.seconds = (Date.now() - started) / 1000;
results.machine.loadAverageAtEnd = loadavg().map((n) => +n.toFixed(2));

// ------------------------------------------------------------------------------------------ chart
function chart() {
  const groups = [
    ["calls app gzip KiB (esbuild)", byCall((a) => sizes[a].total.gzip / 1024)],
    ["calls app gzip KiB (Vite)", byCall((a) => sizes.vite[a].fetched.total.gzip / 1024)],
    ["complete app gzip KiB (esbuild)", byFull((a) => sizes[a].total.gzip / 1024)],
    ["complete app gzip KiB (Vite)", byFull((a) => sizes.vite[a].fetched.total.gzip / 1024)],
    ["start-up ms (calls app)", byCall((a) => results.startup[a].median)],
    ["start-up ms (complete app)", byFull((a) => results.startup[a].median)],
    ["toSession µs", byCall((a) => call("toSession", a) * 1000)],
    ["getLoginFlow µs", byCall((a) => call("getLoginFlow", a) * 1000)],
    ["decode µs (in-page)", byCall((a) => (a === "fetch-calls" || !results.decode.results[a] ? null : Math.max(0, decodeStub(a) * 1000)))],
    ["first render ms", byFull((a) => results.render[a].first.median)],
    ["re-render ms", byFull((a) => results.render[a].again.median)],
    ["JS heap growth KiB", byFull((a) => Math.max(0, results.memory[a].jsHeapGrowth / 1024))],
  ];
  const barWidth = 18;
  const gap = 26;
  const plotHeight = 220;
  const top = 80;
  let x = 20;
  const parts = [];
  for (const [title, fn] of groups) {
    const bars = CONTENDERS.map((c) => ({ c, value: fn(c.id) })).filter((bar) => bar.value !== null && bar.value !== undefined);
    const max = Math.max(...bars.map((bar) => bar.value), 1e-9);
    const width = bars.length * barWidth;
    bars.forEach((bar, i) => {
      const h = Math.max(1, (bar.value / max) * plotHeight);
      const bx = x + i * barWidth;
      parts.push(`<rect x="${bx}" y="${top + plotHeight - h}" width="${barWidth - 3}" height="${h}" fill="${bar.c.color}"><title>${bar.c.label}: ${bar.value.toFixed(1)}</title></rect>`);
      const label = bar.value >= 100 ? bar.value.toFixed(0) : bar.value.toFixed(1);
      // The value reads upwards: inside a tall bar (white), above a short one.
      const cx = bx + (barWidth - 3) / 2 + 3;
      const inside = h > 44;
      const ty = inside ? top + plotHeight - h + 4 + label.length * 6 : top + plotHeight - h - 3;
      parts.push(`<text x="${cx}" y="${ty}" font-size="10" fill="${inside ? "#fff" : "#222"}" transform="rotate(-90 ${cx} ${ty})">${label}</text>`);
    });
    const words = title.split(" ");
    const mid = Math.ceil(words.length / 2);
    parts.push(`<text x="${x + width / 2}" y="${top + plotHeight + 16}" font-size="11" text-anchor="middle">${words.slice(0, mid).join(" ")}</text>`);
    parts.push(`<text x="${x + width / 2}" y="${top + plotHeight + 30}" font-size="11" text-anchor="middle">${words.slice(mid).join(" ")}</text>`);
    x += width + gap;
  }
  const widthTotal = x;
  let lx = 20;
  const legend = CONTENDERS.map((c) => {
    const item = `<rect x="${lx}" y="10" width="12" height="12" fill="${c.color}"/><text x="${lx + 16}" y="20" font-size="11">${c.label}</text>`;
    lx += 16 + c.label.length * 6.5 + 18;
    return item;
  }).join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.max(widthTotal, lx)}" height="${top + plotHeight + 60}" font-family="sans-serif">
<rect width="100%" height="100%" fill="#fff"/>
${legend}
<text x="20" y="44" font-size="11" fill="#555">Each group: one metric, bars scaled to the group's largest value; lower is better (${quick ? "quick run" : results.date.slice(0, 10)}, ${results.machine.browser}).</text>
<line x1="10" x2="${widthTotal}" y1="${top + plotHeight}" y2="${top + plotHeight}" stroke="#999"/>
${parts.join("\n")}
</svg>
`;
}

const outDir = quick ? distDir : benchDir;
writeFileSync(join(outDir, quick ? "results-quick.json" : "results.json"), JSON.stringify(results, null, 2) + "\n");
writeFileSync(join(outDir, quick ? "results-quick.svg" : "results.svg"), chart());
if (!quick) {
  // The README's "Performance" section (the last one) carries the latest full run.
  const readmePath = join(root, "README.md");
  const readme = readFileSync(readmePath, "utf8");
  const section = `## Performance\n\n<!-- written by \`npm run bench\` (scripts/bench.mjs); the method is in bench/README.md -->\n\n` +
    `Latest full run: ${results.date.slice(0, 10)}, ${results.machine.browser}, ${results.machine.cores} × ${results.machine.cpu}, Node ${results.machine.node}. ` +
    `Sizes are what a small app makes the browser fetch until it is ready (JS + CSS + the .wasm modules it uses), built with esbuild (\`--bundle --minify --format=esm\`) and with Vite 7 (\`vite build\`); times are medians in headless Chromium against a local server.\n\n` +
    `${markdown}\n\nTargets (ratios of this run):\n\n${targetTable}\n\n![benchmark chart](bench/results.svg)\n\n` +
    `Why ory-wasm loses where it does, and what fixes it: [bench/README.md](bench/README.md#where-ory-wasm-loses).\n`;
  const at = readme.indexOf("\n## Performance\n");
  // bench/README.md carries the same numbers between its results markers, next to the method.
  const benchReadmePath = join(benchDir, "README.md");
  if (existsSync(benchReadmePath)) {
    const text = readFileSync(benchReadmePath, "utf8");
    const start = text.indexOf("<!-- results:start -->");
    const end = text.indexOf("<!-- results:end -->");
    if (start >= 0 && end > start) {
      const block = `<!-- results:start -->\n\nRun of ${results.date} (${results.seconds.toFixed(0)} s): ${results.machine.browser}, ` +
        `${results.machine.cores} × ${results.machine.cpu}, Node ${results.machine.node}, esbuild ${results.machine.esbuild}, Vite ${results.machine.vite}; ` +
        `load average ${results.machine.loadAverageAtStart.join(" / ")} at the start, ${results.machine.loadAverageAtEnd.join(" / ")} at the end.\n\n` +
        `${markdown}\n\n${targetTable}\n\n`;
      writeFileSync(benchReadmePath, text.slice(0, start) + block + text.slice(end));
    }
  }
  // Only this section is replaced; a section after it (if one is ever added) is kept.
  const next = at >= 0 ? readme.indexOf("\n## ", at + 1) : -1;
  const after = next >= 0 ? "\n" + readme.slice(next + 1) : "";
  writeFileSync(readmePath, (at >= 0 ? readme.slice(0, at + 1) : readme.replace(/\n*$/, "\n\n")) + section + after);
}
log(`done in ${results.seconds.toFixed(0)} s; ${targets.filter((t) => t.met).length} of ${targets.length} targets met`);
