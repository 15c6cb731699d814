//! Courier messages: what Kratos sent (or will send), read through the `CourierApi`.
//!
//! Spec: `message`, `messageDispatch`, `courierMessageStatus`, `courierMessageType` in
//! `openapi-v1.json` (`openapi-ory-network-v0.2.json` has the same message without `channel`
//! and `dispatches`, and types `template_type` as any string). Only `id` is required here, so
//! that both generations parse; unknown fields and enum values are kept.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::open_enum::open_enum;
use super::ExtraFields;

open_enum! {
    /// The delivery status of a courier message (`courierMessageStatus`).
    pub enum CourierMessageStatus {
        /// Waiting to be sent.
        Queued = "queued",
        /// Sent.
        Sent = "sent",
        /// Being sent.
        Processing = "processing",
        /// Given up after too many attempts.
        Abandoned = "abandoned",
    }
}

open_enum! {
    /// The channel of a courier message (`courierMessageType`).
    pub enum CourierMessageType {
        /// An e-mail.
        Email = "email",
        /// A text message.
        Phone = "phone",
    }
}

open_enum! {
    /// The template a courier message was written with (`message.template_type`).
    pub enum CourierMessageTemplateType {
        /// Recovery attempted for an unknown address.
        RecoveryInvalid = "recovery_invalid",
        /// A recovery link.
        RecoveryValid = "recovery_valid",
        /// Recovery by code attempted for an unknown address.
        RecoveryCodeInvalid = "recovery_code_invalid",
        /// A recovery code.
        RecoveryCodeValid = "recovery_code_valid",
        /// Verification attempted for an unknown address.
        VerificationInvalid = "verification_invalid",
        /// A verification link.
        VerificationValid = "verification_valid",
        /// Verification by code attempted for an unknown address.
        VerificationCodeInvalid = "verification_code_invalid",
        /// A verification code.
        VerificationCodeValid = "verification_code_valid",
        /// A test message.
        Stub = "stub",
        /// A login code.
        LoginCodeValid = "login_code_valid",
        /// A registration code.
        RegistrationCodeValid = "registration_code_valid",
    }
}

open_enum! {
    /// The outcome of one delivery attempt (`messageDispatch.status`).
    pub enum MessageDispatchStatus {
        /// The attempt failed.
        Failed = "failed",
        /// The message was delivered.
        Success = "success",
    }
}

/// A courier message (`message`).
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct Message {
    /// The message text (it may carry a code or a link with a token: never printed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// The channel (newer Kratos).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    /// Creation time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// Delivery attempts (newer Kratos).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dispatches: Option<Vec<MessageDispatch>>,
    /// The message id.
    pub id: String,
    /// The recipient (an e-mail address or phone number).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient: Option<String>,
    /// How often sending was attempted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub send_count: Option<i64>,
    /// The delivery status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<CourierMessageStatus>,
    /// The subject.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// The template that wrote it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template_type: Option<CourierMessageTemplateType>,
    /// E-mail or phone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<CourierMessageType>,
    /// Last update time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// One delivery attempt of a courier message (`messageDispatch`).
#[cfg_attr(feature = "rust-admin", derive(Debug))]
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct MessageDispatch {
    /// Creation time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// The error of a failed attempt (any JSON by the spec, `JSONRawMessage`).
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub error: Option<Value>,
    /// The dispatch id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_id: Option<String>,
    /// The outcome.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<MessageDispatchStatus>,
    /// Last update time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

// A message's body is the e-mail or text itself, with the recovery, verification or login code
// or the link carrying a token: it never prints (see `crate::redact`).
#[cfg(feature = "rust-admin")]
crate::redact::redacting_debug!(Message {
    channel, created_at, dispatches, id, recipient, send_count, status, subject, template_type,
    r#type, updated_at;
    secret: body;
    url: ;
    json: extra;
});
