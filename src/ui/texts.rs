//! The SDK's own visible texts (the default card's titles, links and buttons), in English,
//! under stable keys an app can translate: `translations: { "card.login.title": "Anmelden" }`
//! next to Kratos' numeric message ids ([`crate::ui::i18n::Translations`]).
//!
//! Keys never change meaning: a new or reworded text gets a new key.

use super::i18n::Translations;

/// Every text of the default card, `(key, English)`.
pub const CARD_TEXTS: &[(&str, &str)] = &[
    // Titles and subtitles, per flow type and state (crate::ui::card::heading).
    ("card.login.title", "Sign in"),
    (
        "card.login.subtitle.password",
        "Sign in with your email and password",
    ),
    (
        "card.login.subtitle.identifier",
        "Enter your email address to continue",
    ),
    ("card.login.subtitle.choose", "Choose how to sign in"),
    (
        "card.login.subtitle.code_sent",
        "Enter the code we sent to you",
    ),
    ("card.login.aal2.title", "Second factor"),
    (
        "card.login.aal2.subtitle",
        "Confirm it is you with a second factor",
    ),
    ("card.login.refresh.title", "Confirm it is you"),
    ("card.login.refresh.subtitle", "Sign in again to continue"),
    ("card.registration.title", "Create an account"),
    (
        "card.registration.subtitle.password",
        "Sign up with your email and a password",
    ),
    ("card.registration.subtitle.choose", "Choose how to sign up"),
    ("card.recovery.title", "Recover your account"),
    (
        "card.recovery.subtitle.choose",
        "Enter the email address of your account to receive a recovery code",
    ),
    (
        "card.recovery.subtitle.sent",
        "Enter the code we sent to your email address",
    ),
    ("card.recovery.subtitle.passed", "Your account is recovered"),
    ("card.verification.title", "Verify your email address"),
    (
        "card.verification.subtitle.choose",
        "Enter your email address to receive a verification code",
    ),
    (
        "card.verification.subtitle.sent",
        "Enter the code we sent to your email address",
    ),
    (
        "card.verification.subtitle.passed",
        "Your email address is verified",
    ),
    ("card.settings.title", "Account settings"),
    (
        "card.settings.subtitle",
        "Update your profile and the ways you sign in",
    ),
    // Settings sections, one per group (crate::ui::card::section_title).
    ("card.section.profile", "Profile"),
    ("card.section.password", "Password"),
    ("card.section.passkey", "Passkeys"),
    ("card.section.webauthn", "Security keys"),
    ("card.section.totp", "Authenticator app"),
    ("card.section.lookup_secret", "Backup recovery codes"),
    ("card.section.oidc", "Connected accounts"),
    // Links between flows (crate::ui::card::links).
    ("card.link.registration.prompt", "No account yet?"),
    ("card.link.registration", "Sign up"),
    ("card.link.login.prompt", "Already have an account?"),
    ("card.link.login", "Sign in"),
    ("card.link.recovery", "Forgot password?"),
    ("card.link.back_to_login", "Back to sign in"),
    // Controls.
    ("card.divider", "or"),
    ("card.password.show", "Show"),
    ("card.password.show_label", "Show password"),
];

/// The text of `key` in the caller's language: their translation, else the English of
/// [`CARD_TEXTS`], else the key itself (a programming error, visible rather than hidden).
pub fn card_text(key: &str, translations: Option<&Translations>) -> String {
    if let Some(text) = translations.and_then(|t| t.text(key)) {
        return text.to_owned();
    }
    CARD_TEXTS
        .iter()
        .find(|(k, _)| *k == key)
        .map_or(key, |(_, english)| english)
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_and_translations_win() {
        for (i, (key, text)) in CARD_TEXTS.iter().enumerate() {
            assert!(key.starts_with("card."), "{key}");
            assert!(!text.is_empty(), "{key}");
            assert!(
                CARD_TEXTS[i + 1..].iter().all(|(k, _)| k != key),
                "{key} twice"
            );
        }
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
}
