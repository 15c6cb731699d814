//! OAuth2 authorization code flow with PKCE for single-page apps (RFC 6749, RFC 7636, OpenID
//! Connect Core), platform-free.
//!
//! What a browser app does with OAuth2, split into steps that do no I/O:
//! 1. [`authorize`]: build the authorization URL with `state`, an `S256` code challenge and (for
//!    OpenID Connect) a `nonce`, plus the [`PendingAuthorization`] to remember across the
//!    redirect;
//! 2. [`CallbackParams::parse`] + [`CallbackParams::validate`]: read the redirect back, check
//!    `state` against what was remembered and turn `error`/`error_description` into an
//!    [`Error`] whose kind is the OAuth2 error code;
//! 3. [`code_exchange`], [`refresh`], [`revoke`]: the arguments of the token and revocation
//!    requests (sent with [`TOKEN`] and [`REVOKE`] through the SDK's endpoint machinery);
//! 4. [`TokenSet::from_response`]: the token answer, with the ID token checked as OpenID Connect
//!    Core 1.0 §3.1.3.7 and, after a refresh, §12.2 require (see [`IdTokenCheck`]).
//!
//! The issuer must be known before a callback is validated or an ID token read: configured in
//! [`ClientSettings::issuer`], or learnt from the server's metadata with
//! [`ClientSettings::with_server_metadata`] (which also tells whether the server sends `iss` in
//! its authorization responses, RFC 9207). Without one, both steps refuse to go on
//! (`invalid_argument`) rather than skip the issuer checks.
//!
//! The randomness is the caller's (the npm package uses `crypto.getRandomValues`). Tokens and
//! verifiers never appear in URLs (they travel in form bodies and the `Authorization` header),
//! in error messages or in `Debug` output.

mod authorize;
pub mod pkce;
pub mod sha256;
mod token;

pub use authorize::{
    authorize, AuthorizeOptions, CallbackParams, PendingAuthorization, PENDING_LIFETIME_MS,
    RANDOM_BYTES, STORAGE_PREFIX,
};
pub use token::{
    check_userinfo, code_exchange, refresh, revoke, token_error, IdTokenCheck, TokenSet,
    CLOCK_SKEW_SECONDS, REVOKE, TOKEN,
};

use serde_json::Value;

use crate::config::Configuration;
use crate::error::{Error, ErrorKind};

/// The authorization endpoint of Ory (Hydra) under the base path.
pub const AUTHORIZE_PATH: &str = "/oauth2/auth";

/// Who the client is and where the authorization server is.
#[derive(Clone, PartialEq, Eq)]
pub struct ClientSettings {
    config: Configuration,
    /// The expected `iss` of ID tokens and authorization responses (RFC 9207). When `None`,
    /// [`with_server_metadata`](Self::with_server_metadata) fills it in; until then callbacks and
    /// ID tokens are refused.
    pub issuer: Option<String>,
    /// Whether the server sends `iss` with every authorization response (its metadata's
    /// `authorization_response_iss_parameter_supported`, RFC 9207 §3): a callback without it is
    /// then refused.
    pub authorization_response_iss_parameter_supported: bool,
    /// The oldest ID token accepted, in seconds since its `iat` (OpenID Connect Core §3.1.3.7
    /// item 10); `None` for no limit beyond `exp`.
    pub id_token_max_age: Option<u64>,
    /// The OAuth2 client id.
    pub client_id: String,
    /// Where the authorization server sends the browser back (registered with the client).
    pub redirect_uri: String,
    /// The default scope of authorization requests (space-separated).
    pub scope: String,
    confidential: bool,
}

impl std::fmt::Debug for ClientSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientSettings")
            .field("base_path", &self.config.base_path())
            .field("issuer", &self.issuer)
            .field(
                "authorization_response_iss_parameter_supported",
                &self.authorization_response_iss_parameter_supported,
            )
            .field("id_token_max_age", &self.id_token_max_age)
            .field("client_id", &self.client_id)
            .field("redirect_uri", &self.redirect_uri)
            .field("scope", &self.scope)
            .field("confidential", &self.confidential)
            .finish()
    }
}

