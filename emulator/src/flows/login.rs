//! Login flow (browser + native): password, passwordless code, refresh, AAL2 step-up.

use axum::response::Response;
use serde_json::{json, Map, Value};

use super::common::{self, Csrf, Submission};
use super::handlers::{New, SelfServiceFlow};
use crate::config::LoginStyle;
use crate::errors::ApiError;
use crate::model::{now, Aal, AuthMethod, Flow, FlowKind, FlowState, Identity, Session};
use crate::nodes::{csrf, input};
use crate::req::{field, Req};
pub use crate::rules::LoginParams;
use crate::rules::{self, Outcome, Refusal};
use crate::sessions;
use crate::state::App;
use crate::{courier, text};

/// Builds a login flow with the nodes for its state.
pub fn build(
    app: &App,
    req: &Req,
    browser: bool,
    csrf_raw: &str,
    p: &LoginParams,
    session: Option<&Session>,
) -> Result<Flow, ApiError> {
    let mut f = common::new_flow(app, FlowKind::Login, browser, req, csrf_raw);
    f.refresh = p.refresh;
    f.requested_aal = p.aal.clone();
    f.return_to = p.return_to.clone();
    if let Some(id) = &p.identity_schema {
        f.internal.insert("identity_schema".into(), json!(id));
    }
    if !browser && req.query("return_session_token_exchange_code").as_deref() == Some("true") {
        f.session_token_exchange_code = Some(sessions::random_token(32));
    }
    let cfg = &app.cfg;
    if p.aal != Aal::Aal2 && !p.refresh {
        for n in super::oidc::provider_nodes(app, FlowKind::Login) {
            f.ui.push(n);
        }
    }
    f.ui.push(csrf(""));
    if p.aal == Aal::Aal2 {
        // Second factor step-up: one node set per second factor the identity has.
        let ident = match session {
            Some(s) => app.store.get_identity(s.identity_id)?,
            None => None,
        };
        if let Some(i) = ident {
            if cfg.methods.webauthn && browser && i.credentials.contains_key("webauthn") {
                match crate::webauthn::webauthn_login_nodes(app, &mut f, &i, false) {
                    Ok(nodes) => nodes.into_iter().for_each(|n| f.ui.push(n)),
                    Err(e) => eprintln!("webauthn disabled for this flow: {:?}", e.reason),
                }
            }
            if cfg.methods.code_mfa {
                for a in &i.verifiable_addresses {
                    f.ui.push(
                        input("code", "address", "submit")
                            .value(a.value.clone())
                            .label(crate::text::login_code_address(&a.value))
                            .build(),
                    );
                }
            }
            if cfg.methods.totp && i.credentials.contains_key("totp") {
                f.ui.push(
                    input("totp", "totp_code", "text")
                        .value("")
                        .required()
                        .label(text::login_totp_label())
                        .build(),
                );
                f.ui.push(
                    input("totp", "method", "submit")
                        .value("totp")
                        .label(text::login_use_totp())
                        .build(),
                );
            }
            if cfg.methods.lookup_secret && i.credentials.contains_key("lookup_secret") {
                f.ui.push(
                    input("lookup_secret", "lookup_secret", "text")
                        .value("")
                        .required()
                        .label(text::login_lookup_label())
                        .build(),
                );
                f.ui.push(
                    input("lookup_secret", "method", "submit")
                        .value("lookup_secret")
                        .label(text::login_use_lookup())
                        .build(),
                );
            }
        }
        f.ui.messages.push(text::login_mfa());
        return Ok(f);
    }
    if cfg.methods.captcha && browser && !p.refresh {
        // kept through identifier-first step two and account linking: every submit checks it
        crate::captcha::ask(&mut f);
    }
    if cfg.login_style == LoginStyle::IdentifierFirst && !p.refresh && !p.account_linking {
        identifier_first_step(app, &mut f, browser);
        crate::captcha::append(app, &mut f);
        return Ok(f);
    }
    if p.refresh {
        if let Some(s) = session {
            let ident = app.store.get_identity(s.identity_id)?;
            let id_value = ident
                .as_ref()
                .and_then(|i| i.password_identifier().map(String::from))
                .unwrap_or_default();
            f.ui.push(
                input("default", "identifier", "hidden")
                    .value(id_value)
                    .build(),
            );
            f.ui.messages.push(text::login_reauth());
        }
    } else {
        let mut b = input("default", "identifier", "text")
            .value("")
            .required()
            .label(app.flow_schema(&f).identifier_label());
        if cfg.methods.passkey && browser {
            b = b.autocomplete("username webauthn");
        }
        f.ui.push(b.build());
    }
    if cfg.methods.password {
        f.ui.push(
            input("password", "password", "password")
                .required()
                .autocomplete("current-password")
                .label(text::label_password())
                .build(),
        );
        // v1.3.1: "Sign in" (1010001) on refresh, "Sign in with password" (1010022) otherwise.
        let label = if p.refresh {
            text::login_sign_in()
        } else {
            text::login_with_password()
        };
        f.ui.push(
            input("password", "method", "submit")
                .value("password")
                .label(label)
                .build(),
        );
    }
    if cfg.methods.passkey && browser && !p.refresh {
        match crate::webauthn::passkey_login_nodes(app, &mut f) {
            Ok(nodes) => nodes.into_iter().for_each(|n| f.ui.push(n)),
            Err(e) => eprintln!("passkeys disabled for this flow: {:?}", e.reason),
        }
    }
    if cfg.methods.webauthn && cfg.webauthn_passwordless && browser && !p.refresh {
        f.ui.push(
            input("webauthn", "method", "submit")
                .value("webauthn")
                .label(crate::text::login_hardware_key())
                .build(),
        );
    }
    if cfg.methods.code_passwordless && !p.refresh {
        f.ui.push(
            input("code", "method", "submit")
                .value("code")
                .label(text::login_send_code())
                .build(),
        );
    }
    crate::captcha::append(app, &mut f);
    Ok(f)
}

