//! Recovery codes and links an admin makes for an identity (`IdentityApi`
//! `createRecoveryCodeForIdentity` / `createRecoveryLinkForIdentity`).
//!
//! Spec: `recoveryCodeForIdentity`, `recoveryLinkForIdentity` in `openapi-v1.json` (v0.2:
//! `selfServiceRecoveryCode`, `selfServiceRecoveryLink`, the same shapes). The code and the
//! token in the link are credentials: they never print.

use serde::{Deserialize, Serialize};

use super::ExtraFields;

/// A recovery code made by an admin (`recoveryCodeForIdentity`, v0.2 `selfServiceRecoveryCode`).
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct RecoveryCodeForIdentity {
    /// When it expires.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<String>,
    /// The code (a credential: never printed).
    pub recovery_code: String,
    /// The recovery page to enter it on (its query is redacted when printed).
    pub recovery_link: String,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// A recovery link made by an admin (`recoveryLinkForIdentity`, v0.2 `selfServiceRecoveryLink`).
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct RecoveryLinkForIdentity {
    /// When it expires.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<String>,
    /// The link: it carries the token (redacted when printed).
    pub recovery_link: String,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

#[cfg(feature = "rust-admin")]
crate::redact::redacting_debug!(RecoveryCodeForIdentity {
    expires_at;
    secret: recovery_code;
    url: recovery_link;
    json: extra;
});
#[cfg(feature = "rust-admin")]
crate::redact::redacting_debug!(RecoveryLinkForIdentity {
    expires_at;
    secret: ;
    url: recovery_link;
    json: extra;
});
