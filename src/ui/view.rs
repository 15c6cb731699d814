//! What each node becomes: a sanitised view model the DOM layer maps 1:1 to elements.
//!
//! Kratos' nodes are data from a server, and some of that data is executable or navigable:
//! `onclick`/`onload` JavaScript strings, `script` nodes, image `src` and anchor `href`. The DOM
//! layer must never have to decide whether such a value is safe. [`node_view`] decides once, here,
//! where it can be tested natively:
//!
//! - JavaScript strings are never exposed. A WebAuthn/passkey button becomes a
//!   [`NodeView::WebAuthnTrigger`] carrying only the *name* of the function to call (Kratos'
//!   `onclickTrigger`, or the name inferred for servers that predate it) and, for v0 servers
//!   whose options only exist inside the `onclick` string, the options parsed as JSON data.
//! - Script nodes become [`NodeView::Script`], which is never rendered: the SDK's own WebAuthn
//!   code replaces Kratos' `webauthn.js`.
//! - Image sources are kept only for `http(s)` URLs and `data:image/png;base64,` URIs with a
//!   valid base64 payload; anchors only for `http(s)` URLs. Anything else is dropped and the
//!   element degrades to its text.
//! - Attributes that steer the browser are not copied verbatim: `autocomplete` only from an
//!   allow-list of tokens an auth form needs ([`safe_autocomplete`]; never card or address
//!   autofill), `pattern` only as one character class with one quantifier ([`safe_pattern`]; a
//!   catastrophic regular expression would run on every keystroke), `maxlength` never on a
//!   password (it would silently cut a generated password).
//! - Every text (labels, messages, values) stays a string or a [`UiText`]; the DOM layer must
//!   set it as text content, never as HTML.
//! - Nothing panics: unknown node kinds, input types and attribute shapes degrade to something
//!   sensible ([`NodeView::Unknown`] or a text field).

use serde_json::Value;

use crate::models::{
    UiNode, UiNodeAttributes, UiNodeGroup, UiNodeInputAttributes, UiNodeInputType, UiNodeTrigger,
    UiNodeType, UiText,
};

