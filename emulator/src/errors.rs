//! Herodot-style error bodies: `{"error":{id?,code,status,request?,reason?,details?,message}, ...extras}`.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::{json, Map, Value};

#[derive(Debug, Clone)]
pub struct ApiError {
    pub code: u16,
    pub id: Option<String>,
    pub reason: Option<String>,
    pub message: String,
    pub details: Map<String, Value>,
    /// Top-level keys next to `error` (e.g. `redirect_browser_to`, `use_flow_id`).
    pub extra: Map<String, Value>,
}

pub fn status_text(code: u16) -> &'static str {
    StatusCode::from_u16(code)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("Unknown")
}

impl ApiError {
    pub fn new(code: u16, message: &str) -> Self {
        ApiError {
            code,
            id: None,
            reason: None,
            message: message.to_string(),
            details: Map::new(),
            extra: Map::new(),
        }
    }

    // herodot defaults
    pub fn bad_request() -> Self {
        Self::new(
            400,
            "The request was malformed or contained invalid parameters",
        )
    }
    pub fn unauthorized() -> Self {
        Self::new(401, "The request could not be authorized")
    }
    pub fn forbidden() -> Self {
        Self::new(403, "The requested action was forbidden")
    }
    pub fn not_found() -> Self {
        Self::new(404, "The requested resource could not be found")
    }
    pub fn conflict() -> Self {
        Self::new(409, "The resource could not be created due to a conflict")
    }
    pub fn internal(reason: impl Into<String>) -> Self {
        Self::new(
            500,
            "An internal server error occurred, please contact the system administrator",
        )
        .reason(reason)
    }

    pub fn id(mut self, id: &str) -> Self {
        self.id = Some(id.into());
        self
    }
    pub fn reason(mut self, r: impl Into<String>) -> Self {
        self.reason = Some(r.into());
        self
    }
    pub fn message(mut self, m: &str) -> Self {
        self.message = m.into();
        self
    }
    pub fn detail(mut self, k: &str, v: impl Into<Value>) -> Self {
        self.details.insert(k.into(), v.into());
        self
    }
    pub fn extra(mut self, k: &str, v: impl Into<Value>) -> Self {
        self.extra.insert(k.into(), v.into());
        self
    }

    /// The inner `error` object.
    pub fn error_object(&self) -> Value {
        let mut e = Map::new();
        if let Some(id) = &self.id {
            e.insert("id".into(), json!(id));
        }
        e.insert("code".into(), json!(self.code));
        e.insert("status".into(), json!(status_text(self.code)));
        if let Some(r) = &self.reason {
            e.insert("reason".into(), json!(r));
        }
        if !self.details.is_empty() {
            e.insert("details".into(), Value::Object(self.details.clone()));
        }
        e.insert("message".into(), json!(self.message));
        Value::Object(e)
    }

    pub fn to_json(&self) -> Value {
        let mut m = Map::new();
        m.insert("error".into(), self.error_object());
        for (k, v) in &self.extra {
            m.insert(k.clone(), v.clone());
        }
        Value::Object(m)
    }

    // ---- Kratos errors ----

    pub fn session_inactive() -> Self {
        Self::unauthorized()
            .id("session_inactive")
            .message("request does not have a valid authentication session")
            .reason("No active session was found in this request.")
    }

    pub fn whoami_unauthorized() -> Self {
        Self::unauthorized().reason("No valid session credentials found in the request.")
    }

    pub fn already_logged_in(what: &str) -> Self {
        let reason = match what {
            "login" => "A valid session was detected and thus login is not possible. Did you forget to set `?refresh=true`?",
            "registration" => "A valid session was detected and thus registration is not possible.",
            _ => "A valid session was detected and thus recovery is not possible.",
        };
        let e = Self::bad_request()
            .id("session_already_available")
            .reason(reason);
        if what == "recovery" {
            e
        } else {
            e.message("you are already logged in")
        }
    }

