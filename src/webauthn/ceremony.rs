//! Which WebAuthn ceremony a flow asks for, read from its nodes as data.
//!
//! Kratos puts the ceremony options into nodes and expects the answer in a hidden input
//! (`../shared/kratos/http-and-node-conventions.md`, section 2):
//!
//! | trigger | options from | answer into | method |
//! |---|---|---|---|
//! | `oryWebAuthnLogin` (`webauthn_login_trigger`) | the trigger's `value` (v1) or its `onclick` argument (v0) | `webauthn_login` | `webauthn` |
//! | `oryWebAuthnRegistration` (`webauthn_register_trigger`) | likewise | `webauthn_register` (+ `webauthn_register_displayname`) | `webauthn` |
//! | `oryPasskeyLogin`, `oryPasskeyLoginAutocompleteInit` | `passkey_challenge` | `passkey_login` | `passkey` |
//! | `oryPasskeyRegistration` | `passkey_create_data` `{credentialOptions:{publicKey}, displayNameFieldName}` | `passkey_register` | `passkey` |
//! | `oryPasskeySettingsRegistration` | `passkey_create_data` `{publicKey}` | `passkey_settings_register` | `passkey` |
//!
//! Nothing here evaluates JavaScript: `onclick` strings are only parsed as JSON data by
//! [`crate::ui::view`].
//!
//! What the ceremony takes from the server is data for the browser (`publicKey`, passed on as
//! the server sent it) plus one thing that reads the form: the `displayNameFieldName(s)` whose
//! value becomes the passkey's user name. That name is stored on the authenticator and shown in
//! account pickers, so a server naming `password` would copy the password there; such names are
//! dropped ([`is_display_name_field`]). The answer goes into a fixed field per trigger, never one
//! the server names.

use serde_json::{Map, Value};

use crate::models::{UiNode, UiNodeAttributes, UiNodeGroup};
use crate::ui::view::{node_view, value_string, NodeView};

/// `navigator.credentials.create` or `.get`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CeremonyKind {
    /// Register a credential.
    Create,
    /// Use a credential.
    Get,
}

/// A ceremony, ready for the browser.
#[derive(Debug, Clone, PartialEq)]
pub struct Ceremony {
    /// Create or get.
    pub kind: CeremonyKind,
    /// The `publicKey` options as the server sent them (base64url strings still encoded;
    /// unknown members kept, so a newer server's options reach the browser).
    pub public_key: Map<String, Value>,
    /// The hidden input the answer goes into.
    pub answer_field: &'static str,
    /// The `method` of the submit.
    pub method: &'static str,
    /// The node group (for the submit body).
    pub group: UiNodeGroup,
    /// Passkey registration: the form fields whose value becomes `user.name` and
    /// `user.displayName` (Kratos' `displayNameFieldName(s)`, e.g. `traits.email`). Only names
    /// that pass [`is_display_name_field`] in the flow's nodes; the others are dropped.
    pub display_name_fields: Vec<String>,
}

/// Why a ceremony cannot be read from a flow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CeremonyError {
    /// The trigger names no ceremony this SDK knows.
    UnknownTrigger(String),
    /// The node with the options is missing or empty.
    MissingOptions(&'static str),
    /// The options are not what WebAuthn needs; the text says what.
    InvalidOptions(String),
}

impl std::fmt::Display for CeremonyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::UnknownTrigger(name) => write!(f, "the trigger {name} is not one this SDK knows"),
            Self::MissingOptions(node) => write!(f, "the flow has no WebAuthn options in {node}"),
            Self::InvalidOptions(problem) => {
                write!(f, "the WebAuthn options are unusable: {problem}")
            }
        }
    }
}

