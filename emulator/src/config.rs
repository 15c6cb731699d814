//! Configuration: one TOML file (every key optional) plus command-line flags.

use serde::Deserialize;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Which AAL `whoami` / settings require.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RequiredAal {
    Aal1,
    HighestAvailable,
}

/// Enabled self-service methods.
#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct Methods {
    pub password: bool,
    pub profile: bool,
    pub code: bool,
    /// Passwordless login / registration with a one-time code by email.
    pub code_passwordless: bool,
    /// A one-time code by email as a second factor (Kratos `code.mfa_enabled`).
    pub code_mfa: bool,
    pub totp: bool,
    pub lookup_secret: bool,
    pub webauthn: bool,
    pub passkey: bool,
    pub oidc: bool,
}

impl Default for Methods {
    fn default() -> Self {
        Methods {
            password: true,
            profile: true,
            code: true,
            code_passwordless: false,
            code_mfa: false,
            totp: true,
            lookup_secret: true,
            webauthn: true,
            passkey: true,
            oidc: true,
        }
    }
}

/// A social sign-in provider served by the built-in test OIDC provider page.
#[derive(Debug, Clone, Deserialize)]
pub struct OidcProvider {
    pub id: String,
    pub label: String,
}

/// Argon2id cost parameters used for new password hashes.
#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct Argon2Config {
    /// Memory in KiB.
    pub memory: u32,
    pub iterations: u32,
    pub parallelism: u32,
}

impl Default for Argon2Config {
    fn default() -> Self {
        Argon2Config {
            memory: 19456,
            iterations: 2,
            parallelism: 1,
        }
    }
}

/// The contents of the configuration file. Every key is optional.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct FileConfig {
    /// Public base URL (default: `http://127.0.0.1:<public port>/`).
    pub public_url: Option<String>,
    /// Admin base URL (default: `http://127.0.0.1:<admin port>/`).
    pub admin_url: Option<String>,
    /// Host to bind both listeners on. `localhost` (the default) binds 127.0.0.1 and, when
    /// available, ::1 on the same port, and advertises `http://localhost:<port>` — the same
    /// site as a UI on `http://localhost:<other port>` (cookies) and a valid WebAuthn RP id.
    pub host: String,
    pub public_port: Option<u16>,
    pub admin_port: Option<u16>,
    pub db: Option<String>,
    /// Base URL of the UI pages; flow UI URLs default to `<ui_url>/<flow>`.
    pub ui_url: Option<String>,
    pub login_ui_url: Option<String>,
    pub registration_ui_url: Option<String>,
    pub settings_ui_url: Option<String>,
    pub recovery_ui_url: Option<String>,
    pub verification_ui_url: Option<String>,
    pub error_ui_url: Option<String>,
    /// Where browsers go after a successful flow without `return_to`.
    pub default_return_to: Option<String>,
    /// `return_to` URLs allowed besides the UI base URL and the public URL (prefix match).
    pub allowed_return_urls: Vec<String>,
    /// CORS origins allowed with credentials; `*` is a wildcard (e.g. `http://localhost:*`).
    pub cors_allowed_origins: Vec<String>,
    /// Flow lifespan, e.g. "1h", "10m", "30s".
    pub flow_lifespan: String,
    pub session_lifespan: String,
    pub privileged_session_max_age: String,
    pub whoami_required_aal: RequiredAal,
    pub settings_required_aal: RequiredAal,
    pub methods: Methods,
    /// Path of the identity JSON schema (default: the built-in email + name schema).
    pub identity_schema: Option<PathBuf>,
    /// If set, the admin API requires `Authorization: Bearer <admin_api_key>`.
    pub admin_api_key: Option<String>,
    pub registration_enabled: bool,
    pub recovery_enabled: bool,
    pub verification_enabled: bool,
    /// Minimum password length (Kratos default 8).
    pub password_min_length: usize,
    pub password_identifier_similarity_check: bool,
    pub argon2: Argon2Config,
    pub session_cookie_name: String,
    pub cookie_secure: bool,
    /// TOTP issuer (default: the public URL's host name, as Kratos).
    pub totp_issuer: Option<String>,
    /// Providers offered by the built-in test OIDC provider (`methods.oidc`).
    pub oidc_providers: Vec<OidcProvider>,
    /// WebAuthn relying party id (a domain; browsers refuse IP addresses).
    pub webauthn_rp_id: String,
    /// Allowed WebAuthn origins (default: the UI URL's origin); any port is accepted.
    pub webauthn_rp_origins: Vec<String>,
    pub webauthn_rp_display_name: String,
    /// Security keys are a first factor (Kratos `webauthn.config.passwordless`): two-step
    /// login with 422 / 303 to the login UI, keys added in settings are passwordless.
    pub webauthn_passwordless: bool,
    /// Issue a session right after registration (Kratos' `session` hook).
    pub registration_session_hook: bool,
    /// Kratos' `feature_flags.use_continue_with_transitions` (recovery → settings via `continue_with`).
    pub use_continue_with_transitions: bool,
}

