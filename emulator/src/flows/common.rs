//! Behaviour shared by all self-service flows: creation, rendering, CSRF, content
//! negotiation of init/submit replies, flow fetching, expiry and validation replies.

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use serde_json::{json, Map, Value};
use uuid::Uuid;

use crate::csrf;
use crate::errors::ApiError;
use crate::model::{now, ts, Aal, Flow, FlowErrorRecord, FlowKind, FlowState, Ui};
use crate::req::{add_cookie, json_response, redirect_303, CookieSpec, Req};
use crate::rules::{self, Answer, Done, Outcome, Refusal};
use crate::state::{App, AppState};

pub fn ui_url(app: &App, kind: FlowKind) -> &str {
    match kind {
        FlowKind::Login => &app.cfg.login_ui,
        FlowKind::Registration => &app.cfg.registration_ui,
        FlowKind::Settings => &app.cfg.settings_ui,
        FlowKind::Recovery => &app.cfg.recovery_ui,
        FlowKind::Verification => &app.cfg.verification_ui,
    }
}

pub fn flow_ui_url(app: &App, f: &Flow) -> String {
    format!("{}?flow={}", ui_url(app, f.kind), f.id)
}

/// The CSRF token of this browser request: the existing cookie, or a fresh one to set.
pub struct Csrf {
    pub raw: String,
    pub set_cookie: bool,
}

pub fn csrf_for(app: &App, req: &Req) -> Csrf {
    match req.cookie(&app.csrf_cookie) {
        Some(raw) if csrf::verify(&raw, &raw) => Csrf {
            raw,
            set_cookie: false,
        },
        _ => Csrf {
            raw: csrf::new_token(),
            set_cookie: true,
        },
    }
}

pub fn set_csrf_cookie(app: &App, resp: &mut Response, raw: &str) {
    add_cookie(
        resp,
        CookieSpec {
            name: &app.csrf_cookie,
            value: raw,
            max_age: Some(csrf::MAX_AGE),
            secure: app.cfg.cookie_secure,
        },
    );
}

/// Kratos' self-service error manager: JSON requests get the error body; browsers get
/// the error stored and a 303 to the error UI (`?id=`).
pub fn forward_error(app: &AppState, req: &Req, err: ApiError) -> Response {
    if req.is_json() {
        return err.into_response();
    }
    let rec = FlowErrorRecord {
        id: Uuid::new_v4(),
        error: err.error_object(),
        created_at: now(),
        updated_at: now(),
    };
    if let Err(e) = app.store.save_flow_error(&rec) {
        return ApiError::internal(e).into_response();
    }
    redirect_303(&format!("{}?id={}", app.cfg.error_ui, rec.id))
}

/// The one reply to a [`Refusal`] of the rules: the error manager, a JSON error, or a 303
/// for browser pages on browser flows (`browser`) and the error for everyone else.
pub fn refuse(app: &AppState, req: &Req, browser: bool, r: Refusal) -> Response {
    match r {
        Refusal::ErrorUi(e) => forward_error(app, req, e),
        Refusal::Error(e) => e.into_response(),
        Refusal::Redirect { to, error } => {
            if browser && !req.is_json() {
                redirect_303(&to)
            } else {
                error.into_response()
            }
        }
    }
}

/// Login, registration and recovery are for signed-out users (see
/// [`rules::already_signed_in`]).
pub fn not_signed_in(
    app: &App,
    req: &Req,
    browser: bool,
    kind: FlowKind,
    return_to: Option<&str>,
) -> Result<(), Refusal> {
    match crate::sessions::from_request(app, req, browser) {
        Some(_) => Err(rules::already_signed_in(app, kind, return_to)),
        None => Ok(()),
    }
}

/// Validates `?return_to=` against the allow list (`Config::allowed_return_to`, the one
/// check every flow init, logout and the native token exchange use); the normalised URL.
pub fn return_to_param(app: &App, req: &Req) -> Result<Option<String>, ApiError> {
    match req.query_ne("return_to") {
        None => Ok(None),
        Some(r) => match app.cfg.allowed_return_to(&r) {
            Some(ok) => Ok(Some(ok)),
            None => Err(ApiError::return_to_forbidden(&r)),
        },
    }
}

