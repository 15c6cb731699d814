//! Where the Kratos server is and how to talk to it.

use crate::error::Error;
use crate::url::{self, HttpUrl, Origin};

/// The base path used when the caller gives none, as in the official clients.
pub const DEFAULT_BASE_PATH: &str = "http://localhost";

/// Which kind of client this is.
///
/// Kratos has two flavours of self-service flows. *Browser* flows are protected by a CSRF
/// cookie, so every request must carry the browser's cookies (`credentials: "include"`).
/// *Native* flows (apps, Node, workers, embedded webviews) use a session token in the
/// `X-Session-Token` header instead, and Kratos **rejects** a native-flow request that carries
/// a cookie or an `Origin` header — which every browser adds to cross-origin requests. So a
/// page in a browser uses browser flows; native mode is for everything else.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// Send the browser's cookies with every request (CSRF-protected browser flows).
    #[default]
    Browser,
    /// Never send cookies; sessions are carried by `X-Session-Token`.
    Native,
}

/// The `credentials` mode of a `fetch`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Credentials {
    /// Send cookies to any origin the request goes to (the configured Kratos origin).
    Include,
    /// Send cookies only when Kratos is on the page's own origin.
    SameOrigin,
    /// Never send cookies.
    Omit,
}

impl Credentials {
    /// Parses the `RequestCredentials` string of the Fetch standard.
    pub fn parse(value: &str) -> Result<Self, Error> {
        match value {
            "include" => Ok(Self::Include),
            "same-origin" => Ok(Self::SameOrigin),
            "omit" => Ok(Self::Omit),
            other => Err(Error::invalid_argument(format!(
                "credentials must be \"include\", \"same-origin\" or \"omit\", not \"{other}\""
            ))),
        }
    }

    /// The Fetch standard's name of this mode.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Include => "include",
            Self::SameOrigin => "same-origin",
            Self::Omit => "omit",
        }
    }
}

/// How to reach one Kratos (or Ory Network) server.
///
/// Its `Debug` output shows whether credentials are set, never their values.
#[derive(Clone, PartialEq, Eq)]
pub struct Configuration {
    base_path: String,
    /// The origin of an absolute base path; `None` for a path on the page's own origin.
    origin: Option<Origin>,
    /// Browser or native client.
    pub mode: Mode,
    /// Overrides the `credentials` mode of browser-mode requests (default `include`).
    pub credentials: Option<Credentials>,
    /// Headers added to every request.
    pub headers: Vec<(String, String)>,
    /// Abort every request that takes longer than this many milliseconds.
    pub timeout_ms: Option<u32>,
    /// The Ory API key (`ory_pat_…`, or a self-hosted admin token), sent as
    /// `Authorization: Bearer <key>` to the admin, OAuth2 admin and project endpoints.
    pub api_key: Option<String>,
    /// Lets a browser page send [`api_key`](Self::api_key), an explicit `Authorization` header
    /// or an OAuth2 client secret ([`password`](Self::password)). Off by default: any of them in
    /// a page is readable by everyone who opens it, so the SDK refuses to send them from there
    /// unless told to.
    pub allow_api_key_in_browser: bool,
    /// An OAuth2 access token, sent as `Authorization: Bearer <token>` to `/userinfo` (and, as
    /// the registration access token, to the dynamic client registration endpoints).
    pub access_token: Option<String>,
    /// The OAuth2 client id, sent with [`password`](Self::password) as HTTP Basic credentials
    /// to `/oauth2/token` and `/oauth2/revoke`.
    pub username: Option<String>,
    /// The OAuth2 client secret.
    pub password: Option<String>,
}

impl std::fmt::Debug for Configuration {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let set = |value: &Option<String>| if value.is_some() { "<set>" } else { "<unset>" };
        f.debug_struct("Configuration")
            .field("base_path", &self.base_path)
            .field("origin", &self.origin.as_ref().map(ToString::to_string))
            .field("mode", &self.mode)
            .field("credentials", &self.credentials)
            .field(
                "headers",
                &self
                    .headers
                    .iter()
                    .map(|(name, _)| name)
                    .collect::<Vec<_>>(),
            )
            .field("timeout_ms", &self.timeout_ms)
            .field("api_key", &set(&self.api_key))
            .field("allow_api_key_in_browser", &self.allow_api_key_in_browser)
            .field("access_token", &set(&self.access_token))
            .field("username", &set(&self.username))
            .field("password", &set(&self.password))
            .finish()
    }
}

impl Default for Configuration {
    fn default() -> Self {
        Self {
            base_path: DEFAULT_BASE_PATH.to_owned(),
            origin: HttpUrl::parse(DEFAULT_BASE_PATH).map(|url| url.origin().clone()),
            mode: Mode::Browser,
            credentials: None,
            headers: Vec::new(),
            timeout_ms: None,
            api_key: None,
            allow_api_key_in_browser: false,
            access_token: None,
            username: None,
            password: None,
        }
    }
}

impl Configuration {
    /// A configuration for the server at `base_path`.
    ///
    /// The base path may end with a slash or not, and may carry a prefix such as Ory Network's
    /// `/api/kratos/public`. It is an `http(s)` URL, or a path on the page's own origin (`""`,
    /// `"/.ory"`: what `ory proxy` and `ory tunnel` serve) — nothing else, so that a
    /// configuration value can never make the SDK send credentials to a `javascript:` or
    /// `file:` URL, nor to an origin a browser reads differently from this SDK (see
    /// [`HttpUrl::parse`]: `/\evil.example`, a tab or newline the browser removes, userinfo).
    pub fn new(base_path: &str) -> Result<Self, Error> {
        let (base_path, origin) = normalize_base_path(base_path)?;
        Ok(Self {
            base_path,
            origin,
            ..Self::default()
        })
    }

