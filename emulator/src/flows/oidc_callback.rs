//! The provider round trip's return leg: the built-in test OIDC provider page and the
//! callback that signs in, registers or links the account (it finishes login and settings
//! flows, so it sits above them).

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde_json::json;

use super::common;
use super::oidc::{linked_providers, CONTINUITY_COOKIE, PENDING_LINK};
use crate::errors::ApiError;
use crate::model::{Aal, AuthMethod, Credential, Flow, FlowKind, Identity};
use crate::req::html_escape;
use crate::req::{field, redirect_303, Req};
use crate::rules;
use crate::state::App;
use crate::{identity, sessions};

/// `GET /_emulator/oidc/authorize`: the test provider's sign-in page.
pub async fn provider_page(State(_app): State<App>, req: Req) -> Response {
    let state = req.query("state").unwrap_or_default();
    let redirect_uri = req.query("redirect_uri").unwrap_or_default();
    let client = req.query("client_id").unwrap_or_default();
    let hint = req.query("login_hint").unwrap_or_default();
    let page = format!(
        r#"<!doctype html>
<html><head><meta charset="utf-8"><title>Emulator OIDC provider</title></head>
<body>
<h1>Sign in at the test provider ({client})</h1>
<form method="POST" action="/_emulator/oidc/authorize">
<input type="hidden" name="state" value="{state}">
<input type="hidden" name="redirect_uri" value="{redirect_uri}">
<label>Email <input type="email" name="email" value="{hint}" required></label>
<label>Subject (optional) <input type="text" name="sub"></label>
<button type="submit" name="action" value="allow">Allow</button>
<button type="submit" name="action" value="deny">Deny</button>
</form>
</body></html>"#,
        client = html_escape(&client),
        state = html_escape(&state),
        redirect_uri = html_escape(&redirect_uri),
        hint = html_escape(&hint),
    );
    ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], page).into_response()
}

/// `POST /_emulator/oidc/authorize`: issues a code and redirects to the callback.
pub async fn provider_submit(State(app): State<App>, req: Req) -> Response {
    let body = match req.body_object() {
        Ok(b) => b,
        Err(e) => return e.into_response(),
    };
    let state = field(&body, "state").unwrap_or_default();
    let redirect_uri = field(&body, "redirect_uri").unwrap_or_default();
    if !redirect_uri.starts_with(app.cfg.public_url.as_str()) {
        return ApiError::bad_request()
            .reason("redirect_uri does not belong to this server")
            .into_response();
    }
    let sep = if redirect_uri.contains('?') { '&' } else { '?' };
    if field(&body, "action").as_deref() == Some("deny") {
        return redirect_303(&format!(
            "{redirect_uri}{sep}error=access_denied&state={}",
            sessions::urlencode(&state)
        ));
    }
    let email = field(&body, "email")
        .unwrap_or_default()
        .trim()
        .to_lowercase();
    let sub = field(&body, "sub")
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| email.clone());
    let code = sessions::random_token(32);
    if let Ok(mut codes) = app.oidc_codes.lock() {
        codes.insert(
            code.clone(),
            json!({"sub": sub, "email": email, "state": state}),
        );
    }
    redirect_303(&format!(
        "{redirect_uri}{sep}code={code}&state={}",
        sessions::urlencode(&state)
    ))
}

