//! Test support: start an emulator (in-process, or the binary: [`binary`]), HTTP clients
//! (browser with a cookie jar, native without), and validation of **every** response against
//! the response schema that `openapi-v1.json` (Kratos v1.3.1) declares for its path, method and
//! status.
#![allow(dead_code)]

pub mod authenticator;
pub mod binary;
pub mod return_to;

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use ory_emulator::{FileConfig, Running};
use reqwest::header::{HeaderMap, HeaderValue};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

pub const SPEC_PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../shared/kratos/openapi-v1.json"
);
/// Kratos v26.2's spec: the source of the captcha `div` node schema (patch 9).
const SPEC_V26_PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../shared/kratos/openapi-v26.2.json"
);

// ---------------------------------------------------------------- spec

pub struct Spec {
    raw: Value,
    /// `#/components/schemas/X` rewritten to `#/definitions/X`, OpenAPI `nullable` turned into JSON Schema.
    definitions: Value,
    cache: std::sync::Mutex<HashMap<String, Arc<jsonschema::Validator>>>,
}

fn convert(v: &Value) -> Value {
    match v {
        Value::Object(m) => {
            let mut out = serde_json::Map::new();
            for (k, v) in m {
                if k == "$ref" {
                    if let Some(s) = v.as_str() {
                        out.insert(
                            k.clone(),
                            json!(s.replace("#/components/schemas/", "#/definitions/")),
                        );
                        continue;
                    }
                }
                if k == "nullable" || k == "discriminator" || k.starts_with("x-") || k == "example"
                {
                    continue;
                }
                out.insert(k.clone(), convert(v));
            }
            if m.get("nullable") == Some(&json!(true)) {
                if let Some(Value::String(t)) = out.get("type").cloned() {
                    out.insert("type".into(), json!([t, "null"]));
                    if let Some(Value::Array(e)) = out.get_mut("enum") {
                        e.push(Value::Null);
                    }
                }
            }
            Value::Object(out)
        }
        Value::Array(a) => Value::Array(a.iter().map(convert).collect()),
        other => other.clone(),
    }
}

