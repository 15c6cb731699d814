//! A browser's ceremony failure (a `DOMException` name) as a stable code, in the spirit of
//! SimpleWebAuthn's `identifyRegistrationError`/`identifyAuthenticationError`: the spec says
//! which step throws which name, so the name plus the ceremony tell what happened.

use super::ceremony::CeremonyKind;
use crate::ui::texts::{self, SdkText};

/// What went wrong in a ceremony.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CeremonyFailure {
    /// The user cancelled, the dialog timed out, or user verification failed
    /// (`NotAllowedError`: the spec folds these together on purpose, for privacy).
    Cancelled,
    /// Registration: the authenticator already holds a credential of `excludeCredentials`
    /// (`InvalidStateError` during create).
    AlreadyRegistered,
    /// The RP ID is not a registrable suffix of the page's domain, or the page is not a secure
    /// context (`SecurityError`).
    InvalidDomain,
    /// No authenticator supports any of `pubKeyCredParams` (`NotSupportedError` during create).
    NoSupportedAlgorithm,
    /// User verification or a resident key was required but is not available (`ConstraintError`).
    UserVerificationUnsupported,
    /// The ceremony's timeout passed (`TimeoutError`).
    Timeout,
    /// The SDK aborted it (another ceremony started, the view went away) (`AbortError`).
    Aborted,
    /// The browser has no WebAuthn.
    Unsupported,
    /// Anything else; the original exception is kept by the caller.
    Unknown,
}

impl CeremonyFailure {
    /// The failure behind a `DOMException` name in a ceremony of `kind`.
    pub fn classify(name: &str, kind: CeremonyKind) -> Self {
        match (name, kind) {
            ("NotAllowedError", _) => Self::Cancelled,
            ("InvalidStateError", CeremonyKind::Create) => Self::AlreadyRegistered,
            ("SecurityError", _) => Self::InvalidDomain,
            ("NotSupportedError", CeremonyKind::Create) => Self::NoSupportedAlgorithm,
            ("ConstraintError", _) => Self::UserVerificationUnsupported,
            ("TimeoutError", _) => Self::Timeout,
            ("AbortError", _) => Self::Aborted,
            _ => Self::Unknown,
        }
    }

    /// The stable code (`webauthn_cancelled`, …) callers switch on.
    pub fn code(self) -> &'static str {
        match self {
            Self::Cancelled => "webauthn_cancelled",
            Self::AlreadyRegistered => "webauthn_already_registered",
            Self::InvalidDomain => "webauthn_invalid_domain",
            Self::NoSupportedAlgorithm => "webauthn_no_supported_algorithm",
            Self::UserVerificationUnsupported => "webauthn_user_verification_unsupported",
            Self::Timeout => "webauthn_timeout",
            Self::Aborted => "webauthn_aborted",
            Self::Unsupported => "webauthn_unsupported",
            Self::Unknown => "webauthn_unknown",
        }
    }

    /// Its text in the SDK's table ([`crate::ui::texts`]), under the key [`code`](Self::code).
    pub fn text(self) -> SdkText {
        match self {
            Self::Cancelled => texts::WEBAUTHN_CANCELLED,
            Self::AlreadyRegistered => texts::WEBAUTHN_ALREADY_REGISTERED,
            Self::InvalidDomain => texts::WEBAUTHN_INVALID_DOMAIN,
            Self::NoSupportedAlgorithm => texts::WEBAUTHN_NO_SUPPORTED_ALGORITHM,
            Self::UserVerificationUnsupported => texts::WEBAUTHN_USER_VERIFICATION_UNSUPPORTED,
            Self::Timeout => texts::WEBAUTHN_TIMEOUT,
            Self::Aborted => texts::WEBAUTHN_ABORTED,
            Self::Unsupported => texts::WEBAUTHN_UNSUPPORTED,
            Self::Unknown => texts::WEBAUTHN_UNKNOWN,
        }
    }

    /// An English message for the form.
    pub fn message(self) -> &'static str {
        self.text().english
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_map_to_codes() {
        let create = CeremonyKind::Create;
        let get = CeremonyKind::Get;
        assert_eq!(
            CeremonyFailure::classify("NotAllowedError", get),
            CeremonyFailure::Cancelled
        );
        assert_eq!(
            CeremonyFailure::classify("InvalidStateError", create),
            CeremonyFailure::AlreadyRegistered
        );
        assert_eq!(
            CeremonyFailure::classify("InvalidStateError", get),
            CeremonyFailure::Unknown
        );
        assert_eq!(
            CeremonyFailure::classify("SecurityError", get),
            CeremonyFailure::InvalidDomain
        );
        assert_eq!(
            CeremonyFailure::classify("NotSupportedError", create),
            CeremonyFailure::NoSupportedAlgorithm
        );
        assert_eq!(
            CeremonyFailure::classify("ConstraintError", create),
            CeremonyFailure::UserVerificationUnsupported
        );
        assert_eq!(
            CeremonyFailure::classify("AbortError", get).code(),
            "webauthn_aborted"
        );
        assert_eq!(
            CeremonyFailure::classify("SomethingNew", get).code(),
            "webauthn_unknown"
        );
    }
}
