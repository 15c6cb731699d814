//! Self-service flows and the other FrontendApi response bodies.
//!
//! One type per flow serves both API generations: v1 `loginFlow` and v0.10 `selfServiceLoginFlow`
//! (etc.) differ only in name and in fields that exist in one era, which are optional here.
//! `id`, `expires_at`, `issued_at` and `request_url` are optional too: the spec marks them
//! required, but real snapshot responses omit them, and parsing must not fail on those. `ui` stays
//! required: without it the body is not a flow.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::continue_with::ContinueWith;
use super::error_body::GenericError;
use super::identity::{CredentialsType, Identity};
use super::open_enum::open_enum;
use super::session::{AuthenticatorAssuranceLevel, Session};
use super::ui::UiContainer;
use super::ExtraFields;

open_enum! {
    /// Whether a flow is for a browser (cookies + CSRF) or a native app (session token).
    pub enum FlowType {
        /// Browser flow.
        Browser = "browser",
        /// Native (API) flow.
        Api = "api",
    }
}

open_enum! {
    /// The (experimental) `state` of a flow. Login, registration, recovery and verification use
    /// `choose_method` → `sent_email` → `passed_challenge`; settings uses `show_form` → `success`.
    pub enum FlowState {
        /// The user picks a method / enters data.
        ChooseMethod = "choose_method",
        /// A code or link was sent.
        SentEmail = "sent_email",
        /// The code or link was accepted.
        PassedChallenge = "passed_challenge",
        /// Settings: the form is shown.
        ShowForm = "show_form",
        /// Settings: the change was saved.
        Success = "success",
    }
}

