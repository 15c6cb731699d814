//! UI messages (`uiText`) with Kratos' numeric ids and texts (see `message-ids.json`).

use crate::model::Text;
use serde_json::{json, Value};

fn t(id: i64, ty: &str, text: impl Into<String>, context: Option<Value>) -> Text {
    Text {
        id,
        text: text.into(),
        ty: ty.into(),
        context,
    }
}

fn info(id: i64, text: &str) -> Text {
    t(id, "info", text, None)
}

/// An error message; Kratos v1.3.1 only sends `context` for messages that define one.
fn err(id: i64, text: impl Into<String>, ctx: Value) -> Text {
    let ctx = match ctx {
        Value::Object(m) if m.is_empty() => None,
        other => Some(other),
    };
    t(id, "error", text, ctx)
}

// ---- labels ----
pub fn login_sign_in() -> Text {
    info(1010001, "Sign in")
}
pub fn login_with_password() -> Text {
    info(1010022, "Sign in with password")
}
pub fn login_reauth() -> Text {
    info(
        1010003,
        "Please confirm this action by verifying that it is you.",
    )
}
pub fn login_code_sent() -> Text {
    info(1010014, "An email containing a code has been sent to the email address you provided. If you have not received an email, check the spelling of the address and retry the login.")
}
/// 1010016: the account-linking prompt after a social sign-in hit an existing account.
pub fn login_link(
    duplicate: &str,
    provider: &str,
    new_login_url: &str,
    credential_types: &[String],
    providers: &[String],
) -> Text {
    t(
        1010016,
        "info",
        format!("You tried to sign in with \"{duplicate}\", but that email is already used by another account. Sign in to your account with one of the options below to add your account \"{duplicate}\" at \"{provider}\" as another way to sign in."),
        Some(json!({
            "available_credential_types": credential_types,
            "available_providers": providers,
            "duplicateIdentifier": duplicate,
            "duplicate_identifier": duplicate,
            "newLoginUrl": new_login_url,
            "new_login_url": new_login_url,
            "provider": provider,
        })),
    )
}
pub fn login_and_link() -> Text {
    info(1010017, "Sign in and link")
}
pub fn login_with_and_link(provider: &str) -> Text {
    t(
        1010018,
        "info",
        format!("Confirm with {provider}"),
        Some(json!({ "provider": provider })),
    )
}
pub fn captcha_failed() -> Text {
    err(
        4000038,
        "Captcha verification failed, please try again.",
        json!({}),
    )
}
pub fn linked_credentials_do_not_match() -> Text {
    err(4010009, "Linked credentials do not match.", json!({}))
}
pub fn login_passkey() -> Text {
    info(1010021, "Sign in with passkey")
}
pub fn login_send_code() -> Text {
    info(1010015, "Send sign in code")
}
pub fn registration_sign_up() -> Text {
    info(1040001, "Sign up")
}
pub fn registration_back() -> Text {
    info(1040008, "Back")
}
pub fn registration_choose_credentials() -> Text {
    info(
        1040009,
        "Please choose a credential to authenticate yourself with.",
    )
}
pub fn registration_code_sent() -> Text {
    info(1040005, "An email containing a code has been sent to the email address you provided. If you have not received an email, check the spelling of the address and retry the registration.")
}
pub fn registration_send_code() -> Text {
    info(1040006, "Send sign up code")
}
pub fn settings_saved() -> Text {
    t(1050001, "success", "Your changes have been saved!", None)
}
pub fn recovery_successful(privileged_until: &crate::model::Time) -> Text {
    let minutes = (*privileged_until - crate::model::now()).num_milliseconds() as f64 / 60000.0;
    t(
        1060001,
        "success",
        format!("You successfully recovered your account. Please change your password or set up an alternative login method (e.g. social sign in) within the next {minutes:.2} minutes."),
        Some(json!({
            "privilegedSessionExpiresAt": crate::model::ts(privileged_until),
            "privileged_session_expires_at": crate::model::ts(privileged_until),
            "privileged_session_expires_at_unix": privileged_until.timestamp(),
        })),
    )
}
pub fn recovery_code_sent() -> Text {
    info(1060003, "An email containing a recovery code has been sent to the email address you provided. If you have not received an email, check the spelling of the address and make sure to use the address you registered with.")
}
pub fn label_password() -> Text {
    info(1070001, "Password")
}
/// Label generated from a JSON schema `title`.
pub fn label_generated(title: &str) -> Text {
    t(1070002, "info", title, Some(json!({ "title": title })))
}
pub fn label_save() -> Text {
    info(1070003, "Save")
}
pub fn label_id() -> Text {
    info(1070004, "ID")
}
pub fn label_submit() -> Text {
    info(1070005, "Submit")
}
pub fn label_verify_otp() -> Text {
    info(1070006, "Verify code")
}
pub fn label_email() -> Text {
    info(1070007, "Email")
}
pub fn label_resend_otp() -> Text {
    info(1070008, "Resend code")
}
pub fn label_continue() -> Text {
    info(1070009, "Continue")
}
pub fn label_recovery_code() -> Text {
    info(1070010, "Recovery code")
}
pub fn label_verification_code() -> Text {
    info(1070011, "Verification code")
}
pub fn label_registration_code() -> Text {
    info(1070012, "Registration code")
}
pub fn label_login_code() -> Text {
    info(1070013, "Login code")
}
pub fn login_mfa() -> Text {
    info(
        1010004,
        "Please complete the second authentication challenge.",
    )
}
pub fn verification_successful() -> Text {
    t(
        1080002,
        "success",
        "You successfully verified your email address.",
        None,
    )
}
pub fn verification_code_sent() -> Text {
    info(1080003, "An email containing a verification code has been sent to the email address you provided. If you have not received an email, check the spelling of the address and make sure to use the address you registered with.")
}

