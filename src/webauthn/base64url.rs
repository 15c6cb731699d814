//! base64url, as WebAuthn JSON uses it: encoded without padding; decoded leniently, because
//! servers also send standard base64 with `+`, `/` and `=` padding (Kratos' v1.0 settings flows
//! carry challenges such as `IUuX7qXMwLOGizNcUx8R7uHy7jssIEU9S/FxvelguHE=`).

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Encodes `bytes` as base64url without padding.
pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk.first().copied().unwrap_or(0),
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        let symbols = chunk.len() + 1;
        for index in 0..symbols {
            let six = (n >> (18 - 6 * index)) & 0x3f;
            out.push(char::from(ALPHABET[six as usize]));
        }
    }
    out
}

fn sextet(symbol: u8) -> Option<u32> {
    Some(match symbol {
        b'A'..=b'Z' => symbol - b'A',
        b'a'..=b'z' => symbol - b'a' + 26,
        b'0'..=b'9' => symbol - b'0' + 52,
        b'-' | b'+' => 62,
        b'_' | b'/' => 63,
        _ => return None,
    } as u32)
}

/// Decodes base64url or standard base64, with or without padding. `None` for anything else
/// (a stray character, a length no encoder produces, padding in the middle).
pub fn decode(text: &str) -> Option<Vec<u8>> {
    let trimmed = text.trim_end_matches('=');
    if text.len() - trimmed.len() > 2 || trimmed.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(trimmed.len() * 3 / 4);
    let mut buffer = 0u32;
    let mut bits = 0u32;
    for symbol in trimmed.bytes() {
        buffer = (buffer << 6) | sextet(symbol)?;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_every_length() {
        for length in 0..70usize {
            let bytes: Vec<u8> = (0..length).map(|i| (i * 37 + 11) as u8).collect();
            let encoded = encode(&bytes);
            assert!(!encoded.contains(['=', '+', '/']));
            assert_eq!(
                decode(&encoded).as_deref(),
                Some(bytes.as_slice()),
                "{length}"
            );
        }
    }

    #[test]
    fn known_vectors() {
        assert_eq!(encode(b""), "");
        assert_eq!(encode(b"f"), "Zg");
        assert_eq!(encode(b"fo"), "Zm8");
        assert_eq!(encode(b"foo"), "Zm9v");
        assert_eq!(encode(&[0xfb, 0xff]), "-_8");
    }

    #[test]
    fn accepts_padding_and_the_standard_alphabet() {
        assert_eq!(decode("Zg=="), Some(b"f".to_vec()));
        assert_eq!(decode("Zm8="), Some(b"fo".to_vec()));
        assert_eq!(decode("+/8"), decode("-_8"));
        let challenge = decode("IUuX7qXMwLOGizNcUx8R7uHy7jssIEU9S/FxvelguHE=").expect("valid");
        assert_eq!(challenge.len(), 32);
    }

    #[test]
    fn rejects_what_no_encoder_produces() {
        for bad in ["Z", "Zg===", "Z g", "Zg=a", "é", "Zm9v*", "=Zg"] {
            assert_eq!(decode(bad), None, "{bad}");
        }
    }
}
