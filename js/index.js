// The entry point of the ory-wasm package (generated into pkg/ by scripts/build.mjs).
//
// Importing the package is enough: the WebAssembly module is compiled and instantiated here,
// with top-level await, before any export can be used. It works in a browser
// `<script type="module">` (directly or through an import map), in bundlers that understand
// `new URL(..., import.meta.url)` assets and top-level await (Vite, webpack 5), and in Node 20+.
// The Vite dev server needs `optimizeDeps: { exclude: ["ory-wasm"] }`: its dependency
// pre-bundling moves this file away from the .wasm beside it.
import init, {
  CourierApi,
  FlowView,
  FrontendApi,
  IdentityApi,
  JwkApi,
  OAuth2Api,
  OAuth2PkceClient,
  OidcApi,
  ProjectApi,
  V0alpha2Api,
  WellknownApi,
  browserSupportsWebAuthn,
  browserSupportsWebAuthnAutofill,
  platformAuthenticatorIsAvailable,
  renderFlow,
  runWebAuthn,
  startFlow,
} from "./ory_wasm.js";
import { OryError } from "__ORY_ERROR_MODULE__";
import { Configuration } from "./configuration.js";

const wasmUrl = new URL("./ory_wasm_bg.wasm", import.meta.url);

async function wasmSource() {
  // Node's fetch cannot read file: URLs, so Node reads the file itself.
  const isNode = typeof process === "object" && process !== null && typeof process.versions?.node === "string";
  if (isNode && wasmUrl.protocol === "file:") {
    // The specifier is a variable so that no bundler tries to resolve it for the browser: with a
    // string literal Vite "externalizes node:fs/promises for browser compatibility" (a build
    // warning, and a stub module in the bundle) despite @vite-ignore. The comments keep webpack
    // and Vite from warning about an import they cannot analyse; the import stays a native one.
    const fsPromises = "node:fs/promises";
    const { readFile } = await import(/* webpackIgnore: true */ /* @vite-ignore */ fsPromises);
    return readFile(wasmUrl);
  }
  return wasmUrl;
}

try {
  await init({ module_or_path: await wasmSource() });
} catch (cause) {
  throw new Error(
    `ory-wasm could not load its WebAssembly module from ${wasmUrl.href} (${cause}). ` +
      "With the Vite dev server, add optimizeDeps: { exclude: [\"ory-wasm\"] } to vite.config.js.",
    { cause },
  );
}

export {
  Configuration,
  CourierApi,
  FlowView,
  FrontendApi,
  IdentityApi,
  JwkApi,
  OAuth2Api,
  OAuth2PkceClient,
  OidcApi,
  OryError,
  ProjectApi,
  V0alpha2Api,
  WellknownApi,
  browserSupportsWebAuthn,
  browserSupportsWebAuthnAutofill,
  platformAuthenticatorIsAvailable,
  renderFlow,
  runWebAuthn,
  startFlow,
};
// <ory-flow> is registered by calling defineOryFlowElement(): importing the package has no side
// effect on the page.
export { OryFlowElement, defineOryFlowElement } from "./ory-flow.js";
