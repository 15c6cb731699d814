//! Hand-written readers of the UI models from a parsed `serde_json::Value`.
//!
//! They accept exactly what the serde derives accept and build the same values, but without
//! serde's machinery: each derive is instantiated once per deserializer it is used with, and the
//! renderer's wasm module paid for several copies of every model (owned `Value`, borrowed
//! `Value`, JSON text, plus a serialise-back per tagged union). The serde derives stay for Rust
//! users; the tests below check these readers against them on every fixture.
//!
//! Two modes, as the derives behave:
//! - **lenient** (`strict == false`): what `T::deserialize` accepts — `null` is `None` for an
//!   optional field;
//! - **lossless** (`strict == true`): what `typed_if_lossless` accepts — only payloads that
//!   serialise back unchanged, so a `null` in an optional field, or an empty `text` that would be
//!   omitted, does not fit.

// The container and node readers serve the wasm renderer (and the tests); other builds use
// only the attribute and `continue_with` readers.
#![cfg_attr(not(all(target_arch = "wasm32", feature = "render")), allow(dead_code))]

use serde_json::{Map, Value};

use super::continue_with::*;
use super::ui::*;

type Fields = Map<String, Value>;

/// A required string member.
fn string(fields: &mut Fields, key: &str) -> Option<String> {
    match fields.remove(key)? {
        Value::String(s) => Some(s),
        _ => None,
    }
}

/// An optional member read with `read`: absent → `Some(None)`; `null` → `Some(None)` when
/// lenient, a misfit when strict; a value `read` rejects → `None` (a misfit).
fn optional<T>(
    fields: &mut Fields,
    key: &str,
    strict: bool,
    read: impl FnOnce(Value) -> Option<T>,
) -> Option<Option<T>> {
    match fields.remove(key) {
        None => Some(None),
        Some(Value::Null) if !strict => Some(None),
        Some(value) => read(value).map(Some),
    }
}

fn as_string(value: Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s),
        _ => None,
    }
}

fn opt_string(fields: &mut Fields, key: &str, strict: bool) -> Option<Option<String>> {
    optional(fields, key, strict, as_string)
}

/// The members of an object (every model is read as a map: its unknown fields are flattened).
fn object(value: Value) -> Option<Fields> {
    match value {
        Value::Object(fields) => Some(fields),
        _ => None,
    }
}

/// A `uiText`.
pub(crate) fn ui_text(value: Value, strict: bool) -> Option<UiText> {
    let mut fields = object(value)?;
    // Kratos before v0.6 sent texts without an id: lenient reading takes them (as the serde
    // derive does, `#[serde(default)]`), with the id 0 that no message has.
    let id = match fields.remove("id") {
        Some(id) => id.as_i64()?,
        None if !strict => 0,
        None => return None,
    };
    let text = match fields.remove("text") {
        None => String::new(),
        Some(Value::String(s)) if !(strict && s.is_empty()) => s,
        Some(_) => return None,
    };
    let text_type = UiTextType::from(string(&mut fields, "type")?);
    let context = fields.remove("context");
    Some(UiText {
        id,
        text,
        text_type,
        context,
        extra: fields,
    })
}

/// A lenient `uiText` from a borrowed value (`UiText::deserialize(value).ok()`).
pub(crate) fn ui_text_ref(value: &Value) -> Option<UiText> {
    match value {
        Value::Object(_) => ui_text(value.clone(), false),
        _ => None,
    }
}

fn texts(value: Value) -> Option<Vec<UiText>> {
    match value {
        Value::Array(items) => items.into_iter().map(|t| ui_text(t, false)).collect(),
        _ => None,
    }
}

/// A `uiContainer`, as `UiContainer::deserialize` reads it.
pub(crate) fn ui_container(value: &Value) -> Option<UiContainer> {
    match ui_container_readable(value) {
        (Some(container), unreadable) if unreadable.is_empty() => Some(container),
        _ => None,
    }
}

/// A node of a `uiContainer` that could not be read: where it is, and its name if it has one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnreadableNode {
    /// `ui.nodes[3]`, or `ui` when the container itself could not be read.
    pub path: String,
    /// `attributes.name` (or `id`), when the node has one as a string.
    pub name: Option<String>,
}

