//! Browser flavour, classic navigation: `Accept: text/html`, form posts, 303 redirects.

mod support;

use serde_json::json;
use support::*;

const EMAIL: &str = "grace@example.org";
const PASSWORD: &str = "Hopper-COBOL-59";

fn flow_id_from(location: &str) -> String {
    location
        .rsplit("flow=")
        .next()
        .unwrap_or_default()
        .to_string()
}

#[tokio::test]
async fn html_redirects_forms_and_error_ui() {
    let srv = start(test_config()).await;
    let c = Client::html(&srv);
    let json_view = Client::spa(&srv);

    // init → 303 to the UI with ?flow=
    let r = c.get("/self-service/registration/browser").await;
    assert_eq!(r.status, 303);
    let loc = r.location();
    assert!(
        loc.starts_with("http://localhost:4455/registration?flow="),
        "{loc}"
    );
    let id = flow_id_from(&loc);
    // the UI (server side) fetches the flow forwarding the browser cookies
    let cookie = c.cookie_header();
    let f = json_view
        .get_h(
            &format!("/self-service/registration/flows?id={id}"),
            &[("cookie", &cookie)],
        )
        .await;
    assert_eq!(f.status, 200);
    let csrf = csrf_of(&f.body);

    // invalid form post → 303 back to the UI, messages on the stored flow
    let r = c
        .post_form(
            &format!("/self-service/registration?flow={id}"),
            &[
                ("csrf_token", &csrf),
                ("method", "password"),
                ("traits.email", "nope"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    assert_eq!(flow_id_from(&r.location()), id);
    let f = c
        .get_h(
            &format!("/self-service/registration/flows?id={id}"),
            &[("accept", "application/json")],
        )
        .await;
    assert_eq!(f.status, 200);
    let email = f.node("traits.email").cloned().unwrap_or_default();
    assert_eq!(email["attributes"]["value"], "nope");
    assert_eq!(message_ids(&email["messages"]), vec![4000001]);

    // CSRF failure on a form post → stored error, 303 to the error UI, readable via /self-service/errors
    let r = c
        .post_form(
            &format!("/self-service/registration?flow={id}"),
            &[
                ("csrf_token", "forged"),
                ("method", "password"),
                ("traits.email", EMAIL),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    let loc = r.location();
    assert!(loc.starts_with("http://localhost:4455/error?id="), "{loc}");
    let eid = loc.rsplit("id=").next().unwrap_or_default();
    let e = json_view
        .get(&format!("/self-service/errors?id={eid}"))
        .await;
    assert_eq!(e.status, 200);
    assert_eq!(e.body["error"]["id"], "security_csrf_violation");
    assert_eq!(e.body["error"]["code"], 403);

    // success → 303 to return_to, session cookie set
    let r = c
        .post_form(
            &format!("/self-service/registration?flow={id}"),
            &[
                ("csrf_token", &csrf),
                ("method", "password"),
                ("traits.email", EMAIL),
                ("traits.name.first", "Grace"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    assert_eq!(r.location(), "http://localhost:4455/");
    assert!(r
        .set_cookies()
        .iter()
        .any(|c| c.starts_with("ory_kratos_session=")));

    // logged in: login init redirects to the default return URL
    let r = c.get("/self-service/login/browser").await;
    assert_eq!(r.status, 303);
    assert_eq!(r.location(), "http://localhost:4455/");

    // settings init → 303 to the settings UI
    let r = c.get("/self-service/settings/browser").await;
    assert_eq!(r.status, 303);
    assert!(r
        .location()
        .starts_with("http://localhost:4455/settings?flow="));

    // logout link → 303 to the default return URL
    let lo = c
        .get_h(
            "/self-service/logout/browser",
            &[("accept", "application/json")],
        )
        .await;
    let url = lo.body["logout_url"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let r = c.get(&url).await;
    assert_eq!(r.status, 303);
    assert_eq!(r.location(), "http://localhost:4455/");
    let r = c.get("/self-service/settings/browser").await;
    assert_eq!(r.status, 303);
    assert!(r.location().contains("/self-service/login/browser"));

    // login by form with return_to
    let r = c
        .get("/self-service/login/browser?return_to=http://localhost:4455/dashboard")
        .await;
    assert_eq!(r.status, 303);
    let id = flow_id_from(&r.location());
    let f = c
        .get_h(
            &format!("/self-service/login/flows?id={id}"),
            &[("accept", "application/json")],
        )
        .await;
    let csrf = csrf_of(&f.body);
    let r = c
        .post_form(
            &format!("/self-service/login?flow={id}"),
            &[
                ("csrf_token", &csrf),
                ("method", "password"),
                ("identifier", EMAIL),
                ("password", "bad"),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    assert_eq!(flow_id_from(&r.location()), id);
    let r = c
        .post_form(
            &format!("/self-service/login?flow={id}"),
            &[
                ("csrf_token", &csrf),
                ("method", "password"),
                ("identifier", EMAIL),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    assert_eq!(r.location(), "http://localhost:4455/dashboard");
    srv.shutdown().await;
}

#[tokio::test]
async fn html_expired_flow_redirects_to_a_new_flow() {
    let mut cfg = test_config();
    cfg.flow_lifespan = "1s".into();
    let srv = start(cfg).await;
    let c = Client::html(&srv);
    let r = c.get("/self-service/login/browser").await;
    let id = flow_id_from(&r.location());
    let f = c
        .get_h(
            &format!("/self-service/login/flows?id={id}"),
            &[("accept", "application/json")],
        )
        .await;
    let csrf = csrf_of(&f.body);
    tokio::time::sleep(std::time::Duration::from_millis(1200)).await;
    let r = c
        .post_form(
            &format!("/self-service/login?flow={id}"),
            &[
                ("csrf_token", &csrf),
                ("method", "password"),
                ("identifier", EMAIL),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    let new_id = flow_id_from(&r.location());
    assert_ne!(new_id, id);
    let n = c
        .get_h(
            &format!("/self-service/login/flows?id={new_id}"),
            &[("accept", "application/json")],
        )
        .await;
    assert_eq!(n.status, 200);
    assert_eq!(message_ids(&n.body["ui"]["messages"]), vec![4010001]);
    srv.shutdown().await;
}

#[tokio::test]
async fn cors_with_credentials_for_local_origins() {
    let srv = start(test_config()).await;
    let c = Client::spa(&srv);
    let r = c
        .send(
            reqwest::Method::OPTIONS,
            "/sessions/whoami",
            &[
                ("origin", "http://localhost:8080"),
                ("access-control-request-method", "GET"),
                ("access-control-request-headers", "x-session-token"),
            ],
            None,
        )
        .await;
    assert_eq!(
        r.header("access-control-allow-origin").as_deref(),
        Some("http://localhost:8080")
    );
    assert_eq!(
        r.header("access-control-allow-credentials").as_deref(),
        Some("true")
    );
    let r = c
        .get_h("/sessions/whoami", &[("origin", "http://127.0.0.1:5173")])
        .await;
    assert_eq!(r.status, 401);
    assert_eq!(
        r.header("access-control-allow-origin").as_deref(),
        Some("http://127.0.0.1:5173")
    );
    let r = c
        .get_h("/sessions/whoami", &[("origin", "https://evil.example")])
        .await;
    assert!(r.header("access-control-allow-origin").is_none());
    let _ = json!({});
    srv.shutdown().await;
}
