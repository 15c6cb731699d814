//! WebAuthn and passkeys: the relying party (webauthn-rs), the helper script served at
//! `/.well-known/ory/webauthn.js`, and the Kratos v1.3.1 node sets.

use axum::http::header;
use axum::response::{IntoResponse, Response};
use base64::Engine;
use serde_json::{json, Value};
use sha2::{Digest, Sha512};
use webauthn_rs::prelude::*;

use crate::errors::ApiError;
use crate::model::{now, ts, Identity, Node, Text};
use crate::nodes::{input, script_node};
use crate::state::App;

pub const JS: &str = include_str!("webauthn.js");

pub fn integrity() -> String {
    format!(
        "sha512-{}",
        base64::engine::general_purpose::STANDARD.encode(Sha512::digest(JS.as_bytes()))
    )
}

/// `GET /.well-known/ory/webauthn.js`.
pub async fn serve_js() -> Response {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        JS,
    )
        .into_response()
}

/// The relying party for the configured RP id and origins (any port).
pub fn rp(app: &App) -> Result<Webauthn, ApiError> {
    let origins: Vec<Url> = app
        .cfg
        .webauthn_rp_origins
        .iter()
        .filter_map(|o| Url::parse(o).ok())
        .collect();
    let Some(first) = origins.first() else {
        return Err(ApiError::internal("no valid WebAuthn origin configured"));
    };
    let mut b = WebauthnBuilder::new(&app.cfg.webauthn_rp_id, first)
        .map_err(|e| ApiError::internal(format!("WebAuthn configuration: {e}")))?
        .rp_name(&app.cfg.webauthn_rp_display_name)
        .allow_any_port(true);
    for o in origins.iter().skip(1) {
        b = b.append_allowed_origin(o);
    }
    b.build()
        .map_err(|e| ApiError::internal(format!("WebAuthn configuration: {e}")))
}

pub fn script(app: &App) -> Node {
    script_node(
        "webauthn",
        "webauthn_script",
        &app.cfg.public(".well-known/ory/webauthn.js"),
        &integrity(),
        &uuid::Uuid::new_v4().to_string(),
    )
}

fn label(id: i64, text: &str) -> Text {
    Text {
        id,
        text: text.into(),
        ty: "info".into(),
        context: None,
    }
}

fn remove_label(id: i64, what: &str, c: &Value) -> Text {
    let name = c
        .get("display_name")
        .and_then(|v| v.as_str())
        .filter(|s| !s.is_empty())
        .unwrap_or("unnamed");
    let added = c
        .get("added_at")
        .and_then(|v| v.as_str())
        .unwrap_or_default();
    let unix = chrono::DateTime::parse_from_rfc3339(added)
        .map(|t| t.timestamp())
        .unwrap_or(0);
    Text {
        id,
        text: format!("Remove {what} \"{name}\""),
        ty: "info".into(),
        context: Some(json!({"display_name": name, "added_at": added, "added_at_unix": unix})),
    }
}

/// Stored credentials of a type (`passkey` / `webauthn`): `config.credentials[]`.
pub fn stored(i: &Identity, ty: &str) -> Vec<Value> {
    i.credentials
        .get(ty)
        .and_then(|c| c.config.get("credentials"))
        .and_then(|c| c.as_array().cloned())
        .unwrap_or_default()
}

pub fn passkeys(i: &Identity) -> Vec<Passkey> {
    stored(i, "passkey")
        .iter()
        .filter_map(|c| {
            c.get("key")
                .and_then(|k| serde_json::from_value(k.clone()).ok())
        })
        .collect()
}

fn is_passwordless(c: &Value) -> bool {
    c.get("is_passwordless") == Some(&json!(true))
}

/// Second-factor security keys (`webauthn`, not passwordless).
pub fn security_keys(i: &Identity) -> Vec<SecurityKey> {
    stored(i, "webauthn")
        .iter()
        .filter(|c| !is_passwordless(c))
        .filter_map(|c| {
            c.get("key")
                .and_then(|k| serde_json::from_value(k.clone()).ok())
        })
        .collect()
}

