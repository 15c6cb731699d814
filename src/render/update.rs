//! Re-rendering a flow in place: when the flow shown gets a new version of itself (a 400 with
//! the same flow, a settings flow re-rendered after a save), the rendered elements are updated
//! instead of replaced, so that the inputs the user is in stay the same elements — with their
//! focus, caret and typed text — and only what changed is touched.
//!
//! Every rendered node is a [`Slot`], keyed within its list (the form's shared hidden inputs, or
//! one group's section) by its identity ([`Key`]): inputs by name, submit buttons by name and
//! value (the `oidc` group has one `provider` button per provider), other nodes by kind and id,
//! or by kind and position among the nodes of their kind without an id. A node of the new
//! version whose key was rendered before is updated by [`Builder::refresh`]; one that appears,
//! or needs other elements, is built by the same [`Builder`] as a first render (names through
//! `Builder::set_name`, texts as text nodes) and inserted at its place; one that disappears is
//! removed. Elements that stay are never moved unless the order changed.
//!
//! [`update`] declines (`Ok(None)`, before touching the page) when the sections differ: the
//! caller then rebuilds the whole form, as it does for another flow.

use std::cell::RefCell;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element};

use super::dom::{Builder, Entered, Names, Rendered};
use super::input_name;
use crate::models::{UiNode, UiNodeGroup, UiText};
use crate::ui::i18n::Translations;
use crate::ui::layout::{sections, LayoutOptions};
use crate::ui::submit::FieldValue;
use crate::ui::view::{node_view, NodeView};

/// A node's identity within its list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Key {
    kind: &'static str,
    name: String,
    value: String,
    /// The how-manieth node of this kind, name and value in its list (0 for the first).
    nth: usize,
}

impl Key {
    /// The key as one string, for [`Names`]: the name's length makes it unambiguous.
    fn text(&self) -> String {
        format!(
            "{}\0{}\0{}",
            self.nth,
            identity(self.kind, &self.name),
            self.value
        )
    }
}

/// Kind and name as one string; the value follows it (see [`Key::text`]).
fn identity(kind: &str, name: &str) -> String {
    format!("{kind}\0{}\0{name}", name.len())
}

/// Hands out the keys of one list, in node order.
#[derive(Default)]
pub(super) struct Keys(Names);

impl Keys {
    pub(super) fn next(&mut self, view: &NodeView) -> Key {
        let none = String::new;
        let (kind, name, value) = match view {
            NodeView::Hidden { name, .. }
            | NodeView::Field { name, .. }
            | NodeView::Checkbox { name, .. }
            | NodeView::Select { name, .. } => ("input", name.clone(), none()),
            NodeView::Submit { name, value, .. } => ("submit", name.clone(), value.clone()),
            NodeView::WebAuthnTrigger { name, .. } => ("trigger", name.clone(), none()),
            NodeView::Image { id, .. } => ("image", id.clone().unwrap_or_default(), none()),
            NodeView::Anchor { id, .. } => ("anchor", id.clone().unwrap_or_default(), none()),
            NodeView::Text { id, .. } => ("text", id.clone().unwrap_or_default(), none()),
            NodeView::Division { id, .. } => ("division", id.clone().unwrap_or_default(), none()),
            NodeView::Script => ("script", none(), none()),
            NodeView::Unknown { .. } => ("unknown", none(), none()),
        };
        let counted = identity(kind, &name) + &value;
        let nth = self.0.get(&counted).unwrap_or(0);
        self.0.insert(counted, nth + 1);
        let nth = usize::try_from(nth).unwrap_or(usize::MAX);
        Key {
            kind,
            name,
            value,
            nth,
        }
    }
}

/// One rendered node.
pub(super) struct Slot {
    key: Key,
    /// The name submissions find the control by (the node's input name).
    name: String,
    /// What the elements show now.
    view: NodeView,
    rendered: Rendered,
}

impl Slot {
    /// Builds the elements of `node`. In the list of shared hidden inputs, the element placed
    /// is the control itself.
    pub(super) fn build(
        builder: &Builder<'_>,
        keys: &mut Keys,
        node: &UiNode,
        shared_hidden: bool,
        hide_triggers: bool,
    ) -> Result<Self, JsValue> {
        let view = node_view(node);
        let key = keys.next(&view);
        Self::build_view(builder, key, node, view, shared_hidden, hide_triggers)
    }

