//! Credentials never reach a log: the `Debug` output (`{:?}` and `{:#?}`) of every request
//! struct and request body shows its non-secret values and none of its secrets.
//!
//! The rule, written out here independently of the crate:
//! - a parameter is a credential when it is a header named `Cookie`, `X-Session-Token` or
//!   `Authorization` ([`CREDENTIAL_HEADERS`]), or when its wire name is one of
//!   [`CREDENTIAL_PARAMS`], wherever it goes (query, form, path);
//! - in a JSON body, a value is a credential when its key is one of [`CREDENTIAL_KEYS`] (the
//!   whole value, nested or not), and in a JSON Patch operation when its `path` names one of
//!   them or the identity's `credentials`.
//!
//! So that a new endpoint cannot be forgotten, [`every_endpoint_with_a_credential_or_a_body_is_covered`]
//! walks `endpoints::all()` and requires a case below for every operation that has a credential
//! parameter or a body. Each case's arguments are checked too: every credential parameter must
//! be given a `SECRET-…` value and every credential in its body must be one, so that a case
//! cannot pass by leaving its secrets out. A request struct gaining a field breaks the struct
//! literals below until the field is given a value here.
//!
//! Test values: secrets start with `SECRET-`, values that must stay visible with `visible-`.

use std::collections::BTreeSet;
use std::fmt::Debug;

use ory_wasm::endpoint::{Endpoint, Location, Param, ParamValue, Request};
use ory_wasm::endpoints::{self, courier, frontend, identity, jwk, oauth2, project};
use ory_wasm::models::*;
use serde_json::{json, Value};

/// Header names (case-insensitive) whose value is a credential.
const CREDENTIAL_HEADERS: &[&str] = &["cookie", "x-session-token", "authorization"];

/// Wire names (case-insensitive) of parameters whose value is a credential, wherever they go.
const CREDENTIAL_PARAMS: &[&str] = &[
    "token",
    "code",
    "refresh_token",
    "init_code",
    "return_to_code",
    "code_verifier",
    "client_secret",
    "client_assertion",
    "session_token",
    "access_token",
    "id_token",
    "password",
    "api_key",
];

/// JSON keys (case-insensitive) whose value is a credential in a request body.
const CREDENTIAL_KEYS: &[&str] = &[
    "password",
    "hashed_password",
    "totp_code",
    "lookup_secret",
    "code",
    "csrf_token",
    "session_token",
    "token",
    "id_token",
    "access_token",
    "refresh_token",
    "client_secret",
    "registration_access_token",
    "secrets",
    // The private parts of a JSON Web Key (RFC 7518 §6.2.2, §6.3.2, §6.4.1).
    "d",
    "p",
    "q",
    "dp",
    "dq",
    "qi",
    "k",
];

fn is_credential_param(param: &Param) -> bool {
    let listed = |list: &[&str]| {
        list.iter()
            .any(|name| name.eq_ignore_ascii_case(param.wire))
    };
    (param.location == Location::Header && listed(CREDENTIAL_HEADERS)) || listed(CREDENTIAL_PARAMS)
}

fn is_credential_key(key: &str) -> bool {
    CREDENTIAL_KEYS
        .iter()
        .any(|name| name.eq_ignore_ascii_case(key))
}

/// Whether a JSON Patch `path` points into a credential.
fn is_credential_path(path: &str) -> bool {
    path.split('/')
        .any(|segment| segment == "credentials" || is_credential_key(segment))
}

fn secret(name: &str) -> String {
    format!("SECRET-{name}")
}

fn visible(name: &str) -> String {
    format!("visible-{name}")
}

/// Every string leaf of `value`, with whether the rule makes it a credential.
fn leaves(value: &Value, credential: bool, out: &mut Vec<(String, bool)>) {
    match value {
        Value::String(text) => out.push((text.clone(), credential)),
        Value::Array(items) => items.iter().for_each(|item| leaves(item, credential, out)),
        Value::Object(map) => {
            let patch_secret = map.contains_key("op")
                && map
                    .get("path")
                    .and_then(Value::as_str)
                    .is_some_and(is_credential_path);
            for (key, item) in map {
                let secret_here = is_credential_key(key) || (patch_secret && key == "value");
                leaves(item, credential || secret_here, out);
            }
        }
        _ => {}
    }
}

/// Checks the `Debug` output of something holding `values` (text, is it a credential).
fn check_debug(what: &str, value: &dyn Debug, values: &[(String, bool)]) {
    check_debug_text(what, &[format!("{value:?}"), format!("{value:#?}")], values);
}

/// Checks `Debug` outputs (`{:?}` and `{:#?}`) of something holding `values`.
fn check_debug_text(what: &str, outputs: &[String], values: &[(String, bool)]) {
    for debug in outputs {
        assert!(
            !debug.contains("SECRET-"),
            "{what}: a secret is shown:\n{debug}"
        );
        for (text, credential) in values {
            if *credential {
                assert!(
                    text.starts_with("SECRET-"),
                    "{what}: the credential {text:?} must be a SECRET- test value"
                );
            } else {
                assert!(
                    !text.starts_with("SECRET-"),
                    "{what}: {text:?} is not a credential by the rule, but a SECRET- test value"
                );
                if text.starts_with("visible-") {
                    assert!(
                        debug.contains(text.as_str()),
                        "{what}: {text:?} is hidden:\n{debug}"
                    );
                }
            }
        }
    }
}

