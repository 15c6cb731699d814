//! WebAuthn / passkey option extraction over every fixture of both API generations: each
//! trigger a real flow carries yields a ceremony, or — where Kratos' snapshot tests stripped the
//! options — a typed error; never a panic, never an unknown trigger.

use ory_wasm::models::UiNode;
use ory_wasm::ui::view::{node_view, NodeView};
use ory_wasm::webauthn::ceremony::{autofill, ceremony, CeremonyError, CeremonyKind};
use serde_json::Value;

fn fixtures() -> Vec<(String, Vec<UiNode>)> {
    let mut out = Vec::new();
    for era in ["v0", "v1"] {
        let dir = format!(
            "{}/../shared/kratos/fixtures/{era}",
            env!("CARGO_MANIFEST_DIR")
        );
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{dir}: {e}")) {
            let path = entry.expect("entry").path();
            let value: Value =
                serde_json::from_str(&std::fs::read_to_string(&path).expect("read")).expect("JSON");
            let nodes = match &value {
                Value::Array(_) => value.clone(),
                _ => match value.pointer("/ui/nodes").or_else(|| value.get("nodes")) {
                    Some(nodes) => nodes.clone(),
                    None => continue,
                },
            };
            let Ok(nodes) = serde_json::from_value::<Vec<UiNode>>(nodes) else {
                continue;
            };
            let name = format!(
                "{era}/{}",
                path.file_name()
                    .and_then(|n| n.to_str())
                    .unwrap_or_default()
            );
            out.push((name, nodes));
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// Every trigger a flow's nodes name: the buttons' `onclickTrigger`s and the hidden inputs'
/// `onloadTrigger`s.
fn triggers(nodes: &[UiNode]) -> Vec<String> {
    let mut out = Vec::new();
    for node in nodes {
        match node_view(node) {
            NodeView::WebAuthnTrigger {
                trigger,
                onload_trigger,
                ..
            } => {
                out.push(trigger);
                out.extend(onload_trigger);
            }
            NodeView::Hidden {
                onload_trigger: Some(trigger),
                ..
            } => out.push(trigger),
            _ => {}
        }
    }
    out
}

#[test]
fn every_trigger_of_every_fixture_yields_a_ceremony_or_a_typed_error() {
    let mut checked = 0;
    let mut with_options = Vec::new();
    for (name, nodes) in fixtures() {
        for trigger in triggers(&nodes) {
            checked += 1;
            match ceremony(&nodes, &trigger) {
                Ok(found) => with_options.push((name.clone(), trigger.clone(), found)),
                Err(CeremonyError::UnknownTrigger(t)) => {
                    panic!("{name}: {t} is a Kratos trigger the SDK must know")
                }
                // Kratos' snapshots strip the options (volatile challenge), or carry `{}`.
                Err(CeremonyError::MissingOptions(_) | CeremonyError::InvalidOptions(_)) => {}
            }
        }
    }
    assert!(
        checked >= 12,
        "only {checked} triggers found in the fixtures"
    );

    // The Jan 2023 capture still carries v0-style options inside `onclick` (data, never run),
    // with a standard-base64 challenge: a security key registration into `webauthn_register`.
    let (_, _, registration) = with_options
        .iter()
        .find(|(name, trigger, _)| {
            name == "v1/settings-flow-unlink-all-methods.json"
                && trigger == "oryWebAuthnRegistration"
        })
        .expect("the settings capture's registration options");
    assert_eq!(registration.kind, CeremonyKind::Create);
    assert_eq!(registration.answer_field, "webauthn_register");
    assert_eq!(registration.method, "webauthn");
    assert_eq!(registration.public_key["rp"]["id"], "test.com");
}

#[test]
fn stripped_or_empty_options_are_reported_not_guessed() {
    let flows = fixtures();
    let nodes = |file: &str| {
        flows
            .iter()
            .find(|(name, _)| name == file)
            .map(|(_, n)| n.clone())
            .expect(file)
    };
    // The aal2 capture's trigger value is "{}": no publicKey.
    assert!(matches!(
        ceremony(
            &nodes("v1/login-flow-aal2-all-methods.json"),
            "oryWebAuthnLogin"
        ),
        Err(CeremonyError::InvalidOptions(_))
    ));
    // The passkey snapshots strip the challenge and the creation data.
    assert_eq!(
        ceremony(
            &nodes("v1/nodes-login-passkey-first-factor.json"),
            "oryPasskeyLogin"
        ),
        Err(CeremonyError::MissingOptions("passkey_challenge"))
    );
    assert_eq!(
        ceremony(
            &nodes("v1/nodes-registration-passkey.json"),
            "oryPasskeyRegistration"
        ),
        Err(CeremonyError::MissingOptions("passkey_create_data"))
    );
    assert_eq!(
        ceremony(
            &nodes("v1/nodes-settings-passkey-add.json"),
            "oryPasskeySettingsRegistration"
        ),
        Err(CeremonyError::MissingOptions("passkey_create_data"))
    );
    // Passkey autofill needs both the challenge and an `username webauthn` input.
    assert_eq!(
        autofill(&nodes("v1/nodes-login-passkey-first-factor.json")),
        None
    );
    assert_eq!(
        autofill(&nodes("v1/login-flow-password-browser.json")),
        None
    );
}

/// A registration flow whose `passkey_create_data` names `fields` as display-name fields, with
/// `others` as the flow's other nodes.
fn passkey_registration(fields: &[&str], others: Vec<Value>) -> Vec<UiNode> {
    let public_key = serde_json::json!({
        "challenge": "Y2hhbGxlbmdl",
        "rp": {"name": "Demo", "id": "localhost"},
        "user": {"id": "dXNlcg", "name": "", "displayName": ""},
        "pubKeyCredParams": [{"type": "public-key", "alg": -7}]
    });
    let mut data = serde_json::json!({"credentialOptions": {"publicKey": public_key}});
    if let Some((first, rest)) = fields.split_first() {
        data["displayNameFieldName"] = serde_json::json!(first);
        data["displayNameFieldNames"] = serde_json::json!(rest);
    }
    let mut nodes = others;
    nodes.push(
        serde_json::json!({"type": "input", "group": "passkey", "messages": [], "meta": {},
        "attributes": {"name": "passkey_create_data", "type": "hidden", "node_type": "input",
                       "value": data.to_string()}}),
    );
    serde_json::from_value(Value::Array(nodes)).expect("nodes")
}

fn field(group: &str, name: &str, attributes: Value) -> Value {
    let mut node = serde_json::json!({"type": "input", "group": group, "messages": [], "meta": {},
        "attributes": {"name": name, "node_type": "input"}});
    if let (Some(a), Some(extra)) = (node["attributes"].as_object_mut(), attributes.as_object()) {
        a.extend(extra.clone());
    }
    node
}

/// Attack (security item 6): the server names the form field whose value becomes the passkey's
/// `user.name` / `user.displayName` — stored on the authenticator, shown in every account picker.
/// Naming `password` (or any secret field) would copy the password there. Only a visible text,
/// email or tel input under `traits.` is accepted — or a trait that is only hidden inputs
/// (two-step registration's credentials step; the value is the server's own copy); every other
/// name is dropped.
#[test]
fn passkey_display_name_fields_are_only_visible_text_traits() {
    use serde_json::json;
    let others = vec![
        field(
            "default",
            "csrf_token",
            json!({"type": "hidden", "value": "t"}),
        ),
        field("default", "traits.email", json!({"type": "email"})),
        field("default", "traits.name", json!({"type": "text"})),
        field("default", "traits.phone", json!({"type": "tel"})),
        field("default", "identifier", json!({"type": "text"})),
        field("password", "password", json!({"type": "password"})),
        field("default", "traits.secret", json!({"type": "password"})),
        field("default", "traits.shout", json!({"type": "PASSWORD"})),
        field(
            "default",
            "traits.hidden",
            json!({"type": "hidden", "value": "h"}),
        ),
        // Same name twice: the form control found by name may be the password one.
        field("default", "traits.twice", json!({"type": "text"})),
        field("password", "traits.twice", json!({"type": "password"})),
        // Hidden and visible under one name: either could be the control found by name.
        field("default", "traits.mixed", json!({"type": "text"})),
        field(
            "default",
            "traits.mixed",
            json!({"type": "hidden", "value": "m"}),
        ),
        // Attributes that do not fit the typed struct still render (leniently): still checked.
        field(
            "default",
            "traits.lenient",
            json!({"type": "password", "required": null}),
        ),
        // A text field the password manager fills with the password.
        field(
            "default",
            "traits.filled",
            json!({"type": "text", "autocomplete": "current-password"}),
        ),
        field("default", "traits.password", json!({"type": "text"})),
        field(
            "default",
            "traits.choice",
            json!({"type": "text", "options": ["a"]}),
        ),
        field("default", "traits.tos", json!({"type": "checkbox"})),
        field("default", "traits.birthday", json!({"type": "date"})),
        field("passkey", "passkey_register", json!({"type": "hidden"})),
    ];
    let accepted = |fields: &[&str]| {
        let nodes = passkey_registration(fields, others.clone());
        ceremony(&nodes, "oryPasskeyRegistration")
            .expect("a ceremony")
            .display_name_fields
    };
    // "traits.hidden": Kratos' two-step registration carries the profile step's traits hidden
    // (ory/elements registration/two-step/password/enter-password.json).
    for good in [
        "traits.email",
        "traits.name",
        "traits.phone",
        "traits.hidden",
    ] {
        assert_eq!(accepted(&[good]), vec![good.to_owned()], "{good}");
    }
    for bad in [
        "password",
        "csrf_token",
        "identifier",
        "traits.secret",
        "traits.shout",
        "traits.twice",
        "traits.mixed",
        "traits.lenient",
        "traits.filled",
        "traits.password",
        "traits.choice",
        "traits.tos",
        "traits.birthday",
        "traits.missing",
        "passkey_register",
        "passkey_create_data",
        "traits.",
        "",
    ] {
        assert_eq!(accepted(&[bad]), Vec::<String>::new(), "{bad:?}");
    }
    // From both members, in order: the bad names dropped, the good kept.
    assert_eq!(
        accepted(&["password", "traits.name", "csrf_token", "traits.email"]),
        vec!["traits.name".to_owned(), "traits.email".to_owned()]
    );
}
