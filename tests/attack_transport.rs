//! Attacks on the request builder and the error mapping (security issue items 3, 4, 5 and 9),
//! natively. Each test is one attack; the browser versions, against the real `fetch`, are in
//! `tests/browser/attack-transport.test.mjs`.

use ory_wasm::config::{Configuration, Credentials};
use ory_wasm::endpoint::{
    build_request, Arguments, CallOptions, Endpoint, HttpRequest, Location, ParamValue, Platform,
};
use ory_wasm::endpoints;
use ory_wasm::url::HttpUrl;
use ory_wasm::{Error, ErrorKind};
use serde_json::json;

const KEY: &str = "ory_pat_AttackKey123";

/// Every required parameter set to `value`, a `{}` body where one is required.
fn required(endpoint: &Endpoint, value: &str) -> Arguments {
    Arguments {
        values: endpoint
            .params
            .iter()
            .map(|p| p.required.then(|| ParamValue::Text(value.into())))
            .collect(),
        body: endpoint
            .body
            .filter(|b| b.required)
            .map(|_| "{}".to_owned()),
    }
}

/// The request for `endpoint` with every required parameter set to `value` (see [`required`])
/// and `headers` as the call's own headers.
#[allow(clippy::result_large_err)] // the crate's `Error` is flat on purpose (see lib.rs)
fn call(
    config: &Configuration,
    endpoint: &Endpoint,
    value: &str,
    headers: &[(&str, &str)],
    platform: Platform,
) -> Result<HttpRequest, Error> {
    let options = CallOptions {
        headers: headers
            .iter()
            .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
            .collect(),
        timeout_ms: None,
    };
    build_request(
        config,
        endpoint,
        &required(endpoint, value),
        &options,
        platform,
    )
}

// ------------------------------------------------------------------------------------------------
// Item 5: a basePath a browser resolves to another origin
// ------------------------------------------------------------------------------------------------

/// basePaths that a WHATWG URL parser resolves to `evil.example` (or that no two parsers read
/// alike); every request, passwords included, would go there with the page's cookies.
const HOSTILE_BASE_PATHS: &[&str] = &[
    "/\\evil.example",
    "/\\evil.example/api",
    "\\\\evil.example",
    "https:\\\\evil.example",
    "https:/\\evil.example",
    "https:\\/evil.example",
    "https://auth.example\\@evil.example",
    "https://auth.example\\.evil.example",
    "https://auth.example@evil.example",
    "https://auth.example:443@evil.example",
    "https://user:pass@auth.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r/evil.example",
    "/ /evil.example",
    "ht\ntps://evil.example",
    "ht\ttps://evil.example",
    "https://auth.exam\nple.evil.example",
    "https://auth.example\t.evil.example",
    "https:evil.example",
    "https:/evil.example",
    "https:///evil.example",
    "https://%65vil.example",
    "https://evil.example%2f.auth.example",
    "https://ｅｖｉｌ.example",
    "https://evil。example",
    "https://0x7f.1",
    "https://017.0.0.1",
    "https://127.1",
    "https://auth.example:99999",
    "https://auth.example:",
    "https://[::1",
    "/./\\evil.example",
    "/.//evil.example",
    "/%2e/%2e//evil.example",
    "/..//evil.example",
    "javascript:alert(1)",
    "data:text/html,x",
    "blob:https://auth.example/x",
    "file:///etc",
    "//",
    "///",
    "//evil.example",
];

#[test]
fn base_paths_resolving_to_another_origin_are_refused() {
    let mut accepted = Vec::new();
    for base_path in HOSTILE_BASE_PATHS {
        match Configuration::new(base_path) {
            Err(error) => assert_eq!(error.kind, ErrorKind::InvalidArgument, "{base_path:?}"),
            Ok(config) => accepted.push(format!("{base_path:?} -> {:?}", config.base_path())),
        }
    }
    assert!(
        accepted.is_empty(),
        "accepted, so requests could go to another origin:\n{}",
        accepted.join("\n")
    );
}

