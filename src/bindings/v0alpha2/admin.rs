//! The admin, OAuth2, JSON Web Key and project operations of `V0alpha2Api` (rows 33-97 of the API
//! surface), under their v0alpha2 names with positional arguments, as in the Ory Network v0.2
//! clients.

use js_sys::Promise;
use wasm_bindgen::prelude::*;

use super::JsV0alpha2Api;
use crate::endpoints::courier;
use crate::endpoints::identity;
use crate::endpoints::jwk;
use crate::endpoints::oauth2;
use crate::endpoints::project;

#[wasm_bindgen(js_class = V0alpha2Api)]
impl JsV0alpha2Api {
    /// `GET /admin/courier/messages` — List Messages.
    #[wasm_bindgen(js_name = adminListCourierMessages)]
    pub fn admin_list_courier_messages(
        &self,
        per_page: JsValue,
        page: JsValue,
        status: JsValue,
        recipient: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client.call_positional(
            &courier::LIST_COURIER_MESSAGES,
            &[per_page, page, status, recipient],
            options,
        )
    }

    /// `GET /admin/identities` — List Identities.
    #[wasm_bindgen(js_name = adminListIdentities)]
    pub fn admin_list_identities(
        &self,
        per_page: JsValue,
        page: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client
            .call_positional(&identity::LIST_IDENTITIES, &[per_page, page], options)
    }

    /// `POST /admin/identities` — Create an Identity.
    #[wasm_bindgen(js_name = adminCreateIdentity)]
    pub fn admin_create_identity(&self, body: JsValue, options: JsValue) -> Promise {
        self.client
            .call_positional(&identity::CREATE_IDENTITY, &[body], options)
    }

    /// `DELETE /admin/identities/{id}` — Delete an Identity.
    #[wasm_bindgen(js_name = adminDeleteIdentity)]
    pub fn admin_delete_identity(&self, id: JsValue, options: JsValue) -> Promise {
        self.client
            .call_positional(&identity::DELETE_IDENTITY, &[id], options)
    }

    /// `GET /admin/identities/{id}` — Get an Identity.
    #[wasm_bindgen(js_name = adminGetIdentity)]
    pub fn admin_get_identity(
        &self,
        id: JsValue,
        include_credential: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client
            .call_positional(&identity::GET_IDENTITY, &[id, include_credential], options)
    }

    /// `PATCH /admin/identities/{id}` — Patch an Identity.
    #[wasm_bindgen(js_name = adminPatchIdentity)]
    pub fn admin_patch_identity(&self, id: JsValue, body: JsValue, options: JsValue) -> Promise {
        self.client
            .call_positional(&identity::PATCH_IDENTITY, &[id, body], options)
    }

    /// `PUT /admin/identities/{id}` — Update an Identity.
    #[wasm_bindgen(js_name = adminUpdateIdentity)]
    pub fn admin_update_identity(&self, id: JsValue, body: JsValue, options: JsValue) -> Promise {
        self.client
            .call_positional(&identity::UPDATE_IDENTITY, &[id, body], options)
    }

    /// `DELETE /admin/identities/{id}/sessions` — Delete & Invalidate an Identity's Sessions.
    #[wasm_bindgen(js_name = adminDeleteIdentitySessions)]
    pub fn admin_delete_identity_sessions(&self, id: JsValue, options: JsValue) -> Promise {
        self.client
            .call_positional(&identity::DELETE_IDENTITY_SESSIONS, &[id], options)
    }

    /// `GET /admin/identities/{id}/sessions` — List an Identity's Sessions.
    #[wasm_bindgen(js_name = adminListIdentitySessions)]
    pub fn admin_list_identity_sessions(
        &self,
        id: JsValue,
        per_page: JsValue,
        page: JsValue,
        active: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client.call_positional(
            &identity::LIST_IDENTITY_SESSIONS,
            &[id, per_page, page, active],
            options,
        )
    }

