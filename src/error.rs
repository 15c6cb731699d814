//! Errors as values a caller can act on.
//!
//! Every failure — the network, a timeout, an abort, a body that is not what the endpoint
//! promises, or an HTTP error answer of Kratos — becomes an [`Error`] with a stable
//! [`ErrorKind`]. For Kratos' answers the kind is Kratos' own `error.id` wherever the body has
//! one, so a caller switches on the same strings the Kratos documentation uses.

use std::fmt;

use crate::json_view::{JsonKind, JsonView};
use crate::url::HttpUrl;

/// What went wrong, as a stable, matchable value.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// The request never got an HTTP answer (offline, DNS, refused, or blocked by CORS).
    Network,
    /// The configured or per-call timeout fired first.
    Timeout,
    /// The caller's `AbortSignal` aborted the request.
    Aborted,
    /// The server answered, but not with what the endpoint promises.
    Decode,
    /// The caller passed something the SDK cannot send (a missing required parameter, a
    /// non-http(s) base path, a header a browser refuses).
    InvalidArgument,
    /// A 400 that carries the updated flow, with messages on its nodes: re-render it.
    FlowValidation,
    /// An HTTP error without a Kratos error id the SDK knows how to name.
    Http,
    /// `self_service_flow_expired` (410): continue with `use_flow_id` or start a new flow.
    SelfServiceFlowExpired,
    /// `self_service_flow_replaced` (410): continue with `use_flow_id`.
    SelfServiceFlowReplaced,
    /// `browser_location_change_required` (422): navigate to `redirect_browser_to`.
    BrowserLocationChangeRequired,
    /// `session_aal2_required` (403): a second factor is needed; see `redirect_browser_to`.
    SessionAal2Required,
    /// `session_refresh_required` (403): sign in again (`refresh=true`).
    SessionRefreshRequired,
    /// `security_csrf_violation` (403): the CSRF cookie and token do not match.
    SecurityCsrfViolation,
    /// `session_inactive` (401): there is no session. A 401 of `/sessions/whoami` carries no
    /// `error.id` at all, and means the same.
    SessionInactive,
    /// `session_already_available` (400): already signed in.
    SessionAlreadyAvailable,
    /// Any other Kratos `error.id`, kept verbatim.
    Other(String),
}

