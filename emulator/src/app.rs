//! The HTTP entry: the two routers, CORS, request logging and the admin API guards (host
//! name, web pages, API key). The shared state lives in [`crate::state`].

use std::time::Instant;

use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, Uri};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, patch, post};
use axum::Router;
use tower_http::cors::{AllowHeaders, AllowMethods, AllowOrigin, CorsLayer};

use crate::errors::ApiError;
use crate::flows::handlers::{get_flow, init_api, init_browser, submit, SelfServiceFlow};
use crate::state::App;

/// One request log line: `[public] GET /self-service/logout?token=… -> 303 (0 ms)`.
///
/// Only the path and the *names* of the query parameters: their values are flow ids, codes,
/// logout tokens, token-exchange codes and e-mail addresses. Headers (cookies,
/// `X-Session-Token`, `Authorization`) are never passed in. Names are printed as sent
/// (still percent-encoded), so a request cannot forge log lines.
pub fn log_line(label: &str, method: &Method, uri: &Uri, status: u16, millis: u128) -> String {
    let mut target = uri.path().to_string();
    let names: Vec<&str> = uri
        .query()
        .unwrap_or("")
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| p.split_once('=').map_or(p, |(name, _)| name))
        .collect();
    if !names.is_empty() {
        let redacted: Vec<String> = names.iter().map(|n| format!("{n}=…")).collect();
        target.push('?');
        target.push_str(&redacted.join("&"));
    }
    format!("[{label}] {method} {target} -> {status} ({millis} ms)")
}

async fn log_requests(State(label): State<&'static str>, req: Request, next: Next) -> Response {
    let start = Instant::now();
    let method = req.method().clone();
    let uri = req.uri().clone();
    let resp = next.run(req).await;
    eprintln!(
        "{}",
        log_line(
            label,
            &method,
            &uri,
            resp.status().as_u16(),
            start.elapsed().as_millis()
        )
    );
    resp
}

/// Keeps web pages away from the admin API (it has no CSRF protection and, by default, no
/// key). Two attacks, both from a page the developer merely visits:
/// * DNS rebinding: `http://evil.example:4434/` re-resolves to 127.0.0.1, so the page is
///   same-origin with the admin API and may read it. Only the `Host` header tells: it must
///   name this server (`Config::admin_host_names`), else 421 Misdirected Request.
/// * Cross-site requests: a `<form method=post>` to `http://127.0.0.1:4434/admin/identities`
///   needs no CORS preflight (form bodies are accepted). Browsers mark such requests with
///   `Origin` or `Sec-Fetch-Site: cross-site|same-site`; scripts and servers (curl, Node's
///   fetch, the SDK in native mode) send neither, so those are refused with 403. The admin
///   router also has no CORS layer: preflights get no `Access-Control-Allow-*`.
async fn admin_guard(State(app): State<App>, req: Request, next: Next) -> Response {
    let h = req.headers();
    // HTTP/1.1 carries `Host`; HTTP/2 the `:authority` (in the URI). Each one present must pass.
    let host = h.get(header::HOST).map(|v| v.to_str().unwrap_or(""));
    let authority = req.uri().authority().map(|a| a.as_str());
    let names: Vec<&str> = host.into_iter().chain(authority).collect();
    if names.is_empty() || !names.iter().all(|n| app.cfg.admin_host_allowed(n)) {
        return ApiError::new(
            421,
            "The request was sent to a host name this server does not serve",
        )
        .reason(
            "The admin API answers only to localhost, 127.0.0.1, [::1] and the host of its \
             admin_url; the Host header named another host (DNS rebinding?).",
        )
        .into_response();
    }
    let site = h.get("sec-fetch-site").and_then(|v| v.to_str().ok());
    if h.contains_key(header::ORIGIN) || matches!(site, Some("cross-site" | "same-site")) {
        return ApiError::forbidden()
            .reason(
                "The admin API does not answer requests from web pages (Origin or \
                 Sec-Fetch-Site header); call it from a script or server.",
            )
            .into_response();
    }
    next.run(req).await
}

