//! `Debug` output without credentials: what request structs and request bodies print in place
//! of a secret, and the rules that say which values are secrets.
//!
//! A credential never goes into a URL, a log, an error or the DOM, and `{:?}` (or
//! `tracing::debug!(?request)`) is a log. So the types that hold what a client sends print
//! `<redacted>` for a credential that is present and `None` for one that is absent, and show
//! everything else as the derived `Debug` would:
//! - the request structs of [`endpoints`](crate::endpoints): `declare_endpoints!` writes their
//!   `Debug`, which redacts every parameter [`Param::is_credential`](crate::endpoint::Param::is_credential)
//!   names, and prints their body with [`DebugBody`];
//! - the request bodies of [`models`](crate::models): a hand-written `Debug` per body type
//!   (`src/models/update_bodies.rs`), whose exhaustive destructuring makes a new field a compile
//!   error until it is declared shown, secret or JSON;
//! - raw JSON (a `serde_json::Value` body, `extra`, `transient_payload`): printed with the value
//!   of every key [`is_credential_key`] names redacted, and in a JSON Patch operation the
//!   `value` of a `path` into a credential;
//! - what is built from them: [`Arguments`](crate::endpoint::Arguments) (every text value),
//!   [`HttpRequest`](crate::endpoint::HttpRequest) (credential query parameters, headers and
//!   body fields) and [`CallOptions`](crate::endpoint::CallOptions) (credential headers).

use std::fmt;

use serde_json::{Map, Value};

/// What is printed in place of a credential.
pub const REDACTED: &str = "<redacted>";

/// Header names (compared case-insensitively) whose value is a credential.
pub const CREDENTIAL_HEADERS: &[&str] = &["cookie", "x-session-token", "authorization"];

/// Parameter wire names (compared case-insensitively) whose value is a credential wherever it
/// goes (query, form field, header, path).
pub const CREDENTIAL_PARAMS: &[&str] = &[
    "token",
    "code",
    "refresh_token",
    "init_code",
    "return_to_code",
    "code_verifier",
    "client_secret",
    "client_assertion",
    "session_token",
    "access_token",
    "id_token",
    "password",
    "api_key",
];

/// JSON keys (compared case-insensitively) whose value is a credential in a request body.
/// Keys ending in `password`, `_secret` or `_token` are credentials too ([`is_credential_key`]).
pub const CREDENTIAL_KEYS: &[&str] = &[
    "password",
    "hashed_password",
    "totp_code",
    "lookup_secret",
    "code",
    "csrf_token",
    "session_token",
    "ory_session_token",
    "token",
    "id_token",
    "access_token",
    "refresh_token",
    "init_code",
    "return_to_code",
    "code_verifier",
    "client_secret",
    "client_assertion",
    "registration_access_token",
    "secret",
    "secrets",
    "api_key",
    "private_key",
    "connection_uri",
    // The private parts of a JSON Web Key (RFC 7518 §6.2.2, §6.3.2, §6.4.1).
    "d",
    "p",
    "q",
    "dp",
    "dq",
    "qi",
    "oth",
    "k",
];

/// Whether the value of a JSON key is a credential: [`CREDENTIAL_KEYS`], or a key ending in
/// `password`, `_secret` or `_token`.
pub fn is_credential_key(key: &str) -> bool {
    let key = key.to_ascii_lowercase();
    CREDENTIAL_KEYS.contains(&key.as_str())
        || key.ends_with("password")
        || key.ends_with("_secret")
        || key.ends_with("_token")
}

/// Whether a header's value is a credential, in a request already built
/// ([`HttpRequest`](crate::endpoint::HttpRequest)) or in extra headers: one of
/// [`CREDENTIAL_HEADERS`], or a name containing `token`, `secret`, `password`, `cookie`,
/// `api-key` or `apikey` (case-insensitive).
pub fn is_credential_header(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    CREDENTIAL_HEADERS.contains(&name.as_str())
        || ["token", "secret", "password", "cookie", "api-key", "apikey"]
            .iter()
            .any(|part| name.contains(part))
}

