//! Drop-in modules for code written against the generated Rust clients of Ory's `V0alpha2Api`:
//! [`ory_client`] (the `ory-client` crate for Ory Network v0.2, 96 functions) and
//! [`ory_kratos_client`] (the `ory-kratos-client` crate for Kratos v0.10, 39 functions).
//!
//! Each module is laid out as its generated crate — `apis::configuration::Configuration`,
//! `apis::Error<T>`, `apis::v0alpha2_api::NAME(&configuration, …)` and `models::*` — so that
//! migrating is a change of `use` lines. Every function is a thin layer over this crate's one
//! endpoint machinery: it fills the typed request of [`crate::endpoints`] and sends it with
//! `ory_wasm::api::OryApi::send`. There is no second transport and no second error
//! mapping. The functions exist on `wasm32` only, where the `fetch` transport lives (like
//! `ory_wasm::api`); the configurations, models, errors and the signature tables
//! (`v0alpha2_api::FUNCTIONS`) are platform-free.
//!
//! This is Rust-only API behind the `compat` feature (on by default): nothing here is exported
//! through `wasm-bindgen`, and the npm package's wasm modules, built without default features,
//! do not contain it.
//!
//! # Migrating
//!
//! Before, with `ory-client` (reqwest):
//!
//! ```ignore
//! use ory_client::apis::configuration::Configuration;
//! use ory_client::apis::v0alpha2_api;
//!
//! let mut configuration = Configuration::default();
//! configuration.base_path = "https://project.oryapis.com".to_owned();
//! let flow = v0alpha2_api::initialize_self_service_login_flow_for_browsers(
//!     &configuration, None, None, Some("/home"), None,
//! ).await?;
//! ```
//!
//! After, in a Leptos, Yew or Dioxus app:
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! # #[cfg(target_arch = "wasm32")] {
//! use ory_wasm::compat::ory_client::apis::configuration::Configuration;
//! use ory_wasm::compat::ory_client::apis::v0alpha2_api;
//!
//! let mut configuration = Configuration::default();
//! configuration.base_path = "https://project.oryapis.com".to_owned();
//! let flow = v0alpha2_api::initialize_self_service_login_flow_for_browsers(
//!     &configuration, None, None, Some("/home"), None,
//! ).await?;
//! # let _ = flow; }
//! # Ok(()) }
//! ```
//!
//! The `models` are this crate's typed models where the shapes agree (a `SelfServiceLoginFlow`
//! is a [`crate::models::LoginFlow`]), so their fields are those of [`crate::models`]; each
//! module's `models` documentation lists which names are `serde_json::Value` for now.
//!
//! What differs from the generated crates:
//! - [`Configuration`](ory_client::apis::configuration::Configuration) has no `client` (there is
//!   no reqwest) and one field more, `allow_api_key_in_browser` (see below); `user_agent` is
//!   kept but not sent: browsers do not let a page set `User-Agent`.
//! - Credentials follow [`crate::Configuration`]'s rules: an API key (or a bearer token sent
//!   as one) is refused in a browser page unless `allow_api_key_in_browser` is set.
//! - In a browser, cookies are the browser's (`credentials: "include"`); a `cookie` argument
//!   is for server-side code (Node, workers) and is refused in a page.
//! - [`Error`] is the generated crate's `Error<T>` without the reqwest-, I/O- and serde-specific
//!   variants: see its documentation for the mapping.

use serde::de::DeserializeOwned;

mod models;
pub mod ory_client;
pub mod ory_kratos_client;

/// The error of a compat function: the generated crates' `apis::Error<T>`, where `T` is the
/// function's `NameError` enum.
///
/// The mapping from [`crate::Error`]:
/// - an HTTP error answer (status 300 and up) is [`Error::ResponseError`], as in the generated
///   crates, with the status, the body and the typed entity, plus the [`crate::Error`] itself
///   (its [`kind`](crate::Error::kind) names Kratos' `error.id`, its
///   [`body`](crate::Error::body) holds a 400's updated flow);
/// - everything else is [`Error::Ory`]: what the generated crates report as `Reqwest` (network,
///   timeout, abort) or `Io`, a successful answer that does not decode (their `Serde`, here
///   [`ErrorKind::Decode`](crate::ErrorKind::Decode)), and an argument or configuration this
///   crate refuses to send ([`ErrorKind::InvalidArgument`](crate::ErrorKind::InvalidArgument)).
#[derive(Debug, Clone)]
pub enum Error<T> {
    /// The server answered with an error status.
    ResponseError(ResponseContent<T>),
    /// No HTTP error answer: the request could not be sent, got no answer, or its successful
    /// answer did not decode.
    Ory(crate::Error),
}

