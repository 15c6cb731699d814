//! Identities and their addresses and credentials.
//!
//! Spec: `identity`, `verifiableIdentityAddress`, `recoveryIdentityAddress`,
//! `identityCredentials` in `openapi-v1.json` (v0.10.1 has the same shapes minus
//! `organization_id`).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::open_enum::open_enum;
use super::ExtraFields;
use crate::redact::Json;

open_enum! {
    /// Whether an identity may sign in.
    pub enum IdentityState {
        /// The identity may sign in.
        Active = "active",
        /// The identity is disabled.
        Inactive = "inactive",
    }
}

open_enum! {
    /// Credential / authentication method types: identity credential keys, a flow's `active`
    /// method and a session's authentication methods.
    pub enum CredentialsType {
        /// Password.
        Password = "password",
        /// Social sign-in (OpenID Connect).
        Oidc = "oidc",
        /// TOTP authenticator app.
        Totp = "totp",
        /// Lookup secrets (recovery codes).
        LookupSecret = "lookup_secret",
        /// WebAuthn security key.
        Webauthn = "webauthn",
        /// One-time code.
        Code = "code",
        /// Passkey.
        Passkey = "passkey",
        /// Profile (traits) — the `active` value of two-step registration.
        Profile = "profile",
        /// Magic link (v0 recovery/verification `active` value).
        Link = "link",
        /// Recovery by link.
        LinkRecovery = "link_recovery",
        /// Recovery by code.
        CodeRecovery = "code_recovery",
        /// Identifier-first login.
        IdentifierFirst = "identifier_first",
        /// SAML (newer Kratos).
        Saml = "saml",
        /// Sessions created before Kratos v0.6.
        LegacySession = "v0.6_legacy_session",
    }
}

open_enum! {
    /// The channel of an address.
    pub enum AddressVia {
        /// E-mail address.
        Email = "email",
        /// Phone number (SMS).
        Sms = "sms",
    }
}

open_enum! {
    /// The verification status of a verifiable address.
    pub enum VerifiableAddressStatus {
        /// Not yet sent.
        Pending = "pending",
        /// Verification message sent.
        Sent = "sent",
        /// Verified.
        Completed = "completed",
    }
}

/// An identity (`identity`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Identity {
    /// The identity id (UUID).
    pub id: String,
    /// The identity schema id.
    pub schema_id: String,
    /// The URL of the identity schema.
    pub schema_url: String,
    /// The identity's traits, shaped by its schema.
    pub traits: Value,
    /// Whether the identity may sign in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<IdentityState>,
    /// When `state` last changed (nullable).
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub state_changed_at: Option<Option<String>>,
    /// Addresses that can be verified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verifiable_addresses: Option<Vec<VerifiableIdentityAddress>>,
    /// Addresses usable for account recovery.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recovery_addresses: Option<Vec<RecoveryIdentityAddress>>,
    /// Credentials keyed by type (`password`, `oidc`, …); only in admin/`include_credential`
    /// responses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credentials: Option<BTreeMap<String, IdentityCredentials>>,
    /// Public metadata (any JSON, often `null`).
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub metadata_public: Option<Value>,
    /// Admin metadata (any JSON, often `null`).
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub metadata_admin: Option<Value>,
    /// The organization (v1+, nullable).
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub organization_id: Option<Option<String>>,
    /// Creation time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// Last update time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// A verifiable address (`verifiableIdentityAddress`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VerifiableIdentityAddress {
    /// The address id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The address itself.
    pub value: String,
    /// Whether it is verified.
    pub verified: bool,
    /// The channel.
    pub via: AddressVia,
    /// The verification status.
    pub status: VerifiableAddressStatus,
    /// When it was verified (nullable).
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub verified_at: Option<Option<String>>,
    /// Creation time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// Last update time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// A recovery address (`recoveryIdentityAddress`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecoveryIdentityAddress {
    /// The address id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The address itself.
    pub value: String,
    /// The channel.
    pub via: AddressVia,
    /// Creation time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// Last update time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// One credential of an identity (`identityCredentials`).
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct IdentityCredentials {
    /// The credential type.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub credentials_type: Option<CredentialsType>,
    /// Identifiers (e-mail, username, …) bound to this credential.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifiers: Option<Vec<String>>,
    /// Type-specific configuration (raw JSON, may be `null`).
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub config: Option<Value>,
    /// Credential schema version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    /// Creation time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// Last update time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// Shows the credential with `config` and `extra` printed with their credential keys redacted
/// ([`crate::redact`]): with `include_credential`, `config` holds the password hash or the
/// upstream provider's tokens (`hashed_password`, `initial_access_token`, …). Every field is
/// listed, so a new one does not compile until it is placed.
impl std::fmt::Debug for IdentityCredentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let Self {
            credentials_type,
            identifiers,
            config,
            version,
            created_at,
            updated_at,
            extra,
        } = self;
        f.debug_struct("IdentityCredentials")
            .field("credentials_type", credentials_type)
            .field("identifiers", identifiers)
            .field("config", &Json(config))
            .field("version", version)
            .field("created_at", created_at)
            .field("updated_at", updated_at)
            .field("extra", &Json(extra))
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn nulls_unknown_values_and_extra_fields_round_trip() {
        let v = json!({
            "id": "i", "schema_id": "default", "schema_url": "https://x/schemas/default",
            "traits": {"email": "a@b.c"}, "state": "suspended",
            "metadata_public": null, "metadata_admin": {"k": 1}, "organization_id": null,
            "verifiable_addresses": [{"value": "a@b.c", "verified": false, "via": "carrier-pigeon",
                                       "status": "lost", "verified_at": null}],
            "credentials": {"password": {"type": "password", "identifiers": ["a@b.c"],
                                         "config": null, "version": 0}},
            "new_field": [1, 2]
        });
        let identity: Identity = serde_json::from_value(v.clone()).unwrap();
        assert_eq!(
            identity.state,
            Some(IdentityState::Other("suspended".into()))
        );
        assert_eq!(identity.metadata_public, Some(Value::Null));
        assert_eq!(identity.organization_id, Some(None));
        assert_eq!(serde_json::to_value(&identity).unwrap(), v);
    }

    #[test]
    fn absent_nullable_fields_stay_absent() {
        let v = json!({"id": "i", "schema_id": "s", "schema_url": "u", "traits": {}});
        let identity: Identity = serde_json::from_value(v.clone()).unwrap();
        assert_eq!(identity.metadata_public, None);
        assert_eq!(identity.organization_id, None);
        assert_eq!(serde_json::to_value(&identity).unwrap(), v);
    }
}