/// Passwordless security keys (`webauthn` with `is_passwordless`), verified like passkeys.
pub fn passwordless_keys(i: &Identity) -> Vec<Passkey> {
    stored(i, "webauthn")
        .iter()
        .filter(|c| is_passwordless(c))
        .filter_map(|c| {
            c.get("key")
                .and_then(|k| serde_json::from_value(k.clone()).ok())
        })
        .collect()
}

/// Appends a credential to `config.credentials` of `ty`.
pub fn add_credential(
    i: &mut Identity,
    ty: &str,
    id_hex: String,
    display_name: &str,
    key: Value,
    passwordless: bool,
) {
    let t = now();
    let ident_id = i.id.to_string();
    let c = i
        .credentials
        .entry(ty.to_string())
        .or_insert_with(|| crate::model::Credential {
            ty: ty.to_string(),
            identifiers: vec![ident_id.clone()],
            config: json!({"credentials": []}),
            version: 0,
            created_at: t,
            updated_at: t,
        });
    if !c.config.get("credentials").is_some_and(|v| v.is_array()) {
        c.config = json!({"credentials": []});
    }
    if let Some(list) = c
        .config
        .get_mut("credentials")
        .and_then(|v| v.as_array_mut())
    {
        list.push(json!({
            "id": id_hex,
            "display_name": display_name,
            "added_at": ts(&t),
            "is_passwordless": passwordless,
            "key": key,
        }));
    }
    if ty == "passkey" {
        c.config["user_handle"] =
            json!(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(i.id.as_bytes()));
    }
    c.updated_at = t;
}

/// Removes the credential with hex id; drops the credential type when empty. Returns whether found.
pub fn remove_credential(i: &mut Identity, ty: &str, id_hex: &str) -> bool {
    let mut found = false;
    let mut empty = false;
    if let Some(c) = i.credentials.get_mut(ty) {
        if let Some(list) = c
            .config
            .get_mut("credentials")
            .and_then(|v| v.as_array_mut())
        {
            let before = list.len();
            list.retain(|x| x.get("id").and_then(|v| v.as_str()) != Some(id_hex));
            found = list.len() != before;
            empty = list.is_empty();
        }
    }
    if empty {
        i.credentials.remove(ty);
    }
    found
}

/// Updates sign counters after an authentication.
pub fn update_counters(i: &mut Identity, ty: &str, res: &AuthenticationResult) {
    let Some(list) = i
        .credentials
        .get_mut(ty)
        .and_then(|c| c.config.get_mut("credentials"))
        .and_then(|v| v.as_array_mut())
    else {
        return;
    };
    for c in list.iter_mut() {
        let Some(k) = c.get("key").cloned() else {
            continue;
        };
        let updated = if ty == "passkey" || is_passwordless(c) {
            serde_json::from_value::<Passkey>(k)
                .ok()
                .and_then(|mut pk| {
                    pk.update_credential(res)?;
                    serde_json::to_value(pk).ok()
                })
        } else {
            serde_json::from_value::<SecurityKey>(k)
                .ok()
                .and_then(|mut sk| {
                    sk.update_credential(res)?;
                    serde_json::to_value(sk).ok()
                })
        };
        if let Some(u) = updated {
            c["key"] = u;
        }
    }
}

pub fn hex_id(id: &[u8]) -> String {
    hex::encode(id)
}

pub fn parse<T: serde::de::DeserializeOwned>(raw: &str) -> Result<T, Text> {
    serde_json::from_str(raw)
        .map_err(|e| crate::text::generic(&format!("Unable to parse WebAuthn response: {e}")))
}

pub fn verification_failed(e: impl std::fmt::Display) -> Text {
    crate::text::generic(&format!("Unable to verify the WebAuthn response: {e}"))
}

// ---------------------------------------------------------------- node sets

