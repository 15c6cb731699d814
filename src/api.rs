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
use crate::error::Error;
use crate::transport;

/// The admin classes — `IdentityApi`, `CourierApi`, `OAuth2Api`, `OidcApi`, `WellknownApi`,
/// `JwkApi`, `ProjectApi` — with one method per operation, written by the macro of
/// [`crate::endpoints::classes`] over [`OryApi::send`] (feature
/// `rust-admin`, on by default).
#[cfg(feature = "rust-admin")]
pub use crate::endpoints::classes::rust_api::*;

crate::endpoints::classes::rust_api_classes! {
    @class
    /// The self-service and session operations (the v1 `FrontendApi`), plus the identity schemas:
    /// one method per operation over [`OryApi`], which sends any typed request (written, as the
    /// admin classes' are, by the macro of [`crate::endpoints::classes`]).
    FrontendApi {
        create_browser_login_flow(&frontend::CreateBrowserLoginFlow),
        create_native_login_flow(&frontend::CreateNativeLoginFlow),
        get_login_flow(&frontend::GetLoginFlow),
        update_login_flow(&frontend::UpdateLoginFlow),
        create_browser_registration_flow(&frontend::CreateBrowserRegistrationFlow),
        create_native_registration_flow(&frontend::CreateNativeRegistrationFlow),
        get_registration_flow(&frontend::GetRegistrationFlow),
        update_registration_flow(&frontend::UpdateRegistrationFlow),
        create_browser_recovery_flow(&frontend::CreateBrowserRecoveryFlow),
        create_native_recovery_flow(frontend::CreateNativeRecoveryFlow),
        get_recovery_flow(&frontend::GetRecoveryFlow),
        update_recovery_flow(&frontend::UpdateRecoveryFlow),
        create_browser_verification_flow(&frontend::CreateBrowserVerificationFlow),
        create_native_verification_flow(frontend::CreateNativeVerificationFlow),
        get_verification_flow(&frontend::GetVerificationFlow),
        update_verification_flow(&frontend::UpdateVerificationFlow),
        create_browser_settings_flow(&frontend::CreateBrowserSettingsFlow),
        create_native_settings_flow(&frontend::CreateNativeSettingsFlow),
        get_settings_flow(&frontend::GetSettingsFlow),
        update_settings_flow(&frontend::UpdateSettingsFlow),
        create_browser_logout_flow(&frontend::CreateBrowserLogoutFlow),
        update_logout_flow(&frontend::UpdateLogoutFlow),
        perform_native_logout(&frontend::PerformNativeLogout),
        to_session(&frontend::ToSession),
        list_my_sessions(&frontend::ListMySessions),
        disable_my_session(&frontend::DisableMySession),
        disable_my_other_sessions(&frontend::DisableMyOtherSessions),
        exchange_session_token(&frontend::ExchangeSessionToken),
        get_flow_error(&frontend::GetFlowError),
        get_web_authn_java_script(frontend::GetWebAuthnJavaScript),
        list_identity_schemas(&frontend::ListIdentitySchemas),
        get_identity_schema(&frontend::GetIdentitySchema),
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