/// A `uiContainer` with every node that can be read, and where the others were: what the
/// renderer shows, so that one node the SDK cannot read (a newer or broken server) does not
/// leave the user an empty form.
pub fn ui_container_readable(value: &Value) -> (Option<UiContainer>, Vec<UnreadableNode>) {
    let whole = || {
        vec![UnreadableNode {
            path: "ui".to_owned(),
            name: None,
        }]
    };
    let Value::Object(all) = value else {
        return (None, whole());
    };
    let Some(Value::Array(items)) = all.get("nodes") else {
        return (None, whole());
    };
    let mut nodes = Vec::with_capacity(items.len());
    let mut unreadable = Vec::new();
    // Each node is copied once, into the node read from it.
    for (index, item) in items.iter().enumerate() {
        match ui_node(item.clone()) {
            Some(node) => nodes.push(node),
            None => unreadable.push(UnreadableNode {
                path: format!("ui.nodes[{index}]"),
                name: item
                    .get("attributes")
                    .and_then(|attributes| attributes.get("name").or(attributes.get("id")))
                    .and_then(Value::as_str)
                    .map(str::to_owned),
            }),
        }
    }
    match ui_container_fields(all, nodes) {
        Some(container) => (Some(container), unreadable),
        None => (None, whole()),
    }
}

/// The members of a `uiContainer` besides its nodes.
fn ui_container_fields(all: &Fields, nodes: Vec<UiNode>) -> Option<UiContainer> {
    let mut fields = Fields::new();
    for (key, member) in all {
        if key != "nodes" {
            fields.insert(key.clone(), member.clone());
        }
    }
    let action = opt_string(&mut fields, "action", false)?;
    let method = string(&mut fields, "method")?;
    let messages = optional(&mut fields, "messages", false, texts)?;
    Some(UiContainer {
        action,
        method,
        nodes,
        messages,
        extra: fields,
    })
}

/// A `uiNode`, as `UiNode::deserialize` reads it.
pub(crate) fn ui_node(value: Value) -> Option<UiNode> {
    let mut fields = object(value)?;
    let node_type = UiNodeType::from(string(&mut fields, "type")?);
    let group = UiNodeGroup::from(string(&mut fields, "group")?);
    let attributes = fields.remove("attributes")?;
    let messages = match fields.remove("messages") {
        None => Vec::new(),
        Some(value) => texts(value)?,
    };
    let meta = match fields.remove("meta") {
        None => UiNodeMeta::default(),
        Some(value) => {
            let mut meta = object(value)?;
            let label = optional(&mut meta, "label", false, |v| ui_text(v, false))?;
            UiNodeMeta { label, extra: meta }
        }
    };
    Some(UiNode {
        attributes: UiNodeAttributes::from_value(attributes, Some(&node_type)),
        node_type,
        group,
        messages,
        meta,
        extra: fields,
    })
}

/// What a member of typed attributes must be to fit losslessly.
#[derive(Clone, Copy)]
enum Want {
    /// A string.
    Str,
    /// Absent or a string (a `null` would be dropped on the way back).
    OptStr,
    /// Absent or a boolean.
    OptBool,
    /// Absent or an integer in `i64`.
    OptI64,
    /// Absent or an array.
    OptArray,
    /// A `uiText` that serialises back unchanged.
    Text,
    /// Absent or such a `uiText`.
    OptText,
}

/// Whether `fields` fit `schema` (members not in it are extra fields, and always fit). One table
/// check instead of a fallible read per member keeps the readers below straight-line code.
fn fits(fields: &Fields, schema: &[(&str, Want)]) -> bool {
    schema
        .iter()
        .all(|&(key, want)| match (fields.get(key), want) {
            (None, Want::Str | Want::Text) => false,
            (None, _) => true,
            (Some(Value::String(_)), Want::Str | Want::OptStr) => true,
            (Some(Value::Bool(_)), Want::OptBool) => true,
            (Some(value), Want::OptI64) => value.as_i64().is_some(),
            (Some(Value::Array(_)), Want::OptArray) => true,
            (Some(Value::Object(text)), Want::Text | Want::OptText) => {
                text.get("id").and_then(Value::as_i64).is_some()
                    && matches!(text.get("type"), Some(Value::String(_)))
                    && match text.get("text") {
                        None => true,
                        Some(Value::String(s)) => !s.is_empty(),
                        Some(_) => false,
                    }
            }
            _ => false,
        })
}

