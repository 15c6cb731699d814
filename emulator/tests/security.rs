//! Attacks on the local server itself: DNS rebinding and cross-site requests against the admin
//! API, open redirects through `return_to`, and secrets in the request log.

mod support;

use reqwest::Method;
use serde_json::json;
use support::*;

fn admin_port(srv: &ory_emulator::Running) -> u16 {
    reqwest::Url::parse(&srv.admin_url)
        .ok()
        .and_then(|u| u.port())
        .expect("admin port")
}

fn assert_generic_error(r: &Resp, code: u16) {
    assert_eq!(r.status, code, "{}", r.body);
    let e = &r.body["error"];
    assert_eq!(e["code"], code, "{}", r.body);
    assert!(e["status"].is_string(), "{}", r.body);
    assert!(e["message"].is_string(), "{}", r.body);
    assert!(e["reason"].is_string(), "{}", r.body);
}

async fn identity_count(c: &Client) -> usize {
    let r = c.admin(Method::GET, "/admin/identities", None).await;
    assert_eq!(r.status, 200, "{}", r.body);
    r.body.as_array().map(Vec::len).unwrap_or(0)
}

// ---------------------------------------------------------------- admin API

/// A DNS-rebinding page (`http://rebind.evil.example:<admin port>/` resolving to 127.0.0.1)
/// is same-origin with the admin API as far as the browser is concerned; only the `Host`
/// header gives it away.
#[tokio::test]
async fn admin_refuses_foreign_host_names() {
    let srv = start(test_config()).await;
    let c = Client::native(&srv);
    let port = admin_port(&srv);
    let rebound = format!("rebind.evil.example:{port}");

    let r = c
        .send(
            Method::GET,
            &format!("{}/admin/identities", c.admin),
            &[("host", rebound.as_str())],
            None,
        )
        .await;
    assert_generic_error(&r, 421);
    assert!(r.header("access-control-allow-origin").is_none());

    let r = c
        .send(
            Method::POST,
            &format!("{}/admin/identities", c.admin),
            &[("host", rebound.as_str())],
            Some(Body::Json(
                json!({"schema_id": "default", "traits": {"email": "rebind@example.org"}}),
            )),
        )
        .await;
    assert_generic_error(&r, 421);
    assert_eq!(identity_count(&c).await, 0, "nothing was created");

    // a loopback name on another port is not this server either
    let r = c
        .send(
            Method::GET,
            &format!("{}/admin/identities", c.admin),
            &[("host", "localhost:1")],
            None,
        )
        .await;
    assert_generic_error(&r, 421);

    // loopback names, with or without the port, case-insensitive
    for host in [
        format!("localhost:{port}"),
        format!("127.0.0.1:{port}"),
        format!("[::1]:{port}"),
        format!("LocalHost:{port}"),
        "localhost".to_string(),
        "127.0.0.1".to_string(),
        "[::1]".to_string(),
    ] {
        let r = c
            .send(
                Method::GET,
                &format!("{}/admin/identities", c.admin),
                &[("host", host.as_str())],
                None,
            )
            .await;
        assert_eq!(r.status, 200, "Host: {host} -> {}", r.body);
    }
    srv.shutdown().await;
}

/// Behind a proxy or in a container network the admin API is reached under the host name of
/// its configured `admin_url`; that name is accepted too.
#[tokio::test]
async fn admin_accepts_the_host_of_its_configured_admin_url() {
    // a free port, so that the configured URL and the listener differ only in the host name
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port");
    let mut cfg = test_config();
    cfg.admin_port = Some(port);
    cfg.admin_url = Some("http://kratos-admin.internal:4434/".into());
    let srv = start(cfg).await;
    // the client cannot resolve that name: talk to the loopback listener with that Host header
    let mut c = Client::native(&srv);
    c.admin = format!("http://127.0.0.1:{port}");
    for host in ["kratos-admin.internal:4434", "kratos-admin.internal"] {
        let r = c
            .send(
                Method::GET,
                &format!("{}/admin/identities", c.admin),
                &[("host", host)],
                None,
            )
            .await;
        assert_eq!(r.status, 200, "Host: {host} -> {}", r.body);
    }
    for host in [
        "evil.example:4434",
        "kratos-admin.internal.evil.example:4434",
    ] {
        let r = c
            .send(
                Method::GET,
                &format!("{}/admin/identities", c.admin),
                &[("host", host)],
                None,
            )
            .await;
        assert_generic_error(&r, 421);
    }
    srv.shutdown().await;
}

