//! The endpoint machinery: what one HTTP operation is ([`Endpoint`]), how a request for it is
//! built ([`build_request`]), and what its successful answer must look like ([`Shape`]).
//!
//! Endpoints do no I/O: they describe a request and check an answer, so every endpoint's
//! method, path, query names and headers are tested natively against the OpenAPI specs, and
//! any transport (the browser's `fetch`, a test double) can send them.

use crate::config::{Configuration, Credentials, Mode};
use crate::error::Error;
use crate::json_view::{JsonKind, JsonView};
use crate::url::{is_same_origin_path, HttpUrl};

/// An HTTP method.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// `GET`
    Get,
    /// `POST`
    Post,
    /// `PUT`
    Put,
    /// `PATCH`
    Patch,
    /// `DELETE`
    Delete,
}

impl Method {
    /// The method's name on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Get => "GET",
            Self::Post => "POST",
            Self::Put => "PUT",
            Self::Patch => "PATCH",
            Self::Delete => "DELETE",
        }
    }
}

/// Where a parameter goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Location {
    /// `{name}` in the path template, percent-encoded.
    Path,
    /// `?name=value`.
    Query,
    /// An HTTP header.
    Header,
    /// A field of an `application/x-www-form-urlencoded` body (the OAuth2 token, revocation
    /// and introspection endpoints). Both generations of the official clients take these
    /// fields as plain arguments, not as a body object, so they are declared as parameters;
    /// [`build_request`] percent-encodes them into the body.
    Form,
}

/// One parameter of an operation, under its name in the OpenAPI spec.
///
/// Its JavaScript name is derived by [`js_name`] (`return_to` → `returnTo`,
/// `X-Session-Token` → `xSessionToken`), the convention of the official generated clients.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Param {
    /// The name in the spec: the query key, the path placeholder or the header name.
    pub wire: &'static str,
    /// Where it goes.
    pub location: Location,
    /// Whether the operation fails without it.
    pub required: bool,
}

impl Param {
    /// An optional query parameter.
    pub const fn query(wire: &'static str) -> Self {
        Self {
            wire,
            location: Location::Query,
            required: false,
        }
    }

    /// A required query parameter.
    pub const fn required_query(wire: &'static str) -> Self {
        Self {
            wire,
            location: Location::Query,
            required: true,
        }
    }

    /// A path parameter (always required).
    pub const fn path(wire: &'static str) -> Self {
        Self {
            wire,
            location: Location::Path,
            required: true,
        }
    }

    /// An optional header.
    pub const fn header(wire: &'static str) -> Self {
        Self {
            wire,
            location: Location::Header,
            required: false,
        }
    }

    /// An optional field of the form-encoded body.
    pub const fn form(wire: &'static str) -> Self {
        Self {
            wire,
            location: Location::Form,
            required: false,
        }
    }

    /// A required field of the form-encoded body.
    pub const fn required_form(wire: &'static str) -> Self {
        Self {
            wire,
            location: Location::Form,
            required: true,
        }
    }

    /// The parameter's name in JavaScript request objects.
    pub fn js_name(&self) -> String {
        js_name(self.wire)
    }

    /// Whether the value is a credential, which `Debug` never prints: a header named in
    /// [`CREDENTIAL_HEADERS`](crate::redact::CREDENTIAL_HEADERS) (`Cookie`, `X-Session-Token`,
    /// `Authorization`), or a parameter whose wire name is in
    /// [`CREDENTIAL_PARAMS`](crate::redact::CREDENTIAL_PARAMS) (`token`, `code`,
    /// `refresh_token`, `init_code`, `return_to_code`, …), wherever it goes. Names are compared
    /// case-insensitively.
    pub fn is_credential(&self) -> bool {
        let listed = |names: &[&str]| {
            names
                .iter()
                .any(|name| name.eq_ignore_ascii_case(self.wire))
        };
        (self.location == Location::Header && listed(crate::redact::CREDENTIAL_HEADERS))
            || listed(crate::redact::CREDENTIAL_PARAMS)
    }
}

/// The JSON request body of an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Body {
    /// The body's name in v1 request objects (`updateLoginFlowBody`).
    pub name: &'static str,
    /// Whether the operation fails without it.
    pub required: bool,
}

/// Which credentials an operation is sent with, from the `security` of its OpenAPI operation.
///
/// A credential that is not configured is not sent (the server answers 401), as in the
/// official clients; one that is sent goes into the `Authorization` header, never into the URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Auth {
    /// No credentials (self-service flows carry cookies or a session token instead).
    None,
    /// The Ory API key (`oryAccessToken`): `Authorization: Bearer <api key>`. Refused in a
    /// browser page unless [`Configuration::allow_api_key_in_browser`] is set.
    ApiKey,
    /// An OAuth2 access token (`oauth2`, or the `bearer` registration access token of OpenID
    /// Connect dynamic client registration): `Authorization: Bearer <access token>`.
    AccessToken,
    /// OAuth2 client credentials (`basic`): `Authorization: Basic base64(id:secret)`.
    ClientCredentials,
}

