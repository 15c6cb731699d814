//! The SDK's own texts: what the renderer shows that did not come from the server (notices,
//! WebAuthn failures, the default card's titles, links and buttons, …), each under a stable key so that a locale or the app's `translations`
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
    // The default card (crate::ui::card): titles and subtitles per flow type and state, the
    // settings sections, the links between flows and the controls.
    CARD_LOGIN_TITLE = "card.login.title" => "Sign in",
    CARD_LOGIN_SUBTITLE_PASSWORD = "card.login.subtitle.password" => "Sign in with your email and password",
    CARD_LOGIN_SUBTITLE_IDENTIFIER = "card.login.subtitle.identifier" => "Enter your email address to continue",
    CARD_LOGIN_SUBTITLE_CHOOSE = "card.login.subtitle.choose" => "Choose how to sign in",
    CARD_LOGIN_SUBTITLE_CODE_SENT = "card.login.subtitle.code_sent" => "Enter the code we sent to you",
    CARD_LOGIN_AAL2_TITLE = "card.login.aal2.title" => "Second factor",
    CARD_LOGIN_AAL2_SUBTITLE = "card.login.aal2.subtitle" => "Confirm it is you with a second factor",
    CARD_LOGIN_REFRESH_TITLE = "card.login.refresh.title" => "Confirm it is you",
    CARD_LOGIN_REFRESH_SUBTITLE = "card.login.refresh.subtitle" => "Sign in again to continue",
    CARD_REGISTRATION_TITLE = "card.registration.title" => "Create an account",
    CARD_REGISTRATION_SUBTITLE_PASSWORD = "card.registration.subtitle.password" => "Sign up with your email and a password",
    CARD_REGISTRATION_SUBTITLE_CHOOSE = "card.registration.subtitle.choose" => "Choose how to sign up",
    CARD_RECOVERY_TITLE = "card.recovery.title" => "Recover your account",
    CARD_RECOVERY_SUBTITLE_CHOOSE = "card.recovery.subtitle.choose" => "Enter the email address of your account to receive a recovery code",
    CARD_RECOVERY_SUBTITLE_SENT = "card.recovery.subtitle.sent" => "Enter the code we sent to your email address",
    CARD_RECOVERY_SUBTITLE_PASSED = "card.recovery.subtitle.passed" => "Your account is recovered",
    CARD_VERIFICATION_TITLE = "card.verification.title" => "Verify your email address",
    CARD_VERIFICATION_SUBTITLE_CHOOSE = "card.verification.subtitle.choose" => "Enter your email address to receive a verification code",
    CARD_VERIFICATION_SUBTITLE_SENT = "card.verification.subtitle.sent" => "Enter the code we sent to your email address",
    CARD_VERIFICATION_SUBTITLE_PASSED = "card.verification.subtitle.passed" => "Your email address is verified",
    CARD_SETTINGS_TITLE = "card.settings.title" => "Account settings",
    CARD_SETTINGS_SUBTITLE = "card.settings.subtitle" => "Update your profile and the ways you sign in",
    CARD_SECTION_PROFILE = "card.section.profile" => "Profile",
    CARD_SECTION_PASSWORD = "card.section.password" => "Password",
    CARD_SECTION_PASSKEY = "card.section.passkey" => "Passkeys",
    CARD_SECTION_WEBAUTHN = "card.section.webauthn" => "Security keys",
    CARD_SECTION_TOTP = "card.section.totp" => "Authenticator app",
    CARD_SECTION_LOOKUP_SECRET = "card.section.lookup_secret" => "Backup recovery codes",
    CARD_SECTION_OIDC = "card.section.oidc" => "Connected accounts",
    CARD_LINK_REGISTRATION_PROMPT = "card.link.registration.prompt" => "No account yet?",
    CARD_LINK_REGISTRATION = "card.link.registration" => "Sign up",
    CARD_LINK_LOGIN_PROMPT = "card.link.login.prompt" => "Already have an account?",
    CARD_LINK_LOGIN = "card.link.login" => "Sign in",
    CARD_LINK_RECOVERY = "card.link.recovery" => "Forgot password?",
    CARD_LINK_BACK_TO_LOGIN = "card.link.back_to_login" => "Back to sign in",
    CARD_DIVIDER = "card.divider" => "or",
    CARD_PASSWORD_SHOW = "card.password.show" => "Show",
    CARD_PASSWORD_SHOW_LABEL = "card.password.show_label" => "Show password",
    CARD_METHOD_TOTP = "card.method.totp" => "Use your authenticator app",
    CARD_METHOD_LOOKUP_SECRET = "card.method.lookup_secret" => "Use a backup recovery code",
    CARD_METHOD_BACK = "card.method.back" => "Choose another method",
    CARD_SIGN_OUT_PROMPT = "card.sign_out.prompt" => "Something not working?",
    CARD_SIGN_OUT = "card.sign_out" => "Sign out",
}

/// The text for a key of [`ALL`] (a WebAuthn failure code, …).
pub fn by_key(key: &str) -> Option<SdkText> {
    ALL.iter().copied().find(|text| text.key == key)
}

/// The text of the card's `key` in the caller's language: their translation, else English, else
/// the key itself (a programming error, visible rather than hidden).
pub fn card_text(key: &str, translations: Option<&Translations>) -> String {
    by_key(key).map_or_else(|| key.to_owned(), |text| text.text(translations))
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
    fn card_texts_are_translated_by_key() {
        let t =
            Translations::from_json(r#"{"card.login.title": "Anmelden", "4000006": "x"}"#).unwrap();
        assert_eq!(card_text("card.login.title", Some(&t)), "Anmelden");
        assert_eq!(card_text("card.login.title", None), "Sign in");
        assert_eq!(
            card_text("card.registration.title", Some(&t)),
            "Create an account"
        );
        assert_eq!(t.get(4000006), Some("x"));
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