    fn build_view(
        builder: &Builder<'_>,
        key: Key,
        node: &UiNode,
        view: NodeView,
        shared_hidden: bool,
        hide_triggers: bool,
    ) -> Result<Self, JsValue> {
        let name = input_name(node);
        let mut rendered = builder.node(&view)?;
        if shared_hidden {
            rendered.element = rendered.control.clone();
        } else {
            builder.hook(node, &mut rendered);
        }
        if hide_triggers && matches!(view, NodeView::WebAuthnTrigger { .. }) {
            // Where the browser cannot do WebAuthn, its buttons would only fail: hide them.
            if let Some(button) = &rendered.element {
                button.set_attribute("hidden", "")?;
            }
        }
        Ok(Self {
            key,
            name,
            view,
            rendered,
        })
    }

    /// The element placed in the list, if the node renders one.
    pub(super) fn element(&self) -> Option<&Element> {
        self.rendered.element.as_ref()
    }
}

/// One group's section: its `<div class="ory-group">` and its nodes.
pub(super) struct Section {
    pub(super) group: UiNodeGroup,
    pub(super) element: Element,
    pub(super) slots: Vec<Slot>,
}

/// What a view shows now, for the next update in place.
pub(super) struct Shown {
    /// The builder's id prefix and the ids it gave out: new elements get ids of their own.
    pub(super) id_prefix: String,
    pub(super) used_ids: Names,
    /// The flow's `<ul class="ory-messages">` (a child of the root, before the form).
    pub(super) flow_messages: Option<Element>,
    /// The shared hidden inputs (the form's first children).
    pub(super) hidden: Vec<Slot>,
    /// The sections, as they are in the form.
    pub(super) sections: Vec<Section>,
}

impl Shown {
    /// The form controls by field name, in the order of a first render: the shared hidden
    /// inputs, then the sections.
    pub(super) fn controls(&self) -> Vec<(String, Element)> {
        self.hidden
            .iter()
            .chain(self.sections.iter().flat_map(|s| s.slots.iter()))
            .filter_map(|slot| {
                let control = slot.rendered.control.clone()?;
                Some((slot.name.clone(), control))
            })
            .collect()
    }
}

/// Where the form is and how it was built.
pub(super) struct Target<'a> {
    pub(super) document: &'a Document,
    pub(super) translations: Option<&'a Translations>,
    pub(super) layout: &'a LayoutOptions,
    pub(super) root: &'a Element,
    pub(super) form: &'a Element,
    /// Whether WebAuthn buttons are hidden (the browser cannot run them).
    pub(super) hide_triggers: bool,
    /// The card's "Forgot password?" link, for a password field built anew.
    pub(super) forgot: Option<crate::ui::card::CardLink>,
    /// The caller's `renderNode` hook.
    pub(super) render_node: Option<&'a super::options::RenderNode>,
    /// The flow's nodes as Kratos sent them, for the hook.
    pub(super) raw_nodes: Option<&'a [serde_json::Value]>,
}

/// Whether a node renders an element ([`Builder::node`] makes one for every other view).
fn renders(view: &NodeView) -> bool {
    !matches!(view, NodeView::Script | NodeView::Unknown { label: None })
}

/// Updates the form `shown` describes to `nodes` and the flow's `messages`, in place; `values`
/// (what the submit sent) when the user's input is to be kept (see [`Entered`]). Returns
/// what it shows then, or `Ok(None)`, having changed nothing, when the form cannot be updated
/// (other sections, or elements the page moved): rebuild it. An error may leave the form half
/// updated: rebuild it too.
pub(super) fn update(
    target: &Target<'_>,
    shown: Shown,
    nodes: &[UiNode],
    messages: &[UiText],
    values: Option<&[(String, FieldValue)]>,
) -> Result<Option<Shown>, JsValue> {
    let layout = sections(nodes, target.layout);
    let new_sections: Vec<_> = layout
        .sections
        .iter()
        .filter(|section| section.nodes.iter().any(|node| renders(&node_view(node))))
        .collect();
    let is_child =
        |child: &Element, parent: &Element| child.parent_node().as_ref() == Some(parent.as_ref());
    let same_sections = new_sections.len() == shown.sections.len()
        && new_sections
            .iter()
            .zip(&shown.sections)
            .all(|(new, old)| new.group == old.group && is_child(&old.element, target.form));
    let in_place = is_child(target.form, target.root)
        && shown
            .flow_messages
            .as_ref()
            .map_or(true, |list| is_child(list, target.root));
    if !same_sections || !in_place {
        return Ok(None);
    }

    let builder = Builder {
        document: target.document,
        translations: target.translations,
        id_prefix: shown.id_prefix,
        used_ids: RefCell::new(shown.used_ids),
        probe: target.document.create_element("form")?,
        forgot: target.forgot.clone(),
        render_node: target.render_node,
        raw_nodes: target.raw_nodes.map(|raw| (nodes, raw)),
    };
    let flow_messages = match (shown.flow_messages, messages.is_empty()) {
        (Some(old), true) => {
            old.remove();
            None
        }
        (None, true) => None,
        // Built anew, so that the same error is announced again after another attempt.
        (old, false) => {
            let list = builder.messages(messages, None)?;
            match old {
                Some(old) => target.root.replace_child(&list, &old)?,
                None => target.root.insert_before(&list, Some(target.form))?,
            };
            Some(list)
        }
    };
    let list = List {
        builder: &builder,
        values,
        hide_triggers: target.hide_triggers,
    };
    let hidden = list.reconcile(target.form, shown.hidden, &layout.hidden, true)?;
    let mut sections = Vec::with_capacity(shown.sections.len());
    for (old, new) in shown.sections.into_iter().zip(new_sections) {
        let slots = list.reconcile(&old.element, old.slots, &new.nodes, false)?;
        sections.push(Section { slots, ..old });
    }
    Ok(Some(Shown {
        id_prefix: builder.id_prefix,
        used_ids: builder.used_ids.into_inner(),
        flow_messages,
        hidden,
        sections,
    }))
}

