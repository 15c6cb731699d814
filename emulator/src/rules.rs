//! Kratos' rules for the self-service flows, as plain Rust: no request, no response. Each rule
//! takes the context ([`AppState`]: config, store, schemas), the parsed input and, where time
//! matters, `now`, and returns a decision; the HTTP layer (`flows::handlers`, `flows::common`)
//! turns a [`Refusal`] into a reply in one place ([`crate::flows::common::refuse`]), and an
//! [`Outcome`] too ([`crate::flows::common::reply`]): the flow again with its messages, a
//! refusal, or a finished flow ([`Done`]: what to save, the session and CSRF token to set, where
//! a browser page goes and the JSON [`Answer`] with its `continue_with`). Who asks is a
//! [`Client`] (browser or native flow, JSON or page), so that the `continue_with` items and
//! the answer are decided here and only the HTTP specifics (303 vs JSON, cookies) are not.
//! The sign-in methods' checks (password, login codes, TOTP / backup codes) return the flow
//! and the account for [`logged_in`], or the [`Outcome`] to answer instead.

use crate::config::RequiredAal;
use crate::errors::ApiError;
use serde_json::json;

use crate::model::{
    ts, Aal, AuthMethod, Credential, Flow, FlowKind, FlowState, Identity, Session, Time,
};
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

/// What a submit comes to, for the HTTP layer to answer in one place
/// ([`crate::flows::common::reply`]).
#[derive(Debug)]
pub enum Outcome {
    /// The flow again with its messages (saved by the reply): `status` for API and JSON
    /// clients (200, or 400 for a validation problem), a 303 to its UI for browser pages.
    Rerender { flow: Box<Flow>, status: u16 },
    /// The request does not go on; `browser` is the flow's client kind.
    Refused {
        refusal: Box<Refusal>,
        browser: bool,
    },
    /// The flow is finished ([`Done`]).
    Done(Box<Done>),
}

/// Who asks: the flow's client kind and whether the request wants JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Client {
    /// A browser flow (else an API flow of a native app).
    pub browser: bool,
    /// The request wants JSON (SPAs; a browser page otherwise).
    pub json: bool,
}

impl Client {
    /// A browser page: it is answered with a 303.
    pub fn page(self) -> bool {
        self.browser && !self.json
    }
}

/// A finished flow: what the reply saves, sets and answers.
#[derive(Debug)]
pub struct Done {
    /// The flow in its final state (saved as it is).
    pub flow: Flow,
    /// The session of this answer: the session cookie of a browser flow.
    pub session: Option<Session>,
    /// A new CSRF token for a browser flow (a new principal).
    pub new_csrf: Option<String>,
    /// Where a browser page goes (303).
    pub redirect: String,
    /// What API clients and JSON requests get.
    pub answer: Answer,
}

/// The JSON answer of a finished flow.
#[derive(Debug)]
pub enum Answer {
    /// 200 with the flow, showing these `continue_with` items (in this answer only).
    Flow {
        continue_with: Vec<serde_json::Value>,
    },
    /// 200 with the session: `session_token` (when given), `session` (with its identity when
    /// `session_identity`), `identity` (when `identity_field`), `continue_with` (unless
    /// empty).
    Session {
        token: Option<String>,
        session: Box<Session>,
        identity: Box<Identity>,
        session_identity: bool,
        identity_field: bool,
        continue_with: Vec<serde_json::Value>,
    },
    /// 200 `{identity, continue_with}` (`continue_with` unless empty): no session.
    Identity {
        identity: Box<Identity>,
        continue_with: Vec<serde_json::Value>,
    },
    /// 422 `browser_location_change_required`: the client goes on at this URL.
    LocationChange(String),
    /// A 303 to the redirect, whoever asks (a native app's `return_to` with its exchange code).
    Redirect,
}

/// The `continue_with` item that sends a browser (SPA) to `to`.
pub fn redirect_browser_to(to: &str) -> serde_json::Value {
    json!({"action": "redirect_browser_to", "redirect_browser_to": to})
}

/// The `continue_with` item that hands a native app its session token.
pub fn set_session_token(s: &Session) -> serde_json::Value {
    json!({"action": "set_ory_session_token", "ory_session_token": s.token})
}

/// Where a browser goes after success: the flow's `return_to` or the default.
pub fn return_to_or_default(app: &AppState, f: &Flow) -> String {
    f.return_to
        .clone()
        .unwrap_or_else(|| app.cfg.default_return_to.clone())
}

impl Outcome {
    /// The flow again with 200.
    pub fn show(flow: Flow) -> Outcome {
        Outcome::Rerender {
            flow: Box::new(flow),
            status: 200,
        }
    }

    /// The flow again with 400 (a validation problem).
    pub fn invalid(flow: Flow) -> Outcome {
        Outcome::Rerender {
            flow: Box::new(flow),
            status: 400,
        }
    }

