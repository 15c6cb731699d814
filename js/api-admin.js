// Generated from the endpoint declarations in src/endpoints/ by tests/js_surface.rs: do not edit.
// After changing a declaration: UPDATE_GENERATED=1 cargo test --test js_surface
import { Client } from "./ory_admin.js";
import { RAW, hooks, send } from "./send.js";

/** Identities, their sessions, recovery codes and links, and the identity schemas (`IdentityApi`). */
export class IdentityApi {
  #client;
  #hooks;
  /** `new IdentityApi(new Configuration({ basePath, … }))`; throws `OryError` on a bad configuration. */
  constructor(configuration) {
    this.#client = new Client(configuration);
    this.#hooks = hooks(configuration);
  }
  #send(index, parameters, options, mode) {
    return send(this.#client, this.#hooks, index, parameters, options, mode);
  }
  /** `GET /schemas` */
  listIdentitySchemas(requestParameters, options) {
    return this.#send(1, requestParameters, options);
  }
  listIdentitySchemasRaw(requestParameters, options) {
    return this.#send(1, requestParameters, options, RAW);
  }
  /** `GET /schemas/{id}` */
  getIdentitySchema(requestParameters, options) {
    return this.#send(2, requestParameters, options);
  }
  getIdentitySchemaRaw(requestParameters, options) {
    return this.#send(2, requestParameters, options, RAW);
  }
  /** `GET /admin/identities` */
  listIdentities(requestParameters, options) {
    return this.#send(33, requestParameters, options);
  }
  listIdentitiesRaw(requestParameters, options) {
    return this.#send(33, requestParameters, options, RAW);
  }
  /** `POST /admin/identities` */
  createIdentity(requestParameters, options) {
    return this.#send(34, requestParameters, options);
  }
  createIdentityRaw(requestParameters, options) {
    return this.#send(34, requestParameters, options, RAW);
  }
  /** `DELETE /admin/identities/{id}` */
  deleteIdentity(requestParameters, options) {
    return this.#send(35, requestParameters, options);
  }
  deleteIdentityRaw(requestParameters, options) {
    return this.#send(35, requestParameters, options, RAW);
  }
  /** `GET /admin/identities/{id}` */
  getIdentity(requestParameters, options) {
    return this.#send(36, requestParameters, options);
  }
  getIdentityRaw(requestParameters, options) {
    return this.#send(36, requestParameters, options, RAW);
  }
  /** `PATCH /admin/identities/{id}` */
  patchIdentity(requestParameters, options) {
    return this.#send(37, requestParameters, options);
  }
  patchIdentityRaw(requestParameters, options) {
    return this.#send(37, requestParameters, options, RAW);
  }
  /** `PUT /admin/identities/{id}` */
  updateIdentity(requestParameters, options) {
    return this.#send(38, requestParameters, options);
  }
  updateIdentityRaw(requestParameters, options) {
    return this.#send(38, requestParameters, options, RAW);
  }
  /** `DELETE /admin/identities/{id}/sessions` */
  deleteIdentitySessions(requestParameters, options) {
    return this.#send(39, requestParameters, options);
  }
  deleteIdentitySessionsRaw(requestParameters, options) {
    return this.#send(39, requestParameters, options, RAW);
  }
  /** `GET /admin/identities/{id}/sessions` */
  listIdentitySessions(requestParameters, options) {
    return this.#send(40, requestParameters, options);
  }
  listIdentitySessionsRaw(requestParameters, options) {
    return this.#send(40, requestParameters, options, RAW);
  }
  /** `POST /admin/recovery/code` */
  createRecoveryCodeForIdentity(requestParameters, options) {
    return this.#send(41, requestParameters, options);
  }
  createRecoveryCodeForIdentityRaw(requestParameters, options) {
    return this.#send(41, requestParameters, options, RAW);
  }
  /** `POST /admin/recovery/link` */
  createRecoveryLinkForIdentity(requestParameters, options) {
    return this.#send(42, requestParameters, options);
  }
  createRecoveryLinkForIdentityRaw(requestParameters, options) {
    return this.#send(42, requestParameters, options, RAW);
  }
  /** `PATCH /admin/sessions/{id}/extend` */
  extendSession(requestParameters, options) {
    return this.#send(43, requestParameters, options);
  }
  extendSessionRaw(requestParameters, options) {
    return this.#send(43, requestParameters, options, RAW);
  }
}

