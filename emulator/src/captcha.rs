//! CAPTCHA stand-in: Ory Network's Turnstile captcha group (nodes as in ory/elements'
//! `*/captcha/interactive/*` captures), served by a local stand-in provider instead of
//! Cloudflare — a widget page that issues single-use tokens and a `siteverify` endpoint — so
//! the round trip is real and nothing leaves the machine.
//!
//! Login (first factor) and registration flows carry the nodes; every submit of such a flow
//! must send a fresh token in `transient_payload.captcha_turnstile_response`, else the flow
//! comes back with 4000038.

use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde_json::{json, Map, Value};

use crate::model::{Flow, Node};
use crate::nodes::{input, script_node};
use crate::req::{field, html_escape, json_response, Req};
use crate::state::App;

/// The hidden input the widget writes its token into.
pub const RESPONSE_FIELD: &str = "transient_payload.captcha_turnstile_response";
/// The stand-in's site key (Turnstile's documented "always passes" test key shape).
const SITE_KEY: &str = "1x00000000000000000000AA";

/// The captcha nodes of a flow (`action`: `login` / `registration`).
pub fn nodes(app: &App, action: &str) -> Vec<Node> {
    let options = json!({
        "sitekey": SITE_KEY,
        "theme": "light",
        "action": action,
        "response_field_name": RESPONSE_FIELD,
    })
    .to_string();
    let nonce = uuid::Uuid::new_v4().to_string();
    let mut div = Map::new();
    div.insert("id".into(), json!("captcha_turnstile_inject"));
    div.insert("node_type".into(), json!("div"));
    vec![
        input("captcha", RESPONSE_FIELD, "hidden").value("").build(),
        script_node(
            "captcha",
            "captcha_trigger_script",
            &app.cfg
                .public(".well-known/ory/turnstile/captcha-trigger.js"),
            "",
            &nonce,
        ),
        Node {
            ty: "div".into(),
            group: "captcha".into(),
            attributes: div,
            messages: Vec::new(),
            meta: Default::default(),
        },
        script_node(
            "captcha",
            "captcha_script",
            &app.cfg
                .public("_emulator/captcha/api.js?render=explicit&onload=oryCaptchaTurnstileInit"),
            "",
            &nonce,
        ),
        input("captcha", "captcha_turnstile_options", "hidden")
            .value(options)
            .build(),
    ]
}

/// Marks a flow as one that asks for a captcha (kept with the flow across its steps).
pub fn ask(f: &mut Flow) {
    f.internal.insert("captcha".into(), json!(true));
}

/// Appends the captcha group to a flow that asks for one (see [`ask`]).
pub fn append(app: &App, f: &mut Flow) {
    if f.internal.contains_key("captcha") {
        f.ui.nodes.extend(nodes(app, f.kind.as_str()));
    }
}

/// Whether this flow shows the captcha now (its nodes are there).
pub fn required(f: &Flow) -> bool {
    f.ui.nodes
        .iter()
        .any(|n| n.name() == Some("captcha_turnstile_options"))
}

/// Checks (and spends) the token of a submit; `false` = Kratos' 4000038. The token is not
/// kept in the flow's `transient_payload`.
pub fn verify_submit(app: &App, f: &mut Flow, body: &Map<String, Value>) -> bool {
    if let Some(Value::Object(tp)) = &mut f.transient_payload {
        tp.remove("captcha_turnstile_response");
    }
    let token = body
        .get("transient_payload")
        .and_then(|t| t.get("captcha_turnstile_response"))
        .and_then(|t| t.as_str())
        .map(String::from)
        .or_else(|| field(body, RESPONSE_FIELD))
        .unwrap_or_default();
    let action = match f.kind {
        crate::model::FlowKind::Registration => "registration",
        _ => "login",
    };
    spend(app, &token, action)
}

/// A token is valid once, for its action, for five minutes (as Turnstile's).
fn spend(app: &App, token: &str, action: &str) -> bool {
    let Ok(mut tokens) = app.captcha_tokens.lock() else {
        return false;
    };
    match tokens.remove(token) {
        Some((a, issued)) => a == action && issued.elapsed() < std::time::Duration::from_secs(300),
        None => false,
    }
}

/// `GET /_emulator/captcha/widget?action=`: the stand-in's challenge page (a checkbox-style
/// button, as Turnstile's interactive widget).
pub async fn widget(State(_app): State<App>, req: Req) -> Response {
    let action = req.query("action").unwrap_or_default();
    let page = format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Captcha (emulator)</title></head>\
         <body><main><h1>Captcha (emulator)</h1>\
         <form method=\"post\" action=\"/_emulator/captcha/solve\">\
         <input type=\"hidden\" name=\"action\" value=\"{}\">\
         <button type=\"submit\">I am human</button></form></main></body></html>",
        html_escape(&action)
    );
    ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], page).into_response()
}

/// `POST /_emulator/captcha/solve` (`action`): issues a single-use token — JSON
/// `{"token": …}` for JSON requests, else a page showing it.
pub async fn solve(State(app): State<App>, req: Req) -> Response {
    let body = req.body_object().unwrap_or_default();
    let action = field(&body, "action").unwrap_or_default();
    let token = crate::sessions::random_token(32);
    if let Ok(mut tokens) = app.captcha_tokens.lock() {
        tokens.insert(token.clone(), (action, std::time::Instant::now()));
    }
    if req.is_json() {
        return json_response(200, &json!({ "token": token }));
    }
    let page = format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Captcha solved</title></head>\
         <body><main><p>Verified.</p><output id=\"token\">{token}</output></main></body></html>"
    );
    ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], page).into_response()
}

/// `POST /_emulator/captcha/siteverify` (`response`, optional `action`): Turnstile's
/// verification answer `{"success": …, "error-codes": […]}`; spends the token.
pub async fn siteverify(State(app): State<App>, req: Req) -> Response {
    let body = req.body_object().unwrap_or_default();
    let token = field(&body, "response").unwrap_or_default();
    let action = field(&body, "action");
    let ok = match app.captcha_tokens.lock() {
        Ok(mut tokens) => match tokens.remove(&token) {
            Some((a, issued)) => {
                action.is_none_or(|x| x == a)
                    && issued.elapsed() < std::time::Duration::from_secs(300)
            }
            None => false,
        },
        Err(_) => false,
    };
    let codes: Vec<&str> = if ok {
        Vec::new()
    } else {
        vec!["invalid-input-response"]
    };
    json_response(200, &json!({ "success": ok, "error-codes": codes }))
}
