//! The self-service UI model: containers, nodes, node attributes and texts.
//!
//! Spec: `uiContainer`, `uiNode`, `uiNodeAttributes` (+ `uiNode*Attributes`), `uiText`,
//! `uiNodeMeta` in `openapi-v1.json` (same shapes in v0.10.1; `div` from v26).

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::open_enum::open_enum;
use super::ExtraFields;

open_enum! {
    /// The kind of a UI node (`uiNode.type`, `attributes.node_type`).
    pub enum UiNodeType {
        /// A form input (text field, hidden field, submit button, …).
        Input = "input",
        /// A text block (e.g. TOTP secret, lookup codes).
        Text = "text",
        /// An image (e.g. the TOTP QR code).
        Image = "img",
        /// A link.
        Anchor = "a",
        /// A script to load (WebAuthn / passkey JavaScript).
        Script = "script",
        /// A division (Kratos v26+).
        Division = "div",
    }
}

open_enum! {
    /// The group (strategy) a UI node belongs to.
    pub enum UiNodeGroup {
        /// Shared nodes such as `csrf_token` and `identifier`.
        Default = "default",
        /// Password strategy.
        Password = "password",
        /// Social sign-in (OpenID Connect).
        Oidc = "oidc",
        /// Profile (traits) strategy.
        Profile = "profile",
        /// Magic-link strategy (recovery / verification).
        Link = "link",
        /// One-time-code strategy.
        Code = "code",
        /// TOTP authenticator app.
        Totp = "totp",
        /// Lookup secrets (recovery codes).
        LookupSecret = "lookup_secret",
        /// WebAuthn security keys.
        Webauthn = "webauthn",
        /// Passkeys.
        Passkey = "passkey",
        /// Identifier-first login.
        IdentifierFirst = "identifier_first",
        /// CAPTCHA (newer Kratos).
        Captcha = "captcha",
        /// SAML (newer Kratos).
        Saml = "saml",
    }
}

open_enum! {
    /// The HTML `type` of an input node.
    pub enum UiNodeInputType {
        /// `text`.
        Text = "text",
        /// `password`.
        Password = "password",
        /// `number`.
        Number = "number",
        /// `checkbox`.
        Checkbox = "checkbox",
        /// `hidden`.
        Hidden = "hidden",
        /// `email`.
        Email = "email",
        /// `tel`.
        Tel = "tel",
        /// `submit`.
        Submit = "submit",
        /// `button`.
        Button = "button",
        /// `datetime-local`.
        DatetimeLocal = "datetime-local",
        /// `date`.
        Date = "date",
        /// `url`.
        Url = "url",
    }
}

open_enum! {
    /// The HTML `autocomplete` hint of an input node.
    pub enum UiNodeInputAutocomplete {
        /// `email`.
        Email = "email",
        /// `tel`.
        Tel = "tel",
        /// `url`.
        Url = "url",
        /// `current-password`.
        CurrentPassword = "current-password",
        /// `new-password`.
        NewPassword = "new-password",
        /// `one-time-code`.
        OneTimeCode = "one-time-code",
        /// `username webauthn` (identifier field when passkeys are enabled).
        UsernameWebauthn = "username webauthn",
    }
}

open_enum! {
    /// Names of the functions `/.well-known/ory/webauthn.js` exposes on `window`; the value of
    /// `onclickTrigger` / `onloadTrigger`, replacing the deprecated `onclick` / `onload` JS strings.
    pub enum UiNodeTrigger {
        /// `window.oryWebAuthnRegistration`.
        OryWebAuthnRegistration = "oryWebAuthnRegistration",
        /// `window.oryWebAuthnLogin`.
        OryWebAuthnLogin = "oryWebAuthnLogin",
        /// `window.oryPasskeyLogin`.
        OryPasskeyLogin = "oryPasskeyLogin",
        /// `window.oryPasskeyLoginAutocompleteInit` (conditional UI).
        OryPasskeyLoginAutocompleteInit = "oryPasskeyLoginAutocompleteInit",
        /// `window.oryPasskeyRegistration`.
        OryPasskeyRegistration = "oryPasskeyRegistration",
        /// `window.oryPasskeySettingsRegistration`.
        OryPasskeySettingsRegistration = "oryPasskeySettingsRegistration",
    }
}

open_enum! {
    /// The kind of a UI message.
    pub enum UiTextType {
        /// Informational text (also used for labels).
        Info = "info",
        /// A validation or system error.
        Error = "error",
        /// A success notice.
        Success = "success",
    }
}

