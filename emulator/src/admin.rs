//! Admin API: identities, sessions, recovery codes/links and the courier outbox.

use axum::extract::{Path, State};
use axum::http::HeaderValue;
use axum::response::{IntoResponse, Response};
use serde_json::{json, Map, Value};
use uuid::Uuid;

use crate::errors::ApiError;
use crate::flows::{common, recovery};
use crate::model::{now, FlowKind, FlowState, Identity, RecoveryAddress, VerifiableAddress};
use crate::req::{json_response, no_content, Req};
use crate::state::App;
use crate::{config, courier, identity, password, sessions};

fn not_found() -> Response {
    ApiError::not_found()
        .reason("Unable to locate the resource")
        .into_response()
}

fn parse_id(id: &str) -> Option<Uuid> {
    Uuid::parse_str(id).ok()
}

fn include_list(req: &Req) -> Vec<String> {
    req.query_pairs()
        .into_iter()
        .filter(|(k, _)| k == "include_credential")
        .map(|(_, v)| v)
        .collect()
}

fn admin_json(app: &App, i: &Identity, include: &[String]) -> Value {
    i.to_admin_json(&app.schema_url_for(&i.schema_id), include)
}

/// Paging: `page_size` + `page_token` (opaque offset), or legacy `per_page` + `page` (1-based).
fn paging(req: &Req, default: usize) -> (usize, usize) {
    if let Some(pp) = req
        .query_ne("per_page")
        .and_then(|v| v.parse::<usize>().ok())
    {
        let page = req
            .query_ne("page")
            .and_then(|v| v.parse::<usize>().ok())
            .unwrap_or(1)
            .max(1);
        let pp = pp.clamp(1, 1000);
        return ((page - 1).saturating_mul(pp), pp);
    }
    let size = req
        .query_ne("page_size")
        .and_then(|v| v.parse::<usize>().ok())
        .unwrap_or(default)
        .clamp(1, 1000);
    let offset = req
        .query_ne("page_token")
        .and_then(|v| v.parse::<usize>().ok())
        .unwrap_or(0);
    (offset, size)
}

fn link_header(resp: &mut Response, base: &str, offset: usize, size: usize, total: usize) {
    let mut links = vec![format!(
        "<{base}?page_size={size}&page_token=0>; rel=\"first\""
    )];
    if offset.saturating_add(size) < total {
        links.push(format!(
            "<{base}?page_size={size}&page_token={}>; rel=\"next\"",
            offset.saturating_add(size)
        ));
    }
    if let Ok(v) = HeaderValue::from_str(&links.join(",")) {
        resp.headers_mut().insert("link", v);
    }
    if let Ok(v) = HeaderValue::from_str(&total.to_string()) {
        resp.headers_mut().insert("x-total-count", v);
    }
}

// ---------------------------------------------------------------- identities

pub async fn list_identities(State(app): State<App>, req: Req) -> Response {
    let (offset, size) = paging(&req, 250);
    if let Some(ident) = req.query_ne("credentials_identifier") {
        let found = app
            .store
            .find_identity_by_identifier("password", &ident.to_lowercase())
            .ok()
            .flatten()
            .or_else(|| {
                app.store
                    .find_identity_by_identifier("code", &ident.to_lowercase())
                    .ok()
                    .flatten()
            });
        let list: Vec<Value> = found
            .iter()
            .map(|i| admin_json(&app, i, &include_list(&req)))
            .collect();
        return json_response(200, &Value::Array(list));
    }
    let ids: Vec<String> = req
        .query_pairs()
        .into_iter()
        .filter(|(k, _)| k == "ids")
        .map(|(_, v)| v)
        .collect();
    if !ids.is_empty() {
        let list: Vec<Value> = ids
            .iter()
            .filter_map(|id| parse_id(id))
            .filter_map(|id| app.store.get_identity(id).ok().flatten())
            .map(|i| admin_json(&app, &i, &include_list(&req)))
            .collect();
        return json_response(200, &Value::Array(list));
    }
    let total = app.store.count_identities().unwrap_or(0);
    match app.store.list_identities(offset, size) {
        Ok(list) => {
            let out: Vec<Value> = list
                .iter()
                .map(|i| admin_json(&app, i, &include_list(&req)))
                .collect();
            let mut r = json_response(200, &Value::Array(out));
            link_header(
                &mut r,
                &app.cfg
                    .admin_url
                    .join("admin/identities")
                    .map(|u| u.to_string())
                    .unwrap_or_default(),
                offset,
                size,
                total,
            );
            r
        }
        Err(e) => ApiError::internal(e).into_response(),
    }
}

