//! Second factors: TOTP (RFC 6238, HMAC-SHA1, 6 digits, 30 s — as Kratos' pquerna/otp
//! defaults) with a QR code PNG, and lookup secrets (backup recovery codes).

use base64::Engine;
use hmac::{Hmac, Mac};
use rand::{Rng, RngCore};
use serde_json::{json, Value};
use sha1::Sha1;

use crate::model::{ts, Text, Time};

const B32: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

pub fn base32_encode(data: &[u8]) -> String {
    let mut out = String::new();
    let mut buffer: u32 = 0;
    let mut bits = 0;
    for &b in data {
        buffer = (buffer << 8) | u32::from(b);
        bits += 8;
        while bits >= 5 {
            out.push(B32[((buffer >> (bits - 5)) & 31) as usize] as char);
            bits -= 5;
        }
    }
    if bits > 0 {
        out.push(B32[((buffer << (5 - bits)) & 31) as usize] as char);
    }
    out
}

pub fn base32_decode(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let mut buffer: u32 = 0;
    let mut bits = 0;
    for c in s.trim_end_matches('=').chars() {
        let v = B32
            .iter()
            .position(|&x| x as char == c.to_ascii_uppercase())? as u32;
        buffer = (buffer << 5) | v;
        bits += 5;
        if bits >= 8 {
            out.push(((buffer >> (bits - 8)) & 0xff) as u8);
            bits -= 8;
        }
    }
    Some(out)
}

/// A fresh 160-bit secret, base32.
pub fn new_totp_secret() -> String {
    let mut b = [0u8; 20];
    rand::thread_rng().fill_bytes(&mut b);
    base32_encode(&b)
}

pub fn totp_url(issuer: &str, account: &str, secret: &str) -> String {
    let enc = |s: &str| -> String {
        form_urlencoded::byte_serialize(s.as_bytes())
            .collect::<String>()
            .replace('+', "%20")
    };
    format!(
        "otpauth://totp/{}:{}?algorithm=SHA1&digits=6&issuer={}&period=30&secret={}",
        enc(issuer),
        enc(account),
        enc(issuer),
        secret
    )
}

/// The secret of an `otpauth://` URL.
pub fn secret_of_url(url: &str) -> Option<String> {
    let q = url.split_once('?')?.1;
    form_urlencoded::parse(q.as_bytes())
        .find(|(k, _)| k == "secret")
        .map(|(_, v)| v.into_owned())
}

/// The code for a time step.
pub fn totp_at(secret: &str, unix: u64) -> Option<String> {
    let key = base32_decode(secret)?;
    let counter = unix / 30;
    let mut mac = Hmac::<Sha1>::new_from_slice(&key).ok()?;
    mac.update(&counter.to_be_bytes());
    let h = mac.finalize().into_bytes();
    let off = (h[h.len() - 1] & 0x0f) as usize;
    let bin = (u32::from(h[off] & 0x7f) << 24)
        | (u32::from(h[off + 1]) << 16)
        | (u32::from(h[off + 2]) << 8)
        | u32::from(h[off + 3]);
    Some(format!("{:06}", bin % 1_000_000))
}

/// Validates with one step of skew either way (pquerna/otp's `totp.Validate`).
pub fn totp_valid(secret: &str, code: &str) -> bool {
    let now = chrono::Utc::now().timestamp().max(0) as u64;
    let code = code.trim();
    [now.saturating_sub(30), now, now + 30]
        .iter()
        .any(|t| totp_at(secret, *t).as_deref() == Some(code))
}

