//! Serde helper for fields the server may send as JSON `null`.
//!
//! Plain `Option<T>` turns both "absent" and `null` into `None`, so a `null` would vanish on a
//! round trip. With this helper the outer `Option` records only *presence*:
//!
//! - field absent → `None` (and `skip_serializing_if = "Option::is_none"` omits it again);
//! - field present → `Some(v)`, where `v` is deserialised as the inner type. Use it with an inner
//!   type that can hold `null`: `Option<Option<String>>` (`null` → `Some(None)`) or
//!   `Option<serde_json::Value>` (`null` → `Some(Value::Null)`).
//!
//! ```text
//! #[serde(default, with = "crate::models::nullable", skip_serializing_if = "Option::is_none")]
//! pub organization_id: Option<Option<String>>,
//! ```

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Deserialises a present field (including `null`) as `Some(T)`.
pub fn deserialize<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    T::deserialize(deserializer).map(Some)
}

/// Serialises `Some(v)` as `v`; `None` is normally skipped by `skip_serializing_if` and
/// otherwise written as `null`.
pub fn serialize<S, T>(value: &Option<T>, serializer: S) -> Result<S::Ok, S::Error>
where
    S: Serializer,
    T: Serialize,
{
    match value {
        Some(v) => v.serialize(serializer),
        None => serializer.serialize_none(),
    }
}