impl ClientSettings {
    /// A public client (no secret: the SPA case) of the server at `base_path` (the Ory
    /// project URL, or the issuer). The default scope is `openid`.
    pub fn new(base_path: &str, client_id: &str, redirect_uri: &str) -> Result<Self, Error> {
        if client_id.trim().is_empty() {
            return Err(Error::invalid_argument(
                "clientId must not be empty".to_owned(),
            ));
        }
        check_redirect_uri(redirect_uri)?;
        Ok(Self {
            config: Configuration::new(base_path)?.native(),
            issuer: None,
            authorization_response_iss_parameter_supported: false,
            id_token_max_age: None,
            client_id: client_id.to_owned(),
            redirect_uri: redirect_uri.to_owned(),
            scope: "openid".to_owned(),
            confidential: false,
        })
    }

    /// The same client, authenticating with `secret` (HTTP Basic, `client_secret_basic`) at the
    /// token and revocation endpoints. A browser app cannot keep a secret; this is for a
    /// backend-for-frontend or a worker.
    pub fn with_client_secret(mut self, secret: &str) -> Self {
        self.config.username = Some(self.client_id.clone());
        self.config.password = Some(secret.to_owned());
        self.confidential = true;
        self
    }

    /// The same client with what the server's metadata (OpenID Connect Discovery 1.0 §3, the
    /// answer of `GET /.well-known/openid-configuration`) says about it: its `issuer`, and
    /// whether it sends `iss` in authorization responses (RFC 9207).
    ///
    /// A configured [`issuer`](Self::issuer) must match the metadata's (Discovery §4.3: metadata
    /// of another issuer is refused, kind `oauth2_invalid_response`); without one, the
    /// metadata's is taken. That is safe because the metadata comes from the same server as
    /// the tokens (the base path); it is not required to equal the base path, which may be a
    /// proxy in front of the issuer (Ory's `/.ory` tunnel).
    pub fn with_server_metadata(mut self, metadata: &Value) -> Result<Self, Error> {
        let invalid = |what: &str| {
            sdk_error(
                INVALID_RESPONSE,
                format!("the server's metadata {what} (OpenID Connect Discovery 1.0 §4.3)"),
            )
        };
        let issuer = metadata
            .get("issuer")
            .and_then(Value::as_str)
            .filter(|issuer| !issuer.is_empty())
            .ok_or_else(|| invalid("has no issuer"))?;
        if let Some(configured) = &self.issuer {
            if !authorize::same_issuer(configured, issuer) {
                return Err(invalid("names another issuer than the configured one"));
            }
        }
        let sends_iss =
            match metadata.get("authorization_response_iss_parameter_supported") {
                None | Some(Value::Null) => false,
                Some(Value::Bool(supported)) => *supported,
                Some(_) => return Err(invalid(
                    "has an authorization_response_iss_parameter_supported that is not a boolean",
                )),
            };
        // The server's own spelling is what it puts into `iss`.
        self.issuer = Some(issuer.to_owned());
        // Metadata can make the client stricter, never looser than it was set up.
        self.authorization_response_iss_parameter_supported |= sends_iss;
        Ok(self)
    }

    /// The issuer callbacks and ID tokens must come from; an error rather than no check when it
    /// is unknown.
    pub(crate) fn expected_issuer(&self) -> Result<&str, Error> {
        self.issuer.as_deref().ok_or_else(|| {
            Error::invalid_argument(
                "the issuer is unknown, so the callback and ID token cannot be checked: set the \
                 issuer or read the server's metadata (ClientSettings::with_server_metadata)"
                    .to_owned(),
            )
        })
    }

    /// Whether the client authenticates with a secret.
    pub fn is_confidential(&self) -> bool {
        self.confidential
    }

    /// The configuration the token, revocation and userinfo requests are built with: native
    /// mode (no cookies), plus the client credentials of a confidential client.
    pub fn configuration(&self) -> &Configuration {
        &self.config
    }

    /// The same configuration carrying `access_token` for `/userinfo`.
    pub fn configuration_with_access_token(&self, access_token: &str) -> Configuration {
        let mut config = self.config.clone();
        config.access_token = Some(access_token.to_owned());
        config
    }
}

