//! Request bodies of the `update*Flow` methods (`POST /self-service/<flow>?flow=<id>`).
//!
//! Spec: `update*FlowWith*Method` in `openapi-v1.json` (v0.10.1: `submitSelfService*Body`),
//! validated server-side by the JSON Schemas in `submit-schemas/v1.3.1/`. Each body is an enum
//! tagged by `method`; serialising produces exactly the JSON Kratos expects: snake_case keys, the
//! `method` string included, `None` fields omitted. A method this SDK does not know can be sent
//! (and is parsed back) as raw JSON through the `Other` variant; parsing also falls back to
//! `Other` when a known method's body lacks a required field.
//!
//! Their `Debug` never prints a credential (`password`, `totp_code`, `lookup_secret`, `code`,
//! `csrf_token`, `id_token`, `session_token`: `<redacted>`, or `None` when absent), and prints
//! raw JSON (`traits`, `transient_payload`, `extra`, an `Other` body) with its credential keys
//! redacted (see [`crate::redact`]). The impls are at the end of this file; every field of
//! every body is listed there, so a new field does not compile until it is given its place.

use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::redact::{DebugBody, Json, Secret};

use super::ExtraFields;

/// The body of `POST /self-service/login?flow=<id>` (`updateLoginFlowBody`), tagged by `method`.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "method")]
pub enum UpdateLoginFlowBody {
    /// `method: "password"`.
    #[serde(rename = "password")]
    Password(UpdateLoginFlowWithPasswordMethod),
    /// `method: "oidc"`.
    #[serde(rename = "oidc")]
    Oidc(UpdateLoginFlowWithOidcMethod),
    /// `method: "totp"`.
    #[serde(rename = "totp")]
    Totp(UpdateLoginFlowWithTotpMethod),
    /// `method: "lookup_secret"`.
    #[serde(rename = "lookup_secret")]
    LookupSecret(UpdateLoginFlowWithLookupSecretMethod),
    /// `method: "webauthn"`.
    #[serde(rename = "webauthn")]
    Webauthn(UpdateLoginFlowWithWebAuthnMethod),
    /// `method: "code"`.
    #[serde(rename = "code")]
    Code(UpdateLoginFlowWithCodeMethod),
    /// `method: "passkey"`.
    #[serde(rename = "passkey")]
    Passkey(UpdateLoginFlowWithPasskeyMethod),
    /// `method: "identifier_first"`.
    #[serde(rename = "identifier_first")]
    IdentifierFirst(UpdateLoginFlowWithIdentifierFirstMethod),
    /// Any other method: the complete body as raw JSON, `method` included.
    #[serde(untagged)]
    Other(Value),
}

impl UpdateLoginFlowBody {
    /// The `method` string of this body (`None` for an `Other` body without one).
    pub fn method(&self) -> Option<&str> {
        match self {
            Self::Password(_) => Some("password"),
            Self::Oidc(_) => Some("oidc"),
            Self::Totp(_) => Some("totp"),
            Self::LookupSecret(_) => Some("lookup_secret"),
            Self::Webauthn(_) => Some("webauthn"),
            Self::Code(_) => Some("code"),
            Self::Passkey(_) => Some("passkey"),
            Self::IdentifierFirst(_) => Some("identifier_first"),
            Self::Other(body) => body.get("method").and_then(Value::as_str),
        }
    }

    /// Sets `csrf_token` (for `Other`, only if the body is a JSON object).
    pub fn set_csrf_token(&mut self, token: impl Into<String>) {
        let token = Some(token.into());
        match self {
            Self::Password(body) => body.csrf_token = token,
            Self::Oidc(body) => body.csrf_token = token,
            Self::Totp(body) => body.csrf_token = token,
            Self::LookupSecret(body) => body.csrf_token = token,
            Self::Webauthn(body) => body.csrf_token = token,
            Self::Code(body) => body.csrf_token = token,
            Self::Passkey(body) => body.csrf_token = token,
            Self::IdentifierFirst(body) => body.csrf_token = token,
            Self::Other(body) => set_raw_csrf_token(body, token),
        }
    }
}

impl From<UpdateLoginFlowWithPasswordMethod> for UpdateLoginFlowBody {
    fn from(body: UpdateLoginFlowWithPasswordMethod) -> Self {
        Self::Password(body)
    }
}

impl From<UpdateLoginFlowWithOidcMethod> for UpdateLoginFlowBody {
    fn from(body: UpdateLoginFlowWithOidcMethod) -> Self {
        Self::Oidc(body)
    }
}

impl From<UpdateLoginFlowWithTotpMethod> for UpdateLoginFlowBody {
    fn from(body: UpdateLoginFlowWithTotpMethod) -> Self {
        Self::Totp(body)
    }
}

impl From<UpdateLoginFlowWithLookupSecretMethod> for UpdateLoginFlowBody {
    fn from(body: UpdateLoginFlowWithLookupSecretMethod) -> Self {
        Self::LookupSecret(body)
    }
}

impl From<UpdateLoginFlowWithWebAuthnMethod> for UpdateLoginFlowBody {
    fn from(body: UpdateLoginFlowWithWebAuthnMethod) -> Self {
        Self::Webauthn(body)
    }
}

impl From<UpdateLoginFlowWithCodeMethod> for UpdateLoginFlowBody {
    fn from(body: UpdateLoginFlowWithCodeMethod) -> Self {
        Self::Code(body)
    }
}

impl From<UpdateLoginFlowWithPasskeyMethod> for UpdateLoginFlowBody {
    fn from(body: UpdateLoginFlowWithPasskeyMethod) -> Self {
        Self::Passkey(body)
    }
}

impl From<UpdateLoginFlowWithIdentifierFirstMethod> for UpdateLoginFlowBody {
    fn from(body: UpdateLoginFlowWithIdentifierFirstMethod) -> Self {
        Self::IdentifierFirst(body)
    }
}

