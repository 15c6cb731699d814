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
        check_shape(Shape::Flow, &JsJson(flow.clone())).map_err(|(path, problem)| {
            Error::invalid_argument(format!("the flow is not a Kratos flow: `{path}` {problem}"))
        })?;
        // Through JSON text, not `serde_wasm_bindgen::from_value`: that conversion recurses
        // once per nesting level with no limit, so a flow nested 100,000 levels deep (a hostile
        // server's, tests/browser/hostile.test.mjs) overflowed the wasm stack and surfaced as a
        // bare RangeError. `JSON.stringify` fails cleanly on such depth, and serde_json stops
        // at its recursion limit (128) with an error.
        let text = js_sys::JSON::stringify(&flow)
            .ok()
            .and_then(|text| text.as_string())
            .ok_or_else(|| {
                Error::invalid_argument(
                    "the flow cannot be read: it is not serialisable as JSON (too deep, a cycle or a BigInt)".to_owned(),
                )
            })?;
        let flow: serde_json::Value = serde_json::from_str(&text)
            .map_err(|e| Error::invalid_argument(format!("the flow cannot be read: {e}")))?;
        Ok((
            flow,
            container(container_element)?,
            RenderOptions::from_js(&options)?,
        ))
    })();
    let (flow, container, options) = prepared.map_err(reject)?;
    render::render_flow(flow, container, options).map_err(reject)
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
