//! Identifier-first login (`login_style = "identifier_first"`, Kratos'
//! `selfservice.flows.login.style`): step one asks for the identifier only, step two shows the
//! sign-in methods of that account — or, with `account_enumeration_mitigate`, every method
//! whether the account exists or not. Shapes follow Kratos v1.3.1's idfirst strategy and the
//! Ory Network captures in ory/elements' `login/1fa/identifier_first/*` stub responses.

mod support;

use ory_emulator::config::LoginStyle;
use serde_json::{json, Value};
use support::*;

const EMAIL: &str = "ida@example.org";
const PASSWORD: &str = "Identifier-First-2024";

fn config(mitigate: bool) -> ory_emulator::FileConfig {
    let mut cfg = test_config();
    cfg.login_style = LoginStyle::IdentifierFirst;
    cfg.account_enumeration_mitigate = mitigate;
    cfg.methods.oidc = true; // one provider, "emulator": never linked to the password account
    cfg
}

async fn create_account(c: &Client) {
    let r = c
        .admin(
            reqwest::Method::POST,
            "/admin/identities",
            Some(json!({"schema_id": "default", "traits": {"email": EMAIL},
                        "credentials": {"password": {"config": {"password": PASSWORD}}}})),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.body);
}

fn flow_id(v: &Value) -> String {
    v["id"].as_str().unwrap_or_default().to_string()
}

async fn identify(c: &Client, flow: &Value, identifier: &str) -> Resp {
    c.post_json(
        &format!("/self-service/login?flow={}", flow_id(flow)),
        json!({"method": "identifier_first", "csrf_token": csrf_of(flow), "identifier": identifier}),
    )
    .await
}

fn s(a: &str, b: &str, c: &str) -> (String, String, String) {
    (a.into(), b.into(), c.into())
}

#[tokio::test]
async fn step_one_then_the_password_of_a_known_account() {
    let srv = start(config(false)).await;
    let c = Client::spa(&srv);
    create_account(&c).await;

    let f = c.get("/self-service/login/browser").await;
    assert_eq!(f.status, 200);
    assert_eq!(
        node_summary(&f.body),
        vec![
            s("provider", "oidc", "submit"),
            s("csrf_token", "default", "hidden"),
            s("identifier", "identifier_first", "text"),
            s("method", "identifier_first", "submit"),
        ]
    );
    let continue_button = f.node("method").cloned().unwrap_or_default();
    assert_eq!(continue_button["attributes"]["value"], "identifier_first");
    assert_eq!(continue_button["meta"]["label"]["id"], 1070009);
    assert!(f.node("password").is_none(), "no password on step one");

    let r = identify(&c, &f.body, EMAIL).await;
    assert_eq!(r.status, 400, "step two is a validation-style round trip");
    assert_eq!(r.body["active"], "identifier_first");
    assert_eq!(r.body["state"], "choose_method");
    assert_eq!(
        node_summary(&r.body),
        vec![
            s("csrf_token", "default", "hidden"),
            s("identifier", "identifier_first", "hidden"),
            s("password", "password", "password"),
            s("method", "password", "submit"),
        ],
        "the account has no social sign-in: no provider buttons; no Continue"
    );
    assert_eq!(r.node("identifier").unwrap()["attributes"]["value"], EMAIL);
    let submit = r
        .body
        .pointer("/ui/nodes/3/meta/label/id")
        .cloned()
        .unwrap_or_default();
    assert_eq!(submit, 1010022);

    // A wrong password keeps step two (4000006), the right one signs in.
    let wrong = c
        .post_json(
            &format!("/self-service/login?flow={}", flow_id(&r.body)),
            json!({"method": "password", "csrf_token": csrf_of(&r.body), "identifier": EMAIL, "password": "nope-nope-nope"}),
        )
        .await;
    assert_eq!(wrong.status, 400);
    assert_eq!(message_ids(&wrong.body["ui"]["messages"]), vec![4000006]);
    assert_eq!(
        wrong.node("identifier").unwrap()["attributes"]["type"],
        "hidden"
    );
    let ok = c
        .post_json(
            &format!("/self-service/login?flow={}", flow_id(&r.body)),
            json!({"method": "password", "csrf_token": csrf_of(&wrong.body), "identifier": EMAIL, "password": PASSWORD}),
        )
        .await;
    assert_eq!(ok.status, 200, "{}", ok.body);
    assert_eq!(ok.body["session"]["identity"]["traits"]["email"], EMAIL);
    srv.shutdown().await;
}

