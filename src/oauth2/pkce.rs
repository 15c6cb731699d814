//! PKCE (RFC 7636): the code verifier and its `S256` challenge, and the other random values of
//! an authorization request (`state`, `nonce`).
//!
//! The randomness comes from the caller (the browser's `crypto.getRandomValues` in the npm
//! package), so this module stays deterministic and testable.

use crate::error::Error;
use crate::webauthn::base64url;

use super::sha256;

/// The number of random bytes of a code verifier: 32 bytes encode to 43 base64url characters,
/// the shortest verifier RFC 7636 §4.1 allows, carrying 256 bits of entropy.
pub const VERIFIER_BYTES: usize = 32;

/// A code verifier made of `random` bytes, base64url-encoded without padding (RFC 7636 §4.1).
///
/// Fewer than [`VERIFIER_BYTES`] bytes, or so many that the verifier would exceed 128
/// characters, is refused.
pub fn verifier_from_bytes(random: &[u8]) -> Result<String, Error> {
    if random.len() < VERIFIER_BYTES || random.len() > 96 {
        return Err(Error::invalid_argument(format!(
            "a PKCE code verifier needs {VERIFIER_BYTES} to 96 random bytes, not {}",
            random.len()
        )));
    }
    Ok(base64url::encode(random))
}

/// Whether `verifier` is a valid code verifier: 43 to 128 characters of
/// `[A-Z] / [a-z] / [0-9] / "-" / "." / "_" / "~"` (RFC 7636 §4.1).
pub fn is_valid_verifier(verifier: &str) -> bool {
    (43..=128).contains(&verifier.len())
        && verifier
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-._~".contains(&b))
}

/// The `S256` code challenge of `verifier`: `BASE64URL(SHA256(ASCII(verifier)))` (RFC 7636 §4.2).
pub fn challenge_s256(verifier: &str) -> String {
    base64url::encode(&sha256::digest(verifier.as_bytes()))
}

/// An opaque random value (`state`, `nonce`): `random` bytes as base64url.
pub fn random_token(random: &[u8]) -> Result<String, Error> {
    if random.len() < 16 {
        return Err(Error::invalid_argument(format!(
            "a state or nonce needs at least 16 random bytes, not {}",
            random.len()
        )));
    }
    Ok(base64url::encode(random))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 7636 Appendix B: the example verifier's octets, verifier and challenge.
    #[test]
    fn rfc_7636_appendix_b() {
        let octets: [u8; 32] = [
            116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186, 22, 212,
            37, 77, 105, 214, 191, 240, 91, 88, 5, 88, 83, 132, 141, 121,
        ];
        let verifier = verifier_from_bytes(&octets).unwrap();
        assert_eq!(verifier, "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
        assert!(is_valid_verifier(&verifier));
        assert_eq!(
            challenge_s256(&verifier),
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
        );
    }

    #[test]
    fn verifier_lengths() {
        assert!(verifier_from_bytes(&[0; 31]).is_err());
        assert_eq!(verifier_from_bytes(&[0; 32]).unwrap().len(), 43);
        assert_eq!(verifier_from_bytes(&[0; 96]).unwrap().len(), 128);
        assert!(verifier_from_bytes(&[0; 97]).is_err());
        assert!(!is_valid_verifier("short"));
        assert!(!is_valid_verifier(&"a+".repeat(30)));
        assert!(is_valid_verifier(&"a~._-".repeat(10)));
    }

    #[test]
    fn random_tokens_need_entropy() {
        assert!(random_token(&[1; 15]).is_err());
        assert_eq!(
            random_token(&[0xff; 18]).unwrap(),
            "________________________"
        );
    }
}
