//! The authorization request and the callback.

use serde::{Deserialize, Serialize};

use crate::endpoint::percent_encode;
use crate::error::Error;

use super::{
    oauth2_error, pkce, sdk_error, ClientSettings, AUTHORIZE_PATH, INVALID_RESPONSE, STATE_MISMATCH,
};

/// How many random bytes [`authorize`] takes: 32 for the code verifier, 24 for `state`, 24 for
/// `nonce`.
pub const RANDOM_BYTES: usize = 80;

/// The prefix of the storage key of a [`PendingAuthorization`]; the key ends with its `state`,
/// so several authorizations (tabs, retries) can be pending at once.
pub const STORAGE_PREFIX: &str = "ory-wasm.oauth2.pending.";

/// How long a pending authorization can be completed: 10 minutes, the longest authorization
/// code lifetime RFC 6749 §4.1.2 recommends.
pub const PENDING_LIFETIME_MS: u64 = 10 * 60 * 1000;

/// Parameters the SDK sets itself; [`AuthorizeOptions::extra`] cannot override them.
const RESERVED: &[&str] = &[
    "response_type",
    "client_id",
    "redirect_uri",
    "scope",
    "state",
    "nonce",
    "code_challenge",
    "code_challenge_method",
];

/// Per-authorization options.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuthorizeOptions {
    /// The scope of this authorization instead of the client's default.
    pub scope: Option<String>,
    /// `prompt` (`login`, `consent`, `none`, …). OpenID providers issue refresh tokens for
    /// `offline_access` only with `prompt=consent`.
    pub prompt: Option<String>,
    /// `login_hint`.
    pub login_hint: Option<String>,
    /// `max_age` in seconds.
    pub max_age: Option<u64>,
    /// `ui_locales`.
    pub ui_locales: Option<String>,
    /// `acr_values`.
    pub acr_values: Option<String>,
    /// `audience` (Ory Hydra), space-separated.
    pub audience: Option<String>,
    /// Any other parameter, in order (`resource`, `claims`, …).
    pub extra: Vec<(String, String)>,
}

/// What is remembered across the redirect. It holds the code verifier: keep it in storage of
/// the app's own origin only (sessionStorage by default), and drop it once used.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingAuthorization {
    /// The `state` sent (and the end of the storage key).
    pub state: String,
    /// The PKCE code verifier.
    pub code_verifier: String,
    /// The `nonce` sent, for OpenID Connect (`openid` in the scope).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nonce: Option<String>,
    /// The `redirect_uri` sent (the token request repeats it).
    pub redirect_uri: String,
    /// The `scope` requested.
    pub scope: String,
    /// When the authorization started, in milliseconds since the Unix epoch.
    pub created_at: u64,
}

impl std::fmt::Debug for PendingAuthorization {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PendingAuthorization")
            .field("state", &self.state)
            .field("code_verifier", &"<redacted>")
            .field("nonce", &self.nonce.as_ref().map(|_| "<set>"))
            .field("redirect_uri", &self.redirect_uri)
            .field("scope", &self.scope)
            .field("created_at", &self.created_at)
            .finish()
    }
}

impl PendingAuthorization {
    /// The storage key of this authorization.
    pub fn storage_key(&self) -> String {
        storage_key(&self.state)
    }

