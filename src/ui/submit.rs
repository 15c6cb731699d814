//! The JSON body of a submit, from the values of the form.
//!
//! Kratos accepts JSON bodies whose shape its submit schemas define
//! (`selfservice/strategy/*/.schema/*.schema.json`): dotted node names are nested objects
//! (`traits.name.first` → `{"traits":{"name":{"first":…}}}`), checkboxes are booleans,
//! `number` traits are numbers, and a few buttons are booleans (`totp_unlink`,
//! `lookup_secret_*`). A browser's form encoding knows none of this, so the body is built here.
//!
//! Rules ([`body`]):
//! - text inputs: the string; an empty one is omitted unless the input is required (Kratos
//!   treats a missing optional trait as unset, an empty string as a value to validate);
//! - hidden inputs: always kept, as strings (`csrf_token`, `method`, WebAuthn results);
//! - number inputs: a JSON number when the text is one, else the text as a string, so the
//!   server's validation message reaches the user; empty and optional → omitted;
//! - checkboxes: `true`/`false`;
//! - the clicked submitter's `name=value` last, winning over a field of the same name;
//!   `"true"`/`"false"` become booleans for the names the schemas declare boolean;
//! - a name used both as a value and as an object (`traits` and `traits.email`), or with an
//!   empty segment (`traits..email`), is a [`SubmitError`], never a panic.

use std::fmt;

use serde_json::{Map, Value};

use super::layout::{implied_method, submit_nodes};
use super::view::{is_checked, value_string};
use crate::models::{UiNode, UiNodeAttributes, UiNodeGroup, UiNodeInputType};

/// Submitter names whose value the submit schemas declare `boolean` (v0.10.1 and v1.3.1:
/// `totp.settings`, `lookup.settings`).
pub const BOOLEAN_SUBMITTERS: &[&str] = &[
    "totp_unlink",
    "lookup_secret_reveal",
    "lookup_secret_regenerate",
    "lookup_secret_confirm",
    "lookup_secret_disable",
];

/// The deepest dotted name accepted. Names come from the server; a body nested thousands of
/// levels deep would overflow the stack when serialised or dropped.
pub const MAX_DEPTH: usize = 32;

/// The value of one input, typed by the input's kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldValue {
    /// A text-like input (`text`, `email`, `password`, `tel`, `date`, …).
    Text(String),
    /// A hidden input: always sent, as a string.
    Hidden(String),
    /// A `number` input, as typed.
    Number(String),
    /// A checkbox.
    Bool(bool),
}

impl FieldValue {
    /// The value as text (a checkbox as `"true"`/`"false"`).
    pub fn text(&self) -> String {
        match self {
            Self::Text(s) | Self::Hidden(s) | Self::Number(s) => s.clone(),
            Self::Bool(b) => b.to_string(),
        }
    }
}

/// One input taking part in a submit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// The node name, possibly dotted (`traits.email`).
    pub name: String,
    /// The value.
    pub value: FieldValue,
    /// Whether the input is required (an empty required text is sent as `""`).
    pub required: bool,
}

/// Why a body could not be built.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SubmitError {
    /// `name` is used both as a value and as an object (e.g. `traits` and `traits.email`).
    Conflict {
        /// The name whose insertion clashed.
        name: String,
    },
    /// `name` is empty, has an empty dotted segment (`a..b`, `.a`, `a.`) or more than
    /// [`MAX_DEPTH`] segments.
    InvalidName {
        /// The offending name.
        name: String,
    },
}

impl fmt::Display for SubmitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Conflict { name } => {
                write!(f, "form field `{name}` is both a value and an object")
            }
            Self::InvalidName { name } => write!(f, "form field name `{name}` is not valid"),
        }
    }
}

impl std::error::Error for SubmitError {}

/// Builds the JSON object for `fields` plus the clicked `submitter` (`(name, value)`).
pub fn body(fields: &[Field], submitter: Option<(&str, &str)>) -> Result<Value, SubmitError> {
    let mut root = Map::new();
    for field in fields {
        if let Some(value) = field_json(field) {
            insert(&mut root, &field.name, value)?;
        }
    }
    if let Some((name, value)) = submitter {
        insert(&mut root, name, submitter_json(name, value))?;
    }
    Ok(Value::Object(root))
}