/// A page on any origin (even `http://localhost:<other port>`) must neither read the admin API
/// (CORS) nor write to it with a "simple" cross-site form post, which needs no preflight.
#[tokio::test]
async fn admin_refuses_requests_from_web_pages() {
    let srv = start(test_config()).await;
    let c = Client::native(&srv);

    // CORS preflight from a local dev page: no Access-Control-Allow-* headers
    let r = c
        .send(
            Method::OPTIONS,
            &format!("{}/admin/identities", c.admin),
            &[
                ("origin", "http://localhost:8080"),
                ("access-control-request-method", "DELETE"),
                ("access-control-request-headers", "authorization"),
            ],
            None,
        )
        .await;
    assert!(r.header("access-control-allow-origin").is_none());
    assert!(r.header("access-control-allow-methods").is_none());
    assert!(r.header("access-control-allow-credentials").is_none());
    assert!(r.status >= 400, "{}", r.status);

    // a fetch() read from a local dev page
    let r = c
        .send(
            Method::GET,
            &format!("{}/admin/identities", c.admin),
            &[("origin", "http://localhost:8080")],
            None,
        )
        .await;
    assert!(r.header("access-control-allow-origin").is_none());
    assert_generic_error(&r, 403);

    // <form method=post action="http://127.0.0.1:4434/admin/identities"> on evil.example
    let r = c
        .send(
            Method::POST,
            &format!("{}/admin/identities", c.admin),
            &[("origin", "https://evil.example")],
            Some(Body::Form(vec![
                ("schema_id".into(), "default".into()),
                ("traits.email".into(), "csrf@example.org".into()),
                (
                    "credentials.password.config.password".into(),
                    "attacker-Chosen-1".into(),
                ),
            ])),
        )
        .await;
    assert_generic_error(&r, 403);
    // the same post where the browser withholds Origin but sends Fetch Metadata
    let r = c
        .send(
            Method::POST,
            &format!("{}/admin/identities", c.admin),
            &[("sec-fetch-site", "cross-site")],
            Some(Body::Form(vec![
                ("schema_id".into(), "default".into()),
                ("traits.email".into(), "csrf@example.org".into()),
            ])),
        )
        .await;
    assert_generic_error(&r, 403);
    assert_eq!(identity_count(&c).await, 0, "nothing was created");

    // scripts and servers (no Origin; Node's fetch sends `Sec-Fetch-Mode: cors` only) still work
    let r = c
        .send(
            Method::POST,
            &format!("{}/admin/identities", c.admin),
            &[("sec-fetch-mode", "cors")],
            Some(Body::Json(
                json!({"schema_id": "default", "traits": {"email": "script@example.org"}}),
            )),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.body);
    srv.shutdown().await;
}

/// The public API is the one pages call cross-origin; it keeps answering any host name and
/// keeps its CORS answers for the configured origins.
#[tokio::test]
async fn public_api_answers_other_host_names() {
    let srv = start(test_config()).await;
    let c = Client::spa(&srv);
    let r = c
        .get_h(
            "/health/alive",
            &[
                ("host", "kratos.example"),
                ("origin", "http://localhost:8080"),
            ],
        )
        .await;
    assert_eq!(r.status, 200);
    assert_eq!(
        r.header("access-control-allow-origin").as_deref(),
        Some("http://localhost:8080")
    );
    srv.shutdown().await;
}

// ---------------------------------------------------------------- return_to

fn return_to_config() -> ory_emulator::FileConfig {
    let mut cfg = test_config();
    cfg.allowed_return_urls = vec![
        "https://app.example.com/app".into(),
        "https://shop.example.org".into(),
        "https://*.example.net/".into(),
    ];
    cfg
}

const REFUSED: &[&str] = &[
    // the allowed entry is only a string prefix of these
    "https://shop.example.org.evil.net/",
    "https://shop.example.orgevil.net/",
    "https://shop.example.org:8443/",
    "https://app.example.com.evil.net/app",
    // userinfo: the real host is evil.net
    "https://shop.example.org@evil.net/",
    "https://shop.example.org:x@evil.net/",
    "https://app.example.com@evil.net/app",
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
    "https://app.example.com/app/ x",
    " https://app.example.com/app",
    // scheme and port must match
    "http://app.example.com/app",
    "https://app.example.com:8443/app",
    "javascript://app.example.com/app%0aalert(1)",
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    // a wildcard allows subdomains, not the domain itself nor look-alikes
    "https://example.net/",
    "https://evilexample.net/",
    "https://a.example.net.evil.org/",
    "http://a.example.net/",
    // relative and scheme-relative
    "//evil.net/",
    "/app",
];

const ACCEPTED: &[&str] = &[
    "https://app.example.com/app",
    "https://app.example.com/app/",
    "https://app.example.com/app/x?y=1#z",
    "https://APP.Example.com/app/x",
    "https://app.example.com:443/app",
    "https://shop.example.org",
    "https://shop.example.org/any/path",
    "https://a.example.net/",
    "https://b.a.example.net/anything",
    // the UI (emulator default allow list)
    "http://localhost:4455/dashboard",
];

