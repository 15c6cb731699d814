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

/// Kratos' `selfservice.flows.login.style`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LoginStyle {
    /// Every first-factor method on one screen (Kratos' default).
    Unified,
    /// The identifier first (group `identifier_first`), then the methods of that account.
    IdentifierFirst,
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
    /// Ory Network's captcha (Turnstile) on login and registration, served by the emulator's
    /// stand-in provider.
    pub captcha: bool,
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
            captcha: false,
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

/// One entry of Kratos' `identity.schemas`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IdentitySchemaEntry {
    pub id: String,
    /// A file path, or a `file://` URL (as Kratos writes it).
    pub url: String,
    /// Kratos' `selfservice_selectable`: flows may ask for it with `?identity_schema=<id>`.
    #[serde(default)]
    pub selfservice_selectable: bool,
}

/// The contents of the configuration file. Every key is optional.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct FileConfig {
    /// Public base URL (default: `http://127.0.0.1:<public port>/`).
    pub public_url: Option<String>,
    /// Admin base URL (default: `http://127.0.0.1:<admin port>/`). Its host name is also
    /// accepted in the admin API's `Host` header (besides the loopback names).
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
    /// `return_to` URLs allowed besides the UI, default-return and public URLs. As Kratos:
    /// scheme, host and port must match (`*.example.com` allows subdomains), and the entry's
    /// path is a prefix of the target's path (here at a `/` boundary).
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
    /// Kratos' `identity.schemas`: more schemas besides `default` (`identity_schema`); an
    /// entry with id `default` replaces it.
    pub identity_schemas: Vec<IdentitySchemaEntry>,
    /// Kratos' `identity.default_schema_id` (default: `default`).
    pub default_schema_id: Option<String>,
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
    /// Kratos' `selfservice.flows.login.style` (`unified` or `identifier_first`).
    pub login_style: LoginStyle,
    /// Kratos' `security.account_enumeration.mitigate`: the identifier-first step answers the
    /// same for unknown and known accounts.
    pub account_enumeration_mitigate: bool,
    /// Kratos' `selfservice.flows.registration.enable_legacy_one_step`. Kratos v1.3 defaults
    /// to `false` (two steps: profile, then credentials); the emulator keeps one step unless
    /// this is set to `false`.
    pub registration_enable_legacy_one_step: bool,
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
            identity_schemas: Vec::new(),
            default_schema_id: None,
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
            login_style: LoginStyle::Unified,
            account_enumeration_mitigate: false,
            registration_enable_legacy_one_step: true,
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
    /// Where `return_to` may point: `allowed_return_urls` plus the UI and default-return
    /// origins and `<public URL>/self-service`.
    pub return_to_allowlist: Vec<ReturnUrlRule>,
    /// Host names the admin API answers to (lower case, IPv6 in brackets): the loopback
    /// names, the bound host and the host of `admin_url`. Anything else is DNS rebinding.
    pub admin_host_names: Vec<String>,
    /// Ports a `Host` header may name for the admin API: the bound one and `admin_url`'s.
    pub admin_host_ports: Vec<u16>,
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
    pub login_style: LoginStyle,
    pub account_enumeration_mitigate: bool,
    /// Two-step registration (`enable_legacy_one_step = false`).
    pub registration_two_steps: bool,
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
        let default_return_to = f
            .default_return_to
            .clone()
            .unwrap_or_else(|| format!("{ui}/"));
        let return_to_allowlist = return_to_allowlist(f, &ui, &default_return_to, &public_url)?;
        let (admin_host_names, admin_host_ports) = admin_hosts(f, admin_addr, &admin_url);
        Ok(Config {
            login_ui: pick(&f.login_ui_url, "login"),
            registration_ui: pick(&f.registration_ui_url, "registration"),
            settings_ui: pick(&f.settings_ui_url, "settings"),
            recovery_ui: pick(&f.recovery_ui_url, "recovery"),
            verification_ui: pick(&f.verification_ui_url, "verification"),
            error_ui: pick(&f.error_ui_url, "error"),
            default_return_to,
            ui_base: ui.clone(),
            admin_url,
            return_to_allowlist,
            admin_host_names,
            admin_host_ports,
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
            login_style: f.login_style,
            account_enumeration_mitigate: f.account_enumeration_mitigate,
            registration_two_steps: !f.registration_enable_legacy_one_step,
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

    /// The `return_to` URL to use (normalised, so that what was checked is what the browser
    /// is sent to), or `None` when the allow list does not cover it. The only check of
    /// `return_to`: every flow, logout and the native token exchange go through here.
    pub fn allowed_return_to(&self, raw: &str) -> Option<String> {
        check_return_to(raw, &self.return_to_allowlist).map(String::from)
    }

    /// Whether a `Host` header names this admin API (see `admin_host_names`).
    pub fn admin_host_allowed(&self, host: &str) -> bool {
        let Some((name, port)) = split_host_port(host) else {
            return false;
        };
        let name = name.to_ascii_lowercase();
        self.admin_host_names.contains(&name)
            && port.is_none_or(|p| self.admin_host_ports.contains(&p))
    }

    /// Whether a CORS origin is allowed (supports `*` wildcards).
    pub fn origin_allowed(&self, origin: &str) -> bool {
        self.cors_allowed_origins
            .iter()
            .any(|pat| wildcard_match(pat, origin))
    }
}

/// The `return_to` allow list: the configured entries, the UI and default-return origins
/// (an emulator convenience) and `<public URL>/self-service` (as Kratos).
fn return_to_allowlist(
    f: &FileConfig,
    ui: &str,
    default_return_to: &str,
    public_url: &url::Url,
) -> Result<Vec<ReturnUrlRule>, String> {
    let mut rules = Vec::new();
    for entry in &f.allowed_return_urls {
        rules.push(ReturnUrlRule::parse(entry).map_err(|e| format!("allowed_return_urls: {e}"))?);
    }
    for (key, u) in [("ui_url", ui), ("default_return_to", default_return_to)] {
        let mut rule = ReturnUrlRule::parse(u).map_err(|e| format!("{key}: {e}"))?;
        rule.path = "/".into();
        rules.push(rule);
    }
    let self_service = public_url
        .join("self-service")
        .map_err(|e| format!("public_url: {e}"))?;
    rules.push(ReturnUrlRule::parse(self_service.as_str())?);
    Ok(rules)
}

/// Schemes that run code or read local data when navigated to; never a `return_to`, even if
/// someone lists them. (Other non-http(s) schemes pass only when an allow-list entry names
/// that scheme, e.g. a native app's `myapp://callback`, as Kratos allows.)
const SCRIPT_SCHEMES: &[&str] = &["javascript", "data", "vbscript", "file", "blob", "about"];

/// One `return_to` allow-list entry, parsed once at start-up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReturnUrlRule {
    scheme: String,
    /// Lower-case host; for a `*.example.com` entry the suffix `.example.com`.
    host: String,
    wildcard: bool,
    port: Option<u16>,
    /// Allowed path prefix, matched at a `/` boundary (`/app` allows `/app/x`, not `/apple`).
    path: String,
}