/// The login flow's hooks for the shared handlers.
pub struct Login;

impl SelfServiceFlow for Login {
    const KIND: FlowKind = FlowKind::Login;

    fn create(n: &New<'_>, return_to: Option<String>) -> Result<Flow, Refusal> {
        let (app, req) = (n.app, n.req);
        let identity_schema = common::identity_schema_param(app, req).map_err(Refusal::ErrorUi)?;
        let refresh = req.query("refresh").as_deref() == Some("true");
        let aal = req.query_ne("aal").map_or(Aal::Aal1, |a| Aal::parse(&a));
        let sess = sessions::from_request(app, req, n.browser);
        let p = rules::login_init(app, sess.as_ref(), refresh, aal, return_to, identity_schema)?;
        build(app, req, n.browser, n.csrf_raw, &p, sess.as_ref()).map_err(Refusal::ErrorUi)
    }

    fn replace(n: &New<'_>, old: &Flow) -> Result<Flow, Refusal> {
        let sess = sessions::from_request(n.app, n.req, n.browser);
        let p = LoginParams {
            refresh: old.refresh,
            aal: old.requested_aal.clone(),
            return_to: old.return_to.clone(),
            identity_schema: common::flow_identity_schema(old),
            account_linking: old.internal.contains_key(super::oidc::PENDING_LINK),
        };
        build(n.app, n.req, n.browser, n.csrf_raw, &p, sess.as_ref()).map_err(Refusal::Error)
    }