/// Documented deviations of the v1.3.1 spec from what Kratos v1.3.1 actually sends
/// (each is backed by the fixtures in `shared/kratos/fixtures/v1`):
/// 1. `genericError.details` is declared `additionalProperties: false`, yet Kratos sends
///    `details.{reject_reason,hint,docs,redirect_to,...}` (error-security-csrf-violation-403.json).
/// 2. `errorBrowserLocationChangeRequired.error` points at `errorGeneric` (which nests another
///    `error`), but Kratos sends the flat herodot error (error-browser-location-change-required-422.json).
/// 3. `oauth2_login_challenge` is declared `string`, but Kratos marshals the empty
///    `sqlxx.NullString` as `null` (login-flow-password-browser.json, registration-flow-password-browser.json).
/// 4. (see `check_response`) 400 answers of `update*Flow` may be the generic error body.
/// 5. `session.identity` is sent as `null` in captured login responses (login-success-*.json);
///    the emulator itself always sends the identity or omits the key.
/// 6. `uiNodeInputAttributes.autocomplete` lacks `"username webauthn"`, which v1.3.1 sends on
///    the identifier when passkeys are on (nodes-login-passkey-first-factor.json).
/// 7. `sessionAuthenticationMethod.method` lacks `"passkey"`, which v1.3.1 records for passkey
///    logins (`selfservice/strategy/passkey/passkey_strategy.go` CompletedAuthenticationMethod).
/// 8. `loginFlow.active` lacks `"identifier_first"`, which v1.3.1 sets on the identifier-first
///    step two (`selfservice/strategy/idfirst/strategy_login.go` `f.Active = s.ID()`; the Ory
///    Network captures in ory/elements `login/1fa/identifier_first/*/show-options.json`).
/// 9. The `captcha` group and `div` nodes (`uiNodeDivisionAttributes`) of Ory Network's captcha
///    are not in v1.3.1's spec; they are taken from Kratos v26.2's spec
///    (`openapi-v26.2.json`), as the ory/elements captcha captures show them.
fn patch_spec(defs: &mut Value) {
    let v26: Value = std::fs::read_to_string(SPEC_V26_PATH)
        .ok()
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default();
    if let Some(div) = v26.pointer("/components/schemas/uiNodeDivisionAttributes") {
        defs["uiNodeDivisionAttributes"] = convert(div);
        if let Some(Value::Array(one_of)) = defs.pointer_mut("/uiNodeAttributes/oneOf") {
            one_of.push(json!({"$ref": "#/definitions/uiNodeDivisionAttributes"}));
        }
    }
    if let Some(Value::Array(e)) = defs.pointer_mut("/uiNode/properties/group/enum") {
        e.push(json!("captcha"));
    }
    if let Some(Value::Array(e)) = defs.pointer_mut("/uiNode/properties/type/enum") {
        e.push(json!("div"));
    }
    if let Some(d) = defs.pointer_mut("/genericError/properties/details") {
        *d = json!({"type": "object"});
    }
    if let Some(e) = defs.pointer_mut("/errorBrowserLocationChangeRequired/properties/error") {
        *e = json!({"$ref": "#/definitions/genericError"});
    }
    if let Some(Value::Array(e)) =
        defs.pointer_mut("/uiNodeInputAttributes/properties/autocomplete/enum")
    {
        e.push(json!("username webauthn"));
    }
    if let Some(Value::Array(e)) =
        defs.pointer_mut("/sessionAuthenticationMethod/properties/method/enum")
    {
        e.push(json!("passkey"));
    }
    if let Some(Value::Array(e)) = defs.pointer_mut("/loginFlow/properties/active/enum") {
        e.push(json!("identifier_first"));
    }
    if let Some(i) = defs.pointer_mut("/session/properties/identity") {
        *i = json!({"anyOf": [{"$ref": "#/definitions/identity"}, {"type": "null"}]});
    }
    for f in ["loginFlow", "registrationFlow"] {
        if let Some(c) = defs.pointer_mut(&format!("/{f}/properties/oauth2_login_challenge")) {
            *c = json!({"type": ["string", "null"]});
        }
    }
}

pub fn spec() -> &'static Spec {
    static SPEC: OnceLock<Spec> = OnceLock::new();
    SPEC.get_or_init(|| {
        let text = std::fs::read_to_string(SPEC_PATH)
            .unwrap_or_else(|e| panic!("cannot read {SPEC_PATH}: {e}"));
        let raw: Value = serde_json::from_str(&text).expect("spec is JSON");
        let mut definitions = convert(&raw["components"]["schemas"]);
        patch_spec(&mut definitions);
        Spec {
            raw,
            definitions,
            cache: std::sync::Mutex::new(HashMap::new()),
        }
    })
}

impl Spec {
    /// Validator for a response schema (`{"$ref": ...}` or inline).
    fn validator(&self, schema: &Value) -> Arc<jsonschema::Validator> {
        let key = schema.to_string();
        let mut cache = self.cache.lock().expect("cache lock");
        if let Some(v) = cache.get(&key) {
            return v.clone();
        }
        let mut doc = convert(schema);
        if let Value::Object(m) = &mut doc {
            m.insert("definitions".into(), self.definitions.clone());
            m.insert(
                "$schema".into(),
                json!("http://json-schema.org/draft-07/schema#"),
            );
        }
        let v = Arc::new(
            jsonschema::options()
                .with_draft(jsonschema::Draft::Draft7)
                .should_validate_formats(true)
                .build(&doc)
                .unwrap_or_else(|e| panic!("cannot compile schema {key}: {e}")),
        );
        cache.insert(key, v.clone());
        v
    }

    /// Validates a schema by component name (for fixtures and sub-objects).
    pub fn check_component(&self, name: &str, body: &Value) {
        let v = self.validator(&json!({"$ref": format!("#/definitions/{name}")}));
        let errs: Vec<String> = v
            .iter_errors(body)
            .map(|e| format!("{} at {}", e, e.instance_path.as_str()))
            .collect();
        assert!(
            errs.is_empty(),
            "body does not match #/components/schemas/{name}:\n{}\nbody: {}",
            errs.join("\n"),
            serde_json::to_string_pretty(body).unwrap_or_default()
        );
    }