/// Where a browser goes after success.
pub fn return_to_or_default(app: &App, f: &Flow) -> String {
    rules::return_to_or_default(app, f)
}

/// `?identity_schema=` on login / registration flow creation (Kratos v25.4): the default
/// schema or one marked `selfservice_selectable`; absent = the default schema.
pub fn identity_schema_param(app: &App, req: &Req) -> Result<Option<String>, ApiError> {
    match req.query_ne("identity_schema") {
        Some(id) => app.selectable_schema(&id).map(Some),
        None => Ok(None),
    }
}

/// The `identity_schema` a login / registration flow was created with.
pub fn flow_identity_schema(f: &Flow) -> Option<String> {
    f.internal
        .get("identity_schema")
        .and_then(|v| v.as_str())
        .map(String::from)
}

pub fn new_flow(app: &App, kind: FlowKind, browser: bool, req: &Req, csrf_raw: &str) -> Flow {
    let id = Uuid::new_v4();
    let t = now();
    Flow {
        id,
        kind,
        flow_type: if browser { "browser" } else { "api" }.into(),
        expires_at: t + app.cfg.flow_lifespan,
        issued_at: t,
        created_at: t,
        updated_at: t,
        request_url: req.external_url(&app.cfg.public_url),
        return_to: None,
        ui: Ui::new(
            app.cfg
                .public(&format!("self-service/{}?flow={id}", kind.as_str())),
        ),
        state: FlowState::ChooseMethod,
        active: None,
        refresh: false,
        requested_aal: Aal::Aal1,
        identity_id: None,
        csrf_token: if browser {
            csrf_raw.to_string()
        } else {
            String::new()
        },
        continue_with: Vec::new(),
        transient_payload: None,
        internal: Map::new(),
        session_token_exchange_code: None,
    }
}

/// The flow as the API shows it.
pub fn render(app: &App, f: &Flow) -> Value {
    let mut ui = f.ui.clone();
    let masked = if f.is_browser() {
        csrf::mask(&f.csrf_token)
    } else {
        String::new()
    };
    ui.set_csrf(&masked);
    let ui = serde_json::to_value(&ui).unwrap_or(Value::Null);
    let mut m = Map::new();
    m.insert("id".into(), json!(f.id));
    if matches!(f.kind, FlowKind::Login | FlowKind::Registration) {
        m.insert("oauth2_login_challenge".into(), Value::Null);
    }
    m.insert("type".into(), json!(f.flow_type));
    m.insert("expires_at".into(), json!(ts(&f.expires_at)));
    m.insert("issued_at".into(), json!(ts(&f.issued_at)));
    m.insert("request_url".into(), json!(f.request_url));
    if let Some(r) = &f.return_to {
        m.insert("return_to".into(), json!(r));
    }
    if let Some(a) = &f.active {
        m.insert("active".into(), json!(a));
    }
    if let Some(s) = flow_identity_schema(f).filter(|_| f.kind != FlowKind::Settings) {
        m.insert("identity_schema".into(), json!(s));
    }
    m.insert("ui".into(), ui);
    match f.kind {
        FlowKind::Login => {
            m.insert("created_at".into(), json!(ts(&f.created_at)));
            m.insert("updated_at".into(), json!(ts(&f.updated_at)));
            m.insert("refresh".into(), json!(f.refresh));
            m.insert("requested_aal".into(), json!(f.requested_aal));
            m.insert("organization_id".into(), Value::Null);
        }
        FlowKind::Registration => {
            m.insert("organization_id".into(), Value::Null);
        }
        FlowKind::Settings => {
            let ident = f
                .identity_id
                .and_then(|id| app.store.get_identity(id).ok().flatten())
                .map(|i| i.to_public_json(&app.schema_url_for(&i.schema_id)))
                .unwrap_or(Value::Null);
            m.insert("identity".into(), ident);
        }
        FlowKind::Recovery | FlowKind::Verification => {}
    }
    if let Some(c) = &f.session_token_exchange_code {
        m.insert("session_token_exchange_code".into(), json!(c));
    }
    if let Some(tp) = &f.transient_payload {
        m.insert("transient_payload".into(), tp.clone());
    }
    m.insert("state".into(), json!(f.state));
    if matches!(f.kind, FlowKind::Settings | FlowKind::Recovery) && !f.continue_with.is_empty() {
        m.insert(
            "continue_with".into(),
            Value::Array(f.continue_with.clone()),
        );
    }
    Value::Object(m)
}

