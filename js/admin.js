// ory-wasm/admin: the identity, courier, OAuth2/OIDC, JWK and project APIs and the OAuth2 PKCE
// client, in a wasm module of its own (see core.js for why the exports are bindings of this
// module).
import init, * as glue from "./ory_admin.js";
import { load } from "./load.js";

await load(init, new URL("./ory_admin_bg.wasm", import.meta.url));

export const CourierApi = glue.CourierApi;
export const IdentityApi = glue.IdentityApi;
export const JwkApi = glue.JwkApi;
export const OAuth2Api = glue.OAuth2Api;
export const OAuth2PkceClient = glue.OAuth2PkceClient;
export const OidcApi = glue.OidcApi;
export const ProjectApi = glue.ProjectApi;
export const WellknownApi = glue.WellknownApi;
export { Configuration } from "./configuration.js";
export { OryError } from "./error.js";