/** The messages Kratos sent (`CourierApi`). */
export class CourierApi {
  #client;
  #hooks;
  /** `new CourierApi(new Configuration({ basePath, … }))`; throws `OryError` on a bad configuration. */
  constructor(configuration) {
    this.#client = new Client(configuration);
    this.#hooks = hooks(configuration);
  }
  #send(index, parameters, options, mode) {
    return send(this.#client, this.#hooks, index, parameters, options, mode);
  }
  /** `GET /admin/courier/messages` */
  listCourierMessages(requestParameters, options) {
    return this.#send(32, requestParameters, options);
  }
  listCourierMessagesRaw(requestParameters, options) {
    return this.#send(32, requestParameters, options, RAW);
  }
}

/** OAuth2 clients, login/consent/logout requests, sessions, tokens and trusted JWT issuers (`OAuth2Api`). */
export class OAuth2Api {
  #client;
  #hooks;
  /** `new OAuth2Api(new Configuration({ basePath, … }))`; throws `OryError` on a bad configuration. */
  constructor(configuration) {
    this.#client = new Client(configuration);
    this.#hooks = hooks(configuration);
  }
  #send(index, parameters, options, mode) {
    return send(this.#client, this.#hooks, index, parameters, options, mode);
  }
  /** `GET /admin/clients` */
  listOAuth2Clients(requestParameters, options) {
    return this.#send(45, requestParameters, options);
  }
  listOAuth2ClientsRaw(requestParameters, options) {
    return this.#send(45, requestParameters, options, RAW);
  }
  /** `POST /admin/clients` */
  createOAuth2Client(requestParameters, options) {
    return this.#send(46, requestParameters, options);
  }
  createOAuth2ClientRaw(requestParameters, options) {
    return this.#send(46, requestParameters, options, RAW);
  }
  /** `DELETE /admin/clients/{id}` */
  deleteOAuth2Client(requestParameters, options) {
    return this.#send(47, requestParameters, options);
  }
  deleteOAuth2ClientRaw(requestParameters, options) {
    return this.#send(47, requestParameters, options, RAW);
  }
  /** `GET /admin/clients/{id}` */
  getOAuth2Client(requestParameters, options) {
    return this.#send(48, requestParameters, options);
  }
  getOAuth2ClientRaw(requestParameters, options) {
    return this.#send(48, requestParameters, options, RAW);
  }
  /** `PATCH /admin/clients/{id}` */
  patchOAuth2Client(requestParameters, options) {
    return this.#send(49, requestParameters, options);
  }
  patchOAuth2ClientRaw(requestParameters, options) {
    return this.#send(49, requestParameters, options, RAW);
  }
  /** `PUT /admin/clients/{id}` */
  setOAuth2Client(requestParameters, options) {
    return this.#send(50, requestParameters, options);
  }
  setOAuth2ClientRaw(requestParameters, options) {
    return this.#send(50, requestParameters, options, RAW);
  }
  /** `GET /admin/oauth2/auth/requests/consent` */
  getOAuth2ConsentRequest(requestParameters, options) {
    return this.#send(51, requestParameters, options);
  }
  getOAuth2ConsentRequestRaw(requestParameters, options) {
    return this.#send(51, requestParameters, options, RAW);
  }
  /** `PUT /admin/oauth2/auth/requests/consent/accept` */
  acceptOAuth2ConsentRequest(requestParameters, options) {
    return this.#send(52, requestParameters, options);
  }
  acceptOAuth2ConsentRequestRaw(requestParameters, options) {
    return this.#send(52, requestParameters, options, RAW);
  }
  /** `PUT /admin/oauth2/auth/requests/consent/reject` */
  rejectOAuth2ConsentRequest(requestParameters, options) {
    return this.#send(53, requestParameters, options);
  }
  rejectOAuth2ConsentRequestRaw(requestParameters, options) {
    return this.#send(53, requestParameters, options, RAW);
  }
  /** `GET /admin/oauth2/auth/requests/login` */
  getOAuth2LoginRequest(requestParameters, options) {
    return this.#send(54, requestParameters, options);
  }
  getOAuth2LoginRequestRaw(requestParameters, options) {
    return this.#send(54, requestParameters, options, RAW);
  }
  /** `PUT /admin/oauth2/auth/requests/login/accept` */
  acceptOAuth2LoginRequest(requestParameters, options) {
    return this.#send(55, requestParameters, options);
  }
  acceptOAuth2LoginRequestRaw(requestParameters, options) {
    return this.#send(55, requestParameters, options, RAW);
  }
  /** `PUT /admin/oauth2/auth/requests/login/reject` */
  rejectOAuth2LoginRequest(requestParameters, options) {
    return this.#send(56, requestParameters, options);
  }
  rejectOAuth2LoginRequestRaw(requestParameters, options) {
    return this.#send(56, requestParameters, options, RAW);
  }
  /** `GET /admin/oauth2/auth/requests/logout` */
  getOAuth2LogoutRequest(requestParameters, options) {
    return this.#send(57, requestParameters, options);
  }
  getOAuth2LogoutRequestRaw(requestParameters, options) {
    return this.#send(57, requestParameters, options, RAW);
  }
  /** `PUT /admin/oauth2/auth/requests/logout/accept` */
  acceptOAuth2LogoutRequest(requestParameters, options) {
    return this.#send(58, requestParameters, options);
  }
  acceptOAuth2LogoutRequestRaw(requestParameters, options) {
    return this.#send(58, requestParameters, options, RAW);
  }
  /** `PUT /admin/oauth2/auth/requests/logout/reject` */
  rejectOAuth2LogoutRequest(requestParameters, options) {
    return this.#send(59, requestParameters, options);
  }
  rejectOAuth2LogoutRequestRaw(requestParameters, options) {
    return this.#send(59, requestParameters, options, RAW);
  }
  /** `DELETE /admin/oauth2/auth/sessions/consent` */
  revokeOAuth2ConsentSessions(requestParameters, options) {
    return this.#send(60, requestParameters, options);
  }
  revokeOAuth2ConsentSessionsRaw(requestParameters, options) {
    return this.#send(60, requestParameters, options, RAW);
  }
  /** `GET /admin/oauth2/auth/sessions/consent` */
  listOAuth2ConsentSessions(requestParameters, options) {
    return this.#send(61, requestParameters, options);
  }
  listOAuth2ConsentSessionsRaw(requestParameters, options) {
    return this.#send(61, requestParameters, options, RAW);
  }
  /** `DELETE /admin/oauth2/auth/sessions/login` */
  revokeOAuth2LoginSessions(requestParameters, options) {
    return this.#send(62, requestParameters, options);
  }
  revokeOAuth2LoginSessionsRaw(requestParameters, options) {
    return this.#send(62, requestParameters, options, RAW);
  }
  /** `POST /admin/oauth2/introspect` */
  introspectOAuth2Token(requestParameters, options) {
    return this.#send(63, requestParameters, options);
  }
  introspectOAuth2TokenRaw(requestParameters, options) {
    return this.#send(63, requestParameters, options, RAW);
  }
  /** `DELETE /admin/oauth2/tokens` */
  deleteOAuth2Token(requestParameters, options) {
    return this.#send(64, requestParameters, options);
  }
  deleteOAuth2TokenRaw(requestParameters, options) {
    return this.#send(64, requestParameters, options, RAW);
  }
  /** `GET /admin/trust/grants/jwt-bearer/issuers` */
  listTrustedOAuth2JwtGrantIssuers(requestParameters, options) {
    return this.#send(65, requestParameters, options);
  }
  listTrustedOAuth2JwtGrantIssuersRaw(requestParameters, options) {
    return this.#send(65, requestParameters, options, RAW);
  }
  /** `POST /admin/trust/grants/jwt-bearer/issuers` */
  trustOAuth2JwtGrantIssuer(requestParameters, options) {
    return this.#send(66, requestParameters, options);
  }
  trustOAuth2JwtGrantIssuerRaw(requestParameters, options) {
    return this.#send(66, requestParameters, options, RAW);
  }
  /** `DELETE /admin/trust/grants/jwt-bearer/issuers/{id}` */
  deleteTrustedOAuth2JwtGrantIssuer(requestParameters, options) {
    return this.#send(67, requestParameters, options);
  }
  deleteTrustedOAuth2JwtGrantIssuerRaw(requestParameters, options) {
    return this.#send(67, requestParameters, options, RAW);
  }
  /** `GET /admin/trust/grants/jwt-bearer/issuers/{id}` */
  getTrustedOAuth2JwtGrantIssuer(requestParameters, options) {
    return this.#send(68, requestParameters, options);
  }
  getTrustedOAuth2JwtGrantIssuerRaw(requestParameters, options) {
    return this.#send(68, requestParameters, options, RAW);
  }
  /** `GET /oauth2/auth` */
  oAuth2Authorize(options) {
    return this.#send(69, undefined, options);
  }
  oAuth2AuthorizeRaw(options) {
    return this.#send(69, undefined, options, RAW);
  }
  /** `POST /oauth2/revoke` */
  revokeOAuth2Token(requestParameters, options) {
    return this.#send(74, requestParameters, options);
  }
  revokeOAuth2TokenRaw(requestParameters, options) {
    return this.#send(74, requestParameters, options, RAW);
  }
  /** `POST /oauth2/token` */
  oauth2TokenExchange(requestParameters, options) {
    return this.#send(76, requestParameters, options);
  }
  oauth2TokenExchangeRaw(requestParameters, options) {
    return this.#send(76, requestParameters, options, RAW);
  }
}