/// `GET /self-service/methods/oidc/callback/{provider}`.
pub async fn callback(State(app): State<App>, Path(provider): Path<String>, req: Req) -> Response {
    let state = req.query("state").unwrap_or_default();
    let flow_id = state.split('.').next().map(String::from);
    let bad = |reason: &str| ApiError::bad_request().reason(reason.to_string());
    let f = match flow_id
        .and_then(|id| uuid::Uuid::parse_str(&id).ok())
        .and_then(|id| app.store.get_flow(id).ok().flatten())
    {
        Some(f) => f,
        None => {
            return common::forward_error(
                &app,
                &req,
                bad("The OpenID Connect state parameter is invalid."),
            )
        }
    };
    if f.internal.get("oidc_state").and_then(|s| s.as_str()) != Some(state.as_str())
        || f.internal.get("oidc_provider").and_then(|s| s.as_str()) != Some(provider.as_str())
    {
        return common::forward_error(
            &app,
            &req,
            bad("The OpenID Connect state parameter is invalid."),
        );
    }
    if f.is_browser() && req.cookie(CONTINUITY_COOKIE).as_deref() != Some(state.as_str()) {
        return common::forward_error(&app,
            &req,
            bad("The OpenID Connect flow was started in another browser (continuity cookie missing)."),
        );
    }
    if let Some(err) = req.query_ne("error") {
        return common::forward_error(
            &app,
            &req,
            bad(&format!(
                "The OpenID Connect provider returned an error: {err}"
            )),
        );
    }
    let claims = req
        .query("code")
        .and_then(|c| app.oidc_codes.lock().ok().and_then(|mut m| m.remove(&c)));
    let Some(claims) =
        claims.filter(|c| c.get("state").and_then(|s| s.as_str()) == Some(state.as_str()))
    else {
        return common::forward_error(
            &app,
            &req,
            bad("Unable to exchange the OpenID Connect code."),
        );
    };
    let sub = claims
        .get("sub")
        .and_then(|s| s.as_str())
        .unwrap_or_default();
    let email = claims
        .get("email")
        .and_then(|s| s.as_str())
        .unwrap_or_default();
    let subject = format!("{provider}:{sub}");
    if f.kind == FlowKind::Settings {
        return link(&app, &req, f, &provider, sub);
    }
    let ident = match app.store.find_identity_by_identifier("oidc", &subject) {
        Ok(Some(i)) => i,
        Ok(None) => match register(&app, &f, &provider, sub, email, &subject) {
            Ok(i) => i,
            Err(msg) if msg.id == 4000007 && f.kind != FlowKind::Settings => {
                return account_linking(&app, &req, &f, &provider, sub, email);
            }
            Err(msg) => {
                let mut f = f;
                f.ui.messages = vec![msg];
                if let Err(e) = common::save(&app, &f) {
                    return e.into_response();
                }
                return redirect_303(&common::flow_ui_url(&app, &f));
            }
        },
        Err(e) => return ApiError::internal(e).into_response(),
    };
    finish(&app, &req, f, ident, &provider)
}

/// Settings link: attach the provider subject to the session's identity.
fn link(app: &App, req: &Req, mut f: Flow, provider: &str, sub: &str) -> Response {
    let sess = sessions::from_request(app, req, true);
    let Some(s) = sess.filter(|s| Some(s.identity_id) == f.identity_id) else {
        return common::forward_error(app, req, ApiError::session_inactive());
    };
    let mut i = match sessions::identity_of(app, &s) {
        Ok(i) => i,
        Err(e) => return e.into_response(),
    };
    crate::rules::add_provider(&mut i, provider, sub, crate::model::now());
    match app.store.save_identity(&i) {
        Ok(()) => {
            super::settings::mark_success(app, &mut f, &i, "oidc");
        }
        Err(e) if e == "conflict" => {
            f.ui.messages = vec![crate::text::duplicate_on_oidc_link()];
        }
        Err(e) => return ApiError::internal(e).into_response(),
    }
    if let Err(e) = common::save(app, &f) {
        return e.into_response();
    }
    redirect_303(&common::flow_ui_url(app, &f))
}