    /// `POST /admin/recovery/code` — Create a Recovery Code.
    #[wasm_bindgen(js_name = adminCreateSelfServiceRecoveryCode)]
    pub fn admin_create_self_service_recovery_code(
        &self,
        body: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client.call_positional(
            &identity::CREATE_RECOVERY_CODE_FOR_IDENTITY,
            &[body],
            options,
        )
    }

    /// `POST /admin/recovery/link` — Create a Recovery Link.
    #[wasm_bindgen(js_name = adminCreateSelfServiceRecoveryLink)]
    pub fn admin_create_self_service_recovery_link(
        &self,
        body: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client.call_positional(
            &identity::CREATE_RECOVERY_LINK_FOR_IDENTITY,
            &[body],
            options,
        )
    }

    /// `PATCH /admin/sessions/{id}/extend` — Extend a Session.
    #[wasm_bindgen(js_name = adminExtendSession)]
    pub fn admin_extend_session(&self, id: JsValue, options: JsValue) -> Promise {
        self.client
            .call_positional(&identity::EXTEND_SESSION, &[id], options)
    }

    /// `GET /.well-known/jwks.json` — Discover JSON Web Keys.
    #[wasm_bindgen(js_name = discoverJsonWebKeys)]
    pub fn discover_jsonweb_keys(&self, options: JsValue) -> Promise {
        self.client
            .call_positional(&jwk::DISCOVER_JSON_WEB_KEYS, &[], options)
    }

    /// `GET /.well-known/openid-configuration` — OpenID Connect Discovery.
    #[wasm_bindgen(js_name = discoverOidcConfiguration)]
    pub fn discover_oidc_configuration(&self, options: JsValue) -> Promise {
        self.client
            .call_positional(&oauth2::DISCOVER_OIDC_CONFIGURATION, &[], options)
    }

    /// `GET /admin/clients` — List OAuth 2.0 Clients.
    #[wasm_bindgen(js_name = adminListOAuth2Clients)]
    pub fn admin_list_oauth2_clients(
        &self,
        page_size: JsValue,
        page_token: JsValue,
        client_name: JsValue,
        owner: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client.call_positional(
            &oauth2::LIST_OAUTH2_CLIENTS,
            &[page_size, page_token, client_name, owner],
            options,
        )
    }

    /// `POST /admin/clients` — Create an OAuth 2.0 Client.
    #[wasm_bindgen(js_name = adminCreateOAuth2Client)]
    pub fn admin_create_oauth2_client(&self, body: JsValue, options: JsValue) -> Promise {
        self.client
            .call_positional(&oauth2::CREATE_OAUTH2_CLIENT, &[body], options)
    }

    /// `DELETE /admin/clients/{id}` — Deletes an OAuth 2.0 Client.
    #[wasm_bindgen(js_name = adminDeleteOAuth2Client)]
    pub fn admin_delete_oauth2_client(&self, id: JsValue, options: JsValue) -> Promise {
        self.client
            .call_positional(&oauth2::DELETE_OAUTH2_CLIENT, &[id], options)
    }

    /// `GET /admin/clients/{id}` — Get an OAuth 2.0 Client.
    #[wasm_bindgen(js_name = adminGetOAuth2Client)]
    pub fn admin_get_oauth2_client(&self, id: JsValue, options: JsValue) -> Promise {
        self.client
            .call_positional(&oauth2::GET_OAUTH2_CLIENT, &[id], options)
    }

    /// `PATCH /admin/clients/{id}` — Patch an OAuth 2.0 Client.
    #[wasm_bindgen(js_name = adminPatchOAuth2Client)]
    pub fn admin_patch_oauth2_client(
        &self,
        id: JsValue,
        body: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client
            .call_positional(&oauth2::PATCH_OAUTH2_CLIENT, &[id, body], options)
    }