/// Whether a query or form key is a credential: a name of [`CREDENTIAL_PARAMS`].
fn is_credential_param_name(name: &str) -> bool {
    CREDENTIAL_PARAMS
        .iter()
        .any(|param| param.eq_ignore_ascii_case(name))
}

/// `a=1&token=x` with the value of every credential key ([`CREDENTIAL_PARAMS`]) replaced by
/// `<redacted>`.
fn redact_pairs(pairs: &str) -> String {
    pairs
        .split('&')
        .map(|pair| match pair.split_once('=') {
            Some((key, _)) if is_credential_param_name(key) => format!("{key}={REDACTED}"),
            _ => pair.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// A URL with the values of its credential query parameters ([`CREDENTIAL_PARAMS`])
/// redacted.
pub fn redact_url(url: &str) -> String {
    let (url, fragment) = match url.split_once('#') {
        Some((url, fragment)) => (url, Some(fragment)),
        None => (url, None),
    };
    let mut out = match url.split_once('?') {
        Some((path, query)) => format!("{path}?{}", redact_pairs(query)),
        None => url.to_owned(),
    };
    if let Some(fragment) = fragment {
        out.push('#');
        out.push_str(fragment);
    }
    out
}

/// A request body as text: JSON with its credential keys redacted, anything else as form
/// fields with the credential ones ([`CREDENTIAL_PARAMS`]) redacted.
pub fn redact_body_text(body: &str) -> String {
    match serde_json::from_str::<Value>(body) {
        Ok(json) => json.redacted().to_string(),
        Err(_) => redact_pairs(body),
    }
}

/// Headers as `Debug` prints them, with credential values ([`is_credential_header`]) as
/// `<redacted>`.
pub struct Headers<'a>(pub &'a [(String, String)]);

impl fmt::Debug for Headers<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(self.0.iter().map(|(name, value)| {
                if is_credential_header(name) {
                    (name.as_str(), REDACTED)
                } else {
                    (name.as_str(), value.as_str())
                }
            }))
            .finish()
    }
}

/// Whether a JSON Patch `path` points into a credential: one of its segments is
/// `credentials` (an identity's) or a credential key.
fn is_credential_path(path: &str) -> bool {
    path.split('/')
        .any(|segment| segment == "credentials" || is_credential_key(segment))
}

fn redacted_value() -> Value {
    Value::String(REDACTED.to_owned())
}

fn redact_map(map: &Map<String, Value>) -> Map<String, Value> {
    let patch_into_credential = map.get("op").is_some_and(Value::is_string)
        && map
            .get("path")
            .and_then(Value::as_str)
            .is_some_and(is_credential_path);
    map.iter()
        .map(|(key, value)| {
            let secret = is_credential_key(key) || (patch_into_credential && key == "value");
            let value = if secret {
                redacted_value()
            } else {
                redact_value(value)
            };
            (key.clone(), value)
        })
        .collect()
}

fn redact_value(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(redact_map(map)),
        Value::Array(items) => Value::Array(items.iter().map(redact_value).collect()),
        other => other.clone(),
    }
}

/// Raw JSON with its credentials replaced by `"<redacted>"`.
pub trait RedactJson {
    /// A copy with the value of every credential key replaced.
    fn redacted(&self) -> Self;
}

impl RedactJson for Value {
    fn redacted(&self) -> Self {
        redact_value(self)
    }
}

impl RedactJson for Map<String, Value> {
    fn redacted(&self) -> Self {
        redact_map(self)
    }
}

impl<T: RedactJson> RedactJson for Option<T> {
    fn redacted(&self) -> Self {
        self.as_ref().map(RedactJson::redacted)
    }
}

/// Prints raw JSON (`Value`, a map, or an `Option` of them) as its `Debug` does, with its
/// credentials redacted.
pub struct Json<'a, T>(pub &'a T);

