// Builds the npm package into pkg/: the release wasm, wasm-bindgen's glue, our entry point,
// the TypeScript declarations and package.json. pkg/ is generated; edit js/ and src/ instead.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = join(root, "pkg");
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: "inherit" });

run("cargo", ["build", "--release", "--lib", "--target", "wasm32-unknown-unknown"]);
rmSync(pkg, { recursive: true, force: true });
run("wasm-bindgen", [
  "--target", "web",
  "--out-dir", pkg,
  "--out-name", "ory_wasm",
  // Measured: dropping the name and producers sections beats wasm-opt on gzip size.
  "--remove-name-section",
  "--remove-producers-section",
  join(root, "target/wasm32-unknown-unknown/release/ory_wasm.wasm"),
]);

// wasm-bindgen copies js/error.js into snippets/<crate>-<hash>/; the entry re-exports it.
function findSnippet(dir, name) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const found = findSnippet(path, name);
      if (found) return found;
    } else if (entry.name === name) {
      return path;
    }
  }
  return null;
}
const errorModule = findSnippet(join(pkg, "snippets"), "error.js");
if (!errorModule) throw new Error("wasm-bindgen did not emit the error.js snippet");
const entry = readFileSync(join(root, "js/index.js"), "utf8").replace(
  "__ORY_ERROR_MODULE__",
  "./" + relative(pkg, errorModule).split("\\").join("/"),
);
writeFileSync(join(pkg, "index.js"), entry);
for (const file of ["configuration.js", "ory-flow.js", "ory-wasm.css"]) {
  cpSync(join(root, "js", file), join(pkg, file));
}
if (existsSync(join(root, "js/ory-wasm.d.ts"))) {
  cpSync(join(root, "js/ory-wasm.d.ts"), join(pkg, "index.d.ts"));
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
    "./ory-wasm.css": "./ory-wasm.css",
    "./package.json": "./package.json",
  },
  // The entry's whole job is a side effect (instantiating the wasm with top-level await). With
  // `false`, webpack sees index.js as pure re-exports, skips it, and the app gets classes whose
  // wasm was never loaded. The other modules are pure and stay tree-shakable.
  sideEffects: ["./index.js", "./ory-wasm.css"],
  files: readdirSync(pkg).filter((name) => name !== "package.json"),
  engines: { node: ">=20" },
  keywords: ["ory", "kratos", "auth", "wasm", "webassembly", "sdk"],
};
mkdirSync(pkg, { recursive: true });
writeFileSync(join(pkg, "package.json"), JSON.stringify(manifest, null, 2) + "\n");
console.log(`built ${relative(root, pkg)}/ (ory-wasm ${version})`);