fn validation_error(app: &App, schema_id: &str, traits: &Value) -> Option<ApiError> {
    let errs = app.schema_by_id(schema_id).validate_traits(traits);
    if errs.is_empty() {
        return None;
    }
    let reasons: Vec<String> = errs
        .iter()
        .map(|(n, t)| format!("{n}: {}", t.text))
        .collect();
    Some(
        ApiError::bad_request()
            .reason(format!(
                "The request was malformed or contained invalid parameters: {}",
                reasons.join("; ")
            ))
            .message("The request was malformed or contained invalid parameters"),
    )
}

/// Applies `credentials.password.config.{password|hashed_password}` from an admin body.
fn apply_credentials(app: &App, i: &mut Identity, creds: Option<&Value>) -> Result<(), ApiError> {
    let Some(pw) = creds.and_then(|c| c.pointer("/password/config")) else {
        return Ok(());
    };
    if let Some(h) = pw.get("hashed_password").and_then(|h| h.as_str()) {
        if !password::is_supported_hash(h) {
            return Err(ApiError::bad_request().reason(
                "The hashed password is in an unsupported format (supported: argon2id/argon2i, bcrypt).",
            ));
        }
        identity::set_password_hash(app, i, h.to_string());
    } else if let Some(p) = pw.get("password").and_then(|h| h.as_str()) {
        let h = password::hash(p, &app.cfg.argon2).map_err(ApiError::internal)?;
        identity::set_password_hash(app, i, h);
    }
    Ok(())
}

fn apply_addresses(i: &mut Identity, body: &Map<String, Value>) {
    if let Some(Value::Array(list)) = body.get("verifiable_addresses") {
        for a in list {
            let (Some(v), verified) = (
                a.get("value").and_then(|v| v.as_str()),
                a.get("verified").and_then(|v| v.as_bool()).unwrap_or(false),
            ) else {
                continue;
            };
            let v = v.to_lowercase();
            match i.verifiable_addresses.iter_mut().find(|x| x.value == v) {
                Some(x) => {
                    x.verified = verified;
                    x.status = if verified {
                        "completed".into()
                    } else {
                        a.get("status")
                            .and_then(|s| s.as_str())
                            .unwrap_or("pending")
                            .into()
                    };
                    x.verified_at = verified.then(now);
                }
                None => i.verifiable_addresses.push(VerifiableAddress {
                    id: Uuid::new_v4(),
                    value: v,
                    verified,
                    via: "email".into(),
                    status: if verified {
                        "completed".into()
                    } else {
                        "pending".into()
                    },
                    verified_at: verified.then(now),
                    created_at: now(),
                    updated_at: now(),
                }),
            }
        }
    }
    if let Some(Value::Array(list)) = body.get("recovery_addresses") {
        for a in list {
            if let Some(v) = a.get("value").and_then(|v| v.as_str()) {
                let v = v.to_lowercase();
                if !i.recovery_addresses.iter().any(|x| x.value == v) {
                    i.recovery_addresses.push(RecoveryAddress {
                        id: Uuid::new_v4(),
                        value: v,
                        via: "email".into(),
                        created_at: now(),
                        updated_at: now(),
                    });
                }
            }
        }
    }
}