    /// `PUT /admin/clients/{id}` — Update an OAuth 2.0 Client.
    #[wasm_bindgen(js_name = adminUpdateOAuth2Client)]
    pub fn admin_update_oauth2_client(
        &self,
        id: JsValue,
        body: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client
            .call_positional(&oauth2::SET_OAUTH2_CLIENT, &[id, body], options)
    }

    /// `DELETE /admin/keys/{set}` — Delete a JSON Web Key Set.
    #[wasm_bindgen(js_name = adminDeleteJsonWebKeySet)]
    pub fn admin_delete_jsonweb_key_set(&self, set: JsValue, options: JsValue) -> Promise {
        self.client
            .call_positional(&jwk::DELETE_JSON_WEB_KEY_SET, &[set], options)
    }

    /// `GET /admin/keys/{set}` — Retrieve a JSON Web Key Set.
    #[wasm_bindgen(js_name = adminGetJsonWebKeySet)]
    pub fn admin_get_jsonweb_key_set(&self, set: JsValue, options: JsValue) -> Promise {
        self.client
            .call_positional(&jwk::GET_JSON_WEB_KEY_SET, &[set], options)
    }

    /// `POST /admin/keys/{set}` — Generate a New JSON Web Key.
    #[wasm_bindgen(js_name = adminCreateJsonWebKeySet)]
    pub fn admin_create_jsonweb_key_set(
        &self,
        set: JsValue,
        body: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client
            .call_positional(&jwk::CREATE_JSON_WEB_KEY_SET, &[set, body], options)
    }

    /// `PUT /admin/keys/{set}` — Update a JSON Web Key Set.
    #[wasm_bindgen(js_name = adminUpdateJsonWebKeySet)]
    pub fn admin_update_jsonweb_key_set(
        &self,
        set: JsValue,
        body: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client
            .call_positional(&jwk::SET_JSON_WEB_KEY_SET, &[set, body], options)
    }

    /// `DELETE /admin/keys/{set}/{kid}` — Delete a JSON Web Key.
    #[wasm_bindgen(js_name = adminDeleteJsonWebKey)]
    pub fn admin_delete_jsonweb_key(
        &self,
        set: JsValue,
        kid: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client
            .call_positional(&jwk::DELETE_JSON_WEB_KEY, &[set, kid], options)
    }

    /// `GET /admin/keys/{set}/{kid}` — Fetch a JSON Web Key.
    #[wasm_bindgen(js_name = adminGetJsonWebKey)]
    pub fn admin_get_jsonweb_key(&self, set: JsValue, kid: JsValue, options: JsValue) -> Promise {
        self.client
            .call_positional(&jwk::GET_JSON_WEB_KEY, &[set, kid], options)
    }

    /// `PUT /admin/keys/{set}/{kid}` — Update a JSON Web Key.
    #[wasm_bindgen(js_name = adminUpdateJsonWebKey)]
    pub fn admin_update_jsonweb_key(
        &self,
        set: JsValue,
        kid: JsValue,
        body: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client
            .call_positional(&jwk::SET_JSON_WEB_KEY, &[set, kid, body], options)
    }

    /// `GET /admin/oauth2/auth/requests/consent` — Get OAuth 2.0 Consent Request Information.
    #[wasm_bindgen(js_name = adminGetOAuth2ConsentRequest)]
    pub fn admin_get_oauth2_consent_request(
        &self,
        consent_challenge: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client.call_positional(
            &oauth2::GET_OAUTH2_CONSENT_REQUEST,
            &[consent_challenge],
            options,
        )
    }

    /// `PUT /admin/oauth2/auth/requests/consent/accept` — Accept an OAuth 2.0 Consent Request.
    #[wasm_bindgen(js_name = adminAcceptOAuth2ConsentRequest)]
    pub fn admin_accept_oauth2_consent_request(
        &self,
        consent_challenge: JsValue,
        body: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client.call_positional(
            &oauth2::ACCEPT_OAUTH2_CONSENT_REQUEST,
            &[consent_challenge, body],
            options,
        )
    }

