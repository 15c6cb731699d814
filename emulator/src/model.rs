//! Persistent data model (stored as JSON documents) and its public JSON renderings.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;
use uuid::Uuid;

pub type Time = DateTime<Utc>;

pub fn now() -> Time {
    Utc::now()
}

/// RFC 3339 with nanoseconds and `Z`, as Go's `time.Time` marshals.
pub fn ts(t: &Time) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)
}

// ---------------------------------------------------------------- identities

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Credential {
    #[serde(rename = "type")]
    pub ty: String,
    pub identifiers: Vec<String>,
    pub config: Value,
    pub version: i64,
    pub created_at: Time,
    pub updated_at: Time,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct VerifiableAddress {
    pub id: Uuid,
    pub value: String,
    pub verified: bool,
    pub via: String,
    pub status: String,
    pub verified_at: Option<Time>,
    pub created_at: Time,
    pub updated_at: Time,
}

impl VerifiableAddress {
    pub fn to_json(&self) -> Value {
        let mut m = json!({
            "id": self.id,
            "value": self.value,
            "verified": self.verified,
            "via": self.via,
            "status": self.status,
        });
        if let (Some(t), Some(o)) = (&self.verified_at, m.as_object_mut()) {
            o.insert("verified_at".into(), json!(ts(t)));
        }
        if let Some(o) = m.as_object_mut() {
            o.insert("created_at".into(), json!(ts(&self.created_at)));
            o.insert("updated_at".into(), json!(ts(&self.updated_at)));
        }
        m
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RecoveryAddress {
    pub id: Uuid,
    pub value: String,
    pub via: String,
    pub created_at: Time,
    pub updated_at: Time,
}

impl RecoveryAddress {
    pub fn to_json(&self) -> Value {
        json!({
            "id": self.id,
            "value": self.value,
            "via": self.via,
            "created_at": ts(&self.created_at),
            "updated_at": ts(&self.updated_at),
        })
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Identity {
    pub id: Uuid,
    pub schema_id: String,
    pub state: String,
    pub state_changed_at: Time,
    pub traits: Value,
    pub verifiable_addresses: Vec<VerifiableAddress>,
    pub recovery_addresses: Vec<RecoveryAddress>,
    pub metadata_public: Value,
    pub metadata_admin: Value,
    pub created_at: Time,
    pub updated_at: Time,
    pub credentials: BTreeMap<String, Credential>,
}

impl Identity {
    /// The identity as the public API (whoami, flows) shows it.
    pub fn to_public_json(&self, schema_url: &str) -> Value {
        json!({
            "id": self.id,
            "schema_id": self.schema_id,
            "schema_url": schema_url,
            "state": self.state,
            "state_changed_at": ts(&self.state_changed_at),
            "traits": self.traits,
            "verifiable_addresses": self.verifiable_addresses.iter().map(|a| a.to_json()).collect::<Vec<_>>(),
            "recovery_addresses": self.recovery_addresses.iter().map(|a| a.to_json()).collect::<Vec<_>>(),
            "metadata_public": self.metadata_public,
            "created_at": ts(&self.created_at),
            "updated_at": ts(&self.updated_at),
            "organization_id": null,
        })
    }

    /// The identity as the admin API shows it: credentials (without secrets unless
    /// `include` names the type) and admin metadata.
    pub fn to_admin_json(&self, schema_url: &str, include: &[String]) -> Value {
        let mut v = self.to_public_json(schema_url);
        let mut creds = Map::new();
        for (k, c) in &self.credentials {
            let mut m = json!({
                "type": c.ty,
                "identifiers": c.identifiers,
                "version": c.version,
                "created_at": ts(&c.created_at),
                "updated_at": ts(&c.updated_at),
            });
            if include.iter().any(|i| i == k) {
                if let Some(o) = m.as_object_mut() {
                    o.insert("config".into(), c.config.clone());
                }
            }
            creds.insert(k.clone(), m);
        }
        if let Some(o) = v.as_object_mut() {
            o.insert("credentials".into(), Value::Object(creds));
            o.insert("metadata_admin".into(), self.metadata_admin.clone());
        }
        v
    }

    /// The primary identifier of the password credential, if any.
    pub fn password_identifier(&self) -> Option<&str> {
        self.credentials
            .get("password")
            .and_then(|c| c.identifiers.first())
            .map(|s| s.as_str())
    }
}

// ---------------------------------------------------------------- sessions

/// Kratos' authenticator assurance level, serialised as `aal0` … `aal3`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Aal {
    /// No factor completed.
    Aal0,
    /// One factor (password, code, passkey, social sign-in, …).
    Aal1,
    /// A second factor on top of the first (TOTP, lookup secret, WebAuthn, code MFA).
    Aal2,
    Aal3,
    /// A `?aal=` value this server does not know, kept (and shown) as it was sent.
    #[serde(untagged)]
    Other(String),
}

impl Aal {
    /// Parses a `?aal=` value; an unknown one is kept as [`Aal::Other`].
    pub fn parse(s: &str) -> Aal {
        match s {
            "aal0" => Aal::Aal0,
            "aal1" => Aal::Aal1,
            "aal2" => Aal::Aal2,
            "aal3" => Aal::Aal3,
            other => Aal::Other(other.to_string()),
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AuthMethod {
    pub method: String,
    pub aal: Aal,
    pub completed_at: Time,
    #[serde(default)]
    pub provider: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Device {
    pub id: Uuid,
    pub ip_address: String,
    pub user_agent: String,
    pub location: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Session {
    pub id: Uuid,
    pub token: String,
    pub logout_token: String,
    pub identity_id: Uuid,
    pub active: bool,
    pub expires_at: Time,
    pub authenticated_at: Time,
    pub issued_at: Time,
    pub aal: Aal,
    pub methods: Vec<AuthMethod>,
    pub devices: Vec<Device>,
}

impl Session {
    pub fn is_active(&self) -> bool {
        self.active && self.expires_at > now()
    }

    pub fn to_json(&self, identity: Option<Value>) -> Value {
        let methods: Vec<Value> = self
            .methods
            .iter()
            .map(|m| {
                let mut v = json!({
                    "method": m.method,
                    "aal": m.aal,
                    "completed_at": ts(&m.completed_at),
                });
                if let (Some(p), Some(o)) = (&m.provider, v.as_object_mut()) {
                    o.insert("provider".into(), json!(p));
                }
                v
            })
            .collect();
        let mut v = json!({
            "id": self.id,
            "active": self.active,
            "expires_at": ts(&self.expires_at),
            "authenticated_at": ts(&self.authenticated_at),
            "authenticator_assurance_level": self.aal,
            "authentication_methods": methods,
            "issued_at": ts(&self.issued_at),
        });
        if let Some(o) = v.as_object_mut() {
            if let Some(i) = identity {
                o.insert("identity".into(), i);
            }
            o.insert(
                "devices".into(),
                json!(self
                    .devices
                    .iter()
                    .map(|d| json!({"id": d.id, "ip_address": d.ip_address, "user_agent": d.user_agent, "location": d.location}))
                    .collect::<Vec<_>>()),
            );
        }
        v
    }
}

// ---------------------------------------------------------------- UI

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Text {
    pub id: i64,
    pub text: String,
    #[serde(rename = "type")]
    pub ty: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<Value>,
}

#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct Meta {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<Text>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Node {
    #[serde(rename = "type")]
    pub ty: String,
    pub group: String,
    pub attributes: Map<String, Value>,
    pub messages: Vec<Text>,
    pub meta: Meta,
}

impl Node {
    pub fn name(&self) -> Option<&str> {
        self.attributes.get("name").and_then(|v| v.as_str())
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Ui {
    pub action: String,
    pub method: String,
    pub nodes: Vec<Node>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub messages: Vec<Text>,
}

// ---------------------------------------------------------------- flows

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum FlowKind {
    Login,
    Registration,
    Settings,
    Recovery,
    Verification,
}

impl FlowKind {
    pub fn as_str(&self) -> &'static str {
        match self {
            FlowKind::Login => "login",
            FlowKind::Registration => "registration",
            FlowKind::Settings => "settings",
            FlowKind::Recovery => "recovery",
            FlowKind::Verification => "verification",
        }
    }
}

/// The `state` of a self-service flow, serialised as the strings Kratos sends.
///
/// Login / registration: `choose_method` → (`sent_email` for codes) → `passed_challenge`.
/// Settings: `show_form` → `success`. Recovery / verification: `choose_method` →
/// `sent_email` → `passed_challenge`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FlowState {
    ChooseMethod,
    SentEmail,
    PassedChallenge,
    ShowForm,
    Success,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Flow {
    pub id: Uuid,
    pub kind: FlowKind,
    /// `api` or `browser`.
    pub flow_type: String,
    pub expires_at: Time,
    pub issued_at: Time,
    pub created_at: Time,
    pub updated_at: Time,
    pub request_url: String,
    pub return_to: Option<String>,
    pub ui: Ui,
    pub state: FlowState,
    pub active: Option<String>,
    pub refresh: bool,
    pub requested_aal: Aal,
    /// Settings: the identity the flow belongs to.
    pub identity_id: Option<Uuid>,
    /// The raw (unmasked) CSRF token the flow was created with (browser flows).
    pub csrf_token: String,
    pub continue_with: Vec<Value>,
    pub transient_payload: Option<Value>,
    /// Server-side state that is never rendered (codes, addresses, ...).
    pub internal: Map<String, Value>,
    pub session_token_exchange_code: Option<String>,
}

impl Flow {
    pub fn is_browser(&self) -> bool {
        self.flow_type == "browser"
    }
}

// ---------------------------------------------------------------- errors & messages

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FlowErrorRecord {
    pub id: Uuid,
    pub error: Value,
    pub created_at: Time,
    pub updated_at: Time,
}

impl FlowErrorRecord {
    pub fn to_json(&self) -> Value {
        json!({
            "id": self.id,
            "error": self.error,
            "created_at": ts(&self.created_at),
            "updated_at": ts(&self.updated_at),
        })
    }
}

/// A courier message (the outbox).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Message {
    pub id: Uuid,
    pub status: String,
    #[serde(rename = "type")]
    pub ty: String,
    pub recipient: String,
    pub body: String,
    pub subject: String,
    pub template_type: String,
    pub send_count: i64,
    pub created_at: Time,
    pub updated_at: Time,
}

impl Message {
    pub fn to_json(&self) -> Value {
        json!({
            "id": self.id,
            "status": self.status,
            "type": self.ty,
            "recipient": self.recipient,
            "body": self.body,
            "subject": self.subject,
            "template_type": self.template_type,
            "send_count": self.send_count,
            "created_at": ts(&self.created_at),
            "updated_at": ts(&self.updated_at),
            "dispatches": [],
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aal_and_flow_state_serialise_as_kratos_strings() {
        for (aal, s) in [
            (Aal::Aal0, "aal0"),
            (Aal::Aal1, "aal1"),
            (Aal::Aal2, "aal2"),
            (Aal::Aal3, "aal3"),
            (Aal::Other("AAL9".into()), "AAL9"),
        ] {
            assert_eq!(serde_json::to_value(&aal).expect("aal"), json!(s));
            assert_eq!(serde_json::from_value::<Aal>(json!(s)).expect("aal"), aal);
            assert_eq!(Aal::parse(s), aal);
        }
        for (state, s) in [
            (FlowState::ChooseMethod, "choose_method"),
            (FlowState::SentEmail, "sent_email"),
            (FlowState::PassedChallenge, "passed_challenge"),
            (FlowState::ShowForm, "show_form"),
            (FlowState::Success, "success"),
        ] {
            assert_eq!(serde_json::to_value(state).expect("state"), json!(s));
            assert_eq!(
                serde_json::from_value::<FlowState>(json!(s)).expect("state"),
                state
            );
        }
    }
}
