//! Settings flow (browser + native): profile and password, with the privileged-session
//! rule (`session_refresh_required`) and the AAL requirement.

use axum::extract::State;
use axum::response::{IntoResponse, Response};
use serde_json::{json, Map, Value};

use super::common::{self, Submission};
use super::handlers::{New, SelfServiceFlow};
use crate::errors::ApiError;
use crate::model::{now, Aal, Flow, FlowKind, FlowState, Identity, Session};
use crate::nodes::{csrf, img_node, input, text_node};
use crate::req::field_bool;
use crate::req::{field, redirect_303, Req};
use crate::rules::{self, Outcome, Refusal};
use crate::state::App;
use crate::{identity, mfa, password, sessions, text};

pub fn build(
    app: &App,
    req: &Req,
    browser: bool,
    csrf_raw: &str,
    ident: &Identity,
    return_to: Option<String>,
) -> Flow {
    let mut f = common::new_flow(app, FlowKind::Settings, browser, req, csrf_raw);
    f.return_to = return_to;
    f.identity_id = Some(ident.id);
    // the traits are validated against the identity's own schema
    f.internal
        .insert("identity_schema".into(), json!(ident.schema_id));
    f.state = FlowState::ShowForm;
    fill_nodes(app, &mut f, ident);
    f
}

fn fill_nodes(app: &App, f: &mut Flow, ident: &Identity) {
    f.ui.nodes.clear();
    f.ui.push(csrf(""));
    let traits = json!({ "traits": ident.traits });
    if app.cfg.methods.profile {
        for n in app
            .schema_by_id(&ident.schema_id)
            .trait_nodes("profile", Some(&traits))
        {
            f.ui.push(n);
        }
        f.ui.push(
            input("profile", "method", "submit")
                .value("profile")
                .label(text::label_save())
                .build(),
        );
    }
    if app.cfg.methods.password {
        f.ui.push(
            input("password", "password", "password")
                .required()
                .autocomplete("new-password")
                .label(text::label_password())
                .build(),
        );
        f.ui.push(
            input("password", "method", "submit")
                .value("password")
                .label(text::label_save())
                .build(),
        );
    }
    if app.cfg.methods.totp {
        totp_nodes(app, f, ident);
    }
    if !app.cfg.oidc_providers.is_empty() && f.is_browser() {
        for n in super::oidc::settings_nodes(app, ident) {
            f.ui.push(n);
        }
    }
    if app.cfg.methods.webauthn && f.is_browser() {
        match crate::webauthn::webauthn_settings_nodes(app, f, ident) {
            Ok(nodes) => nodes.into_iter().for_each(|n| f.ui.push(n)),
            Err(e) => eprintln!("webauthn disabled for this flow: {:?}", e.reason),
        }
    }
    if app.cfg.methods.passkey && f.is_browser() {
        match crate::webauthn::passkey_settings_nodes(app, f, ident) {
            Ok(nodes) => nodes.into_iter().for_each(|n| f.ui.push(n)),
            Err(e) => eprintln!("passkeys disabled for this flow: {:?}", e.reason),
        }
    }
    if app.cfg.methods.lookup_secret {
        lookup_nodes(f, ident);
    }
}

fn totp_nodes(app: &App, f: &mut Flow, ident: &Identity) {
    f.internal.remove("totp_url");
    if ident.credentials.contains_key("totp") {
        f.ui.push(
            input("totp", "totp_unlink", "submit")
                .value("true")
                .label(text::settings_unlink_totp())
                .build(),
        );
        return;
    }
    let secret = mfa::new_totp_secret();
    let account = app
        .schema
        .totp_account_name(&ident.traits)
        .unwrap_or_else(|| ident.id.to_string());
    let url = mfa::totp_url(&app.cfg.totp_issuer, &account, &secret);
    let src = mfa::qr_png_data_url(&url, 256).unwrap_or_default();
    f.internal.insert("totp_url".into(), json!(url));
    f.ui.push(img_node(
        "totp",
        "totp_qr",
        &src,
        256,
        Some(text::settings_totp_qr()),
    ));
    f.ui.push(text_node(
        "totp",
        "totp_secret_key",
        text::settings_totp_secret(&secret),
        Some(text::settings_totp_secret_label()),
    ));
    f.ui.push(
        input("totp", "totp_code", "text")
            .required()
            .label(text::label_verify_otp())
            .build(),
    );
    f.ui.push(
        input("totp", "method", "submit")
            .value("totp")
            .label(text::label_save())
            .build(),
    );
}

