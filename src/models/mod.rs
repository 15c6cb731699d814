//! Typed models of the Ory Kratos FrontendApi (v1.x `FrontendApi` and the older v0.10
//! `V0alpha2Api` generation), and of the admin answers and bodies: identities' recovery codes
//! and links ([`recovery`]), courier messages ([`courier`]), OAuth2 and OpenID Connect
//! ([`oauth2`]), JSON Web Keys ([`jwk`]) and Ory Network projects ([`project`]). The admin
//! models implement `Debug` with the `rust-admin` feature (on by default), which the npm
//! package's wasm modules are built without: they never use these models.
//!
//! Both generations share these types: a v0 `selfServiceLoginFlow` and a v1 `loginFlow` have the
//! same shape, so one [`LoginFlow`] serves both and fields that exist in only one era are
//! optional.
//!
//! Design rules, so that nothing the server sends fails to parse and nothing is lost:
//! - every struct keeps unknown fields in a flattened `extra` map;
//! - every server string enum is an "open" enum (see [`open_enum`]) whose
//!   `Other(String)` variant keeps values this SDK does not know yet;
//! - tagged unions ([`UiNodeAttributes`], [`ContinueWith`], the update bodies) fall back to the
//!   raw JSON when the tag is unknown or the payload does not fit the typed struct;
//! - fields the server may send as JSON `null` use the [`nullable`] helper so `null` survives a
//!   round trip (absent → `None`, present → `Some(..)`);
//! - timestamps stay `String` (Kratos sends nanosecond precision, which no parsing would keep).

pub mod nullable;
pub mod open_enum;

pub mod continue_with;
pub mod courier;
mod decode;
pub mod error_body;
pub mod flows;
pub mod identity;
pub mod jwk;
pub mod oauth2;
pub mod project;
pub mod recovery;
pub mod session;
pub mod ui;
pub mod update_bodies;

pub use continue_with::*;
pub use courier::*;
pub use error_body::*;
pub use flows::*;
pub use identity::*;
pub use jwk::*;
pub use oauth2::*;
pub use project::*;
pub use recovery::*;
pub use session::*;
pub use ui::*;
pub use update_bodies::*;

#[cfg_attr(
    not(all(target_arch = "wasm32", feature = "render")),
    allow(unused_imports)
)]
pub(crate) use decode::{ui_container, ui_text_ref};
pub use decode::{ui_container_readable, UnreadableNode};

/// The map every model flattens its unknown fields into, so they survive a round trip.
pub type ExtraFields = serde_json::Map<String, serde_json::Value>;

/// Parses `value` as `T`, but only if `T` serialises back to exactly `value`.
///
/// Tagged unions use this to decide between their typed variant and their raw-JSON fallback:
/// a payload that parses but would lose information on the way back (for example a `null`
/// where the typed struct expects an optional string) is kept verbatim instead.
#[cfg(test)]
pub(crate) fn typed_if_lossless<T>(value: &serde_json::Value) -> Option<T>
where
    T: serde::de::DeserializeOwned + serde::Serialize,
{
    let typed: T = serde_json::from_value(value.clone()).ok()?;
    match serde_json::to_value(&typed) {
        Ok(back) if back == *value => Some(typed),
        _ => None,
    }
}

/// Prints a request body model as the JSON it sends, with the value of every credential key
/// redacted ([`crate::redact::Json`]), as a raw `serde_json::Value` body prints: the admin
/// bodies ([`OAuth2Client`], [`JsonWebKey`], [`UpdateProject`]…) hold secrets at any depth —
/// in `extra` or in a project's service configuration — that only the key names identify.
#[cfg(feature = "rust-admin")]
fn fmt_body_as_json<T: serde::Serialize>(
    body: &T,
    name: &str,
    f: &mut std::fmt::Formatter<'_>,
) -> std::fmt::Result {
    match serde_json::to_value(body) {
        Ok(value) => std::fmt::Debug::fmt(&crate::redact::Json(&value), f),
        Err(_) => f.write_str(name),
    }
}

/// Without `rust-admin` (the npm package's wasm modules, which never print a typed request), an
/// admin body prints as its type's name: serialising it would compile the model's serde code in.
#[cfg(not(feature = "rust-admin"))]
fn fmt_body_as_json<T>(_body: &T, name: &str, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
    f.write_str(name)
}

/// `DebugBody` (what a request struct prints for its body) of admin request body models:
/// [`fmt_body_as_json`].
macro_rules! debug_body_as_json {
    ($($type:ident),* $(,)?) => {
        $(
            impl crate::redact::DebugBody for $type {
                fn fmt_body(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    fmt_body_as_json(self, stringify!($type), f)
                }
            }
        )*
    };
}

debug_body_as_json!(
    OAuth2Client,
    AcceptOAuth2ConsentRequest,
    AcceptOAuth2LoginRequest,
    RejectOAuth2Request,
    TrustOAuth2JwtGrantIssuer,
    CreateJsonWebKeySet,
    JsonWebKeySet,
    JsonWebKey,
    CreateProjectBody,
    UpdateProject,
    CreateProjectApiKeyRequest,
);
