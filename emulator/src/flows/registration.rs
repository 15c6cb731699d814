//! Registration flow (browser + native): password (one step), with trait validation,
//! the session hook and the verification hook (`continue_with`).

use axum::response::Response;
use serde_json::{json, Map, Value};

use super::common::{self, Submission};
use super::handlers::{New, SelfServiceFlow};
use crate::errors::ApiError;
use crate::model::{now, Flow, FlowKind, FlowState, Identity};
use crate::nodes::{csrf, input};
use crate::req::{field, Req};
use crate::rules::{self, Outcome, Refusal};
use crate::state::App;
use crate::{identity, password, sessions, text};

pub fn build(
    app: &App,
    req: &Req,
    browser: bool,
    csrf_raw: &str,
    return_to: Option<String>,
    identity_schema: Option<String>,
) -> Flow {
    let mut f = common::new_flow(app, FlowKind::Registration, browser, req, csrf_raw);
    f.return_to = return_to;
    if let Some(id) = identity_schema {
        f.internal.insert("identity_schema".into(), json!(id));
    }
    if !browser && req.query("return_session_token_exchange_code").as_deref() == Some("true") {
        f.session_token_exchange_code = Some(sessions::random_token(32));
    }
    for n in super::oidc::provider_nodes(app, FlowKind::Registration) {
        f.ui.push(n);
    }
    f.ui.push(csrf(""));
    for n in app.flow_schema(&f).trait_nodes("default", None) {
        f.ui.push(n);
    }
    if app.cfg.methods.passkey && browser {
        match crate::webauthn::passkey_registration_nodes(app, &mut f) {
            Ok(nodes) => nodes.into_iter().for_each(|n| f.ui.push(n)),
            Err(e) => eprintln!("passkeys disabled for this flow: {:?}", e.reason),
        }
    }
    if app.cfg.methods.webauthn && app.cfg.webauthn_passwordless && browser {
        match crate::webauthn::webauthn_registration_nodes(app, &mut f) {
            Ok(nodes) => nodes.into_iter().for_each(|n| f.ui.push(n)),
            Err(e) => eprintln!("security keys disabled for this flow: {:?}", e.reason),
        }
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
                .label(text::registration_sign_up())
                .build(),
        );
    }
    if app.cfg.methods.code_passwordless {
        f.ui.push(
            input("code", "method", "submit")
                .value("code")
                .label(text::registration_send_code())
                .build(),
        );
    }
    if app.cfg.methods.captcha && browser {
        crate::captcha::ask(&mut f);
    }
    if app.cfg.registration_two_steps {
        super::two_step::split(&mut f);
    }
    crate::captcha::append(app, &mut f);
    f
}

/// The registration flow's hooks for the shared handlers.
pub struct Registration;

impl SelfServiceFlow for Registration {
    const KIND: FlowKind = FlowKind::Registration;

    fn create(n: &New<'_>, return_to: Option<String>) -> Result<Flow, Refusal> {
        let schema = common::identity_schema_param(n.app, n.req).map_err(Refusal::ErrorUi)?;
        common::not_signed_in(n.app, n.req, n.browser, Self::KIND, return_to.as_deref())?;
        Ok(build(
            n.app, n.req, n.browser, n.csrf_raw, return_to, schema,
        ))
    }

    fn replace(n: &New<'_>, old: &Flow) -> Result<Flow, Refusal> {
        let schema = common::flow_identity_schema(old);
        let return_to = old.return_to.clone();
        Ok(build(
            n.app, n.req, n.browser, n.csrf_raw, return_to, schema,
        ))
    }

