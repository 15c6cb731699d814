// `return_to` cases: one list, checked against the matcher itself (the unit test in
// src/config.rs includes this file) and against every endpoint that takes `return_to`
// (tests/security.rs). Plain `//` comments: the file is also pulled in with `include!`.

/// The `allowed_return_urls` both configure (the emulator adds the UI, http://localhost:4455).
pub const ALLOWED_RETURN_URLS: &[&str] = &[
    "https://app.example.com/app",
    "https://shop.example.org",
    "https://*.example.net/",
    "myapp://callback",
];

/// Refused for [`ALLOWED_RETURN_URLS`].
pub const REFUSED_RETURN_TO: &[&str] = &[
    // the allowed entry is only a string prefix of these
    "https://shop.example.org.evil.net/",
    "https://shop.example.orgevil.net/",
    "https://shop.example.org:8443/",
    "https://app.example.com.evil.net/app",
    // userinfo: the real host is evil.net, or a user name the entry does not have
    "https://shop.example.org@evil.net/",
    "https://shop.example.org:x@evil.net/",
    "https://app.example.com@evil.net/app",
    "https://user@shop.example.org/",
    // outside the allowed path (segment boundary)
    "https://app.example.com/apple",
    "https://app.example.com/app@evil.net",
    "https://app.example.com/",
    "https://app.example.com/other",
    // the path only looks inside /app before normalisation
    "https://app.example.com/app/../admin",
    "https://app.example.com/app/%2e%2e/admin",
    // parser differentials
    "https://app.example.com/app/\\evil.net",
    "https://app.example.com/app\\@evil.net",
    "https://app.example.com/app/\nx",
    "https://app.example.com/app/\tx",
    "https://app.example.com/app/\u{0}x",
    "https://app.example.com/app/ x",
    " https://app.example.com/app",
    // scheme and port must match
    "http://app.example.com/app",
    "https://app.example.com:8443/app",
    "javascript://app.example.com/app%0aalert(1)",
    "javascript:alert(1)",
    "data:text/html,x",
    "data:text/html,<script>alert(1)</script>",
    // a wildcard allows subdomains, not the domain itself nor look-alikes
    "https://example.net/",
    "https://evilexample.net/",
    "https://a.example.net.evil.org/",
    "http://a.example.net/",
    // an app scheme allows that scheme and host only
    "myapp://evil",
    "otherapp://callback",
    // relative and scheme-relative
    "//evil.net/",
    "/app",
];

/// Accepted for [`ALLOWED_RETURN_URLS`].
pub const ACCEPTED_RETURN_TO: &[&str] = &[
    "https://app.example.com/app",
    "https://app.example.com/app/",
    "https://app.example.com/app/x?y=1#z",
    "https://APP.Example.com/app/x",
    "https://APP.EXAMPLE.COM/app",
    "https://app.example.com:443/app",
    "https://shop.example.org",
    "https://shop.example.org/any/path",
    "https://a.example.net/",
    "https://b.a.example.net/anything",
    "myapp://callback",
    "myapp://callback?code=1",
    "MyApp://Callback/x",
    // the UI (emulator default allow list)
    "http://localhost:4455/dashboard",
];