/// A node as the DOM layer renders it. Each variant maps to one element (or nothing).
#[derive(Debug, Clone, PartialEq)]
pub enum NodeView {
    /// `<input type="hidden">`: rendered once, never shown.
    Hidden {
        /// The field name.
        name: String,
        /// The value, normalised to a string.
        value: String,
        /// A function to call once the node is in the DOM (passkey conditional UI:
        /// `oryPasskeyLoginAutocompleteInit`). Only the name, never Kratos' JavaScript.
        onload_trigger: Option<String>,
    },
    /// A text-like `<input>` with its `<label>`.
    Field {
        /// The field name.
        name: String,
        /// A safe HTML input type (`text`, `email`, `password`, …; unknown types become `text`).
        input_type: String,
        /// The current value, normalised to a string (`""` when none).
        value: String,
        /// The label, to translate with [`crate::ui::i18n::message_text`].
        label: Option<UiText>,
        /// HTML `required`.
        required: bool,
        /// HTML `disabled`.
        disabled: bool,
        /// HTML `pattern`: only a single character class with one quantifier (`[0-9]+`), see
        /// [`safe_pattern`].
        pattern: Option<String>,
        /// HTML `maxlength` (only positive values, never on a password), see [`safe_maxlength`].
        maxlength: Option<u32>,
        /// HTML `autocomplete` (e.g. `username webauthn`), normalised and allow-listed, see
        /// [`safe_autocomplete`].
        autocomplete: Option<String>,
        /// Messages attached to the field (validation errors).
        messages: Vec<UiText>,
    },
    /// `<input type="checkbox">` with its label.
    Checkbox {
        /// The field name.
        name: String,
        /// Whether it is checked (value `true` or `"true"`).
        checked: bool,
        /// The label.
        label: Option<UiText>,
        /// HTML `required`.
        required: bool,
        /// HTML `disabled`.
        disabled: bool,
        /// Messages attached to the field.
        messages: Vec<UiText>,
    },
    /// `<select>`: an input that carries `options`.
    Select {
        /// The field name.
        name: String,
        /// The selected value, normalised to a string.
        value: String,
        /// The choices as `(value, label)`.
        options: Vec<(String, String)>,
        /// The label.
        label: Option<UiText>,
        /// HTML `required`.
        required: bool,
        /// HTML `disabled`.
        disabled: bool,
        /// Messages attached to the field.
        messages: Vec<UiText>,
    },
    /// A submit button: clicking it submits `name=value` with its group's fields.
    Submit {
        /// The button name (`method`, `provider`, `link`, `webauthn_remove`, …).
        name: String,
        /// The button value (`password`, `github`, a credential id, `"true"`, …).
        value: String,
        /// The label.
        label: Option<UiText>,
        /// HTML `disabled`.
        disabled: bool,
        /// The group the button submits.
        group: UiNodeGroup,
        /// For social sign-in buttons (`oidc`/`saml`: `provider`, `link`, `unlink`), the
        /// provider id, so the DOM layer can show a logo.
        provider: Option<String>,
        /// Messages attached to the button.
        messages: Vec<UiText>,
    },
    /// A button that starts a WebAuthn / passkey ceremony in the SDK's own code.
    WebAuthnTrigger {
        /// The button name (`webauthn_login_trigger`, `passkey_register_trigger`, …).
        name: String,
        /// The value; in v1 the ceremony options as a JSON string (may be empty).
        value: String,
        /// The label.
        label: Option<UiText>,
        /// The function to run on click (`oryWebAuthnLogin`, `oryPasskeyLogin`, …; a newer
        /// server may send a name this SDK does not know).
        trigger: String,
        /// A function to run once the node is rendered (`oryPasskeyLoginAutocompleteInit`).
        onload_trigger: Option<String>,
        /// v0 servers pass the ceremony options only inside the `onclick` JavaScript
        /// (`window.__oryWebAuthnLogin({...})`): the argument, parsed as JSON data.
        options: Option<Value>,
        /// HTML `disabled`.
        disabled: bool,
        /// The group (`webauthn` or `passkey`).
        group: UiNodeGroup,
    },
    /// `<img>`; `src` is `None` when the source was not safe: show the label instead.
    Image {
        /// A safe source (`http(s)` or `data:image/png;base64,…`), or `None`.
        src: Option<String>,
        /// Width in pixels.
        width: Option<u32>,
        /// Height in pixels.
        height: Option<u32>,
        /// The element id (e.g. `totp_qr`).
        id: Option<String>,
        /// The label (alt text).
        label: Option<UiText>,
    },
    /// `<a>`; `href` is `None` when the target was not `http(s)`: render the title as text.
    Anchor {
        /// A safe target, or `None`.
        href: Option<String>,
        /// The link text.
        title: UiText,
        /// The element id.
        id: Option<String>,
    },
    /// A text block (TOTP secret, lookup secret codes).
    Text {
        /// The element id (`totp_secret_key`, `lookup_secret_codes`).
        id: Option<String>,
        /// The text.
        text: UiText,
        /// Lookup secret codes: the message's `context.secrets[]`, one message per code (a
        /// code, 1050009, or "used at", 1050014). Render them as a list.
        secrets: Vec<UiText>,
        /// The label.
        label: Option<UiText>,
    },
    /// `<div>` (Kratos v26+, e.g. a CAPTCHA mount point).
    Division {
        /// The element id.
        id: Option<String>,
        /// The CSS class.
        class: Option<String>,
        /// `data-*` attributes as `(suffix, value)`; suffixes are limited to `[a-z0-9_-]`.
        data: Vec<(String, String)>,
    },
    /// A script node: never rendered (the SDK's own WebAuthn code replaces it).
    Script,
    /// Something this SDK does not know: render the label (if any) as text.
    Unknown {
        /// The label.
        label: Option<UiText>,
    },
}

impl NodeView {
    /// Whether the DOM layer renders nothing visible for this view (hidden inputs, scripts).
    pub fn is_invisible(&self) -> bool {
        matches!(self, Self::Hidden { .. } | Self::Script)
    }

    /// The form field name of an input's view (`None` for images, links, texts, …).
    pub fn name(&self) -> Option<&str> {
        match self {
            Self::Hidden { name, .. }
            | Self::Field { name, .. }
            | Self::Checkbox { name, .. }
            | Self::Select { name, .. }
            | Self::Submit { name, .. }
            | Self::WebAuthnTrigger { name, .. } => Some(name),
            _ => None,
        }
    }
}