#[test]
fn ordinary_base_paths_still_work() {
    for (base_path, stored) in [
        ("https://auth.example", "https://auth.example"),
        ("HTTPS://Auth.Example/", "HTTPS://Auth.Example"),
        (
            "https://x.projects.oryapis.com/api/kratos/public/",
            "https://x.projects.oryapis.com/api/kratos/public",
        ),
        ("http://localhost:4433", "http://localhost:4433"),
        ("http://127.0.0.1:4433/", "http://127.0.0.1:4433"),
        ("http://[::1]:4433", "http://[::1]:4433"),
        (" https://auth.example ", "https://auth.example"),
        ("", ""),
        ("/", ""),
        ("/.ory", "/.ory"),
        ("/.ory/", "/.ory"),
        ("/api/kratos/public", "/api/kratos/public"),
    ] {
        let config = Configuration::new(base_path)
            .unwrap_or_else(|e| panic!("{base_path:?} should be accepted: {e}"));
        assert_eq!(config.base_path(), stored, "{base_path:?}");
    }
}

#[test]
fn the_configuration_knows_its_origin() {
    let config = Configuration::new("HTTPS://Auth.Example:443/api/").unwrap();
    assert_eq!(
        config.origin().map(ToString::to_string).as_deref(),
        Some("https://auth.example")
    );
    let config = Configuration::new("http://[0::1]:4433").unwrap();
    assert_eq!(
        config.origin().map(ToString::to_string).as_deref(),
        Some("http://[::1]:4433")
    );
    assert_eq!(Configuration::new("/.ory").unwrap().origin(), None);
    assert_eq!(
        Configuration::default().origin().map(ToString::to_string),
        Some("http://localhost".to_owned())
    );
}

/// Whatever the caller puts into parameters, every request goes to the configured origin (or,
/// for a same-origin configuration, stays a path on the page's origin).
#[test]
fn every_built_url_stays_on_the_configured_origin() {
    let hostile = [
        "//evil.example",
        "\\\\evil.example",
        "@evil.example",
        "https://evil.example",
        "x/../../..",
        "%2e%2e",
        "?x=1#y",
        "\t\n",
        "évil",
    ];
    for base_path in ["https://auth.example/api", "/.ory", ""] {
        let config = Configuration::new(base_path).unwrap();
        for endpoint in endpoints::all() {
            for value in hostile {
                let Ok(request) = call(&config, endpoint, value, &[], Platform::Server) else {
                    continue;
                };
                match config.origin() {
                    Some(origin) => {
                        let url = HttpUrl::parse(&request.url)
                            .unwrap_or_else(|| panic!("{} built {:?}", endpoint.path, request.url));
                        assert_eq!(url.origin(), origin, "{}", request.url);
                    }
                    None => {
                        assert!(
                            request.url.starts_with('/')
                                && !request.url.starts_with("//")
                                && !request.url.contains('\\'),
                            "{}",
                            request.url
                        );
                    }
                }
            }
        }
    }
}

// ------------------------------------------------------------------------------------------------
// Item 4: an admin key as an explicit Authorization header, from a page, with cookies
// ------------------------------------------------------------------------------------------------

#[test]
fn an_explicit_authorization_header_is_refused_in_a_page() {
    let endpoint = &endpoints::frontend::TO_SESSION;
    let admin = endpoints::all()
        .find(|e| e.auth == ory_wasm::endpoint::Auth::ApiKey)
        .expect("an admin endpoint");
    for name in ["Authorization", "authorization", "AUTHORIZATION"] {
        let value = format!("Bearer {KEY}");
        // In the configuration's headers and in the call's headers, for a frontend and an admin
        // endpoint alike: the key in a page is readable by everyone who opens it.
        let mut in_config = Configuration::new("https://auth.example").unwrap();
        in_config.headers.push((name.to_owned(), value.clone()));
        let plain = Configuration::new("https://auth.example").unwrap();
        for endpoint in [endpoint, admin] {
            for (config, options) in [
                (&in_config, [].as_slice()),
                (&plain, [(name, value.as_str())].as_slice()),
            ] {
                let error = call(config, endpoint, "x", options, Platform::Browser)
                    .expect_err("an Authorization header from a page must be refused");
                assert_eq!(error.kind, ErrorKind::InvalidArgument);
                assert!(
                    error.message.contains("dangerouslyAllowApiKeyInBrowser"),
                    "{}",
                    error.message
                );
                assert!(
                    !error.message.contains(KEY),
                    "the key is never in a message"
                );
            }
        }
    }
}