    pub fn browser_location_change_required(to: &str) -> Self {
        Self::new(422, "browser location change required")
            .id("browser_location_change_required")
            .reason(format!(
                "In order to complete this flow please redirect the browser to: {to}"
            ))
            .extra("redirect_browser_to", to)
    }

    pub fn aal2_required(redirect_to: &str) -> Self {
        Self::new(403, "Session does not fulfill the requested Authenticator Assurance Level")
            .id("session_aal2_required")
            .reason("An active session was found but it does not fulfill the requested Authenticator Assurance Level. Please verify yourself with a second factor to resolve this issue.")
            .detail("redirect_browser_to", redirect_to)
            .extra("redirect_browser_to", redirect_to)
    }

    pub fn refresh_required(redirect_to: &str) -> Self {
        Self::forbidden()
            .id("session_refresh_required")
            .reason("The login session is too old and thus not allowed to update these fields. Please re-authenticate.")
            .extra("redirect_browser_to", redirect_to)
    }

    pub fn return_to_forbidden(u: &str) -> Self {
        Self::bad_request()
            .id("self_service_flow_return_to_forbidden")
            .reason(format!("Requested return_to URL {u:?} is not allowed."))
    }

    pub fn flow_disabled(flow: &str) -> Self {
        let (msg, reason) = match flow {
            "registration" => (
                "registration flow disabled",
                "Registration is not allowed because it was disabled.",
            ),
            "recovery" => (
                "recovery flow disabled",
                "Recovery is not allowed because it was disabled.",
            ),
            _ => (
                "verification flow disabled",
                "Verification is not allowed because it was disabled.",
            ),
        };
        Self::bad_request()
            .id("self_service_flow_disabled")
            .message(msg)
            .reason(reason)
    }

    /// `self_service_flow_expired` on submit (with `use_flow_id`, `expired_at`, `since`).
    pub fn flow_expired_submit(expired_at: &crate::model::Time, new_flow: uuid::Uuid) -> Self {
        let ago = crate::model::now() - *expired_at;
        let minutes = ago.num_milliseconds() as f64 / 60000.0;
        Self::new(410, "self-service flow expired")
            .id("self_service_flow_expired")
            .reason(format!(
                "The self-service flow expired {minutes:.2} minutes ago, initialize a new one."
            ))
            .extra("expired_at", crate::model::ts(expired_at))
            .extra("since", ago.num_nanoseconds().unwrap_or(i64::MAX))
            .extra("use_flow_id", new_flow.to_string())
    }

    pub fn csrf(reject_reason: Option<&str>, hint: &str) -> Self {
        let mut e = Self::forbidden()
            .id("security_csrf_violation")
            .message("the request was rejected to protect you from Cross-Site-Request-Forgery")
            .reason("Please retry the flow and optionally clear your cookies. The request was rejected to protect you from Cross-Site-Request-Forgery (CSRF) which could cause account takeover, leaking personal information, and other serious security issues.")
            .detail("docs", "https://www.ory.sh/kratos/docs/debug/csrf")
            .detail("hint", hint);
        if let Some(r) = reject_reason {
            e = e.detail("reject_reason", r);
        }
        e
    }

    pub fn origin_on_api_flow() -> Self {
        Self::bad_request().reason("The HTTP Request Header included the \"Origin\" key, indicating that this request was made as part of an AJAX request in a Browser. The flow however was initiated as an API request. To prevent potential misuse and mitigate several attack vectors including CSRF, the request has been blocked. Please consult the documentation.")
    }

    pub fn cookie_on_api_flow(names: Vec<String>) -> Self {
        Self::bad_request()
            .reason("The HTTP Request Header included the \"Cookie\" key, indicating that this request was made by a Browser. The flow however was initiated as an API request. To prevent potential misuse and mitigate several attack vectors including CSRF, the request has been blocked. Please consult the documentation.")
            .detail("found cookies", names)
    }

    pub fn flow_not_found() -> Self {
        Self::not_found().reason("The requested resource could not be found")
    }
}

impl From<String> for ApiError {
    fn from(s: String) -> Self {
        ApiError::internal(s)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        (status, axum::Json(self.to_json())).into_response()
    }
}
