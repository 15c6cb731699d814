//! The headless view model (`flowView` in JavaScript): what the default card shows, as plain
//! data, for apps that render with their own components — groups in order with their titles,
//! every node with its translated label, messages and sanitised attributes (the same
//! [`NodeView`] the DOM renderer maps to elements), the card's title, subtitle and links, and
//! [`flow_body`], the body of a submit, built as the SDK's own submit builds it.
//!
//! Everything here has passed the same checks as what the renderer shows: URLs through
//! [`crate::ui::view`] (nodes) and the navigation gate (links), no JavaScript strings, no script
//! nodes. Texts are data: render them as text, never as HTML.

use serde_json::{Map, Value};

use super::card::{
    button_role, chooser, divided, heading, links, section_title, ButtonRole, CardUrls, LinkPlace,
};
use super::driver::FlowKind;
use super::i18n::{message_text, Translations};
use super::layout::{sections, LayoutOptions};
use super::navigation::NavigationPolicy;
use super::submit::{form_body, FieldValue};
use super::texts::card_text;
use super::view::{node_view, NodeView};
use crate::models::{UiNode, UiNodeGroup, UiText, UiTextType};

/// What [`flow_view`] needs besides the flow.
pub struct HeadlessOptions<'a> {
    /// The caller's translations (message ids and card keys).
    pub translations: Option<&'a Translations>,
    /// Which groups, in which order.
    pub layout: &'a LayoutOptions,
    /// The app's pages of the other flows.
    pub urls: &'a CardUrls,
    /// The gate the links go through.
    pub policy: &'a NavigationPolicy,
}

/// Builds a JSON object field by field. (The `json!` macro serialises every value through serde,
/// one instantiation per type: it cost the renderer's module ~20 KB of wasm.)
#[derive(Default)]
struct Object(Map<String, Value>);

impl Object {
    fn with(mut self, key: &str, value: impl Into<Value>) -> Self {
        self.0.insert(key.to_owned(), value.into());
        self
    }

    fn text(self, key: &str, value: Option<&str>) -> Self {
        self.with(key, value.map_or(Value::Null, Value::from))
    }

    fn number(self, key: &str, value: Option<u32>) -> Self {
        self.with(key, value.map_or(Value::Null, Value::from))
    }

    fn done(self) -> Value {
        Value::Object(self.0)
    }
}

fn texts(list: &[UiText], translations: Option<&Translations>) -> Value {
    Value::Array(
        list.iter()
            .map(|message| {
                let kind = match message.text_type {
                    UiTextType::Error => "error",
                    UiTextType::Success => "success",
                    _ => "info",
                };
                Object::default()
                    .with("id", message.id)
                    .with("type", kind)
                    .with("text", message_text(message, translations))
                    .done()
            })
            .collect(),
    )
}

fn strings<'a>(list: impl Iterator<Item = String> + 'a) -> Value {
    Value::Array(list.map(Value::from).collect())
}

