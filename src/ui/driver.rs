//! Every answer to its ending: what the UI does after a submit (or a flow fetch) answered.
//!
//! [`ending`] is a pure function of the flow kind and the outcome, so every branch is tested
//! natively against real Kratos answers. The DOM layer only performs the [`Ending`]:
//!
//! | answer | ending |
//! |---|---|
//! | 200 with `continue_with` | [`Ending::Continue`]: the steps in Kratos' order |
//! | 200 flow (settings `success`, recovery `sent_email`, verification `passed_challenge`) | [`Ending::Rerender`] (it carries the success message) |
//! | 200 session, no step | the flow's `return_to` ([`Ending::Continue`] with a navigation), else [`Ending::Done`] |
//! | 400 flow (`flow_validation`) | [`Ending::Rerender`] |
//! | 410 `self_service_flow_expired` | [`Ending::LoadFlow`] (`use_flow_id`) else [`Ending::Restart`], keeping the input |
//! | 410 `self_service_flow_replaced` | [`Ending::LoadFlow`] (`use_flow_id`) else [`Ending::Restart`] |
//! | 403 `security_csrf_violation`, any 404 | [`Ending::Restart`] |
//! | 403 `session_aal2_required` | [`Ending::StartLogin`] with `aal2` |
//! | 403 `session_refresh_required` | [`Ending::StartLogin`] with `refresh` |
//! | 401 `session_inactive` (settings) | [`Ending::StartLogin`] |
//! | 422 `browser_location_change_required` | [`Ending::Navigate`] (http(s) only) |
//! | 400 `session_already_available` | [`Ending::AlreadySignedIn`] |
//! | network, timeout, abort, 5xx, 429 | [`Ending::Message`] with `retry`, input kept |
//! | anything else | [`Ending::Message`] |

use std::fmt;

use serde_json::Value;

use crate::error::{is_flow, Error, ErrorKind};
use crate::models::ContinueWith;
use crate::url::HttpUrl;

/// The self-service flows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FlowKind {
    /// Sign in.
    Login,
    /// Sign up.
    Registration,
    /// Account recovery.
    Recovery,
    /// Address verification.
    Verification,
    /// Account settings.
    Settings,
}

/// The endpoints that create, fetch and submit one kind of browser flow.
#[derive(Debug, Clone, Copy)]
pub struct FlowEndpoints {
    /// `GET /self-service/<kind>/browser`
    pub create_browser: &'static crate::endpoint::Endpoint,
    /// `GET /self-service/<kind>/flows?id=`
    pub get: &'static crate::endpoint::Endpoint,
    /// `POST /self-service/<kind>?flow=`
    pub update: &'static crate::endpoint::Endpoint,
}

impl FlowKind {
    /// Every kind.
    pub const ALL: [FlowKind; 5] = [
        Self::Login,
        Self::Registration,
        Self::Recovery,
        Self::Verification,
        Self::Settings,
    ];

    /// The kind named `name` (`"login"`, …).
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.as_str() == name)
    }

    /// The kind of a flow object, read from where it submits (`ui.action`, `…/self-service/login?flow=…`)
    /// or, failing that, from the URL that created it (`request_url`).
    pub fn of_flow(flow: &Value) -> Option<Self> {
        let paths = [flow.pointer("/ui/action"), flow.get("request_url")];
        paths
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .find_map(|url| {
                let path = url.split(['?', '#']).next().unwrap_or_default();
                let rest = &path[path.find("/self-service/")? + "/self-service/".len()..];
                Self::parse(rest.split('/').next().unwrap_or_default())
            })
    }

    /// The endpoints of this kind's browser flow.
    pub fn endpoints(self) -> FlowEndpoints {
        use crate::endpoints::frontend as ep;
        let (create_browser, get, update) = match self {
            Self::Login => (
                &ep::CREATE_BROWSER_LOGIN_FLOW,
                &ep::GET_LOGIN_FLOW,
                &ep::UPDATE_LOGIN_FLOW,
            ),
            Self::Registration => (
                &ep::CREATE_BROWSER_REGISTRATION_FLOW,
                &ep::GET_REGISTRATION_FLOW,
                &ep::UPDATE_REGISTRATION_FLOW,
            ),
            Self::Recovery => (
                &ep::CREATE_BROWSER_RECOVERY_FLOW,
                &ep::GET_RECOVERY_FLOW,
                &ep::UPDATE_RECOVERY_FLOW,
            ),
            Self::Verification => (
                &ep::CREATE_BROWSER_VERIFICATION_FLOW,
                &ep::GET_VERIFICATION_FLOW,
                &ep::UPDATE_VERIFICATION_FLOW,
            ),
            Self::Settings => (
                &ep::CREATE_BROWSER_SETTINGS_FLOW,
                &ep::GET_SETTINGS_FLOW,
                &ep::UPDATE_SETTINGS_FLOW,
            ),
        };
        FlowEndpoints {
            create_browser,
            get,
            update,
        }
    }

    /// The flow's name in Kratos paths (`/self-service/<name>/…`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Login => "login",
            Self::Registration => "registration",
            Self::Recovery => "recovery",
            Self::Verification => "verification",
            Self::Settings => "settings",
        }
    }
}

