//! `ory-emulator`: a Kratos v1.3-compatible local server (public + admin API) for testing
//! the ory-wasm SDK in a real browser.
//!
//! Layers, each using only the ones below it (no module imports one above it):
//! * **HTTP**: [`app`] (routers, CORS, admin guards), [`flows::handlers`] (`init_browser`,
//!   `init_api`, `get_flow` and the opening of `submit`, written once for the five flows),
//!   [`flows::common`] (request parsing and the one mapping of the rules' outcomes to HTTP,
//!   `reply` / `refuse`: JSON vs 303, the session and CSRF cookies, the error UI),
//!   [`sessions`], [`admin`], [`req`]; and the flow modules, which parse the body, build the
//!   nodes and call the rules: their methods (password, code, WebAuthn, passkey, TOTP /
//!   backup codes, profile, …) return a [`rules::Outcome`] that each `submit` answers once.
//!   The social sign-in's start and browser callbacks, the sending of recovery and
//!   verification codes and a verification link's click still reply where they decide.
//! * **Rules**: [`rules`], Kratos' decisions as plain functions of the context, the parsed
//!   input, the client ([`rules::Client`]: browser or native, JSON or page) and `now`: AAL,
//!   who may start which flow, expiry, the settings owner / AAL / privileged session, the
//!   password, login-code and second-factor checks, the recovery and verification steps, codes
//!   and links, and how each flow ends: `logged_in`, `social_signed_in_native`, `registered`
//!   (verification and session hooks), `recovered`, `settings_saved`. They return a decision,
//!   a [`rules::Refusal`] or a [`rules::Outcome`] (`Rerender`, `Refused`, or `Done`: the flow,
//!   the session, a new CSRF token, the redirect and the JSON answer with its `continue_with`)
//!   that the HTTP layer answers in one place; unit-tested without HTTP.
//! * **Context, store, models, config**: [`state`] (config + store + schemas), [`store`],
//!   [`model`] (typed [`model::Aal`] and [`model::FlowState`]), [`config`], [`schema`],
//!   [`errors`], [`text`], [`nodes`].

// Handlers return `Result<_, Response>` / `Result<_, ApiError>`; boxing them would only add
// noise on a path that builds an HTTP response anyway.
#![allow(clippy::result_large_err)]

pub mod admin;
pub mod app;
pub mod captcha;
pub mod config;
pub mod courier;
pub mod csrf;
pub mod errors;
pub mod flows;
pub mod identity;
pub mod mfa;
pub mod model;
pub mod nodes;
pub mod password;
pub mod req;
pub mod rules;
pub mod schema;
pub mod sessions;
pub mod state;
pub mod store;
pub mod text;
pub mod webauthn;

use std::sync::Arc;
use tokio::sync::watch;
use tokio::task::JoinHandle;

pub use config::FileConfig;

/// Default database location (relative to the working directory).
pub const DEFAULT_DB: &str = ".ory-emulator/emulator.sqlite";

/// A running emulator (both listeners).
pub struct Running {
    pub public_url: String,
    pub admin_url: String,
    pub app: state::App,
    stop: watch::Sender<bool>,
    tasks: Vec<JoinHandle<()>>,
}

impl Running {
    /// Stops both servers and waits for them (the database is closed when the last handle drops).
    pub async fn shutdown(self) {
        let _ = self.stop.send(true);
        for t in self.tasks {
            let _ = t.await;
        }
    }
}

fn read_schema(path: &std::path::Path) -> Result<serde_json::Value, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read identity schema {}: {e}", path.display()))?;
    serde_json::from_str(&text)
        .map_err(|e| format!("invalid identity schema {}: {e}", path.display()))
}

/// The identity schemas (`default` first) and the default schema's id.
fn load_schemas(f: &FileConfig) -> Result<(Vec<schema::IdentitySchema>, String), String> {
    let raw: serde_json::Value = match &f.identity_schema {
        Some(p) => read_schema(p)?,
        None => serde_json::from_str(schema::DEFAULT_SCHEMA)
            .map_err(|e| format!("invalid built-in schema: {e}"))?,
    };
    let mut schemas = vec![schema::IdentitySchema::load("default", raw)?];
    for e in &f.identity_schemas {
        let path = e.url.strip_prefix("file://").unwrap_or(&e.url);
        let mut loaded = schema::IdentitySchema::load(&e.id, read_schema(path.as_ref())?)
            .map_err(|err| format!("identity_schemas {}: {err}", e.id))?;
        loaded.selfservice_selectable = e.selfservice_selectable;
        schemas.retain(|s| s.id != e.id);
        schemas.push(loaded);
    }
    let default = f
        .default_schema_id
        .clone()
        .unwrap_or_else(|| "default".into());
    if !schemas.iter().any(|s| s.id == default) {
        return Err(format!(
            "default_schema_id {default:?} is not a configured schema"
        ));
    }
    Ok((schemas, default))
}

/// Binds `host:port`; for `localhost`, 127.0.0.1 plus (best effort) ::1 on the same port.
async fn bind(
    host: &str,
    port: u16,
) -> Result<(tokio::net::TcpListener, Option<tokio::net::TcpListener>), String> {
    let v4_host = if host == "localhost" {
        "127.0.0.1"
    } else {
        host
    };
    let l = tokio::net::TcpListener::bind((v4_host, port))
        .await
        .map_err(|e| format!("cannot listen on {host}:{port}: {e}"))?;
    if host != "localhost" {
        return Ok((l, None));
    }
    let actual = l.local_addr().map_err(|e| e.to_string())?.port();
    let v6 = tokio::net::TcpListener::bind(("::1", actual)).await.ok();
    Ok((l, v6))
}

/// Binds both listeners, opens the database and starts serving.
pub async fn start(f: FileConfig) -> Result<Running, String> {
    let host = f.host.clone();
    let public_port = f.public_port.unwrap_or(4433);
    let admin_port = f.admin_port.unwrap_or(4434);
    let (public_l, public_v6) = bind(&host, public_port).await?;
    let (admin_l, admin_v6) = bind(&host, admin_port).await?;
    let pa = public_l.local_addr().map_err(|e| e.to_string())?;
    let aa = admin_l.local_addr().map_err(|e| e.to_string())?;
    let cfg = config::Config::resolve(&f, pa, aa)?;
    let db = f.db.clone().unwrap_or_else(|| DEFAULT_DB.to_string());
    let store = store::Store::open(&db)?;
    let (schemas, default_schema) = load_schemas(&f)?;
    let app: state::App = Arc::new(state::AppState::new(cfg, store, schemas, &default_schema));
    let (stop, rx) = watch::channel(false);
    let mut tasks = Vec::new();
    let mut listeners = vec![
        (public_l, app::public_router(app.clone())),
        (admin_l, app::admin_router(app.clone())),
    ];
    if let Some(l) = public_v6 {
        listeners.push((l, app::public_router(app.clone())));
    }
    if let Some(l) = admin_v6 {
        listeners.push((l, app::admin_router(app.clone())));
    }
    for (listener, router) in listeners {
        let mut rx = rx.clone();
        tasks.push(tokio::spawn(async move {
            let shutdown = async move {
                while !*rx.borrow() {
                    if rx.changed().await.is_err() {
                        break;
                    }
                }
            };
            if let Err(e) = axum::serve(listener, router)
                .with_graceful_shutdown(shutdown)
                .await
            {
                eprintln!("server error: {e}");
            }
        }));
    }
    Ok(Running {
        public_url: app.cfg.public_url.to_string(),
        admin_url: app.cfg.admin_url.to_string(),
        app,
        stop,
        tasks,
    })
}