impl Default for FileConfig {
    fn default() -> Self {
        FileConfig {
            public_url: None,
            admin_url: None,
            host: "localhost".into(),
            public_port: None,
            admin_port: None,
            db: None,
            ui_url: None,
            login_ui_url: None,
            registration_ui_url: None,
            settings_ui_url: None,
            recovery_ui_url: None,
            verification_ui_url: None,
            error_ui_url: None,
            default_return_to: None,
            allowed_return_urls: Vec::new(),
            cors_allowed_origins: vec!["http://localhost:*".into(), "http://127.0.0.1:*".into()],
            flow_lifespan: "1h".into(),
            session_lifespan: "24h".into(),
            privileged_session_max_age: "15m".into(),
            whoami_required_aal: RequiredAal::HighestAvailable,
            settings_required_aal: RequiredAal::HighestAvailable,
            methods: Methods::default(),
            identity_schema: None,
            admin_api_key: None,
            registration_enabled: true,
            recovery_enabled: true,
            verification_enabled: true,
            password_min_length: 8,
            password_identifier_similarity_check: true,
            argon2: Argon2Config::default(),
            session_cookie_name: "ory_kratos_session".into(),
            cookie_secure: false,
            totp_issuer: None,
            oidc_providers: vec![OidcProvider {
                id: "emulator".into(),
                label: "Emulator".into(),
            }],
            webauthn_rp_id: "localhost".into(),
            webauthn_rp_origins: Vec::new(),
            webauthn_rp_display_name: "Ory Emulator".into(),
            webauthn_passwordless: false,
            registration_session_hook: true,
            use_continue_with_transitions: false,
        }
    }
}

impl FileConfig {
    pub fn load(path: &Path) -> Result<Self, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read config {}: {e}", path.display()))?;
        toml::from_str(&text).map_err(|e| format!("invalid config {}: {e}", path.display()))
    }
}

/// Parses durations such as `1h`, `15m`, `30s`, `500ms`, `1h30m`.
pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    if s.is_empty() {
        return Err("empty duration".into());
    }
    let mut total = Duration::ZERO;
    let mut num = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() || c == '.' {
            num.push(c);
            continue;
        }
        let mut unit = String::from(c);
        while let Some(&n) = chars.peek() {
            if n.is_ascii_alphabetic() {
                unit.push(n);
                chars.next();
            } else {
                break;
            }
        }
        let v: f64 = num.parse().map_err(|_| format!("invalid duration {s:?}"))?;
        num.clear();
        let secs = match unit.as_str() {
            "ns" => v / 1e9,
            "us" | "µs" => v / 1e6,
            "ms" => v / 1e3,
            "s" => v,
            "m" => v * 60.0,
            "h" => v * 3600.0,
            "d" => v * 86400.0,
            _ => return Err(format!("invalid duration unit in {s:?}")),
        };
        let d = Duration::try_from_secs_f64(secs).map_err(|_| format!("invalid duration {s:?}"))?;
        total = total
            .checked_add(d)
            .ok_or_else(|| format!("invalid duration {s:?}"))?;
    }
    if !num.is_empty() {
        // A bare number means seconds.
        let v: f64 = num.parse().map_err(|_| format!("invalid duration {s:?}"))?;
        let d = Duration::try_from_secs_f64(v).map_err(|_| format!("invalid duration {s:?}"))?;
        total = total
            .checked_add(d)
            .ok_or_else(|| format!("invalid duration {s:?}"))?;
    }
    // Keep timestamps computable (chrono panics on overflowing date arithmetic).
    if total > Duration::from_secs(100 * 365 * 24 * 3600) {
        return Err(format!("duration {s:?} is longer than 100 years"));
    }
    Ok(total)
}