fn save_or_conflict(app: &App, i: &Identity) -> Result<(), Response> {
    match app.store.save_identity(i) {
        Ok(()) => Ok(()),
        Err(e) if e == "conflict" => Err(ApiError::conflict()
            .reason("This identity conflicts with another identity that already exists.")
            .into_response()),
        Err(e) => Err(ApiError::internal(e).into_response()),
    }
}

/// Builds and stores an identity from a `createIdentityBody`.
fn create_from_body(app: &App, body: &Map<String, Value>) -> Result<Identity, ApiError> {
    let Some(traits @ Value::Object(_)) = body.get("traits").cloned() else {
        return Err(ApiError::bad_request().reason("traits must be an object"));
    };
    let schema_id = match body.get("schema_id").and_then(|s| s.as_str()) {
        None | Some("") => app.schema.id.clone(),
        Some(id) if app.schemas().any(|s| s.id == id) => id.to_string(),
        Some(id) => {
            return Err(ApiError::bad_request()
                .reason(format!("The identity schema {id:?} does not exist.")))
        }
    };
    if let Some(e) = validation_error(app, &schema_id, &traits) {
        return Err(e);
    }
    let mut i = identity::new_identity_in(app, &schema_id, traits);
    if let Some(s) = body.get("state").and_then(|s| s.as_str()) {
        i.state = s.into();
    }
    i.metadata_public = body.get("metadata_public").cloned().unwrap_or(Value::Null);
    i.metadata_admin = body.get("metadata_admin").cloned().unwrap_or(Value::Null);
    apply_credentials(app, &mut i, body.get("credentials"))?;
    apply_addresses(&mut i, body);
    match app.store.save_identity(&i) {
        Ok(()) => Ok(i),
        Err(e) if e == "conflict" => Err(ApiError::conflict()
            .reason("This identity conflicts with another identity that already exists.")),
        Err(e) => Err(ApiError::internal(e)),
    }
}

pub async fn create_identity(State(app): State<App>, req: Req) -> Response {
    let body = match req.body_object() {
        Ok(b) => b,
        Err(e) => return e.into_response(),
    };
    match create_from_body(&app, &body) {
        Ok(i) => json_response(201, &admin_json(&app, &i, &[])),
        Err(e) => e.into_response(),
    }
}

/// `PATCH /admin/identities`: batch create (`{identities: [{create, patch_id}]}`).
pub async fn batch_patch_identities(State(app): State<App>, req: Req) -> Response {
    let body = match req.body_object() {
        Ok(b) => b,
        Err(e) => return e.into_response(),
    };
    let Some(patches) = body.get("identities").and_then(|v| v.as_array()) else {
        return ApiError::bad_request()
            .reason("identities must be an array")
            .into_response();
    };
    let mut out = Vec::new();
    for p in patches {
        let mut r = Map::new();
        let create = p.get("create").and_then(|c| c.as_object());
        match create.map(|c| create_from_body(&app, c)) {
            Some(Ok(i)) => {
                r.insert("action".into(), json!("create"));
                r.insert("identity".into(), json!(i.id));
            }
            Some(Err(e)) => {
                r.insert("action".into(), json!("error"));
                r.insert("error".into(), e.error_object());
            }
            None => {
                r.insert("action".into(), json!("error"));
                r.insert(
                    "error".into(),
                    ApiError::bad_request()
                        .reason("patch has no create body")
                        .error_object(),
                );
            }
        }
        if let Some(id) = p.get("patch_id") {
            r.insert("patch_id".into(), id.clone());
        }
        out.push(Value::Object(r));
    }
    json_response(200, &json!({ "identities": out }))
}

