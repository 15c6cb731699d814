// Generated from the endpoint declarations in src/endpoints/ by tests/js_surface.rs: do not edit.
// After changing a declaration: UPDATE_GENERATED=1 cargo test --test js_surface
import { Client } from "./ory_v0alpha2.js";

/** Every operation under its `V0alpha2Api` name, with the old client's positional arguments, resolving to `{data, status, headers}`. */
export class V0alpha2Api {
  #client;
  /** `new V0alpha2Api(new Configuration({ basePath, … }))`; throws `OryError` on a bad configuration. */
  constructor(configuration) {
    this.#client = new Client(configuration);
  }
  /** `GET /.well-known/ory/webauthn.js` */
  getWebAuthnJavaScript(options) {
    return this.#client.positional(0, undefined, options);
  }
  /** `GET /schemas` */
  listIdentitySchemas(perPage, page, options) {
    return this.#client.positional(1, { perPage, page }, options);
  }
  /** `GET /schemas/{id}` */
  getJsonSchema(id, options) {
    return this.#client.positional(2, { id }, options);
  }
  /** `GET /self-service/errors` */
  getSelfServiceError(id, options) {
    return this.#client.positional(3, { id }, options);
  }
  /** `GET /self-service/login/browser` */
  initializeSelfServiceLoginFlowForBrowsers(refresh, aal, returnTo, options) {
    return this.#client.positional(4, { refresh, aal, returnTo }, options);
  }
  /** `GET /self-service/login/api` */
  initializeSelfServiceLoginFlowWithoutBrowser(refresh, aal, xSessionToken, options) {
    return this.#client.positional(5, { refresh, aal, xSessionToken }, options);
  }
  /** `GET /self-service/login/flows` */
  getSelfServiceLoginFlow(id, cookie, options) {
    return this.#client.positional(6, { id, cookie }, options);
  }
  /** `POST /self-service/login` */
  submitSelfServiceLoginFlow(flow, body, xSessionToken, cookie, options) {
    return this.#client.positional(7, { flow, updateLoginFlowBody: body, xSessionToken, cookie }, options);
  }
  /** `GET /self-service/registration/browser` */
  initializeSelfServiceRegistrationFlowForBrowsers(returnTo, options) {
    return this.#client.positional(8, { returnTo }, options);
  }
  /** `GET /self-service/registration/api` */
  initializeSelfServiceRegistrationFlowWithoutBrowser(options) {
    return this.#client.positional(9, undefined, options);
  }
  /** `GET /self-service/registration/flows` */
  getSelfServiceRegistrationFlow(id, cookie, options) {
    return this.#client.positional(10, { id, cookie }, options);
  }
  /** `POST /self-service/registration` */
  submitSelfServiceRegistrationFlow(flow, body, cookie, options) {
    return this.#client.positional(11, { flow, updateRegistrationFlowBody: body, cookie }, options);
  }
  /** `GET /self-service/recovery/browser` */
  initializeSelfServiceRecoveryFlowForBrowsers(returnTo, options) {
    return this.#client.positional(12, { returnTo }, options);
  }
  /** `GET /self-service/recovery/api` */
  initializeSelfServiceRecoveryFlowWithoutBrowser(options) {
    return this.#client.positional(13, undefined, options);
  }
  /** `GET /self-service/recovery/flows` */
  getSelfServiceRecoveryFlow(id, cookie, options) {
    return this.#client.positional(14, { id, cookie }, options);
  }
  /** `POST /self-service/recovery` */
  submitSelfServiceRecoveryFlow(flow, body, token, cookie, options) {
    return this.#client.positional(15, { flow, updateRecoveryFlowBody: body, token, cookie }, options);
  }
  /** `GET /self-service/verification/browser` */
  initializeSelfServiceVerificationFlowForBrowsers(returnTo, options) {
    return this.#client.positional(16, { returnTo }, options);
  }
  /** `GET /self-service/verification/api` */
  initializeSelfServiceVerificationFlowWithoutBrowser(options) {
    return this.#client.positional(17, undefined, options);
  }
  /** `GET /self-service/verification/flows` */
  getSelfServiceVerificationFlow(id, cookie, options) {
    return this.#client.positional(18, { id, cookie }, options);
  }
  /** `POST /self-service/verification` */
  submitSelfServiceVerificationFlow(flow, body, token, cookie, options) {
    return this.#client.positional(19, { flow, updateVerificationFlowBody: body, token, cookie }, options);
  }
  /** `GET /self-service/settings/browser` */
  initializeSelfServiceSettingsFlowForBrowsers(returnTo, options) {
    return this.#client.positional(20, { returnTo }, options);
  }
  /** `GET /self-service/settings/api` */
  initializeSelfServiceSettingsFlowWithoutBrowser(xSessionToken, options) {
    return this.#client.positional(21, { xSessionToken }, options);
  }
  /** `GET /self-service/settings/flows` */
  getSelfServiceSettingsFlow(id, xSessionToken, cookie, options) {
    return this.#client.positional(22, { id, xSessionToken, cookie }, options);
  }
  /** `POST /self-service/settings` */
  submitSelfServiceSettingsFlow(flow, body, xSessionToken, cookie, options) {
    return this.#client.positional(23, { flow, updateSettingsFlowBody: body, xSessionToken, cookie }, options);
  }
  /** `GET /self-service/logout/browser` */
  createSelfServiceLogoutFlowUrlForBrowsers(cookie, options) {
    return this.#client.positional(24, { cookie }, options);
  }
  /** `GET /self-service/logout` */
  submitSelfServiceLogoutFlow(token, returnTo, options) {
    return this.#client.positional(25, { token, returnTo }, options);
  }
  /** `DELETE /self-service/logout/api` */
  submitSelfServiceLogoutFlowWithoutBrowser(body, options) {
    return this.#client.positional(26, { performNativeLogoutBody: body }, options);
  }
  /** `GET /sessions/whoami` */
  toSession(xSessionToken, cookie, options) {
    return this.#client.positional(27, { xSessionToken, cookie }, options);
  }
  /** `GET /sessions` */
  listSessions(xSessionToken, cookie, perPage, page, options) {
    return this.#client.positional(28, { xSessionToken, cookie, perPage, page }, options);
  }
  /** `DELETE /sessions/{id}` */
  revokeSession(id, options) {
    return this.#client.positional(29, { id }, options);
  }
  /** `DELETE /sessions` */
  revokeSessions(xSessionToken, cookie, options) {
    return this.#client.positional(30, { xSessionToken, cookie }, options);
  }
  /** `GET /admin/courier/messages` */
  adminListCourierMessages(perPage, page, status, recipient, options) {
    return this.#client.positional(32, { perPage, page, status, recipient }, options);
  }
  /** `GET /admin/identities` */
  adminListIdentities(perPage, page, options) {
    return this.#client.positional(33, { perPage, page }, options);
  }
  /** `POST /admin/identities` */
  adminCreateIdentity(body, options) {
    return this.#client.positional(34, { createIdentityBody: body }, options);
  }
  /** `DELETE /admin/identities/{id}` */
  adminDeleteIdentity(id, options) {
    return this.#client.positional(35, { id }, options);
  }
  /** `GET /admin/identities/{id}` */
  adminGetIdentity(id, includeCredential, options) {
    return this.#client.positional(36, { id, includeCredential }, options);
  }
  /** `PATCH /admin/identities/{id}` */
  adminPatchIdentity(id, body, options) {
    return this.#client.positional(37, { id, jsonPatch: body }, options);
  }
  /** `PUT /admin/identities/{id}` */
  adminUpdateIdentity(id, body, options) {
    return this.#client.positional(38, { id, updateIdentityBody: body }, options);
  }
  /** `DELETE /admin/identities/{id}/sessions` */
  adminDeleteIdentitySessions(id, options) {
    return this.#client.positional(39, { id }, options);
  }
  /** `GET /admin/identities/{id}/sessions` */
  adminListIdentitySessions(id, perPage, page, active, options) {
    return this.#client.positional(40, { id, perPage, page, active }, options);
  }
  /** `POST /admin/recovery/code` */
  adminCreateSelfServiceRecoveryCode(body, options) {
    return this.#client.positional(41, { createRecoveryCodeForIdentityBody: body }, options);
  }
  /** `POST /admin/recovery/link` */
  adminCreateSelfServiceRecoveryLink(body, options) {
    return this.#client.positional(42, { createRecoveryLinkForIdentityBody: body }, options);
  }
  /** `PATCH /admin/sessions/{id}/extend` */
  adminExtendSession(id, options) {
    return this.#client.positional(43, { id }, options);
  }
  /** `GET /.well-known/openid-configuration` */
  discoverOidcConfiguration(options) {
    return this.#client.positional(44, undefined, options);
  }
  /** `GET /admin/clients` */
  adminListOAuth2Clients(pageSize, pageToken, clientName, owner, options) {
    return this.#client.positional(45, { pageSize, pageToken, clientName, owner }, options);
  }
  /** `POST /admin/clients` */
  adminCreateOAuth2Client(body, options) {
    return this.#client.positional(46, { oAuth2Client: body }, options);
  }
  /** `DELETE /admin/clients/{id}` */
  adminDeleteOAuth2Client(id, options) {
    return this.#client.positional(47, { id }, options);
  }
  /** `GET /admin/clients/{id}` */
  adminGetOAuth2Client(id, options) {
    return this.#client.positional(48, { id }, options);
  }
  /** `PATCH /admin/clients/{id}` */
  adminPatchOAuth2Client(id, body, options) {
    return this.#client.positional(49, { id, jsonPatch: body }, options);
  }
  /** `PUT /admin/clients/{id}` */
  adminUpdateOAuth2Client(id, body, options) {
    return this.#client.positional(50, { id, oAuth2Client: body }, options);
  }
  /** `GET /admin/oauth2/auth/requests/consent` */
  adminGetOAuth2ConsentRequest(consentChallenge, options) {
    return this.#client.positional(51, { consentChallenge }, options);
  }
  /** `PUT /admin/oauth2/auth/requests/consent/accept` */
  adminAcceptOAuth2ConsentRequest(consentChallenge, body, options) {
    return this.#client.positional(52, { consentChallenge, acceptOAuth2ConsentRequest: body }, options);
  }
  /** `PUT /admin/oauth2/auth/requests/consent/reject` */
  adminRejectOAuth2ConsentRequest(consentChallenge, body, options) {
    return this.#client.positional(53, { consentChallenge, rejectOAuth2Request: body }, options);
  }
  /** `GET /admin/oauth2/auth/requests/login` */
  adminGetOAuth2LoginRequest(loginChallenge, options) {
    return this.#client.positional(54, { loginChallenge }, options);
  }
  /** `PUT /admin/oauth2/auth/requests/login/accept` */
  adminAcceptOAuth2LoginRequest(loginChallenge, body, options) {
    return this.#client.positional(55, { loginChallenge, acceptOAuth2LoginRequest: body }, options);
  }
  /** `PUT /admin/oauth2/auth/requests/login/reject` */
  adminRejectOAuth2LoginRequest(loginChallenge, body, options) {
    return this.#client.positional(56, { loginChallenge, rejectOAuth2Request: body }, options);
  }
  /** `GET /admin/oauth2/auth/requests/logout` */
  adminGetOAuth2LogoutRequest(logoutChallenge, options) {
    return this.#client.positional(57, { logoutChallenge }, options);
  }
  /** `PUT /admin/oauth2/auth/requests/logout/accept` */
  adminAcceptOAuth2LogoutRequest(logoutChallenge, options) {
    return this.#client.positional(58, { logoutChallenge }, options);
  }
  /** `PUT /admin/oauth2/auth/requests/logout/reject` */
  adminRejectOAuth2LogoutRequest(logoutChallenge, body, options) {
    return this.#client.positional(59, { logoutChallenge, rejectOAuth2Request: body }, options);
  }
  /** `DELETE /admin/oauth2/auth/sessions/consent` */
  adminRevokeOAuth2ConsentSessions(subject, client, all, options) {
    return this.#client.positional(60, { subject, client, all }, options);
  }
  /** `GET /admin/oauth2/auth/sessions/consent` */
  adminListOAuth2SubjectConsentSessions(subject, link, xTotalCount, options) {
    return this.#client.positional(61, { subject, link, xTotalCount }, options);
  }
  /** `DELETE /admin/oauth2/auth/sessions/login` */
  adminRevokeOAuth2LoginSessions(subject, options) {
    return this.#client.positional(62, { subject }, options);
  }
  /** `POST /admin/oauth2/introspect` */
  adminIntrospectOAuth2Token(token, scope, options) {
    return this.#client.positional(63, { token, scope }, options);
  }
  /** `DELETE /admin/oauth2/tokens` */
  adminDeleteOAuth2Token(clientId, options) {
    return this.#client.positional(64, { clientId }, options);
  }
  /** `GET /admin/trust/grants/jwt-bearer/issuers` */
  adminListTrustedOAuth2JwtGrantIssuers(maxItems, defaultItems, issuer, limit, offset, options) {
    return this.#client.positional(65, { maxItems, defaultItems, issuer, limit, offset }, options);
  }
  /** `POST /admin/trust/grants/jwt-bearer/issuers` */
  adminTrustOAuth2JwtGrantIssuer(body, options) {
    return this.#client.positional(66, { adminTrustOAuth2JwtGrantIssuerBody: body }, options);
  }
  /** `DELETE /admin/trust/grants/jwt-bearer/issuers/{id}` */
  adminDeleteTrustedOAuth2JwtGrantIssuer(id, options) {
    return this.#client.positional(67, { id }, options);
  }
  /** `GET /admin/trust/grants/jwt-bearer/issuers/{id}` */
  adminGetTrustedOAuth2JwtGrantIssuer(id, options) {
    return this.#client.positional(68, { id }, options);
  }
  /** `GET /oauth2/auth` */
  performOAuth2AuthorizationFlow(options) {
    return this.#client.positional(69, undefined, options);
  }
  /** `POST /oauth2/register` */
  dynamicClientRegistrationCreateOAuth2Client(body, options) {
    return this.#client.positional(70, { oAuth2Client: body }, options);
  }
  /** `DELETE /oauth2/register/{id}` */
  dynamicClientRegistrationDeleteOAuth2Client(id, options) {
    return this.#client.positional(71, { id }, options);
  }
  /** `GET /oauth2/register/{id}` */
  dynamicClientRegistrationGetOAuth2Client(id, options) {
    return this.#client.positional(72, { id }, options);
  }
  /** `PUT /oauth2/register/{id}` */
  dynamicClientRegistrationUpdateOAuth2Client(id, body, options) {
    return this.#client.positional(73, { id, oAuth2Client: body }, options);
  }
  /** `POST /oauth2/revoke` */
  revokeOAuth2Token(token, options) {
    return this.#client.positional(74, { token }, options);
  }
  /** `GET /oauth2/sessions/logout` */
  performOidcFrontOrBackChannelLogout(options) {
    return this.#client.positional(75, undefined, options);
  }
  /** `POST /oauth2/token` */
  performOAuth2TokenFlow(grantType, clientId, code, redirectUri, refreshToken, options) {
    return this.#client.positional(76, { grantType, clientId, code, redirectUri, refreshToken }, options);
  }
  /** `GET /userinfo` */
  getOidcUserInfo(options) {
    return this.#client.positional(77, undefined, options);
  }
  /** `GET /.well-known/jwks.json` */
  discoverJsonWebKeys(options) {
    return this.#client.positional(78, undefined, options);
  }
  /** `DELETE /admin/keys/{set}` */
  adminDeleteJsonWebKeySet(set, options) {
    return this.#client.positional(79, { set }, options);
  }
  /** `GET /admin/keys/{set}` */
  adminGetJsonWebKeySet(set, options) {
    return this.#client.positional(80, { set }, options);
  }
  /** `POST /admin/keys/{set}` */
  adminCreateJsonWebKeySet(set, body, options) {
    return this.#client.positional(81, { set, adminCreateJsonWebKeySetBody: body }, options);
  }
  /** `PUT /admin/keys/{set}` */
  adminUpdateJsonWebKeySet(set, body, options) {
    return this.#client.positional(82, { set, jsonWebKeySet: body }, options);
  }
  /** `DELETE /admin/keys/{set}/{kid}` */
  adminDeleteJsonWebKey(set, kid, options) {
    return this.#client.positional(83, { set, kid }, options);
  }
  /** `GET /admin/keys/{set}/{kid}` */
  adminGetJsonWebKey(set, kid, options) {
    return this.#client.positional(84, { set, kid }, options);
  }
  /** `PUT /admin/keys/{set}/{kid}` */
  adminUpdateJsonWebKey(set, kid, body, options) {
    return this.#client.positional(85, { set, kid, jsonWebKey: body }, options);
  }
  /** `GET /projects` */
  listProjects(options) {
    return this.#client.positional(86, undefined, options);
  }
  /** `POST /projects` */
  createProject(body, options) {
    return this.#client.positional(87, { createProjectBody: body }, options);
  }
  /** `DELETE /projects/{project_id}` */
  purgeProject(projectId, options) {
    return this.#client.positional(88, { projectId }, options);
  }
  /** `GET /projects/{project_id}` */
  getProject(projectId, options) {
    return this.#client.positional(89, { projectId }, options);
  }
  /** `PATCH /projects/{project_id}` */
  patchProject(projectId, body, options) {
    return this.#client.positional(90, { projectId, jsonPatch: body }, options);
  }
  /** `PUT /projects/{project_id}` */
  updateProject(projectId, body, options) {
    return this.#client.positional(91, { projectId, updateProject: body }, options);
  }
  /** `GET /projects/{project_id}/members` */
  getProjectMembers(projectId, options) {
    return this.#client.positional(92, { projectId }, options);
  }
  /** `DELETE /projects/{project_id}/members/{member_id}` */
  removeProjectMember(projectId, memberId, options) {
    return this.#client.positional(93, { projectId, memberId }, options);
  }
  /** `GET /projects/{project}/tokens` */
  listProjectApiKeys(project, options) {
    return this.#client.positional(94, { project }, options);
  }
  /** `POST /projects/{project}/tokens` */
  createProjectApiKey(project, body, options) {
    return this.#client.positional(95, { project, createProjectApiKeyRequest: body }, options);
  }
  /** `DELETE /projects/{project}/tokens/{token_id}` */
  deleteProjectApiKey(project, tokenId, options) {
    return this.#client.positional(96, { project, tokenId }, options);
  }
}