/// An HTTP error answer, as in the generated crates (`status` is the numeric status here).
#[derive(Debug, Clone)]
pub struct ResponseContent<T> {
    /// The HTTP status.
    pub status: u16,
    /// The answer's JSON body as text; the error's message when the body is not JSON.
    pub content: String,
    /// The body as the function's error enum, when it is JSON.
    pub entity: Option<T>,
    /// The same answer as this crate's error (its kind, `use_flow_id`, `redirect_browser_to`,
    /// the parsed body).
    pub error: crate::Error,
}

impl<T: DeserializeOwned> From<crate::Error> for Error<T> {
    fn from(error: crate::Error) -> Self {
        if error.status < 300 {
            return Self::Ory(error);
        }
        let content = match &error.body {
            Some(body) => body.to_string(),
            None => error.message.clone(),
        };
        let entity = error
            .body
            .clone()
            .and_then(|body| serde_json::from_value(body).ok());
        Self::ResponseError(ResponseContent {
            status: error.status,
            content,
            entity,
            error,
        })
    }
}

impl<T: std::fmt::Debug> std::fmt::Display for Error<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::ResponseError(response) => {
                write!(f, "error in response: status code {}", response.status)
            }
            Self::Ory(error) => write!(f, "error in request: {error}"),
        }
    }
}

impl<T: std::fmt::Debug> std::error::Error for Error<T> {}

/// One function of a compat module as its declaration writes it: the reference's name, the
/// parameters after `configuration` (name and Rust type, in call order), the answer type and
/// the error enum. `tests/compat.rs` checks every table against `rust-references.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Signature {
    /// The function's name.
    pub name: &'static str,
    /// `(name, type)` of each parameter after `configuration`, in call order.
    pub params: &'static [(&'static str, &'static str)],
    /// The `Ok` type.
    pub answer: &'static str,
    /// The `NameError` enum of its `Error<NameError>`.
    pub error: &'static str,
}

/// The `api_key` of the generated configurations.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ApiKey {
    /// Written before the key, with a space (`Bearer`).
    pub prefix: Option<String>,
    /// The key.
    pub key: String,
}

/// The `basic_auth` of the generated configurations: user name and optional password.
pub type BasicAuth = (String, Option<String>);

/// The fields both generated configurations share, converted into a [`crate::Configuration`]:
/// - `base_path` → [`crate::Configuration::new`] (so it is checked the same way);
/// - `api_key` (Kratos v0.10's `oryAccessToken`, an `Authorization` header) → the API key;
///   its prefix must be `Bearer` or absent, since the API key is always sent as
///   `Authorization: Bearer <key>` (any other prefix is refused);
/// - `bearer_access_token` (Ory Network's `oryAccessToken` and `bearer` schemes, both HTTP
///   bearer) → the API key when `api_key` is not set, and the access token when
///   `oauth_access_token` is not set (the dynamic client registration token);
/// - `oauth_access_token` → the access token (`/userinfo`);
/// - `basic_auth` → `username`/`password` (the OAuth2 client credentials);
/// - `allow_api_key_in_browser` → the same flag; cookies: browser mode.
pub(crate) fn convert(
    base_path: &str,
    basic_auth: Option<&BasicAuth>,
    oauth_access_token: Option<&String>,
    bearer_access_token: Option<&String>,
    api_key: Option<&ApiKey>,
    allow_api_key_in_browser: bool,
) -> Result<crate::Configuration, crate::Error> {
    let mut config = crate::Configuration::new(base_path)?;
    config.api_key = match api_key {
        Some(ApiKey { prefix, key }) => match prefix.as_deref() {
            None | Some("Bearer") | Some("bearer") => Some(key.clone()),
            Some(_) => {
                return Err(crate::Error::invalid_argument(
                    "api_key.prefix must be \"Bearer\" or None: the API key is sent as \
                     `Authorization: Bearer <key>`"
                        .to_owned(),
                ))
            }
        },
        None => bearer_access_token.cloned(),
    };
    config.access_token = oauth_access_token.or(bearer_access_token).cloned();
    if let Some((username, password)) = basic_auth {
        config.username = Some(username.clone());
        config.password = password.clone();
    }
    config.allow_api_key_in_browser = allow_api_key_in_browser;
    Ok(config)
}

