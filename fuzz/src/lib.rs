//! The fuzz targets' bodies: one function per decoder of server data, each taking the raw
//! fuzzer input. They live here, not in `fuzz_targets/`, so that the same code runs three ways:
//! under libFuzzer (`cargo fuzz run <target>`, see `fuzz/README.md`), in the crate's own
//! `cargo test` (`tests/fuzz.rs` replays the seeds, every saved regression input and a bounded,
//! seeded mutation stress through these functions) and by hand.
//!
//! Every function must return normally for every input: a panic is a bug (on wasm32 a panic
//! aborts the instance, and every later call of the page fails). Besides "no panic", some
//! functions check an invariant of the decoder (a round trip, an output shape) with `assert!`.
//!
//! The input of the JSON targets is JSON text (the seeds are `../shared/kratos/fixtures/`);
//! input that is not JSON is still fed to the decoders that take text.

use ory_wasm::endpoint::{check_shape, Shape};
use ory_wasm::models::{
    ContinueWith, ErrorBody, FlowError, Identity, LoginFlow, LogoutFlow, RecoveryFlow,
    RegistrationFlow, Session, SettingsFlow, SuccessfulNativeLogin, SuccessfulNativeRegistration,
    UiContainer, UiNode, UiNodeAttributes, UiNodeGroup, VerificationFlow,
};
use ory_wasm::ui::{self, EndingContext, FieldValue, FlowKind, LayoutOptions, Outcome};
use ory_wasm::webauthn::{base64url, ceremony};
use ory_wasm::Error;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

/// A target's body.
pub type Target = fn(&[u8]);

/// Every target, by the name of its `fuzz_targets/<name>.rs`.
pub const TARGETS: &[(&str, Target)] = &[
    ("models", models),
    ("error_from_http", error_from_http),
    ("check_shape", check_shape_target),
    ("webauthn_ceremony", webauthn_ceremony),
    ("base64url", base64url_target),
    ("submit_body", submit_body),
    ("i18n", i18n),
    ("view", view),
    ("driver", driver),
];

fn json(data: &[u8]) -> Option<Value> {
    serde_json::from_slice(data).ok()
}

/// The nodes of a flow (`ui.nodes`), of a ui container (`nodes`) or of a bare array; nodes
/// that do not decode are skipped, as the renderer would report them.
fn nodes_of(value: &Value) -> Vec<UiNode> {
    let list = value
        .pointer("/ui/nodes")
        .or_else(|| value.get("nodes"))
        .unwrap_or(value);
    list.as_array()
        .map(|items| {
            items
                .iter()
                .filter_map(|item| serde_json::from_value(item.clone()).ok())
                .collect()
        })
        .unwrap_or_default()
}

/// Decodes `value` as `T`; when it decodes, encoding and decoding again gives the same value
/// (nothing the server sent is mangled on the way through the SDK).
fn decode<T: DeserializeOwned + Serialize + PartialEq + std::fmt::Debug>(value: &Value) {
    if let Ok(typed) = serde_json::from_value::<T>(value.clone()) {
        let back = serde_json::to_value(&typed).expect("a decoded model serialises");
        let again: T = serde_json::from_value(back).expect("a serialised model decodes");
        assert_eq!(again, typed, "round trip of {}", std::any::type_name::<T>());
    }
}

/// `src/models/`: flows, nodes, sessions, identities, error bodies, `continue_with`.
pub fn models(data: &[u8]) {
    let Some(value) = json(data) else { return };
    decode::<LoginFlow>(&value);
    decode::<RegistrationFlow>(&value);
    decode::<RecoveryFlow>(&value);
    decode::<VerificationFlow>(&value);
    decode::<SettingsFlow>(&value);
    decode::<LogoutFlow>(&value);
    decode::<FlowError>(&value);
    decode::<ErrorBody>(&value);
    decode::<Session>(&value);
    decode::<Identity>(&value);
    decode::<SuccessfulNativeLogin>(&value);
    decode::<SuccessfulNativeRegistration>(&value);
    decode::<UiContainer>(&value);
    decode::<UiNode>(&value);
    decode::<Vec<UiNode>>(&value);
    decode::<UiNodeAttributes>(&value);
    decode::<Vec<ContinueWith>>(&value);
    let items = value
        .get("continue_with")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_else(|| vec![value.clone()]);
    for item in items {
        let parsed = ContinueWith::from_value(item);
        let _ = parsed.action();
        let _ = parsed.to_value();
    }
}