/// Which cookie rules an operation follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flavor {
    /// Browser or native, depending on the configuration and the call.
    Either,
    /// A native-flow endpoint (`/self-service/*/api`, native logout, token exchange): Kratos
    /// refuses it when it carries cookies, so it never sends them.
    Native,
}

/// What a successful answer carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A self-service flow: an object with an `id` and a `ui` holding a `nodes` array.
    Flow,
    /// A session: an object with an `id`.
    Session,
    /// A list of sessions.
    Sessions,
    /// `{logout_url, logout_token}`.
    LogoutFlow,
    /// A successful login: `{session, session_token?, continue_with?}`.
    SuccessfulLogin,
    /// A successful registration: `{identity, session?, session_token?, continue_with?}`.
    SuccessfulRegistration,
    /// `{session_token, session}` of the token exchange.
    TokenExchange,
    /// A flow error: `{id, error}`.
    FlowError,
    /// A session (200), or no body at all (204): `extendSession` answers 204 since Kratos v1.2.
    SessionOrEmpty,
    /// Any JSON object.
    Object,
    /// Any JSON array.
    Array,
    /// A text body (the WebAuthn JavaScript).
    Text,
    /// No body (204).
    Empty,
}

/// The v1 class an operation is a method of, as in the official clients.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Api {
    /// `FrontendApi`: self-service flows and sessions.
    Frontend,
    /// `IdentityApi`: identities, their sessions, recovery codes and links, identity schemas.
    Identity,
    /// `CourierApi`: the messages Kratos sent.
    Courier,
    /// `OAuth2Api`: clients, login/consent/logout requests, tokens, trusted JWT issuers.
    OAuth2,
    /// `OidcApi`: discovery, dynamic client registration, userinfo, logout.
    Oidc,
    /// `WellknownApi`: the public JSON Web Keys.
    Wellknown,
    /// `JwkApi`: JSON Web Key sets.
    Jwk,
    /// `ProjectApi`: Ory Network projects, members and API keys.
    Project,
}

impl Api {
    /// Every class, in the order the package declares them.
    pub const ALL: [Api; 8] = [
        Self::Frontend,
        Self::Identity,
        Self::Courier,
        Self::OAuth2,
        Self::Oidc,
        Self::Wellknown,
        Self::Jwk,
        Self::Project,
    ];

    /// The class's name in JavaScript.
    pub fn class_name(self) -> &'static str {
        match self {
            Self::Frontend => "FrontendApi",
            Self::Identity => "IdentityApi",
            Self::Courier => "CourierApi",
            Self::OAuth2 => "OAuth2Api",
            Self::Oidc => "OidcApi",
            Self::Wellknown => "WellknownApi",
            Self::Jwk => "JwkApi",
            Self::Project => "ProjectApi",
        }
    }
}

/// One HTTP operation of the Ory API.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Endpoint {
    /// The method.
    pub method: Method,
    /// The path template, e.g. `/sessions/{id}`.
    pub path: &'static str,
    /// The v1 class it is a method of.
    pub api: Api,
    /// The v1 operation id (`createBrowserLoginFlow`), if the operation has one.
    #[cfg(feature = "names")]
    pub v1_name: Option<&'static str>,
    /// The operation in the `V0alpha2Api` generation, if it has one there.
    #[cfg(feature = "names")]
    pub v0alpha2: Option<V0alpha2>,
    /// The parameters, in the order of the spec.
    pub params: &'static [Param],
    /// The JSON body, if the operation takes one.
    pub body: Option<Body>,
    /// Cookie rules.
    pub flavor: Flavor,
    /// The credentials it is sent with.
    pub auth: Auth,
    /// What a successful answer carries.
    pub shape: Shape,
    /// Whether a 401 without `error.id` means "no session" (as on `/sessions/whoami`).
    pub missing_session_is_inactive: bool,
}

/// An operation's name and positional arguments in the `V0alpha2Api` generation.
///
/// The old generated client (`@ory/client` 0.x, axios) took positional arguments: the
/// operation's parameters in spec order with the body last, stably sorted required-first.
/// The list is written out per endpoint (a test derives it from `openapi-v0.10.1.json`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct V0alpha2 {
    /// The operation id (`initializeSelfServiceLoginFlowForBrowsers`).
    pub name: &'static str,
    /// The JavaScript names of the positional arguments; [`BODY`] stands for the body.
    pub arguments: &'static [&'static str],
}