#[test]
fn an_authorization_header_never_travels_with_cookies() {
    let value = format!("Bearer {KEY}");
    let endpoint = &endpoints::frontend::TO_SESSION;
    let mut allowed = Configuration::new("https://auth.example").unwrap();
    allowed.allow_api_key_in_browser = true;
    allowed.credentials = Some(Credentials::Include);
    for (platform, config) in [
        (Platform::Browser, &allowed),
        (
            Platform::Server,
            &Configuration::new("https://auth.example").unwrap(),
        ),
    ] {
        for name in ["Authorization", "authorization"] {
            let request =
                call(config, endpoint, "x", &[(name, &value)], platform).expect("allowed");
            assert_eq!(request.header("authorization"), Some(value.as_str()));
            assert_eq!(
                request.credentials,
                Credentials::Omit,
                "{platform:?}: an Authorization header must not carry the visitor's cookies along"
            );
        }
    }
    // The configured credentials too (access token, API key, client credentials).
    let mut config = Configuration::new("https://auth.example").unwrap();
    config.access_token = Some("ory_at_x".into());
    config.credentials = Some(Credentials::Include);
    let userinfo = endpoints::all()
        .find(|e| e.auth == ory_wasm::endpoint::Auth::AccessToken)
        .expect("userinfo");
    let request = call(&config, userinfo, "x", &[], Platform::Browser).unwrap();
    assert_eq!(request.header("authorization"), Some("Bearer ory_at_x"));
    assert_eq!(request.credentials, Credentials::Omit);
}

#[test]
fn an_explicit_session_token_header_never_travels_with_cookies() {
    let endpoint = &endpoints::frontend::TO_SESSION;
    for name in ["X-Session-Token", "x-session-token"] {
        for (config, options) in [
            (
                {
                    let mut config = Configuration::new("https://auth.example").unwrap();
                    config
                        .headers
                        .push((name.to_owned(), "ory_st_x".to_owned()));
                    config
                },
                [].as_slice(),
            ),
            (
                Configuration::new("https://auth.example").unwrap(),
                [(name, "ory_st_x")].as_slice(),
            ),
        ] {
            let request = call(&config, endpoint, "x", options, Platform::Browser).unwrap();
            assert_eq!(request.header("x-session-token"), Some("ory_st_x"));
            assert_eq!(request.credentials, Credentials::Omit, "{name}");
        }
    }
}

#[test]
fn proxy_authorization_is_refused_in_a_page() {
    let endpoint = &endpoints::frontend::TO_SESSION;
    let error = call(
        &Configuration::new("https://auth.example").unwrap(),
        endpoint,
        "x",
        &[("Proxy-Authorization", "Basic eDp5")],
        Platform::Browser,
    )
    .unwrap_err();
    assert_eq!(error.kind, ErrorKind::InvalidArgument);
}

// ------------------------------------------------------------------------------------------------
// Item 9: `.` and `..` path parameters
// ------------------------------------------------------------------------------------------------

#[test]
fn dot_segment_path_parameters_are_refused() {
    let config = Configuration::new("https://auth.example")
        .unwrap()
        .with_api_key(KEY);
    for endpoint in endpoints::all() {
        if !endpoint.params.iter().any(|p| p.location == Location::Path) {
            continue;
        }
        for value in [".", "..", ""] {
            let error = call(&config, endpoint, value, &[], Platform::Server)
                .expect_err(&format!("{} with {value:?}", endpoint.path));
            assert_eq!(error.kind, ErrorKind::InvalidArgument, "{}", endpoint.path);
        }
        // Dots that are not a whole segment are ordinary characters.
        for value in ["...", ".a", "a..b", "%2e%2e"] {
            let request = call(&config, endpoint, value, &[], Platform::Server)
                .unwrap_or_else(|e| panic!("{} with {value:?}: {e}", endpoint.path));
            assert!(!request.url.contains("/../"), "{}", request.url);
        }
    }
    let endpoint = &endpoints::frontend::DISABLE_MY_SESSION;
    let request = call(&config, endpoint, "%2e%2e", &[], Platform::Server).unwrap();
    assert_eq!(request.url, "https://auth.example/sessions/%252e%252e");
}

