//! The `ory-client` crate's `V0alpha2Api` (Ory Network v0.2, section `rust-network` of the
//! references): `apis::configuration::Configuration`, `apis::Error`,
//! `apis::v0alpha2_api::*` (96 functions) and `models::*`. See [`crate::compat`] for how to
//! migrate and what differs.

/// The `apis` module of `ory-client`.
pub mod apis {
    pub use crate::compat::{Error, ResponseContent};

    /// The `apis::configuration` module of `ory-client`.
    pub mod configuration {
        pub use crate::compat::{ApiKey, BasicAuth};

        crate::compat::declare_configuration!(
            "ory-client",
            "https://playground.projects.oryapis.com",
            "OpenAPI-Generator/v0.2.0-alpha.60/rust"
        );
    }

    /// The functions of `ory-client`'s `V0alpha2Api`, with the reference's parameters in the
    /// reference's order (`wasm32` only); the `NameError` enums and [`FUNCTIONS`](v0alpha2_api::FUNCTIONS) on every
    /// platform.
    pub mod v0alpha2_api {
        // Used by the functions, which exist on wasm32 only.
        #![cfg_attr(not(target_arch = "wasm32"), allow(unused_imports))]
        use super::configuration::Configuration;
        use crate::compat::ory_client::models;

        crate::compat::declare_functions! {
            /// Accept an OAuth 2.0 Consent Request.
            admin_accept_o_auth2_consent_request(consent_challenge: &str, accept_o_auth2_consent_request: Option<models::AcceptOAuth2ConsentRequest>) -> models::SuccessfulOAuth2RequestResponse, AdminAcceptOAuth2ConsentRequestError
                = oauth2::AcceptOAuth2ConsentRequest { consent_challenge: text(consent_challenge), body: accept_o_auth2_consent_request };
            /// Accept an OAuth 2.0 Login Request.
            admin_accept_o_auth2_login_request(login_challenge: &str, accept_o_auth2_login_request: Option<models::AcceptOAuth2LoginRequest>) -> models::SuccessfulOAuth2RequestResponse, AdminAcceptOAuth2LoginRequestError
                = oauth2::AcceptOAuth2LoginRequest { login_challenge: text(login_challenge), body: accept_o_auth2_login_request };
            /// Accept an OAuth 2.0 Session Logout Request.
            admin_accept_o_auth2_logout_request(logout_challenge: &str) -> models::SuccessfulOAuth2RequestResponse, AdminAcceptOAuth2LogoutRequestError
                = oauth2::AcceptOAuth2LogoutRequest { logout_challenge: text(logout_challenge) };
            /// Create an Identity.
            admin_create_identity(admin_create_identity_body: Option<models::AdminCreateIdentityBody>) -> models::Identity, AdminCreateIdentityError
                = identity::CreateIdentity { body: admin_create_identity_body };
            /// Generate a New JSON Web Key.
            admin_create_json_web_key_set(set: &str, admin_create_json_web_key_set_body: models::AdminCreateJsonWebKeySetBody) -> models::JsonWebKeySet, AdminCreateJsonWebKeySetError
                = jwk::CreateJsonWebKeySet { set: text(set), body: admin_create_json_web_key_set_body };
            /// Create an OAuth 2.0 Client.
            admin_create_o_auth2_client(o_auth2_client: models::OAuth2Client) -> models::OAuth2Client, AdminCreateOAuth2ClientError
                = oauth2::CreateOAuth2Client { body: o_auth2_client };
            /// Create a Recovery Code.
            admin_create_self_service_recovery_code(admin_create_self_service_recovery_code_body: Option<models::AdminCreateSelfServiceRecoveryCodeBody>) -> models::SelfServiceRecoveryCode, AdminCreateSelfServiceRecoveryCodeError
                = identity::CreateRecoveryCodeForIdentity { body: admin_create_self_service_recovery_code_body };
            /// Create a Recovery Link.
            admin_create_self_service_recovery_link(admin_create_self_service_recovery_link_body: Option<models::AdminCreateSelfServiceRecoveryLinkBody>) -> models::SelfServiceRecoveryLink, AdminCreateSelfServiceRecoveryLinkError
                = identity::CreateRecoveryLinkForIdentity { return_to: None, body: admin_create_self_service_recovery_link_body };
            /// Delete an Identity.
            admin_delete_identity(id: &str) -> (), AdminDeleteIdentityError
                = identity::DeleteIdentity { id: text(id) };
            /// Delete & Invalidate an Identity's Sessions.
            admin_delete_identity_sessions(id: &str) -> (), AdminDeleteIdentitySessionsError
                = identity::DeleteIdentitySessions { id: text(id) };
            /// Delete a JSON Web Key.
            admin_delete_json_web_key(set: &str, kid: &str) -> (), AdminDeleteJsonWebKeyError
                = jwk::DeleteJsonWebKey { set: text(set), kid: text(kid) };
            /// Delete a JSON Web Key Set.
            admin_delete_json_web_key_set(set: &str) -> (), AdminDeleteJsonWebKeySetError
                = jwk::DeleteJsonWebKeySet { set: text(set) };
            /// Deletes an OAuth 2.0 Client.
            admin_delete_o_auth2_client(id: &str) -> (), AdminDeleteOAuth2ClientError
                = oauth2::DeleteOAuth2Client { id: text(id) };
            /// Delete OAuth2 Access Tokens from a Client.
            admin_delete_o_auth2_token(client_id: &str) -> (), AdminDeleteOAuth2TokenError
                = oauth2::DeleteOAuth2Token { client_id: text(client_id) };
            /// Delete a Trusted OAuth2 JWT Bearer Grant Type Issuer.
            admin_delete_trusted_o_auth2_jwt_grant_issuer(id: &str) -> (), AdminDeleteTrustedOAuth2JwtGrantIssuerError
                = oauth2::DeleteTrustedOAuth2JwtGrantIssuer { id: text(id) };
            /// Extend a Session (a 204 without a session is an `Error::Ory` of kind `Decode`).
            admin_extend_session(id: &str) -> models::Session, AdminExtendSessionError
                = identity::ExtendSession { id: text(id) };
            /// Get an Identity.
            admin_get_identity(id: &str, include_credential: Option<Vec<String>>) -> models::Identity, AdminGetIdentityError
                = identity::GetIdentity { id: text(id), include_credential };
            /// Fetch a JSON Web Key.
            admin_get_json_web_key(set: &str, kid: &str) -> models::JsonWebKeySet, AdminGetJsonWebKeyError
                = jwk::GetJsonWebKey { set: text(set), kid: text(kid) };
            /// Retrieve a JSON Web Key Set.
            admin_get_json_web_key_set(set: &str) -> models::JsonWebKeySet, AdminGetJsonWebKeySetError
                = jwk::GetJsonWebKeySet { set: text(set) };
            /// Get an OAuth 2.0 Client.
            admin_get_o_auth2_client(id: &str) -> models::OAuth2Client, AdminGetOAuth2ClientError
                = oauth2::GetOAuth2Client { id: text(id) };
            /// Get OAuth 2.0 Consent Request Information.
            admin_get_o_auth2_consent_request(consent_challenge: &str) -> models::OAuth2ConsentRequest, AdminGetOAuth2ConsentRequestError
                = oauth2::GetOAuth2ConsentRequest { consent_challenge: text(consent_challenge) };
            /// Get an OAuth 2.0 Login Request.
            admin_get_o_auth2_login_request(login_challenge: &str) -> models::OAuth2LoginRequest, AdminGetOAuth2LoginRequestError
                = oauth2::GetOAuth2LoginRequest { login_challenge: text(login_challenge) };
            /// Get OAuth 2.0 Session Logout Request.
            admin_get_o_auth2_logout_request(logout_challenge: &str) -> models::OAuth2LogoutRequest, AdminGetOAuth2LogoutRequestError
                = oauth2::GetOAuth2LogoutRequest { logout_challenge: text(logout_challenge) };
            /// Get a Trusted OAuth2 JWT Bearer Grant Type Issuer.
            admin_get_trusted_o_auth2_jwt_grant_issuer(id: &str) -> models::TrustedOAuth2JwtGrantIssuer, AdminGetTrustedOAuth2JwtGrantIssuerError
                = oauth2::GetTrustedOAuth2JwtGrantIssuer { id: text(id) };
            /// Introspect OAuth2 Access or Refresh Tokens.
            admin_introspect_o_auth2_token(token: &str, scope: Option<&str>) -> models::IntrospectedOAuth2Token, AdminIntrospectOAuth2TokenError
                = oauth2::IntrospectOAuth2Token { token: text(token), scope: opt(scope) };
            /// List Messages.
            admin_list_courier_messages(per_page: Option<i64>, page: Option<i64>, status: Option<models::CourierMessageStatus>, recipient: Option<&str>) -> Vec<models::Message>, AdminListCourierMessagesError
                = courier::ListCourierMessages { per_page, page, status: status.map(|status| status.to_string()), recipient: opt(recipient), ..Default::default() };
            /// List Identities.
            admin_list_identities(per_page: Option<i64>, page: Option<i64>) -> Vec<models::Identity>, AdminListIdentitiesError
                = identity::ListIdentities { per_page, page, ..Default::default() };
            /// List an Identity's Sessions.
            admin_list_identity_sessions(id: &str, per_page: Option<i64>, page: Option<i64>, active: Option<bool>) -> Vec<models::Session>, AdminListIdentitySessionsError
                = identity::ListIdentitySessions { id: text(id), per_page, page, active, page_size: None, page_token: None };
            /// List OAuth 2.0 Clients.
            admin_list_o_auth2_clients(page_size: Option<i64>, page_token: Option<&str>, client_name: Option<&str>, owner: Option<&str>) -> Vec<models::OAuth2Client>, AdminListOAuth2ClientsError
                = oauth2::ListOAuth2Clients { page_size, page_token: opt(page_token), client_name: opt(client_name), owner: opt(owner) };
            /// List OAuth 2.0 Consent Sessions of a Subject.
            admin_list_o_auth2_subject_consent_sessions(subject: &str, link: Option<&str>, x_total_count: Option<&str>) -> Vec<models::PreviousOAuth2ConsentSession>, AdminListOAuth2SubjectConsentSessionsError
                = oauth2::ListOAuth2ConsentSessions { subject: text(subject), link: opt(link), x_total_count: opt(x_total_count) };
            /// List Trusted OAuth2 JWT Bearer Grant Type Issuers.
            admin_list_trusted_o_auth2_jwt_grant_issuers(max_items: Option<i64>, default_items: Option<i64>, issuer: Option<&str>, limit: Option<i64>, offset: Option<i64>) -> Vec<models::TrustedOAuth2JwtGrantIssuer>, AdminListTrustedOAuth2JwtGrantIssuersError
                = oauth2::ListTrustedOAuth2JwtGrantIssuers { max_items, default_items, issuer: opt(issuer), limit, offset };
            /// Patch an Identity.
            admin_patch_identity(id: &str, json_patch: Option<Vec<models::JsonPatch>>) -> models::Identity, AdminPatchIdentityError
                = identity::PatchIdentity { id: text(id), body: json_patch.map(patch) };
            /// Patch an OAuth 2.0 Client.
            admin_patch_o_auth2_client(id: &str, json_patch: Vec<models::JsonPatch>) -> models::OAuth2Client, AdminPatchOAuth2ClientError
                = oauth2::PatchOAuth2Client { id: text(id), body: patch(json_patch) };
            /// Reject an OAuth 2.0 Consent Request.
            admin_reject_o_auth2_consent_request(consent_challenge: &str, reject_o_auth2_request: Option<models::RejectOAuth2Request>) -> models::SuccessfulOAuth2RequestResponse, AdminRejectOAuth2ConsentRequestError
                = oauth2::RejectOAuth2ConsentRequest { consent_challenge: text(consent_challenge), body: reject_o_auth2_request };
            /// Reject an OAuth 2.0 Login Request.
            admin_reject_o_auth2_login_request(login_challenge: &str, reject_o_auth2_request: Option<models::RejectOAuth2Request>) -> models::SuccessfulOAuth2RequestResponse, AdminRejectOAuth2LoginRequestError
                = oauth2::RejectOAuth2LoginRequest { login_challenge: text(login_challenge), body: reject_o_auth2_request };
            /// Reject an OAuth 2.0 Session Logout Request.
            admin_reject_o_auth2_logout_request(logout_challenge: &str, reject_o_auth2_request: Option<models::RejectOAuth2Request>) -> (), AdminRejectOAuth2LogoutRequestError
                = oauth2::RejectOAuth2LogoutRequest { logout_challenge: text(logout_challenge), body: reject_o_auth2_request };
            /// Revokes OAuth 2.0 Consent Sessions of a Subject for a Specific OAuth 2.0 Client.
            admin_revoke_o_auth2_consent_sessions(subject: &str, client: Option<&str>, all: Option<bool>) -> (), AdminRevokeOAuth2ConsentSessionsError
                = oauth2::RevokeOAuth2ConsentSessions { subject: text(subject), client: opt(client), all };
            /// Revokes All OAuth 2.0 Login Sessions of a Subject.
            admin_revoke_o_auth2_login_sessions(subject: &str) -> (), AdminRevokeOAuth2LoginSessionsError
                = oauth2::RevokeOAuth2LoginSessions { subject: text(subject) };
            /// Trust an OAuth2 JWT Bearer Grant Type Issuer.
            admin_trust_o_auth2_jwt_grant_issuer(admin_trust_o_auth2_jwt_grant_issuer_body: Option<models::AdminTrustOAuth2JwtGrantIssuerBody>) -> models::TrustedOAuth2JwtGrantIssuer, AdminTrustOAuth2JwtGrantIssuerError
                = oauth2::TrustOAuth2JwtGrantIssuer { body: admin_trust_o_auth2_jwt_grant_issuer_body };
            /// Update an Identity.
            admin_update_identity(id: &str, admin_update_identity_body: Option<models::AdminUpdateIdentityBody>) -> models::Identity, AdminUpdateIdentityError
                = identity::UpdateIdentity { id: text(id), body: admin_update_identity_body };
            /// Update a JSON Web Key.
            admin_update_json_web_key(set: &str, kid: &str, json_web_key: Option<models::JsonWebKey>) -> models::JsonWebKey, AdminUpdateJsonWebKeyError
                = jwk::SetJsonWebKey { set: text(set), kid: text(kid), body: json_web_key };
            /// Update a JSON Web Key Set.
            admin_update_json_web_key_set(set: &str, json_web_key_set: Option<models::JsonWebKeySet>) -> models::JsonWebKeySet, AdminUpdateJsonWebKeySetError
                = jwk::SetJsonWebKeySet { set: text(set), body: json_web_key_set };
            /// Update an OAuth 2.0 Client.
            admin_update_o_auth2_client(id: &str, o_auth2_client: models::OAuth2Client) -> models::OAuth2Client, AdminUpdateOAuth2ClientError
                = oauth2::SetOAuth2Client { id: text(id), body: o_auth2_client };
            /// Create a Project.
            create_project(create_project_body: Option<models::CreateProjectBody>) -> models::Project, CreateProjectError
                = project::CreateProject { body: create_project_body };
            /// Create API Token.
            create_project_api_key(project: &str, create_project_api_key_request: Option<models::CreateProjectApiKeyRequest>) -> models::ProjectApiKey, CreateProjectApiKeyError
                = project::CreateProjectApiKey { project: text(project), body: create_project_api_key_request };
            /// Create a Logout URL for Browsers.
            create_self_service_logout_flow_url_for_browsers(cookie: Option<&str>) -> models::SelfServiceLogoutUrl, CreateSelfServiceLogoutFlowUrlForBrowsersError
                = frontend::CreateBrowserLogoutFlow { cookie: opt(cookie), return_to: None };
            /// Delete API Token.
            delete_project_api_key(project: &str, token_id: &str) -> (), DeleteProjectApiKeyError
                = project::DeleteProjectApiKey { project: text(project), token_id: text(token_id) };
            /// Discover Well-Known JSON Web Keys.
            discover_json_web_keys() -> models::JsonWebKeySet, DiscoverJsonWebKeysError
                = jwk::DiscoverJsonWebKeys;
            /// OpenID Connect Discovery.
            discover_oidc_configuration() -> models::OidcConfiguration, DiscoverOidcConfigurationError
                = oauth2::DiscoverOidcConfiguration;
            /// Register OAuth2 Client using OpenID Dynamic Client Registration.
            dynamic_client_registration_create_o_auth2_client(o_auth2_client: models::OAuth2Client) -> models::OAuth2Client, DynamicClientRegistrationCreateOAuth2ClientError
                = oauth2::CreateOidcDynamicClient { body: o_auth2_client };
            /// Deletes an OAuth 2.0 Client using the OpenID Dynamic Client Registration.
            dynamic_client_registration_delete_o_auth2_client(id: &str) -> (), DynamicClientRegistrationDeleteOAuth2ClientError
                = oauth2::DeleteOidcDynamicClient { id: text(id) };
            /// Get OAuth2 Client using OpenID Dynamic Client Registration.
            dynamic_client_registration_get_o_auth2_client(id: &str) -> models::OAuth2Client, DynamicClientRegistrationGetOAuth2ClientError
                = oauth2::GetOidcDynamicClient { id: text(id) };
            /// Set OAuth2 Client using OpenID Dynamic Client Registration.
            dynamic_client_registration_update_o_auth2_client(id: &str, o_auth2_client: models::OAuth2Client) -> models::OAuth2Client, DynamicClientRegistrationUpdateOAuth2ClientError
                = oauth2::SetOidcDynamicClient { id: text(id), body: o_auth2_client };
            /// Get Identity JSON Schema.
            get_identity_schema(id: &str) -> serde_json::Value, GetIdentitySchemaError
                = frontend::GetIdentitySchema { id: text(id) };
            /// OpenID Connect Userinfo.
            get_oidc_user_info() -> models::OidcUserInfo, GetOidcUserInfoError
                = oauth2::GetOidcUserInfo;
            /// Get a Project.
            get_project(project_id: &str) -> models::Project, GetProjectError
                = project::GetProject { project_id: text(project_id) };
            /// Get all members associated with this project.
            get_project_members(project_id: &str) -> Vec<models::CloudAccount>, GetProjectMembersError
                = project::GetProjectMembers { project_id: text(project_id) };
            /// Get Self-Service Errors.
            get_self_service_error(id: &str) -> models::SelfServiceError, GetSelfServiceErrorError
                = frontend::GetFlowError { id: text(id) };
            /// Get Login Flow.
            get_self_service_login_flow(id: &str, cookie: Option<&str>) -> models::SelfServiceLoginFlow, GetSelfServiceLoginFlowError
                = frontend::GetLoginFlow { id: text(id), cookie: opt(cookie) };
            /// Get Recovery Flow.
            get_self_service_recovery_flow(id: &str, cookie: Option<&str>) -> models::SelfServiceRecoveryFlow, GetSelfServiceRecoveryFlowError
                = frontend::GetRecoveryFlow { id: text(id), cookie: opt(cookie) };
            /// Get Registration Flow.
            get_self_service_registration_flow(id: &str, cookie: Option<&str>) -> models::SelfServiceRegistrationFlow, GetSelfServiceRegistrationFlowError
                = frontend::GetRegistrationFlow { id: text(id), cookie: opt(cookie) };
            /// Get Settings Flow.
            get_self_service_settings_flow(id: &str, x_session_token: Option<&str>, cookie: Option<&str>) -> models::SelfServiceSettingsFlow, GetSelfServiceSettingsFlowError
                = frontend::GetSettingsFlow { id: text(id), x_session_token: opt(x_session_token), cookie: opt(cookie) };
            /// Get Verification Flow.
            get_self_service_verification_flow(id: &str, cookie: Option<&str>) -> models::SelfServiceVerificationFlow, GetSelfServiceVerificationFlowError
                = frontend::GetVerificationFlow { id: text(id), cookie: opt(cookie) };
            /// Get WebAuthn JavaScript.
            get_web_authn_java_script() -> String, GetWebAuthnJavaScriptError
                = frontend::GetWebAuthnJavaScript;
            /// Initialize Login Flow for Browsers.
            initialize_self_service_login_flow_for_browsers(refresh: Option<bool>, aal: Option<&str>, return_to: Option<&str>, cookie: Option<&str>) -> models::SelfServiceLoginFlow, InitializeSelfServiceLoginFlowForBrowsersError
                = frontend::CreateBrowserLoginFlow { refresh, aal: opt(aal), return_to: opt(return_to), cookie: opt(cookie), ..Default::default() };
            /// Initialize Login Flow for APIs, Services, Apps, ...
            initialize_self_service_login_flow_without_browser(refresh: Option<bool>, aal: Option<&str>, x_session_token: Option<&str>) -> models::SelfServiceLoginFlow, InitializeSelfServiceLoginFlowWithoutBrowserError
                = frontend::CreateNativeLoginFlow { refresh, aal: opt(aal), x_session_token: opt(x_session_token), ..Default::default() };
            /// Initialize Recovery Flow for Browsers.
            initialize_self_service_recovery_flow_for_browsers(return_to: Option<&str>) -> models::SelfServiceRecoveryFlow, InitializeSelfServiceRecoveryFlowForBrowsersError
                = frontend::CreateBrowserRecoveryFlow { return_to: opt(return_to) };
            /// Initialize Recovery Flow for APIs, Services, Apps, ...
            initialize_self_service_recovery_flow_without_browser() -> models::SelfServiceRecoveryFlow, InitializeSelfServiceRecoveryFlowWithoutBrowserError
                = frontend::CreateNativeRecoveryFlow;
            /// Initialize Registration Flow for Browsers.
            initialize_self_service_registration_flow_for_browsers(return_to: Option<&str>) -> models::SelfServiceRegistrationFlow, InitializeSelfServiceRegistrationFlowForBrowsersError
                = frontend::CreateBrowserRegistrationFlow { return_to: opt(return_to), ..Default::default() };
            /// Initialize Registration Flow for APIs, Services, Apps, ...
            initialize_self_service_registration_flow_without_browser() -> models::SelfServiceRegistrationFlow, InitializeSelfServiceRegistrationFlowWithoutBrowserError
                = frontend::CreateNativeRegistrationFlow::default();
            /// Initialize Settings Flow for Browsers.
            initialize_self_service_settings_flow_for_browsers(return_to: Option<&str>, cookie: Option<&str>) -> models::SelfServiceSettingsFlow, InitializeSelfServiceSettingsFlowForBrowsersError
                = frontend::CreateBrowserSettingsFlow { return_to: opt(return_to), cookie: opt(cookie) };
            /// Initialize Settings Flow for APIs, Services, Apps, ...
            initialize_self_service_settings_flow_without_browser(x_session_token: Option<&str>) -> models::SelfServiceSettingsFlow, InitializeSelfServiceSettingsFlowWithoutBrowserError
                = frontend::CreateNativeSettingsFlow { x_session_token: opt(x_session_token) };
            /// Initialize Verification Flow for Browser Clients.
            initialize_self_service_verification_flow_for_browsers(return_to: Option<&str>) -> models::SelfServiceVerificationFlow, InitializeSelfServiceVerificationFlowForBrowsersError
                = frontend::CreateBrowserVerificationFlow { return_to: opt(return_to) };
            /// Initialize Verification Flow for APIs, Services, Apps, ...
            initialize_self_service_verification_flow_without_browser() -> models::SelfServiceVerificationFlow, InitializeSelfServiceVerificationFlowWithoutBrowserError
                = frontend::CreateNativeVerificationFlow;
            /// Get all Identity Schemas.
            list_identity_schemas(per_page: Option<i64>, page: Option<i64>) -> Vec<models::IdentitySchemaContainer>, ListIdentitySchemasError
                = frontend::ListIdentitySchemas { per_page, page, ..Default::default() };
            /// List a project's API Tokens.
            list_project_api_keys(project: &str) -> Vec<models::ProjectApiKey>, ListProjectApiKeysError
                = project::ListProjectApiKeys { project: text(project) };
            /// List All Projects.
            list_projects() -> Vec<models::ProjectMetadata>, ListProjectsError
                = project::ListProjects;
            /// Get My Active Sessions.
            list_sessions(x_session_token: Option<&str>, cookie: Option<&str>, per_page: Option<i64>, page: Option<i64>) -> Vec<models::Session>, ListSessionsError
                = frontend::ListMySessions { x_session_token: opt(x_session_token), cookie: opt(cookie), per_page, page, ..Default::default() };
            /// Patch an Ory Cloud Project Configuration.
            patch_project(project_id: &str, json_patch: Option<Vec<models::JsonPatch>>) -> models::SuccessfulProjectUpdate, PatchProjectError
                = project::PatchProject { project_id: text(project_id), body: json_patch.map(patch) };
            /// The OAuth 2.0 Authorize Endpoint.
            perform_o_auth2_authorization_flow() -> models::OAuth2ApiError, PerformOAuth2AuthorizationFlowError
                = oauth2::OAuth2Authorize;
            /// The OAuth 2.0 Token Endpoint.
            perform_o_auth2_token_flow(grant_type: &str, client_id: Option<&str>, code: Option<&str>, redirect_uri: Option<&str>, refresh_token: Option<&str>) -> models::OAuth2TokenResponse, PerformOAuth2TokenFlowError
                = oauth2::Oauth2TokenExchange { grant_type: text(grant_type), client_id: opt(client_id), code: opt(code), redirect_uri: opt(redirect_uri), refresh_token: opt(refresh_token) };
            /// OpenID Connect Front- or Back-channel Enabled Logout.
            perform_oidc_front_or_back_channel_logout() -> (), PerformOidcFrontOrBackChannelLogoutError
                = oauth2::RevokeOidcSession;
            /// Irrecoverably Purge a Project.
            purge_project(project_id: &str) -> (), PurgeProjectError
                = project::PurgeProject { project_id: text(project_id) };
            /// Remove a member associated with this project.
            remove_project_member(project_id: &str, member_id: &str) -> (), RemoveProjectMemberError
                = project::RemoveProjectMember { project_id: text(project_id), member_id: text(member_id) };
            /// Revoke an OAuth2 Access or Refresh Token.
            revoke_o_auth2_token(token: &str) -> (), RevokeOAuth2TokenError
                = oauth2::RevokeOAuth2Token { token: text(token) };
            /// Invalidate a Session.
            revoke_session(id: &str) -> (), RevokeSessionError
                = frontend::DisableMySession { id: text(id), x_session_token: None, cookie: None };
            /// Invalidate all Other Sessions.
            revoke_sessions(x_session_token: Option<&str>, cookie: Option<&str>) -> models::RevokedSessions, RevokeSessionsError
                = frontend::DisableMyOtherSessions { x_session_token: opt(x_session_token), cookie: opt(cookie) };
            /// Submit a Login Flow.
            submit_self_service_login_flow(flow: &str, submit_self_service_login_flow_body: models::SubmitSelfServiceLoginFlowBody, x_session_token: Option<&str>, cookie: Option<&str>) -> models::SuccessfulSelfServiceLoginWithoutBrowser, SubmitSelfServiceLoginFlowError
                = frontend::UpdateLoginFlow { flow: text(flow), update_login_flow_body: submit_self_service_login_flow_body, x_session_token: opt(x_session_token), cookie: opt(cookie) };
            /// Complete Self-Service Logout.
            submit_self_service_logout_flow(token: Option<&str>, return_to: Option<&str>) -> (), SubmitSelfServiceLogoutFlowError
                = frontend::UpdateLogoutFlow { token: opt(token), return_to: opt(return_to), cookie: None };
            /// Perform Logout for APIs, Services, Apps, ...
            submit_self_service_logout_flow_without_browser(submit_self_service_logout_flow_without_browser_body: models::SubmitSelfServiceLogoutFlowWithoutBrowserBody) -> (), SubmitSelfServiceLogoutFlowWithoutBrowserError
                = frontend::PerformNativeLogout { perform_native_logout_body: submit_self_service_logout_flow_without_browser_body };
            /// Complete Recovery Flow.
            submit_self_service_recovery_flow(flow: &str, submit_self_service_recovery_flow_body: models::SubmitSelfServiceRecoveryFlowBody, token: Option<&str>, cookie: Option<&str>) -> models::SelfServiceRecoveryFlow, SubmitSelfServiceRecoveryFlowError
                = frontend::UpdateRecoveryFlow { flow: text(flow), update_recovery_flow_body: submit_self_service_recovery_flow_body, token: opt(token), cookie: opt(cookie) };
            /// Submit a Registration Flow.
            submit_self_service_registration_flow(flow: &str, submit_self_service_registration_flow_body: models::SubmitSelfServiceRegistrationFlowBody, cookie: Option<&str>) -> models::SuccessfulSelfServiceRegistrationWithoutBrowser, SubmitSelfServiceRegistrationFlowError
                = frontend::UpdateRegistrationFlow { flow: text(flow), update_registration_flow_body: submit_self_service_registration_flow_body, cookie: opt(cookie) };
            /// Complete Settings Flow.
            submit_self_service_settings_flow(flow: &str, submit_self_service_settings_flow_body: models::SubmitSelfServiceSettingsFlowBody, x_session_token: Option<&str>, cookie: Option<&str>) -> models::SelfServiceSettingsFlow, SubmitSelfServiceSettingsFlowError
                = frontend::UpdateSettingsFlow { flow: text(flow), update_settings_flow_body: submit_self_service_settings_flow_body, x_session_token: opt(x_session_token), cookie: opt(cookie) };
            /// Complete Verification Flow.
            submit_self_service_verification_flow(flow: &str, submit_self_service_verification_flow_body: models::SubmitSelfServiceVerificationFlowBody, token: Option<&str>, cookie: Option<&str>) -> models::SelfServiceVerificationFlow, SubmitSelfServiceVerificationFlowError
                = frontend::UpdateVerificationFlow { flow: text(flow), update_verification_flow_body: submit_self_service_verification_flow_body, token: opt(token), cookie: opt(cookie) };
            /// Check Who the Current HTTP Session Belongs To.
            to_session(x_session_token: Option<&str>, cookie: Option<&str>) -> models::Session, ToSessionError
                = frontend::ToSession { x_session_token: opt(x_session_token), cookie: opt(cookie), tokenize_as: None };
            /// Update an Ory Cloud Project Configuration.
            update_project(project_id: &str, update_project: Option<models::UpdateProject>) -> models::SuccessfulProjectUpdate, UpdateProjectError
                = project::SetProject { project_id: text(project_id), body: update_project };
        }
    }
}