impl ErrorKind {
    /// The stable string of this kind: Kratos' `error.id`, or the SDK's own name.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Network => "network",
            Self::Timeout => "timeout",
            Self::Aborted => "aborted",
            Self::Decode => "decode",
            Self::InvalidArgument => "invalid_argument",
            Self::FlowValidation => "flow_validation",
            Self::Http => "http",
            Self::SelfServiceFlowExpired => "self_service_flow_expired",
            Self::SelfServiceFlowReplaced => "self_service_flow_replaced",
            Self::BrowserLocationChangeRequired => "browser_location_change_required",
            Self::SessionAal2Required => "session_aal2_required",
            Self::SessionRefreshRequired => "session_refresh_required",
            Self::SecurityCsrfViolation => "security_csrf_violation",
            Self::SessionInactive => "session_inactive",
            Self::SessionAlreadyAvailable => "session_already_available",
            Self::Other(id) => id,
        }
    }

    /// The kind named by a Kratos `error.id`.
    pub fn from_error_id(id: &str) -> Self {
        match id {
            "self_service_flow_expired" => Self::SelfServiceFlowExpired,
            "self_service_flow_replaced" => Self::SelfServiceFlowReplaced,
            "browser_location_change_required" => Self::BrowserLocationChangeRequired,
            "session_aal2_required" => Self::SessionAal2Required,
            "session_refresh_required" => Self::SessionRefreshRequired,
            "security_csrf_violation" => Self::SecurityCsrfViolation,
            "session_inactive" => Self::SessionInactive,
            "session_already_available" => Self::SessionAlreadyAvailable,
            other => Self::Other(other.to_owned()),
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A failed call.
///
/// The message never contains request bodies, URLs or headers, so that passwords, codes and
/// session tokens cannot leak into logs through an error.
#[derive(Debug, Clone, PartialEq)]
pub struct Error {
    /// What went wrong.
    pub kind: ErrorKind,
    /// The HTTP status, or 0 when there was no HTTP answer.
    pub status: u16,
    /// A human-readable explanation.
    pub message: String,
    /// Kratos' `error.id`, when the body has one.
    pub error_id: Option<String>,
    /// Kratos' `error.reason`, when the body has one.
    pub reason: Option<String>,
    /// The flow to continue with (410 `use_flow_id`).
    pub use_flow_id: Option<String>,
    /// Where the browser must go (422, and 403 `session_aal2_required`/`session_refresh_required`):
    /// always an absolute http(s) URL. A target that is not (`javascript:`, `//host`, …) is
    /// dropped, so this is `None`; the raw [`body`](Self::body) still holds what the server
    /// sent, and is not to be navigated to.
    pub redirect_browser_to: Option<String>,
    /// The parsed error body (Rust API only; the npm package keeps the JavaScript object).
    pub body: Option<serde_json::Value>,
}

impl Error {
    fn new(kind: ErrorKind, status: u16, message: String) -> Self {
        Self {
            kind,
            status,
            message,
            error_id: None,
            reason: None,
            use_flow_id: None,
            redirect_browser_to: None,
            body: None,
        }
    }

    /// The caller passed something that cannot be sent.
    pub fn invalid_argument(message: String) -> Self {
        Self::new(ErrorKind::InvalidArgument, 0, message)
    }

    /// No HTTP answer. `detail` is what the platform said (e.g. "Failed to fetch").
    pub fn network(detail: &str) -> Self {
        Self::new(
            ErrorKind::Network,
            0,
            format!(
                "the request got no HTTP answer ({detail}). The server may be down, or the \
                 browser blocked the answer: for a server on another origin, CORS must allow \
                 this page's origin with credentials (Access-Control-Allow-Credentials: true)"
            ),
        )
    }

    /// The timeout fired.
    pub fn timeout(after_ms: u32) -> Self {
        Self::new(
            ErrorKind::Timeout,
            0,
            format!("no answer within {after_ms} ms"),
        )
    }

    /// The server redirected a JSON request, which Kratos never does: the request is not
    /// followed, so credentials never travel to where a redirect points.
    pub fn unexpected_redirect(status: u16) -> Self {
        Self::new(
            ErrorKind::Http,
            status,
            "the server answered with a redirect, which Kratos does not send to JSON requests; \
             check the basePath"
                .to_owned(),
        )
    }

    /// The caller aborted.
    pub fn aborted() -> Self {
        Self::new(ErrorKind::Aborted, 0, "the request was aborted".to_owned())
    }

    /// The answer was not what the endpoint promises. `path` names the JSON member.
    pub fn decode(status: u16, path: &str, problem: &str) -> Self {
        let at = if path.is_empty() {
            "the body".to_owned()
        } else {
            format!("`{path}`")
        };
        Self::new(
            ErrorKind::Decode,
            status,
            format!("unexpected answer (HTTP {status}): {at} {problem}"),
        )
    }

    /// Whether this error carries an updated flow to re-render.
    pub fn is_flow_validation(&self) -> bool {
        self.kind == ErrorKind::FlowValidation
    }

    /// Maps an HTTP error answer (status >= 300) to an error.
    ///
    /// `body` is the parsed JSON body, if the body was JSON. `missing_session_is_inactive`
    /// is set for endpoints whose 401 means "no session" even without an `error.id`, as
    /// `/sessions/whoami` answers.
    pub fn from_http<V: JsonView>(
        status: u16,
        body: Option<&V>,
        missing_session_is_inactive: bool,
    ) -> Self {
        let error = body.and_then(|body| body.member("error"));
        let error_id = error.as_ref().and_then(|e| e.string_member("id"));
        let reason = error.as_ref().and_then(|e| e.string_member("reason"));
        let error_message = error.as_ref().and_then(|e| e.string_member("message"));
        let carries_flow = body.is_some_and(is_flow);

        let kind = match &error_id {
            Some(id) => ErrorKind::from_error_id(id),
            None if status == 400 && carries_flow => ErrorKind::FlowValidation,
            None if status == 401 && missing_session_is_inactive => ErrorKind::SessionInactive,
            None => ErrorKind::Http,
        };
        let detail = reason.as_deref().or(error_message.as_deref());
        let message = match (&kind, detail) {
            (ErrorKind::FlowValidation, _) => {
                format!("HTTP {status}: the submitted form has errors; the updated flow carries the messages")
            }
            (_, Some(detail)) => format!("HTTP {status} {kind}: {detail}"),
            (_, None) => format!("HTTP {status} {kind}"),
        };
        let top_level = |key: &str| body.and_then(|body| body.string_member(key));
        let in_details = |key: &str| {
            error
                .as_ref()
                .and_then(|e| e.member("details"))
                .and_then(|details| details.string_member(key))
        };
        Self {
            use_flow_id: top_level("use_flow_id"),
            redirect_browser_to: navigable(top_level("redirect_browser_to"))
                .or_else(|| navigable(in_details("redirect_browser_to"))),
            error_id,
            reason,
            ..Self::new(kind, status, message)
        }
    }
}

/// A redirect target from a server's answer, if a caller may navigate to it.
///
/// Callers pass `redirect_browser_to` straight to `location.assign` (the README does), so a
/// hostile or compromised server must not be able to hand them a `javascript:` or `data:` URL
/// (script in the page's origin), a scheme-relative `//evil.example`, or anything a browser
/// resolves differently from how it reads (`/\evil.example`, tabs, userinfo). Only an absolute
/// http(s) URL that [`HttpUrl::parse`] accepts is kept; anything else is dropped, as if the
/// server had named no target. The error's `body` is left exactly as the server sent it (it is
/// the raw answer, for debugging): navigate to [`Error::redirect_browser_to`], never to a
/// target read from the body.
fn navigable(target: Option<String>) -> Option<String> {
    target.filter(|target| HttpUrl::parse(target).is_some())
}

/// Whether a body is a self-service flow (what Kratos sends with a 400 validation error).
pub fn is_flow<V: JsonView>(body: &V) -> bool {
    body.kind() == JsonKind::Object
        && body
            .member("ui")
            .is_some_and(|ui| ui.kind() == JsonKind::Object)
        && body.member("id").is_some()
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.message, self.kind)
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn map(status: u16, body: serde_json::Value, whoami: bool) -> Error {
        Error::from_http(status, Some(&&body), whoami)
    }

    #[test]
    fn kratos_error_id_becomes_the_kind() {
        let body = json!({"error": {"id": "security_csrf_violation", "code": 403, "reason": "r", "message": "m"}});
        let error = map(403, body, false);
        assert_eq!(error.kind, ErrorKind::SecurityCsrfViolation);
        assert_eq!(error.error_id.as_deref(), Some("security_csrf_violation"));
        assert_eq!(error.reason.as_deref(), Some("r"));
        assert_eq!(error.message, "HTTP 403 security_csrf_violation: r");
    }

    #[test]
    fn unknown_error_ids_are_kept() {
        let error = map(
            400,
            json!({"error": {"id": "brand_new_id", "message": "m"}}),
            false,
        );
        assert_eq!(error.kind, ErrorKind::Other("brand_new_id".into()));
        assert_eq!(error.kind.as_str(), "brand_new_id");
    }

    #[test]
    fn a_400_with_a_flow_is_a_validation_error() {
        let body = json!({"id": "f", "type": "browser", "ui": {"nodes": [], "action": "", "method": "POST"}});
        assert_eq!(map(400, body, false).kind, ErrorKind::FlowValidation);
    }

    #[test]
    fn whoami_401_without_id_means_no_session() {
        let body = json!({"error": {"code": 401, "status": "Unauthorized", "message": "The request could not be authorized"}});
        assert_eq!(
            map(401, body.clone(), true).kind,
            ErrorKind::SessionInactive
        );
        assert_eq!(map(401, body, false).kind, ErrorKind::Http);
    }

    #[test]
    fn redirect_and_flow_id_are_read() {
        let gone = map(
            410,
            json!({"error": {"id": "self_service_flow_expired"}, "use_flow_id": "new"}),
            false,
        );
        assert_eq!(gone.use_flow_id.as_deref(), Some("new"));
        let aal = json!({"error": {"id": "session_aal2_required", "details": {"redirect_browser_to": "https://x/aal2"}}});
        assert_eq!(
            map(403, aal, false).redirect_browser_to.as_deref(),
            Some("https://x/aal2")
        );
    }

    #[test]
    fn non_json_error_bodies_are_http_errors() {
        let error = Error::from_http::<&serde_json::Value>(502, None, false);
        assert_eq!(error.kind, ErrorKind::Http);
        assert_eq!(error.status, 502);
    }
}