const STATUSES: &[u16] = &[
    200, 204, 302, 303, 400, 401, 403, 404, 410, 422, 429, 500, 502,
];

/// `src/error.rs` `Error::from_http`: any status, any body.
pub fn error_from_http(data: &[u8]) {
    let value = json(data);
    for &status in STATUSES {
        for inactive in [false, true] {
            let error = Error::from_http(status, value.as_ref().as_ref(), inactive);
            assert_eq!(error.status, status);
            let _ = error.to_string();
        }
    }
    let error = Error::from_http::<&Value>(500, None, false);
    assert!(error.body.is_none());
}

const SHAPES: &[Shape] = &[
    Shape::Flow,
    Shape::Session,
    Shape::Sessions,
    Shape::LogoutFlow,
    Shape::SuccessfulLogin,
    Shape::SuccessfulRegistration,
    Shape::TokenExchange,
    Shape::FlowError,
    Shape::SessionOrEmpty,
    Shape::Object,
];

/// `src/endpoint.rs` `check_shape`: every promised shape against any body.
pub fn check_shape_target(data: &[u8]) {
    let Some(value) = json(data) else { return };
    for &shape in SHAPES {
        if let Err((path, problem)) = check_shape(shape, &&value) {
            assert!(
                !problem.is_empty(),
                "{shape:?} at {path:?}: a problem is described"
            );
        }
    }
}

const TRIGGERS: &[&str] = &[
    "oryWebAuthnLogin",
    "oryWebAuthnRegistration",
    "oryPasskeyLogin",
    "oryPasskeyLoginAutocompleteInit",
    "oryPasskeyRegistration",
    "oryPasskeySettingsRegistration",
    "unknownTrigger",
];

/// `src/webauthn/ceremony.rs`: the WebAuthn/passkey options of any nodes, for every trigger.
pub fn webauthn_ceremony(data: &[u8]) {
    let Some(value) = json(data) else { return };
    let nodes = nodes_of(&value);
    for trigger in TRIGGERS {
        match ceremony::ceremony(&nodes, trigger) {
            Ok(found) => {
                let _ = serde_json::to_string(&found.public_key);
            }
            Err(error) => {
                let _ = error.to_string();
            }
        }
    }
    let _ = ceremony::autofill(&nodes);
}

