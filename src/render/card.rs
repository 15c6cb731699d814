//! The default card's elements: the header (project name, title, subtitle), the footer of links
//! between flows, the settings section titles, the divider before social sign-in and the
//! show-password toggle. What they say and where links go is decided in [`crate::ui::card`];
//! every text is set as a text node, and every `href` is a URL the navigation gate allowed.

use serde_json::Value;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement, HtmlInputElement};

use super::dom::Builder;
use crate::models::UiNode;
use crate::ui::card::{heading, CardLink, LinkPlace};
use crate::ui::driver::FlowKind;
use crate::ui::texts::card_text;

/// The class of a show-password toggle (the view's click listener finds it by it).
pub const TOGGLE: &str = "ory-password-toggle";

/// Marks a link of the card: with `onNavigate`, a click on it goes through the gate to the app.
pub const CARD_LINK: &str = "data-ory-card-link";

/// Marks a button of the second-factor chooser ([`crate::ui::card::chooser`]) with the group it
/// shows; the way back carries it empty (and the group it leaves in [`BACK_FROM`]).
pub const CHOOSE: &str = "data-ory-choose";
const BACK_FROM: &str = "data-ory-back-from";

/// Marks the card's sign-out button ([`crate::ui::card::offers_sign_out`]).
pub const SIGN_OUT: &str = "data-ory-sign-out";

/// Groups the chooser never hides: what every method's submit carries.
const ALWAYS_SHOWN: &[&str] = &["default", "identifier_first", "captcha"];

impl Builder<'_> {
    /// A text of the card in the caller's language.
    pub fn card_text(&self, key: &str) -> String {
        card_text(key, self.translations)
    }

    /// `<a class="ory-link">` to a target the gate allowed.
    pub fn card_link(&self, link: &CardLink) -> Result<Element, JsValue> {
        let anchor = self.text_element("a", "ory-link", &self.card_text(link.text))?;
        anchor.set_attribute("href", link.href.as_str())?;
        anchor.set_attribute(CARD_LINK, "")?;
        Ok(anchor)
    }

    /// `<header>`: the project's name, the title (`<h2 id=title_id>`, which names the card) and
    /// the subtitle.
    pub fn card_header(
        &self,
        kind: FlowKind,
        flow: &Value,
        nodes: &[UiNode],
        project_name: Option<&str>,
        title_id: &str,
    ) -> Result<Element, JsValue> {
        let header = self.element("header", "ory-card-header")?;
        if let Some(name) = project_name.filter(|name| !name.is_empty()) {
            let name = self.text_element("p", "ory-card-name", name)?;
            header.append_child(&name)?;
        }
        let texts = heading(kind, flow, nodes);
        let title = self.text_element("h2", "ory-card-title", &self.card_text(texts.title))?;
        title.set_id(title_id);
        header.append_child(&title)?;
        let subtitle =
            self.text_element("p", "ory-card-subtitle", &self.card_text(texts.subtitle))?;
        header.append_child(&subtitle)?;
        Ok(header)
    }

    /// `<footer>` with the footer links ("No account yet? Sign up"); `None` without any.
    pub fn card_footer(&self, links: &[CardLink]) -> Result<Option<Element>, JsValue> {
        let mut footer = None;
        for link in links.iter().filter(|l| l.place == LinkPlace::Footer) {
            let line = self.element("p", "")?;
            if let Some(prompt) = link.prompt {
                // (The space inside the prompt: the line reads as one sentence when copied.)
                let text = format!("{} ", self.card_text(prompt));
                let prompt = self.text_element("span", "", &text)?;
                line.append_child(&prompt)?;
            }
            let anchor = self.card_link(link)?;
            line.append_child(&anchor)?;
            footer
                .get_or_insert(self.element("footer", "ory-card-footer")?)
                .append_child(&line)?;
        }
        Ok(footer)
    }

    /// A settings section's title, `<h3 id>`, naming its group (`role="group"`).
    pub fn section_title(&self, group: &Element, key: &str) -> Result<(), JsValue> {
        let id = self.unique_id(format!("{}-section", self.id_prefix));
        let title = self.text_element("h3", "ory-group-title", &self.card_text(key))?;
        title.set_id(&id);
        group.set_attribute("role", "group")?;
        group.set_attribute("aria-labelledby", &id)?;
        group.append_child(&title)?;
        Ok(())
    }

    /// The divider ("or") before social sign-in.
    pub fn divider(&self) -> Result<Element, JsValue> {
        let divider = self.element("div", "ory-divider")?;
        let text = self.text_element("span", "", &self.card_text("card.divider"))?;
        divider.append_child(&text)?;
        Ok(divider)
    }

    /// Puts `input` (a password field inside `wrapper`) into a row with its show-password
    /// toggle, and the "Forgot password?" link beside it when the card has one.
    pub fn password_row(&self, wrapper: &Element, input: &Element) -> Result<(), JsValue> {
        let row = self.element("div", "ory-password")?;
        wrapper.replace_child(&row, input)?;
        row.append_child(input)?;
        // A real button that submits nothing, named for what it does; its state is
        // `aria-pressed` (the name stays, as the pattern requires).
        let toggle = self.card_button(TOGGLE, "card.password.show", ("aria-pressed", "false"))?;
        toggle.set_attribute("aria-label", &self.card_text("card.password.show_label"))?;
        toggle.set_attribute("aria-controls", &input.id())?;
        row.append_child(&toggle)?;
        if let Some(link) = &self.forgot {
            let anchor = self.card_link(link)?;
            anchor.class_list().add_1("ory-forgot")?;
            wrapper.append_child(&anchor)?;
        }
        Ok(())
    }
}