    /// The base path without its trailing slash.
    pub fn base_path(&self) -> &str {
        &self.base_path
    }

    /// The origin every request goes to: that of an absolute base path, or `None` when the base
    /// path is a path on the page's own origin.
    pub fn origin(&self) -> Option<&Origin> {
        self.origin.as_ref()
    }

    /// The same configuration with an Ory API key (see [`api_key`](Self::api_key)).
    pub fn with_api_key(mut self, key: impl Into<String>) -> Self {
        self.api_key = Some(key.into());
        self
    }

    /// The same configuration in native mode.
    pub fn native(mut self) -> Self {
        self.mode = Mode::Native;
        self
    }
}

/// The stored base path (no trailing slash) and its origin.
///
/// The error messages never repeat the base path: it may carry userinfo (`user:password@`).
fn normalize_base_path(base_path: &str) -> Result<(String, Option<Origin>), Error> {
    // Surrounding whitespace (a newline from an environment variable) is removed from what is
    // stored, so it cannot reach a URL; whitespace *inside* is refused below.
    let trimmed = base_path.trim();
    if trimmed.contains(['?', '#']) {
        return Err(Error::invalid_argument(
            "basePath must not contain a query or a fragment".to_owned(),
        ));
    }
    let stored = trimmed.trim_end_matches('/');
    if trimmed.is_empty() || trimmed.starts_with('/') {
        // `//host` is a scheme-relative URL to another origin, even though removing the
        // trailing slashes of `//` would leave an innocent-looking `""`.
        if trimmed.starts_with("//") {
            return Err(Error::invalid_argument(
                "basePath must not start with `//` (a URL of another origin)".to_owned(),
            ));
        }
        check_same_origin_path(stored)?;
        return Ok((stored.to_owned(), None));
    }
    // Anything else must be an absolute http(s) URL that a browser reads exactly as we do.
    match HttpUrl::parse(trimmed) {
        Some(url) => Ok((stored.to_owned(), Some(url.origin().clone()))),
        None => Err(Error::invalid_argument(
            "basePath must be an absolute http(s) URL (no userinfo, no backslash, tab, newline \
             or space, a plain ASCII host) or a path on this origin such as \"/.ory\""
                .to_owned(),
        )),
    }
}

/// A same-origin base path (without its trailing slash): `""` or `/segment/…`.
///
/// A browser resolves it against the page, so anything that could make that resolution leave
/// the page's origin is refused: a second leading `/` (`//evil.example`), a backslash (read as
/// `/`), control characters and whitespace (tabs and newlines are *removed* by the URL parser,
/// so `/\t/evil.example` is `//evil.example`), and dot segments, which could collapse into a
/// leading `//` (`/.//evil.example`). Empty segments are refused altogether: no prefix needs one.
fn check_same_origin_path(path: &str) -> Result<(), Error> {
    if path.is_empty() {
        return Ok(());
    }
    let refuse = |why: &str| {
        Err(Error::invalid_argument(format!(
            "basePath is a path on this origin, but {why}"
        )))
    };
    if path.contains('\\') || path.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return refuse("contains a backslash, a control character or whitespace");
    }
    if path.contains("//") {
        return refuse("contains an empty segment (`//`)");
    }
    if url::normalize_path(path).as_deref() != Some(path) {
        return refuse("contains a dot segment (`.`, `..`, `%2e`) or an encoded `/` or `\\`");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_path_with_or_without_trailing_slash() {
        for input in [
            "https://x.oryapis.com",
            "https://x.oryapis.com/",
            "https://x.oryapis.com//",
        ] {
            assert_eq!(
                Configuration::new(input).unwrap().base_path(),
                "https://x.oryapis.com"
            );
        }
        let prefixed = Configuration::new("https://x.oryapis.com/api/kratos/public/").unwrap();
        assert_eq!(
            prefixed.base_path(),
            "https://x.oryapis.com/api/kratos/public"
        );
    }

    #[test]
    fn same_origin_paths_are_allowed() {
        assert_eq!(Configuration::new("").unwrap().base_path(), "");
        assert_eq!(Configuration::new("/.ory/").unwrap().base_path(), "/.ory");
    }

    #[test]
    fn other_schemes_are_refused() {
        for input in [
            "javascript:alert(1)",
            "file:///etc",
            "//evil.example",
            "ftp://x",
            "http://",
            "x.com",
        ] {
            let err = Configuration::new(input).unwrap_err();
            assert_eq!(err.kind, crate::ErrorKind::InvalidArgument, "{input}");
        }
        assert!(Configuration::new("https://x.com/?a=b").is_err());
    }

    #[test]
    fn debug_output_hides_secrets() {
        let mut config = Configuration::default().with_api_key("ory_pat_secret");
        config.access_token = Some("ory_at_secret".to_owned());
        config.password = Some("client-secret".to_owned());
        config
            .headers
            .push(("X-Secret".to_owned(), "header-secret".to_owned()));
        let debug = format!("{config:?}");
        for secret in [
            "ory_pat_secret",
            "ory_at_secret",
            "client-secret",
            "header-secret",
        ] {
            assert!(!debug.contains(secret), "{debug}");
        }
        assert!(debug.contains("api_key: \"<set>\""), "{debug}");
    }

    #[test]
    fn credentials_names() {
        for name in ["include", "same-origin", "omit"] {
            assert_eq!(Credentials::parse(name).unwrap().as_str(), name);
        }
        assert!(Credentials::parse("Include").is_err());
    }
}