/// A form to render: where to submit it, its nodes and its form-level messages (`uiContainer`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UiContainer {
    /// The URL the form submits to. Optional because snapshot fixtures strip it; a server always
    /// sends it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    /// The HTTP method of the form (`POST`).
    pub method: String,
    /// The form's nodes, in render order.
    pub nodes: Vec<UiNode>,
    /// Form-level messages (e.g. "invalid credentials"); Kratos omits the key when empty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub messages: Option<Vec<UiText>>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// One UI element (`uiNode`).
///
/// Deserialised through a private raw form so that the attributes can be discriminated by the
/// node's outer `type` when `attributes.node_type` is missing (see [`UiNodeAttributes`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(from = "RawUiNode")]
pub struct UiNode {
    /// The node kind.
    #[serde(rename = "type")]
    pub node_type: UiNodeType,
    /// The strategy the node belongs to.
    pub group: UiNodeGroup,
    /// Kind-specific attributes.
    pub attributes: UiNodeAttributes,
    /// Messages attached to this node (e.g. validation errors).
    #[serde(default)]
    pub messages: Vec<UiText>,
    /// Metadata such as the label.
    #[serde(default)]
    pub meta: UiNodeMeta,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// The wire form of [`UiNode`], with the attributes still raw.
#[derive(Deserialize)]
struct RawUiNode {
    #[serde(rename = "type")]
    node_type: UiNodeType,
    group: UiNodeGroup,
    attributes: Value,
    #[serde(default)]
    messages: Vec<UiText>,
    #[serde(default)]
    meta: UiNodeMeta,
    #[serde(flatten)]
    extra: ExtraFields,
}

impl From<RawUiNode> for UiNode {
    fn from(raw: RawUiNode) -> Self {
        UiNode {
            attributes: UiNodeAttributes::from_value(raw.attributes, Some(&raw.node_type)),
            node_type: raw.node_type,
            group: raw.group,
            messages: raw.messages,
            meta: raw.meta,
            extra: raw.extra,
        }
    }
}

impl UiNode {
    /// The `name` of an input node, `None` for other node kinds.
    pub fn input_name(&self) -> Option<&str> {
        match &self.attributes {
            UiNodeAttributes::Input(input) => Some(input.name.as_str()),
            _ => None,
        }
    }
}

/// Node attributes, discriminated by `attributes.node_type` (`uiNodeAttributes`).
///
/// Real Kratos nodes do not always carry `node_type` inside the attributes (older servers and
/// hand-built flows only set the node's outer `type`); the generated official client then fails
/// with "missing field `node_type`". We fall back to the outer `type` instead. Attributes of an
/// unknown kind, or that would not survive a round trip through the typed struct, are kept
/// verbatim in [`UiNodeAttributes::Unknown`].
// Most nodes are inputs, so boxing the large `Input` variant would add an allocation to almost
// every node to save a few hundred bytes on the rare others.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum UiNodeAttributes {
    /// `input` attributes.
    Input(UiNodeInputAttributes),
    /// `text` attributes.
    Text(UiNodeTextAttributes),
    /// `img` attributes.
    Image(UiNodeImageAttributes),
    /// `a` attributes.
    Anchor(UiNodeAnchorAttributes),
    /// `script` attributes.
    Script(UiNodeScriptAttributes),
    /// `div` attributes (Kratos v26+).
    Division(UiNodeDivisionAttributes),
    /// Attributes of an unknown node type, or that do not fit the typed struct, verbatim.
    Unknown(Value),
}

impl UiNodeAttributes {
    /// Types `value` by its `node_type`, or by `fallback` (the node's outer `type`) when
    /// `node_type` is absent. Never fails: anything that does not fit becomes `Unknown`.
    pub fn from_value(value: Value, fallback: Option<&UiNodeType>) -> Self {
        let kind = match value.get("node_type").and_then(Value::as_str) {
            Some(node_type) => Some(UiNodeType::from(node_type)),
            None => fallback.cloned(),
        };
        match kind {
            Some(kind) => super::decode::attributes(value, &kind),
            None => Self::Unknown(value),
        }
    }

    /// The input attributes, if this is an input node.
    pub fn as_input(&self) -> Option<&UiNodeInputAttributes> {
        match self {
            Self::Input(input) => Some(input),
            _ => None,
        }
    }
}