/// The token standing for the body in [`V0alpha2::arguments`].
pub const BODY: &str = "body";

/// The JavaScript name of a spec parameter: split on `_` and `-`, first word lower case, the
/// others capitalised (`X-Session-Token` → `xSessionToken`, `return_to` → `returnTo`).
pub fn js_name(wire: &str) -> String {
    let mut out = String::with_capacity(wire.len());
    for (index, word) in wire
        .split(['_', '-'])
        .filter(|word| !word.is_empty())
        .enumerate()
    {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            // Spec parameter names are ASCII; ASCII case mapping also keeps Unicode's case
            // tables out of the wasm binary.
            out.push(if index == 0 {
                first.to_ascii_lowercase()
            } else {
                first.to_ascii_uppercase()
            });
            out.push_str(chars.as_str());
        }
    }
    out
}

/// The snake_case form of a camelCase body key (`csrfToken` → `csrf_token`); keys without
/// capitals are returned unchanged.
pub fn snake_case(key: &str) -> String {
    let mut out = String::with_capacity(key.len() + 4);
    for (index, c) in key.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if index > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// A parameter value given by the caller.
#[derive(Debug, Clone, PartialEq)]
pub enum ParamValue {
    /// A string.
    Text(String),
    /// A boolean, sent as `true`/`false`.
    Bool(bool),
    /// A whole number.
    Integer(i64),
    /// A list (`ids`, `include_credential`): the name repeated once per item in a query
    /// (`?ids=a&ids=b`, the spec's default `form` style with `explode`), comma-joined elsewhere.
    List(Vec<String>),
}

impl ParamValue {
    fn render(&self) -> String {
        match self {
            Self::Text(text) => text.clone(),
            Self::Bool(flag) => flag.to_string(),
            Self::Integer(number) => number.to_string(),
            Self::List(items) => items.join(","),
        }
    }
}

/// The values of one call, aligned with [`Endpoint::params`], plus the JSON body text.
///
/// Its `Debug` does not know which values are credentials, so it prints every text value as
/// `<redacted>` (numbers and booleans as they are) and the body with its credential keys
/// redacted ([`crate::redact`]).
#[derive(Clone, Default, PartialEq)]
pub struct Arguments {
    /// One slot per declared parameter.
    pub values: Vec<Option<ParamValue>>,
    /// The serialised JSON body.
    pub body: Option<String>,
}

impl std::fmt::Debug for Arguments {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        struct Value<'a>(&'a Option<ParamValue>);
        impl std::fmt::Debug for Value<'_> {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                match self.0 {
                    None => f.write_str("None"),
                    Some(ParamValue::Text(_) | ParamValue::List(_)) => {
                        f.write_str(crate::redact::REDACTED)
                    }
                    Some(value) => value.fmt(f),
                }
            }
        }
        let Self { values, body } = self;
        f.debug_struct("Arguments")
            .field("values", &values.iter().map(Value).collect::<Vec<_>>())
            .field(
                "body",
                &body.as_deref().map(crate::redact::redact_body_text),
            )
            .finish()
    }
}

impl From<String> for ParamValue {
    fn from(text: String) -> Self {
        Self::Text(text)
    }
}

impl From<Vec<String>> for ParamValue {
    fn from(items: Vec<String>) -> Self {
        Self::List(items)
    }
}

impl From<bool> for ParamValue {
    fn from(flag: bool) -> Self {
        Self::Bool(flag)
    }
}

impl From<i64> for ParamValue {
    fn from(number: i64) -> Self {
        Self::Integer(number)
    }
}

/// An optional parameter's value.
pub fn value<T: Clone + Into<ParamValue>>(field: &Option<T>) -> Option<ParamValue> {
    field.clone().map(Into::into)
}

/// A typed body as JSON text.
pub fn json_body<T: serde::Serialize>(body: &T) -> Result<String, Error> {
    serde_json::to_string(body)
        .map_err(|e| Error::invalid_argument(format!("the body cannot be serialised: {e}")))
}

/// The typed request of one endpoint (the Rust API): its declaration, what a successful
/// answer decodes to, and its arguments.
pub trait Request {
    /// The endpoint this request calls.
    const ENDPOINT: &'static Endpoint;
    /// What a successful answer decodes to (`()` for 204, `String` for a text body).
    type Response: serde::de::DeserializeOwned;
    /// The parameter values and the body.
    fn arguments(&self) -> Result<Arguments, Error>;
}