fn check_redirect_uri(uri: &str) -> Result<(), Error> {
    let lower = uri.to_ascii_lowercase();
    let absolute = ["http://", "https://"]
        .iter()
        .any(|scheme| lower.starts_with(scheme) && lower.len() > scheme.len());
    if !absolute || uri.contains('#') || uri.bytes().any(|b| b <= b' ') {
        return Err(Error::invalid_argument(
            "redirectUri must be an absolute http(s) URL without a fragment".to_owned(),
        ));
    }
    Ok(())
}

/// An error of the authorization server (RFC 6749 §4.1.2.1, §5.2): its kind is the OAuth2
/// `error` code (`access_denied`, `invalid_grant`, …), kept in `error_id` too, with
/// `error_description` as the reason.
pub fn oauth2_error(status: u16, code: &str, description: Option<&str>) -> Error {
    // The code and description come from the server or the redirect URL: keep them printable
    // and short, so that a hostile redirect cannot put a page of text into a log line.
    let clean = |text: &str, max: usize| -> String {
        text.chars().filter(|c| !c.is_control()).take(max).collect()
    };
    let code = clean(code, 64);
    let description = description.map(|d| clean(d, 500));
    let message = match &description {
        Some(description) => {
            format!("the authorization server answered {code}: {description}")
        }
        None => format!("the authorization server answered {code}"),
    };
    Error {
        kind: ErrorKind::Other(code.clone()),
        status,
        message,
        error_id: Some(code),
        reason: description,
        ..Error::invalid_argument(String::new())
    }
}

/// An error of this SDK's own OAuth2 checks, of kind `kind` (`oauth2_state_mismatch`,
/// `oauth2_invalid_response`).
pub(crate) fn sdk_error(kind: &str, message: String) -> Error {
    Error {
        kind: ErrorKind::Other(kind.to_owned()),
        ..Error::invalid_argument(message)
    }
}

/// Kind of an authorization response whose `state` matches no authorization started here (a
/// forged or replayed callback, or one opened in another tab).
pub const STATE_MISMATCH: &str = "oauth2_state_mismatch";
/// Kind of an answer that breaks the protocol (a callback without a code or from another issuer,
/// a token answer without an access token, an ID token that fails a check of OpenID Connect
/// Core §3.1.3.7 or §12.2, server metadata of another issuer).
pub const INVALID_RESPONSE: &str = "oauth2_invalid_response";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_validate_their_input() {
        assert!(ClientSettings::new("https://auth.example", "", "https://app.example/cb").is_err());
        for bad in [
            "/callback",
            "https://app.example/cb#x",
            "javascript:x",
            "https://",
        ] {
            assert!(
                ClientSettings::new("https://auth.example", "spa", bad).is_err(),
                "{bad}"
            );
        }
        assert!(ClientSettings::new("ftp://auth.example", "spa", "https://a.example/cb").is_err());
        let settings =
            ClientSettings::new("https://auth.example/", "spa", "https://a.example/cb").unwrap();
        assert_eq!(settings.configuration().base_path(), "https://auth.example");
        assert_eq!(settings.configuration().mode, crate::Mode::Native);
        assert!(!settings.is_confidential());
    }

    #[test]
    fn the_secret_stays_out_of_debug_output() {
        let settings = ClientSettings::new("https://auth.example", "bff", "https://a.example/cb")
            .unwrap()
            .with_client_secret("top-secret");
        assert!(settings.is_confidential());
        assert!(!format!("{settings:?}").contains("top-secret"));
        assert_eq!(settings.configuration().username.as_deref(), Some("bff"));
    }

    #[test]
    fn server_errors_become_kinds() {
        let error = oauth2_error(0, "access_denied", Some("The user said no\n"));
        assert_eq!(error.kind.as_str(), "access_denied");
        assert_eq!(error.error_id.as_deref(), Some("access_denied"));
        assert_eq!(error.reason.as_deref(), Some("The user said no"));
        assert!(error.message.contains("access_denied: The user said no"));
    }
}