fn q(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

fn refused(r: &Resp, what: &str) {
    assert_eq!(r.status, 400, "{what}: {}", r.body);
    assert_eq!(
        r.error_id(),
        Some("self_service_flow_return_to_forbidden"),
        "{what}: {}",
        r.body
    );
}

/// Every place that takes `return_to` goes through the same check.
#[tokio::test]
async fn return_to_is_checked_by_url_not_by_string_prefix() {
    let srv = start(return_to_config()).await;
    let c = Client::spa(&srv);
    let native = Client::native(&srv);
    let inits = [
        "/self-service/login/browser",
        "/self-service/registration/browser",
        "/self-service/recovery/browser",
        "/self-service/verification/browser",
        "/self-service/settings/browser",
    ];
    for bad in REFUSED {
        for init in inits {
            let r = c.get(&format!("{init}?return_to={}", q(bad))).await;
            refused(&r, &format!("{init} {bad:?}"));
        }
        // native apps (social sign-in with token exchange)
        let r = native
            .get(&format!(
                "/self-service/login/api?return_session_token_exchange_code=true&return_to={}",
                q(bad)
            ))
            .await;
        refused(&r, &format!("login/api {bad:?}"));
    }
    for good in ACCEPTED {
        let r = c
            .get(&format!(
                "/self-service/login/browser?return_to={}",
                q(good)
            ))
            .await;
        assert_eq!(r.status, 200, "{good:?}: {}", r.body);
        let got = r.body["return_to"].as_str().unwrap_or_default().to_string();
        let want = reqwest::Url::parse(good).expect("url");
        assert_eq!(
            reqwest::Url::parse(&got).ok().as_ref(),
            Some(&want),
            "{good:?} came back as {got:?}"
        );
    }

    // logout (needs a session)
    let f = c.get("/self-service/registration/browser").await;
    let flow = f.body["id"].as_str().unwrap_or_default().to_string();
    let r = c
        .post_json(
            &format!("/self-service/registration?flow={flow}"),
            json!({
                "method": "password",
                "csrf_token": csrf_of(&f.body),
                "traits": {"email": "ret@example.org"},
                "password": "Return-To-2024!",
            }),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    for bad in REFUSED {
        let r = c
            .get(&format!(
                "/self-service/logout/browser?return_to={}",
                q(bad)
            ))
            .await;
        refused(&r, &format!("logout {bad:?}"));
    }
    let r = c
        .get(&format!(
            "/self-service/logout/browser?return_to={}",
            q("https://app.example.com/app/bye")
        ))
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    srv.shutdown().await;
}

// ---------------------------------------------------------------- request log

/// Runs the binary, sends requests carrying secrets in the query, cookies and headers, and
/// reads what it logged on stderr.
#[test]
fn request_log_shows_no_secrets() {
    use std::io::{BufRead, BufReader, Read};
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_ory-emulator"))
        .args([
            "--public-port",
            "0",
            "--admin-port",
            "0",
            "--db",
            ":memory:",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn emulator");
    let stdout = child.stdout.take().expect("stdout");
    let mut lines = BufReader::new(stdout).lines();
    let public = lines.next().and_then(|l| l.ok()).unwrap_or_default();
    let admin = lines.next().and_then(|l| l.ok()).unwrap_or_default();
    let public = public.trim_start_matches("public: ").to_string();
    let admin = admin.trim_start_matches("admin: ").to_string();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(async {
        let c = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client");
        let urls = [
            format!("{public}/self-service/logout?token=SECRETLOGOUTTOKEN"),
            format!("{public}/self-service/verification?flow=SECRETFLOW&code=SECRETCODE"),
            format!(
                "{public}/sessions/token-exchange?init_code=SECRETINIT&return_to_code=SECRETRET"
            ),
            format!("{public}/sessions/whoami?x=SECRET%0A%5Bpublic%5D+forged"),
            format!("{admin}/admin/courier/messages?recipient=SECRETMAIL%40example.org"),
        ];
        for u in urls {
            let _ = c
                .get(&u)
                .header("cookie", "ory_kratos_session=SECRETCOOKIE")
                .header("x-session-token", "SECRETSESSIONTOKEN")
                .header("authorization", "Bearer SECRETBEARER")
                .send()
                .await
                .expect("request");
        }
    });
    let _ = child.kill();
    let _ = child.wait();
    let mut log = String::new();
    let _ = child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut log);
    assert!(
        log.contains("/self-service/logout"),
        "the requests were logged:\n{log}"
    );
    assert!(log.contains("token"), "parameter names stay:\n{log}");
    assert!(
        !log.contains("SECRET"),
        "a secret leaked into the log:\n{log}"
    );
    assert!(!log.contains("forged"), "log injection:\n{log}");
}
