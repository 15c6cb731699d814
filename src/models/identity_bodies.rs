//! The bodies of the identity admin operations: creating and replacing an identity (with
//! imported credentials) and making recovery codes and links.
//!
//! Spec: `createIdentityBody`, `updateIdentityBody`, `identityWithCredentials*`,
//! `createRecoveryCodeForIdentityBody`, `createRecoveryLinkForIdentityBody` in
//! `openapi-v1.json` (the v0.2 `adminCreateIdentityBody`, `adminUpdateIdentityBody`,
//! `adminIdentityImportCredentials`, `adminCreateSelfServiceRecovery{Code,Link}Body` have the
//! same shapes). Traits and metadata stay `serde_json::Value`: the spec says any JSON (the
//! traits are shaped by each project's identity schema). Unknown fields are kept in `extra`.
//!
//! Their `Debug` (feature `rust-admin`) prints the JSON they send with every credential key
//! redacted (`password`, `hashed_password`, …), as a raw JSON body prints.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::{
    ExtraFields, FlowType, IdentityState, RecoveryIdentityAddress, VerifiableIdentityAddress,
};

/// The body that creates an identity (`createIdentityBody`, v0.2 `adminCreateIdentityBody`).
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct CreateIdentityBody {
    /// The identity schema.
    pub schema_id: String,
    /// The traits, shaped by the identity schema (any JSON object by the spec).
    pub traits: Value,
    /// Credentials to import (a password or its hash, social sign-in providers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credentials: Option<IdentityWithCredentials>,
    /// Admin metadata (any JSON by the spec).
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub metadata_admin: Option<Value>,
    /// Public metadata (any JSON by the spec).
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub metadata_public: Option<Value>,
    /// Recovery addresses to set (normally derived from the traits).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recovery_addresses: Option<Vec<RecoveryIdentityAddress>>,
    /// Whether the identity may sign in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<IdentityState>,
    /// Verifiable addresses to set, for example already verified ones.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verifiable_addresses: Option<Vec<VerifiableIdentityAddress>>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// The body that replaces an identity (`updateIdentityBody`, v0.2 `adminUpdateIdentityBody`).
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct UpdateIdentityBody {
    /// The identity schema.
    pub schema_id: String,
    /// The traits, shaped by the identity schema (any JSON object by the spec).
    pub traits: Value,
    /// Whether the identity may sign in.
    pub state: IdentityState,
    /// Credentials to import (a password or its hash, social sign-in providers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credentials: Option<IdentityWithCredentials>,
    /// Admin metadata (any JSON by the spec).
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub metadata_admin: Option<Value>,
    /// Public metadata (any JSON by the spec).
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub metadata_public: Option<Value>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// Credentials imported with an identity (`identityWithCredentials`, v0.2 `adminIdentityImportCredentials`).
#[derive(Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct IdentityWithCredentials {
    /// Social sign-in providers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc: Option<IdentityWithCredentialsOidc>,
    /// A password or its hash.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<IdentityWithCredentialsPassword>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// An imported password (`identityWithCredentialsPassword`).
#[derive(Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct IdentityWithCredentialsPassword {
    /// The password or its hash.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config: Option<IdentityWithCredentialsPasswordConfig>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// An imported password or hash (`identityWithCredentialsPasswordConfig`).
#[derive(Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct IdentityWithCredentialsPasswordConfig {
    /// A password hash (bcrypt, argon2, pbkdf2, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hashed_password: Option<String>,
    /// A plain-text password, hashed by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// Whether the password migration hook checks the password at the first login.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_password_migration_hook: Option<bool>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// Imported social sign-in credentials (`identityWithCredentialsOidc`).
#[derive(Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct IdentityWithCredentialsOidc {
    /// The providers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config: Option<IdentityWithCredentialsOidcConfig>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// The providers of imported social sign-in credentials (`identityWithCredentialsOidcConfig`).
#[derive(Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct IdentityWithCredentialsOidcConfig {
    /// As in the spec (a password configuration).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config: Option<IdentityWithCredentialsPasswordConfig>,
    /// The providers and the subject at each.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub providers: Option<Vec<IdentityWithCredentialsOidcConfigProvider>>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// One social sign-in provider of an imported identity (`identityWithCredentialsOidcConfigProvider`).
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct IdentityWithCredentialsOidcConfigProvider {
    /// The provider id (`github`, …).
    pub provider: String,
    /// The user's id at the provider.
    pub subject: String,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// The body that makes a recovery code (`createRecoveryCodeForIdentityBody`, v0.2 `adminCreateSelfServiceRecoveryCodeBody`).
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct CreateRecoveryCodeForIdentityBody {
    /// How long the code is valid (a Go duration such as `"1h"`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_in: Option<String>,
    /// The type of the recovery flow (`browser`, `api`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_type: Option<FlowType>,
    /// The identity.
    pub identity_id: String,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// The body that makes a recovery link (`createRecoveryLinkForIdentityBody`, v0.2 `adminCreateSelfServiceRecoveryLinkBody`).
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct CreateRecoveryLinkForIdentityBody {
    /// How long the link is valid (a Go duration such as `"1h"`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_in: Option<String>,
    /// The identity.
    pub identity_id: String,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// `Debug` as the JSON sent, with its credentials redacted (`fmt_body_as_json` in `models`).
macro_rules! debug_as_redacted_json {
    ($($type:ident),* $(,)?) => {
        $(
            #[cfg(feature = "rust-admin")]
            impl std::fmt::Debug for $type {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    super::fmt_body_as_json(self, stringify!($type), f)
                }
            }
        )*
    };
}

debug_as_redacted_json!(
    CreateIdentityBody,
    UpdateIdentityBody,
    IdentityWithCredentials,
    IdentityWithCredentialsPassword,
    IdentityWithCredentialsPasswordConfig,
    IdentityWithCredentialsOidc,
    IdentityWithCredentialsOidcConfig,
    IdentityWithCredentialsOidcConfigProvider,
    CreateRecoveryCodeForIdentityBody,
    CreateRecoveryLinkForIdentityBody,
);