/// One node as data: `kind` says which component to use (`input`, `checkbox`, `select`,
/// `submit`, `webauthn`, `image`, `link`, `text`, `division`, `unknown`).
fn node_model(node: &UiNode, t: Option<&Translations>) -> Option<Value> {
    let text = |label: &Option<UiText>| label.as_ref().map(|l| message_text(l, t));
    let view = node_view(node);
    let o = Object::default;
    let no_messages: &[UiText] = &[];
    let (kind, label, messages, attributes) = match &view {
        NodeView::Hidden { .. } | NodeView::Script => return None,
        NodeView::Field {
            name,
            input_type,
            value,
            label,
            required,
            disabled,
            pattern,
            maxlength,
            autocomplete,
            messages,
        } => (
            "input",
            text(label),
            messages.as_slice(),
            o().with("name", name.as_str())
                .with("type", input_type.as_str())
                .with("value", value.as_str())
                .with("required", *required)
                .with("disabled", *disabled)
                .text("pattern", pattern.as_deref())
                .number("maxlength", *maxlength)
                .text("autocomplete", autocomplete.as_deref()),
        ),
        NodeView::Checkbox {
            name,
            checked,
            label,
            required,
            disabled,
            messages,
        } => (
            "checkbox",
            text(label),
            messages.as_slice(),
            o().with("name", name.as_str())
                .with("checked", *checked)
                .with("required", *required)
                .with("disabled", *disabled),
        ),
        NodeView::Select {
            name,
            value,
            options,
            label,
            required,
            disabled,
            messages,
        } => (
            "select",
            text(label),
            messages.as_slice(),
            o().with("name", name.as_str())
                .with("value", value.as_str())
                .with("required", *required)
                .with("disabled", *disabled)
                .with(
                    "options",
                    Value::Array(
                        options
                            .iter()
                            .map(|(v, l)| {
                                o().with("value", v.as_str())
                                    .with("label", l.as_str())
                                    .done()
                            })
                            .collect(),
                    ),
                ),
        ),
        NodeView::Submit {
            name,
            value,
            label,
            disabled,
            provider,
            messages,
            ..
        } => (
            "submit",
            text(label),
            messages.as_slice(),
            o().with("name", name.as_str())
                .with("value", value.as_str())
                .with("disabled", *disabled)
                .text("provider", provider.as_deref())
                .with(
                    "role",
                    match button_role(name) {
                        ButtonRole::Primary => "primary",
                        ButtonRole::Secondary => "secondary",
                        ButtonRole::Destructive => "destructive",
                    },
                ),
        ),
        NodeView::WebAuthnTrigger {
            name,
            label,
            trigger,
            disabled,
            ..
        } => (
            "webauthn",
            text(label),
            no_messages,
            o().with("name", name.as_str())
                .with("trigger", trigger.as_str())
                .with("disabled", *disabled),
        ),
        NodeView::Image {
            src,
            width,
            height,
            id,
            label,
        } => (
            "image",
            text(label),
            no_messages,
            o().text("src", src.as_deref())
                .number("width", *width)
                .number("height", *height)
                .text("id", id.as_deref()),
        ),
        NodeView::Anchor { href, title, id } => (
            "link",
            Some(message_text(title, t)),
            no_messages,
            o().text("href", href.as_deref()).text("id", id.as_deref()),
        ),
        NodeView::Text {
            id,
            text: body,
            secrets,
            label,
        } => (
            "text",
            text(label),
            no_messages,
            o().text("id", id.as_deref())
                .with("text", message_text(body, t))
                .with(
                    "secrets",
                    strings(secrets.iter().map(|s| message_text(s, t))),
                ),
        ),
        NodeView::Division { id, class, data } => (
            "division",
            None,
            no_messages,
            o().text("id", id.as_deref())
                .text("class", class.as_deref())
                .with(
                    "data",
                    // Inserted one by one: collecting a map sorts (a sort's code in the module).
                    data.iter()
                        .fold(Object::default(), |data, (k, v)| data.with(k, v.as_str()))
                        .done(),
                ),
        ),
        NodeView::Unknown { label } => ("unknown", text(label), no_messages, o()),
    };
    Some(
        o().with("kind", kind)
            .with("type", node.node_type.as_str())
            .with("group", node.group.as_str())
            .text("name", view.name())
            .text("label", label.as_deref())
            .with("messages", texts(messages, t))
            .with("attributes", attributes.done())
            .done(),
    )
}

/// The view model of a flow of `kind` with its readable `nodes` and flow `messages`.
pub fn flow_view(
    kind: FlowKind,
    flow: &Value,
    nodes: &[UiNode],
    messages: &[UiText],
    options: &HeadlessOptions<'_>,
) -> Value {
    let t = options.translations;
    let o = Object::default;
    let layout = sections(nodes, options.layout);
    let hidden: Vec<Value> = layout
        .hidden
        .iter()
        .filter_map(|node| match node_view(node) {
            NodeView::Hidden { name, value, .. } => {
                Some(o().with("name", name).with("value", value).done())
            }
            _ => None,
        })
        .collect();
    let mut groups = Vec::new();
    let shown: Vec<(&UiNodeGroup, Vec<Value>)> = layout
        .sections
        .iter()
        .map(|section| {
            let models = section.nodes.iter().filter_map(|node| node_model(node, t));
            (&section.group, models.collect::<Vec<_>>())
        })
        .filter(|(_, models)| !models.is_empty())
        .collect();
    let choices = chooser(
        kind,
        flow,
        &shown.iter().map(|(group, _)| *group).collect::<Vec<_>>(),
    );
    for (group, models) in shown {
        let title = section_title(kind, group).map(|key| card_text(key, t));
        // The text of the button this method waits behind in the second-factor chooser.
        let choice = choices
            .iter()
            .find(|(chosen, _)| chosen == group)
            .map(|(_, key)| card_text(key, t));
        groups.push(
            o().with("group", group.as_str())
                .text("title", title.as_deref())
                .text("choice", choice.as_deref())
                .with("divided", !groups.is_empty() && divided(kind, group))
                .with("nodes", models)
                .done(),
        );
    }
    let heading = heading(kind, flow, nodes);
    let links: Vec<Value> = links(kind, flow, nodes, options.urls, options.policy)
        .into_iter()
        .map(|link| {
            let place = match link.place {
                LinkPlace::Footer => "footer",
                LinkPlace::Password => "password",
            };
            let prompt = link.prompt.map(|key| card_text(key, t));
            o().with("place", place)
                .text("prompt", prompt.as_deref())
                .with("text", card_text(link.text, t))
                .with("href", link.href.as_str())
                .done()
        })
        .collect();
    o().with("kind", kind.as_str())
        .with("id", flow.get("id").cloned().unwrap_or(Value::Null))
        .with("title", card_text(heading.title, t))
        .with("subtitle", card_text(heading.subtitle, t))
        .with("messages", texts(messages, t))
        .with("hidden", hidden)
        .with("groups", groups)
        .with("links", links)
        .done()
}

