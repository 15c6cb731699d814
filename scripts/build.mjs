// Builds the npm package into pkg/: the release wasm, wasm-bindgen's glue, our entry point,
// the TypeScript declarations and package.json. pkg/ is generated; edit js/ and src/ instead.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateRawSync } from "node:zlib";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = join(root, "pkg");
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: "inherit" });

// The package is cut into wasm modules, one per part of the API, so that an app downloads only
// what it imports (README "What each import costs"). Each is the same crate built with one
// feature (Cargo.toml [features]); its JavaScript wrapper (js/<part>.js) instantiates it with
// top-level await and exports its classes as its own bindings; index.js re-exports every part
// and is free of side effects, so a bundler keeps only the parts whose exports the app uses.
// Measured (bench/README.md): one module for everything made every app fetch ~200 KiB gzip.
const PARTS = [
  // [part: js/<part>.js wraps ory_<part>.js and ory_<part>_bg.wasm, crate feature]
  // With a smaller allocator than std's (src/lib.rs says why the core module alone).
  ["core", "frontend,small-allocator"],
  ["v0alpha2", "v0alpha2"],
  ["admin", "admin"],
  // The renderer's module also carries FrontendApi's Client (feature `frontend`, +5 KiB gzip):
  // an app that renders then fetches this module alone (js/engine.js).
  ["render", "render,frontend"],
];
// Subpaths of plain JavaScript over the parts' classes, without wasm of their own
// (js/<helper>.js): the server helpers, the session store and the React bindings. They get the
// same entries as the parts, so that either set's files import the one error.js.
const HELPERS = ["server", "session", "react"];
rmSync(pkg, { recursive: true, force: true });
mkdirSync(pkg, { recursive: true });
const wasmOutputs = ["", "deps/"].map((dir) => join(root, `target/wasm32-unknown-unknown/release/${dir}ory_wasm.wasm`));
for (const [part, feature] of PARTS) {
  // Every feature's build writes the same file (a cdylib's name has no hash), and cargo only
  // keeps one fingerprint per feature set: after building every part once, an unchanged feature
  // set counts as fresh and cargo would leave the file of the part built last — four copies of
  // one module. Without the file, cargo links it again for this feature set.
  for (const output of wasmOutputs) rmSync(output, { force: true });
  run("cargo", ["build", "--release", "--lib", "--target", "wasm32-unknown-unknown", "--no-default-features", "--features", feature]);
  run("wasm-bindgen", [
    "--target", "web",
    "--out-dir", pkg,
    "--out-name", `ory_${part}`,
    // Measured: dropping the name and producers sections beats wasm-opt on gzip size.
    "--remove-name-section",
    "--remove-producers-section",
    join(root, "target/wasm32-unknown-unknown/release/ory_wasm.wasm"),
  ]);
}

// Each part must be its own module (see wasmOutputs above): identical bytes mean a stale build.
const partBytes = PARTS.map(([part]) => readFileSync(join(pkg, `ory_${part}_bg.wasm`)));
partBytes.forEach((bytes, i) => partBytes.slice(0, i).forEach((other, j) => {
  if (bytes.equals(other)) throw new Error(`ory_${PARTS[i][0]} and ory_${PARTS[j][0]} are the same module: a stale cargo build`);
}));

