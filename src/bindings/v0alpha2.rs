//! `V0alpha2Api`: the same operations under the names of the older API generation, with the
//! old axios client's positional arguments, resolving to `{data, status, headers}` as it did.

use js_sys::Promise;
use wasm_bindgen::prelude::*;

use super::Client;
use crate::endpoints::frontend as ep;

mod admin;

/// The `V0alpha2Api` of Kratos v0.10 and the Ory Cloud clients of 2022.
#[wasm_bindgen(js_name = V0alpha2Api)]
pub struct JsV0alpha2Api {
    client: Client,
}

#[wasm_bindgen(js_class = V0alpha2Api)]
impl JsV0alpha2Api {
    /// `new V0alpha2Api(new Configuration({ basePath }))`; throws `OryError` on a bad configuration.
    #[wasm_bindgen(constructor)]
    pub fn new(configuration: JsValue) -> Result<JsV0alpha2Api, JsValue> {
        Ok(Self {
            client: Client::new(&configuration)?,
        })
    }

    /// `GET /.well-known/ory/webauthn.js` — Get WebAuthn JavaScript.
    #[wasm_bindgen(js_name = getWebAuthnJavaScript)]
    pub fn get_web_authn_java_script(&self, options: JsValue) -> Promise {
        self.client
            .call_positional(&ep::GET_WEB_AUTHN_JAVA_SCRIPT, &[], options)
    }

    /// `GET /schemas` — Get all Identity Schemas.
    #[wasm_bindgen(js_name = listIdentitySchemas)]
    pub fn list_identity_schemas(
        &self,
        per_page: JsValue,
        page: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client
            .call_positional(&ep::LIST_IDENTITY_SCHEMAS, &[per_page, page], options)
    }

    /// `GET /schemas/{id}` — Get Identity JSON Schema.
    #[wasm_bindgen(js_name = getJsonSchema)]
    pub fn get_json_schema(&self, id: JsValue, options: JsValue) -> Promise {
        self.client
            .call_positional(&ep::GET_IDENTITY_SCHEMA, &[id], options)
    }

    /// `GET /self-service/errors` — Get User-Flow Errors.
    #[wasm_bindgen(js_name = getSelfServiceError)]
    pub fn get_self_service_error(&self, id: JsValue, options: JsValue) -> Promise {
        self.client
            .call_positional(&ep::GET_FLOW_ERROR, &[id], options)
    }

    /// `GET /self-service/login/browser` — Create Login Flow for Browsers.
    #[wasm_bindgen(js_name = initializeSelfServiceLoginFlowForBrowsers)]
    pub fn initialize_self_service_login_flow_for_browsers(
        &self,
        refresh: JsValue,
        aal: JsValue,
        return_to: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client.call_positional(
            &ep::CREATE_BROWSER_LOGIN_FLOW,
            &[refresh, aal, return_to],
            options,
        )
    }

    /// `GET /self-service/login/api` — Create Login Flow for Native Apps.
    #[wasm_bindgen(js_name = initializeSelfServiceLoginFlowWithoutBrowser)]
    pub fn initialize_self_service_login_flow_without_browser(
        &self,
        refresh: JsValue,
        aal: JsValue,
        x_session_token: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client.call_positional(
            &ep::CREATE_NATIVE_LOGIN_FLOW,
            &[refresh, aal, x_session_token],
            options,
        )
    }

    /// `GET /self-service/login/flows` — Get Login Flow.
    #[wasm_bindgen(js_name = getSelfServiceLoginFlow)]
    pub fn get_self_service_login_flow(
        &self,
        id: JsValue,
        cookie: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client
            .call_positional(&ep::GET_LOGIN_FLOW, &[id, cookie], options)
    }

    /// `POST /self-service/login` — Submit a Login Flow.
    #[wasm_bindgen(js_name = submitSelfServiceLoginFlow)]
    pub fn submit_self_service_login_flow(
        &self,
        flow: JsValue,
        body: JsValue,
        x_session_token: JsValue,
        cookie: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client.call_positional(
            &ep::UPDATE_LOGIN_FLOW,
            &[flow, body, x_session_token, cookie],
            options,
        )
    }

    /// `GET /self-service/registration/browser` — Create Registration Flow for Browsers.
    #[wasm_bindgen(js_name = initializeSelfServiceRegistrationFlowForBrowsers)]
    pub fn initialize_self_service_registration_flow_for_browsers(
        &self,
        return_to: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client
            .call_positional(&ep::CREATE_BROWSER_REGISTRATION_FLOW, &[return_to], options)
    }