/// What an answer was.
#[derive(Debug, Clone, Copy)]
pub enum Outcome<'a> {
    /// A 2xx answer with its JSON body.
    Success(&'a Value),
    /// A failure. For `flow_validation` the error's `body` must hold the flow (the Rust API
    /// sets it).
    Failure(&'a Error),
}

/// What the caller knows that the answer does not say.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EndingContext {
    /// Where to go after success, and where to come back to after a step-up login. The
    /// renderer passes only a target its navigation gate allowed
    /// ([`crate::ui::navigation::NavigationPolicy::success_target`]).
    pub return_to: Option<String>,
}

/// A session token handed to the caller. Its `Debug` output is redacted so that it never
/// reaches a log through a `{:?}` of an [`Ending`].
#[derive(Clone, PartialEq, Eq)]
pub struct SessionToken(String);

impl SessionToken {
    /// The token itself: store it, never log it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for SessionToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SessionToken(<redacted>)")
    }
}

/// One step after a success, in Kratos' `continue_with` order.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    /// Hand the token to the caller (native flows), then go on with the next step.
    SetSessionToken(SessionToken),
    /// Show another flow by id (`show_verification_ui`, `show_settings_ui`,
    /// `show_recovery_ui`); `url` is Kratos' UI URL for it, when configured and http(s).
    ShowFlow {
        /// Which flow.
        kind: FlowKind,
        /// The flow id to fetch.
        id: String,
        /// Kratos' UI URL for it.
        url: Option<String>,
    },
    /// Navigate the top-level browsing context (an http(s) URL).
    Navigate(String),
}

impl Step {
    /// Whether the step leaves the current form (every step but the token).
    pub fn leaves(&self) -> bool {
        !matches!(self, Self::SetSessionToken(_))
    }
}

/// What the UI does next.
#[derive(Debug, Clone, PartialEq)]
pub enum Ending {
    /// Success with steps: perform them in order. The first step that [`Step::leaves`] ends
    /// the form; if none does, finish as [`Ending::Done`] with `session`.
    Continue {
        /// The steps.
        steps: Vec<Step>,
        /// The session, when the answer has one.
        session: Option<Value>,
    },
    /// Success, nothing else to do: call back with the session (and the identity of a
    /// registration without a session).
    Done {
        /// The session, when the answer has one.
        session: Option<Value>,
        /// The identity (registration answers).
        identity: Option<Value>,
    },
    /// Render this flow (validation messages, or the success state of settings, recovery and
    /// verification).
    Rerender(Value),
    /// Fetch this flow and render it (`use_flow_id`); keep what the user typed if `keep_input`.
    LoadFlow {
        /// The flow id.
        id: String,
        /// Whether to put the user's input back into the new flow.
        keep_input: bool,
    },
    /// Create a new flow of the same kind; keep what the user typed if `keep_input`.
    Restart {
        /// Whether to put the user's input back into the new flow.
        keep_input: bool,
    },
    /// Create a login flow (step-up or re-authentication), then come back to `return_to`.
    StartLogin {
        /// `Some("aal2")` for a second factor.
        aal: Option<String>,
        /// Re-authenticate although a session exists.
        refresh: bool,
        /// Where to come back to.
        return_to: Option<String>,
    },
    /// Top-level navigation (an http(s) URL).
    Navigate(String),
    /// There already is a session: leave the sign-in / sign-up form.
    AlreadySignedIn,
    /// Show a message; offer to try again if `retry` (the user's input is kept).
    Message {
        /// English text (Kratos' reason or message); `kind` lets the caller translate instead.
        text: String,
        /// Whether trying the same again can succeed.
        retry: bool,
        /// The error kind (`network`, `timeout`, a Kratos `error.id`, …).
        kind: String,
    },
}