// Every module's glue imports OryError from its own copy of js/error.js (snippets/…): point them
// all at one error.js, so that `instanceof OryError` holds whichever module threw.
cpSync(join(root, "js/error.js"), join(pkg, "error.js"));
for (const [part] of PARTS) {
  const gluePath = join(pkg, `ory_${part}.js`);
  const glue = readFileSync(gluePath, "utf8");
  const shared = glue.replace(/(["'])\.\/snippets\/[^"']*\/js\/error\.js\1/g, '"./error.js"');
  if (glue.includes("snippets/") && shared === glue) throw new Error(`ory_${part}.js: the error.js import was not found`);
  // The wrappers always hand init() its module. The glue's own default, a `new URL(…wasm,
  // import.meta.url)`, would make bundlers emit (Vite) or leave referenced (esbuild) the .wasm
  // even where the inline entry points below are used.
  const defaultUrl = `module_or_path = new URL('ory_${part}_bg.wasm', import.meta.url);`;
  if (!shared.includes(defaultUrl)) throw new Error(`ory_${part}.js: the glue's default wasm URL was not found`);
  writeFileSync(gluePath, shared.replace(defaultUrl, 'throw new Error("ory-wasm: no wasm module given");'));
}
rmSync(join(pkg, "snippets"), { recursive: true, force: true });
// Every module and stylesheet of js/ is part of the package (the .d.ts files are handled below).
for (const file of readdirSync(join(root, "js")).filter((name) => name.endsWith(".js") || name.endsWith(".css"))) {
  cpSync(join(root, "js", file), join(pkg, file));
}
// The renderer's locales: one module each, imported by locale.js only when chosen.
cpSync(join(root, "js/locales"), join(pkg, "locales"), { recursive: true });
if (existsSync(join(root, "js/ory-wasm.d.ts"))) {
  cpSync(join(root, "js/ory-wasm.d.ts"), join(pkg, "index.d.ts"));
  // Each part's subpath has the same declarations (the types are shared).
  for (const [part] of PARTS) writeFileSync(join(pkg, `${part}.d.ts`), 'export * from "./index.js";\n');
  // The helpers have their own declarations (exported by their subpaths only), which import the
  // models from the package's.
  for (const helper of HELPERS) {
    const declarations = readFileSync(join(root, "js", `${helper}.d.ts`), "utf8");
    if (!declarations.includes(' from "ory-wasm";')) throw new Error(`js/${helper}.d.ts: the import of the models was not found`);
    writeFileSync(join(pkg, `${helper}.d.ts`), declarations.replace(' from "ory-wasm";', ' from "./index.js";'));
  }
}
// How the wasm reaches the page, per environment. Measured for the core module (gzip -9, what an
// app fetches; bench/README.md for the apps), against the .wasm file (48.4 KB gzip, 41.1 KB brotli):
//   - `new URL("./x.wasm", import.meta.url)`, fetched with streaming compilation: the leanest, and
//     Vite's and webpack's production builds emit the file and rewrite the URL. It breaks where
//     the JavaScript moves without the file: the Vite dev server's dependency pre-bundling
//     (node_modules/.vite/deps/), and esbuild and Rollup, which leave the URL as it is and never
//     copy the file.
//   - the bytes base64-encoded in JavaScript (the usual "compat" build): works everywhere, but
//     64.4 KB gzip (+33%) and no streaming compilation.
//   - the bytes deflate-raw compressed, then base64-encoded, inflated with DecompressionStream:
//     works everywhere, 48.6 KB gzip (+0.4%), but 48.4 KB brotli (+18%: base64 of compressed data
//     is all brotli gets to see) and no streaming compilation.
//   - new URL first, falling back when the fetch fails: the fallback must carry the bytes in
//     JavaScript (the dev server and esbuild serve nothing else), so production apps would ship
//     them, and fetch a wrong URL first where the fallback is needed.
//   - package.json `exports` conditions alone cannot choose: Vite's production build and Rollup
//     with node-resolve resolve with the same conditions ("production" included).
// So the package has two sets of entry points, and its `exports` conditions choose (the first
// one a resolver has wins):
//   - "node" → ./portable/ (below). Node itself, and every bundler building for a server (Next.js'
//     server and SSR bundles, webpack's and Turbopack's), where a rewritten new URL is a public
//     path, not a file: the module is inlined.
//   - "webpack" → the files at the top (./index.js, ./core.js, …): new URL. webpack 5 emits the
//     .wasm and rewrites the URL in its development and production builds (and so in Next.js'
//     webpack client bundles). An import map names these files too.
//   - the default → ./portable/: the same wrappers, which use new URL where
//     `import.meta.env.PROD` is true and `import.meta.env.SSR` false — Vite's production build for
//     the browser, which replaces both at build time and drops the other branch and the inlined
//     module with it, so a Vite app fetches what it did before — and otherwise the deflated module
//     (./portable/ory_<part>_bg.wasm.js): the Vite dev server's pre-bundling, esbuild, Rollup and
//     Turbopack carry it along.
// Each part is still its own module in both sets, so bundlers keep only the parts an app uses.
const PORTABLE_WRAPPERS = ["index.js", "core.js", "v0alpha2.js", "admin.js", "render.js", "ory-flow.js", ...HELPERS.map((helper) => `${helper}.js`)];
mkdirSync(join(pkg, "portable"));
for (const file of PORTABLE_WRAPPERS) {
  const source = readFileSync(join(root, "js", file), "utf8");
  // Imports of another wrapper stay in portable/; everything else is shared with the files above.
  let portable = source.replace(/from "\.\/([^"]+)"/g, (whole, name) => (PORTABLE_WRAPPERS.includes(name) ? whole : `from "../${name}"`));
  // At the top level (a part instantiated when imported), or indented in a function (the core
  // module, instantiated when first needed: js/engine.js).
  const loadCall = /^( *)await load\(init, new URL\("\.\/(ory_[a-z0-9]+_bg\.wasm)", import\.meta\.url\)\);$/m;
  const [, indent, wasm] = loadCall.exec(portable) ?? [];
  if (wasm) {
    const bytes = deflateRawSync(readFileSync(join(pkg, wasm)), { level: 9 }).toString("base64");
    writeFileSync(join(pkg, "portable", `${wasm}.js`), `// ${wasm}, deflate-raw compressed and base64-encoded (scripts/build.mjs).\nexport default "${bytes}";\n`);
    const loadImport = 'import { load } from "../load.js";';
    if (!portable.includes(loadImport)) throw new Error(`${file}: the load.js import was not found`);
    // A module loaded when needed gets its bytes by a dynamic import too: an app that never
    // needs it (one that renders, for the core) downloads them only as a chunk it never fetches.
    const lazy = indent !== "";
    const bytesImport = lazy ? "" : `\nimport wasm from "./${wasm}.js";`;
    const inline = lazy ? `(await import("./${wasm}.js")).default` : "wasm";
    portable = portable
      .replace(loadImport, `${loadImport}\nimport { loadInline } from "../load-inline.js";${bytesImport}`)
      .replace(
        loadCall,
        `${indent}// Vite's production build for the browser replaces import.meta.env?.PROD and ?.SSR with true\n` +
          `${indent}// and false, and drops the inlined module.\n` +
          `${indent}await (import.meta.env?.PROD === true && import.meta.env?.SSR === false\n${indent}  ? load(init, new URL("../${wasm}", import.meta.url))\n${indent}  : loadInline(init, ${inline}));`,
      );
  } else if (!["index.js", "ory-flow.js", ...HELPERS.map((helper) => `${helper}.js`)].includes(file)) {
    throw new Error(`${file}: the load() call was not found`);
  }
  writeFileSync(join(pkg, "portable", file), portable);
}

for (const file of ["README.md", "LICENSE"]) {
  if (existsSync(join(root, file))) cpSync(join(root, file), join(pkg, file));
}
// wasm-bindgen's own package.json and .gitignore are replaced by ours.
rmSync(join(pkg, ".gitignore"), { force: true });

const entry = (name) => ({
  types: `./${name}.d.ts`,
  node: `./portable/${name}.js`,
  webpack: `./${name}.js`,
  default: `./portable/${name}.js`,
});
const cargo = readFileSync(join(root, "Cargo.toml"), "utf8");
const version = /^version\s*=\s*"([^"]+)"/m.exec(cargo)?.[1] ?? "0.0.0";
const manifest = {
  name: "ory-wasm",
  version,
  description: "Ory Kratos / Ory Network client for single-page apps, in Rust compiled to WebAssembly",
  license: "Apache-2.0",
  type: "module",
  main: "./index.js",
  module: "./index.js",
  types: "./index.d.ts",
  // The conditions that choose between the new URL files and portable/ (see above).
  exports: {
    ".": entry("index"),
    ...Object.fromEntries(PARTS.map(([part]) => [`./${part}`, entry(part)])),
    ...Object.fromEntries(HELPERS.map((helper) => [`./${helper}`, entry(helper)])),
    "./ory-wasm.css": "./ory-wasm.css",
    "./package.json": "./package.json",
  },
  // Only the stylesheet. A part's wrapper instantiates its wasm, but that is needed only by the
  // exports it defines itself (never re-exports, which webpack would bind past the wrapper): an
  // app that uses none of them must not load the part, and that is what `false` means here.
  sideEffects: ["./ory-wasm.css"],
  files: readdirSync(pkg).filter((name) => name !== "package.json"),
  // ory-wasm/react imports react; nothing else does, so it is needed by the apps that import
  // that subpath only.
  peerDependencies: { react: ">=18" },
  peerDependenciesMeta: { react: { optional: true } },
  engines: { node: ">=20" },
  keywords: ["ory", "kratos", "auth", "wasm", "webassembly", "sdk"],
};
mkdirSync(pkg, { recursive: true });
writeFileSync(join(pkg, "package.json"), JSON.stringify(manifest, null, 2) + "\n");
console.log(`built ${relative(root, pkg)}/ (ory-wasm ${version})`);
