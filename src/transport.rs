//! The `fetch` transport (wasm32 only).
//!
//! Built on `web-sys` directly rather than `gloo-net`: gloo-net's `send()` panics when the
//! global `fetch` resolves to something that is not a `Response` (a polyfill or a test
//! double), and a panic would kill the module for the whole page. Here every outcome of
//! `fetch` is an [`Error`].
//!
//! `fetch` is looked up on the global object, so the same code runs in pages, workers and
//! Node 20+.

use std::cell::Cell;
use std::rc::Rc;

use js_sys::{Array, Function, JsString, Object, Promise};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, AbortSignal, Headers, RequestInit, Response};

use crate::config::Credentials;
use crate::endpoint::{HttpRequest, Platform};
use crate::error::Error;
use crate::js_words as word;
use crate::url::is_same_origin_path;
use crate::url::HttpUrl;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_name = fetch)]
    fn global_fetch(url: &str, init: &RequestInit) -> Result<Promise, JsValue>;
    #[wasm_bindgen(catch, js_name = setTimeout)]
    fn set_timeout(callback: &Function, ms: i32) -> Result<JsValue, JsValue>;
    /// `Headers`, for a `get` with the name as a JavaScript string (web-sys' takes a `&str`).
    #[wasm_bindgen(js_name = Headers)]
    type HeaderList;
    #[wasm_bindgen(method, catch, js_name = get)]
    fn get(this: &HeaderList, name: &JsString) -> Result<Option<String>, JsValue>;
    #[wasm_bindgen(catch, js_name = clearTimeout)]
    fn clear_timeout(handle: &JsValue) -> Result<(), JsValue>;
    /// `globalThis` (every runtime this SDK supports has it): one import, where
    /// `js_sys::global()` brings four probes for older ones.
    #[wasm_bindgen(thread_local_v2, js_name = globalThis)]
    static GLOBAL_THIS: JsValue;
}

/// An HTTP answer whose body has been read as text.
pub struct RawResponse {
    /// The HTTP status.
    pub status: u16,
    /// The response headers.
    pub headers: Headers,
    /// The body, kept as a JavaScript string so that the npm package can hand it to
    /// `JSON.parse` without a copy through wasm memory.
    pub body: JsString,
}

impl RawResponse {
    /// The `Content-Type` header, lower-cased.
    pub fn content_type(&self) -> String {
        content_type(&self.headers)
    }

    /// Whether the body is declared as JSON (`application/json`, `application/problem+json`).
    pub fn is_json(&self) -> bool {
        crate::answer::is_json(&self.content_type())
    }
}

