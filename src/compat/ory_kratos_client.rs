//! The `ory-kratos-client` crate's `V0alpha2Api` (Kratos v0.10, section `rust-kratos` of the
//! references): `apis::configuration::Configuration`, `apis::Error`,
//! `apis::v0alpha2_api::*` (39 functions) and `models::*`. See [`crate::compat`] for how to
//! migrate and what differs.
//!
//! Where the two references disagree, this module follows its own: the `submit_*_flow`
//! functions take `(flow, x_session_token | token, body)` with an optional body and no cookie,
//! and the browser login and settings flows take no cookie.

/// The `apis` module of `ory-kratos-client`.
pub mod apis {
    pub use crate::compat::{Error, ResponseContent};

    /// The `apis::configuration` module of `ory-kratos-client`.
    pub mod configuration {
        pub use crate::compat::{ApiKey, BasicAuth};

        crate::compat::declare_configuration!(
            "ory-kratos-client",
            "http://localhost",
            "OpenAPI-Generator/v0.10.1/rust"
        );
    }

    /// The functions of `ory-kratos-client`'s `V0alpha2Api`, with the reference's parameters in
    /// the reference's order (`wasm32` only); the `NameError` enums and [`FUNCTIONS`](v0alpha2_api::FUNCTIONS) on every
    /// platform.
    pub mod v0alpha2_api {
        // Used by the functions, which exist on wasm32 only.
        #![cfg_attr(not(target_arch = "wasm32"), allow(unused_imports))]
        use super::configuration::Configuration;
        use crate::compat::ory_kratos_client::models;

        crate::compat::declare_functions! {
            /// Create an Identity.
            admin_create_identity(admin_create_identity_body: Option<models::AdminCreateIdentityBody>) -> models::Identity, AdminCreateIdentityError
                = identity::CreateIdentity { body: admin_create_identity_body };
            /// Create a Recovery Link.
            admin_create_self_service_recovery_link(admin_create_self_service_recovery_link_body: Option<models::AdminCreateSelfServiceRecoveryLinkBody>) -> models::SelfServiceRecoveryLink, AdminCreateSelfServiceRecoveryLinkError
                = identity::CreateRecoveryLinkForIdentity { return_to: None, body: admin_create_self_service_recovery_link_body };
            /// Delete an Identity.
            admin_delete_identity(id: &str) -> (), AdminDeleteIdentityError
                = identity::DeleteIdentity { id: text(id) };
            /// Delete & Invalidate an Identity's Sessions.
            admin_delete_identity_sessions(id: &str) -> (), AdminDeleteIdentitySessionsError
                = identity::DeleteIdentitySessions { id: text(id) };
            /// Get an Identity.
            admin_get_identity(id: &str, include_credential: Option<Vec<String>>) -> models::Identity, AdminGetIdentityError
                = identity::GetIdentity { id: text(id), include_credential };
            /// List Identities.
            admin_list_identities(per_page: Option<i64>, page: Option<i64>) -> Vec<models::Identity>, AdminListIdentitiesError
                = identity::ListIdentities { per_page, page, ..Default::default() };
            /// List an Identity's Sessions.
            admin_list_identity_sessions(id: &str, per_page: Option<i64>, page: Option<i64>, active: Option<bool>) -> Vec<models::Session>, AdminListIdentitySessionsError
                = identity::ListIdentitySessions { id: text(id), per_page, page, active, page_size: None, page_token: None };
            /// Update an Identity.
            admin_update_identity(id: &str, admin_update_identity_body: Option<models::AdminUpdateIdentityBody>) -> models::Identity, AdminUpdateIdentityError
                = identity::UpdateIdentity { id: text(id), body: admin_update_identity_body };
            /// Create a Logout URL for Browsers.
            create_self_service_logout_flow_url_for_browsers(cookie: Option<&str>) -> models::SelfServiceLogoutUrl, CreateSelfServiceLogoutFlowUrlForBrowsersError
                = frontend::CreateBrowserLogoutFlow { cookie: opt(cookie), return_to: None };
            /// Get a JSON Schema.
            get_json_schema(id: &str) -> serde_json::Value, GetJsonSchemaError
                = frontend::GetIdentitySchema { id: text(id) };
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
            initialize_self_service_login_flow_for_browsers(refresh: Option<bool>, aal: Option<&str>, return_to: Option<&str>) -> models::SelfServiceLoginFlow, InitializeSelfServiceLoginFlowForBrowsersError
                = frontend::CreateBrowserLoginFlow { refresh, aal: opt(aal), return_to: opt(return_to), ..Default::default() };
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
            initialize_self_service_settings_flow_for_browsers(return_to: Option<&str>) -> models::SelfServiceSettingsFlow, InitializeSelfServiceSettingsFlowForBrowsersError
                = frontend::CreateBrowserSettingsFlow { return_to: opt(return_to), cookie: None };
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
            list_identity_schemas(per_page: Option<i64>, page: Option<i64>) -> Vec<models::IdentitySchema>, ListIdentitySchemasError
                = frontend::ListIdentitySchemas { per_page, page, ..Default::default() };
            /// Get My Active Sessions.
            list_sessions(x_session_token: Option<&str>, cookie: Option<&str>, per_page: Option<i64>, page: Option<i64>) -> Vec<models::Session>, ListSessionsError
                = frontend::ListMySessions { x_session_token: opt(x_session_token), cookie: opt(cookie), per_page, page, ..Default::default() };
            /// Invalidate a Session.
            revoke_session(id: &str) -> (), RevokeSessionError
                = frontend::DisableMySession { id: text(id), x_session_token: None, cookie: None };
            /// Invalidate all Other Sessions.
            revoke_sessions(x_session_token: Option<&str>, cookie: Option<&str>) -> models::RevokedSessions, RevokeSessionsError
                = frontend::DisableMyOtherSessions { x_session_token: opt(x_session_token), cookie: opt(cookie) };
            /// Submit a Login Flow (the body is required by the server: `None` is refused).
            submit_self_service_login_flow(flow: &str, x_session_token: Option<&str>, submit_self_service_login_flow_body: Option<models::SubmitSelfServiceLoginFlowBody>) -> models::SuccessfulSelfServiceLoginWithoutBrowser, SubmitSelfServiceLoginFlowError
                = frontend::UpdateLoginFlow { flow: text(flow), x_session_token: opt(x_session_token), cookie: None, update_login_flow_body: required(submit_self_service_login_flow_body, "submit_self_service_login_flow_body")? };
            /// Complete Self-Service Logout.
            submit_self_service_logout_flow(token: Option<&str>, return_to: Option<&str>) -> (), SubmitSelfServiceLogoutFlowError
                = frontend::UpdateLogoutFlow { token: opt(token), return_to: opt(return_to), cookie: None };
            /// Perform Logout for APIs, Services, Apps, ...
            submit_self_service_logout_flow_without_browser(submit_self_service_logout_flow_without_browser_body: models::SubmitSelfServiceLogoutFlowWithoutBrowserBody) -> (), SubmitSelfServiceLogoutFlowWithoutBrowserError
                = frontend::PerformNativeLogout { perform_native_logout_body: submit_self_service_logout_flow_without_browser_body };
            /// Complete Recovery Flow (the body is required by the server: `None` is refused).
            submit_self_service_recovery_flow(flow: &str, token: Option<&str>, submit_self_service_recovery_flow_body: Option<models::SubmitSelfServiceRecoveryFlowBody>) -> models::SelfServiceRecoveryFlow, SubmitSelfServiceRecoveryFlowError
                = frontend::UpdateRecoveryFlow { flow: text(flow), token: opt(token), cookie: None, update_recovery_flow_body: required(submit_self_service_recovery_flow_body, "submit_self_service_recovery_flow_body")? };
            /// Submit a Registration Flow (the body is required by the server: `None` is refused).
            submit_self_service_registration_flow(flow: &str, submit_self_service_registration_flow_body: Option<models::SubmitSelfServiceRegistrationFlowBody>) -> models::SuccessfulSelfServiceRegistrationWithoutBrowser, SubmitSelfServiceRegistrationFlowError
                = frontend::UpdateRegistrationFlow { flow: text(flow), cookie: None, update_registration_flow_body: required(submit_self_service_registration_flow_body, "submit_self_service_registration_flow_body")? };
            /// Complete Settings Flow (the body is required by the server: `None` is refused).
            submit_self_service_settings_flow(flow: &str, x_session_token: Option<&str>, submit_self_service_settings_flow_body: Option<models::SubmitSelfServiceSettingsFlowBody>) -> models::SelfServiceSettingsFlow, SubmitSelfServiceSettingsFlowError
                = frontend::UpdateSettingsFlow { flow: text(flow), x_session_token: opt(x_session_token), cookie: None, update_settings_flow_body: required(submit_self_service_settings_flow_body, "submit_self_service_settings_flow_body")? };
            /// Complete Verification Flow (the body is required by the server: `None` is refused).
            submit_self_service_verification_flow(flow: &str, token: Option<&str>, submit_self_service_verification_flow_body: Option<models::SubmitSelfServiceVerificationFlowBody>) -> models::SelfServiceVerificationFlow, SubmitSelfServiceVerificationFlowError
                = frontend::UpdateVerificationFlow { flow: text(flow), token: opt(token), cookie: None, update_verification_flow_body: required(submit_self_service_verification_flow_body, "submit_self_service_verification_flow_body")? };
            /// Check Who the Current HTTP Session Belongs To.
            to_session(x_session_token: Option<&str>, cookie: Option<&str>) -> models::Session, ToSessionError
                = frontend::ToSession { x_session_token: opt(x_session_token), cookie: opt(cookie), tokenize_as: None };
        }
    }
}

