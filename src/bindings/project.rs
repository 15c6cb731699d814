//! `ProjectApi`: Ory Network projects, their members and API keys, as in Ory's current clients
//! (with a workspace API key).
//!
//! Same style as `FrontendApi`: the names and request objects of `@ory/client-fetch`, resolving to
//! the parsed body (rejecting with `OryError`).

use js_sys::Promise;
use wasm_bindgen::prelude::*;

use super::Client;
use crate::endpoints::project;

/// The `ProjectApi` of the current clients.
#[wasm_bindgen(js_name = ProjectApi)]
pub struct JsProjectApi {
    client: Client,
}

#[wasm_bindgen(js_class = ProjectApi)]
impl JsProjectApi {
    /// `new ProjectApi(new Configuration({ basePath, apiKey }))`; throws `OryError` on a bad
    /// configuration.
    #[wasm_bindgen(constructor)]
    pub fn new(configuration: JsValue) -> Result<JsProjectApi, JsValue> {
        Ok(Self {
            client: Client::new(&configuration)?,
        })
    }

    /// `GET /projects` — List All Projects.
    #[wasm_bindgen(js_name = listProjects)]
    pub fn list_projects(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&project::LIST_PROJECTS, parameters, options)
    }

    /// `POST /projects` — Create a Project.
    #[wasm_bindgen(js_name = createProject)]
    pub fn create_project(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&project::CREATE_PROJECT, parameters, options)
    }

    /// `DELETE /projects/{project_id}` — Irrecoverably Purge a Project.
    #[wasm_bindgen(js_name = purgeProject)]
    pub fn purge_project(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&project::PURGE_PROJECT, parameters, options)
    }

    /// `GET /projects/{project_id}` — Get a Project.
    #[wasm_bindgen(js_name = getProject)]
    pub fn get_project(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client.call(&project::GET_PROJECT, parameters, options)
    }

    /// `PATCH /projects/{project_id}` — Patch an Ory Cloud Project Configuration`.
    #[wasm_bindgen(js_name = patchProject)]
    pub fn patch_project(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&project::PATCH_PROJECT, parameters, options)
    }

    /// `PUT /projects/{project_id}` — Update an Ory Cloud Project Configuration.
    #[wasm_bindgen(js_name = setProject)]
    pub fn set_project(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client.call(&project::SET_PROJECT, parameters, options)
    }

    /// `GET /projects/{project_id}/members` — Get all members associated with this project.
    #[wasm_bindgen(js_name = getProjectMembers)]
    pub fn get_project_members(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&project::GET_PROJECT_MEMBERS, parameters, options)
    }

    /// `DELETE /projects/{project_id}/members/{member_id}` — Remove a member associated with this
    /// project. This also sets their invite status to `REMOVED`.
    #[wasm_bindgen(js_name = removeProjectMember)]
    pub fn remove_project_member(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&project::REMOVE_PROJECT_MEMBER, parameters, options)
    }

    /// `GET /projects/{project}/tokens` — List a Project's API Tokens.
    #[wasm_bindgen(js_name = listProjectApiKeys)]
    pub fn list_project_api_keys(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&project::LIST_PROJECT_API_KEYS, parameters, options)
    }

    /// `POST /projects/{project}/tokens` — Create API Token.
    #[wasm_bindgen(js_name = createProjectApiKey)]
    pub fn create_project_api_key(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&project::CREATE_PROJECT_API_KEY, parameters, options)
    }

    /// `DELETE /projects/{project}/tokens/{token_id}` — Delete API Token.
    #[wasm_bindgen(js_name = deleteProjectApiKey)]
    pub fn delete_project_api_key(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&project::DELETE_PROJECT_API_KEY, parameters, options)
    }
}