// ------------------------------------------------------------------------------------------------
// Item 3: a `javascript:` redirect_browser_to
// ------------------------------------------------------------------------------------------------

fn redirect_of(body: serde_json::Value, status: u16) -> Option<String> {
    Error::from_http(status, Some(&&body), false).redirect_browser_to
}

#[test]
fn only_http_urls_are_redirect_targets() {
    for target in [
        "javascript:alert(document.cookie)",
        "JAVASCRIPT:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "blob:https://auth.example/x",
        "file:///etc/passwd",
        "vbscript:msgbox(1)",
        "//evil.example",
        "/\\evil.example",
        "\\\\evil.example",
        "https:\\\\evil.example",
        "https://auth.example\\@evil.example",
        "https://auth.example@evil.example",
        "ht\ntps://evil.example",
        " https://auth.example",
        "/ui/login",
        "",
    ] {
        let browser_location = json!({
            "error": {"id": "browser_location_change_required", "code": 422},
            "redirect_browser_to": target,
        });
        assert_eq!(redirect_of(browser_location, 422), None, "{target:?}");
        let aal2 = json!({
            "error": {"id": "session_aal2_required", "code": 403,
                      "details": {"redirect_browser_to": target}},
        });
        assert_eq!(redirect_of(aal2, 403), None, "{target:?}");
    }
    for target in [
        "https://auth.example/self-service/login/browser?aal=aal2",
        "HTTP://localhost:4455/ui/login",
    ] {
        let body = json!({
            "error": {"id": "browser_location_change_required"},
            "redirect_browser_to": target,
        });
        assert_eq!(redirect_of(body, 422).as_deref(), Some(target));
    }
}

#[test]
fn a_bad_top_level_target_does_not_hide_a_good_one_in_details() {
    let body = json!({
        "error": {"id": "session_aal2_required",
                  "details": {"redirect_browser_to": "https://auth.example/aal2"}},
        "redirect_browser_to": "javascript:alert(1)",
    });
    assert_eq!(
        redirect_of(body, 403).as_deref(),
        Some("https://auth.example/aal2")
    );
}

// ------------------------------------------------------------------------------------------------
// An OAuth2 client secret from a page: as readable as an API key there
// ------------------------------------------------------------------------------------------------

#[test]
fn a_client_secret_is_refused_in_a_page() {
    const SECRET: &str = "client-secret-AttackSecret789";
    let endpoint = endpoints::all()
        .find(|e| e.auth == ory_wasm::endpoint::Auth::ClientCredentials)
        .expect("an endpoint sent with client credentials");
    let mut confidential = Configuration::new("https://auth.example").unwrap();
    confidential.username = Some("my-client".to_owned());
    confidential.password = Some(SECRET.to_owned());

    let error = call(&confidential, endpoint, "x", &[], Platform::Browser)
        .expect_err("a client secret from a page must be refused");
    assert_eq!(error.kind, ErrorKind::InvalidArgument);
    assert!(error.message.contains("client secret"), "{}", error.message);
    assert!(
        !error.message.contains(SECRET),
        "the secret is never in a message"
    );

    // From a server it is what the endpoint expects.
    let sent = call(&confidential, endpoint, "x", &[], Platform::Server).expect("from a server");
    assert!(sent
        .headers
        .iter()
        .any(|(name, value)| name == "Authorization" && value.starts_with("Basic ")));

    // A public client (an id, no secret) has nothing to leak; private tooling may opt in.
    let mut public = confidential.clone();
    public.password = None;
    call(&public, endpoint, "x", &[], Platform::Browser).expect("a public client from a page");
    let mut tooling = confidential.clone();
    tooling.allow_api_key_in_browser = true;
    call(&tooling, endpoint, "x", &[], Platform::Browser).expect("opted in");
}
