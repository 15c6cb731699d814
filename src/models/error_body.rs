//! The herodot JSON error body every Kratos error response carries.
//!
//! Spec: `errorGeneric`/`genericError`, `errorBrowserLocationChangeRequired`,
//! `selfServiceFlowExpiredError`, `errorFlowReplaced` in `openapi-v1.json`; ids from
//! `text/message_error.go`.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::open_enum::open_enum;
use super::ExtraFields;

open_enum! {
    /// Kratos' stable string error ids (`error.id`).
    pub enum ErrorId {
        /// 403: a privileged settings change needs a fresh login (`redirect_browser_to`).
        SessionRefreshRequired = "session_refresh_required",
        /// 410: the flow expired (`use_flow_id`, `since`, v1 `expired_at`).
        SelfServiceFlowExpired = "self_service_flow_expired",
        /// 400: the flow (e.g. registration) is disabled.
        SelfServiceFlowDisabled = "self_service_flow_disabled",
        /// 422: the browser must navigate to `redirect_browser_to`.
        BrowserLocationChangeRequired = "browser_location_change_required",
        /// 410: the flow was replaced by another one (`use_flow_id`, v0.11+).
        SelfServiceFlowReplaced = "self_service_flow_replaced",
        /// 400: the user is already signed in.
        SessionAlreadyAvailable = "session_already_available",
        /// 400: a verified address is required.
        SessionVerifiedAddressRequired = "session_verified_address_required",
        /// 401: the requested AAL is already reached.
        SessionAalAlreadyFulfilled = "session_aal_already_fulfilled",
        /// 401: an AAL1 session is required first.
        SessionAal1Required = "session_aal1_required",
        /// 403: a second factor is required (`redirect_browser_to`).
        SessionAal2Required = "session_aal2_required",
        /// 401: no active session.
        SessionInactive = "session_inactive",
        /// 400: `return_to` is not allowed.
        SelfServiceFlowReturnToForbidden = "self_service_flow_return_to_forbidden",
        /// 403: the session belongs to another identity.
        SecurityIdentityMismatch = "security_identity_mismatch",
        /// 403: CSRF check failed.
        SecurityCsrfViolation = "security_csrf_violation",
    }
}

/// An error response body (`errorGeneric` plus the extra top-level keys of specific errors).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ErrorBody {
    /// The error itself.
    pub error: GenericError,
    /// Where the browser must go (422 `browser_location_change_required`, 403 AAL/refresh).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect_browser_to: Option<String>,
    /// The flow to continue with (410 expired / replaced).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_flow_id: Option<String>,
    /// How long ago the flow expired, as a Go duration in nanoseconds (410).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<i64>,
    /// When the flow expired (410, v1+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expired_at: Option<String>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// The herodot error object (`genericError`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GenericError {
    /// The stable error id; absent on some errors (e.g. 401 from `/sessions/whoami`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<ErrorId>,
    /// The HTTP status code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<i64>,
    /// The HTTP status text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// A human-readable explanation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// The request id, when the server has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request: Option<String>,
    /// Error-specific details (e.g. `redirect_to`, CSRF `reject_reason`).
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub details: Option<Value>,
    /// The error message.
    pub message: String,
    /// Debug information (only with debug enabled on the server).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub debug: Option<String>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn expired_error_keeps_large_since_and_unknown_id() {
        let v = json!({
            "error": {"id": "self_service_flow_teleported", "code": 410, "status": "Gone",
                      "message": "m", "details": {"redirect_to": "https://x"}},
            "use_flow_id": "f", "since": 9_000_000_000_000_000_000_i64,
            "expired_at": "2024-10-28T10:00:00.123456789Z", "trace": "t"
        });
        let body: ErrorBody = serde_json::from_value(v.clone()).unwrap();
        assert_eq!(
            body.error.id,
            Some(ErrorId::Other("self_service_flow_teleported".into()))
        );
        assert_eq!(body.since, Some(9_000_000_000_000_000_000));
        assert_eq!(serde_json::to_value(&body).unwrap(), v);
    }

    #[test]
    fn error_without_message_is_rejected_with_path() {
        let err = serde_path_to_error::deserialize::<_, ErrorBody>(json!({"error": {"code": 400}}))
            .unwrap_err();
        assert_eq!(err.path().to_string(), "error");
        assert!(err.to_string().contains("message"), "{err}");
    }
}
