//! Turning node views into elements.
//!
//! Safe by construction: every server string reaches the page as a text node or an attribute
//! value set with `setAttribute` — never as markup — and only the attributes listed here are
//! ever set. `href`/`src` come pre-checked from [`crate::ui::view`] (http(s), PNG data URLs).

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, HtmlInputElement, HtmlSelectElement};

use super::options::RenderNode;
use crate::models::{UiText, UiTextType};
use crate::ui::card::{button_role, ButtonRole, CardLink};
use crate::ui::i18n::{message_text, Translations};
use crate::ui::submit::FieldValue;
use crate::ui::view::NodeView;

/// What rendering one node produced: the element to insert, the form control (if any) whose
/// value a submit reads, and the parts an update in place ([`Builder::refresh`]) changes.
pub struct Rendered {
    /// The element to insert (`None` for nodes that render nothing).
    pub element: Option<Element>,
    /// The input or select holding the user's value.
    pub control: Option<Element>,
    /// The element whose only content is the label's text: a field's `<label>`, a button.
    pub label: Option<Element>,
    /// The node's `<ul class="ory-messages">`, if it has messages.
    pub messages: Option<Element>,
}

impl Rendered {
    fn of(element: Element) -> Self {
        Self {
            element: Some(element),
            control: None,
            label: None,
            messages: None,
        }
    }
}

/// What becomes of what the user entered when a node is updated in place ([`Builder::refresh`]).
#[derive(Clone, Copy)]
pub enum Entered<'a> {
    /// Every control takes the server's value, as in a new form (a success re-rendered).
    Reset,
    /// What the user entered stays unless the server changed it (a rejected submit). `sent` is
    /// what the submit carried for this control: the server echoing it back is no change, and
    /// must not undo what the user typed while the request was under way.
    Keep {
        /// The value submitted for this control's name, if any.
        sent: Option<&'a FieldValue>,
    },
}

impl Entered<'_> {
    /// Whether a control takes the server's value `new` (`old`: the value it rendered before).
    fn takes(&self, old: &str, new: &str) -> bool {
        match self {
            Self::Reset => true,
            Self::Keep { sent } => {
                new != old && !new.is_empty() && sent.map(FieldValue::text).as_deref() != Some(new)
            }
        }
    }
}

/// What [`Builder::labelled`] made.
struct Labelled {
    wrapper: Element,
    label: Element,
    messages: Option<Element>,
}

/// Numbers by string, kept in a JSON object (`serde_json::Map`): the renderer's wasm module
/// carries the B-tree of JSON objects anyway, and a `HashMap`/`HashSet` of its own added ~12 KB
/// (hashbrown and SipHash) to it. Lookups stay O(log n) for flows of any size.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Names(serde_json::Map<String, serde_json::Value>);

impl Names {
    /// The number of `key`.
    pub fn get(&self, key: &str) -> Option<u64> {
        self.0.get(key).and_then(serde_json::Value::as_u64)
    }

    /// Sets the number of `key`.
    pub fn insert(&mut self, key: String, n: u64) {
        self.0.insert(key, n.into());
    }

    /// Removes `key`, returning its number.
    pub fn remove(&mut self, key: &str) -> Option<u64> {
        self.0
            .remove(key)
            .as_ref()
            .and_then(serde_json::Value::as_u64)
    }

    /// Whether `key` is in.
    pub fn contains(&self, key: &str) -> bool {
        self.0.contains_key(key)
    }
}

/// Builds elements for one render of one flow.
pub struct Builder<'a> {
    /// The document.
    pub document: &'a Document,
    /// The caller's translations.
    pub translations: Option<&'a Translations>,
    /// A prefix that keeps element ids unique on the page (`ory-3`).
    pub id_prefix: String,
    /// The ids given out in this render.
    pub used_ids: std::cell::RefCell<Names>,
    /// An empty, detached `<form>`: a name is one of a form's members if it is `in` this one.
    pub probe: Element,
    /// The card's "Forgot password?" link, shown beside the password field.
    pub forgot: Option<CardLink>,
    /// The caller's `renderNode` hook.
    pub render_node: Option<&'a RenderNode>,
    /// The flow's nodes, parsed and as sent, for the hook (see [`super::hook::RawNodes`]).
    pub raw_nodes: Option<super::hook::RawNodes<'a>>,
}

