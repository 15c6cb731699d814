//! Turning node views into elements.
//!
//! Safe by construction: every server string reaches the page as a text node or an attribute
//! value set with `setAttribute` — never as markup — and only the attributes listed here are
//! ever set. `href`/`src` come pre-checked from [`crate::ui::view`] (http(s), PNG data URLs).

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, HtmlInputElement};

use crate::models::{UiText, UiTextType};
use crate::ui::i18n::{message_text, Translations};
use crate::ui::view::NodeView;

/// What rendering one node produced: the element to insert, and the form control (if any)
/// whose value a submit reads.
pub struct Rendered {
    /// The element to insert (`None` for nodes that render nothing).
    pub element: Option<Element>,
    /// The input or select holding the user's value.
    pub control: Option<Element>,
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
    pub used_ids: std::cell::RefCell<std::collections::HashSet<String>>,
    /// An empty, detached `<form>`: a name is one of a form's members if it is `in` this one.
    pub probe: Element,
}

/// The attribute that keeps a field's real name when its `name` attribute had to change.
pub const REAL_NAME: &str = "data-ory-name";

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
        used.insert(id.clone());
        id
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
        };
        Ok(match view {
            NodeView::Hidden { name, value, .. } => {
                let input = self.input("hidden", name, value)?;
                Rendered {
                    element: Some(input.clone()),
                    control: Some(input),
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
                let wrapper = self.labelled(
                    &input,
                    name,
                    label.as_ref(),
                    *required,
                    *disabled,
                    messages,
                    false,
                )?;
                Rendered {
                    element: Some(wrapper),
                    control: Some(input),
                }
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
                let wrapper = self.labelled(
                    &input,
                    name,
                    label.as_ref(),
                    *required,
                    *disabled,
                    messages,
                    true,
                )?;
                Rendered {
                    element: Some(wrapper),
                    control: Some(input),
                }
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
                let wrapper = self.labelled(
                    &select,
                    name,
                    label.as_ref(),
                    *required,
                    *disabled,
                    messages,
                    false,
                )?;
                Rendered {
                    element: Some(wrapper),
                    control: Some(select),
                }
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
                let text = label
                    .as_ref()
                    .map(|l| self.message(l))
                    .unwrap_or_else(|| value.clone());
                let class = if provider.is_some() {
                    "ory-button ory-button--provider"
                } else {
                    "ory-button"
                };
                let button = self.text_element("button", class, &text)?;
                button.set_attribute("type", "submit")?;
                self.set_name(&button, name)?;
                button.set_attribute("value", value)?;
                button.set_attribute("data-group", group.as_str())?;
                if let Some(provider) = provider {
                    button.set_attribute("data-provider", provider)?;
                }
                if *disabled {
                    button.set_attribute("disabled", "")?;
                }
                if messages.is_empty() {
                    Rendered {
                        element: Some(button),
                        control: None,
                    }
                } else {
                    let wrapper = self.element("div", "ory-field")?;
                    wrapper.append_child(&button)?;
                    wrapper.append_child(self.messages(messages, None)?.as_ref())?;
                    Rendered {
                        element: Some(wrapper),
                        control: None,
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
                let text = label
                    .as_ref()
                    .map(|l| self.message(l))
                    .unwrap_or_else(|| name.clone());
                let button =
                    self.text_element("button", "ory-button ory-button--secondary", &text)?;
                button.set_attribute("type", "button")?;
                self.set_name(&button, name)?;
                button.set_attribute("data-trigger", trigger)?;
                button.set_attribute("data-group", group.as_str())?;
                if *disabled {
                    button.set_attribute("disabled", "")?;
                }
                Rendered {
                    element: Some(button),
                    control: None,
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
                Rendered {
                    element: Some(element),
                    control: None,
                }
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
                Rendered {
                    element: Some(element),
                    control: None,
                }
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
                Rendered {
                    element: Some(block),
                    control: None,
                }
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
                Rendered {
                    element: Some(division),
                    control: None,
                }
            }
            NodeView::Script => nothing,
            NodeView::Unknown { label } => match label {
                Some(label) => Rendered {
                    element: Some(self.text_element("p", "ory-text", &self.message(label))?),
                    control: None,
                },
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
    ) -> Result<Element, JsValue> {
        let id = self.id_for(name);
        control.set_id(&id);
        if required {
            control.set_attribute("required", "")?;
        }
        if disabled {
            control.set_attribute("disabled", "")?;
        }
        let invalid = messages
            .iter()
            .any(|m| matches!(m.text_type, UiTextType::Error));
        let class = match (label_after, invalid) {
            (true, true) => "ory-field ory-checkbox ory-field--invalid",
            (true, false) => "ory-field ory-checkbox",
            (false, true) => "ory-field ory-field--invalid",
            (false, false) => "ory-field",
        };
        let wrapper = self.element("div", class)?;
        // A field without a label from the server is still named for assistive technology.
        let text = label
            .map(|l| self.message(l))
            .filter(|t| !t.is_empty())
            .unwrap_or_else(|| name.to_owned());
        let label_element = self.text_element("label", "ory-label", &text)?;
        label_element.set_attribute("for", &id)?;
        if label_after {
            wrapper.append_child(control)?;
            wrapper.append_child(&label_element)?;
        } else {
            wrapper.append_child(&label_element)?;
            wrapper.append_child(control)?;
        }
        if !messages.is_empty() {
            let messages_id = self.unique_id(format!("{id}-messages"));
            wrapper.append_child(self.messages(messages, Some(&messages_id))?.as_ref())?;
            control.set_attribute("aria-describedby", &messages_id)?;
        }
        if invalid {
            control.set_attribute("aria-invalid", "true")?;
        }
        Ok(wrapper)
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
