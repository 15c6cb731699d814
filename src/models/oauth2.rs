//! OAuth2 and OpenID Connect (Ory Hydra, Ory OAuth2 in Ory Network): clients, login, consent
//! and logout requests, the bodies that accept or reject them and the redirect they answer,
//! consent sessions, token introspection, the token endpoint's answer, trusted JWT grant
//! issuers, discovery and userinfo.
//!
//! Spec: `openapi-ory-network-v0.2.json` (the only spec here that has these models); the
//! names are those of Ory's current clients (`oAuth2RedirectTo`, `oAuth2TokenExchange`,
//! `oAuth2ConsentSession`, `trustOAuth2JwtGrantIssuer`), the v0.2 names are given on each
//! type (`ory_wasm::compat::ory_client::models` has them as aliases).
//!
//! Forward compatible as the Kratos models are (see [`crate::models`]): unknown fields are kept
//! in `extra`, fields the spec marks nullable keep `null`, and so do the lists, which Hydra (Go)
//! sends as `null` when they are empty (`"contacts": null`); nearly every field is optional —
//! the spec marks few as required, and other providers (the `oidc-provider` the tests run)
//! leave out what Hydra sends. Durations stay Go duration strings, timestamps strings.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::jwk::JsonWebKey;
use super::ExtraFields;

/// A JWT or introspection audience: one string or a list (RFC 7519 §4.1.3, RFC 7662 §2.2).
/// Hydra sends a list, other servers a string; each is kept as sent.
#[cfg_attr(feature = "rust-admin", derive(Debug))]
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Audience {
    /// A single audience.
    One(String),
    /// A list of audiences.
    Many(Vec<String>),
}

impl Audience {
    /// The audiences, whichever form was sent.
    pub fn as_slice(&self) -> &[String] {
        match self {
            Self::One(one) => std::slice::from_ref(one),
            Self::Many(many) => many,
        }
    }
}