/** OpenID Connect discovery, dynamic client registration, userinfo and logout (`OidcApi`). */
export class OidcApi {
  #client;
  #hooks;
  /** `new OidcApi(new Configuration({ basePath, … }))`; throws `OryError` on a bad configuration. */
  constructor(configuration) {
    this.#client = new Client(configuration);
    this.#hooks = hooks(configuration);
  }
  #send(index, parameters, options, mode) {
    return send(this.#client, this.#hooks, index, parameters, options, mode);
  }
  /** `GET /.well-known/openid-configuration` */
  discoverOidcConfiguration(options) {
    return this.#send(44, undefined, options);
  }
  discoverOidcConfigurationRaw(options) {
    return this.#send(44, undefined, options, RAW);
  }
  /** `POST /oauth2/register` */
  createOidcDynamicClient(requestParameters, options) {
    return this.#send(70, requestParameters, options);
  }
  createOidcDynamicClientRaw(requestParameters, options) {
    return this.#send(70, requestParameters, options, RAW);
  }
  /** `DELETE /oauth2/register/{id}` */
  deleteOidcDynamicClient(requestParameters, options) {
    return this.#send(71, requestParameters, options);
  }
  deleteOidcDynamicClientRaw(requestParameters, options) {
    return this.#send(71, requestParameters, options, RAW);
  }
  /** `GET /oauth2/register/{id}` */
  getOidcDynamicClient(requestParameters, options) {
    return this.#send(72, requestParameters, options);
  }
  getOidcDynamicClientRaw(requestParameters, options) {
    return this.#send(72, requestParameters, options, RAW);
  }
  /** `PUT /oauth2/register/{id}` */
  setOidcDynamicClient(requestParameters, options) {
    return this.#send(73, requestParameters, options);
  }
  setOidcDynamicClientRaw(requestParameters, options) {
    return this.#send(73, requestParameters, options, RAW);
  }
  /** `GET /oauth2/sessions/logout` */
  revokeOidcSession(options) {
    return this.#send(75, undefined, options);
  }
  revokeOidcSessionRaw(options) {
    return this.#send(75, undefined, options, RAW);
  }
  /** `GET /userinfo` */
  getOidcUserInfo(options) {
    return this.#send(77, undefined, options);
  }
  getOidcUserInfoRaw(options) {
    return this.#send(77, undefined, options, RAW);
  }
}

