//! The JavaScript surface of the npm package (wasm32 only).
//!
//! Each exported method converts its arguments, calls the shared machinery and converts the
//! result; nothing else happens here. Successful JSON answers are handed to the caller as the
//! object `JSON.parse` makes of the body — after the shape check — so the caller gets exactly
//! what the server sent: no field dropped, no `null` removed, timestamps as sent.

// Each part of the surface is a crate feature, built into a wasm module of its own for the npm
// package (scripts/build.mjs); a module uses only part of the shared machinery below.
#![cfg_attr(
    not(all(
        feature = "frontend",
        feature = "v0alpha2",
        feature = "admin",
        feature = "render"
    )),
    allow(dead_code, unused_imports)
)]

#[cfg(any(feature = "frontend", feature = "v0alpha2", feature = "admin"))]
mod client;
pub(crate) mod js;
#[cfg(feature = "admin")]
mod oauth2_pkce;
#[cfg(feature = "render")]
mod render;
#[cfg(feature = "render")]
mod webauthn;

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;
use web_sys::{Headers, ResponseInit};

use crate::answer::{self, Body, Rejected};
use crate::endpoint::Endpoint;
use crate::error::{Error, ErrorKind};
use crate::json_view::JsonView;
use crate::transport;
use js::JsJson;

#[wasm_bindgen]
extern "C" {
    /// `JSON.parse` on the body as JavaScript has it: the text never travels into wasm memory
    /// and back (js-sys' binding takes a Rust `&str`, which would copy it twice).
    #[wasm_bindgen(catch, js_namespace = JSON, js_name = parse)]
    fn parse_json(text: &js_sys::JsString) -> Result<JsValue, JsValue>;
}

#[wasm_bindgen(module = "/js/error.js")]
extern "C" {
    #[wasm_bindgen(js_name = OryError)]
    type JsOryError;
    #[wasm_bindgen(constructor, js_class = "OryError")]
    fn new(message: &str, fields: &Object) -> JsOryError;
}

/// A failure on its way to JavaScript: the error, plus the body as JavaScript saw it.
pub(crate) struct Failure {
    error: Error,
    body: JsValue,
    text: Option<js_sys::JsString>,
    headers: Option<Headers>,
}

impl From<Error> for Failure {
    fn from(error: Error) -> Self {
        Self {
            error,
            body: JsValue::UNDEFINED,
            text: None,
            headers: None,
        }
    }
}

/// What the answer to `endpoint` means: its value, or the failure to reject with.
fn conclude(
    endpoint: &Endpoint,
    status: u16,
    headers: Headers,
    text: js_sys::JsString,
) -> Result<JsValue, Failure> {
    let content_type = transport::content_type(&headers);
    let parse = || {
        parse_json(&text)
            .map(JsJson)
            .map_err(|e| transport::describe(&e))
    };
    match answer::read(endpoint, status, &content_type, parse) {
        Ok(body) => Ok(match body {
            Body::Nothing => JsValue::UNDEFINED,
            Body::Text => text.into(),
            Body::Json(value) => value.0,
        }),
        // A 2xx answer that is not what the operation sends: an error without a response.
        Err(rejected) if (200..300).contains(&status) => Err(rejected.error.into()),
        Err(Rejected { error, body }) => Err(Failure {
            error,
            body: body.map_or_else(|| text.clone().into(), |body| body.0),
            text: Some(text),
            headers: Some(headers),
        }),
    }
}

fn set(object: &Object, key: &str, value: &JsValue) {
    // Setting a data property on a fresh plain object cannot fail.
    let _ = Reflect::set(object, &JsValue::from_str(key), value);
}

fn set_text(object: &Object, key: &str, value: &Option<String>) {
    if let Some(value) = value {
        set(object, key, &JsValue::from_str(value));
    }
}

/// Builds the `OryError` a failed call rejects with.
pub(crate) fn to_js(failure: Failure) -> JsValue {
    let Failure {
        error,
        body,
        text,
        headers,
    } = failure;
    let fields = Object::new();
    set(&fields, "kind", &JsValue::from_str(error.kind.as_str()));
    set(&fields, "status", &JsValue::from(error.status));
    set(&fields, "body", &body);
    set_text(&fields, "errorId", &error.error_id);
    set_text(&fields, "reason", &error.reason);
    set_text(&fields, "useFlowId", &error.use_flow_id);
    set_text(&fields, "redirectBrowserTo", &error.redirect_browser_to);
    if let Some(details) = JsJson(body.clone())
        .member("error")
        .and_then(|e| e.member("details"))
    {
        set(&fields, "details", &details.0);
    }
    if error.kind == ErrorKind::FlowValidation {
        set(&fields, "flow", &body);
    }
    if let Some(text) = text {
        // A Fetch `Response` rebuilt from the body, as `@ory/client-fetch` errors carry one,
        // with the axios client's `data` beside it.
        let init = ResponseInit::new();
        init.set_status(error.status);
        if let Some(headers) = &headers {
            init.set_headers(headers);
        }
        if let Ok(response) =
            web_sys::Response::new_with_opt_str_and_init(Some(&String::from(&text)), &init)
        {
            set(response.unchecked_ref(), "data", &body);
            set(&fields, "response", &response.into());
        }
    }
    JsOryError::new(&error.message, &fields).into()
}