/// The JSON value of a field, or `None` when it is left out.
fn field_json(field: &Field) -> Option<Value> {
    match &field.value {
        FieldValue::Hidden(s) => Some(Value::String(s.clone())),
        FieldValue::Bool(b) => Some(Value::Bool(*b)),
        FieldValue::Text(s) => (field.required || !s.is_empty()).then(|| Value::String(s.clone())),
        FieldValue::Number(s) => {
            let trimmed = s.trim();
            if trimmed.is_empty() {
                return field.required.then(|| Value::String(s.clone()));
            }
            match serde_json::from_str::<Value>(trimmed) {
                Ok(number @ Value::Number(_)) => Some(number),
                _ => Some(Value::String(s.clone())),
            }
        }
    }
}

/// The submitter's value: a boolean for [`BOOLEAN_SUBMITTERS`], else the string.
fn submitter_json(name: &str, value: &str) -> Value {
    if BOOLEAN_SUBMITTERS.contains(&name) {
        match value {
            "true" => return Value::Bool(true),
            "false" => return Value::Bool(false),
            _ => {}
        }
    }
    Value::String(value.to_owned())
}

/// Inserts `value` under the dotted `name`, creating objects on the way. A later value for the
/// same leaf replaces the earlier one.
fn insert(root: &mut Map<String, Value>, name: &str, value: Value) -> Result<(), SubmitError> {
    let segments: Vec<&str> = name.split('.').collect();
    if segments.len() > MAX_DEPTH || segments.iter().any(|s| s.is_empty()) {
        return Err(SubmitError::InvalidName {
            name: name.to_owned(),
        });
    }
    let conflict = || SubmitError::Conflict {
        name: name.to_owned(),
    };
    let Some((last, parents)) = segments.split_last() else {
        return Err(SubmitError::InvalidName {
            name: name.to_owned(),
        });
    };
    let mut map = root;
    for segment in parents {
        let entry = map
            .entry((*segment).to_owned())
            .or_insert_with(|| Value::Object(Map::new()));
        map = match entry {
            Value::Object(inner) => inner,
            _ => return Err(conflict()),
        };
    }
    if matches!(map.get(*last), Some(Value::Object(_))) {
        return Err(conflict());
    }
    map.insert((*last).to_owned(), value);
    Ok(())
}

/// The [`Field`] of an input node: `entered` (what the user typed or checked), re-typed by the
/// node's input type, else the node's own value. `None` for non-input nodes and buttons.
pub fn field(node: &UiNode, entered: Option<FieldValue>) -> Option<Field> {
    let (name, input_type, value, required) = match &node.attributes {
        UiNodeAttributes::Input(input) => (
            input.name.clone(),
            input.input_type.clone(),
            input.value.clone(),
            input.required.unwrap_or(false),
        ),
        UiNodeAttributes::Unknown(raw) => (
            raw.get("name")?.as_str()?.to_owned(),
            UiNodeInputType::from(raw.get("type").and_then(Value::as_str).unwrap_or("text")),
            raw.get("value").cloned(),
            raw.get("required")
                .and_then(Value::as_bool)
                .unwrap_or(false),
        ),
        _ => return None,
    };
    let text = || match &entered {
        Some(v) => v.text(),
        None => value_string(value.as_ref()),
    };
    let value = match input_type {
        UiNodeInputType::Submit | UiNodeInputType::Button => return None,
        UiNodeInputType::Hidden => FieldValue::Hidden(text()),
        UiNodeInputType::Number => FieldValue::Number(text()),
        UiNodeInputType::Checkbox => FieldValue::Bool(match &entered {
            Some(FieldValue::Bool(b)) => *b,
            Some(other) => other.text() == "true",
            None => is_checked(value.as_ref()),
        }),
        _ => FieldValue::Text(text()),
    };
    Some(Field {
        name,
        value,
        required,
    })
}