/// The JSON body of a submit by the button `submitter` (`(name, value)`, as the view model lists
/// it) with what the user entered in `values` (by field name; booleans for checkboxes, strings
/// otherwise, as inputs hold them; other values are ignored), as the SDK's own renderer sends it: the group's fields, the shared hidden inputs
/// (`csrf_token`) with the server's values, the implied `method`. An unknown submitter is an
/// error, so a body never goes to a method the flow does not offer.
pub fn flow_body(
    nodes: &[UiNode],
    submitter: (&str, &str),
    values: &Map<String, Value>,
) -> Result<Value, String> {
    let group: UiNodeGroup = nodes
        .iter()
        .find(|node| match node_view(node) {
            NodeView::Submit { name, value, .. } => (name.as_str(), value.as_str()) == submitter,
            _ => false,
        })
        .map(|node| node.group.clone())
        .ok_or_else(|| {
            format!(
                "the flow has no submit button {}={}",
                submitter.0, submitter.1
            )
        })?;
    form_body(nodes, &group, Some(submitter), |node| {
        // Hidden inputs always carry the server's value (`csrf_token`).
        if matches!(node_view(node), NodeView::Hidden { .. }) {
            return None;
        }
        match values.get(node.input_name()?)? {
            Value::Bool(checked) => Some(FieldValue::Bool(*checked)),
            Value::String(text) => Some(FieldValue::Text(text.clone())),
            _ => None,
        }
    })
    .map_err(|error| error.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(path: &str) -> Value {
        let path = format!(
            "{}/../shared/kratos/fixtures/{path}",
            env!("CARGO_MANIFEST_DIR")
        );
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
    }

    fn nodes_of(flow: &Value) -> Vec<UiNode> {
        serde_json::from_value(flow["ui"]["nodes"].clone()).unwrap()
    }

    #[test]
    fn settings_view_model_has_titled_groups_and_roles() {
        let flow = fixture("v1/settings-flow-unlink-all-methods.json");
        let nodes = nodes_of(&flow);
        let options = HeadlessOptions {
            translations: None,
            layout: &LayoutOptions::default(),
            urls: &CardUrls::default(),
            policy: &NavigationPolicy::default(),
        };
        let view = flow_view(FlowKind::Settings, &flow, &nodes, &[], &options);
        assert_eq!(view["title"], "Account settings");
        assert_eq!(view["hidden"][0]["name"], "csrf_token");
        let groups = view["groups"].as_array().unwrap();
        assert_eq!(groups[0]["title"], "Profile");
        let totp = groups.iter().find(|g| g["group"] == "totp").unwrap();
        assert_eq!(totp["nodes"][0]["attributes"]["role"], "destructive");
        // No script node, no JavaScript anywhere.
        let text = view.to_string();
        assert!(!text.contains("text/javascript") && !text.contains("onclick"));
    }

    #[test]
    fn a_second_factor_names_the_chooser_buttons() {
        use serde_json::json;
        let flow = fixture("v1/login-flow-aal2-all-methods.json");
        let options = HeadlessOptions {
            translations: None,
            layout: &LayoutOptions::default(),
            urls: &CardUrls::default(),
            policy: &NavigationPolicy::default(),
        };
        let view = flow_view(FlowKind::Login, &flow, &nodes_of(&flow), &[], &options);
        let choices: Vec<(&str, &Value)> = view["groups"]
            .as_array()
            .unwrap()
            .iter()
            .map(|g| (g["group"].as_str().unwrap(), &g["choice"]))
            .collect();
        assert_eq!(
            choices,
            [
                ("code", &Value::Null),
                ("webauthn", &Value::Null),
                ("totp", &json!("Use your authenticator app")),
                ("lookup_secret", &json!("Use a backup recovery code")),
            ]
        );
    }

    #[test]
    fn bodies_are_the_renderers_and_refuse_unknown_submitters() {
        let flow = fixture("v1/login-flow-password-browser.json");
        let nodes = nodes_of(&flow);
        let values: Map<String, Value> = serde_json::from_value(serde_json::json!({
            "identifier": "ada@example.com", "password": "pw", "csrf_token": "forged"
        }))
        .unwrap();
        let body = flow_body(&nodes, ("method", "password"), &values).unwrap();
        assert_eq!(body["identifier"], "ada@example.com");
        assert_eq!(body["password"], "pw");
        assert_eq!(body["method"], "password");
        assert_ne!(body["csrf_token"], "forged");
        assert!(flow_body(&nodes, ("method", "totp"), &values).is_err());
    }
}
