// Generated from the endpoint declarations in src/endpoints/ by tests/js_surface.rs: do not edit.
// After changing a declaration: UPDATE_GENERATED=1 cargo test --test js_surface
import { Client } from "./ory_admin.js";
import { send } from "./send.js";

/** Identities, their sessions, recovery codes and links, and the identity schemas (`IdentityApi`). */
export class IdentityApi {
  #client;
  /** `new IdentityApi(new Configuration({ basePath, … }))`; throws `OryError` on a bad configuration. */
  constructor(configuration) {
    this.#client = new Client(configuration);
  }
  /** `GET /schemas` */
  listIdentitySchemas(requestParameters, options) {
    return send(this.#client, 1, requestParameters, options);
  }
  /** `GET /schemas/{id}` */
  getIdentitySchema(requestParameters, options) {
    return send(this.#client, 2, requestParameters, options);
  }
  /** `GET /admin/identities` */
  listIdentities(requestParameters, options) {
    return send(this.#client, 33, requestParameters, options);
  }
  /** `POST /admin/identities` */
  createIdentity(requestParameters, options) {
    return send(this.#client, 34, requestParameters, options);
  }
  /** `DELETE /admin/identities/{id}` */
  deleteIdentity(requestParameters, options) {
    return send(this.#client, 35, requestParameters, options);
  }
  /** `GET /admin/identities/{id}` */
  getIdentity(requestParameters, options) {
    return send(this.#client, 36, requestParameters, options);
  }
  /** `PATCH /admin/identities/{id}` */
  patchIdentity(requestParameters, options) {
    return send(this.#client, 37, requestParameters, options);
  }
  /** `PUT /admin/identities/{id}` */
  updateIdentity(requestParameters, options) {
    return send(this.#client, 38, requestParameters, options);
  }
  /** `DELETE /admin/identities/{id}/sessions` */
  deleteIdentitySessions(requestParameters, options) {
    return send(this.#client, 39, requestParameters, options);
  }
  /** `GET /admin/identities/{id}/sessions` */
  listIdentitySessions(requestParameters, options) {
    return send(this.#client, 40, requestParameters, options);
  }
  /** `POST /admin/recovery/code` */
  createRecoveryCodeForIdentity(requestParameters, options) {
    return send(this.#client, 41, requestParameters, options);
  }
  /** `POST /admin/recovery/link` */
  createRecoveryLinkForIdentity(requestParameters, options) {
    return send(this.#client, 42, requestParameters, options);
  }
  /** `PATCH /admin/sessions/{id}/extend` */
  extendSession(requestParameters, options) {
    return send(this.#client, 43, requestParameters, options);
  }
}

/** The messages Kratos sent (`CourierApi`). */
export class CourierApi {
  #client;
  /** `new CourierApi(new Configuration({ basePath, … }))`; throws `OryError` on a bad configuration. */
  constructor(configuration) {
    this.#client = new Client(configuration);
  }
  /** `GET /admin/courier/messages` */
  listCourierMessages(requestParameters, options) {
    return send(this.#client, 32, requestParameters, options);
  }
}

/** OAuth2 clients, login/consent/logout requests, sessions, tokens and trusted JWT issuers (`OAuth2Api`). */
export class OAuth2Api {
  #client;
  /** `new OAuth2Api(new Configuration({ basePath, … }))`; throws `OryError` on a bad configuration. */
  constructor(configuration) {
    this.#client = new Client(configuration);
  }
  /** `GET /admin/clients` */
  listOAuth2Clients(requestParameters, options) {
    return send(this.#client, 45, requestParameters, options);
  }
  /** `POST /admin/clients` */
  createOAuth2Client(requestParameters, options) {
    return send(this.#client, 46, requestParameters, options);
  }
  /** `DELETE /admin/clients/{id}` */
  deleteOAuth2Client(requestParameters, options) {
    return send(this.#client, 47, requestParameters, options);
  }
  /** `GET /admin/clients/{id}` */
  getOAuth2Client(requestParameters, options) {
    return send(this.#client, 48, requestParameters, options);
  }
  /** `PATCH /admin/clients/{id}` */
  patchOAuth2Client(requestParameters, options) {
    return send(this.#client, 49, requestParameters, options);
  }
  /** `PUT /admin/clients/{id}` */
  setOAuth2Client(requestParameters, options) {
    return send(this.#client, 50, requestParameters, options);
  }
  /** `GET /admin/oauth2/auth/requests/consent` */
  getOAuth2ConsentRequest(requestParameters, options) {
    return send(this.#client, 51, requestParameters, options);
  }
  /** `PUT /admin/oauth2/auth/requests/consent/accept` */
  acceptOAuth2ConsentRequest(requestParameters, options) {
    return send(this.#client, 52, requestParameters, options);
  }
  /** `PUT /admin/oauth2/auth/requests/consent/reject` */
  rejectOAuth2ConsentRequest(requestParameters, options) {
    return send(this.#client, 53, requestParameters, options);
  }
  /** `GET /admin/oauth2/auth/requests/login` */
  getOAuth2LoginRequest(requestParameters, options) {
    return send(this.#client, 54, requestParameters, options);
  }
  /** `PUT /admin/oauth2/auth/requests/login/accept` */
  acceptOAuth2LoginRequest(requestParameters, options) {
    return send(this.#client, 55, requestParameters, options);
  }
  /** `PUT /admin/oauth2/auth/requests/login/reject` */
  rejectOAuth2LoginRequest(requestParameters, options) {
    return send(this.#client, 56, requestParameters, options);
  }
  /** `GET /admin/oauth2/auth/requests/logout` */
  getOAuth2LogoutRequest(requestParameters, options) {
    return send(this.#client, 57, requestParameters, options);
  }
  /** `PUT /admin/oauth2/auth/requests/logout/accept` */
  acceptOAuth2LogoutRequest(requestParameters, options) {
    return send(this.#client, 58, requestParameters, options);
  }
  /** `PUT /admin/oauth2/auth/requests/logout/reject` */
  rejectOAuth2LogoutRequest(requestParameters, options) {
    return send(this.#client, 59, requestParameters, options);
  }
  /** `DELETE /admin/oauth2/auth/sessions/consent` */
  revokeOAuth2ConsentSessions(requestParameters, options) {
    return send(this.#client, 60, requestParameters, options);
  }
  /** `GET /admin/oauth2/auth/sessions/consent` */
  listOAuth2ConsentSessions(requestParameters, options) {
    return send(this.#client, 61, requestParameters, options);
  }
  /** `DELETE /admin/oauth2/auth/sessions/login` */
  revokeOAuth2LoginSessions(requestParameters, options) {
    return send(this.#client, 62, requestParameters, options);
  }
  /** `POST /admin/oauth2/introspect` */
  introspectOAuth2Token(requestParameters, options) {
    return send(this.#client, 63, requestParameters, options);
  }
  /** `DELETE /admin/oauth2/tokens` */
  deleteOAuth2Token(requestParameters, options) {
    return send(this.#client, 64, requestParameters, options);
  }
  /** `GET /admin/trust/grants/jwt-bearer/issuers` */
  listTrustedOAuth2JwtGrantIssuers(requestParameters, options) {
    return send(this.#client, 65, requestParameters, options);
  }
  /** `POST /admin/trust/grants/jwt-bearer/issuers` */
  trustOAuth2JwtGrantIssuer(requestParameters, options) {
    return send(this.#client, 66, requestParameters, options);
  }
  /** `DELETE /admin/trust/grants/jwt-bearer/issuers/{id}` */
  deleteTrustedOAuth2JwtGrantIssuer(requestParameters, options) {
    return send(this.#client, 67, requestParameters, options);
  }
  /** `GET /admin/trust/grants/jwt-bearer/issuers/{id}` */
  getTrustedOAuth2JwtGrantIssuer(requestParameters, options) {
    return send(this.#client, 68, requestParameters, options);
  }
  /** `GET /oauth2/auth` */
  oAuth2Authorize(options) {
    return send(this.#client, 69, undefined, options);
  }
  /** `POST /oauth2/revoke` */
  revokeOAuth2Token(requestParameters, options) {
    return send(this.#client, 74, requestParameters, options);
  }
  /** `POST /oauth2/token` */
  oauth2TokenExchange(requestParameters, options) {
    return send(this.#client, 76, requestParameters, options);
  }
}

/** OpenID Connect discovery, dynamic client registration, userinfo and logout (`OidcApi`). */
export class OidcApi {
  #client;
  /** `new OidcApi(new Configuration({ basePath, … }))`; throws `OryError` on a bad configuration. */
  constructor(configuration) {
    this.#client = new Client(configuration);
  }
  /** `GET /.well-known/openid-configuration` */
  discoverOidcConfiguration(options) {
    return send(this.#client, 44, undefined, options);
  }
  /** `POST /oauth2/register` */
  createOidcDynamicClient(requestParameters, options) {
    return send(this.#client, 70, requestParameters, options);
  }
  /** `DELETE /oauth2/register/{id}` */
  deleteOidcDynamicClient(requestParameters, options) {
    return send(this.#client, 71, requestParameters, options);
  }
  /** `GET /oauth2/register/{id}` */
  getOidcDynamicClient(requestParameters, options) {
    return send(this.#client, 72, requestParameters, options);
  }
  /** `PUT /oauth2/register/{id}` */
  setOidcDynamicClient(requestParameters, options) {
    return send(this.#client, 73, requestParameters, options);
  }
  /** `GET /oauth2/sessions/logout` */
  revokeOidcSession(options) {
    return send(this.#client, 75, undefined, options);
  }
  /** `GET /userinfo` */
  getOidcUserInfo(options) {
    return send(this.#client, 77, undefined, options);
  }
}

/** The public JSON Web Keys (`WellknownApi`). */
export class WellknownApi {
  #client;
  /** `new WellknownApi(new Configuration({ basePath, … }))`; throws `OryError` on a bad configuration. */
  constructor(configuration) {
    this.#client = new Client(configuration);
  }
  /** `GET /.well-known/jwks.json` */
  discoverJsonWebKeys(options) {
    return send(this.#client, 78, undefined, options);
  }
}

/** JSON Web Key sets (`JwkApi`). */
export class JwkApi {
  #client;
  /** `new JwkApi(new Configuration({ basePath, … }))`; throws `OryError` on a bad configuration. */
  constructor(configuration) {
    this.#client = new Client(configuration);
  }
  /** `DELETE /admin/keys/{set}` */
  deleteJsonWebKeySet(requestParameters, options) {
    return send(this.#client, 79, requestParameters, options);
  }
  /** `GET /admin/keys/{set}` */
  getJsonWebKeySet(requestParameters, options) {
    return send(this.#client, 80, requestParameters, options);
  }
  /** `POST /admin/keys/{set}` */
  createJsonWebKeySet(requestParameters, options) {
    return send(this.#client, 81, requestParameters, options);
  }
  /** `PUT /admin/keys/{set}` */
  setJsonWebKeySet(requestParameters, options) {
    return send(this.#client, 82, requestParameters, options);
  }
  /** `DELETE /admin/keys/{set}/{kid}` */
  deleteJsonWebKey(requestParameters, options) {
    return send(this.#client, 83, requestParameters, options);
  }
  /** `GET /admin/keys/{set}/{kid}` */
  getJsonWebKey(requestParameters, options) {
    return send(this.#client, 84, requestParameters, options);
  }
  /** `PUT /admin/keys/{set}/{kid}` */
  setJsonWebKey(requestParameters, options) {
    return send(this.#client, 85, requestParameters, options);
  }
}

/** Ory Network projects, their members and API keys (`ProjectApi`). */
export class ProjectApi {
  #client;
  /** `new ProjectApi(new Configuration({ basePath, … }))`; throws `OryError` on a bad configuration. */
  constructor(configuration) {
    this.#client = new Client(configuration);
  }
  /** `GET /projects` */
  listProjects(options) {
    return send(this.#client, 86, undefined, options);
  }
  /** `POST /projects` */
  createProject(requestParameters, options) {
    return send(this.#client, 87, requestParameters, options);
  }
  /** `DELETE /projects/{project_id}` */
  purgeProject(requestParameters, options) {
    return send(this.#client, 88, requestParameters, options);
  }
  /** `GET /projects/{project_id}` */
  getProject(requestParameters, options) {
    return send(this.#client, 89, requestParameters, options);
  }
  /** `PATCH /projects/{project_id}` */
  patchProject(requestParameters, options) {
    return send(this.#client, 90, requestParameters, options);
  }
  /** `PUT /projects/{project_id}` */
  setProject(requestParameters, options) {
    return send(this.#client, 91, requestParameters, options);
  }
  /** `GET /projects/{project_id}/members` */
  getProjectMembers(requestParameters, options) {
    return send(this.#client, 92, requestParameters, options);
  }
  /** `DELETE /projects/{project_id}/members/{member_id}` */
  removeProjectMember(requestParameters, options) {
    return send(this.#client, 93, requestParameters, options);
  }
  /** `GET /projects/{project}/tokens` */
  listProjectApiKeys(requestParameters, options) {
    return send(this.#client, 94, requestParameters, options);
  }
  /** `POST /projects/{project}/tokens` */
  createProjectApiKey(requestParameters, options) {
    return send(this.#client, 95, requestParameters, options);
  }
  /** `DELETE /projects/{project}/tokens/{token_id}` */
  deleteProjectApiKey(requestParameters, options) {
    return send(this.#client, 96, requestParameters, options);
  }
}
