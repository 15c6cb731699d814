//! WebAuthn and passkeys, platform-free: which ceremony a flow asks for ([`ceremony`]), the
//! base64url the options and answers use ([`base64url`]), the answer JSON Kratos reads
//! ([`answer`]) and ceremony failures as stable codes ([`errors`]). The browser part — calling
//! `navigator.credentials` — builds on these, so Kratos' `webauthn.js` is never loaded.

pub mod answer;
pub mod base64url;
pub mod ceremony;
pub mod errors;