// ---- validation errors ----
pub fn generic(reason: &str) -> Text {
    err(4000001, reason, json!({ "reason": reason }))
}
pub fn required(property: &str) -> Text {
    err(
        4000002,
        format!("Property {property} is missing."),
        json!({ "property": property }),
    )
}
pub fn min_length(min: usize, actual: usize) -> Text {
    err(
        4000003,
        format!("length must be >= {min}, but got {actual}"),
        json!({ "min_length": min, "actual_length": actual }),
    )
}
pub fn invalid_format(pattern: &str) -> Text {
    err(
        4000004,
        format!("does not match pattern \"{pattern}\""),
        json!({ "pattern": pattern }),
    )
}
pub fn invalid_credentials() -> Text {
    err(4000006, "The provided credentials are invalid, check for spelling mistakes in your password or username, email address, or phone number.", json!({}))
}
pub fn duplicate_credentials() -> Text {
    err(
        4000007,
        "An account with the same identifier (email, phone, username, ...) exists already.",
        json!({}),
    )
}
pub fn max_length(max: usize, actual: usize) -> Text {
    err(
        4000017,
        format!("length must be <= {max}, but got {actual}"),
        json!({ "max_length": max, "actual_length": actual }),
    )
}
pub fn password_too_similar() -> Text {
    err(
        4000031,
        "The password can not be used because it is too similar to the identifier.",
        json!({}),
    )
}
pub fn password_min_length(min: usize, actual: usize) -> Text {
    err(
        4000032,
        format!("The password must be at least {min} characters long, but got {actual}."),
        json!({ "min_length": min, "actual_length": actual }),
    )
}
pub fn password_max_length(max: usize, actual: usize) -> Text {
    err(
        4000033,
        format!("The password must be at most {max} characters long, but got {actual}."),
        json!({ "max_length": max, "actual_length": actual }),
    )
}
pub fn no_code_user() -> Text {
    err(
        4000035,
        "This account does not exist or has not setup sign in with code.",
        json!({}),
    )
}
pub fn login_no_strategy() -> Text {
    err(
        4010002,
        "Could not find a strategy to log you in with. Did you fill out the form correctly?",
        json!({}),
    )
}
pub fn registration_no_strategy() -> Text {
    err(
        4010003,
        "Could not find a strategy to sign you up with. Did you fill out the form correctly?",
        json!({}),
    )
}
pub fn settings_no_strategy() -> Text {
    err(
        4010004,
        "Could not find a strategy to update your settings. Did you fill out the form correctly?",
        json!({}),
    )
}
pub fn recovery_no_strategy() -> Text {
    err(4010005, "Could not find a strategy to recover your account with. Did you fill out the form correctly?", json!({}))
}
pub fn verification_no_strategy() -> Text {
    err(4010006, "Could not find a strategy to verify your account with. Did you fill out the form correctly?", json!({}))
}
pub fn login_code_invalid() -> Text {
    err(
        4010008,
        "The login code is invalid or has already been used. Please try again.",
        json!({}),
    )
}
pub fn registration_code_invalid() -> Text {
    err(
        4040003,
        "The registration code is invalid or has already been used. Please try again.",
        json!({}),
    )
}
pub fn recovery_code_invalid() -> Text {
    err(
        4060006,
        "The recovery code is invalid or has already been used. Please try again.",
        json!({}),
    )
}
pub fn verification_code_invalid() -> Text {
    err(
        4070006,
        "The verification code is invalid or has already been used. Please try again.",
        json!({}),
    )
}
pub fn verification_retry_success() -> Text {
    err(
        4070002,
        "The request was already completed successfully and can not be retried.",
        json!({}),
    )
}
pub fn recovery_retry_success() -> Text {
    err(
        4060001,
        "The request was already completed successfully and can not be retried.",
        json!({}),
    )
}