    /// The JSON kept in storage.
    pub fn to_json(&self) -> String {
        // A struct of strings and a number always serialises.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads what [`to_json`](Self::to_json) stored.
    pub fn from_json(text: &str) -> Result<Self, Error> {
        serde_json::from_str(text).map_err(|_| {
            sdk_error(
                STATE_MISMATCH,
                "the stored authorization is unreadable; start the authorization again".to_owned(),
            )
        })
    }
}

/// The storage key of the authorization started with `state`.
pub fn storage_key(state: &str) -> String {
    format!("{STORAGE_PREFIX}{state}")
}

/// Starts an authorization: the URL to send the browser to, and what to remember until the
/// callback. `random` must come from a cryptographically secure generator; `now_ms` is the
/// current time in milliseconds since the Unix epoch.
pub fn authorize(
    settings: &ClientSettings,
    options: &AuthorizeOptions,
    random: &[u8; RANDOM_BYTES],
    now_ms: u64,
) -> Result<(String, PendingAuthorization), Error> {
    let (verifier_bytes, rest) = random.split_at(pkce::VERIFIER_BYTES);
    let (state_bytes, nonce_bytes) = rest.split_at(24);
    let code_verifier = pkce::verifier_from_bytes(verifier_bytes)?;
    let state = pkce::random_token(state_bytes)?;
    let scope = normalize_scope(options.scope.as_deref().unwrap_or(&settings.scope))?;
    let nonce = scope
        .split(' ')
        .any(|s| s == "openid")
        .then(|| pkce::random_token(nonce_bytes))
        .transpose()?;

    let mut params: Vec<(&str, String)> = vec![
        ("response_type", "code".to_owned()),
        ("client_id", settings.client_id.clone()),
        ("redirect_uri", settings.redirect_uri.clone()),
        ("scope", scope.clone()),
        ("state", state.clone()),
        ("code_challenge", pkce::challenge_s256(&code_verifier)),
        ("code_challenge_method", "S256".to_owned()),
    ];
    if let Some(nonce) = &nonce {
        params.push(("nonce", nonce.clone()));
    }
    let optional = [
        ("prompt", options.prompt.clone()),
        ("login_hint", options.login_hint.clone()),
        ("max_age", options.max_age.map(|s| s.to_string())),
        ("ui_locales", options.ui_locales.clone()),
        ("acr_values", options.acr_values.clone()),
        ("audience", options.audience.clone()),
    ];
    params.extend(
        optional
            .into_iter()
            .filter_map(|(name, value)| value.map(|v| (name, v))),
    );
    for (name, value) in &options.extra {
        if RESERVED.contains(&name.as_str()) || params.iter().any(|(n, _)| n == name) {
            return Err(Error::invalid_argument(format!(
                "the authorization parameter {name} is set by the SDK or given twice"
            )));
        }
        params.push((name.as_str(), value.clone()));
    }
    let query = params
        .iter()
        .map(|(name, value)| format!("{}={}", percent_encode(name), percent_encode(value)))
        .collect::<Vec<_>>()
        .join("&");
    let url = format!(
        "{}{AUTHORIZE_PATH}?{query}",
        settings.configuration().base_path()
    );
    Ok((
        url,
        PendingAuthorization {
            state,
            code_verifier,
            nonce,
            redirect_uri: settings.redirect_uri.clone(),
            scope,
            created_at: now_ms,
        },
    ))
}

fn normalize_scope(scope: &str) -> Result<String, Error> {
    // RFC 6749 §3.3: scope tokens are %x21 / %x23-5B / %x5D-7E, separated by spaces.
    let tokens: Vec<&str> = scope.split_ascii_whitespace().collect();
    let valid = |token: &&str| {
        token
            .bytes()
            .all(|b| b == 0x21 || (0x23..=0x5b).contains(&b) || (0x5d..=0x7e).contains(&b))
    };
    if tokens.is_empty() || !tokens.iter().all(valid) {
        return Err(Error::invalid_argument(
            "scope must be space-separated scope tokens (RFC 6749 §3.3)".to_owned(),
        ));
    }
    Ok(tokens.join(" "))
}

/// The parameters of the redirect back to the app (RFC 6749 §4.1.2, RFC 9207).
#[derive(Clone, Default, PartialEq, Eq)]
pub struct CallbackParams {
    /// `code`.
    pub code: Option<String>,
    /// `state`.
    pub state: Option<String>,
    /// `error`.
    pub error: Option<String>,
    /// `error_description`.
    pub error_description: Option<String>,
    /// `iss` (RFC 9207).
    pub iss: Option<String>,
}

impl std::fmt::Debug for CallbackParams {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CallbackParams")
            .field("code", &self.code.as_ref().map(|_| "<redacted>"))
            .field("state", &self.state)
            .field("error", &self.error)
            .field("error_description", &self.error_description)
            .field("iss", &self.iss)
            .finish()
    }
}

