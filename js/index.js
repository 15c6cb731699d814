// The entry point of the ory-wasm package (copied into pkg/ by scripts/build.mjs).
//
// Every export is a re-export of one part of the package (see scripts/build.mjs): FrontendApi
// from core.js, V0alpha2Api from v0alpha2.js, the admin classes and the PKCE client from
// admin.js, the renderer from render.js. Each part instantiates its own wasm module with
// top-level await when it is imported, so importing the package is enough — no init() call —
// and a bundler (Vite, webpack, esbuild, Rollup) keeps only the parts whose exports the app
// uses: `import { FrontendApi } from "ory-wasm"` fetches the core module alone. Without a
// bundler (an import map, Node) every part is loaded; import "ory-wasm/core" (or "/render", …)
// to load one. The package's `exports` give bundlers that cannot emit the .wasm files (esbuild,
// Rollup, the Vite dev server's pre-bundling, …) a copy of these files that carries each module
// inlined (pkg/portable/, see scripts/build.mjs).
export { Configuration } from "./configuration.js";
export { OryError } from "./error.js";
export { FrontendApi } from "./core.js";
export { V0alpha2Api } from "./v0alpha2.js";
export {
  CourierApi,
  IdentityApi,
  JwkApi,
  OAuth2Api,
  OAuth2PkceClient,
  OidcApi,
  ProjectApi,
  WellknownApi,
} from "./admin.js";
export {
  FlowView,
  LOCALES,
  browserSupportsWebAuthn,
  browserSupportsWebAuthnAutofill,
  flowBody,
  flowView,
  loadLocale,
  negotiateLocale,
  platformAuthenticatorIsAvailable,
  renderFlow,
  runWebAuthn,
  startFlow,
} from "./render.js";
// <ory-flow> is registered by calling defineOryFlowElement(): importing the package has no side
// effect on the page.
export { OryFlowElement, defineOryFlowElement } from "./ory-flow.js";
// The server helpers ("ory-wasm/server") and the session store ("ory-wasm/session") are imported
// from their subpaths only: re-exported here, they are dropped from a bundle that does not use
// them, but still change esbuild's minified names in every bundle (measured: +1 B gzip, +19 B
// brotli for the FrontendApi-only and the complete app).
