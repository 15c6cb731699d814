//! Strict parsing of absolute `http(s)` URLs, their origins, and `allowedReturnUrls` patterns.
//!
//! Platform-free (no `url` crate: size matters). The parser is deliberately *narrower* than the
//! WHATWG URL parser a browser uses: everything it accepts, a browser reads with the same
//! scheme, host and port, and anything where the two could disagree — a backslash, a tab or
//! newline the browser would silently remove, userinfo, a host the browser would rewrite
//! (IDN, IPv4 in hex or octal, a percent-encoded host) — is refused rather than guessed at.
//! A refused URL costs a caller an error; a URL read differently from the browser sends
//! credentials or a visitor to another origin.

use std::fmt;

use crate::error::Error;

/// An absolute http(s) URL, parsed strictly: anything a WHATWG URL parser might read
/// differently is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpUrl {
    /// The input, exactly as given.
    input: String,
    origin: Origin,
    /// Byte range of the path in `input` (may be empty: then the path is `/`).
    path_start: usize,
    path_end: usize,
}

/// The origin of an [`HttpUrl`]: scheme, lower-cased host and effective port.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Origin {
    /// `"http"` or `"https"`.
    scheme: &'static str,
    /// A lower-case domain, a dotted-quad IPv4 address, or a bracketed, WHATWG-serialised IPv6
    /// address (`[::1]`) — the browser's `URL.hostname`.
    host: String,
    /// The port, the scheme's default port when none is given.
    port: u16,
}

impl Origin {
    /// The host as a browser serialises it (`example.com`, `127.0.0.1`, `[::1]`).
    pub fn host(&self) -> &str {
        &self.host
    }

    /// `"http"` or `"https"`.
    pub fn scheme(&self) -> &str {
        self.scheme
    }

    /// The effective port (80 or 443 when the URL names none).
    pub fn port(&self) -> u16 {
        self.port
    }

    fn default_port(&self) -> u16 {
        default_port(self.scheme)
    }
}

impl fmt::Display for Origin {
    /// The serialisation of the Fetch standard: `https://host`, or `https://host:8443` when the
    /// port is not the scheme's default. Equal to a browser's `URL.origin`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}://{}", self.scheme, self.host)?;
        if self.port != self.default_port() {
            write!(f, ":{}", self.port)?;
        }
        Ok(())
    }
}

fn default_port(scheme: &str) -> u16 {
    if scheme == "https" {
        443
    } else {
        80
    }
}

impl HttpUrl {
    /// Parses an absolute `http://` or `https://` URL, or returns `None`.
    ///
    /// Refused, because a browser would read them differently or they are no http(s) URL:
    /// - other schemes (`javascript:`, `data:`, `blob:`, `file:` …), and `http:` without `//`;
    /// - any ASCII control character (tab, LF and CR included: a browser *removes* them, so
    ///   `ht\ntps://` is `https://` to it), a space, or a backslash (a browser reads `\` as `/`);
    /// - userinfo (`user@host`): `https://good.example\@evil.example` tricks;
    /// - an empty host, a host with `%` or with anything outside `[a-z0-9.-]` except a bracketed
    ///   IPv6 literal. Non-ASCII (IDN) hosts are refused too: a browser maps them through IDNA
    ///   and punycode (`ｅｖｉｌ.example` is `evil.example`, `／` is `/`), which this parser does
    ///   not reproduce — refusing is safe, guessing is not. Punycode (`xn--…`) hosts are fine;
    /// - a host a browser reads as an IPv4 address in another notation (`0x7f.1`, `017.0.0.1`,
    ///   `127.1`, `2130706433`): only the canonical dotted quad is accepted;
    /// - a port that is not 1 to 5 digits, or above 65535 (an empty port too).
    ///
    /// Non-ASCII characters after the host (path, query, fragment) are accepted: a browser
    /// percent-encodes them, which cannot change the origin.
    pub fn parse(input: &str) -> Option<HttpUrl> {
        if input
            .chars()
            .any(|c| c.is_ascii_control() || c == ' ' || c == '\\')
        {
            return None;
        }
        let (scheme, rest_at) = scheme_of(input)?;
        let rest = input.get(rest_at..)?;
        // The authority ends at the first `/`, `?` or `#` (a backslash, which a browser would
        // also end it at, is refused above).
        let authority_len = rest.find(['/', '?', '#']).unwrap_or(rest.len());
        let authority = rest.get(..authority_len)?;
        if authority.contains('@') {
            return None;
        }
        let (host, port) = host_and_port(authority, scheme)?;
        let after = rest_at + authority_len;
        let tail = input.get(after..)?;
        let path_len = tail.find(['?', '#']).unwrap_or(tail.len());
        Some(HttpUrl {
            input: input.to_owned(),
            origin: Origin { scheme, host, port },
            path_start: after,
            path_end: after + path_len,
        })
    }