    fn find_operation(&self, method: &Method, path: &str) -> Option<(&str, &Value)> {
        let paths = self.raw["paths"].as_object()?;
        let m = method.as_str().to_ascii_lowercase();
        let segs: Vec<&str> = path.trim_end_matches('/').split('/').collect();
        for (tpl, item) in paths {
            let tsegs: Vec<&str> = tpl.split('/').collect();
            if tsegs.len() != segs.len() {
                continue;
            }
            let ok = tsegs
                .iter()
                .zip(segs.iter())
                .all(|(t, s)| (t.starts_with('{') && t.ends_with('}')) || t == s);
            if ok {
                if let Some(op) = item.get(&m) {
                    return Some((tpl.as_str(), op));
                }
            }
        }
        None
    }

    /// Validates a response against the spec; panics with details on mismatch.
    pub fn check_response(&self, method: &Method, path: &str, status: u16, body: Option<&Value>) {
        // Only documented operations are checked (a few emulator-only routes exist, e.g. GET /self-service/settings).
        let Some((tpl, op)) = self.find_operation(method, path) else {
            return;
        };
        let responses = &op["responses"];
        let code = status.to_string();
        let resp = match responses.get(&code) {
            Some(r) => r,
            None => match responses.get("default") {
                Some(r) if status >= 400 => r,
                _ => panic!(
                    "{} {tpl}: status {status} is not documented (documented: {:?})",
                    method,
                    responses.as_object().map(|o| o.keys().collect::<Vec<_>>())
                ),
            },
        };
        let resp = match resp.get("$ref").and_then(|r| r.as_str()) {
            Some(r) => {
                let name = r.trim_start_matches("#/components/responses/");
                &self.raw["components"]["responses"][name]
            }
            None => resp,
        };
        let Some(schema) = resp
            .pointer("/content/application~1json/schema")
            .or_else(|| resp.pointer("/content/application~1javascript/schema"))
        else {
            return;
        };
        let Some(body) = body else {
            panic!("{method} {tpl} {status}: expected a JSON body");
        };
        let v = self.validator(schema);
        let mut errs: Vec<String> = v
            .iter_errors(body)
            .map(|e| format!("{} at {}", e, e.instance_path.as_str()))
            .collect();
        // Deviation 4: `update*Flow` documents 400 only as the flow, but Kratos also answers 400
        // with the generic error body (e.g. `EnsureCSRF` refusing Origin/Cookie on API flows,
        // undecodable bodies). Such bodies are checked against the operation's `default` schema.
        if !errs.is_empty() && status >= 400 && body.get("error").is_some() {
            if let Some(d) = responses.pointer("/default/content/application~1json/schema") {
                let dv = self.validator(d);
                errs = dv
                    .iter_errors(body)
                    .map(|e| format!("{} at {}", e, e.instance_path.as_str()))
                    .collect();
            }
        }
        assert!(
            errs.is_empty(),
            "{method} {tpl} {status}: response does not match the spec:\n{}\nbody: {}",
            errs.join("\n"),
            serde_json::to_string_pretty(body).unwrap_or_default()
        );
    }
}

// ---------------------------------------------------------------- server

pub fn test_config() -> FileConfig {
    let mut f = FileConfig {
        public_port: Some(0),
        admin_port: Some(0),
        db: Some(":memory:".into()),
        ui_url: Some("http://localhost:4455".into()),
        ..FileConfig::default()
    };
    // Node-set assertions in most tests assume no social sign-in buttons; tests/oidc.rs enables them.
    f.methods.oidc = false;
    f.methods.webauthn = false;
    f.methods.passkey = false;
    f.argon2.memory = 1024;
    f.argon2.iterations = 1;
    f
}

pub async fn start(f: FileConfig) -> Running {
    match ory_emulator::start(f).await {
        Ok(r) => r,
        Err(e) => panic!("emulator did not start: {e}"),
    }
}

// ---------------------------------------------------------------- clients

pub struct Resp {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: Value,
}