/// The string values of one request's arguments, with whether the rule makes each a credential.
fn request_values<R: Request>(request: &R) -> Vec<(String, bool)> {
    let endpoint = R::ENDPOINT;
    let arguments = request.arguments().expect("arguments");
    let mut values = Vec::new();
    for (param, value) in endpoint.params.iter().zip(&arguments.values) {
        let credential = is_credential_param(param);
        match value {
            Some(ParamValue::Text(text)) => values.push((text.clone(), credential)),
            Some(ParamValue::List(items)) => {
                values.extend(items.iter().map(|item| (item.clone(), credential)))
            }
            Some(_) => assert!(!credential, "{}: {} is not text", endpoint.path, param.wire),
            None => assert!(
                !credential,
                "{}: give the credential {} a SECRET- value",
                endpoint.path, param.wire
            ),
        }
    }
    if let Some(body) = &arguments.body {
        let body: Value = serde_json::from_str(body).expect("the body is JSON");
        let mut body_values = Vec::new();
        leaves(&body, false, &mut body_values);
        assert!(
            body_values.iter().any(|(_, credential)| *credential),
            "{}: give the body a credential to hide",
            endpoint.path
        );
        values.extend(body_values);
    }
    values
}

/// One request's endpoint, the struct's name, its `Debug` outputs and its values.
struct Case {
    endpoint: &'static Endpoint,
    name: &'static str,
    outputs: [String; 2],
    values: Vec<(String, bool)>,
}

fn case<R: Request + Debug>(request: R) -> Case {
    Case {
        endpoint: R::ENDPOINT,
        name: std::any::type_name::<R>().rsplit("::").next().unwrap(),
        outputs: [format!("{request:?}"), format!("{request:#?}")],
        values: request_values(&request),
    }
}

/// `transient_payload` and `extra` of a body: one visible value, one credential.
fn extras(name: &str) -> Value {
    json!({
        "transient_payload": {"note": visible(&format!("{name}-payload")), "token": secret(&format!("{name}-payload"))},
        "captcha": visible(&format!("{name}-extra")),
        "password": secret(&format!("{name}-extra")),
    })
}

/// A body parsed from `fixture` plus [`extras`], checked to be the typed variant.
fn body<T: serde::de::DeserializeOwned + Debug>(name: &str, mut fixture: Value) -> T {
    let Value::Object(extra) = extras(name) else {
        unreachable!()
    };
    let map = fixture.as_object_mut().unwrap();
    for (key, value) in extra {
        if key != "password" || !map.contains_key("password") {
            map.insert(key, value);
        }
    }
    let method = map["method"].clone();
    let body: T = serde_json::from_value(fixture).expect("body");
    assert!(
        !format!("{body:?}").starts_with("Other"),
        "{name} ({method}) parsed as Other: {body:?}"
    );
    body
}

fn login_bodies() -> Vec<UpdateLoginFlowBody> {
    [
        json!({"method": "password", "identifier": visible("login-identifier"), "password": secret("login-password"),
               "password_identifier": visible("login-password-identifier"), "csrf_token": secret("login-csrf")}),
        json!({"method": "oidc", "provider": visible("login-provider"), "traits": {"email": visible("login-email")},
               "upstream_parameters": {"login_hint": visible("login-hint")}, "id_token": secret("login-id-token"),
               "id_token_nonce": visible("login-nonce"), "csrf_token": secret("login-csrf")}),
        json!({"method": "totp", "totp_code": secret("login-totp"), "csrf_token": secret("login-csrf")}),
        json!({"method": "lookup_secret", "lookup_secret": secret("login-lookup"), "csrf_token": secret("login-csrf")}),
        json!({"method": "webauthn", "identifier": visible("login-webauthn-identifier"),
               "webauthn_login": visible("login-assertion"), "csrf_token": secret("login-csrf")}),
        json!({"method": "code", "identifier": visible("login-code-identifier"), "code": secret("login-code"),
               "resend": visible("login-resend"), "address": visible("login-address"), "csrf_token": secret("login-csrf")}),
        json!({"method": "passkey", "passkey_login": visible("login-passkey"), "csrf_token": secret("login-csrf")}),
        json!({"method": "identifier_first", "identifier": visible("login-first-identifier"), "csrf_token": secret("login-csrf")}),
    ]
    .into_iter()
    .map(|fixture| body("login", fixture))
    .collect()
}

