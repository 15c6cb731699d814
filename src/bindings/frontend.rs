//! `FrontendApi`: the v1 self-service and session operations, drop-in compatible with
//! `@ory/client-fetch` — the same constructor, method names and request objects, resolving to
//! the parsed body (rejecting with `OryError`).

use js_sys::Promise;
use wasm_bindgen::prelude::*;

use super::Client;
use crate::endpoints::frontend as ep;

/// The v1 `FrontendApi`.
#[wasm_bindgen(js_name = FrontendApi)]
pub struct JsFrontendApi {
    client: Client,
}

#[wasm_bindgen(js_class = FrontendApi)]
impl JsFrontendApi {
    /// `new FrontendApi(new Configuration({ basePath }))`; throws `OryError` on a bad configuration.
    #[wasm_bindgen(constructor)]
    pub fn new(configuration: JsValue) -> Result<JsFrontendApi, JsValue> {
        Ok(Self {
            client: Client::new(&configuration)?,
        })
    }

    /// `GET /.well-known/ory/webauthn.js` — Get WebAuthn JavaScript.
    #[wasm_bindgen(js_name = getWebAuthnJavaScript)]
    pub fn get_web_authn_java_script(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&ep::GET_WEB_AUTHN_JAVA_SCRIPT, parameters, options)
    }

    /// `GET /self-service/errors` — Get User-Flow Errors.
    #[wasm_bindgen(js_name = getFlowError)]
    pub fn get_flow_error(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client.call(&ep::GET_FLOW_ERROR, parameters, options)
    }

    /// `GET /self-service/login/browser` — Create Login Flow for Browsers.
    #[wasm_bindgen(js_name = createBrowserLoginFlow)]
    pub fn create_browser_login_flow(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&ep::CREATE_BROWSER_LOGIN_FLOW, parameters, options)
    }

    /// `GET /self-service/login/api` — Create Login Flow for Native Apps.
    #[wasm_bindgen(js_name = createNativeLoginFlow)]
    pub fn create_native_login_flow(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&ep::CREATE_NATIVE_LOGIN_FLOW, parameters, options)
    }

    /// `GET /self-service/login/flows` — Get Login Flow.
    #[wasm_bindgen(js_name = getLoginFlow)]
    pub fn get_login_flow(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client.call(&ep::GET_LOGIN_FLOW, parameters, options)
    }

    /// `POST /self-service/login` — Submit a Login Flow.
    #[wasm_bindgen(js_name = updateLoginFlow)]
    pub fn update_login_flow(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&ep::UPDATE_LOGIN_FLOW, parameters, options)
    }

    /// `GET /self-service/registration/browser` — Create Registration Flow for Browsers.
    #[wasm_bindgen(js_name = createBrowserRegistrationFlow)]
    pub fn create_browser_registration_flow(
        &self,
        parameters: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client
            .call(&ep::CREATE_BROWSER_REGISTRATION_FLOW, parameters, options)
    }

    /// `GET /self-service/registration/api` — Create Registration Flow for Native Apps.
    #[wasm_bindgen(js_name = createNativeRegistrationFlow)]
    pub fn create_native_registration_flow(
        &self,
        parameters: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client
            .call(&ep::CREATE_NATIVE_REGISTRATION_FLOW, parameters, options)
    }

    /// `GET /self-service/registration/flows` — Get Registration Flow.
    #[wasm_bindgen(js_name = getRegistrationFlow)]
    pub fn get_registration_flow(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&ep::GET_REGISTRATION_FLOW, parameters, options)
    }

    /// `POST /self-service/registration` — Update Registration Flow.
    #[wasm_bindgen(js_name = updateRegistrationFlow)]
    pub fn update_registration_flow(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&ep::UPDATE_REGISTRATION_FLOW, parameters, options)
    }

    /// `GET /self-service/recovery/browser` — Create Recovery Flow for Browsers.
    #[wasm_bindgen(js_name = createBrowserRecoveryFlow)]
    pub fn create_browser_recovery_flow(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&ep::CREATE_BROWSER_RECOVERY_FLOW, parameters, options)
    }

    /// `GET /self-service/recovery/api` — Create Recovery Flow for Native Apps.
    #[wasm_bindgen(js_name = createNativeRecoveryFlow)]
    pub fn create_native_recovery_flow(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&ep::CREATE_NATIVE_RECOVERY_FLOW, parameters, options)
    }

    /// `GET /self-service/recovery/flows` — Get Recovery Flow.
    #[wasm_bindgen(js_name = getRecoveryFlow)]
    pub fn get_recovery_flow(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&ep::GET_RECOVERY_FLOW, parameters, options)
    }

    /// `POST /self-service/recovery` — Update Recovery Flow.
    #[wasm_bindgen(js_name = updateRecoveryFlow)]
    pub fn update_recovery_flow(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&ep::UPDATE_RECOVERY_FLOW, parameters, options)
    }

    /// `GET /self-service/verification/browser` — Create Verification Flow for Browser Clients.
    #[wasm_bindgen(js_name = createBrowserVerificationFlow)]
    pub fn create_browser_verification_flow(
        &self,
        parameters: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client
            .call(&ep::CREATE_BROWSER_VERIFICATION_FLOW, parameters, options)
    }

    /// `GET /self-service/verification/api` — Create Verification Flow for Native Apps.
    #[wasm_bindgen(js_name = createNativeVerificationFlow)]
    pub fn create_native_verification_flow(
        &self,
        parameters: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client
            .call(&ep::CREATE_NATIVE_VERIFICATION_FLOW, parameters, options)
    }

    /// `GET /self-service/verification/flows` — Get Verification Flow.
    #[wasm_bindgen(js_name = getVerificationFlow)]
    pub fn get_verification_flow(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&ep::GET_VERIFICATION_FLOW, parameters, options)
    }

    /// `POST /self-service/verification` — Complete Verification Flow.
    #[wasm_bindgen(js_name = updateVerificationFlow)]
    pub fn update_verification_flow(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&ep::UPDATE_VERIFICATION_FLOW, parameters, options)
    }

    /// `GET /self-service/settings/browser` — Create Settings Flow for Browsers.
    #[wasm_bindgen(js_name = createBrowserSettingsFlow)]
    pub fn create_browser_settings_flow(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&ep::CREATE_BROWSER_SETTINGS_FLOW, parameters, options)
    }

    /// `GET /self-service/settings/api` — Create Settings Flow for Native Apps.
    #[wasm_bindgen(js_name = createNativeSettingsFlow)]
    pub fn create_native_settings_flow(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&ep::CREATE_NATIVE_SETTINGS_FLOW, parameters, options)
    }

    /// `GET /self-service/settings/flows` — Get Settings Flow.
    #[wasm_bindgen(js_name = getSettingsFlow)]
    pub fn get_settings_flow(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&ep::GET_SETTINGS_FLOW, parameters, options)
    }

    /// `POST /self-service/settings` — Complete Settings Flow.
    #[wasm_bindgen(js_name = updateSettingsFlow)]
    pub fn update_settings_flow(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&ep::UPDATE_SETTINGS_FLOW, parameters, options)
    }

    /// `GET /self-service/logout/browser` — Create a Logout URL for Browsers.
    #[wasm_bindgen(js_name = createBrowserLogoutFlow)]
    pub fn create_browser_logout_flow(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&ep::CREATE_BROWSER_LOGOUT_FLOW, parameters, options)
    }

    /// `GET /self-service/logout` — Update Logout Flow.
    #[wasm_bindgen(js_name = updateLogoutFlow)]
    pub fn update_logout_flow(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&ep::UPDATE_LOGOUT_FLOW, parameters, options)
    }

    /// `DELETE /self-service/logout/api` — Perform Logout for Native Apps.
    #[wasm_bindgen(js_name = performNativeLogout)]
    pub fn perform_native_logout(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&ep::PERFORM_NATIVE_LOGOUT, parameters, options)
    }

    /// `GET /sessions/whoami` — Check Who the Current HTTP Session Belongs To.
    #[wasm_bindgen(js_name = toSession)]
    pub fn to_session(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client.call(&ep::TO_SESSION, parameters, options)
    }

    /// `GET /sessions` — Get My Active Sessions.
    #[wasm_bindgen(js_name = listMySessions)]
    pub fn list_my_sessions(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client.call(&ep::LIST_MY_SESSIONS, parameters, options)
    }

    /// `DELETE /sessions/{id}` — Disable one of my sessions.
    #[wasm_bindgen(js_name = disableMySession)]
    pub fn disable_my_session(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&ep::DISABLE_MY_SESSION, parameters, options)
    }

    /// `DELETE /sessions` — Disable my other sessions.
    #[wasm_bindgen(js_name = disableMyOtherSessions)]
    pub fn disable_my_other_sessions(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&ep::DISABLE_MY_OTHER_SESSIONS, parameters, options)
    }

    /// `GET /sessions/token-exchange` — Exchange Session Token.
    #[wasm_bindgen(js_name = exchangeSessionToken)]
    pub fn exchange_session_token(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&ep::EXCHANGE_SESSION_TOKEN, parameters, options)
    }
}