impl Resp {
    pub fn header(&self, name: &str) -> Option<String> {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(String::from)
    }
    pub fn location(&self) -> String {
        self.header("location").unwrap_or_default()
    }
    pub fn set_cookies(&self) -> Vec<String> {
        self.headers
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok().map(String::from))
            .collect()
    }
    pub fn error_id(&self) -> Option<&str> {
        self.body.pointer("/error/id").and_then(|v| v.as_str())
    }
    /// Node by name (and optional group).
    pub fn node(&self, name: &str) -> Option<&Value> {
        node_in(&self.body, name)
    }
}

pub fn node_in<'a>(flow: &'a Value, name: &str) -> Option<&'a Value> {
    flow.pointer("/ui/nodes")?
        .as_array()?
        .iter()
        .find(|n| n.pointer("/attributes/name").and_then(|v| v.as_str()) == Some(name))
}

pub fn csrf_of(flow: &Value) -> String {
    node_in(flow, "csrf_token")
        .and_then(|n| n.pointer("/attributes/value"))
        .and_then(|v| v.as_str())
        .unwrap_or_default()
        .to_string()
}

/// `(name, group, type)` of every node, for comparing node sets.
pub fn node_summary(flow: &Value) -> Vec<(String, String, String)> {
    flow.pointer("/ui/nodes")
        .and_then(|n| n.as_array())
        .map(|a| {
            a.iter()
                .map(|n| {
                    (
                        n.pointer("/attributes/name")
                            .or_else(|| n.pointer("/attributes/id"))
                            .and_then(|v| v.as_str())
                            .unwrap_or_default()
                            .to_string(),
                        n["group"].as_str().unwrap_or_default().to_string(),
                        n.pointer("/attributes/type")
                            .and_then(|v| v.as_str())
                            .unwrap_or_else(|| n["type"].as_str().unwrap_or_default())
                            .to_string(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

pub fn message_ids(v: &Value) -> Vec<i64> {
    v.as_array()
        .map(|a| a.iter().filter_map(|m| m["id"].as_i64()).collect())
        .unwrap_or_default()
}

#[derive(Clone)]
pub struct Client {
    http: reqwest::Client,
    pub jar: Option<Arc<reqwest::cookie::Jar>>,
    pub public: String,
    pub admin: String,
    /// Extra headers on every request (e.g. `Accept`).
    pub headers: HeaderMap,
}

impl Client {
    fn build(r: &Running, jar: Option<Arc<reqwest::cookie::Jar>>) -> Client {
        let mut b = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none());
        if let Some(j) = &jar {
            b = b.cookie_provider(j.clone());
        }
        Client {
            http: b.build().expect("client"),
            jar,
            public: r.public_url.trim_end_matches('/').to_string(),
            admin: r.admin_url.trim_end_matches('/').to_string(),
            headers: HeaderMap::new(),
        }
    }

    /// A browser: cookie jar, `Accept: application/json` (an SPA using fetch).
    pub fn spa(r: &Running) -> Client {
        let mut c = Self::build(r, Some(Arc::new(reqwest::cookie::Jar::default())));
        c.headers
            .insert("accept", HeaderValue::from_static("application/json"));
        c
    }

    /// A browser doing classic navigation / form posts: cookie jar, `Accept: text/html`.
    pub fn html(r: &Running) -> Client {
        let mut c = Self::build(r, Some(Arc::new(reqwest::cookie::Jar::default())));
        c.headers.insert(
            "accept",
            HeaderValue::from_static("text/html,application/xhtml+xml,*/*;q=0.8"),
        );
        c
    }

    /// A native app: no cookies, JSON.
    pub fn native(r: &Running) -> Client {
        let mut c = Self::build(r, None);
        c.headers
            .insert("accept", HeaderValue::from_static("application/json"));
        c
    }

    pub fn cookie_header(&self) -> String {
        use reqwest::cookie::CookieStore;
        self.jar
            .as_ref()
            .and_then(|j| j.cookies(&self.public.parse().expect("url")))
            .and_then(|v| v.to_str().ok().map(String::from))
            .unwrap_or_default()
    }

    pub async fn send(
        &self,
        method: Method,
        url: &str,
        headers: &[(&str, &str)],
        body: Option<Body>,
    ) -> Resp {
        let url = if url.starts_with("http") {
            url.to_string()
        } else {
            format!("{}{}", self.public, url)
        };
        // per-call headers replace the client defaults (e.g. `Accept`)
        let mut merged = self.headers.clone();
        for (k, v) in headers {
            if let (Ok(k), Ok(v)) = (
                reqwest::header::HeaderName::from_bytes(k.as_bytes()),
                HeaderValue::from_str(v),
            ) {
                merged.insert(k, v);
            }
        }
        let mut rb = self.http.request(method.clone(), &url).headers(merged);
        rb = match body {
            Some(Body::Json(v)) => rb.json(&v),
            Some(Body::Form(pairs)) => rb
                .header("content-type", "application/x-www-form-urlencoded")
                .body(
                    form_urlencoded::Serializer::new(String::new())
                        .extend_pairs(pairs.iter())
                        .finish(),
                ),
            None => rb,
        };
        let resp = rb
            .send()
            .await
            .unwrap_or_else(|e| panic!("{method} {url}: {e}"));
        let status = resp.status();
        let headers = resp.headers().clone();
        let bytes = resp.bytes().await.unwrap_or_default();
        let is_json = headers
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .map(|c| c.contains("json"))
            .unwrap_or(false);
        let body = if is_json && !bytes.is_empty() {
            serde_json::from_slice(&bytes)
                .unwrap_or_else(|e| panic!("{method} {url}: invalid JSON ({e})"))
        } else {
            Value::Null
        };
        let path = reqwest::Url::parse(&url)
            .map(|u| u.path().to_string())
            .unwrap_or_default();
        spec().check_response(
            &method,
            &path,
            status.as_u16(),
            if body.is_null() { None } else { Some(&body) },
        );
        assert!(
            status != StatusCode::INTERNAL_SERVER_ERROR,
            "{method} {url}: 500 {body}"
        );
        Resp {
            status: status.as_u16(),
            headers,
            body,
        }
    }

    pub async fn get(&self, url: &str) -> Resp {
        self.send(Method::GET, url, &[], None).await
    }

    pub async fn get_h(&self, url: &str, headers: &[(&str, &str)]) -> Resp {
        self.send(Method::GET, url, headers, None).await
    }

    pub async fn post_json(&self, url: &str, body: Value) -> Resp {
        self.send(Method::POST, url, &[], Some(Body::Json(body)))
            .await
    }

    pub async fn post_form(&self, url: &str, pairs: &[(&str, &str)]) -> Resp {
        let pairs = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        self.send(Method::POST, url, &[], Some(Body::Form(pairs)))
            .await
    }

    pub async fn admin(&self, method: Method, path: &str, body: Option<Value>) -> Resp {
        let url = format!("{}{}", self.admin, path);
        self.send(method, &url, &[], body.map(Body::Json)).await
    }
}

pub enum Body {
    Json(Value),
    Form(Vec<(String, String)>),
}

/// The newest outbox message for `recipient` (admin API).
pub async fn latest_message(c: &Client, recipient: &str) -> Value {
    let r = c
        .admin(
            Method::GET,
            &format!("/admin/courier/messages?recipient={recipient}"),
            None,
        )
        .await;
    assert_eq!(r.status, 200);
    r.body
        .as_array()
        .and_then(|a| a.first().cloned())
        .unwrap_or_else(|| panic!("no message for {recipient}"))
}

/// Extracts the first 6-digit code from a message body.
pub fn code_in(body: &str) -> String {
    let b: Vec<char> = body.chars().collect();
    for i in 0..b.len().saturating_sub(5) {
        if b[i..i + 6].iter().all(|c| c.is_ascii_digit())
            && (i == 0 || !b[i - 1].is_ascii_digit())
            && b.get(i + 6).is_none_or(|c| !c.is_ascii_digit())
        {
            return b[i..i + 6].iter().collect();
        }
    }
    panic!("no code in {body:?}")
}
