//! A software WebAuthn authenticator (ES256 / P-256, "none" attestation) for the tests:
//! it builds real attestation objects and signs real assertions.
#![allow(dead_code)]

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use p256::ecdsa::signature::Signer;
use p256::ecdsa::{Signature, SigningKey};
use rand::RngCore;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

pub struct SoftAuthenticator {
    key: SigningKey,
    pub cred_id: Vec<u8>,
    user_handle: Vec<u8>,
    counter: u32,
    pub origin: String,
    pub rp_id: String,
}

fn head(major: u8, n: u64) -> Vec<u8> {
    let m = major << 5;
    match n {
        0..=23 => vec![m | n as u8],
        24..=0xff => vec![m | 24, n as u8],
        0x100..=0xffff => {
            let mut v = vec![m | 25];
            v.extend_from_slice(&(n as u16).to_be_bytes());
            v
        }
        _ => {
            let mut v = vec![m | 26];
            v.extend_from_slice(&(n as u32).to_be_bytes());
            v
        }
    }
}

fn int(v: i64) -> Vec<u8> {
    if v >= 0 {
        head(0, v as u64)
    } else {
        head(1, (-1 - v) as u64)
    }
}

fn bytes(b: &[u8]) -> Vec<u8> {
    let mut v = head(2, b.len() as u64);
    v.extend_from_slice(b);
    v
}

fn text(s: &str) -> Vec<u8> {
    let mut v = head(3, s.len() as u64);
    v.extend_from_slice(s.as_bytes());
    v
}

fn b64u(b: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(b)
}

fn options(o: &Value) -> &Value {
    o.get("publicKey").unwrap_or(o)
}

impl SoftAuthenticator {
    pub fn new(origin: &str, rp_id: &str) -> Self {
        let mut id = vec![0u8; 32];
        rand::thread_rng().fill_bytes(&mut id);
        SoftAuthenticator {
            key: loop {
                let mut k = [0u8; 32];
                rand::thread_rng().fill_bytes(&mut k);
                if let Ok(key) = SigningKey::from_slice(&k) {
                    break key;
                }
            },
            cred_id: id,
            user_handle: Vec::new(),
            counter: 0,
            origin: origin.into(),
            rp_id: rp_id.into(),
        }
    }

    fn cose_key(&self) -> Vec<u8> {
        let point = self.key.verifying_key().to_encoded_point(false);
        let (x, y) = (point.x().expect("x"), point.y().expect("y"));
        let mut v = head(5, 5);
        v.extend(int(1));
        v.extend(int(2)); // kty: EC2
        v.extend(int(3));
        v.extend(int(-7)); // alg: ES256
        v.extend(int(-1));
        v.extend(int(1)); // crv: P-256
        v.extend(int(-2));
        v.extend(bytes(x));
        v.extend(int(-3));
        v.extend(bytes(y));
        v
    }

    /// `navigator.credentials.create()`: returns the JSON the UI puts into `*_register`.
    pub fn register(&mut self, creation_options: &Value) -> String {
        let o = options(creation_options);
        let challenge = o["challenge"].as_str().expect("challenge").to_string();
        let user_id = o["user"]["id"].as_str().unwrap_or_default();
        self.user_handle = URL_SAFE_NO_PAD.decode(user_id).unwrap_or_default();
        let cdj = json!({"type": "webauthn.create", "challenge": challenge, "origin": self.origin, "crossOrigin": false}).to_string();
        let mut auth = Sha256::digest(self.rp_id.as_bytes()).to_vec();
        auth.push(0x01 | 0x04 | 0x40); // UP | UV | AT
        auth.extend_from_slice(&self.counter.to_be_bytes());
        auth.extend_from_slice(&[0u8; 16]); // AAGUID
        auth.extend_from_slice(&(self.cred_id.len() as u16).to_be_bytes());
        auth.extend_from_slice(&self.cred_id);
        auth.extend(self.cose_key());
        let mut att = head(5, 3);
        att.extend(text("fmt"));
        att.extend(text("none"));
        att.extend(text("attStmt"));
        att.extend(head(5, 0));
        att.extend(text("authData"));
        att.extend(bytes(&auth));
        json!({
            "id": b64u(&self.cred_id),
            "rawId": b64u(&self.cred_id),
            "type": "public-key",
            "response": {"attestationObject": b64u(&att), "clientDataJSON": b64u(cdj.as_bytes())},
            "extensions": {},
        })
        .to_string()
    }

    /// `navigator.credentials.get()`: returns the JSON the UI puts into `*_login`.
    pub fn assert(&mut self, request_options: &Value) -> String {
        let o = options(request_options);
        let challenge = o["challenge"].as_str().expect("challenge").to_string();
        self.counter += 1;
        let cdj = json!({"type": "webauthn.get", "challenge": challenge, "origin": self.origin, "crossOrigin": false}).to_string();
        let mut auth = Sha256::digest(self.rp_id.as_bytes()).to_vec();
        auth.push(0x01 | 0x04); // UP | UV
        auth.extend_from_slice(&self.counter.to_be_bytes());
        let mut signed = auth.clone();
        signed.extend_from_slice(&Sha256::digest(cdj.as_bytes()));
        let sig: Signature = self.key.sign(&signed);
        json!({
            "id": b64u(&self.cred_id),
            "rawId": b64u(&self.cred_id),
            "type": "public-key",
            "response": {
                "authenticatorData": b64u(&auth),
                "clientDataJSON": b64u(cdj.as_bytes()),
                "signature": b64u(sig.to_der().as_bytes()),
                "userHandle": b64u(&self.user_handle),
            },
            "extensions": {},
        })
        .to_string()
    }
}