/// The ending of `outcome` for a flow of `kind`, without a known `return_to`.
pub fn ending(kind: FlowKind, outcome: Outcome<'_>) -> Ending {
    ending_with(kind, outcome, &EndingContext::default())
}

/// The ending of `outcome` for a flow of `kind`.
pub fn ending_with(kind: FlowKind, outcome: Outcome<'_>, context: &EndingContext) -> Ending {
    match outcome {
        Outcome::Success(body) => success(body, context),
        Outcome::Failure(error) => failure(kind, error, context),
    }
}

fn success(body: &Value, context: &EndingContext) -> Ending {
    let mut steps = continue_with_steps(body);
    let leaves = steps.iter().any(Step::leaves);
    if is_flow(&body) {
        // Settings `success`, recovery `sent_email`, verification `passed_challenge`: the flow
        // carries the success message; show it unless Kratos asks for another flow, or the flow
        // was started with an explicit `return_to` to go back to (Kratos may add a
        // `redirect_browser_to` to its default URL, which would hide the message).
        let explicit_return = body
            .get("return_to")
            .and_then(Value::as_str)
            .is_some_and(|url| !url.is_empty());
        let goes_on = steps.iter().any(|step| match step {
            Step::ShowFlow { .. } => true,
            Step::Navigate(_) => explicit_return,
            Step::SetSessionToken(_) => false,
        });
        return if goes_on {
            Ending::Continue {
                steps,
                session: None,
            }
        } else {
            Ending::Rerender(body.clone())
        };
    }
    let has_token_step = steps.iter().any(|s| matches!(s, Step::SetSessionToken(_)));
    if let (false, Some(token)) = (
        has_token_step,
        body.get("session_token").and_then(Value::as_str),
    ) {
        steps.insert(0, Step::SetSessionToken(SessionToken(token.to_owned())));
    }
    if !leaves {
        if let Some(url) = context.return_to.as_deref().filter(|u| is_http_url(u)) {
            steps.push(Step::Navigate(url.to_owned()));
        }
    }
    let session = body.get("session").filter(|s| s.is_object()).cloned();
    if steps.is_empty() {
        Ending::Done {
            session,
            identity: body.get("identity").filter(|s| s.is_object()).cloned(),
        }
    } else {
        Ending::Continue { steps, session }
    }
}

/// The `continue_with` items as steps, in the order Kratos' own UIs act on them: the session
/// token first (it never leaves the page), then a flow to show (verification after sign-up),
/// then a redirect — whatever order the array has. Items this SDK does not know, and
/// navigation targets that are not http(s), are skipped.
fn continue_with_steps(body: &Value) -> Vec<Step> {
    let mut steps = continue_with_items(body);
    super::sort_by_rank(&mut steps, |step| match step {
        Step::SetSessionToken(_) => 0,
        Step::ShowFlow { .. } => 1,
        Step::Navigate(_) => 2,
    });
    steps
}

