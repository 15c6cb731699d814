//! The answer of a ceremony as the JSON Kratos' WebAuthn library reads from the hidden input:
//! the W3C `PublicKeyCredential` JSON form, every binary member base64url without padding.

use serde_json::{json, Map, Value};

use super::base64url::encode;

/// What `navigator.credentials.create` gave (the bytes of an attestation).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Attestation {
    /// `credential.id` (already base64url, as the browser gives it).
    pub id: String,
    /// `credential.rawId`.
    pub raw_id: Vec<u8>,
    /// `response.clientDataJSON`.
    pub client_data_json: Vec<u8>,
    /// `response.attestationObject`.
    pub attestation_object: Vec<u8>,
    /// `response.getTransports()`, where the browser has it.
    pub transports: Option<Vec<String>>,
    /// `credential.authenticatorAttachment`, where the browser gives it.
    pub authenticator_attachment: Option<String>,
    /// `credential.getClientExtensionResults()`.
    pub client_extension_results: Map<String, Value>,
}

/// What `navigator.credentials.get` gave (the bytes of an assertion).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Assertion {
    /// `credential.id`.
    pub id: String,
    /// `credential.rawId`.
    pub raw_id: Vec<u8>,
    /// `response.clientDataJSON`.
    pub client_data_json: Vec<u8>,
    /// `response.authenticatorData`.
    pub authenticator_data: Vec<u8>,
    /// `response.signature`.
    pub signature: Vec<u8>,
    /// `response.userHandle` (resident keys: who is signing in).
    pub user_handle: Option<Vec<u8>>,
    /// `credential.authenticatorAttachment`, where the browser gives it.
    pub authenticator_attachment: Option<String>,
    /// `credential.getClientExtensionResults()`.
    pub client_extension_results: Map<String, Value>,
}

fn credential(
    id: &str,
    raw_id: &[u8],
    response: Value,
    attachment: &Option<String>,
    extensions: &Map<String, Value>,
) -> String {
    let mut credential = json!({
        "id": id,
        "rawId": encode(raw_id),
        "type": "public-key",
        "response": response,
        "clientExtensionResults": extensions,
    });
    if let (Some(attachment), Some(object)) = (attachment, credential.as_object_mut()) {
        object.insert(
            "authenticatorAttachment".to_owned(),
            Value::String(attachment.clone()),
        );
    }
    credential.to_string()
}

/// The JSON of a registration (into `webauthn_register`, `passkey_register`,
/// `passkey_settings_register`).
pub fn registration_json(attestation: &Attestation) -> String {
    let mut response = json!({
        "attestationObject": encode(&attestation.attestation_object),
        "clientDataJSON": encode(&attestation.client_data_json),
    });
    if let (Some(transports), Some(object)) = (&attestation.transports, response.as_object_mut()) {
        object.insert("transports".to_owned(), json!(transports));
    }
    credential(
        &attestation.id,
        &attestation.raw_id,
        response,
        &attestation.authenticator_attachment,
        &attestation.client_extension_results,
    )
}

/// The JSON of a sign-in (into `webauthn_login`, `passkey_login`).
pub fn assertion_json(assertion: &Assertion) -> String {
    let mut response = json!({
        "authenticatorData": encode(&assertion.authenticator_data),
        "clientDataJSON": encode(&assertion.client_data_json),
        "signature": encode(&assertion.signature),
    });
    if let (Some(user_handle), Some(object)) = (&assertion.user_handle, response.as_object_mut()) {
        object.insert("userHandle".to_owned(), Value::String(encode(user_handle)));
    }
    credential(
        &assertion.id,
        &assertion.raw_id,
        response,
        &assertion.authenticator_attachment,
        &assertion.client_extension_results,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shared(path: &str) -> Value {
        let path = format!(
            "{}/../shared/kratos/fixtures/{path}",
            env!("CARGO_MANIFEST_DIR")
        );
        serde_json::from_str(&std::fs::read_to_string(&path).expect("fixture")).expect("JSON")
    }

    #[test]
    fn registration_matches_what_kratos_reads() {
        // Kratos' own fixtures of what its JavaScript puts into the hidden input: decoding them
        // to bytes and encoding again must give the same JSON.
        for path in [
            "v0/webauthn-credential-creation-response.json",
            "v1/passkey-credential-creation-response.json",
        ] {
            let fixture = shared(path);
            let bytes = |pointer: &str| {
                super::super::base64url::decode(
                    fixture
                        .pointer(pointer)
                        .and_then(Value::as_str)
                        .expect("member"),
                )
                .expect("base64url")
            };
            let attestation = Attestation {
                id: fixture["id"].as_str().expect("id").to_owned(),
                raw_id: bytes("/rawId"),
                client_data_json: bytes("/response/clientDataJSON"),
                attestation_object: bytes("/response/attestationObject"),
                ..Default::default()
            };
            let mut encoded: Value =
                serde_json::from_str(&registration_json(&attestation)).expect("JSON");
            assert_eq!(encoded["clientExtensionResults"], json!({}));
            if let Some(object) = encoded.as_object_mut() {
                object.remove("clientExtensionResults");
            }
            assert_eq!(encoded, fixture, "{path}");
        }
    }

    #[test]
    fn assertion_has_every_member() {
        let assertion = Assertion {
            id: "AQI".into(),
            raw_id: vec![1, 2],
            client_data_json: b"{}".to_vec(),
            authenticator_data: vec![3],
            signature: vec![4, 5, 6],
            user_handle: Some(vec![7]),
            authenticator_attachment: Some("platform".into()),
            client_extension_results: Map::new(),
        };
        let encoded: Value = serde_json::from_str(&assertion_json(&assertion)).expect("JSON");
        assert_eq!(
            encoded,
            json!({
                "id": "AQI", "rawId": "AQI", "type": "public-key", "authenticatorAttachment": "platform",
                "clientExtensionResults": {},
                "response": {"authenticatorData": "Aw", "clientDataJSON": "e30", "signature": "BAUG", "userHandle": "Bw"}
            })
        );
    }
}