fn registration_bodies() -> Vec<UpdateRegistrationFlowBody> {
    let traits = || json!({"email": visible("registration-email")});
    [
        json!({"method": "password", "password": secret("registration-password"), "traits": traits(),
               "csrf_token": secret("registration-csrf")}),
        json!({"method": "oidc", "provider": visible("registration-provider"), "traits": traits(),
               "upstream_parameters": {"hd": visible("registration-hd")}, "id_token": secret("registration-id-token"),
               "id_token_nonce": visible("registration-nonce"), "csrf_token": secret("registration-csrf")}),
        json!({"method": "webauthn", "traits": traits(), "webauthn_register": visible("registration-attestation"),
               "webauthn_register_displayname": visible("registration-key-name"), "csrf_token": secret("registration-csrf")}),
        json!({"method": "code", "traits": traits(), "code": secret("registration-code"),
               "resend": visible("registration-resend"), "csrf_token": secret("registration-csrf")}),
        json!({"method": "passkey", "traits": traits(), "passkey_register": visible("registration-passkey"),
               "csrf_token": secret("registration-csrf")}),
        json!({"method": "profile", "traits": traits(), "screen": visible("registration-screen"),
               "csrf_token": secret("registration-csrf")}),
    ]
    .into_iter()
    .map(|fixture| body("registration", fixture))
    .collect()
}

fn recovery_bodies() -> Vec<UpdateRecoveryFlowBody> {
    [
        json!({"method": "link", "email": visible("recovery-email"), "csrf_token": secret("recovery-csrf")}),
        json!({"method": "code", "email": visible("recovery-code-email"), "code": secret("recovery-code"),
               "csrf_token": secret("recovery-csrf")}),
    ]
    .into_iter()
    .map(|fixture| body("recovery", fixture))
    .collect()
}

fn verification_bodies() -> Vec<UpdateVerificationFlowBody> {
    [
        json!({"method": "link", "email": visible("verification-email"), "csrf_token": secret("verification-csrf")}),
        json!({"method": "code", "email": visible("verification-code-email"), "code": secret("verification-code"),
               "csrf_token": secret("verification-csrf")}),
    ]
    .into_iter()
    .map(|fixture| body("verification", fixture))
    .collect()
}

fn settings_bodies() -> Vec<UpdateSettingsFlowBody> {
    [
        json!({"method": "password", "password": secret("settings-password"), "csrf_token": secret("settings-csrf")}),
        json!({"method": "profile", "traits": {"email": visible("settings-email")}, "csrf_token": secret("settings-csrf")}),
        json!({"method": "oidc", "link": visible("settings-link"), "unlink": visible("settings-unlink"),
               "traits": {"name": visible("settings-name")}, "upstream_parameters": {"prompt": visible("settings-prompt")},
               "flow": visible("settings-flow"), "csrf_token": secret("settings-csrf")}),
        json!({"method": "totp", "totp_code": secret("settings-totp"), "totp_unlink": true, "csrf_token": secret("settings-csrf")}),
        json!({"method": "lookup_secret", "lookup_secret_reveal": true, "lookup_secret_regenerate": true,
               "lookup_secret_confirm": true, "lookup_secret_disable": true, "csrf_token": secret("settings-csrf")}),
        json!({"method": "webauthn", "webauthn_register": visible("settings-attestation"),
               "webauthn_register_displayname": visible("settings-key-name"), "webauthn_remove": visible("settings-remove"),
               "csrf_token": secret("settings-csrf")}),
        json!({"method": "passkey", "passkey_settings_register": visible("settings-passkey"),
               "passkey_remove": visible("settings-passkey-remove"), "csrf_token": secret("settings-csrf")}),
    ]
    .into_iter()
    .map(|fixture| body("settings", fixture))
    .collect()
}

/// Checks one body model's `Debug` against its own JSON.
fn check_body<T: serde::Serialize + Debug>(body: &T) {
    let json = serde_json::to_value(body).unwrap();
    let mut values = Vec::new();
    leaves(&json, false, &mut values);
    assert!(values.iter().any(|(_, credential)| *credential), "{json}");
    check_debug(&json.to_string(), body, &values);
}

#[test]
fn every_update_body_hides_its_credentials() {
    login_bodies().iter().for_each(check_body);
    registration_bodies().iter().for_each(check_body);
    recovery_bodies().iter().for_each(check_body);
    verification_bodies().iter().for_each(check_body);
    settings_bodies().iter().for_each(check_body);
    check_body(&PerformNativeLogoutBody {
        session_token: secret("logout-session-token"),
        extra: extras("logout").as_object().unwrap().clone(),
    });
}

#[test]
fn a_raw_body_of_an_unknown_method_hides_its_credentials() {
    let raw = json!({"method": "saml", "organization": visible("saml-organization"),
                     "csrf_token": secret("saml-csrf"), "password": secret("saml-password"),
                     "nested": {"code": secret("saml-code"), "label": visible("saml-label")}});
    check_body(&UpdateLoginFlowBody::Other(raw.clone()));
    check_body(&UpdateRegistrationFlowBody::Other(raw.clone()));
    check_body(&UpdateRecoveryFlowBody::Other(raw.clone()));
    check_body(&UpdateVerificationFlowBody::Other(raw.clone()));
    check_body(&UpdateSettingsFlowBody::Other(raw));
}

