//! Kratos' rules for the self-service flows, as plain Rust: no request, no response. Each rule
//! takes the context ([`AppState`]: config, store, schemas), the parsed input and, where time
//! matters, `now`, and returns a decision; the HTTP layer (`flows::handlers`, `flows::common`)
//! turns a [`Refusal`] into a reply in one place ([`crate::flows::common::refuse`]).

use crate::config::RequiredAal;
use crate::errors::ApiError;
use crate::model::{ts, Aal, AuthMethod, Flow, FlowKind, FlowState, Identity, Session, Time};
use crate::state::AppState;

/// Why a request does not go on, and what the client is told.
#[derive(Debug)]
pub enum Refusal {
    /// Kratos' error manager: the error as JSON, or (browser pages) stored and shown by the
    /// error UI.
    ErrorUi(ApiError),
    /// The error as JSON, whoever asks.
    Error(ApiError),
    /// A browser page on a browser flow goes to `to` (303); other clients get `error`.
    Redirect { to: String, error: ApiError },
}

impl From<ApiError> for Refusal {
    fn from(e: ApiError) -> Self {
        Refusal::Error(e)
    }
}

pub fn urlencode(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

// ---------------------------------------------------------------- AAL

/// The highest AAL this identity can reach: `aal2` once it has a second factor.
pub fn available_aal(app: &AppState, i: &Identity) -> Aal {
    // With code MFA on, every verifiable email is a second factor (as Kratos' `mfa_enabled`).
    if app.cfg.methods.code_mfa && !i.verifiable_addresses.is_empty() {
        return Aal::Aal2;
    }
    let has_webauthn_mfa = i
        .credentials
        .get("webauthn")
        .map(|c| {
            c.config
                .get("credentials")
                .and_then(|x| x.as_array())
                .map(|a| {
                    a.iter()
                        .any(|x| x.get("is_passwordless") != Some(&serde_json::json!(true)))
                })
                .unwrap_or(false)
        })
        .unwrap_or(false);
    if i.credentials.contains_key("totp")
        || i.credentials.contains_key("lookup_secret")
        || has_webauthn_mfa
    {
        Aal::Aal2
    } else {
        Aal::Aal1
    }
}

/// The AAL a session's completed methods give.
pub fn aal_of(methods: &[AuthMethod]) -> Aal {
    let first = methods.iter().any(|m| m.aal == Aal::Aal1);
    let second = methods.iter().any(|m| m.aal == Aal::Aal2);
    if first && second {
        Aal::Aal2
    } else if first || second {
        Aal::Aal1
    } else {
        Aal::Aal0
    }
}

/// Whether the session satisfies the configured AAL (`highest_available` or `aal1`).
pub fn aal_satisfied(app: &AppState, required: RequiredAal, s: &Session, i: &Identity) -> bool {
    match required {
        RequiredAal::Aal1 => true,
        RequiredAal::HighestAvailable => available_aal(app, i) != Aal::Aal2 || s.aal == Aal::Aal2,
    }
}

/// The login step-up URL (`?aal=aal2`), back to `return_to` afterwards.
pub fn aal2_redirect(app: &AppState, return_to: Option<&str>) -> String {
    let mut u = format!("{}?aal=aal2", app.cfg.public("self-service/login/browser"));
    if let Some(r) = return_to {
        u.push_str("&return_to=");
        u.push_str(&urlencode(r));
    }
    u
}

// ---------------------------------------------------------------- flow creation

/// Registration, recovery and verification can be switched off.
pub fn flow_enabled(app: &AppState, kind: FlowKind) -> Result<(), Refusal> {
    let enabled = match kind {
        FlowKind::Registration => app.cfg.registration_enabled,
        FlowKind::Recovery => app.cfg.recovery_enabled,
        FlowKind::Verification => app.cfg.verification_enabled,
        FlowKind::Login | FlowKind::Settings => true,
    };
    if enabled {
        Ok(())
    } else {
        Err(Refusal::ErrorUi(ApiError::flow_disabled(kind.as_str())))
    }
}

/// A signed-in user asked for a login / registration / recovery flow: browsers go to
/// `return_to` (or the default return URL), API clients get `session_already_available`.
pub fn already_signed_in(app: &AppState, kind: FlowKind, return_to: Option<&str>) -> Refusal {
    Refusal::Redirect {
        to: return_to.unwrap_or(&app.cfg.default_return_to).to_string(),
        error: ApiError::already_logged_in(kind.as_str()),
    }
}

/// What a login flow is made from.
#[derive(Debug)]
pub struct LoginParams {
    pub refresh: bool,
    pub aal: Aal,
    pub return_to: Option<String>,
    /// `?identity_schema=` (its identifier label).
    pub identity_schema: Option<String>,
    /// Kratos' account-linking login flow: never identifier-first.
    pub account_linking: bool,
}

/// A login flow request (`?refresh=`, `?aal=`): sign-in, re-authentication or a step-up to
/// `aal2`, depending on the session the request has.
pub fn login_init(
    app: &AppState,
    session: Option<&Session>,
    refresh: bool,
    aal: Aal,
    return_to: Option<String>,
    identity_schema: Option<String>,
) -> Result<LoginParams, Refusal> {
    match session {
        Some(s) => {
            if aal == Aal::Aal2 && s.aal == Aal::Aal2 && !refresh {
                return Err(Refusal::Error(
                    ApiError::unauthorized()
                        .id("session_aal_already_fulfilled")
                        .message("session has the requested authenticator assurance level already")
                        .reason("The session has the requested AAL already."),
                ));
            }
            if !refresh && aal != Aal::Aal2 {
                return Err(already_signed_in(
                    app,
                    FlowKind::Login,
                    return_to.as_deref(),
                ));
            }
        }
        None if aal == Aal::Aal2 => {
            return Err(Refusal::Error(
                ApiError::unauthorized()
                    .id("session_aal1_required")
                    .message("aal2 and aal3 can only be requested if a session exists already")
                    .reason(
                        "You can not requested a higher AAL (AAL2/AAL3) without an active session.",
                    ),
            ));
        }
        None => {}
    }
    Ok(LoginParams {
        refresh: refresh && session.is_some(),
        aal,
        return_to,
        identity_schema,
        account_linking: false,
    })
}

/// A login submit with a session: only re-authentication and the `aal2` step-up go on.
pub fn login_submit_allowed(f: &Flow, has_session: bool) -> bool {
    !has_session || f.refresh || f.requested_aal == Aal::Aal2
}

// ---------------------------------------------------------------- settings

/// Settings need a session: browsers go to the login flow (keeping the request's
/// `return_to`), API clients get `session_inactive`.
pub fn settings_session_required(app: &AppState, return_to: Option<&str>) -> Refusal {
    let mut to = app.cfg.public("self-service/login/browser");
    if let Some(r) = return_to {
        to.push_str("?return_to=");
        to.push_str(&urlencode(r));
    }
    Refusal::Redirect {
        to,
        error: ApiError::session_inactive(),
    }
}

/// Settings with a session below the required AAL: the `aal2` step-up, back to settings.
pub fn settings_aal(app: &AppState, s: &Session, i: &Identity) -> Result<(), Refusal> {
    if aal_satisfied(app, app.cfg.settings_required_aal, s, i) {
        return Ok(());
    }
    let to = aal2_redirect(app, Some(&app.cfg.settings_ui));
    Err(Refusal::Redirect {
        error: ApiError::aal2_required(&to),
        to,
    })
}

/// Kratos' privileged session: signed in less than `privileged_session_max_age` ago.
pub fn privileged(app: &AppState, s: &Session, now: Time) -> bool {
    now - s.authenticated_at <= app.cfg.privileged_session_max_age
}

/// A sensitive settings change on an old session: re-authenticate (login with
/// `refresh=true`), then come back to this settings flow.
pub fn settings_refresh_required(app: &AppState, f: &Flow) -> Refusal {
    let back = format!("{}?flow={}", app.cfg.public("self-service/settings"), f.id);
    let to = format!(
        "{}?refresh=true&return_to={}",
        app.cfg.public("self-service/login/browser"),
        urlencode(&back)
    );
    Refusal::Redirect {
        error: ApiError::refresh_required(&to),
        to,
    }
}

// ---------------------------------------------------------------- expiry

/// A flow past its `expires_at`.
pub fn is_expired(f: &Flow, now: Time) -> bool {
    f.expires_at <= now
}

/// `GET /self-service/<flow>/flows` of an expired flow: 410, with where a new flow starts.
pub fn expired_on_fetch(app: &AppState, f: &Flow) -> ApiError {
    let name = f.kind.as_str();
    let mut e = ApiError::new(
        410,
        "The requested resource is no longer available because it has expired or is otherwise invalid.",
    );
    if matches!(f.kind, FlowKind::Login | FlowKind::Registration) {
        e = e.id("self_service_flow_expired");
    }
    if f.is_browser() {
        let mut redirect = app
            .cfg
            .public(&format!("self-service/{}/browser", f.kind.as_str()));
        if let Some(r) = &f.return_to {
            redirect.push_str("?return_to=");
            redirect.push_str(&urlencode(r));
        }
        e.reason(format!("The {name} flow has expired. Redirect the user to the {name} flow init endpoint to initialize a new {name} flow."))
            .detail("redirect_to", redirect)
            .detail("return_to", f.return_to.clone().unwrap_or_default())
    } else {
        e.reason(format!("The {name} flow has expired. Call the {name} flow init API endpoint to initialize a new {name} flow."))
            .detail("api", app.cfg.public(&format!("self-service/{name}/api")))
    }
}

/// The message on the flow that replaces an expired one (4010001, 4040001, …).
pub fn flow_expired_message(old: &Flow, now: Time) -> crate::model::Text {
    let id = match old.kind {
        FlowKind::Login => 4010001,
        FlowKind::Registration => 4040001,
        FlowKind::Settings => 4050001,
        FlowKind::Recovery => 4060005,
        FlowKind::Verification => 4070005,
    };
    let name = old.kind.as_str();
    let minutes = (now - old.expires_at).num_milliseconds() as f64 / 60000.0;
    crate::model::Text {
        id,
        text: format!("The {name} flow expired {minutes:.2} minutes ago, please try again."),
        ty: "error".into(),
        context: Some(serde_json::json!({
            "expired_at": ts(&old.expires_at),
            "expired_at_unix": old.expires_at.timestamp(),
        })),
    }
}

// ---------------------------------------------------------------- recovery / verification

/// The next step of a recovery or verification submit (the `code` method).
#[derive(Debug, PartialEq, Eq)]
pub enum CodeStep {
    /// The flow is done already: the same form again with "retry" (4060006 / 4070006).
    AlreadyPassed,
    /// Check this code; success moves the flow to `passed_challenge`.
    UseCode(String),
    /// Neither a usable code nor an address: `email` is required (4000002).
    EmailRequired,
    /// Send a code to this address (normalised); the flow moves to `sent_email`.
    SendCode(String),
}

/// Recovery: a code counts only once one was sent and no new address is given.
pub fn recovery_step(state: FlowState, code: &str, email: &str) -> CodeStep {
    let email = email.trim().to_lowercase();
    if state == FlowState::PassedChallenge {
        return CodeStep::AlreadyPassed;
    }
    if !code.is_empty() && state == FlowState::SentEmail && email.is_empty() {
        return CodeStep::UseCode(code.trim().to_string());
    }
    if email.is_empty() {
        return CodeStep::EmailRequired;
    }
    CodeStep::SendCode(email)
}

/// Verification: a code is checked whatever the state (links from emails carry one).
pub fn verification_step(state: FlowState, code: &str, email: &str) -> CodeStep {
    let email = email.trim().to_lowercase();
    if state == FlowState::PassedChallenge {
        return CodeStep::AlreadyPassed;
    }
    if !code.is_empty() {
        return CodeStep::UseCode(code.trim().to_string());
    }
    if email.is_empty() {
        return CodeStep::EmailRequired;
    }
    CodeStep::SendCode(email)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{Config, FileConfig};
    use crate::model::{now, Credential, Ui};
    use crate::store::Store;
    use serde_json::{json, Map};
    use uuid::Uuid;

    fn ctx(f: FileConfig) -> AppState {
        let addr = "127.0.0.1:4433".parse().expect("addr");
        let admin = "127.0.0.1:4434".parse().expect("addr");
        let cfg = Config::resolve(&f, addr, admin).expect("config");
        let store = Store::open(":memory:").expect("store");
        let raw = serde_json::from_str(crate::schema::DEFAULT_SCHEMA).expect("schema");
        let schema = crate::schema::IdentitySchema::load("default", raw).expect("schema");
        AppState::new(cfg, store, vec![schema], "default")
    }

    fn session(aal: Aal, authenticated_at: Time) -> Session {
        Session {
            id: Uuid::new_v4(),
            token: "t".into(),
            logout_token: "l".into(),
            identity_id: Uuid::new_v4(),
            active: true,
            expires_at: authenticated_at + chrono::Duration::hours(24),
            authenticated_at,
            issued_at: authenticated_at,
            methods: vec![],
            aal,
            devices: vec![],
        }
    }

    fn identity(second_factor: bool) -> Identity {
        let t = now();
        let mut credentials = std::collections::BTreeMap::new();
        if second_factor {
            credentials.insert(
                "totp".to_string(),
                Credential {
                    ty: "totp".into(),
                    identifiers: vec![],
                    config: json!({}),
                    version: 0,
                    created_at: t,
                    updated_at: t,
                },
            );
        }
        Identity {
            id: Uuid::new_v4(),
            schema_id: "default".into(),
            state: "active".into(),
            state_changed_at: t,
            traits: json!({"email": "a@example.com"}),
            verifiable_addresses: vec![],
            recovery_addresses: vec![],
            metadata_public: json!(null),
            metadata_admin: json!(null),
            created_at: t,
            updated_at: t,
            credentials,
        }
    }

    fn flow(kind: FlowKind, browser: bool, expires_at: Time) -> Flow {
        Flow {
            id: Uuid::new_v4(),
            kind,
            flow_type: if browser { "browser" } else { "api" }.into(),
            expires_at,
            issued_at: expires_at,
            created_at: expires_at,
            updated_at: expires_at,
            request_url: String::new(),
            return_to: Some("http://localhost:4455/after".into()),
            ui: Ui::new("http://localhost:4433/self-service/login".into()),
            state: FlowState::ChooseMethod,
            active: None,
            refresh: false,
            requested_aal: Aal::Aal1,
            identity_id: None,
            csrf_token: String::new(),
            continue_with: vec![],
            transient_payload: None,
            internal: Map::new(),
            session_token_exchange_code: None,
        }
    }

    fn error_id(r: &Refusal) -> Option<String> {
        match r {
            Refusal::ErrorUi(e) | Refusal::Error(e) | Refusal::Redirect { error: e, .. } => {
                e.id.clone()
            }
        }
    }

    #[test]
    fn aal_from_methods_and_second_factors() {
        let m = |aal| AuthMethod {
            method: "x".into(),
            aal,
            completed_at: now(),
            provider: None,
        };
        assert_eq!(aal_of(&[]), Aal::Aal0);
        assert_eq!(aal_of(&[m(Aal::Aal1)]), Aal::Aal1);
        assert_eq!(aal_of(&[m(Aal::Aal2)]), Aal::Aal1);
        assert_eq!(aal_of(&[m(Aal::Aal1), m(Aal::Aal2)]), Aal::Aal2);
        let app = ctx(FileConfig::default());
        assert_eq!(available_aal(&app, &identity(false)), Aal::Aal1);
        assert_eq!(available_aal(&app, &identity(true)), Aal::Aal2);
    }

    #[test]
    fn aal2_is_required_once_a_second_factor_exists() {
        let app = ctx(FileConfig::default());
        let aal1 = session(Aal::Aal1, now());
        let aal2 = session(Aal::Aal2, now());
        let hi = RequiredAal::HighestAvailable;
        assert!(aal_satisfied(&app, hi, &aal1, &identity(false)));
        assert!(!aal_satisfied(&app, hi, &aal1, &identity(true)));
        assert!(aal_satisfied(&app, hi, &aal2, &identity(true)));
        assert!(aal_satisfied(
            &app,
            RequiredAal::Aal1,
            &aal1,
            &identity(true)
        ));
        // settings: the step-up to aal2, back to the settings UI
        match settings_aal(&app, &aal1, &identity(true)) {
            Err(Refusal::Redirect { to, error }) => {
                assert!(to.starts_with(
                    "http://localhost:4433/self-service/login/browser?aal=aal2&return_to="
                ));
                assert_eq!(error.id.as_deref(), Some("session_aal2_required"));
                assert_eq!(error.code, 403);
            }
            other => panic!("{other:?}"),
        }
        assert!(settings_aal(&app, &aal2, &identity(true)).is_ok());
    }

    #[test]
    fn login_init_depends_on_the_session() {
        let app = ctx(FileConfig::default());
        let rt = || Some("http://localhost:4455/x".to_string());
        // signed in already: browsers go back, API clients get the error
        match login_init(
            &app,
            Some(&session(Aal::Aal1, now())),
            false,
            Aal::Aal1,
            rt(),
            None,
        ) {
            Err(Refusal::Redirect { to, error }) => {
                assert_eq!(to, "http://localhost:4455/x");
                assert_eq!(error.id.as_deref(), Some("session_already_available"));
            }
            other => panic!("{other:?}"),
        }
        // aal2 without a session
        let r = login_init(&app, None, false, Aal::Aal2, None, None).err();
        assert_eq!(
            r.as_ref().and_then(error_id).as_deref(),
            Some("session_aal1_required")
        );
        // aal2 with an aal2 session
        let s2 = session(Aal::Aal2, now());
        let r = login_init(&app, Some(&s2), false, Aal::Aal2, None, None).err();
        assert_eq!(
            r.as_ref().and_then(error_id).as_deref(),
            Some("session_aal_already_fulfilled")
        );
        // step-up and refresh go on; refresh without a session is a plain sign-in
        let s1 = session(Aal::Aal1, now());
        assert!(login_init(&app, Some(&s1), false, Aal::Aal2, None, None).is_ok());
        let p = login_init(&app, Some(&s1), true, Aal::Aal1, None, None).expect("refresh");
        assert!(p.refresh);
        let p = login_init(&app, None, true, Aal::Aal1, None, None).expect("sign-in");
        assert!(!p.refresh);
    }

    #[test]
    fn disabled_flows_and_signed_in_users() {
        let app = ctx(FileConfig {
            registration_enabled: false,
            ..FileConfig::default()
        });
        match flow_enabled(&app, FlowKind::Registration) {
            Err(Refusal::ErrorUi(e)) => {
                assert_eq!(e.id.as_deref(), Some("self_service_flow_disabled"))
            }
            other => panic!("{other:?}"),
        }
        assert!(flow_enabled(&app, FlowKind::Login).is_ok());
        match already_signed_in(&app, FlowKind::Registration, None) {
            Refusal::Redirect { to, .. } => assert_eq!(to, app.cfg.default_return_to),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn settings_need_a_session_and_a_recent_sign_in_for_sensitive_changes() {
        let app = ctx(FileConfig::default());
        match settings_session_required(&app, Some("http://localhost:4455/a b")) {
            Refusal::Redirect { to, error } => {
                assert_eq!(
                    to,
                    "http://localhost:4433/self-service/login/browser?return_to=http%3A%2F%2Flocalhost%3A4455%2Fa+b"
                );
                assert_eq!(error.id.as_deref(), Some("session_inactive"));
            }
            other => panic!("{other:?}"),
        }
        let t = now();
        let max = app.cfg.privileged_session_max_age;
        assert!(privileged(&app, &session(Aal::Aal1, t - max), t));
        assert!(!privileged(
            &app,
            &session(Aal::Aal1, t - max - chrono::Duration::seconds(1)),
            t
        ));
        let f = flow(FlowKind::Settings, true, t);
        match settings_refresh_required(&app, &f) {
            Refusal::Redirect { to, error } => {
                assert!(to.contains("refresh=true&return_to="));
                assert!(to.contains(&f.id.to_string()));
                assert_eq!(error.id.as_deref(), Some("session_refresh_required"));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn expired_flows() {
        let app = ctx(FileConfig::default());
        let t = now();
        let f = flow(FlowKind::Login, true, t - chrono::Duration::minutes(2));
        assert!(is_expired(&f, t));
        assert!(!is_expired(
            &flow(FlowKind::Login, true, t + chrono::Duration::minutes(1)),
            t
        ));
        let e = expired_on_fetch(&app, &f);
        assert_eq!(e.code, 410);
        assert_eq!(e.id.as_deref(), Some("self_service_flow_expired"));
        assert_eq!(
            e.details.get("redirect_to"),
            Some(&json!("http://localhost:4433/self-service/login/browser?return_to=http%3A%2F%2Flocalhost%3A4455%2Fafter"))
        );
        // recovery / verification: 410 without an id; API flows name the API endpoint
        let e = expired_on_fetch(&app, &flow(FlowKind::Recovery, false, t));
        assert_eq!(e.id, None);
        assert_eq!(
            e.details.get("api"),
            Some(&json!("http://localhost:4433/self-service/recovery/api"))
        );
        let m = flow_expired_message(&f, t);
        assert_eq!(m.id, 4010001);
        assert_eq!(
            m.text,
            "The login flow expired 2.00 minutes ago, please try again."
        );
    }

    #[test]
    fn recovery_and_verification_steps() {
        use CodeStep::*;
        use FlowState::*;
        assert_eq!(recovery_step(PassedChallenge, "123456", ""), AlreadyPassed);
        // a code before one was sent, or next to a new address, is not checked
        assert_eq!(recovery_step(ChooseMethod, "123456", ""), EmailRequired);
        assert_eq!(
            recovery_step(SentEmail, "123456", " A@Example.com "),
            SendCode("a@example.com".into())
        );
        assert_eq!(
            recovery_step(SentEmail, " 123456 ", ""),
            UseCode("123456".into())
        );
        assert_eq!(recovery_step(SentEmail, "", ""), EmailRequired);
        // verification checks a code in any state (email links)
        assert_eq!(
            verification_step(ChooseMethod, "123456", ""),
            UseCode("123456".into())
        );
        assert_eq!(
            verification_step(PassedChallenge, "", "a@b.c"),
            AlreadyPassed
        );
        assert_eq!(
            verification_step(ChooseMethod, "", "a@b.c"),
            SendCode("a@b.c".into())
        );
        assert_eq!(verification_step(SentEmail, "", ""), EmailRequired);
    }
}
