//! `continue_with`: what the client should do after a successful step (v1+).
//!
//! Spec: `continueWith` (discriminated by `action`) and `continueWith*` in `openapi-v1.json`.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::open_enum::open_enum;
use super::ExtraFields;

open_enum! {
    /// The `action` discriminator of a [`ContinueWith`] item.
    pub enum ContinueWithAction {
        /// Show the verification UI for a flow Kratos created.
        ShowVerificationUi = "show_verification_ui",
        /// Show the settings UI (e.g. after recovery).
        ShowSettingsUi = "show_settings_ui",
        /// Show the recovery UI.
        ShowRecoveryUi = "show_recovery_ui",
        /// Store this session token (native flows).
        SetOrySessionToken = "set_ory_session_token",
        /// Navigate the browser to a URL.
        RedirectBrowserTo = "redirect_browser_to",
    }
}

/// One next step returned by a flow (`continueWith`).
///
/// The typed variants do not store `action`; serialisation writes it from the variant. Items
/// with an unknown `action`, or that do not fit their typed struct, are kept verbatim in
/// [`ContinueWith::Unknown`] so newer servers never break parsing.
#[derive(Debug, Clone, PartialEq)]
pub enum ContinueWith {
    /// `show_verification_ui`.
    ShowVerificationUi(ContinueWithVerificationUi),
    /// `show_settings_ui`.
    ShowSettingsUi(ContinueWithSettingsUi),
    /// `show_recovery_ui`.
    ShowRecoveryUi(ContinueWithRecoveryUi),
    /// `set_ory_session_token`.
    SetOrySessionToken(ContinueWithSetOrySessionToken),
    /// `redirect_browser_to`.
    RedirectBrowserTo(ContinueWithRedirectBrowserTo),
    /// Any other item, verbatim (including its `action`).
    Unknown(Value),
}

impl ContinueWith {
    /// The item's action (for `Unknown`, read from the raw JSON; `Other("")` if missing).
    pub fn action(&self) -> ContinueWithAction {
        match self {
            Self::ShowVerificationUi(_) => ContinueWithAction::ShowVerificationUi,
            Self::ShowSettingsUi(_) => ContinueWithAction::ShowSettingsUi,
            Self::ShowRecoveryUi(_) => ContinueWithAction::ShowRecoveryUi,
            Self::SetOrySessionToken(_) => ContinueWithAction::SetOrySessionToken,
            Self::RedirectBrowserTo(_) => ContinueWithAction::RedirectBrowserTo,
            Self::Unknown(v) => {
                ContinueWithAction::from(v.get("action").and_then(Value::as_str).unwrap_or(""))
            }
        }
    }

    /// Types one raw item. Never fails.
    pub fn from_value(value: Value) -> Self {
        let Some(action) = value.get("action").and_then(Value::as_str) else {
            return Self::Unknown(value);
        };
        let action = ContinueWithAction::from(action);
        let mut rest = value.clone();
        if let Some(map) = rest.as_object_mut() {
            map.remove("action");
        }
        let typed = super::decode::continue_with(&rest, &action);
        typed.unwrap_or(Self::Unknown(value))
    }

    /// The JSON form of this item, `action` included.
    pub fn to_value(&self) -> Result<Value, serde_json::Error> {
        let body = match self {
            Self::ShowVerificationUi(c) => serde_json::to_value(c)?,
            Self::ShowSettingsUi(c) => serde_json::to_value(c)?,
            Self::ShowRecoveryUi(c) => serde_json::to_value(c)?,
            Self::SetOrySessionToken(c) => serde_json::to_value(c)?,
            Self::RedirectBrowserTo(c) => serde_json::to_value(c)?,
            Self::Unknown(v) => return Ok(v.clone()),
        };
        let mut map = serde_json::Map::new();
        map.insert(
            "action".to_owned(),
            Value::String(self.action().as_str().to_owned()),
        );
        if let Value::Object(fields) = body {
            map.extend(fields);
        }
        Ok(Value::Object(map))
    }
}