/// Passkey first-factor login nodes (discoverable, conditional UI).
pub fn passkey_login_nodes(app: &App, f: &mut crate::model::Flow) -> Result<Vec<Node>, ApiError> {
    let (rcr, state) = rp(app)?
        .start_discoverable_authentication()
        .map_err(|e| ApiError::internal(format!("WebAuthn: {e}")))?;
    f.internal.insert(
        "passkey_login_state".into(),
        serde_json::to_value(&state).map_err(|e| ApiError::internal(e.to_string()))?,
    );
    let challenge = serde_json::to_string(&rcr).map_err(|e| ApiError::internal(e.to_string()))?;
    Ok(vec![
        input("passkey", "passkey_challenge", "hidden")
            .value(challenge)
            .build(),
        script(app),
        input("passkey", "passkey_login", "hidden")
            .attr("onload", "window.oryPasskeyLoginAutocompleteInit()")
            .attr("onloadTrigger", "oryPasskeyLoginAutocompleteInit")
            .build(),
        input("passkey", "passkey_login_trigger", "button")
            .value("")
            .attr("onclick", "window.oryPasskeyLogin()")
            .attr("onclickTrigger", "oryPasskeyLogin")
            .attr("onload", "window.oryPasskeyLoginAutocompleteInit()")
            .attr("onloadTrigger", "oryPasskeyLoginAutocompleteInit")
            .label(label(1010021, "Sign in with passkey"))
            .build(),
    ])
}

/// The creation options of a passkey as Kratos sends them: a discoverable credential (Kratos'
/// passkey strategy asks for `residentKey: "required"` on a platform authenticator), so that a
/// passkey login without `allowCredentials` can find it. webauthn-rs leaves residency
/// "discouraged" and does not check it when finishing.
fn passkey_options(ccr: &CreationChallengeResponse) -> Result<serde_json::Value, ApiError> {
    let mut options = serde_json::to_value(ccr).map_err(|e| ApiError::internal(e.to_string()))?;
    if let Some(selection) = options
        .pointer_mut("/publicKey/authenticatorSelection")
        .and_then(|v| v.as_object_mut())
    {
        selection.insert("residentKey".into(), json!("required"));
        selection.insert("requireResidentKey".into(), json!(true));
        selection.insert("authenticatorAttachment".into(), json!("platform"));
    }
    Ok(options)
}

/// The creation options of a security key as Kratos sends them: no `credProtect` extension.
/// webauthn-rs asks for `credentialProtectionPolicy: userVerificationRequired` with user
/// verification only "preferred", a combination Chromium refuses before asking any
/// authenticator (`NotSupportedError`); webauthn-rs verifies the registration without it.
fn security_key_options(ccr: &CreationChallengeResponse) -> Result<serde_json::Value, ApiError> {
    let mut options = serde_json::to_value(ccr).map_err(|e| ApiError::internal(e.to_string()))?;
    if let Some(extensions) = options
        .pointer_mut("/publicKey/extensions")
        .and_then(|v| v.as_object_mut())
    {
        extensions.remove("credentialProtectionPolicy");
        extensions.remove("enforceCredentialProtectionPolicy");
    }
    Ok(options)
}

/// Registration with a passwordless security key (Kratos' webauthn strategy with
/// `passwordless: true`): name, hidden result, trigger (1040004) and the script; the identity id
/// (the WebAuthn user handle) is chosen now, as for passkeys.
pub fn webauthn_registration_nodes(
    app: &App,
    f: &mut crate::model::Flow,
) -> Result<Vec<Node>, ApiError> {
    let user = uuid::Uuid::new_v4();
    let (ccr, state) = rp(app)?
        .start_passkey_registration(user, &user.to_string(), &user.to_string(), None)
        .map_err(|e| ApiError::internal(format!("WebAuthn: {e}")))?;
    f.internal.insert(
        "webauthn_reg_state".into(),
        serde_json::to_value(&state).map_err(|e| ApiError::internal(e.to_string()))?,
    );
    f.internal
        .insert("webauthn_user_id".into(), json!(user.to_string()));
    let opts = security_key_options(&ccr)?.to_string();
    Ok(vec![
        input("webauthn", "webauthn_register_displayname", "text")
            .value("")
            .label(label(1050013, "Name of the security key"))
            .build(),
        input("webauthn", "webauthn_register", "hidden")
            .value("")
            .build(),
        input("webauthn", "webauthn_register_trigger", "button")
            .value(opts.clone())
            .attr("onclick", format!("window.oryWebAuthnRegistration({opts})"))
            .attr("onclickTrigger", "oryWebAuthnRegistration")
            .label(label(1040004, "Sign up with security key"))
            .build(),
        script(app),
    ])
}