fn lookup_nodes(f: &mut Flow, ident: &Identity) {
    if ident.credentials.contains_key("lookup_secret") {
        f.ui.push(lookup_button(
            "lookup_secret_reveal",
            text::settings_lookup_reveal(),
        ));
        f.ui.push(lookup_button(
            "lookup_secret_disable",
            text::settings_lookup_disable(),
        ));
    } else {
        f.ui.push(lookup_button(
            "lookup_secret_regenerate",
            text::settings_lookup_regenerate(),
        ));
    }
}

fn lookup_button(name: &str, label: crate::model::Text) -> crate::model::Node {
    input("lookup_secret", name, "submit")
        .value("true")
        .label(label)
        .build()
}

/// The settings flow's hooks for the shared handlers.
pub struct Settings;

impl SelfServiceFlow for Settings {
    const KIND: FlowKind = FlowKind::Settings;

    /// No CSRF check: the session decides.
    fn on_fetch(app: &App, req: &Req, f: &Flow) -> Result<(), Refusal> {
        let s = sessions::from_request(app, req, f.is_browser());
        rules::settings_fetch(app, s.as_ref(), f)
    }

    fn create(n: &New<'_>, return_to: Option<String>) -> Result<Flow, Refusal> {
        let (s, ident) = signed_in(n.app, n.req, n.browser)?;
        rules::settings_aal(n.app, &s, &ident)?;
        Ok(build(
            n.app, n.req, n.browser, n.csrf_raw, &ident, return_to,
        ))
    }

    /// An expired settings flow is replaced without the AAL check (as Kratos).
    fn replace(n: &New<'_>, old: &Flow) -> Result<Flow, Refusal> {
        let (_, ident) = signed_in(n.app, n.req, n.browser)?;
        let return_to = old.return_to.clone();
        Ok(build(
            n.app, n.req, n.browser, n.csrf_raw, &ident, return_to,
        ))
    }

    async fn submit(app: App, req: Req, sub: Submission) -> Response {
        let mut f = sub.flow;
        let body = sub.body;
        let Some(s) = sessions::from_request(&app, &req, f.is_browser()) else {
            let sent = req.query_ne("return_to");
            let r = rules::settings_session_required(&app, sent.as_deref());
            return common::refuse(&app, &req, f.is_browser(), r);
        };
        if let Err(r) = rules::settings_owner(&s, &f) {
            return common::refuse(&app, &req, f.is_browser(), r);
        }
        let ident = match sessions::identity_of(&app, &s) {
            Ok(i) => i,
            Err(e) => return e.into_response(),
        };
        if let Err(r) = rules::settings_aal(&app, &s, &ident) {
            return common::refuse(&app, &req, f.is_browser(), r);
        }
        common::take_transient_payload(&mut f, &body);
        f.ui.reset_messages();
        let mut method = field(&body, "method").unwrap_or_default();
        if method.is_empty()
            && [
                "lookup_secret_reveal",
                "lookup_secret_regenerate",
                "lookup_secret_confirm",
                "lookup_secret_disable",
            ]
            .iter()
            .any(|k| field_bool(&body, k))
        {
            method = "lookup_secret".into();
        }
        if method.is_empty() {
            if ["passkey_settings_register", "passkey_remove"]
                .iter()
                .any(|k| field(&body, k).is_some_and(|v| !v.is_empty()))
            {
                method = "passkey".into();
            } else if ["webauthn_register", "webauthn_remove"]
                .iter()
                .any(|k| field(&body, k).is_some_and(|v| !v.is_empty()))
            {
                method = "webauthn".into();
            }
        }
        if method.is_empty() && (body.contains_key("link") || body.contains_key("unlink")) {
            method = "oidc".into();
        }
        match method.as_str() {
            "oidc" if !app.cfg.oidc_providers.is_empty() && f.is_browser() => {
                if let Err(o) = rules::settings_privileged(&app, &f, &s, now()) {
                    return common::reply(&app, &req, o);
                }
                if let Some(p) = field(&body, "unlink").filter(|v| !v.is_empty()) {
                    match super::oidc::unlink(&app, ident, &p) {
                        Ok(i) => common::reply(&app, &req, saved(&app, &req, f, &i, "oidc")),
                        Err(t) => {
                            f.ui.messages.push(t);
                            common::invalid_reply(&app, &req, &mut f)
                        }
                    }
                } else {
                    super::oidc::start(&app, &req, f, &body)
                }
            }
            "passkey" if app.cfg.methods.passkey && f.is_browser() => common::reply(
                &app,
                &req,
                key_update(&app, &req, f, &body, s, ident, "passkey"),
            ),
            "webauthn" if app.cfg.methods.webauthn && f.is_browser() => common::reply(
                &app,
                &req,
                key_update(&app, &req, f, &body, s, ident, "webauthn"),
            ),
            "profile" if app.cfg.methods.profile => {
                common::reply(&app, &req, profile(&app, &req, f, &body, &s, ident))
            }
            "totp" if app.cfg.methods.totp => {
                common::reply(&app, &req, totp_update(&app, &req, f, &body, s, ident))
            }
            "lookup_secret" if app.cfg.methods.lookup_secret => {
                common::reply(&app, &req, lookup_update(&app, &req, f, &body, s, ident))
            }
            "password" if app.cfg.methods.password => common::reply(
                &app,
                &req,
                password_update(&app, &req, f, &body, &s, ident).await,
            ),
            _ => {
                f.ui.messages.push(text::settings_no_strategy());
                common::invalid_reply(&app, &req, &mut f)
            }
        }
    }
}