fn continue_with_items(body: &Value) -> Vec<Step> {
    let Some(items) = body.get("continue_with").and_then(Value::as_array) else {
        return Vec::new();
    };
    let safe_url = |url: &Option<String>| url.clone().filter(|u| is_http_url(u));
    items
        .iter()
        .filter_map(|item| match ContinueWith::from_value(item.clone()) {
            ContinueWith::ShowVerificationUi(c) => Some(Step::ShowFlow {
                kind: FlowKind::Verification,
                url: safe_url(&c.flow.url),
                id: c.flow.id,
            }),
            ContinueWith::ShowSettingsUi(c) => Some(Step::ShowFlow {
                kind: FlowKind::Settings,
                url: safe_url(&c.flow.url),
                id: c.flow.id,
            }),
            ContinueWith::ShowRecoveryUi(c) => Some(Step::ShowFlow {
                kind: FlowKind::Recovery,
                url: safe_url(&c.flow.url),
                id: c.flow.id,
            }),
            ContinueWith::SetOrySessionToken(c) => {
                Some(Step::SetSessionToken(SessionToken(c.ory_session_token)))
            }
            ContinueWith::RedirectBrowserTo(c) => Some(c.redirect_browser_to)
                .filter(|u| is_http_url(u))
                .map(Step::Navigate),
            ContinueWith::Unknown(_) => None,
        })
        .collect()
}

fn failure(kind: FlowKind, error: &Error, context: &EndingContext) -> Ending {
    let return_to = || {
        error
            .redirect_browser_to
            .as_deref()
            .and_then(|url| query_param(url, "return_to"))
            .or_else(|| context.return_to.clone())
    };
    let load_or_restart = |keep_input: bool| match &error.use_flow_id {
        Some(id) if !id.is_empty() => Ending::LoadFlow {
            id: id.clone(),
            keep_input,
        },
        _ => Ending::Restart { keep_input },
    };
    match &error.kind {
        ErrorKind::FlowValidation => match &error.body {
            Some(flow) if is_flow(&flow) => Ending::Rerender(flow.clone()),
            _ => message(error, false),
        },
        ErrorKind::SelfServiceFlowExpired => load_or_restart(true),
        ErrorKind::SelfServiceFlowReplaced => load_or_restart(false),
        ErrorKind::SecurityCsrfViolation => Ending::Restart { keep_input: false },
        _ if error.status == 404 => Ending::Restart { keep_input: false },
        ErrorKind::SessionAal2Required => Ending::StartLogin {
            aal: Some("aal2".to_owned()),
            refresh: false,
            return_to: return_to(),
        },
        ErrorKind::SessionRefreshRequired => Ending::StartLogin {
            aal: None,
            refresh: true,
            return_to: return_to(),
        },
        ErrorKind::SessionInactive if kind == FlowKind::Settings => Ending::StartLogin {
            aal: None,
            refresh: false,
            return_to: return_to(),
        },
        ErrorKind::BrowserLocationChangeRequired => match error.redirect_browser_to.as_deref() {
            Some(url) if is_http_url(url) => Ending::Navigate(url.to_owned()),
            _ => message(error, false),
        },
        ErrorKind::SessionAlreadyAvailable => Ending::AlreadySignedIn,
        ErrorKind::Network | ErrorKind::Timeout | ErrorKind::Aborted => message(error, true),
        _ => message(error, error.status >= 500 || error.status == 429),
    }
}

/// A message for the user: Kratos' `error.reason`, else its `error.message`, else the SDK's
/// own text for the error.
fn message(error: &Error, retry: bool) -> Ending {
    let body_message = || {
        error
            .body
            .as_ref()
            .and_then(|b| b.get("error"))
            .and_then(|e| e.get("message"))
            .and_then(Value::as_str)
            .map(str::to_owned)
    };
    let text = error
        .reason
        .clone()
        .filter(|r| !r.is_empty())
        .or_else(|| body_message().filter(|m| !m.is_empty()))
        .unwrap_or_else(|| error.message.clone());
    Ending::Message {
        text,
        retry,
        kind: error.kind.as_str().to_owned(),
    }
}