/// The attribute that keeps a field's real name when its `name` attribute had to change.
pub const REAL_NAME: &str = "data-ory-name";

/// Marks a button the server sent disabled (see `set_server_disabled`).
pub const SERVER_DISABLED: &str = "data-ory-disabled";

/// The field name of a rendered control or button: its real name (see [`Builder::set_name`]).
pub fn field_name(element: &Element) -> String {
    element
        .get_attribute(REAL_NAME)
        .or_else(|| element.get_attribute("name"))
        .unwrap_or_default()
}

impl Builder<'_> {
    /// `<tag class="…">`.
    pub fn element(&self, tag: &str, class: &str) -> Result<Element, JsValue> {
        let element = self.document.create_element(tag)?;
        if !class.is_empty() {
            element.set_class_name(class);
        }
        Ok(element)
    }

    /// `<tag class="…">text</tag>`, the text as a text node.
    pub fn text_element(&self, tag: &str, class: &str, text: &str) -> Result<Element, JsValue> {
        let element = self.element(tag, class)?;
        element.set_text_content(Some(text));
        Ok(element)
    }

    /// A message in the caller's language.
    pub fn message(&self, message: &UiText) -> String {
        message_text(message, self.translations)
    }

    /// An element id for a field name; ids stay unique when several flows share a page.
    pub fn id_for(&self, name: &str) -> String {
        let safe: String = name
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        self.unique_id(format!("{}-{safe}", self.id_prefix))
    }

    /// `base`, or `base-2`, `base-3`, … if an element of this render already has that id.
    pub fn unique_id(&self, base: String) -> String {
        // Names that differ only in sanitised characters (`traits.a`, `traits_a`) or repeat in
        // several groups (`identifier` in `code` and `password`) would share an id, and a
        // `<label for>` would then name the wrong field: number the later ones.
        let mut used = self.used_ids.borrow_mut();
        let mut id = base.clone();
        let mut n = 1;
        while used.contains(&id) {
            n += 1;
            id = format!("{base}-{n}");
        }
        used.insert(id.clone(), 0);
        id
    }

    /// Gives back the ids of `element` and of everything in it, which is leaving the form: a node
    /// that comes back, or a field's messages that show again, get the same ids as before,
    /// rather than `-2`, `-3`, … one more with every attempt.
    pub fn release_ids(&self, element: &Element) {
        let mut used = self.used_ids.borrow_mut();
        used.remove(&element.id());
        if let Ok(inner) = element.query_selector_all("[id]") {
            for index in 0..inner.length() {
                if let Some(inner) = inner.item(index).and_then(|n| n.dyn_into::<Element>().ok()) {
                    used.remove(&inner.id());
                }
            }
        }
    }

    /// `<ul class="ory-messages">` of `messages`, with their type as a class, their id as
    /// `data-message-id`, and the text of errors in a `role="alert"` span so screen readers
    /// announce them.
    pub fn messages(&self, messages: &[UiText], id: Option<&str>) -> Result<Element, JsValue> {
        let list = self.element("ul", "ory-messages")?;
        if let Some(id) = id {
            list.set_id(id);
        }
        for message in messages {
            let kind = match &message.text_type {
                UiTextType::Error => "error",
                UiTextType::Success => "success",
                // A type from a newer Kratos reads as information.
                _ => "info",
            };
            let class = format!("ory-message ory-message--{kind}");
            let text = self.message(message);
            let item = if matches!(message.text_type, UiTextType::Error) {
                // Screen readers announce errors; the alert is the text inside the item, because
                // `role` on the `<li>` itself would take it out of the list (axe: list,
                // aria-allowed-role).
                let item = self.element("li", &class)?;
                let alert = self.text_element("span", "", &text)?;
                alert.set_attribute("role", "alert")?;
                item.append_child(&alert)?;
                item
            } else {
                self.text_element("li", &class, &text)?
            };
            item.set_attribute("data-message-id", &message.id.to_string())?;
            list.append_child(&item)?;
        }
        Ok(list)
    }

    /// The element of one node view.
    pub fn node(&self, view: &NodeView) -> Result<Rendered, JsValue> {
        let nothing = Rendered {
            element: None,
            control: None,
            label: None,
            messages: None,
        };
        Ok(match view {
            NodeView::Hidden { name, value, .. } => {
                let input = self.input("hidden", name, value)?;
                Rendered {
                    control: Some(input.clone()),
                    ..Rendered::of(input)
                }
            }
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
            } => {
                let shown = if input_type == "datetime-local" {
                    local_date_time(value)
                } else {
                    value.clone()
                };
                let input = self.input(input_type, name, &shown)?;
                input.set_class_name("ory-input");
                if input_type == "number" {
                    // Without `step`, the browser only accepts whole steps from the initial value:
                    // with a trait of 2.5, typing 7 is "invalid" and the form cannot be sent.
                    // Identity schemas allow any number.
                    input.set_attribute("step", "any")?;
                }
                if let Some(pattern) = pattern {
                    input.set_attribute("pattern", pattern)?;
                }
                if let Some(maxlength) = maxlength {
                    input.set_attribute("maxlength", &maxlength.to_string())?;
                }
                if let Some(autocomplete) = autocomplete {
                    input.set_attribute("autocomplete", autocomplete)?;
                }
                let labelled = self.labelled(
                    &input,
                    name,
                    label.as_ref(),
                    *required,
                    *disabled,
                    messages,
                    false,
                )?;
                if input_type == "password" {
                    self.password_row(&labelled.wrapper, &input)?;
                }
                labelled.rendered(input)
            }
            NodeView::Checkbox {
                name,
                checked,
                label,
                required,
                disabled,
                messages,
            } => {
                let input = self.input("checkbox", name, "true")?;
                if let Some(input) = input.dyn_ref::<HtmlInputElement>() {
                    input.set_checked(*checked);
                    input.set_default_checked(*checked);
                }
                let labelled = self.labelled(
                    &input,
                    name,
                    label.as_ref(),
                    *required,
                    *disabled,
                    messages,
                    true,
                )?;
                labelled.rendered(input)
            }
            NodeView::Select {
                name,
                value,
                options,
                label,
                required,
                disabled,
                messages,
            } => {
                let select = self.element("select", "ory-select")?;
                self.set_name(&select, name)?;
                for (option_value, option_label) in options {
                    let option = self.text_element("option", "", option_label)?;
                    option.set_attribute("value", option_value)?;
                    if option_value == value {
                        option.set_attribute("selected", "")?;
                    }
                    select.append_child(&option)?;
                }
                let labelled = self.labelled(
                    &select,
                    name,
                    label.as_ref(),
                    *required,
                    *disabled,
                    messages,
                    false,
                )?;
                labelled.rendered(select)
            }
            NodeView::Submit {
                name,
                value,
                label,
                disabled,
                group,
                provider,
                messages,
            } => {
                let text = self.button_text(label.as_ref(), value);
                let class = match (provider.is_some(), button_role(name)) {
                    (_, ButtonRole::Destructive) => "ory-button ory-button--danger",
                    (true, _) => "ory-button ory-button--provider",
                    (false, ButtonRole::Secondary) => "ory-button ory-button--secondary",
                    (false, ButtonRole::Primary) => "ory-button",
                };
                let button = self.text_element("button", class, &text)?;
                button.set_attribute("type", "submit")?;
                self.set_name(&button, name)?;
                button.set_attribute("value", value)?;
                button.set_attribute("data-group", group.as_str())?;
                if let Some(provider) = provider {
                    button.set_attribute("data-provider", provider)?;
                }
                set_server_disabled(&button, *disabled)?;
                if messages.is_empty() {
                    Rendered {
                        label: Some(button.clone()),
                        ..Rendered::of(button)
                    }
                } else {
                    let wrapper = self.element("div", "ory-field")?;
                    wrapper.append_child(&button)?;
                    let list = self.messages(messages, None)?;
                    wrapper.append_child(&list)?;
                    Rendered {
                        label: Some(button),
                        messages: Some(list),
                        ..Rendered::of(wrapper)
                    }
                }
            }
            NodeView::WebAuthnTrigger {
                name,
                label,
                trigger,
                disabled,
                group,
                ..
            } => {
                // Our own WebAuthn code runs the ceremony; the button only names the trigger.
                let text = self.button_text(label.as_ref(), name);
                let button =
                    self.text_element("button", "ory-button ory-button--secondary", &text)?;
                button.set_attribute("type", "button")?;
                self.set_name(&button, name)?;
                button.set_attribute("data-trigger", trigger)?;
                button.set_attribute("data-group", group.as_str())?;
                set_server_disabled(&button, *disabled)?;
                Rendered {
                    label: Some(button.clone()),
                    ..Rendered::of(button)
                }
            }
            NodeView::Image {
                src,
                width,
                height,
                id,
                label,
            } => {
                let alt = label.as_ref().map(|l| self.message(l)).unwrap_or_default();
                let element = match src {
                    Some(src) => {
                        let image = self.element("img", "ory-image")?;
                        // Set before `src`, which starts the request: a QR code or logo host
                        // must not learn the page's address (flow id, return_to) as Referer.
                        image.set_attribute("referrerpolicy", "no-referrer")?;
                        image.set_attribute("src", src)?;
                        image.set_attribute("alt", &alt)?;
                        if let Some(width) = width {
                            image.set_attribute("width", &width.to_string())?;
                        }
                        if let Some(height) = height {
                            image.set_attribute("height", &height.to_string())?;
                        }
                        image
                    }
                    None => self.text_element("p", "ory-text", &alt)?,
                };
                if let Some(id) = id {
                    element.set_attribute("data-node-id", id)?;
                }
                Rendered::of(element)
            }
            NodeView::Anchor { href, title, id } => {
                let text = self.message(title);
                let element = match href {
                    Some(href) => {
                        let link = self.text_element("a", "ory-link", &text)?;
                        link.set_attribute("href", href)?;
                        // `noopener`: the target gets no `window.opener` to navigate this page.
                        // `noreferrer` and the policy: it does not learn this page's address.
                        link.set_attribute("rel", "noopener noreferrer")?;
                        link.set_attribute("referrerpolicy", "no-referrer")?;
                        link
                    }
                    None => self.text_element("span", "ory-text", &text)?,
                };
                if let Some(id) = id {
                    element.set_attribute("data-node-id", id)?;
                }
                Rendered::of(element)
            }
            NodeView::Text {
                id,
                text,
                secrets,
                label,
            } => {
                let block = self.element("div", "ory-text")?;
                if let Some(id) = id {
                    block.set_attribute("data-node-id", id)?;
                }
                if let Some(label) = label {
                    block.append_child(
                        self.text_element("p", "ory-label", &self.message(label))?
                            .as_ref(),
                    )?;
                }
                if secrets.is_empty() {
                    let paragraph = self.text_element("p", "", &self.message(text))?;
                    paragraph.set_attribute("data-message-id", &text.id.to_string())?;
                    block.append_child(&paragraph)?;
                } else {
                    let list = self.element("ul", "ory-secret-codes")?;
                    for secret in secrets {
                        let item = self.element("li", "")?;
                        item.append_child(
                            self.text_element("code", "", &self.message(secret))?
                                .as_ref(),
                        )?;
                        list.append_child(&item)?;
                    }
                    block.append_child(&list)?;
                }
                Rendered::of(block)
            }
            NodeView::Division { id, class, data } => {
                let division = self.element("div", "ory-division")?;
                if let Some(id) = id {
                    division.set_attribute("data-node-id", id)?;
                }
                if let Some(class) = class {
                    division.set_attribute("data-class", class)?;
                }
                for (suffix, value) in data {
                    division.set_attribute(&format!("data-{suffix}"), value)?;
                }
                Rendered::of(division)
            }
            NodeView::Script => nothing,
            NodeView::Unknown { label } => match label {
                Some(label) => {
                    Rendered::of(self.text_element("p", "ory-text", &self.message(label))?)
                }
                None => nothing,
            },
        })
    }

    /// Names a control after its node, unless the name would shadow a member of the form.
    ///
    /// A form exposes its controls as properties by name, and those shadow the element's own
    /// members (`[LegacyOverrideBuiltIns]`): a server-chosen field named `querySelectorAll` or
    /// `appendChild` makes every call of that method on the form — by the SDK (web-sys calls
    /// `form.method(…)`), the browser's extensions or the page — fail, and a form the SDK can no
    /// longer drive is one the browser might submit natively. Such a field gets a name of its
    /// own in the DOM; the body still carries the server's name (the SDK builds it from the
    /// nodes, and reads buttons through [`field_name`]). `method`, the name Kratos gives every
    /// submit button, is kept: it only shadows the reflection of the `method` attribute, which
    /// neither the SDK nor the browser's submission reads.
    fn set_name(&self, element: &Element, name: &str) -> Result<(), JsValue> {
        let shadows = name != "method"
            && js_sys::Reflect::has(&self.probe, &JsValue::from_str(name)).unwrap_or(true);
        if shadows {
            element.set_attribute("name", &format!("ory-field-{name}"))?;
            element.set_attribute(REAL_NAME, name)?;
        } else {
            element.set_attribute("name", name)?;
        }
        Ok(())
    }

    fn input(&self, input_type: &str, name: &str, value: &str) -> Result<Element, JsValue> {
        let input = self.element("input", "")?;
        input.set_attribute("type", input_type)?;
        self.set_name(&input, name)?;
        if let Some(input) = input.dyn_ref::<HtmlInputElement>() {
            input.set_value(value);
            input.set_default_value(value);
        }
        Ok(input)
    }

    /// A control with its `<label>` and its messages, wired for assistive technology.
    #[allow(clippy::too_many_arguments)]
    fn labelled(
        &self,
        control: &Element,
        name: &str,
        label: Option<&UiText>,
        required: bool,
        disabled: bool,
        messages: &[UiText],
        label_after: bool,
    ) -> Result<Labelled, JsValue> {
        let id = self.id_for(name);
        control.set_id(&id);
        if required {
            control.set_attribute("required", "")?;
        }
        if disabled {
            control.set_attribute("disabled", "")?;
        }
        let invalid = has_error(messages);
        let class = match (label_after, invalid) {
            (true, true) => "ory-field ory-checkbox ory-field--invalid",
            (true, false) => "ory-field ory-checkbox",
            (false, true) => "ory-field ory-field--invalid",
            (false, false) => "ory-field",
        };
        let wrapper = self.element("div", class)?;
        let label_element =
            self.text_element("label", "ory-label", &self.label_text(label, name))?;
        label_element.set_attribute("for", &id)?;
        if label_after {
            wrapper.append_child(control)?;
            wrapper.append_child(&label_element)?;
        } else {
            wrapper.append_child(&label_element)?;
            wrapper.append_child(control)?;
        }
        let mut list = None;
        if !messages.is_empty() {
            let messages_id = self.unique_id(format!("{id}-messages"));
            let messages = self.messages(messages, Some(&messages_id))?;
            wrapper.append_child(&messages)?;
            control.set_attribute("aria-describedby", &messages_id)?;
            list = Some(messages);
        }
        if invalid {
            control.set_attribute("aria-invalid", "true")?;
        }
        Ok(Labelled {
            wrapper,
            label: label_element,
            messages: list,
        })
    }

    /// A field's label text. A field without a label from the server is still named for
    /// assistive technology.
    fn label_text(&self, label: Option<&UiText>, name: &str) -> String {
        label
            .map(|l| self.message(l))
            .filter(|t| !t.is_empty())
            .unwrap_or_else(|| name.to_owned())
    }

    /// A button's text: its label, else `fallback` (its value or name).
    fn button_text(&self, label: Option<&UiText>, fallback: &str) -> String {
        label
            .map(|l| self.message(l))
            .unwrap_or_else(|| fallback.to_owned())
    }

    /// Brings the elements `rendered` from the view `old` up to the view `new` of the same node
    /// (same group, same name), in place: the value, the messages, `aria-invalid`,
    /// `aria-describedby`, the `ory-field--invalid` class, `required`, `disabled`, the
    /// attributes of an input, the label. Only what differs between the two views is written
    /// (and `disabled` on buttons, which `set_busy` changes behind the views' back). Returns
    /// `Ok(false)`, having changed nothing, when the node now needs other elements (another
    /// element or input type, other select options, a button that gains or loses its messages):
    /// the caller builds it anew.
    ///
    /// Values: hidden inputs (`csrf_token`) and passwords always take the server's value (a
    /// password is never shown again). Other controls follow `entered`: after a rejected submit
    /// what the user entered stays unless the server's value changed since the last render, is
    /// not empty (Kratos echoes most fields, not all: a code comes back empty) and is not the
    /// echo of what was sent. Message lists are always built anew, so that a screen reader
    /// announces the same error after a second failed attempt too.
    pub fn refresh(
        &self,
        rendered: &mut Rendered,
        old: &NodeView,
        new: &NodeView,
        entered: Entered<'_>,
    ) -> Result<bool, JsValue> {
        if !same_elements(old, new) {
            return Ok(false);
        }
        let Some(element) = rendered.element.clone() else {
            // Renders nothing (a script, an unknown node without a label): nothing to update.
            return Ok(true);
        };
        let labelled = rendered.control.is_some() && rendered.label.is_some();
        match (old, new) {
            (NodeView::Hidden { .. }, NodeView::Hidden { value, .. }) => {
                let Some(input) = rendered.control.as_ref().and_then(as_input) else {
                    return Ok(false);
                };
                // Read from the input: the SDK writes WebAuthn answers into hidden inputs.
                set_input_value(input, value);
            }
            (
                NodeView::Field {
                    value: old_value,
                    pattern: old_pattern,
                    maxlength: old_maxlength,
                    autocomplete: old_autocomplete,
                    ..
                },
                NodeView::Field {
                    input_type,
                    value,
                    pattern,
                    maxlength,
                    autocomplete,
                    ..
                },
            ) => {
                let Some(input) = rendered.control.clone().filter(|_| labelled) else {
                    return Ok(false);
                };
                let Some(field) = as_input(&input) else {
                    return Ok(false);
                };
                if pattern != old_pattern {
                    set_optional(&input, "pattern", pattern.as_deref())?;
                }
                if maxlength != old_maxlength {
                    let maxlength = maxlength.map(|m| m.to_string());
                    set_optional(&input, "maxlength", maxlength.as_deref())?;
                }
                if autocomplete != old_autocomplete {
                    set_optional(&input, "autocomplete", autocomplete.as_deref())?;
                }
                if input_type == "password" || entered.takes(old_value, value) {
                    let shown = if input_type == "datetime-local" {
                        local_date_time(value)
                    } else {
                        value.clone()
                    };
                    set_input_value(field, &shown);
                }
                self.refresh_labelled(rendered, &element, &input, old, new)?;
            }
            (
                NodeView::Checkbox {
                    checked: old_checked,
                    ..
                },
                NodeView::Checkbox { checked, .. },
            ) => {
                let Some(input) = rendered.control.clone().filter(|_| labelled) else {
                    return Ok(false);
                };
                let Some(checkbox) = as_input(&input) else {
                    return Ok(false);
                };
                if entered.takes(&old_checked.to_string(), &checked.to_string()) {
                    checkbox.set_checked(*checked);
                    checkbox.set_default_checked(*checked);
                }
                self.refresh_labelled(rendered, &element, &input, old, new)?;
            }
            (
                NodeView::Select {
                    value: old_value, ..
                },
                NodeView::Select { value, .. },
            ) => {
                let Some(control) = rendered.control.clone().filter(|_| labelled) else {
                    return Ok(false);
                };
                let Some(select) = control.dyn_ref::<HtmlSelectElement>() else {
                    return Ok(false);
                };
                if entered.takes(old_value, value) {
                    let options = select.query_selector_all("option")?;
                    for index in 0..options.length() {
                        if let Some(option) = options
                            .item(index)
                            .and_then(|o| o.dyn_into::<Element>().ok())
                        {
                            let selected = option.get_attribute("value").as_deref() == Some(value);
                            set_flag(&option, "selected", selected)?;
                        }
                    }
                    select.set_value(value);
                }
                self.refresh_labelled(rendered, &element, &control, old, new)?;
            }
            (
                NodeView::Submit {
                    label: old_label, ..
                },
                NodeView::Submit {
                    value,
                    label,
                    disabled,
                    messages,
                    ..
                },
            ) => {
                let Some(button) = rendered.label.clone() else {
                    return Ok(false);
                };
                if !messages.is_empty() && rendered.messages.is_none() {
                    return Ok(false);
                }
                if label != old_label {
                    set_text(&button, &self.button_text(label.as_ref(), value));
                }
                // Read from the button: `set_busy` toggles `disabled` while a submit runs.
                set_server_disabled(&button, *disabled)?;
                if let Some(old_list) = rendered.messages.take() {
                    let list = self.messages(messages, None)?;
                    element.replace_child(&list, &old_list)?;
                    rendered.messages = Some(list);
                }
            }
            (
                NodeView::WebAuthnTrigger {
                    label: old_label, ..
                },
                NodeView::WebAuthnTrigger {
                    name,
                    label,
                    disabled,
                    ..
                },
            ) => {
                // The button itself: `element` may be a `renderNode` hook's wrapper around it.
                let button = rendered.label.clone().unwrap_or(element);
                if label != old_label {
                    set_text(&button, &self.button_text(label.as_ref(), name));
                }
                set_server_disabled(&button, *disabled)?;
            }
            // Every other view is only kept when it did not change at all (`same_elements`).
            _ => {}
        }
        Ok(true)
    }

    /// The label, state and messages of a control built by [`Self::labelled`], from the field
    /// view `old` to `new`.
    fn refresh_labelled(
        &self,
        rendered: &mut Rendered,
        wrapper: &Element,
        control: &Element,
        old: &NodeView,
        new: &NodeView,
    ) -> Result<(), JsValue> {
        let (Some(old), Some(new)) = (LabelledView::of(old), LabelledView::of(new)) else {
            return Ok(());
        };
        if old.label != new.label {
            if let Some(label_element) = &rendered.label {
                set_text(label_element, &self.label_text(new.label, new.name));
            }
        }
        if old.required != new.required {
            set_flag(control, "required", new.required)?;
        }
        if old.disabled != new.disabled {
            set_flag(control, "disabled", new.disabled)?;
        }
        let invalid = has_error(new.messages);
        if has_error(old.messages) != invalid {
            wrapper
                .class_list()
                .toggle_with_force("ory-field--invalid", invalid)?;
            if invalid {
                control.set_attribute("aria-invalid", "true")?;
            } else {
                control.remove_attribute("aria-invalid")?;
            }
        }
        let old_list = rendered.messages.take();
        if new.messages.is_empty() {
            if let Some(old_list) = old_list {
                old_list.remove();
                self.release_ids(&old_list);
                control.remove_attribute("aria-describedby")?;
            }
        } else {
            let id = old_list
                .as_ref()
                .map(Element::id)
                .filter(|id| !id.is_empty())
                .unwrap_or_else(|| self.unique_id(format!("{}-messages", control.id())));
            let list = self.messages(new.messages, Some(&id))?;
            match &old_list {
                Some(old_list) => {
                    wrapper.replace_child(&list, old_list)?;
                }
                None => {
                    wrapper.append_child(&list)?;
                    control.set_attribute("aria-describedby", &id)?;
                }
            }
            rendered.messages = Some(list);
        }
        Ok(())
    }
}

