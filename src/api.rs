//! The typed Rust API over `fetch` (wasm32 only), for Leptos, Yew and Dioxus apps.
//!
//! ```no_run
//! # async fn demo() -> Result<(), ory_wasm::Error> {
//! use ory_wasm::api::FrontendApi;
//! use ory_wasm::endpoints::frontend::CreateBrowserLoginFlow;
//!
//! let api = FrontendApi::new(ory_wasm::Configuration::new("https://auth.example.com")?);
//! let flow = api
//!     .create_browser_login_flow(&CreateBrowserLoginFlow { return_to: Some("/home".into()), ..Default::default() })
//!     .await?;
//! # let _ = flow; Ok(()) }
//! ```

use serde_json::Value;
use web_sys::AbortSignal;

use crate::answer::{self, Body, Rejected};
use crate::config::Configuration;
use crate::endpoint::{build_request, Arguments, CallOptions, Endpoint, Request};
use crate::endpoints::frontend::*;
use crate::error::Error;
use crate::models::*;
use crate::transport;

/// The admin classes — `IdentityApi`, `CourierApi`, `OAuth2Api`, `OidcApi`, `WellknownApi`,
/// `JwkApi`, `ProjectApi` — with one method per operation, written by the macro of
/// [`crate::endpoints::classes`] over [`OryApi::send`] (feature
/// `rust-admin`, on by default).
#[cfg(feature = "rust-admin")]
pub use crate::endpoints::classes::rust_api::*;

/// The self-service and session operations (the v1 `FrontendApi`), plus the identity schemas:
/// named methods over [`OryApi`], which sends any typed request.
#[derive(Debug, Clone)]
pub struct FrontendApi {
    api: OryApi,
}

impl FrontendApi {
    /// A client for the server `config` describes.
    pub fn new(config: Configuration) -> Self {
        Self {
            api: OryApi::new(config),
        }
    }

    /// The configuration.
    pub fn configuration(&self) -> &Configuration {
        self.api.configuration()
    }

    /// Sends any typed request.
    pub async fn send<R: Request>(&self, request: &R) -> Result<R::Response, Error> {
        self.api.send(request).await
    }

    /// Sends any typed request with per-call options and an abort signal.
    pub async fn send_with<R: Request>(
        &self,
        request: &R,
        options: &CallOptions,
        signal: Option<&AbortSignal>,
    ) -> Result<R::Response, Error> {
        self.api.send_with(request, options, signal).await
    }

    /// `GET /self-service/login/browser`
    pub async fn create_browser_login_flow(
        &self,
        request: &CreateBrowserLoginFlow,
    ) -> Result<LoginFlow, Error> {
        self.send(request).await
    }

    /// `GET /self-service/login/api`
    pub async fn create_native_login_flow(
        &self,
        request: &CreateNativeLoginFlow,
    ) -> Result<LoginFlow, Error> {
        self.send(request).await
    }

    /// `GET /self-service/login/flows`
    pub async fn get_login_flow(&self, request: &GetLoginFlow) -> Result<LoginFlow, Error> {
        self.send(request).await
    }

    /// `POST /self-service/login`
    pub async fn update_login_flow(
        &self,
        request: &UpdateLoginFlow,
    ) -> Result<SuccessfulNativeLogin, Error> {
        self.send(request).await
    }

    /// `GET /self-service/registration/browser`
    pub async fn create_browser_registration_flow(
        &self,
        request: &CreateBrowserRegistrationFlow,
    ) -> Result<RegistrationFlow, Error> {
        self.send(request).await
    }

    /// `GET /self-service/registration/api`
    pub async fn create_native_registration_flow(
        &self,
        request: &CreateNativeRegistrationFlow,
    ) -> Result<RegistrationFlow, Error> {
        self.send(request).await
    }

    /// `GET /self-service/registration/flows`
    pub async fn get_registration_flow(
        &self,
        request: &GetRegistrationFlow,
    ) -> Result<RegistrationFlow, Error> {
        self.send(request).await
    }

