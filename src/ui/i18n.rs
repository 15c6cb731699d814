//! Messages by id: translations with `{placeholder}` interpolation, and the server's English as
//! the fallback. The same map holds the SDK's own texts under their keys ([`super::texts`]).
//!
//! Every Kratos message and label carries a stable numeric `id` (1xxxxxx info, 4xxxxxx
//! validation, 5xxxxxx system) plus its English `text` and a `context` object with the values
//! the text was built from. A translation is a template keyed by the id whose `{key}`
//! placeholders are filled from `context` (the context keys are authoritative; the catalogue's
//! placeholder names are documentation stand-ins — `{secrets_list}` is filled from `secrets`).
//!
//! Templates come from the app and contexts from the server: interpolation is a single linear
//! scan that never panics, never recurses into its own output and leaves anything it cannot
//! fill exactly as written.

use std::fmt;

use serde_json::Value;

use super::view::node_label;
use crate::models::UiNode;

/// Message templates keyed by message id.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Translations {
    /// Templates by the decimal text of their id. A JSON object rather than a `HashMap`: the
    /// renderer's wasm module carries the B-tree of JSON objects anyway, and hashbrown and
    /// SipHash cost it ~12 KB.
    templates: serde_json::Map<String, Value>,
}

/// Why translations could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TranslationsError {
    /// The input is not JSON.
    NotJson(String),
    /// The JSON is not an object of `"id": "template"`.
    NotAnObject,
}

impl fmt::Display for TranslationsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotJson(e) => write!(f, "translations are not JSON: {e}"),
            Self::NotAnObject => f.write_str("translations must be a JSON object of id: template"),
        }
    }
}

impl std::error::Error for TranslationsError {}

impl Translations {
    /// No translations: every message shows the server's text.
    pub fn new() -> Self {
        Self::default()
    }

    /// Reads `{"4000006": "…", "already_signed_in": "…", …}`: Kratos message ids (integers)
    /// and the SDK's own text keys ([`crate::ui::texts`], lower-case names). Entries whose key
    /// is neither or whose value is not a string are skipped, so one bad entry does not cost the
    /// whole language.
    pub fn from_value(value: &Value) -> Result<Self, TranslationsError> {
        let map = value.as_object().ok_or(TranslationsError::NotAnObject)?;
        let mut translations = Self::new();
        for (key, template) in map {
            let Some(template) = template.as_str() else {
                continue;
            };
            if let Ok(id) = key.trim().parse::<i64>() {
                translations.insert(id, template);
            } else if Self::is_text_key(key) {
                translations.insert_key(key, template);
            }
        }
        Ok(translations)
    }

    /// Whether `key` names one of the SDK's own texts: `[a-z][a-z0-9_.]*`, at most 64 bytes.
    pub fn is_text_key(key: &str) -> bool {
        key.len() <= MAX_KEY
            && key.starts_with(|c: char| c.is_ascii_lowercase())
            && key
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '.')
    }

    /// Reads a locale module of the package (`js/locales/<tag>.js`: `export default {…};`, a
    /// JSON object), e.g. `include_str!`-ed by a Rust app.
    pub fn from_locale_module(text: &str) -> Result<Self, TranslationsError> {
        // Plain `find`/`trim` on purpose: a new `split_once::<&str>` or `rfind::<char>` in the
        // crate changed how other code (the core module's URL parser, the renderer's node
        // views) was inlined, and so the size of modules that never call this.
        const EXPORT: &str = "export default";
        let text = text
            .find(EXPORT)
            .and_then(|at| text.get(at + EXPORT.len()..))
            .unwrap_or(text);
        let object = text.trim();
        let object = object.strip_suffix(';').unwrap_or(object);
        Self::from_json(object)
    }

    /// These translations with `overrides` laid over them: a locale under the app's own texts.
    pub fn overridden_by(mut self, overrides: &Translations) -> Self {
        for (key, template) in &overrides.templates {
            self.templates.insert(key.clone(), template.clone());
        }
        self
    }

    /// Parses JSON text and reads it with [`Self::from_value`].
    pub fn from_json(text: &str) -> Result<Self, TranslationsError> {
        let value: Value =
            serde_json::from_str(text).map_err(|e| TranslationsError::NotJson(e.to_string()))?;
        Self::from_value(&value)
    }

    /// Adds or replaces one template.
    pub fn insert(&mut self, id: i64, template: impl Into<String>) {
        self.templates
            .insert(id.to_string(), Value::String(template.into()));
    }

    /// Adds or replaces the template of an SDK text key (see [`Self::is_text_key`]).
    pub fn insert_key(&mut self, key: &str, template: impl Into<String>) {
        self.templates
            .insert(key.to_owned(), Value::String(template.into()));
    }

    /// The template for `id`.
    pub fn get(&self, id: i64) -> Option<&str> {
        self.templates.get(&id.to_string()).and_then(Value::as_str)
    }

    /// The template for the SDK text `key`.
    pub fn get_key(&self, key: &str) -> Option<&str> {
        self.templates.get(key).and_then(Value::as_str)
    }

    /// How many templates there are.
    pub fn len(&self) -> usize {
        self.templates.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.templates.is_empty()
    }
}

