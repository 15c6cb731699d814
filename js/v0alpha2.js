// ory-wasm/v0alpha2: V0alpha2Api, the older generation of the API (self-service and admin), in a
// wasm module of its own (see core.js for why the exports are bindings of this module).
import init from "./ory_v0alpha2.js";
import { V0alpha2Api as Api } from "./api-v0alpha2.js";
import { load } from "./load.js";

await load(init, new URL("./ory_v0alpha2_bg.wasm", import.meta.url));

export const V0alpha2Api = Api;
export { Configuration } from "./configuration.js";
export { OryError } from "./error.js";
