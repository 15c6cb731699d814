//! Logout: browser logout URL + token, the logout link itself, and native logout.

use axum::extract::State;
use axum::response::{IntoResponse, Response};
use serde_json::json;

use super::common;
use crate::errors::ApiError;
use crate::req::{field, json_response, no_content, redirect_303, Req};
use crate::sessions;
use crate::state::App;

/// `GET /self-service/logout/browser` → `{logout_url, logout_token}`.
pub async fn init_browser(State(app): State<App>, req: Req) -> Response {
    let Some(s) = sessions::from_request(&app, &req, true) else {
        return common::forward_error(&app, &req, ApiError::session_inactive());
    };
    let return_to = match common::return_to_param(&app, &req) {
        Ok(r) => r,
        Err(e) => return common::forward_error(&app, &req, e),
    };
    let mut url = format!(
        "{}?token={}",
        app.cfg.public("self-service/logout"),
        s.logout_token
    );
    if let Some(r) = return_to {
        url.push_str("&return_to=");
        url.push_str(&sessions::urlencode(&r));
    }
    json_response(
        200,
        &json!({"logout_url": url, "logout_token": s.logout_token}),
    )
}

/// `GET /self-service/logout?token=` → 204 (JSON) or 303 to `return_to` / the default URL.
pub async fn perform(State(app): State<App>, req: Req) -> Response {
    let Some(token) = req.query_ne("token") else {
        return common::forward_error(
            &app,
            &req,
            ApiError::bad_request().reason("Please include a token in the URL query."),
        );
    };
    let Some(mut s) = sessions::from_request(&app, &req, true) else {
        return common::forward_error(&app, &req, ApiError::session_inactive());
    };
    if s.logout_token != token {
        return common::forward_error(&app,
            &req,
            ApiError::forbidden().reason(
                "Unable to log out because the logout token in the URL query does not match the session cookie.",
            ),
        );
    }
    let return_to = match common::return_to_param(&app, &req) {
        Ok(r) => r,
        Err(e) => return common::forward_error(&app, &req, e),
    };
    s.active = false;
    if let Err(e) = app.store.save_session(&s) {
        return ApiError::internal(e).into_response();
    }
    let mut resp = if req.is_json() {
        no_content()
    } else {
        redirect_303(return_to.as_deref().unwrap_or(&app.cfg.default_return_to))
    };
    sessions::clear_cookie(&app, &mut resp);
    common::set_csrf_cookie(&app, &mut resp, &crate::csrf::new_token());
    resp
}

/// `DELETE /self-service/logout/api` with `{session_token}` → 204.
pub async fn perform_native(State(app): State<App>, req: Req) -> Response {
    let body = match req.body_object() {
        Ok(b) => b,
        Err(e) => return e.into_response(),
    };
    let token = field(&body, "session_token").unwrap_or_default();
    let invalid = || {
        ApiError::forbidden()
            .reason("The provided Ory Session Token could not be found, is invalid, or otherwise malformed.")
            .into_response()
    };
    if token.is_empty() {
        return ApiError::bad_request()
            .reason("session_token is required")
            .into_response();
    }
    match app.store.get_session_by_token(&token) {
        Ok(Some(mut s)) if s.active => {
            s.active = false;
            if let Err(e) = app.store.save_session(&s) {
                return ApiError::internal(e).into_response();
            }
            no_content()
        }
        Ok(_) => invalid(),
        Err(e) => ApiError::internal(e).into_response(),
    }
}
