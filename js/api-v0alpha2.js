// Generated from the endpoint declarations in src/endpoints/ by tests/js_surface.rs: do not edit.
// After changing a declaration: UPDATE_GENERATED=1 cargo test --test js_surface
import { Client } from "./ory_v0alpha2.js";
import { send } from "./send.js";

/** Every operation under its `V0alpha2Api` name, with the old client's positional arguments, resolving to `{data, status, headers}`. */
export class V0alpha2Api {
  #client;
  /** `new V0alpha2Api(new Configuration({ basePath, … }))`; throws `OryError` on a bad configuration. */
  constructor(configuration) {
    this.#client = new Client(configuration);
  }
  /** `GET /.well-known/ory/webauthn.js` */
  getWebAuthnJavaScript(options) {
    return send(this.#client, 0, undefined, options, true);
  }
  /** `GET /schemas` */
  listIdentitySchemas(perPage, page, options) {
    return send(this.#client, 1, { perPage, page }, options, true);
  }
  /** `GET /schemas/{id}` */
  getJsonSchema(id, options) {
    return send(this.#client, 2, { id }, options, true);
  }
  /** `GET /self-service/errors` */
  getSelfServiceError(id, options) {
    return send(this.#client, 3, { id }, options, true);
  }
  /** `GET /self-service/login/browser` */
  initializeSelfServiceLoginFlowForBrowsers(refresh, aal, returnTo, options) {
    return send(this.#client, 4, { refresh, aal, returnTo }, options, true);
  }
  /** `GET /self-service/login/api` */
  initializeSelfServiceLoginFlowWithoutBrowser(refresh, aal, xSessionToken, options) {
    return send(this.#client, 5, { refresh, aal, xSessionToken }, options, true);
  }
  /** `GET /self-service/login/flows` */
  getSelfServiceLoginFlow(id, cookie, options) {
    return send(this.#client, 6, { id, cookie }, options, true);
  }
  /** `POST /self-service/login` */
  submitSelfServiceLoginFlow(flow, body, xSessionToken, cookie, options) {
    return send(this.#client, 7, { flow, updateLoginFlowBody: body, xSessionToken, cookie }, options, true);
  }
  /** `GET /self-service/registration/browser` */
  initializeSelfServiceRegistrationFlowForBrowsers(returnTo, options) {
    return send(this.#client, 8, { returnTo }, options, true);
  }
  /** `GET /self-service/registration/api` */
  initializeSelfServiceRegistrationFlowWithoutBrowser(options) {
    return send(this.#client, 9, undefined, options, true);
  }
  /** `GET /self-service/registration/flows` */
  getSelfServiceRegistrationFlow(id, cookie, options) {
    return send(this.#client, 10, { id, cookie }, options, true);
  }
  /** `POST /self-service/registration` */
  submitSelfServiceRegistrationFlow(flow, body, cookie, options) {
    return send(this.#client, 11, { flow, updateRegistrationFlowBody: body, cookie }, options, true);
  }
  /** `GET /self-service/recovery/browser` */
  initializeSelfServiceRecoveryFlowForBrowsers(returnTo, options) {
    return send(this.#client, 12, { returnTo }, options, true);
  }
  /** `GET /self-service/recovery/api` */
  initializeSelfServiceRecoveryFlowWithoutBrowser(options) {
    return send(this.#client, 13, undefined, options, true);
  }
  /** `GET /self-service/recovery/flows` */
  getSelfServiceRecoveryFlow(id, cookie, options) {
    return send(this.#client, 14, { id, cookie }, options, true);
  }
  /** `POST /self-service/recovery` */
  submitSelfServiceRecoveryFlow(flow, body, token, cookie, options) {
    return send(this.#client, 15, { flow, updateRecoveryFlowBody: body, token, cookie }, options, true);
  }
  /** `GET /self-service/verification/browser` */
  initializeSelfServiceVerificationFlowForBrowsers(returnTo, options) {
    return send(this.#client, 16, { returnTo }, options, true);
  }
  /** `GET /self-service/verification/api` */
  initializeSelfServiceVerificationFlowWithoutBrowser(options) {
    return send(this.#client, 17, undefined, options, true);
  }
  /** `GET /self-service/verification/flows` */
  getSelfServiceVerificationFlow(id, cookie, options) {
    return send(this.#client, 18, { id, cookie }, options, true);
  }
  /** `POST /self-service/verification` */
  submitSelfServiceVerificationFlow(flow, body, token, cookie, options) {
    return send(this.#client, 19, { flow, updateVerificationFlowBody: body, token, cookie }, options, true);
  }
  /** `GET /self-service/settings/browser` */
  initializeSelfServiceSettingsFlowForBrowsers(returnTo, options) {
    return send(this.#client, 20, { returnTo }, options, true);
  }
  /** `GET /self-service/settings/api` */
  initializeSelfServiceSettingsFlowWithoutBrowser(xSessionToken, options) {
    return send(this.#client, 21, { xSessionToken }, options, true);
  }
  /** `GET /self-service/settings/flows` */
  getSelfServiceSettingsFlow(id, xSessionToken, cookie, options) {
    return send(this.#client, 22, { id, xSessionToken, cookie }, options, true);
  }
  /** `POST /self-service/settings` */
  submitSelfServiceSettingsFlow(flow, body, xSessionToken, cookie, options) {
    return send(this.#client, 23, { flow, updateSettingsFlowBody: body, xSessionToken, cookie }, options, true);
  }
  /** `GET /self-service/logout/browser` */
  createSelfServiceLogoutFlowUrlForBrowsers(cookie, options) {
    return send(this.#client, 24, { cookie }, options, true);
  }
  /** `GET /self-service/logout` */
  submitSelfServiceLogoutFlow(token, returnTo, options) {
    return send(this.#client, 25, { token, returnTo }, options, true);
  }
  /** `DELETE /self-service/logout/api` */
  submitSelfServiceLogoutFlowWithoutBrowser(body, options) {
    return send(this.#client, 26, { performNativeLogoutBody: body }, options, true);
  }
  /** `GET /sessions/whoami` */
  toSession(xSessionToken, cookie, options) {
    return send(this.#client, 27, { xSessionToken, cookie }, options, true);
  }
  /** `GET /sessions` */
  listSessions(xSessionToken, cookie, perPage, page, options) {
    return send(this.#client, 28, { xSessionToken, cookie, perPage, page }, options, true);
  }
  /** `DELETE /sessions/{id}` */
  revokeSession(id, options) {
    return send(this.#client, 29, { id }, options, true);
  }
  /** `DELETE /sessions` */
  revokeSessions(xSessionToken, cookie, options) {
    return send(this.#client, 30, { xSessionToken, cookie }, options, true);
  }
  /** `GET /admin/courier/messages` */
  adminListCourierMessages(perPage, page, status, recipient, options) {
    return send(this.#client, 32, { perPage, page, status, recipient }, options, true);
  }
  /** `GET /admin/identities` */
  adminListIdentities(perPage, page, options) {
    return send(this.#client, 33, { perPage, page }, options, true);
  }
  /** `POST /admin/identities` */
  adminCreateIdentity(body, options) {
    return send(this.#client, 34, { createIdentityBody: body }, options, true);
  }
  /** `DELETE /admin/identities/{id}` */
  adminDeleteIdentity(id, options) {
    return send(this.#client, 35, { id }, options, true);
  }
  /** `GET /admin/identities/{id}` */
  adminGetIdentity(id, includeCredential, options) {
    return send(this.#client, 36, { id, includeCredential }, options, true);
  }
  /** `PATCH /admin/identities/{id}` */
  adminPatchIdentity(id, body, options) {
    return send(this.#client, 37, { id, jsonPatch: body }, options, true);
  }
  /** `PUT /admin/identities/{id}` */
  adminUpdateIdentity(id, body, options) {
    return send(this.#client, 38, { id, updateIdentityBody: body }, options, true);
  }
  /** `DELETE /admin/identities/{id}/sessions` */
  adminDeleteIdentitySessions(id, options) {
    return send(this.#client, 39, { id }, options, true);
  }
  /** `GET /admin/identities/{id}/sessions` */
  adminListIdentitySessions(id, perPage, page, active, options) {
    return send(this.#client, 40, { id, perPage, page, active }, options, true);
  }
  /** `POST /admin/recovery/code` */
  adminCreateSelfServiceRecoveryCode(body, options) {
    return send(this.#client, 41, { createRecoveryCodeForIdentityBody: body }, options, true);
  }
  /** `POST /admin/recovery/link` */
  adminCreateSelfServiceRecoveryLink(body, options) {
    return send(this.#client, 42, { createRecoveryLinkForIdentityBody: body }, options, true);
  }
  /** `PATCH /admin/sessions/{id}/extend` */
  adminExtendSession(id, options) {
    return send(this.#client, 43, { id }, options, true);
  }
  /** `GET /.well-known/openid-configuration` */
  discoverOidcConfiguration(options) {
    return send(this.#client, 44, undefined, options, true);
  }
  /** `GET /admin/clients` */
  adminListOAuth2Clients(pageSize, pageToken, clientName, owner, options) {
    return send(this.#client, 45, { pageSize, pageToken, clientName, owner }, options, true);
  }
  /** `POST /admin/clients` */
  adminCreateOAuth2Client(body, options) {
    return send(this.#client, 46, { oAuth2Client: body }, options, true);
  }
  /** `DELETE /admin/clients/{id}` */
  adminDeleteOAuth2Client(id, options) {
    return send(this.#client, 47, { id }, options, true);
  }
  /** `GET /admin/clients/{id}` */
  adminGetOAuth2Client(id, options) {
    return send(this.#client, 48, { id }, options, true);
  }
  /** `PATCH /admin/clients/{id}` */
  adminPatchOAuth2Client(id, body, options) {
    return send(this.#client, 49, { id, jsonPatch: body }, options, true);
  }
  /** `PUT /admin/clients/{id}` */
  adminUpdateOAuth2Client(id, body, options) {
    return send(this.#client, 50, { id, oAuth2Client: body }, options, true);
  }
  /** `GET /admin/oauth2/auth/requests/consent` */
  adminGetOAuth2ConsentRequest(consentChallenge, options) {
    return send(this.#client, 51, { consentChallenge }, options, true);
  }
  /** `PUT /admin/oauth2/auth/requests/consent/accept` */
  adminAcceptOAuth2ConsentRequest(consentChallenge, body, options) {
    return send(this.#client, 52, { consentChallenge, acceptOAuth2ConsentRequest: body }, options, true);
  }
  /** `PUT /admin/oauth2/auth/requests/consent/reject` */
  adminRejectOAuth2ConsentRequest(consentChallenge, body, options) {
    return send(this.#client, 53, { consentChallenge, rejectOAuth2Request: body }, options, true);
  }
  /** `GET /admin/oauth2/auth/requests/login` */
  adminGetOAuth2LoginRequest(loginChallenge, options) {
    return send(this.#client, 54, { loginChallenge }, options, true);
  }
  /** `PUT /admin/oauth2/auth/requests/login/accept` */
  adminAcceptOAuth2LoginRequest(loginChallenge, body, options) {
    return send(this.#client, 55, { loginChallenge, acceptOAuth2LoginRequest: body }, options, true);
  }
  /** `PUT /admin/oauth2/auth/requests/login/reject` */
  adminRejectOAuth2LoginRequest(loginChallenge, body, options) {
    return send(this.#client, 56, { loginChallenge, rejectOAuth2Request: body }, options, true);
  }
  /** `GET /admin/oauth2/auth/requests/logout` */
  adminGetOAuth2LogoutRequest(logoutChallenge, options) {
    return send(this.#client, 57, { logoutChallenge }, options, true);
  }
  /** `PUT /admin/oauth2/auth/requests/logout/accept` */
  adminAcceptOAuth2LogoutRequest(logoutChallenge, options) {
    return send(this.#client, 58, { logoutChallenge }, options, true);
  }
  /** `PUT /admin/oauth2/auth/requests/logout/reject` */
  adminRejectOAuth2LogoutRequest(logoutChallenge, body, options) {
    return send(this.#client, 59, { logoutChallenge, rejectOAuth2Request: body }, options, true);
  }
  /** `DELETE /admin/oauth2/auth/sessions/consent` */
  adminRevokeOAuth2ConsentSessions(subject, client, all, options) {
    return send(this.#client, 60, { subject, client, all }, options, true);
  }
  /** `GET /admin/oauth2/auth/sessions/consent` */
  adminListOAuth2SubjectConsentSessions(subject, link, xTotalCount, options) {
    return send(this.#client, 61, { subject, link, xTotalCount }, options, true);
  }
  /** `DELETE /admin/oauth2/auth/sessions/login` */
  adminRevokeOAuth2LoginSessions(subject, options) {
    return send(this.#client, 62, { subject }, options, true);
  }
  /** `POST /admin/oauth2/introspect` */
  adminIntrospectOAuth2Token(token, scope, options) {
    return send(this.#client, 63, { token, scope }, options, true);
  }
  /** `DELETE /admin/oauth2/tokens` */
  adminDeleteOAuth2Token(clientId, options) {
    return send(this.#client, 64, { clientId }, options, true);
  }
  /** `GET /admin/trust/grants/jwt-bearer/issuers` */
  adminListTrustedOAuth2JwtGrantIssuers(maxItems, defaultItems, issuer, limit, offset, options) {
    return send(this.#client, 65, { maxItems, defaultItems, issuer, limit, offset }, options, true);
  }
  /** `POST /admin/trust/grants/jwt-bearer/issuers` */
  adminTrustOAuth2JwtGrantIssuer(body, options) {
    return send(this.#client, 66, { adminTrustOAuth2JwtGrantIssuerBody: body }, options, true);
  }
  /** `DELETE /admin/trust/grants/jwt-bearer/issuers/{id}` */
  adminDeleteTrustedOAuth2JwtGrantIssuer(id, options) {
    return send(this.#client, 67, { id }, options, true);
  }
  /** `GET /admin/trust/grants/jwt-bearer/issuers/{id}` */
  adminGetTrustedOAuth2JwtGrantIssuer(id, options) {
    return send(this.#client, 68, { id }, options, true);
  }
  /** `GET /oauth2/auth` */
  performOAuth2AuthorizationFlow(options) {
    return send(this.#client, 69, undefined, options, true);
  }
  /** `POST /oauth2/register` */
  dynamicClientRegistrationCreateOAuth2Client(body, options) {
    return send(this.#client, 70, { oAuth2Client: body }, options, true);
  }
  /** `DELETE /oauth2/register/{id}` */
  dynamicClientRegistrationDeleteOAuth2Client(id, options) {
    return send(this.#client, 71, { id }, options, true);
  }
  /** `GET /oauth2/register/{id}` */
  dynamicClientRegistrationGetOAuth2Client(id, options) {
    return send(this.#client, 72, { id }, options, true);
  }
  /** `PUT /oauth2/register/{id}` */
  dynamicClientRegistrationUpdateOAuth2Client(id, body, options) {
    return send(this.#client, 73, { id, oAuth2Client: body }, options, true);
  }
  /** `POST /oauth2/revoke` */
  revokeOAuth2Token(token, options) {
    return send(this.#client, 74, { token }, options, true);
  }
  /** `GET /oauth2/sessions/logout` */
  performOidcFrontOrBackChannelLogout(options) {
    return send(this.#client, 75, undefined, options, true);
  }
  /** `POST /oauth2/token` */
  performOAuth2TokenFlow(grantType, clientId, code, redirectUri, refreshToken, options) {
    return send(this.#client, 76, { grantType, clientId, code, redirectUri, refreshToken }, options, true);
  }
  /** `GET /userinfo` */
  getOidcUserInfo(options) {
    return send(this.#client, 77, undefined, options, true);
  }
  /** `GET /.well-known/jwks.json` */
  discoverJsonWebKeys(options) {
    return send(this.#client, 78, undefined, options, true);
  }
  /** `DELETE /admin/keys/{set}` */
  adminDeleteJsonWebKeySet(set, options) {
    return send(this.#client, 79, { set }, options, true);
  }
  /** `GET /admin/keys/{set}` */
  adminGetJsonWebKeySet(set, options) {
    return send(this.#client, 80, { set }, options, true);
  }
  /** `POST /admin/keys/{set}` */
  adminCreateJsonWebKeySet(set, body, options) {
    return send(this.#client, 81, { set, adminCreateJsonWebKeySetBody: body }, options, true);
  }
  /** `PUT /admin/keys/{set}` */
  adminUpdateJsonWebKeySet(set, body, options) {
    return send(this.#client, 82, { set, jsonWebKeySet: body }, options, true);
  }
  /** `DELETE /admin/keys/{set}/{kid}` */
  adminDeleteJsonWebKey(set, kid, options) {
    return send(this.#client, 83, { set, kid }, options, true);
  }
  /** `GET /admin/keys/{set}/{kid}` */
  adminGetJsonWebKey(set, kid, options) {
    return send(this.#client, 84, { set, kid }, options, true);
  }
  /** `PUT /admin/keys/{set}/{kid}` */
  adminUpdateJsonWebKey(set, kid, body, options) {
    return send(this.#client, 85, { set, kid, jsonWebKey: body }, options, true);
  }
  /** `GET /projects` */
  listProjects(options) {
    return send(this.#client, 86, undefined, options, true);
  }
  /** `POST /projects` */
  createProject(body, options) {
    return send(this.#client, 87, { createProjectBody: body }, options, true);
  }
  /** `DELETE /projects/{project_id}` */
  purgeProject(projectId, options) {
    return send(this.#client, 88, { projectId }, options, true);
  }
  /** `GET /projects/{project_id}` */
  getProject(projectId, options) {
    return send(this.#client, 89, { projectId }, options, true);
  }
  /** `PATCH /projects/{project_id}` */
  patchProject(projectId, body, options) {
    return send(this.#client, 90, { projectId, jsonPatch: body }, options, true);
  }
  /** `PUT /projects/{project_id}` */
  updateProject(projectId, body, options) {
    return send(this.#client, 91, { projectId, updateProject: body }, options, true);
  }
  /** `GET /projects/{project_id}/members` */
  getProjectMembers(projectId, options) {
    return send(this.#client, 92, { projectId }, options, true);
  }
  /** `DELETE /projects/{project_id}/members/{member_id}` */
  removeProjectMember(projectId, memberId, options) {
    return send(this.#client, 93, { projectId, memberId }, options, true);
  }
  /** `GET /projects/{project}/tokens` */
  listProjectApiKeys(project, options) {
    return send(this.#client, 94, { project }, options, true);
  }
  /** `POST /projects/{project}/tokens` */
  createProjectApiKey(project, body, options) {
    return send(this.#client, 95, { project, createProjectApiKeyRequest: body }, options, true);
  }
  /** `DELETE /projects/{project}/tokens/{token_id}` */
  deleteProjectApiKey(project, tokenId, options) {
    return send(this.#client, 96, { project, tokenId }, options, true);
  }
}