/// The ceremony started by `trigger` (an `onclickTrigger`/`onloadTrigger` value such as
/// `oryPasskeyLogin`) in a flow with these nodes.
pub fn ceremony(nodes: &[UiNode], trigger: &str) -> Result<Ceremony, CeremonyError> {
    match trigger {
        "oryWebAuthnLogin" => webauthn(
            nodes,
            "webauthn_login_trigger",
            CeremonyKind::Get,
            "webauthn_login",
        ),
        "oryWebAuthnRegistration" => webauthn(
            nodes,
            "webauthn_register_trigger",
            CeremonyKind::Create,
            "webauthn_register",
        ),
        "oryPasskeyLogin" | "oryPasskeyLoginAutocompleteInit" => {
            let data = hidden_json(nodes, "passkey_challenge")?;
            Ok(Ceremony {
                kind: CeremonyKind::Get,
                public_key: public_key(&data, CeremonyKind::Get)?,
                answer_field: "passkey_login",
                method: "passkey",
                group: UiNodeGroup::Passkey,
                display_name_fields: Vec::new(),
            })
        }
        "oryPasskeyRegistration" | "oryPasskeySettingsRegistration" => {
            let data = hidden_json(nodes, "passkey_create_data")?;
            let settings = trigger == "oryPasskeySettingsRegistration";
            // Registration wraps the options as `credentialOptions`; settings sends them bare.
            let options = data.get("credentialOptions").unwrap_or(&data);
            let mut named: Vec<&str> = Vec::new();
            if let Some(name) = data.get("displayNameFieldName").and_then(Value::as_str) {
                named.push(name);
            }
            if let Some(names) = data.get("displayNameFieldNames").and_then(Value::as_array) {
                named.extend(names.iter().filter_map(Value::as_str));
            }
            // The server names the fields; the flow's nodes decide whether they may be read.
            let display_name_fields = named
                .into_iter()
                .filter(|field| is_display_name_field(nodes, field))
                .map(str::to_owned)
                .collect();
            Ok(Ceremony {
                kind: CeremonyKind::Create,
                public_key: public_key(options, CeremonyKind::Create)?,
                answer_field: if settings {
                    "passkey_settings_register"
                } else {
                    "passkey_register"
                },
                method: "passkey",
                group: UiNodeGroup::Passkey,
                display_name_fields,
            })
        }
        other => Err(CeremonyError::UnknownTrigger(other.to_owned())),
    }
}

/// Whether the form field `field` may become a passkey's user name and display name.
///
/// The value is stored on the authenticator and shown in the account pickers of every device the
/// passkey syncs to, so it must be something the user typed as a visible identifier: a trait
/// (`traits.*`, which is what Kratos names: the identity schema's passkey identifier) whose every
/// node is a text, email or tel field — or whose every node is hidden: Kratos' two-step
/// registration carries the traits typed on the profile step as hidden inputs into the
/// credentials step, with the server's copy of the value (nothing the server does not know).
/// Refused: any other name (`password`, `csrf_token`, `identifier`, the passkey's own fields), a
/// name no node has, a name whose nodes mix kinds or include a password, select or checkbox node
/// (the form control found by name could be that one), a node whose raw type or autocomplete
/// says password (a password manager fills it with the password), and a trait named like a
/// password.
pub fn is_display_name_field(nodes: &[UiNode], field: &str) -> bool {
    let Some(trait_name) = field.strip_prefix("traits.") else {
        return false;
    };
    if trait_name.is_empty() || field.to_ascii_lowercase().contains("password") {
        return false;
    }
    let (mut visible, mut hidden) = (0, 0);
    for node in nodes {
        // The views, not the typed attributes: nodes whose attributes only parse leniently still
        // become form fields, and must be checked as well.
        let view = node_view(node);
        if view.name() != Some(field) {
            continue;
        }
        let says_password = ["type", "autocomplete"].iter().any(|key| {
            raw_input_attribute(node, key)
                .is_some_and(|value| value.to_ascii_lowercase().contains("password"))
        });
        if says_password {
            return false;
        }
        match &view {
            NodeView::Field { input_type, .. }
                if matches!(input_type.as_str(), "text" | "email" | "tel") =>
            {
                visible += 1
            }
            NodeView::Hidden { .. } => hidden += 1,
            _ => return false,
        }
    }
    // One kind only: with both, the control found by name could be either.
    (visible > 0) != (hidden > 0)
}

/// A string attribute of an input node as the server sent it (`type`, `autocomplete`), whether
/// the attributes parsed into the typed struct or only leniently.
fn raw_input_attribute(node: &UiNode, key: &str) -> Option<String> {
    match &node.attributes {
        UiNodeAttributes::Input(input) => match key {
            "type" => Some(input.input_type.as_str().to_owned()),
            "autocomplete" => input.autocomplete.as_ref().map(|a| a.as_str().to_owned()),
            _ => None,
        },
        UiNodeAttributes::Unknown(raw) => raw.get(key).and_then(Value::as_str).map(str::to_owned),
        _ => None,
    }
}

/// The passkey autofill (conditional mediation) ceremony of a login flow, if it offers one: a
/// `passkey_challenge` and an identifier input with `autocomplete="username webauthn"`.
pub fn autofill(nodes: &[UiNode]) -> Option<Ceremony> {
    // The autocomplete as rendered (allow-listed by the view), so that autofill waits only where
    // the page really has an input the browser can offer passkeys in.
    let has_autofill_input = nodes.iter().any(|node| match node_view(node) {
        NodeView::Field {
            autocomplete: Some(autocomplete),
            ..
        } => autocomplete
            .split_ascii_whitespace()
            .any(|token| token == "webauthn"),
        _ => false,
    });
    if !has_autofill_input {
        return None;
    }
    ceremony(nodes, "oryPasskeyLoginAutocompleteInit").ok()
}

