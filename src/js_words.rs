//! The JavaScript strings every call uses: object keys of the `fetch` init and of the answers'
//! shape check, and the constant values of a request.
//!
//! Passing a Rust `&str` to JavaScript decodes it with a `TextDecoder` on every crossing. A call
//! made 15-50 of these (one per node of a settings flow for `attributes` alone); in a CPU profile
//! of the per-call benchmark (stubbed `fetch`) the decoding was the largest part of the SDK's own
//! cost. These words are wasm-bindgen `static_string` constants instead: JavaScript strings made
//! once, when the module is instantiated, that wasm reads from a fixed slot of its reference
//! table. Measured with this module, the SDK's own cost of toSession / getLoginFlow /
//! getSettingsFlow went from 13 / 19 / 22 µs to 9 / 11 / 14 µs (client-fetch: 9 / 10 / 13), for
//! 0.4 KiB gzip more in the core module.

use js_sys::{JsString, Object, Reflect};
use wasm_bindgen::prelude::*;

// `tt`, not `literal`: wasm-bindgen reads the string of a static only from a bare literal token.
macro_rules! words {
    ($($name:ident = $text:tt;)*) => {
        #[wasm_bindgen]
        extern "C" {
            $(
                #[wasm_bindgen(thread_local_v2, static_string)]
                pub(crate) static $name: JsString = $text;
            )*
        }
    };
}

/// One of the words below, to pass to JavaScript.
pub(crate) type Word = wasm_bindgen::JsThreadLocal<JsString>;

/// `word` as a JavaScript value.
pub(crate) fn value(word: &'static Word) -> JsValue {
    word.with(|word| JsValue::from(word))
}

/// `object[key] = value` on an object of our own (a plain object: setting cannot fail).
pub(crate) fn set(object: &Object, key: &'static Word, value: &JsValue) {
    key.with(|key| Reflect::set(object, key, value)).ok();
}

/// `text` as a JavaScript string: the member names the shape check reads (one of them on every
/// node of a flow), the most common parameter (`id`), and the method and headers of most
/// requests without a decode; any other text decoded as usual.
pub(crate) fn text(text: &str) -> JsValue {
    match text {
        "id" => value(&ID),
        "ui" => value(&UI),
        "nodes" => value(&NODES),
        "attributes" => value(&ATTRIBUTES),
        "GET" => value(&GET),
        "POST" => value(&POST),
        "Accept" => value(&ACCEPT),
        "Content-Type" => value(&CONTENT_TYPE_NAME),
        "application/json" => value(&APPLICATION_JSON),
        _ => JsValue::from_str(text),
    }
}

words! {
    // The members of the shape check (`crate::endpoint::check_shape`).
    ID = "id";
    UI = "ui";
    NODES = "nodes";
    ATTRIBUTES = "attributes";
    // The `fetch` init (`crate::transport::prepare`) and what a prepared call hands js/send.js.
    METHOD = "method";
    CREDENTIALS = "credentials";
    REDIRECT = "redirect";
    CACHE = "cache";
    HEADERS = "headers";
    BODY = "body";
    URL = "url";
    INIT = "init";
    TIMEOUT_MS = "timeoutMs";
    SIGNAL = "signal";
    INCLUDE = "include";
    SAME_ORIGIN = "same-origin";
    OMIT = "omit";
    MANUAL = "manual";
    NO_STORE = "no-store";
    GET = "GET";
    POST = "POST";
    ACCEPT = "Accept";
    CONTENT_TYPE_NAME = "Content-Type";
    APPLICATION_JSON = "application/json";
    // The header every answer is read by (`crate::transport::content_type`).
    CONTENT_TYPE = "content-type";
}