    /// The request fails with this error (as JSON, whoever asks).
    pub fn error(e: ApiError) -> Outcome {
        Outcome::Refused {
            refusal: Box::new(Refusal::Error(e)),
            browser: false,
        }
    }
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
        None if aal == Aal::Aal2 => return Err(Refusal::Error(aal1_required())),
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

/// The `aal2` step without a session: `session_aal1_required`.
pub fn aal1_required() -> ApiError {
    ApiError::unauthorized()
        .id("session_aal1_required")
        .message("aal2 and aal3 can only be requested if a session exists already")
        .reason("You can not requested a higher AAL (AAL2/AAL3) without an active session.")
}

/// A login submit with a session: only re-authentication and the `aal2` step-up go on;
/// otherwise the user is signed in already.
pub fn login_submit(app: &AppState, f: &Flow, has_session: bool) -> Result<(), Outcome> {
    if !has_session || f.refresh || f.requested_aal == Aal::Aal2 {
        return Ok(());
    }
    let refusal = already_signed_in(app, FlowKind::Login, f.return_to.as_deref());
    Err(Outcome::Refused {
        refusal: Box::new(refusal),
        browser: f.is_browser(),
    })
}

// ---------------------------------------------------------------- sessions

pub fn random_token(n: usize) -> String {
    use rand::Rng;
    rand::thread_rng()
        .sample_iter(&rand::distributions::Alphanumeric)
        .take(n)
        .map(char::from)
        .collect()
}

/// A new session for `identity` with these completed methods (its AAL follows from them).
pub fn new_session(
    app: &AppState,
    identity: &Identity,
    methods: Vec<AuthMethod>,
    user_agent: &str,
    now: Time,
) -> Session {
    Session {
        id: uuid::Uuid::new_v4(),
        token: random_token(32),
        logout_token: random_token(32),
        identity_id: identity.id,
        active: true,
        expires_at: now + app.cfg.session_lifespan,
        authenticated_at: now,
        issued_at: now,
        aal: aal_of(&methods),
        methods,
        devices: vec![crate::model::Device {
            id: uuid::Uuid::new_v4(),
            ip_address: String::new(),
            user_agent: user_agent.to_string(),
            location: String::new(),
        }],
    }
}

/// Internal key of a login flow that links a social sign-in after the user signs in
/// (Kratos' `registration_duplicate_credentials`).
pub const PENDING_LINK: &str = "registration_duplicate_credentials";

/// Adds a provider connection to an identity's `oidc` credential.
pub fn add_provider(i: &mut Identity, provider: &str, sub: &str, now: Time) {
    let t = now;
    let c = i
        .credentials
        .entry("oidc".into())
        .or_insert_with(|| Credential {
            ty: "oidc".into(),
            identifiers: Vec::new(),
            config: json!({"providers": []}),
            version: 0,
            created_at: t,
            updated_at: t,
        });
    c.identifiers.push(format!("{provider}:{sub}"));
    if let Some(list) = c.config.get_mut("providers").and_then(|p| p.as_array_mut()) {
        list.push(json!({"subject": sub, "provider": provider}));
    }
    c.updated_at = t;
}

/// After a sign-in on an account-linking flow: links the pending provider to `ident` (saved)
/// and returns it with the `oidc` session method, or 4010009 when the account signed in to is
/// not the one the provider's address belongs to. `None` for other flows.
pub fn link_pending(
    app: &AppState,
    f: &Flow,
    ident: &Identity,
    now: Time,
) -> Result<Option<(Identity, AuthMethod)>, crate::model::Text> {
    let Some(p) = f.internal.get(PENDING_LINK) else {
        return Ok(None);
    };
    let field = |k: &str| p.get(k).and_then(|v| v.as_str()).unwrap_or_default();
    let (provider, sub, identifier) = (field("provider"), field("subject"), field("identifier"));
    if !ident
        .credentials
        .values()
        .any(|c| c.identifiers.iter().any(|i| i == identifier))
    {
        return Err(crate::text::linked_credentials_do_not_match());
    }
    let mut i = ident.clone();
    add_provider(&mut i, provider, sub, now);
    app.store
        .save_identity(&i)
        .map_err(|_| crate::text::duplicate_on_oidc_link())?;
    let m = AuthMethod {
        method: "oidc".into(),
        aal: Aal::Aal1,
        completed_at: now,
        provider: Some(provider.to_string()),
    };
    Ok(Some((i, m)))
}

/// A finished login: the flow (`passed_challenge`), the session (saved) and its identity.
#[derive(Debug)]
pub struct SignedIn {
    pub flow: Flow,
    pub session: Session,
    pub identity: Identity,
    /// The session is below the AAL whoami requires: the client goes on to the `aal2` step.
    pub needs_aal2: bool,
}

/// Kratos' login hook: the method `m` completed on flow `f` for `ident`. A re-authentication
/// (`refresh`) or an `aal2` step-up of the same identity extends the request's session
/// `existing`; anything else gets a new session. An account-linking flow also links the
/// social sign-in that led to it (or shows 4010009 when it was another account).
pub fn sign_in(
    app: &AppState,
    mut f: Flow,
    ident: Identity,
    m: AuthMethod,
    existing: Option<Session>,
    user_agent: &str,
    now: Time,
) -> Result<SignedIn, Outcome> {
    let linked = match link_pending(app, &f, &ident, now) {
        Ok(l) => l,
        Err(msg) => {
            f.ui.messages.push(msg);
            return Err(Outcome::invalid(f));
        }
    };
    let ident = match &linked {
        Some((i, _)) => i.clone(),
        None => ident,
    };
    let method_name = m.method.clone();
    let mut s = match existing {
        Some(mut s) if (f.refresh || f.requested_aal == Aal::Aal2) && s.identity_id == ident.id => {
            s.authenticated_at = now;
            s.methods.push(m);
            s.aal = aal_of(&s.methods);
            s
        }
        _ => new_session(app, &ident, vec![m], user_agent, now),
    };
    if let Some((_, oidc)) = linked {
        s.methods.push(oidc);
        f.internal.remove(PENDING_LINK);
    }
    if let Err(e) = app.store.save_session(&s) {
        return Err(Outcome::Refused {
            refusal: Box::new(Refusal::Error(ApiError::internal(e))),
            browser: f.is_browser(),
        });
    }
    f.state = FlowState::PassedChallenge;
    f.active = Some(method_name);
    f.updated_at = now;
    let needs_aal2 = app.cfg.whoami_required_aal == RequiredAal::HighestAvailable
        && available_aal(app, &ident) == Aal::Aal2
        && s.aal != Aal::Aal2;
    Ok(SignedIn {
        flow: f,
        session: s,
        identity: ident,
        needs_aal2,
    })
}

/// Kratos' login hook ([`sign_in`]) and what the client is told. Native apps get the session
/// token and the session (its identity withheld while the session still needs `aal2`); SPAs
/// get the session and a redirect to `return_to`, or a 422 to the `aal2` step; browser pages
/// go to `return_to` or to the `aal2` step. A browser gets a new CSRF token when the principal
/// changes (`previous`: the identity of the request's session, if any).
#[allow(clippy::too_many_arguments)]
pub fn logged_in(
    app: &AppState,
    f: Flow,
    ident: Identity,
    m: AuthMethod,
    existing: Option<Session>,
    previous: Option<uuid::Uuid>,
    client: Client,
    user_agent: &str,
    now: Time,
) -> Outcome {
    let SignedIn {
        flow: mut f,
        session: s,
        identity: ident,
        needs_aal2,
    } = match sign_in(app, f, ident, m, existing, user_agent, now) {
        Ok(d) => d,
        Err(o) => return o,
    };
    let return_to = return_to_or_default(app, &f);
    if !client.browser {
        let answer = Answer::Session {
            token: Some(s.token.clone()),
            session: Box::new(s.clone()),
            identity: Box::new(ident),
            session_identity: !needs_aal2,
            identity_field: false,
            continue_with: f.continue_with.clone(),
        };
        return Outcome::Done(Box::new(Done {
            flow: f,
            session: Some(s),
            new_csrf: None,
            redirect: return_to,
            answer,
        }));
    }
    let rotate_csrf = previous.map(|id| id != ident.id).unwrap_or(true);
    let (redirect, answer) = if needs_aal2 {
        let to = aal2_redirect(app, f.return_to.as_deref());
        (to.clone(), Answer::LocationChange(to))
    } else {
        if client.json {
            f.continue_with.push(redirect_browser_to(&return_to));
        }
        let answer = Answer::Session {
            token: None,
            session: Box::new(s.clone()),
            identity: Box::new(ident),
            session_identity: true,
            identity_field: false,
            continue_with: f.continue_with.clone(),
        };
        (return_to, answer)
    };
    Outcome::Done(Box::new(Done {
        flow: f,
        session: Some(s),
        new_csrf: rotate_csrf.then(crate::csrf::new_token),
        redirect,
        answer,
    }))
}

// ---------------------------------------------------------------- sign-in methods

/// The password method's check: the identifier (kept on its node unless that is hidden) and
/// the password are required (4000002); then the account the identifier names must exist, be
/// active and have this password, and a re-authentication must be by the `session`'s own
/// identity; otherwise 4000006. `Ok`: the flow and the account, for [`logged_in`]. Verifies
/// the password hash: slow, to be called off the async runtime.
pub fn password_check(
    app: &AppState,
    mut f: Flow,
    identifier: &str,
    password: &str,
    session: Option<&Session>,
) -> Result<(Flow, Identity), Outcome> {
    if let Some(n) = f.ui.node_mut("identifier", None) {
        if n.attributes.get("type") != Some(&json!("hidden")) {
            n.attributes.insert("value".into(), json!(identifier));
        }
    }
    let mut missing = false;
    if identifier.is_empty() {
        f.ui.add_node_message("identifier", crate::text::required("identifier"));
        missing = true;
    }
    if password.is_empty() {
        f.ui.add_node_message("password", crate::text::required("password"));
        missing = true;
    }
    if missing {
        return Err(Outcome::invalid(f));
    }
    let ident = match app
        .store
        .find_identity_by_identifier("password", &identifier.to_lowercase())
    {
        Ok(i) => i,
        Err(e) => {
            return Err(Outcome::Refused {
                refusal: Box::new(Refusal::Error(ApiError::internal(e))),
                browser: f.is_browser(),
            })
        }
    };
    let verified = ident
        .as_ref()
        .and_then(crate::identity::password_hash)
        .is_some_and(|h| crate::password::verify(password, h));
    let ident = match (verified, ident) {
        (true, Some(i)) if i.state == "active" => i,
        _ => {
            f.ui.messages.push(crate::text::invalid_credentials());
            return Err(Outcome::invalid(f));
        }
    };
    if f.refresh && session.is_some_and(|s| s.identity_id != ident.id) {
        f.ui.messages.push(crate::text::invalid_credentials());
        return Err(Outcome::invalid(f));
    }
    Ok((f, ident))
}

/// A second factor of `ident` (the session's identity), `method` `totp` or `lookup_secret`,
/// with the `code` sent. TOTP: a device must be set up (4000011), the code is required
/// (4000002) and must be the authenticator's (4000008). Lookup secret: codes must exist
/// (4000014), the code is required (4000002), known (4000016) and unused (4000012); it is
/// marked used (the identity saved). `Ok`: the flow, the identity and the `aal2` method, for
/// [`logged_in`].
pub fn second_factor_check(
    app: &AppState,
    mut f: Flow,
    mut ident: Identity,
    method: &str,
    code: &str,
    now: Time,
) -> Result<(Flow, Identity, AuthMethod), Outcome> {
    let done = |method: &str| AuthMethod {
        method: method.into(),
        aal: Aal::Aal2,
        completed_at: now,
        provider: None,
    };
    if method == "totp" {
        let secret = ident
            .credentials
            .get("totp")
            .and_then(|c| c.config.get("totp_url"))
            .and_then(|u| u.as_str())
            .and_then(crate::mfa::secret_of_url);
        let Some(secret) = secret else {
            f.ui.messages.push(crate::text::no_totp());
            return Err(Outcome::invalid(f));
        };
        if code.trim().is_empty() {
            f.ui.add_node_message("totp_code", crate::text::required("totp_code"));
            return Err(Outcome::invalid(f));
        }
        if !crate::mfa::totp_valid(&secret, code) {
            f.ui.messages.push(crate::text::totp_wrong());
            return Err(Outcome::invalid(f));
        }
        return Ok((f, ident, done("totp")));
    }
    let code = code.trim();
    let Some(cred) = ident.credentials.get_mut("lookup_secret") else {
        f.ui.messages.push(crate::text::no_lookup());
        return Err(Outcome::invalid(f));
    };
    if code.is_empty() {
        f.ui.add_node_message("lookup_secret", crate::text::required("lookup_secret"));
        return Err(Outcome::invalid(f));
    }
    let mut unused = None;
    if let Some(codes) = cred
        .config
        .get_mut("recovery_codes")
        .and_then(|c| c.as_array_mut())
    {
        for c in codes.iter_mut() {
            if c.get("code").and_then(|v| v.as_str()) == Some(code) {
                if c.get("used_at").is_some_and(|u| !u.is_null()) {
                    unused = Some(false);
                } else if let Some(o) = c.as_object_mut() {
                    o.insert("used_at".into(), json!(ts(&now)));
                    unused = Some(true);
                }
                break;
            }
        }
    }
    match unused {
        Some(true) => {
            if let Err(e) = app.store.save_identity(&ident) {
                return Err(Outcome::Refused {
                    refusal: Box::new(Refusal::Error(ApiError::internal(e))),
                    browser: f.is_browser(),
                });
            }
            Ok((f, ident, done("lookup_secret")))
        }
        Some(false) => {
            f.ui.messages.push(crate::text::lookup_used());
            Err(Outcome::invalid(f))
        }
        None => {
            f.ui.messages.push(crate::text::lookup_invalid());
            Err(Outcome::invalid(f))
        }
    }
}

/// Whether `code` is not the code a login by code sent (`login_code`, none: never); then the
/// flow's messages are 4010008 alone.
fn wrong_login_code(f: &mut Flow, code: &str) -> bool {
    let expected = f
        .internal
        .get("login_code")
        .and_then(|c| c.as_str())
        .unwrap_or("");
    if !expected.is_empty() && code.trim() == expected {
        return false;
    }
    f.ui.reset_messages();
    f.ui.messages.push(crate::text::login_code_invalid());
    true
}

/// Passwordless login by code, the code submitted: it must be the one sent (4010008) and its
/// account (`login_identity`) must still exist (4010008); the code works once. `Ok`: the flow
/// and the account, for [`logged_in`].
pub fn login_code_check(
    app: &AppState,
    mut f: Flow,
    code: &str,
) -> Result<(Flow, Identity), Outcome> {
    if wrong_login_code(&mut f, code) {
        return Err(Outcome::invalid(f));
    }
    let ident = f
        .internal
        .get("login_identity")
        .and_then(|c| c.as_str())
        .and_then(|s| uuid::Uuid::parse_str(s).ok())
        .map(|id| app.store.get_identity(id));
    let Some(Ok(Some(ident))) = ident else {
        f.ui.messages.push(crate::text::login_code_invalid());
        return Err(Outcome::invalid(f));
    };
    f.internal.remove("login_code");
    Ok((f, ident))
}

/// A code as the second factor, the code submitted: it must be the one sent (4010008); it
/// works once. `Ok`: the flow and the `aal2` method, for [`logged_in`].
pub fn mfa_code_check(mut f: Flow, code: &str, now: Time) -> Result<(Flow, AuthMethod), Outcome> {
    if wrong_login_code(&mut f, code) {
        return Err(Outcome::invalid(f));
    }
    f.internal.remove("login_code");
    let m = AuthMethod {
        method: "code".into(),
        aal: Aal::Aal2,
        completed_at: now,
        provider: None,
    };
    Ok((f, m))
}

// ---------------------------------------------------------------- registration

/// The `continue_with` item of a verification flow for `address` (`url`: its UI, for
/// browsers).
pub fn show_verification_ui(
    flow_id: uuid::Uuid,
    address: &str,
    url: Option<String>,
) -> serde_json::Value {
    let mut flow = json!({"id": flow_id, "verifiable_address": address});
    if let (Some(u), Some(o)) = (url, flow.as_object_mut()) {
        o.insert("url".into(), json!(u));
    }
    json!({"action": "show_verification_ui", "flow": flow})
}

/// Kratos' registration hooks for `ident` (saved by the caller), signed up with `method`.
/// Browsers get a new CSRF token (a new principal; the verification flows are bound to it)
/// and SPAs a redirect to `return_to` first. The verification hook (verification on): a flow
/// per unverified address, made by `verification(identity, address, csrf token)` (its id and,
/// for browsers, its UI URL), each a `show_verification_ui` item; the identity saved again.
/// The session hook (`registration_session_hook`): a session (saved; the token for native
/// apps) and the session with the identity as the answer; without it, the identity alone.
/// Browser pages go to `return_to`.
#[allow(clippy::too_many_arguments)]
pub fn registered(
    app: &AppState,
    mut f: Flow,
    mut ident: Identity,
    method: &str,
    client: Client,
    user_agent: &str,
    now: Time,
    mut verification: impl FnMut(
        &mut Identity,
        &str,
        &str,
    ) -> Result<(uuid::Uuid, Option<String>), ApiError>,
) -> Outcome {
    f.state = FlowState::PassedChallenge;
    f.active = Some(method.into());
    f.updated_at = now;
    let return_to = return_to_or_default(app, &f);
    if client.browser && client.json {
        f.continue_with.push(redirect_browser_to(&return_to));
    }
    let new_csrf = client.browser.then(crate::csrf::new_token);
    if app.cfg.verification_enabled {
        let raw = new_csrf.clone().unwrap_or_default();
        let pending: Vec<String> = ident
            .verifiable_addresses
            .iter()
            .filter(|a| !a.verified)
            .map(|a| a.value.clone())
            .collect();
        for addr in pending {
            match verification(&mut ident, &addr, &raw) {
                Ok((id, url)) => f.continue_with.push(show_verification_ui(id, &addr, url)),
                Err(e) => {
                    return Outcome::Refused {
                        refusal: Box::new(Refusal::Error(e)),
                        browser: client.browser,
                    }
                }
            }
        }
        if let Err(e) = app.store.save_identity(&ident) {
            return internal(e, client);
        }
    }
    let (session, answer) = if app.cfg.registration_session_hook {
        let m = AuthMethod {
            method: method.into(),
            aal: Aal::Aal1,
            completed_at: now,
            provider: None,
        };
        let s = new_session(app, &ident, vec![m], user_agent, now);
        if let Err(e) = app.store.save_session(&s) {
            return internal(e, client);
        }
        if !client.browser {
            f.continue_with.push(set_session_token(&s));
        }
        let answer = Answer::Session {
            token: (!client.browser).then(|| s.token.clone()),
            session: Box::new(s.clone()),
            identity: Box::new(ident),
            session_identity: true,
            identity_field: true,
            continue_with: f.continue_with.clone(),
        };
        (Some(s), answer)
    } else {
        let answer = Answer::Identity {
            identity: Box::new(ident),
            continue_with: f.continue_with.clone(),
        };
        (None, answer)
    };
    Outcome::Done(Box::new(Done {
        flow: f,
        session,
        new_csrf,
        redirect: return_to,
        answer,
    }))
}

/// A native app's social sign-in with `provider` (the browser leg is done): a new session
/// (saved) and the flow `passed_challenge`. With a session token exchange (the flow has an
/// exchange code and a `return_to`), the app's `return_to` gets `code=` (stored against the
/// session, 303); otherwise the session token and the session.
pub fn social_signed_in_native(
    app: &AppState,
    mut f: Flow,
    ident: Identity,
    provider: &str,
    user_agent: &str,
    now: Time,
) -> Outcome {
    let client = Client {
        browser: false,
        json: true,
    };
    let m = AuthMethod {
        method: "oidc".into(),
        aal: Aal::Aal1,
        completed_at: now,
        provider: Some(provider.to_string()),
    };
    let s = new_session(app, &ident, vec![m], user_agent, now);
    if let Err(e) = app.store.save_session(&s) {
        return internal(e, client);
    }
    f.state = FlowState::PassedChallenge;
    let exchange = match (&f.session_token_exchange_code, &f.return_to) {
        (Some(init), Some(rt)) => {
            let code = random_token(32);
            if let Err(e) = app.store.save_exchange(init, &code, s.id) {
                return internal(e, client);
            }
            let sep = if rt.contains('?') { '&' } else { '?' };
            Some(format!("{rt}{sep}code={code}"))
        }
        _ => None,
    };
    let (redirect, answer) = match exchange {
        Some(to) => (to, Answer::Redirect),
        None => {
            let answer = Answer::Session {
                token: Some(s.token.clone()),
                session: Box::new(s.clone()),
                identity: Box::new(ident),
                session_identity: true,
                identity_field: false,
                continue_with: vec![],
            };
            (return_to_or_default(app, &f), answer)
        }
    };
    Outcome::Done(Box::new(Done {
        flow: f,
        session: Some(s),
        new_csrf: None,
        redirect,
        answer,
    }))
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

/// A settings flow belongs to one identity: another one's session gets
/// `security_identity_mismatch`.
pub fn settings_owner(s: &Session, f: &Flow) -> Result<(), Refusal> {
    if Some(s.identity_id) == f.identity_id {
        return Ok(());
    }
    Err(Refusal::Error(
        ApiError::forbidden()
            .id("security_identity_mismatch")
            .reason(
            "The request was made for another identity and has been blocked for security reasons.",
        ),
    ))
}

/// Fetching a settings flow: its owner's session (else `session_inactive`), at the required
/// AAL (else `session_aal2_required`, back to this flow's UI). Always a JSON error.
pub fn settings_fetch(app: &AppState, s: Option<&Session>, f: &Flow) -> Result<(), Refusal> {
    let Some(s) = s else {
        return Err(Refusal::Error(ApiError::session_inactive()));
    };
    settings_owner(s, f)?;
    if let Ok(Some(i)) = app.store.get_identity(s.identity_id) {
        if !aal_satisfied(app, app.cfg.settings_required_aal, s, &i) {
            let back = format!("{}?flow={}", app.cfg.settings_ui, f.id);
            let to = aal2_redirect(app, Some(&back));
            return Err(Refusal::Error(ApiError::aal2_required(&to)));
        }
    }
    Ok(())
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

/// A settings change saved (the caller has filled the flow's nodes again): the flow in
/// `success` with 1050001, `active` the method. The `continue_with` items the change brought
/// (verification flows) are shown in this answer only, after them the redirect for SPAs;
/// browser pages go to `return_to`.
pub fn settings_saved(
    app: &AppState,
    mut f: Flow,
    method: &str,
    client: Client,
    now: Time,
) -> Outcome {
    let mut continue_with = std::mem::take(&mut f.continue_with);
    f.state = FlowState::Success;
    f.active = Some(method.into());
    f.ui.messages = vec![crate::text::settings_saved()];
    f.updated_at = now;
    let return_to = return_to_or_default(app, &f);
    if client.browser && client.json {
        continue_with.push(redirect_browser_to(&return_to));
    }
    Outcome::Done(Box::new(Done {
        flow: f,
        session: None,
        new_csrf: None,
        redirect: return_to,
        answer: Answer::Flow { continue_with },
    }))
}

/// A sensitive settings change needs a privileged session ([`privileged`]); otherwise the
/// flow is kept (saved as it is) and the client re-authenticates
/// ([`settings_refresh_required`]).
pub fn settings_privileged(
    app: &AppState,
    f: &Flow,
    s: &Session,
    now: Time,
) -> Result<(), Outcome> {
    if privileged(app, s, now) {
        return Ok(());
    }
    let refusal = match app.store.save_flow(f) {
        Ok(()) => settings_refresh_required(app, f),
        Err(e) => Refusal::Error(ApiError::internal(e)),
    };
    Err(Outcome::Refused {
        refusal: Box::new(refusal),
        browser: f.is_browser(),
    })
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

/// The code entry (`internal.codes`) of a flow with this code.
fn code_entry<'a>(f: &'a Flow, code: &str) -> Option<&'a serde_json::Value> {
    f.internal
        .get("codes")
        .and_then(|c| c.as_array())
        .and_then(|a| {
            a.iter()
                .find(|e| e.get("code").and_then(|c| c.as_str()) == Some(code))
        })
}

fn entry_identity(app: &AppState, e: &serde_json::Value) -> Option<Identity> {
    let id = e
        .get("identity_id")
        .and_then(|v| v.as_str())
        .and_then(|s| uuid::Uuid::parse_str(s).ok())?;
    app.store.get_identity(id).ok().flatten()
}

/// Recovery by code: the identity the code was sent for; `None` for an unknown code or one
/// past its `expires_at` (admin-issued codes).
pub fn recovery_code_owner(app: &AppState, f: &Flow, code: &str, now: Time) -> Option<Identity> {
    let e = code_entry(f, code)?;
    let expired = e
        .get("expires_at")
        .and_then(|t| t.as_str())
        .and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
        .map(|t| t.with_timezone(&chrono::Utc) < now)
        .unwrap_or(false);
    if expired {
        return None;
    }
    entry_identity(app, e)
}

/// Recovery by an admin-issued link (`?token=`): the identity the link was made for, `None`
/// for another token.
pub fn recovery_link_owner(app: &AppState, f: &Flow, token: &str) -> Option<Identity> {
    f.internal
        .get("link_token")
        .and_then(|t| t.as_str())
        .filter(|t| *t == token)
        .and_then(|_| f.internal.get("link_identity").and_then(|v| v.as_str()))
        .and_then(|s| uuid::Uuid::parse_str(s).ok())
        .and_then(|id| app.store.get_identity(id).ok().flatten())
}

/// Verification by code: the address is verified (saved), the flow `passed_challenge` with a
/// "Continue" link to `return_to` (1080002); an unknown code shows the form again (4070006).
pub fn verify_code(
    app: &AppState,
    mut f: Flow,
    code: &str,
    now: Time,
) -> Result<Outcome, ApiError> {
    let found = code_entry(&f, code).and_then(|e| {
        let addr = e.get("address").and_then(|v| v.as_str())?.to_string();
        Some((entry_identity(app, e)?, addr))
    });
    let Some((mut ident, addr)) = found else {
        f.ui.reset_messages();
        f.ui.messages.push(crate::text::verification_code_invalid());
        return Ok(Outcome::show(f));
    };
    for a in ident
        .verifiable_addresses
        .iter_mut()
        .filter(|a| a.value == addr)
    {
        a.verified = true;
        a.verified_at = Some(now);
        a.status = "completed".into();
        a.updated_at = now;
    }
    app.store
        .save_identity(&ident)
        .map_err(ApiError::internal)?;
    f.internal.remove("codes");
    let return_to = f
        .return_to
        .clone()
        .unwrap_or_else(|| app.cfg.default_return_to.clone());
    f.state = FlowState::PassedChallenge;
    f.ui.method = "GET".into();
    f.ui.action = return_to.clone();
    f.ui.nodes = vec![crate::nodes::anchor(
        "code",
        "continue",
        &return_to,
        crate::text::label_continue(),
    )];
    f.ui.messages = vec![crate::text::verification_successful()];
    Ok(Outcome::show(f))
}

/// An internal error while finishing a flow.
fn internal(e: impl std::fmt::Display, client: Client) -> Outcome {
    Outcome::Refused {
        refusal: Box::new(Refusal::Error(ApiError::internal(e.to_string()))),
        browser: client.browser,
    }
}

/// The identity proved access by recovery (`method`: `code_recovery` or `link_recovery`): a
/// privileged session (saved), the flow `passed_challenge`, and the settings flow `settings`
/// (made by the caller, bound to `new_csrf` on browser flows) saved with 1060001. Native apps
/// get the session token in `continue_with`. With `use_continue_with_transitions`, API and
/// JSON clients get the flow with `show_settings_ui`; otherwise (Kratos v1.3.1) a 422 to the
/// settings UI; browser pages go there (303).
#[allow(clippy::too_many_arguments)]
pub fn recovered(
    app: &AppState,
    mut f: Flow,
    ident: &Identity,
    method: &str,
    mut settings: Flow,
    new_csrf: Option<String>,
    client: Client,
    user_agent: &str,
    now: Time,
) -> Outcome {
    let m = AuthMethod {
        method: method.into(),
        aal: Aal::Aal1,
        completed_at: now,
        provider: None,
    };
    let s = new_session(app, ident, vec![m], user_agent, now);
    if let Err(e) = app.store.save_session(&s) {
        return internal(e, client);
    }
    f.state = FlowState::PassedChallenge;
    settings.request_url = app.cfg.public("self-service/settings/browser");
    let privileged_until = now + app.cfg.privileged_session_max_age;
    settings.ui.messages = vec![crate::text::recovery_successful(&privileged_until)];
    if let Err(e) = app.store.save_flow(&settings) {
        return internal(e, client);
    }
    let settings_url = format!("{}?flow={}", app.cfg.settings_ui, settings.id);
    if !client.browser {
        f.continue_with.push(set_session_token(&s));
    }
    let answer = if app.cfg.use_continue_with_transitions && !client.page() {
        f.continue_with.push(json!({
            "action": "show_settings_ui",
            "flow": {"id": settings.id, "url": settings_url},
        }));
        Answer::Flow {
            continue_with: f.continue_with.clone(),
        }
    } else {
        Answer::LocationChange(settings_url.clone())
    };
    Outcome::Done(Box::new(Done {
        flow: f,
        session: Some(s),
        new_csrf,
        redirect: settings_url,
        answer,
    }))
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

    /// `ident`, saved in the store.
    fn saved(app: &AppState, ident: Identity) -> Identity {
        app.store.save_identity(&ident).expect("save");
        ident
    }

    /// A flow of `kind` that expires an hour after `t`.
    fn open_flow(kind: FlowKind, browser: bool, t: Time) -> Flow {
        flow(kind, browser, t + chrono::Duration::hours(1))
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

    /// The error id of a refusal and whether it answers a browser; panics on anything else.
    fn refused<T: std::fmt::Debug>(result: Result<T, Outcome>) -> (Option<String>, bool) {
        match result {
            Err(Outcome::Refused { refusal, browser }) => (error_id(&refusal), browser),
            other => panic!("{other:?}"),
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

    #[test]
    fn verification_by_code_verifies_the_address_and_passes_the_challenge() {
        let app = ctx(FileConfig::default());
        let t = now();
        let mut ident = identity(false);
        ident
            .verifiable_addresses
            .push(crate::model::VerifiableAddress {
                id: Uuid::new_v4(),
                value: "a@example.com".into(),
                verified: false,
                via: "email".into(),
                status: "sent".into(),
                verified_at: None,
                created_at: t,
                updated_at: t,
            });
        app.store.save_identity(&ident).expect("save");
        let mut f = flow(
            FlowKind::Verification,
            false,
            t + chrono::Duration::hours(1),
        );
        f.state = FlowState::SentEmail;
        f.internal.insert(
            "codes".into(),
            json!([{"code": "123456", "address": "a@example.com", "identity_id": ident.id.to_string()}]),
        );
        // a wrong code: the form again with 4070006, nothing verified
        match verify_code(&app, f.clone(), "000000", t).expect("rules") {
            Outcome::Rerender { flow, status } => {
                assert_eq!(status, 200);
                assert_eq!(flow.state, FlowState::SentEmail);
                let ids: Vec<i64> = flow.ui.messages.iter().map(|m| m.id).collect();
                assert_eq!(ids, [4070006]);
            }
            other => panic!("{other:?}"),
        }
        match verify_code(&app, f, "123456", t).expect("rules") {
            Outcome::Rerender { flow, status } => {
                assert_eq!(status, 200);
                assert_eq!(flow.state, FlowState::PassedChallenge);
                assert_eq!(flow.ui.action, "http://localhost:4455/after");
                assert!(!flow.internal.contains_key("codes"), "a code works once");
            }
            other => panic!("{other:?}"),
        }
        let stored = app
            .store
            .get_identity(ident.id)
            .expect("get")
            .expect("identity");
        let a = &stored.verifiable_addresses[0];
        assert!(a.verified);
        assert_eq!(a.status, "completed");
        assert_eq!(a.verified_at, Some(t));
    }

    #[test]
    fn recovery_codes_name_their_identity_until_they_expire() {
        let app = ctx(FileConfig::default());
        let t = now();
        let ident = saved(&app, identity(false));
        let mut f = open_flow(FlowKind::Recovery, true, t);
        f.internal.insert(
            "codes".into(),
            json!([{"code": "111111", "identity_id": ident.id.to_string(),
                    "expires_at": ts(&(t + chrono::Duration::minutes(5)))}]),
        );
        let owner = recovery_code_owner(&app, &f, "111111", t).map(|i| i.id);
        assert_eq!(owner, Some(ident.id));
        assert!(recovery_code_owner(&app, &f, "222222", t).is_none());
        let later = t + chrono::Duration::minutes(6);
        assert!(recovery_code_owner(&app, &f, "111111", later).is_none());
        // admin links: the token names the identity
        f.internal.insert("link_token".into(), json!("tok"));
        f.internal
            .insert("link_identity".into(), json!(ident.id.to_string()));
        let owner = recovery_link_owner(&app, &f, "tok").map(|i| i.id);
        assert_eq!(owner, Some(ident.id));
        assert!(recovery_link_owner(&app, &f, "other").is_none());
        assert!(recovery_link_owner(&app, &f, "").is_none());
    }

    #[test]
    fn a_login_submit_with_a_session_is_only_for_refresh_and_step_up() {
        let app = ctx(FileConfig::default());
        let mut f = flow(FlowKind::Login, true, now());
        assert!(login_submit(&app, &f, false).is_ok());
        assert_eq!(
            refused(login_submit(&app, &f, true)),
            (Some("session_already_available".to_owned()), true)
        );
        f.requested_aal = Aal::Aal2;
        assert!(login_submit(&app, &f, true).is_ok());
        f.requested_aal = Aal::Aal1;
        f.refresh = true;
        assert!(login_submit(&app, &f, true).is_ok());
    }

    #[test]
    fn sign_in_makes_or_extends_the_session() {
        let app = ctx(FileConfig::default());
        let t = now();
        let ident = saved(&app, identity(true));
        let password = AuthMethod {
            method: "password".into(),
            aal: Aal::Aal1,
            completed_at: t,
            provider: None,
        };
        // a first factor: a new aal1 session, short of the aal2 this identity can reach
        let f = open_flow(FlowKind::Login, false, t);
        let done =
            sign_in(&app, f.clone(), ident.clone(), password, None, "ua", t).expect("sign in");
        assert_eq!(done.flow.state, FlowState::PassedChallenge);
        assert_eq!(done.flow.active.as_deref(), Some("password"));
        assert_eq!(done.session.aal, Aal::Aal1);
        assert!(done.needs_aal2);
        assert_eq!(done.session.devices[0].user_agent, "ua");
        let first = done.session;
        assert!(app.store.get_session(first.id).expect("get").is_some());
        // the aal2 step-up extends that session
        let mut step_up = f.clone();
        step_up.requested_aal = Aal::Aal2;
        let totp = AuthMethod {
            method: "totp".into(),
            aal: Aal::Aal2,
            completed_at: t,
            provider: None,
        };
        let later = t + chrono::Duration::minutes(1);
        let done = sign_in(
            &app,
            step_up,
            ident.clone(),
            totp.clone(),
            Some(first.clone()),
            "ua",
            later,
        )
        .expect("step up");
        assert_eq!(done.session.id, first.id);
        assert_eq!(done.session.aal, Aal::Aal2);
        assert_eq!(done.session.authenticated_at, later);
        assert!(!done.needs_aal2);
        // a plain login flow with a session of the same identity: a new session
        let done = sign_in(&app, f, ident, totp, Some(first.clone()), "ua", later).expect("new");
        assert_ne!(done.session.id, first.id);
    }

    #[test]
    fn a_settings_flow_is_fetched_by_its_owner_at_the_required_aal() {
        let app = ctx(FileConfig::default());
        let t = now();
        let ident = saved(&app, identity(true));
        let mut f = open_flow(FlowKind::Settings, true, t);
        f.identity_id = Some(ident.id);
        let id_of = |r: Result<(), Refusal>| r.err().as_ref().and_then(error_id);
        assert_eq!(
            id_of(settings_fetch(&app, None, &f)).as_deref(),
            Some("session_inactive")
        );
        let other = session(Aal::Aal2, t);
        assert_eq!(
            id_of(settings_fetch(&app, Some(&other), &f)).as_deref(),
            Some("security_identity_mismatch")
        );
        let mut aal1 = session(Aal::Aal1, t);
        aal1.identity_id = ident.id;
        assert_eq!(
            id_of(settings_fetch(&app, Some(&aal1), &f)).as_deref(),
            Some("session_aal2_required")
        );
        let mut aal2 = session(Aal::Aal2, t);
        aal2.identity_id = ident.id;
        assert!(settings_fetch(&app, Some(&aal2), &f).is_ok());
    }

    fn done(o: Outcome) -> Done {
        match o {
            Outcome::Done(d) => *d,
            other => panic!("{other:?}"),
        }
    }

    fn message_ids(f: &Flow) -> Vec<i64> {
        f.ui.messages.iter().map(|m| m.id).collect()
    }

    const SPA: Client = Client {
        browser: true,
        json: true,
    };
    const PAGE: Client = Client {
        browser: true,
        json: false,
    };
    const NATIVE: Client = Client {
        browser: false,
        json: true,
    };

    #[test]
    fn a_saved_settings_change_shows_success_and_where_to_go_next() {
        let app = ctx(FileConfig::default());
        let t = now();
        let mut f = open_flow(FlowKind::Settings, true, t);
        let verify = json!({"action": "show_verification_ui", "flow": {"id": "x"}});
        f.continue_with = vec![verify.clone()];
        let d = done(settings_saved(&app, f.clone(), "profile", SPA, t));
        assert_eq!(d.flow.state, FlowState::Success);
        assert_eq!(d.flow.active.as_deref(), Some("profile"));
        assert_eq!(message_ids(&d.flow), [1050001]);
        assert_eq!(d.flow.updated_at, t);
        assert!(d.flow.continue_with.is_empty(), "shown once, never stored");
        assert_eq!(d.redirect, "http://localhost:4455/after");
        assert!(d.session.is_none() && d.new_csrf.is_none());
        match d.answer {
            Answer::Flow { continue_with } => assert_eq!(
                continue_with,
                [
                    verify.clone(),
                    redirect_browser_to("http://localhost:4455/after")
                ]
            ),
            other => panic!("{other:?}"),
        }
        // native apps and browser pages: no redirect item; without return_to, the default
        f.return_to = None;
        for client in [NATIVE, PAGE] {
            let d = done(settings_saved(&app, f.clone(), "password", client, t));
            assert_eq!(d.redirect, app.cfg.default_return_to);
            match d.answer {
                Answer::Flow { continue_with } => {
                    assert_eq!(continue_with, std::slice::from_ref(&verify))
                }
                other => panic!("{other:?}"),
            }
        }
    }

    #[test]
    fn recovery_gives_a_privileged_session_and_a_settings_flow() {
        let t = now();
        let ident = identity(false);
        for transitions in [false, true] {
            let app = ctx(FileConfig {
                use_continue_with_transitions: transitions,
                ..FileConfig::default()
            });
            for client in [SPA, PAGE, NATIVE] {
                let f = flow(
                    FlowKind::Recovery,
                    client.browser,
                    t + chrono::Duration::hours(1),
                );
                let sf = flow(
                    FlowKind::Settings,
                    client.browser,
                    t + chrono::Duration::hours(1),
                );
                let csrf = client.browser.then(|| "new".to_string());
                let o = recovered(
                    &app,
                    f,
                    &ident,
                    "code_recovery",
                    sf.clone(),
                    csrf.clone(),
                    client,
                    "ua",
                    t,
                );
                let d = done(o);
                let url = format!("http://localhost:4455/settings?flow={}", sf.id);
                assert_eq!(d.flow.state, FlowState::PassedChallenge);
                assert_eq!(d.redirect, url);
                assert_eq!(d.new_csrf, csrf);
                let s = d.session.expect("session");
                assert_eq!(s.identity_id, ident.id);
                assert_eq!(s.methods[0].method, "code_recovery");
                assert_eq!(s.authenticated_at, t);
                assert!(privileged(&app, &s, t));
                assert!(app.store.get_session(s.id).expect("get").is_some());
                let stored = app
                    .store
                    .get_flow(sf.id)
                    .expect("get")
                    .expect("settings flow");
                assert_eq!(message_ids(&stored), [1060001]);
                assert_eq!(
                    stored.request_url,
                    "http://localhost:4433/self-service/settings/browser"
                );
                let token = set_session_token(&s);
                let show = json!({"action": "show_settings_ui", "flow": {"id": sf.id, "url": url}});
                let stored_cw: Vec<serde_json::Value> =
                    match (client.browser, transitions && !client.page()) {
                        (true, false) => vec![],
                        (true, true) => vec![show.clone()],
                        (false, false) => vec![token.clone()],
                        (false, true) => vec![token.clone(), show.clone()],
                    };
                assert_eq!(d.flow.continue_with, stored_cw, "{client:?} {transitions}");
                match d.answer {
                    Answer::Flow { continue_with } => {
                        assert!(transitions && !client.page());
                        assert_eq!(continue_with, stored_cw);
                    }
                    Answer::LocationChange(to) => {
                        assert!(!transitions || client.page());
                        assert_eq!(to, url);
                    }
                    other => panic!("{other:?}"),
                }
            }
        }
    }

    #[test]
    fn a_login_answers_each_client_and_sends_the_browser_on() {
        let app = ctx(FileConfig::default());
        let t = now();
        let password = AuthMethod {
            method: "password".into(),
            aal: Aal::Aal1,
            completed_at: t,
            provider: None,
        };
        let after = "http://localhost:4455/after";
        for second_factor in [false, true] {
            let ident = saved(&app, identity(second_factor));
            for client in [SPA, PAGE, NATIVE] {
                let f = flow(
                    FlowKind::Login,
                    client.browser,
                    t + chrono::Duration::hours(1),
                );
                let o = logged_in(
                    &app,
                    f,
                    ident.clone(),
                    password.clone(),
                    None,
                    None,
                    client,
                    "ua",
                    t,
                );
                let d = done(o);
                let s = d.session.expect("session");
                assert_eq!(d.flow.state, FlowState::PassedChallenge);
                let step_up = aal2_redirect(&app, Some(after));
                if client.browser {
                    let to = if second_factor { &step_up } else { after };
                    assert_eq!(d.redirect, to, "{client:?}");
                }
                // a new principal: browsers get a new CSRF token
                assert_eq!(d.new_csrf.is_some(), client.browser);
                match d.answer {
                    Answer::Session {
                        token,
                        session,
                        session_identity,
                        identity_field,
                        continue_with,
                        ..
                    } => {
                        assert_eq!(session.id, s.id);
                        assert!(!identity_field);
                        if client.browser {
                            assert!(!second_factor);
                            assert_eq!(token, None);
                            assert!(session_identity);
                            let cw = if client.json {
                                vec![redirect_browser_to(after)]
                            } else {
                                vec![]
                            };
                            assert_eq!(continue_with, cw);
                            assert_eq!(d.flow.continue_with, cw);
                        } else {
                            assert_eq!(token, Some(s.token.clone()));
                            // the identity is withheld until the aal2 step
                            assert_eq!(session_identity, !second_factor);
                            assert!(continue_with.is_empty());
                        }
                    }
                    Answer::LocationChange(to) => {
                        assert!(client.browser && second_factor);
                        assert_eq!(to, step_up);
                    }
                    other => panic!("{other:?}"),
                }
            }
        }
        // the same principal again (re-authentication): the CSRF token stays
        let ident = saved(&app, identity(false));
        let mut f = open_flow(FlowKind::Login, true, t);
        f.refresh = true;
        let o = logged_in(
            &app,
            f,
            ident.clone(),
            password,
            None,
            Some(ident.id),
            SPA,
            "ua",
            t,
        );
        assert_eq!(done(o).new_csrf, None);
    }

    fn with_addresses(mut ident: Identity, t: Time) -> Identity {
        for (value, verified) in [("a@example.com", false), ("b@example.com", true)] {
            ident
                .verifiable_addresses
                .push(crate::model::VerifiableAddress {
                    id: Uuid::new_v4(),
                    value: value.into(),
                    verified,
                    via: "email".into(),
                    status: if verified { "completed" } else { "pending" }.into(),
                    verified_at: None,
                    created_at: t,
                    updated_at: t,
                });
        }
        ident
    }

    #[test]
    fn registration_hooks_verification_and_session() {
        let t = now();
        let after = "http://localhost:4455/after";
        let vid = Uuid::new_v4();
        for hook in [true, false] {
            let app = ctx(FileConfig {
                registration_session_hook: hook,
                ..FileConfig::default()
            });
            for client in [SPA, PAGE, NATIVE] {
                let ident = saved(&app, with_addresses(identity(false), t));
                let f = flow(
                    FlowKind::Registration,
                    client.browser,
                    t + chrono::Duration::hours(1),
                );
                let mut asked = Vec::new();
                let o = registered(
                    &app,
                    f,
                    ident.clone(),
                    "password",
                    client,
                    "ua",
                    t,
                    |i, addr, csrf| {
                        asked.push((i.id, addr.to_string(), csrf.to_string()));
                        Ok((vid, client.browser.then(|| "http://ui/verify".to_string())))
                    },
                );
                let d = done(o);
                assert_eq!(d.flow.state, FlowState::PassedChallenge);
                assert_eq!(d.flow.active.as_deref(), Some("password"));
                assert_eq!(d.redirect, after);
                // only the unverified address, with the new principal's CSRF token
                assert_eq!(d.new_csrf.is_some(), client.browser);
                let csrf = d.new_csrf.clone().unwrap_or_default();
                assert_eq!(asked, [(ident.id, "a@example.com".to_string(), csrf)]);
                let verify = show_verification_ui(
                    vid,
                    "a@example.com",
                    client.browser.then(|| "http://ui/verify".to_string()),
                );
                let mut cw = vec![];
                if client == SPA {
                    cw.push(redirect_browser_to(after));
                }
                cw.push(verify);
                match (hook, d.answer) {
                    (
                        true,
                        Answer::Session {
                            token,
                            session,
                            session_identity,
                            identity_field,
                            continue_with,
                            ..
                        },
                    ) => {
                        assert!(session_identity && identity_field);
                        assert_eq!(session.identity_id, ident.id);
                        assert_eq!(session.methods[0].method, "password");
                        assert!(app.store.get_session(session.id).expect("get").is_some());
                        assert_eq!(d.session.as_ref().map(|s| s.id), Some(session.id));
                        if !client.browser {
                            assert_eq!(token.as_deref(), Some(session.token.as_str()));
                            cw.push(set_session_token(&session));
                        } else {
                            assert_eq!(token, None);
                        }
                        assert_eq!(continue_with, cw, "{client:?}");
                    }
                    (
                        false,
                        Answer::Identity {
                            identity,
                            continue_with,
                        },
                    ) => {
                        assert_eq!(identity.id, ident.id);
                        assert!(d.session.is_none());
                        assert_eq!(continue_with, cw, "{client:?}");
                    }
                    (_, other) => panic!("{other:?}"),
                }
                assert_eq!(d.flow.continue_with.len(), cw.len());
            }
        }
        // a verification flow that cannot be made stops the registration
        let app = ctx(FileConfig::default());
        let f = open_flow(FlowKind::Registration, true, t);
        let ident = with_addresses(identity(false), t);
        let o = registered(&app, f, ident, "password", SPA, "ua", t, |_, _, _| {
            Err(ApiError::internal("courier down"))
        });
        match o {
            Outcome::Refused { refusal, browser } => {
                assert!(browser);
                assert!(matches!(*refusal, Refusal::Error(ref e) if e.code == 500));
            }
            other => panic!("{other:?}"),
        }
    }

    fn invalid_with(o: Outcome) -> (Flow, Vec<i64>) {
        match o {
            Outcome::Rerender { flow, status } => {
                assert_eq!(status, 400);
                let mut ids = message_ids(&flow);
                for n in &flow.ui.nodes {
                    ids.extend(n.messages.iter().map(|m| m.id));
                }
                (*flow, ids)
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn the_password_check_needs_an_active_account_with_that_password() {
        let app = std::sync::Arc::new(ctx(FileConfig::default()));
        let mut ident = identity(false);
        let hash = crate::password::hash("a long passphrase", &app.cfg.argon2).expect("hash");
        crate::identity::set_password_hash(&app, &mut ident, hash);
        app.store.save_identity(&ident).expect("save");
        let t = now();
        let mut f = open_flow(FlowKind::Login, true, t);
        f.ui.push(crate::nodes::input("default", "identifier", "text").build());
        f.ui.push(crate::nodes::input("password", "password", "password").build());
        // both fields are required; the identifier is kept
        let (shown, ids) =
            invalid_with(password_check(&app, f.clone(), "", "", None).expect_err("missing"));
        assert_eq!(ids, [4000002, 4000002]);
        assert_eq!(shown.ui.nodes[0].attributes.get("value"), Some(&json!("")));
        let (shown, ids) = invalid_with(
            password_check(&app, f.clone(), "A@example.com", "", None).expect_err("missing"),
        );
        assert_eq!(ids, [4000002]);
        assert_eq!(
            shown.ui.nodes[0].attributes.get("value"),
            Some(&json!("A@example.com"))
        );
        // a wrong password, an unknown account
        for (id, pw) in [
            ("a@example.com", "wrong"),
            ("b@example.com", "a long passphrase"),
        ] {
            let o = password_check(&app, f.clone(), id, pw, None).expect_err("invalid");
            assert_eq!(invalid_with(o).1, [4000006]);
        }
        // the identifier is case-insensitive
        let (_, found) =
            password_check(&app, f.clone(), "A@Example.com", "a long passphrase", None)
                .expect("ok");
        assert_eq!(found.id, ident.id);
        // re-authentication is by the session's own identity
        f.refresh = true;
        let other = session(Aal::Aal1, t);
        let o = password_check(
            &app,
            f.clone(),
            "a@example.com",
            "a long passphrase",
            Some(&other),
        );
        assert_eq!(invalid_with(o.expect_err("other identity")).1, [4000006]);
        let mut own = session(Aal::Aal1, t);
        own.identity_id = ident.id;
        assert!(password_check(
            &app,
            f.clone(),
            "a@example.com",
            "a long passphrase",
            Some(&own)
        )
        .is_ok());
        // an inactive account cannot sign in
        ident.state = "inactive".into();
        app.store.save_identity(&ident).expect("save");
        let o = password_check(&app, f, "a@example.com", "a long passphrase", None);
        assert_eq!(invalid_with(o.expect_err("inactive")).1, [4000006]);
    }

    #[test]
    fn second_factors_check_the_authenticator_and_use_each_backup_code_once() {
        let app = ctx(FileConfig::default());
        let t = now();
        let f = open_flow(FlowKind::Login, true, t);
        let ids = |r: Result<(Flow, Identity, AuthMethod), Outcome>| {
            invalid_with(r.expect_err("invalid")).1
        };
        // nothing set up
        let plain = identity(false);
        assert_eq!(
            ids(second_factor_check(
                &app,
                f.clone(),
                plain.clone(),
                "totp",
                "1",
                t
            )),
            [4000011]
        );
        assert_eq!(
            ids(second_factor_check(
                &app,
                f.clone(),
                plain,
                "lookup_secret",
                "1",
                t
            )),
            [4000014]
        );
        // TOTP
        let secret = crate::mfa::new_totp_secret();
        let mut ident = identity(false);
        ident.credentials.insert(
            "totp".into(),
            Credential {
                ty: "totp".into(),
                identifiers: vec![],
                config: json!({"totp_url": crate::mfa::totp_url("x", "a@example.com", &secret)}),
                version: 0,
                created_at: t,
                updated_at: t,
            },
        );
        let mut f2 = f.clone();
        f2.ui
            .push(crate::nodes::input("totp", "totp_code", "text").build());
        assert_eq!(
            ids(second_factor_check(
                &app,
                f2.clone(),
                ident.clone(),
                "totp",
                " ",
                t
            )),
            [4000002]
        );
        let current =
            crate::mfa::totp_at(&secret, chrono::Utc::now().timestamp() as u64).expect("code");
        let wrong = if current == "000000" {
            "111111"
        } else {
            "000000"
        };
        assert_eq!(
            ids(second_factor_check(
                &app,
                f2.clone(),
                ident.clone(),
                "totp",
                wrong,
                t
            )),
            [4000008]
        );
        let (_, _, m) = second_factor_check(&app, f2, ident, "totp", &current, t).expect("totp");
        assert_eq!((m.method.as_str(), m.aal), ("totp", Aal::Aal2));
        // lookup secrets: once each
        let mut ident = identity(false);
        ident.credentials.insert(
            "lookup_secret".into(),
            Credential {
                ty: "lookup_secret".into(),
                identifiers: vec![],
                config: json!({"recovery_codes": [{"code": "abcd1234", "used_at": null}]}),
                version: 0,
                created_at: t,
                updated_at: t,
            },
        );
        app.store.save_identity(&ident).expect("save");
        assert_eq!(
            ids(second_factor_check(
                &app,
                f.clone(),
                ident.clone(),
                "lookup_secret",
                "zzzz",
                t
            )),
            [4000016]
        );
        let (_, used, m) = second_factor_check(
            &app,
            f.clone(),
            ident.clone(),
            "lookup_secret",
            " abcd1234 ",
            t,
        )
        .expect("lookup");
        assert_eq!((m.method.as_str(), m.aal), ("lookup_secret", Aal::Aal2));
        let stored = app
            .store
            .get_identity(ident.id)
            .expect("get")
            .expect("identity");
        assert_eq!(
            stored.credentials["lookup_secret"].config,
            used.credentials["lookup_secret"].config
        );
        assert_eq!(
            stored.credentials["lookup_secret"].config["recovery_codes"][0]["used_at"],
            json!(ts(&t))
        );
        assert_eq!(
            ids(second_factor_check(
                &app,
                f,
                stored,
                "lookup_secret",
                "abcd1234",
                t
            )),
            [4000012]
        );
    }

    #[test]
    fn a_sensitive_settings_change_on_an_old_session_keeps_the_flow_for_later() {
        let app = ctx(FileConfig::default());
        let t = now();
        let mut f = open_flow(FlowKind::Settings, true, t);
        f.ui.messages.push(crate::text::settings_saved());
        let fresh = session(Aal::Aal1, t);
        assert!(settings_privileged(&app, &f, &fresh, t).is_ok());
        assert!(
            app.store.get_flow(f.id).expect("get").is_none(),
            "nothing saved"
        );
        let max = app.cfg.privileged_session_max_age;
        let old = session(Aal::Aal1, t - max - chrono::Duration::seconds(1));
        assert_eq!(
            refused(settings_privileged(&app, &f, &old, t)),
            (Some("session_refresh_required".to_owned()), true)
        );
        let kept = app.store.get_flow(f.id).expect("get").expect("flow");
        assert_eq!(message_ids(&kept), [1050001]);
    }

    #[test]
    fn a_login_code_works_once_for_the_account_it_was_sent_to() {
        let app = ctx(FileConfig::default());
        let t = now();
        let ident = saved(&app, identity(false));
        let mut f = open_flow(FlowKind::Login, true, t);
        f.state = FlowState::SentEmail;
        f.ui.messages.push(crate::text::login_code_invalid());
        // nothing sent yet: no code is right
        let o = login_code_check(&app, f.clone(), "123456").expect_err("none sent");
        assert_eq!(invalid_with(o).1, [4010008]);
        f.internal.insert("login_code".into(), json!("123456"));
        f.internal
            .insert("login_identity".into(), json!(ident.id.to_string()));
        // a wrong code: 4010008 alone (the last messages cleared), the code kept
        let (shown, ids) =
            invalid_with(login_code_check(&app, f.clone(), "654321").expect_err("wrong"));
        assert_eq!(ids, [4010008]);
        assert!(shown.internal.contains_key("login_code"));
        let (used, found) = login_code_check(&app, f.clone(), " 123456 ").expect("right");
        assert_eq!(found.id, ident.id);
        assert!(
            !used.internal.contains_key("login_code"),
            "a code works once"
        );
        // the account is gone: the code is kept, 4010008
        let mut gone = f.clone();
        gone.ui.messages.clear();
        gone.internal
            .insert("login_identity".into(), json!(Uuid::new_v4().to_string()));
        let (shown, ids) = invalid_with(login_code_check(&app, gone, "123456").expect_err("gone"));
        assert_eq!(ids, [4010008]);
        assert!(shown.internal.contains_key("login_code"));
        // as a second factor
        let o = mfa_code_check(f.clone(), "000000", t).expect_err("wrong");
        assert_eq!(invalid_with(o).1, [4010008]);
        let (used, m) = mfa_code_check(f, "123456", t).expect("right");
        assert_eq!((m.method.as_str(), m.aal), ("code", Aal::Aal2));
        assert!(!used.internal.contains_key("login_code"));
    }

    #[test]
    fn a_native_social_sign_in_hands_over_the_session_or_an_exchange_code() {
        let app = ctx(FileConfig::default());
        let t = now();
        let ident = saved(&app, identity(false));
        let f = open_flow(FlowKind::Login, false, t);
        let d = done(social_signed_in_native(
            &app,
            f.clone(),
            ident.clone(),
            "google",
            "ua",
            t,
        ));
        assert_eq!(d.flow.state, FlowState::PassedChallenge);
        let s = d.session.expect("session");
        assert_eq!(s.methods[0].provider.as_deref(), Some("google"));
        assert!(app.store.get_session(s.id).expect("get").is_some());
        match d.answer {
            Answer::Session {
                token,
                session_identity,
                identity_field,
                continue_with,
                ..
            } => {
                assert_eq!(token, Some(s.token.clone()));
                assert!(session_identity && !identity_field && continue_with.is_empty());
            }
            other => panic!("{other:?}"),
        }
        // the exchange: return_to gets the code, which finds the session once
        let mut f = f;
        f.session_token_exchange_code = Some("init".into());
        f.return_to = Some("myapp://done?x=1".into());
        let d = done(social_signed_in_native(&app, f, ident, "google", "ua", t));
        assert!(matches!(d.answer, Answer::Redirect));
        let code = d
            .redirect
            .strip_prefix("myapp://done?x=1&code=")
            .expect("code");
        let s = d.session.expect("session");
        assert_eq!(
            app.store.take_exchange("init", code).expect("take"),
            Some(s.id)
        );
    }
}