impl ReturnUrlRule {
    /// Parses an entry such as `https://app.example.com/app`, `https://*.example.com` or
    /// `myapp://callback`. Its query and fragment are ignored (as Kratos).
    pub fn parse(entry: &str) -> Result<ReturnUrlRule, String> {
        let u = url::Url::parse(entry.trim()).map_err(|e| format!("{entry:?}: {e}"))?;
        if SCRIPT_SCHEMES.contains(&u.scheme()) {
            return Err(format!("{entry:?}: the scheme cannot be a return URL"));
        }
        if !u.username().is_empty() || u.password().is_some() {
            return Err(format!(
                "{entry:?}: a return URL has no user name or password"
            ));
        }
        let host = u.host_str().unwrap_or("").to_ascii_lowercase();
        let (host, wildcard) = match host.strip_prefix('*') {
            Some(suffix) if suffix.starts_with('.') && suffix.len() > 1 => {
                (suffix.to_string(), true)
            }
            _ => (host, false),
        };
        if host.is_empty() || host.contains('*') {
            return Err(format!(
                "{entry:?}: needs a host name (a wildcard only as `*.example.com`)"
            ));
        }
        Ok(ReturnUrlRule {
            scheme: u.scheme().to_string(),
            host,
            wildcard,
            port: u.port_or_known_default(),
            path: non_empty_path(u.path()).to_string(),
        })
    }