/// Passkey registration nodes; the identity id (the WebAuthn user handle) is chosen now.
pub fn passkey_registration_nodes(
    app: &App,
    f: &mut crate::model::Flow,
) -> Result<Vec<Node>, ApiError> {
    let user = uuid::Uuid::new_v4();
    let (ccr, state) = rp(app)?
        // webauthn-rs wants a non-empty name; the helper script replaces it with the trait value.
        .start_passkey_registration(user, &user.to_string(), &user.to_string(), None)
        .map_err(|e| ApiError::internal(format!("WebAuthn: {e}")))?;
    f.internal.insert(
        "passkey_reg_state".into(),
        serde_json::to_value(&state).map_err(|e| ApiError::internal(e.to_string()))?,
    );
    f.internal
        .insert("passkey_user_id".into(), json!(user.to_string()));
    let field = app
        .schema
        .fields
        .iter()
        .find(|t| t.ext.pointer("/credentials/passkey/display_name") == Some(&json!(true)))
        .map(|t| t.name.clone())
        .unwrap_or_else(|| "traits.email".into());
    let data = json!({"credentialOptions": passkey_options(&ccr)?, "displayNameFieldName": field})
        .to_string();
    Ok(vec![
        script(app),
        input("passkey", "passkey_register", "hidden").build(),
        input("passkey", "passkey_register_trigger", "button")
            .attr("onclick", "window.oryPasskeyRegistration()")
            .attr("onclickTrigger", "oryPasskeyRegistration")
            .label(label(1040007, "Sign up with passkey"))
            .build(),
        input("passkey", "passkey_create_data", "hidden")
            .value(data)
            .build(),
    ])
}

/// Settings: remove buttons for existing passkeys + the "Add passkey" controls.
pub fn passkey_settings_nodes(
    app: &App,
    f: &mut crate::model::Flow,
    i: &Identity,
) -> Result<Vec<Node>, ApiError> {
    let mut out = Vec::new();
    for c in stored(i, "passkey") {
        let id = c
            .get("id")
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_string();
        out.push(
            input("passkey", "passkey_remove", "submit")
                .value(id)
                .label(remove_label(1050020, "passkey", &c))
                .build(),
        );
    }
    let name = app
        .schema
        .password_identifiers(&i.traits)
        .first()
        .cloned()
        .unwrap_or_else(|| i.id.to_string());
    let exclude: Vec<CredentialID> = passkeys(i).iter().map(|p| p.cred_id().clone()).collect();
    let (ccr, state) = rp(app)?
        .start_passkey_registration(i.id, &name, &name, Some(exclude))
        .map_err(|e| ApiError::internal(format!("WebAuthn: {e}")))?;
    f.internal.insert(
        "passkey_settings_state".into(),
        serde_json::to_value(&state).map_err(|e| ApiError::internal(e.to_string()))?,
    );
    let data = passkey_options(&ccr)?.to_string();
    out.push(
        input("passkey", "passkey_register_trigger", "button")
            .value("")
            .attr("onclick", "window.oryPasskeySettingsRegistration()")
            .attr("onclickTrigger", "oryPasskeySettingsRegistration")
            .label(label(1050019, "Add passkey"))
            .build(),
    );
    out.push(input("passkey", "passkey_settings_register", "hidden").build());
    out.push(
        input("passkey", "passkey_create_data", "hidden")
            .value(data)
            .build(),
    );
    out.push(script(app));
    Ok(out)
}

