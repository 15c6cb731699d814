//! Identity JSON schema with Kratos' `ory.sh/kratos` extensions: trait form nodes,
//! trait validation (with Kratos' message ids) and credential / address extraction.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde_json::{json, Map, Value};

use crate::model::{Node, Text};
use crate::nodes::input;
use crate::text;

pub const DEFAULT_SCHEMA: &str = include_str!("default.schema.json");

/// One leaf property under `traits`.
#[derive(Debug, Clone)]
pub struct TraitField {
    /// Dotted node name, e.g. `traits.email`.
    pub name: String,
    /// JSON pointer inside the identity document, e.g. `/traits/email`.
    pub pointer: String,
    pub json_type: String,
    pub format: Option<String>,
    pub title: Option<String>,
    pub required: bool,
    pub pattern: Option<String>,
    pub ext: Value,
}

pub struct IdentitySchema {
    pub id: String,
    pub raw: Value,
    pub fields: Vec<TraitField>,
    /// Kratos' `selfservice_selectable` (the default schema is always selectable).
    pub selfservice_selectable: bool,
    validator: jsonschema::Validator,
}

impl IdentitySchema {
    pub fn load(id: &str, raw: Value) -> Result<IdentitySchema, String> {
        let validator = jsonschema::options()
            .should_validate_formats(true)
            .build(&raw)
            .map_err(|e| format!("invalid identity schema: {e}"))?;
        let mut fields = Vec::new();
        if let Some(traits) = raw.pointer("/properties/traits") {
            collect(traits, "traits", "/traits", true, &mut fields);
        }
        Ok(IdentitySchema {
            id: id.to_string(),
            raw,
            fields,
            selfservice_selectable: false,
            validator,
        })
    }

    /// `/schemas/<base64url(id)>` as Kratos names it.
    pub fn url(&self, public: &url::Url) -> String {
        format!("{}schemas/{}", public, self.encoded_id())
    }

    pub fn encoded_id(&self) -> String {
        URL_SAFE_NO_PAD.encode(self.id.as_bytes())
    }

    /// Trait input nodes (group `group`), with `values` filled in when given.
    pub fn trait_nodes(&self, group: &str, values: Option<&Value>) -> Vec<Node> {
        self.fields
            .iter()
            .map(|f| {
                let ty = match (f.json_type.as_str(), f.format.as_deref()) {
                    ("boolean", _) => "checkbox",
                    ("number" | "integer", _) => "number",
                    (_, Some("email")) => "email",
                    (_, Some("date-time")) => "datetime-local",
                    (_, Some("date")) => "date",
                    (_, Some("uri")) => "url",
                    (_, Some("tel")) => "tel",
                    _ => "text",
                };
                let mut b = input(group, &f.name, ty);
                if let Some(v) = values.and_then(|v| v.pointer(&f.pointer)) {
                    b = b.value(v.clone());
                }
                if f.required {
                    b = b.required();
                }
                if f.format.as_deref() == Some("email") {
                    b = b.autocomplete("email");
                }
                if let Some(p) = &f.pattern {
                    b = b.pattern(p);
                }
                if let Some(t) = &f.title {
                    b = b.label(text::label_generated(t));
                }
                b.build()
            })
            .collect()
    }

    /// The login identifier label: the schema title of the identifier trait(s) when there
    /// is exactly one, else "ID" (v1.3.1 `GetIdentifierLabelFromSchema`).
    pub fn identifier_label(&self) -> Text {
        let mut titles: Vec<&str> = Vec::new();
        for f in &self.fields {
            let e = &f.ext;
            let flagged = [
                "/credentials/password/identifier",
                "/credentials/webauthn/identifier",
                "/credentials/passkey/display_name",
                "/credentials/totp/account_name",
                "/credentials/code/identifier",
            ]
            .iter()
            .any(|p| e.pointer(p) == Some(&json!(true)));
            if let (true, Some(t)) = (flagged, f.title.as_deref()) {
                if !t.is_empty() && !titles.contains(&t) {
                    titles.push(t);
                }
            }
        }
        match titles.as_slice() {
            [one] => text::label_generated(one),
            _ => text::label_id(),
        }
    }

    /// Converts form strings to the schema's types (booleans, numbers) in-place.
    pub fn coerce_traits(&self, traits: &mut Value) {
        for f in &self.fields {
            let rel = f.pointer.trim_start_matches("/traits");
            let Some(v) = traits.pointer_mut(rel) else {
                continue;
            };
            if let Value::String(s) = v {
                let s = s.clone();
                match f.json_type.as_str() {
                    "boolean" => *v = json!(matches!(s.as_str(), "true" | "on" | "1")),
                    "number" => {
                        if let Ok(n) = s.parse::<f64>() {
                            *v = json!(n);
                        }
                    }
                    "integer" => {
                        if let Ok(n) = s.parse::<i64>() {
                            *v = json!(n);
                        }
                    }
                    _ => {}
                }
            }
        }
    }

