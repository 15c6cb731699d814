//! `OidcApi`: OpenID Connect as in Ory's current clients — discovery, dynamic client registration,
//! userinfo and front/back-channel logout.
//!
//! Same style as `FrontendApi`: the names and request objects of `@ory/client-fetch`, resolving to
//! the parsed body (rejecting with `OryError`).

use js_sys::Promise;
use wasm_bindgen::prelude::*;

use super::Client;
use crate::endpoints::oauth2;

/// The `OidcApi` of the current clients.
#[wasm_bindgen(js_name = OidcApi)]
pub struct JsOidcApi {
    client: Client,
}

#[wasm_bindgen(js_class = OidcApi)]
impl JsOidcApi {
    /// `new OidcApi(new Configuration({ basePath, apiKey }))`; throws `OryError` on a bad
    /// configuration.
    #[wasm_bindgen(constructor)]
    pub fn new(configuration: JsValue) -> Result<JsOidcApi, JsValue> {
        Ok(Self {
            client: Client::new(&configuration)?,
        })
    }

    /// `GET /.well-known/openid-configuration` — OpenID Connect Discovery.
    #[wasm_bindgen(js_name = discoverOidcConfiguration)]
    pub fn discover_oidc_configuration(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&oauth2::DISCOVER_OIDC_CONFIGURATION, parameters, options)
    }

    /// `POST /oauth2/register` — Register an OAuth 2.0 Client using the OpenID / OAuth2 Dynamic
    /// Client Registration Management Protocol.
    #[wasm_bindgen(js_name = createOidcDynamicClient)]
    pub fn create_oidc_dynamic_client(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&oauth2::CREATE_OIDC_DYNAMIC_CLIENT, parameters, options)
    }

    /// `DELETE /oauth2/register/{id}` — Deletes an OAuth 2.0 Client using the OpenID / OAuth2
    /// Dynamic Client Registration Management Protocol.
    #[wasm_bindgen(js_name = deleteOidcDynamicClient)]
    pub fn delete_oidc_dynamic_client(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&oauth2::DELETE_OIDC_DYNAMIC_CLIENT, parameters, options)
    }

    /// `GET /oauth2/register/{id}` — Get an OAuth 2.0 Client using the OpenID / OAuth2 Dynamic
    /// Client Registration Management Protocol.
    #[wasm_bindgen(js_name = getOidcDynamicClient)]
    pub fn get_oidc_dynamic_client(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&oauth2::GET_OIDC_DYNAMIC_CLIENT, parameters, options)
    }

    /// `PUT /oauth2/register/{id}` — Update an OAuth 2.0 Client using the OpenID / OAuth2 Dynamic
    /// Client Registration Management Protocol.
    #[wasm_bindgen(js_name = setOidcDynamicClient)]
    pub fn set_oidc_dynamic_client(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&oauth2::SET_OIDC_DYNAMIC_CLIENT, parameters, options)
    }

    /// `GET /oauth2/sessions/logout` — OpenID Connect Front- or Back-channel Enabled Logout.
    #[wasm_bindgen(js_name = revokeOidcSession)]
    pub fn revoke_oidc_session(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&oauth2::REVOKE_OIDC_SESSION, parameters, options)
    }

    /// `GET /userinfo` — OpenID Connect Userinfo.
    #[wasm_bindgen(js_name = getOidcUserInfo)]
    pub fn get_oidc_user_info(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&oauth2::GET_OIDC_USER_INFO, parameters, options)
    }
}