/// `DELETE /admin/identities/{id}/credentials/{type}`.
pub async fn delete_identity_credentials(
    State(app): State<App>,
    Path((id, ty)): Path<(String, String)>,
) -> Response {
    let mut i = match load(&app, &id) {
        Ok(i) => i,
        Err(r) => return r,
    };
    if !matches!(
        ty.as_str(),
        "totp" | "lookup_secret" | "webauthn" | "passkey" | "oidc"
    ) {
        return ApiError::bad_request()
            .reason(format!(
                "You can't remove first factor credentials of type {ty:?}."
            ))
            .into_response();
    }
    if i.credentials.remove(&ty).is_none() {
        return not_found();
    }
    i.updated_at = now();
    match app.store.save_identity(&i) {
        Ok(()) => no_content(),
        Err(e) => ApiError::internal(e).into_response(),
    }
}

fn load(app: &App, id: &str) -> Result<Identity, Response> {
    let Some(id) = parse_id(id) else {
        return Err(not_found());
    };
    match app.store.get_identity(id) {
        Ok(Some(i)) => Ok(i),
        Ok(None) => Err(not_found()),
        Err(e) => Err(ApiError::internal(e).into_response()),
    }
}

pub async fn get_identity(State(app): State<App>, Path(id): Path<String>, req: Req) -> Response {
    match load(&app, &id) {
        Ok(i) => json_response(200, &admin_json(&app, &i, &include_list(&req))),
        Err(r) => r,
    }
}

pub async fn update_identity(State(app): State<App>, Path(id): Path<String>, req: Req) -> Response {
    let mut i = match load(&app, &id) {
        Ok(i) => i,
        Err(r) => return r,
    };
    let body = match req.body_object() {
        Ok(b) => b,
        Err(e) => return e.into_response(),
    };
    let Some(traits @ Value::Object(_)) = body.get("traits").cloned() else {
        return ApiError::bad_request()
            .reason("traits must be an object")
            .into_response();
    };
    if let Some(e) = validation_error(&app, &i.schema_id, &traits) {
        return e.into_response();
    }
    i.traits = traits;
    if let Some(s) = body.get("state").and_then(|s| s.as_str()) {
        if s != i.state {
            i.state = s.into();
            i.state_changed_at = now();
        }
    }
    if body.contains_key("metadata_public") {
        i.metadata_public = body.get("metadata_public").cloned().unwrap_or(Value::Null);
    }
    if body.contains_key("metadata_admin") {
        i.metadata_admin = body.get("metadata_admin").cloned().unwrap_or(Value::Null);
    }
    identity::sync_from_traits(&app, &mut i);
    if let Err(e) = apply_credentials(&app, &mut i, body.get("credentials")) {
        return e.into_response();
    }
    if let Err(r) = save_or_conflict(&app, &i) {
        return r;
    }
    json_response(200, &admin_json(&app, &i, &[]))
}

/// RFC 6902 subset (add / replace / remove / test) on
/// `{traits, state, metadata_public, metadata_admin, credentials}`.
pub async fn patch_identity(State(app): State<App>, Path(id): Path<String>, req: Req) -> Response {
    let mut i = match load(&app, &id) {
        Ok(i) => i,
        Err(r) => return r,
    };
    let ops: Vec<Value> = match serde_json::from_slice(&req.body) {
        Ok(Value::Array(a)) => a,
        _ => {
            return ApiError::bad_request()
                .reason("The body must be a JSON Patch array.")
                .into_response()
        }
    };
    let mut doc = json!({
        "traits": i.traits,
        "state": i.state,
        "metadata_public": i.metadata_public,
        "metadata_admin": i.metadata_admin,
        "credentials": {},
    });
    for op in &ops {
        let kind = op.get("op").and_then(|v| v.as_str()).unwrap_or("");
        let path = op.get("path").and_then(|v| v.as_str()).unwrap_or("");
        let value = op.get("value").cloned().unwrap_or(Value::Null);
        if let Err(e) = apply_op(&mut doc, kind, path, value) {
            return ApiError::bad_request().reason(e).into_response();
        }
    }
    let traits = doc.get("traits").cloned().unwrap_or(json!({}));
    if let Some(e) = validation_error(&app, &i.schema_id, &traits) {
        return e.into_response();
    }
    i.traits = traits;
    let state = doc
        .get("state")
        .and_then(|s| s.as_str())
        .unwrap_or("active")
        .to_string();
    if state != i.state {
        i.state = state;
        i.state_changed_at = now();
    }
    i.metadata_public = doc.get("metadata_public").cloned().unwrap_or(Value::Null);
    i.metadata_admin = doc.get("metadata_admin").cloned().unwrap_or(Value::Null);
    identity::sync_from_traits(&app, &mut i);
    if let Err(e) = apply_credentials(&app, &mut i, doc.get("credentials")) {
        return e.into_response();
    }
    if let Err(r) = save_or_conflict(&app, &i) {
        return r;
    }
    json_response(200, &admin_json(&app, &i, &[]))
}

