// ory-wasm/core: FrontendApi — the self-service flows, sessions, schemas and errors — in the
// package's lean wasm module. The exports are this module's own bindings, not re-exports, so
// that a bundler cannot bind an app to the glue past the instantiation below.
import init, { FrontendApi as Api } from "./ory_core.js";
import { load } from "./load.js";

await load(init, new URL("./ory_core_bg.wasm", import.meta.url));

export const FrontendApi = Api;
export { Configuration } from "./configuration.js";
export { OryError } from "./error.js";