/// Maps one node to its view. Never panics.
pub fn node_view(node: &UiNode) -> NodeView {
    let label = node_label(node);
    match &node.attributes {
        UiNodeAttributes::Input(input) => input_view(node, input, label),
        UiNodeAttributes::Text(text) => NodeView::Text {
            id: text.id.clone(),
            secrets: secrets_of(&text.text),
            text: text.text.clone(),
            label,
        },
        UiNodeAttributes::Image(image) => NodeView::Image {
            src: image
                .src
                .as_deref()
                .filter(|s| is_safe_image_src(s))
                .map(str::to_owned),
            width: image.width.and_then(positive_u32),
            height: image.height.and_then(positive_u32),
            id: image.id.clone(),
            label,
        },
        UiNodeAttributes::Anchor(anchor) => NodeView::Anchor {
            href: Some(anchor.href.as_str())
                .filter(|h| is_http_url(h))
                .map(str::to_owned),
            title: anchor.title.clone(),
            id: anchor.id.clone(),
        },
        UiNodeAttributes::Script(_) => NodeView::Script,
        UiNodeAttributes::Division(div) => NodeView::Division {
            id: div.id.clone(),
            class: div.class.clone(),
            data: data_attributes(div.data.as_ref()),
        },
        UiNodeAttributes::Unknown(raw) => match (&node.node_type, lenient_input(raw)) {
            // Input attributes that did not fit the typed struct (e.g. `required: null`) still
            // render: a dropped `csrf_token` would break every submit.
            (UiNodeType::Input, Some(input)) => input_view(node, &input, label),
            (UiNodeType::Script, _) => NodeView::Script,
            _ => NodeView::Unknown { label },
        },
    }
}

/// The node's label: `meta.label`, else an input's `attributes.label`.
pub fn node_label(node: &UiNode) -> Option<UiText> {
    node.meta.label.clone().or_else(|| match &node.attributes {
        UiNodeAttributes::Input(input) => input.label.clone(),
        _ => None,
    })
}

fn input_view(node: &UiNode, input: &UiNodeInputAttributes, label: Option<UiText>) -> NodeView {
    let name = input.name.clone();
    let required = input.required.unwrap_or(false);
    let disabled = input.disabled.unwrap_or(false);
    let messages = node.messages.clone();
    let value = value_string(input.value.as_ref());
    let onload_trigger = input.onload_trigger.as_ref().map(|t| t.as_str().to_owned());

    if input.input_type == UiNodeInputType::Hidden {
        return NodeView::Hidden {
            name,
            value,
            onload_trigger,
        };
    }
    if let Some(trigger) = trigger_of(input) {
        return NodeView::WebAuthnTrigger {
            name,
            value,
            label,
            trigger,
            onload_trigger,
            options: input.onclick.as_deref().and_then(onclick_options),
            disabled,
            group: node.group.clone(),
        };
    }
    if let Some(options) = &input.options {
        return NodeView::Select {
            name,
            value,
            options: options.iter().filter_map(select_option).collect(),
            label,
            required,
            disabled,
            messages,
        };
    }
    match &input.input_type {
        UiNodeInputType::Submit => {
            let provider = match (&node.group, name.as_str()) {
                (UiNodeGroup::Oidc | UiNodeGroup::Saml, "provider" | "link" | "unlink") => {
                    Some(value.clone())
                }
                _ => None,
            };
            NodeView::Submit {
                name,
                value,
                label,
                disabled,
                group: node.group.clone(),
                provider,
                messages,
            }
        }
        // A `button` is only ever a WebAuthn/passkey trigger; one whose function we cannot tell
        // would do nothing when clicked, so it is shown as its label only.
        UiNodeInputType::Button => NodeView::Unknown { label },
        UiNodeInputType::Checkbox => NodeView::Checkbox {
            name,
            checked: is_checked(input.value.as_ref()),
            label,
            required,
            disabled,
            messages,
        },
        other => {
            let input_type = safe_input_type(other);
            NodeView::Field {
                name,
                input_type: input_type.to_owned(),
                value,
                label,
                required,
                disabled,
                pattern: input.pattern.as_deref().and_then(safe_pattern),
                maxlength: input
                    .maxlength
                    .and_then(|maxlength| safe_maxlength(input_type, maxlength)),
                autocomplete: input
                    .autocomplete
                    .as_ref()
                    .and_then(|a| safe_autocomplete(input_type, a.as_str())),
                messages,
            }
        }
    }
}