fn apply_op(doc: &mut Value, op: &str, path: &str, value: Value) -> Result<(), String> {
    let (parent_path, key) = match path.rfind('/') {
        Some(p) => (
            &path[..p],
            path[p + 1..].replace("~1", "/").replace("~0", "~"),
        ),
        None => return Err(format!("invalid path {path:?}")),
    };
    if op == "test" {
        return if doc.pointer(path) == Some(&value) {
            Ok(())
        } else {
            Err(format!("test failed at {path:?}"))
        };
    }
    // create intermediate objects for add/replace
    if op == "add" || op == "replace" {
        let mut cur = &mut *doc;
        for seg in parent_path.split('/').filter(|s| !s.is_empty()) {
            if !cur.is_object() {
                *cur = json!({});
            }
            let Some(obj) = cur.as_object_mut() else {
                return Err(format!("invalid path {path:?}"));
            };
            cur = obj.entry(seg.to_string()).or_insert_with(|| json!({}));
        }
        match cur {
            Value::Object(m) => {
                m.insert(key, value);
                Ok(())
            }
            Value::Array(a) if op == "add" => {
                if key == "-" {
                    a.push(value);
                    Ok(())
                } else {
                    let idx: usize = key
                        .parse()
                        .map_err(|_| format!("invalid index in {path:?}"))?;
                    if idx > a.len() {
                        return Err(format!("index out of range in {path:?}"));
                    }
                    a.insert(idx, value);
                    Ok(())
                }
            }
            _ => Err(format!("invalid path {path:?}")),
        }
    } else if op == "remove" {
        let parent = doc
            .pointer_mut(parent_path)
            .ok_or_else(|| format!("path {path:?} does not exist"))?;
        match parent {
            Value::Object(m) => m
                .shift_remove(&key)
                .map(|_| ())
                .ok_or_else(|| format!("path {path:?} does not exist")),
            Value::Array(a) => {
                let idx: usize = key
                    .parse()
                    .map_err(|_| format!("invalid index in {path:?}"))?;
                if idx < a.len() {
                    a.remove(idx);
                    Ok(())
                } else {
                    Err(format!("path {path:?} does not exist"))
                }
            }
            _ => Err(format!("path {path:?} does not exist")),
        }
    } else {
        Err(format!("unsupported patch operation {op:?}"))
    }
}

pub async fn delete_identity(State(app): State<App>, Path(id): Path<String>) -> Response {
    let Some(id) = parse_id(&id) else {
        return not_found();
    };
    match app.store.delete_identity(id) {
        Ok(true) => no_content(),
        Ok(false) => not_found(),
        Err(e) => ApiError::internal(e).into_response(),
    }
}

// ---------------------------------------------------------------- sessions

pub async fn list_identity_sessions(
    State(app): State<App>,
    Path(id): Path<String>,
    req: Req,
) -> Response {
    let i = match load(&app, &id) {
        Ok(i) => i,
        Err(r) => return r,
    };
    let active = req.query_ne("active").map(|v| v == "true");
    match app.store.sessions_of(i.id) {
        Ok(list) => {
            let out: Vec<Value> = list
                .iter()
                .filter(|s| active.is_none_or(|a| s.is_active() == a))
                .map(|s| s.to_json(Some(i.to_public_json(&app.schema_url_for(&i.schema_id)))))
                .collect();
            json_response(200, &Value::Array(out))
        }
        Err(e) => ApiError::internal(e).into_response(),
    }
}

