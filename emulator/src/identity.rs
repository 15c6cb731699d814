//! Identity helpers: creation from traits, keeping addresses and credential identifiers in
//! sync with the schema extensions, and password credentials.

use serde_json::{json, Value};
use std::collections::BTreeMap;
use uuid::Uuid;

use crate::model::{now, Credential, Identity, RecoveryAddress, VerifiableAddress};
use crate::state::App;

/// A new identity of the default schema.
pub fn new_identity(app: &App, traits: Value) -> Identity {
    new_identity_in(app, &app.schema.id, traits)
}

/// A new identity of the schema `schema_id`.
pub fn new_identity_in(app: &App, schema_id: &str, traits: Value) -> Identity {
    let t = now();
    let mut i = Identity {
        id: Uuid::new_v4(),
        schema_id: schema_id.to_string(),
        state: "active".into(),
        state_changed_at: t,
        traits,
        verifiable_addresses: Vec::new(),
        recovery_addresses: Vec::new(),
        metadata_public: Value::Null,
        metadata_admin: Value::Null,
        created_at: t,
        updated_at: t,
        credentials: BTreeMap::new(),
    };
    sync_from_traits(app, &mut i);
    i
}

/// Recomputes addresses and identifiers from the traits (keeps the state of unchanged addresses).
pub fn sync_from_traits(app: &App, i: &mut Identity) {
    let t = now();
    let schema = app.schema_by_id(&i.schema_id);
    let verifiable = schema.verifiable_addresses(&i.traits);
    let old = std::mem::take(&mut i.verifiable_addresses);
    i.verifiable_addresses = verifiable
        .into_iter()
        .map(|v| {
            old.iter()
                .find(|a| a.value == v)
                .cloned()
                .unwrap_or(VerifiableAddress {
                    id: Uuid::new_v4(),
                    value: v,
                    verified: false,
                    via: "email".into(),
                    status: "pending".into(),
                    verified_at: None,
                    created_at: t,
                    updated_at: t,
                })
        })
        .collect();
    let recovery = schema.recovery_addresses(&i.traits);
    let old = std::mem::take(&mut i.recovery_addresses);
    i.recovery_addresses = recovery
        .into_iter()
        .map(|v| {
            old.iter()
                .find(|a| a.value == v)
                .cloned()
                .unwrap_or(RecoveryAddress {
                    id: Uuid::new_v4(),
                    value: v,
                    via: "email".into(),
                    created_at: t,
                    updated_at: t,
                })
        })
        .collect();
    // As Kratos' schema extension: traits marked as password identifiers always register a
    // `password` credential (config `{}` until a password is set), which keeps them unique
    // across identities — also for OIDC-only or admin-created identities.
    let pw_ids = schema.password_identifiers(&i.traits);
    if !pw_ids.is_empty() || i.credentials.contains_key("password") {
        let c = i
            .credentials
            .entry("password".into())
            .or_insert_with(|| Credential {
                ty: "password".into(),
                identifiers: Vec::new(),
                config: json!({}),
                version: 0,
                created_at: t,
                updated_at: t,
            });
        c.identifiers = pw_ids;
    }
    if app.cfg.methods.code_passwordless {
        let code_ids = schema.code_identifiers(&i.traits);
        if !code_ids.is_empty() {
            let addresses: Vec<Value> = code_ids
                .iter()
                .map(|a| json!({"channel": "email", "address": a}))
                .collect();
            let c = i
                .credentials
                .entry("code".into())
                .or_insert_with(|| Credential {
                    ty: "code".into(),
                    identifiers: Vec::new(),
                    config: json!({}),
                    version: 0,
                    created_at: t,
                    updated_at: t,
                });
            c.identifiers = code_ids;
            c.config = json!({ "addresses": addresses });
        }
    }
    i.updated_at = t;
}

/// Sets (or replaces) the password credential with an already computed hash.
pub fn set_password_hash(app: &App, i: &mut Identity, hash: String) {
    let t = now();
    let ids = app
        .schema_by_id(&i.schema_id)
        .password_identifiers(&i.traits);
    let c = i
        .credentials
        .entry("password".into())
        .or_insert_with(|| Credential {
            ty: "password".into(),
            identifiers: Vec::new(),
            config: json!({}),
            version: 0,
            created_at: t,
            updated_at: t,
        });
    c.identifiers = ids;
    c.config = json!({ "hashed_password": hash });
    c.updated_at = t;
}

pub fn password_hash(i: &Identity) -> Option<&str> {
    i.credentials
        .get("password")
        .and_then(|c| c.config.get("hashed_password"))
        .and_then(|h| h.as_str())
}