impl CallbackParams {
    /// Reads the query of the callback URL (or, for `response_mode=fragment`, its fragment
    /// when the query carries neither `code` nor `error`).
    pub fn parse(url: &str) -> Self {
        let (before_fragment, fragment) = match url.split_once('#') {
            Some((before, fragment)) => (before, Some(fragment)),
            None => (url, None),
        };
        let query = before_fragment.split_once('?').map(|(_, q)| q);
        let from = |text: &str| {
            let mut params = Self::default();
            for pair in text.split('&').filter(|p| !p.is_empty()) {
                let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
                let slot = match form_decode(name).as_str() {
                    "code" => &mut params.code,
                    "state" => &mut params.state,
                    "error" => &mut params.error,
                    "error_description" => &mut params.error_description,
                    "iss" => &mut params.iss,
                    _ => continue,
                };
                // The first occurrence counts; RFC 6749 §3.1 forbids repeats anyway.
                if slot.is_none() {
                    *slot = Some(form_decode(value));
                }
            }
            params
        };
        let from_query = query.map(from).unwrap_or_default();
        if from_query.code.is_some() || from_query.error.is_some() {
            return from_query;
        }
        match fragment.map(from) {
            Some(params) if params.code.is_some() || params.error.is_some() => params,
            _ => from_query,
        }
    }

    /// The storage key of the authorization this callback answers, if it carries a `state`.
    pub fn storage_key(&self) -> Option<String> {
        self.state.as_deref().map(storage_key)
    }

    /// Checks the callback against the authorization remembered under its `state` (`None`
    /// when there is none) and returns the authorization code.
    ///
    /// The order matters: a callback whose `state` matches nothing remembered is refused before
    /// anything else in it is believed ([`check_state`](Self::check_state)); then its issuer is
    /// checked (RFC 9207 §2.4, error responses included, since a mix-up attacker can forge those
    /// too); only then is an error response the server's error, or the code returned.
    pub fn validate(
        &self,
        settings: &ClientSettings,
        pending: Option<&PendingAuthorization>,
        now_ms: u64,
    ) -> Result<String, Error> {
        self.check_state(pending, now_ms)?;
        self.check_issuer(settings)?;
        if self.error.is_some() {
            return Err(self.server_error());
        }
        match self.code.as_deref() {
            Some(code) if !code.is_empty() => Ok(code.to_owned()),
            _ => Err(sdk_error(
                INVALID_RESPONSE,
                "the callback carries neither a code nor an error".to_owned(),
            )),
        }
    }

    /// The first step of [`validate`](Self::validate), which needs no issuer: the callback's
    /// `state` must be that of `pending`, started less than [`PENDING_LIFETIME_MS`] ago. A
    /// caller that must fetch the server's metadata before `validate` runs this first, so that a
    /// forged callback makes no request at all.
    pub fn check_state(
        &self,
        pending: Option<&PendingAuthorization>,
        now_ms: u64,
    ) -> Result<(), Error> {
        let matched = match (pending, &self.state) {
            (Some(pending), Some(state)) if constant_time_eq(&pending.state, state) => pending,
            (_, None) if self.error.is_some() => {
                // An error without state (RFC 6749 lets the server omit it when the request
                // could not be parsed): surface it, there is nothing to exchange anyway.
                return Err(self.server_error());
            }
            _ => {
                return Err(sdk_error(
                    STATE_MISMATCH,
                    "the callback's state matches no authorization started in this browser \
                     (opened twice, in another tab or browser, or forged); start the \
                     authorization again"
                        .to_owned(),
                ))
            }
        };
        if now_ms.saturating_sub(matched.created_at) > PENDING_LIFETIME_MS {
            return Err(sdk_error(
                STATE_MISMATCH,
                "the authorization was started more than 10 minutes ago; start it again".to_owned(),
            ));
        }
        Ok(())
    }

    /// RFC 9207 §2.4: an `iss` in the callback must always be the expected issuer, whether or not
    /// the server announced it; when the server's metadata announces it, it must be there.
    fn check_issuer(&self, settings: &ClientSettings) -> Result<(), Error> {
        let expected = settings.expected_issuer()?;
        match &self.iss {
            Some(iss) if !same_issuer(expected, iss) => Err(sdk_error(
                INVALID_RESPONSE,
                "the callback comes from another issuer than the expected one (RFC 9207); the \
                 code was not used"
                    .to_owned(),
            )),
            None if settings.authorization_response_iss_parameter_supported => Err(sdk_error(
                INVALID_RESPONSE,
                "the callback has no iss, though the server's metadata says it sends one \
                 (RFC 9207); the code was not used"
                    .to_owned(),
            )),
            _ => Ok(()),
        }
    }