impl Arguments {
    /// Arguments given by spec name (`("flow", …)`); names the endpoint does not declare are an
    /// error, so a typo cannot silently drop a parameter.
    pub fn named(
        endpoint: &Endpoint,
        given: &[(&str, ParamValue)],
        body: Option<String>,
    ) -> Result<Self, Error> {
        let mut values = vec![None; endpoint.params.len()];
        for (name, value) in given {
            let index = endpoint
                .params
                .iter()
                .position(|param| param.wire.eq_ignore_ascii_case(name))
                .ok_or_else(|| {
                    Error::invalid_argument(format!("{} has no parameter {name}", endpoint.path))
                })?;
            if let Some(slot) = values.get_mut(index) {
                *slot = Some(value.clone());
            }
        }
        Ok(Self { values, body })
    }
}

/// Per-call settings.
///
/// Its `Debug` prints the value of a credential header as `<redacted>`
/// ([`is_credential_header`](crate::redact::is_credential_header)).
#[derive(Clone, Default, PartialEq, Eq)]
pub struct CallOptions {
    /// Headers added to this call.
    pub headers: Vec<(String, String)>,
    /// Overrides the configured timeout.
    pub timeout_ms: Option<u32>,
}

impl std::fmt::Debug for CallOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let Self {
            headers,
            timeout_ms,
        } = self;
        f.debug_struct("CallOptions")
            .field("headers", &crate::redact::Headers(headers))
            .field("timeout_ms", timeout_ms)
            .finish()
    }
}

/// Where the SDK runs, as far as request building cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Platform {
    /// A browser page or worker: it sends its own cookies and refuses some headers.
    Browser,
    /// Node, Deno, an edge runtime: no cookie jar, every header may be set.
    Server,
}

/// A request ready for a transport.
///
/// Its `Debug` never prints a credential: the URL's credential query parameters, credential
/// headers ([`is_credential_header`](crate::redact::is_credential_header): `Cookie`,
/// `X-Session-Token`, `Authorization`, …) and the body's credentials (JSON keys or form
/// fields) are `<redacted>` ([`crate::redact`]).
#[derive(Clone, PartialEq, Eq)]
pub struct HttpRequest {
    /// The method.
    pub method: Method,
    /// The full URL.
    pub url: String,
    /// The headers, `Accept: application/json` first.
    pub headers: Vec<(String, String)>,
    /// The body: JSON, or `application/x-www-form-urlencoded` for [`Location::Form`] fields.
    pub body: Option<String>,
    /// The `credentials` mode of the `fetch`.
    pub credentials: Credentials,
    /// Abort after this many milliseconds.
    pub timeout_ms: Option<u32>,
}

impl std::fmt::Debug for HttpRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let Self {
            method,
            url,
            headers,
            body,
            credentials,
            timeout_ms,
        } = self;
        f.debug_struct("HttpRequest")
            .field("method", method)
            .field("url", &crate::redact::redact_url(url))
            .field("headers", &crate::redact::Headers(headers))
            .field(
                "body",
                &body.as_deref().map(crate::redact::redact_body_text),
            )
            .field("credentials", credentials)
            .field("timeout_ms", timeout_ms)
            .finish()
    }
}

impl HttpRequest {
    /// The value of the first header called `name` (case-insensitive), if any.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Headers a browser's `fetch` refuses to set (the Fetch standard's forbidden request
/// headers, plus `User-Agent`, which Chromium still refuses). Setting one would be silently
/// ignored, so the SDK says so instead.
const FORBIDDEN_IN_BROWSERS: &[&str] = &[
    "accept-charset",
    "accept-encoding",
    "access-control-request-headers",
    "access-control-request-method",
    "connection",
    "content-length",
    "cookie",
    "cookie2",
    "date",
    "dnt",
    "expect",
    "host",
    "keep-alive",
    "origin",
    "referer",
    "set-cookie",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
    "user-agent",
    "via",
];

fn check_header(name: &str, platform: Platform) -> Result<(), Error> {
    let lower = name.to_ascii_lowercase();
    let valid_token = !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b));
    if !valid_token {
        return Err(Error::invalid_argument(format!(
            "\"{name}\" is not a valid header name"
        )));
    }
    let forbidden = FORBIDDEN_IN_BROWSERS.contains(&lower.as_str())
        || lower.starts_with("proxy-")
        || lower.starts_with("sec-");
    if platform == Platform::Browser && forbidden {
        return Err(Error::invalid_argument(format!(
            "browsers do not let a page set the {name} header; {}",
            if lower == "cookie" {
                "a browser sends its own cookies (credentials: \"include\") — the cookie \
                 parameter is for server-side rendering, where it forwards the visitor's cookies"
            } else {
                "leave it out"
            }
        )));
    }
    Ok(())
}

