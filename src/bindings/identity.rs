//! `IdentityApi`: identity administration, as in the v1 clients — identities, their sessions,
//! session extension, recovery codes and links (with the API key), and the identity schemas.
//!
//! Same style as `FrontendApi`: the names and request objects of `@ory/client-fetch`, resolving to
//! the parsed body (rejecting with `OryError`).

use js_sys::Promise;
use wasm_bindgen::prelude::*;

use super::Client;
use crate::endpoints::{frontend, identity};

/// The `IdentityApi` of the current clients.
#[wasm_bindgen(js_name = IdentityApi)]
pub struct JsIdentityApi {
    client: Client,
}

#[wasm_bindgen(js_class = IdentityApi)]
impl JsIdentityApi {
    /// `new IdentityApi(new Configuration({ basePath, apiKey }))`; throws `OryError` on a bad
    /// configuration.
    #[wasm_bindgen(constructor)]
    pub fn new(configuration: JsValue) -> Result<JsIdentityApi, JsValue> {
        Ok(Self {
            client: Client::new(&configuration)?,
        })
    }

    /// `GET /admin/identities` — List Identities.
    #[wasm_bindgen(js_name = listIdentities)]
    pub fn list_identities(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&identity::LIST_IDENTITIES, parameters, options)
    }

    /// `POST /admin/identities` — Create an Identity.
    #[wasm_bindgen(js_name = createIdentity)]
    pub fn create_identity(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&identity::CREATE_IDENTITY, parameters, options)
    }

    /// `DELETE /admin/identities/{id}` — Delete an Identity.
    #[wasm_bindgen(js_name = deleteIdentity)]
    pub fn delete_identity(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&identity::DELETE_IDENTITY, parameters, options)
    }

    /// `GET /admin/identities/{id}` — Get an Identity.
    #[wasm_bindgen(js_name = getIdentity)]
    pub fn get_identity(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&identity::GET_IDENTITY, parameters, options)
    }

    /// `PATCH /admin/identities/{id}` — Patch an Identity.
    #[wasm_bindgen(js_name = patchIdentity)]
    pub fn patch_identity(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&identity::PATCH_IDENTITY, parameters, options)
    }

    /// `PUT /admin/identities/{id}` — Update an Identity.
    #[wasm_bindgen(js_name = updateIdentity)]
    pub fn update_identity(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&identity::UPDATE_IDENTITY, parameters, options)
    }

    /// `DELETE /admin/identities/{id}/sessions` — Delete & Invalidate an Identity's Sessions.
    #[wasm_bindgen(js_name = deleteIdentitySessions)]
    pub fn delete_identity_sessions(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&identity::DELETE_IDENTITY_SESSIONS, parameters, options)
    }

    /// `GET /admin/identities/{id}/sessions` — List an Identity's Sessions.
    #[wasm_bindgen(js_name = listIdentitySessions)]
    pub fn list_identity_sessions(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&identity::LIST_IDENTITY_SESSIONS, parameters, options)
    }

    /// `POST /admin/recovery/code` — Create a Recovery Code.
    #[wasm_bindgen(js_name = createRecoveryCodeForIdentity)]
    pub fn create_recovery_code_for_identity(
        &self,
        parameters: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client.call(
            &identity::CREATE_RECOVERY_CODE_FOR_IDENTITY,
            parameters,
            options,
        )
    }

    /// `POST /admin/recovery/link` — Create a Recovery Link.
    #[wasm_bindgen(js_name = createRecoveryLinkForIdentity)]
    pub fn create_recovery_link_for_identity(
        &self,
        parameters: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client.call(
            &identity::CREATE_RECOVERY_LINK_FOR_IDENTITY,
            parameters,
            options,
        )
    }

    /// `PATCH /admin/sessions/{id}/extend` — Extend a Session.
    #[wasm_bindgen(js_name = extendSession)]
    pub fn extend_session(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&identity::EXTEND_SESSION, parameters, options)
    }

    /// `GET /schemas` — Get all Identity Schemas (no credentials; declared in `frontend`).
    #[wasm_bindgen(js_name = listIdentitySchemas)]
    pub fn list_identity_schemas(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&frontend::LIST_IDENTITY_SCHEMAS, parameters, options)
    }

    /// `GET /schemas/{id}` — Get Identity JSON Schema (no credentials; declared in `frontend`).
    #[wasm_bindgen(js_name = getIdentitySchema)]
    pub fn get_identity_schema(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&frontend::GET_IDENTITY_SCHEMA, parameters, options)
    }
}
