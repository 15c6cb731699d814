//! Typed models of the Ory Kratos FrontendApi (v1.x `FrontendApi` and the older v0.10
//! `V0alpha2Api` generation).
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
mod decode;
pub mod error_body;
pub mod flows;
pub mod identity;
pub mod session;
pub mod ui;
pub mod update_bodies;

pub use continue_with::*;
pub use error_body::*;
pub use flows::*;
pub use identity::*;
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