#[test]
fn an_absent_secret_shows_as_none() {
    let request = frontend::ToSession {
        x_session_token: Some(secret("session-token")),
        cookie: None,
        tokenize_as: Some(visible("template")),
    };
    let debug = format!("{request:?}");
    assert!(debug.contains("x_session_token: <redacted>"), "{debug}");
    assert!(debug.contains("cookie: None"), "{debug}");
    assert!(
        debug.contains("tokenize_as: Some(\"visible-template\")"),
        "{debug}"
    );
}

/// An identity with a plain-text password to import, as `createIdentityBody` takes it.
fn identity_body(name: &str) -> Value {
    json!({
        "schema_id": visible(&format!("{name}-schema")),
        "traits": {"email": visible(&format!("{name}-email"))},
        "credentials": {
            "password": {"config": {"password": secret(&format!("{name}-password"))}},
            "oidc": {"config": {"providers": [{"provider": "github", "subject": "x"}]}},
        },
    })
}

/// An OAuth2 client with its secret, as `oAuth2Client` takes it.
fn client_body(name: &str) -> Value {
    json!({
        "client_name": visible(&format!("{name}-client-name")),
        "client_secret": secret(&format!("{name}-client-secret")),
        "registration_access_token": secret(&format!("{name}-registration-token")),
        "redirect_uris": [visible(&format!("{name}-redirect"))],
    })
}

/// A JSON Patch touching a password and a trait.
fn patch_body(name: &str) -> Value {
    json!([
        {"op": "replace", "path": "/credentials/password/config/password", "value": secret(&format!("{name}-patch"))},
        {"op": "replace", "path": "/traits/email", "value": visible(&format!("{name}-patch-email"))},
        {"op": "replace", "path": "/client_secret", "value": secret(&format!("{name}-patch-secret"))},
    ])
}

/// A private JSON Web Key.
fn jwk_body(name: &str) -> Value {
    json!({
        "kty": "RSA",
        "kid": visible(&format!("{name}-kid")),
        "n": visible(&format!("{name}-n")),
        "e": "AQAB",
        "d": secret(&format!("{name}-d")),
        "p": secret(&format!("{name}-p")),
        "q": secret(&format!("{name}-q")),
        "dp": secret(&format!("{name}-dp")),
        "dq": secret(&format!("{name}-dq")),
        "qi": secret(&format!("{name}-qi")),
    })
}

/// A JSON body as the typed body model of its operation, with `fields` added (the model's
/// required fields); what the model does not know stays in its `extra`.
fn typed<T: serde::de::DeserializeOwned>(body: Value, fields: Value) -> T {
    let (Value::Object(mut body), Value::Object(fields)) = (body, fields) else {
        panic!("two JSON objects")
    };
    body.extend(fields);
    serde_json::from_value(Value::Object(body)).expect("the typed body model")
}

/// Any other JSON body: a visible field and a token.
fn other_body(name: &str) -> Value {
    json!({"label": visible(&format!("{name}-label")), "token": secret(&format!("{name}-token"))})
}

