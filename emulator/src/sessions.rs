//! Sessions: issuing, reading from requests (token header, cookie, bearer), whoami and
//! the "my sessions" endpoints.

use axum::extract::{Path, State};
use axum::http::HeaderValue;
use axum::response::{IntoResponse, Response};
use serde_json::{json, Value};
use uuid::Uuid;

use crate::errors::ApiError;
use crate::model::{now, Aal, AuthMethod, Identity, Session};
use crate::req::{add_cookie, json_response, no_content, CookieSpec, Req};
pub use crate::rules::{
    aal2_redirect, aal_of, aal_satisfied, available_aal, random_token, urlencode,
};
use crate::state::App;

pub fn method(name: &str, aal: Aal) -> AuthMethod {
    AuthMethod {
        method: name.into(),
        aal,
        completed_at: now(),
        provider: None,
    }
}

pub fn new_session(app: &App, identity: &Identity, methods: Vec<AuthMethod>, req: &Req) -> Session {
    crate::rules::new_session(app, identity, methods, &req.user_agent(), now())
}

/// The active session of this request (cookie only when `cookie_only`).
pub fn from_request(app: &App, req: &Req, cookie_only: bool) -> Option<Session> {
    let mut tokens = Vec::new();
    if !cookie_only {
        if let Some(t) = req.header("x-session-token") {
            tokens.push(t.to_string());
        }
    }
    if let Some(c) = req.cookie(&app.cfg.session_cookie_name) {
        tokens.push(c);
    }
    if !cookie_only {
        if let Some(t) = req
            .header("authorization")
            .and_then(|h| h.strip_prefix("Bearer "))
        {
            tokens.push(t.trim().to_string());
        }
    }
    tokens.into_iter().find_map(|t| {
        app.store
            .get_session_by_token(&t)
            .ok()
            .flatten()
            .filter(|s| s.is_active())
    })
}

pub fn identity_of(app: &App, s: &Session) -> Result<Identity, ApiError> {
    app.store
        .get_identity(s.identity_id)?
        .ok_or_else(ApiError::session_inactive)
}

pub fn session_json(app: &App, s: &Session, with_identity: bool) -> Result<Value, ApiError> {
    let ident = if with_identity {
        app.store
            .get_identity(s.identity_id)?
            .map(|i| i.to_public_json(&app.schema_url_for(&i.schema_id)))
    } else {
        None
    };
    Ok(s.to_json(ident))
}

pub fn set_cookie(app: &App, resp: &mut Response, s: &Session) {
    let max_age = (s.expires_at - now()).num_seconds().max(1);
    add_cookie(
        resp,
        CookieSpec {
            name: &app.cfg.session_cookie_name,
            value: &s.token,
            max_age: Some(max_age),
            secure: app.cfg.cookie_secure,
        },
    );
}

pub fn clear_cookie(app: &App, resp: &mut Response) {
    add_cookie(
        resp,
        CookieSpec {
            name: &app.cfg.session_cookie_name,
            value: "",
            max_age: Some(0),
            secure: app.cfg.cookie_secure,
        },
    );
}

/// Session token exchange lookup (native apps): the session the browser leg created.
pub fn find_exchange(app: &App, init: &str, ret: &str) -> Option<Session> {
    let id = app.store.take_exchange(init, ret).ok().flatten()?;
    app.store
        .get_session(id)
        .ok()
        .flatten()
        .filter(|s| s.is_active())
}

// ---------------------------------------------------------------- handlers

pub async fn whoami(State(app): State<App>, req: Req) -> Response {
    let Some(s) = from_request(&app, &req, false) else {
        return ApiError::whoami_unauthorized().into_response();
    };
    let ident = match identity_of(&app, &s) {
        Ok(i) => i,
        Err(_) => return ApiError::whoami_unauthorized().into_response(),
    };
    if !aal_satisfied(&app, app.cfg.whoami_required_aal, &s, &ident) {
        let rt = req.query_ne("return_to");
        return ApiError::aal2_required(&aal2_redirect(&app, rt.as_deref())).into_response();
    }
    let body = s.to_json(Some(
        ident.to_public_json(&app.schema_url_for(&ident.schema_id)),
    ));
    let mut resp = json_response(200, &body);
    if let Ok(v) = HeaderValue::from_str(&ident.id.to_string()) {
        resp.headers_mut()
            .insert("x-kratos-authenticated-identity-id", v);
    }
    resp
}

fn require_session(app: &App, req: &Req) -> Result<Session, Response> {
    from_request(app, req, false).ok_or_else(|| {
        ApiError::unauthorized()
            .reason("No valid session cookie found.")
            .into_response()
    })
}

pub async fn list_mine(State(app): State<App>, req: Req) -> Response {
    let cur = match require_session(&app, &req) {
        Ok(s) => s,
        Err(r) => return r,
    };
    let all = match app.store.sessions_of(cur.identity_id) {
        Ok(a) => a,
        Err(e) => return ApiError::internal(e).into_response(),
    };
    let out: Vec<Value> = all
        .iter()
        .filter(|s| s.id != cur.id && s.is_active())
        .map(|s| s.to_json(None))
        .collect();
    json_response(200, &Value::Array(out))
}

pub async fn delete_others(State(app): State<App>, req: Req) -> Response {
    let cur = match require_session(&app, &req) {
        Ok(s) => s,
        Err(r) => return r,
    };
    let all = match app.store.sessions_of(cur.identity_id) {
        Ok(a) => a,
        Err(e) => return ApiError::internal(e).into_response(),
    };
    let mut count = 0;
    for mut s in all.into_iter().filter(|s| s.id != cur.id && s.active) {
        s.active = false;
        if let Err(e) = app.store.save_session(&s) {
            return ApiError::internal(e).into_response();
        }
        count += 1;
    }
    json_response(200, &json!({ "count": count }))
}

pub async fn delete_mine(State(app): State<App>, Path(id): Path<String>, req: Req) -> Response {
    let cur = match require_session(&app, &req) {
        Ok(s) => s,
        Err(r) => return r,
    };
    let Ok(id) = Uuid::parse_str(&id) else {
        return ApiError::bad_request()
            .reason("Could not parse the session ID.")
            .into_response();
    };
    if id == cur.id {
        return ApiError::bad_request()
            .reason("Can not revoke current session, use the logout flow instead.")
            .into_response();
    }
    match app.store.get_session(id) {
        Ok(Some(mut s)) if s.identity_id == cur.identity_id => {
            s.active = false;
            if let Err(e) = app.store.save_session(&s) {
                return ApiError::internal(e).into_response();
            }
            no_content()
        }
        Ok(_) => no_content(),
        Err(e) => ApiError::internal(e).into_response(),
    }
}

pub async fn token_exchange(State(app): State<App>, req: Req) -> Response {
    let (Some(init), Some(ret)) = (req.query_ne("init_code"), req.query_ne("return_to_code"))
    else {
        return ApiError::bad_request()
            .reason("\"init_code\" and \"return_to_code\" query params must be set")
            .into_response();
    };
    let found = find_exchange(&app, &init, &ret);
    match found {
        Some(s) => match session_json(&app, &s, true) {
            Ok(sj) => json_response(200, &json!({"session_token": s.token, "session": sj})),
            Err(e) => e.into_response(),
        },
        None => ApiError::not_found()
            .reason("no session yet for this \"code\"")
            .into_response(),
    }
}