    /// The URL's origin.
    pub fn origin(&self) -> &Origin {
        &self.origin
    }

    /// The path, percent-encoding and dot segments kept as given; `/` when the URL has none.
    pub fn path(&self) -> &str {
        match self.input.get(self.path_start..self.path_end) {
            Some(path) if !path.is_empty() => path,
            _ => "/",
        }
    }

    /// The URL exactly as given.
    pub fn as_str(&self) -> &str {
        &self.input
    }

    /// The path as the server sees it after a browser resolved its dot segments (`%2e` counts
    /// as `.`), or `None` when the path holds something a server might read as a separator
    /// (`%2f`, `%5c`) or a dot segment with a parameter (`..;x`, which some servers treat as
    /// `..`). Used to compare a path against an allowed prefix.
    fn normalized_path(&self) -> Option<String> {
        normalize_path(self.path())
    }
}

/// Whether `url` is a path a browser resolves on the page's own origin: one leading `/`, and
/// no backslash, control character or whitespace (which the URL parser reads as `/` or drops).
pub fn is_same_origin_path(url: &str) -> bool {
    url.starts_with('/')
        && !url.starts_with("//")
        && !url
            .chars()
            .any(|c| c == '\\' || c.is_control() || c.is_whitespace())
}

impl fmt::Display for HttpUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.input)
    }
}

/// The scheme (lower-cased) and where the authority starts, for `http://` and `https://` only.
fn scheme_of(input: &str) -> Option<(&'static str, usize)> {
    for (prefix, scheme) in [("https://", "https"), ("http://", "http")] {
        if input
            .get(..prefix.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(prefix))
        {
            return Some((scheme, prefix.len()));
        }
    }
    None
}

/// The serialised host and the effective port of an authority without userinfo.
fn host_and_port(authority: &str, scheme: &str) -> Option<(String, u16)> {
    let (host, port_text) = if let Some(bracketed) = authority.strip_prefix('[') {
        let end = bracketed.find(']')?;
        let literal = bracketed.get(..end)?;
        let after = bracketed.get(end + 1..)?;
        let port_text = match after {
            "" => None,
            _ => Some(after.strip_prefix(':')?),
        };
        (format!("[{}]", ipv6(literal)?), port_text)
    } else {
        let (host, port_text) = match authority.split_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        };
        (domain_or_ipv4(host)?, port_text)
    };
    let port = match port_text {
        None => default_port(scheme),
        Some(text) => parse_port(text)?,
    };
    Some((host, port))
}

fn parse_port(text: &str) -> Option<u16> {
    if text.is_empty() || text.len() > 5 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse::<u32>()
        .ok()
        .and_then(|port| u16::try_from(port).ok())
}

/// A domain or a canonical dotted-quad IPv4 address, lower-cased.
fn domain_or_ipv4(host: &str) -> Option<String> {
    if host.is_empty()
        || !host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
    {
        return None;
    }
    let host = host.to_ascii_lowercase();
    // WHATWG: a host whose last label (ignoring one trailing empty label) is a number —
    // decimal, or `0x` hex — is parsed as IPv4, in decimal, octal or hex, with 1 to 4 parts.
    // Only the canonical form is accepted, so the host string is exactly the address.
    let labels: Vec<&str> = host.split('.').collect();
    let last = match labels.as_slice() {
        [.., last, ""] => last,
        [.., last] => last,
        [] => return None,
    };
    let ends_in_number = (!last.is_empty() && last.bytes().all(|b| b.is_ascii_digit()))
        || last
            .strip_prefix("0x")
            .is_some_and(|hex| hex.bytes().all(|b| b.is_ascii_hexdigit()));
    if ends_in_number {
        let canonical = labels.len() == 4
            && labels.iter().all(|label| {
                !label.is_empty()
                    && label.len() <= 3
                    && label.bytes().all(|b| b.is_ascii_digit())
                    && (label.len() == 1 || !label.starts_with('0'))
                    && label.parse::<u16>().is_ok_and(|n| n <= 255)
            });
        return canonical.then_some(host);
    }
    Some(host)
}

