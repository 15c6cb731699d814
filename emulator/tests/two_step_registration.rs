//! Two-step registration (`registration_enable_legacy_one_step = false`, Kratos v1.3's
//! default): the profile first (`method=profile`), then the credentials with the traits hidden
//! and `screen=previous` to go back. Shapes follow Kratos v1.3.1's profile strategy and the Ory
//! Network captures in ory/elements' `registration/two-step/password/*` stub responses.

mod support;

use serde_json::{json, Value};
use support::*;

const EMAIL: &str = "tess@example.org";
const PASSWORD: &str = "Two-Steps-Forward-1";

fn config() -> ory_emulator::FileConfig {
    let mut cfg = test_config();
    cfg.registration_enable_legacy_one_step = false;
    cfg
}

fn s(a: &str, b: &str, c: &str) -> (String, String, String) {
    (a.into(), b.into(), c.into())
}

fn flow_url(v: &Value) -> String {
    format!(
        "/self-service/registration?flow={}",
        v["id"].as_str().unwrap_or_default()
    )
}

#[tokio::test]
async fn profile_then_password() {
    let srv = start(config()).await;
    let c = Client::spa(&srv);
    let f = c.get("/self-service/registration/browser").await;
    assert_eq!(f.status, 200);
    assert_eq!(
        node_summary(&f.body),
        vec![
            s("csrf_token", "default", "hidden"),
            s("traits.email", "default", "email"),
            s("traits.name.first", "default", "text"),
            s("traits.name.last", "default", "text"),
            s("method", "profile", "submit"),
        ],
        "step one: the profile only"
    );
    let profile = f.node("method").cloned().unwrap_or_default();
    assert_eq!(profile["attributes"]["value"], "profile");
    assert_eq!(profile["meta"]["label"]["id"], 1040001);

    // Invalid traits keep step one, with the messages on the fields.
    let r = c
        .post_json(
            &flow_url(&f.body),
            json!({"method": "profile", "csrf_token": csrf_of(&f.body), "traits": {"email": ""}}),
        )
        .await;
    assert_eq!(r.status, 400);
    assert_eq!(node_summary(&r.body), node_summary(&f.body));
    assert!(!message_ids(&r.node("traits.email").unwrap()["messages"]).is_empty());

    // Valid traits: the credentials step (400 + the flow, as Kratos).
    let traits = json!({"email": EMAIL, "name": {"first": "Tess", "last": "Two"}});
    let r = c
        .post_json(
            &flow_url(&f.body),
            json!({"method": "profile", "csrf_token": csrf_of(&r.body), "traits": traits}),
        )
        .await;
    assert_eq!(r.status, 400);
    assert_eq!(r.body["state"], "choose_method");
    assert_eq!(message_ids(&r.body["ui"]["messages"]), vec![1040009]);
    assert_eq!(
        node_summary(&r.body),
        vec![
            s("csrf_token", "default", "hidden"),
            s("traits.email", "default", "hidden"),
            s("traits.name.first", "default", "hidden"),
            s("traits.name.last", "default", "hidden"),
            s("password", "password", "password"),
            s("method", "password", "submit"),
            s("screen", "profile", "submit"),
        ]
    );
    assert_eq!(
        r.node("traits.email").unwrap()["attributes"]["value"],
        EMAIL
    );
    assert_eq!(
        r.node("traits.email").unwrap()["meta"]["label"]["id"],
        1070002,
        "the trait keeps its label"
    );
    let back = r.node("screen").cloned().unwrap_or_default();
    assert_eq!(back["attributes"]["value"], "previous");
    assert_eq!(back["meta"]["label"]["id"], 1040008);

    // Back: the profile again, filled in.
    let b = c
        .post_json(
            &flow_url(&f.body),
            json!({"screen": "previous", "csrf_token": csrf_of(&r.body), "traits": traits}),
        )
        .await;
    assert_eq!(b.status, 400);
    assert_eq!(node_summary(&b.body), node_summary(&f.body));
    assert_eq!(
        b.node("traits.name.first").unwrap()["attributes"]["value"],
        "Tess"
    );
    assert!(message_ids(&b.body["ui"]["messages"]).is_empty());

    // Forward again, then a too short password keeps step two, the right one signs up.
    let r = c
        .post_json(
            &flow_url(&f.body),
            json!({"method": "profile", "csrf_token": csrf_of(&b.body), "traits": traits}),
        )
        .await;
    let short = c
        .post_json(
            &flow_url(&f.body),
            json!({"method": "password", "csrf_token": csrf_of(&r.body), "traits": traits, "password": "short"}),
        )
        .await;
    assert_eq!(short.status, 400);
    assert!(short.node("screen").is_some(), "still step two");
    assert!(!message_ids(&short.node("password").unwrap()["messages"]).is_empty());
    let ok = c
        .post_json(
            &flow_url(&f.body),
            json!({"method": "password", "csrf_token": csrf_of(&short.body), "traits": traits, "password": PASSWORD}),
        )
        .await;
    assert_eq!(ok.status, 200, "{}", ok.body);
    assert_eq!(ok.body["identity"]["traits"]["name"]["first"], "Tess");
    srv.shutdown().await;
}

