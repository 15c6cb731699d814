//! Social sign-in stand-in, the `oidc` method's first half: the provider buttons, the start of
//! the round trip (422 `browser_location_change_required` / 303 to the built-in test provider),
//! unlinking and account linking after a sign-in. The return leg is [`super::oidc_callback`];
//! the native-app leg ends in the session token exchange (`/sessions/token-exchange`).

use axum::response::{IntoResponse, Response};
use serde_json::{json, Map, Value};

use super::common;
use crate::errors::ApiError;
use crate::model::{Flow, FlowKind, Identity};
use crate::nodes::input;
use crate::req::{add_cookie, field, redirect_303, CookieSpec, Req};
use crate::sessions;
use crate::state::App;

pub const CONTINUITY_COOKIE: &str = "ory_kratos_continuity";

pub use crate::rules::PENDING_LINK;

/// One `provider` submit button per configured provider (1010002 / 1040002).
pub fn provider_nodes(app: &App, kind: FlowKind) -> Vec<crate::model::Node> {
    app.cfg
        .oidc_providers
        .iter()
        .map(|p| {
            input("oidc", "provider", "submit")
                .value(p.id.clone())
                .label(crate::text::with_provider(
                    kind == FlowKind::Registration,
                    &p.label,
                    &p.id,
                ))
                .build()
        })
        .collect()
}

/// Settings: `unlink` for connected providers, `link` for the others (1050003 / 1050002).
pub fn settings_nodes(app: &App, i: &Identity) -> Vec<crate::model::Node> {
    let linked = linked_providers(i);
    app.cfg
        .oidc_providers
        .iter()
        .map(|p| {
            let unlink = linked.contains(&p.id);
            input("oidc", if unlink { "unlink" } else { "link" }, "submit")
                .value(p.id.clone())
                .label(crate::text::settings_oidc(unlink, &p.label))
                .build()
        })
        .collect()
}

/// The providers this identity signs in with.
pub fn linked_providers(i: &Identity) -> Vec<String> {
    i.credentials
        .get("oidc")
        .and_then(|c| c.config.get("providers"))
        .and_then(|p| p.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|p| p.get("provider").and_then(|v| v.as_str()).map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

/// Settings `{unlink: provider}`: removes the connection (not the last way to sign in).
pub fn unlink(app: &App, mut i: Identity, provider: &str) -> Result<Identity, crate::model::Text> {
    if !linked_providers(&i).iter().any(|p| p == provider) {
        return Err(crate::text::generic(
            "can not unlink non-existing OpenID Connect connection",
        ));
    }
    let has_password = crate::identity::password_hash(&i).is_some();
    let others = linked_providers(&i).len() > 1
        || has_password
        || i.credentials.contains_key("passkey")
        || i.credentials.contains_key("code");
    if !others {
        return Err(crate::text::generic(
            "can not unlink OpenID Connect connection because it is the last remaining first factor credential",
        ));
    }
    if let Some(c) = i.credentials.get_mut("oidc") {
        if let Some(list) = c.config.get_mut("providers").and_then(|p| p.as_array_mut()) {
            list.retain(|p| p.get("provider").and_then(|v| v.as_str()) != Some(provider));
        }
        let prefix = format!("{provider}:");
        c.identifiers.retain(|x| !x.starts_with(&prefix));
        if c.identifiers.is_empty() {
            i.credentials.remove("oidc");
        }
    }
    app.store
        .save_identity(&i)
        .map_err(|_| crate::text::generic("Unable to store the identity."))?;
    Ok(i)
}

/// Starts the provider round trip: 422 (JSON) or 303 (HTML) to the provider's page.
pub fn start(app: &App, req: &Req, mut f: Flow, body: &Map<String, Value>) -> Response {
    let provider = field(body, "provider")
        .or_else(|| field(body, "link"))
        .unwrap_or_default();
    if !app.cfg.oidc_providers.iter().any(|p| p.id == provider) {
        f.ui.messages.push(crate::text::generic(&format!(
            "Unable to find OpenID Connect provider \"{provider}\"."
        )));
        return common::invalid_reply(app, req, &mut f);
    }
    let state = format!("{}.{}", f.id, sessions::random_token(24));
    f.internal.insert("oidc_state".into(), json!(state));
    f.internal.insert("oidc_provider".into(), json!(provider));
    if let Some(t @ Value::Object(_)) = body.get("traits") {
        f.internal.insert("oidc_traits".into(), t.clone());
    }
    f.active = Some("oidc".into());
    if let Err(e) = common::save(app, &f) {
        return e.into_response();
    }
    let callback = app
        .cfg
        .public(&format!("self-service/methods/oidc/callback/{provider}"));
    let url = format!(
        "{}?client_id={}&response_type=code&scope=openid%20email&state={}&redirect_uri={}",
        app.cfg.public("_emulator/oidc/authorize"),
        sessions::urlencode(&provider),
        sessions::urlencode(&state),
        sessions::urlencode(&callback)
    );
    let mut resp = if req.is_json() || !f.is_browser() {
        ApiError::browser_location_change_required(&url).into_response()
    } else {
        redirect_303(&url)
    };
    if f.is_browser() {
        add_cookie(
            &mut resp,
            CookieSpec {
                name: CONTINUITY_COOKIE,
                value: &state,
                max_age: Some(1800),
                secure: app.cfg.cookie_secure,
            },
        );
    }
    resp
}
