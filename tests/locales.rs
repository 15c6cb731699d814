//! The locales shipped in the package (`js/locales/<tag>.js`) against what they translate: every
//! Kratos message id that has an English text (`../shared/kratos/message-ids.json`) and every text
//! of the SDK's table (`ory_wasm::ui::texts::ALL`), with every `{placeholder}` of the English
//! text — and, where the catalogue's English shows the example values of the message's
//! `context` (`length must be >= 5, but got 3`), the placeholders of those values — and no
//! placeholder the renderer could not fill.
//!
//!   cargo test --test locales

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use ory_wasm::ui::texts;
use ory_wasm::ui::Translations;
use serde_json::{Map, Value};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The locale tags `js/locale.js` can load (`de: () => import("./locales/de.js")`).
fn loadable() -> BTreeSet<String> {
    let source = std::fs::read_to_string(root().join("js/locale.js")).unwrap();
    source
        .split("import(\"./locales/")
        .skip(1)
        .filter_map(|rest| rest.split_once(".js\")").map(|(tag, _)| tag.to_owned()))
        .collect()
}

fn locale_files() -> Vec<(String, PathBuf)> {
    let mut files: Vec<(String, PathBuf)> = std::fs::read_dir(root().join("js/locales"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "js"))
        .map(|path| {
            (
                path.file_stem().unwrap().to_string_lossy().into_owned(),
                path,
            )
        })
        .collect();
    files.sort();
    files
}

/// A locale module's object: `export default {…};` whose braces hold strict JSON.
fn read_locale(path: &Path) -> Map<String, Value> {
    let text = std::fs::read_to_string(path).unwrap();
    let body = text
        .trim_end()
        .strip_suffix(';')
        .and_then(|t| t.split_once("export default ").map(|(_, b)| b.to_owned()))
        .unwrap_or_else(|| panic!("{}: not `export default {{…}};`", path.display()));
    match serde_json::from_str(&body) {
        Ok(Value::Object(map)) => map,
        other => panic!("{}: not a JSON object: {other:?}", path.display()),
    }
}

/// `{name}` placeholders as the renderer reads them (`ory_wasm::ui::i18n::interpolate`).
fn placeholders(template: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        rest = &rest[open + 1..];
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-')))
            .unwrap_or(rest.len());
        if end > 0 && rest[end..].starts_with('}') {
            found.insert(rest[..end].to_owned());
        }
    }
    found
}

/// What a locale must translate: key, English text, the placeholders a translation may use.
struct Source {
    key: String,
    english: String,
    /// The placeholders a translation must have: the English text's, and the context values
    /// the English shows as written (`length must be >= 5, but got 3` shows `min_length` and
    /// `actual_length`).
    required: BTreeSet<String>,
    fillable: BTreeSet<String>,
}

/// Whether `text` shows `value` as a token of its own (`5` in `>= 5,`, not in `15`).
fn shows(text: &str, value: &str) -> bool {
    text.match_indices(value).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + value.len()..].chars().next();
        !before.is_some_and(|c| c.is_ascii_alphanumeric())
            && !after.is_some_and(|c| c.is_ascii_alphanumeric())
    })
}

fn sources() -> Vec<Source> {
    let path = root().join("../shared/kratos/message-ids.json");
    let ids: Vec<Value> = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut sources = Vec::new();
    for message in &ids {
        let Some(english) = message["text"].as_str() else {
            continue; // an id Kratos defines but never shows with a text
        };
        let mut required = placeholders(english);
        let mut fillable = required.clone();
        if let Some(context) = message["context"].as_object() {
            for (key, value) in context {
                let written = match value {
                    Value::Number(n) => Some(n.to_string()),
                    Value::String(s) if !s.starts_with('{') => Some(s.clone()),
                    _ => None,
                };
                if written.is_some_and(|written| shows(english, &written)) {
                    required.insert(key.clone());
                }
                fillable.insert(key.clone());
                // `{secrets_list}` is filled from `secrets` (see i18n.rs).
                fillable.insert(format!("{key}_list"));
            }
        }
        sources.push(Source {
            key: message["id"].as_i64().unwrap().to_string(),
            english: english.to_owned(),
            required,
            fillable,
        });
    }
    for text in texts::ALL {
        sources.push(Source {
            key: text.key.to_owned(),
            english: text.english.to_owned(),
            required: placeholders(text.english),
            fillable: placeholders(text.english),
        });
    }
    sources
}

#[test]
fn the_package_ships_the_promised_locales_and_loads_each() {
    let files: BTreeSet<String> = locale_files().into_iter().map(|(tag, _)| tag).collect();
    let promised: BTreeSet<String> = ["de", "es", "fr", "it", "ja", "ko", "nl", "pl", "pt", "zh"]
        .map(str::to_owned)
        .into();
    assert!(
        promised.is_subset(&files),
        "missing: {:?}",
        promised.difference(&files)
    );
    assert_eq!(
        loadable(),
        files,
        "js/locale.js must load every file of js/locales"
    );
    let shipped: BTreeSet<String> = ory_wasm::ui::locale::SHIPPED
        .iter()
        .map(|tag| tag.to_string())
        .collect();
    assert_eq!(
        shipped, files,
        "ory_wasm::ui::locale::SHIPPED names every locale"
    );
}

#[test]
fn the_custom_element_shows_the_tables_english() {
    // <ory-flow> shows two SDK texts when it cannot start a flow: its English is the table's.
    let element = std::fs::read_to_string(root().join("js/ory-flow.js")).unwrap();
    for text in [texts::NETWORK_ERROR, texts::TIMEOUT] {
        let entry = format!("[{:?}, {:?}]", text.key, text.english);
        assert!(element.contains(&entry), "js/ory-flow.js must hold {entry}");
    }
}

#[test]
fn every_locale_covers_every_text_with_its_placeholders() {
    let sources = sources();
    assert!(sources.len() > 150, "the catalogue was read");
    let mut problems = Vec::new();
    for (tag, path) in locale_files() {
        let locale = read_locale(&path);
        for source in &sources {
            let Some(translation) = locale.get(&source.key) else {
                problems.push(format!(
                    "{tag}: {} is missing ({:?})",
                    source.key, source.english
                ));
                continue;
            };
            let Some(translation) = translation.as_str().filter(|t| !t.trim().is_empty()) else {
                problems.push(format!("{tag}: {} is not a text", source.key));
                continue;
            };
            let used = placeholders(translation);
            for needed in &source.required {
                if !used.contains(needed) {
                    problems.push(format!("{tag}: {} lacks {{{needed}}}", source.key));
                }
            }
            for placeholder in used.difference(&source.fillable) {
                problems.push(format!(
                    "{tag}: {} has {{{placeholder}}}, which its message cannot fill",
                    source.key
                ));
            }
            // An English sentence left as it was is a text nobody translated.
            if translation == source.english && source.english.split(' ').count() > 2 {
                problems.push(format!("{tag}: {} is still English", source.key));
            }
        }
        for key in locale.keys() {
            if !sources.iter().any(|source| &source.key == key) {
                problems.push(format!("{tag}: {key} translates nothing"));
            }
        }
        // The renderer reads the module as the JavaScript loader hands it over.
        let translations =
            Translations::from_locale_module(&std::fs::read_to_string(&path).unwrap()).unwrap();
        assert_eq!(translations.len(), locale.len(), "{tag}: every key is read");
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