    async fn submit(app: App, req: Req, sub: Submission) -> Response {
        let mut f = sub.flow;
        let body = sub.body;
        let sess = sessions::from_request(&app, &req, f.is_browser());
        if let Err(o) = rules::login_submit(&app, &f, sess.is_some()) {
            return common::reply(&app, &req, o);
        }
        if f.state == FlowState::PassedChallenge {
            f.ui.reset_messages();
            f.ui.messages.push(text::login_retry_success());
            return common::invalid_reply(&app, &req, &mut f);
        }
        let mut method = match common::open_first_factor(&app, &req, &mut f, &body, "passkey_login")
        {
            Ok(method) => method,
            Err(reply) => return reply,
        };
        if method.is_empty() && field(&body, "webauthn_login").is_some_and(|v| !v.is_empty()) {
            method = "webauthn".into();
        }
        match method.as_str() {
            "identifier_first"
                if app.cfg.login_style == LoginStyle::IdentifierFirst
                    && f.requested_aal != Aal::Aal2
                    && !f.refresh =>
            {
                common::reply(&app, &req, identifier_first(&app, f, &body))
            }
            "passkey"
                if app.cfg.methods.passkey && f.is_browser() && f.requested_aal != Aal::Aal2 =>
            {
                common::reply(&app, &req, passkey_login(&app, &req, f, &body))
            }
            "webauthn" if app.cfg.methods.webauthn && f.requested_aal == Aal::Aal2 => {
                common::reply(&app, &req, webauthn_mfa(&app, &req, f, &body, sess))
            }
            "webauthn"
                if app.cfg.methods.webauthn
                    && app.cfg.webauthn_passwordless
                    && f.is_browser()
                    && f.requested_aal != Aal::Aal2 =>
            {
                common::reply(&app, &req, webauthn_passwordless(&app, &req, f, &body))
            }
            "oidc" if !app.cfg.oidc_providers.is_empty() && f.requested_aal != Aal::Aal2 => {
                super::oidc::start(&app, &req, f, &body)
            }
            "password" if app.cfg.methods.password && f.requested_aal != Aal::Aal2 => {
                common::reply(&app, &req, password_login(&app, &req, f, &body, sess).await)
            }
            "code" if app.cfg.methods.code_passwordless && f.requested_aal != Aal::Aal2 => {
                common::reply(&app, &req, code_login(&app, &req, f, &body).await)
            }
            "code" if app.cfg.methods.code_mfa && f.requested_aal == Aal::Aal2 => {
                common::reply(&app, &req, code_mfa(&app, &req, f, &body, sess))
            }
            "totp" | "lookup_secret" if f.requested_aal == Aal::Aal2 => common::reply(
                &app,
                &req,
                second_factor(&app, &req, f, &body, sess, &method),
            ),
            _ => {
                f.ui.messages.push(text::login_no_strategy());
                common::invalid_reply(&app, &req, &mut f)
            }
        }
    }
}

// ---------------------------------------------------------------- identifier first

/// Identifier-first step one (Kratos `selfservice.flows.login.style: identifier_first`): the
/// identifier and "Continue" in group `identifier_first`; social sign-in buttons and the passkey
/// autofill nodes stay, as Kratos' strategies populate them on this step too.
fn identifier_first_step(app: &App, f: &mut Flow, browser: bool) {
    let passkeys = app.cfg.methods.passkey && browser;
    let mut b = input("identifier_first", "identifier", "text")
        .value("")
        .required()
        .label(app.flow_schema(f).identifier_label());
    if passkeys {
        b = b.autocomplete("username webauthn");
    }
    f.ui.push(b.build());
    f.ui.push(
        input("identifier_first", "method", "submit")
            .value("identifier_first")
            .label(text::label_continue())
            .build(),
    );
    if passkeys {
        match crate::webauthn::passkey_login_nodes(app, f) {
            // The passkey button is added on step two, for accounts that have a passkey.
            Ok(nodes) => nodes
                .into_iter()
                .filter(|n| n.name() != Some("passkey_login_trigger"))
                .for_each(|n| f.ui.push(n)),
            Err(e) => eprintln!("passkeys disabled for this flow: {:?}", e.reason),
        }
    }
}