    /// Validates traits; returns `(node name, message)` pairs on failure.
    pub fn validate_traits(&self, traits: &Value) -> Vec<(String, Text)> {
        let doc = json!({ "traits": traits });
        let mut out = Vec::new();
        for err in self.validator.iter_errors(&doc) {
            let pointer = err.instance_path.as_str().to_string();
            let base = pointer.trim_start_matches('/').replace('/', ".");
            use jsonschema::error::ValidationErrorKind as K;
            let (name, msg) = match &err.kind {
                K::Required { property } => {
                    let p = property.as_str().unwrap_or_default().to_string();
                    let name = if base.is_empty() {
                        p.clone()
                    } else {
                        format!("{base}.{p}")
                    };
                    (name, text::required(&p))
                }
                K::MinLength { limit } => {
                    let actual = err
                        .instance
                        .as_str()
                        .map(|s| s.chars().count())
                        .unwrap_or(0);
                    (base, text::min_length(*limit as usize, actual))
                }
                K::MaxLength { limit } => {
                    let actual = err
                        .instance
                        .as_str()
                        .map(|s| s.chars().count())
                        .unwrap_or(0);
                    (base, text::max_length(*limit as usize, actual))
                }
                K::Pattern { pattern } => (base, text::invalid_format(pattern)),
                K::Format { format } => {
                    let shown = match err.instance.as_ref() {
                        Value::String(s) => s.clone(),
                        other => other.to_string(),
                    };
                    (
                        base,
                        text::generic(&format!("{shown:?} is not valid {format:?}")),
                    )
                }
                _ => (base, text::generic(&err.to_string())),
            };
            out.push((name, msg));
        }
        out
    }

    fn ext_values(&self, traits: &Value, pick: impl Fn(&Value) -> bool) -> Vec<String> {
        let mut out = Vec::new();
        for f in &self.fields {
            if !pick(&f.ext) {
                continue;
            }
            let rel = f.pointer.trim_start_matches("/traits");
            if let Some(Value::String(s)) = traits.pointer(rel) {
                let s = s.trim().to_lowercase();
                if !s.is_empty() && !out.contains(&s) {
                    out.push(s);
                }
            }
        }
        out
    }

    pub fn password_identifiers(&self, traits: &Value) -> Vec<String> {
        self.ext_values(traits, |e| {
            e.pointer("/credentials/password/identifier") == Some(&json!(true))
        })
    }

    pub fn code_identifiers(&self, traits: &Value) -> Vec<String> {
        self.ext_values(traits, |e| {
            e.pointer("/credentials/code/identifier") == Some(&json!(true))
        })
    }

    pub fn webauthn_identifiers(&self, traits: &Value) -> Vec<String> {
        self.ext_values(traits, |e| {
            e.pointer("/credentials/webauthn/identifier") == Some(&json!(true))
        })
    }

    pub fn totp_account_name(&self, traits: &Value) -> Option<String> {
        self.ext_values(traits, |e| {
            e.pointer("/credentials/totp/account_name") == Some(&json!(true))
        })
        .into_iter()
        .next()
    }

    pub fn verifiable_addresses(&self, traits: &Value) -> Vec<String> {
        self.ext_values(traits, |e| {
            e.pointer("/verification/via") == Some(&json!("email"))
        })
    }

    pub fn recovery_addresses(&self, traits: &Value) -> Vec<String> {
        self.ext_values(traits, |e| {
            e.pointer("/recovery/via") == Some(&json!("email"))
        })
    }
}

fn collect(schema: &Value, name: &str, pointer: &str, required: bool, out: &mut Vec<TraitField>) {
    let ty = schema
        .get("type")
        .and_then(|t| t.as_str())
        .unwrap_or("string");
    if ty == "object" {
        let req: Vec<&str> = schema
            .get("required")
            .and_then(|r| r.as_array())
            .map(|a| a.iter().filter_map(|x| x.as_str()).collect())
            .unwrap_or_default();
        if let Some(Value::Object(props)) = schema.get("properties") {
            for (k, v) in props {
                collect(
                    v,
                    &format!("{name}.{k}"),
                    &format!("{pointer}/{k}"),
                    required && req.contains(&k.as_str()),
                    out,
                );
            }
        }
        return;
    }
    if name == "traits" {
        return;
    }
    out.push(TraitField {
        name: name.to_string(),
        pointer: pointer.to_string(),
        json_type: ty.to_string(),
        format: schema
            .get("format")
            .and_then(|f| f.as_str())
            .map(String::from),
        title: schema
            .get("title")
            .and_then(|f| f.as_str())
            .map(String::from),
        required,
        pattern: schema
            .get("pattern")
            .and_then(|f| f.as_str())
            .map(String::from),
        ext: schema.get("ory.sh/kratos").cloned().unwrap_or(Value::Null),
    });
}

/// Empty object helper.
pub fn empty() -> Map<String, Value> {
    Map::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schema() -> IdentitySchema {
        let raw: Value = serde_json::from_str(DEFAULT_SCHEMA).unwrap_or(Value::Null);
        match IdentitySchema::load("default", raw) {
            Ok(s) => s,
            Err(e) => panic!("{e}"),
        }
    }

    #[test]
    fn fields_and_extensions() {
        let s = schema();
        let names: Vec<_> = s.fields.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(
            names,
            ["traits.email", "traits.name.first", "traits.name.last"]
        );
        let t = json!({"email": "A@Example.org"});
        assert_eq!(s.password_identifiers(&t), ["a@example.org"]);
        assert_eq!(s.recovery_addresses(&t), ["a@example.org"]);
    }

    #[test]
    fn validation_messages() {
        let s = schema();
        let errs = s.validate_traits(&json!({}));
        assert_eq!(errs.len(), 1);
        assert_eq!(errs[0].0, "traits.email");
        assert_eq!(errs[0].1.id, 4000002);
        let errs = s.validate_traits(&json!({"email": "not-an-email"}));
        assert_eq!(errs[0].0, "traits.email");
        assert_eq!(errs[0].1.id, 4000001);
    }
}
