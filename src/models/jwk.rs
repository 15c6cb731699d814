//! JSON Web Keys and key sets: the answers of the `JwkApi` and of `/.well-known/jwks.json`, and
//! the body that generates a key set.
//!
//! Spec: `jsonWebKey`, `jsonWebKeySet`, `adminCreateJsonWebKeySetBody` in
//! `openapi-ory-network-v0.2.json`. Unknown members (RFC 7517 lets a key carry any) are kept in
//! `extra`. A private key's material (`d`, `p`, `q`, `dp`, `dq`, `qi`) and a symmetric key
//! (`k`) never print.

use serde::{Deserialize, Serialize};

use super::ExtraFields;

/// A JSON Web Key (`jsonWebKey`, RFC 7517). Only `kty` is required: RFC 7517 makes `use`, `kid` and `alg` optional, and real key sets (`oidc-provider`) leave `alg` or `use` out.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct JsonWebKey {
    /// The algorithm (`RS256`, `ES256`, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alg: Option<String>,
    /// The curve of an EC or OKP key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub crv: Option<String>,
    /// Private key material (a private key only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub d: Option<String>,
    /// Private key material (a private RSA key only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dp: Option<String>,
    /// Private key material (a private RSA key only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dq: Option<String>,
    /// The RSA public exponent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub e: Option<String>,
    /// The symmetric key (secret).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub k: Option<String>,
    /// The key id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kid: Option<String>,
    /// The key type (`RSA`, `EC`, `OKP`, `oct`).
    pub kty: String,
    /// The RSA modulus.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub n: Option<String>,
    /// Private key material (a private RSA key only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub p: Option<String>,
    /// Private key material (a private RSA key only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub q: Option<String>,
    /// Private key material (a private RSA key only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qi: Option<String>,
    /// What the key is for (`sig`, `enc`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#use: Option<String>,
    /// The x coordinate of an EC or OKP key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x: Option<String>,
    /// The X.509 certificate chain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x5c: Option<Vec<String>>,
    /// The y coordinate of an EC key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub y: Option<String>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// A JSON Web Key Set (`jsonWebKeySet`).
#[cfg_attr(feature = "rust-admin", derive(Debug))]
#[derive(Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct JsonWebKeySet {
    /// The keys.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keys: Option<Vec<JsonWebKey>>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// The body that generates a key set (`createJsonWebKeySet`, v0.2 `adminCreateJsonWebKeySetBody`).
#[cfg_attr(feature = "rust-admin", derive(Debug))]
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct CreateJsonWebKeySet {
    /// The algorithm (`RS256`, `ES256`, `ES512`, `HS256`, …).
    pub alg: String,
    /// The key id.
    pub kid: String,
    /// What the key is for (`sig`, `enc`).
    #[serde(rename = "use")]
    pub r#use: String,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

#[cfg(feature = "rust-admin")]
crate::redact::redacting_debug!(JsonWebKey {
    alg, crv, e, kid, kty, n, r#use, x, x5c, y;
    secret: d, dp, dq, k, p, q, qi;
    url: ;
    json: extra;
});
