//! `runWebAuthn`: the SDK's WebAuthn / passkey ceremony for callers who render their own forms.

use js_sys::{Object, Promise, Reflect};
use wasm_bindgen::prelude::*;

use super::js::{self, JsJson};
use super::{to_js, Failure};
use crate::endpoint::{check_shape, Shape};
use crate::error::{Error, ErrorKind};
use crate::render::webauthn::{run, Mediation};
use crate::ui::view::{node_view, NodeView};
use crate::webauthn::ceremony::ceremony;

/// The trigger a name stands for: a trigger itself (`oryPasskeyLogin`), or the name of the node
/// that carries it (`passkey_login_trigger`, `webauthn_register_trigger`).
fn trigger_of(nodes: &[crate::models::UiNode], name: &str) -> String {
    nodes
        .iter()
        .find(|node| node.input_name() == Some(name))
        .map(node_view)
        .and_then(|view| match view {
            NodeView::WebAuthnTrigger { trigger, .. } => Some(trigger),
            _ => None,
        })
        .unwrap_or_else(|| name.to_owned())
}

/// `runWebAuthn(flow, trigger, options?)`: runs the ceremony a flow's WebAuthn or passkey node
/// asks for — `trigger` is its `onclickTrigger`/`onloadTrigger` (`"oryPasskeyLogin"`) or the
/// node's name (`"passkey_login_trigger"`) — and resolves to `{ name, value, method }`: put
/// `value` into the body field `name` and submit with `method` (plus `csrf_token`).
/// `options`: `{ displayName?, mediation?: "modal" | "conditional" }`. Rejects with `OryError`
/// whose `kind` is `webauthn_cancelled`, `webauthn_already_registered`, … and whose `cause` is
/// the browser's exception.
#[wasm_bindgen(js_name = runWebAuthn)]
pub fn run_webauthn(flow: JsValue, trigger: JsValue, options: JsValue) -> Promise {
    let prepared = (|| {
        check_shape(Shape::Flow, &JsJson(flow.clone())).map_err(|(path, problem)| {
            Error::invalid_argument(format!("the flow is not a Kratos flow: `{path}` {problem}"))
        })?;
        let ui = js::get(&flow, "ui")?.unwrap_or(JsValue::UNDEFINED);
        let text = js_sys::JSON::stringify(&ui)
            .ok()
            .and_then(|text| text.as_string())
            .ok_or_else(|| Error::invalid_argument("the flow's ui cannot be read".to_owned()))?;
        let ui: serde_json::Value = serde_json::from_str(&text)
            .map_err(|e| Error::invalid_argument(format!("the flow's ui cannot be read: {e}")))?;
        let ui = crate::models::ui_container(&ui).ok_or_else(|| {
            Error::invalid_argument(
                "the flow's ui cannot be read: it is not a Kratos ui".to_owned(),
            )
        })?;
        let name = trigger
            .as_string()
            .ok_or_else(|| Error::invalid_argument("the trigger must be a string".to_owned()))?;
        let found = ceremony(&ui.nodes, &trigger_of(&ui.nodes, &name))
            .map_err(|e| Error::invalid_argument(e.to_string()))?;
        let display_name = js::get(&options, "displayName")?.and_then(|v| v.as_string());
        let mediation = match js::get(&options, "mediation")?
            .and_then(|v| v.as_string())
            .as_deref()
        {
            None | Some("modal") => Mediation::Modal,
            Some("conditional") => Mediation::Conditional,
            Some(other) => {
                return Err(Error::invalid_argument(format!(
                    "mediation must be \"modal\" or \"conditional\", not \"{other}\""
                )))
            }
        };
        Ok((found, display_name, mediation))
    })();
    wasm_bindgen_futures::future_to_promise(async move {
        let (found, display_name, mediation) =
            prepared.map_err(|error| to_js(Failure::from(error)))?;
        match run(&found, display_name.as_deref(), mediation).await {
            Ok(answer) => {
                let result = Object::new();
                let _ = Reflect::set(&result, &"name".into(), &found.answer_field.into());
                let _ = Reflect::set(&result, &"value".into(), &answer.into());
                let _ = Reflect::set(&result, &"method".into(), &found.method.into());
                Ok(result.into())
            }
            Err(failure) => {
                let code = failure.failure.code();
                let error = Error {
                    kind: ErrorKind::Other(code.to_owned()),
                    status: 0,
                    message: failure.failure.message().to_owned(),
                    error_id: None,
                    reason: None,
                    use_flow_id: None,
                    redirect_browser_to: None,
                    body: None,
                };
                let rejection = to_js(Failure::from(error));
                let _ = Reflect::set(&rejection, &"cause".into(), &failure.cause);
                Err(rejection)
            }
        }
    })
}
