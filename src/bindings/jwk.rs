//! `JwkApi`: JSON Web Key sets, as in Ory's current clients (with the API key).
//!
//! Same style as `FrontendApi`: the names and request objects of `@ory/client-fetch`, resolving to
//! the parsed body (rejecting with `OryError`).

use js_sys::Promise;
use wasm_bindgen::prelude::*;

use super::Client;
use crate::endpoints::jwk;

/// The `JwkApi` of the current clients.
#[wasm_bindgen(js_name = JwkApi)]
pub struct JsJwkApi {
    client: Client,
}

#[wasm_bindgen(js_class = JwkApi)]
impl JsJwkApi {
    /// `new JwkApi(new Configuration({ basePath, apiKey }))`; throws `OryError` on a bad
    /// configuration.
    #[wasm_bindgen(constructor)]
    pub fn new(configuration: JsValue) -> Result<JsJwkApi, JsValue> {
        Ok(Self {
            client: Client::new(&configuration)?,
        })
    }

    /// `DELETE /admin/keys/{set}` — Delete a JSON Web Key Set.
    #[wasm_bindgen(js_name = deleteJsonWebKeySet)]
    pub fn delete_json_web_key_set(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&jwk::DELETE_JSON_WEB_KEY_SET, parameters, options)
    }

    /// `GET /admin/keys/{set}` — Retrieve a JSON Web Key Set.
    #[wasm_bindgen(js_name = getJsonWebKeySet)]
    pub fn get_json_web_key_set(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&jwk::GET_JSON_WEB_KEY_SET, parameters, options)
    }

    /// `POST /admin/keys/{set}` — Generate a New JSON Web Key.
    #[wasm_bindgen(js_name = createJsonWebKeySet)]
    pub fn create_json_web_key_set(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&jwk::CREATE_JSON_WEB_KEY_SET, parameters, options)
    }

    /// `PUT /admin/keys/{set}` — Update a JSON Web Key Set.
    #[wasm_bindgen(js_name = setJsonWebKeySet)]
    pub fn set_json_web_key_set(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&jwk::SET_JSON_WEB_KEY_SET, parameters, options)
    }

    /// `DELETE /admin/keys/{set}/{kid}` — Delete a JSON Web Key.
    #[wasm_bindgen(js_name = deleteJsonWebKey)]
    pub fn delete_json_web_key(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&jwk::DELETE_JSON_WEB_KEY, parameters, options)
    }

    /// `GET /admin/keys/{set}/{kid}` — Fetch a JSON Web Key.
    #[wasm_bindgen(js_name = getJsonWebKey)]
    pub fn get_json_web_key(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&jwk::GET_JSON_WEB_KEY, parameters, options)
    }

    /// `PUT /admin/keys/{set}/{kid}` — Update a JSON Web Key.
    #[wasm_bindgen(js_name = setJsonWebKey)]
    pub fn set_json_web_key(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&jwk::SET_JSON_WEB_KEY, parameters, options)
    }
}
