// The entry point of the ory-wasm package (generated into pkg/ by scripts/build.mjs).
//
// Importing the package is enough: the WebAssembly module is compiled and instantiated here,
// with top-level await, before any export can be used. It works in a browser
// `<script type="module">` (directly or through an import map), in bundlers that understand
// `new URL(..., import.meta.url)` assets and top-level await (Vite, webpack 5), and in Node 20+.
import init, { FrontendApi, V0alpha2Api } from "./ory_wasm.js";
import { OryError } from "__ORY_ERROR_MODULE__";
import { Configuration } from "./configuration.js";

const wasmUrl = new URL("./ory_wasm_bg.wasm", import.meta.url);

async function wasmSource() {
  // Node's fetch cannot read file: URLs, so Node reads the file itself.
  const isNode = typeof process === "object" && process !== null && typeof process.versions?.node === "string";
  if (isNode && wasmUrl.protocol === "file:") {
    const { readFile } = await import(/* webpackIgnore: true */ /* @vite-ignore */ "node:fs/promises");
    return readFile(wasmUrl);
  }
  return wasmUrl;
}

await init({ module_or_path: await wasmSource() });

export { Configuration, FrontendApi, OryError, V0alpha2Api };