/// The session and its identity; without one, browsers go to the login flow (taking over
/// the request's `return_to`, as Kratos does) and API clients get `session_inactive`.
fn signed_in(app: &App, req: &Req, browser: bool) -> Result<(Session, Identity), Refusal> {
    let Some(s) = sessions::from_request(app, req, browser) else {
        let sent = req.query_ne("return_to");
        return Err(rules::settings_session_required(app, sent.as_deref()));
    };
    let ident = sessions::identity_of(app, &s)?;
    Ok((s, ident))
}

/// `GET /self-service/settings?flow=` (where re-authentication returns to): show the UI.
pub async fn resume(State(app): State<App>, req: Req) -> Response {
    match req.query("flow") {
        Some(id) => redirect_303(&format!("{}?flow={}", app.cfg.settings_ui, id)),
        None => redirect_303(&app.cfg.settings_ui),
    }
}

fn profile(
    app: &App,
    req: &Req,
    mut f: Flow,
    body: &Map<String, Value>,
    s: &Session,
    mut ident: Identity,
) -> Outcome {
    let Some(traits) = common::validated_traits(app, &mut f, body) else {
        return Outcome::invalid(f);
    };
    let schema = app.schema_by_id(&ident.schema_id);
    let protected_changed = schema.password_identifiers(&traits)
        != schema.password_identifiers(&ident.traits)
        || schema.verifiable_addresses(&traits) != schema.verifiable_addresses(&ident.traits)
        || schema.recovery_addresses(&traits) != schema.recovery_addresses(&ident.traits);
    if protected_changed {
        if let Err(o) = rules::settings_privileged(app, &f, s, now()) {
            return o;
        }
    }
    ident.traits = traits;
    identity::sync_from_traits(app, &mut ident);
    let pending: Vec<String> = ident
        .verifiable_addresses
        .iter()
        .filter(|a| !a.verified && a.status == "pending")
        .map(|a| a.value.clone())
        .collect();
    if app.cfg.verification_enabled {
        for addr in pending {
            match super::verification::post_hook_flow(
                app,
                req,
                f.is_browser(),
                &f.csrf_token.clone(),
                &mut ident,
                &addr,
                None,
            ) {
                Ok((vf, url)) => f
                    .continue_with
                    .push(rules::show_verification_ui(vf.id, &addr, url)),
                Err(e) => return Outcome::error(e),
            }
        }
    }
    let f = match common::save_identity(app, f, &ident) {
        Ok(f) => f,
        Err(outcome) => return outcome,
    };
    saved(app, req, f, &ident, "profile")
}