    /// `PUT /admin/oauth2/auth/requests/consent/reject` — Reject an OAuth 2.0 Consent Request.
    #[wasm_bindgen(js_name = adminRejectOAuth2ConsentRequest)]
    pub fn admin_reject_oauth2_consent_request(
        &self,
        consent_challenge: JsValue,
        body: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client.call_positional(
            &oauth2::REJECT_OAUTH2_CONSENT_REQUEST,
            &[consent_challenge, body],
            options,
        )
    }

    /// `GET /admin/oauth2/auth/requests/login` — Get an OAuth 2.0 Login Request.
    #[wasm_bindgen(js_name = adminGetOAuth2LoginRequest)]
    pub fn admin_get_oauth2_login_request(
        &self,
        login_challenge: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client.call_positional(
            &oauth2::GET_OAUTH2_LOGIN_REQUEST,
            &[login_challenge],
            options,
        )
    }

    /// `PUT /admin/oauth2/auth/requests/login/accept` — Accept an OAuth 2.0 Login Request.
    #[wasm_bindgen(js_name = adminAcceptOAuth2LoginRequest)]
    pub fn admin_accept_oauth2_login_request(
        &self,
        login_challenge: JsValue,
        body: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client.call_positional(
            &oauth2::ACCEPT_OAUTH2_LOGIN_REQUEST,
            &[login_challenge, body],
            options,
        )
    }

    /// `PUT /admin/oauth2/auth/requests/login/reject` — Reject an OAuth 2.0 Login Request.
    #[wasm_bindgen(js_name = adminRejectOAuth2LoginRequest)]
    pub fn admin_reject_oauth2_login_request(
        &self,
        login_challenge: JsValue,
        body: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client.call_positional(
            &oauth2::REJECT_OAUTH2_LOGIN_REQUEST,
            &[login_challenge, body],
            options,
        )
    }

    /// `GET /admin/oauth2/auth/requests/logout` — Get an OAuth 2.0 Logout Request.
    #[wasm_bindgen(js_name = adminGetOAuth2LogoutRequest)]
    pub fn admin_get_oauth2_logout_request(
        &self,
        logout_challenge: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client.call_positional(
            &oauth2::GET_OAUTH2_LOGOUT_REQUEST,
            &[logout_challenge],
            options,
        )
    }

    /// `PUT /admin/oauth2/auth/requests/logout/accept` — Accept an OAuth 2.0 Logout Request.
    #[wasm_bindgen(js_name = adminAcceptOAuth2LogoutRequest)]
    pub fn admin_accept_oauth2_logout_request(
        &self,
        logout_challenge: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client.call_positional(
            &oauth2::ACCEPT_OAUTH2_LOGOUT_REQUEST,
            &[logout_challenge],
            options,
        )
    }

    /// `PUT /admin/oauth2/auth/requests/logout/reject` — Reject an OAuth 2.0 Logout Request.
    #[wasm_bindgen(js_name = adminRejectOAuth2LogoutRequest)]
    pub fn admin_reject_oauth2_logout_request(
        &self,
        logout_challenge: JsValue,
        body: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client.call_positional(
            &oauth2::REJECT_OAUTH2_LOGOUT_REQUEST,
            &[logout_challenge, body],
            options,
        )
    }

    /// `DELETE /admin/oauth2/auth/sessions/consent` — Revokes OAuth 2.0 Consent Sessions of a
    /// Subject for a Specific OAuth 2.0 Client.
    #[wasm_bindgen(js_name = adminRevokeOAuth2ConsentSessions)]
    pub fn admin_revoke_oauth2_consent_sessions(
        &self,
        subject: JsValue,
        client: JsValue,
        all: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client.call_positional(
            &oauth2::REVOKE_OAUTH2_CONSENT_SESSIONS,
            &[subject, client, all],
            options,
        )
    }