/// An IPv6 literal (without brackets) in the WHATWG serialisation: lower-case hex, the first
/// longest run of two or more zero pieces compressed to `::`. Embedded IPv4 (`::ffff:1.2.3.4`)
/// and zone ids (`%eth0`) are refused.
fn ipv6(literal: &str) -> Option<String> {
    if literal.is_empty() || !literal.bytes().all(|b| b.is_ascii_hexdigit() || b == b':') {
        return None;
    }
    let pieces = |part: &str| -> Option<Vec<u16>> {
        if part.is_empty() {
            return Some(Vec::new());
        }
        part.split(':')
            .map(|piece| {
                if piece.is_empty() || piece.len() > 4 {
                    None
                } else {
                    u16::from_str_radix(piece, 16).ok()
                }
            })
            .collect()
    };
    let mut address = [0u16; 8];
    match literal.split_once("::") {
        Some((head, tail)) => {
            let head = pieces(head)?;
            let tail = pieces(tail)?;
            // `::` stands for at least one zero piece.
            if head.len() + tail.len() > 7 {
                return None;
            }
            address[..head.len()].copy_from_slice(&head);
            address[8 - tail.len()..].copy_from_slice(&tail);
        }
        None => {
            let all = pieces(literal)?;
            if all.len() != 8 {
                return None;
            }
            address.copy_from_slice(&all);
        }
    }
    // The first longest run of at least two zero pieces is compressed.
    let (mut best_start, mut best_len) = (0usize, 0usize);
    let mut index = 0;
    while index < 8 {
        if address[index] == 0 {
            let start = index;
            while index < 8 && address[index] == 0 {
                index += 1;
            }
            if index - start > best_len {
                (best_start, best_len) = (start, index - start);
            }
        } else {
            index += 1;
        }
    }
    let hex = |pieces: &[u16]| {
        pieces
            .iter()
            .map(|piece| format!("{piece:x}"))
            .collect::<Vec<_>>()
            .join(":")
    };
    Some(if best_len >= 2 {
        format!(
            "{}::{}",
            hex(&address[..best_start]),
            hex(&address[best_start + best_len..])
        )
    } else {
        hex(&address)
    })
}

/// Resolves dot segments the way a browser does (RFC 3986 §5.2.4 with WHATWG's `%2e` = `.`),
/// or `None` for a path a server might split or resolve differently: `%2f`/`%5c` (an encoded
/// `/` or `\` that some servers decode before routing) and dot segments with a `;` parameter.
pub(crate) fn normalize_path(path: &str) -> Option<String> {
    let lower = path.to_ascii_lowercase();
    if lower.contains("%2f") || lower.contains("%5c") {
        return None;
    }
    let mut out: Vec<String> = Vec::new();
    let mut segments = path.split('/').skip(1).peekable();
    if segments.peek().is_none() {
        return Some("/".to_owned());
    }
    while let Some(segment) = segments.next() {
        let decoded = segment.to_ascii_lowercase().replace("%2e", ".");
        let before_parameter = decoded.split(';').next().unwrap_or_default();
        let is_dots = decoded == "." || decoded == "..";
        if !is_dots && (before_parameter == "." || before_parameter == "..") {
            return None;
        }
        let last = segments.peek().is_none();
        match decoded.as_str() {
            ".." => {
                out.pop();
                // `/a/..` is `/`: the dot segment leaves an empty last segment behind.
                if last {
                    out.push(String::new());
                }
            }
            "." => {
                if last {
                    out.push(String::new());
                }
            }
            _ => out.push(segment.to_owned()),
        }
    }
    Some(format!("/{}", out.join("/")))
}

