//! Replays every captured Kratos response in `../shared/kratos/fixtures/{v0,v1}/` through the
//! models: parse (with the JSON path on failure), serialise, and compare with the original as
//! `serde_json::Value`s. A fixture that parses but loses or changes anything fails.

use std::fs;
use std::path::{Path, PathBuf};

use ory_wasm::models::{
    ErrorBody, FlowError, LoginFlow, LogoutFlow, PublicKeyCredentialJson, RecoveryFlow,
    RegistrationFlow, Session, SettingsFlow, SuccessfulNativeLogin, SuccessfulNativeRegistration,
    UiContainer, UiNode, VerificationFlow,
};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/kratos/fixtures");

/// Parses `raw` as `T`, serialises it back and compares; the error names the fixture and path.
fn round_trip<T: DeserializeOwned + Serialize>(raw: &str) -> Result<(), String> {
    let mut de = serde_json::Deserializer::from_str(raw);
    let typed: T = serde_path_to_error::deserialize(&mut de)
        .map_err(|e| format!("parse failed at `{}`: {}", e.path(), e.inner()))?;
    let original: Value = serde_json::from_str(raw).map_err(|e| e.to_string())?;
    let back = serde_json::to_value(&typed).map_err(|e| format!("serialise failed: {e}"))?;
    if back != original {
        return Err(format!(
            "round trip changed the JSON\n--- original\n{original:#}\n--- re-serialised\n{back:#}"
        ));
    }
    Ok(())
}

/// Picks the model for a fixture by its file name.
fn check(name: &str, raw: &str) -> Result<&'static str, String> {
    let (model, result) = if name.starts_with("nodes-") {
        ("Vec<UiNode>", round_trip::<Vec<UiNode>>(raw))
    } else if name.starts_with("ui-") {
        ("UiContainer", round_trip::<UiContainer>(raw))
    } else if name.starts_with("flow-error-") {
        ("FlowError", round_trip::<FlowError>(raw))
    } else if name.starts_with("error-") {
        ("ErrorBody", round_trip::<ErrorBody>(raw))
    } else if name.starts_with("session-") {
        ("Session", round_trip::<Session>(raw))
    } else if name.starts_with("logout-url") {
        ("LogoutFlow", round_trip::<LogoutFlow>(raw))
    } else if name.starts_with("login-success-") {
        (
            "SuccessfulNativeLogin",
            round_trip::<SuccessfulNativeLogin>(raw),
        )
    } else if name.starts_with("registration-success-") {
        (
            "SuccessfulNativeRegistration",
            round_trip::<SuccessfulNativeRegistration>(raw),
        )
    } else if name.contains("credential-creation-response") {
        (
            "PublicKeyCredentialJson",
            round_trip::<PublicKeyCredentialJson>(raw),
        )
    } else if name.contains("login-flow") {
        ("LoginFlow", round_trip::<LoginFlow>(raw))
    } else if name.contains("registration-flow") {
        ("RegistrationFlow", round_trip::<RegistrationFlow>(raw))
    } else if name.contains("recovery-flow") || name.starts_with("flow-recovery-") {
        ("RecoveryFlow", round_trip::<RecoveryFlow>(raw))
    } else if name.contains("verification-flow") {
        ("VerificationFlow", round_trip::<VerificationFlow>(raw))
    } else if name.contains("settings-flow") {
        ("SettingsFlow", round_trip::<SettingsFlow>(raw))
    } else {
        return Err("no model is mapped to this file name; add one to `check`".to_owned());
    };
    result.map(|()| model)
}

fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_fixture_round_trips() {
    let mut checked = 0;
    let mut failures = Vec::new();
    for era in ["v0", "v1"] {
        let dir = Path::new(FIXTURES).join(era);
        let files = json_files(&dir);
        assert!(
            files.len() >= 20,
            "expected the {era} fixtures in {}, found {}",
            dir.display(),
            files.len()
        );
        for path in files {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let raw = fs::read_to_string(&path).unwrap();
            match check(&name, &raw) {
                Ok(model) => {
                    checked += 1;
                    println!("ok   {era}/{name} as {model}");
                }
                Err(e) => failures.push(format!("{era}/{name}: {e}")),
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    // 28 v0 + 45 v1 files at the time of writing; a vanished directory or file fails here.
    assert!(checked >= 73, "only {checked} fixtures checked");
}

/// The fixtures exercise the typed paths, not just the raw fallbacks: no node of a known type
/// in any fixture may end up as `UiNodeAttributes::Unknown`.
#[test]
fn fixture_nodes_are_typed() {
    use ory_wasm::models::UiNodeAttributes;
    let mut nodes_seen = 0;
    let mut raw_nodes = Vec::new();
    for era in ["v0", "v1"] {
        for path in json_files(&Path::new(FIXTURES).join(era)) {
            let raw: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
            let mut stack = vec![&raw];
            while let Some(v) = stack.pop() {
                match v {
                    Value::Object(map) => {
                        if map.contains_key("attributes") && map.contains_key("group") {
                            let node: UiNode = serde_json::from_value(v.clone()).unwrap();
                            nodes_seen += 1;
                            if matches!(node.attributes, UiNodeAttributes::Unknown(_)) {
                                raw_nodes.push(format!("{}: {v}", path.display()));
                            }
                        }
                        stack.extend(map.values());
                    }
                    Value::Array(items) => stack.extend(items),
                    _ => {}
                }
            }
        }
    }
    assert!(
        raw_nodes.is_empty(),
        "nodes kept raw:\n{}",
        raw_nodes.join("\n")
    );
    assert!(nodes_seen > 200, "only {nodes_seen} nodes seen");
}