pub fn save(app: &App, f: &Flow) -> Result<(), ApiError> {
    app.store.save_flow(f).map_err(ApiError::internal)
}

/// Reply to a flow init: JSON 200 (API flows, JSON browser requests) or 303 to the UI.
pub fn init_reply(app: &App, req: &Req, f: &Flow, csrf: Option<&Csrf>) -> Response {
    if let Err(e) = save(app, f) {
        return e.into_response();
    }
    let mut resp = if !f.is_browser() || req.is_json() {
        json_response(200, &render(app, f))
    } else {
        redirect_303(&flow_ui_url(app, f))
    };
    if let Some(c) = csrf {
        if c.set_cookie {
            set_csrf_cookie(app, &mut resp, &c.raw);
        }
    }
    resp
}

fn parse_flow_id(s: Option<String>) -> Option<Uuid> {
    s.and_then(|s| Uuid::parse_str(&s).ok())
}

pub fn load_flow(app: &App, id: Option<String>, kind: FlowKind) -> Result<Flow, ApiError> {
    let Some(id) = parse_flow_id(id) else {
        return Err(ApiError::not_found().reason(format!(
            "The {} request could not be found. Please restart the flow.",
            kind.as_str()
        )));
    };
    match app.store.get_flow(id)? {
        Some(f) if f.kind == kind => Ok(f),
        _ => Err(ApiError::not_found().reason(format!(
            "The {} request could not be found. Please restart the flow.",
            kind.as_str()
        ))),
    }
}

/// CSRF failure with Kratos' reject reasons.
pub fn csrf_error(app: &App, req: &Req, sent: Option<&str>) -> ApiError {
    let ajax = req.header("origin").is_none();
    let hint_ajax = "We detected an AJAX call, please ensure that CORS is enabled and configured correctly, and that your AJAX code sends cookies and has credentials enabled. For further debugging, check your Browser's Network Tab to see what cookies are included or excluded.";
    let hint_server = "We detected a regular browser or server-side call. To debug browser calls check your Browser's Network Tab to see what cookies are included or excluded. If you are calling from a server ensure that the appropriate cookies are being forwarded and that the SDK method is called correctly.";
    let hint = if ajax { hint_ajax } else { hint_server };
    if !req.has_cookie_header() {
        ApiError::csrf(Some("The HTTP Cookie Header is empty or not set."), hint)
    } else if req.cookie(&app.csrf_cookie).is_none() {
        ApiError::csrf(
            Some("The HTTP Cookie Header was set but did not include the anti-CSRF cookie."),
            hint,
        )
    } else if sent.map(|s| s.is_empty()).unwrap_or(true) {
        ApiError::csrf(None, "The anti-CSRF cookie was found but the CSRF token was not included in the HTTP request body (csrf_token) nor in the HTTP Header (X-CSRF-Token).")
    } else {
        ApiError::csrf(
            Some("The HTTP Cookie Header was set and a CSRF token was sent but they do not match. We recommend deleting all cookies for this domain and retrying the flow."),
            hint_ajax,
        )
    }
}

/// `GET /self-service/<kind>/flows?id=` of a browser flow: the CSRF cookie must match the
/// flow's token. Flows the admin API created (recovery links and codes) are opened in a
/// browser that has no CSRF cookie for them yet; Kratos skips the check for them
/// (`DangerousSkipCSRFCheck`).
pub fn fetch_csrf(app: &App, req: &Req, f: &Flow) -> Result<(), Refusal> {
    let skips_csrf = f.internal.get("skip_csrf") == Some(&serde_json::json!(true));
    if !f.is_browser() || skips_csrf {
        return Ok(());
    }
    let ok = req
        .cookie(&app.csrf_cookie)
        .map(|raw| csrf::verify(&raw, &f.csrf_token))
        .unwrap_or(false);
    if ok {
        Ok(())
    } else {
        Err(Refusal::Error(csrf_error(app, req, Some("x"))))
    }
}

/// A loaded flow plus the parsed submit body.
pub struct Submission {
    pub flow: Flow,
    pub body: Map<String, Value>,
}

pub enum Begin {
    Go(Submission),
    /// The flow expired; the caller makes a replacement flow.
    Expired(Flow),
}