/// What [`Builder::labelled`] shows of a field, checkbox or select view.
struct LabelledView<'a> {
    name: &'a str,
    label: Option<&'a UiText>,
    required: bool,
    disabled: bool,
    messages: &'a [UiText],
}

impl<'a> LabelledView<'a> {
    fn of(view: &'a NodeView) -> Option<Self> {
        match view {
            NodeView::Field {
                name,
                label,
                required,
                disabled,
                messages,
                ..
            }
            | NodeView::Checkbox {
                name,
                label,
                required,
                disabled,
                messages,
                ..
            }
            | NodeView::Select {
                name,
                label,
                required,
                disabled,
                messages,
                ..
            } => Some(Self {
                name,
                label: label.as_ref(),
                required: *required,
                disabled: *disabled,
                messages,
            }),
            _ => None,
        }
    }
}

impl Labelled {
    fn rendered(self, control: Element) -> Rendered {
        Rendered {
            element: Some(self.wrapper),
            control: Some(control),
            label: Some(self.label),
            messages: self.messages,
        }
    }
}

/// Whether a node rendered from `old` can show `new` with the same elements (see
/// [`Builder::refresh`]).
fn same_elements(old: &NodeView, new: &NodeView) -> bool {
    match (old, new) {
        (NodeView::Hidden { .. }, NodeView::Hidden { .. })
        | (NodeView::Checkbox { .. }, NodeView::Checkbox { .. }) => true,
        (NodeView::Field { input_type: a, .. }, NodeView::Field { input_type: b, .. }) => a == b,
        (NodeView::Select { options: a, .. }, NodeView::Select { options: b, .. }) => a == b,
        (
            NodeView::Submit {
                provider: a,
                messages: m,
                ..
            },
            NodeView::Submit {
                provider: b,
                messages: n,
                ..
            },
        ) => a == b && m.is_empty() == n.is_empty(),
        (
            NodeView::WebAuthnTrigger { trigger: a, .. },
            NodeView::WebAuthnTrigger { trigger: b, .. },
        ) => a == b,
        // Images, links, texts, divisions: kept only as they are.
        (old, new) => old == new,
    }
}