/// `src/webauthn/base64url.rs`: any text decodes or is refused; any bytes round-trip.
pub fn base64url_target(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    if let Some(bytes) = base64url::decode(&text) {
        // Whatever decodes, encodes to text that decodes to the same bytes.
        assert_eq!(base64url::decode(&base64url::encode(&bytes)), Some(bytes));
    }
    let encoded = base64url::encode(data);
    assert!(encoded
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
    assert_eq!(base64url::decode(&encoded).as_deref(), Some(data));
}

/// Every string in `value` (keys and values), at most `limit` of them.
fn strings(value: &Value, out: &mut Vec<String>, limit: usize) {
    if out.len() >= limit {
        return;
    }
    match value {
        Value::String(s) => out.push(s.clone()),
        Value::Array(items) => items.iter().for_each(|v| strings(v, out, limit)),
        Value::Object(map) => map.iter().for_each(|(k, v)| {
            if out.len() < limit {
                out.push(k.clone());
            }
            strings(v, out, limit);
        }),
        _ => {}
    }
}

/// `src/ui/submit.rs`: the JSON body built from the form values of any nodes, for every group
/// and every submit button; and `body` with field names taken from the input's strings.
pub fn submit_body(data: &[u8]) {
    let value = json(data).unwrap_or_else(|| Value::String(String::from_utf8_lossy(data).into()));
    let nodes = nodes_of(&value);
    let mut groups: Vec<UiNodeGroup> = nodes.iter().map(|n| n.group.clone()).collect();
    groups.dedup();
    groups.push(UiNodeGroup::Default);
    let submitters: Vec<(String, String)> = nodes
        .iter()
        .filter_map(|node| match &node.attributes {
            UiNodeAttributes::Input(input) => Some((
                input.name.clone(),
                ui::view::value_string(input.value.as_ref()),
            )),
            _ => None,
        })
        .take(8)
        .collect();
    // What "the user typed": something derived from the node, of every value kind.
    let entered = |node: &UiNode| -> Option<FieldValue> {
        let name = node.attributes.as_input().map(|i| i.name.as_str())?;
        Some(match name.len() % 4 {
            0 => FieldValue::Text(name.chars().rev().collect()),
            1 => FieldValue::Number(name.to_owned()),
            2 => FieldValue::Bool(name.len() % 3 == 0),
            _ => FieldValue::Hidden(String::new()),
        })
    };
    for group in groups.iter().take(16) {
        let _ = ui::form_body(&nodes, group, None, entered);
        for (name, value) in &submitters {
            if let Ok(body) = ui::form_body(&nodes, group, Some((name, value)), |_| None) {
                assert!(body.is_object());
            }
        }
    }
    let mut names = Vec::new();
    strings(&value, &mut names, 64);
    let fields: Vec<ui::Field> = names
        .iter()
        .enumerate()
        .map(|(i, name)| ui::Field {
            name: name.clone(),
            value: match i % 4 {
                0 => FieldValue::Text(name.clone()),
                1 => FieldValue::Number(name.clone()),
                2 => FieldValue::Bool(true),
                _ => FieldValue::Hidden(name.clone()),
            },
            required: i % 2 == 0,
        })
        .collect();
    let submitter = names.first().map(|n| (n.as_str(), "true"));
    if let Ok(body) = ui::body(&fields, submitter) {
        let _ = serde_json::to_string(&body).expect("a built body serialises");
    }
    for field in &fields {
        let _ = ui::body(std::slice::from_ref(field), None);
    }
}

/// `src/ui/i18n.rs`: templates and translation files from the input; every message of any
/// nodes with and without translations.
pub fn i18n(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let value = json(data);
    let context = value.clone().unwrap_or(Value::Null);
    let out = ui::i18n::interpolate(&text, Some(&context));
    if !text.contains('{') {
        assert_eq!(
            out, text,
            "a template without placeholders stays as written"
        );
    }
    let _ = ui::i18n::interpolate(&text, None);
    let _ = ui::i18n::interpolate(
        &text,
        Some(&serde_json::json!({"a": 1, "b": "x", "c": null})),
    );
    let Some(value) = value else { return };
    let translations = ui::Translations::from_value(&value).ok();
    let mut templates = Vec::new();
    strings(&value, &mut templates, 64);
    for template in &templates {
        let _ = ui::i18n::interpolate(template, Some(&value));
    }
    for node in nodes_of(&value) {
        for message in node.messages.iter() {
            let _ = ui::message_text(message, translations.as_ref());
            let _ = ui::message_text(message, None);
        }
        let _ = ui::translated_label(&node, translations.as_ref());
        let _ = ui::label_text(&node);
    }
}

/// `src/ui/view.rs` and `src/ui/layout.rs`: what the renderer makes of any nodes.
pub fn view(data: &[u8]) {
    let Some(value) = json(data) else { return };
    let nodes = nodes_of(&value);
    for node in &nodes {
        let view = ui::node_view(node);
        let _ = view.is_invisible();
        let _ = format!("{view:?}");
        let _ = ui::node_label(node);
    }
    let layout = ui::sections(&nodes, &LayoutOptions::default());
    for section in &layout.sections {
        let _ = ui::submit_nodes(&nodes, &section.group);
        let _ = ui::implied_method(&section.group, None);
        let _ = ui::implied_method(&section.group, Some("method"));
    }
    let groups: Vec<UiNodeGroup> = nodes.iter().rev().map(|n| n.group.clone()).collect();
    let options = LayoutOptions {
        only: Some(groups.iter().take(3).cloned().collect()),
        order: Some(groups),
    };
    let _ = ui::sections(&nodes, &options);
    for url in [value.pointer("/ui/action"), value.get("return_to")]
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
    {
        let _ = ui::view::is_http_url(url);
        let _ = ui::view::is_safe_image_src(url);
    }
}

/// `src/ui/driver.rs`: the ending of any answer, as a success and as every kind of failure.
pub fn driver(data: &[u8]) {
    let Some(value) = json(data) else { return };
    let _ = FlowKind::of_flow(&value);
    let return_to = value
        .get("return_to")
        .and_then(Value::as_str)
        .map(str::to_owned);
    let contexts = [
        EndingContext::default(),
        EndingContext {
            return_to: return_to.or(Some("https://app.example/home".into())),
        },
    ];
    for kind in FlowKind::ALL {
        for context in &contexts {
            let ending = ui::ending_with(kind, Outcome::Success(&value), context);
            let _ = format!("{ending:?}");
            for &status in STATUSES {
                let mut error = Error::from_http(status, Some(&&value), status == 401);
                error.body = Some(value.clone());
                let ending = ui::ending_with(kind, Outcome::Failure(&error), context);
                let _ = format!("{ending:?}");
            }
        }
    }
}