impl Serialize for UiNodeAttributes {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Input(a) => a.serialize(serializer),
            Self::Text(a) => a.serialize(serializer),
            Self::Image(a) => a.serialize(serializer),
            Self::Anchor(a) => a.serialize(serializer),
            Self::Script(a) => a.serialize(serializer),
            Self::Division(a) => a.serialize(serializer),
            Self::Unknown(v) => v.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for UiNodeAttributes {
    /// Standalone attributes have no outer `type` to fall back on, so without `node_type` they
    /// become `Unknown`.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Value::deserialize(deserializer).map(|v| Self::from_value(v, None))
    }
}

/// Attributes of an `input` node (`uiNodeInputAttributes`).
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct UiNodeInputAttributes {
    /// The form field name (`identifier`, `traits.email`, `method`, …).
    pub name: String,
    /// The HTML input type.
    #[serde(rename = "type")]
    pub input_type: UiNodeInputType,
    /// The current or submit value: any JSON (string, bool, number, object) or `null`.
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub value: Option<Value>,
    /// Whether the field is required.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// Whether the field is disabled (always sent by Kratos; optional for leniency).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disabled: Option<bool>,
    /// The label, for inputs labelled by the attributes rather than `meta.label`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<UiText>,
    /// The HTML `pattern`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
    /// The HTML `autocomplete` hint (v1+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<UiNodeInputAutocomplete>,
    /// The HTML `maxlength` (v1+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maxlength: Option<i64>,
    /// Deprecated JavaScript to run on click; prefer [`Self::onclick_trigger`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub onclick: Option<String>,
    /// The `window` function to call on click (v1+).
    #[serde(
        default,
        rename = "onclickTrigger",
        skip_serializing_if = "Option::is_none"
    )]
    pub onclick_trigger: Option<UiNodeTrigger>,
    /// Deprecated JavaScript to run on load; prefer [`Self::onload_trigger`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub onload: Option<String>,
    /// The `window` function to call when the node is rendered (v1+).
    #[serde(
        default,
        rename = "onloadTrigger",
        skip_serializing_if = "Option::is_none"
    )]
    pub onload_trigger: Option<UiNodeTrigger>,
    /// Choices for select-like inputs (newer Kratos); shape kept as raw JSON.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<Vec<Value>>,
    /// Repeats the node type; absent on some servers (see [`UiNodeAttributes`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub node_type: Option<UiNodeType>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// Attributes of a `text` node (`uiNodeTextAttributes`).
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct UiNodeTextAttributes {
    /// The element id (e.g. `totp_secret_key`, `lookup_secret_codes`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The text to show; its `context` may carry structured data (secrets, codes).
    pub text: UiText,
    /// Repeats the node type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub node_type: Option<UiNodeType>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// Attributes of an `img` node (`uiNodeImageAttributes`).
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct UiNodeImageAttributes {
    /// The element id (e.g. `totp_qr`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The image URL, often a `data:` URI. Optional because snapshots strip it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub src: Option<String>,
    /// Width in pixels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub width: Option<i64>,
    /// Height in pixels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub height: Option<i64>,
    /// Repeats the node type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub node_type: Option<UiNodeType>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// Attributes of an `a` node (`uiNodeAnchorAttributes`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UiNodeAnchorAttributes {
    /// The link target.
    pub href: String,
    /// The link text.
    pub title: UiText,
    /// The element id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Repeats the node type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub node_type: Option<UiNodeType>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// Attributes of a `script` node (`uiNodeScriptAttributes`), e.g. `webauthn.js`.
///
/// Everything is optional because snapshot fixtures strip volatile keys (`src`, `nonce`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UiNodeScriptAttributes {
    /// The script URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub src: Option<String>,
    /// HTML `async`.
    #[serde(default, rename = "async", skip_serializing_if = "Option::is_none")]
    pub is_async: Option<bool>,
    /// HTML `referrerpolicy`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referrerpolicy: Option<String>,
    /// HTML `crossorigin`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub crossorigin: Option<String>,
    /// Subresource integrity (`sha512-…`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integrity: Option<String>,
    /// The script MIME type.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub script_type: Option<String>,
    /// The element id (e.g. `webauthn_script`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The CSP nonce.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nonce: Option<String>,
    /// Repeats the node type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub node_type: Option<UiNodeType>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// Attributes of a `div` node (`uiNodeDivisionAttributes`, Kratos v26+).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UiNodeDivisionAttributes {
    /// The element id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The CSS class.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub class: Option<String>,
    /// `data-*` attributes.
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub data: Option<Value>,
    /// Repeats the node type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub node_type: Option<UiNodeType>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// A message or label (`uiText`); `id` is the stable numeric message id used for translation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UiText {
    /// The message id (1xxxxxx info, 4xxxxxx validation error, 5xxxxxx system); 0 when the
    /// server sent none (Kratos before v0.6 had no ids).
    #[serde(default)]
    pub id: i64,
    /// The English text. Snapshot responses strip it where it carries a secret (e.g. the TOTP
    /// key), so a missing text parses as `""`; an empty text is omitted again when serialising,
    /// which keeps such bodies byte-for-byte equal after a round trip.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
    /// The message kind.
    #[serde(rename = "type")]
    pub text_type: UiTextType,
    /// Values for the message's placeholders (may be `null`).
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub context: Option<Value>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// Node metadata (`uiNodeMeta`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UiNodeMeta {
    /// The node's label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<UiText>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

// The secrets a flow's UI carries never print (see `crate::redact`): the value of a credential
// input (the CSRF token, a password or code a server echoes), the TOTP key and the backup codes
// (text nodes), and the TOTP QR code (an image of the key). Everything else prints as derived.
impl std::fmt::Debug for UiNodeInputAttributes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let Self {
            name,
            input_type,
            value,
            required,
            disabled,
            label,
            pattern,
            autocomplete,
            maxlength,
            onclick,
            onclick_trigger,
            onload,
            onload_trigger,
            options,
            node_type,
            extra,
        } = self;
        let secret = crate::redact::is_credential_key(name);
        f.debug_struct("UiNodeInputAttributes")
            .field("name", name)
            .field("input_type", input_type)
            .field("value", &crate::redact::Hidden::when(secret, value))
            .field("required", required)
            .field("disabled", disabled)
            .field("label", label)
            .field("pattern", pattern)
            .field("autocomplete", autocomplete)
            .field("maxlength", maxlength)
            .field("onclick", onclick)
            .field("onclick_trigger", onclick_trigger)
            .field("onload", onload)
            .field("onload_trigger", onload_trigger)
            .field("options", options)
            .field("node_type", node_type)
            .field("extra", &crate::redact::Json(extra))
            .finish()
    }
}