    fn allows(&self, target: &url::Url) -> bool {
        let host = target.host_str().unwrap_or("").to_ascii_lowercase();
        let host_ok = if self.wildcard {
            // `.example.com` matches `a.example.com`, not `example.com` or `evilexample.com`
            host.len() > self.host.len() && host.ends_with(&self.host)
        } else {
            host == self.host
        };
        target.scheme() == self.scheme
            && host_ok
            && target.port_or_known_default() == self.port
            && path_within(non_empty_path(target.path()), &self.path)
    }
}

fn non_empty_path(p: &str) -> &str {
    if p.is_empty() {
        "/"
    } else {
        p
    }
}

/// `path` equals `prefix` or lies below it (`/app` → `/app`, `/app/`, `/app/x`; not `/apple`).
fn path_within(path: &str, prefix: &str) -> bool {
    match path.strip_prefix(prefix) {
        Some(rest) => rest.is_empty() || prefix.ends_with('/') || rest.starts_with('/'),
        None => false,
    }
}

/// Checks a raw `return_to` against the allow list; returns the parsed URL if allowed.
///
/// Refused before any comparison: characters that parsers disagree on (backslashes, which
/// browsers read as `/`; control characters and whitespace, which the URL parser silently
/// drops), user info (`https://app.example.com@evil.net/`), script schemes, relative URLs and
/// URLs without a host. Then scheme, host and port must equal an entry's (host
/// case-insensitive, `*.` entries allow subdomains) and the path must lie within its path.
/// The path is compared after normalisation, so `/app/../admin` is `/admin`.
pub fn check_return_to(raw: &str, rules: &[ReturnUrlRule]) -> Option<url::Url> {
    if raw
        .chars()
        .any(|c| c == '\\' || c.is_control() || c.is_whitespace())
    {
        return None;
    }
    let u = url::Url::parse(raw).ok()?;
    if !u.username().is_empty() || u.password().is_some() {
        return None;
    }
    if SCRIPT_SCHEMES.contains(&u.scheme()) || u.host_str().is_none_or(str::is_empty) {
        return None;
    }
    rules.iter().any(|r| r.allows(&u)).then_some(u)
}