fn check_header_value(name: &str, value: &str) -> Result<(), Error> {
    if value.bytes().any(|b| b == b'\r' || b == b'\n' || b == 0) {
        return Err(Error::invalid_argument(format!(
            "the value of the {name} header contains a line break"
        )));
    }
    Ok(())
}

/// Builds the request for one call of `endpoint`.
pub fn build_request(
    config: &Configuration,
    endpoint: &Endpoint,
    arguments: &Arguments,
    options: &CallOptions,
    platform: Platform,
) -> Result<HttpRequest, Error> {
    if arguments.values.len() != endpoint.params.len() {
        return Err(Error::invalid_argument(format!(
            "{} takes {} parameters, {} were given",
            endpoint.path,
            endpoint.params.len(),
            arguments.values.len()
        )));
    }
    let mut path = endpoint.path.to_owned();
    let mut query = String::new();
    let mut headers = vec![("Accept".to_owned(), "application/json".to_owned())];
    let mut carries = Carried::default();
    let mut form: Option<String> = None;

    for (param, value) in endpoint.params.iter().zip(&arguments.values) {
        if param.location == Location::Form && form.is_none() {
            // A form endpoint always has a body, even when every field is left out.
            form = Some(String::new());
        }
        let Some(value) = value else {
            if param.required {
                return Err(Error::invalid_argument(format!(
                    "the parameter {} is required",
                    param.js_name()
                )));
            }
            continue;
        };
        let text = value.render();
        match param.location {
            Location::Path => {
                path = path.replace(
                    &format!("{{{}}}", param.wire),
                    &path_segment(&param.js_name(), &text)?,
                );
            }
            Location::Query => {
                let items = match value {
                    ParamValue::List(items) => items.clone(),
                    _ => vec![text],
                };
                for item in items {
                    query.push(if query.is_empty() { '?' } else { '&' });
                    query.push_str(&percent_encode(param.wire));
                    query.push('=');
                    query.push_str(&percent_encode(&item));
                }
            }
            Location::Header => {
                check_header(param.wire, platform)?;
                check_header_value(param.wire, &text)?;
                carries.note(param.wire);
                headers.push((param.wire.to_owned(), text));
            }
            Location::Form => {
                let body = form.get_or_insert_with(String::new);
                if !body.is_empty() {
                    body.push('&');
                }
                body.push_str(&percent_encode(param.wire));
                body.push('=');
                body.push_str(&percent_encode(&text));
            }
        }
    }

    let body = match (&endpoint.body, &arguments.body, form) {
        (Some(body), None, _) if body.required => {
            return Err(Error::invalid_argument(format!(
                "the parameter {} is required",
                body.name
            )));
        }
        (None, Some(_), _) => {
            return Err(Error::invalid_argument(format!(
                "{} takes no body",
                endpoint.path
            )));
        }
        (_, Some(json), _) => {
            headers.push(("Content-Type".to_owned(), "application/json".to_owned()));
            Some(json.clone())
        }
        (_, None, Some(form)) => {
            headers.push((
                "Content-Type".to_owned(),
                "application/x-www-form-urlencoded".to_owned(),
            ));
            Some(form)
        }
        _ => None,
    };

    // The caller's own headers (configuration first, then the call's), checked like the
    // declared header parameters were.
    for (name, value) in config.headers.iter().chain(&options.headers) {
        check_header(name, platform)?;
        check_header_value(name, value)?;
        carries.note(name);
    }
    let (authorization, credentials) = decide_credentials(config, endpoint, platform, carries)?;
    headers.extend(authorization.map(|value| ("Authorization".to_owned(), value)));
    headers.extend(config.headers.iter().chain(&options.headers).cloned());

    let url = format!("{}{}{}", config.base_path(), path, query);
    check_destination(config, &url)?;
    Ok(HttpRequest {
        method: endpoint.method,
        url,
        headers,
        body,
        credentials,
        timeout_ms: options.timeout_ms.or(config.timeout_ms),
    })
}

/// Which credential-bearing headers a request already carries (declared header parameters and
/// the caller's own headers).
#[derive(Debug, Clone, Copy, Default)]
struct Carried {
    /// An `Authorization` header, in any spelling.
    authorization: bool,
    /// An `X-Session-Token` header, in any spelling.
    session_token: bool,
}

impl Carried {
    fn note(&mut self, name: &str) {
        self.authorization |= name.eq_ignore_ascii_case("authorization");
        self.session_token |= name.eq_ignore_ascii_case("x-session-token");
    }
}