// The readers of members `fits` checked: they cannot fail.
fn take_string(f: &mut Fields, key: &str) -> String {
    take_opt_string(f, key).unwrap_or_default()
}

fn take_opt_string(f: &mut Fields, key: &str) -> Option<String> {
    f.remove(key).and_then(as_string)
}

fn take_opt_enum<T: From<String>>(f: &mut Fields, key: &str) -> Option<T> {
    take_opt_string(f, key).map(T::from)
}

fn take_opt_text(f: &mut Fields, key: &str) -> Option<UiText> {
    ui_text(f.remove(key)?, true)
}

const INPUT: &[(&str, Want)] = &[
    ("name", Want::Str),
    ("type", Want::Str),
    ("required", Want::OptBool),
    ("disabled", Want::OptBool),
    ("label", Want::OptText),
    ("pattern", Want::OptStr),
    ("autocomplete", Want::OptStr),
    ("maxlength", Want::OptI64),
    ("onclick", Want::OptStr),
    ("onclickTrigger", Want::OptStr),
    ("onload", Want::OptStr),
    ("onloadTrigger", Want::OptStr),
    ("options", Want::OptArray),
    ("node_type", Want::OptStr),
];
const TEXT: &[(&str, Want)] = &[
    ("id", Want::OptStr),
    ("text", Want::Text),
    ("node_type", Want::OptStr),
];
const IMAGE: &[(&str, Want)] = &[
    ("id", Want::OptStr),
    ("src", Want::OptStr),
    ("width", Want::OptI64),
    ("height", Want::OptI64),
    ("node_type", Want::OptStr),
];
const ANCHOR: &[(&str, Want)] = &[
    ("href", Want::Str),
    ("title", Want::Text),
    ("id", Want::OptStr),
    ("node_type", Want::OptStr),
];
const SCRIPT: &[(&str, Want)] = &[
    ("src", Want::OptStr),
    ("async", Want::OptBool),
    ("referrerpolicy", Want::OptStr),
    ("crossorigin", Want::OptStr),
    ("integrity", Want::OptStr),
    ("type", Want::OptStr),
    ("id", Want::OptStr),
    ("nonce", Want::OptStr),
    ("node_type", Want::OptStr),
];
const DIVISION: &[(&str, Want)] = &[
    ("id", Want::OptStr),
    ("class", Want::OptStr),
    ("node_type", Want::OptStr),
];