/// A login flow (`loginFlow`, v0 `selfServiceLoginFlow`).
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct LoginFlow {
    /// The flow id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Browser or API flow.
    #[serde(rename = "type")]
    pub flow_type: FlowType,
    /// When the flow expires.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<String>,
    /// When the flow was issued.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued_at: Option<String>,
    /// The URL that initialised the flow.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_url: Option<String>,
    /// The form to render.
    pub ui: UiContainer,
    /// The method the user last used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<CredentialsType>,
    /// Creation time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// Last update time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    /// Whether this re-authenticates an existing session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh: Option<bool>,
    /// The assurance level the flow will reach.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requested_aal: Option<AuthenticatorAssuranceLevel>,
    /// Where to go after success.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub return_to: Option<String>,
    /// The flow state (v1+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<FlowState>,
    /// The Hydra login challenge (v1+, nullable).
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub oauth2_login_challenge: Option<Option<String>>,
    /// The Hydra login request (v1+, raw JSON, nullable).
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub oauth2_login_request: Option<Value>,
    /// The organization (v1+, nullable).
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub organization_id: Option<Option<String>>,
    /// Code for `GET /sessions/token-exchange` (native apps using a browser, v1+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_token_exchange_code: Option<String>,
    /// Data passed along to webhooks (v1+).
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub transient_payload: Option<Value>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// A registration flow (`registrationFlow`, v0 `selfServiceRegistrationFlow`).
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct RegistrationFlow {
    /// The flow id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Browser or API flow.
    #[serde(rename = "type")]
    pub flow_type: FlowType,
    /// When the flow expires.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<String>,
    /// When the flow was issued.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued_at: Option<String>,
    /// The URL that initialised the flow.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_url: Option<String>,
    /// The form to render.
    pub ui: UiContainer,
    /// The method the user last used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<CredentialsType>,
    /// Where to go after success.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub return_to: Option<String>,
    /// The flow state (v1+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<FlowState>,
    /// The Hydra login challenge (v1+, nullable).
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub oauth2_login_challenge: Option<Option<String>>,
    /// The Hydra login request (v1+, raw JSON, nullable).
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub oauth2_login_request: Option<Value>,
    /// The organization (v1+, nullable).
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub organization_id: Option<Option<String>>,
    /// Code for `GET /sessions/token-exchange` (v1+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_token_exchange_code: Option<String>,
    /// Data passed along to webhooks (v1+).
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub transient_payload: Option<Value>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// A recovery flow (`recoveryFlow`, v0 `selfServiceRecoveryFlow`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecoveryFlow {
    /// The flow id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Browser or API flow.
    #[serde(rename = "type")]
    pub flow_type: FlowType,
    /// When the flow expires.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<String>,
    /// When the flow was issued.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued_at: Option<String>,
    /// The URL that initialised the flow.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_url: Option<String>,
    /// The active method (`link`, `code`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<CredentialsType>,
    /// The form to render.
    pub ui: UiContainer,
    /// The flow state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<FlowState>,
    /// Where to go after success.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub return_to: Option<String>,
    /// Next steps (v1+, e.g. `show_settings_ui`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub continue_with: Option<Vec<ContinueWith>>,
    /// Data passed along to webhooks (v1+).
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub transient_payload: Option<Value>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// A verification flow (`verificationFlow`, v0 `selfServiceVerificationFlow`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VerificationFlow {
    /// The flow id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Browser or API flow.
    #[serde(rename = "type")]
    pub flow_type: FlowType,
    /// When the flow expires.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<String>,
    /// When the flow was issued.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued_at: Option<String>,
    /// The URL that initialised the flow.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_url: Option<String>,
    /// The active method (`link`, `code`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<CredentialsType>,
    /// The form to render.
    pub ui: UiContainer,
    /// The flow state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<FlowState>,
    /// Where to go after success.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub return_to: Option<String>,
    /// Data passed along to webhooks (v1+).
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub transient_payload: Option<Value>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// A settings flow (`settingsFlow`, v0 `selfServiceSettingsFlow`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SettingsFlow {
    /// The flow id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Browser or API flow.
    #[serde(rename = "type")]
    pub flow_type: FlowType,
    /// When the flow expires.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<String>,
    /// When the flow was issued.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued_at: Option<String>,
    /// The URL that initialised the flow.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_url: Option<String>,
    /// The method the user last used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<CredentialsType>,
    /// The form to render.
    pub ui: UiContainer,
    /// The identity being edited.
    pub identity: Identity,
    /// The flow state (`show_form`, `success`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<FlowState>,
    /// Where to go after success.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub return_to: Option<String>,
    /// Next steps (v1+, e.g. `show_verification_ui` after an address change).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub continue_with: Option<Vec<ContinueWith>>,
    /// The organization (nullable).
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub organization_id: Option<Option<String>>,
    /// Data passed along to webhooks (v1+).
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub transient_payload: Option<Value>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// The browser logout URL (`logoutFlow`, v0 `selfServiceLogoutUrl`).
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct LogoutFlow {
    /// Navigate (or `fetch`) here to log out.
    pub logout_url: String,
    /// The token embedded in `logout_url`, for `GET /self-service/logout?token=`.
    pub logout_token: String,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// A stored user-facing error (`GET /self-service/errors?id=`; `flowError`, v0
/// `selfServiceError`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FlowError {
    /// The error id (from the error UI's `?id=`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<GenericError>,
    /// Creation time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// Last update time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// Successful login (`successfulNativeLogin`, v0 `successfulSelfServiceLoginWithoutBrowser`);
/// also the 200 body of a browser login submitted as JSON.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct SuccessfulNativeLogin {
    /// The session token (API flows only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_token: Option<String>,
    /// The new session.
    pub session: Session,
    /// Next steps (v1+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub continue_with: Option<Vec<ContinueWith>>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// Successful registration (`successfulNativeRegistration`, v0
/// `successfulSelfServiceRegistrationWithoutBrowser`).
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct SuccessfulNativeRegistration {
    /// The new identity.
    pub identity: Identity,
    /// The session, if the `session` hook is enabled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<Session>,
    /// The session token (API flows with the `session` hook).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_token: Option<String>,
    /// Next steps (v1+, e.g. `show_verification_ui`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub continue_with: Option<Vec<ContinueWith>>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// The body of `GET /sessions/token-exchange` (`successfulCodeExchangeResponse`, v1+).
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct SuccessfulCodeExchangeResponse {
    /// The session token.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_token: Option<String>,
    /// The session.
    pub session: Session,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// The body of `DELETE /sessions` (`deleteMySessionsCount`, v0 `revokedSessions`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeleteMySessionsCount {
    /// How many sessions were revoked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// An identity schema (`identitySchemaContainer`, items of `GET /schemas`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IdentitySchemaContainer {
    /// The schema id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The JSON Schema itself.
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub schema: Option<Value>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn minimal_ui() -> Value {
        json!({"action": "https://x/self-service/login?flow=f", "method": "POST", "nodes": []})
    }

    #[test]
    fn flow_without_ui_is_rejected_with_path() {
        let v = json!({"id": "f", "type": "browser", "state": "choose_method"});
        let err = serde_path_to_error::deserialize::<_, LoginFlow>(v).unwrap_err();
        assert!(err.to_string().contains("missing field `ui`"), "{err}");
        let v = json!({"id": "f", "type": "browser", "ui": {"method": "POST", "nodes": 7}});
        let err = serde_path_to_error::deserialize::<_, RecoveryFlow>(v).unwrap_err();
        assert_eq!(err.path().to_string(), "ui.nodes");
    }

    #[test]
    fn unknown_state_type_and_extra_fields_round_trip() {
        let v = json!({
            "id": "f", "type": "embedded", "state": "waiting_for_carrier_pigeon",
            "ui": minimal_ui(), "organization_id": null, "oauth2_login_challenge": null,
            "active": "telepathy", "requested_aal": "aal7", "brand_new": {"x": 1}
        });
        let flow: LoginFlow = serde_json::from_value(v.clone()).unwrap();
        assert_eq!(flow.flow_type, FlowType::Other("embedded".into()));
        assert_eq!(
            flow.state,
            Some(FlowState::Other("waiting_for_carrier_pigeon".into()))
        );
        assert_eq!(flow.organization_id, Some(None));
        assert_eq!(flow.extra.get("brand_new"), Some(&json!({"x": 1})));
        assert_eq!(serde_json::to_value(&flow).unwrap(), v);
    }

    #[test]
    fn settings_flow_continue_with_round_trips() {
        let v = json!({
            "id": "s", "type": "browser", "state": "success", "ui": minimal_ui(),
            "identity": {"id": "i", "schema_id": "d", "schema_url": "u", "traits": {}},
            "continue_with": [
                {"action": "show_verification_ui",
                 "flow": {"id": "v", "verifiable_address": "a@b.c"}},
                {"action": "future_action", "payload": 1}
            ]
        });
        let flow: SettingsFlow = serde_json::from_value(v.clone()).unwrap();
        assert_eq!(flow.state, Some(FlowState::Success));
        let items = flow.continue_with.as_deref().unwrap_or_default();
        assert!(matches!(items[0], ContinueWith::ShowVerificationUi(_)));
        assert!(matches!(items[1], ContinueWith::Unknown(_)));
        assert_eq!(serde_json::to_value(&flow).unwrap(), v);
    }
}

// The credentials these answers carry (session tokens, the code of the session token exchange,
// the logout token and the URL holding it) never print (see `crate::redact`).
crate::redact::redacting_debug!(LoginFlow {
    id, flow_type, expires_at, issued_at, request_url, ui, active, created_at, updated_at,
    refresh, requested_aal, return_to, state, oauth2_login_challenge, organization_id;
    secret: session_token_exchange_code;
    url: ;
    json: oauth2_login_request, transient_payload, extra;
});
crate::redact::redacting_debug!(RegistrationFlow {
    id, flow_type, expires_at, issued_at, request_url, ui, active, return_to, state,
    oauth2_login_challenge, organization_id;
    secret: session_token_exchange_code;
    url: ;
    json: oauth2_login_request, transient_payload, extra;
});
crate::redact::redacting_debug!(LogoutFlow {
    ;
    secret: logout_token;
    url: logout_url;
    json: extra;
});
crate::redact::redacting_debug!(SuccessfulNativeLogin {
    session, continue_with;
    secret: session_token;
    url: ;
    json: extra;
});
crate::redact::redacting_debug!(SuccessfulNativeRegistration {
    identity, session, continue_with;
    secret: session_token;
    url: ;
    json: extra;
});
crate::redact::redacting_debug!(SuccessfulCodeExchangeResponse {
    session;
    secret: session_token;
    url: ;
    json: extra;
});