/// Loads the flow for a submit and applies the CSRF / native-flow request checks;
/// `csrf_check = false` defers the browser CSRF check to the caller (verification codes and
/// admin-created recovery flows skip it, as in Kratos).
pub fn begin_submit(
    app: &App,
    req: &Req,
    kind: FlowKind,
    csrf_check: bool,
) -> Result<Begin, Response> {
    let f = match load_flow(app, req.query("flow"), kind) {
        Ok(f) => f,
        Err(e) => return Err(forward_error(app, req, e)),
    };
    let body = match req.body_object() {
        Ok(b) => b,
        Err(e) => return Err(e.into_response()),
    };
    if f.is_browser() && csrf_check {
        if let Err(e) = check_csrf(app, req, &body) {
            return Err(forward_error(app, req, e));
        }
    } else if !f.is_browser() {
        if req.header("origin").is_some() {
            return Err(ApiError::origin_on_api_flow().into_response());
        }
        let names: Vec<String> = req
            .cookies()
            .into_iter()
            .map(|(k, _)| k)
            .filter(|k| !(k.starts_with("__cf") || k.starts_with("_cf") || k.starts_with("cf_")))
            .collect();
        if !names.is_empty() {
            return Err(ApiError::cookie_on_api_flow(names).into_response());
        }
    }
    if rules::is_expired(&f, now()) {
        return Ok(Begin::Expired(f));
    }
    Ok(Begin::Go(Submission { flow: f, body }))
}

/// Verifies the submitted CSRF token (body `csrf_token` or `X-CSRF-Token`) against the cookie.
pub fn check_csrf(app: &App, req: &Req, body: &Map<String, Value>) -> Result<(), ApiError> {
    let sent = body
        .get("csrf_token")
        .and_then(|v| v.as_str())
        .map(String::from)
        .or_else(|| req.header("x-csrf-token").map(String::from));
    let ok = match (req.cookie(&app.csrf_cookie), &sent) {
        (Some(raw), Some(s)) => csrf::verify(&raw, s),
        _ => false,
    };
    if ok {
        Ok(())
    } else {
        Err(csrf_error(app, req, sent.as_deref()))
    }
}

/// Reply after an expired submit: 410 with `use_flow_id` (API / JSON) or 303 to the new flow.
pub fn expired_reply(
    app: &App,
    req: &Req,
    old: &Flow,
    mut new: Flow,
    csrf: Option<&Csrf>,
) -> Response {
    new.ui
        .messages
        .push(rules::flow_expired_message(old, now()));
    if let Err(e) = save(app, &new) {
        return e.into_response();
    }
    let mut resp = if !new.is_browser() || req.is_json() {
        ApiError::flow_expired_submit(&old.expires_at, new.id).into_response()
    } else {
        redirect_303(&flow_ui_url(app, &new))
    };
    if let Some(c) = csrf {
        if c.set_cookie {
            set_csrf_cookie(app, &mut resp, &c.raw);
        }
    }
    resp
}

/// The one reply to an [`Outcome`] of the rules.
pub fn reply(app: &App, req: &Req, o: Outcome) -> Response {
    match o {
        Outcome::Rerender { mut flow, status } => {
            flow.updated_at = now();
            if let Err(e) = save(app, &flow) {
                return e.into_response();
            }
            if !flow.is_browser() || req.is_json() {
                json_response(status, &render(app, &flow))
            } else {
                redirect_303(&flow_ui_url(app, &flow))
            }
        }
        Outcome::Refused { refusal, browser } => refuse(app, req, browser, *refusal),
        Outcome::Done(d) => done(app, req, *d),
    }
}

/// Who asks about this flow ([`rules::Client`]).
pub fn client(req: &Req, f: &Flow) -> rules::Client {
    rules::Client {
        browser: f.is_browser(),
        json: req.is_json(),
    }
}

