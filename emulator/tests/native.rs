//! Native (API) flavour: no cookies, session tokens.

mod support;

use reqwest::Method;
use serde_json::json;
use support::*;

const EMAIL: &str = "linus@example.org";
const PASSWORD: &str = "penguin-Tux-1991";

#[tokio::test]
async fn native_registration_login_sessions_logout() {
    let srv = start(test_config()).await;
    let c = Client::native(&srv);

    let f = c.get("/self-service/registration/api").await;
    assert_eq!(f.status, 200);
    assert_eq!(f.body["type"], "api");
    assert_eq!(csrf_of(&f.body), "");
    assert!(f.set_cookies().is_empty(), "API flows set no cookies");
    let id = f.body["id"].as_str().unwrap_or_default().to_string();

    // browser-ish requests are refused on API flows
    let r = c
        .send(
            Method::POST,
            &format!("/self-service/registration?flow={id}"),
            &[("origin", "http://localhost:3000")],
            Some(Body::Json(
                json!({"method": "password", "traits": {"email": EMAIL}, "password": PASSWORD}),
            )),
        )
        .await;
    assert_eq!(r.status, 400);
    assert!(r.body["error"]["reason"]
        .as_str()
        .unwrap_or("")
        .contains("\"Origin\""));
    let r = c
        .send(
            Method::POST,
            &format!("/self-service/registration?flow={id}"),
            &[("cookie", "some_cookie=1")],
            Some(Body::Json(
                json!({"method": "password", "traits": {"email": EMAIL}, "password": PASSWORD}),
            )),
        )
        .await;
    assert_eq!(r.status, 400);
    assert!(r.body["error"]["reason"]
        .as_str()
        .unwrap_or("")
        .contains("\"Cookie\""));

    let r = c
        .post_json(
            &format!("/self-service/registration?flow={id}"),
            json!({"method": "password", "traits": {"email": EMAIL}, "password": PASSWORD}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let token = r.body["session_token"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(!token.is_empty());
    let actions: Vec<&str> = r.body["continue_with"]
        .as_array()
        .map(|a| a.iter().filter_map(|x| x["action"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(
        actions,
        vec!["show_verification_ui", "set_ory_session_token"]
    );
    assert!(
        r.body["continue_with"][0]["flow"].get("url").is_none(),
        "no UI URL for API flows"
    );

    // whoami: X-Session-Token and Authorization: Bearer
    let w = c
        .get_h("/sessions/whoami", &[("x-session-token", &token)])
        .await;
    assert_eq!(w.status, 200);
    let w = c
        .get_h(
            "/sessions/whoami",
            &[("authorization", &format!("Bearer {token}"))],
        )
        .await;
    assert_eq!(w.status, 200);
    let w = c
        .get_h("/sessions/whoami", &[("x-session-token", "nope")])
        .await;
    assert_eq!(w.status, 401);

    // login while logged in (token) → session_already_available
    let l = c
        .get_h("/self-service/login/api", &[("x-session-token", &token)])
        .await;
    assert_eq!(l.status, 400);
    assert_eq!(l.error_id(), Some("session_already_available"));

    // a second login
    let f = c.get("/self-service/login/api").await;
    assert_eq!(f.status, 200);
    assert_eq!(
        node_summary(&f.body),
        vec![
            ("csrf_token".into(), "default".into(), "hidden".into()),
            ("identifier".into(), "default".into(), "text".into()),
            ("password".into(), "password".into(), "password".into()),
            ("method".into(), "password".into(), "submit".into()),
        ]
    );
    let id = f.body["id"].as_str().unwrap_or_default().to_string();
    let r = c
        .post_json(
            &format!("/self-service/login?flow={id}"),
            json!({"method": "password", "identifier": EMAIL, "password": "wrong"}),
        )
        .await;
    assert_eq!(r.status, 400);
    assert_eq!(message_ids(&r.body["ui"]["messages"]), vec![4000006]);
    let r = c
        .post_json(
            &format!("/self-service/login?flow={id}"),
            json!({"method": "password", "identifier": EMAIL, "password": PASSWORD}),
        )
        .await;
    assert_eq!(r.status, 200);
    let token2 = r.body["session_token"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(r.body.get("continue_with").is_none());
    assert_eq!(r.body["session"]["identity"]["traits"]["email"], EMAIL);

    // sessions: list (others), revoke others
    let l = c.get_h("/sessions", &[("x-session-token", &token2)]).await;
    assert_eq!(l.status, 200);
    assert_eq!(l.body.as_array().map(|a| a.len()), Some(1));
    let d = c
        .send(
            Method::DELETE,
            "/sessions",
            &[("x-session-token", &token2)],
            None,
        )
        .await;
    assert_eq!(d.status, 200);
    assert_eq!(d.body["count"], 1);
    assert_eq!(
        c.get_h("/sessions/whoami", &[("x-session-token", &token)])
            .await
            .status,
        401
    );
    assert_eq!(c.get("/sessions").await.status, 401);

    // native settings
    let s = c
        .get_h(
            "/self-service/settings/api",
            &[("x-session-token", &token2)],
        )
        .await;
    assert_eq!(s.status, 200);
    let sid = s.body["id"].as_str().unwrap_or_default().to_string();
    let u = c
        .send(
            Method::POST,
            &format!("/self-service/settings?flow={sid}"),
            &[("x-session-token", &token2)],
            Some(Body::Json(json!({"method": "profile", "traits": {"email": EMAIL, "name": {"first": "Linus"}}}))),
        )
        .await;
    assert_eq!(u.status, 200, "{}", u.body);
    assert_eq!(u.body["state"], "success");
    let u = c
        .post_json(
            &format!("/self-service/settings?flow={sid}"),
            json!({"method": "profile", "traits": {"email": EMAIL}}),
        )
        .await;
    assert_eq!(u.status, 401);
    assert_eq!(u.error_id(), Some("session_inactive"));

    // native logout
    let d = c
        .send(
            Method::DELETE,
            "/self-service/logout/api",
            &[],
            Some(Body::Json(json!({"session_token": token2}))),
        )
        .await;
    assert_eq!(d.status, 204);
    assert_eq!(
        c.get_h("/sessions/whoami", &[("x-session-token", &token2)])
            .await
            .status,
        401
    );
    let d = c
        .send(
            Method::DELETE,
            "/self-service/logout/api",
            &[],
            Some(Body::Json(json!({"session_token": token2}))),
        )
        .await;
    assert_eq!(d.status, 403);
    srv.shutdown().await;
}

#[tokio::test]
async fn native_expired_and_recovery_flows() {
    let mut cfg = test_config();
    cfg.flow_lifespan = "1s".into();
    let srv = start(cfg).await;
    let c = Client::native(&srv);
    let f = c.get("/self-service/registration/api").await;
    let id = f.body["id"].as_str().unwrap_or_default().to_string();
    tokio::time::sleep(std::time::Duration::from_millis(1200)).await;
    let g = c
        .get(&format!("/self-service/registration/flows?id={id}"))
        .await;
    assert_eq!(g.status, 410);
    assert!(g.body["error"]["details"]["api"]
        .as_str()
        .unwrap_or("")
        .ends_with("/self-service/registration/api"));
    let r = c
        .post_json(
            &format!("/self-service/registration?flow={id}"),
            json!({"method": "password", "traits": {"email": EMAIL}, "password": PASSWORD}),
        )
        .await;
    assert_eq!(r.status, 410);
    assert_eq!(r.error_id(), Some("self_service_flow_expired"));
    let new_id = r.body["use_flow_id"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let r = c
        .post_json(
            &format!("/self-service/registration?flow={new_id}"),
            json!({"method": "password", "traits": {"email": EMAIL}, "password": PASSWORD}),
        )
        .await;
    assert_eq!(r.status, 200);

    let f = c.get("/self-service/recovery/api").await;
    assert_eq!(f.status, 200);
    let id = f.body["id"].as_str().unwrap_or_default().to_string();
    let r = c
        .post_json(
            &format!("/self-service/recovery?flow={id}"),
            json!({"method": "code", "email": EMAIL}),
        )
        .await;
    assert_eq!(r.status, 200);
    assert_eq!(r.body["state"], "sent_email");
    let code = code_in(
        latest_message(&c, EMAIL).await["body"]
            .as_str()
            .unwrap_or_default(),
    );
    let r = c
        .post_json(
            &format!("/self-service/recovery?flow={id}"),
            json!({"method": "code", "code": code}),
        )
        .await;
    assert_eq!(r.status, 422);
    assert_eq!(r.error_id(), Some("browser_location_change_required"));
    srv.shutdown().await;
}

#[tokio::test]
async fn native_recovery_with_continue_with_transitions() {
    let mut cfg = test_config();
    cfg.use_continue_with_transitions = true;
    let srv = start(cfg).await;
    let c = Client::native(&srv);
    let f = c.get("/self-service/registration/api").await;
    let id = f.body["id"].as_str().unwrap_or_default().to_string();
    let r = c
        .post_json(
            &format!("/self-service/registration?flow={id}"),
            json!({"method": "password", "traits": {"email": EMAIL}, "password": PASSWORD}),
        )
        .await;
    assert_eq!(r.status, 200);
    let f = c.get("/self-service/recovery/api").await;
    let id = f.body["id"].as_str().unwrap_or_default().to_string();
    c.post_json(
        &format!("/self-service/recovery?flow={id}"),
        json!({"method": "code", "email": EMAIL}),
    )
    .await;
    let code = code_in(
        latest_message(&c, EMAIL).await["body"]
            .as_str()
            .unwrap_or_default(),
    );
    let r = c
        .post_json(
            &format!("/self-service/recovery?flow={id}"),
            json!({"method": "code", "code": code}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["state"], "passed_challenge");
    let actions: Vec<&str> = r.body["continue_with"]
        .as_array()
        .map(|a| a.iter().filter_map(|x| x["action"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(actions, vec!["set_ory_session_token", "show_settings_ui"]);
    let token = r.body["continue_with"][0]["ory_session_token"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert_eq!(
        c.get_h("/sessions/whoami", &[("x-session-token", &token)])
            .await
            .status,
        200
    );
    srv.shutdown().await;
}