    /// `GET /admin/oauth2/auth/sessions/consent` — List OAuth 2.0 Consent Sessions of a Subject.
    #[wasm_bindgen(js_name = adminListOAuth2SubjectConsentSessions)]
    pub fn admin_list_oauth2_subject_consent_sessions(
        &self,
        subject: JsValue,
        link: JsValue,
        x_total_count: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client.call_positional(
            &oauth2::LIST_OAUTH2_CONSENT_SESSIONS,
            &[subject, link, x_total_count],
            options,
        )
    }

    /// `DELETE /admin/oauth2/auth/sessions/login` — Invalidates All OAuth 2.0 Login Sessions of a
    /// Certain User.
    #[wasm_bindgen(js_name = adminRevokeOAuth2LoginSessions)]
    pub fn admin_revoke_oauth2_login_sessions(
        &self,
        subject: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client
            .call_positional(&oauth2::REVOKE_OAUTH2_LOGIN_SESSIONS, &[subject], options)
    }

    /// `POST /admin/oauth2/introspect` — Introspect OAuth2 Access or Refresh Tokens.
    #[wasm_bindgen(js_name = adminIntrospectOAuth2Token)]
    pub fn admin_introspect_oauth2_token(
        &self,
        token: JsValue,
        scope: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client
            .call_positional(&oauth2::INTROSPECT_OAUTH2_TOKEN, &[token, scope], options)
    }

    /// `DELETE /admin/oauth2/tokens` — Delete OAuth2 Access Tokens from a Client.
    #[wasm_bindgen(js_name = adminDeleteOAuth2Token)]
    pub fn admin_delete_oauth2_token(&self, client_id: JsValue, options: JsValue) -> Promise {
        self.client
            .call_positional(&oauth2::DELETE_OAUTH2_TOKEN, &[client_id], options)
    }

    /// `GET /admin/trust/grants/jwt-bearer/issuers` — List Trusted OAuth2 JWT Bearer Grant Type
    /// Issuers.
    #[wasm_bindgen(js_name = adminListTrustedOAuth2JwtGrantIssuers)]
    pub fn admin_list_trusted_oauth2_jwt_grant_issuers(
        &self,
        max_items: JsValue,
        default_items: JsValue,
        issuer: JsValue,
        limit: JsValue,
        offset: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client.call_positional(
            &oauth2::LIST_TRUSTED_OAUTH2_JWT_GRANT_ISSUERS,
            &[max_items, default_items, issuer, limit, offset],
            options,
        )
    }

    /// `POST /admin/trust/grants/jwt-bearer/issuers` — Trust an OAuth2 JWT Bearer Grant Type
    /// Issuer.
    #[wasm_bindgen(js_name = adminTrustOAuth2JwtGrantIssuer)]
    pub fn admin_trust_oauth2_jwt_grant_issuer(&self, body: JsValue, options: JsValue) -> Promise {
        self.client
            .call_positional(&oauth2::TRUST_OAUTH2_JWT_GRANT_ISSUER, &[body], options)
    }

    /// `DELETE /admin/trust/grants/jwt-bearer/issuers/{id}` — Delete a Trusted OAuth2 JWT Bearer
    /// Grant Type Issuer.
    #[wasm_bindgen(js_name = adminDeleteTrustedOAuth2JwtGrantIssuer)]
    pub fn admin_delete_trusted_oauth2_jwt_grant_issuer(
        &self,
        id: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client.call_positional(
            &oauth2::DELETE_TRUSTED_OAUTH2_JWT_GRANT_ISSUER,
            &[id],
            options,
        )
    }

    /// `GET /admin/trust/grants/jwt-bearer/issuers/{id}` — Get a Trusted OAuth2 JWT Bearer Grant
    /// Type Issuer.
    #[wasm_bindgen(js_name = adminGetTrustedOAuth2JwtGrantIssuer)]
    pub fn admin_get_trusted_oauth2_jwt_grant_issuer(
        &self,
        id: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client
            .call_positional(&oauth2::GET_TRUSTED_OAUTH2_JWT_GRANT_ISSUER, &[id], options)
    }