/// The reply to a finished flow: the flow saved; a 303 for browser pages, the answer's JSON
/// for everyone else; on browser flows, the session cookie and a new CSRF cookie.
fn done(app: &App, req: &Req, d: Done) -> Response {
    let Done {
        mut flow,
        session,
        new_csrf,
        redirect,
        answer,
    } = d;
    if let Err(e) = save(app, &flow) {
        return e.into_response();
    }
    let mut resp = if client(req, &flow).page() || matches!(answer, Answer::Redirect) {
        redirect_303(&redirect)
    } else {
        match answer {
            Answer::Flow { continue_with } => {
                flow.continue_with = continue_with;
                json_response(200, &render(app, &flow))
            }
            Answer::Session {
                token,
                session,
                identity,
                session_identity,
                identity_field,
                continue_with,
            } => {
                let identity = identity.to_public_json(&app.schema_url_for(&identity.schema_id));
                let mut m = Map::new();
                if let Some(t) = token {
                    m.insert("session_token".into(), json!(t));
                }
                let shown = session_identity.then(|| identity.clone());
                m.insert("session".into(), session.to_json(shown));
                if identity_field {
                    m.insert("identity".into(), identity);
                }
                if !continue_with.is_empty() {
                    m.insert("continue_with".into(), Value::Array(continue_with));
                }
                json_response(200, &Value::Object(m))
            }
            Answer::Identity {
                identity,
                continue_with,
            } => {
                let identity = identity.to_public_json(&app.schema_url_for(&identity.schema_id));
                let mut m = Map::new();
                m.insert("identity".into(), identity);
                if !continue_with.is_empty() {
                    m.insert("continue_with".into(), Value::Array(continue_with));
                }
                json_response(200, &Value::Object(m))
            }
            Answer::LocationChange(to) => {
                ApiError::browser_location_change_required(&to).into_response()
            }
            Answer::Redirect => redirect_303(&redirect),
        }
    };
    if flow.is_browser() {
        if let Some(s) = &session {
            crate::sessions::set_cookie(app, &mut resp, s);
        }
        if let Some(raw) = new_csrf {
            set_csrf_cookie(app, &mut resp, &raw);
        }
    }
    resp
}

/// Saves the flow and answers a validation problem: 400 + flow (API / JSON), or 303 to the UI.
pub fn invalid_reply(app: &App, req: &Req, f: &mut Flow) -> Response {
    reply(app, req, Outcome::invalid(f.clone()))
}

/// Saves the flow and answers with it (200 JSON) or a 303 to the UI.
pub fn flow_reply(app: &App, req: &Req, f: &mut Flow) -> Response {
    reply(app, req, Outcome::show(f.clone()))
}

/// Keeps submitted values (never passwords) on the matching nodes.
pub fn keep_values(f: &mut Flow, body: &Map<String, Value>, prefix: &str) {
    fn walk(ui: &mut Ui, v: &Value, path: String) {
        match v {
            Value::Object(m) => {
                for (k, v) in m {
                    walk(ui, v, format!("{path}.{k}"));
                }
            }
            other => {
                let name = path.trim_start_matches('.').to_string();
                if name != "password" && name != "csrf_token" && name != "method" {
                    if let Some(n) = ui.node_mut(&name, None) {
                        let ty = n
                            .attributes
                            .get("type")
                            .and_then(|t| t.as_str())
                            .unwrap_or("");
                        if ty != "submit" && ty != "password" && ty != "hidden" {
                            n.attributes.insert("value".into(), other.clone());
                            let attrs = std::mem::take(&mut n.attributes);
                            let mut out = Map::new();
                            let mut rest = attrs;
                            for k in ["name", "type", "value"] {
                                if let Some(v) = rest.shift_remove(k) {
                                    out.insert(k.into(), v);
                                }
                            }
                            out.extend(rest);
                            n.attributes = out;
                        }
                    }
                }
            }
        }
    }
    if let Some(v) = body.get(prefix) {
        walk(&mut f.ui, v, prefix.to_string());
    } else if prefix.is_empty() {
        walk(&mut f.ui, &Value::Object(body.clone()), String::new());
    }
}

/// Parses and validates traits; on failure puts messages on the nodes and returns `None`.
pub fn validated_traits(app: &App, f: &mut Flow, body: &Map<String, Value>) -> Option<Value> {
    let mut traits = body.get("traits").cloned().unwrap_or_else(|| json!({}));
    if !traits.is_object() {
        traits = json!({});
    }
    let schema = app.flow_schema(f);
    schema.coerce_traits(&mut traits);
    let mut b = body.clone();
    b.insert("traits".into(), traits.clone());
    keep_values(f, &b, "traits");
    let errs = schema.validate_traits(&traits);
    if errs.is_empty() {
        return Some(traits);
    }
    for (name, msg) in errs {
        f.ui.add_node_message(&name, msg);
    }
    None
}

