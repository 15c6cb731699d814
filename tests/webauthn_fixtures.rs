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