/// The `models` of `ory-kratos-client`, under the reference's names.
///
/// Aliases of this crate's typed models ([`crate::models`]): `Identity`, `Session`,
/// `SelfServiceLoginFlow` (`LoginFlow`), `SelfServiceRegistrationFlow`,
/// `SelfServiceRecoveryFlow`, `SelfServiceSettingsFlow`, `SelfServiceVerificationFlow`,
/// `SelfServiceLogoutUrl` (`LogoutFlow`), `SelfServiceError` (`FlowError`),
/// `SuccessfulSelfServiceLoginWithoutBrowser` (`SuccessfulNativeLogin`),
/// `SuccessfulSelfServiceRegistrationWithoutBrowser` (`SuccessfulNativeRegistration`),
/// `RevokedSessions` (`DeleteMySessionsCount`), `IdentitySchema` (`IdentitySchemaContainer`,
/// the same `{id, schema}`), and the bodies
/// `SubmitSelfService{Login,Registration,Recovery,Settings,Verification}FlowBody`
/// (`Update…FlowBody`) and `SubmitSelfServiceLogoutFlowWithoutBrowserBody`
/// (`PerformNativeLogoutBody`).
///
/// `SelfServiceRecoveryLink` is [`crate::models::RecoveryLinkForIdentity`].
///
/// `serde_json::Value` for now: `AdminCreateIdentityBody`, `AdminUpdateIdentityBody` and
/// `AdminCreateSelfServiceRecoveryLinkBody`.
pub mod models {
    pub use crate::compat::models::*;

    /// `identitySchema`: `{id, schema}`.
    pub type IdentitySchema = crate::models::IdentitySchemaContainer;
}