/// `value` as typed attributes of `kind` if it fits them losslessly, else `Unknown`.
pub(crate) fn attributes(value: Value, kind: &UiNodeType) -> UiNodeAttributes {
    let schema = match kind {
        UiNodeType::Input => INPUT,
        UiNodeType::Text => TEXT,
        UiNodeType::Image => IMAGE,
        UiNodeType::Anchor => ANCHOR,
        UiNodeType::Script => SCRIPT,
        UiNodeType::Division => DIVISION,
        UiNodeType::Other(_) => return UiNodeAttributes::Unknown(value),
    };
    let mut f = match value {
        Value::Object(fields) if fits(&fields, schema) => fields,
        other => return UiNodeAttributes::Unknown(other),
    };
    let f = &mut f;
    // `fits` checked the texts: reading them cannot fail (if one did, the rest stays verbatim).
    let unknown = |f: &mut Fields| UiNodeAttributes::Unknown(Value::Object(std::mem::take(f)));
    let boolean = |f: &mut Fields, key: &str| f.remove(key).and_then(|v| v.as_bool());
    let integer = |f: &mut Fields, key: &str| f.remove(key).and_then(|v| v.as_i64());
    match kind {
        UiNodeType::Input => UiNodeAttributes::Input(UiNodeInputAttributes {
            name: take_string(f, "name"),
            input_type: UiNodeInputType::from(take_string(f, "type")),
            value: f.remove("value"),
            required: boolean(f, "required"),
            disabled: boolean(f, "disabled"),
            label: take_opt_text(f, "label"),
            pattern: take_opt_string(f, "pattern"),
            autocomplete: take_opt_enum(f, "autocomplete"),
            maxlength: integer(f, "maxlength"),
            onclick: take_opt_string(f, "onclick"),
            onclick_trigger: take_opt_enum(f, "onclickTrigger"),
            onload: take_opt_string(f, "onload"),
            onload_trigger: take_opt_enum(f, "onloadTrigger"),
            options: match f.remove("options") {
                Some(Value::Array(items)) => Some(items),
                _ => None,
            },
            node_type: take_opt_enum(f, "node_type"),
            extra: std::mem::take(f),
        }),
        UiNodeType::Text => {
            let Some(text) = take_opt_text(f, "text") else {
                return unknown(f);
            };
            UiNodeAttributes::Text(UiNodeTextAttributes {
                id: take_opt_string(f, "id"),
                text,
                node_type: take_opt_enum(f, "node_type"),
                extra: std::mem::take(f),
            })
        }
        UiNodeType::Image => UiNodeAttributes::Image(UiNodeImageAttributes {
            id: take_opt_string(f, "id"),
            src: take_opt_string(f, "src"),
            width: integer(f, "width"),
            height: integer(f, "height"),
            node_type: take_opt_enum(f, "node_type"),
            extra: std::mem::take(f),
        }),
        UiNodeType::Anchor => {
            let Some(title) = take_opt_text(f, "title") else {
                return unknown(f);
            };
            UiNodeAttributes::Anchor(UiNodeAnchorAttributes {
                href: take_string(f, "href"),
                title,
                id: take_opt_string(f, "id"),
                node_type: take_opt_enum(f, "node_type"),
                extra: std::mem::take(f),
            })
        }
        UiNodeType::Script => UiNodeAttributes::Script(UiNodeScriptAttributes {
            src: take_opt_string(f, "src"),
            is_async: boolean(f, "async"),
            referrerpolicy: take_opt_string(f, "referrerpolicy"),
            crossorigin: take_opt_string(f, "crossorigin"),
            integrity: take_opt_string(f, "integrity"),
            script_type: take_opt_string(f, "type"),
            id: take_opt_string(f, "id"),
            nonce: take_opt_string(f, "nonce"),
            node_type: take_opt_enum(f, "node_type"),
            extra: std::mem::take(f),
        }),
        UiNodeType::Division => UiNodeAttributes::Division(UiNodeDivisionAttributes {
            id: take_opt_string(f, "id"),
            class: take_opt_string(f, "class"),
            data: f.remove("data"),
            node_type: take_opt_enum(f, "node_type"),
            extra: std::mem::take(f),
        }),
        UiNodeType::Other(_) => unknown(f),
    }
}

/// A typed `continueWith` item of `action` (the item without its `action`), if it fits
/// losslessly.
pub(crate) fn continue_with(rest: &Value, action: &ContinueWithAction) -> Option<ContinueWith> {
    let Value::Object(fields) = rest else {
        return None;
    };
    let mut f = fields.clone();
    let f = &mut f;
    let flow = |f: &mut Fields| -> Option<ContinueWithFlow> {
        let mut flow = object(f.remove("flow")?)?;
        Some(ContinueWithFlow {
            id: string(&mut flow, "id")?,
            url: opt_string(&mut flow, "url", true)?,
            extra: flow,
        })
    };
    Some(match action {
        ContinueWithAction::ShowVerificationUi => {
            let mut flow = object(f.remove("flow")?)?;
            let flow = ContinueWithVerificationUiFlow {
                id: string(&mut flow, "id")?,
                verifiable_address: string(&mut flow, "verifiable_address")?,
                url: opt_string(&mut flow, "url", true)?,
                extra: flow,
            };
            ContinueWith::ShowVerificationUi(ContinueWithVerificationUi {
                flow,
                extra: std::mem::take(f),
            })
        }
        ContinueWithAction::ShowSettingsUi => {
            ContinueWith::ShowSettingsUi(ContinueWithSettingsUi {
                flow: flow(f)?,
                extra: std::mem::take(f),
            })
        }
        ContinueWithAction::ShowRecoveryUi => {
            ContinueWith::ShowRecoveryUi(ContinueWithRecoveryUi {
                flow: flow(f)?,
                extra: std::mem::take(f),
            })
        }
        ContinueWithAction::SetOrySessionToken => {
            ContinueWith::SetOrySessionToken(ContinueWithSetOrySessionToken {
                ory_session_token: string(f, "ory_session_token")?,
                extra: std::mem::take(f),
            })
        }
        ContinueWithAction::RedirectBrowserTo => {
            ContinueWith::RedirectBrowserTo(ContinueWithRedirectBrowserTo {
                redirect_browser_to: string(f, "redirect_browser_to")?,
                extra: std::mem::take(f),
            })
        }
        ContinueWithAction::Other(_) => return None,
    })
}