/// Host names and ports the admin API answers to (see `Config::admin_host_names`).
fn admin_hosts(
    f: &FileConfig,
    admin_addr: std::net::SocketAddr,
    admin_url: &url::Url,
) -> (Vec<String>, Vec<u16>) {
    let mut names: Vec<String> = ["localhost", "127.0.0.1", "[::1]"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    // the interface the operator chose to bind (`0.0.0.0` / `::` name no host)
    let bound = f.host.trim().to_ascii_lowercase();
    match bound.parse::<std::net::IpAddr>() {
        Ok(ip) if ip.is_unspecified() => {}
        Ok(std::net::IpAddr::V6(ip)) => names.push(format!("[{ip}]")),
        _ if bound.is_empty() || bound == "[::]" => {}
        _ => names.push(bound),
    }
    if let Some(h) = admin_url.host_str() {
        names.push(h.to_ascii_lowercase());
    }
    let mut ports = vec![admin_addr.port()];
    ports.extend(admin_url.port_or_known_default());
    (names, ports)
}

/// Splits a `Host` header into name and optional port (`[::1]:4434` → `[::1]`, 4434).
/// `None` when it is malformed (empty, bad port).
fn split_host_port(host: &str) -> Option<(&str, Option<u16>)> {
    let (name, port) = if host.starts_with('[') {
        let end = host.find(']')? + 1;
        let rest = &host[end..];
        if rest.is_empty() {
            (&host[..end], None)
        } else {
            (&host[..end], Some(rest.strip_prefix(':')?))
        }
    } else {
        match host.rsplit_once(':') {
            Some((n, p)) => (n, Some(p)),
            None => (host, None),
        }
    };
    if name.is_empty() {
        return None;
    }
    match port {
        None => Some((name, None)),
        Some(p) => Some((name, Some(p.parse().ok()?))),
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

    fn resolved(f: FileConfig) -> Config {
        let public: std::net::SocketAddr = "127.0.0.1:4433".parse().expect("addr");
        let admin: std::net::SocketAddr = "127.0.0.1:4434".parse().expect("addr");
        Config::resolve(&f, public, admin).expect("config")
    }

    include!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/support/return_to.rs"
    ));

    #[test]
    fn return_to_matches_scheme_host_port_and_path_segments() {
        let cfg = resolved(FileConfig {
            allowed_return_urls: ALLOWED_RETURN_URLS.iter().map(|u| u.to_string()).collect(),
            ..FileConfig::default()
        });
        // Beyond the shared cases: the public self-service URLs (built in, on the fixed port
        // here), and the empty string.
        let accepted = ACCEPTED_RETURN_TO
            .iter()
            .chain(&["http://localhost:4433/self-service/settings?flow=1"]);
        let refused = REFUSED_RETURN_TO.iter().chain(&[
            "",
            "http://localhost:4433/sessions/whoami",
            "http://localhost:4433/self-servicex",
        ]);
        let cases = accepted
            .map(|u| (u, true))
            .chain(refused.map(|u| (u, false)));
        for (u, allowed) in cases {
            assert_eq!(
                cfg.allowed_return_to(u).is_some(),
                allowed,
                "{u:?}: allowed should be {allowed}"
            );
        }
        // what was checked is what the browser is sent to
        assert_eq!(
            cfg.allowed_return_to("https://APP.example.com:443/app/./x")
                .as_deref(),
            Some("https://app.example.com/app/x")
        );
        assert_eq!(
            cfg.allowed_return_to("myapp://callback").as_deref(),
            Some("myapp://callback")
        );
    }

    #[test]
    fn return_url_entries_are_checked_at_start_up() {
        for bad in [
            "myapp://",
            "https://*/",
            "https://a.*.example.com/",
            "https://*example.com/",
            "javascript://x/",
            "https://user@app.example.com/",
            "not a url",
            "/relative",
        ] {
            assert!(
                ReturnUrlRule::parse(bad).is_err(),
                "{bad:?} should be refused"
            );
            let f = FileConfig {
                allowed_return_urls: vec![bad.into()],
                ..FileConfig::default()
            };
            let a: std::net::SocketAddr = "127.0.0.1:4433".parse().expect("addr");
            let err = Config::resolve(&f, a, a).err().unwrap_or_default();
            assert!(err.starts_with("allowed_return_urls:"), "{bad:?}: {err}");
        }
    }

    #[test]
    fn admin_host_names() {
        let cfg = resolved(FileConfig::default());
        for ok in [
            "localhost:4434",
            "LOCALHOST:4434",
            "localhost",
            "127.0.0.1:4434",
            "127.0.0.1",
            "[::1]:4434",
            "[::1]",
        ] {
            assert!(cfg.admin_host_allowed(ok), "{ok:?} should be allowed");
        }
        for bad in [
            "evil.example:4434",
            "localhost.evil.example:4434",
            "localhost:4433",
            "localhost:",
            "localhost:x",
            "127.0.0.2:4434",
            "[::1",
            "[::1]x",
            "::1",
            "",
            ":4434",
        ] {
            assert!(!cfg.admin_host_allowed(bad), "{bad:?} should be refused");
        }
        // a configured admin URL and a specific bind address add their names
        let cfg = resolved(FileConfig {
            host: "192.168.1.5".into(),
            admin_url: Some("https://Kratos-Admin.internal/".into()),
            ..FileConfig::default()
        });
        for ok in [
            "kratos-admin.internal",
            "kratos-admin.internal:443",
            "192.168.1.5:4434",
            "localhost:4434",
        ] {
            assert!(cfg.admin_host_allowed(ok), "{ok:?} should be allowed");
        }
        assert!(!cfg.admin_host_allowed("kratos-admin.internal:8443"));
        // binding every interface names no host
        let cfg = resolved(FileConfig {
            host: "0.0.0.0".into(),
            ..FileConfig::default()
        });
        assert!(!cfg.admin_host_allowed("0.0.0.0:4434"));
        assert!(cfg.admin_host_allowed("127.0.0.1:4434"));
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
