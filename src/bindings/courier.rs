//! `CourierApi`: the messages Kratos sent, as in the v1 clients (with the API key).
//!
//! Same style as `FrontendApi`: the names and request objects of `@ory/client-fetch`, resolving to
//! the parsed body (rejecting with `OryError`).

use js_sys::Promise;
use wasm_bindgen::prelude::*;

use super::Client;
use crate::endpoints::courier;

/// The `CourierApi` of the current clients.
#[wasm_bindgen(js_name = CourierApi)]
pub struct JsCourierApi {
    client: Client,
}

#[wasm_bindgen(js_class = CourierApi)]
impl JsCourierApi {
    /// `new CourierApi(new Configuration({ basePath, apiKey }))`; throws `OryError` on a bad
    /// configuration.
    #[wasm_bindgen(constructor)]
    pub fn new(configuration: JsValue) -> Result<JsCourierApi, JsValue> {
        Ok(Self {
            client: Client::new(&configuration)?,
        })
    }

    /// `GET /admin/courier/messages` — List Messages.
    #[wasm_bindgen(js_name = listCourierMessages)]
    pub fn list_courier_messages(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&courier::LIST_COURIER_MESSAGES, parameters, options)
    }
}