    async fn submit(app: App, req: Req, sub: Submission) -> Response {
        let mut f = sub.flow;
        let body = sub.body;
        if sessions::from_request(&app, &req, f.is_browser()).is_some() {
            let r = rules::already_signed_in(&app, FlowKind::Registration, f.return_to.as_deref());
            return common::refuse(&app, &req, f.is_browser(), r);
        }
        let mut method =
            match common::open_first_factor(&app, &req, &mut f, &body, "passkey_register") {
                Ok(method) => method,
                Err(reply) => return reply,
            };
        if app.cfg.registration_two_steps {
            let screen = field(&body, "screen").unwrap_or_default();
            // Kratos' profile strategy: `method=profile` wins over `screen`.
            if method == "profile" || screen == "credential-selection" {
                return common::reply(
                    &app,
                    &req,
                    super::two_step::credentials_step(&app, f, &body),
                );
            }
            if screen == "previous" {
                return common::reply(&app, &req, super::two_step::profile_step(&app, f, &body));
            }
        }
        if method.is_empty() && field(&body, "webauthn_register").is_some_and(|v| !v.is_empty()) {
            method = "webauthn".into();
        }
        match method.as_str() {
            "passkey" if app.cfg.methods.passkey && f.is_browser() => {
                common::reply(&app, &req, passkey_registration(&app, &req, f, body))
            }
            "webauthn"
                if app.cfg.methods.webauthn
                    && app.cfg.webauthn_passwordless
                    && f.is_browser()
                    && field(&body, "webauthn_register").is_some_and(|v| !v.is_empty()) =>
            {
                common::reply(&app, &req, security_key_registration(&app, &req, f, body))
            }
            "code" if app.cfg.methods.code_passwordless => {
                common::reply(&app, &req, code_registration(&app, &req, f, body))
            }
            "oidc" if !app.cfg.oidc_providers.is_empty() => {
                super::oidc::start(&app, &req, f, &body)
            }
            "password" if app.cfg.methods.password => {
                common::reply(&app, &req, password_registration(&app, &req, f, body).await)
            }
            _ => {
                f.ui.messages.push(text::registration_no_strategy());
                common::invalid_reply(&app, &req, &mut f)
            }
        }
    }
}

async fn password_registration(
    app: &App,
    req: &Req,
    mut f: Flow,
    body: Map<String, Value>,
) -> Outcome {
    let traits = common::validated_traits(app, &mut f, &body);
    let pw = field(&body, "password").unwrap_or_default();
    if pw.is_empty() {
        f.ui.add_node_message("password", text::required("password"));
    }
    let Some(traits) = traits else {
        return Outcome::invalid(f);
    };
    if pw.is_empty() {
        return Outcome::invalid(f);
    }
    let ids = app.flow_schema(&f).password_identifiers(&traits);
    let first_id = ids.first().cloned().unwrap_or_default();
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
    let mut ident = identity::new_identity_in(app, &app.flow_schema(&f).id.clone(), traits);
    identity::set_password_hash(app, &mut ident, hash);
    let f = match common::save_identity(app, f, &ident) {
        Ok(f) => f,
        Err(outcome) => return outcome,
    };
    hooks(app, req, f, ident, "password")
}

/// Finishes the WebAuthn registration `cred` against the challenge and user handle the flow
/// keeps (`<prefix>_reg_state`, `<prefix>_user_id`; `prefix` is `passkey` or `webauthn`): the
/// key and the new identity's id, or why it failed.
fn finish_key_registration(
    rp: &webauthn_rs::Webauthn,
    f: &Flow,
    cred: &webauthn_rs::prelude::RegisterPublicKeyCredential,
    prefix: &str,
) -> Result<(webauthn_rs::prelude::Passkey, uuid::Uuid), String> {
    let state = f
        .internal
        .get(&format!("{prefix}_reg_state"))
        .and_then(|v| {
            serde_json::from_value::<webauthn_rs::prelude::PasskeyRegistration>(v.clone()).ok()
        })
        .ok_or_else(|| "missing WebAuthn challenge".to_string())?;
    let key = rp
        .finish_passkey_registration(cred, &state)
        .map_err(|e| e.to_string())?;
    let user_id = f
        .internal
        .get(&format!("{prefix}_user_id"))
        .and_then(|v| v.as_str())
        .and_then(|s| uuid::Uuid::parse_str(s).ok())
        .ok_or_else(|| "missing user handle".to_string())?;
    Ok((key, user_id))
}