impl<T: RedactJson + fmt::Debug> fmt::Debug for Json<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0.redacted(), f)
    }
}

/// Whether a secret is there: a required one always is, an optional one when `Some`.
pub trait Presence {
    /// `true` when there is a value to hide.
    fn is_present(&self) -> bool;
}

impl Presence for String {
    fn is_present(&self) -> bool {
        true
    }
}

impl<T> Presence for Option<T> {
    fn is_present(&self) -> bool {
        self.is_some()
    }
}

/// Prints a secret: `<redacted>` when present, `None` when absent.
pub struct Secret(bool);

impl Secret {
    /// The stand-in for `value`.
    pub fn of<T: Presence + ?Sized>(value: &T) -> Self {
        Self(value.is_present())
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(if self.0 { REDACTED } else { "None" })
    }
}

/// Prints `<redacted>` in place of a value that is a secret in this instance, and the value's own
/// `Debug` otherwise: for fields whose secrecy depends on the node they are in (a UI node's value
/// or text).
pub struct Hidden<'a, T: ?Sized>(bool, &'a T);

impl<'a, T: fmt::Debug + ?Sized> Hidden<'a, T> {
    /// `value`, hidden when `secret`.
    pub fn when(secret: bool, value: &'a T) -> Self {
        Self(secret, value)
    }
}

impl<T: fmt::Debug + ?Sized> fmt::Debug for Hidden<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0 {
            f.write_str(REDACTED)
        } else {
            self.1.fmt(f)
        }
    }
}

/// Kratos' text nodes that show a secret (settings flow): the TOTP key, and the backup codes,
/// all of them or one. Known by the node's id or by the message id of its text.
const SECRET_TEXT_NODES: &[&str] = &["totp_secret_key", "lookup_secret_codes"];
const SECRET_TEXT_IDS: &[i64] = &[
    1_050_006, // "{secret}": the TOTP key
    1_050_009, // "{secret}": one backup code
    1_050_015, // "{secrets}": the backup codes
];

/// Whether a UI text node (`id`, and its text's message id) shows a secret.
pub fn is_secret_ui_text(node_id: Option<&str>, message_id: i64) -> bool {
    node_id.is_some_and(|id| SECRET_TEXT_NODES.contains(&id))
        || SECRET_TEXT_IDS.contains(&message_id)
}

/// Whether a UI image node shows a secret: the TOTP QR code encodes the key.
pub fn is_secret_ui_image(node_id: Option<&str>) -> bool {
    node_id == Some("totp_qr")
}

/// How a request struct prints its body: a typed body model with its own redacting `Debug`,
/// raw JSON with its credentials redacted. A body type without this impl does not compile in
/// `declare_endpoints!`, so none is printed unredacted by accident.
pub trait DebugBody {
    /// Writes the body for `Debug`.
    fn fmt_body(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}

impl DebugBody for Value {
    fn fmt_body(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&Json(self), f)
    }
}

impl<T: DebugBody> DebugBody for Option<T> {
    fn fmt_body(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            None => f.write_str("None"),
            Some(body) => f.debug_tuple("Some").field(&Body(body)).finish(),
        }
    }
}

/// Prints a request body through [`DebugBody`].
pub struct Body<'a, T: ?Sized>(pub &'a T);

impl<T: DebugBody + ?Sized> fmt::Debug for Body<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt_body(f)
    }
}

/// Writes the `Debug` of a model that carries a credential: every field as the derive prints it,
/// except the `secret` ones ([`Secret`]), the `url` ones (their credential query parameters
/// redacted) and the `json` ones ([`Json`]). The destructuring is exhaustive, so a new field does
/// not compile until it is listed in one of them.
macro_rules! redacting_debug {
    (
        $type:ident {
            $($field:ident),* ;
            secret: $($secret:ident),* ;
            url: $($url:ident),* ;
            json: $($json:ident),* $(;)?
        }
    ) => {
        impl std::fmt::Debug for $type {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                let Self { $($field,)* $($secret,)* $($url,)* $($json,)* } = self;
                f.debug_struct(stringify!($type))
                    $(.field(stringify!($field), $field))*
                    $(.field(stringify!($secret), &$crate::redact::Secret::of($secret)))*
                    $(.field(stringify!($url), &$crate::redact::redact_url($url)))*
                    $(.field(stringify!($json), &$crate::redact::Json($json)))*
                    .finish()
            }
        }
    };
}
pub(crate) use redacting_debug;