fn webauthn(
    nodes: &[UiNode],
    trigger_name: &'static str,
    kind: CeremonyKind,
    answer_field: &'static str,
) -> Result<Ceremony, CeremonyError> {
    let view = nodes
        .iter()
        .find(|node| node.input_name() == Some(trigger_name))
        .map(node_view)
        .ok_or(CeremonyError::MissingOptions(trigger_name))?;
    let data = match view {
        // v0 servers: the options only exist inside the onclick string, parsed as JSON data.
        NodeView::WebAuthnTrigger {
            options: Some(options),
            ..
        } => options,
        // v1 servers: the options are the trigger's value, a JSON string.
        NodeView::WebAuthnTrigger { value, .. } => parse_json(&value, trigger_name)?,
        _ => return Err(CeremonyError::MissingOptions(trigger_name)),
    };
    Ok(Ceremony {
        kind,
        public_key: public_key(&data, kind)?,
        answer_field,
        method: "webauthn",
        group: UiNodeGroup::Webauthn,
        display_name_fields: Vec::new(),
    })
}

fn hidden_json(nodes: &[UiNode], name: &'static str) -> Result<Value, CeremonyError> {
    let node = nodes
        .iter()
        .find(|node| node.input_name() == Some(name))
        .ok_or(CeremonyError::MissingOptions(name))?;
    let UiNodeAttributes::Input(input) = &node.attributes else {
        return Err(CeremonyError::MissingOptions(name));
    };
    match &input.value {
        // Already an object (a server that does not stringify it).
        Some(value @ Value::Object(_)) => Ok(value.clone()),
        other => parse_json(&value_string(other.as_ref()), name),
    }
}

fn parse_json(text: &str, node: &'static str) -> Result<Value, CeremonyError> {
    if text.trim().is_empty() {
        return Err(CeremonyError::MissingOptions(node));
    }
    serde_json::from_str(text)
        .map_err(|e| CeremonyError::InvalidOptions(format!("{node} is not JSON ({e})")))
}