#[tokio::test]
async fn an_unknown_account_gets_4000037_without_mitigation() {
    let srv = start(config(false)).await;
    let c = Client::spa(&srv);
    let f = c.get("/self-service/login/browser").await;
    let r = identify(&c, &f.body, "nobody@example.org").await;
    assert_eq!(r.status, 400);
    let identifier = r.node("identifier").cloned().unwrap_or_default();
    assert_eq!(identifier["attributes"]["type"], "text");
    assert_eq!(identifier["attributes"]["value"], "nobody@example.org");
    assert_eq!(message_ids(&identifier["messages"]), vec![4000037]);
    assert!(r.node("password").is_none());
    assert_eq!(
        node_summary(&r.body),
        node_summary(&f.body),
        "step one again, social buttons included"
    );
    assert!(r.body.get("active").is_none_or(|a| a.is_null()));

    // An empty identifier: 4000002 on the node.
    let r = identify(&c, &r.body, " ").await;
    assert_eq!(r.status, 400);
    assert_eq!(
        message_ids(&r.node("identifier").unwrap()["messages"]),
        vec![4000002]
    );
    srv.shutdown().await;
}

#[tokio::test]
async fn with_mitigation_known_and_unknown_accounts_look_the_same() {
    let srv = start(config(true)).await;
    let c = Client::spa(&srv);
    create_account(&c).await;

    let known = identify(&c, &c.get("/self-service/login/browser").await.body, EMAIL).await;
    let unknown = identify(
        &c,
        &c.get("/self-service/login/browser").await.body,
        "nobody@example.org",
    )
    .await;
    assert_eq!(known.status, 400);
    assert_eq!(unknown.status, 400);
    assert_eq!(node_summary(&known.body), node_summary(&unknown.body));
    assert_eq!(
        node_summary(&unknown.body),
        vec![
            s("provider", "oidc", "submit"),
            s("csrf_token", "default", "hidden"),
            s("identifier", "identifier_first", "hidden"),
            s("password", "password", "password"),
            s("method", "password", "submit"),
        ],
        "every method, the provider buttons kept"
    );
    assert!(message_ids(&unknown.body["ui"]["messages"]).is_empty());

    // The unknown account's password step fails like a wrong password.
    let r = c
        .post_json(
            &format!("/self-service/login?flow={}", flow_id(&unknown.body)),
            json!({"method": "password", "csrf_token": csrf_of(&unknown.body), "identifier": "nobody@example.org", "password": PASSWORD}),
        )
        .await;
    assert_eq!(r.status, 400);
    assert_eq!(message_ids(&r.body["ui"]["messages"]), vec![4000006]);
    srv.shutdown().await;
}

#[tokio::test]
async fn html_forms_and_native_apps() {
    let srv = start(config(false)).await;
    let admin = Client::spa(&srv);
    create_account(&admin).await;

    // A classic browser: form posts, 303 back to the login UI with the same flow.
    let c = Client::html(&srv);
    let r = c.get("/self-service/login/browser").await;
    assert_eq!(r.status, 303);
    let id = r
        .location()
        .split("flow=")
        .nth(1)
        .unwrap_or_default()
        .to_string();
    let mut spa = c.clone();
    spa.headers = Client::spa(&srv).headers;
    let f = spa.get(&format!("/self-service/login/flows?id={id}")).await;
    let r = c
        .post_form(
            &format!("/self-service/login?flow={id}"),
            &[
                ("method", "identifier_first"),
                ("csrf_token", &csrf_of(&f.body)),
                ("identifier", EMAIL),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    assert_eq!(
        r.location(),
        format!("http://localhost:4455/login?flow={id}")
    );
    let f = spa.get(&format!("/self-service/login/flows?id={id}")).await;
    assert_eq!(
        f.node("identifier").unwrap()["attributes"]["type"],
        "hidden"
    );
    assert!(f.node("password").is_some());

    // A native app: no CSRF, same two steps.
    let n = Client::native(&srv);
    let f = n.get("/self-service/login/api").await;
    assert_eq!(f.node("identifier").unwrap()["group"], "identifier_first");
    let r = identify(&n, &f.body, EMAIL).await;
    assert_eq!(r.status, 400);
    let r = n
        .post_json(
            &format!("/self-service/login?flow={}", flow_id(&r.body)),
            json!({"method": "password", "identifier": EMAIL, "password": PASSWORD}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.body["session_token"].is_string());

    // Refresh and aal2 flows are not identifier-first (Kratos: refresh takes precedence).
    let token = r.body["session_token"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let refresh = n
        .get_h(
            "/self-service/login/api?refresh=true",
            &[("X-Session-Token", &token)],
        )
        .await;
    assert_eq!(refresh.status, 200, "{}", refresh.body);
    assert!(refresh
        .body
        .pointer("/ui/nodes")
        .and_then(|n| n.as_array())
        .is_some_and(|a| a.iter().all(|n| n["group"] != "identifier_first")));
    srv.shutdown().await;
}