/// Autofill field names an auth or profile form may ask for. Anything else — card (`cc-*`),
/// address, birthday, transaction fields, unknown tokens — would have the browser fill data the
/// form has no use for into fields the server reads back, so it is not rendered.
const AUTOCOMPLETE_FIELDS: &[&str] = &[
    // Identifiers: what Kratos itself sends (`email`, `tel`, `url`, `username webauthn`).
    "username",
    "email",
    "tel",
    "url",
    // Credentials (the password ones only on password inputs, see below).
    "current-password",
    "new-password",
    "one-time-code",
    // Names, for the traits of a registration or profile form.
    "name",
    "given-name",
    "additional-name",
    "family-name",
    "nickname",
];

/// Autocomplete tokens dropped from the front of a value: the section (`section-*`), the
/// address kind (`shipping`, `billing`) and the contact kind (`home`, `work`, `mobile`, `fax`,
/// `pager`). They only group fields of checkout and address forms; an auth form needs none.
fn is_autocomplete_prefix(token: &str) -> bool {
    token.starts_with("section-")
        || matches!(
            token,
            "shipping" | "billing" | "home" | "work" | "mobile" | "fax" | "pager"
        )
}

/// The `autocomplete` to render on an input of the (safe) `input_type`, from the server's value.
///
/// Tokens are compared lowercase and the result is rebuilt from the allow-list, so nothing of the
/// server's string is copied. After the prefixes are dropped the value must be exactly one of:
/// `on`, `off`, a field of [`AUTOCOMPLETE_FIELDS`], or such a field followed by `webauthn`
/// (passkey autofill, `username webauthn`). Any other token or shape drops the whole attribute
/// (the browser's default applies), rather than guessing which part the server meant.
/// `current-password`/`new-password` only on a password input: elsewhere the password manager
/// would fill the password into a visible field sent under another name.
pub fn safe_autocomplete(input_type: &str, autocomplete: &str) -> Option<String> {
    let tokens: Vec<String> = autocomplete
        .split_ascii_whitespace()
        .map(str::to_ascii_lowercase)
        .filter(|token| !is_autocomplete_prefix(token))
        .collect();
    let (field, webauthn) = match tokens.as_slice() {
        [only] if only == "on" || only == "off" => return Some(only.clone()),
        [field] => (field, false),
        [field, last] if last == "webauthn" => (field, true),
        _ => return None,
    };
    if !AUTOCOMPLETE_FIELDS.contains(&field.as_str()) {
        return None;
    }
    if field.ends_with("-password") && input_type != "password" {
        return None;
    }
    Some(if webauthn {
        format!("{field} webauthn")
    } else {
        field.clone()
    })
}

/// The longest `pattern` kept. Kratos sends `[0-9]+`; room for a few ranges and a bound.
const MAX_PATTERN_LEN: usize = 32;

/// The `pattern` to render, from the server's value.
///
/// The browser matches the pattern on every change of the value and the SDK checks it before a
/// submit, so a catastrophic expression (`(a+)+$`, `(a|a)*`) can hang the page in engines without
/// a backtracking limit. Telling safe expressions apart in general is hard; the pattern's only
/// use here is an early hint (Kratos validates every field again), so only the one shape Kratos
/// uses is kept: a single character class of ASCII letters, digits and ranges, with at most one
/// quantifier (`+`, `*`, `?`, `{n}`, `{n,}`, `{n,m}`). One class under one quantifier matches in
/// linear time. Everything else (groups, alternation, escapes, `.`, negation) is dropped.
pub fn safe_pattern(pattern: &str) -> Option<String> {
    if pattern.len() > MAX_PATTERN_LEN {
        return None;
    }
    let rest = pattern.strip_prefix('[')?;
    let (class, quantifier) = rest.split_once(']')?;
    (is_class_body(class) && is_quantifier(quantifier)).then(|| pattern.to_owned())
}

