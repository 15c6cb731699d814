// ory-wasm/core: FrontendApi — the self-service flows, sessions, schemas and errors — in the
// package's lean wasm module. The class is generated (api-frontend.js, from the endpoint
// declarations) over the module's one wasm class. The exports are this module's own bindings,
// not re-exports, so that a bundler cannot bind an app to them past the instantiation below.
import init from "./ory_core.js";
import { FrontendApi as Api } from "./api-frontend.js";
import { load } from "./load.js";

await load(init, new URL("./ory_core_bg.wasm", import.meta.url));

export const FrontendApi = Api;
export { Configuration } from "./configuration.js";
export { OryError } from "./error.js";