/// `login` with `method: "password"` (`updateLoginFlowWithPasswordMethod`).
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateLoginFlowWithPasswordMethod {
    /// The identifier (e-mail, username, …).
    pub identifier: String,
    /// The password.
    pub password: String,
    /// Deprecated v0 alias of `identifier`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_identifier: Option<String>,
    /// The anti-CSRF token (the `csrf_token` node's value); required for browser flows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub csrf_token: Option<String>,
    /// Data passed along to webhooks (v1+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transient_payload: Option<ExtraFields>,
    /// Further fields to send (or fields received that this SDK does not know).
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// `login` with `method: "oidc"` (`updateLoginFlowWithOidcMethod`).
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateLoginFlowWithOidcMethod {
    /// The provider id to sign in with.
    pub provider: String,
    /// Traits to pre-fill if the sign-in turns into a registration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traits: Option<Value>,
    /// Parameters for the upstream provider (`login_hint`, `hd`, `prompt`, `auth_type`; v1+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upstream_parameters: Option<ExtraFields>,
    /// An ID token from a native provider SDK (v1+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_token: Option<String>,
    /// The nonce used to obtain `id_token` (v1+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_token_nonce: Option<String>,
    /// The anti-CSRF token (the `csrf_token` node's value); required for browser flows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub csrf_token: Option<String>,
    /// Data passed along to webhooks (v1+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transient_payload: Option<ExtraFields>,
    /// Further fields to send (or fields received that this SDK does not know).
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// `login` with `method: "totp"` (`updateLoginFlowWithTotpMethod`).
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateLoginFlowWithTotpMethod {
    /// The TOTP code.
    pub totp_code: String,
    /// The anti-CSRF token (the `csrf_token` node's value); required for browser flows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub csrf_token: Option<String>,
    /// Data passed along to webhooks (v1+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transient_payload: Option<ExtraFields>,
    /// Further fields to send (or fields received that this SDK does not know).
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// `login` with `method: "lookup_secret"` (`updateLoginFlowWithLookupSecretMethod`).
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateLoginFlowWithLookupSecretMethod {
    /// One recovery code.
    pub lookup_secret: String,
    /// The anti-CSRF token (the `csrf_token` node's value); required for browser flows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub csrf_token: Option<String>,
    /// Data passed along to webhooks (v1+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transient_payload: Option<ExtraFields>,
    /// Further fields to send (or fields received that this SDK does not know).
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// `login` with `method: "webauthn"` (`updateLoginFlowWithWebAuthnMethod`).
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateLoginFlowWithWebAuthnMethod {
    /// The identifier (passwordless first step).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// The assertion JSON written by `webauthn.js`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webauthn_login: Option<String>,
    /// The anti-CSRF token (the `csrf_token` node's value); required for browser flows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub csrf_token: Option<String>,
    /// Data passed along to webhooks (v1+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transient_payload: Option<ExtraFields>,
    /// Further fields to send (or fields received that this SDK does not know).
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// `login` with `method: "code"` (`updateLoginFlowWithCodeMethod`).
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateLoginFlowWithCodeMethod {
    /// The identifier to send a code to (v1+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// The code received.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Set to `"code"` to resend the code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resend: Option<String>,
    /// The MFA address to send the code to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// The anti-CSRF token (the `csrf_token` node's value); required for browser flows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub csrf_token: Option<String>,
    /// Data passed along to webhooks (v1+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transient_payload: Option<ExtraFields>,
    /// Further fields to send (or fields received that this SDK does not know).
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// `login` with `method: "passkey"` (`updateLoginFlowWithPasskeyMethod`).
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateLoginFlowWithPasskeyMethod {
    /// The assertion JSON (v1+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passkey_login: Option<String>,
    /// The anti-CSRF token (the `csrf_token` node's value); required for browser flows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub csrf_token: Option<String>,
    /// Data passed along to webhooks (v1+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transient_payload: Option<ExtraFields>,
    /// Further fields to send (or fields received that this SDK does not know).
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// `login` with `method: "identifier_first"` (`updateLoginFlowWithIdentifierFirstMethod`).
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateLoginFlowWithIdentifierFirstMethod {
    /// The identifier; Kratos answers with the methods available for it (v1+).
    pub identifier: String,
    /// The anti-CSRF token (the `csrf_token` node's value); required for browser flows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub csrf_token: Option<String>,
    /// Data passed along to webhooks (v1+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transient_payload: Option<ExtraFields>,
    /// Further fields to send (or fields received that this SDK does not know).
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// The body of `POST /self-service/registration?flow=<id>` (`updateRegistrationFlowBody`), tagged by `method`.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "method")]
pub enum UpdateRegistrationFlowBody {
    /// `method: "password"`.
    #[serde(rename = "password")]
    Password(UpdateRegistrationFlowWithPasswordMethod),
    /// `method: "oidc"`.
    #[serde(rename = "oidc")]
    Oidc(UpdateRegistrationFlowWithOidcMethod),
    /// `method: "webauthn"`.
    #[serde(rename = "webauthn")]
    Webauthn(UpdateRegistrationFlowWithWebAuthnMethod),
    /// `method: "code"`.
    #[serde(rename = "code")]
    Code(UpdateRegistrationFlowWithCodeMethod),
    /// `method: "passkey"`.
    #[serde(rename = "passkey")]
    Passkey(UpdateRegistrationFlowWithPasskeyMethod),
    /// `method: "profile"`.
    #[serde(rename = "profile")]
    Profile(UpdateRegistrationFlowWithProfileMethod),
    /// Any other method: the complete body as raw JSON, `method` included.
    #[serde(untagged)]
    Other(Value),
}

impl UpdateRegistrationFlowBody {
    /// The `method` string of this body (`None` for an `Other` body without one).
    pub fn method(&self) -> Option<&str> {
        match self {
            Self::Password(_) => Some("password"),
            Self::Oidc(_) => Some("oidc"),
            Self::Webauthn(_) => Some("webauthn"),
            Self::Code(_) => Some("code"),
            Self::Passkey(_) => Some("passkey"),
            Self::Profile(_) => Some("profile"),
            Self::Other(body) => body.get("method").and_then(Value::as_str),
        }
    }

    /// Sets `csrf_token` (for `Other`, only if the body is a JSON object).
    pub fn set_csrf_token(&mut self, token: impl Into<String>) {
        let token = Some(token.into());
        match self {
            Self::Password(body) => body.csrf_token = token,
            Self::Oidc(body) => body.csrf_token = token,
            Self::Webauthn(body) => body.csrf_token = token,
            Self::Code(body) => body.csrf_token = token,
            Self::Passkey(body) => body.csrf_token = token,
            Self::Profile(body) => body.csrf_token = token,
            Self::Other(body) => set_raw_csrf_token(body, token),
        }
    }
}

impl From<UpdateRegistrationFlowWithPasswordMethod> for UpdateRegistrationFlowBody {
    fn from(body: UpdateRegistrationFlowWithPasswordMethod) -> Self {
        Self::Password(body)
    }
}

impl From<UpdateRegistrationFlowWithOidcMethod> for UpdateRegistrationFlowBody {
    fn from(body: UpdateRegistrationFlowWithOidcMethod) -> Self {
        Self::Oidc(body)
    }
}

impl From<UpdateRegistrationFlowWithWebAuthnMethod> for UpdateRegistrationFlowBody {
    fn from(body: UpdateRegistrationFlowWithWebAuthnMethod) -> Self {
        Self::Webauthn(body)
    }
}

impl From<UpdateRegistrationFlowWithCodeMethod> for UpdateRegistrationFlowBody {
    fn from(body: UpdateRegistrationFlowWithCodeMethod) -> Self {
        Self::Code(body)
    }
}

impl From<UpdateRegistrationFlowWithPasskeyMethod> for UpdateRegistrationFlowBody {
    fn from(body: UpdateRegistrationFlowWithPasskeyMethod) -> Self {
        Self::Passkey(body)
    }
}

impl From<UpdateRegistrationFlowWithProfileMethod> for UpdateRegistrationFlowBody {
    fn from(body: UpdateRegistrationFlowWithProfileMethod) -> Self {
        Self::Profile(body)
    }
}

/// `registration` with `method: "password"` (`updateRegistrationFlowWithPasswordMethod`).
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateRegistrationFlowWithPasswordMethod {
    /// The password.
    pub password: String,
    /// The identity traits, shaped by the identity schema.
    pub traits: Value,
    /// The anti-CSRF token (the `csrf_token` node's value); required for browser flows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub csrf_token: Option<String>,
    /// Data passed along to webhooks (v1+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transient_payload: Option<ExtraFields>,
    /// Further fields to send (or fields received that this SDK does not know).
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// `registration` with `method: "oidc"` (`updateRegistrationFlowWithOidcMethod`).
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateRegistrationFlowWithOidcMethod {
    /// The provider id to register with.
    pub provider: String,
    /// Traits to pre-fill.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traits: Option<Value>,
    /// Parameters for the upstream provider (`login_hint`, `hd`, `prompt`, `auth_type`; v1+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upstream_parameters: Option<ExtraFields>,
    /// An ID token from a native provider SDK (v1+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_token: Option<String>,
    /// The nonce used to obtain `id_token` (v1+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_token_nonce: Option<String>,
    /// The anti-CSRF token (the `csrf_token` node's value); required for browser flows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub csrf_token: Option<String>,
    /// Data passed along to webhooks (v1+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transient_payload: Option<ExtraFields>,
    /// Further fields to send (or fields received that this SDK does not know).
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// `registration` with `method: "webauthn"` (`updateRegistrationFlowWithWebAuthnMethod`).
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateRegistrationFlowWithWebAuthnMethod {
    /// The identity traits, shaped by the identity schema.
    pub traits: Value,
    /// The attestation JSON written by `webauthn.js`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webauthn_register: Option<String>,
    /// A name for the new key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webauthn_register_displayname: Option<String>,
    /// The anti-CSRF token (the `csrf_token` node's value); required for browser flows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub csrf_token: Option<String>,
    /// Data passed along to webhooks (v1+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transient_payload: Option<ExtraFields>,
    /// Further fields to send (or fields received that this SDK does not know).
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// `registration` with `method: "code"` (`updateRegistrationFlowWithCodeMethod`).
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateRegistrationFlowWithCodeMethod {
    /// The identity traits, shaped by the identity schema.
    pub traits: Value,
    /// The code received (v1+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Set to `"code"` to resend the code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resend: Option<String>,
    /// The anti-CSRF token (the `csrf_token` node's value); required for browser flows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub csrf_token: Option<String>,
    /// Data passed along to webhooks (v1+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transient_payload: Option<ExtraFields>,
    /// Further fields to send (or fields received that this SDK does not know).
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// `registration` with `method: "passkey"` (`updateRegistrationFlowWithPasskeyMethod`).
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateRegistrationFlowWithPasskeyMethod {
    /// The identity traits, shaped by the identity schema.
    pub traits: Value,
    /// The attestation JSON (v1+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passkey_register: Option<String>,
    /// The anti-CSRF token (the `csrf_token` node's value); required for browser flows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub csrf_token: Option<String>,
    /// Data passed along to webhooks (v1+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transient_payload: Option<ExtraFields>,
    /// Further fields to send (or fields received that this SDK does not know).
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// `registration` with `method: "profile"` (`updateRegistrationFlowWithProfileMethod`).
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateRegistrationFlowWithProfileMethod {
    /// The identity traits, shaped by the identity schema.
    pub traits: Value,
    /// Two-step registration: `credential-selection` or `previous` (v1+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub screen: Option<String>,
    /// The anti-CSRF token (the `csrf_token` node's value); required for browser flows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub csrf_token: Option<String>,
    /// Data passed along to webhooks (v1+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transient_payload: Option<ExtraFields>,
    /// Further fields to send (or fields received that this SDK does not know).
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// The body of `POST /self-service/recovery?flow=<id>` (`updateRecoveryFlowBody`), tagged by `method`.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "method")]
pub enum UpdateRecoveryFlowBody {
    /// `method: "link"`.
    #[serde(rename = "link")]
    Link(UpdateRecoveryFlowWithLinkMethod),
    /// `method: "code"`.
    #[serde(rename = "code")]
    Code(UpdateRecoveryFlowWithCodeMethod),
    /// Any other method: the complete body as raw JSON, `method` included.
    #[serde(untagged)]
    Other(Value),
}

impl UpdateRecoveryFlowBody {
    /// The `method` string of this body (`None` for an `Other` body without one).
    pub fn method(&self) -> Option<&str> {
        match self {
            Self::Link(_) => Some("link"),
            Self::Code(_) => Some("code"),
            Self::Other(body) => body.get("method").and_then(Value::as_str),
        }
    }

    /// Sets `csrf_token` (for `Other`, only if the body is a JSON object).
    pub fn set_csrf_token(&mut self, token: impl Into<String>) {
        let token = Some(token.into());
        match self {
            Self::Link(body) => body.csrf_token = token,
            Self::Code(body) => body.csrf_token = token,
            Self::Other(body) => set_raw_csrf_token(body, token),
        }
    }
}

impl From<UpdateRecoveryFlowWithLinkMethod> for UpdateRecoveryFlowBody {
    fn from(body: UpdateRecoveryFlowWithLinkMethod) -> Self {
        Self::Link(body)
    }
}

impl From<UpdateRecoveryFlowWithCodeMethod> for UpdateRecoveryFlowBody {
    fn from(body: UpdateRecoveryFlowWithCodeMethod) -> Self {
        Self::Code(body)
    }
}

/// `recovery` with `method: "link"` (`updateRecoveryFlowWithLinkMethod`).
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateRecoveryFlowWithLinkMethod {
    /// The address to send the recovery link to.
    pub email: String,
    /// The anti-CSRF token (the `csrf_token` node's value); required for browser flows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub csrf_token: Option<String>,
    /// Data passed along to webhooks (v1+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transient_payload: Option<ExtraFields>,
    /// Further fields to send (or fields received that this SDK does not know).
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// `recovery` with `method: "code"` (`updateRecoveryFlowWithCodeMethod`).
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateRecoveryFlowWithCodeMethod {
    /// The address to send the code to (first step).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The code received (second step).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The anti-CSRF token (the `csrf_token` node's value); required for browser flows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub csrf_token: Option<String>,
    /// Data passed along to webhooks (v1+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transient_payload: Option<ExtraFields>,
    /// Further fields to send (or fields received that this SDK does not know).
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// The body of `POST /self-service/verification?flow=<id>` (`updateVerificationFlowBody`), tagged by `method`.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "method")]
pub enum UpdateVerificationFlowBody {
    /// `method: "link"`.
    #[serde(rename = "link")]
    Link(UpdateVerificationFlowWithLinkMethod),
    /// `method: "code"`.
    #[serde(rename = "code")]
    Code(UpdateVerificationFlowWithCodeMethod),
    /// Any other method: the complete body as raw JSON, `method` included.
    #[serde(untagged)]
    Other(Value),
}

impl UpdateVerificationFlowBody {
    /// The `method` string of this body (`None` for an `Other` body without one).
    pub fn method(&self) -> Option<&str> {
        match self {
            Self::Link(_) => Some("link"),
            Self::Code(_) => Some("code"),
            Self::Other(body) => body.get("method").and_then(Value::as_str),
        }
    }

    /// Sets `csrf_token` (for `Other`, only if the body is a JSON object).
    pub fn set_csrf_token(&mut self, token: impl Into<String>) {
        let token = Some(token.into());
        match self {
            Self::Link(body) => body.csrf_token = token,
            Self::Code(body) => body.csrf_token = token,
            Self::Other(body) => set_raw_csrf_token(body, token),
        }
    }
}

impl From<UpdateVerificationFlowWithLinkMethod> for UpdateVerificationFlowBody {
    fn from(body: UpdateVerificationFlowWithLinkMethod) -> Self {
        Self::Link(body)
    }
}

impl From<UpdateVerificationFlowWithCodeMethod> for UpdateVerificationFlowBody {
    fn from(body: UpdateVerificationFlowWithCodeMethod) -> Self {
        Self::Code(body)
    }
}

/// `verification` with `method: "link"` (`updateVerificationFlowWithLinkMethod`).
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateVerificationFlowWithLinkMethod {
    /// The address to send the verification link to.
    pub email: String,
    /// The anti-CSRF token (the `csrf_token` node's value); required for browser flows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub csrf_token: Option<String>,
    /// Data passed along to webhooks (v1+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transient_payload: Option<ExtraFields>,
    /// Further fields to send (or fields received that this SDK does not know).
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// `verification` with `method: "code"` (`updateVerificationFlowWithCodeMethod`).
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateVerificationFlowWithCodeMethod {
    /// The address to send the code to (first step).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The code received (second step).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The anti-CSRF token (the `csrf_token` node's value); required for browser flows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub csrf_token: Option<String>,
    /// Data passed along to webhooks (v1+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transient_payload: Option<ExtraFields>,
    /// Further fields to send (or fields received that this SDK does not know).
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// The body of `POST /self-service/settings?flow=<id>` (`updateSettingsFlowBody`), tagged by `method`.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "method")]
pub enum UpdateSettingsFlowBody {
    /// `method: "password"`.
    #[serde(rename = "password")]
    Password(UpdateSettingsFlowWithPasswordMethod),
    /// `method: "profile"`.
    #[serde(rename = "profile")]
    Profile(UpdateSettingsFlowWithProfileMethod),
    /// `method: "oidc"`.
    #[serde(rename = "oidc")]
    Oidc(UpdateSettingsFlowWithOidcMethod),
    /// `method: "totp"`.
    #[serde(rename = "totp")]
    Totp(UpdateSettingsFlowWithTotpMethod),
    /// `method: "lookup_secret"`.
    #[serde(rename = "lookup_secret")]
    LookupSecret(UpdateSettingsFlowWithLookupMethod),
    /// `method: "webauthn"`.
    #[serde(rename = "webauthn")]
    Webauthn(UpdateSettingsFlowWithWebAuthnMethod),
    /// `method: "passkey"`.
    #[serde(rename = "passkey")]
    Passkey(UpdateSettingsFlowWithPasskeyMethod),
    /// Any other method: the complete body as raw JSON, `method` included.
    #[serde(untagged)]
    Other(Value),
}

impl UpdateSettingsFlowBody {
    /// The `method` string of this body (`None` for an `Other` body without one).
    pub fn method(&self) -> Option<&str> {
        match self {
            Self::Password(_) => Some("password"),
            Self::Profile(_) => Some("profile"),
            Self::Oidc(_) => Some("oidc"),
            Self::Totp(_) => Some("totp"),
            Self::LookupSecret(_) => Some("lookup_secret"),
            Self::Webauthn(_) => Some("webauthn"),
            Self::Passkey(_) => Some("passkey"),
            Self::Other(body) => body.get("method").and_then(Value::as_str),
        }
    }

    /// Sets `csrf_token` (for `Other`, only if the body is a JSON object).
    pub fn set_csrf_token(&mut self, token: impl Into<String>) {
        let token = Some(token.into());
        match self {
            Self::Password(body) => body.csrf_token = token,
            Self::Profile(body) => body.csrf_token = token,
            Self::Oidc(body) => body.csrf_token = token,
            Self::Totp(body) => body.csrf_token = token,
            Self::LookupSecret(body) => body.csrf_token = token,
            Self::Webauthn(body) => body.csrf_token = token,
            Self::Passkey(body) => body.csrf_token = token,
            Self::Other(body) => set_raw_csrf_token(body, token),
        }
    }
}

impl From<UpdateSettingsFlowWithPasswordMethod> for UpdateSettingsFlowBody {
    fn from(body: UpdateSettingsFlowWithPasswordMethod) -> Self {
        Self::Password(body)
    }
}

impl From<UpdateSettingsFlowWithProfileMethod> for UpdateSettingsFlowBody {
    fn from(body: UpdateSettingsFlowWithProfileMethod) -> Self {
        Self::Profile(body)
    }
}

impl From<UpdateSettingsFlowWithOidcMethod> for UpdateSettingsFlowBody {
    fn from(body: UpdateSettingsFlowWithOidcMethod) -> Self {
        Self::Oidc(body)
    }
}

impl From<UpdateSettingsFlowWithTotpMethod> for UpdateSettingsFlowBody {
    fn from(body: UpdateSettingsFlowWithTotpMethod) -> Self {
        Self::Totp(body)
    }
}

impl From<UpdateSettingsFlowWithLookupMethod> for UpdateSettingsFlowBody {
    fn from(body: UpdateSettingsFlowWithLookupMethod) -> Self {
        Self::LookupSecret(body)
    }
}

impl From<UpdateSettingsFlowWithWebAuthnMethod> for UpdateSettingsFlowBody {
    fn from(body: UpdateSettingsFlowWithWebAuthnMethod) -> Self {
        Self::Webauthn(body)
    }
}

impl From<UpdateSettingsFlowWithPasskeyMethod> for UpdateSettingsFlowBody {
    fn from(body: UpdateSettingsFlowWithPasskeyMethod) -> Self {
        Self::Passkey(body)
    }
}

/// `settings` with `method: "password"` (`updateSettingsFlowWithPasswordMethod`).
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateSettingsFlowWithPasswordMethod {
    /// The new password.
    pub password: String,
    /// The anti-CSRF token (the `csrf_token` node's value); required for browser flows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub csrf_token: Option<String>,
    /// Data passed along to webhooks (v1+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transient_payload: Option<ExtraFields>,
    /// Further fields to send (or fields received that this SDK does not know).
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// `settings` with `method: "profile"` (`updateSettingsFlowWithProfileMethod`).
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateSettingsFlowWithProfileMethod {
    /// The identity traits, shaped by the identity schema.
    pub traits: Value,
    /// The anti-CSRF token (the `csrf_token` node's value); required for browser flows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub csrf_token: Option<String>,
    /// Data passed along to webhooks (v1+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transient_payload: Option<ExtraFields>,
    /// Further fields to send (or fields received that this SDK does not know).
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// `settings` with `method: "oidc"` (`updateSettingsFlowWithOidcMethod`).
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateSettingsFlowWithOidcMethod {
    /// The provider to link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    /// The provider to unlink.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unlink: Option<String>,
    /// Traits to update.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traits: Option<Value>,
    /// Parameters for the upstream provider (`login_hint`, `hd`, `prompt`, `auth_type`; v1+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upstream_parameters: Option<ExtraFields>,
    /// The flow id (legacy).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow: Option<String>,
    /// The anti-CSRF token (the `csrf_token` node's value); required for browser flows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub csrf_token: Option<String>,
    /// Data passed along to webhooks (v1+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transient_payload: Option<ExtraFields>,
    /// Further fields to send (or fields received that this SDK does not know).
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// `settings` with `method: "totp"` (`updateSettingsFlowWithTotpMethod`).
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateSettingsFlowWithTotpMethod {
    /// The code from the app, to link it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub totp_code: Option<String>,
    /// `true` to unlink the app.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub totp_unlink: Option<bool>,
    /// The anti-CSRF token (the `csrf_token` node's value); required for browser flows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub csrf_token: Option<String>,
    /// Data passed along to webhooks (v1+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transient_payload: Option<ExtraFields>,
    /// Further fields to send (or fields received that this SDK does not know).
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// `settings` with `method: "lookup_secret"` (`updateSettingsFlowWithLookupMethod`).
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateSettingsFlowWithLookupMethod {
    /// `true` to show the codes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lookup_secret_reveal: Option<bool>,
    /// `true` to generate new codes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lookup_secret_regenerate: Option<bool>,
    /// `true` to save the generated codes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lookup_secret_confirm: Option<bool>,
    /// `true` to remove the codes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lookup_secret_disable: Option<bool>,
    /// The anti-CSRF token (the `csrf_token` node's value); required for browser flows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub csrf_token: Option<String>,
    /// Data passed along to webhooks (v1+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transient_payload: Option<ExtraFields>,
    /// Further fields to send (or fields received that this SDK does not know).
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// `settings` with `method: "webauthn"` (`updateSettingsFlowWithWebAuthnMethod`).
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateSettingsFlowWithWebAuthnMethod {
    /// The attestation JSON written by `webauthn.js`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webauthn_register: Option<String>,
    /// A name for the new key (required with `webauthn_register`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webauthn_register_displayname: Option<String>,
    /// The hex id of a key to remove.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webauthn_remove: Option<String>,
    /// The anti-CSRF token (the `csrf_token` node's value); required for browser flows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub csrf_token: Option<String>,
    /// Data passed along to webhooks (v1+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transient_payload: Option<ExtraFields>,
    /// Further fields to send (or fields received that this SDK does not know).
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// `settings` with `method: "passkey"` (`updateSettingsFlowWithPasskeyMethod`).
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateSettingsFlowWithPasskeyMethod {
    /// The attestation JSON (v1+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passkey_settings_register: Option<String>,
    /// The hex id of a passkey to remove.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passkey_remove: Option<String>,
    /// The anti-CSRF token (the `csrf_token` node's value); required for browser flows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub csrf_token: Option<String>,
    /// Data passed along to webhooks (v1+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transient_payload: Option<ExtraFields>,
    /// Further fields to send (or fields received that this SDK does not know).
    #[serde(flatten)]
    pub extra: ExtraFields,
}
/// Sets `csrf_token` on a raw JSON body, if it is an object.
fn set_raw_csrf_token(body: &mut Value, token: Option<String>) {
    if let (Value::Object(map), Some(token)) = (body, token) {
        map.insert("csrf_token".to_owned(), Value::String(token));
    }
}

impl UpdateLoginFlowWithPasswordMethod {
    /// A password login body with the required fields.
    pub fn new(identifier: impl Into<String>, password: impl Into<String>) -> Self {
        Self {
            identifier: identifier.into(),
            password: password.into(),
            ..Self::default()
        }
    }
}

impl UpdateRegistrationFlowWithPasswordMethod {
    /// A password registration body with the required fields.
    pub fn new(password: impl Into<String>, traits: Value) -> Self {
        Self {
            password: password.into(),
            traits,
            ..Self::default()
        }
    }
}

/// The body of `DELETE /self-service/logout/api` (`performNativeLogoutBody`, v0
/// `submitSelfServiceLogoutFlowWithoutBrowserBody`).
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PerformNativeLogoutBody {
    /// The session token to revoke.
    pub session_token: String,
    /// Further fields to send.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// A WebAuthn / passkey credential as `webauthn.js` serialises it into the hidden
/// `webauthn_register` / `passkey_register` / `*_login` inputs (base64url fields, W3C
/// `PublicKeyCredential` JSON form).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PublicKeyCredentialJson {
    /// The credential id (base64url).
    pub id: String,
    /// The raw credential id (base64url; same as `id` in practice).
    #[serde(rename = "rawId")]
    pub raw_id: String,
    /// Always `public-key`.
    #[serde(rename = "type")]
    pub credential_type: String,
    /// The attestation (`attestationObject`, `clientDataJSON`) or assertion
    /// (`authenticatorData`, `clientDataJSON`, `signature`, `userHandle`) response.
    pub response: Value,
    /// Further fields (e.g. `clientExtensionResults`, `authenticatorAttachment`).
    #[serde(flatten)]
    pub extra: ExtraFields,
}

// `Debug` without credentials (see `crate::redact`). Every field of every body is listed below
// as `shown`, `secret` (`<redacted>`, or `None` when absent) or `json` (raw JSON, shown with its
// credential keys redacted); the destructuring is exhaustive, so a new field does not compile
// until it is listed here. The raw `Other` bodies are shown as redacted JSON.

/// Writes `Debug` for body structs, each field `shown`, `secret` or `json`.
macro_rules! debug_body {
    (@shown $field:ident) => {
        $field
    };
    (@secret $field:ident) => {
        Secret::of($field)
    };
    (@json $field:ident) => {
        Json($field)
    };
    ($($name:ident { $($field:ident: $how:ident,)* })*) => {$(
        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                let Self { $($field),* } = self;
                f.debug_struct(stringify!($name))
                    $(.field(stringify!($field), &debug_body!(@$how $field)))*
                    .finish()
            }
        }
    )*};
}

/// Writes `Debug` for a body enum (its variants, then `Other` as redacted JSON) and makes it a
/// request body.
macro_rules! debug_tagged_body {
    ($name:ident { $($variant:ident),* }) => {
        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                match self {
                    $(Self::$variant(body) => f.debug_tuple(stringify!($variant)).field(body).finish(),)*
                    Self::Other(body) => f.debug_tuple("Other").field(&Json(body)).finish(),
                }
            }
        }

        impl DebugBody for $name {
            fn fmt_body(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Debug::fmt(self, f)
            }
        }
    };
}

debug_body! {
    UpdateLoginFlowWithPasswordMethod {
        identifier: shown,
        password: secret,
        password_identifier: shown,
        csrf_token: secret,
        transient_payload: json,
        extra: json,
    }
    UpdateLoginFlowWithOidcMethod {
        provider: shown,
        traits: json,
        upstream_parameters: json,
        id_token: secret,
        id_token_nonce: shown,
        csrf_token: secret,
        transient_payload: json,
        extra: json,
    }
    UpdateLoginFlowWithTotpMethod {
        totp_code: secret,
        csrf_token: secret,
        transient_payload: json,
        extra: json,
    }
    UpdateLoginFlowWithLookupSecretMethod {
        lookup_secret: secret,
        csrf_token: secret,
        transient_payload: json,
        extra: json,
    }
    UpdateLoginFlowWithWebAuthnMethod {
        identifier: shown,
        webauthn_login: shown,
        csrf_token: secret,
        transient_payload: json,
        extra: json,
    }
    UpdateLoginFlowWithCodeMethod {
        identifier: shown,
        code: secret,
        resend: shown,
        address: shown,
        csrf_token: secret,
        transient_payload: json,
        extra: json,
    }
    UpdateLoginFlowWithPasskeyMethod {
        passkey_login: shown,
        csrf_token: secret,
        transient_payload: json,
        extra: json,
    }
    UpdateLoginFlowWithIdentifierFirstMethod {
        identifier: shown,
        csrf_token: secret,
        transient_payload: json,
        extra: json,
    }
    UpdateRegistrationFlowWithPasswordMethod {
        password: secret,
        traits: json,
        csrf_token: secret,
        transient_payload: json,
        extra: json,
    }
    UpdateRegistrationFlowWithOidcMethod {
        provider: shown,
        traits: json,
        upstream_parameters: json,
        id_token: secret,
        id_token_nonce: shown,
        csrf_token: secret,
        transient_payload: json,
        extra: json,
    }
    UpdateRegistrationFlowWithWebAuthnMethod {
        traits: json,
        webauthn_register: shown,
        webauthn_register_displayname: shown,
        csrf_token: secret,
        transient_payload: json,
        extra: json,
    }
    UpdateRegistrationFlowWithCodeMethod {
        traits: json,
        code: secret,
        resend: shown,
        csrf_token: secret,
        transient_payload: json,
        extra: json,
    }
    UpdateRegistrationFlowWithPasskeyMethod {
        traits: json,
        passkey_register: shown,
        csrf_token: secret,
        transient_payload: json,
        extra: json,
    }
    UpdateRegistrationFlowWithProfileMethod {
        traits: json,
        screen: shown,
        csrf_token: secret,
        transient_payload: json,
        extra: json,
    }
    UpdateRecoveryFlowWithLinkMethod {
        email: shown,
        csrf_token: secret,
        transient_payload: json,
        extra: json,
    }
    UpdateRecoveryFlowWithCodeMethod {
        email: shown,
        code: secret,
        csrf_token: secret,
        transient_payload: json,
        extra: json,
    }
    UpdateVerificationFlowWithLinkMethod {
        email: shown,
        csrf_token: secret,
        transient_payload: json,
        extra: json,
    }
    UpdateVerificationFlowWithCodeMethod {
        email: shown,
        code: secret,
        csrf_token: secret,
        transient_payload: json,
        extra: json,
    }
    UpdateSettingsFlowWithPasswordMethod {
        password: secret,
        csrf_token: secret,
        transient_payload: json,
        extra: json,
    }
    UpdateSettingsFlowWithProfileMethod {
        traits: json,
        csrf_token: secret,
        transient_payload: json,
        extra: json,
    }
    UpdateSettingsFlowWithOidcMethod {
        link: shown,
        unlink: shown,
        traits: json,
        upstream_parameters: json,
        flow: shown,
        csrf_token: secret,
        transient_payload: json,
        extra: json,
    }
    UpdateSettingsFlowWithTotpMethod {
        totp_code: secret,
        totp_unlink: shown,
        csrf_token: secret,
        transient_payload: json,
        extra: json,
    }
    UpdateSettingsFlowWithLookupMethod {
        lookup_secret_reveal: shown,
        lookup_secret_regenerate: shown,
        lookup_secret_confirm: shown,
        lookup_secret_disable: shown,
        csrf_token: secret,
        transient_payload: json,
        extra: json,
    }
    UpdateSettingsFlowWithWebAuthnMethod {
        webauthn_register: shown,
        webauthn_register_displayname: shown,
        webauthn_remove: shown,
        csrf_token: secret,
        transient_payload: json,
        extra: json,
    }
    UpdateSettingsFlowWithPasskeyMethod {
        passkey_settings_register: shown,
        passkey_remove: shown,
        csrf_token: secret,
        transient_payload: json,
        extra: json,
    }
    PerformNativeLogoutBody {
        session_token: secret,
        extra: json,
    }
}

debug_tagged_body!(UpdateLoginFlowBody {
    Password,
    Oidc,
    Totp,
    LookupSecret,
    Webauthn,
    Code,
    Passkey,
    IdentifierFirst
});
debug_tagged_body!(UpdateRegistrationFlowBody {
    Password,
    Oidc,
    Webauthn,
    Code,
    Passkey,
    Profile
});
debug_tagged_body!(UpdateRecoveryFlowBody { Link, Code });
debug_tagged_body!(UpdateVerificationFlowBody { Link, Code });
debug_tagged_body!(UpdateSettingsFlowBody {
    Password,
    Profile,
    Oidc,
    Totp,
    LookupSecret,
    Webauthn,
    Passkey
});

impl DebugBody for PerformNativeLogoutBody {
    fn fmt_body(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn password_login_serialises_to_the_spec_body() {
        let mut body =
            UpdateLoginFlowBody::from(UpdateLoginFlowWithPasswordMethod::new("a@b.c", "x"));
        body.set_csrf_token("t");
        assert_eq!(
            serde_json::to_value(&body).unwrap(),
            json!({"method": "password", "identifier": "a@b.c", "password": "x", "csrf_token": "t"})
        );
        assert_eq!(body.method(), Some("password"));
    }

    #[test]
    fn every_flow_serialises_method_and_omits_none() {
        let cases = [
            (
                serde_json::to_value(UpdateLoginFlowBody::Totp(UpdateLoginFlowWithTotpMethod {
                    totp_code: "123456".into(),
                    ..Default::default()
                })),
                json!({"method": "totp", "totp_code": "123456"}),
            ),
            (
                serde_json::to_value(UpdateLoginFlowBody::Code(UpdateLoginFlowWithCodeMethod {
                    identifier: Some("a@b.c".into()),
                    resend: Some("code".into()),
                    csrf_token: Some("t".into()),
                    ..Default::default()
                })),
                json!({"method": "code", "identifier": "a@b.c", "resend": "code", "csrf_token": "t"}),
            ),
            (
                serde_json::to_value(UpdateLoginFlowBody::IdentifierFirst(
                    UpdateLoginFlowWithIdentifierFirstMethod {
                        identifier: "a@b.c".into(),
                        ..Default::default()
                    },
                )),
                json!({"method": "identifier_first", "identifier": "a@b.c"}),
            ),
            (
                serde_json::to_value(UpdateRegistrationFlowBody::from(
                    UpdateRegistrationFlowWithPasswordMethod::new("pw", json!({"email": "a@b.c"})),
                )),
                json!({"method": "password", "password": "pw", "traits": {"email": "a@b.c"}}),
            ),
            (
                serde_json::to_value(UpdateRecoveryFlowBody::Link(
                    UpdateRecoveryFlowWithLinkMethod {
                        email: "a@b.c".into(),
                        csrf_token: Some("t".into()),
                        ..Default::default()
                    },
                )),
                json!({"method": "link", "email": "a@b.c", "csrf_token": "t"}),
            ),
            (
                serde_json::to_value(UpdateVerificationFlowBody::Code(
                    UpdateVerificationFlowWithCodeMethod {
                        code: Some("123456".into()),
                        ..Default::default()
                    },
                )),
                json!({"method": "code", "code": "123456"}),
            ),
            (
                serde_json::to_value(UpdateSettingsFlowBody::LookupSecret(
                    UpdateSettingsFlowWithLookupMethod {
                        lookup_secret_reveal: Some(true),
                        ..Default::default()
                    },
                )),
                json!({"method": "lookup_secret", "lookup_secret_reveal": true}),
            ),
            (
                serde_json::to_value(UpdateSettingsFlowBody::Oidc(
                    UpdateSettingsFlowWithOidcMethod {
                        unlink: Some("github".into()),
                        ..Default::default()
                    },
                )),
                json!({"method": "oidc", "unlink": "github"}),
            ),
        ];
        for (actual, expected) in cases {
            assert_eq!(actual.unwrap(), expected);
        }
    }

    #[test]
    fn transient_payload_and_extra_fields_are_sent() {
        let mut payload = ExtraFields::new();
        payload.insert("k".into(), json!(1));
        let mut body = UpdateSettingsFlowWithProfileMethod {
            traits: json!({"name": "n"}),
            transient_payload: Some(payload),
            ..Default::default()
        };
        body.extra.insert("captcha".into(), json!("c"));
        assert_eq!(
            serde_json::to_value(UpdateSettingsFlowBody::Profile(body)).unwrap(),
            json!({"method": "profile", "traits": {"name": "n"},
                   "transient_payload": {"k": 1}, "captcha": "c"})
        );
    }

    #[test]
    fn bodies_parse_back_and_unknown_method_is_kept() {
        let v = json!({"method": "password", "identifier": "a", "password": "b", "x": 1});
        let body: UpdateLoginFlowBody = serde_json::from_value(v.clone()).unwrap();
        let UpdateLoginFlowBody::Password(password) = &body else {
            panic!("expected password body, got {body:?}");
        };
        assert_eq!(password.extra.get("x"), Some(&json!(1)));
        assert!(!password.extra.contains_key("method"));
        assert_eq!(serde_json::to_value(&body).unwrap(), v);

        let incomplete = json!({"method": "password"});
        let body: UpdateLoginFlowBody = serde_json::from_value(incomplete.clone()).unwrap();
        assert_eq!(body, UpdateLoginFlowBody::Other(incomplete));

        let v = json!({"method": "saml", "organization": "o"});
        let mut body: UpdateLoginFlowBody = serde_json::from_value(v.clone()).unwrap();
        assert_eq!(body, UpdateLoginFlowBody::Other(v.clone()));
        assert_eq!(body.method(), Some("saml"));
        body.set_csrf_token("t");
        assert_eq!(
            serde_json::to_value(&body).unwrap(),
            json!({"method": "saml", "organization": "o", "csrf_token": "t"})
        );
    }

    #[test]
    fn native_logout_body() {
        let body = PerformNativeLogoutBody {
            session_token: "tok".into(),
            ..Default::default()
        };
        assert_eq!(
            serde_json::to_value(body).unwrap(),
            json!({"session_token": "tok"})
        );
    }
}