/// `a-z0-9X`: ASCII letters and digits, and ranges between two of them in ascending order. No
/// `^`, `-` at the edges, escapes or nested classes (in the browser's `v` mode several of those
/// are syntax errors anyway).
fn is_class_body(class: &str) -> bool {
    let bytes = class.as_bytes();
    let mut index = 0;
    while let Some(&low) = bytes.get(index) {
        if !low.is_ascii_alphanumeric() {
            return false;
        }
        if bytes.get(index + 1) == Some(&b'-') {
            match bytes.get(index + 2) {
                Some(&high) if high.is_ascii_alphanumeric() && high >= low => index += 3,
                _ => return false,
            }
        } else {
            index += 1;
        }
    }
    !bytes.is_empty()
}

/// Nothing, `+`, `*`, `?`, `{n}`, `{n,}` or `{n,m}` with `n <= m` of at most four digits. Lazy
/// (`+?`) and repeated (`{6}{6}`) quantifiers are refused.
fn is_quantifier(quantifier: &str) -> bool {
    let bound = |digits: &str| -> Option<u32> {
        if (1..=4).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit()) {
            digits.parse().ok()
        } else {
            None
        }
    };
    match quantifier {
        "" | "+" | "*" | "?" => true,
        _ => {
            let Some(inner) = quantifier
                .strip_prefix('{')
                .and_then(|q| q.strip_suffix('}'))
            else {
                return false;
            };
            match inner.split_once(',') {
                None => bound(inner).is_some(),
                Some((min, "")) => bound(min).is_some(),
                Some((min, max)) => match (bound(min), bound(max)) {
                    (Some(min), Some(max)) => min <= max,
                    _ => false,
                },
            }
        }
    }
}

/// The `maxlength` to render on an input of the (safe) `input_type`: positive values only, and
/// never on a password. A browser cuts what is typed or pasted at `maxlength` without a word, so
/// a password manager's generated new password would be stored shorter than the manager saved
/// it — an account whose password nobody knows. Kratos checks lengths on the server.
pub fn safe_maxlength(input_type: &str, maxlength: i64) -> Option<u32> {
    if input_type == "password" {
        return None;
    }
    positive_u32(maxlength)
}

/// The HTML input type to render: known text-like types pass, anything else is `text` (a
/// `file`, `image` or `reset` input from an unexpected server must not appear).
pub fn safe_input_type(input_type: &UiNodeInputType) -> &'static str {
    match input_type.as_str() {
        "email" => "email",
        "password" => "password",
        "tel" => "tel",
        "number" => "number",
        "date" => "date",
        "datetime-local" => "datetime-local",
        "time" => "time",
        "month" => "month",
        "week" => "week",
        "url" => "url",
        "search" => "search",
        _ => "text",
    }
}

/// Normalises an input value to the string an `<input>` shows: strings as they are, numbers and
/// booleans in their JSON form, `null`/absent as `""`, objects and arrays as JSON text.
pub fn value_string(value: Option<&Value>) -> String {
    match value {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Bool(b)) => b.to_string(),
        Some(Value::Number(n)) => n.to_string(),
        Some(other) => other.to_string(),
    }
}

/// Whether a checkbox value means "checked": `true` or the string `"true"`.
pub fn is_checked(value: Option<&Value>) -> bool {
    match value {
        Some(Value::Bool(b)) => *b,
        Some(Value::String(s)) => s == "true",
        _ => false,
    }
}

/// The function a button triggers: Kratos' `onclickTrigger`; else, for servers before it
/// existed, the known function named in the `onclick` string; else the one implied by the
/// node name. `None` for anything that is not a button or a trigger.
fn trigger_of(input: &UiNodeInputAttributes) -> Option<String> {
    if let Some(trigger) = &input.onclick_trigger {
        return Some(trigger.as_str().to_owned());
    }
    if !matches!(
        input.input_type,
        UiNodeInputType::Button | UiNodeInputType::Submit
    ) {
        return None;
    }
    if let Some(trigger) = input.onclick.as_deref().and_then(onclick_function) {
        return Some(trigger.as_str().to_owned());
    }
    let by_name = match input.name.as_str() {
        "webauthn_login_trigger" => UiNodeTrigger::OryWebAuthnLogin,
        "webauthn_register_trigger" => UiNodeTrigger::OryWebAuthnRegistration,
        "passkey_login_trigger" => UiNodeTrigger::OryPasskeyLogin,
        "passkey_register_trigger" => UiNodeTrigger::OryPasskeyRegistration,
        _ => return None,
    };
    Some(by_name.as_str().to_owned())
}