fn cases() -> Vec<Case> {
    let s = secret;
    let v = visible;
    vec![
        // Self-service and sessions.
        case(frontend::CreateBrowserLoginFlow {
            refresh: Some(true),
            aal: Some(v("aal")),
            return_to: Some(v("return-to")),
            cookie: Some(s("cookie-1")),
            login_challenge: Some(v("login-challenge")),
            organization: Some(v("organization")),
            via: Some(v("via")),
        }),
        case(frontend::CreateNativeLoginFlow {
            refresh: Some(false),
            aal: Some(v("aal")),
            x_session_token: Some(s("session-token-1")),
            return_session_token_exchange_code: Some(true),
            return_to: Some(v("return-to")),
            via: Some(v("via")),
        }),
        case(frontend::GetLoginFlow {
            id: v("flow-id"),
            cookie: Some(s("cookie-2")),
        }),
        case(frontend::UpdateLoginFlow {
            flow: v("flow-id"),
            x_session_token: Some(s("session-token-2")),
            cookie: Some(s("cookie-3")),
            update_login_flow_body: login_bodies().swap_remove(0),
        }),
        case(frontend::GetRegistrationFlow {
            id: v("flow-id"),
            cookie: Some(s("cookie-4")),
        }),
        case(frontend::UpdateRegistrationFlow {
            flow: v("flow-id"),
            cookie: Some(s("cookie-5")),
            update_registration_flow_body: registration_bodies().swap_remove(0),
        }),
        case(frontend::GetRecoveryFlow {
            id: v("flow-id"),
            cookie: Some(s("cookie-6")),
        }),
        case(frontend::UpdateRecoveryFlow {
            flow: v("flow-id"),
            token: Some(s("recovery-link-token")),
            cookie: Some(s("cookie-7")),
            update_recovery_flow_body: recovery_bodies().swap_remove(1),
        }),
        case(frontend::GetVerificationFlow {
            id: v("flow-id"),
            cookie: Some(s("cookie-8")),
        }),
        case(frontend::UpdateVerificationFlow {
            flow: v("flow-id"),
            token: Some(s("verification-link-token")),
            cookie: Some(s("cookie-9")),
            update_verification_flow_body: verification_bodies().swap_remove(1),
        }),
        case(frontend::CreateBrowserSettingsFlow {
            return_to: Some(v("return-to")),
            cookie: Some(s("cookie-10")),
        }),
        case(frontend::CreateNativeSettingsFlow {
            x_session_token: Some(s("session-token-3")),
        }),
        case(frontend::GetSettingsFlow {
            id: v("flow-id"),
            x_session_token: Some(s("session-token-4")),
            cookie: Some(s("cookie-11")),
        }),
        case(frontend::UpdateSettingsFlow {
            flow: v("flow-id"),
            x_session_token: Some(s("session-token-5")),
            cookie: Some(s("cookie-12")),
            update_settings_flow_body: settings_bodies().swap_remove(0),
        }),
        case(frontend::CreateBrowserLogoutFlow {
            cookie: Some(s("cookie-13")),
            return_to: Some(v("return-to")),
        }),
        case(frontend::UpdateLogoutFlow {
            token: Some(s("logout-token")),
            return_to: Some(v("return-to")),
            cookie: Some(s("cookie-14")),
        }),
        case(frontend::PerformNativeLogout {
            perform_native_logout_body: PerformNativeLogoutBody {
                session_token: s("session-token-6"),
                extra: Default::default(),
            },
        }),
        case(frontend::ToSession {
            x_session_token: Some(s("session-token-7")),
            cookie: Some(s("cookie-15")),
            tokenize_as: Some(v("tokenize-as")),
        }),
        case(frontend::ListMySessions {
            per_page: Some(1),
            page: Some(2),
            page_size: Some(3),
            page_token: Some(v("page-token")),
            x_session_token: Some(s("session-token-8")),
            cookie: Some(s("cookie-16")),
        }),
        case(frontend::DisableMySession {
            id: v("session-id"),
            x_session_token: Some(s("session-token-9")),
            cookie: Some(s("cookie-17")),
        }),
        case(frontend::DisableMyOtherSessions {
            x_session_token: Some(s("session-token-10")),
            cookie: Some(s("cookie-18")),
        }),
        case(frontend::ExchangeSessionToken {
            init_code: s("init-code"),
            return_to_code: s("return-to-code"),
        }),
        // Identities.
        case(identity::CreateIdentity {
            body: Some(identity_body("create-identity")),
        }),
        case(identity::PatchIdentity {
            id: v("identity-id"),
            body: Some(patch_body("patch-identity")),
        }),
        case(identity::UpdateIdentity {
            id: v("identity-id"),
            body: Some(identity_body("update-identity")),
        }),
        case(identity::CreateRecoveryCodeForIdentity {
            body: Some(other_body("recovery-code")),
        }),
        case(identity::CreateRecoveryLinkForIdentity {
            return_to: Some(v("return-to")),
            body: Some(other_body("recovery-link")),
        }),
        // OAuth2 and OpenID Connect.
        case(oauth2::CreateOAuth2Client {
            body: typed(client_body("create-client"), json!({})),
        }),
        case(oauth2::PatchOAuth2Client {
            id: v("client-id"),
            body: patch_body("patch-client"),
        }),
        case(oauth2::SetOAuth2Client {
            id: v("client-id"),
            body: typed(client_body("set-client"), json!({})),
        }),
        case(oauth2::AcceptOAuth2ConsentRequest {
            consent_challenge: v("consent-challenge"),
            body: Some(typed(
                other_body("accept-consent"),
                json!({"grant_scope": [visible("accept-consent-scope")]}),
            )),
        }),
        case(oauth2::RejectOAuth2ConsentRequest {
            consent_challenge: v("consent-challenge"),
            body: Some(typed(other_body("reject-consent"), json!({}))),
        }),
        case(oauth2::AcceptOAuth2LoginRequest {
            login_challenge: v("login-challenge"),
            body: Some(typed(
                other_body("accept-login"),
                json!({"subject": visible("accept-login-subject")}),
            )),
        }),
        case(oauth2::RejectOAuth2LoginRequest {
            login_challenge: v("login-challenge"),
            body: Some(typed(
                other_body("reject-login"),
                json!({"error_description": visible("reject-login-description")}),
            )),
        }),
        case(oauth2::RejectOAuth2LogoutRequest {
            logout_challenge: v("logout-challenge"),
            body: Some(typed(other_body("reject-logout"), json!({}))),
        }),
        case(oauth2::IntrospectOAuth2Token {
            scope: Some(v("scope")),
            token: s("introspected-token"),
        }),
        case(oauth2::TrustOAuth2JwtGrantIssuer {
            body: Some(typed(
                other_body("trust-issuer"),
                json!({"issuer": visible("trust-issuer-issuer"), "expires_at": "2030-01-01T00:00:00Z", "scope": [visible("trust-issuer-scope")], "jwk": jwk_body("trust-issuer-jwk")}),
            )),
        }),
        case(oauth2::CreateOidcDynamicClient {
            body: typed(client_body("create-dynamic-client"), json!({})),
        }),
        case(oauth2::SetOidcDynamicClient {
            id: v("client-id"),
            body: typed(client_body("set-dynamic-client"), json!({})),
        }),
        case(oauth2::RevokeOAuth2Token {
            token: s("revoked-token"),
        }),
        case(oauth2::Oauth2TokenExchange {
            client_id: Some(v("client-id")),
            code: Some(s("authorization-code")),
            grant_type: v("grant-type"),
            redirect_uri: Some(v("redirect-uri")),
            refresh_token: Some(s("refresh-token")),
        }),
        // JSON Web Keys.
        case(jwk::CreateJsonWebKeySet {
            set: v("set"),
            body: typed(
                other_body("create-key-set"),
                json!({"alg": "RS256", "kid": visible("create-key-set-kid"), "use": "sig"}),
            ),
        }),
        case(jwk::SetJsonWebKeySet {
            set: v("set"),
            body: Some(typed(json!({"keys": [jwk_body("set-key-set")]}), json!({}))),
        }),
        case(jwk::SetJsonWebKey {
            set: v("set"),
            kid: v("kid"),
            body: Some(typed(jwk_body("set-key"), json!({}))),
        }),
        // Projects.
        case(project::CreateProject {
            body: Some(typed(
                other_body("create-project"),
                json!({"name": visible("create-project-name")}),
            )),
        }),
        case(project::PatchProject {
            project_id: v("project-id"),
            body: Some(patch_body("patch-project")),
        }),
        case(project::SetProject {
            project_id: v("project-id"),
            body: Some(typed(
                json!({
                    "name": visible("project-name"),
                    "services": {"identity": {"config": {
                        "secrets": {"cookie": [secret("project-cookie-secret")]},
                        "selfservice": {"methods": {"oidc": {"config": {"providers": [{
                            "id": visible("project-provider"),
                            "client_secret": secret("project-provider-secret"),
                        }]}}}},
                    }}},
                }),
                json!({}),
            )),
        }),
        case(project::CreateProjectApiKey {
            project: v("project"),
            body: Some(typed(
                other_body("create-api-key"),
                json!({"name": visible("create-api-key-name")}),
            )),
        }),
    ]
}

