//! The self-service, session and schema operations: the `FrontendApi` of the v1 clients and
//! the same operations of the `V0alpha2Api` generation (rows 1-32 of the API surface).
//!
//! Parameters are listed in the order of `openapi-v1.json`; the `V0alpha2Api` positional
//! arguments in the order of the old generated client for `openapi-v0.10.1.json`. The tests
//! in `tests/endpoints.rs` check both against the specs.

use super::declare::declare_endpoints;
#[cfg(feature = "names")]
use crate::endpoint::BODY;
use crate::models::*;

declare_endpoints! {
    /// Every operation of this area.
    pub const ALL;

    /// Get WebAuthn JavaScript.
    pub const GET_WEB_AUTHN_JAVA_SCRIPT = GET "/.well-known/ory/webauthn.js" -> String {
        api: Frontend,
        v1_name: "getWebAuthnJavaScript",
        v0alpha2: "getWebAuthnJavaScript"[],
        auth: None,
        shape: Text,
    }
    #[derive(Clone, Copy, Default, PartialEq, Eq)]
    pub struct GetWebAuthnJavaScript;

    /// Get all Identity Schemas.
    pub const LIST_IDENTITY_SCHEMAS = GET "/schemas" -> Vec<IdentitySchemaContainer> {
        api: Identity,
        v1_name: "listIdentitySchemas",
        v0alpha2: "listIdentitySchemas"["perPage", "page"],
        auth: None,
        shape: Array,
    }
    #[derive(Clone, Default, PartialEq)]
    pub struct ListIdentitySchemas {
        /// The `per_page` query parameter.
        per_page: Option<i64> = query("per_page"),
        /// The `page` query parameter.
        page: Option<i64> = query("page"),
        /// The `page_size` query parameter.
        page_size: Option<i64> = query("page_size"),
        /// The `page_token` query parameter.
        page_token: Option<String> = query("page_token"),
    }

    /// Get Identity JSON Schema.
    ///
    /// The answer is a JSON Schema, any JSON by the spec: it stays `serde_json::Value`.
    pub const GET_IDENTITY_SCHEMA = GET "/schemas/{id}" -> serde_json::Value {
        api: Identity,
        v1_name: "getIdentitySchema",
        v0alpha2: "getJsonSchema"["id"],
        auth: None,
        shape: Object,
    }
    #[derive(Clone, PartialEq)]
    pub struct GetIdentitySchema {
        /// The `{id}` in the path.
        id: String = path("id"),
    }

    /// Get User-Flow Errors.
    pub const GET_FLOW_ERROR = GET "/self-service/errors" -> FlowError {
        api: Frontend,
        v1_name: "getFlowError",
        v0alpha2: "getSelfServiceError"["id"],
        auth: None,
        shape: FlowError,
    }
    #[derive(Clone, PartialEq)]
    pub struct GetFlowError {
        /// The `id` query parameter (required).
        id: String = required_query("id"),
    }

    /// Create Login Flow for Browsers.
    pub const CREATE_BROWSER_LOGIN_FLOW = GET "/self-service/login/browser" -> LoginFlow {
        api: Frontend,
        v1_name: "createBrowserLoginFlow",
        v0alpha2: "initializeSelfServiceLoginFlowForBrowsers"["refresh", "aal", "returnTo"],
        auth: None,
        shape: Flow,
    }
    #[derive(Clone, Default, PartialEq)]
    pub struct CreateBrowserLoginFlow {
        /// The `refresh` query parameter.
        refresh: Option<bool> = query("refresh"),
        /// The `aal` query parameter.
        aal: Option<String> = query("aal"),
        /// The `return_to` query parameter.
        return_to: Option<String> = query("return_to"),
        /// The `Cookie` header (server-side only: forwards a visitor's cookies).
        cookie: Option<String> = header("Cookie"),
        /// The `login_challenge` query parameter.
        login_challenge: Option<String> = query("login_challenge"),
        /// The `organization` query parameter.
        organization: Option<String> = query("organization"),
        /// The `via` query parameter.
        via: Option<String> = query("via"),
    }

    /// Create Login Flow for Native Apps.
    pub const CREATE_NATIVE_LOGIN_FLOW = GET "/self-service/login/api" -> LoginFlow {
        api: Frontend,
        v1_name: "createNativeLoginFlow",
        v0alpha2: "initializeSelfServiceLoginFlowWithoutBrowser"["refresh", "aal", "xSessionToken"],
        flavor: Native,
        auth: None,
        shape: Flow,
    }
    #[derive(Clone, Default, PartialEq)]
    pub struct CreateNativeLoginFlow {
        /// The `refresh` query parameter.
        refresh: Option<bool> = query("refresh"),
        /// The `aal` query parameter.
        aal: Option<String> = query("aal"),
        /// The `X-Session-Token` header (a native session; never put into the URL).
        x_session_token: Option<String> = header("X-Session-Token"),
        /// The `return_session_token_exchange_code` query parameter.
        return_session_token_exchange_code: Option<bool> =
            query("return_session_token_exchange_code"),
        /// The `return_to` query parameter.
        return_to: Option<String> = query("return_to"),
        /// The `via` query parameter.
        via: Option<String> = query("via"),
    }

    /// Get Login Flow.
    pub const GET_LOGIN_FLOW = GET "/self-service/login/flows" -> LoginFlow {
        api: Frontend,
        v1_name: "getLoginFlow",
        v0alpha2: "getSelfServiceLoginFlow"["id", "cookie"],
        auth: None,
        shape: Flow,
    }
    #[derive(Clone, PartialEq)]
    pub struct GetLoginFlow {
        /// The `id` query parameter (required).
        id: String = required_query("id"),
        /// The `Cookie` header (server-side only: forwards a visitor's cookies).
        cookie: Option<String> = header("Cookie"),
    }

    /// Submit a Login Flow.
    pub const UPDATE_LOGIN_FLOW = POST "/self-service/login" -> SuccessfulNativeLogin {
        api: Frontend,
        v1_name: "updateLoginFlow",
        v0alpha2: "submitSelfServiceLoginFlow"["flow", BODY, "xSessionToken", "cookie"],
        auth: None,
        shape: SuccessfulLogin,
    }
    #[derive(Clone, PartialEq)]
    pub struct UpdateLoginFlow {
        /// The `flow` query parameter (required).
        flow: String = required_query("flow"),
        /// The `X-Session-Token` header (a native session; never put into the URL).
        x_session_token: Option<String> = header("X-Session-Token"),
        /// The `Cookie` header (server-side only: forwards a visitor's cookies).
        cookie: Option<String> = header("Cookie"),
        /// The JSON body.
        update_login_flow_body: UpdateLoginFlowBody = required_body("updateLoginFlowBody"),
    }

    /// Create Registration Flow for Browsers.
    pub const CREATE_BROWSER_REGISTRATION_FLOW =
        GET "/self-service/registration/browser" -> RegistrationFlow {
        api: Frontend,
        v1_name: "createBrowserRegistrationFlow",
        v0alpha2: "initializeSelfServiceRegistrationFlowForBrowsers"["returnTo"],
        auth: None,
        shape: Flow,
    }
    #[derive(Clone, Default, PartialEq)]
    pub struct CreateBrowserRegistrationFlow {
        /// The `return_to` query parameter.
        return_to: Option<String> = query("return_to"),
        /// The `login_challenge` query parameter.
        login_challenge: Option<String> = query("login_challenge"),
        /// The `after_verification_return_to` query parameter.
        after_verification_return_to: Option<String> = query("after_verification_return_to"),
        /// The `organization` query parameter.
        organization: Option<String> = query("organization"),
    }

    /// Create Registration Flow for Native Apps.
    pub const CREATE_NATIVE_REGISTRATION_FLOW =
        GET "/self-service/registration/api" -> RegistrationFlow {
        api: Frontend,
        v1_name: "createNativeRegistrationFlow",
        v0alpha2: "initializeSelfServiceRegistrationFlowWithoutBrowser"[],
        flavor: Native,
        auth: None,
        shape: Flow,
    }
    #[derive(Clone, Default, PartialEq)]
    pub struct CreateNativeRegistrationFlow {
        /// The `return_session_token_exchange_code` query parameter.
        return_session_token_exchange_code: Option<bool> =
            query("return_session_token_exchange_code"),
        /// The `return_to` query parameter.
        return_to: Option<String> = query("return_to"),
    }

    /// Get Registration Flow.
    pub const GET_REGISTRATION_FLOW = GET "/self-service/registration/flows" -> RegistrationFlow {
        api: Frontend,
        v1_name: "getRegistrationFlow",
        v0alpha2: "getSelfServiceRegistrationFlow"["id", "cookie"],
        auth: None,
        shape: Flow,
    }
    #[derive(Clone, PartialEq)]
    pub struct GetRegistrationFlow {
        /// The `id` query parameter (required).
        id: String = required_query("id"),
        /// The `Cookie` header (server-side only: forwards a visitor's cookies).
        cookie: Option<String> = header("Cookie"),
    }

    /// Update Registration Flow.
    pub const UPDATE_REGISTRATION_FLOW =
        POST "/self-service/registration" -> SuccessfulNativeRegistration {
        api: Frontend,
        v1_name: "updateRegistrationFlow",
        v0alpha2: "submitSelfServiceRegistrationFlow"["flow", BODY, "cookie"],
        auth: None,
        shape: SuccessfulRegistration,
    }
    #[derive(Clone, PartialEq)]
    pub struct UpdateRegistrationFlow {
        /// The `flow` query parameter (required).
        flow: String = required_query("flow"),
        /// The `Cookie` header (server-side only: forwards a visitor's cookies).
        cookie: Option<String> = header("Cookie"),
        /// The JSON body.
        update_registration_flow_body: UpdateRegistrationFlowBody =
            required_body("updateRegistrationFlowBody"),
    }

    /// Create Recovery Flow for Browsers.
    pub const CREATE_BROWSER_RECOVERY_FLOW = GET "/self-service/recovery/browser" -> RecoveryFlow {
        api: Frontend,
        v1_name: "createBrowserRecoveryFlow",
        v0alpha2: "initializeSelfServiceRecoveryFlowForBrowsers"["returnTo"],
        auth: None,
        shape: Flow,
    }
    #[derive(Clone, Default, PartialEq)]
    pub struct CreateBrowserRecoveryFlow {
        /// The `return_to` query parameter.
        return_to: Option<String> = query("return_to"),
    }

    /// Create Recovery Flow for Native Apps.
    pub const CREATE_NATIVE_RECOVERY_FLOW = GET "/self-service/recovery/api" -> RecoveryFlow {
        api: Frontend,
        v1_name: "createNativeRecoveryFlow",
        v0alpha2: "initializeSelfServiceRecoveryFlowWithoutBrowser"[],
        flavor: Native,
        auth: None,
        shape: Flow,
    }
    #[derive(Clone, Copy, Default, PartialEq, Eq)]
    pub struct CreateNativeRecoveryFlow;

    /// Get Recovery Flow.
    pub const GET_RECOVERY_FLOW = GET "/self-service/recovery/flows" -> RecoveryFlow {
        api: Frontend,
        v1_name: "getRecoveryFlow",
        v0alpha2: "getSelfServiceRecoveryFlow"["id", "cookie"],
        auth: None,
        shape: Flow,
    }
    #[derive(Clone, PartialEq)]
    pub struct GetRecoveryFlow {
        /// The `id` query parameter (required).
        id: String = required_query("id"),
        /// The `Cookie` header (server-side only: forwards a visitor's cookies).
        cookie: Option<String> = header("Cookie"),
    }

    /// Update Recovery Flow.
    pub const UPDATE_RECOVERY_FLOW = POST "/self-service/recovery" -> RecoveryFlow {
        api: Frontend,
        v1_name: "updateRecoveryFlow",
        v0alpha2: "submitSelfServiceRecoveryFlow"["flow", BODY, "token", "cookie"],
        auth: None,
        shape: Flow,
    }
    #[derive(Clone, PartialEq)]
    pub struct UpdateRecoveryFlow {
        /// The `flow` query parameter (required).
        flow: String = required_query("flow"),
        /// The `token` query parameter.
        token: Option<String> = query("token"),
        /// The `Cookie` header (server-side only: forwards a visitor's cookies).
        cookie: Option<String> = header("Cookie"),
        /// The JSON body.
        update_recovery_flow_body: UpdateRecoveryFlowBody = required_body("updateRecoveryFlowBody"),
    }

    /// Create Verification Flow for Browser Clients.
    pub const CREATE_BROWSER_VERIFICATION_FLOW =
        GET "/self-service/verification/browser" -> VerificationFlow {
        api: Frontend,
        v1_name: "createBrowserVerificationFlow",
        v0alpha2: "initializeSelfServiceVerificationFlowForBrowsers"["returnTo"],
        auth: None,
        shape: Flow,
    }
    #[derive(Clone, Default, PartialEq)]
    pub struct CreateBrowserVerificationFlow {
        /// The `return_to` query parameter.
        return_to: Option<String> = query("return_to"),
    }

    /// Create Verification Flow for Native Apps.
    pub const CREATE_NATIVE_VERIFICATION_FLOW =
        GET "/self-service/verification/api" -> VerificationFlow {
        api: Frontend,
        v1_name: "createNativeVerificationFlow",
        v0alpha2: "initializeSelfServiceVerificationFlowWithoutBrowser"[],
        flavor: Native,
        auth: None,
        shape: Flow,
    }
    #[derive(Clone, Copy, Default, PartialEq, Eq)]
    pub struct CreateNativeVerificationFlow;

    /// Get Verification Flow.
    pub const GET_VERIFICATION_FLOW = GET "/self-service/verification/flows" -> VerificationFlow {
        api: Frontend,
        v1_name: "getVerificationFlow",
        v0alpha2: "getSelfServiceVerificationFlow"["id", "cookie"],
        auth: None,
        shape: Flow,
    }
    #[derive(Clone, PartialEq)]
    pub struct GetVerificationFlow {
        /// The `id` query parameter (required).
        id: String = required_query("id"),
        /// The `cookie` header (server-side only: forwards a visitor's cookies).
        cookie: Option<String> = header("cookie"),
    }

    /// Complete Verification Flow.
    pub const UPDATE_VERIFICATION_FLOW = POST "/self-service/verification" -> VerificationFlow {
        api: Frontend,
        v1_name: "updateVerificationFlow",
        v0alpha2: "submitSelfServiceVerificationFlow"["flow", BODY, "token", "cookie"],
        auth: None,
        shape: Flow,
    }
    #[derive(Clone, PartialEq)]
    pub struct UpdateVerificationFlow {
        /// The `flow` query parameter (required).
        flow: String = required_query("flow"),
        /// The `token` query parameter.
        token: Option<String> = query("token"),
        /// The `Cookie` header (server-side only: forwards a visitor's cookies).
        cookie: Option<String> = header("Cookie"),
        /// The JSON body.
        update_verification_flow_body: UpdateVerificationFlowBody =
            required_body("updateVerificationFlowBody"),
    }

    /// Create Settings Flow for Browsers.
    pub const CREATE_BROWSER_SETTINGS_FLOW = GET "/self-service/settings/browser" -> SettingsFlow {
        api: Frontend,
        v1_name: "createBrowserSettingsFlow",
        v0alpha2: "initializeSelfServiceSettingsFlowForBrowsers"["returnTo"],
        auth: None,
        shape: Flow,
    }
    #[derive(Clone, Default, PartialEq)]
    pub struct CreateBrowserSettingsFlow {
        /// The `return_to` query parameter.
        return_to: Option<String> = query("return_to"),
        /// The `Cookie` header (server-side only: forwards a visitor's cookies).
        cookie: Option<String> = header("Cookie"),
    }

    /// Create Settings Flow for Native Apps.
    pub const CREATE_NATIVE_SETTINGS_FLOW = GET "/self-service/settings/api" -> SettingsFlow {
        api: Frontend,
        v1_name: "createNativeSettingsFlow",
        v0alpha2: "initializeSelfServiceSettingsFlowWithoutBrowser"["xSessionToken"],
        flavor: Native,
        auth: None,
        shape: Flow,
    }
    #[derive(Clone, Default, PartialEq)]
    pub struct CreateNativeSettingsFlow {
        /// The `X-Session-Token` header (a native session; never put into the URL).
        x_session_token: Option<String> = header("X-Session-Token"),
    }

    /// Get Settings Flow.
    pub const GET_SETTINGS_FLOW = GET "/self-service/settings/flows" -> SettingsFlow {
        api: Frontend,
        v1_name: "getSettingsFlow",
        v0alpha2: "getSelfServiceSettingsFlow"["id", "xSessionToken", "cookie"],
        auth: None,
        shape: Flow,
    }
    #[derive(Clone, PartialEq)]
    pub struct GetSettingsFlow {
        /// The `id` query parameter (required).
        id: String = required_query("id"),
        /// The `X-Session-Token` header (a native session; never put into the URL).
        x_session_token: Option<String> = header("X-Session-Token"),
        /// The `Cookie` header (server-side only: forwards a visitor's cookies).
        cookie: Option<String> = header("Cookie"),
    }

    /// Complete Settings Flow.
    pub const UPDATE_SETTINGS_FLOW = POST "/self-service/settings" -> SettingsFlow {
        api: Frontend,
        v1_name: "updateSettingsFlow",
        v0alpha2: "submitSelfServiceSettingsFlow"["flow", BODY, "xSessionToken", "cookie"],
        auth: None,
        shape: Flow,
    }
    #[derive(Clone, PartialEq)]
    pub struct UpdateSettingsFlow {
        /// The `flow` query parameter (required).
        flow: String = required_query("flow"),
        /// The `X-Session-Token` header (a native session; never put into the URL).
        x_session_token: Option<String> = header("X-Session-Token"),
        /// The `Cookie` header (server-side only: forwards a visitor's cookies).
        cookie: Option<String> = header("Cookie"),
        /// The JSON body.
        update_settings_flow_body: UpdateSettingsFlowBody = required_body("updateSettingsFlowBody"),
    }

    /// Create a Logout URL for Browsers.
    pub const CREATE_BROWSER_LOGOUT_FLOW = GET "/self-service/logout/browser" -> LogoutFlow {
        api: Frontend,
        v1_name: "createBrowserLogoutFlow",
        v0alpha2: "createSelfServiceLogoutFlowUrlForBrowsers"["cookie"],
        auth: None,
        shape: LogoutFlow,
    }
    #[derive(Clone, Default, PartialEq)]
    pub struct CreateBrowserLogoutFlow {
        /// The `cookie` header (server-side only: forwards a visitor's cookies).
        cookie: Option<String> = header("cookie"),
        /// The `return_to` query parameter.
        return_to: Option<String> = query("return_to"),
    }

    /// Update Logout Flow.
    pub const UPDATE_LOGOUT_FLOW = GET "/self-service/logout" -> () {
        api: Frontend,
        v1_name: "updateLogoutFlow",
        v0alpha2: "submitSelfServiceLogoutFlow"["token", "returnTo"],
        auth: None,
        shape: Empty,
    }
    #[derive(Clone, Default, PartialEq)]
    pub struct UpdateLogoutFlow {
        /// The `token` query parameter.
        token: Option<String> = query("token"),
        /// The `return_to` query parameter.
        return_to: Option<String> = query("return_to"),
        /// The `Cookie` header (server-side only: forwards a visitor's cookies).
        cookie: Option<String> = header("Cookie"),
    }

    /// Perform Logout for Native Apps.
    pub const PERFORM_NATIVE_LOGOUT = DELETE "/self-service/logout/api" -> () {
        api: Frontend,
        v1_name: "performNativeLogout",
        v0alpha2: "submitSelfServiceLogoutFlowWithoutBrowser"[BODY],
        flavor: Native,
        auth: None,
        shape: Empty,
    }
    #[derive(Clone, PartialEq)]
    pub struct PerformNativeLogout {
        /// The JSON body.
        perform_native_logout_body: PerformNativeLogoutBody =
            required_body("performNativeLogoutBody"),
    }

    /// Check Who the Current HTTP Session Belongs To.
    pub const TO_SESSION = GET "/sessions/whoami" -> Session {
        api: Frontend,
        v1_name: "toSession",
        v0alpha2: "toSession"["xSessionToken", "cookie"],
        auth: None,
        shape: Session,
        missing_session_is_inactive: true,
    }
    #[derive(Clone, Default, PartialEq)]
    pub struct ToSession {
        /// The `X-Session-Token` header (a native session; never put into the URL).
        x_session_token: Option<String> = header("X-Session-Token"),
        /// The `Cookie` header (server-side only: forwards a visitor's cookies).
        cookie: Option<String> = header("Cookie"),
        /// The `tokenize_as` query parameter.
        tokenize_as: Option<String> = query("tokenize_as"),
    }

    /// Get My Active Sessions.
    pub const LIST_MY_SESSIONS = GET "/sessions" -> Vec<Session> {
        api: Frontend,
        v1_name: "listMySessions",
        v0alpha2: "listSessions"["xSessionToken", "cookie", "perPage", "page"],
        auth: None,
        shape: Sessions,
    }
    #[derive(Clone, Default, PartialEq)]
    pub struct ListMySessions {
        /// The `per_page` query parameter.
        per_page: Option<i64> = query("per_page"),
        /// The `page` query parameter.
        page: Option<i64> = query("page"),
        /// The `page_size` query parameter.
        page_size: Option<i64> = query("page_size"),
        /// The `page_token` query parameter.
        page_token: Option<String> = query("page_token"),
        /// The `X-Session-Token` header (a native session; never put into the URL).
        x_session_token: Option<String> = header("X-Session-Token"),
        /// The `Cookie` header (server-side only: forwards a visitor's cookies).
        cookie: Option<String> = header("Cookie"),
    }

    /// Disable one of my sessions.
    pub const DISABLE_MY_SESSION = DELETE "/sessions/{id}" -> () {
        api: Frontend,
        v1_name: "disableMySession",
        v0alpha2: "revokeSession"["id"],
        auth: None,
        shape: Empty,
    }
    #[derive(Clone, PartialEq)]
    pub struct DisableMySession {
        /// The `{id}` in the path.
        id: String = path("id"),
        /// The `X-Session-Token` header (a native session; never put into the URL).
        x_session_token: Option<String> = header("X-Session-Token"),
        /// The `Cookie` header (server-side only: forwards a visitor's cookies).
        cookie: Option<String> = header("Cookie"),
    }

    /// Disable my other sessions.
    pub const DISABLE_MY_OTHER_SESSIONS = DELETE "/sessions" -> DeleteMySessionsCount {
        api: Frontend,
        v1_name: "disableMyOtherSessions",
        v0alpha2: "revokeSessions"["xSessionToken", "cookie"],
        auth: None,
        shape: Object,
    }
    #[derive(Clone, Default, PartialEq)]
    pub struct DisableMyOtherSessions {
        /// The `X-Session-Token` header (a native session; never put into the URL).
        x_session_token: Option<String> = header("X-Session-Token"),
        /// The `Cookie` header (server-side only: forwards a visitor's cookies).
        cookie: Option<String> = header("Cookie"),
    }

    /// Exchange Session Token.
    pub const EXCHANGE_SESSION_TOKEN = GET "/sessions/token-exchange" -> SuccessfulNativeLogin {
        api: Frontend,
        v1_name: "exchangeSessionToken",
        flavor: Native,
        auth: None,
        shape: TokenExchange,
    }
    #[derive(Clone, PartialEq)]
    pub struct ExchangeSessionToken {
        /// The `init_code` query parameter (required).
        init_code: String = required_query("init_code"),
        /// The `return_to_code` query parameter (required).
        return_to_code: String = required_query("return_to_code"),
    }
}