    /// `GET /oauth2/auth` — The OAuth 2.0 Authorize Endpoint.
    #[wasm_bindgen(js_name = performOAuth2AuthorizationFlow)]
    pub fn perform_oauth2_authorization_flow(&self, options: JsValue) -> Promise {
        self.client
            .call_positional(&oauth2::OAUTH2_AUTHORIZE, &[], options)
    }

    /// `POST /oauth2/register` — Register an OAuth 2.0 Client using the OpenID / OAuth2 Dynamic
    /// Client Registration Management Protocol.
    #[wasm_bindgen(js_name = dynamicClientRegistrationCreateOAuth2Client)]
    pub fn dynamic_client_registration_create_oauth2_client(
        &self,
        body: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client
            .call_positional(&oauth2::CREATE_OIDC_DYNAMIC_CLIENT, &[body], options)
    }

    /// `DELETE /oauth2/register/{id}` — Deletes an OAuth 2.0 Client using the OpenID / OAuth2
    /// Dynamic Client Registration Management Protocol.
    #[wasm_bindgen(js_name = dynamicClientRegistrationDeleteOAuth2Client)]
    pub fn dynamic_client_registration_delete_oauth2_client(
        &self,
        id: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client
            .call_positional(&oauth2::DELETE_OIDC_DYNAMIC_CLIENT, &[id], options)
    }

    /// `GET /oauth2/register/{id}` — Get an OAuth 2.0 Client using the OpenID / OAuth2 Dynamic
    /// Client Registration Management Protocol.
    #[wasm_bindgen(js_name = dynamicClientRegistrationGetOAuth2Client)]
    pub fn dynamic_client_registration_get_oauth2_client(
        &self,
        id: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client
            .call_positional(&oauth2::GET_OIDC_DYNAMIC_CLIENT, &[id], options)
    }

    /// `PUT /oauth2/register/{id}` — Update an OAuth 2.0 Client using the OpenID / OAuth2 Dynamic
    /// Client Registration Management Protocol.
    #[wasm_bindgen(js_name = dynamicClientRegistrationUpdateOAuth2Client)]
    pub fn dynamic_client_registration_update_oauth2_client(
        &self,
        id: JsValue,
        body: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client
            .call_positional(&oauth2::SET_OIDC_DYNAMIC_CLIENT, &[id, body], options)
    }

    /// `POST /oauth2/revoke` — Revoke an OAuth2 Access or Refresh Token.
    #[wasm_bindgen(js_name = revokeOAuth2Token)]
    pub fn revoke_oauth2_token(&self, token: JsValue, options: JsValue) -> Promise {
        self.client
            .call_positional(&oauth2::REVOKE_OAUTH2_TOKEN, &[token], options)
    }

    /// `GET /oauth2/sessions/logout` — OpenID Connect Front- or Back-channel Enabled Logout.
    #[wasm_bindgen(js_name = performOidcFrontOrBackChannelLogout)]
    pub fn perform_oidc_front_or_back_channel_logout(&self, options: JsValue) -> Promise {
        self.client
            .call_positional(&oauth2::REVOKE_OIDC_SESSION, &[], options)
    }

    /// `POST /oauth2/token` — The OAuth 2.0 Token Endpoint.
    #[wasm_bindgen(js_name = performOAuth2TokenFlow)]
    pub fn perform_oauth2_token_flow(
        &self,
        grant_type: JsValue,
        client_id: JsValue,
        code: JsValue,
        redirect_uri: JsValue,
        refresh_token: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client.call_positional(
            &oauth2::OAUTH2_TOKEN_EXCHANGE,
            &[grant_type, client_id, code, redirect_uri, refresh_token],
            options,
        )
    }