async fn password_update(
    app: &App,
    req: &Req,
    mut f: Flow,
    body: &Map<String, Value>,
    s: &Session,
    mut ident: Identity,
) -> Outcome {
    let pw = field(body, "password").unwrap_or_default();
    if pw.is_empty() {
        f.ui.add_node_message("password", text::required("password"));
        return Outcome::invalid(f);
    }
    if let Err(o) = rules::settings_privileged(app, &f, s, now()) {
        return o;
    }
    let first_id = app
        .schema
        .password_identifiers(&ident.traits)
        .first()
        .cloned()
        .unwrap_or_default();
    if let Some(msg) = password::check_policy(
        &first_id,
        &pw,
        app.cfg.password_min_length,
        app.cfg.password_identifier_similarity_check,
    ) {
        f.ui.add_node_message("password", msg);
        return Outcome::invalid(f);
    }
    let argon = app.cfg.argon2.clone();
    let hash = match tokio::task::spawn_blocking(move || password::hash(&pw, &argon)).await {
        Ok(Ok(h)) => h,
        Ok(Err(e)) => return Outcome::error(ApiError::internal(e)),
        Err(e) => return Outcome::error(ApiError::internal(e.to_string())),
    };
    identity::set_password_hash(app, &mut ident, hash);
    ident.updated_at = now();
    if let Err(e) = app.store.save_identity(&ident) {
        return Outcome::error(ApiError::internal(e));
    }
    saved(app, req, f, &ident, "password")
}

fn totp_update(
    app: &App,
    req: &Req,
    mut f: Flow,
    body: &Map<String, Value>,
    mut s: Session,
    mut ident: Identity,
) -> Outcome {
    if let Err(o) = rules::settings_privileged(app, &f, &s, now()) {
        return o;
    }
    if ident.credentials.contains_key("totp") {
        if !field_bool(body, "totp_unlink") {
            return saved(app, req, f, &ident, "totp");
        }
        ident.credentials.remove("totp");
    } else {
        let code = field(body, "totp_code").unwrap_or_default();
        let url = f
            .internal
            .get("totp_url")
            .and_then(|u| u.as_str())
            .unwrap_or_default()
            .to_string();
        let secret = mfa::secret_of_url(&url).unwrap_or_default();
        if code.trim().is_empty() {
            f.ui.add_node_message("totp_code", text::required("totp_code"));
            return Outcome::invalid(f);
        }
        if secret.is_empty() || !mfa::totp_valid(&secret, &code) {
            f.ui.add_node_message("totp_code", text::totp_wrong());
            return Outcome::invalid(f);
        }
        let t = now();
        ident.credentials.insert(
            "totp".into(),
            crate::model::Credential {
                ty: "totp".into(),
                identifiers: vec![ident.id.to_string()],
                config: json!({ "totp_url": url }),
                version: 0,
                created_at: t,
                updated_at: t,
            },
        );
        s.methods.push(sessions::method("totp", Aal::Aal2));
        s.aal = sessions::aal_of(&s.methods);
        if let Err(e) = app.store.save_session(&s) {
            return Outcome::error(ApiError::internal(e));
        }
    }
    ident.updated_at = now();
    if let Err(e) = app.store.save_identity(&ident) {
        return Outcome::error(ApiError::internal(e));
    }
    saved(app, req, f, &ident, "totp")
}