/// Fully resolved runtime configuration (after the listeners are bound).
#[derive(Debug, Clone)]
pub struct Config {
    pub public_url: url::Url,
    pub admin_url: url::Url,
    pub login_ui: String,
    pub registration_ui: String,
    pub settings_ui: String,
    pub recovery_ui: String,
    pub verification_ui: String,
    pub error_ui: String,
    pub ui_base: String,
    pub default_return_to: String,
    pub allowed_return_urls: Vec<String>,
    pub cors_allowed_origins: Vec<String>,
    pub flow_lifespan: chrono::Duration,
    pub session_lifespan: chrono::Duration,
    pub privileged_session_max_age: chrono::Duration,
    pub whoami_required_aal: RequiredAal,
    pub settings_required_aal: RequiredAal,
    pub methods: Methods,
    pub admin_api_key: Option<String>,
    pub registration_enabled: bool,
    pub recovery_enabled: bool,
    pub verification_enabled: bool,
    pub password_min_length: usize,
    pub password_identifier_similarity_check: bool,
    pub argon2: Argon2Config,
    pub session_cookie_name: String,
    pub cookie_secure: bool,
    pub registration_session_hook: bool,
    pub use_continue_with_transitions: bool,
    pub totp_issuer: String,
    pub oidc_providers: Vec<OidcProvider>,
    pub webauthn_rp_id: String,
    pub webauthn_rp_origins: Vec<String>,
    pub webauthn_rp_display_name: String,
    /// Security keys are a first factor (Kratos `webauthn.config.passwordless`): two-step
    /// login with 422 / 303 to the login UI, keys added in settings are passwordless.
    pub webauthn_passwordless: bool,
}

fn dur(s: &str, key: &str) -> Result<chrono::Duration, String> {
    let d = parse_duration(s).map_err(|e| format!("{key}: {e}"))?;
    chrono::Duration::from_std(d).map_err(|e| format!("{key}: {e}"))
}

fn with_slash(mut u: String) -> String {
    if !u.ends_with('/') {
        u.push('/');
    }
    u
}

impl Config {
    /// Resolves a file config once the actual listening addresses are known.
    pub fn resolve(
        f: &FileConfig,
        public_addr: std::net::SocketAddr,
        admin_addr: std::net::SocketAddr,
    ) -> Result<Config, String> {
        let host_for = |a: std::net::SocketAddr| {
            if f.host == "localhost" {
                "localhost".to_string()
            } else if a.ip().is_unspecified() {
                "127.0.0.1".to_string()
            } else if a.is_ipv6() {
                format!("[{}]", a.ip())
            } else {
                a.ip().to_string()
            }
        };
        let public = f
            .public_url
            .clone()
            .unwrap_or_else(|| format!("http://{}:{}/", host_for(public_addr), public_addr.port()));
        let admin = f
            .admin_url
            .clone()
            .unwrap_or_else(|| format!("http://{}:{}/", host_for(admin_addr), admin_addr.port()));
        let public_url =
            url::Url::parse(&with_slash(public)).map_err(|e| format!("public_url: {e}"))?;
        let admin_url =
            url::Url::parse(&with_slash(admin)).map_err(|e| format!("admin_url: {e}"))?;
        let ui = f
            .ui_url
            .clone()
            .unwrap_or_else(|| "http://localhost:4455".to_string());
        let ui = ui.trim_end_matches('/').to_string();
        let pick = |o: &Option<String>, p: &str| o.clone().unwrap_or_else(|| format!("{ui}/{p}"));
        Ok(Config {
            login_ui: pick(&f.login_ui_url, "login"),
            registration_ui: pick(&f.registration_ui_url, "registration"),
            settings_ui: pick(&f.settings_ui_url, "settings"),
            recovery_ui: pick(&f.recovery_ui_url, "recovery"),
            verification_ui: pick(&f.verification_ui_url, "verification"),
            error_ui: pick(&f.error_ui_url, "error"),
            default_return_to: f
                .default_return_to
                .clone()
                .unwrap_or_else(|| format!("{ui}/")),
            ui_base: ui.clone(),
            admin_url,
            allowed_return_urls: f.allowed_return_urls.clone(),
            cors_allowed_origins: f.cors_allowed_origins.clone(),
            flow_lifespan: dur(&f.flow_lifespan, "flow_lifespan")?,
            session_lifespan: dur(&f.session_lifespan, "session_lifespan")?,
            privileged_session_max_age: dur(
                &f.privileged_session_max_age,
                "privileged_session_max_age",
            )?,
            whoami_required_aal: f.whoami_required_aal,
            settings_required_aal: f.settings_required_aal,
            methods: f.methods.clone(),
            admin_api_key: f.admin_api_key.clone(),
            registration_enabled: f.registration_enabled,
            recovery_enabled: f.recovery_enabled,
            verification_enabled: f.verification_enabled,
            password_min_length: f.password_min_length,
            password_identifier_similarity_check: f.password_identifier_similarity_check,
            argon2: f.argon2.clone(),
            session_cookie_name: f.session_cookie_name.clone(),
            cookie_secure: f.cookie_secure,
            registration_session_hook: f.registration_session_hook,
            use_continue_with_transitions: f.use_continue_with_transitions,
            webauthn_rp_id: f.webauthn_rp_id.clone(),
            webauthn_rp_origins: if f.webauthn_rp_origins.is_empty() {
                vec![ui.clone()]
            } else {
                f.webauthn_rp_origins.clone()
            },
            webauthn_rp_display_name: f.webauthn_rp_display_name.clone(),
            webauthn_passwordless: f.webauthn_passwordless,
            oidc_providers: if f.methods.oidc {
                f.oidc_providers.clone()
            } else {
                Vec::new()
            },
            totp_issuer: f
                .totp_issuer
                .clone()
                .unwrap_or_else(|| public_url.host_str().unwrap_or("localhost").to_string()),
            public_url,
        })
    }