    /// `GET /self-service/registration/api` — Create Registration Flow for Native Apps.
    #[wasm_bindgen(js_name = initializeSelfServiceRegistrationFlowWithoutBrowser)]
    pub fn initialize_self_service_registration_flow_without_browser(
        &self,
        options: JsValue,
    ) -> Promise {
        self.client
            .call_positional(&ep::CREATE_NATIVE_REGISTRATION_FLOW, &[], options)
    }

    /// `GET /self-service/registration/flows` — Get Registration Flow.
    #[wasm_bindgen(js_name = getSelfServiceRegistrationFlow)]
    pub fn get_self_service_registration_flow(
        &self,
        id: JsValue,
        cookie: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client
            .call_positional(&ep::GET_REGISTRATION_FLOW, &[id, cookie], options)
    }

    /// `POST /self-service/registration` — Update Registration Flow.
    #[wasm_bindgen(js_name = submitSelfServiceRegistrationFlow)]
    pub fn submit_self_service_registration_flow(
        &self,
        flow: JsValue,
        body: JsValue,
        cookie: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client.call_positional(
            &ep::UPDATE_REGISTRATION_FLOW,
            &[flow, body, cookie],
            options,
        )
    }

    /// `GET /self-service/recovery/browser` — Create Recovery Flow for Browsers.
    #[wasm_bindgen(js_name = initializeSelfServiceRecoveryFlowForBrowsers)]
    pub fn initialize_self_service_recovery_flow_for_browsers(
        &self,
        return_to: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client
            .call_positional(&ep::CREATE_BROWSER_RECOVERY_FLOW, &[return_to], options)
    }

    /// `GET /self-service/recovery/api` — Create Recovery Flow for Native Apps.
    #[wasm_bindgen(js_name = initializeSelfServiceRecoveryFlowWithoutBrowser)]
    pub fn initialize_self_service_recovery_flow_without_browser(
        &self,
        options: JsValue,
    ) -> Promise {
        self.client
            .call_positional(&ep::CREATE_NATIVE_RECOVERY_FLOW, &[], options)
    }

    /// `GET /self-service/recovery/flows` — Get Recovery Flow.
    #[wasm_bindgen(js_name = getSelfServiceRecoveryFlow)]
    pub fn get_self_service_recovery_flow(
        &self,
        id: JsValue,
        cookie: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client
            .call_positional(&ep::GET_RECOVERY_FLOW, &[id, cookie], options)
    }

    /// `POST /self-service/recovery` — Update Recovery Flow.
    #[wasm_bindgen(js_name = submitSelfServiceRecoveryFlow)]
    pub fn submit_self_service_recovery_flow(
        &self,
        flow: JsValue,
        body: JsValue,
        token: JsValue,
        cookie: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client.call_positional(
            &ep::UPDATE_RECOVERY_FLOW,
            &[flow, body, token, cookie],
            options,
        )
    }

    /// `GET /self-service/verification/browser` — Create Verification Flow for Browser Clients.
    #[wasm_bindgen(js_name = initializeSelfServiceVerificationFlowForBrowsers)]
    pub fn initialize_self_service_verification_flow_for_browsers(
        &self,
        return_to: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client
            .call_positional(&ep::CREATE_BROWSER_VERIFICATION_FLOW, &[return_to], options)
    }

    /// `GET /self-service/verification/api` — Create Verification Flow for Native Apps.
    #[wasm_bindgen(js_name = initializeSelfServiceVerificationFlowWithoutBrowser)]
    pub fn initialize_self_service_verification_flow_without_browser(
        &self,
        options: JsValue,
    ) -> Promise {
        self.client
            .call_positional(&ep::CREATE_NATIVE_VERIFICATION_FLOW, &[], options)
    }

    /// `GET /self-service/verification/flows` — Get Verification Flow.
    #[wasm_bindgen(js_name = getSelfServiceVerificationFlow)]
    pub fn get_self_service_verification_flow(
        &self,
        id: JsValue,
        cookie: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client
            .call_positional(&ep::GET_VERIFICATION_FLOW, &[id, cookie], options)
    }

    /// `POST /self-service/verification` — Complete Verification Flow.
    #[wasm_bindgen(js_name = submitSelfServiceVerificationFlow)]
    pub fn submit_self_service_verification_flow(
        &self,
        flow: JsValue,
        body: JsValue,
        token: JsValue,
        cookie: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client.call_positional(
            &ep::UPDATE_VERIFICATION_FLOW,
            &[flow, body, token, cookie],
            options,
        )
    }