/// A `data:image/png;base64,...` QR code of `text`, `size`×`size` pixels.
pub fn qr_png_data_url(text: &str, size: u32) -> Result<String, String> {
    let qr = qrcode::QrCode::new(text.as_bytes()).map_err(|e| format!("qr: {e}"))?;
    let w = qr.width() as u32;
    let quiet = 4u32;
    let modules = w + 2 * quiet;
    let scale = (size / modules).max(1);
    let img_size = size.max(modules * scale);
    let offset = (img_size - modules * scale) / 2;
    let colors = qr.to_colors();
    let mut pixels = vec![255u8; (img_size * img_size) as usize];
    for y in 0..img_size {
        for x in 0..img_size {
            if x < offset || y < offset {
                continue;
            }
            let mx = (x - offset) / scale;
            let my = (y - offset) / scale;
            if mx < quiet || my < quiet || mx >= quiet + w || my >= quiet + w {
                continue;
            }
            let idx = ((my - quiet) * w + (mx - quiet)) as usize;
            if colors.get(idx) == Some(&qrcode::Color::Dark) {
                pixels[(y * img_size + x) as usize] = 0;
            }
        }
    }
    let mut buf = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut buf, img_size, img_size);
        enc.set_color(png::ColorType::Grayscale);
        enc.set_depth(png::BitDepth::Eight);
        let mut wr = enc.write_header().map_err(|e| format!("png: {e}"))?;
        wr.write_image_data(&pixels)
            .map_err(|e| format!("png: {e}"))?;
    }
    Ok(format!(
        "data:image/png;base64,{}",
        base64::engine::general_purpose::STANDARD.encode(buf)
    ))
}

// ---------------------------------------------------------------- lookup secrets

pub const LOOKUP_CODES: usize = 12;

/// Twelve 8-character lowercase alphanumeric codes.
pub fn new_lookup_codes() -> Vec<Value> {
    const CHARS: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
    let mut rng = rand::thread_rng();
    (0..LOOKUP_CODES)
        .map(|_| {
            let code: String = (0..8)
                .map(|_| CHARS[rng.gen_range(0..CHARS.len())] as char)
                .collect();
            json!({ "code": code })
        })
        .collect()
}

/// The `lookup_secret_codes` text (message 1050015 with `context.secrets`).
pub fn lookup_codes_text(codes: &[Value]) -> Text {
    let mut shown = Vec::new();
    let mut secrets = Vec::new();
    for c in codes {
        let used = c
            .get("used_at")
            .and_then(|u| u.as_str())
            .and_then(|u| chrono::DateTime::parse_from_rfc3339(u).ok())
            .map(|t| t.with_timezone(&chrono::Utc));
        match used {
            Some(t) => {
                shown.push("used".to_string());
                secrets.push(json!(used_text(&t)));
            }
            None => {
                let code = c.get("code").and_then(|v| v.as_str()).unwrap_or_default();
                shown.push(code.to_string());
                secrets.push(json!(Text {
                    id: 1050009,
                    text: code.to_string(),
                    ty: "info".into(),
                    context: Some(json!({ "secret": code })),
                }));
            }
        }
    }
    Text {
        id: 1050015,
        text: shown.join(", "),
        ty: "info".into(),
        context: Some(json!({ "secrets": secrets })),
    }
}

fn used_text(t: &Time) -> Text {
    Text {
        id: 1050014,
        text: format!(
            "Secret was used at {}",
            t.format("%Y-%m-%d %H:%M:%S +0000 UTC")
        ),
        ty: "info".into(),
        context: Some(json!({ "used_at": ts(t), "used_at_unix": t.timestamp() })),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc6238_vectors() {
        // RFC 6238 appendix B (SHA1 secret "12345678901234567890"), last 6 digits.
        let secret = base32_encode(b"12345678901234567890");
        assert_eq!(totp_at(&secret, 59).as_deref(), Some("287082"));
        assert_eq!(totp_at(&secret, 1111111109).as_deref(), Some("081804"));
        assert_eq!(totp_at(&secret, 2000000000).as_deref(), Some("279037"));
        assert_eq!(
            base32_decode(&secret).as_deref(),
            Some(&b"12345678901234567890"[..])
        );
    }

    #[test]
    fn qr_is_a_png_data_url() {
        let u = qr_png_data_url("otpauth://totp/x:y?secret=ABC", 256).unwrap_or_default();
        assert!(u.starts_with("data:image/png;base64,iVBORw0KGgo"));
    }

    #[test]
    fn url_roundtrip() {
        let s = new_totp_secret();
        let u = totp_url("127.0.0.1", "a@b.c", &s);
        assert_eq!(secret_of_url(&u).as_deref(), Some(s.as_str()));
    }
}
