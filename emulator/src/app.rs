//! Shared state, the two routers, CORS, request logging, the admin API key and the
//! self-service error manager (JSON error body, or a stored error + 303 to the error UI).

use std::sync::Arc;
use std::time::Instant;

use axum::extract::{Request, State};
use axum::http::{header, HeaderValue};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, patch, post};
use axum::Router;
use tower_http::cors::{AllowHeaders, AllowMethods, AllowOrigin, CorsLayer};

use crate::config::Config;
use crate::errors::ApiError;
use crate::model::{now, FlowErrorRecord};
use crate::req::{redirect_303, Req};
use crate::schema::IdentitySchema;
use crate::store::Store;

pub struct AppState {
    pub cfg: Config,
    pub store: Store,
    pub schema: IdentitySchema,
    pub csrf_cookie: String,
    /// Authorization codes issued by the built-in test OIDC provider (code → claims).
    pub oidc_codes: std::sync::Mutex<std::collections::HashMap<String, serde_json::Value>>,
}

pub type App = Arc<AppState>;

impl AppState {
    pub fn new(cfg: Config, store: Store, schema: IdentitySchema) -> AppState {
        let csrf_cookie = crate::csrf::cookie_name(cfg.public_url.as_str());
        AppState {
            cfg,
            store,
            schema,
            csrf_cookie,
            oidc_codes: std::sync::Mutex::new(std::collections::HashMap::new()),
        }
    }

    pub fn schema_url(&self) -> String {
        self.schema.url(&self.cfg.public_url)
    }

    /// Kratos' self-service error manager: JSON requests get the error body; browsers get
    /// the error stored and a 303 to the error UI (`?id=`).
    pub fn forward_error(&self, req: &Req, err: ApiError) -> Response {
        if req.is_json() {
            return err.into_response();
        }
        let rec = FlowErrorRecord {
            id: uuid::Uuid::new_v4(),
            error: err.error_object(),
            created_at: now(),
            updated_at: now(),
        };
        if let Err(e) = self.store.save_flow_error(&rec) {
            return ApiError::internal(e).into_response();
        }
        redirect_303(&format!("{}?id={}", self.cfg.error_ui, rec.id))
    }
}

async fn log_requests(State(label): State<&'static str>, req: Request, next: Next) -> Response {
    let start = Instant::now();
    let method = req.method().clone();
    let uri = req.uri().clone();
    let resp = next.run(req).await;
    eprintln!(
        "[{label}] {method} {uri} -> {} ({} ms)",
        resp.status().as_u16(),
        start.elapsed().as_millis()
    );
    resp
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

pub fn public_router(app: App) -> Router {
    use crate::flows::{login, logout, recovery, registration, settings, verification};
    use crate::sessions;
    Router::new()
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
        .route("/self-service/login/browser", get(login::init_browser))
        .route("/self-service/login/api", get(login::init_api))
        .route("/self-service/login/flows", get(login::get_flow))
        .route("/self-service/login", post(login::submit))
        .route(
            "/self-service/registration/browser",
            get(registration::init_browser),
        )
        .route(
            "/self-service/registration/api",
            get(registration::init_api),
        )
        .route(
            "/self-service/registration/flows",
            get(registration::get_flow),
        )
        .route("/self-service/registration", post(registration::submit))
        .route(
            "/self-service/settings/browser",
            get(settings::init_browser),
        )
        .route("/self-service/settings/api", get(settings::init_api))
        .route("/self-service/settings/flows", get(settings::get_flow))
        .route(
            "/self-service/settings",
            post(settings::submit).get(settings::resume),
        )
        .route(
            "/self-service/recovery/browser",
            get(recovery::init_browser),
        )
        .route("/self-service/recovery/api", get(recovery::init_api))
        .route("/self-service/recovery/flows", get(recovery::get_flow))
        .route(
            "/self-service/recovery",
            post(recovery::submit).get(recovery::submit),
        )
        .route(
            "/self-service/verification/browser",
            get(verification::init_browser),
        )
        .route(
            "/self-service/verification/api",
            get(verification::init_api),
        )
        .route(
            "/self-service/verification/flows",
            get(verification::get_flow),
        )
        .route(
            "/self-service/verification",
            post(verification::submit).get(verification::submit),
        )
        .route("/self-service/logout/browser", get(logout::init_browser))
        .route("/self-service/logout", get(logout::perform))
        .route("/self-service/logout/api", delete(logout::perform_native))
        .route(
            "/self-service/methods/oidc/callback/{provider}",
            get(crate::flows::oidc::callback),
        )
        .route(
            "/_emulator/oidc/authorize",
            get(crate::flows::oidc::provider_page).post(crate::flows::oidc::provider_submit),
        )
        .route("/sessions/whoami", get(sessions::whoami))
        .route(
            "/sessions",
            get(sessions::list_mine).delete(sessions::delete_others),
        )
        .route("/sessions/token-exchange", get(sessions::token_exchange))
        .route("/sessions/{id}", delete(sessions::delete_mine))
        .fallback(not_found)
        .layer(cors(&app))
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
        .layer(cors(&app))
        .layer(middleware::from_fn_with_state("admin", log_requests))
        .with_state(app)
}