/** The public JSON Web Keys (`WellknownApi`). */
export class WellknownApi {
  #client;
  #hooks;
  /** `new WellknownApi(new Configuration({ basePath, … }))`; throws `OryError` on a bad configuration. */
  constructor(configuration) {
    this.#client = new Client(configuration);
    this.#hooks = hooks(configuration);
  }
  #send(index, parameters, options, mode) {
    return send(this.#client, this.#hooks, index, parameters, options, mode);
  }
  /** `GET /.well-known/jwks.json` */
  discoverJsonWebKeys(options) {
    return this.#send(78, undefined, options);
  }
  discoverJsonWebKeysRaw(options) {
    return this.#send(78, undefined, options, RAW);
  }
}

/** JSON Web Key sets (`JwkApi`). */
export class JwkApi {
  #client;
  #hooks;
  /** `new JwkApi(new Configuration({ basePath, … }))`; throws `OryError` on a bad configuration. */
  constructor(configuration) {
    this.#client = new Client(configuration);
    this.#hooks = hooks(configuration);
  }
  #send(index, parameters, options, mode) {
    return send(this.#client, this.#hooks, index, parameters, options, mode);
  }
  /** `DELETE /admin/keys/{set}` */
  deleteJsonWebKeySet(requestParameters, options) {
    return this.#send(79, requestParameters, options);
  }
  deleteJsonWebKeySetRaw(requestParameters, options) {
    return this.#send(79, requestParameters, options, RAW);
  }
  /** `GET /admin/keys/{set}` */
  getJsonWebKeySet(requestParameters, options) {
    return this.#send(80, requestParameters, options);
  }
  getJsonWebKeySetRaw(requestParameters, options) {
    return this.#send(80, requestParameters, options, RAW);
  }
  /** `POST /admin/keys/{set}` */
  createJsonWebKeySet(requestParameters, options) {
    return this.#send(81, requestParameters, options);
  }
  createJsonWebKeySetRaw(requestParameters, options) {
    return this.#send(81, requestParameters, options, RAW);
  }
  /** `PUT /admin/keys/{set}` */
  setJsonWebKeySet(requestParameters, options) {
    return this.#send(82, requestParameters, options);
  }
  setJsonWebKeySetRaw(requestParameters, options) {
    return this.#send(82, requestParameters, options, RAW);
  }
  /** `DELETE /admin/keys/{set}/{kid}` */
  deleteJsonWebKey(requestParameters, options) {
    return this.#send(83, requestParameters, options);
  }
  deleteJsonWebKeyRaw(requestParameters, options) {
    return this.#send(83, requestParameters, options, RAW);
  }
  /** `GET /admin/keys/{set}/{kid}` */
  getJsonWebKey(requestParameters, options) {
    return this.#send(84, requestParameters, options);
  }
  getJsonWebKeyRaw(requestParameters, options) {
    return this.#send(84, requestParameters, options, RAW);
  }
  /** `PUT /admin/keys/{set}/{kid}` */
  setJsonWebKey(requestParameters, options) {
    return this.#send(85, requestParameters, options);
  }
  setJsonWebKeyRaw(requestParameters, options) {
    return this.#send(85, requestParameters, options, RAW);
  }
}

