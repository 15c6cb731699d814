//! Captcha (`methods.captcha`): Ory Network's Turnstile captcha group on login and registration
//! (nodes as in ory/elements' `registration/one-step/captcha/interactive/initial-form.json`),
//! answered by the emulator's stand-in provider (widget page, token, `siteverify`).

mod support;

use serde_json::{json, Value};
use support::*;

const EMAIL: &str = "cap@example.org";
const PASSWORD: &str = "Captcha-Solved-9";

fn config() -> ory_emulator::FileConfig {
    let mut cfg = test_config();
    cfg.methods.captcha = true;
    cfg
}

async fn token(c: &Client, action: &str) -> String {
    let r = c
        .post_json("/_emulator/captcha/solve", json!({ "action": action }))
        .await;
    assert_eq!(r.status, 200);
    r.body["token"].as_str().unwrap_or_default().to_string()
}

fn captcha_nodes(flow: &Value) -> Vec<(String, String, String)> {
    node_summary(flow)
        .into_iter()
        .zip(flow["ui"]["nodes"].as_array().cloned().unwrap_or_default())
        .filter(|(_, n)| n["group"] == "captcha")
        .map(|(s, n)| (s.0, n["type"].as_str().unwrap_or_default().to_string(), s.2))
        .collect()
}

#[tokio::test]
async fn login_needs_a_fresh_token_on_every_submit() {
    let srv = start(config()).await;
    let c = Client::spa(&srv);
    let r = c
        .admin(
            reqwest::Method::POST,
            "/admin/identities",
            Some(json!({"schema_id": "default", "traits": {"email": EMAIL},
                        "credentials": {"password": {"config": {"password": PASSWORD}}}})),
        )
        .await;
    assert_eq!(r.status, 201);

    let f = c.get("/self-service/login/browser").await;
    let s = |a: &str, b: &str, c: &str| (a.to_string(), b.to_string(), c.to_string());
    assert_eq!(
        captcha_nodes(&f.body),
        vec![
            s(
                "transient_payload.captcha_turnstile_response",
                "input",
                "hidden"
            ),
            s("captcha_trigger_script", "script", "text/javascript"),
            s("captcha_turnstile_inject", "div", "div"),
            s("captcha_script", "script", "text/javascript"),
            s("captcha_turnstile_options", "input", "hidden"),
        ]
    );
    let options: Value = serde_json::from_str(
        f.node("captcha_turnstile_options").unwrap()["attributes"]["value"]
            .as_str()
            .unwrap_or_default(),
    )
    .unwrap_or_default();
    assert_eq!(options["action"], "login");
    assert_eq!(
        options["response_field_name"],
        "transient_payload.captcha_turnstile_response"
    );
    assert!(options["sitekey"].is_string());

    let url = format!(
        "/self-service/login?flow={}",
        f.body["id"].as_str().unwrap_or_default()
    );
    let submit = |csrf: String, tp: Value| json!({"method": "password", "csrf_token": csrf, "identifier": EMAIL, "password": PASSWORD, "transient_payload": tp});
    // no token, a made-up token, a registration token: 4000038
    for tp in [
        json!({}),
        json!({"captcha_turnstile_response": "forged"}),
        json!({"captcha_turnstile_response": token(&c, "registration").await}),
    ] {
        let r = c.post_json(&url, submit(csrf_of(&f.body), tp)).await;
        assert_eq!(r.status, 400, "{}", r.body);
        assert_eq!(message_ids(&r.body["ui"]["messages"]), vec![4000038]);
        assert!(!captcha_nodes(&r.body).is_empty(), "the captcha stays");
        assert!(
            r.body["transient_payload"]
                .get("captcha_turnstile_response")
                .is_none(),
            "the token is not echoed in the flow"
        );
    }
    // a fresh token: signed in
    let t = token(&c, "login").await;
    let r = c
        .post_json(
            &url,
            submit(
                csrf_of(&f.body),
                json!({"captcha_turnstile_response": t, "k": 1}),
            ),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);

    // a token is good once
    let lo = c.get("/self-service/logout/browser").await;
    c.get(lo.body["logout_url"].as_str().unwrap_or_default())
        .await;
    let f = c.get("/self-service/login/browser").await;
    let r = c
        .post_json(
            &format!(
                "/self-service/login?flow={}",
                f.body["id"].as_str().unwrap_or_default()
            ),
            submit(csrf_of(&f.body), json!({"captcha_turnstile_response": t})),
        )
        .await;
    assert_eq!(message_ids(&r.body["ui"]["messages"]), vec![4000038]);

    srv.shutdown().await;
}

#[tokio::test]
async fn registration_by_form_post_and_the_provider_endpoints() {
    let srv = start(config()).await;
    let spa = Client::spa(&srv);

    // the widget page and the solve page (a person at the widget)
    let h = Client::html(&srv);
    let w = h.get("/_emulator/captcha/widget?action=registration").await;
    assert_eq!(w.status, 200);
    assert!(w
        .header("content-type")
        .unwrap_or_default()
        .starts_with("text/html"));

    // siteverify: once
    let t = token(&spa, "registration").await;
    let v = spa
        .post_form(
            "/_emulator/captcha/siteverify",
            &[("secret", "x"), ("response", &t)],
        )
        .await;
    assert_eq!(v.body, json!({"success": true, "error-codes": []}));
    let v = spa
        .post_form(
            "/_emulator/captcha/siteverify",
            &[("secret", "x"), ("response", &t)],
        )
        .await;
    assert_eq!(v.body["success"], false);

    // a classic form post carries the token as a dotted field name
    let r = h.get("/self-service/registration/browser").await;
    let id = r
        .location()
        .split("flow=")
        .nth(1)
        .unwrap_or_default()
        .to_string();
    let mut j = h.clone();
    j.headers = spa.headers.clone();
    let f = j
        .get(&format!("/self-service/registration/flows?id={id}"))
        .await;
    let t = token(&spa, "registration").await;
    let r = h
        .post_form(
            &format!("/self-service/registration?flow={id}"),
            &[
                ("method", "password"),
                ("csrf_token", &csrf_of(&f.body)),
                ("traits.email", EMAIL),
                ("password", PASSWORD),
                ("transient_payload.captcha_turnstile_response", &t),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    assert_eq!(r.location(), "http://localhost:4455/");
    assert_eq!(j.get("/sessions/whoami").await.status, 200);

    // native flows have no captcha (Ory Network's captcha is for browsers)
    let n = Client::native(&srv)
        .get("/self-service/registration/api")
        .await;
    assert!(captcha_nodes(&n.body).is_empty());
    srv.shutdown().await;
}
