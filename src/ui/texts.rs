//! The SDK's own texts: what the renderer shows that did not come from the server (notices,
//! WebAuthn failures, …), each under a stable key so that a locale or the app's `translations`
//! can replace it (`{"already_signed_in": "Sie sind bereits angemeldet."}`).
//!
//! English lives here, in the renderer; other languages are the locale modules of the package
//! (`js/locales/<tag>.js`), which never enter a wasm module. `tests/locales.rs` fails when a
//! locale lacks a key of [`ALL`] or drops one of its `{placeholders}`.
//!
//! Adding a text is one line in the table below: `NAME = "key" => "English text",`. Keys are
//! lower-case (`[a-z][a-z0-9_.]*`), so they never collide with Kratos' numeric message ids.
//! Measured: a key equal to a string the core module holds (the key was `timeout`, an error
//! kind) moved that module's string data by 4 bytes, though the table is not linked into it;
//! with keys of two or more words it is byte for byte what it was.

use serde_json::Value;

use super::i18n::{interpolate, Translations};

/// One text of the SDK: its key and its English.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SdkText {
    /// The stable key a translation uses.
    pub key: &'static str,
    /// The English text; `{name}` placeholders are filled by [`SdkText::with`].
    pub english: &'static str,
}

impl SdkText {
    /// The text in the caller's language: the translation for [`key`](Self::key), else English.
    pub fn text(self, translations: Option<&Translations>) -> String {
        self.with(translations, None)
    }

    /// As [`text`](Self::text), with `{name}` placeholders filled from `context`.
    pub fn with(self, translations: Option<&Translations>, context: Option<&Value>) -> String {
        let template = translations
            .and_then(|t| t.get_key(self.key))
            .unwrap_or(self.english);
        interpolate(template, context)
    }
}

macro_rules! sdk_texts {
    ($($name:ident = $key:literal => $english:literal,)*) => {
        $(
            #[doc = $english]
            pub const $name: SdkText = SdkText { key: $key, english: $english };
        )*
        /// Every text of the SDK, in the order of the table.
        pub const ALL: &[SdkText] = &[$($name),*];
    };
}

sdk_texts! {
    // Endings without a callback to hand them to.
    ALREADY_SIGNED_IN = "already_signed_in" => "You are already signed in.",
    DONE = "done" => "Done.",
    REDIRECT_REFUSED = "redirect_refused" => "The server asked to continue on a page this app does not trust.",
    // Failures of the form itself.
    UNREADABLE_FLOW = "unreadable_flow" => "Part of this form could not be shown: the server sent something this page cannot read.",
    FORM_NOT_SENT = "form_not_sent" => "The form cannot be sent: {error}",
    NETWORK_ERROR = "network_error" => "The server cannot be reached. Please check your connection and try again.",
    TIMEOUT = "timeout_error" => "The server did not answer in time. Please try again.",
    SERVER_ERROR = "server_error" => "Something went wrong on the server. Please try again later.",
    // WebAuthn and passkeys: the keys are the failure codes of `crate::webauthn::errors`.
    WEBAUTHN_CANCELLED = "webauthn_cancelled" => "The security key or passkey prompt was cancelled or timed out. Please try again.",
    WEBAUTHN_ALREADY_REGISTERED = "webauthn_already_registered" => "This security key or passkey is already registered.",
    WEBAUTHN_INVALID_DOMAIN = "webauthn_invalid_domain" => "This site cannot use security keys or passkeys for this domain.",
    WEBAUTHN_NO_SUPPORTED_ALGORITHM = "webauthn_no_supported_algorithm" => "Your authenticator supports none of the algorithms this site accepts.",
    WEBAUTHN_USER_VERIFICATION_UNSUPPORTED = "webauthn_user_verification_unsupported" => "Your authenticator cannot verify you as this site requires.",
    WEBAUTHN_TIMEOUT = "webauthn_timeout" => "The security key or passkey prompt timed out. Please try again.",
    WEBAUTHN_ABORTED = "webauthn_aborted" => "The security key or passkey prompt was closed.",
    WEBAUTHN_UNSUPPORTED = "webauthn_unsupported" => "This browser does not support security keys or passkeys.",
    WEBAUTHN_UNKNOWN = "webauthn_unknown" => "The security key or passkey did not work. Please try again.",
    WEBAUTHN_UNREADABLE = "webauthn_unreadable" => "The security key or passkey request cannot be read: {error}",
    WEBAUTHN_NO_ANSWER_FIELD = "webauthn_no_answer_field" => "The flow has no {field} field for the answer.",
}

/// The text for a key of [`ALL`] (a WebAuthn failure code, …).
pub fn by_key(key: &str) -> Option<SdkText> {
    ALL.iter().copied().find(|text| text.key == key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn keys_are_unique_lower_case_and_never_numeric() {
        for (i, text) in ALL.iter().enumerate() {
            assert!(
                Translations::is_text_key(text.key),
                "{} is not a text key",
                text.key
            );
            assert!(
                ALL[..i].iter().all(|earlier| earlier.key != text.key),
                "{} twice",
                text.key
            );
        }
    }

    #[test]
    fn every_webauthn_failure_has_its_text() {
        use crate::webauthn::errors::CeremonyFailure::*;
        for failure in [
            Cancelled,
            AlreadyRegistered,
            InvalidDomain,
            NoSupportedAlgorithm,
            UserVerificationUnsupported,
            Timeout,
            Aborted,
            Unsupported,
            Unknown,
        ] {
            assert_eq!(failure.text().key, failure.code());
            assert_eq!(by_key(failure.code()), Some(failure.text()));
        }
    }

    #[test]
    fn translations_replace_english_and_fill_placeholders() {
        let t = Translations::from_json(
            r#"{"done": "Fertig.", "form_not_sent": "Nicht gesendet: {error}"}"#,
        )
        .unwrap();
        assert_eq!(DONE.text(Some(&t)), "Fertig.");
        assert_eq!(DONE.text(None), "Done.");
        assert_eq!(ALREADY_SIGNED_IN.text(Some(&t)), ALREADY_SIGNED_IN.english);
        let context = json!({"error": "x"});
        assert_eq!(
            FORM_NOT_SENT.with(Some(&t), Some(&context)),
            "Nicht gesendet: x"
        );
        assert_eq!(
            FORM_NOT_SENT.with(None, Some(&context)),
            "The form cannot be sent: x"
        );
    }
}