/** Ory Network projects, their members and API keys (`ProjectApi`). */
export class ProjectApi {
  #client;
  #hooks;
  /** `new ProjectApi(new Configuration({ basePath, … }))`; throws `OryError` on a bad configuration. */
  constructor(configuration) {
    this.#client = new Client(configuration);
    this.#hooks = hooks(configuration);
  }
  #send(index, parameters, options, mode) {
    return send(this.#client, this.#hooks, index, parameters, options, mode);
  }
  /** `GET /projects` */
  listProjects(options) {
    return this.#send(86, undefined, options);
  }
  listProjectsRaw(options) {
    return this.#send(86, undefined, options, RAW);
  }
  /** `POST /projects` */
  createProject(requestParameters, options) {
    return this.#send(87, requestParameters, options);
  }
  createProjectRaw(requestParameters, options) {
    return this.#send(87, requestParameters, options, RAW);
  }
  /** `DELETE /projects/{project_id}` */
  purgeProject(requestParameters, options) {
    return this.#send(88, requestParameters, options);
  }
  purgeProjectRaw(requestParameters, options) {
    return this.#send(88, requestParameters, options, RAW);
  }
  /** `GET /projects/{project_id}` */
  getProject(requestParameters, options) {
    return this.#send(89, requestParameters, options);
  }
  getProjectRaw(requestParameters, options) {
    return this.#send(89, requestParameters, options, RAW);
  }
  /** `PATCH /projects/{project_id}` */
  patchProject(requestParameters, options) {
    return this.#send(90, requestParameters, options);
  }
  patchProjectRaw(requestParameters, options) {
    return this.#send(90, requestParameters, options, RAW);
  }
  /** `PUT /projects/{project_id}` */
  setProject(requestParameters, options) {
    return this.#send(91, requestParameters, options);
  }
  setProjectRaw(requestParameters, options) {
    return this.#send(91, requestParameters, options, RAW);
  }
  /** `GET /projects/{project_id}/members` */
  getProjectMembers(requestParameters, options) {
    return this.#send(92, requestParameters, options);
  }
  getProjectMembersRaw(requestParameters, options) {
    return this.#send(92, requestParameters, options, RAW);
  }
  /** `DELETE /projects/{project_id}/members/{member_id}` */
  removeProjectMember(requestParameters, options) {
    return this.#send(93, requestParameters, options);
  }
  removeProjectMemberRaw(requestParameters, options) {
    return this.#send(93, requestParameters, options, RAW);
  }
  /** `GET /projects/{project}/tokens` */
  listProjectApiKeys(requestParameters, options) {
    return this.#send(94, requestParameters, options);
  }
  listProjectApiKeysRaw(requestParameters, options) {
    return this.#send(94, requestParameters, options, RAW);
  }
  /** `POST /projects/{project}/tokens` */
  createProjectApiKey(requestParameters, options) {
    return this.#send(95, requestParameters, options);
  }
  createProjectApiKeyRaw(requestParameters, options) {
    return this.#send(95, requestParameters, options, RAW);
  }
  /** `DELETE /projects/{project}/tokens/{token_id}` */
  deleteProjectApiKey(requestParameters, options) {
    return this.#send(96, requestParameters, options);
  }
  deleteProjectApiKeyRaw(requestParameters, options) {
    return this.#send(96, requestParameters, options, RAW);
  }
}