#[cfg(test)]
mod tests {
    //! Differential tests: these readers against the serde derives they stand in for.
    use super::*;
    use crate::models::typed_if_lossless;
    use serde::Deserialize;
    use serde_json::json;

    fn serde_attributes(value: &Value, kind: &UiNodeType) -> Option<UiNodeAttributes> {
        match kind {
            UiNodeType::Input => typed_if_lossless(value).map(UiNodeAttributes::Input),
            UiNodeType::Text => typed_if_lossless(value).map(UiNodeAttributes::Text),
            UiNodeType::Image => typed_if_lossless(value).map(UiNodeAttributes::Image),
            UiNodeType::Anchor => typed_if_lossless(value).map(UiNodeAttributes::Anchor),
            UiNodeType::Script => typed_if_lossless(value).map(UiNodeAttributes::Script),
            UiNodeType::Division => typed_if_lossless(value).map(UiNodeAttributes::Division),
            UiNodeType::Other(_) => None,
        }
    }

    fn serde_continue_with(rest: &Value, action: &ContinueWithAction) -> Option<ContinueWith> {
        match action {
            ContinueWithAction::ShowVerificationUi => {
                typed_if_lossless(rest).map(ContinueWith::ShowVerificationUi)
            }
            ContinueWithAction::ShowSettingsUi => {
                typed_if_lossless(rest).map(ContinueWith::ShowSettingsUi)
            }
            ContinueWithAction::ShowRecoveryUi => {
                typed_if_lossless(rest).map(ContinueWith::ShowRecoveryUi)
            }
            ContinueWithAction::SetOrySessionToken => {
                typed_if_lossless(rest).map(ContinueWith::SetOrySessionToken)
            }
            ContinueWithAction::RedirectBrowserTo => {
                typed_if_lossless(rest).map(ContinueWith::RedirectBrowserTo)
            }
            ContinueWithAction::Other(_) => None,
        }
    }

    const KINDS: [&str; 7] = ["input", "text", "img", "a", "script", "div", "other"];
    const ACTIONS: [&str; 6] = [
        "show_verification_ui",
        "show_settings_ui",
        "show_recovery_ui",
        "set_ory_session_token",
        "redirect_browser_to",
        "x",
    ];

    /// Checks every reader against serde on `value` and on every object inside it.
    fn check(value: &Value) {
        assert_eq!(
            ui_container(value),
            UiContainer::deserialize(value).ok(),
            "container {value}"
        );
        assert_eq!(
            ui_node(value.clone()),
            UiNode::deserialize(value).ok(),
            "node {value}"
        );
        assert_eq!(
            ui_text_ref(value),
            UiText::deserialize(value).ok(),
            "text {value}"
        );
        for kind in KINDS {
            let kind = UiNodeType::from(kind);
            assert_eq!(
                attributes(value.clone(), &kind),
                serde_attributes(value, &kind)
                    .unwrap_or_else(|| UiNodeAttributes::Unknown(value.clone())),
                "{kind} attributes {value}"
            );
        }
        for action in ACTIONS {
            let action = ContinueWithAction::from(action);
            assert_eq!(
                continue_with(value, &action),
                serde_continue_with(value, &action),
                "{action} {value}"
            );
        }
        match value {
            Value::Object(map) => map.values().for_each(check),
            Value::Array(items) => items.iter().for_each(check),
            _ => {}
        }
    }

