//! Attacks on the local server itself: DNS rebinding and cross-site requests against the admin
//! API, open redirects through `return_to`, and secrets in the request log.

mod support;

use reqwest::Method;
use serde_json::json;
use support::return_to::{ACCEPTED_RETURN_TO, ALLOWED_RETURN_URLS, REFUSED_RETURN_TO};
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

/// A request to `/admin/identities` with `headers` (which may replace `Host`).
async fn admin_identities(
    c: &Client,
    method: Method,
    headers: &[(&str, &str)],
    body: Option<Body>,
) -> Resp {
    c.send(
        method,
        &format!("{}/admin/identities", c.admin),
        headers,
        body,
    )
    .await
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

    let r = admin_identities(&c, Method::GET, &[("host", rebound.as_str())], None).await;
    assert_generic_error(&r, 421);
    assert!(r.header("access-control-allow-origin").is_none());

    let r = admin_identities(
        &c,
        Method::POST,
        &[("host", rebound.as_str())],
        Some(Body::Json(
            json!({"schema_id": "default", "traits": {"email": "rebind@example.org"}}),
        )),
    )
    .await;
    assert_generic_error(&r, 421);
    assert_eq!(identity_count(&c).await, 0, "nothing was created");

    // a loopback name on another port is not this server either
    let r = admin_identities(&c, Method::GET, &[("host", "localhost:1")], None).await;
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
        let r = admin_identities(&c, Method::GET, &[("host", host.as_str())], None).await;
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
        let r = admin_identities(&c, Method::GET, &[("host", host)], None).await;
        assert_eq!(r.status, 200, "Host: {host} -> {}", r.body);
    }
    for host in [
        "evil.example:4434",
        "kratos-admin.internal.evil.example:4434",
    ] {
        let r = admin_identities(&c, Method::GET, &[("host", host)], None).await;
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
    let r = admin_identities(
        &c,
        Method::OPTIONS,
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
    let r = admin_identities(
        &c,
        Method::GET,
        &[("origin", "http://localhost:8080")],
        None,
    )
    .await;
    assert!(r.header("access-control-allow-origin").is_none());
    assert_generic_error(&r, 403);

    // <form method=post action="http://127.0.0.1:4434/admin/identities"> on evil.example, and
    // the same post where the browser withholds Origin but sends Fetch Metadata
    for header in [
        ("origin", "https://evil.example"),
        ("sec-fetch-site", "cross-site"),
    ] {
        let form = [
            ("schema_id", "default"),
            ("traits.email", "csrf@example.org"),
            ("credentials.password.config.password", "attacker-Chosen-1"),
        ];
        let form = form.map(|(k, v)| (k.to_string(), v.to_string())).to_vec();
        let r = admin_identities(&c, Method::POST, &[header], Some(Body::Form(form))).await;
        assert_generic_error(&r, 403);
    }
    assert_eq!(identity_count(&c).await, 0, "nothing was created");

    // scripts and servers (no Origin; Node's fetch sends `Sec-Fetch-Mode: cors` only) still work
    let r = admin_identities(
        &c,
        Method::POST,
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
    cfg.allowed_return_urls = ALLOWED_RETURN_URLS.iter().map(|u| u.to_string()).collect();
    cfg
}

/// GET `path` with `return_to` (URL-encoded) added to its query.
async fn get_with_return_to(c: &Client, path: &str, return_to: &str) -> Resp {
    let sep = if path.contains('?') { '&' } else { '?' };
    let value: String = form_urlencoded::byte_serialize(return_to.as_bytes()).collect();
    c.get(&format!("{path}{sep}return_to={value}")).await
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
    for bad in REFUSED_RETURN_TO {
        for init in inits {
            let r = get_with_return_to(&c, init, bad).await;
            refused(&r, &format!("{init} {bad:?}"));
        }
        // native apps (social sign-in with token exchange)
        let login_api = "/self-service/login/api?return_session_token_exchange_code=true";
        let r = get_with_return_to(&native, login_api, bad).await;
        refused(&r, &format!("login/api {bad:?}"));
    }
    for good in ACCEPTED_RETURN_TO {
        let r = get_with_return_to(&c, "/self-service/login/browser", good).await;
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
    for bad in REFUSED_RETURN_TO {
        let r = get_with_return_to(&c, "/self-service/logout/browser", bad).await;
        refused(&r, &format!("logout {bad:?}"));
    }
    let bye = "https://app.example.com/app/bye";
    let r = get_with_return_to(&c, "/self-service/logout/browser", bye).await;
    assert_eq!(r.status, 200, "{}", r.body);
    srv.shutdown().await;
}

// ---------------------------------------------------------------- request log

/// Runs the binary, sends requests carrying secrets in the query, cookies and headers, and
/// reads what it logged on stderr.
#[test]
fn request_log_shows_no_secrets() {
    use support::binary::{block_on, raw_client, Emulator};
    let emulator = Emulator::start(&[], true);
    let (public, admin) = (emulator.public_url(), emulator.admin_url());
    block_on(async {
        let c = raw_client();
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
    let log = emulator.stop();
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