/// Declares a generated crate's `Configuration` with its defaults.
macro_rules! declare_configuration {
    ($crate_name:literal, $base_path:literal, $user_agent:literal) => {
        #[doc = concat!("The `Configuration` of `", $crate_name, "`, without `client`.")]
        ///
        /// Convert it into a [`crate::Configuration`] with `TryFrom` to see what it sends
        /// (see [`crate::compat`] for the rules).
        #[derive(Clone, PartialEq, Eq)]
        pub struct Configuration {
            /// The server, e.g. `https://project.oryapis.com` (no trailing slash needed).
            pub base_path: String,
            /// Kept for compatibility; not sent (a browser page cannot set `User-Agent`).
            pub user_agent: Option<String>,
            /// OAuth2 client credentials (`basic`).
            pub basic_auth: Option<$crate::compat::BasicAuth>,
            /// An OAuth2 access token (`oauth2`).
            pub oauth_access_token: Option<String>,
            /// An HTTP bearer token (`oryAccessToken` of Ory Network, `bearer`).
            pub bearer_access_token: Option<String>,
            /// An API key sent in `Authorization` (`oryAccessToken` of Kratos v0.10).
            pub api_key: Option<$crate::compat::ApiKey>,
            /// Not in the generated crates: lets a browser page send the API key (see
            /// [`crate::Configuration::allow_api_key_in_browser`]). Off by default.
            pub allow_api_key_in_browser: bool,
        }

        impl Configuration {
            /// The default configuration (as `Default`).
            pub fn new() -> Self {
                Self::default()
            }
        }

        impl Default for Configuration {
            fn default() -> Self {
                Self {
                    base_path: $base_path.to_owned(),
                    user_agent: Some($user_agent.to_owned()),
                    basic_auth: None,
                    oauth_access_token: None,
                    bearer_access_token: None,
                    api_key: None,
                    allow_api_key_in_browser: false,
                }
            }
        }

        impl std::fmt::Debug for Configuration {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                let set = |is_set: bool| if is_set { "<set>" } else { "<unset>" };
                f.debug_struct("Configuration")
                    .field("base_path", &self.base_path)
                    .field("user_agent", &self.user_agent)
                    .field("basic_auth", &set(self.basic_auth.is_some()))
                    .field(
                        "oauth_access_token",
                        &set(self.oauth_access_token.is_some()),
                    )
                    .field(
                        "bearer_access_token",
                        &set(self.bearer_access_token.is_some()),
                    )
                    .field("api_key", &set(self.api_key.is_some()))
                    .field("allow_api_key_in_browser", &self.allow_api_key_in_browser)
                    .finish()
            }
        }

        impl TryFrom<&Configuration> for $crate::Configuration {
            type Error = $crate::Error;

            fn try_from(config: &Configuration) -> Result<Self, $crate::Error> {
                $crate::compat::convert(
                    &config.base_path,
                    config.basic_auth.as_ref(),
                    config.oauth_access_token.as_ref(),
                    config.bearer_access_token.as_ref(),
                    config.api_key.as_ref(),
                    config.allow_api_key_in_browser,
                )
            }
        }
    };
}

pub(crate) use declare_configuration;

/// Turns what an endpoint's typed request decodes to into the reference's answer type.
pub trait IntoAnswer<T> {
    /// The answer.
    fn into_answer(self) -> Result<T, crate::Error>;
}

impl<T> IntoAnswer<T> for T {
    fn into_answer(self) -> Result<T, crate::Error> {
        Ok(self)
    }
}

/// `adminExtendSession`: Ory Network v0.2 answers the session; since Kratos v1.2 the endpoint
/// may answer 204, which has no session to return.
impl IntoAnswer<crate::models::Session> for Option<crate::models::Session> {
    fn into_answer(self) -> Result<crate::models::Session, crate::Error> {
        self.ok_or_else(|| {
            crate::Error::decode(
                204,
                "",
                "the server extended the session but sent no session",
            )
        })
    }
}

