// Builds the npm package into pkg/: the release wasm, wasm-bindgen's glue, our entry point,
// the TypeScript declarations and package.json. pkg/ is generated; edit js/ and src/ instead.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

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
  ["core", "frontend"],
  ["v0alpha2", "v0alpha2"],
  ["admin", "admin"],
  ["render", "render"],
];
rmSync(pkg, { recursive: true, force: true });
mkdirSync(pkg, { recursive: true });
for (const [part, feature] of PARTS) {
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

// Every module's glue imports OryError from its own copy of js/error.js (snippets/…): point them
// all at one error.js, so that `instanceof OryError` holds whichever module threw.
cpSync(join(root, "js/error.js"), join(pkg, "error.js"));
for (const [part] of PARTS) {
  const gluePath = join(pkg, `ory_${part}.js`);
  const glue = readFileSync(gluePath, "utf8");
  const shared = glue.replace(/(["'])\.\/snippets\/[^"']*\/js\/error\.js\1/g, '"./error.js"');
  if (glue.includes("snippets/") && shared === glue) throw new Error(`ory_${part}.js: the error.js import was not found`);
  writeFileSync(gluePath, shared);
}
rmSync(join(pkg, "snippets"), { recursive: true, force: true });
for (const file of ["index.js", "load.js", "core.js", "v0alpha2.js", "admin.js", "render.js", "api-frontend.js", "api-admin.js", "api-v0alpha2.js", "send.js", "configuration.js", "ory-flow.js", "ory-wasm.css"]) {
  cpSync(join(root, "js", file), join(pkg, file));
}
if (existsSync(join(root, "js/ory-wasm.d.ts"))) {
  cpSync(join(root, "js/ory-wasm.d.ts"), join(pkg, "index.d.ts"));
  // Each part's subpath has the same declarations (the types are shared).
  for (const [part] of PARTS) writeFileSync(join(pkg, `${part}.d.ts`), 'export * from "./index.js";\n');
}
for (const file of ["README.md", "LICENSE"]) {
  if (existsSync(join(root, file))) cpSync(join(root, file), join(pkg, file));
}
// wasm-bindgen's own package.json and .gitignore are replaced by ours.
rmSync(join(pkg, ".gitignore"), { force: true });

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
  exports: {
    ".": { types: "./index.d.ts", default: "./index.js" },
    ...Object.fromEntries(PARTS.map(([part]) => [`./${part}`, { types: `./${part}.d.ts`, default: `./${part}.js` }])),
    "./ory-wasm.css": "./ory-wasm.css",
    "./package.json": "./package.json",
  },
  // Only the stylesheet. A part's wrapper instantiates its wasm, but that is needed only by the
  // exports it defines itself (never re-exports, which webpack would bind past the wrapper): an
  // app that uses none of them must not load the part, and that is what `false` means here.
  sideEffects: ["./ory-wasm.css"],
  files: readdirSync(pkg).filter((name) => name !== "package.json"),
  engines: { node: ">=20" },
  keywords: ["ory", "kratos", "auth", "wasm", "webassembly", "sdk"],
};
mkdirSync(pkg, { recursive: true });
writeFileSync(join(pkg, "package.json"), JSON.stringify(manifest, null, 2) + "\n");
console.log(`built ${relative(root, pkg)}/ (ory-wasm ${version})`);