// ---- second factors ----
pub fn login_totp_label() -> Text {
    info(1010006, "Authentication code")
}
pub fn login_lookup_label() -> Text {
    info(1010007, "Backup recovery code")
}
pub fn login_use_totp() -> Text {
    info(1010009, "Use Authenticator")
}
pub fn login_use_lookup() -> Text {
    info(1010010, "Use backup recovery code")
}
pub fn settings_unlink_totp() -> Text {
    info(1050004, "Unlink TOTP Authenticator App")
}
pub fn settings_totp_qr() -> Text {
    info(1050005, "Authenticator app QR code")
}
pub fn settings_totp_secret(secret: &str) -> Text {
    t(1050006, "info", secret, Some(json!({ "secret": secret })))
}
pub fn settings_lookup_reveal() -> Text {
    info(1050007, "Reveal backup recovery codes")
}
pub fn settings_lookup_regenerate() -> Text {
    info(1050008, "Generate new backup recovery codes")
}
pub fn settings_lookup_label() -> Text {
    info(
        1050010,
        "These are your back up recovery codes. Please keep them in a safe place!",
    )
}
pub fn settings_lookup_confirm() -> Text {
    info(1050011, "Confirm backup recovery codes")
}
pub fn settings_lookup_disable() -> Text {
    info(1050016, "Disable this method")
}
pub fn settings_totp_secret_label() -> Text {
    info(
        1050017,
        "This is your authenticator app secret. Use it if you can not scan the QR code.",
    )
}
pub fn totp_wrong() -> Text {
    err(
        4000008,
        "The provided authentication code is invalid, please try again.",
        json!({}),
    )
}
pub fn no_totp() -> Text {
    err(4000011, "You have no TOTP device set up.", json!({}))
}
pub fn lookup_used() -> Text {
    err(
        4000012,
        "This backup recovery code has already been used.",
        json!({}),
    )
}
pub fn no_lookup() -> Text {
    err(
        4000014,
        "You have no backup recovery codes set up.",
        json!({}),
    )
}
pub fn lookup_invalid() -> Text {
    err(4000016, "The backup recovery code is not valid.", json!({}))
}

// ---- further ids (v1.3.1 texts) ----
pub fn login_hardware_key() -> Text {
    info(1010008, "Sign in with hardware key")
}
pub fn login_webauthn_passwordless() -> Text {
    info(1010012, "Prepare your WebAuthn device (e.g. security key, biometrics scanner, ...) and press continue.")
}
pub fn identifier_missing() -> Text {
    err(4000009, "Could not find any login identifiers. Did you forget to set them? This could also be caused by a server misconfiguration.", json!({}))
}
pub fn no_webauthn_device() -> Text {
    err(4000013, "You have no WebAuthn device set up.", json!({}))
}
pub fn no_webauthn_user() -> Text {
    err(
        4000015,
        "This account does not exist or has no security key set up.",
        json!({}),
    )
}
pub fn duplicate_on_oidc_link() -> Text {
    err(4000027, "An account with the same identifier (email, phone, username, ...) exists already. Please sign in to your existing account to link your social profile.", json!({}))
}
pub fn traits_mismatch() -> Text {
    err(
        4000036,
        "The provided traits do not match the traits previously associated with this flow.",
        json!({}),
    )
}
pub fn login_retry_success() -> Text {
    err(
        4010007,
        "The request was already completed successfully and can not be retried.",
        json!({}),
    )
}
pub fn recovery_token_invalid() -> Text {
    err(
        4060004,
        "The recovery token is invalid or has already been used. Please retry the flow.",
        json!({}),
    )
}
pub fn login_address_unknown() -> Text {
    err(
        4010010,
        "The address you entered does not match any known addresses in the current account.",
        json!({}),
    )
}
pub fn login_code_address(address: &str) -> Text {
    t(
        1010023,
        "info",
        format!("Send code to {address}"),
        Some(json!({ "address": address, "channel": "email" })),
    )
}
/// "Sign in with X" (1010002) / "Sign up with X" (1040002) social buttons.
pub fn with_provider(registration: bool, label: &str, id: &str) -> Text {
    let (n, verb) = if registration {
        (1040002, "Sign up with")
    } else {
        (1010002, "Sign in with")
    };
    t(
        n,
        "info",
        format!("{verb} {label}"),
        Some(json!({ "provider": label, "provider_id": id })),
    )
}
/// "Link X" (1050002) / "Unlink X" (1050003) in settings.
pub fn settings_oidc(unlink: bool, label: &str) -> Text {
    let (n, verb) = if unlink {
        (1050003, "Unlink")
    } else {
        (1050002, "Link")
    };
    t(
        n,
        "info",
        format!("{verb} {label}"),
        Some(json!({ "provider": label })),
    )
}

pub fn account_not_found() -> Text {
    err(
        4000037,
        "This account does not exist or has no login method configured.",
        json!({}),
    )
}