/// The text to show for `message`: its translation with placeholders filled from
/// `message.context`, else the server's English `text`.
pub fn message_text(
    message: &crate::models::UiText,
    translations: Option<&Translations>,
) -> String {
    match translations.and_then(|t| t.get(message.id)) {
        Some(template) => interpolate(template, message.context.as_ref()),
        None => message.text.clone(),
    }
}

/// The node's label in the server's English (`meta.label`, else an input's `label`).
pub fn label_text(node: &UiNode) -> Option<String> {
    translated_label(node, None)
}

/// The node's label, translated when a template exists.
pub fn translated_label(node: &UiNode, translations: Option<&Translations>) -> Option<String> {
    node_label(node).map(|label| message_text(&label, translations))
}

/// Longest placeholder key considered; longer `{…}` runs are left as written.
pub const MAX_KEY: usize = 64;

/// Fills `{key}` placeholders of `template` from `context`. A placeholder is `{` + 1 to
/// [`MAX_KEY`] characters of `[A-Za-z0-9_.-]` + `}`; everything else (unbalanced or nested
/// braces, unknown keys, values that cannot be shown) stays exactly as written.
pub fn interpolate(template: &str, context: Option<&Value>) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let (before, from_brace) = rest.split_at(open);
        out.push_str(before);
        let after = from_brace.get(1..).unwrap_or("");
        let key_len = after
            .char_indices()
            .find(|(_, c)| !is_key_char(*c))
            .map(|(i, _)| i)
            .unwrap_or(after.len());
        let closes = after.get(key_len..).is_some_and(|s| s.starts_with('}'));
        let key = after.get(..key_len).unwrap_or("");
        if closes && !key.is_empty() && key_len <= MAX_KEY {
            match context.and_then(|c| lookup(c, key)) {
                Some(value) => out.push_str(&value),
                None => {
                    out.push('{');
                    out.push_str(key);
                    out.push('}');
                }
            }
            rest = after.get(key_len + 1..).unwrap_or("");
        } else {
            // Not a placeholder: keep the brace and go on right after it, so a following
            // well-formed placeholder (`{{secret}}` → `{…}`) is still filled.
            out.push('{');
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

fn is_key_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-')
}

/// The text for `key`: the context member, or for `…_list` the member without the suffix
/// (the catalogue writes `{secrets_list}` for `context.secrets`).
fn lookup(context: &Value, key: &str) -> Option<String> {
    let value = context
        .get(key)
        .filter(|v| !v.is_null())
        .or_else(|| context.get(key.strip_suffix("_list")?))?;
    display(value, 0)
}