/// Stores `transient_payload` from the body on the flow.
pub fn take_transient_payload(f: &mut Flow, body: &Map<String, Value>) {
    if let Some(tp @ Value::Object(_)) = body.get("transient_payload") {
        f.transient_payload = Some(tp.clone());
    }
}

/// Saves `ident`, created or changed by the flow `f`: an identifier another identity has
/// already is the flow shown again with Kratos' duplicate-credentials message (4000007).
pub fn save_identity(
    app: &App,
    mut f: Flow,
    ident: &crate::model::Identity,
) -> Result<Flow, Outcome> {
    match app.store.save_identity(ident) {
        Ok(()) => Ok(f),
        Err(e) if e == "conflict" => {
            f.ui.messages.push(crate::text::duplicate_credentials());
            Err(Outcome::invalid(f))
        }
        Err(e) => Err(Outcome::error(ApiError::internal(e))),
    }
}

/// The opening a sign-in's and a sign-up's submit share: the transient payload kept, the last
/// messages cleared, the captcha checked, and the method the body names — `method`, or implied
/// by a provider button (`oidc`) or by a passkey answer in `passkey_field` (`passkey`).
/// `Err`: the flow shown again with the captcha failure.
pub fn open_first_factor(
    app: &App,
    req: &Req,
    f: &mut Flow,
    body: &Map<String, Value>,
    passkey_field: &str,
) -> Result<String, Response> {
    take_transient_payload(f, body);
    f.ui.reset_messages();
    if crate::captcha::required(f) && !crate::captcha::verify_submit(app, f, body) {
        f.ui.messages.push(crate::text::captcha_failed());
        return Err(invalid_reply(app, req, f));
    }
    let mut method = crate::req::field(body, "method").unwrap_or_default();
    if method.is_empty() && body.contains_key("provider") {
        method = "oidc".into();
    }
    if method.is_empty() && crate::req::field(body, passkey_field).is_some_and(|v| !v.is_empty()) {
        method = "passkey".into();
    }
    Ok(method)
}

// ---------------------------------------------------------------- misc public handlers

pub async fn list_schemas(State(app): State<App>) -> Response {
    let list: Vec<Value> = app
        .schemas()
        .map(|s| json!({ "id": s.id, "schema": s.raw }))
        .collect();
    json_response(200, &json!(list))
}

pub async fn get_schema(State(app): State<App>, Path(id): Path<String>) -> Response {
    match app.schemas().find(|s| id == s.id || id == s.encoded_id()) {
        Some(s) => json_response(200, &s.raw),
        None => ApiError::not_found()
            .reason("The requested resource could not be found")
            .into_response(),
    }
}

pub async fn get_flow_error(State(app): State<App>, req: Req) -> Response {
    let id = req.query("id").and_then(|s| Uuid::parse_str(&s).ok());
    let Some(id) = id else {
        return ApiError::not_found()
            .reason("The requested resource could not be found")
            .into_response();
    };
    match app.store.get_flow_error(id) {
        Ok(Some(e)) => json_response(200, &e.to_json()),
        Ok(None) => ApiError::not_found()
            .reason("The requested resource could not be found")
            .into_response(),
        Err(e) => ApiError::internal(e).into_response(),
    }
}

/// A new recovery or verification flow by code: the email address to send the code to.
/// Both flows start with the same form in Kratos (`code` strategy, `choose_method` state).
pub fn new_email_code_flow(
    kind: FlowKind,
    app: &App,
    req: &Req,
    browser: bool,
    csrf_raw: &str,
    return_to: Option<String>,
) -> Flow {
    let mut f = new_flow(app, kind, browser, req, csrf_raw);
    f.return_to = return_to;
    f.active = Some("code".into());
    f.ui.push(crate::nodes::csrf(""));
    f.ui.push(
        crate::nodes::input("code", "email", "email")
            .required()
            .label(crate::text::label_email())
            .build(),
    );
    f.ui.push(
        crate::nodes::input("code", "method", "submit")
            .value("code")
            .label(crate::text::label_continue())
            .build(),
    );
    f
}