fn passkey_registration(app: &App, req: &Req, mut f: Flow, body: Map<String, Value>) -> Outcome {
    use webauthn_rs::prelude::RegisterPublicKeyCredential;
    let traits = common::validated_traits(app, &mut f, &body);
    let raw = field(&body, "passkey_register").unwrap_or_default();
    if raw.is_empty() {
        f.ui.add_node_message("passkey_register", text::required("passkey_register"));
    }
    let Some(traits) = traits else {
        return Outcome::invalid(f);
    };
    if raw.is_empty() {
        return Outcome::invalid(f);
    }
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
    let (pk, user_id) = match finish_key_registration(&rp, &f, &cred, "passkey") {
        Ok(done) => done,
        Err(e) => {
            f.ui.messages.push(crate::webauthn::verification_failed(e));
            return Outcome::invalid(f);
        }
    };
    let mut ident = identity::new_identity_in(app, &app.flow_schema(&f).id.clone(), traits);
    ident.id = user_id;
    let display = app
        .schema
        .password_identifiers(&ident.traits)
        .first()
        .cloned()
        .unwrap_or_default();
    let key = serde_json::to_value(&pk).unwrap_or(Value::Null);
    crate::webauthn::add_credential(
        &mut ident,
        "passkey",
        crate::webauthn::hex_id(pk.cred_id()),
        &display,
        key,
        true,
    );
    let mut f = match common::save_identity(app, f, &ident) {
        Ok(f) => f,
        Err(outcome) => return outcome,
    };
    f.internal.remove("passkey_reg_state");
    hooks(app, req, f, ident, "passkey")
}

/// Registration with a one-time code: step one sends the code (400 + flow in `sent_email`,
/// as Kratos), step two checks traits and code, creates the identity with a verified address.
fn code_registration(app: &App, req: &Req, mut f: Flow, body: Map<String, Value>) -> Outcome {
    let code = field(&body, "code").unwrap_or_default();
    let resend = field(&body, "resend").as_deref() == Some("code");
    let traits = common::validated_traits(app, &mut f, &body);
    let Some(traits) = traits else {
        return Outcome::invalid(f);
    };
    if f.state == FlowState::SentEmail && !resend && !code.trim().is_empty() {
        let stored = f
            .internal
            .get("code_traits")
            .cloned()
            .unwrap_or(Value::Null);
        if stored != traits {
            f.ui.messages = vec![crate::text::traits_mismatch()];
            return Outcome::invalid(f);
        }
        let expected = f
            .internal
            .get("code")
            .and_then(|c| c.as_str())
            .unwrap_or("");
        if expected.is_empty() || code.trim() != expected {
            f.ui.messages = vec![text::registration_code_invalid()];
            return Outcome::invalid(f);
        }
        let address = f
            .internal
            .get("code_address")
            .and_then(|a| a.as_str())
            .unwrap_or_default()
            .to_string();
        let mut ident = identity::new_identity_in(app, &app.flow_schema(&f).id.clone(), traits);
        let t = crate::model::now();
        for a in ident
            .verifiable_addresses
            .iter_mut()
            .filter(|a| a.value == address)
        {
            a.verified = true;
            a.verified_at = Some(t);
            a.status = "completed".into();
        }
        let ids = app
            .schema_by_id(&ident.schema_id)
            .code_identifiers(&ident.traits);
        ident.credentials.insert(
            "code".into(),
            crate::model::Credential {
                ty: "code".into(),
                identifiers: ids.clone(),
                config: json!({"addresses": ids.iter().map(|a| json!({"channel": "email", "address": a})).collect::<Vec<_>>()}),
                version: 0,
                created_at: t,
                updated_at: t,
            },
        );
        match app.store.save_identity(&ident) {
            Ok(()) => {}
            Err(e) if e == "conflict" => {
                f.ui.messages = vec![text::duplicate_credentials()];
                return Outcome::invalid(f);
            }
            Err(e) => return Outcome::error(ApiError::internal(e)),
        }
        f.internal.remove("code");
        return hooks(app, req, f, ident, "code");
    }
    let Some(address) = app
        .flow_schema(&f)
        .code_identifiers(&traits)
        .into_iter()
        .next()
    else {
        f.ui.messages.push(crate::text::identifier_missing());
        return Outcome::invalid(f);
    };
    // refuse early when the address is taken, as Kratos does
    let taken = app
        .store
        .find_identity_by_identifier("password", &address)
        .ok()
        .flatten()
        .is_some()
        || app
            .store
            .find_identity_by_identifier("code", &address)
            .ok()
            .flatten()
            .is_some();
    if taken {
        f.ui.messages.push(text::duplicate_credentials());
        return Outcome::invalid(f);
    }
    let code = crate::courier::new_code();
    let mail = format!("Hi, please enter the following code to finish your registration: {code}\n");
    if let Err(e) = crate::courier::send(
        app,
        &address,
        "registration_code_valid",
        "Complete your account registration",
        mail,
    ) {
        return Outcome::error(e);
    }
    f.internal.insert("code".into(), json!(code));
    f.internal.insert("code_traits".into(), traits);
    f.internal.insert("code_address".into(), json!(address));
    f.state = FlowState::SentEmail;
    f.active = Some("code".into());
    // keep the trait nodes (hidden), then the code nodes
    let mut nodes: Vec<crate::model::Node> =
        f.ui.nodes
            .iter()
            .filter(|n| n.group == "default")
            .cloned()
            .map(|mut n| {
                if n.name() != Some("csrf_token") && n.messages.is_empty() {
                    n.attributes.insert("type".into(), json!("hidden"));
                }
                n
            })
            .collect();
    nodes.push(input("code", "method", "hidden").value("code").build());
    nodes.push(
        input("code", "code", "text")
            .required()
            .label(text::label_registration_code())
            .build(),
    );
    nodes.push(
        input("code", "method", "submit")
            .value("code")
            .label(text::label_continue())
            .build(),
    );
    nodes.push(
        input("code", "resend", "submit")
            .value("code")
            .label(text::label_resend_otp())
            .build(),
    );
    if app.cfg.registration_two_steps {
        // Kratos' code strategy: back to the credential selection.
        nodes.push(super::two_step::back_button("credential-selection"));
    }
    f.ui.nodes = nodes;
    f.ui.messages = vec![text::registration_code_sent()];
    Outcome::invalid(f)
}