/// The `Content-Type` of `headers`, lower-cased (empty when there is none).
pub fn content_type(headers: &Headers) -> String {
    word::CONTENT_TYPE
        .with(|name| headers.unchecked_ref::<HeaderList>().get(name))
        .ok()
        .flatten()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// Where this module runs: a browser (page or worker) or a server runtime.
pub fn platform() -> Platform {
    let has = |name: &str| {
        GLOBAL_THIS
            .with(|global| js_sys::Reflect::has(global, &JsValue::from_str(name)))
            .unwrap_or(false)
    };
    // Pages have `document`; workers have `importScripts`. Node, Deno and edge runtimes have
    // neither and let a caller set any header, including `Cookie`.
    if has("document") || has("importScripts") {
        Platform::Browser
    } else {
        Platform::Server
    }
}

/// Sends `request`, honouring the caller's `signal` and the request's timeout.
pub async fn send(
    request: &HttpRequest,
    signal: Option<&AbortSignal>,
) -> Result<RawResponse, Error> {
    if signal.is_some_and(AbortSignal::aborted) {
        return Err(Error::aborted());
    }
    let (url, init) = prepare(request)?;
    let controller = AbortController::new().map_err(|e| Error::network(&describe(&e)))?;
    let timed_out = Rc::new(Cell::new(false));

    // The caller's signal and the timeout both abort our own controller; the flags tell
    // afterwards which of them did.
    let forward_abort = {
        let controller = controller.clone();
        Closure::<dyn FnMut()>::new(move || controller.abort())
    };
    if let Some(signal) = signal {
        // Removed again below; failing to add it only loses the ability to abort.
        let _ = signal
            .add_event_listener_with_callback("abort", forward_abort.as_ref().unchecked_ref());
    }
    let on_timeout = {
        let controller = controller.clone();
        let timed_out = timed_out.clone();
        Closure::<dyn FnMut()>::new(move || {
            timed_out.set(true);
            controller.abort();
        })
    };
    let timer = match request.timeout_ms {
        Some(ms) => Some(
            set_timeout(
                on_timeout.as_ref().unchecked_ref(),
                i32::try_from(ms).unwrap_or(i32::MAX),
            )
            .map_err(|e| Error::network(&describe(&e)))?,
        ),
        None => None,
    };

    init.set_signal(Some(&controller.signal()));
    let outcome = fetch_text(&url, &init).await;

    if let Some(timer) = timer {
        let _ = clear_timeout(&timer);
    }
    if let Some(signal) = signal {
        let _ = signal
            .remove_event_listener_with_callback("abort", forward_abort.as_ref().unchecked_ref());
    }
    // Dropping the closures only after the timer is cleared and the listener removed: a
    // dropped closure must never be called by JavaScript.
    drop(forward_abort);
    drop(on_timeout);

    outcome.map_err(|failure| match failure {
        Failure::Redirect(status) => Error::unexpected_redirect(status),
        Failure::Thrown(_) if timed_out.get() => {
            Error::timeout(request.timeout_ms.unwrap_or_default())
        }
        Failure::Thrown(_) if signal.is_some_and(AbortSignal::aborted) => Error::aborted(),
        Failure::Thrown(description) => Error::network(&description),
    })
}

/// Why `fetch_text` failed.
enum Failure {
    /// JavaScript threw or rejected; what it said.
    Thrown(String),
    /// The server redirected (status 0 for a browser's opaque redirect).
    Redirect(u16),
}

impl From<String> for Failure {
    fn from(description: String) -> Self {
        Self::Thrown(description)
    }
}

/// The `fetch` arguments of `request`: its URL, checked by [`destination`], and the init without
/// a signal. The JavaScript API classes run the `fetch` of these themselves (js/send.js); the
/// Rust API through [`send`].
pub fn prepare(request: &HttpRequest) -> Result<(String, RequestInit), Error> {
    let url = destination(&request.url)?;
    // A plain object, as a `RequestInit` is: one `Reflect.set` per member is the module's only
    // import for it (the typed setters and a `Headers` would be eight).
    let init = Object::new();
    let set = |key, value: &JsValue| word::set(&init, key, value);
    set(&word::METHOD, &word::text(request.method.as_str()));
    set(
        &word::CREDENTIALS,
        &word::value(match request.credentials {
            Credentials::Include => &word::INCLUDE,
            Credentials::SameOrigin => &word::SAME_ORIGIN,
            Credentials::Omit => &word::OMIT,
        }),
    );
    // Kratos answers JSON requests without redirects. A redirect would be a misconfigured or
    // hostile server steering the (credentialed) request elsewhere: it becomes an error.
    set(&word::REDIRECT, &word::value(&word::MANUAL));
    // A session check or a flow must never come from the HTTP cache (a cached whoami after a
    // logout would be a lie), whatever headers a proxy in between sends.
    set(&word::CACHE, &word::value(&word::NO_STORE));
    // `[name, value]` pairs: `fetch` appends them in order, as `Headers.append` would.
    let headers = Array::new();
    for (name, value) in &request.headers {
        headers.push(&Array::of2(&word::text(name), &word::text(value)));
    }
    set(&word::HEADERS, &headers);
    if let Some(body) = &request.body {
        set(&word::BODY, &JsValue::from_str(body));
    }
    Ok((url, init.unchecked_into()))
}

/// `fetch` + `text()`.
async fn fetch_text(url: &str, init: &RequestInit) -> Result<RawResponse, Failure> {
    let promise = global_fetch(url, init).map_err(|e| describe(&e))?;
    let answer = JsFuture::from(promise).await.map_err(|e| describe(&e))?;
    let response: Response = answer
        .dyn_into()
        .map_err(|_| "fetch resolved to something that is not a Response".to_owned())?;
    if response.type_() == web_sys::ResponseType::Opaqueredirect
        || (300..400).contains(&response.status())
    {
        return Err(Failure::Redirect(response.status()));
    }
    let text_promise = response.text().map_err(|e| describe(&e))?;
    let text = JsFuture::from(text_promise)
        .await
        .map_err(|e| describe(&e))?;
    let body: JsString = text
        .dyn_into()
        .map_err(|_| "the body is not text".to_owned())?;
    Ok(RawResponse {
        status: response.status(),
        headers: response.headers(),
        body,
    })
}

/// The URL `fetch` is given for `url`, checked with the browser's own URL parser (the WHATWG
/// parser `fetch` uses), so that the request goes to the origin this SDK thinks it does.
///
/// - An absolute URL must be one [`HttpUrl::parse`] accepts, and the browser must read the same
///   origin from it.
/// - A same-origin path is made absolute against `location.href` here. Left relative, `fetch`
///   would resolve it against the *document's base URL*, which a `<base href>` injected into
///   the page moves to any origin — and the session cookie would go along. The result must have
///   the page's origin. Without a `location` (Node, Deno) the path is passed on as it is, and
///   `fetch` refuses it as it always did.
fn destination(url: &str) -> Result<String, Error> {
    let leaves = || {
        Error::invalid_argument(
            "the request URL would leave the configured origin; check the basePath".to_owned(),
        )
    };
    if is_same_origin_path(url) {
        let Some(page) = page_url() else {
            return Ok(url.to_owned());
        };
        let resolved = web_sys::Url::new_with_base(url, &page.href()).map_err(|_| leaves())?;
        if resolved.origin() != page.origin() {
            return Err(leaves());
        }
        return Ok(resolved.href());
    }
    let ours = HttpUrl::parse(url).ok_or_else(leaves)?;
    let browsers = web_sys::Url::new(url).map_err(|_| leaves())?;
    if browsers.origin() != ours.origin().to_string() {
        return Err(leaves());
    }
    Ok(url.to_owned())
}

/// The URL of the page or worker this module runs in (`location.href`), if it has one.
pub fn page_url() -> Option<web_sys::Url> {
    let location = GLOBAL_THIS
        .with(|global| js_sys::Reflect::get(global, &JsValue::from_str("location")))
        .ok()?;
    if location.is_undefined() || location.is_null() {
        return None;
    }
    let href = js_sys::Reflect::get(&location, &JsValue::from_str("href"))
        .ok()?
        .as_string()?;
    web_sys::Url::new(&href).ok()
}

/// What a JavaScript exception says, for an error message.
pub fn describe(value: &JsValue) -> String {
    if let Some(error) = value.dyn_ref::<js_sys::Error>() {
        let name = String::from(error.name());
        let message = String::from(error.message());
        return if message.is_empty() {
            name
        } else {
            format!("{name}: {message}")
        };
    }
    value
        .as_string()
        .unwrap_or_else(|| "an unknown JavaScript error".to_owned())
}