#[test]
fn every_request_hides_its_credentials() {
    for case in cases() {
        let what = format!("{} {}", case.endpoint.method.as_str(), case.endpoint.path);
        check_debug_text(&what, &case.outputs, &case.values);
        assert!(
            case.outputs[0].starts_with(case.name),
            "{what}: {}",
            case.outputs[0]
        );
    }
}

#[test]
fn every_endpoint_with_a_credential_or_a_body_is_covered() {
    let covered: BTreeSet<&str> = cases()
        .into_iter()
        .map(|case| case.endpoint.v1_name.unwrap())
        .collect();
    let mut missing = Vec::new();
    for endpoint in endpoints::all() {
        let credential = endpoint.params.iter().any(is_credential_param);
        if (credential || endpoint.body.is_some()) && !covered.contains(endpoint.v1_name.unwrap()) {
            missing.push(endpoint.v1_name.unwrap());
        }
    }
    assert!(
        missing.is_empty(),
        "add a case to tests/redaction.rs for: {missing:?}"
    );
}

#[test]
fn the_crate_counts_every_credential_parameter_as_one() {
    for endpoint in endpoints::all() {
        for param in endpoint.params {
            if is_credential_param(param) {
                assert!(param.is_credential(), "{}: {}", endpoint.path, param.wire);
            }
        }
    }
}

#[test]
fn requests_without_credentials_still_show_their_values() {
    let request = courier::ListCourierMessages {
        page_size: Some(5),
        page_token: Some(visible("page-token")),
        status: Some(visible("status")),
        recipient: Some(visible("recipient")),
        per_page: None,
        page: None,
    };
    let debug = format!("{request:?}");
    assert_eq!(
        debug,
        "ListCourierMessages { page_size: Some(5), page_token: Some(\"visible-page-token\"), \
         status: Some(\"visible-status\"), recipient: Some(\"visible-recipient\"), \
         per_page: None, page: None }"
    );
    assert_eq!(
        format!("{:?}", frontend::CreateNativeRecoveryFlow),
        "CreateNativeRecoveryFlow"
    );
    let request = identity::GetIdentity {
        id: visible("identity-id"),
        include_credential: Some(vec![visible("password")]),
    };
    assert_eq!(
        format!("{request:?}"),
        "GetIdentity { id: \"visible-identity-id\", include_credential: Some([\"visible-password\"]) }"
    );
}