/// Sign-up with a passwordless security key: `{method: "webauthn", traits, webauthn_register,
/// webauthn_register_displayname}` (Kratos answers "no strategy" without `webauthn_register`).
fn security_key_registration(
    app: &App,
    req: &Req,
    mut f: Flow,
    body: Map<String, Value>,
) -> Outcome {
    use webauthn_rs::prelude::RegisterPublicKeyCredential;
    let display = field(&body, "webauthn_register_displayname").unwrap_or_default();
    f.ui.set_value("webauthn_register_displayname", json!(display));
    let Some(traits) = common::validated_traits(app, &mut f, &body) else {
        return Outcome::invalid(f);
    };
    let raw = field(&body, "webauthn_register").unwrap_or_default();
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
    let (key, user_id) = match finish_key_registration(&rp, &f, &cred, "webauthn") {
        Ok(done) => done,
        Err(e) => {
            f.ui.messages.push(crate::webauthn::verification_failed(e));
            return Outcome::invalid(f);
        }
    };
    let mut ident = identity::new_identity_in(app, &app.flow_schema(&f).id.clone(), traits);
    ident.id = user_id;
    crate::webauthn::add_credential(
        &mut ident,
        "webauthn",
        crate::webauthn::hex_id(key.cred_id()),
        &display,
        serde_json::to_value(&key).unwrap_or(Value::Null),
        true,
    );
    // passwordless keys are found by the schema's webauthn identifiers (login step one)
    let ids = app
        .schema_by_id(&ident.schema_id)
        .webauthn_identifiers(&ident.traits);
    if let Some(c) = ident.credentials.get_mut("webauthn") {
        c.identifiers = ids;
    }
    let mut f = match common::save_identity(app, f, &ident) {
        Ok(f) => f,
        Err(outcome) => return outcome,
    };
    f.internal.remove("webauthn_reg_state");
    hooks(app, req, f, ident, "webauthn")
}

/// Post-registration hooks ([`rules::registered`]); the verification flows are made here.
fn hooks(app: &App, req: &Req, f: Flow, ident: Identity, method: &str) -> Outcome {
    let client = common::client(req, &f);
    let return_to = f.return_to.clone();
    rules::registered(
        app,
        f,
        ident,
        method,
        client,
        &req.user_agent(),
        now(),
        |ident, address, csrf_raw| {
            super::verification::post_hook_flow(
                app,
                req,
                client.browser,
                csrf_raw,
                ident,
                address,
                return_to.clone(),
            )
            .map(|(vf, url)| (vf.id, url))
        },
    )
}