pub async fn delete_identity_sessions(State(app): State<App>, Path(id): Path<String>) -> Response {
    let i = match load(&app, &id) {
        Ok(i) => i,
        Err(r) => return r,
    };
    match app.store.sessions_of(i.id) {
        Ok(list) => {
            for mut s in list {
                s.active = false;
                if let Err(e) = app.store.save_session(&s) {
                    return ApiError::internal(e).into_response();
                }
            }
            no_content()
        }
        Err(e) => ApiError::internal(e).into_response(),
    }
}

pub async fn list_sessions(State(app): State<App>, req: Req) -> Response {
    let active = req.query_ne("active").map(|v| v == "true");
    let (offset, size) = paging(&req, 250);
    match app.store.all_sessions() {
        Ok(list) => {
            let out: Vec<Value> = list
                .iter()
                .filter(|s| active.is_none_or(|a| s.is_active() == a))
                .skip(offset)
                .take(size)
                .filter_map(|s| sessions::session_json(&app, s, true).ok())
                .collect();
            json_response(200, &Value::Array(out))
        }
        Err(e) => ApiError::internal(e).into_response(),
    }
}

fn load_session(app: &App, id: &str) -> Result<crate::model::Session, Response> {
    let Some(id) = parse_id(id) else {
        return Err(ApiError::bad_request()
            .reason("Could not parse the session ID.")
            .into_response());
    };
    match app.store.get_session(id) {
        Ok(Some(s)) => Ok(s),
        Ok(None) => Err(not_found()),
        Err(e) => Err(ApiError::internal(e).into_response()),
    }
}

pub async fn get_session(State(app): State<App>, Path(id): Path<String>) -> Response {
    match load_session(&app, &id) {
        Ok(s) => match sessions::session_json(&app, &s, true) {
            Ok(v) => json_response(200, &v),
            Err(e) => e.into_response(),
        },
        Err(r) => r,
    }
}

pub async fn disable_session(State(app): State<App>, Path(id): Path<String>) -> Response {
    match load_session(&app, &id) {
        Ok(mut s) => {
            s.active = false;
            match app.store.save_session(&s) {
                Ok(()) => no_content(),
                Err(e) => ApiError::internal(e).into_response(),
            }
        }
        Err(r) => r,
    }
}

pub async fn extend_session(State(app): State<App>, Path(id): Path<String>) -> Response {
    match load_session(&app, &id) {
        Ok(mut s) => {
            s.expires_at = now() + app.cfg.session_lifespan;
            if let Err(e) = app.store.save_session(&s) {
                return ApiError::internal(e).into_response();
            }
            match sessions::session_json(&app, &s, true) {
                Ok(v) => json_response(200, &v),
                Err(e) => e.into_response(),
            }
        }
        Err(r) => r,
    }
}

// ---------------------------------------------------------------- recovery

fn expires_in(body: &Map<String, Value>, app: &App) -> Result<chrono::Duration, ApiError> {
    match body.get("expires_in").and_then(|v| v.as_str()) {
        Some(s) if !s.is_empty() => config::parse_duration(s)
            .ok()
            .and_then(|d| chrono::Duration::from_std(d).ok())
            .ok_or_else(|| {
                ApiError::bad_request().reason(format!("Unable to parse \"expires_in\": {s}"))
            }),
        _ => Ok(app.cfg.flow_lifespan),
    }
}

fn recovery_target(app: &App, body: &Map<String, Value>) -> Result<Identity, Response> {
    let id = body
        .get("identity_id")
        .and_then(|v| v.as_str())
        .ok_or_else(|| {
            ApiError::bad_request()
                .reason("identity_id is required")
                .into_response()
        })?;
    load(app, id)
}