/// An OAuth 2.0 client (`oAuth2Client`): the answer of the client operations and the body that creates or replaces one. `Default` is an empty client, to fill the fields to send.
#[derive(Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct OAuth2Client {
    /// Origins allowed to call the token endpoint from a browser.
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub allowed_cors_origins: Option<Option<Vec<String>>>,
    /// Audiences the client may request.
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub audience: Option<Option<Vec<String>>>,
    /// `authorization_code_grant_access_token_lifespan`: a Go duration such as `"1h0m0s"` (nullable).
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub authorization_code_grant_access_token_lifespan: Option<Option<String>>,
    /// `authorization_code_grant_id_token_lifespan`: a Go duration such as `"1h0m0s"` (nullable).
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub authorization_code_grant_id_token_lifespan: Option<Option<String>>,
    /// `authorization_code_grant_refresh_token_lifespan`: a Go duration such as `"1h0m0s"` (nullable).
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub authorization_code_grant_refresh_token_lifespan: Option<Option<String>>,
    /// Whether the back-channel logout token must carry `sid`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backchannel_logout_session_required: Option<bool>,
    /// The back-channel logout URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backchannel_logout_uri: Option<String>,
    /// `client_credentials_grant_access_token_lifespan`: a Go duration such as `"1h0m0s"` (nullable).
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub client_credentials_grant_access_token_lifespan: Option<Option<String>>,
    /// The client id (assigned by the server when absent at creation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// A human-readable name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_name: Option<String>,
    /// The client secret: only in the answer that creates (or rotates) it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
    /// When the secret expires (seconds since the epoch, `0`: never).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_secret_expires_at: Option<i64>,
    /// The client's home page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_uri: Option<String>,
    /// Contacts of the people responsible for the client.
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub contacts: Option<Option<Vec<String>>>,
    /// Creation time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// Whether the front-channel logout URL gets `iss` and `sid`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frontchannel_logout_session_required: Option<bool>,
    /// The front-channel logout URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frontchannel_logout_uri: Option<String>,
    /// Allowed grant types (`authorization_code`, `refresh_token`, …).
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub grant_types: Option<Option<Vec<String>>>,
    /// `implicit_grant_access_token_lifespan`: a Go duration such as `"1h0m0s"` (nullable).
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub implicit_grant_access_token_lifespan: Option<Option<String>>,
    /// `implicit_grant_id_token_lifespan`: a Go duration such as `"1h0m0s"` (nullable).
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub implicit_grant_id_token_lifespan: Option<Option<String>>,
    /// `jwt_bearer_grant_access_token_lifespan`: a Go duration such as `"1h0m0s"` (nullable).
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub jwt_bearer_grant_access_token_lifespan: Option<Option<String>>,
    /// The client's JSON Web Key Set by value (spec: `JoseJSONWebKeySet`, an untyped object).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwks: Option<Value>,
    /// Where the client's JSON Web Key Set is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwks_uri: Option<String>,
    /// The client's logo.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo_uri: Option<String>,
    /// Free metadata (any JSON by the spec, `JSONRawMessage`; may be `null`).
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub metadata: Option<Value>,
    /// The owner of the client.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// `password_grant_access_token_lifespan`: a Go duration such as `"1h0m0s"` (nullable).
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub password_grant_access_token_lifespan: Option<Option<String>>,
    /// `password_grant_refresh_token_lifespan`: a Go duration such as `"1h0m0s"` (nullable).
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub password_grant_refresh_token_lifespan: Option<Option<String>>,
    /// The client's privacy policy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_uri: Option<String>,
    /// Allowed redirects after logout.
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub post_logout_redirect_uris: Option<Option<Vec<String>>>,
    /// Allowed redirect URIs.
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub redirect_uris: Option<Option<Vec<String>>>,
    /// `refresh_token_grant_access_token_lifespan`: a Go duration such as `"1h0m0s"` (nullable).
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub refresh_token_grant_access_token_lifespan: Option<Option<String>>,
    /// `refresh_token_grant_id_token_lifespan`: a Go duration such as `"1h0m0s"` (nullable).
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub refresh_token_grant_id_token_lifespan: Option<Option<String>>,
    /// `refresh_token_grant_refresh_token_lifespan`: a Go duration such as `"1h0m0s"` (nullable).
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub refresh_token_grant_refresh_token_lifespan: Option<Option<String>>,
    /// The access token of dynamic client registration: only in the answer that creates the client.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registration_access_token: Option<String>,
    /// Where the client manages itself (dynamic client registration).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registration_client_uri: Option<String>,
    /// The algorithm of request objects.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_object_signing_alg: Option<String>,
    /// Pre-registered `request_uri` values.
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub request_uris: Option<Option<Vec<String>>>,
    /// Allowed response types (`code`, `id_token`, …).
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub response_types: Option<Option<Vec<String>>>,
    /// Allowed scopes, space separated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// The sector identifier URL (pairwise subjects).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sector_identifier_uri: Option<String>,
    /// `public` or `pairwise`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject_type: Option<String>,
    /// How the client authenticates at the token endpoint (`client_secret_basic`, `none`, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_endpoint_auth_method: Option<String>,
    /// The algorithm of a `private_key_jwt` client assertion.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_endpoint_auth_signing_alg: Option<String>,
    /// The client's terms of service.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tos_uri: Option<String>,
    /// Last update time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    /// The algorithm of signed userinfo answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub userinfo_signed_response_alg: Option<String>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// The OpenID Connect parameters of a login or consent request (`oAuth2ConsentRequestOpenIDConnectContext`).