/// How a context value is shown: strings as they are, numbers and booleans in JSON form, arrays
/// joined with ", ", messages (`{text}`) by their text. `None` for anything else.
fn display(value: &Value, depth: usize) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Array(items) if depth < 2 => Some(
            items
                .iter()
                .filter_map(|item| display(item, depth + 1))
                .collect::<Vec<_>>()
                .join(", "),
        ),
        Value::Object(map) => map.get("text").and_then(Value::as_str).map(str::to_owned),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::UiText;
    use serde_json::json;

    fn text(id: i64, text: &str, context: Value) -> UiText {
        serde_json::from_value(json!({"id": id, "text": text, "type": "info", "context": context}))
            .unwrap()
    }

    #[test]
    fn placeholders_are_filled_from_context() {
        let ctx = json!({"a": "x", "n": 3, "b": true, "list": ["p", 2, false], "nul": null});
        assert_eq!(
            interpolate("{a}-{n}-{b}-{list}-{nul}-{missing}", Some(&ctx)),
            "x-3-true-p, 2, false-{nul}-{missing}"
        );
        assert_eq!(interpolate("{a}", None), "{a}");
    }

    #[test]
    fn odd_templates_never_panic_and_stay_as_written() {
        let ctx = json!({"secret": "S", "a": "{a}"});
        for (template, want) in [
            ("", ""),
            ("{", "{"),
            ("}", "}"),
            ("{}", "{}"),
            ("{{secret}}", "{S}"),
            ("{secret", "{secret"),
            ("secret}", "secret}"),
            ("{ secret }", "{ secret }"),
            ("{sec{secret}}", "{secS}"),
            ("{a}{a}", "{a}{a}"),
            ("ü{secret}ü", "üSü"),
            ("{é}", "{é}"),
            ("{{{{", "{{{{"),
        ] {
            assert_eq!(interpolate(template, Some(&ctx)), want, "{template}");
        }
        let huge = "{".repeat(100_000) + &"{secret}".repeat(10_000) + &"}".repeat(100_000);
        let out = interpolate(&huge, Some(&ctx));
        assert_eq!(out.matches('S').count(), 10_000);
        let long_key = format!("{{{}}}", "k".repeat(10_000));
        assert_eq!(interpolate(&long_key, Some(&json!({}))), long_key);
        // A pseudo-random soup of braces and keys.
        let mut seed = 7u32;
        let alphabet = ['{', '}', 's', 'e', 'c', 'r', 't', 'a', ' ', 'ß'];
        for _ in 0..200 {
            let soup: String = (0..64)
                .map(|_| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    alphabet[(seed >> 16) as usize % alphabet.len()]
                })
                .collect();
            let _ = interpolate(&soup, Some(&ctx));
        }
    }

    #[test]
    fn translations_fall_back_to_server_text() {
        let t = Translations::from_json(r#"{"4000006": "Falsche Daten.", "X y": "skip", "1": 5}"#)
            .unwrap();
        assert_eq!(t.len(), 1);
        let m = text(4000006, "The provided credentials are invalid", json!({}));
        assert_eq!(message_text(&m, Some(&t)), "Falsche Daten.");
        assert_eq!(
            message_text(&m, None),
            "The provided credentials are invalid"
        );
        let other = text(1, "server", json!(null));
        assert_eq!(message_text(&other, Some(&t)), "server");
        assert!(Translations::from_json("[]").is_err());
        let keyed = Translations::from_json(
            r#"{"done": "Fertig.", "Done": "x", "a b": "x", "9x": "x", "x.y_2": "z"}"#,
        )
        .unwrap();
        assert_eq!(keyed.len(), 2);
        assert_eq!(keyed.get_key("done"), Some("Fertig."));
        assert_eq!(keyed.get_key("x.y_2"), Some("z"));
        let module = Translations::from_locale_module(
            "// de {x}\nexport default {\n  \"4000006\": \"Falsch.\",\n  \"done\": \"Fertig.\"\n};\n",
        )
        .unwrap();
        let merged = module.overridden_by(&t);
        assert_eq!(merged.get(4000006), Some("Falsche Daten."));
        assert_eq!(merged.get_key("done"), Some("Fertig."));
        assert!(Translations::from_json("nope").is_err());
    }

    #[test]
    fn list_suffix_reads_the_stem() {
        let ctx = json!({"secrets": [{"id": 1050009, "text": "abc", "type": "info"},
                                     {"id": 1050014, "text": "used", "type": "info"}]});
        assert_eq!(interpolate("{secrets_list}", Some(&ctx)), "abc, used");
    }
}