async fn admin_auth(State(app): State<App>, req: Request, next: Next) -> Response {
    if let Some(key) = &app.cfg.admin_api_key {
        let ok = req
            .headers()
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(|v| v == key)
            .unwrap_or(false);
        if !ok {
            return ApiError::unauthorized()
                .reason("The admin API key is missing or invalid.")
                .into_response();
        }
    }
    next.run(req).await
}

fn cors(app: &App) -> CorsLayer {
    let a = app.clone();
    CorsLayer::new()
        .allow_origin(AllowOrigin::predicate(move |origin: &HeaderValue, _| {
            origin
                .to_str()
                .map(|o| a.cfg.origin_allowed(o))
                .unwrap_or(false)
        }))
        .allow_credentials(true)
        .allow_methods(AllowMethods::mirror_request())
        .allow_headers(AllowHeaders::mirror_request())
        .expose_headers([
            header::CONTENT_TYPE,
            header::LOCATION,
            header::HeaderName::from_static("x-kratos-authenticated-identity-id"),
        ])
        .max_age(std::time::Duration::from_secs(600))
}

async fn alive() -> Response {
    axum::Json(serde_json::json!({"status": "ok"})).into_response()
}

async fn version() -> Response {
    axum::Json(serde_json::json!({"version": "v1.3.1"})).into_response()
}

async fn not_found() -> Response {
    ApiError::not_found()
        .reason("The requested resource could not be found")
        .into_response()
}

/// `/self-service/<flow>/browser`, `/api` and `/flows` of one flow (its submit route differs
/// per flow and stays in the list).
fn flow_routes<K: SelfServiceFlow + 'static>(r: Router<App>) -> Router<App> {
    let name = K::KIND.as_str();
    r.route(
        &format!("/self-service/{name}/browser"),
        get(init_browser::<K>),
    )
    .route(&format!("/self-service/{name}/api"), get(init_api::<K>))
    .route(&format!("/self-service/{name}/flows"), get(get_flow::<K>))
}

pub fn public_router(app: App) -> Router {
    use crate::flows::login::Login;
    use crate::flows::logout;
    use crate::flows::recovery::Recovery;
    use crate::flows::registration::Registration;
    use crate::flows::settings::{self, Settings};
    use crate::flows::verification::Verification;
    use crate::sessions;
    let r = Router::new()
        .route("/health/alive", get(alive))
        .route("/health/ready", get(alive))
        .route("/version", get(version))
        .route(
            "/.well-known/ory/webauthn.js",
            get(crate::webauthn::serve_js),
        )
        .route("/schemas", get(crate::flows::common::list_schemas))
        .route("/schemas/{id}", get(crate::flows::common::get_schema))
        .route(
            "/self-service/errors",
            get(crate::flows::common::get_flow_error),
        )
        .route("/self-service/login", post(submit::<Login>))
        .route("/self-service/registration", post(submit::<Registration>))
        .route(
            "/self-service/settings",
            post(submit::<Settings>).get(settings::resume),
        )
        .route(
            "/self-service/recovery",
            post(submit::<Recovery>).get(submit::<Recovery>),
        )
        .route(
            "/self-service/verification",
            post(submit::<Verification>).get(submit::<Verification>),
        )
        .route("/self-service/logout/browser", get(logout::init_browser))
        .route("/self-service/logout", get(logout::perform))
        .route("/self-service/logout/api", delete(logout::perform_native))
        .route(
            "/self-service/methods/oidc/callback/{provider}",
            get(crate::flows::oidc_callback::callback),
        )
        .route(
            "/_emulator/oidc/authorize",
            get(crate::flows::oidc_callback::provider_page)
                .post(crate::flows::oidc_callback::provider_submit),
        )
        .route("/_emulator/captcha/widget", get(crate::captcha::widget))
        .route("/_emulator/captcha/solve", post(crate::captcha::solve))
        .route(
            "/_emulator/captcha/siteverify",
            post(crate::captcha::siteverify),
        )
        .route("/sessions/whoami", get(sessions::whoami))
        .route(
            "/sessions",
            get(sessions::list_mine).delete(sessions::delete_others),
        )
        .route("/sessions/token-exchange", get(sessions::token_exchange))
        .route("/sessions/{id}", delete(sessions::delete_mine))
        .fallback(not_found);
    let r = flow_routes::<Login>(r);
    let r = flow_routes::<Registration>(r);
    let r = flow_routes::<Settings>(r);
    let r = flow_routes::<Recovery>(r);
    let r = flow_routes::<Verification>(r);
    // No `Host` check here, unlike the admin API: pages call the public API cross-origin
    // by design (CORS with credentials for the configured origins), and a DNS-rebound
    // page gets nothing from it: the browser keeps its own cookie jar for that name, so
    // it talks to the public API as an anonymous client, which anyone can be. It also
    // has to answer whatever name `public_url` / a proxy uses.
    r.layer(cors(&app))
        .layer(middleware::from_fn_with_state("public", log_requests))
        .with_state(app)
}

