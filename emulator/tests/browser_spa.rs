//! Browser flavour, SPA style (fetch with `Accept: application/json`, cookie jar).

mod support;

use reqwest::Method;
use serde_json::json;
use sha2::{Digest, Sha256};
use support::*;

const EMAIL: &str = "ada@example.org";
const PASSWORD: &str = "Lovelace-1815!";

async fn register(c: &Client) -> Resp {
    let f = c.get("/self-service/registration/browser").await;
    assert_eq!(f.status, 200);
    let flow = f.body["id"].as_str().unwrap_or_default().to_string();
    c.post_json(
        &format!("/self-service/registration?flow={flow}"),
        json!({
            "method": "password",
            "csrf_token": csrf_of(&f.body),
            "traits": {"email": EMAIL, "name": {"first": "Ada", "last": "Lovelace"}},
            "password": PASSWORD,
        }),
    )
    .await
}

#[tokio::test]
async fn registration_login_whoami_logout() {
    let srv = start(test_config()).await;
    let c = Client::spa(&srv);

    // --- registration flow: shape, CSRF cookie, nodes
    let f = c.get("/self-service/registration/browser").await;
    assert_eq!(f.status, 200);
    assert_eq!(f.body["type"], "browser");
    assert_eq!(f.body["state"], "choose_method");
    assert!(f.body["oauth2_login_challenge"].is_null());
    let cookie_name = format!(
        "csrf_token_{}",
        hex::encode(Sha256::digest(srv.public_url.as_bytes()))
    );
    let set = f.set_cookies();
    let csrf_cookie = set
        .iter()
        .find(|c| c.starts_with(&format!("{cookie_name}=")))
        .unwrap_or_else(|| panic!("no CSRF cookie in {set:?}"));
    assert!(csrf_cookie.contains("HttpOnly"));
    assert!(csrf_cookie.contains("SameSite=Lax"));
    assert_eq!(
        node_summary(&f.body),
        vec![
            ("csrf_token".into(), "default".into(), "hidden".into()),
            ("traits.email".into(), "default".into(), "email".into()),
            ("traits.name.first".into(), "default".into(), "text".into()),
            ("traits.name.last".into(), "default".into(), "text".into()),
            ("password".into(), "password".into(), "password".into()),
            ("method".into(), "password".into(), "submit".into()),
        ]
    );
    let email = f.node("traits.email").cloned().unwrap_or_default();
    assert_eq!(email["attributes"]["required"], true);
    assert_eq!(email["attributes"]["autocomplete"], "email");
    assert_eq!(email["meta"]["label"]["id"], 1070002);
    assert_eq!(email["meta"]["label"]["text"], "E-Mail");
    let submit = f.node("method").cloned().unwrap_or_default();
    assert_eq!(submit["meta"]["label"]["id"], 1040001);
    let csrf = csrf_of(&f.body);
    assert_eq!(csrf.len(), 88, "masked token like Kratos");
    let flow = f.body["id"].as_str().unwrap_or_default().to_string();

    // --- re-fetching the flow needs the CSRF cookie
    let g = c
        .get(&format!("/self-service/registration/flows?id={flow}"))
        .await;
    assert_eq!(g.status, 200);
    let stranger = Client::spa(&srv);
    let g = stranger
        .get(&format!("/self-service/registration/flows?id={flow}"))
        .await;
    assert_eq!(g.status, 403);
    assert_eq!(g.error_id(), Some("security_csrf_violation"));

    // --- missing / wrong CSRF token on submit
    let r = c
        .post_json(
            &format!("/self-service/registration?flow={flow}"),
            json!({"method": "password", "traits": {"email": EMAIL}, "password": PASSWORD}),
        )
        .await;
    assert_eq!(r.status, 403);
    assert_eq!(r.error_id(), Some("security_csrf_violation"));
    assert!(r.body.pointer("/error/details/hint").is_some());

    // --- validation errors: 400 + flow, typed values kept, passwords not
    let r = c
        .post_json(
            &format!("/self-service/registration?flow={flow}"),
            json!({
                "method": "password", "csrf_token": csrf,
                "traits": {"email": "not-an-email", "name": {"first": "Ada"}},
                "password": "short",
            }),
        )
        .await;
    assert_eq!(r.status, 400);
    let email = r.node("traits.email").cloned().unwrap_or_default();
    assert_eq!(email["attributes"]["value"], "not-an-email");
    assert_eq!(message_ids(&email["messages"]), vec![4000001]);
    assert_eq!(
        r.node("traits.name.first")
            .map(|n| n["attributes"]["value"].clone()),
        Some(json!("Ada"))
    );
    assert!(r
        .node("password")
        .and_then(|n| n["attributes"].get("value"))
        .is_none());

    let r = c
        .post_json(
            &format!("/self-service/registration?flow={flow}"),
            json!({"method": "password", "csrf_token": csrf, "traits": {}, "password": ""}),
        )
        .await;
    assert_eq!(r.status, 400);
    let email = r.node("traits.email").cloned().unwrap_or_default();
    assert_eq!(message_ids(&email["messages"]), vec![4000002]);
    assert_eq!(email["messages"][0]["context"]["property"], "email");
    let pw = r.node("password").cloned().unwrap_or_default();
    assert_eq!(message_ids(&pw["messages"]), vec![4000002]);

    // password policy
    let r = c
        .post_json(
            &format!("/self-service/registration?flow={flow}"),
            json!({"method": "password", "csrf_token": csrf, "traits": {"email": EMAIL}, "password": "short"}),
        )
        .await;
    assert_eq!(r.status, 400);
    let pw = r.node("password").cloned().unwrap_or_default();
    assert_eq!(message_ids(&pw["messages"]), vec![4000032]);
    let r = c
        .post_json(
            &format!("/self-service/registration?flow={flow}"),
            json!({"method": "password", "csrf_token": csrf, "traits": {"email": EMAIL}, "password": "ada@example.org1"}),
        )
        .await;
    assert_eq!(r.status, 400);
    assert_eq!(
        message_ids(&r.node("password").cloned().unwrap_or_default()["messages"]),
        vec![4000031]
    );

    // --- success: session cookie + continue_with
    let r = c
        .post_json(
            &format!("/self-service/registration?flow={flow}"),
            json!({
                "method": "password", "csrf_token": csrf,
                "traits": {"email": EMAIL, "name": {"first": "Ada", "last": "Lovelace"}},
                "password": PASSWORD,
            }),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["identity"]["traits"]["email"], EMAIL);
    assert!(r.body.get("session_token").is_none());
    let actions: Vec<&str> = r.body["continue_with"]
        .as_array()
        .map(|a| a.iter().filter_map(|x| x["action"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(actions, vec!["redirect_browser_to", "show_verification_ui"]);
    let session_cookie = r
        .set_cookies()
        .into_iter()
        .find(|c| c.starts_with("ory_kratos_session="))
        .unwrap_or_default();
    assert!(session_cookie.contains("HttpOnly") && session_cookie.contains("SameSite=Lax"));

    // --- whoami
    let w = c.get("/sessions/whoami").await;
    assert_eq!(w.status, 200);
    assert_eq!(w.body["identity"]["traits"]["email"], EMAIL);
    assert_eq!(w.body["authenticator_assurance_level"], "aal1");
    assert_eq!(
        w.header("x-kratos-authenticated-identity-id"),
        w.body["identity"]["id"].as_str().map(String::from)
    );

    // --- login while logged in
    let l = c.get("/self-service/login/browser").await;
    assert_eq!(l.status, 400);
    assert_eq!(l.error_id(), Some("session_already_available"));
    let rr = c.get("/self-service/registration/browser").await;
    assert_eq!(rr.status, 400);
    assert_eq!(rr.error_id(), Some("session_already_available"));

    // --- logout (URL + token, then 204 for JSON)
    let lo = c.get("/self-service/logout/browser").await;
    assert_eq!(lo.status, 200);
    let url = lo.body["logout_url"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(url.contains(lo.body["logout_token"].as_str().unwrap_or("-")));
    let done = c.get(&url).await;
    assert_eq!(done.status, 204);
    let w = c.get("/sessions/whoami").await;
    assert_eq!(w.status, 401);
    assert!(w.error_id().is_none(), "whoami 401 carries no error.id");
    let lo = c.get("/self-service/logout/browser").await;
    assert_eq!(lo.status, 401);
    assert_eq!(lo.error_id(), Some("session_inactive"));

    // --- login: invalid credentials then success
    let f = c.get("/self-service/login/browser").await;
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
    assert_eq!(f.body["requested_aal"], "aal1");
    assert_eq!(f.body["refresh"], false);
    let pw = f.node("password").cloned().unwrap_or_default();
    assert_eq!(pw["attributes"]["autocomplete"], "current-password");
    assert_eq!(pw["meta"]["label"]["id"], 1070001);
    assert_eq!(
        f.node("method").cloned().unwrap_or_default()["meta"]["label"]["id"],
        1010022
    );
    let flow = f.body["id"].as_str().unwrap_or_default().to_string();
    let r = c
        .post_json(
            &format!("/self-service/login?flow={flow}"),
            json!({"method": "password", "csrf_token": csrf_of(&f.body), "identifier": EMAIL, "password": "wrong-password"}),
        )
        .await;
    assert_eq!(r.status, 400);
    assert_eq!(message_ids(&r.body["ui"]["messages"]), vec![4000006]);
    assert_eq!(
        r.node("identifier").cloned().unwrap_or_default()["attributes"]["value"],
        EMAIL
    );
    let r = c
        .post_json(
            &format!("/self-service/login?flow={flow}"),
            json!({"method": "password", "csrf_token": csrf_of(&f.body), "identifier": "", "password": ""}),
        )
        .await;
    assert_eq!(r.status, 400);
    assert_eq!(
        message_ids(&r.node("identifier").cloned().unwrap_or_default()["messages"]),
        vec![4000002]
    );
    let r = c
        .post_json(
            &format!("/self-service/login?flow={flow}"),
            json!({"method": "password", "csrf_token": csrf_of(&f.body), "identifier": EMAIL.to_uppercase(), "password": PASSWORD}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["session"]["identity"]["traits"]["email"], EMAIL);
    assert_eq!(
        r.body["session"]["authentication_methods"][0]["method"],
        "password"
    );
    assert_eq!(r.body["continue_with"][0]["action"], "redirect_browser_to");
    assert!(r.body.get("session_token").is_none());

    // --- my sessions
    let other = Client::spa(&srv);
    let f2 = other.get("/self-service/login/browser").await;
    let flow2 = f2.body["id"].as_str().unwrap_or_default().to_string();
    let r2 = other
        .post_json(
            &format!("/self-service/login?flow={flow2}"),
            json!({"method": "password", "csrf_token": csrf_of(&f2.body), "identifier": EMAIL, "password": PASSWORD}),
        )
        .await;
    assert_eq!(r2.status, 200);
    let list = c.get("/sessions").await;
    assert_eq!(list.status, 200);
    let others = list.body.as_array().cloned().unwrap_or_default();
    assert_eq!(others.len(), 1, "the other browser's session");
    let other_id = others[0]["id"].as_str().unwrap_or_default().to_string();
    let me = c.get("/sessions/whoami").await.body["id"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let d = c
        .send(Method::DELETE, &format!("/sessions/{me}"), &[], None)
        .await;
    assert_eq!(d.status, 400, "cannot revoke the current session");
    let d = c
        .send(Method::DELETE, &format!("/sessions/{other_id}"), &[], None)
        .await;
    assert_eq!(d.status, 204);
    assert_eq!(other.get("/sessions/whoami").await.status, 401);
    let d = c.send(Method::DELETE, "/sessions", &[], None).await;
    assert_eq!(d.status, 200);
    assert_eq!(d.body["count"], 0);

    srv.shutdown().await;
}

#[tokio::test]
async fn registration_then_verification_by_code() {
    let srv = start(test_config()).await;
    let c = Client::spa(&srv);
    let r = register(&c).await;
    assert_eq!(r.status, 200);
    let cw = r.body["continue_with"]
        .as_array()
        .and_then(|a| {
            a.iter()
                .find(|x| x["action"] == "show_verification_ui")
                .cloned()
        })
        .unwrap_or_default();
    assert_eq!(cw["flow"]["verifiable_address"], EMAIL);
    assert!(cw["flow"]["url"]
        .as_str()
        .unwrap_or("")
        .starts_with("http://localhost:4455/verification?flow="));
    let vf = cw["flow"]["id"].as_str().unwrap_or_default().to_string();
    assert_eq!(
        r.body["identity"]["verifiable_addresses"][0]["status"],
        "sent"
    );

    // the verification flow is in state sent_email with the code nodes
    let v = c
        .get(&format!("/self-service/verification/flows?id={vf}"))
        .await;
    assert_eq!(v.status, 200);
    assert_eq!(v.body["state"], "sent_email");
    assert_eq!(message_ids(&v.body["ui"]["messages"]), vec![1080003]);
    assert_eq!(
        v.node("code").cloned().unwrap_or_default()["meta"]["label"]["id"],
        1070011
    );

    let msg = latest_message(&c, EMAIL).await;
    assert_eq!(msg["template_type"], "verification_code_valid");
    let code = code_in(msg["body"].as_str().unwrap_or_default());

    // wrong code
    let bad = if code == "000000" { "111111" } else { "000000" };
    let w = c
        .post_json(
            &format!("/self-service/verification?flow={vf}"),
            json!({"method": "code", "code": bad, "csrf_token": csrf_of(&v.body)}),
        )
        .await;
    assert_eq!(w.status, 200);
    assert_eq!(message_ids(&w.body["ui"]["messages"]), vec![4070006]);

    let ok = c
        .post_json(
            &format!("/self-service/verification?flow={vf}"),
            json!({"method": "code", "code": code, "csrf_token": csrf_of(&v.body)}),
        )
        .await;
    assert_eq!(ok.status, 200);
    assert_eq!(ok.body["state"], "passed_challenge");
    assert_eq!(message_ids(&ok.body["ui"]["messages"]), vec![1080002]);
    assert_eq!(ok.body["ui"]["nodes"][0]["type"], "a");
    let w = c.get("/sessions/whoami").await;
    assert_eq!(
        w.body["identity"]["verifiable_addresses"][0]["verified"],
        true
    );
    assert_eq!(
        w.body["identity"]["verifiable_addresses"][0]["status"],
        "completed"
    );

    // a fresh verification flow: email → code sent (200) → email resend node
    let f = c.get("/self-service/verification/browser").await;
    assert_eq!(f.status, 200);
    assert_eq!(
        node_summary(&f.body),
        vec![
            ("csrf_token".into(), "default".into(), "hidden".into()),
            ("email".into(), "code".into(), "email".into()),
            ("method".into(), "code".into(), "submit".into()),
        ]
    );
    let id = f.body["id"].as_str().unwrap_or_default().to_string();
    let s = c
        .post_json(
            &format!("/self-service/verification?flow={id}"),
            json!({"method": "code", "email": EMAIL, "csrf_token": csrf_of(&f.body)}),
        )
        .await;
    assert_eq!(s.status, 200);
    assert_eq!(s.body["state"], "sent_email");
    let resend = s.body["ui"]["nodes"]
        .as_array()
        .and_then(|a| {
            a.iter()
                .find(|n| n["attributes"]["name"] == "email")
                .cloned()
        })
        .unwrap_or_default();
    assert_eq!(resend["attributes"]["type"], "submit");
    assert_eq!(resend["attributes"]["value"], EMAIL);
    srv.shutdown().await;
}

#[tokio::test]
async fn settings_profile_password_and_privileged_session() {
    let mut cfg = test_config();
    cfg.privileged_session_max_age = "2s".into();
    let srv = start(cfg).await;
    let c = Client::spa(&srv);

    // no session
    let s = c.get("/self-service/settings/browser").await;
    assert_eq!(s.status, 401);
    assert_eq!(s.error_id(), Some("session_inactive"));

    assert_eq!(register(&c).await.status, 200);
    let s = c.get("/self-service/settings/browser").await;
    assert_eq!(s.status, 200);
    assert_eq!(s.body["identity"]["traits"]["email"], EMAIL);
    assert_eq!(
        node_summary(&s.body),
        vec![
            ("csrf_token".into(), "default".into(), "hidden".into()),
            ("traits.email".into(), "profile".into(), "email".into()),
            ("traits.name.first".into(), "profile".into(), "text".into()),
            ("traits.name.last".into(), "profile".into(), "text".into()),
            ("method".into(), "profile".into(), "submit".into()),
            ("password".into(), "password".into(), "password".into()),
            ("method".into(), "password".into(), "submit".into()),
            ("totp_qr".into(), "totp".into(), "img".into()),
            ("totp_secret_key".into(), "totp".into(), "text".into()),
            ("totp_code".into(), "totp".into(), "text".into()),
            ("method".into(), "totp".into(), "submit".into()),
            (
                "lookup_secret_regenerate".into(),
                "lookup_secret".into(),
                "submit".into(),
            ),
        ]
    );
    assert_eq!(
        s.node("traits.email").cloned().unwrap_or_default()["attributes"]["value"],
        EMAIL
    );
    let id = s.body["id"].as_str().unwrap_or_default().to_string();
    let csrf = csrf_of(&s.body);

    // profile update (not privileged-sensitive)
    let u = c
        .post_json(
            &format!("/self-service/settings?flow={id}"),
            json!({"method": "profile", "csrf_token": csrf, "traits": {"email": EMAIL, "name": {"first": "Augusta", "last": "King"}}}),
        )
        .await;
    assert_eq!(u.status, 200, "{}", u.body);
    assert_eq!(u.body["state"], "success");
    assert_eq!(message_ids(&u.body["ui"]["messages"]), vec![1050001]);
    assert_eq!(u.body["identity"]["traits"]["name"]["first"], "Augusta");
    assert_eq!(u.body["continue_with"][0]["action"], "redirect_browser_to");

    // invalid profile → 400 with messages
    let u = c
        .post_json(
            &format!("/self-service/settings?flow={id}"),
            json!({"method": "profile", "csrf_token": csrf, "traits": {"email": "nope"}}),
        )
        .await;
    assert_eq!(u.status, 400);
    assert_eq!(
        message_ids(&u.node("traits.email").cloned().unwrap_or_default()["messages"]),
        vec![4000001]
    );

    // password policy error while privileged
    let u = c
        .post_json(
            &format!("/self-service/settings?flow={id}"),
            json!({"method": "password", "csrf_token": csrf, "password": "short"}),
        )
        .await;
    assert_eq!(u.status, 400);
    assert_eq!(
        message_ids(&u.node("password").cloned().unwrap_or_default()["messages"]),
        vec![4000032]
    );

    // after the privileged window: 403 session_refresh_required
    tokio::time::sleep(std::time::Duration::from_millis(2200)).await;
    let u = c
        .post_json(
            &format!("/self-service/settings?flow={id}"),
            json!({"method": "password", "csrf_token": csrf, "password": "a new Passw0rd!"}),
        )
        .await;
    assert_eq!(u.status, 403);
    assert_eq!(u.error_id(), Some("session_refresh_required"));
    let to = u.body["redirect_browser_to"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(to.contains("/self-service/login/browser?refresh=true&return_to="));

    // re-authenticate with a refresh login flow
    let l = c.get("/self-service/login/browser?refresh=true").await;
    assert_eq!(l.status, 200);
    assert_eq!(l.body["refresh"], true);
    assert_eq!(message_ids(&l.body["ui"]["messages"]), vec![1010003]);
    let ident = l.node("identifier").cloned().unwrap_or_default();
    assert_eq!(ident["attributes"]["type"], "hidden");
    assert_eq!(ident["attributes"]["value"], EMAIL);
    let lid = l.body["id"].as_str().unwrap_or_default().to_string();
    let r = c
        .post_json(
            &format!("/self-service/login?flow={lid}"),
            json!({"method": "password", "csrf_token": csrf_of(&l.body), "identifier": EMAIL, "password": PASSWORD}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(
        r.body["session"]["authentication_methods"]
            .as_array()
            .map(|a| a.len()),
        Some(2)
    );

    // same identity: the CSRF token survives the refresh; re-fetching the flow works too
    let s = c
        .get(&format!("/self-service/settings/flows?id={id}"))
        .await;
    assert_eq!(s.status, 200);
    let u = c
        .post_json(
            &format!("/self-service/settings?flow={id}"),
            json!({"method": "password", "csrf_token": csrf_of(&s.body), "password": "a new Passw0rd!"}),
        )
        .await;
    assert_eq!(u.status, 200, "{}", u.body);
    assert_eq!(u.body["state"], "success");

    // the new password works
    let lo = c.get("/self-service/logout/browser").await;
    let out = c
        .get(lo.body["logout_url"].as_str().unwrap_or_default())
        .await;
    assert_eq!(out.status, 204);
    let l = c.get("/self-service/login/browser").await;
    let lid = l.body["id"].as_str().unwrap_or_default().to_string();
    let r = c
        .post_json(
            &format!("/self-service/login?flow={lid}"),
            json!({"method": "password", "csrf_token": csrf_of(&l.body), "identifier": EMAIL, "password": "a new Passw0rd!"}),
        )
        .await;
    assert_eq!(r.status, 200);
    srv.shutdown().await;
}

#[tokio::test]
async fn recovery_by_code() {
    let srv = start(test_config()).await;
    let c = Client::spa(&srv);
    assert_eq!(register(&c).await.status, 200);
    let b = Client::spa(&srv);

    let f = b.get("/self-service/recovery/browser").await;
    assert_eq!(f.status, 200);
    assert_eq!(f.body["active"], "code");
    assert_eq!(
        node_summary(&f.body),
        vec![
            ("csrf_token".into(), "default".into(), "hidden".into()),
            ("email".into(), "code".into(), "email".into()),
            ("method".into(), "code".into(), "submit".into()),
        ]
    );
    let id = f.body["id"].as_str().unwrap_or_default().to_string();
    let csrf = csrf_of(&f.body);
    let r = b
        .post_json(
            &format!("/self-service/recovery?flow={id}"),
            json!({"method": "code", "csrf_token": csrf}),
        )
        .await;
    assert_eq!(r.status, 400);
    assert_eq!(
        message_ids(&r.node("email").cloned().unwrap_or_default()["messages"]),
        vec![4000002]
    );
    let r = b
        .post_json(
            &format!("/self-service/recovery?flow={id}"),
            json!({"method": "code", "csrf_token": csrf, "email": EMAIL}),
        )
        .await;
    assert_eq!(r.status, 200);
    assert_eq!(r.body["state"], "sent_email");
    assert_eq!(message_ids(&r.body["ui"]["messages"]), vec![1060003]);
    assert_eq!(
        node_summary(&r.body),
        vec![
            ("csrf_token".into(), "default".into(), "hidden".into()),
            ("code".into(), "code".into(), "text".into()),
            ("method".into(), "code".into(), "hidden".into()),
            ("method".into(), "code".into(), "submit".into()),
            ("email".into(), "code".into(), "submit".into()),
        ]
    );
    let msg = latest_message(&c, EMAIL).await;
    assert_eq!(msg["template_type"], "recovery_code_valid");
    let code = code_in(msg["body"].as_str().unwrap_or_default());
    let bad = if code == "000000" { "111111" } else { "000000" };
    let w = b
        .post_json(
            &format!("/self-service/recovery?flow={id}"),
            json!({"method": "code", "csrf_token": csrf, "code": bad}),
        )
        .await;
    assert_eq!(w.status, 200);
    assert_eq!(message_ids(&w.body["ui"]["messages"]), vec![4060006]);
    let ok = b
        .post_json(
            &format!("/self-service/recovery?flow={id}"),
            json!({"method": "code", "csrf_token": csrf, "code": code}),
        )
        .await;
    assert_eq!(ok.status, 422);
    assert_eq!(ok.error_id(), Some("browser_location_change_required"));
    let to = ok.body["redirect_browser_to"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(
        to.starts_with("http://localhost:4455/settings?flow="),
        "{to}"
    );
    let sid = to.rsplit('=').next().unwrap_or_default().to_string();
    let w = b.get("/sessions/whoami").await;
    assert_eq!(w.status, 200);
    assert_eq!(
        w.body["authentication_methods"][0]["method"],
        "code_recovery"
    );
    let s = b
        .get(&format!("/self-service/settings/flows?id={sid}"))
        .await;
    assert_eq!(s.status, 200);
    assert_eq!(message_ids(&s.body["ui"]["messages"]), vec![1060001]);
    let u = b
        .post_json(
            &format!("/self-service/settings?flow={sid}"),
            json!({"method": "password", "csrf_token": csrf_of(&s.body), "password": "recovered Passw0rd!"}),
        )
        .await;
    assert_eq!(u.status, 200, "{}", u.body);
    srv.shutdown().await;
}

#[tokio::test]
async fn expired_flows() {
    let mut cfg = test_config();
    cfg.flow_lifespan = "1s".into();
    let srv = start(cfg).await;
    let c = Client::spa(&srv);
    let f = c
        .get("/self-service/login/browser?return_to=http://localhost:4455/dashboard")
        .await;
    assert_eq!(f.status, 200);
    assert_eq!(f.body["return_to"], "http://localhost:4455/dashboard");
    let id = f.body["id"].as_str().unwrap_or_default().to_string();
    tokio::time::sleep(std::time::Duration::from_millis(1200)).await;
    let g = c.get(&format!("/self-service/login/flows?id={id}")).await;
    assert_eq!(g.status, 410);
    assert_eq!(g.error_id(), Some("self_service_flow_expired"));
    assert!(g.body.get("use_flow_id").is_none());
    assert!(g.body["error"]["details"]["redirect_to"]
        .as_str()
        .unwrap_or("")
        .contains("/self-service/login/browser?return_to="));
    let r = c
        .post_json(
            &format!("/self-service/login?flow={id}"),
            json!({"method": "password", "csrf_token": csrf_of(&f.body), "identifier": EMAIL, "password": PASSWORD}),
        )
        .await;
    assert_eq!(r.status, 410);
    assert_eq!(r.error_id(), Some("self_service_flow_expired"));
    assert!(r.body["since"].as_i64().unwrap_or(0) > 0);
    assert!(r.body["expired_at"].is_string());
    let new_id = r.body["use_flow_id"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let n = c
        .get(&format!("/self-service/login/flows?id={new_id}"))
        .await;
    assert_eq!(n.status, 200);
    assert_eq!(message_ids(&n.body["ui"]["messages"]), vec![4010001]);
    assert_eq!(n.body["return_to"], "http://localhost:4455/dashboard");
    srv.shutdown().await;
}

#[tokio::test]
async fn return_to_and_errors() {
    let srv = start(test_config()).await;
    let c = Client::spa(&srv);
    let f = c
        .get("/self-service/login/browser?return_to=https://evil.example/")
        .await;
    assert_eq!(f.status, 400);
    assert_eq!(f.error_id(), Some("self_service_flow_return_to_forbidden"));
    let nf = c
        .get("/self-service/login/flows?id=4253b0f4-a6d9-4b0a-ba31-00e5cc1c14aa")
        .await;
    assert_eq!(nf.status, 404);
    let e = c
        .get("/self-service/errors?id=4253b0f4-a6d9-4b0a-ba31-00e5cc1c14aa")
        .await;
    assert_eq!(e.status, 404);
    let s = c.get("/schemas").await;
    assert_eq!(s.status, 200);
    let sid = s.body[0]["id"].as_str().unwrap_or_default().to_string();
    assert_eq!(c.get(&format!("/schemas/{sid}")).await.status, 200);
    srv.shutdown().await;
}

#[tokio::test]
async fn protected_traits_need_a_privileged_session() {
    let mut cfg = test_config();
    cfg.privileged_session_max_age = "1s".into();
    let srv = start(cfg).await;
    let c = Client::spa(&srv);
    assert_eq!(register(&c).await.status, 200);
    // logged in: recovery is not available
    let r = c.get("/self-service/recovery/browser").await;
    assert_eq!(r.status, 400);
    assert_eq!(r.error_id(), Some("session_already_available"));

    let s = c.get("/self-service/settings/browser").await;
    let id = s.body["id"].as_str().unwrap_or_default().to_string();
    tokio::time::sleep(std::time::Duration::from_millis(1200)).await;
    // the name is not protected ...
    let u = c
        .post_json(
            &format!("/self-service/settings?flow={id}"),
            json!({"method": "profile", "csrf_token": csrf_of(&s.body), "traits": {"email": EMAIL, "name": {"first": "A."}}}),
        )
        .await;
    assert_eq!(u.status, 200, "{}", u.body);
    // ... the email (an identifier and address) is
    let u = c
        .post_json(
            &format!("/self-service/settings?flow={id}"),
            json!({"method": "profile", "csrf_token": csrf_of(&s.body), "traits": {"email": "new@example.org"}}),
        )
        .await;
    assert_eq!(u.status, 403);
    assert_eq!(u.error_id(), Some("session_refresh_required"));
    srv.shutdown().await;
}