impl Builder<'_> {
    /// The chooser's button for the section `group` (a method's `.ory-group`, which it names in
    /// `aria-controls`) and the way back shown with it; both submit nothing.
    pub fn method_choice(
        &self,
        section: &Element,
        group: &str,
        text: &str,
    ) -> Result<(Element, Element), JsValue> {
        let id = self.unique_id(format!("{}-method", self.id_prefix));
        section.set_id(&id);
        let opener = self.card_button(
            "ory-button ory-button--secondary ory-method",
            text,
            (CHOOSE, group),
        )?;
        opener.set_attribute("aria-controls", &id)?;
        let back = self.card_button("ory-method-back", "card.method.back", (CHOOSE, ""))?;
        back.set_attribute(BACK_FROM, group)?;
        Ok((opener, back))
    }
}

impl Builder<'_> {
    /// A `<button type="button">` of the card (it submits nothing: a listener of the view acts on
    /// it, found by `marker`) showing the card text `text`.
    fn card_button(
        &self,
        class: &str,
        text: &str,
        (marker, value): (&str, &str),
    ) -> Result<Element, JsValue> {
        let button = self.text_element("button", class, &self.card_text(text))?;
        button.set_attribute("type", "button")?;
        button.set_attribute(marker, value)?;
        Ok(button)
    }

    /// "Something not working? Sign out": the sign-out button (it submits nothing; the view's
    /// click listener runs the logout flow) with its prompt.
    pub fn sign_out_line(&self) -> Result<Element, JsValue> {
        let line = self.element("p", "ory-card-sign-out")?;
        let prompt = format!("{} ", self.card_text("card.sign_out.prompt"));
        let prompt = self.text_element("span", "", &prompt)?;
        line.append_child(&prompt)?;
        let button = self.card_button("ory-link-button", "card.sign_out", (SIGN_OUT, ""))?;
        line.append_child(&button)?;
        Ok(line)
    }
}

/// Shows the form's methods as the chooser's state says: `chosen` alone with its way back, or
/// (none chosen) the chooser's buttons in place of their sections. A form without a chooser,
/// or a `chosen` it does not offer, shows every method.
pub fn show_chosen(form: &Element, chosen: Option<&str>) {
    let elements = child_elements(form);
    let openers: Vec<String> = elements
        .iter()
        .filter_map(|e| e.get_attribute(CHOOSE))
        .filter(|group| !group.is_empty())
        .collect();
    if openers.is_empty() {
        return;
    }
    let chosen = chosen.filter(|group| openers.iter().any(|o| o == group));
    for element in &elements {
        let hidden = if let Some(from) = element.get_attribute(BACK_FROM) {
            chosen != Some(from.as_str())
        } else if element.has_attribute(CHOOSE) {
            chosen.is_some()
        } else if let Some(group) = element.get_attribute("data-group") {
            match chosen {
                _ if ALWAYS_SHOWN.contains(&group.as_str()) => false,
                Some(chosen) => group != chosen,
                None => openers.contains(&group),
            }
        } else if element.class_list().contains("ory-divider") {
            chosen.is_some()
        } else {
            continue;
        };
        let _ = element.toggle_attribute_with_force("hidden", hidden);
    }
}

fn child_elements(form: &Element) -> Vec<Element> {
    let children = form.child_nodes();
    (0..children.length())
        .filter_map(|i| children.get(i)?.dyn_into::<Element>().ok())
        .collect()
}

/// After a choice: the focus goes to the first field of the method `chosen`, or (back to the
/// chooser) to the button of the method `left`.
pub fn focus_choice(form: &Element, chosen: Option<&str>, left: Option<&str>) {
    let mut elements = child_elements(form).into_iter();
    let target = match (chosen, left) {
        (Some(chosen), _) => elements
            .filter(|e| e.get_attribute("data-group").as_deref() == Some(chosen))
            .find_map(|section| {
                section
                    .query_selector("input:not([type=hidden]), select, button")
                    .ok()
                    .flatten()
            }),
        (None, Some(left)) => elements.find(|e| e.get_attribute(CHOOSE).as_deref() == Some(left)),
        (None, None) => None,
    };
    if let Some(target) = target.and_then(|t| t.dyn_into::<HtmlElement>().ok()) {
        let _ = target.focus();
    }
}

/// A click on a show-password toggle: shows or hides the password, keeping its caret and
/// selection (switching the type resets them).
pub fn toggle_password(toggle: &Element) {
    let Some(input) = toggle
        .previous_element_sibling()
        .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
    else {
        return;
    };
    let shown = toggle.get_attribute("aria-pressed").as_deref() == Some("true");
    let selection = (input.selection_start(), input.selection_end());
    input.set_type(if shown { "password" } else { "text" });
    let _ = toggle.set_attribute("aria-pressed", if shown { "false" } else { "true" });
    if let (Ok(Some(start)), Ok(Some(end))) = selection {
        let _ = input.set_selection_range(start, end);
    }
}