#[test]
fn a_session_hides_its_token_and_its_identitys_credentials() {
    let session: Session = serde_json::from_value(json!({
        "id": visible("session-id"),
        "active": true,
        "tokenized": secret("session-jwt"),
        "identity": {
            "id": visible("identity-id"),
            "schema_id": visible("schema"),
            "schema_url": visible("schema-url"),
            "traits": {"email": visible("email")},
            "credentials": {
                "password": {"type": "password", "identifiers": [visible("identifier")],
                             "config": {"hashed_password": secret("hash")}},
                "oidc": {"type": "oidc", "identifiers": [visible("oidc-identifier")],
                         "config": {"providers": [{"provider": visible("provider"), "subject": visible("subject"),
                                                   "initial_access_token": secret("upstream-access"),
                                                   "initial_refresh_token": secret("upstream-refresh"),
                                                   "initial_id_token": secret("upstream-id")}]}},
            },
        },
    }))
    .expect("session");
    for debug in [format!("{session:?}"), format!("{session:#?}")] {
        assert!(!debug.contains("SECRET-"), "{debug}");
        for shown in [
            "session-id",
            "identity-id",
            "email",
            "identifier",
            "oidc-identifier",
            "provider",
            "subject",
        ] {
            assert!(debug.contains(&visible(shown)), "{shown}: {debug}");
        }
    }
    assert!(format!("{session:?}").contains("tokenized: <redacted>"));
}

/// The request built for a transport, and the arguments it is built from: the URL's credential
/// query parameters, credential headers and the body's credentials are hidden.
#[test]
fn a_built_request_and_its_arguments_hide_their_credentials() {
    use ory_wasm::config::Configuration;
    use ory_wasm::endpoint::{build_request, CallOptions, Platform};

    fn built<R: Request>(
        request: &R,
        config: &Configuration,
        options: &CallOptions,
    ) -> Vec<String> {
        let arguments = request.arguments().expect("arguments");
        let http = build_request(config, R::ENDPOINT, &arguments, options, Platform::Server)
            .expect("request");
        assert!(
            http.url.contains("SECRET-")
                || http.body.as_deref().unwrap_or("").contains("SECRET-")
                || http
                    .headers
                    .iter()
                    .any(|(_, value)| value.contains("SECRET-")),
            "the test request must send a secret: {}",
            http.url
        );
        vec![
            format!("{http:?}"),
            format!("{http:#?}"),
            format!("{arguments:?}"),
            format!("{arguments:#?}"),
            format!("{options:?}"),
        ]
    }

    let config = Configuration::new("https://project.oryapis.com")
        .unwrap()
        .with_api_key(secret("api-key"));
    let options = CallOptions {
        headers: vec![
            ("X-Request-Id".to_owned(), visible("request-id")),
            (
                "Authorization".to_owned(),
                format!("Bearer {}", secret("bearer")),
            ),
        ],
        timeout_ms: Some(5),
    };
    let outputs = [
        built(
            &frontend::UpdateRecoveryFlow {
                flow: visible("flow-id"),
                token: Some(secret("recovery-link-token")),
                cookie: Some(secret("cookie")),
                update_recovery_flow_body: recovery_bodies().swap_remove(1),
            },
            &config,
            &options,
        ),
        built(
            &oauth2::Oauth2TokenExchange {
                client_id: Some(visible("client-id")),
                code: Some(secret("authorization-code")),
                grant_type: visible("grant-type"),
                redirect_uri: Some(visible("redirect-uri")),
                refresh_token: Some(secret("refresh-token")),
            },
            &config,
            &CallOptions::default(),
        ),
        built(
            &frontend::UpdateLoginFlow {
                flow: visible("login-flow-id"),
                x_session_token: Some(secret("session-token")),
                cookie: None,
                update_login_flow_body: login_bodies().swap_remove(0),
            },
            &config,
            &CallOptions::default(),
        ),
    ];
    for debug in outputs.iter().flatten() {
        assert!(!debug.contains("SECRET-"), "a secret is shown:\n{debug}");
    }
    let recovery = &outputs[0][0];
    assert!(recovery.contains("flow=visible-flow-id"), "{recovery}");
    assert!(
        recovery.contains("visible-recovery-code-email"),
        "{recovery}"
    );
    assert!(recovery.contains("visible-request-id"), "{recovery}");
    assert!(
        outputs[0][4].contains("visible-request-id"),
        "{}",
        outputs[0][4]
    );
    let token = &outputs[1][0];
    assert!(token.contains("grant_type=visible-grant-type"), "{token}");
    assert!(
        token.contains("redirect_uri=visible-redirect-uri"),
        "{token}"
    );
    let login = &outputs[2][0];
    assert!(login.contains("visible-login-identifier"), "{login}");
}

// ------------------------------------------------------------------------------------------------
// Answers that carry a credential: session tokens, the token exchange code, the logout token
// ------------------------------------------------------------------------------------------------

/// `{:?}` and `{:#?}` of `value` hold none of `secrets` and every one of `shown`.
fn check_answer(what: &str, value: &dyn Debug, secrets: &[&str], shown: &[&str]) {
    for text in [format!("{value:?}"), format!("{value:#?}")] {
        for secret in secrets {
            assert!(!text.contains(secret), "{what} prints {secret}: {text}");
        }
        for visible in shown {
            assert!(text.contains(visible), "{what} hides {visible}: {text}");
        }
    }
}