    /// `<public URL><path>` where `path` has no leading slash.
    pub fn public(&self, path: &str) -> String {
        format!("{}{}", self.public_url, path.trim_start_matches('/'))
    }

    /// Whether a `return_to` URL is allowed (UI base, public URL, default return, configured list).
    pub fn return_to_allowed(&self, u: &str) -> bool {
        let Ok(parsed) = url::Url::parse(u) else {
            return false;
        };
        let same_origin = |base: &str| {
            url::Url::parse(base)
                .map(|b| b.origin() == parsed.origin())
                .unwrap_or(false)
        };
        same_origin(&self.ui_base)
            || same_origin(self.public_url.as_str())
            || same_origin(&self.default_return_to)
            || self
                .allowed_return_urls
                .iter()
                .any(|a| u.starts_with(a.as_str()) || same_origin(a))
    }

    /// Whether a CORS origin is allowed (supports `*` wildcards).
    pub fn origin_allowed(&self, origin: &str) -> bool {
        self.cors_allowed_origins
            .iter()
            .any(|pat| wildcard_match(pat, origin))
    }
}

/// Simple glob match where `*` matches any (possibly empty) run of characters.
pub fn wildcard_match(pattern: &str, s: &str) -> bool {
    let parts: Vec<&str> = pattern.split('*').collect();
    if parts.len() == 1 {
        return pattern == s;
    }
    let mut rest = s;
    for (i, part) in parts.iter().enumerate() {
        if i == 0 {
            match rest.strip_prefix(part) {
                Some(r) => rest = r,
                None => return false,
            }
        } else if i == parts.len() - 1 {
            return rest.ends_with(part);
        } else if let Some(pos) = rest.find(part) {
            rest = &rest[pos + part.len()..];
        } else {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("1h").ok(), Some(Duration::from_secs(3600)));
        assert_eq!(
            parse_duration("1h30m").ok(),
            Some(Duration::from_secs(5400))
        );
        assert_eq!(
            parse_duration("500ms").ok(),
            Some(Duration::from_millis(500))
        );
        assert_eq!(parse_duration("7").ok(), Some(Duration::from_secs(7)));
        assert!(parse_duration("x").is_err());
        assert!(parse_duration("99999999999999999999999h").is_err());
    }

    #[test]
    fn wildcards() {
        assert!(wildcard_match(
            "http://localhost:*",
            "http://localhost:3000"
        ));
        assert!(!wildcard_match("http://localhost:*", "http://evil.com"));
        assert!(wildcard_match(
            "https://*.example.com",
            "https://a.example.com"
        ));
        assert!(wildcard_match("exact", "exact"));
    }
}