/// The known trigger named by an `onclick` string such as
/// `window.__oryWebAuthnLogin({...})` or `window.oryPasskeyLogin()`. Unknown names → `None`.
fn onclick_function(onclick: &str) -> Option<UiNodeTrigger> {
    let rest = onclick.trim_start().strip_prefix("window.")?;
    let rest = rest.strip_prefix("__").unwrap_or(rest);
    let end = rest.find('(')?;
    let trigger = UiNodeTrigger::from(rest.get(..end)?);
    (!trigger.is_other()).then_some(trigger)
}

/// The options argument of a v0 `onclick` string (`window.__oryWebAuthnLogin({...})`), parsed
/// as JSON — data, never code. `None` unless it is exactly one JSON object.
fn onclick_options(onclick: &str) -> Option<Value> {
    onclick_function(onclick)?;
    let open = onclick.find('(')?;
    let close = onclick.rfind(')')?;
    let argument = onclick.get(open + 1..close)?.trim();
    match serde_json::from_str::<Value>(argument) {
        Ok(value @ Value::Object(_)) => Some(value),
        _ => None,
    }
}

/// One `<option>` from an `options` entry: a plain value, or `{value, label}` where the label is
/// a string or a message.
fn select_option(option: &Value) -> Option<(String, String)> {
    match option {
        Value::String(_) | Value::Number(_) | Value::Bool(_) => {
            let value = value_string(Some(option));
            Some((value.clone(), value))
        }
        Value::Object(map) => {
            let value = value_string(map.get("value"));
            let label = match map.get("label") {
                Some(Value::String(s)) => s.clone(),
                Some(Value::Object(text)) => text
                    .get("text")
                    .and_then(Value::as_str)
                    .map(str::to_owned)
                    .unwrap_or_else(|| value.clone()),
                _ => value.clone(),
            };
            map.contains_key("value").then_some((value, label))
        }
        _ => None,
    }
}

/// The per-code messages of a lookup-secret text (`context.secrets[]`). Entries that are not
/// messages are skipped.
fn secrets_of(text: &UiText) -> Vec<UiText> {
    text.context
        .as_ref()
        .and_then(|c| c.get("secrets"))
        .and_then(Value::as_array)
        .map(|items| {
            items
                .iter()
                .filter_map(crate::models::ui_text_ref)
                .collect()
        })
        .unwrap_or_default()
}

/// `data-*` attributes of a division, keeping only string-able values under safe suffixes.
fn data_attributes(data: Option<&Value>) -> Vec<(String, String)> {
    let Some(Value::Object(map)) = data else {
        return Vec::new();
    };
    let mut attributes: Vec<(String, String)> = map
        .iter()
        .filter(|(key, _)| {
            !key.is_empty()
                && key
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
        })
        .filter(|(_, value)| !value.is_null())
        .map(|(key, value)| (key.clone(), value_string(Some(value))))
        .collect();
    // Sorted by name: the same output whether serde_json keeps the server's key order (its
    // `preserve_order` feature, which the local server enables in the workspace) or not.
    // (Map keys are unique: ordering by name alone is the full order.)
    let order = super::stable_order(attributes.len(), &|a, b| {
        attributes.get(a).map(|x| &x.0) <= attributes.get(b).map(|x| &x.0)
    });
    super::permute(&mut attributes, order);
    attributes
}

fn positive_u32(n: i64) -> Option<u32> {
    u32::try_from(n).ok().filter(|n| *n > 0)
}

/// Whether `url` is an absolute `http:`/`https:` URL with something after the scheme and no
/// whitespace or control characters (which browsers strip, and which could hide a scheme).
pub fn is_http_url(url: &str) -> bool {
    let lower = url
        .get(..8)
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let rest = if lower.starts_with("https://") {
        url.get(8..)
    } else if lower.starts_with("http://") {
        url.get(7..)
    } else {
        None
    };
    rest.is_some_and(|rest| {
        !rest.is_empty() && !url.chars().any(|c| c.is_control() || c.is_whitespace())
    })
}

