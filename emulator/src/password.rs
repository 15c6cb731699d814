//! Password hashing (argon2id; verifies imported argon2 and bcrypt hashes) and Kratos' password policy.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

use crate::config::Argon2Config;
use crate::model::Text;
use crate::text;

pub fn hash(password: &str, cfg: &Argon2Config) -> Result<String, String> {
    let params = Params::new(cfg.memory, cfg.iterations, cfg.parallelism, Some(32))
        .map_err(|e| format!("argon2 params: {e}"))?;
    let a = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
    let salt = SaltString::generate(&mut argon2::password_hash::rand_core::OsRng);
    a.hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| format!("argon2: {e}"))
}

/// Whether `hash` is a format this server can verify (for imports).
pub fn is_supported_hash(hash: &str) -> bool {
    hash.starts_with("$argon2")
        || hash.starts_with("$2a$")
        || hash.starts_with("$2b$")
        || hash.starts_with("$2y$")
}

pub fn verify(password: &str, hash: &str) -> bool {
    if hash.starts_with("$argon2") {
        match PasswordHash::new(hash) {
            Ok(parsed) => Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok(),
            Err(_) => false,
        }
    } else if hash.starts_with("$2") {
        bcrypt::verify(password, hash).unwrap_or(false)
    } else {
        false
    }
}

fn levenshtein(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// Length of the longest common substring.
fn lcs_len(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut best = 0;
    let mut prev = vec![0usize; b.len() + 1];
    for i in 1..=a.len() {
        let mut cur = vec![0usize; b.len() + 1];
        for j in 1..=b.len() {
            if a[i - 1] == b[j - 1] {
                cur[j] = prev[j - 1] + 1;
                best = best.max(cur[j]);
            }
        }
        prev = cur;
    }
    best
}

/// Kratos' default password validator (minus the haveibeenpwned lookup, which needs the network):
/// minimum length, maximum length 72, and similarity to the identifier
/// (Levenshtein distance < 5 or longest common substring > 50% of the password).
pub fn check_policy(
    identifier: &str,
    password: &str,
    min_len: usize,
    similarity: bool,
) -> Option<Text> {
    let n = password.chars().count();
    if n < min_len {
        return Some(text::password_min_length(min_len, n));
    }
    if n > 72 {
        return Some(text::password_max_length(72, n));
    }
    if similarity && !identifier.is_empty() {
        let id = identifier.to_lowercase();
        let pw = password.to_lowercase();
        let dist = levenshtein(&id, &pw);
        let lcs = lcs_len(&id, &pw) as f32 / pw.chars().count().max(1) as f32;
        if dist < 5 || lcs > 0.5 {
            return Some(text::password_too_similar());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_and_verify() {
        let cfg = Argon2Config {
            memory: 1024,
            iterations: 1,
            parallelism: 1,
        };
        let h = hash("correct horse", &cfg).unwrap_or_default();
        assert!(h.starts_with("$argon2id$"));
        assert!(verify("correct horse", &h));
        assert!(!verify("wrong", &h));
        let b = bcrypt::hash("pw123456", 4).unwrap_or_default();
        assert!(verify("pw123456", &b));
    }

    #[test]
    fn policy() {
        assert_eq!(
            check_policy("a@b.c", "short", 8, true).map(|t| t.id),
            Some(4000032)
        );
        assert_eq!(
            check_policy("alice@example.org", "alice@example.org1", 8, true).map(|t| t.id),
            Some(4000031)
        );
        assert_eq!(
            check_policy("alice@example.org", "x8#kQz!pL0vW", 8, true),
            None
        );
    }
}