    /// `POST /self-service/registration`
    pub async fn update_registration_flow(
        &self,
        request: &UpdateRegistrationFlow,
    ) -> Result<SuccessfulNativeRegistration, Error> {
        self.send(request).await
    }

    /// `GET /self-service/recovery/browser`
    pub async fn create_browser_recovery_flow(
        &self,
        request: &CreateBrowserRecoveryFlow,
    ) -> Result<RecoveryFlow, Error> {
        self.send(request).await
    }

    /// `GET /self-service/recovery/api`
    pub async fn create_native_recovery_flow(&self) -> Result<RecoveryFlow, Error> {
        self.send(&CreateNativeRecoveryFlow).await
    }

    /// `GET /self-service/recovery/flows`
    pub async fn get_recovery_flow(
        &self,
        request: &GetRecoveryFlow,
    ) -> Result<RecoveryFlow, Error> {
        self.send(request).await
    }

    /// `POST /self-service/recovery`
    pub async fn update_recovery_flow(
        &self,
        request: &UpdateRecoveryFlow,
    ) -> Result<RecoveryFlow, Error> {
        self.send(request).await
    }

    /// `GET /self-service/verification/browser`
    pub async fn create_browser_verification_flow(
        &self,
        request: &CreateBrowserVerificationFlow,
    ) -> Result<VerificationFlow, Error> {
        self.send(request).await
    }

    /// `GET /self-service/verification/api`
    pub async fn create_native_verification_flow(&self) -> Result<VerificationFlow, Error> {
        self.send(&CreateNativeVerificationFlow).await
    }

    /// `GET /self-service/verification/flows`
    pub async fn get_verification_flow(
        &self,
        request: &GetVerificationFlow,
    ) -> Result<VerificationFlow, Error> {
        self.send(request).await
    }

    /// `POST /self-service/verification`
    pub async fn update_verification_flow(
        &self,
        request: &UpdateVerificationFlow,
    ) -> Result<VerificationFlow, Error> {
        self.send(request).await
    }

    /// `GET /self-service/settings/browser`
    pub async fn create_browser_settings_flow(
        &self,
        request: &CreateBrowserSettingsFlow,
    ) -> Result<SettingsFlow, Error> {
        self.send(request).await
    }

    /// `GET /self-service/settings/api`
    pub async fn create_native_settings_flow(
        &self,
        request: &CreateNativeSettingsFlow,
    ) -> Result<SettingsFlow, Error> {
        self.send(request).await
    }

    /// `GET /self-service/settings/flows`
    pub async fn get_settings_flow(
        &self,
        request: &GetSettingsFlow,
    ) -> Result<SettingsFlow, Error> {
        self.send(request).await
    }

    /// `POST /self-service/settings`
    pub async fn update_settings_flow(
        &self,
        request: &UpdateSettingsFlow,
    ) -> Result<SettingsFlow, Error> {
        self.send(request).await
    }

    /// `GET /self-service/logout/browser`
    pub async fn create_browser_logout_flow(
        &self,
        request: &CreateBrowserLogoutFlow,
    ) -> Result<LogoutFlow, Error> {
        self.send(request).await
    }

    /// `GET /self-service/logout`
    pub async fn update_logout_flow(&self, request: &UpdateLogoutFlow) -> Result<(), Error> {
        self.send(request).await
    }

    /// `DELETE /self-service/logout/api`
    pub async fn perform_native_logout(&self, request: &PerformNativeLogout) -> Result<(), Error> {
        self.send(request).await
    }

    /// `GET /sessions/whoami`
    pub async fn to_session(&self, request: &ToSession) -> Result<Session, Error> {
        self.send(request).await
    }

    /// `GET /sessions`
    pub async fn list_my_sessions(&self, request: &ListMySessions) -> Result<Vec<Session>, Error> {
        self.send(request).await
    }

    /// `DELETE /sessions/{id}`
    pub async fn disable_my_session(&self, request: &DisableMySession) -> Result<(), Error> {
        self.send(request).await
    }

