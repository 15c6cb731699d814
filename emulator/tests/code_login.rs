//! Passwordless login with a one-time code sent by email (`methods.code_passwordless`).

mod support;

use serde_json::json;
use support::*;

const EMAIL: &str = "annie@example.org";

#[tokio::test]
async fn login_with_emailed_code() {
    let mut cfg = test_config();
    cfg.methods.code_passwordless = true;
    let srv = start(cfg).await;
    let c = Client::spa(&srv);
    let r = c
        .admin(
            reqwest::Method::POST,
            "/admin/identities",
            Some(json!({"schema_id": "default", "traits": {"email": EMAIL}})),
        )
        .await;
    assert_eq!(r.status, 201);
    assert_eq!(r.body["credentials"]["code"]["identifiers"][0], EMAIL);

    let f = c.get("/self-service/login/browser").await;
    assert_eq!(f.status, 200);
    let code_btn = f.body["ui"]["nodes"]
        .as_array()
        .and_then(|a| a.iter().find(|n| n["group"] == "code").cloned())
        .unwrap_or_default();
    assert_eq!(code_btn["attributes"]["value"], "code");
    assert_eq!(code_btn["meta"]["label"]["id"], 1010015);
    let id = f.body["id"].as_str().unwrap_or_default().to_string();
    let csrf = csrf_of(&f.body);

    // unknown address
    let r = c
        .post_json(
            &format!("/self-service/login?flow={id}"),
            json!({"method": "code", "csrf_token": csrf, "identifier": "nobody@example.org"}),
        )
        .await;
    assert_eq!(r.status, 400);
    assert_eq!(message_ids(&r.body["ui"]["messages"]), vec![4000035]);

    // code sent: 400 + flow in state sent_email (as Kratos)
    let r = c
        .post_json(
            &format!("/self-service/login?flow={id}"),
            json!({"method": "code", "csrf_token": csrf, "identifier": EMAIL}),
        )
        .await;
    assert_eq!(r.status, 400);
    assert_eq!(r.body["state"], "sent_email");
    assert_eq!(r.body["active"], "code");
    assert_eq!(message_ids(&r.body["ui"]["messages"]), vec![1010014]);
    assert_eq!(
        node_summary(&r.body),
        vec![
            ("csrf_token".into(), "default".into(), "hidden".into()),
            ("identifier".into(), "default".into(), "hidden".into()),
            ("method".into(), "code".into(), "hidden".into()),
            ("code".into(), "code".into(), "text".into()),
            ("method".into(), "code".into(), "submit".into()),
            ("resend".into(), "code".into(), "submit".into()),
        ]
    );
    let msg = latest_message(&c, EMAIL).await;
    assert_eq!(msg["template_type"], "login_code_valid");
    let code = code_in(msg["body"].as_str().unwrap_or_default());

    let bad = if code == "000000" { "111111" } else { "000000" };
    let r = c
        .post_json(
            &format!("/self-service/login?flow={id}"),
            json!({"method": "code", "csrf_token": csrf, "identifier": EMAIL, "code": bad}),
        )
        .await;
    assert_eq!(r.status, 400);
    assert_eq!(message_ids(&r.body["ui"]["messages"]), vec![4010008]);
    let r = c
        .post_json(
            &format!("/self-service/login?flow={id}"),
            json!({"method": "code", "csrf_token": csrf, "identifier": EMAIL, "code": code}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(
        r.body["session"]["authentication_methods"][0]["method"],
        "code"
    );
    assert_eq!(c.get("/sessions/whoami").await.status, 200);
    srv.shutdown().await;
}

#[tokio::test]
async fn registration_with_emailed_code() {
    let mut cfg = test_config();
    cfg.methods.code_passwordless = true;
    let srv = start(cfg).await;
    let c = Client::spa(&srv);
    let f = c.get("/self-service/registration/browser").await;
    assert_eq!(f.status, 200);
    let btn = f.body["ui"]["nodes"]
        .as_array()
        .and_then(|a| a.iter().find(|n| n["group"] == "code").cloned())
        .unwrap_or_default();
    assert_eq!(btn["meta"]["label"]["id"], 1040006);
    let id = f.body["id"].as_str().unwrap_or_default().to_string();
    let csrf = csrf_of(&f.body);
    let traits = json!({"email": "frances@example.org", "name": {"first": "Frances"}});

    let r = c
        .post_json(
            &format!("/self-service/registration?flow={id}"),
            json!({"method": "code", "csrf_token": csrf, "traits": traits}),
        )
        .await;
    assert_eq!(r.status, 400);
    assert_eq!(r.body["state"], "sent_email");
    assert_eq!(message_ids(&r.body["ui"]["messages"]), vec![1040005]);
    assert_eq!(
        r.node("traits.email").cloned().unwrap_or_default()["attributes"]["type"],
        "hidden"
    );
    assert_eq!(
        r.node("code").cloned().unwrap_or_default()["meta"]["label"]["id"],
        1070012
    );
    let msg = latest_message(&c, "frances@example.org").await;
    assert_eq!(msg["template_type"], "registration_code_valid");
    let code = code_in(msg["body"].as_str().unwrap_or_default());

    let r = c
        .post_json(
            &format!("/self-service/registration?flow={id}"),
            json!({"method": "code", "csrf_token": csrf, "traits": {"email": "other@example.org"}, "code": code}),
        )
        .await;
    assert_eq!(r.status, 400);
    assert_eq!(message_ids(&r.body["ui"]["messages"]), vec![4000036]);
    let bad = if code == "000000" { "111111" } else { "000000" };
    let r = c
        .post_json(
            &format!("/self-service/registration?flow={id}"),
            json!({"method": "code", "csrf_token": csrf, "traits": traits, "code": bad}),
        )
        .await;
    assert_eq!(r.status, 400);
    assert_eq!(message_ids(&r.body["ui"]["messages"]), vec![4040003]);
    let r = c
        .post_json(
            &format!("/self-service/registration?flow={id}"),
            json!({"method": "code", "csrf_token": csrf, "traits": traits, "code": code}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(
        r.body["identity"]["verifiable_addresses"][0]["verified"],
        true
    );
    assert_eq!(
        r.body["session"]["authentication_methods"][0]["method"],
        "code"
    );
    let actions: Vec<&str> = r.body["continue_with"]
        .as_array()
        .map(|a| a.iter().filter_map(|x| x["action"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(
        actions,
        vec!["redirect_browser_to"],
        "no verification needed"
    );
    srv.shutdown().await;
}

#[tokio::test]
async fn code_as_second_factor() {
    let mut cfg = test_config();
    cfg.methods.code_mfa = true;
    let srv = start(cfg).await;
    let c = Client::spa(&srv);
    let f = c.get("/self-service/registration/browser").await;
    let id = f.body["id"].as_str().unwrap_or_default().to_string();
    let r = c
        .post_json(
            &format!("/self-service/registration?flow={id}"),
            json!({"method": "password", "csrf_token": csrf_of(&f.body), "traits": {"email": EMAIL}, "password": "Easley-Centaur-1955"}),
        )
        .await;
    assert_eq!(r.status, 200);
    let w = c.get("/sessions/whoami").await;
    assert_eq!(w.status, 403);
    assert_eq!(w.error_id(), Some("session_aal2_required"));

    let f = c.get("/self-service/login/browser?aal=aal2").await;
    assert_eq!(f.status, 200);
    let addr = f.node("address").cloned().unwrap_or_default();
    assert_eq!(addr["attributes"]["value"], EMAIL);
    assert_eq!(addr["meta"]["label"]["id"], 1010023);
    assert_eq!(addr["meta"]["label"]["context"]["address"], EMAIL);
    let id = f.body["id"].as_str().unwrap_or_default().to_string();
    let csrf = csrf_of(&f.body);
    let r = c
        .post_json(
            &format!("/self-service/login?flow={id}"),
            json!({"method": "code", "csrf_token": csrf, "address": EMAIL}),
        )
        .await;
    assert_eq!(r.status, 400);
    assert_eq!(r.body["state"], "sent_email");
    let code = code_in(
        latest_message(&c, EMAIL).await["body"]
            .as_str()
            .unwrap_or_default(),
    );
    let r = c
        .post_json(
            &format!("/self-service/login?flow={id}"),
            json!({"method": "code", "csrf_token": csrf, "identifier": EMAIL, "code": code}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["session"]["authenticator_assurance_level"], "aal2");
    assert_eq!(c.get("/sessions/whoami").await.status, 200);
    srv.shutdown().await;
}