/// The one place that decides which credentials a request carries: the `Authorization` header
/// built from the configuration (if any), and whether the browser's cookies go along.
///
/// - In a page ([`Platform::Browser`]) an `Authorization` header the caller set by hand is
///   refused unless [`Configuration::allow_api_key_in_browser`] is set, exactly like a
///   configured API key: whatever it holds (typically an admin key) is readable by everyone who
///   opens the page. (`Proxy-Authorization` is refused in pages by [`check_header`]: browsers
///   do not let a page set it.) A configured OAuth2 access token is not affected: that is what
///   a single-page app legitimately holds.
/// - An explicit `Authorization` header wins over the configured credentials rather than being
///   sent twice.
/// - A request that carries an `Authorization` or `X-Session-Token` header never carries
///   cookies too (`credentials: "omit"`, whatever the configuration says): the token is the
///   credential, and the visitor's session cookie must not ride along to a call that was
///   authorised by something else. Native flows and native mode never carry cookies either
///   (Kratos refuses a native-flow request with a cookie).
fn decide_credentials(
    config: &Configuration,
    endpoint: &Endpoint,
    platform: Platform,
    carries: Carried,
) -> Result<(Option<String>, Credentials), Error> {
    let configured = if carries.authorization {
        if platform == Platform::Browser && !config.allow_api_key_in_browser {
            return Err(Error::invalid_argument(format!(
                "refusing to send an Authorization header from a browser page ({} {}): anyone \
                 who opens the page can read it, and an Ory API key in it administers the \
                 project. Call the admin APIs from a server; pass an OAuth2 access token as \
                 accessToken; if this page really is private tooling, set \
                 dangerouslyAllowApiKeyInBrowser: true (Rust: allow_api_key_in_browser)",
                endpoint.method.as_str(),
                endpoint.path
            )));
        }
        None
    } else {
        authorization(config, endpoint, platform)?
    };
    let cookies = if config.mode == Mode::Native
        || endpoint.flavor == Flavor::Native
        || carries.session_token
        || carries.authorization
        || configured.is_some()
    {
        Credentials::Omit
    } else {
        config.credentials.unwrap_or(Credentials::Include)
    };
    Ok((configured, cookies))
}

/// Checks that a built request URL goes where the configuration says: to the configured origin,
/// or — for a same-origin base path — that it is a plain path on the page's origin.
///
/// The base path and every parameter were checked and encoded already; this is the last line,
/// so that no future change to either can quietly send a request (and its credentials)
/// elsewhere. The browser transport checks the final URL once more with the browser's parser.
fn check_destination(config: &Configuration, url: &str) -> Result<(), Error> {
    let stays = match config.origin() {
        Some(origin) => HttpUrl::parse(url).is_some_and(|parsed| parsed.origin() == origin),
        None => is_same_origin_path(url),
    };
    if stays {
        Ok(())
    } else {
        Err(Error::invalid_argument(
            "the request URL would leave the configured origin; check the basePath".to_owned(),
        ))
    }
}

/// A path parameter as one path segment.
///
/// Percent-encoding keeps `/`, `?` and `#` inside the segment, but `.` is unreserved and stays
/// as it is — and a browser (and Go's router) resolves a `.` or `..` segment before the request
/// leaves: `disableMySession({ id: ".." })` would become `DELETE /`. Encoding the dots as `%2E`
/// does not help: the WHATWG URL parser treats `%2e` as a dot segment too, and Kratos and Hydra
/// decode the path before routing. The identifiers behind these routes are UUIDs, names and
/// key ids, never `.` or `..`, so those (and the empty string) are refused.
fn path_segment(name: &str, value: &str) -> Result<String, Error> {
    if value.is_empty() || value == "." || value == ".." {
        return Err(Error::invalid_argument(format!(
            "the parameter {name} must not be empty, \".\" or \"..\""
        )));
    }
    Ok(percent_encode(value))
}