/// Whether an image source is safe to render: an `http(s)` URL, or a
/// `data:image/png;base64,` URI whose payload is valid base64. SVG (which can carry script) and
/// every other scheme are refused.
pub fn is_safe_image_src(src: &str) -> bool {
    const PNG: &str = "data:image/png;base64,";
    if is_http_url(src) {
        return true;
    }
    let Some(prefix) = src.get(..PNG.len()) else {
        return false;
    };
    prefix.eq_ignore_ascii_case(PNG) && src.get(PNG.len()..).is_some_and(is_base64)
}

/// Standard base64 with optional `=` padding: non-empty, length a multiple of 4.
fn is_base64(payload: &str) -> bool {
    let body = payload.trim_end_matches('=');
    let padding = payload.len() - body.len();
    !body.is_empty()
        && padding <= 2
        && payload.len() % 4 == 0
        && body
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/')
}

/// Reads input attributes that did not fit the typed struct, as far as they make sense. Needs a
/// string `name`; every other attribute is taken only if it has the expected JSON type.
fn lenient_input(raw: &Value) -> Option<UiNodeInputAttributes> {
    let name = raw.get("name")?.as_str()?.to_owned();
    let string = |key: &str| raw.get(key).and_then(Value::as_str).map(str::to_owned);
    let boolean = |key: &str| raw.get(key).and_then(Value::as_bool);
    Some(UiNodeInputAttributes {
        name,
        input_type: UiNodeInputType::from(string("type").unwrap_or_else(|| "text".to_owned())),
        value: raw.get("value").cloned(),
        required: boolean("required"),
        disabled: boolean("disabled"),
        label: raw.get("label").and_then(crate::models::ui_text_ref),
        pattern: string("pattern"),
        autocomplete: string("autocomplete").map(Into::into),
        maxlength: raw.get("maxlength").and_then(Value::as_i64),
        onclick: string("onclick"),
        onclick_trigger: string("onclickTrigger").map(Into::into),
        onload: None,
        onload_trigger: string("onloadTrigger").map(Into::into),
        options: raw.get("options").and_then(Value::as_array).cloned(),
        node_type: Some(UiNodeType::Input),
        extra: Default::default(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn node(v: Value) -> UiNode {
        serde_json::from_value(v).unwrap()
    }

    fn input(group: &str, attrs: Value) -> UiNode {
        node(
            json!({"type": "input", "group": group, "attributes": attrs, "messages": [], "meta": {}}),
        )
    }

    #[test]
    fn hidden_inputs_keep_name_and_string_value() {
        let view = node_view(&input(
            "default",
            json!({"name": "csrf_token", "type": "hidden", "value": "abc", "node_type": "input"}),
        ));
        assert_eq!(
            view,
            NodeView::Hidden {
                name: "csrf_token".into(),
                value: "abc".into(),
                onload_trigger: None
            }
        );
        assert!(view.is_invisible());
    }

    #[test]
    fn values_of_every_json_kind_become_strings() {
        assert_eq!(value_string(Some(&json!(2.5))), "2.5");
        assert_eq!(value_string(Some(&json!(true))), "true");
        assert_eq!(value_string(Some(&json!(null))), "");
        assert_eq!(value_string(None), "");
        assert_eq!(value_string(Some(&json!({"a": 1}))), r#"{"a":1}"#);
        assert!(is_checked(Some(&json!("true"))));
        assert!(!is_checked(Some(&json!("yes"))));
        assert!(!is_checked(Some(&json!(1))));
    }

    #[test]
    fn unknown_input_types_become_text_fields() {
        for t in ["color", "file", "image", "reset", ""] {
            let view = node_view(&input("default", json!({"name": "x", "type": t})));
            let NodeView::Field { input_type, .. } = view else {
                panic!("{t}: {view:?}")
            };
            assert_eq!(input_type, "text");
        }
        let view = node_view(&input(
            "profile",
            json!({"name": "traits.birthday", "type": "date", "maxlength": -3}),
        ));
        assert!(
            matches!(view, NodeView::Field { ref input_type, maxlength: None, .. } if input_type == "date")
        );
    }

    #[test]
    fn trigger_from_onclick_name_and_options_are_data_only() {
        let view = node_view(&input(
            "webauthn",
            json!({"name": "webauthn_register_trigger", "type": "button", "value": "",
                   "onclick": "window.__oryWebAuthnRegistration({\"publicKey\":{\"challenge\":\"c\"}})"}),
        ));
        let NodeView::WebAuthnTrigger {
            trigger, options, ..
        } = view
        else {
            panic!("{view:?}")
        };
        assert_eq!(trigger, "oryWebAuthnRegistration");
        assert_eq!(options, Some(json!({"publicKey": {"challenge": "c"}})));

        // An onclick that is not one of Kratos' functions is neither run nor parsed.
        let view = node_view(&input(
            "webauthn",
            json!({"name": "x", "type": "button", "onclick": "fetch('https://evil')"}),
        ));
        assert_eq!(view, NodeView::Unknown { label: None });
        assert_eq!(onclick_options("window.oryWebAuthnLogin(alert(1))"), None);
        assert_eq!(onclick_options("alert({\"a\":1})"), None);
    }

    #[test]
    fn unknown_trigger_names_are_passed_on() {
        let view = node_view(&input(
            "passkey",
            json!({"name": "t", "type": "button", "onclickTrigger": "oryFuture", "onclick": "evil()"}),
        ));
        assert!(
            matches!(view, NodeView::WebAuthnTrigger { ref trigger, options: None, .. } if trigger == "oryFuture")
        );
    }

    #[test]
    fn select_options_accept_several_shapes() {
        let view = node_view(&input(
            "profile",
            json!({"name": "traits.lang", "type": "text", "value": "de",
                   "options": ["en", {"value": "de", "label": "Deutsch"},
                               {"value": 3, "label": {"id": 1, "text": "Three", "type": "info"}},
                               {"label": "no value"}, null]}),
        ));
        let NodeView::Select { options, value, .. } = view else {
            panic!("{view:?}")
        };
        assert_eq!(value, "de");
        assert_eq!(
            options,
            vec![
                ("en".into(), "en".into()),
                ("de".into(), "Deutsch".into()),
                ("3".into(), "Three".into())
            ]
        );
    }

    #[test]
    fn urls_and_image_sources_are_checked() {
        assert!(is_http_url("https://example.com/x"));
        assert!(is_http_url("HTTP://example.com"));
        for bad in [
            "javascript:alert(1)",
            "https://",
            "//example.com",
            "/relative",
            "https://exa mple.com",
            "https://example.com/\n",
            "data:text/html,x",
            "",
            "ht",
        ] {
            assert!(!is_http_url(bad), "{bad}");
        }
        assert!(is_safe_image_src("data:image/png;base64,iVBORw0KGgo="));
        for bad in [
            "data:image/png;base64,",
            "data:image/png;base64,abc",
            "data:image/png;base64,ab=c",
            "data:image/png;base64,a===",
            "data:image/png;base64,<svg>",
            "data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=",
            "data:image/png,raw",
            "javascript:alert(1)",
        ] {
            assert!(!is_safe_image_src(bad), "{bad}");
        }
    }

    #[test]
    fn lenient_inputs_still_render() {
        // `required: null` does not fit the typed struct; the node must not disappear.
        let n = input(
            "default",
            json!({"name": "csrf_token", "type": "hidden", "value": "t", "required": null}),
        );
        assert!(matches!(n.attributes, UiNodeAttributes::Unknown(_)));
        assert_eq!(
            node_view(&n),
            NodeView::Hidden {
                name: "csrf_token".into(),
                value: "t".into(),
                onload_trigger: None
            }
        );
        let nameless = input("default", json!({"type": "text", "node_type": "input"}));
        assert_eq!(node_view(&nameless), NodeView::Unknown { label: None });
    }

    #[test]
    fn divisions_keep_only_safe_data_keys() {
        let view = node_view(&node(json!({"type": "div", "group": "captcha",
            "attributes": {"id": "c", "node_type": "div",
                           "data": {"sitekey": "k", "Bad Key": "x", "on\"x": "y", "n": 1, "z": null}},
            "messages": [], "meta": {}})));
        assert_eq!(
            view,
            NodeView::Division {
                id: Some("c".into()),
                class: None,
                data: vec![("n".into(), "1".into()), ("sitekey".into(), "k".into())]
            }
        );
    }
}