fn has_error(messages: &[UiText]) -> bool {
    messages
        .iter()
        .any(|m| matches!(m.text_type, UiTextType::Error))
}

fn as_input(element: &Element) -> Option<&HtmlInputElement> {
    element.dyn_ref::<HtmlInputElement>()
}

/// Sets an input's value (and its default, the `value` attribute, as a new input gets it).
/// An unchanged value is not written: writing moves the caret of a focused field.
fn set_input_value(input: &HtmlInputElement, value: &str) {
    if input.value() != value {
        input.set_value(value);
    }
    if input.default_value() != value {
        input.set_default_value(value);
    }
}

/// An element's text, as a text node, if it changed.
fn set_text(element: &Element, text: &str) {
    if element.text_content().as_deref() != Some(text) {
        element.set_text_content(Some(text));
    }
}

/// A boolean attribute (`required`, `disabled`, `selected`), if it changed.
/// Marks a button the server disabled: `disabled`, and [`SERVER_DISABLED`] so that the end of
/// a submit (which re-enables the buttons it disabled) leaves it disabled.
fn set_server_disabled(button: &Element, disabled: bool) -> Result<(), JsValue> {
    set_flag(button, "disabled", disabled)?;
    set_flag(button, SERVER_DISABLED, disabled)
}

fn set_flag(element: &Element, name: &str, on: bool) -> Result<(), JsValue> {
    if element.has_attribute(name) != on {
        element.toggle_attribute_with_force(name, on)?;
    }
    Ok(())
}