    /// `GET /self-service/settings/browser` — Create Settings Flow for Browsers.
    #[wasm_bindgen(js_name = initializeSelfServiceSettingsFlowForBrowsers)]
    pub fn initialize_self_service_settings_flow_for_browsers(
        &self,
        return_to: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client
            .call_positional(&ep::CREATE_BROWSER_SETTINGS_FLOW, &[return_to], options)
    }

    /// `GET /self-service/settings/api` — Create Settings Flow for Native Apps.
    #[wasm_bindgen(js_name = initializeSelfServiceSettingsFlowWithoutBrowser)]
    pub fn initialize_self_service_settings_flow_without_browser(
        &self,
        x_session_token: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client.call_positional(
            &ep::CREATE_NATIVE_SETTINGS_FLOW,
            &[x_session_token],
            options,
        )
    }

    /// `GET /self-service/settings/flows` — Get Settings Flow.
    #[wasm_bindgen(js_name = getSelfServiceSettingsFlow)]
    pub fn get_self_service_settings_flow(
        &self,
        id: JsValue,
        x_session_token: JsValue,
        cookie: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client.call_positional(
            &ep::GET_SETTINGS_FLOW,
            &[id, x_session_token, cookie],
            options,
        )
    }

    /// `POST /self-service/settings` — Complete Settings Flow.
    #[wasm_bindgen(js_name = submitSelfServiceSettingsFlow)]
    pub fn submit_self_service_settings_flow(
        &self,
        flow: JsValue,
        body: JsValue,
        x_session_token: JsValue,
        cookie: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client.call_positional(
            &ep::UPDATE_SETTINGS_FLOW,
            &[flow, body, x_session_token, cookie],
            options,
        )
    }

    /// `GET /self-service/logout/browser` — Create a Logout URL for Browsers.
    #[wasm_bindgen(js_name = createSelfServiceLogoutFlowUrlForBrowsers)]
    pub fn create_self_service_logout_flow_url_for_browsers(
        &self,
        cookie: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client
            .call_positional(&ep::CREATE_BROWSER_LOGOUT_FLOW, &[cookie], options)
    }

    /// `GET /self-service/logout` — Update Logout Flow.
    #[wasm_bindgen(js_name = submitSelfServiceLogoutFlow)]
    pub fn submit_self_service_logout_flow(
        &self,
        token: JsValue,
        return_to: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client
            .call_positional(&ep::UPDATE_LOGOUT_FLOW, &[token, return_to], options)
    }

    /// `DELETE /self-service/logout/api` — Perform Logout for Native Apps.
    #[wasm_bindgen(js_name = submitSelfServiceLogoutFlowWithoutBrowser)]
    pub fn submit_self_service_logout_flow_without_browser(
        &self,
        body: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client
            .call_positional(&ep::PERFORM_NATIVE_LOGOUT, &[body], options)
    }

    /// `GET /sessions/whoami` — Check Who the Current HTTP Session Belongs To.
    #[wasm_bindgen(js_name = toSession)]
    pub fn to_session(
        &self,
        x_session_token: JsValue,
        cookie: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client
            .call_positional(&ep::TO_SESSION, &[x_session_token, cookie], options)
    }

    /// `GET /sessions` — Get My Active Sessions.
    #[wasm_bindgen(js_name = listSessions)]
    pub fn list_sessions(
        &self,
        x_session_token: JsValue,
        cookie: JsValue,
        per_page: JsValue,
        page: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client.call_positional(
            &ep::LIST_MY_SESSIONS,
            &[x_session_token, cookie, per_page, page],
            options,
        )
    }

    /// `DELETE /sessions/{id}` — Disable one of my sessions.
    #[wasm_bindgen(js_name = revokeSession)]
    pub fn revoke_session(&self, id: JsValue, options: JsValue) -> Promise {
        self.client
            .call_positional(&ep::DISABLE_MY_SESSION, &[id], options)
    }

    /// `DELETE /sessions` — Disable my other sessions.
    #[wasm_bindgen(js_name = revokeSessions)]
    pub fn revoke_sessions(
        &self,
        x_session_token: JsValue,
        cookie: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client.call_positional(
            &ep::DISABLE_MY_OTHER_SESSIONS,
            &[x_session_token, cookie],
            options,
        )
    }
}