pub async fn create_recovery_code(State(app): State<App>, req: Req) -> Response {
    let body = match req.body_object() {
        Ok(b) => b,
        Err(e) => return e.into_response(),
    };
    let ident = match recovery_target(&app, &body) {
        Ok(i) => i,
        Err(r) => return r,
    };
    let lifespan = match expires_in(&body, &app) {
        Ok(d) => d,
        Err(e) => return e.into_response(),
    };
    let browser = body.get("flow_type").and_then(|v| v.as_str()) != Some("api");
    let mut f = common::new_email_code_flow(FlowKind::Recovery, &app, &req, browser, "", None);
    f.request_url = app.cfg.public("self-service/recovery/browser");
    f.expires_at = now() + lifespan;
    f.state = FlowState::SentEmail;
    f.internal.insert("skip_csrf".into(), json!(true));
    recovery::sent_nodes(&mut f, None);
    let code = courier::new_code();
    let exp = f.expires_at;
    recovery::remember_code(&mut f, &code, &ident, Some(exp));
    if let Err(e) = common::save(&app, &f) {
        return e.into_response();
    }
    json_response(
        201,
        &json!({
            "recovery_link": format!("{}?flow={}", app.cfg.public("self-service/recovery"), f.id),
            "recovery_code": code,
            "expires_at": crate::model::ts(&f.expires_at),
        }),
    )
}

pub async fn create_recovery_link(State(app): State<App>, req: Req) -> Response {
    let body = match req.body_object() {
        Ok(b) => b,
        Err(e) => return e.into_response(),
    };
    let ident = match recovery_target(&app, &body) {
        Ok(i) => i,
        Err(r) => return r,
    };
    let lifespan = match expires_in(&body, &app) {
        Ok(d) => d,
        Err(e) => return e.into_response(),
    };
    let mut f = common::new_email_code_flow(FlowKind::Recovery, &app, &req, true, "", None);
    f.request_url = app.cfg.public("self-service/recovery/browser");
    f.expires_at = now() + lifespan;
    f.internal.insert("skip_csrf".into(), json!(true));
    let token = sessions::random_token(32);
    f.internal.insert("link_token".into(), json!(token));
    f.internal
        .insert("link_identity".into(), json!(ident.id.to_string()));
    if let Err(e) = common::save(&app, &f) {
        return e.into_response();
    }
    json_response(
        200,
        &json!({
            "recovery_link": format!("{}?flow={}&token={}", app.cfg.public("self-service/recovery"), f.id, token),
            "expires_at": crate::model::ts(&f.expires_at),
        }),
    )
}

// ---------------------------------------------------------------- courier

pub async fn list_messages(State(app): State<App>, req: Req) -> Response {
    let status = req.query_ne("status");
    let recipient = req.query_ne("recipient");
    let (offset, size) = paging(&req, 250);
    match app.store.list_messages() {
        Ok(list) => {
            let filtered: Vec<_> = list
                .into_iter()
                .filter(|m| status.as_ref().is_none_or(|s| &m.status == s))
                .filter(|m| recipient.as_ref().is_none_or(|r| &m.recipient == r))
                .collect();
            let total = filtered.len();
            let out: Vec<Value> = filtered
                .iter()
                .skip(offset)
                .take(size)
                .map(|m| m.to_json())
                .collect();
            let mut r = json_response(200, &Value::Array(out));
            link_header(
                &mut r,
                &app.cfg
                    .admin_url
                    .join("admin/courier/messages")
                    .map(|u| u.to_string())
                    .unwrap_or_default(),
                offset,
                size,
                total,
            );
            r
        }
        Err(e) => ApiError::internal(e).into_response(),
    }
}

pub async fn get_message(State(app): State<App>, Path(id): Path<String>) -> Response {
    let Some(id) = parse_id(&id) else {
        return not_found();
    };
    match app.store.get_message(id) {
        Ok(Some(m)) => json_response(200, &m.to_json()),
        Ok(None) => not_found(),
        Err(e) => ApiError::internal(e).into_response(),
    }
}
