//! `WellknownApi`: the public JSON Web Keys (`/.well-known/jwks.json`), as in Ory's current
//! clients.
//!
//! Same style as `FrontendApi`: the names and request objects of `@ory/client-fetch`, resolving to
//! the parsed body (rejecting with `OryError`).

use js_sys::Promise;
use wasm_bindgen::prelude::*;

use super::Client;
use crate::endpoints::jwk;

/// The `WellknownApi` of the current clients.
#[wasm_bindgen(js_name = WellknownApi)]
pub struct JsWellknownApi {
    client: Client,
}

#[wasm_bindgen(js_class = WellknownApi)]
impl JsWellknownApi {
    /// `new WellknownApi(new Configuration({ basePath, apiKey }))`; throws `OryError` on a bad
    /// configuration.
    #[wasm_bindgen(constructor)]
    pub fn new(configuration: JsValue) -> Result<JsWellknownApi, JsValue> {
        Ok(Self {
            client: Client::new(&configuration)?,
        })
    }

    /// `GET /.well-known/jwks.json` — Discover JSON Web Keys.
    #[wasm_bindgen(js_name = discoverJsonWebKeys)]
    pub fn discover_json_web_keys(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&jwk::DISCOVER_JSON_WEB_KEYS, parameters, options)
    }
}