#[test]
fn answers_hide_the_credentials_they_carry() {
    let session = json!({ "id": "session-visible", "identity": { "id": "identity-visible", "schema_id": "default", "schema_url": "", "traits": {} } });
    let parse = |value: Value| value;

    let login: SuccessfulNativeLogin = serde_json::from_value(parse(json!({
        "session_token": "SECRET-login-token",
        "session": session,
        "continue_with": [{ "action": "set_ory_session_token", "ory_session_token": "SECRET-continue-token" }],
    })))
    .unwrap();
    check_answer(
        "SuccessfulNativeLogin",
        &login,
        &["SECRET-login-token", "SECRET-continue-token"],
        &["session-visible"],
    );

    let registration: SuccessfulNativeRegistration = serde_json::from_value(json!({
        "identity": session["identity"],
        "session_token": "SECRET-registration-token",
    }))
    .unwrap();
    check_answer(
        "SuccessfulNativeRegistration",
        &registration,
        &["SECRET-registration-token"],
        &["identity-visible"],
    );

    let exchange: SuccessfulCodeExchangeResponse = serde_json::from_value(
        json!({ "session_token": "SECRET-exchange-token", "session": session }),
    )
    .unwrap();
    check_answer(
        "SuccessfulCodeExchangeResponse",
        &exchange,
        &["SECRET-exchange-token"],
        &["session-visible"],
    );

    let logout: LogoutFlow = serde_json::from_value(json!({
        "logout_url": "https://auth.example/self-service/logout?token=SECRET-logout-token",
        "logout_token": "SECRET-logout-token",
    }))
    .unwrap();
    check_answer(
        "LogoutFlow",
        &logout,
        &["SECRET-logout-token"],
        &["https://auth.example/self-service/logout"],
    );

    for (kind, fixture) in [
        ("login", "v1/login-flow-password-browser.json"),
        ("registration", "v1/registration-flow-password-browser.json"),
    ] {
        let mut flow: Value = serde_json::from_str(
            &std::fs::read_to_string(format!(
                "{}/../shared/kratos/fixtures/{fixture}",
                env!("CARGO_MANIFEST_DIR")
            ))
            .unwrap(),
        )
        .unwrap();
        flow["session_token_exchange_code"] = json!("SECRET-exchange-code");
        let id = flow["id"].as_str().unwrap().to_owned();
        if kind == "login" {
            let flow: LoginFlow = serde_json::from_value(flow).unwrap();
            check_answer("LoginFlow", &flow, &["SECRET-exchange-code"], &[&id]);
        } else {
            let flow: RegistrationFlow = serde_json::from_value(flow).unwrap();
            check_answer("RegistrationFlow", &flow, &["SECRET-exchange-code"], &[&id]);
        }
    }
}

/// A flow's UI carries secrets too: the CSRF token, the TOTP key (as text and inside the QR
/// image), the backup codes, and whatever a hostile server puts in a credential input. `{:?}` of
/// a flow must show none of them, and still show the rest (names, labels, other values).
#[test]
fn flows_hide_the_secrets_in_their_nodes() {
    let mut flow: Value = serde_json::from_str(
        &std::fs::read_to_string(format!(
            "{}/../shared/kratos/fixtures/v1/settings-flow-lookup-secret-generated.json",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap(),
    )
    .unwrap();
    let nodes = flow["ui"]["nodes"].as_array_mut().unwrap();
    for node in nodes.iter_mut() {
        let attributes = &mut node["attributes"];
        if attributes["name"] == "csrf_token" {
            attributes["value"] = json!("SECRET-csrf");
        }
        if attributes["name"] == "password" {
            attributes["value"] = json!("SECRET-password");
        }
        if attributes["id"] == "lookup_secret_codes" {
            let codes: Vec<String> = (0..3).map(|i| format!("SECRET-code-{i}")).collect();
            attributes["text"]["text"] = json!(codes.join(", "));
            attributes["text"]["context"]["secrets"] = codes
                .iter()
                .map(|code| json!({"id": 1050009, "text": code, "type": "info", "context": {"secret": code}}))
                .collect();
        }
    }
    nodes.push(json!({"type": "img", "group": "totp", "attributes": {
        "id": "totp_qr", "src": "data:image/png;base64,SECRET-qr", "width": 256, "height": 256,
        "node_type": "img"}, "messages": [], "meta": {"label": {"id": 1050005,
        "text": "Authenticator app QR code", "type": "info"}}}));
    nodes.push(json!({"type": "text", "group": "totp", "attributes": {
        "id": "totp_secret_key", "text": {"id": 1050006, "text": "SECRET-totp-key", "type": "info",
        "context": {"secret": "SECRET-totp-key"}}, "node_type": "text"}, "messages": [],
        "meta": {"label": {"id": 1050017, "text": "This is your authenticator app secret.",
        "type": "info"}}}));
    let flow: SettingsFlow = serde_json::from_value(flow).unwrap();
    check_answer(
        "SettingsFlow",
        &flow,
        &[
            "SECRET-csrf",
            "SECRET-password",
            "SECRET-code-",
            "SECRET-qr",
            "SECRET-totp-key",
        ],
        &[
            "lookup_secret_confirm",
            "Confirm backup recovery codes",
            "dev@ory.dev",
            "totp_qr",
            "totp_secret_key",
            "This is your authenticator app secret.",
            "csrf_token",
        ],
    );
}