impl Serialize for ContinueWith {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.to_value()
            .map_err(serde::ser::Error::custom)?
            .serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for ContinueWith {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Value::deserialize(deserializer).map(Self::from_value)
    }
}

/// `show_verification_ui`: Kratos created a verification flow for a new address.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContinueWithVerificationUi {
    /// The verification flow to show.
    pub flow: ContinueWithVerificationUiFlow,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// The flow reference of [`ContinueWithVerificationUi`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContinueWithVerificationUiFlow {
    /// The verification flow id.
    pub id: String,
    /// The address being verified.
    pub verifiable_address: String,
    /// The UI URL of the flow, when a UI is configured.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// `show_settings_ui`: continue in a settings flow (e.g. after recovery).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContinueWithSettingsUi {
    /// The settings flow to show.
    pub flow: ContinueWithFlow,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// `show_recovery_ui`: continue in a recovery flow.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContinueWithRecoveryUi {
    /// The recovery flow to show.
    pub flow: ContinueWithFlow,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// A flow reference (`continueWithSettingsUiFlow`, `continueWithRecoveryUiFlow`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContinueWithFlow {
    /// The flow id.
    pub id: String,
    /// The UI URL of the flow, when a UI is configured.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// `set_ory_session_token`: a native client should store this token.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct ContinueWithSetOrySessionToken {
    /// The session token.
    pub ory_session_token: String,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// `redirect_browser_to`: navigate the browser.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContinueWithRedirectBrowserTo {
    /// The URL to navigate to.
    pub redirect_browser_to: String,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn known_actions_are_typed_and_round_trip() {
        let v = json!([
            {"action": "show_verification_ui",
             "flow": {"id": "f", "verifiable_address": "a@b.c", "url": "https://x/verification?flow=f"}},
            {"action": "show_settings_ui", "flow": {"id": "s"}},
            {"action": "show_recovery_ui", "flow": {"id": "r", "url": "u"}},
            {"action": "set_ory_session_token", "ory_session_token": "tok"},
            {"action": "redirect_browser_to", "redirect_browser_to": "https://x/"}
        ]);
        let items: Vec<ContinueWith> = serde_json::from_value(v.clone()).unwrap();
        assert!(matches!(items[0], ContinueWith::ShowVerificationUi(_)));
        assert!(matches!(items[1], ContinueWith::ShowSettingsUi(_)));
        assert!(matches!(items[2], ContinueWith::ShowRecoveryUi(_)));
        assert!(matches!(items[3], ContinueWith::SetOrySessionToken(_)));
        assert_eq!(items[4].action(), ContinueWithAction::RedirectBrowserTo);
        assert_eq!(serde_json::to_value(&items).unwrap(), v);
    }

    #[test]
    fn unknown_action_and_misfits_are_kept() {
        let v = json!([
            {"action": "show_duplicate_credentials_ui", "flow": {"id": "x"}},
            {"action": "set_ory_session_token"},
            {"no_action": true},
            "not even an object"
        ]);
        let items: Vec<ContinueWith> = serde_json::from_value(v.clone()).unwrap();
        assert!(items.iter().all(|i| matches!(i, ContinueWith::Unknown(_))));
        assert_eq!(
            items[0].action(),
            ContinueWithAction::Other("show_duplicate_credentials_ui".into())
        );
        assert_eq!(serde_json::to_value(&items).unwrap(), v);
    }

    #[test]
    fn extra_fields_on_known_action_round_trip() {
        let v = json!({"action": "show_settings_ui", "flow": {"id": "s", "new": 1}, "hint": "x"});
        let item: ContinueWith = serde_json::from_value(v.clone()).unwrap();
        let ContinueWith::ShowSettingsUi(settings) = &item else {
            panic!("expected typed item, got {item:?}");
        };
        assert_eq!(settings.extra.get("hint"), Some(&json!("x")));
        assert_eq!(serde_json::to_value(&item).unwrap(), v);
    }
}

// The session token never prints (see `crate::redact`).
crate::redact::redacting_debug!(ContinueWithSetOrySessionToken {
    ;
    secret: ory_session_token;
    url: ;
    json: extra;
});