    #[test]
    fn readers_agree_with_serde_on_every_fixture() {
        let mut seen = 0;
        let mut dirs = vec![std::path::PathBuf::from("../shared/kratos/fixtures")];
        while let Some(dir) = dirs.pop() {
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            for entry in entries.flatten() {
                let path = entry.path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "json") {
                    let text = std::fs::read_to_string(&path).expect("fixture");
                    if let Ok(value) = serde_json::from_str::<Value>(&text) {
                        check(&value);
                        seen += 1;
                    }
                }
            }
        }
        assert!(seen > 20, "fixtures read: {seen}");
    }

    #[test]
    fn readers_agree_with_serde_on_edge_cases() {
        let text = json!({"id": 1, "text": "t", "type": "info"});
        let odd = [
            json!(null),
            json!([1, 2]),
            json!("s"),
            json!({}),
            json!({"id": 1.0, "type": "info"}),
            json!({"id": 18446744073709551615u64, "type": "info"}),
            json!({"id": -3, "type": "error", "text": "", "context": null, "x": [1.5, {"y": null}]}),
            json!({"id": 1, "type": "info", "text": null}),
            json!({"id": 1, "type": 3}),
            json!({"name": "n", "type": "text", "required": null}),
            json!({"name": "n", "type": "text", "required": true, "disabled": false,
                   "label": text, "pattern": "p", "autocomplete": "email", "maxlength": 5,
                   "onclick": "f()", "onclickTrigger": "oryPasskeyLogin", "onload": "g()",
                   "onloadTrigger": "x", "options": [1, "a"], "node_type": "input",
                   "value": null, "extra": {"k": 1}}),
            json!({"name": "n", "type": "text", "maxlength": 5.0}),
            json!({"name": "n", "type": "text", "maxlength": -5}),
            json!({"name": "n", "type": "text", "label": null}),
            json!({"name": "n", "type": "text", "label": {"id": 1, "type": "info", "text": ""}}),
            json!({"name": "n", "type": "text", "options": null}),
            json!({"name": "n", "type": "text", "node_type": 4}),
            json!({"name": 1, "type": "text"}),
            json!({"id": "i", "text": text}),
            json!({"id": null, "text": text}),
            json!({"src": "s", "width": 1, "height": 2, "id": "q"}),
            json!({"src": "s", "width": null}),
            json!({"href": "h", "title": text, "id": "a"}),
            json!({"href": "h"}),
            json!({"src": "s", "async": true, "referrerpolicy": "r", "crossorigin": "c",
                   "integrity": "i", "type": "t", "id": "d", "nonce": "n", "node_type": "script"}),
            json!({"async": "yes"}),
            json!({"id": "d", "class": "c", "data": null}),
            json!({"id": "d", "class": "c", "data": {"a": 1}}),
            json!({"action": "x", "method": "POST", "nodes": [], "messages": null}),
            json!({"method": "POST", "nodes": [], "messages": [text]}),
            json!({"method": "POST", "nodes": null}),
            json!({"method": "POST"}),
            json!({"action": null, "method": "POST", "nodes": [{"type": "input", "group": "g",
                   "attributes": {"name": "a", "type": "b"}, "meta": {"label": null}}]}),
            json!({"type": "input", "group": "g", "attributes": null, "messages": null}),
            json!({"type": "input", "group": "g", "attributes": 5, "meta": null}),
            json!({"type": "input", "group": "g", "attributes": {}, "meta": {"x": 1}}),
            json!({"type": "input", "group": "g"}),
            json!({"flow": {"id": "f", "verifiable_address": "a", "url": "u"}, "x": 1}),
            json!({"flow": {"id": "f", "verifiable_address": "a", "url": null}}),
            json!({"flow": {"id": "f", "url": 3}}),
            json!({"flow": {"id": 3}}),
            json!({"flow": null}),
            json!({"ory_session_token": "t", "extra": true}),
            json!({"redirect_browser_to": "https://x/"}),
            json!({"redirect_browser_to": null}),
        ];
        odd.iter().for_each(check);
    }
}