    /// `GET /userinfo` — OpenID Connect Userinfo.
    #[wasm_bindgen(js_name = getOidcUserInfo)]
    pub fn get_oidc_user_info(&self, options: JsValue) -> Promise {
        self.client
            .call_positional(&oauth2::GET_OIDC_USER_INFO, &[], options)
    }

    /// `GET /projects` — List All Projects.
    #[wasm_bindgen(js_name = listProjects)]
    pub fn list_projects(&self, options: JsValue) -> Promise {
        self.client
            .call_positional(&project::LIST_PROJECTS, &[], options)
    }

    /// `POST /projects` — Create a Project.
    #[wasm_bindgen(js_name = createProject)]
    pub fn create_project(&self, body: JsValue, options: JsValue) -> Promise {
        self.client
            .call_positional(&project::CREATE_PROJECT, &[body], options)
    }

    /// `DELETE /projects/{project_id}` — Irrecoverably Purge a Project.
    #[wasm_bindgen(js_name = purgeProject)]
    pub fn purge_project(&self, project_id: JsValue, options: JsValue) -> Promise {
        self.client
            .call_positional(&project::PURGE_PROJECT, &[project_id], options)
    }

    /// `GET /projects/{project_id}` — Get a Project.
    #[wasm_bindgen(js_name = getProject)]
    pub fn get_project(&self, project_id: JsValue, options: JsValue) -> Promise {
        self.client
            .call_positional(&project::GET_PROJECT, &[project_id], options)
    }

    /// `PATCH /projects/{project_id}` — Patch an Ory Cloud Project Configuration`.
    #[wasm_bindgen(js_name = patchProject)]
    pub fn patch_project(&self, project_id: JsValue, body: JsValue, options: JsValue) -> Promise {
        self.client
            .call_positional(&project::PATCH_PROJECT, &[project_id, body], options)
    }

    /// `PUT /projects/{project_id}` — Update an Ory Cloud Project Configuration.
    #[wasm_bindgen(js_name = updateProject)]
    pub fn update_project(&self, project_id: JsValue, body: JsValue, options: JsValue) -> Promise {
        self.client
            .call_positional(&project::SET_PROJECT, &[project_id, body], options)
    }

    /// `GET /projects/{project_id}/members` — Get all members associated with this project.
    #[wasm_bindgen(js_name = getProjectMembers)]
    pub fn get_project_members(&self, project_id: JsValue, options: JsValue) -> Promise {
        self.client
            .call_positional(&project::GET_PROJECT_MEMBERS, &[project_id], options)
    }

    /// `DELETE /projects/{project_id}/members/{member_id}` — Remove a member associated with this
    /// project. This also sets their invite status to `REMOVED`.
    #[wasm_bindgen(js_name = removeProjectMember)]
    pub fn remove_project_member(
        &self,
        project_id: JsValue,
        member_id: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client.call_positional(
            &project::REMOVE_PROJECT_MEMBER,
            &[project_id, member_id],
            options,
        )
    }

    /// `GET /projects/{project}/tokens` — List a Project's API Tokens.
    #[wasm_bindgen(js_name = listProjectApiKeys)]
    pub fn list_project_api_keys(&self, project: JsValue, options: JsValue) -> Promise {
        self.client
            .call_positional(&project::LIST_PROJECT_API_KEYS, &[project], options)
    }

    /// `POST /projects/{project}/tokens` — Create API Token.
    #[wasm_bindgen(js_name = createProjectApiKey)]
    pub fn create_project_api_key(
        &self,
        project: JsValue,
        body: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client
            .call_positional(&project::CREATE_PROJECT_API_KEY, &[project, body], options)
    }

    /// `DELETE /projects/{project}/tokens/{token_id}` — Delete API Token.
    #[wasm_bindgen(js_name = deleteProjectApiKey)]
    pub fn delete_project_api_key(
        &self,
        project: JsValue,
        token_id: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client.call_positional(
            &project::DELETE_PROJECT_API_KEY,
            &[project, token_id],
            options,
        )
    }
}
