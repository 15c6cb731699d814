//! `Client`: the one wasm class behind every API class of the npm package.
//!
//! The classes themselves (`FrontendApi`, `IdentityApi`, …, `V0alpha2Api`) are JavaScript,
//! generated from the endpoint declarations (`src/endpoints/`) into `js/api-*.js` by
//! `tests/js_surface.rs`: each method is one line that passes its operation's index in
//! [`crate::endpoints::all`] and a v1 request object to [`Client::call`], or, for
//! `V0alpha2Api`, its positional arguments gathered into such an object to
//! [`Client::positional`]. No operation has a wasm export of its own, so adding an endpoint
//! adds no glue, and a module holds only the declarations its classes can reach.

use std::rc::Rc;

use js_sys::{JsString, Object};
use wasm_bindgen::prelude::*;
use web_sys::{AbortSignal, Headers};

use super::{conclude, js, to_js, Failure};
use crate::config::Configuration;
use crate::endpoint::{build_request, Arguments, Endpoint, Platform};
use crate::error::Error;
use crate::js_words as word;
use crate::transport;

/// The operation at `index` in [`crate::endpoints::all`], among those this module holds: the
/// core module (feature `frontend` alone) holds only the self-service and session declarations,
/// which come first, and none of the admin ones.
fn operation(index: usize) -> Result<&'static Endpoint, Error> {
    let found = if cfg!(any(feature = "admin", feature = "v0alpha2")) {
        crate::endpoints::all().nth(index)
    } else {
        crate::endpoints::frontend::ALL.get(index).copied()
    };
    found.ok_or_else(|| {
        Error::invalid_argument("no such operation in this module of the package".to_owned())
    })
}

/// A configuration, validated once when an API class is constructed, and the calls made with it.
#[wasm_bindgen]
pub struct Client {
    config: Rc<Configuration>,
    /// Where this module runs, looked up once: it decides which headers a call may set.
    platform: Platform,
}

#[wasm_bindgen]
impl Client {
    /// `new Client(configuration)`; throws `OryError` on a bad configuration.
    #[wasm_bindgen(constructor)]
    pub fn new(configuration: JsValue) -> Result<Client, JsValue> {
        let config =
            js::configuration(&configuration).map_err(|error| to_js(Failure::from(error)))?;
        Ok(Self {
            config: Rc::new(config),
            platform: transport::platform(),
        })
    }

    /// The `fetch` of operation `index` called with a v1 request object (for `V0alpha2Api`, its
    /// positional arguments gathered into one): `{url, init, timeoutMs, signal}`, `init` without
    /// a signal. Throws `OryError` for bad arguments, a request that would leave the configured
    /// origin, or a signal that is already aborted.
    pub fn request(
        &self,
        index: usize,
        parameters: JsValue,
        options: JsValue,
    ) -> Result<JsValue, JsValue> {
        self.prepare(index, &parameters, &options)
            .map_err(|error| to_js(error.into()))
    }

    /// Reads the answer to operation `index`: the parsed body (`undefined` for none, the text
    /// for a text answer), or throws the `OryError` it means. (The `V0alpha2Api`'s
    /// `{data, status, headers}` is put together by js/send.js.)
    pub fn answer(
        &self,
        index: usize,
        status: u16,
        headers: Headers,
        text: JsString,
    ) -> Result<JsValue, JsValue> {
        let endpoint = operation(index).map_err(|error| to_js(error.into()))?;
        conclude(endpoint, status, headers, text).map_err(to_js)
    }

    /// The `OryError` of a `fetch` that did not get an answer: `kind` is `timeout` (after
    /// `timeout_ms`), `aborted`, `redirect` (with the redirect's `status`) or `network`, with
    /// what JavaScript threw.
    pub fn failure(&self, kind: &str, cause: JsValue, timeout_ms: u32, status: u16) -> JsValue {
        let error = match kind {
            "timeout" => Error::timeout(timeout_ms),
            "aborted" => Error::aborted(),
            "redirect" => Error::unexpected_redirect(status),
            _ => Error::network(&transport::describe(&cause)),
        };
        to_js(error.into())
    }
}

impl Client {
    fn prepare(
        &self,
        index: usize,
        parameters: &JsValue,
        options: &JsValue,
    ) -> Result<JsValue, Error> {
        let endpoint = operation(index)?;
        let arguments = arguments_from_object(endpoint, parameters)?;
        let (options, signal) = js::call_options(options)?;
        let request = build_request(&self.config, endpoint, &arguments, &options, self.platform)?;
        if signal.as_ref().is_some_and(AbortSignal::aborted) {
            return Err(Error::aborted());
        }
        let (url, init) = transport::prepare(&request)?;
        let prepared = Object::new();
        let set = |key, value: &JsValue| word::set(&prepared, key, value);
        set(&word::URL, &JsValue::from_str(&url));
        set(&word::INIT, &init);
        if let Some(ms) = request.timeout_ms {
            set(&word::TIMEOUT_MS, &JsValue::from(ms));
        }
        if let Some(signal) = signal {
            set(&word::SIGNAL, &signal);
        }
        Ok(prepared.into())
    }
}

fn arguments_from_object(endpoint: &Endpoint, parameters: &JsValue) -> Result<Arguments, Error> {
    if !(parameters.is_undefined() || parameters.is_null() || parameters.is_object()) {
        return Err(Error::invalid_argument(
            "the request parameters must be an object".to_owned(),
        ));
    }
    let mut values = Vec::with_capacity(endpoint.params.len());
    for param in endpoint.params {
        let name = param.js_name();
        values.push(
            js::get(parameters, &name)?
                .map(|value| js::param_value(&name, &value))
                .transpose()?,
        );
    }
    let body = match endpoint.body {
        Some(body) => js::get(parameters, body.name)?
            .map(|value| js::json_body(body.name, &value))
            .transpose()?,
        None => None,
    };
    Ok(Arguments { values, body })
}