/// A field's name as written in Rust (`r#type`) as the derived `Debug` prints it (`type`).
pub fn field_name(name: &'static str) -> &'static str {
    name.strip_prefix("r#").unwrap_or(name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn json_credentials_are_redacted_at_any_depth() {
        let value = json!({
            "name": "n",
            "client_secret": "s1",
            "nested": [{"password": {"config": "s2"}, "label": "l"}],
            "webhook_auth_password": "s3",
            "page": {"csrf_token": "s4"},
        });
        assert_eq!(
            value.redacted(),
            json!({
                "name": "n",
                "client_secret": "<redacted>",
                "nested": [{"password": "<redacted>", "label": "l"}],
                "webhook_auth_password": "<redacted>",
                "page": {"csrf_token": "<redacted>"},
            })
        );
    }

    #[test]
    fn a_json_patch_into_a_credential_is_redacted() {
        let patch = json!([
            {"op": "replace", "path": "/credentials/password/config/password", "value": "s"},
            {"op": "add", "path": "/client_secret", "value": "s"},
            {"op": "replace", "path": "/traits/email", "value": "a@b.c"},
        ]);
        assert_eq!(
            patch.redacted(),
            json!([
                {"op": "replace", "path": "/credentials/password/config/password", "value": "<redacted>"},
                {"op": "add", "path": "/client_secret", "value": "<redacted>"},
                {"op": "replace", "path": "/traits/email", "value": "a@b.c"},
            ])
        );
    }

    #[test]
    fn urls_bodies_and_headers_are_redacted() {
        assert_eq!(
            redact_url("https://x/self-service/recovery?flow=f&token=t#top"),
            "https://x/self-service/recovery?flow=f&token=<redacted>#top"
        );
        assert_eq!(
            redact_body_text("grant_type=authorization_code&code=c&code_verifier=v&redirect_uri=r"),
            "grant_type=authorization_code&code=<redacted>&code_verifier=<redacted>&redirect_uri=r"
        );
        assert_eq!(
            redact_body_text(r#"{"identifier":"i","password":"p"}"#),
            r#"{"identifier":"i","password":"<redacted>"}"#
        );
        let headers = [
            ("Accept".to_owned(), "application/json".to_owned()),
            ("Cookie".to_owned(), "c".to_owned()),
            ("X-Session-Token".to_owned(), "t".to_owned()),
            ("Authorization".to_owned(), "Bearer k".to_owned()),
            ("X-Api-Key".to_owned(), "k".to_owned()),
        ];
        assert_eq!(
            format!("{:?}", Headers(&headers)),
            "[(\"Accept\", \"application/json\"), (\"Cookie\", \"<redacted>\"), \
             (\"X-Session-Token\", \"<redacted>\"), (\"Authorization\", \"<redacted>\"), \
             (\"X-Api-Key\", \"<redacted>\")]"
        );
    }

    #[test]
    fn secrets_print_redacted_or_none() {
        assert_eq!(format!("{:?}", Secret::of(&"x".to_owned())), "<redacted>");
        assert_eq!(format!("{:?}", Secret::of(&Some("x"))), "<redacted>");
        assert_eq!(format!("{:?}", Secret::of(&None::<String>)), "None");
        assert_eq!(
            format!("{:?}", Body(&Some(json!({"token": "t"})))),
            "Some(Object {\"token\": String(\"<redacted>\")})"
        );
        assert_eq!(field_name("r#type"), "type");
    }
}
