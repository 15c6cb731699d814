// Generated from the endpoint declarations in src/endpoints/ by tests/js_surface.rs: do not edit.
// After changing a declaration: UPDATE_GENERATED=1 cargo test --test js_surface
import { Client } from "./ory_v0alpha2.js";
import { ENVELOPE, hooks, send } from "./send.js";

/** Every operation under its `V0alpha2Api` name, with the old client's positional arguments, resolving to `{data, status, headers}`. */
export class V0alpha2Api {
  #client;
  #hooks;
  /** `new V0alpha2Api(new Configuration({ basePath, … }))`; throws `OryError` on a bad configuration. */
  constructor(configuration) {
    this.#client = new Client(configuration);
    this.#hooks = hooks(configuration);
  }
  #send(index, parameters, options, mode) {
    return send(this.#client, this.#hooks, index, parameters, options, mode);
  }
  /** `GET /.well-known/ory/webauthn.js` */
  getWebAuthnJavaScript(options) {
    return this.#send(0, undefined, options, ENVELOPE);
  }
  /** `GET /schemas` */
  listIdentitySchemas(perPage, page, options) {
    return this.#send(1, { perPage, page }, options, ENVELOPE);
  }
  /** `GET /schemas/{id}` */
  getJsonSchema(id, options) {
    return this.#send(2, { id }, options, ENVELOPE);
  }
  /** `GET /self-service/errors` */
  getSelfServiceError(id, options) {
    return this.#send(3, { id }, options, ENVELOPE);
  }
  /** `GET /self-service/login/browser` */
  initializeSelfServiceLoginFlowForBrowsers(refresh, aal, returnTo, options) {
    return this.#send(4, { refresh, aal, returnTo }, options, ENVELOPE);
  }
  /** `GET /self-service/login/api` */
  initializeSelfServiceLoginFlowWithoutBrowser(refresh, aal, xSessionToken, options) {
    return this.#send(5, { refresh, aal, xSessionToken }, options, ENVELOPE);
  }
  /** `GET /self-service/login/flows` */
  getSelfServiceLoginFlow(id, cookie, options) {
    return this.#send(6, { id, cookie }, options, ENVELOPE);
  }
  /** `POST /self-service/login` */
  submitSelfServiceLoginFlow(flow, body, xSessionToken, cookie, options) {
    return this.#send(7, { flow, updateLoginFlowBody: body, xSessionToken, cookie }, options, ENVELOPE);
  }
  /** `GET /self-service/registration/browser` */
  initializeSelfServiceRegistrationFlowForBrowsers(returnTo, options) {
    return this.#send(8, { returnTo }, options, ENVELOPE);
  }
  /** `GET /self-service/registration/api` */
  initializeSelfServiceRegistrationFlowWithoutBrowser(options) {
    return this.#send(9, undefined, options, ENVELOPE);
  }
  /** `GET /self-service/registration/flows` */
  getSelfServiceRegistrationFlow(id, cookie, options) {
    return this.#send(10, { id, cookie }, options, ENVELOPE);
  }
  /** `POST /self-service/registration` */
  submitSelfServiceRegistrationFlow(flow, body, cookie, options) {
    return this.#send(11, { flow, updateRegistrationFlowBody: body, cookie }, options, ENVELOPE);
  }
  /** `GET /self-service/recovery/browser` */
  initializeSelfServiceRecoveryFlowForBrowsers(returnTo, options) {
    return this.#send(12, { returnTo }, options, ENVELOPE);
  }
  /** `GET /self-service/recovery/api` */
  initializeSelfServiceRecoveryFlowWithoutBrowser(options) {
    return this.#send(13, undefined, options, ENVELOPE);
  }
  /** `GET /self-service/recovery/flows` */
  getSelfServiceRecoveryFlow(id, cookie, options) {
    return this.#send(14, { id, cookie }, options, ENVELOPE);
  }
  /** `POST /self-service/recovery` */
  submitSelfServiceRecoveryFlow(flow, body, token, cookie, options) {
    return this.#send(15, { flow, updateRecoveryFlowBody: body, token, cookie }, options, ENVELOPE);
  }
  /** `GET /self-service/verification/browser` */
  initializeSelfServiceVerificationFlowForBrowsers(returnTo, options) {
    return this.#send(16, { returnTo }, options, ENVELOPE);
  }
  /** `GET /self-service/verification/api` */
  initializeSelfServiceVerificationFlowWithoutBrowser(options) {
    return this.#send(17, undefined, options, ENVELOPE);
  }
  /** `GET /self-service/verification/flows` */
  getSelfServiceVerificationFlow(id, cookie, options) {
    return this.#send(18, { id, cookie }, options, ENVELOPE);
  }
  /** `POST /self-service/verification` */
  submitSelfServiceVerificationFlow(flow, body, token, cookie, options) {
    return this.#send(19, { flow, updateVerificationFlowBody: body, token, cookie }, options, ENVELOPE);
  }
  /** `GET /self-service/settings/browser` */
  initializeSelfServiceSettingsFlowForBrowsers(returnTo, options) {
    return this.#send(20, { returnTo }, options, ENVELOPE);
  }
  /** `GET /self-service/settings/api` */
  initializeSelfServiceSettingsFlowWithoutBrowser(xSessionToken, options) {
    return this.#send(21, { xSessionToken }, options, ENVELOPE);
  }
  /** `GET /self-service/settings/flows` */
  getSelfServiceSettingsFlow(id, xSessionToken, cookie, options) {
    return this.#send(22, { id, xSessionToken, cookie }, options, ENVELOPE);
  }
  /** `POST /self-service/settings` */
  submitSelfServiceSettingsFlow(flow, body, xSessionToken, cookie, options) {
    return this.#send(23, { flow, updateSettingsFlowBody: body, xSessionToken, cookie }, options, ENVELOPE);
  }
  /** `GET /self-service/logout/browser` */
  createSelfServiceLogoutFlowUrlForBrowsers(cookie, options) {
    return this.#send(24, { cookie }, options, ENVELOPE);
  }
  /** `GET /self-service/logout` */
  submitSelfServiceLogoutFlow(token, returnTo, options) {
    return this.#send(25, { token, returnTo }, options, ENVELOPE);
  }
  /** `DELETE /self-service/logout/api` */
  submitSelfServiceLogoutFlowWithoutBrowser(body, options) {
    return this.#send(26, { performNativeLogoutBody: body }, options, ENVELOPE);
  }
  /** `GET /sessions/whoami` */
  toSession(xSessionToken, cookie, options) {
    return this.#send(27, { xSessionToken, cookie }, options, ENVELOPE);
  }
  /** `GET /sessions` */
  listSessions(xSessionToken, cookie, perPage, page, options) {
    return this.#send(28, { xSessionToken, cookie, perPage, page }, options, ENVELOPE);
  }
  /** `DELETE /sessions/{id}` */
  revokeSession(id, options) {
    return this.#send(29, { id }, options, ENVELOPE);
  }
  /** `DELETE /sessions` */
  revokeSessions(xSessionToken, cookie, options) {
    return this.#send(30, { xSessionToken, cookie }, options, ENVELOPE);
  }
  /** `GET /admin/courier/messages` */
  adminListCourierMessages(perPage, page, status, recipient, options) {
    return this.#send(32, { perPage, page, status, recipient }, options, ENVELOPE);
  }
  /** `GET /admin/identities` */
  adminListIdentities(perPage, page, options) {
    return this.#send(33, { perPage, page }, options, ENVELOPE);
  }
  /** `POST /admin/identities` */
  adminCreateIdentity(body, options) {
    return this.#send(34, { createIdentityBody: body }, options, ENVELOPE);
  }
  /** `DELETE /admin/identities/{id}` */
  adminDeleteIdentity(id, options) {
    return this.#send(35, { id }, options, ENVELOPE);
  }
  /** `GET /admin/identities/{id}` */
  adminGetIdentity(id, includeCredential, options) {
    return this.#send(36, { id, includeCredential }, options, ENVELOPE);
  }
  /** `PATCH /admin/identities/{id}` */
  adminPatchIdentity(id, body, options) {
    return this.#send(37, { id, jsonPatch: body }, options, ENVELOPE);
  }
  /** `PUT /admin/identities/{id}` */
  adminUpdateIdentity(id, body, options) {
    return this.#send(38, { id, updateIdentityBody: body }, options, ENVELOPE);
  }
  /** `DELETE /admin/identities/{id}/sessions` */
  adminDeleteIdentitySessions(id, options) {
    return this.#send(39, { id }, options, ENVELOPE);
  }
  /** `GET /admin/identities/{id}/sessions` */
  adminListIdentitySessions(id, perPage, page, active, options) {
    return this.#send(40, { id, perPage, page, active }, options, ENVELOPE);
  }
  /** `POST /admin/recovery/code` */
  adminCreateSelfServiceRecoveryCode(body, options) {
    return this.#send(41, { createRecoveryCodeForIdentityBody: body }, options, ENVELOPE);
  }
  /** `POST /admin/recovery/link` */
  adminCreateSelfServiceRecoveryLink(body, options) {
    return this.#send(42, { createRecoveryLinkForIdentityBody: body }, options, ENVELOPE);
  }
  /** `PATCH /admin/sessions/{id}/extend` */
  adminExtendSession(id, options) {
    return this.#send(43, { id }, options, ENVELOPE);
  }
  /** `GET /.well-known/openid-configuration` */
  discoverOidcConfiguration(options) {
    return this.#send(44, undefined, options, ENVELOPE);
  }
  /** `GET /admin/clients` */
  adminListOAuth2Clients(pageSize, pageToken, clientName, owner, options) {
    return this.#send(45, { pageSize, pageToken, clientName, owner }, options, ENVELOPE);
  }
  /** `POST /admin/clients` */
  adminCreateOAuth2Client(body, options) {
    return this.#send(46, { oAuth2Client: body }, options, ENVELOPE);
  }
  /** `DELETE /admin/clients/{id}` */
  adminDeleteOAuth2Client(id, options) {
    return this.#send(47, { id }, options, ENVELOPE);
  }
  /** `GET /admin/clients/{id}` */
  adminGetOAuth2Client(id, options) {
    return this.#send(48, { id }, options, ENVELOPE);
  }
  /** `PATCH /admin/clients/{id}` */
  adminPatchOAuth2Client(id, body, options) {
    return this.#send(49, { id, jsonPatch: body }, options, ENVELOPE);
  }
  /** `PUT /admin/clients/{id}` */
  adminUpdateOAuth2Client(id, body, options) {
    return this.#send(50, { id, oAuth2Client: body }, options, ENVELOPE);
  }
  /** `GET /admin/oauth2/auth/requests/consent` */
  adminGetOAuth2ConsentRequest(consentChallenge, options) {
    return this.#send(51, { consentChallenge }, options, ENVELOPE);
  }
  /** `PUT /admin/oauth2/auth/requests/consent/accept` */
  adminAcceptOAuth2ConsentRequest(consentChallenge, body, options) {
    return this.#send(52, { consentChallenge, acceptOAuth2ConsentRequest: body }, options, ENVELOPE);
  }
  /** `PUT /admin/oauth2/auth/requests/consent/reject` */
  adminRejectOAuth2ConsentRequest(consentChallenge, body, options) {
    return this.#send(53, { consentChallenge, rejectOAuth2Request: body }, options, ENVELOPE);
  }
  /** `GET /admin/oauth2/auth/requests/login` */
  adminGetOAuth2LoginRequest(loginChallenge, options) {
    return this.#send(54, { loginChallenge }, options, ENVELOPE);
  }
  /** `PUT /admin/oauth2/auth/requests/login/accept` */
  adminAcceptOAuth2LoginRequest(loginChallenge, body, options) {
    return this.#send(55, { loginChallenge, acceptOAuth2LoginRequest: body }, options, ENVELOPE);
  }
  /** `PUT /admin/oauth2/auth/requests/login/reject` */
  adminRejectOAuth2LoginRequest(loginChallenge, body, options) {
    return this.#send(56, { loginChallenge, rejectOAuth2Request: body }, options, ENVELOPE);
  }
  /** `GET /admin/oauth2/auth/requests/logout` */
  adminGetOAuth2LogoutRequest(logoutChallenge, options) {
    return this.#send(57, { logoutChallenge }, options, ENVELOPE);
  }
  /** `PUT /admin/oauth2/auth/requests/logout/accept` */
  adminAcceptOAuth2LogoutRequest(logoutChallenge, options) {
    return this.#send(58, { logoutChallenge }, options, ENVELOPE);
  }
  /** `PUT /admin/oauth2/auth/requests/logout/reject` */
  adminRejectOAuth2LogoutRequest(logoutChallenge, body, options) {
    return this.#send(59, { logoutChallenge, rejectOAuth2Request: body }, options, ENVELOPE);
  }
  /** `DELETE /admin/oauth2/auth/sessions/consent` */
  adminRevokeOAuth2ConsentSessions(subject, client, all, options) {
    return this.#send(60, { subject, client, all }, options, ENVELOPE);
  }
  /** `GET /admin/oauth2/auth/sessions/consent` */
  adminListOAuth2SubjectConsentSessions(subject, link, xTotalCount, options) {
    return this.#send(61, { subject, link, xTotalCount }, options, ENVELOPE);
  }
  /** `DELETE /admin/oauth2/auth/sessions/login` */
  adminRevokeOAuth2LoginSessions(subject, options) {
    return this.#send(62, { subject }, options, ENVELOPE);
  }
  /** `POST /admin/oauth2/introspect` */
  adminIntrospectOAuth2Token(token, scope, options) {
    return this.#send(63, { token, scope }, options, ENVELOPE);
  }
  /** `DELETE /admin/oauth2/tokens` */
  adminDeleteOAuth2Token(clientId, options) {
    return this.#send(64, { clientId }, options, ENVELOPE);
  }
  /** `GET /admin/trust/grants/jwt-bearer/issuers` */
  adminListTrustedOAuth2JwtGrantIssuers(maxItems, defaultItems, issuer, limit, offset, options) {
    return this.#send(65, { maxItems, defaultItems, issuer, limit, offset }, options, ENVELOPE);
  }
  /** `POST /admin/trust/grants/jwt-bearer/issuers` */
  adminTrustOAuth2JwtGrantIssuer(body, options) {
    return this.#send(66, { adminTrustOAuth2JwtGrantIssuerBody: body }, options, ENVELOPE);
  }
  /** `DELETE /admin/trust/grants/jwt-bearer/issuers/{id}` */
  adminDeleteTrustedOAuth2JwtGrantIssuer(id, options) {
    return this.#send(67, { id }, options, ENVELOPE);
  }
  /** `GET /admin/trust/grants/jwt-bearer/issuers/{id}` */
  adminGetTrustedOAuth2JwtGrantIssuer(id, options) {
    return this.#send(68, { id }, options, ENVELOPE);
  }
  /** `GET /oauth2/auth` */
  performOAuth2AuthorizationFlow(options) {
    return this.#send(69, undefined, options, ENVELOPE);
  }
  /** `POST /oauth2/register` */
  dynamicClientRegistrationCreateOAuth2Client(body, options) {
    return this.#send(70, { oAuth2Client: body }, options, ENVELOPE);
  }
  /** `DELETE /oauth2/register/{id}` */
  dynamicClientRegistrationDeleteOAuth2Client(id, options) {
    return this.#send(71, { id }, options, ENVELOPE);
  }
  /** `GET /oauth2/register/{id}` */
  dynamicClientRegistrationGetOAuth2Client(id, options) {
    return this.#send(72, { id }, options, ENVELOPE);
  }
  /** `PUT /oauth2/register/{id}` */
  dynamicClientRegistrationUpdateOAuth2Client(id, body, options) {
    return this.#send(73, { id, oAuth2Client: body }, options, ENVELOPE);
  }
  /** `POST /oauth2/revoke` */
  revokeOAuth2Token(token, options) {
    return this.#send(74, { token }, options, ENVELOPE);
  }
  /** `GET /oauth2/sessions/logout` */
  performOidcFrontOrBackChannelLogout(options) {
    return this.#send(75, undefined, options, ENVELOPE);
  }
  /** `POST /oauth2/token` */
  performOAuth2TokenFlow(grantType, clientId, code, redirectUri, refreshToken, options) {
    return this.#send(76, { grantType, clientId, code, redirectUri, refreshToken }, options, ENVELOPE);
  }
  /** `GET /userinfo` */
  getOidcUserInfo(options) {
    return this.#send(77, undefined, options, ENVELOPE);
  }
  /** `GET /.well-known/jwks.json` */
  discoverJsonWebKeys(options) {
    return this.#send(78, undefined, options, ENVELOPE);
  }
  /** `DELETE /admin/keys/{set}` */
  adminDeleteJsonWebKeySet(set, options) {
    return this.#send(79, { set }, options, ENVELOPE);
  }
  /** `GET /admin/keys/{set}` */
  adminGetJsonWebKeySet(set, options) {
    return this.#send(80, { set }, options, ENVELOPE);
  }
  /** `POST /admin/keys/{set}` */
  adminCreateJsonWebKeySet(set, body, options) {
    return this.#send(81, { set, adminCreateJsonWebKeySetBody: body }, options, ENVELOPE);
  }
  /** `PUT /admin/keys/{set}` */
  adminUpdateJsonWebKeySet(set, body, options) {
    return this.#send(82, { set, jsonWebKeySet: body }, options, ENVELOPE);
  }
  /** `DELETE /admin/keys/{set}/{kid}` */
  adminDeleteJsonWebKey(set, kid, options) {
    return this.#send(83, { set, kid }, options, ENVELOPE);
  }
  /** `GET /admin/keys/{set}/{kid}` */
  adminGetJsonWebKey(set, kid, options) {
    return this.#send(84, { set, kid }, options, ENVELOPE);
  }
  /** `PUT /admin/keys/{set}/{kid}` */
  adminUpdateJsonWebKey(set, kid, body, options) {
    return this.#send(85, { set, kid, jsonWebKey: body }, options, ENVELOPE);
  }
  /** `GET /projects` */
  listProjects(options) {
    return this.#send(86, undefined, options, ENVELOPE);
  }
  /** `POST /projects` */
  createProject(body, options) {
    return this.#send(87, { createProjectBody: body }, options, ENVELOPE);
  }
  /** `DELETE /projects/{project_id}` */
  purgeProject(projectId, options) {
    return this.#send(88, { projectId }, options, ENVELOPE);
  }
  /** `GET /projects/{project_id}` */
  getProject(projectId, options) {
    return this.#send(89, { projectId }, options, ENVELOPE);
  }
  /** `PATCH /projects/{project_id}` */
  patchProject(projectId, body, options) {
    return this.#send(90, { projectId, jsonPatch: body }, options, ENVELOPE);
  }
  /** `PUT /projects/{project_id}` */
  updateProject(projectId, body, options) {
    return this.#send(91, { projectId, updateProject: body }, options, ENVELOPE);
  }
  /** `GET /projects/{project_id}/members` */
  getProjectMembers(projectId, options) {
    return this.#send(92, { projectId }, options, ENVELOPE);
  }
  /** `DELETE /projects/{project_id}/members/{member_id}` */
  removeProjectMember(projectId, memberId, options) {
    return this.#send(93, { projectId, memberId }, options, ENVELOPE);
  }
  /** `GET /projects/{project}/tokens` */
  listProjectApiKeys(project, options) {
    return this.#send(94, { project }, options, ENVELOPE);
  }
  /** `POST /projects/{project}/tokens` */
  createProjectApiKey(project, body, options) {
    return this.#send(95, { project, createProjectApiKeyRequest: body }, options, ENVELOPE);
  }
  /** `DELETE /projects/{project}/tokens/{token_id}` */
  deleteProjectApiKey(project, tokenId, options) {
    return this.#send(96, { project, tokenId }, options, ENVELOPE);
  }
}