/// An attribute that is set to `value` or absent, if it changed.
fn set_optional(element: &Element, name: &str, value: Option<&str>) -> Result<(), JsValue> {
    match value {
        Some(value) if element.get_attribute(name).as_deref() != Some(value) => {
            element.set_attribute(name, value)
        }
        None if element.has_attribute(name) => element.remove_attribute(name),
        _ => Ok(()),
    }
}

/// An RFC 3339 instant (`2021-05-21T12:07:56.420Z`, as Kratos stores `date-time` traits) as the
/// value of a `datetime-local` input (`2021-05-21T14:07:56.420` in the user's time zone). The
/// browser drops a value with a zone, which left the field empty and, as the trait is often
/// required, the form unsendable. Values that do not parse are passed through unchanged.
fn local_date_time(value: &str) -> String {
    if value.is_empty() {
        return String::new();
    }
    let date = js_sys::Date::new(&JsValue::from_str(value));
    if date.get_time().is_nan() {
        return value.to_owned();
    }
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}",
        date.get_full_year(),
        date.get_month() + 1,
        date.get_date(),
        date.get_hours(),
        date.get_minutes(),
        date.get_seconds(),
        date.get_milliseconds()
    )
}

/// The value of a `datetime-local` input (local, no zone) as the RFC 3339 instant Kratos'
/// `date-time` format requires (`…Z`); `None` when it does not parse.
pub fn instant_of_local(value: &str) -> Option<String> {
    if value.is_empty() {
        return None;
    }
    let date = js_sys::Date::new(&JsValue::from_str(value));
    if date.get_time().is_nan() {
        return None;
    }
    date.to_iso_string().as_string()
}