/// The whole body of a submit of `group`: the fields [`submit_nodes`] lists (with what the
/// user `entered` for each node, else the server's value), the clicked `submitter`, and the
/// [`implied_method`] when nothing names a `method`.
///
/// `submitter` is `None` when the SDK's own code submits (a WebAuthn/passkey result written to
/// its hidden input).
pub fn form_body(
    nodes: &[UiNode],
    group: &UiNodeGroup,
    submitter: Option<(&str, &str)>,
    entered: impl Fn(&UiNode) -> Option<FieldValue>,
) -> Result<Value, SubmitError> {
    let fields: Vec<Field> = submit_nodes(nodes, group)
        .into_iter()
        .filter_map(|node| field(node, entered(node)))
        .collect();
    let mut value = body(&fields, submitter)?;
    if let (Value::Object(map), Some(method)) =
        (&mut value, implied_method(group, submitter.map(|s| s.0)))
    {
        map.entry("method")
            .or_insert_with(|| Value::String(method.to_owned()));
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn f(name: &str, value: FieldValue, required: bool) -> Field {
        Field {
            name: name.into(),
            value,
            required,
        }
    }

    #[test]
    fn dotted_names_nest_and_types_are_kept() {
        let fields = [
            f("csrf_token", FieldValue::Hidden(String::new()), false),
            f("traits.email", FieldValue::Text("a@b.c".into()), true),
            f("traits.name.first", FieldValue::Text("Ada".into()), false),
            f("traits.name.last", FieldValue::Text(String::new()), false),
            f("traits.age", FieldValue::Number(" 42 ".into()), false),
            f("traits.height", FieldValue::Number("1.5e2".into()), false),
            f("traits.shoe", FieldValue::Number("big".into()), false),
            f("traits.empty", FieldValue::Number(String::new()), false),
            f("traits.tos", FieldValue::Bool(true), true),
            f("password", FieldValue::Text(String::new()), true),
        ];
        let got = body(&fields, Some(("method", "password"))).unwrap();
        assert_eq!(
            got,
            json!({"csrf_token": "", "method": "password", "password": "",
                   "traits": {"email": "a@b.c", "name": {"first": "Ada"}, "age": 42,
                              "height": 150.0, "shoe": "big", "tos": true}})
        );
    }

    #[test]
    fn boolean_submitters_follow_the_schemas() {
        let got = body(&[], Some(("lookup_secret_regenerate", "true"))).unwrap();
        assert_eq!(got, json!({"lookup_secret_regenerate": true}));
        let got = body(&[], Some(("totp_unlink", "true"))).unwrap();
        assert_eq!(got, json!({"totp_unlink": true}));
        let got = body(&[], Some(("resend", "true"))).unwrap();
        assert_eq!(got, json!({"resend": "true"}));
    }

    #[test]
    fn submitter_wins_over_a_field_of_the_same_name() {
        let fields = [f("method", FieldValue::Hidden("code".into()), false)];
        let got = body(&fields, Some(("method", "password"))).unwrap();
        assert_eq!(got, json!({"method": "password"}));
    }

    #[test]
    fn conflicts_and_bad_names_are_errors() {
        let a = [
            f("traits", FieldValue::Text("x".into()), true),
            f("traits.email", FieldValue::Text("y".into()), true),
        ];
        assert_eq!(
            body(&a, None),
            Err(SubmitError::Conflict {
                name: "traits.email".into()
            })
        );
        let b = [
            f("traits.email", FieldValue::Text("y".into()), true),
            f("traits", FieldValue::Text("x".into()), true),
        ];
        assert!(matches!(body(&b, None), Err(SubmitError::Conflict { .. })));
        for bad in ["", "a..b", ".a", "a."] {
            let c = [f(bad, FieldValue::Text("x".into()), true)];
            assert!(
                matches!(body(&c, None), Err(SubmitError::InvalidName { .. })),
                "{bad}"
            );
        }
        assert!(body(&[], Some(("", "x"))).is_err());
        assert!(!SubmitError::InvalidName { name: "x".into() }
            .to_string()
            .is_empty());
    }

    #[test]
    fn numbers_out_of_range_stay_strings() {
        let fields = [f("n", FieldValue::Number("1e400".into()), true)];
        assert_eq!(body(&fields, None).unwrap(), json!({"n": "1e400"}));
        let fields = [f("n", FieldValue::Number("NaN".into()), true)];
        assert_eq!(body(&fields, None).unwrap(), json!({"n": "NaN"}));
        let fields = [f("n", FieldValue::Number("[1]".into()), true)];
        assert_eq!(body(&fields, None).unwrap(), json!({"n": "[1]"}));
    }

    #[test]
    fn fields_are_retyped_by_the_node() {
        let node: UiNode = serde_json::from_value(json!({"type": "input", "group": "profile",
            "attributes": {"name": "traits.ok", "type": "checkbox", "value": true, "node_type": "input"},
            "messages": [], "meta": {}}))
        .unwrap();
        assert_eq!(field(&node, None).unwrap().value, FieldValue::Bool(true));
        assert_eq!(
            field(&node, Some(FieldValue::Text("false".into())))
                .unwrap()
                .value,
            FieldValue::Bool(false)
        );
    }

    #[test]
    fn deep_names_are_refused() {
        let name = vec!["a"; 10_000].join(".");
        let fields = [f(&name, FieldValue::Text("x".into()), true)];
        assert!(matches!(
            body(&fields, None),
            Err(SubmitError::InvalidName { .. })
        ));
        let name = vec!["a"; MAX_DEPTH].join(".");
        let fields = [f(&name, FieldValue::Text("x".into()), true)];
        assert!(body(&fields, None).is_ok());
    }
}