/// The `models` of `ory-client`, under the reference's names.
///
/// Aliases of this crate's typed models ([`crate::models`]): `Identity`, `Session`,
/// `SelfServiceLoginFlow` (`LoginFlow`), `SelfServiceRegistrationFlow`,
/// `SelfServiceRecoveryFlow`, `SelfServiceSettingsFlow`, `SelfServiceVerificationFlow`,
/// `SelfServiceLogoutUrl` (`LogoutFlow`), `SelfServiceError` (`FlowError`),
/// `SuccessfulSelfServiceLoginWithoutBrowser` (`SuccessfulNativeLogin`),
/// `SuccessfulSelfServiceRegistrationWithoutBrowser` (`SuccessfulNativeRegistration`),
/// `RevokedSessions` (`DeleteMySessionsCount`), `IdentitySchemaContainer`, and the bodies
/// `SubmitSelfService{Login,Registration,Recovery,Settings,Verification}FlowBody`
/// (`Update…FlowBody`) and `SubmitSelfServiceLogoutFlowWithoutBrowserBody`
/// (`PerformNativeLogoutBody`). [`CourierMessageStatus`](models::CourierMessageStatus) is an enum, as in the generated crate.
///
/// The OAuth2, JSON Web Key, project and courier models are aliases too, of the models of
/// [`crate::models`] under their current names where those differ:
/// `SuccessfulOAuth2RequestResponse` ([`OAuth2RedirectTo`](crate::models::OAuth2RedirectTo)),
/// `PreviousOAuth2ConsentSession` ([`OAuth2ConsentSession`](crate::models::OAuth2ConsentSession)),
/// `OAuth2TokenResponse` ([`OAuth2TokenExchange`](crate::models::OAuth2TokenExchange)),
/// `AdminTrustOAuth2JwtGrantIssuerBody` ([`TrustOAuth2JwtGrantIssuer`](crate::models::TrustOAuth2JwtGrantIssuer)),
/// `AdminCreateJsonWebKeySetBody` ([`CreateJsonWebKeySet`](crate::models::CreateJsonWebKeySet)),
/// `SelfServiceRecoveryCode` ([`RecoveryCodeForIdentity`](crate::models::RecoveryCodeForIdentity)),
/// `SelfServiceRecoveryLink` ([`RecoveryLinkForIdentity`](crate::models::RecoveryLinkForIdentity));
/// the same name otherwise (`OAuth2Client`, `OAuth2ConsentRequest`, `OAuth2LoginRequest`,
/// `OAuth2LogoutRequest`, `AcceptOAuth2ConsentRequest`, `AcceptOAuth2LoginRequest`,
/// `RejectOAuth2Request`, `IntrospectedOAuth2Token`, `OidcConfiguration`, `OidcUserInfo`,
/// `TrustedOAuth2JwtGrantIssuer`, `JsonWebKey`, `JsonWebKeySet`, `Project`, `ProjectMetadata`,
/// `ProjectApiKey`, `CreateProjectBody`, `CreateProjectApiKeyRequest`, `UpdateProject`,
/// `SuccessfulProjectUpdate`, `CloudAccount`, `Message`). A message's `status` is this crate's
/// open [`crate::models::CourierMessageStatus`]; the `status` argument of
/// `admin_list_courier_messages` is the closed enum below, as in the generated crate.
///
/// `serde_json::Value`: `OAuth2ApiError` (an error body, whatever its shape), `JsonPatch` (a JSON
/// Patch operation, whose `value` is any JSON by the spec), and, not typed yet, the identity
/// admin bodies (`AdminCreateIdentityBody`, `AdminUpdateIdentityBody`,
/// `AdminCreateSelfServiceRecoveryCodeBody`, `AdminCreateSelfServiceRecoveryLinkBody`).
pub mod models {
    pub use crate::compat::models::*;