pub fn admin_router(app: App) -> Router {
    use crate::admin;
    Router::new()
        .route("/health/alive", get(alive))
        .route("/health/ready", get(alive))
        .route("/version", get(version))
        .route(
            "/admin/identities",
            get(admin::list_identities)
                .post(admin::create_identity)
                .patch(admin::batch_patch_identities),
        )
        .route(
            "/admin/identities/{id}",
            get(admin::get_identity)
                .put(admin::update_identity)
                .patch(admin::patch_identity)
                .delete(admin::delete_identity),
        )
        .route(
            "/admin/identities/{id}/credentials/{type}",
            delete(admin::delete_identity_credentials),
        )
        .route(
            "/admin/identities/{id}/sessions",
            get(admin::list_identity_sessions).delete(admin::delete_identity_sessions),
        )
        .route("/admin/sessions", get(admin::list_sessions))
        .route(
            "/admin/sessions/{id}",
            get(admin::get_session).delete(admin::disable_session),
        )
        .route("/admin/sessions/{id}/extend", patch(admin::extend_session))
        .route("/admin/recovery/code", post(admin::create_recovery_code))
        .route("/admin/recovery/link", post(admin::create_recovery_link))
        .route("/admin/courier/messages", get(admin::list_messages))
        .route("/admin/courier/messages/{id}", get(admin::get_message))
        .fallback(not_found)
        .layer(middleware::from_fn_with_state(app.clone(), admin_auth))
        // before the key check, and no CORS layer at all (see `admin_guard`)
        .layer(middleware::from_fn_with_state(app.clone(), admin_guard))
        .layer(middleware::from_fn_with_state("admin", log_requests))
        .with_state(app)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log_line_shows_parameter_names_not_values() {
        let uri: Uri = "/self-service/verification?flow=SECRETFLOW&code=SECRETCODE&x&=y"
            .parse()
            .expect("uri");
        assert_eq!(
            log_line("public", &Method::GET, &uri, 303, 2),
            "[public] GET /self-service/verification?flow=…&code=…&x=…&=… -> 303 (2 ms)"
        );
        let uri: Uri = "/self-service/logout?token=SECRET%0A%5Bpublic%5D+forged"
            .parse()
            .expect("uri");
        let line = log_line("public", &Method::GET, &uri, 303, 0);
        assert_eq!(
            line,
            "[public] GET /self-service/logout?token=… -> 303 (0 ms)"
        );
        let uri: Uri = "/sessions/whoami".parse().expect("uri");
        assert_eq!(
            log_line("public", &Method::GET, &uri, 401, 0),
            "[public] GET /sessions/whoami -> 401 (0 ms)"
        );
        // absolute-form request targets: no scheme / host / user info either
        let uri: Uri =
            "http://user:pw@localhost:4434/admin/identities?credentials_identifier=a%40b"
                .parse()
                .expect("uri");
        assert_eq!(
            log_line("admin", &Method::GET, &uri, 200, 1),
            "[admin] GET /admin/identities?credentials_identifier=… -> 200 (1 ms)"
        );
    }
}
