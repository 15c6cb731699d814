//! Sessions (`GET /sessions/whoami`, login/registration results).
//!
//! Spec: `session`, `sessionAuthenticationMethod`, `sessionDevice` in `openapi-v1.json`
//! (v0.10.1 has no `devices`/`tokenized`).

use serde::{Deserialize, Serialize};

use super::identity::{CredentialsType, Identity};
use super::open_enum::open_enum;
use super::ExtraFields;
use crate::redact::{Json, Secret};

open_enum! {
    /// Authenticator Assurance Level: `aal1` one factor, `aal2` two factors.
    pub enum AuthenticatorAssuranceLevel {
        /// No authentication.
        Aal0 = "aal0",
        /// One factor.
        Aal1 = "aal1",
        /// Two factors.
        Aal2 = "aal2",
        /// Reserved.
        Aal3 = "aal3",
    }
}

/// A session (`session`).
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    /// The session id.
    pub id: String,
    /// Whether the session is active.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// When the session expires.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<String>,
    /// When the session was authenticated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authenticated_at: Option<String>,
    /// The assurance level reached.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authenticator_assurance_level: Option<AuthenticatorAssuranceLevel>,
    /// The methods used to authenticate, in order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authentication_methods: Option<Vec<SessionAuthenticationMethod>>,
    /// When the session was issued.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued_at: Option<String>,
    /// The identity. Kratos sends `null` when the session still needs a second factor (v1 login
    /// result before AAL2), so the `null` is kept.
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub identity: Option<Option<Identity>>,
    /// Devices that used this session (v1+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub devices: Option<Vec<SessionDevice>>,
    /// A JWT of the session, when requested with `tokenize_as` (v1+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tokenized: Option<String>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// Shows everything but `tokenized`, a bearer JWT of the session (`<redacted>`), and prints
/// `extra` with its credential keys redacted ([`crate::redact`]). Every field is listed, so a
/// new one does not compile until it is placed.
impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let Self {
            id,
            active,
            expires_at,
            authenticated_at,
            authenticator_assurance_level,
            authentication_methods,
            issued_at,
            identity,
            devices,
            tokenized,
            extra,
        } = self;
        f.debug_struct("Session")
            .field("id", id)
            .field("active", active)
            .field("expires_at", expires_at)
            .field("authenticated_at", authenticated_at)
            .field(
                "authenticator_assurance_level",
                authenticator_assurance_level,
            )
            .field("authentication_methods", authentication_methods)
            .field("issued_at", issued_at)
            .field("identity", identity)
            .field("devices", devices)
            .field("tokenized", &Secret::of(tokenized))
            .field("extra", &Json(extra))
            .finish()
    }
}

impl Session {
    /// The identity, if present and not `null`.
    pub fn identity(&self) -> Option<&Identity> {
        self.identity.as_ref().and_then(Option::as_ref)
    }
}

/// One authentication step of a session (`sessionAuthenticationMethod`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionAuthenticationMethod {
    /// The method used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<CredentialsType>,
    /// The assurance level this step provided (Kratos may send `""`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aal: Option<AuthenticatorAssuranceLevel>,
    /// When the step completed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed_at: Option<String>,
    /// The OIDC/SAML provider, for social sign-in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    /// The organization, for SSO.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// A device that used a session (`sessionDevice`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionDevice {
    /// The device record id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The client IP address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_address: Option<String>,
    /// The client user agent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_agent: Option<String>,
    /// Geo location (e.g. `Munich, DE`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn null_identity_and_empty_aal_round_trip() {
        let v = json!({
            "id": "s", "active": true, "identity": null,
            "authentication_methods": [{"method": "password", "aal": ""},
                                       {"method": "fingerprint", "aal": "aal9"}]
        });
        let session: Session = serde_json::from_value(v.clone()).unwrap();
        assert_eq!(session.identity, Some(None));
        assert!(session.identity().is_none());
        let methods = session
            .authentication_methods
            .as_deref()
            .unwrap_or_default();
        assert_eq!(
            methods[1].method,
            Some(CredentialsType::Other("fingerprint".into()))
        );
        assert_eq!(serde_json::to_value(&session).unwrap(), v);
    }
}