/// How the lists of one update are brought up to date.
struct List<'a, 'b> {
    builder: &'a Builder<'b>,
    values: Option<&'a [(String, FieldValue)]>,
    hide_triggers: bool,
}

impl List<'_, '_> {
    /// Brings the children of `parent` rendered as `old` up to `nodes`: updates the nodes that
    /// stay, builds those that appear, removes those that went, and puts the elements in node
    /// order (from the first child of `parent` on; what follows them, such as the sections after
    /// the hidden inputs, stays after them).
    fn reconcile(
        &self,
        parent: &Element,
        old: Vec<Slot>,
        nodes: &[&UiNode],
        shared_hidden: bool,
    ) -> Result<Vec<Slot>, JsValue> {
        let mut index = Names::default();
        for (i, slot) in old.iter().enumerate() {
            index.insert(slot.key.text(), i as u64);
        }
        let mut old: Vec<Option<Slot>> = old.into_iter().map(Some).collect();
        let mut keys = Keys::default();
        let mut slots = Vec::with_capacity(nodes.len());
        let mut gone = Vec::new();
        for node in nodes {
            let view = node_view(node);
            let key = keys.next(&view);
            let name = input_name(node);
            let found = index
                .remove(&key.text())
                .and_then(|i| old.get_mut(usize::try_from(i).ok()?)?.take());
            if let Some(mut slot) = found {
                let entered = match self.values {
                    None => Entered::Reset,
                    Some(values) => Entered::Keep {
                        sent: values.iter().find(|(n, _)| *n == name).map(|(_, v)| v),
                    },
                };
                if self
                    .builder
                    .refresh(&mut slot.rendered, &slot.view, &view, entered)?
                {
                    slot.view = view;
                    slot.name = name;
                    slots.push(slot);
                    continue;
                }
                // Built anew below, with the ids this one had.
                if let Some(element) = slot.element() {
                    self.builder.release_ids(element);
                }
                gone.push(slot);
            }
            slots.push(Slot::build_view(
                self.builder,
                key,
                node,
                view,
                shared_hidden,
                self.hide_triggers,
            )?);
        }
        // The nodes that went: their ids are free again (those rebuilt above gave theirs back
        // before they were built again, and must not give back what the new ones now hold).
        for slot in old.into_iter().flatten() {
            if let Some(element) = slot.element() {
                self.builder.release_ids(element);
            }
            gone.push(slot);
        }
        // Removed first, so that the elements that stay are already next to each other and
        // the loop below moves none of them (moving a focused input would blur it).
        for slot in &gone {
            if let Some(element) = slot.element() {
                if element.parent_node().as_ref() == Some(parent.as_ref()) {
                    parent.remove_child(element)?;
                }
            }
        }
        let mut cursor = parent.first_child();
        // A settings section's title stays first (see `Builder::section_title`).
        while let Some(title) = cursor
            .clone()
            .and_then(|c| c.dyn_into::<Element>().ok())
            .filter(|e| e.class_list().contains("ory-group-title"))
        {
            cursor = title.next_sibling();
        }
        for element in slots.iter().filter_map(Slot::element) {
            if cursor.as_ref() == Some(element.as_ref()) {
                cursor = element.next_sibling();
            } else {
                parent.insert_before(element, cursor.as_ref())?;
            }
        }
        Ok(slots)
    }
}