/// The account an identifier names, whatever its first factor (Kratos looks the identifier up
/// across credential types).
pub fn account_by_identifier(app: &App, identifier: &str) -> Result<Option<Identity>, ApiError> {
    let id = identifier.to_lowercase();
    for ty in ["password", "code", "webauthn", "passkey"] {
        if let Some(i) = app
            .store
            .find_identity_by_identifier(ty, &id)
            .map_err(ApiError::internal)?
        {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

/// Identifier-first step two: `{method: "identifier_first", identifier}` → the same flow with
/// the identifier hidden and the sign-in methods of that account (400 / 303, as Kratos). With
/// `account_enumeration_mitigate` every method is offered whether or not the account exists;
/// without it an unknown account gets 4000037 on the identifier (Kratos' default).
fn identifier_first(app: &App, mut f: Flow, body: &Map<String, Value>) -> Outcome {
    let identifier = field(body, "identifier")
        .unwrap_or_default()
        .trim()
        .to_string();
    f.ui.set_value("identifier", json!(identifier));
    if identifier.is_empty() {
        f.ui.add_node_message("identifier", text::required("identifier"));
        return Outcome::invalid(f);
    }
    let cfg = &app.cfg;
    let mitigate = cfg.account_enumeration_mitigate;
    // As Kratos: with mitigation on, the account's credentials are not even looked at.
    let account = match account_by_identifier(app, &identifier) {
        Ok(a) if !mitigate => a,
        Ok(_) => None,
        Err(e) => return Outcome::error(e),
    };
    let has = |ty: &str| {
        account
            .as_ref()
            .is_some_and(|i| i.credentials.contains_key(ty))
    };
    let browser = f.is_browser();
    let mut added = Vec::new();
    let mut found = false;
    if cfg.methods.password {
        let has_password = account
            .as_ref()
            .is_some_and(|i| crate::identity::password_hash(i).is_some());
        if has_password || mitigate {
            added.push(
                input("password", "password", "password")
                    .required()
                    .autocomplete("current-password")
                    .label(text::label_password())
                    .build(),
            );
            added.push(
                input("password", "method", "submit")
                    .value("password")
                    .label(text::login_with_password())
                    .build(),
            );
        }
        found |= has_password;
    }
    let linked = account
        .as_ref()
        .map(super::oidc::linked_providers)
        .unwrap_or_default();
    found |= !linked.is_empty();
    if cfg.methods.passkey && browser {
        if has("passkey") || mitigate {
            added.push(
                input("passkey", "passkey_login_trigger", "button")
                    .value("")
                    .attr("onclick", "window.oryPasskeyLogin()")
                    .attr("onclickTrigger", "oryPasskeyLogin")
                    .label(crate::text::login_passkey())
                    .build(),
            );
        }
        found |= has("passkey");
    }
    if cfg.methods.webauthn && cfg.webauthn_passwordless && browser {
        let keys = account
            .as_ref()
            .is_some_and(|i| !crate::webauthn::passwordless_keys(i).is_empty());
        if keys {
            added.push(
                input("webauthn", "method", "submit")
                    .value("webauthn")
                    .label(crate::text::login_hardware_key())
                    .build(),
            );
        }
        found |= keys;
    }
    if cfg.methods.code_passwordless && (account.is_some() || mitigate) {
        added.push(
            input("code", "method", "submit")
                .value("code")
                .label(text::login_send_code())
                .build(),
        );
        found |= account.is_some();
    }
    if !found && !mitigate {
        // Step one again, with the message on the identifier.
        f.ui.add_node_message("identifier", text::account_not_found());
        return Outcome::invalid(f);
    }
    if !mitigate {
        // Only the providers this account is linked to (none: no social buttons).
        f.ui.nodes.retain(|n| {
            n.name() != Some("provider")
                || n.attributes
                    .get("value")
                    .and_then(|v| v.as_str())
                    .is_some_and(|p| linked.iter().any(|l| l == p))
        });
    }
    f.ui.nodes
        .retain(|n| !(n.group == "identifier_first" && n.name() == Some("method")));
    if let Some(n) = f.ui.node_mut("identifier", Some("identifier_first")) {
        n.attributes.insert("type".into(), json!("hidden"));
    }
    f.ui.nodes.extend(added);
    f.active = Some("identifier_first".into());
    Outcome::invalid(f)
}

async fn password_login(
    app: &App,
    req: &Req,
    f: Flow,
    body: &Map<String, Value>,
    sess: Option<Session>,
) -> Outcome {
    let identifier = field(body, "identifier")
        .or_else(|| field(body, "password_identifier"))
        .unwrap_or_default()
        .trim()
        .to_string();
    let pw = field(body, "password").unwrap_or_default();
    let (a, s) = (app.clone(), sess.clone());
    let checked = tokio::task::spawn_blocking(move || {
        rules::password_check(&a, f, &identifier, &pw, s.as_ref())
    })
    .await;
    match checked {
        Ok(Ok((f, ident))) => signed_in(
            app,
            req,
            f,
            ident,
            sessions::method("password", Aal::Aal1),
            sess,
        ),
        Ok(Err(o)) => o,
        Err(e) => Outcome::error(ApiError::internal(e.to_string())),
    }
}

fn passkey_login(app: &App, req: &Req, mut f: Flow, body: &Map<String, Value>) -> Outcome {
    use webauthn_rs::prelude::{DiscoverableAuthentication, DiscoverableKey, PublicKeyCredential};
    let raw = field(body, "passkey_login").unwrap_or_default();
    if raw.is_empty() {
        f.ui.add_node_message("passkey_login", text::required("passkey_login"));
        return Outcome::invalid(f);
    }
    let cred: PublicKeyCredential = match crate::webauthn::parse(&raw) {
        Ok(c) => c,
        Err(t) => {
            f.ui.messages.push(t);
            return Outcome::invalid(f);
        }
    };
    let state: Option<DiscoverableAuthentication> = f
        .internal
        .get("passkey_login_state")
        .and_then(|v| serde_json::from_value(v.clone()).ok());
    let rp = match crate::webauthn::rp(app) {
        Ok(rp) => rp,
        Err(e) => return Outcome::error(e),
    };
    let no_user = || crate::text::no_webauthn_user();
    let ident = rp
        .identify_discoverable_authentication(&cred)
        .ok()
        .and_then(|(uid, _)| app.store.get_identity(uid).ok().flatten())
        .filter(|i| i.credentials.contains_key("passkey"));
    let (Some(mut ident), Some(state)) = (ident, state) else {
        f.ui.messages.push(no_user());
        return Outcome::invalid(f);
    };
    let keys: Vec<DiscoverableKey> = crate::webauthn::passkeys(&ident)
        .iter()
        .map(DiscoverableKey::from)
        .collect();
    match rp.finish_discoverable_authentication(&cred, state, &keys) {
        Ok(res) => {
            crate::webauthn::update_counters(&mut ident, "passkey", &res);
            if let Err(e) = app.store.save_identity(&ident) {
                return Outcome::error(ApiError::internal(e));
            }
            f.internal.remove("passkey_login_state");
            signed_in(
                app,
                req,
                f,
                ident,
                sessions::method("passkey", Aal::Aal1),
                None,
            )
        }
        Err(e) => {
            f.ui.messages.push(crate::webauthn::verification_failed(e));
            Outcome::invalid(f)
        }
    }
}

/// Passwordless security-key login: step one (identifier) moves the browser to the login UI
/// with the WebAuthn challenge (422 / 303), step two verifies the assertion.
fn webauthn_passwordless(app: &App, req: &Req, mut f: Flow, body: &Map<String, Value>) -> Outcome {
    use webauthn_rs::prelude::{PasskeyAuthentication, PublicKeyCredential};
    let identifier = field(body, "identifier")
        .unwrap_or_default()
        .trim()
        .to_lowercase();
    if identifier.is_empty() {
        f.ui.add_node_message("identifier", text::required("identifier"));
        return Outcome::invalid(f);
    }
    let no_keys = || crate::text::no_webauthn_user();
    let ident = match app
        .store
        .find_identity_by_identifier("webauthn", &identifier)
    {
        Ok(Some(i)) if !crate::webauthn::passwordless_keys(&i).is_empty() => i,
        Ok(_) => {
            f.ui.messages.push(no_keys());
            return Outcome::invalid(f);
        }
        Err(e) => return Outcome::error(ApiError::internal(e)),
    };
    let raw = field(body, "webauthn_login").unwrap_or_default();
    if raw.is_empty() {
        let nodes = match crate::webauthn::webauthn_login_nodes(app, &mut f, &ident, true) {
            Ok(n) => n,
            Err(e) => return Outcome::error(e),
        };
        f.ui.nodes.retain(|n| n.name() == Some("csrf_token"));
        for n in nodes {
            f.ui.push(n);
        }
        f.ui.set_value("identifier", json!(identifier));
        f.ui.messages
            .push(crate::text::login_webauthn_passwordless());
        f.active = Some("webauthn".into());
        f.updated_at = now();
        // browser flows only: SPAs get 422, pages a 303 to the login UI with the challenge
        let to = common::flow_ui_url(app, &f);
        return Outcome::Done(Box::new(rules::Done {
            flow: f,
            session: None,
            new_csrf: None,
            redirect: to.clone(),
            answer: rules::Answer::LocationChange(to),
        }));
    }
    let cred: PublicKeyCredential = match crate::webauthn::parse(&raw) {
        Ok(c) => c,
        Err(t) => {
            f.ui.messages.push(t);
            return Outcome::invalid(f);
        }
    };
    let rp = match crate::webauthn::rp(app) {
        Ok(rp) => rp,
        Err(e) => return Outcome::error(e),
    };
    let result = f
        .internal
        .get("webauthn_login_state")
        .and_then(|v| serde_json::from_value::<PasskeyAuthentication>(v.clone()).ok())
        .ok_or_else(|| "missing WebAuthn challenge".to_string())
        .and_then(|st| {
            rp.finish_passkey_authentication(&cred, &st)
                .map_err(|e| e.to_string())
        });
    match result {
        Ok(res) => {
            let mut ident = ident;
            crate::webauthn::update_counters(&mut ident, "webauthn", &res);
            if let Err(e) = app.store.save_identity(&ident) {
                return Outcome::error(ApiError::internal(e));
            }
            f.internal.remove("webauthn_login_state");
            signed_in(
                app,
                req,
                f,
                ident,
                sessions::method("webauthn", Aal::Aal1),
                None,
            )
        }
        Err(e) => {
            f.ui.messages.push(crate::webauthn::verification_failed(e));
            Outcome::invalid(f)
        }
    }
}

fn webauthn_mfa(
    app: &App,
    req: &Req,
    mut f: Flow,
    body: &Map<String, Value>,
    sess: Option<Session>,
) -> Outcome {
    use webauthn_rs::prelude::{PublicKeyCredential, SecurityKeyAuthentication};
    let Some(s) = sess else {
        return Outcome::error(rules::aal1_required());
    };
    let mut ident = match sessions::identity_of(app, &s) {
        Ok(i) => i,
        Err(e) => return Outcome::error(e),
    };
    if !ident.credentials.contains_key("webauthn") {
        f.ui.messages.push(crate::text::no_webauthn_device());
        return Outcome::invalid(f);
    }
    let raw = field(body, "webauthn_login").unwrap_or_default();
    let cred: PublicKeyCredential = match crate::webauthn::parse(&raw) {
        Ok(c) => c,
        Err(t) => {
            f.ui.messages.push(t);
            return Outcome::invalid(f);
        }
    };
    let state: Option<SecurityKeyAuthentication> = f
        .internal
        .get("webauthn_login_state")
        .and_then(|v| serde_json::from_value(v.clone()).ok());
    let rp = match crate::webauthn::rp(app) {
        Ok(rp) => rp,
        Err(e) => return Outcome::error(e),
    };
    let result = state
        .ok_or_else(|| "missing WebAuthn challenge".to_string())
        .and_then(|st| {
            rp.finish_securitykey_authentication(&cred, &st)
                .map_err(|e| e.to_string())
        });
    match result {
        Ok(res) => {
            crate::webauthn::update_counters(&mut ident, "webauthn", &res);
            if let Err(e) = app.store.save_identity(&ident) {
                return Outcome::error(ApiError::internal(e));
            }
            f.internal.remove("webauthn_login_state");
            signed_in(
                app,
                req,
                f,
                ident,
                sessions::method("webauthn", Aal::Aal2),
                Some(s),
            )
        }
        Err(e) => {
            f.ui.messages.push(crate::webauthn::verification_failed(e));
            Outcome::invalid(f)
        }
    }
}

/// Code as a second factor: an `address` button sends the code, then `code` completes AAL2.
fn code_mfa(
    app: &App,
    req: &Req,
    mut f: Flow,
    body: &Map<String, Value>,
    sess: Option<Session>,
) -> Outcome {
    let Some(s) = sess else {
        return Outcome::error(rules::aal1_required());
    };
    let ident = match sessions::identity_of(app, &s) {
        Ok(i) => i,
        Err(e) => return Outcome::error(e),
    };
    let code = field(body, "code").unwrap_or_default();
    let resend = field(body, "resend").as_deref() == Some("code");
    if f.state == FlowState::SentEmail && !resend && !code.trim().is_empty() {
        return match rules::mfa_code_check(f, &code, now()) {
            Ok((f, m)) => signed_in(app, req, f, ident, m, Some(s)),
            Err(o) => o,
        };
    }
    let address = field(body, "address")
        .or_else(|| field(body, "identifier"))
        .or_else(|| {
            f.internal
                .get("login_identifier")
                .and_then(|v| v.as_str())
                .map(String::from)
        })
        .unwrap_or_default()
        .trim()
        .to_lowercase();
    if !ident
        .verifiable_addresses
        .iter()
        .any(|a| a.value == address)
    {
        f.ui.messages.push(crate::text::login_address_unknown());
        return Outcome::invalid(f);
    }
    let code = courier::new_code();
    let mail = format!("Hi, please enter the following code to sign in: {code}\n");
    if let Err(e) = courier::send(
        app,
        &address,
        "login_code_valid",
        "Login to your account",
        mail,
    ) {
        return Outcome::error(e);
    }
    f.internal.insert("login_code".into(), json!(code));
    f.internal.insert("login_identifier".into(), json!(address));
    f.state = FlowState::SentEmail;
    f.active = Some("code".into());
    code_sent_nodes(&mut f, &address);
    Outcome::invalid(f)
}

fn second_factor(
    app: &App,
    req: &Req,
    f: Flow,
    body: &Map<String, Value>,
    sess: Option<Session>,
    method: &str,
) -> Outcome {
    let Some(s) = sess else {
        return Outcome::error(rules::aal1_required());
    };
    let ident = match sessions::identity_of(app, &s) {
        Ok(i) => i,
        Err(e) => return Outcome::error(e),
    };
    let field_name = if method == "totp" {
        "totp_code"
    } else {
        "lookup_secret"
    };
    let code = field(body, field_name).unwrap_or_default();
    match rules::second_factor_check(app, f, ident, method, &code, now()) {
        Ok((f, ident, m)) => signed_in(app, req, f, ident, m, Some(s)),
        Err(o) => o,
    }
}

/// Finishes a successful login ([`rules::logged_in`]): issues (or extends) the session; the
/// answer per client.
pub fn signed_in(
    app: &App,
    req: &Req,
    f: Flow,
    ident: Identity,
    m: AuthMethod,
    existing: Option<Session>,
) -> Outcome {
    // Kratos regenerates the CSRF token only when the principal changes.
    let before = sessions::from_request(app, req, true).map(|p| p.identity_id);
    let client = common::client(req, &f);
    rules::logged_in(
        app,
        f,
        ident,
        m,
        existing,
        before,
        client,
        &req.user_agent(),
        now(),
    )
}

// ---------------------------------------------------------------- passwordless code

fn code_sent_nodes(f: &mut Flow, identifier: &str) {
    f.ui.nodes.retain(|n| n.name() == Some("csrf_token"));
    f.ui.push(
        input("default", "identifier", "hidden")
            .value(identifier)
            .required()
            .build(),
    );
    f.ui.push(input("code", "method", "hidden").value("code").build());
    f.ui.push(
        input("code", "code", "text")
            .required()
            .label(text::label_login_code())
            .build(),
    );
    f.ui.push(
        input("code", "method", "submit")
            .value("code")
            .label(text::label_continue())
            .build(),
    );
    f.ui.push(
        input("code", "resend", "submit")
            .value("code")
            .label(text::label_resend_otp())
            .build(),
    );
    f.ui.messages = vec![text::login_code_sent()];
}

async fn code_login(app: &App, req: &Req, mut f: Flow, body: &Map<String, Value>) -> Outcome {
    let identifier = field(body, "identifier")
        .unwrap_or_default()
        .trim()
        .to_lowercase();
    let code = field(body, "code").unwrap_or_default();
    let resend = field(body, "resend").as_deref() == Some("code");
    if f.state == FlowState::SentEmail && !resend && !code.is_empty() {
        return match rules::login_code_check(app, f, &code) {
            Ok((f, ident)) => signed_in(
                app,
                req,
                f,
                ident,
                sessions::method("code", Aal::Aal1),
                None,
            ),
            Err(o) => o,
        };
    }
    let identifier = if identifier.is_empty() {
        f.internal
            .get("login_identifier")
            .and_then(|v| v.as_str())
            .unwrap_or("")
            .to_string()
    } else {
        identifier
    };
    if identifier.is_empty() {
        f.ui.add_node_message("identifier", text::required("identifier"));
        return Outcome::invalid(f);
    }
    let ident = match app.store.find_identity_by_identifier("code", &identifier) {
        Ok(Some(i)) => i,
        Ok(None) => {
            f.ui.set_value("identifier", json!(identifier));
            f.ui.messages.push(text::no_code_user());
            return Outcome::invalid(f);
        }
        Err(e) => return Outcome::error(ApiError::internal(e)),
    };
    let code = courier::new_code();
    let body_text = format!("Hi, please enter the following code to sign in: {code}\n");
    if let Err(e) = courier::send(
        app,
        &identifier,
        "login_code_valid",
        "Login to your account",
        body_text,
    ) {
        return Outcome::error(e);
    }
    f.internal.insert("login_code".into(), json!(code));
    f.internal
        .insert("login_identity".into(), json!(ident.id.to_string()));
    f.internal
        .insert("login_identifier".into(), json!(identifier));
    f.state = FlowState::SentEmail;
    f.active = Some("code".into());
    code_sent_nodes(&mut f, &identifier);
    // Kratos answers the "code sent" state like a validation round trip (400 + flow).
    Outcome::invalid(f)
}

/// CSRF helper re-export for other flows that build login flows.
pub fn csrf_raw(c: &Option<Csrf>) -> &str {
    c.as_ref().map(|c| c.raw.as_str()).unwrap_or("")
}