/// The `Authorization` header value an endpoint is sent with, if its credential is configured.
///
/// The values never appear in an error message.
fn authorization(
    config: &Configuration,
    endpoint: &Endpoint,
    platform: Platform,
) -> Result<Option<String>, Error> {
    let checked = |value: &str, what: &str| -> Result<(), Error> {
        if value.bytes().any(|b| b == b'\r' || b == b'\n' || b == 0) {
            return Err(Error::invalid_argument(format!(
                "the configured {what} contains a line break"
            )));
        }
        Ok(())
    };
    match endpoint.auth {
        Auth::None => Ok(None),
        Auth::ApiKey => {
            let Some(key) = config.api_key.as_deref() else {
                return Ok(None);
            };
            if platform == Platform::Browser && !config.allow_api_key_in_browser {
                return Err(Error::invalid_argument(format!(
                    "refusing to send the Ory API key from a browser page ({} {}): anyone who \
                     opens the page can read the key and with it administer the project. Call \
                     the admin APIs from a server; if this page really is private tooling, set \
                     dangerouslyAllowApiKeyInBrowser: true (Rust: allow_api_key_in_browser)",
                    endpoint.method.as_str(),
                    endpoint.path
                )));
            }
            checked(key, "API key")?;
            Ok(Some(format!("Bearer {}", strip_bearer(key))))
        }
        Auth::AccessToken => {
            let Some(token) = config.access_token.as_deref() else {
                return Ok(None);
            };
            checked(token, "access token")?;
            Ok(Some(format!("Bearer {}", strip_bearer(token))))
        }
        Auth::ClientCredentials => {
            let Some(username) = config.username.as_deref() else {
                return Ok(None);
            };
            let password = config.password.as_deref().unwrap_or_default();
            // A secret in a page is readable by everyone who opens it, like an API key. A
            // single-page app is a public client (RFC 6749 §2.1): an id, no secret.
            if platform == Platform::Browser
                && !password.is_empty()
                && !config.allow_api_key_in_browser
            {
                return Err(Error::invalid_argument(format!(
                    "refusing to send an OAuth2 client secret from a browser page ({} {}): \
                     anyone who opens the page can read it. A single-page app is a public \
                     client: sign in with OAuth2PkceClient (no secret), or call this from a \
                     server; if this page really is private tooling, set \
                     dangerouslyAllowApiKeyInBrowser: true (Rust: allow_api_key_in_browser)",
                    endpoint.method.as_str(),
                    endpoint.path
                )));
            }
            // RFC 6749 §2.3.1: the client id and secret are form-encoded before they are joined
            // (Hydra decodes them), so an id or secret with a `:` survives.
            let pair = format!("{}:{}", percent_encode(username), percent_encode(password));
            Ok(Some(format!("Basic {}", base64(pair.as_bytes()))))
        }
    }
}

/// A key given as `"Bearer …"` (what a hand-written `Authorization` header held) is sent once.
fn strip_bearer(value: &str) -> &str {
    let trimmed = value.trim();
    match trimmed.get(..7) {
        Some(prefix) if prefix.eq_ignore_ascii_case("bearer ") => trimmed[7..].trim_start(),
        _ => trimmed,
    }
}

/// Standard base64 with padding (RFC 4648 §4), for HTTP Basic credentials.
pub fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk.first().copied().unwrap_or(0),
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for (index, shift) in [18u32, 12, 6, 0].into_iter().enumerate() {
            if index <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> shift) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Percent-encodes everything but RFC 3986's unreserved characters, so that a value can