#[tokio::test]
async fn html_forms_and_the_code_method() {
    let mut cfg = config();
    cfg.methods.code_passwordless = true;
    cfg.methods.oidc = true;
    let srv = start(cfg).await;

    // Social sign-up stays on step one; code is a credential of step two.
    let c = Client::spa(&srv);
    let f = c.get("/self-service/registration/browser").await;
    let groups: Vec<String> = node_summary(&f.body).into_iter().map(|n| n.1).collect();
    assert!(groups.iter().any(|g| g == "oidc"));
    assert!(!groups.iter().any(|g| g == "code" || g == "password"));
    let traits = json!({"email": EMAIL});
    let r = c
        .post_json(
            &flow_url(&f.body),
            json!({"method": "profile", "csrf_token": csrf_of(&f.body), "traits": traits}),
        )
        .await;
    assert!(r.body["ui"]["nodes"]
        .as_array()
        .is_some_and(|a| a.iter().any(|n| n["group"] == "code")));
    // The code step has its own Back button: to the credential selection.
    let sent = c
        .post_json(
            &flow_url(&f.body),
            json!({"method": "code", "csrf_token": csrf_of(&r.body), "traits": traits}),
        )
        .await;
    assert_eq!(sent.status, 400);
    assert_eq!(sent.body["state"], "sent_email");
    let back = sent.node("screen").cloned().unwrap_or_default();
    assert_eq!(back["attributes"]["value"], "credential-selection");
    let again = c
        .post_json(
            &flow_url(&f.body),
            json!({"screen": "credential-selection", "csrf_token": csrf_of(&sent.body), "traits": traits}),
        )
        .await;
    assert_eq!(again.status, 400);
    assert_eq!(again.body["state"], "choose_method");
    assert_eq!(
        again.node("screen").unwrap()["attributes"]["value"],
        "previous"
    );

    // A classic form post: 303 back to the registration UI with the same flow.
    let h = Client::html(&srv);
    let r = h.get("/self-service/registration/browser").await;
    let id = r
        .location()
        .split("flow=")
        .nth(1)
        .unwrap_or_default()
        .to_string();
    let mut spa = h.clone();
    spa.headers = Client::spa(&srv).headers;
    let f = spa
        .get(&format!("/self-service/registration/flows?id={id}"))
        .await;
    let r = h
        .post_form(
            &format!("/self-service/registration?flow={id}"),
            &[
                ("method", "profile"),
                ("csrf_token", &csrf_of(&f.body)),
                ("traits.email", "form@example.org"),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    assert_eq!(
        r.location(),
        format!("http://localhost:4455/registration?flow={id}")
    );
    let f = spa
        .get(&format!("/self-service/registration/flows?id={id}"))
        .await;
    assert_eq!(
        f.node("traits.email").unwrap()["attributes"]["value"],
        "form@example.org"
    );
    assert!(f.node("screen").is_some());
    srv.shutdown().await;
}

#[tokio::test]
async fn one_step_stays_the_default_and_profile_is_not_a_method_there() {
    let srv = start(test_config()).await;
    let c = Client::spa(&srv);
    let f = c.get("/self-service/registration/browser").await;
    assert!(f.node("password").is_some());
    let r = c
        .post_json(
            &flow_url(&f.body),
            json!({"method": "profile", "csrf_token": csrf_of(&f.body), "traits": {"email": EMAIL}}),
        )
        .await;
    assert_eq!(r.status, 400);
    assert_eq!(message_ids(&r.body["ui"]["messages"]), vec![4010003]);
    srv.shutdown().await;
}
