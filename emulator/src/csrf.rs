//! Anti-CSRF tokens, as Kratos (nosurf) does them: the raw token lives in the
//! `csrf_token_<hex sha256(public URL)>` cookie, forms carry a masked copy
//! (`base64(key ‖ token XOR key)`), which differs per render but verifies against the cookie.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use rand::RngCore;
use sha2::{Digest, Sha256};

const TOKEN_LEN: usize = 32;
/// nosurf's cookie max age (one year).
pub const MAX_AGE: i64 = 365 * 24 * 3600;

pub fn cookie_name(public_url: &str) -> String {
    format!(
        "csrf_token_{}",
        hex::encode(Sha256::digest(public_url.as_bytes()))
    )
}

/// A fresh raw token (base64, as stored in the cookie).
pub fn new_token() -> String {
    let mut b = [0u8; TOKEN_LEN];
    rand::thread_rng().fill_bytes(&mut b);
    STANDARD.encode(b)
}

fn decode_raw(raw: &str) -> Option<Vec<u8>> {
    let b = STANDARD.decode(raw).ok()?;
    (b.len() == TOKEN_LEN).then_some(b)
}

/// A masked copy of `raw` for the `csrf_token` form field.
pub fn mask(raw: &str) -> String {
    let Some(token) = decode_raw(raw) else {
        return String::new();
    };
    let mut key = [0u8; TOKEN_LEN];
    rand::thread_rng().fill_bytes(&mut key);
    let mut out = Vec::with_capacity(TOKEN_LEN * 2);
    out.extend_from_slice(&key);
    out.extend(token.iter().zip(key.iter()).map(|(t, k)| t ^ k));
    STANDARD.encode(out)
}

/// Whether a submitted (masked or raw) token matches the raw cookie token.
pub fn verify(raw_cookie: &str, sent: &str) -> bool {
    let Some(real) = decode_raw(raw_cookie) else {
        return false;
    };
    let Ok(sent) = STANDARD.decode(sent) else {
        return false;
    };
    let candidate: Vec<u8> = match sent.len() {
        n if n == TOKEN_LEN * 2 => {
            let (key, enc) = sent.split_at(TOKEN_LEN);
            enc.iter().zip(key.iter()).map(|(e, k)| e ^ k).collect()
        }
        n if n == TOKEN_LEN => sent,
        _ => return false,
    };
    // constant-time comparison
    candidate
        .iter()
        .zip(real.iter())
        .fold(0u8, |acc, (a, b)| acc | (a ^ b))
        == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masked_tokens_verify() {
        let raw = new_token();
        let m1 = mask(&raw);
        let m2 = mask(&raw);
        assert_ne!(m1, m2);
        assert_eq!(m1.len(), 88);
        assert!(verify(&raw, &m1));
        assert!(verify(&raw, &m2));
        assert!(verify(&raw, &raw));
        assert!(!verify(&new_token(), &m1));
        assert!(!verify(&raw, "garbage"));
    }

    #[test]
    fn cookie_name_is_sha256_hex() {
        let n = cookie_name("http://127.0.0.1:4433/");
        assert!(n.starts_with("csrf_token_"));
        assert_eq!(n.len(), "csrf_token_".len() + 64);
    }
}