    /// `DELETE /sessions`
    pub async fn disable_my_other_sessions(
        &self,
        request: &DisableMyOtherSessions,
    ) -> Result<DeleteMySessionsCount, Error> {
        self.send(request).await
    }

    /// `GET /sessions/token-exchange`
    pub async fn exchange_session_token(
        &self,
        request: &ExchangeSessionToken,
    ) -> Result<SuccessfulNativeLogin, Error> {
        self.send(request).await
    }

    /// `GET /self-service/errors`
    pub async fn get_flow_error(&self, request: &GetFlowError) -> Result<FlowError, Error> {
        self.send(request).await
    }

    /// `GET /.well-known/ory/webauthn.js`
    pub async fn get_web_authn_java_script(&self) -> Result<String, Error> {
        self.send(&GetWebAuthnJavaScript).await
    }

    /// `GET /schemas`
    pub async fn list_identity_schemas(
        &self,
        request: &ListIdentitySchemas,
    ) -> Result<Vec<IdentitySchemaContainer>, Error> {
        self.send(request).await
    }

    /// `GET /schemas/{id}`
    pub async fn get_identity_schema(&self, request: &GetIdentitySchema) -> Result<Value, Error> {
        self.send(request).await
    }
}

/// Any operation of the API by its typed request: the admin, OAuth2, JSON Web Key and project
/// requests of [`crate::endpoints`] (`identity`, `courier`, `oauth2`, `jwk`, `project`), and the
/// frontend ones too.
///
/// ```no_run
/// # async fn demo() -> Result<(), ory_wasm::Error> {
/// use ory_wasm::api::OryApi;
/// use ory_wasm::endpoints::identity::GetIdentity;
///
/// // A server-side (Node, worker) client: the API key is refused in a browser page.
/// let config = ory_wasm::Configuration::new("https://project.oryapis.com")?.with_api_key("ory_pat_…");
/// let identity = OryApi::new(config)
///     .send(&GetIdentity { id: "…".into(), include_credential: None })
///     .await?;
/// # let _ = identity; Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct OryApi {
    config: Configuration,
}

impl OryApi {
    /// A client for the server `config` describes (with its credentials).
    pub fn new(config: Configuration) -> Self {
        Self { config }
    }

    /// The configuration.
    pub fn configuration(&self) -> &Configuration {
        &self.config
    }

    /// Sends a typed request.
    pub async fn send<R: Request>(&self, request: &R) -> Result<R::Response, Error> {
        self.send_with(request, &CallOptions::default(), None).await
    }

    /// Sends a typed request with per-call options and an abort signal.
    pub async fn send_with<R: Request>(
        &self,
        request: &R,
        options: &CallOptions,
        signal: Option<&AbortSignal>,
    ) -> Result<R::Response, Error> {
        let (status, value) = send_json(
            &self.config,
            R::ENDPOINT,
            &request.arguments()?,
            options,
            signal,
        )
        .await?;
        serde_path_to_error::deserialize(value)
            .map_err(|e| Error::decode(status, &e.path().to_string(), &e.inner().to_string()))
    }
}

/// Calls `endpoint` and returns the HTTP status and the checked JSON answer (`null` for 204,
/// a JSON string for a text body). An error answer becomes an [`Error`] carrying the body.
pub async fn send_json(
    config: &Configuration,
    endpoint: &Endpoint,
    arguments: &Arguments,
    options: &CallOptions,
    signal: Option<&AbortSignal>,
) -> Result<(u16, Value), Error> {
    let http = build_request(config, endpoint, arguments, options, transport::platform())?;
    let response = transport::send(&http, signal).await?;
    let status = response.status;
    let text = String::from(&response.body);
    let parse = || serde_json::from_str::<Value>(&text).map_err(|e| e.to_string());
    let value = match answer::read(endpoint, status, &response.content_type(), parse) {
        Ok(Body::Nothing) => Value::Null,
        Ok(Body::Text) => Value::String(text),
        Ok(Body::Json(value)) => value,
        Err(Rejected { mut error, body }) => {
            error.body = body;
            return Err(error);
        }
    };
    Ok((status, value))
}