/// The `publicKey` member, checked for what the browser needs.
fn public_key(data: &Value, kind: CeremonyKind) -> Result<Map<String, Value>, CeremonyError> {
    let Some(Value::Object(options)) = data.get("publicKey") else {
        return Err(CeremonyError::InvalidOptions(
            "publicKey is missing or not an object".to_owned(),
        ));
    };
    let string_at = |path: &str| {
        data.pointer(&format!("/publicKey{path}"))
            .and_then(Value::as_str)
    };
    if !string_at("/challenge")
        .is_some_and(|challenge| super::base64url::decode(challenge).is_some())
    {
        return Err(CeremonyError::InvalidOptions(
            "challenge is missing or not base64url".to_owned(),
        ));
    }
    if kind == CeremonyKind::Create {
        if !string_at("/user/id").is_some_and(|id| super::base64url::decode(id).is_some()) {
            return Err(CeremonyError::InvalidOptions(
                "user.id is missing or not base64url".to_owned(),
            ));
        }
        if !options.get("rp").is_some_and(Value::is_object) {
            return Err(CeremonyError::InvalidOptions("rp is missing".to_owned()));
        }
        if !options.get("pubKeyCredParams").is_some_and(Value::is_array) {
            return Err(CeremonyError::InvalidOptions(
                "pubKeyCredParams is missing".to_owned(),
            ));
        }
    }
    for list in ["allowCredentials", "excludeCredentials"] {
        if let Some(items) = options.get(list).and_then(Value::as_array) {
            for (index, item) in items.iter().enumerate() {
                if item
                    .get("id")
                    .and_then(Value::as_str)
                    .and_then(super::base64url::decode)
                    .is_none()
                {
                    return Err(CeremonyError::InvalidOptions(format!(
                        "{list}[{index}].id is not base64url"
                    )));
                }
            }
        }
    }
    Ok(options.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn nodes(value: Value) -> Vec<UiNode> {
        serde_json::from_value(value).expect("nodes")
    }

    fn input(name: &str, extra: Value) -> Value {
        let mut attributes =
            json!({"name": name, "type": "hidden", "node_type": "input", "disabled": false});
        if let (Some(a), Some(e)) = (attributes.as_object_mut(), extra.as_object()) {
            a.extend(e.clone());
        }
        json!({"type": "input", "group": "passkey", "attributes": attributes, "messages": [], "meta": {}})
    }

    const CREATE: &str = r#"{"publicKey":{"challenge":"Y2hhbGxlbmdl","rp":{"name":"Demo","id":"localhost"},"user":{"id":"dXNlcg","name":"","displayName":""},"pubKeyCredParams":[{"type":"public-key","alg":-7}],"hints":["client-device"]}}"#;

    #[test]
    fn passkey_registration_reads_credential_options_and_the_display_name_field() {
        let data = format!(
            r#"{{"credentialOptions":{CREATE},"displayNameFieldName":"traits.email","displayNameFieldNames":["password"]}}"#
        );
        let flow = nodes(json!([
            input("traits.email", json!({"type": "email"})),
            input("password", json!({"type": "password"})),
            input("passkey_create_data", json!({"value": data})),
            input("passkey_register", json!({}))
        ]));
        let ceremony = ceremony(&flow, "oryPasskeyRegistration").expect("a ceremony");
        assert_eq!(ceremony.kind, CeremonyKind::Create);
        assert_eq!(ceremony.answer_field, "passkey_register");
        assert_eq!(ceremony.method, "passkey");
        assert_eq!(
            ceremony.display_name_fields,
            vec!["traits.email".to_owned()],
            "the password field is never a display name"
        );
        assert_eq!(
            ceremony.public_key["hints"],
            json!(["client-device"]),
            "unknown members are kept"
        );
    }

    #[test]
    fn passkey_settings_registration_reads_bare_options() {
        let flow = nodes(json!([input(
            "passkey_create_data",
            json!({"value": CREATE})
        )]));
        let ceremony = ceremony(&flow, "oryPasskeySettingsRegistration").expect("a ceremony");
        assert_eq!(ceremony.answer_field, "passkey_settings_register");
        assert!(ceremony.display_name_fields.is_empty());
    }

    #[test]
    fn passkey_login_and_autofill() {
        let challenge = r#"{"publicKey":{"challenge":"Y2hhbGxlbmdl","rpId":"localhost","userVerification":"preferred"}}"#;
        let mut flow = vec![
            json!({"type": "input", "group": "default", "attributes": {"name": "identifier", "type": "text", "autocomplete": "username webauthn", "node_type": "input"}, "messages": [], "meta": {}}),
            input("passkey_challenge", json!({"value": challenge})),
        ];
        let parsed = nodes(Value::Array(flow.clone()));
        assert_eq!(
            ceremony(&parsed, "oryPasskeyLogin")
                .expect("login")
                .answer_field,
            "passkey_login"
        );
        assert_eq!(autofill(&parsed).expect("autofill").kind, CeremonyKind::Get);
        flow.remove(0);
        assert_eq!(
            autofill(&nodes(Value::Array(flow))),
            None,
            "no autofill without the input"
        );
    }

    #[test]
    fn webauthn_options_from_a_v1_value_and_a_v0_onclick() {
        let v1 = nodes(
            json!([{"type": "input", "group": "webauthn", "attributes": {"name": "webauthn_register_trigger", "type": "button", "value": CREATE, "onclickTrigger": "oryWebAuthnRegistration", "node_type": "input"}, "messages": [], "meta": {}}]),
        );
        assert_eq!(
            ceremony(&v1, "oryWebAuthnRegistration")
                .expect("v1")
                .answer_field,
            "webauthn_register"
        );
        let onclick = format!("window.__oryWebAuthnRegistration({CREATE})");
        let v0 = nodes(
            json!([{"type": "input", "group": "webauthn", "attributes": {"name": "webauthn_register_trigger", "type": "button", "value": "", "onclick": onclick, "node_type": "input"}, "messages": [], "meta": {}}]),
        );
        let ceremony = ceremony(&v0, "oryWebAuthnRegistration").expect("v0");
        assert_eq!(ceremony.method, "webauthn");
        assert_eq!(ceremony.public_key["challenge"], "Y2hhbGxlbmdl");
    }

    #[test]
    fn unusable_options_are_typed_errors() {
        let empty = nodes(json!([input("passkey_challenge", json!({"value": ""}))]));
        assert_eq!(
            ceremony(&empty, "oryPasskeyLogin"),
            Err(CeremonyError::MissingOptions("passkey_challenge"))
        );
        let not_json = nodes(json!([input("passkey_challenge", json!({"value": "{"}))]));
        assert!(matches!(
            ceremony(&not_json, "oryPasskeyLogin"),
            Err(CeremonyError::InvalidOptions(_))
        ));
        let bad_challenge = nodes(json!([input(
            "passkey_challenge",
            json!({"value": r#"{"publicKey":{"challenge":"*"}}"#})
        )]));
        assert!(matches!(
            ceremony(&bad_challenge, "oryPasskeyLogin"),
            Err(CeremonyError::InvalidOptions(_))
        ));
        let bad_allow = nodes(json!([input(
            "passkey_challenge",
            json!({"value": r#"{"publicKey":{"challenge":"YQ","allowCredentials":[{"id":"!","type":"public-key"}]}}"#})
        )]));
        let error = ceremony(&bad_allow, "oryPasskeyLogin").unwrap_err();
        assert_eq!(
            error.to_string(),
            "the WebAuthn options are unusable: allowCredentials[0].id is not base64url"
        );
        assert!(matches!(
            ceremony(&[], "somethingNew"),
            Err(CeremonyError::UnknownTrigger(_))
        ));
    }
}
