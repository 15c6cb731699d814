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

use js_sys::{Object, Promise};
use wasm_bindgen::prelude::*;

use super::{execute, headers_object, js, set, to_js, Failure, Success};
use crate::config::Configuration;
use crate::endpoint::{Arguments, Endpoint};
use crate::error::Error;

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
        })
    }

    /// Calls operation `index` with a v1 request object, resolving to the parsed body.
    pub fn call(&self, index: usize, parameters: JsValue, options: JsValue) -> Promise {
        let arguments = operation(index)
            .and_then(|endpoint| Ok((endpoint, arguments_from_object(endpoint, &parameters)?)));
        self.spawn(arguments, options, |success| Ok(success.value))
    }

    /// Calls operation `index` for `V0alpha2Api`, resolving to `{data, status, headers}` as the
    /// axios client of that generation did. Its positional arguments were gathered into a v1
    /// request object by the generated method.
    #[cfg(feature = "v0alpha2")]
    pub fn positional(&self, index: usize, parameters: JsValue, options: JsValue) -> Promise {
        let arguments = operation(index)
            .and_then(|endpoint| Ok((endpoint, arguments_from_object(endpoint, &parameters)?)));
        self.spawn(arguments, options, |success| {
            let response = Object::new();
            set(&response, "data", &success.value);
            set(&response, "status", &JsValue::from(success.status));
            set(&response, "headers", &headers_object(&success.headers));
            Ok(response.into())
        })
    }
}

impl Client {
    fn spawn(
        &self,
        call: Result<(&'static Endpoint, Arguments), Error>,
        options: JsValue,
        finish: fn(Success) -> Result<JsValue, JsValue>,
    ) -> Promise {
        let config = self.config.clone();
        let prepared = call.and_then(|(endpoint, arguments)| {
            let (options, signal) = js::call_options(&options)?;
            Ok((endpoint, arguments, options, signal))
        });
        wasm_bindgen_futures::future_to_promise(async move {
            let (endpoint, arguments, options, signal) =
                prepared.map_err(|error| to_js(error.into()))?;
            match execute(&config, endpoint, &arguments, &options, signal.as_ref()).await {
                Ok(success) => finish(success),
                Err(failure) => Err(to_js(failure)),
            }
        })
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