/// `performOAuth2AuthorizationFlow` documents an `oAuth2ApiError` answer; a successful answer
/// has no body, which is `null` here.
impl IntoAnswer<serde_json::Value> for () {
    fn into_answer(self) -> Result<serde_json::Value, crate::Error> {
        Ok(serde_json::Value::Null)
    }
}

/// Helpers the declarations use to fill the typed requests.
#[cfg(target_arch = "wasm32")]
pub(crate) mod fill {
    /// A `&str` argument.
    pub fn text(value: &str) -> String {
        value.to_owned()
    }

    /// An `Option<&str>` argument.
    pub fn opt(value: Option<&str>) -> Option<String> {
        value.map(str::to_owned)
    }

    /// A body the reference takes as optional but the operation requires.
    pub fn required<T>(value: Option<T>, name: &str) -> Result<T, crate::Error> {
        value.ok_or_else(|| crate::Error::invalid_argument(format!("{name} is required")))
    }

    /// The typed request, or the argument it refuses (a missing body).
    pub fn build<R>(request: impl FnOnce() -> Result<R, crate::Error>) -> Result<R, crate::Error> {
        request()
    }

    /// A JSON Patch list as the JSON body.
    pub fn patch(value: Vec<serde_json::Value>) -> serde_json::Value {
        serde_json::Value::Array(value)
    }
}

/// Sends a compat function's typed request with the one endpoint machinery.
#[cfg(target_arch = "wasm32")]
pub(crate) async fn send<R, A, E>(
    config: Result<crate::Configuration, crate::Error>,
    request: Result<R, crate::Error>,
) -> Result<A, Error<E>>
where
    R: crate::endpoint::Request,
    R::Response: IntoAnswer<A>,
    E: DeserializeOwned,
{
    let request = request?;
    let response = crate::api::OryApi::new(config?).send(&request).await?;
    Ok(response.into_answer()?)
}

/// Declares a module's functions, their error enums and the `FUNCTIONS` table.
///
/// One declaration per function, in the reference's order:
///
/// ```ignore
/// /// Get an Identity.
/// admin_get_identity(id: &str, include_credential: Option<Vec<String>>)
///     -> models::Identity, AdminGetIdentityError
///     = identity::GetIdentity { id: text(id), include_credential };
/// ```
///
/// The parameters after `configuration`, the answer, the error enum, and the typed request of
/// [`crate::endpoints`] the function sends (an expression over the parameters; the helpers of
/// `fill` and `?` are available).
macro_rules! declare_functions {
    (
        $(
            $(#[$meta:meta])*
            $name:ident ( $($param:ident : $ty:ty),* $(,)? ) -> $answer:ty, $error:ident
                = $request:expr;
        )*
    ) => {
        /// Every function of this module, as declared (checked against the reference by
        /// `tests/compat.rs`).
        pub const FUNCTIONS: &[$crate::compat::Signature] = &[$(
            $crate::compat::Signature {
                name: stringify!($name),
                params: &[$((stringify!($param), stringify!($ty))),*],
                answer: stringify!($answer),
                error: stringify!($error),
            }
        ),*];

        // What the requests are written with (not inside the functions, where an import would
        // shadow a parameter of the same name, such as `all`).
        #[cfg(target_arch = "wasm32")]
        #[allow(unused_imports)]
        use $crate::{
            compat::fill::{opt, patch, required, text},
            endpoints::{courier, frontend, identity, jwk, oauth2, project},
        };

        $(
            #[doc = concat!("The error entity of `", stringify!($name), "`: the answer's JSON body.")]
            #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
            #[serde(untagged)]
            pub enum $error {
                /// The body, whatever its shape.
                UnknownValue(serde_json::Value),
            }

            $(#[$meta])*
            #[cfg(target_arch = "wasm32")]
            #[allow(clippy::too_many_arguments)]
            pub async fn $name(
                configuration: &Configuration,
                $($param: $ty),*
            ) -> Result<$answer, $crate::compat::Error<$error>> {
                let request = $crate::compat::fill::build(|| Ok($request));
                $crate::compat::send(configuration.try_into(), request).await
            }
        )*
    };
}

pub(crate) use declare_functions;