    fn server_error(&self) -> Error {
        oauth2_error(
            0,
            self.error.as_deref().unwrap_or_default(),
            self.error_description.as_deref(),
        )
    }
}

/// Whether a received issuer is the expected (configured or discovered) one: a string
/// comparison (OpenID Connect Core §3.1.3.7, RFC 9207 §2.4) that forgives a trailing slash,
/// since a configured issuer is typed by a person and Hydra's issuers often end in `/`. Two
/// URLs that differ only by it name the same server, so this opens no mix-up.
pub(crate) fn same_issuer(a: &str, b: &str) -> bool {
    a.trim_end_matches('/') == b.trim_end_matches('/')
}

fn constant_time_eq(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |diff, (x, y)| diff | (x ^ y))
            == 0
}

/// `application/x-www-form-urlencoded` decoding: `+` is a space, `%XX` a byte; invalid UTF-8
/// is replaced, a stray `%` kept.
fn form_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        match bytes[index] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = bytes
                    .get(index + 1..index + 3)
                    .and_then(|h| std::str::from_utf8(h).ok())
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(byte) => {
                        out.push(byte);
                        index += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            byte => out.push(byte),
        }
        index += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> ClientSettings {
        let mut settings = ClientSettings::new(
            "https://auth.example/",
            "spa",
            "http://localhost:3000/callback",
        )
        .unwrap();
        settings.scope = "openid offline_access".to_owned();
        settings.issuer = Some("https://auth.example".to_owned());
        settings
    }

    fn random() -> [u8; RANDOM_BYTES] {
        let mut random = [0u8; RANDOM_BYTES];
        for (index, byte) in random.iter_mut().enumerate() {
            *byte = index as u8;
        }
        random
    }

    fn query_of(url: &str) -> Vec<(String, String)> {
        url.split_once('?')
            .unwrap()
            .1
            .split('&')
            .map(|pair| {
                let (n, v) = pair.split_once('=').unwrap();
                (form_decode(n), form_decode(v))
            })
            .collect()
    }

    #[test]
    fn the_authorization_url_carries_pkce_state_and_nonce() {
        let options = AuthorizeOptions {
            prompt: Some("consent".into()),
            extra: vec![("resource".into(), "https://api.example/".into())],
            ..Default::default()
        };
        let (url, pending) = authorize(&settings(), &options, &random(), 1_000).unwrap();
        assert!(url.starts_with("https://auth.example/oauth2/auth?response_type=code&"));
        let query = query_of(&url);
        let get = |name: &str| {
            query
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.as_str())
        };
        assert_eq!(get("client_id"), Some("spa"));
        assert_eq!(get("redirect_uri"), Some("http://localhost:3000/callback"));
        assert_eq!(get("scope"), Some("openid offline_access"));
        assert_eq!(get("code_challenge_method"), Some("S256"));
        assert_eq!(
            get("code_challenge"),
            Some(pkce::challenge_s256(&pending.code_verifier).as_str())
        );
        assert_eq!(get("state"), Some(pending.state.as_str()));
        assert_eq!(get("nonce"), pending.nonce.as_deref());
        assert_eq!(get("prompt"), Some("consent"));
        assert_eq!(get("resource"), Some("https://api.example/"));
        assert!(
            !url.contains(&pending.code_verifier),
            "the verifier stays out of the URL"
        );
        assert_eq!(pending.code_verifier.len(), 43);
        assert_eq!(pending.state.len(), 32);
        assert_ne!(Some(&pending.state), pending.nonce.as_ref());
        assert_eq!(pending.created_at, 1_000);
        assert!(pending.storage_key().starts_with(STORAGE_PREFIX));
        assert!(!format!("{pending:?}").contains(&pending.code_verifier));
        assert_eq!(
            PendingAuthorization::from_json(&pending.to_json()).unwrap(),
            pending
        );
    }

    #[test]
    fn plain_oauth2_has_no_nonce_and_reserved_names_are_refused() {
        let options = AuthorizeOptions {
            scope: Some("  read   write ".into()),
            ..Default::default()
        };
        let (url, pending) = authorize(&settings(), &options, &random(), 0).unwrap();
        assert_eq!(pending.nonce, None);
        assert_eq!(pending.scope, "read write");
        assert!(!url.contains("nonce="));
        for name in ["state", "code_challenge", "prompt"] {
            let options = AuthorizeOptions {
                prompt: Some("login".into()),
                extra: vec![(name.into(), "x".into())],
                ..Default::default()
            };
            assert!(
                authorize(&settings(), &options, &random(), 0).is_err(),
                "{name}"
            );
        }
        let bad_scope = AuthorizeOptions {
            scope: Some("a\"b".into()),
            ..Default::default()
        };
        assert!(authorize(&settings(), &bad_scope, &random(), 0).is_err());
    }

    #[test]
    fn callbacks_are_parsed_from_the_query_or_the_fragment() {
        let params = CallbackParams::parse(
            "http://localhost:3000/callback?code=a%2Bb+c&state=s1&iss=https%3A%2F%2Fauth.example#x",
        );
        assert_eq!(params.code.as_deref(), Some("a+b c"));
        assert_eq!(params.state.as_deref(), Some("s1"));
        assert_eq!(params.iss.as_deref(), Some("https://auth.example"));
        assert!(!format!("{params:?}").contains("a+b c"));
        let fragment = CallbackParams::parse("http://localhost:3000/callback#code=c&state=s");
        assert_eq!(fragment.code.as_deref(), Some("c"));
        let broken = CallbackParams::parse("/cb?error=%zz&state=%E2%82");
        assert_eq!(broken.error.as_deref(), Some("%zz"));
        assert_eq!(broken.state.as_deref(), Some("\u{fffd}"));
    }

    #[test]
    fn validation_checks_state_first() {
        let settings = settings();
        let (_, pending) = authorize(&settings, &Default::default(), &random(), 0).unwrap();
        let url = |query: &str| format!("http://localhost:3000/callback?{query}");

        let ok = CallbackParams::parse(&url(&format!("code=c0de&state={}", pending.state)));
        assert_eq!(ok.validate(&settings, Some(&pending), 5).unwrap(), "c0de");

        let forged = CallbackParams::parse(&url("code=c0de&state=other"));
        let error = forged.validate(&settings, Some(&pending), 5).unwrap_err();
        assert_eq!(error.kind.as_str(), STATE_MISMATCH);
        let unknown = ok.validate(&settings, None, 5).unwrap_err();
        assert_eq!(unknown.kind.as_str(), STATE_MISMATCH);
        // A forged error response with a wrong state is a state mismatch, not the server's word.
        let forged_error = CallbackParams::parse(&url("error=access_denied&state=other"));
        assert_eq!(
            forged_error
                .validate(&settings, Some(&pending), 5)
                .unwrap_err()
                .kind
                .as_str(),
            STATE_MISMATCH
        );

        let denied = CallbackParams::parse(&url(&format!(
            "error=access_denied&error_description=The+end-user+denied&state={}",
            pending.state
        )));
        let error = denied.validate(&settings, Some(&pending), 5).unwrap_err();
        assert_eq!(error.kind.as_str(), "access_denied");
        assert_eq!(error.reason.as_deref(), Some("The end-user denied"));

        let stale = ok
            .validate(&settings, Some(&pending), PENDING_LIFETIME_MS + 1)
            .unwrap_err();
        assert_eq!(stale.kind.as_str(), STATE_MISMATCH);

        let empty = CallbackParams::parse(&url(&format!("state={}", pending.state)));
        assert_eq!(
            empty
                .validate(&settings, Some(&pending), 5)
                .unwrap_err()
                .kind
                .as_str(),
            INVALID_RESPONSE
        );
    }

    #[test]
    fn the_issuer_of_the_callback_is_checked_when_known() {
        let mut settings = settings();
        settings.issuer = Some("https://auth.example".into());
        let (_, pending) = authorize(&settings, &Default::default(), &random(), 0).unwrap();
        let with_iss = |iss: &str| {
            CallbackParams::parse(&format!(
                "http://localhost:3000/callback?code=c&state={}&iss={}",
                pending.state,
                percent_encode(iss)
            ))
        };
        assert!(with_iss("https://auth.example/")
            .validate(&settings, Some(&pending), 0)
            .is_ok());
        let error = with_iss("https://evil.example")
            .validate(&settings, Some(&pending), 0)
            .unwrap_err();
        assert_eq!(error.kind.as_str(), INVALID_RESPONSE);
    }
}