/// An entry of `allowedReturnUrls`, with Kratos' semantics (`selfservice.allowed_return_urls`):
/// scheme, host and port equal; an optional leading `*.` host wildcard; and a path prefix.
///
/// Choices, where Kratos is looser:
/// - `https://*.example.com` allows every subdomain (`a.example.com`, `a.b.example.com`) but
///   **not** `example.com` itself. Kratos compares the host suffix `.example.com`, so the
///   bare domain does not match there either; list it separately to allow it.
/// - The path is a prefix at a segment boundary: `/app` allows `/app`, `/app/`, `/app/x` and
///   `/app?q`, not `/apple` (Kratos compares plain string prefixes). The URL's path is
///   compared after its dot segments are resolved (`/app/../admin` is `/admin`), and a path
///   with an encoded `/` or `\` never matches a prefix other than `/`.
/// - Default ports are equal to no port (`https://x:443` is `https://x`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AllowedUrl {
    /// The pattern's origin; with a wildcard, its host is the parent domain.
    origin: Origin,
    /// Whether the host was given as `*.<origin host>`.
    subdomains: bool,
    /// The path prefix without its trailing slash (`""` allows every path).
    prefix: String,
}

impl AllowedUrl {
    /// Parses an `allowedReturnUrls` entry: an absolute http(s) URL without query or fragment,
    /// whose host may start with `*.`.
    pub fn parse(pattern: &str) -> Result<AllowedUrl, Error> {
        let refuse = |why: &str| {
            Error::invalid_argument(format!(
                "\"{pattern}\" is not a valid allowed return URL: {why}"
            ))
        };
        let (scheme_len, subdomains, concrete) = match scheme_of(pattern) {
            Some((_, at)) => match pattern.get(at..).and_then(|rest| rest.strip_prefix("*.")) {
                Some(rest) => (
                    at,
                    true,
                    format!("{}{rest}", pattern.get(..at).unwrap_or("")),
                ),
                None => (at, false, pattern.to_owned()),
            },
            None => return Err(refuse("it must be an absolute http(s) URL")),
        };
        let url = HttpUrl::parse(&concrete)
            .ok_or_else(|| refuse("it must be an absolute http(s) URL with a plain host"))?;
        if concrete
            .get(scheme_len..)
            .is_some_and(|rest| rest.contains(['?', '#']))
        {
            return Err(refuse("it must not have a query or a fragment"));
        }
        let host = url.origin().host();
        if subdomains && (host.starts_with('[') || is_ipv4(host) || host.starts_with('.')) {
            return Err(refuse("`*.` must be followed by a domain name"));
        }
        let path = url.path();
        let normalized = normalize_path(path);
        if normalized.as_deref() != Some(path) {
            return Err(refuse(
                "its path must not contain dot segments or an encoded `/` or `\\`",
            ));
        }
        Ok(AllowedUrl {
            origin: url.origin().clone(),
            subdomains,
            prefix: path.trim_end_matches('/').to_owned(),
        })
    }

    /// Whether `url` is allowed by this entry.
    pub fn matches(&self, url: &HttpUrl) -> bool {
        let origin = url.origin();
        if origin.scheme != self.origin.scheme || origin.port != self.origin.port {
            return false;
        }
        let host_matches = if self.subdomains {
            // A proper subdomain: `<at least one character>.<domain>`.
            origin
                .host
                .strip_suffix(self.origin.host.as_str())
                .is_some_and(|label| label.len() > 1 && label.ends_with('.'))
        } else {
            origin.host == self.origin.host
        };
        if !host_matches {
            return false;
        }
        if self.prefix.is_empty() {
            return true;
        }
        let Some(path) = url.normalized_path() else {
            return false;
        };
        match path.strip_prefix(self.prefix.as_str()) {
            Some(rest) => rest.is_empty() || rest.starts_with('/'),
            None => false,
        }
    }
}