/// neither end a path segment nor start another query parameter.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Checks that a successful answer has the shape the endpoint promises.
///
/// The checks are deliberately about structure, not completeness: a newer Kratos may add
/// fields and values (they are kept), but an answer without the members a caller relies on
/// (`ui.nodes` of a flow, the `session` of a login) is an error, not a silent surprise later.
pub fn check_shape<V: JsonView>(shape: Shape, body: &V) -> Result<(), (String, String)> {
    fn want<V: JsonView>(
        value: Option<V>,
        path: &str,
        kind: JsonKind,
    ) -> Result<V, (String, String)> {
        match value {
            Some(value) if value.kind() == kind => Ok(value),
            Some(value) => Err((
                path.to_owned(),
                format!("should be {} but is {}", kind.name(), value.kind().name()),
            )),
            None => Err((path.to_owned(), "is missing".to_owned())),
        }
    }
    fn flow<V: JsonView>(body: &V) -> Result<(), (String, String)> {
        want(body.member("id"), "id", JsonKind::String)?;
        let ui = want(body.member("ui"), "ui", JsonKind::Object)?;
        let nodes = want(ui.member("nodes"), "ui.nodes", JsonKind::Array)?;
        // Paths are written only for the node that fails: a flow has dozens of nodes, and this
        // runs on every flow a page loads.
        for (index, node) in nodes.elements().unwrap_or_default().iter().enumerate() {
            let kind = node.kind();
            if kind != JsonKind::Object {
                return Err((
                    format!("ui.nodes[{index}]"),
                    format!("should be an object but is {}", kind.name()),
                ));
            }
            let attributes = node.member("attributes");
            if attributes.as_ref().map(JsonView::kind) != Some(JsonKind::Object) {
                want(
                    attributes,
                    &format!("ui.nodes[{index}].attributes"),
                    JsonKind::Object,
                )?;
            }
        }
        Ok(())
    }
    fn session<V: JsonView>(body: &V, path: &str) -> Result<(), (String, String)> {
        let at = |member: &str| {
            if path.is_empty() {
                member.to_owned()
            } else {
                format!("{path}.{member}")
            }
        };
        want(body.member("id"), &at("id"), JsonKind::String).map(|_| ())
    }
    let root = |kind| {
        if body.kind() == kind {
            Ok(())
        } else {
            Err((
                String::new(),
                format!("should be {} but is {}", kind.name(), body.kind().name()),
            ))
        }
    };

    match shape {
        Shape::Flow => {
            root(JsonKind::Object)?;
            flow(body)
        }
        Shape::Session => {
            root(JsonKind::Object)?;
            session(body, "")
        }
        Shape::Sessions => {
            root(JsonKind::Array)?;
            for (index, item) in body.elements().unwrap_or_default().iter().enumerate() {
                let path = format!("[{index}]");
                if item.kind() != JsonKind::Object {
                    return Err((
                        path,
                        format!("should be an object but is {}", item.kind().name()),
                    ));
                }
                session(item, &path)?;
            }
            Ok(())
        }
        Shape::LogoutFlow => {
            root(JsonKind::Object)?;
            want(body.member("logout_url"), "logout_url", JsonKind::String)?;
            want(
                body.member("logout_token"),
                "logout_token",
                JsonKind::String,
            )
            .map(|_| ())
        }
        Shape::SuccessfulLogin => {
            root(JsonKind::Object)?;
            let inner = want(body.member("session"), "session", JsonKind::Object)?;
            session(&inner, "session")
        }
        Shape::SuccessfulRegistration => {
            root(JsonKind::Object)?;
            want(body.member("identity"), "identity", JsonKind::Object).map(|_| ())
        }
        Shape::TokenExchange => {
            root(JsonKind::Object)?;
            want(
                body.member("session_token"),
                "session_token",
                JsonKind::String,
            )?;
            let inner = want(body.member("session"), "session", JsonKind::Object)?;
            session(&inner, "session")
        }
        Shape::FlowError => {
            root(JsonKind::Object)?;
            want(body.member("id"), "id", JsonKind::String).map(|_| ())
        }
        Shape::SessionOrEmpty => {
            root(JsonKind::Object)?;
            session(body, "")
        }
        Shape::Object => root(JsonKind::Object),
        Shape::Array => root(JsonKind::Array),
        Shape::Text | Shape::Empty => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn js_names_follow_the_generated_clients() {
        assert_eq!(js_name("return_to"), "returnTo");
        assert_eq!(js_name("X-Session-Token"), "xSessionToken");
        assert_eq!(js_name("Cookie"), "cookie");
        assert_eq!(js_name("cookie"), "cookie");
        assert_eq!(
            js_name("return_session_token_exchange_code"),
            "returnSessionTokenExchangeCode"
        );
        assert_eq!(js_name("id"), "id");
    }

    #[test]
    fn body_keys_to_snake_case() {
        assert_eq!(snake_case("csrfToken"), "csrf_token");
        assert_eq!(
            snake_case("webauthnRegisterDisplayname"),
            "webauthn_register_displayname"
        );
        assert_eq!(snake_case("csrf_token"), "csrf_token");
        assert_eq!(snake_case("method"), "method");
    }

    #[test]
    fn base64_of_rfc_4648_vectors() {
        for (input, output) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(input.as_bytes()), output);
        }
    }

    #[test]
    fn a_bearer_prefix_is_not_doubled() {
        assert_eq!(strip_bearer("Bearer ory_pat_x"), "ory_pat_x");
        assert_eq!(strip_bearer("bearer  ory_pat_x "), "ory_pat_x");
        assert_eq!(strip_bearer("ory_pat_x"), "ory_pat_x");
    }

    #[test]
    fn same_origin_paths_stay_on_the_page() {
        assert!(is_same_origin_path("/sessions/whoami"));
        assert!(is_same_origin_path("/.ory/self-service/login?flow=a%20b"));
        for url in [
            "",
            "sessions",
            "//evil.example/x",
            "/\\evil.example/x",
            "/\t/evil.example",
            "/\n/evil.example",
            "/ /x",
            "https://evil.example/",
        ] {
            assert!(!is_same_origin_path(url), "{url:?}");
        }
    }

    #[test]
    fn dot_segments_are_no_path_parameters() {
        for value in ["", ".", ".."] {
            assert!(path_segment("id", value).is_err(), "{value:?}");
        }
        assert_eq!(path_segment("id", "...").unwrap(), "...");
        assert_eq!(path_segment("id", "../x").unwrap(), "..%2Fx");
        assert_eq!(path_segment("id", "%2e%2e").unwrap(), "%252e%252e");
    }

    #[test]
    fn percent_encoding_keeps_only_unreserved() {
        assert_eq!(percent_encode("a-b_c.d~e"), "a-b_c.d~e");
        assert_eq!(percent_encode("a b/c?d&e=f#g"), "a%20b%2Fc%3Fd%26e%3Df%23g");
        assert_eq!(percent_encode("é"), "%C3%A9");
    }
}