    /// `selfServiceRecoveryCode`.
    pub type SelfServiceRecoveryCode = crate::models::RecoveryCodeForIdentity;
    /// `adminCreateSelfServiceRecoveryCodeBody`.
    pub type AdminCreateSelfServiceRecoveryCodeBody = serde_json::Value;
    /// `acceptOAuth2ConsentRequest`.
    pub type AcceptOAuth2ConsentRequest = crate::models::AcceptOAuth2ConsentRequest;
    /// `acceptOAuth2LoginRequest`.
    pub type AcceptOAuth2LoginRequest = crate::models::AcceptOAuth2LoginRequest;
    /// `rejectOAuth2Request`.
    pub type RejectOAuth2Request = crate::models::RejectOAuth2Request;
    /// `successfulOAuth2RequestResponse`.
    pub type SuccessfulOAuth2RequestResponse = crate::models::OAuth2RedirectTo;
    /// `oAuth2Client`.
    pub type OAuth2Client = crate::models::OAuth2Client;
    /// `oAuth2ConsentRequest`.
    pub type OAuth2ConsentRequest = crate::models::OAuth2ConsentRequest;
    /// `oAuth2LoginRequest`.
    pub type OAuth2LoginRequest = crate::models::OAuth2LoginRequest;
    /// `oAuth2LogoutRequest`.
    pub type OAuth2LogoutRequest = crate::models::OAuth2LogoutRequest;
    /// `previousOAuth2ConsentSession`.
    pub type PreviousOAuth2ConsentSession = crate::models::OAuth2ConsentSession;
    /// `introspectedOAuth2Token`.
    pub type IntrospectedOAuth2Token = crate::models::IntrospectedOAuth2Token;
    /// `oAuth2TokenResponse`.
    pub type OAuth2TokenResponse = crate::models::OAuth2TokenExchange;
    /// `oAuth2ApiError`.
    pub type OAuth2ApiError = serde_json::Value;
    /// `oidcConfiguration`.
    pub type OidcConfiguration = crate::models::OidcConfiguration;
    /// `oidcUserInfo`.
    pub type OidcUserInfo = crate::models::OidcUserInfo;
    /// `trustedOAuth2JwtGrantIssuer`.
    pub type TrustedOAuth2JwtGrantIssuer = crate::models::TrustedOAuth2JwtGrantIssuer;
    /// `adminTrustOAuth2JwtGrantIssuerBody`.
    pub type AdminTrustOAuth2JwtGrantIssuerBody = crate::models::TrustOAuth2JwtGrantIssuer;
    /// `jsonWebKey`.
    pub type JsonWebKey = crate::models::JsonWebKey;
    /// `jsonWebKeySet`.
    pub type JsonWebKeySet = crate::models::JsonWebKeySet;
    /// `adminCreateJsonWebKeySetBody`.
    pub type AdminCreateJsonWebKeySetBody = crate::models::CreateJsonWebKeySet;
    /// `project`.
    pub type Project = crate::models::Project;
    /// `projectMetadata`.
    pub type ProjectMetadata = crate::models::ProjectMetadata;
    /// `projectApiKey`.
    pub type ProjectApiKey = crate::models::ProjectApiKey;
    /// `createProjectBody`.
    pub type CreateProjectBody = crate::models::CreateProjectBody;
    /// `createProjectApiKeyRequest`.
    pub type CreateProjectApiKeyRequest = crate::models::CreateProjectApiKeyRequest;
    /// `updateProject`.
    pub type UpdateProject = crate::models::UpdateProject;
    /// `successfulProjectUpdate`.
    pub type SuccessfulProjectUpdate = crate::models::SuccessfulProjectUpdate;
    /// `cloudAccount`.
    pub type CloudAccount = crate::models::CloudAccount;
    /// `message` (a courier message).
    pub type Message = crate::models::Message;
    /// `jsonPatch`: one operation (`{"op", "path", "value"?, "from"?}`).
    pub type JsonPatch = serde_json::Value;

    /// `courierMessageStatus`.
    #[derive(
        Debug,
        Clone,
        Copy,
        PartialEq,
        Eq,
        Hash,
        PartialOrd,
        Ord,
        serde::Serialize,
        serde::Deserialize,
    )]
    pub enum CourierMessageStatus {
        /// `queued`
        #[serde(rename = "queued")]
        Queued,
        /// `sent`
        #[serde(rename = "sent")]
        Sent,
        /// `processing`
        #[serde(rename = "processing")]
        Processing,
        /// `abandoned`
        #[serde(rename = "abandoned")]
        Abandoned,
    }

    impl std::fmt::Display for CourierMessageStatus {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(match self {
                Self::Queued => "queued",
                Self::Sent => "sent",
                Self::Processing => "processing",
                Self::Abandoned => "abandoned",
            })
        }
    }
}
