//! The `renderNode` hook: the caller replaces or decorates what the SDK built for a node, while
//! the SDK keeps submitting, validating, updating in place and running WebAuthn.
//!
//! The hook is the app's code, but what it returns is checked like any other input, so that a
//! mistake (or a value that came from elsewhere) cannot break the renderer's rules:
//! - nothing (`undefined`, `null`, the SDK's own element) keeps the SDK's element, which the hook
//!   may have decorated in place;
//! - a string becomes a text node — never markup;
//! - an element replaces the SDK's only if it contains the control the SDK reads and drives (the
//!   input, select or button), is not already on the page, and holds no `<form>` (a nested form
//!   would take the controls out of the SDK's), `<script>`, frame or plugin;
//! - anything else, or a hook that throws, keeps the SDK's element and says why on the console.
//!
//! Whatever the hook returns sits inside the SDK's form and container, whose submit guard
//! cancels every native submission.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;

use super::dom::{Builder, Rendered};
use super::options::{NodeContext, RenderNode};
use crate::models::UiNode;

/// The flow's nodes as parsed and as Kratos sent them (the same nodes in the same order), for
/// the `node` a JavaScript `renderNode` hook is shown: the JSON of the flow, not a
/// re-serialisation of the models (which would link a serialiser of every model into the module).
pub type RawNodes<'a> = (&'a [UiNode], &'a [serde_json::Value]);

/// What a replacement must not contain.
const REFUSED: &str = "form, script, iframe, frame, object, embed";

impl Builder<'_> {
    /// Runs the caller's `renderNode` hook on a node the SDK built, and keeps its replacement
    /// if it passes the checks of the module doc.
    pub fn hook(&self, node: &UiNode, rendered: &mut Rendered) {
        let (Some(hook), Some(element)) = (self.render_node, rendered.element.clone()) else {
            return;
        };
        // The element the SDK drives: the control, or the button of a submit / WebAuthn node.
        let control = rendered.control.clone().or_else(|| {
            rendered
                .label
                .clone()
                .filter(|label| label.local_name() == "button")
        });
        let node_type = node.node_type.as_str();
        let group = node.group.as_str().to_owned();
        let name = node.input_name();
        let replacement = match hook {
            RenderNode::Rust(hook) => hook(&NodeContext {
                node,
                node_type,
                group: &group,
                name,
                element: &element,
                control: control.as_ref(),
            })
            .map(JsValue::from),
            RenderNode::Js(function) => {
                let context = js_sys::Object::new();
                let set = |key: &str, value: &JsValue| {
                    let _ = js_sys::Reflect::set(&context, &JsValue::from_str(key), value);
                };
                set("type", &JsValue::from_str(node_type));
                set("group", &JsValue::from_str(&group));
                set("name", &name.map_or(JsValue::NULL, JsValue::from_str));
                set("node", &self.raw_node(node));
                set("element", &element);
                set(
                    "control",
                    &control.clone().map_or(JsValue::NULL, JsValue::from),
                );
                match function.call1(&JsValue::UNDEFINED, &context) {
                    Ok(value) if value.is_undefined() || value.is_null() => None,
                    Ok(value) => Some(value),
                    Err(error) => return refuse("renderNode threw", &error),
                }
            }
        };
        let Some(replacement) = replacement else {
            return;
        };
        if let Some(text) = replacement.as_string() {
            // A text only stands in for a node without a control.
            if control.is_some() {
                return refuse(
                    "renderNode returned a string for a node with a control",
                    &JsValue::UNDEFINED,
                );
            }
            match self.text_element("span", "ory-text", &text) {
                Ok(span) => rendered.element = Some(span),
                Err(error) => refuse("renderNode", &error),
            }
            return;
        }
        let Some(replacement) = replacement.dyn_ref::<Element>() else {
            return refuse(
                "renderNode returned neither an element nor a string",
                &replacement,
            );
        };
        if replacement == &element {
            return;
        }
        let keeps_control = control
            .as_ref()
            .map_or(true, |control| replacement.contains(Some(control)));
        let holds_refused = replacement.matches(REFUSED).unwrap_or(true)
            || replacement
                .query_selector(REFUSED)
                .map_or(true, |found| found.is_some());
        if !keeps_control {
            return refuse(
                "renderNode's element must contain context.control (the SDK reads and drives it)",
                replacement,
            );
        }
        if holds_refused || replacement.is_connected() {
            return refuse(
                "renderNode's element must be new and hold no form, script, frame or plugin",
                replacement,
            );
        }
        rendered.element = Some(replacement.clone());
    }
}

fn refuse(why: &str, value: &JsValue) {
    web_sys::console::error_2(
        &JsValue::from_str(&format!("ory-wasm: {why}; the SDK's element is kept")),
        value,
    );
}

impl Builder<'_> {
    /// The node as Kratos sent it (`null` if the flow held nodes this SDK could not read, which
    /// shifts the positions).
    fn raw_node(&self, node: &UiNode) -> JsValue {
        let raw = self.raw_nodes.and_then(|(nodes, raw)| {
            let index = nodes.iter().position(|n| std::ptr::eq(n, node))?;
            (nodes.len() == raw.len()).then(|| raw.get(index)).flatten()
        });
        raw.map_or(JsValue::NULL, |raw| {
            js_sys::JSON::parse(&raw.to_string()).unwrap_or(JsValue::NULL)
        })
    }
}