impl std::fmt::Debug for UiNodeTextAttributes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let Self {
            id,
            text,
            node_type,
            extra,
        } = self;
        let secret = crate::redact::is_secret_ui_text(id.as_deref(), text.id);
        f.debug_struct("UiNodeTextAttributes")
            .field("id", id)
            .field("text", &crate::redact::Hidden::when(secret, text))
            .field("node_type", node_type)
            .field("extra", &crate::redact::Json(extra))
            .finish()
    }
}

impl std::fmt::Debug for UiNodeImageAttributes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let Self {
            id,
            src,
            width,
            height,
            node_type,
            extra,
        } = self;
        let secret = crate::redact::is_secret_ui_image(id.as_deref());
        f.debug_struct("UiNodeImageAttributes")
            .field("id", id)
            .field("src", &crate::redact::Hidden::when(secret, src))
            .field("width", width)
            .field("height", height)
            .field("node_type", node_type)
            .field("extra", &crate::redact::Json(extra))
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn round_trip<T: serde::de::DeserializeOwned + Serialize>(v: &Value) -> T {
        let typed: T = serde_json::from_value(v.clone()).unwrap();
        assert_eq!(&serde_json::to_value(&typed).unwrap(), v);
        typed
    }

    #[test]
    fn input_node_parses_typed() {
        let v = json!({
            "type": "input", "group": "default",
            "attributes": {"name": "csrf_token", "type": "hidden", "value": "abc",
                           "required": true, "disabled": false, "node_type": "input"},
            "messages": [], "meta": {}
        });
        let node: UiNode = round_trip(&v);
        let input = node.attributes.as_input().unwrap();
        assert_eq!(input.input_type, UiNodeInputType::Hidden);
        assert_eq!(input.value, Some(json!("abc")));
        assert_eq!(node.input_name(), Some("csrf_token"));
    }

    #[test]
    fn node_without_node_type_uses_outer_type() {
        let v = json!({
            "type": "input", "group": "password",
            "attributes": {"name": "password", "type": "password", "disabled": false},
            "messages": [], "meta": {"label": {"id": 1070001, "text": "Password", "type": "info"}}
        });
        let node: UiNode = round_trip(&v);
        let input = node.attributes.as_input().unwrap();
        assert_eq!(input.name, "password");
        assert_eq!(input.node_type, None);

        let text = json!({
            "type": "text", "group": "totp",
            "attributes": {"id": "totp_secret_key",
                           "text": {"id": 1050006, "text": "SECRET", "type": "info",
                                    "context": {"secret": "SECRET"}}},
            "messages": [], "meta": {}
        });
        let node: UiNode = round_trip(&text);
        assert!(matches!(node.attributes, UiNodeAttributes::Text(_)));
    }

    #[test]
    fn unknown_node_type_and_group_are_kept() {
        let v = json!({
            "type": "hologram", "group": "quantum",
            "attributes": {"node_type": "hologram", "beam": 3},
            "messages": [], "meta": {}, "position": 7
        });
        let node: UiNode = round_trip(&v);
        assert_eq!(node.node_type, UiNodeType::Other("hologram".into()));
        assert_eq!(node.group, UiNodeGroup::Other("quantum".into()));
        assert_eq!(
            node.attributes,
            UiNodeAttributes::Unknown(json!({"node_type": "hologram", "beam": 3}))
        );
        assert_eq!(node.extra.get("position"), Some(&json!(7)));
    }

    #[test]
    fn unknown_input_type_value_kinds_and_extra_fields_round_trip() {
        for value in [
            json!(true),
            json!(42),
            json!({"a": [1]}),
            json!(null),
            json!("s"),
        ] {
            let v = json!({
                "type": "input", "group": "default",
                "attributes": {"name": "x", "type": "color", "value": value, "disabled": false,
                               "node_type": "input", "future_attr": "kept",
                               "onclickTrigger": "oryFutureTrigger"},
                "messages": [], "meta": {}
            });
            let node: UiNode = round_trip(&v);
            let input = node.attributes.as_input().unwrap();
            assert_eq!(input.input_type, UiNodeInputType::Other("color".into()));
            assert_eq!(input.value, Some(value));
            assert_eq!(
                input.onclick_trigger,
                Some(UiNodeTrigger::Other("oryFutureTrigger".into()))
            );
            assert_eq!(input.extra.get("future_attr"), Some(&json!("kept")));
        }
    }

    #[test]
    fn attributes_that_do_not_fit_are_kept_verbatim() {
        // `name` missing and `required: null` would both be lost by the typed struct.
        for attrs in [
            json!({"type": "text", "node_type": "input"}),
            json!({"name": "a", "type": "text", "required": null, "node_type": "input"}),
        ] {
            let v = json!({"type": "input", "group": "default", "attributes": attrs,
                           "messages": [], "meta": {}});
            let node: UiNode = round_trip(&v);
            assert_eq!(node.attributes, UiNodeAttributes::Unknown(attrs));
        }
    }

    #[test]
    fn node_type_inside_attributes_wins_and_div_is_typed() {
        let v = json!({"type": "div", "group": "captcha",
                       "attributes": {"id": "captcha", "class": "c", "data": {"k": "v"},
                                      "node_type": "div"},
                       "messages": [], "meta": {}});
        let node: UiNode = round_trip(&v);
        assert!(matches!(node.attributes, UiNodeAttributes::Division(_)));
        assert_eq!(node.group, UiNodeGroup::Captcha);
    }

    #[test]
    fn node_without_attributes_is_rejected_with_path() {
        let v = json!({"action": "https://x", "method": "POST",
                       "nodes": [{"type": "input", "group": "default", "messages": [], "meta": {}}]});
        let err = serde_path_to_error::deserialize::<_, UiContainer>(v).unwrap_err();
        assert_eq!(err.path().to_string(), "nodes[0]");
        assert!(err.to_string().contains("attributes"), "{err}");
    }

    #[test]
    fn container_without_nodes_is_rejected() {
        let err = serde_json::from_value::<UiContainer>(json!({"method": "POST"})).unwrap_err();
        assert!(err.to_string().contains("nodes"), "{err}");
    }

    #[test]
    fn standalone_attributes_without_node_type_are_unknown() {
        let attrs: UiNodeAttributes = serde_json::from_value(json!({"href": "x"})).unwrap();
        assert_eq!(attrs, UiNodeAttributes::Unknown(json!({"href": "x"})));
        let anchor: UiNodeAttributes = serde_json::from_value(json!({
            "href": "https://x", "id": "a", "node_type": "a",
            "title": {"id": 1, "text": "t", "type": "info"}
        }))
        .unwrap();
        assert!(matches!(anchor, UiNodeAttributes::Anchor(_)));
    }
}
