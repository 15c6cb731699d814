// ory-wasm/admin: the identity, courier, OAuth2/OIDC, JWK and project APIs and the OAuth2 PKCE
// client, in a wasm module of its own (see core.js for why the exports are bindings of this
// module).
import init, { OAuth2PkceClient as PkceClient } from "./ory_admin.js";
import * as api from "./api-admin.js";
import { load } from "./load.js";

await load(init, new URL("./ory_admin_bg.wasm", import.meta.url));

export const CourierApi = api.CourierApi;
export const IdentityApi = api.IdentityApi;
export const JwkApi = api.JwkApi;
export const OAuth2Api = api.OAuth2Api;
export const OAuth2PkceClient = PkceClient;
export const OidcApi = api.OidcApi;
export const ProjectApi = api.ProjectApi;
export const WellknownApi = api.WellknownApi;
export { Configuration } from "./configuration.js";
export { OryError } from "./error.js";