fn is_ipv4(host: &str) -> bool {
    host.split('.').count() == 4
        && host
            .split('.')
            .all(|label| !label.is_empty() && label.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn origin(input: &str) -> String {
        HttpUrl::parse(input)
            .unwrap_or_else(|| panic!("{input:?} should parse"))
            .origin()
            .to_string()
    }

    fn allows(pattern: &str, url: &str) -> bool {
        let url = HttpUrl::parse(url).unwrap_or_else(|| panic!("{url:?} should parse"));
        AllowedUrl::parse(pattern).unwrap().matches(&url)
    }

    #[test]
    fn plain_urls_parse() {
        let url = HttpUrl::parse("https://Auth.Example.com/self-service/login?x=1#f").unwrap();
        assert_eq!(url.origin().scheme(), "https");
        assert_eq!(url.origin().host(), "auth.example.com");
        assert_eq!(url.origin().port(), 443);
        assert_eq!(url.path(), "/self-service/login");
        assert_eq!(
            url.as_str(),
            "https://Auth.Example.com/self-service/login?x=1#f"
        );
        assert_eq!(HttpUrl::parse("http://x").unwrap().path(), "/");
        assert_eq!(HttpUrl::parse("http://x?q").unwrap().path(), "/");
        assert_eq!(HttpUrl::parse("http://x#/a").unwrap().path(), "/");
        assert_eq!(HttpUrl::parse("http://x/a%2Fb").unwrap().path(), "/a%2Fb");
        assert_eq!(HttpUrl::parse("http://x/a/../b").unwrap().path(), "/a/../b");
    }

    #[test]
    fn uppercase_schemes_and_default_ports() {
        assert_eq!(origin("HTTPS://X.example"), "https://x.example");
        assert_eq!(origin("HtTp://x.example"), "http://x.example");
        assert_eq!(origin("https://x:443"), "https://x");
        assert_eq!(origin("http://x:80/"), "http://x");
        assert_eq!(origin("https://x:0443"), "https://x");
        assert_eq!(origin("https://x:80"), "https://x:80");
        assert_eq!(origin("http://x:8443"), "http://x:8443");
        assert_eq!(
            HttpUrl::parse("https://x:443").unwrap().origin(),
            HttpUrl::parse("https://x").unwrap().origin()
        );
    }

    #[test]
    fn other_schemes_are_refused() {
        for input in [
            "javascript:alert(1)",
            "JavaScript://%0aalert(1)",
            "data:text/html,<script>alert(1)</script>",
            "blob:https://x.example/uuid",
            "file:///etc/passwd",
            "ftp://x.example",
            "ws://x.example",
            "//x.example",
            "/path",
            "x.example",
            "",
            "http:x.example",
            "http:/x.example",
            "https:",
            "https://",
        ] {
            assert_eq!(HttpUrl::parse(input), None, "{input:?}");
        }
    }

    #[test]
    fn whitespace_controls_and_backslashes_are_refused() {
        for input in [
            " https://x",
            "https://x ",
            "https://x/a b",
            "ht\ttps://x",
            "ht\ntps://evil.example",
            "https://x\r.example",
            "https://good.example\t.evil.example",
            "https://x/\0",
            "https://x/\u{7f}",
            "https:\\\\evil.example",
            "https:/\\evil.example",
            "https://good.example\\@evil.example",
            "https://good.example\\.evil.example",
            "https://x/a\\b",
            "https://x/?q=\\",
        ] {
            assert_eq!(HttpUrl::parse(input), None, "{input:?}");
        }
    }

    #[test]
    fn userinfo_is_refused() {
        for input in [
            "https://user@x.example",
            "https://user:pass@x.example",
            "https://good.example@evil.example",
            "https://@evil.example",
            "https://good.example:443@evil.example/",
        ] {
            assert_eq!(HttpUrl::parse(input), None, "{input:?}");
        }
        // An `@` after the authority is only a path or query character.
        assert_eq!(
            origin("https://x.example/@evil.example"),
            "https://x.example"
        );
        assert_eq!(
            origin("https://x.example?@evil.example"),
            "https://x.example"
        );
        assert_eq!(
            origin("https://x.example#@evil.example"),
            "https://x.example"
        );
    }

    #[test]
    fn odd_hosts_are_refused() {
        for input in [
            "https://",
            "https:///x",
            "https://:443",
            "https://ex%61mple.com",
            "https://evil.example%2f.good.example",
            "https://exa_mple.com",
            "https://exa!mple.com",
            "https://bücher.example",
            "https://ｅｖｉｌ.example",
            "https://evil.example／good.example",
            "https://x.example:",
            "https://x.example:65536",
            "https://x.example:123456",
            "https://x.example:-1",
            "https://x.example:+80",
            "https://x.example:8a",
            "https://x.example:80:80",
        ] {
            assert_eq!(HttpUrl::parse(input), None, "{input:?}");
        }
        assert_eq!(origin("https://x.example:65535"), "https://x.example:65535");
        assert_eq!(
            origin("https://xn--bcher-kva.example"),
            "https://xn--bcher-kva.example"
        );
        // Non-ASCII after the host is only percent-encoded by a browser.
        assert_eq!(origin("https://x.example/bücher?q=é"), "https://x.example");
    }

    #[test]
    fn ipv4_only_in_canonical_notation() {
        assert_eq!(origin("http://127.0.0.1:4433"), "http://127.0.0.1:4433");
        assert_eq!(origin("http://0.0.0.0"), "http://0.0.0.0");
        assert_eq!(origin("http://255.255.255.255"), "http://255.255.255.255");
        for input in [
            "http://0x7f.1",
            "http://0x7f000001",
            "http://017.0.0.1",
            "http://127.1",
            "http://127.0.1",
            "http://2130706433",
            "http://127.0.0.1.",
            "http://256.0.0.1",
            "http://1.2.3.4.5",
            "http://evil.0x10",
            "http://evil.123",
            "http://0x",
            "http://1.2.3.0x4",
        ] {
            assert_eq!(HttpUrl::parse(input), None, "{input:?}");
        }
        // Numeric labels elsewhere are a domain.
        assert_eq!(origin("http://1.2.3.example"), "http://1.2.3.example");
        assert_eq!(origin("http://0x7f.example"), "http://0x7f.example");
    }

    #[test]
    fn ipv6_literals_are_serialised_as_browsers_do() {
        assert_eq!(origin("http://[::1]:4433/"), "http://[::1]:4433");
        assert_eq!(origin("http://[0:0:0:0:0:0:0:1]"), "http://[::1]");
        assert_eq!(origin("http://[2001:DB8::0:1]"), "http://[2001:db8::1]");
        assert_eq!(origin("http://[1:0:0:2:0:0:0:3]"), "http://[1:0:0:2::3]");
        assert_eq!(
            origin("http://[1:0:2:3:4:5:6:7]"),
            "http://[1:0:2:3:4:5:6:7]"
        );
        assert_eq!(origin("https://[::]:443"), "https://[::]");
        assert_eq!(
            HttpUrl::parse("http://[::1]").unwrap().origin().host(),
            "[::1]"
        );
        for input in [
            "http://[::1",
            "http://[]",
            "http://[:::1]",
            "http://[1::2::3]",
            "http://[::ffff:127.0.0.1]",
            "http://[fe80::1%25eth0]",
            "http://[12345::]",
            "http://[1:2:3:4:5:6:7:8:9]",
            "http://[1:2:3:4:5:6:7::8]",
            "http://[::1]x",
            "http://[::1]:",
            "http://[g::1]",
            "http://::1",
        ] {
            assert_eq!(HttpUrl::parse(input), None, "{input:?}");
        }
    }

    #[test]
    fn trailing_dot_hosts_are_another_origin() {
        assert_eq!(origin("https://x.example./a"), "https://x.example.");
        assert_ne!(
            HttpUrl::parse("https://x.example.").unwrap().origin(),
            HttpUrl::parse("https://x.example").unwrap().origin()
        );
        assert!(!allows("https://x.example", "https://x.example./"));
        assert!(!allows("https://*.example", "https://a.example./"));
    }

    #[test]
    fn path_normalisation() {
        for (input, output) in [
            ("/", Some("/")),
            ("/a/b", Some("/a/b")),
            ("/a/./b", Some("/a/b")),
            ("/a/../b", Some("/b")),
            ("/a/..", Some("/")),
            ("/a/.", Some("/a/")),
            ("/../../a", Some("/a")),
            ("/a/%2e%2E/b", Some("/b")),
            ("/a/.%2e/b", Some("/b")),
            ("/a/%2E/b", Some("/a/b")),
            ("/a//b", Some("/a//b")),
            ("/a/%2fb", None),
            ("/a%5Cb", None),
            ("/a/..;x/b", None),
            ("/a/%2e;/b", None),
            ("/a/...", Some("/a/...")),
        ] {
            assert_eq!(normalize_path(input).as_deref(), output, "{input:?}");
        }
    }

    #[test]
    fn allowed_urls_compare_origin_and_path_prefix() {
        assert!(allows("https://app.example", "https://app.example"));
        assert!(allows(
            "https://app.example",
            "https://APP.example/any/path?q#f"
        ));
        assert!(allows("https://app.example/", "https://app.example:443/x"));
        assert!(allows("https://app.example:443", "https://app.example/x"));
        assert!(!allows("https://app.example", "http://app.example/"));
        assert!(!allows("https://app.example", "https://app.example:8443/"));
        assert!(!allows("https://app.example", "https://app.example.evil/"));
        assert!(!allows("https://app.example", "https://evilapp.example/"));
        assert!(!allows("http://[::1]", "http://[::2]/"));
        assert!(allows("http://[::1]:4455", "http://[0::1]:4455/x"));

        for allowed in ["/app", "/app?q", "/app/", "/app/x", "/app/./x", "/app/x/.."] {
            assert!(
                allows(
                    "https://a.example/app",
                    &format!("https://a.example{allowed}")
                ),
                "{allowed}"
            );
            assert!(
                allows(
                    "https://a.example/app/",
                    &format!("https://a.example{allowed}")
                ),
                "{allowed}"
            );
        }
        for refused in [
            "/apple",
            "/",
            "",
            "?app",
            "/app/../admin",
            "/app/%2e%2e/admin",
            "/app/.%2E/admin",
            "/app/..",
            "/app/..;/admin",
            "/app%2f..%2fadmin",
            "/app/%2F../admin",
            "/app%5c../admin",
            "/x/app",
            "/App",
        ] {
            assert!(
                !allows(
                    "https://a.example/app",
                    &format!("https://a.example{refused}")
                ),
                "{refused}"
            );
        }
        // An encoded slash is harmless where every path is allowed.
        assert!(allows("https://a.example", "https://a.example/a%2Fb"));
    }

    #[test]
    fn wildcards_allow_subdomains_only() {
        let pattern = "https://*.example.com/app";
        assert!(allows(pattern, "https://a.example.com/app"));
        assert!(allows(pattern, "https://a.b.example.com/app/x"));
        assert!(allows(pattern, "HTTPS://A.EXAMPLE.COM/app"));
        assert!(!allows(pattern, "https://example.com/app"));
        assert!(!allows(pattern, "https://.example.com/app"));
        assert!(!allows(pattern, "https://aexample.com/app"));
        assert!(!allows(pattern, "https://a.example.com.evil/app"));
        assert!(!allows(pattern, "https://a.example.com/other"));
        assert!(!allows(pattern, "http://a.example.com/app"));
        assert!(!allows(pattern, "https://a.example.com:8443/app"));
        assert!(allows(
            "https://*.example.com:8443",
            "https://a.example.com:8443/"
        ));
    }

    #[test]
    fn bad_patterns_are_errors() {
        for pattern in [
            "",
            "*.example.com",
            "javascript:alert(1)",
            "https://*example.com",
            "https://a.*.example.com",
            "https://*.*.example.com",
            "https://*.127.0.0.1",
            "https://*.[::1]",
            "https://*..example.com",
            "https://x.example/app?x",
            "https://x.example/app#x",
            "https://x.example/app/../admin",
            "https://x.example/a%2fb",
            "https://user@x.example",
            "https://x.example\\@evil",
            " https://x.example",
        ] {
            let error = AllowedUrl::parse(pattern).unwrap_err();
            assert_eq!(error.kind, crate::ErrorKind::InvalidArgument, "{pattern:?}");
        }
    }
}