/// The percent-decoded value of query parameter `key` in `url`.
fn query_param(url: &str, key: &str) -> Option<String> {
    let query = url.split_once('?')?.1;
    let query = query.split('#').next().unwrap_or("");
    query.split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        (percent_decode(k) == key).then(|| percent_decode(v))
    })
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let hex = |j: usize| bytes.get(j).and_then(|c| (*c as char).to_digit(16));
        match (b, hex(i + 1), hex(i + 2)) {
            (b'%', Some(hi), Some(lo)) => {
                out.push((hi * 16 + lo) as u8);
                i += 3;
            }
            (b'+', _, _) => {
                out.push(b' ');
                i += 1;
            }
            _ => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A navigation target as Kratos names them: a well-formed absolute http(s) URL (never
/// `javascript:`, `data:` or a URL a browser would read as another origin).
fn is_http_url(url: &str) -> bool {
    HttpUrl::parse(url).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flow_to_show_wins_over_a_redirect_whatever_the_order() {
        let body = serde_json::json!({"identity": {"id": "i"}, "continue_with": [
            {"action": "redirect_browser_to", "redirect_browser_to": "https://app.example/"},
            {"action": "show_verification_ui", "flow": {"id": "v1", "verifiable_address": "a@b.c"}}
        ]});
        let Ending::Continue { steps, .. } =
            ending(FlowKind::Registration, Outcome::Success(&body))
        else {
            panic!("steps expected")
        };
        assert!(
            matches!(&steps[0], Step::ShowFlow { kind: FlowKind::Verification, id, .. } if id == "v1")
        );
    }

    #[test]
    fn settings_success_shows_its_message_unless_a_return_to_was_asked_for() {
        let mut flow = serde_json::json!({"id": "s", "state": "success", "ui": {"nodes": [], "action": "x", "method": "POST"},
            "continue_with": [{"action": "redirect_browser_to", "redirect_browser_to": "https://app.example/"}]});
        assert!(matches!(
            ending(FlowKind::Settings, Outcome::Success(&flow)),
            Ending::Rerender(_)
        ));
        flow["return_to"] = serde_json::json!("https://app.example/");
        assert!(matches!(
            ending(FlowKind::Settings, Outcome::Success(&flow)),
            Ending::Continue { .. }
        ));
    }

    #[test]
    fn kinds_are_read_from_the_flow() {
        let login =
            serde_json::json!({"ui": {"action": "https://x.example/self-service/login?flow=1"}});
        assert_eq!(FlowKind::of_flow(&login), Some(FlowKind::Login));
        let prefixed = serde_json::json!({"ui": {}, "request_url": "https://x.example/api/kratos/public/self-service/settings/browser"});
        assert_eq!(FlowKind::of_flow(&prefixed), Some(FlowKind::Settings));
        assert_eq!(
            FlowKind::of_flow(&serde_json::json!({"ui": {"action": "https://x/other"}})),
            None
        );
        for kind in FlowKind::ALL {
            assert_eq!(FlowKind::parse(kind.as_str()), Some(kind));
            let endpoints = kind.endpoints();
            assert!(endpoints.update.path.ends_with(kind.as_str()));
            assert!(endpoints.get.path.contains(kind.as_str()));
            assert!(endpoints.create_browser.path.ends_with("/browser"));
        }
    }
    use serde_json::json;

    #[test]
    fn token_debug_is_redacted() {
        let ending = Ending::Continue {
            steps: vec![Step::SetSessionToken(SessionToken("secret-token".into()))],
            session: None,
        };
        assert!(!format!("{ending:?}").contains("secret-token"));
    }

    #[test]
    fn query_params_are_decoded() {
        let url = "https://x/self-service/login/browser?aal=aal2&return_to=https%3A%2F%2Fapp%2Fa%3Fb%3Dc+d#frag";
        assert_eq!(
            query_param(url, "return_to").as_deref(),
            Some("https://app/a?b=c d")
        );
        assert_eq!(query_param(url, "missing"), None);
        assert_eq!(query_param("https://x", "a"), None);
        assert_eq!(percent_decode("%zz%4"), "%zz%4");
        assert_eq!(percent_decode("%ff"), "\u{fffd}");
    }

    #[test]
    fn unsafe_redirects_become_messages() {
        let body = json!({"error": {"id": "browser_location_change_required", "code": 422},
                          "redirect_browser_to": "javascript:alert(1)"});
        let error = Error::from_http(422, Some(&&body), false);
        assert!(matches!(
            ending(FlowKind::Login, Outcome::Failure(&error)),
            Ending::Message { retry: false, .. }
        ));
        let success = json!({"session": {"id": "s"},
            "continue_with": [{"action": "redirect_browser_to", "redirect_browser_to": "data:text/html,x"}]});
        assert!(matches!(
            ending(FlowKind::Login, Outcome::Success(&success)),
            Ending::Done { .. }
        ));
    }
}