/// The address of a social sign-in is taken by an existing account: as Kratos v1.3, a new login
/// flow (303 to the login UI, `no_org_ui=true`) asks the user to sign in to that account first
/// (message 1010016); signing in then links the provider ([`crate::rules::link_pending`]).
fn account_linking(
    app: &App,
    req: &Req,
    old: &Flow,
    provider: &str,
    sub: &str,
    email: &str,
) -> Response {
    let existing = match super::login::account_by_identifier(app, email) {
        Ok(Some(i)) => i,
        Ok(None) => return ApiError::internal("duplicate without an account").into_response(),
        Err(e) => return e.into_response(),
    };
    let browser = old.is_browser();
    let csrf = browser.then(|| common::csrf_for(app, req));
    let raw = csrf.as_ref().map(|c| c.raw.as_str()).unwrap_or("");
    let p = super::login::LoginParams {
        refresh: false,
        aal: Aal::Aal1,
        return_to: old.return_to.clone(),
        identity_schema: common::flow_identity_schema(old),
        account_linking: true,
    };
    let mut f = match super::login::build(app, req, browser, raw, &p, None) {
        Ok(f) => f,
        Err(e) => return e.into_response(),
    };
    let label = app
        .cfg
        .oidc_providers
        .iter()
        .find(|p| p.id == provider)
        .map(|p| p.label.clone())
        .unwrap_or_else(|| provider.to_string());
    // Kratos' populateAccountLinkingUI: not the provider that led here, "… and link" labels,
    // the identifier known and hidden (login hints off: every method of the login form).
    f.ui.nodes.retain(|n| {
        !(n.group == "oidc" && n.attributes.get("value").and_then(|v| v.as_str()) == Some(provider))
    });
    for n in &mut f.ui.nodes {
        let Some(l) = n.meta.label.as_ref() else {
            continue;
        };
        if n.group == "default" {
            continue;
        }
        if l.id == 1010001 {
            n.meta.label = Some(crate::text::login_and_link());
        } else if l.id == 1010002 {
            let p = l
                .context
                .as_ref()
                .and_then(|c| c.get("provider"))
                .and_then(|v| v.as_str())
                .unwrap_or_default()
                .to_string();
            n.meta.label = Some(crate::text::login_with_and_link(&p));
        }
    }
    if let Some(n) = f.ui.node_mut("identifier", None) {
        n.attributes.insert("type".into(), json!("hidden"));
        n.attributes.shift_remove("autocomplete");
    }
    f.ui.set_value("identifier", json!(email));
    let mut types: Vec<String> = Vec::new();
    if crate::identity::password_hash(&existing).is_some() {
        types.push("password".into());
    }
    for ty in ["code", "oidc", "passkey"] {
        if existing.credentials.contains_key(ty) {
            types.push(ty.into());
        }
    }
    if !crate::webauthn::passwordless_keys(&existing).is_empty() {
        types.push("webauthn".into());
    }
    types.sort();
    let providers = linked_providers(&existing);
    f.ui.messages = vec![crate::text::login_link(
        email,
        &label,
        &app.cfg.login_ui,
        &types,
        &providers,
    )];
    f.active = Some("oidc".into());
    f.transient_payload = old.transient_payload.clone();
    f.internal.insert(
        PENDING_LINK.into(),
        json!({"provider": provider, "subject": sub, "identifier": email}),
    );
    if let Err(e) = common::save(app, &f) {
        return e.into_response();
    }
    let mut resp = redirect_303(&format!("{}&no_org_ui=true", common::flow_ui_url(app, &f)));
    if let Some(c) = csrf.filter(|c| c.set_cookie) {
        common::set_csrf_cookie(app, &mut resp, &c.raw);
    }
    resp
}

fn register(
    app: &App,
    f: &Flow,
    provider: &str,
    sub: &str,
    email: &str,
    subject: &str,
) -> Result<Identity, crate::model::Text> {
    let mut traits = f
        .internal
        .get("oidc_traits")
        .cloned()
        .unwrap_or_else(|| json!({}));
    if let Some(o) = traits.as_object_mut() {
        o.insert("email".into(), json!(email));
    }
    let schema = app.flow_schema(f);
    schema.coerce_traits(&mut traits);
    if let Some((_, msg)) = schema.validate_traits(&traits).into_iter().next() {
        return Err(msg);
    }
    let mut i = identity::new_identity_in(app, &schema.id, traits);
    let t = crate::model::now();
    i.credentials.insert(
        "oidc".into(),
        Credential {
            ty: "oidc".into(),
            identifiers: vec![subject.to_string()],
            config: json!({"providers": [{"subject": sub, "provider": provider}]}),
            version: 0,
            created_at: t,
            updated_at: t,
        },
    );
    match app.store.save_identity(&i) {
        Ok(()) => Ok(i),
        Err(e) if e == "conflict" => Err(crate::text::duplicate_credentials()),
        Err(_) => Err(crate::text::generic("Unable to store the identity.")),
    }
}

fn finish(app: &App, req: &Req, f: Flow, ident: Identity, provider: &str) -> Response {
    if f.is_browser() {
        let m = AuthMethod {
            method: "oidc".into(),
            aal: Aal::Aal1,
            completed_at: crate::model::now(),
            provider: Some(provider.to_string()),
        };
        return common::reply(
            app,
            req,
            super::login::signed_in(app, req, f, ident, m, None),
        );
    }
    let o = rules::social_signed_in_native(
        app,
        f,
        ident,
        provider,
        &req.user_agent(),
        crate::model::now(),
    );
    common::reply(app, req, o)
}
