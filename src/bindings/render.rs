//! `renderFlow` and `startFlow`: the renderer's JavaScript surface.

use js_sys::Promise;
use wasm_bindgen::prelude::*;
use web_sys::Element;

use super::js::JsJson;
use super::{to_js, Failure};
use crate::endpoint::{check_shape, Shape};
use crate::error::Error;
use crate::render::{self, FlowView, RenderOptions};
use crate::ui::driver::FlowKind;

fn reject(error: Error) -> JsValue {
    to_js(Failure::from(error))
}

fn container(value: JsValue) -> Result<Element, Error> {
    value
        .dyn_into::<Element>()
        .map_err(|_| Error::invalid_argument("the container must be a DOM element".to_owned()))
}

/// `renderFlow(flow, container, options)`: renders a flow object (as the API methods return it)
/// into `container` and drives it to its end. Throws `OryError` on bad arguments.
#[wasm_bindgen(js_name = renderFlow)]
pub fn render_flow(
    flow: JsValue,
    container_element: JsValue,
    options: JsValue,
) -> Result<FlowView, JsValue> {
    let prepared = (|| {
        Ok((
            read_flow(&flow)?,
            container(container_element)?,
            RenderOptions::from_js(&options)?,
        ))
    })();
    let (flow, container, options) = prepared.map_err(reject)?;
    render::render_flow(flow, container, options).map_err(reject)
}

/// A flow object from JavaScript, checked and read as JSON.
fn read_flow(flow: &JsValue) -> Result<serde_json::Value, Error> {
    {
        check_shape(Shape::Flow, &JsJson(flow.clone())).map_err(|(path, problem)| {
            Error::invalid_argument(format!("the flow is not a Kratos flow: `{path}` {problem}"))
        })?;
        // Through JSON text, not `serde_wasm_bindgen::from_value`: that conversion recurses
        // once per nesting level with no limit, so a flow nested 100,000 levels deep (a hostile
        // server's, tests/browser/hostile.test.mjs) overflowed the wasm stack and surfaced as a
        // bare RangeError. `JSON.stringify` fails cleanly on such depth, and serde_json stops
        // at its recursion limit (128) with an error.
        let text = js_sys::JSON::stringify(flow)
            .ok()
            .and_then(|text| text.as_string())
            .ok_or_else(|| {
                Error::invalid_argument(
                    "the flow cannot be read: it is not serialisable as JSON (too deep, a cycle or a BigInt)".to_owned(),
                )
            })?;
        serde_json::from_str(&text)
            .map_err(|e| Error::invalid_argument(format!("the flow cannot be read: {e}")))
    }
}

/// `flowView(flow, options)`: the headless view model of a flow — what the default card shows,
/// as plain data (`ory_wasm::ui::headless`). `options` as for `renderFlow` (`flowType`,
/// `translations`, `groups`, `order`, `urls`, `allowedReturnUrls`). Throws `OryError`.
#[wasm_bindgen(js_name = flowView)]
pub fn flow_view(flow: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    (|| render::headless_view(read_flow(&flow)?, &RenderOptions::from_js(&options)?))()
        .map(|view| js_sys::JSON::parse(&view.to_string()).unwrap_or(JsValue::NULL))
        .map_err(reject)
}

/// `flowBody(flow, submitter, values)`: the body of a submit by the button `submitter`
/// (`{ name, value }`, from `flowView`) with the user's `values` (by field name), as the
/// renderer sends it — pass it to `updateLoginFlow({ flow: flow.id, updateLoginFlowBody })`
/// and its siblings. Throws `OryError` (`invalid_argument`) for a button the flow does not have.
#[wasm_bindgen(js_name = flowBody)]
pub fn flow_body(flow: JsValue, submitter: JsValue, values: JsValue) -> Result<JsValue, JsValue> {
    (|| {
        let text = |key: &str| {
            super::js::get(&submitter, key)?
                .and_then(|v| v.as_string())
                .ok_or_else(|| Error::invalid_argument(format!("submitter.{key} must be a string")))
        };
        let (name, value) = (text("name")?, text("value")?);
        let values = match js_sys::JSON::stringify(&values)
            .ok()
            .and_then(|t| t.as_string())
        {
            // As a `Value`, the one JSON shape the module already parses.
            Some(text) if values.is_object() => serde_json::from_str::<serde_json::Value>(&text)
                .ok()
                .and_then(|v| v.as_object().cloned()),
            _ if values.is_undefined() => Some(serde_json::Map::new()),
            _ => None,
        }
        .ok_or_else(|| {
            Error::invalid_argument("values must be an object of field names".to_owned())
        })?;
        render::headless_body(read_flow(&flow)?, (&name, &value), &values)
    })()
    .map(|body| js_sys::JSON::parse(&body.to_string()).unwrap_or(JsValue::NULL))
    .map_err(reject)
}

/// `startFlow(flowType, container, options)`: loads the flow of the page URL's `?flow=` (or
/// `options.flowId`), or creates a browser flow, then renders it. Resolves to the `FlowView`.
#[wasm_bindgen(js_name = startFlow)]
pub fn start_flow(flow_type: JsValue, container_element: JsValue, options: JsValue) -> Promise {
    let prepared = (|| {
        let kind = flow_type
            .as_string()
            .as_deref()
            .and_then(FlowKind::parse)
            .ok_or_else(|| {
                Error::invalid_argument(
                    "the flow type must be login, registration, recovery, verification or settings"
                        .to_owned(),
                )
            })?;
        Ok((
            kind,
            container(container_element)?,
            RenderOptions::from_js(&options)?,
        ))
    })();
    wasm_bindgen_futures::future_to_promise(async move {
        let (kind, container, options) = prepared.map_err(reject)?;
        render::start_flow(kind, container, options)
            .await
            .map(JsValue::from)
            .map_err(reject)
    })
}

/// `browserSupportsWebAuthn()`: whether the browser has WebAuthn at all.
#[wasm_bindgen(js_name = browserSupportsWebAuthn)]
pub fn browser_supports_webauthn() -> bool {
    render::webauthn::browser_supports_webauthn()
}

/// `platformAuthenticatorIsAvailable()`: whether a platform authenticator (Touch ID, Windows
/// Hello, …) can verify the user.
#[wasm_bindgen(js_name = platformAuthenticatorIsAvailable)]
pub fn platform_authenticator_is_available() -> Promise {
    wasm_bindgen_futures::future_to_promise(async {
        Ok(JsValue::from_bool(
            render::webauthn::platform_authenticator_is_available().await,
        ))
    })
}

/// `browserSupportsWebAuthnAutofill()`: whether the browser offers passkeys in autofill.
#[wasm_bindgen(js_name = browserSupportsWebAuthnAutofill)]
pub fn browser_supports_webauthn_autofill() -> Promise {
    wasm_bindgen_futures::future_to_promise(async {
        Ok(JsValue::from_bool(
            render::webauthn::browser_supports_autofill().await,
        ))
    })
}