/// Adds or removes a passkey (`ty = "passkey"`) or security key (`ty = "webauthn"`).
fn key_update(
    app: &App,
    req: &Req,
    mut f: Flow,
    body: &Map<String, Value>,
    mut s: Session,
    mut ident: Identity,
    ty: &str,
) -> Outcome {
    use webauthn_rs::prelude::{
        PasskeyRegistration, RegisterPublicKeyCredential, SecurityKeyRegistration,
    };
    if let Err(o) = rules::settings_privileged(app, &f, &s, now()) {
        return o;
    }
    let (register_field, remove_field) = if ty == "passkey" {
        ("passkey_settings_register", "passkey_remove")
    } else {
        ("webauthn_register", "webauthn_remove")
    };
    if let Some(id) = field(body, remove_field).filter(|v| !v.is_empty()) {
        if !crate::webauthn::remove_credential(&mut ident, ty, &id) {
            f.ui.messages
                .push(text::generic("The credential to remove does not exist."));
            return Outcome::invalid(f);
        }
        if let Err(e) = app.store.save_identity(&ident) {
            return Outcome::error(ApiError::internal(e));
        }
        return saved(app, req, f, &ident, ty);
    }
    let raw = field(body, register_field).unwrap_or_default();
    if raw.is_empty() {
        f.ui.add_node_message(register_field, text::required(register_field));
        return Outcome::invalid(f);
    }
    let display = if ty == "webauthn" {
        let d = field(body, "webauthn_register_displayname").unwrap_or_default();
        if d.trim().is_empty() {
            f.ui.add_node_message(
                "webauthn_register_displayname",
                text::required("webauthn_register_displayname"),
            );
            return Outcome::invalid(f);
        }
        d
    } else {
        app.schema_by_id(&ident.schema_id)
            .password_identifiers(&ident.traits)
            .first()
            .cloned()
            .unwrap_or_default()
    };
    let cred: RegisterPublicKeyCredential = match crate::webauthn::parse(&raw) {
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
    let registered: Result<(String, Value), String> = if ty == "passkey" {
        f.internal
            .get("passkey_settings_state")
            .and_then(|v| serde_json::from_value::<PasskeyRegistration>(v.clone()).ok())
            .ok_or_else(|| "missing WebAuthn challenge".to_string())
            .and_then(|st| {
                rp.finish_passkey_registration(&cred, &st)
                    .map_err(|e| e.to_string())
            })
            .map(|pk| {
                (
                    crate::webauthn::hex_id(pk.cred_id()),
                    serde_json::to_value(&pk).unwrap_or(Value::Null),
                )
            })
    } else if app.cfg.webauthn_passwordless {
        f.internal
            .get("webauthn_reg_state")
            .and_then(|v| serde_json::from_value::<PasskeyRegistration>(v.clone()).ok())
            .ok_or_else(|| "missing WebAuthn challenge".to_string())
            .and_then(|st| {
                rp.finish_passkey_registration(&cred, &st)
                    .map_err(|e| e.to_string())
            })
            .map(|pk| {
                (
                    crate::webauthn::hex_id(pk.cred_id()),
                    serde_json::to_value(&pk).unwrap_or(Value::Null),
                )
            })
    } else {
        f.internal
            .get("webauthn_reg_state")
            .and_then(|v| serde_json::from_value::<SecurityKeyRegistration>(v.clone()).ok())
            .ok_or_else(|| "missing WebAuthn challenge".to_string())
            .and_then(|st| {
                rp.finish_securitykey_registration(&cred, &st)
                    .map_err(|e| e.to_string())
            })
            .map(|sk| {
                (
                    crate::webauthn::hex_id(sk.cred_id()),
                    serde_json::to_value(&sk).unwrap_or(Value::Null),
                )
            })
    };
    let (id, key) = match registered {
        Ok(r) => r,
        Err(e) => {
            f.ui.messages.push(crate::webauthn::verification_failed(e));
            return Outcome::invalid(f);
        }
    };
    let passwordless = ty == "passkey" || app.cfg.webauthn_passwordless;
    crate::webauthn::add_credential(&mut ident, ty, id, &display, key, passwordless);
    if ty == "webauthn" && passwordless {
        // passwordless keys are found by the schema's webauthn identifiers (login step one)
        let ids = app
            .schema_by_id(&ident.schema_id)
            .webauthn_identifiers(&ident.traits);
        if let Some(c) = ident.credentials.get_mut("webauthn") {
            c.identifiers = ids;
        }
    }
    let f = match common::save_identity(app, f, &ident) {
        Ok(f) => f,
        Err(outcome) => return outcome,
    };
    if ty == "webauthn" && !passwordless {
        s.methods.push(sessions::method("webauthn", Aal::Aal2));
        s.aal = sessions::aal_of(&s.methods);
        if let Err(e) = app.store.save_session(&s) {
            return Outcome::error(ApiError::internal(e));
        }
    }
    saved(app, req, f, &ident, ty)
}

fn lookup_update(
    app: &App,
    req: &Req,
    mut f: Flow,
    body: &Map<String, Value>,
    mut s: Session,
    mut ident: Identity,
) -> Outcome {
    let (confirm, reveal, regenerate, disable) = (
        field_bool(body, "lookup_secret_confirm"),
        field_bool(body, "lookup_secret_reveal"),
        field_bool(body, "lookup_secret_regenerate"),
        field_bool(body, "lookup_secret_disable"),
    );
    if !(confirm || reveal || regenerate || disable) {
        f.ui.messages.push(text::settings_no_strategy());
        return Outcome::invalid(f);
    }
    if let Err(o) = rules::settings_privileged(app, &f, &s, now()) {
        return o;
    }
    let codes_node = |codes: &[Value]| {
        text_node(
            "lookup_secret",
            "lookup_secret_codes",
            mfa::lookup_codes_text(codes),
            Some(text::settings_lookup_label()),
        )
    };
    if confirm {
        let codes = f
            .internal
            .get("lookup_regenerated")
            .and_then(|c| c.as_array().cloned())
            .unwrap_or_default();
        if codes.len() != mfa::LOOKUP_CODES {
            return Outcome::error(
                ApiError::bad_request().reason(
                    "You must (re-)generate recovery backup codes before you can save them.",
                ),
            );
        }
        let t = now();
        ident.credentials.insert(
            "lookup_secret".into(),
            crate::model::Credential {
                ty: "lookup_secret".into(),
                identifiers: vec![ident.id.to_string()],
                config: json!({ "recovery_codes": codes }),
                version: 0,
                created_at: t,
                updated_at: t,
            },
        );
        f.internal.remove("lookup_regenerated");
        s.methods.push(sessions::method("lookup_secret", Aal::Aal2));
        s.aal = sessions::aal_of(&s.methods);
        if let Err(e) = app.store.save_session(&s) {
            return Outcome::error(ApiError::internal(e));
        }
        if let Err(e) = app.store.save_identity(&ident) {
            return Outcome::error(ApiError::internal(e));
        }
        return saved(app, req, f, &ident, "lookup_secret");
    }
    if reveal {
        let codes = ident
            .credentials
            .get("lookup_secret")
            .and_then(|c| c.config.get("recovery_codes"))
            .and_then(|c| c.as_array().cloned());
        let Some(codes) = codes else {
            return Outcome::error(
                ApiError::bad_request()
                    .reason("Can not reveal lookup codes because you have none."),
            );
        };
        f.ui.remove_group("lookup_secret");
        f.ui.push(codes_node(&codes));
        f.ui.push(lookup_button(
            "lookup_secret_disable",
            text::settings_lookup_disable(),
        ));
        f.ui.push(lookup_button(
            "lookup_secret_regenerate",
            text::settings_lookup_regenerate(),
        ));
        return Outcome::show(f);
    }
    if disable {
        ident.credentials.remove("lookup_secret");
        f.internal.remove("lookup_regenerated");
        if let Err(e) = app.store.save_identity(&ident) {
            return Outcome::error(ApiError::internal(e));
        }
        return saved(app, req, f, &ident, "lookup_secret");
    }
    // regenerate
    let codes = mfa::new_lookup_codes();
    f.ui.remove_group("lookup_secret");
    f.ui.push(codes_node(&codes));
    f.ui.push(lookup_button(
        "lookup_secret_confirm",
        text::settings_lookup_confirm(),
    ));
    f.internal
        .insert("lookup_regenerated".into(), Value::Array(codes));
    Outcome::show(f)
}

/// Puts the flow into the `success` state with fresh nodes (used by the OIDC link callback).
pub fn mark_success(app: &App, f: &mut Flow, ident: &Identity, method: &str) {
    fill_nodes(app, f, ident);
    f.state = FlowState::Success;
    f.active = Some(method.into());
    f.ui.messages = vec![text::settings_saved()];
    f.updated_at = now();
}

fn saved(app: &App, req: &Req, mut f: Flow, ident: &Identity, method: &str) -> Outcome {
    fill_nodes(app, &mut f, ident);
    let client = common::client(req, &f);
    rules::settings_saved(app, f, method, client, now())
}