#[cfg_attr(feature = "rust-admin", derive(Debug))]
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct OAuth2ConsentRequestOpenIdConnectContext {
    /// The requested Authentication Context Class Reference values.
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub acr_values: Option<Option<Vec<String>>>,
    /// How the login/consent UI should be displayed (`page`, `popup`, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display: Option<String>,
    /// The claims of the `id_token_hint` (any JSON object by the spec).
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub id_token_hint_claims: Option<Value>,
    /// The `login_hint` the client sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub login_hint: Option<String>,
    /// The preferred UI languages.
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub ui_locales: Option<Option<Vec<String>>>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// A consent request (`oAuth2ConsentRequest`).
#[cfg_attr(feature = "rust-admin", derive(Debug))]
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct OAuth2ConsentRequest {
    /// The Authentication Context Class Reference of the login.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acr: Option<String>,
    /// The Authentication Method References of the login.
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub amr: Option<Option<Vec<String>>>,
    /// The consent challenge.
    pub challenge: String,
    /// The client asking for consent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<OAuth2Client>,
    /// The context set when the login was accepted (any JSON by the spec).
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub context: Option<Value>,
    /// The login challenge this consent follows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub login_challenge: Option<String>,
    /// The login session id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub login_session_id: Option<String>,
    /// The OpenID Connect parameters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_context: Option<OAuth2ConsentRequestOpenIdConnectContext>,
    /// The authorization URL the client opened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_url: Option<String>,
    /// The audiences the client requested.
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub requested_access_token_audience: Option<Option<Vec<String>>>,
    /// The scopes the client requested.
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub requested_scope: Option<Option<Vec<String>>>,
    /// Whether consent was already given and may be skipped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skip: Option<bool>,
    /// The user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// A login request (`oAuth2LoginRequest`).
#[cfg_attr(feature = "rust-admin", derive(Debug))]
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct OAuth2LoginRequest {
    /// The login challenge.
    pub challenge: String,
    /// The client asking for the login.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<OAuth2Client>,
    /// The OpenID Connect parameters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_context: Option<OAuth2ConsentRequestOpenIdConnectContext>,
    /// The authorization URL the client opened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_url: Option<String>,
    /// The audiences the client requested.
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub requested_access_token_audience: Option<Option<Vec<String>>>,
    /// The scopes the client requested.
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub requested_scope: Option<Option<Vec<String>>>,
    /// The login session id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_id: Option<String>,
    /// Whether the user is already authenticated and the login may be skipped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skip: Option<bool>,
    /// The user, when `skip` is true.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// A logout request (`oAuth2LogoutRequest`).
#[cfg_attr(feature = "rust-admin", derive(Debug))]
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct OAuth2LogoutRequest {
    /// The logout challenge.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub challenge: Option<String>,
    /// The client that asked for the logout.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<OAuth2Client>,
    /// The logout URL the client opened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_url: Option<String>,
    /// Whether the client (relying party) started the logout.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rp_initiated: Option<bool>,
    /// The login session id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sid: Option<String>,
    /// The user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// The body that accepts a consent request (`acceptOAuth2ConsentRequest`).
#[cfg_attr(feature = "rust-admin", derive(Debug))]
#[derive(Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct AcceptOAuth2ConsentRequest {
    /// The audiences granted.
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub grant_access_token_audience: Option<Option<Vec<String>>>,
    /// The scopes granted.
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub grant_scope: Option<Option<Vec<String>>>,
    /// When the request was handled (nullable).
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub handled_at: Option<Option<String>>,
    /// Whether to remember this consent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remember: Option<bool>,
    /// How long to remember it, in seconds (`0`: forever).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remember_for: Option<i64>,
    /// Claims for the tokens.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<AcceptOAuth2ConsentRequestSession>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// The claims a consent adds to the tokens (`acceptOAuth2ConsentRequestSession`); claims, not tokens.
#[cfg_attr(feature = "rust-admin", derive(Debug))]
#[derive(Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct AcceptOAuth2ConsentRequestSession {
    /// Extra claims of the access token (any JSON by the spec).
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub access_token: Option<Value>,
    /// Extra claims of the ID token (any JSON by the spec).
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub id_token: Option<Value>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// The body that accepts a login request (`acceptOAuth2LoginRequest`).
#[cfg_attr(feature = "rust-admin", derive(Debug))]
#[derive(Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct AcceptOAuth2LoginRequest {
    /// The Authentication Context Class Reference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acr: Option<String>,
    /// The Authentication Method References.
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub amr: Option<Option<Vec<String>>>,
    /// Context passed on to the consent request (any JSON by the spec).
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub context: Option<Value>,
    /// A pairwise subject identifier to use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub force_subject_identifier: Option<String>,
    /// Whether to remember the login.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remember: Option<bool>,
    /// How long to remember it, in seconds (`0`: forever).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remember_for: Option<i64>,
    /// The authenticated user.
    pub subject: String,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// The body that rejects a login, consent or logout request (`rejectOAuth2Request`).
#[cfg_attr(feature = "rust-admin", derive(Debug))]
#[derive(Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct RejectOAuth2Request {
    /// The OAuth 2.0 error code (`access_denied`, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Debug information.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_debug: Option<String>,
    /// A human-readable description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_description: Option<String>,
    /// A hint for the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_hint: Option<String>,
    /// The HTTP status to answer the client with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_code: Option<i64>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// The answer of accepting or rejecting a request (`oAuth2RedirectTo`, v0.2 `successfulOAuth2RequestResponse`).
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct OAuth2RedirectTo {
    /// Where to send the user's browser next (it carries a verifier: not for logs).
    pub redirect_to: String,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// A previously granted consent (`oAuth2ConsentSession`, v0.2 `previousOAuth2ConsentSession`).
#[cfg_attr(feature = "rust-admin", derive(Debug))]
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct OAuth2ConsentSession {
    /// The consent request that was handled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consent_request: Option<OAuth2ConsentRequest>,
    /// When the tokens expire, per token type (spec: an untyped object).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<Value>,
    /// The audiences granted.
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub grant_access_token_audience: Option<Option<Vec<String>>>,
    /// The scopes granted.
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub grant_scope: Option<Option<Vec<String>>>,
    /// When it was handled (nullable).
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub handled_at: Option<Option<String>>,
    /// Whether the consent is remembered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remember: Option<bool>,
    /// How long it is remembered, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remember_for: Option<i64>,
    /// The claims added to the tokens.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<AcceptOAuth2ConsentRequestSession>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// A token introspection answer (`introspectedOAuth2Token`, RFC 7662).
#[cfg_attr(feature = "rust-admin", derive(Debug))]
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct IntrospectedOAuth2Token {
    /// Whether the token is active.
    pub active: bool,
    /// The audiences (a string or a list, RFC 7662).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aud: Option<Audience>,
    /// The client the token was issued to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// Expiry (seconds since the epoch).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exp: Option<i64>,
    /// Extra claims (any JSON object by the spec).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ext: Option<Value>,
    /// Issue time (seconds since the epoch).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iat: Option<i64>,
    /// The issuer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iss: Option<String>,
    /// Not before (seconds since the epoch).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nbf: Option<i64>,
    /// The pairwise subject, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub obfuscated_subject: Option<String>,
    /// The scopes, space separated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// The subject.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub: Option<String>,
    /// The token type (`Bearer`, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_type: Option<String>,
    /// What the token is (`access_token`, `refresh_token`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_use: Option<String>,
    /// The user's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// The token endpoint's answer (`oAuth2TokenExchange`, v0.2 `oAuth2TokenResponse`). The v0.2 spec types `id_token` and `scope` as integers; every real answer (RFC 6749, OpenID Connect, the `oidc-provider` captures of the tests) has strings, which is what this takes.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct OAuth2TokenExchange {
    /// The access token.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_token: Option<String>,
    /// Seconds until the access token expires.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_in: Option<i64>,
    /// The ID token (a JWT).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_token: Option<String>,
    /// The refresh token.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
    /// The granted scopes, space separated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// The token type (`Bearer`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_type: Option<String>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// A trusted issuer of JWT bearer grants (`trustedOAuth2JwtGrantIssuer`).
#[cfg_attr(feature = "rust-admin", derive(Debug))]
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct TrustedOAuth2JwtGrantIssuer {
    /// Whether any subject may be asserted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_any_subject: Option<bool>,
    /// Creation time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// When the trust ends.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<String>,
    /// The id of the trust relationship.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The trusted issuer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
    /// Which key the issuer signs with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_key: Option<TrustedOAuth2JwtGrantJsonWebKey>,
    /// The scopes the issuer may request.
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub scope: Option<Option<Vec<String>>>,
    /// The subject the issuer may assert.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// Which key a trusted issuer signs with (`trustedOAuth2JwtGrantJsonWebKey`).
#[cfg_attr(feature = "rust-admin", derive(Debug))]
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct TrustedOAuth2JwtGrantJsonWebKey {
    /// The key id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kid: Option<String>,
    /// The key set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub set: Option<String>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// The body that trusts an issuer (`trustOAuth2JwtGrantIssuer`, v0.2 `adminTrustOAuth2JwtGrantIssuerBody`).
#[cfg_attr(feature = "rust-admin", derive(Debug))]
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct TrustOAuth2JwtGrantIssuer {
    /// Whether any subject may be asserted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_any_subject: Option<bool>,
    /// When the trust ends.
    pub expires_at: String,
    /// The issuer to trust.
    pub issuer: String,
    /// The issuer's public key.
    pub jwk: JsonWebKey,
    /// The scopes the issuer may request.
    pub scope: Vec<String>,
    /// The subject the issuer may assert.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// OpenID Connect discovery (`oidcConfiguration`). Only `issuer` is required here: Hydra's spec requires more, but other providers (and older Hydras) leave some out, and a missing field must not fail the whole answer.
#[cfg_attr(feature = "rust-admin", derive(Debug))]
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct OidcConfiguration {
    /// The authorization endpoint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization_endpoint: Option<String>,
    /// Whether back-channel logout tokens carry `sid`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backchannel_logout_session_supported: Option<bool>,
    /// Whether back-channel logout is supported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backchannel_logout_supported: Option<bool>,
    /// Whether the `claims` parameter is supported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claims_parameter_supported: Option<bool>,
    /// The claims the provider may supply.
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub claims_supported: Option<Option<Vec<String>>>,
    /// The PKCE methods (`S256`, …).
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub code_challenge_methods_supported: Option<Option<Vec<String>>>,
    /// The logout endpoint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_session_endpoint: Option<String>,
    /// Whether front-channel logout gets `iss` and `sid`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frontchannel_logout_session_supported: Option<bool>,
    /// Whether front-channel logout is supported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frontchannel_logout_supported: Option<bool>,
    /// The grant types.
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub grant_types_supported: Option<Option<Vec<String>>>,
    /// Hydra: the ID token signing algorithms.
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub id_token_signed_response_alg: Option<Option<Vec<String>>>,
    /// The ID token signing algorithms.
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub id_token_signing_alg_values_supported: Option<Option<Vec<String>>>,
    /// The issuer.
    pub issuer: String,
    /// Where the provider's public keys are.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwks_uri: Option<String>,
    /// The dynamic client registration endpoint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registration_endpoint: Option<String>,
    /// The request object signing algorithms.
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub request_object_signing_alg_values_supported: Option<Option<Vec<String>>>,
    /// Whether the `request` parameter is supported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_parameter_supported: Option<bool>,
    /// Whether the `request_uri` parameter is supported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_uri_parameter_supported: Option<bool>,
    /// Whether `request_uri` values must be registered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub require_request_uri_registration: Option<bool>,
    /// The response modes.
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub response_modes_supported: Option<Option<Vec<String>>>,
    /// The response types.
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub response_types_supported: Option<Option<Vec<String>>>,
    /// The token revocation endpoint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revocation_endpoint: Option<String>,
    /// The scopes.
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub scopes_supported: Option<Option<Vec<String>>>,
    /// The subject types (`public`, `pairwise`).
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub subject_types_supported: Option<Option<Vec<String>>>,
    /// The token endpoint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_endpoint: Option<String>,
    /// The client authentication methods of the token endpoint.
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub token_endpoint_auth_methods_supported: Option<Option<Vec<String>>>,
    /// The userinfo endpoint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub userinfo_endpoint: Option<String>,
    /// Hydra: the userinfo signing algorithms.
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub userinfo_signed_response_alg: Option<Option<Vec<String>>>,
    /// The userinfo signing algorithms.
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub userinfo_signing_alg_values_supported: Option<Option<Vec<String>>>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// The userinfo answer (`oidcUserInfo`); claims the spec does not list are in `extra`.
#[cfg_attr(feature = "rust-admin", derive(Debug))]
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct OidcUserInfo {
    /// The birthday (`YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birthdate: Option<String>,
    /// The e-mail address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Whether the e-mail address is verified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_verified: Option<bool>,
    /// The family name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family_name: Option<String>,
    /// The gender.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<String>,
    /// The given name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub given_name: Option<String>,
    /// The locale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// The middle name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub middle_name: Option<String>,
    /// The full name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The casual name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
    /// The phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// Whether the phone number is verified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number_verified: Option<bool>,
    /// The profile picture URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub picture: Option<String>,
    /// The preferred user name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preferred_username: Option<String>,
    /// The profile page URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<String>,
    /// The subject.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub: Option<String>,
    /// When the information was last updated (seconds since the epoch).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<i64>,
    /// The web site.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// The time zone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zoneinfo: Option<String>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

// The credentials these models carry never print (see `crate::redact`): a client's secret and
// registration access token, the tokens of the token endpoint, and the redirect of an accepted
// request, whose query holds the login/consent verifier.
#[cfg(feature = "rust-admin")]
crate::redact::redacting_debug!(OAuth2Client {
    allowed_cors_origins, audience, authorization_code_grant_access_token_lifespan,
    authorization_code_grant_id_token_lifespan, authorization_code_grant_refresh_token_lifespan,
    backchannel_logout_session_required, backchannel_logout_uri,
    client_credentials_grant_access_token_lifespan, client_id, client_name,
    client_secret_expires_at, client_uri, contacts, created_at,
    frontchannel_logout_session_required, frontchannel_logout_uri, grant_types,
    implicit_grant_access_token_lifespan, implicit_grant_id_token_lifespan,
    jwt_bearer_grant_access_token_lifespan, jwks_uri, logo_uri, owner,
    password_grant_access_token_lifespan, password_grant_refresh_token_lifespan, policy_uri,
    post_logout_redirect_uris, redirect_uris, refresh_token_grant_access_token_lifespan,
    refresh_token_grant_id_token_lifespan, refresh_token_grant_refresh_token_lifespan,
    registration_client_uri, request_object_signing_alg, request_uris, response_types, scope,
    sector_identifier_uri, subject_type, token_endpoint_auth_method,
    token_endpoint_auth_signing_alg, tos_uri, updated_at, userinfo_signed_response_alg;
    secret: client_secret, registration_access_token;
    url: ;
    json: jwks, metadata, extra;
});
#[cfg(feature = "rust-admin")]
crate::redact::redacting_debug!(OAuth2TokenExchange {
    expires_in, scope, token_type;
    secret: access_token, id_token, refresh_token;
    url: ;
    json: extra;
});
#[cfg(feature = "rust-admin")]
crate::redact::redacting_debug!(OAuth2RedirectTo {
    ;
    secret: ;
    url: redirect_to;
    json: extra;
});