/// Settings: remove buttons for security keys + the "Add security key" controls.
pub fn webauthn_settings_nodes(
    app: &App,
    f: &mut crate::model::Flow,
    i: &Identity,
) -> Result<Vec<Node>, ApiError> {
    let mut out = Vec::new();
    for c in stored(i, "webauthn") {
        let id = c
            .get("id")
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_string();
        out.push(
            input("webauthn", "webauthn_remove", "submit")
                .value(id)
                .label(remove_label(1050018, "security key", &c))
                .build(),
        );
    }
    let name = app
        .schema
        .password_identifiers(&i.traits)
        .first()
        .cloned()
        .unwrap_or_else(|| i.id.to_string());
    let rp = rp(app)?;
    let ccr = if app.cfg.webauthn_passwordless {
        let exclude: Vec<CredentialID> = passwordless_keys(i)
            .iter()
            .map(|k| k.cred_id().clone())
            .collect();
        let (ccr, state) = rp
            .start_passkey_registration(i.id, &name, &name, Some(exclude))
            .map_err(|e| ApiError::internal(format!("WebAuthn: {e}")))?;
        f.internal.insert(
            "webauthn_reg_state".into(),
            serde_json::to_value(&state).map_err(|e| ApiError::internal(e.to_string()))?,
        );
        ccr
    } else {
        let exclude: Vec<CredentialID> = security_keys(i)
            .iter()
            .map(|k| k.cred_id().clone())
            .collect();
        let (ccr, state) = rp
            .start_securitykey_registration(i.id, &name, &name, Some(exclude), None, None)
            .map_err(|e| ApiError::internal(format!("WebAuthn: {e}")))?;
        f.internal.insert(
            "webauthn_reg_state".into(),
            serde_json::to_value(&state).map_err(|e| ApiError::internal(e.to_string()))?,
        );
        ccr
    };
    let opts = security_key_options(&ccr)?.to_string();
    out.push(
        input("webauthn", "webauthn_register_displayname", "text")
            .value("")
            .label(label(1050013, "Name of the security key"))
            .build(),
    );
    out.push(
        input("webauthn", "webauthn_register", "hidden")
            .value("")
            .build(),
    );
    out.push(
        input("webauthn", "webauthn_register_trigger", "button")
            .value(opts.clone())
            .attr("onclick", format!("window.oryWebAuthnRegistration({opts})"))
            .attr("onclickTrigger", "oryWebAuthnRegistration")
            .label(label(1050012, "Add security key"))
            .build(),
    );
    out.push(script(app));
    Ok(out)
}

/// Login with a security key: AAL2 (second factor), or step two of passwordless login.
pub fn webauthn_login_nodes(
    app: &App,
    f: &mut crate::model::Flow,
    i: &Identity,
    passwordless: bool,
) -> Result<Vec<Node>, ApiError> {
    let rp = rp(app)?;
    let rcr = if passwordless {
        let (rcr, state) = rp
            .start_passkey_authentication(&passwordless_keys(i))
            .map_err(|e| ApiError::internal(format!("WebAuthn: {e}")))?;
        f.internal.insert(
            "webauthn_login_state".into(),
            serde_json::to_value(&state).map_err(|e| ApiError::internal(e.to_string()))?,
        );
        rcr
    } else {
        let (rcr, state) = rp
            .start_securitykey_authentication(&security_keys(i))
            .map_err(|e| ApiError::internal(format!("WebAuthn: {e}")))?;
        f.internal.insert(
            "webauthn_login_state".into(),
            serde_json::to_value(&state).map_err(|e| ApiError::internal(e.to_string()))?,
        );
        rcr
    };
    let opts = serde_json::to_string(&rcr).map_err(|e| ApiError::internal(e.to_string()))?;
    let identifier = i
        .password_identifier()
        .map(String::from)
        .unwrap_or_default();
    let mut id_node = input("default", "identifier", "hidden").value(identifier);
    if passwordless {
        id_node = id_node.required();
    }
    let trigger_label = if passwordless {
        label(1010013, "Continue")
    } else {
        label(1010008, "Sign in with hardware key")
    };
    Ok(vec![
        id_node.build(),
        input("webauthn", "webauthn_login", "hidden")
            .value("")
            .build(),
        script(app),
        input("webauthn", "webauthn_login_trigger", "button")
            .value(opts.clone())
            .attr("onclick", format!("window.oryWebAuthnLogin({opts})"))
            .attr("onclickTrigger", "oryWebAuthnLogin")
            .label(trigger_label)
            .build(),
    ])
}
