//! Second factors: TOTP and lookup secrets in settings, AAL2 step-up on login,
//! `session_aal2_required` on whoami / settings.

mod support;

use serde_json::{json, Value};
use support::*;

const EMAIL: &str = "hedy@example.org";
const PASSWORD: &str = "frequency-Hopping-42";

fn totp_now(secret: &str) -> String {
    let now = chrono::Utc::now().timestamp() as u64;
    ory_emulator::mfa::totp_at(secret, now).unwrap_or_default()
}

async fn login_password(c: &Client) -> Resp {
    let f = c.get("/self-service/login/browser").await;
    let id = f.body["id"].as_str().unwrap_or_default().to_string();
    c.post_json(
        &format!("/self-service/login?flow={id}"),
        json!({"method": "password", "csrf_token": csrf_of(&f.body), "identifier": EMAIL, "password": PASSWORD}),
    )
    .await
}

async fn settings_submit(c: &Client, flow: &Value, body: Value) -> Resp {
    let id = flow["id"].as_str().unwrap_or_default();
    let mut b = body;
    if let Some(o) = b.as_object_mut() {
        o.insert("csrf_token".into(), json!(csrf_of(flow)));
    }
    c.post_json(&format!("/self-service/settings?flow={id}"), b)
        .await
}

#[tokio::test]
async fn totp_and_lookup_secrets_with_aal2_step_up() {
    let srv = start(test_config()).await;
    let c = Client::spa(&srv);
    let f = c.get("/self-service/registration/browser").await;
    let id = f.body["id"].as_str().unwrap_or_default().to_string();
    let r = c
        .post_json(
            &format!("/self-service/registration?flow={id}"),
            json!({"method": "password", "csrf_token": csrf_of(&f.body), "traits": {"email": EMAIL}, "password": PASSWORD}),
        )
        .await;
    assert_eq!(r.status, 200);

    // --- TOTP setup nodes
    let s = c.get("/self-service/settings/browser").await;
    assert_eq!(s.status, 200);
    let qr = s.body["ui"]["nodes"]
        .as_array()
        .and_then(|a| {
            a.iter()
                .find(|n| n["attributes"]["id"] == "totp_qr")
                .cloned()
        })
        .unwrap_or_default();
    assert_eq!(qr["type"], "img");
    assert!(qr["attributes"]["src"]
        .as_str()
        .unwrap_or("")
        .starts_with("data:image/png;base64,"));
    assert_eq!(qr["attributes"]["width"], 256);
    assert_eq!(qr["meta"]["label"]["id"], 1050005);
    let secret_node = s.body["ui"]["nodes"]
        .as_array()
        .and_then(|a| {
            a.iter()
                .find(|n| n["attributes"]["id"] == "totp_secret_key")
                .cloned()
        })
        .unwrap_or_default();
    assert_eq!(secret_node["attributes"]["text"]["id"], 1050006);
    assert_eq!(secret_node["meta"]["label"]["id"], 1050017);
    let secret = secret_node["attributes"]["text"]["context"]["secret"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert_eq!(secret_node["attributes"]["text"]["text"], secret.as_str());
    assert_eq!(
        s.node("totp_code").cloned().unwrap_or_default()["meta"]["label"]["id"],
        1070006
    );

    let bad = if totp_now(&secret) == "000000" {
        "111111"
    } else {
        "000000"
    };
    let u = settings_submit(&c, &s.body, json!({"method": "totp", "totp_code": bad})).await;
    assert_eq!(u.status, 400);
    assert_eq!(
        message_ids(&u.node("totp_code").cloned().unwrap_or_default()["messages"]),
        vec![4000008]
    );
    let u = settings_submit(
        &c,
        &s.body,
        json!({"method": "totp", "totp_code": totp_now(&secret)}),
    )
    .await;
    assert_eq!(u.status, 200, "{}", u.body);
    assert_eq!(u.body["state"], "success");
    let unlink = u.node("totp_unlink").cloned().unwrap_or_default();
    assert_eq!(unlink["attributes"]["value"], "true");
    assert_eq!(unlink["meta"]["label"]["id"], 1050004);
    let w = c.get("/sessions/whoami").await;
    assert_eq!(w.body["authenticator_assurance_level"], "aal2");

    // --- lookup secrets: regenerate → confirm → reveal
    let u2 = settings_submit(
        &c,
        &u.body,
        json!({"method": "lookup_secret", "lookup_secret_regenerate": true}),
    )
    .await;
    assert_eq!(u2.status, 200, "{}", u2.body);
    let codes_node = u2.body["ui"]["nodes"]
        .as_array()
        .and_then(|a| {
            a.iter()
                .find(|n| n["attributes"]["id"] == "lookup_secret_codes")
                .cloned()
        })
        .unwrap_or_default();
    assert_eq!(codes_node["attributes"]["text"]["id"], 1050015);
    assert_eq!(codes_node["meta"]["label"]["id"], 1050010);
    let codes: Vec<String> = codes_node["attributes"]["text"]["context"]["secrets"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x["context"]["secret"].as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(codes.len(), 12);
    assert!(u2.node("lookup_secret_confirm").is_some());
    let u3 = settings_submit(
        &c,
        &u2.body,
        json!({"method": "lookup_secret", "lookup_secret_confirm": true}),
    )
    .await;
    assert_eq!(u3.status, 200, "{}", u3.body);
    assert_eq!(u3.body["state"], "success");
    assert!(u3.node("lookup_secret_reveal").is_some());
    assert!(u3.node("lookup_secret_disable").is_some());
    let u4 = settings_submit(&c, &u3.body, json!({"lookup_secret_reveal": "true"})).await;
    assert_eq!(u4.status, 200);
    assert!(u4.body["ui"]["nodes"].as_array().is_some_and(|a| a
        .iter()
        .any(|n| n["attributes"]["id"] == "lookup_secret_codes")));

    // --- a new password login is only aal1: 422 to the aal2 login, whoami / settings refuse
    let out = c.get("/self-service/logout/browser").await;
    c.get(out.body["logout_url"].as_str().unwrap_or_default())
        .await;
    let r = login_password(&c).await;
    assert_eq!(r.status, 422, "{}", r.body);
    assert_eq!(r.error_id(), Some("browser_location_change_required"));
    let to = r.body["redirect_browser_to"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(to.contains("/self-service/login/browser?aal=aal2"), "{to}");
    let w = c.get("/sessions/whoami").await;
    assert_eq!(w.status, 403);
    assert_eq!(w.error_id(), Some("session_aal2_required"));
    assert!(w.body["redirect_browser_to"]
        .as_str()
        .unwrap_or("")
        .contains("aal=aal2"));
    assert!(w.body["error"]["details"]["redirect_browser_to"].is_string());
    let st = c.get("/self-service/settings/browser").await;
    assert_eq!(st.status, 403);
    assert_eq!(st.error_id(), Some("session_aal2_required"));

    // --- aal2 login flow
    let f = c.get("/self-service/login/browser?aal=aal2").await;
    assert_eq!(f.status, 200, "{}", f.body);
    assert_eq!(f.body["requested_aal"], "aal2");
    assert_eq!(message_ids(&f.body["ui"]["messages"]), vec![1010004]);
    assert_eq!(
        node_summary(&f.body),
        vec![
            ("csrf_token".into(), "default".into(), "hidden".into()),
            ("totp_code".into(), "totp".into(), "text".into()),
            ("method".into(), "totp".into(), "submit".into()),
            (
                "lookup_secret".into(),
                "lookup_secret".into(),
                "text".into()
            ),
            ("method".into(), "lookup_secret".into(), "submit".into()),
        ]
    );
    let id = f.body["id"].as_str().unwrap_or_default().to_string();
    let r = c
        .post_json(
            &format!("/self-service/login?flow={id}"),
            json!({"method": "totp", "csrf_token": csrf_of(&f.body), "totp_code": bad}),
        )
        .await;
    assert_eq!(r.status, 400);
    assert_eq!(message_ids(&r.body["ui"]["messages"]), vec![4000008]);
    let r = c
        .post_json(
            &format!("/self-service/login?flow={id}"),
            json!({"method": "totp", "csrf_token": csrf_of(&f.body), "totp_code": totp_now(&secret)}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["session"]["authenticator_assurance_level"], "aal2");
    assert_eq!(c.get("/sessions/whoami").await.status, 200);
    let again = c.get("/self-service/login/browser?aal=aal2").await;
    assert_eq!(again.status, 401);
    assert_eq!(again.error_id(), Some("session_aal_already_fulfilled"));

    // --- lookup secret as second factor, single use
    let b = Client::spa(&srv);
    assert_eq!(login_password(&b).await.status, 422);
    let f = b.get("/self-service/login/browser?aal=aal2").await;
    let id = f.body["id"].as_str().unwrap_or_default().to_string();
    let r = b
        .post_json(
            &format!("/self-service/login?flow={id}"),
            json!({"method": "lookup_secret", "csrf_token": csrf_of(&f.body), "lookup_secret": "nonsense"}),
        )
        .await;
    assert_eq!(r.status, 400);
    assert_eq!(message_ids(&r.body["ui"]["messages"]), vec![4000016]);
    let r = b
        .post_json(
            &format!("/self-service/login?flow={id}"),
            json!({"method": "lookup_secret", "csrf_token": csrf_of(&f.body), "lookup_secret": codes[0]}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let d = Client::spa(&srv);
    assert_eq!(login_password(&d).await.status, 422);
    let f = d.get("/self-service/login/browser?aal=aal2").await;
    let id = f.body["id"].as_str().unwrap_or_default().to_string();
    let r = d
        .post_json(
            &format!("/self-service/login?flow={id}"),
            json!({"method": "lookup_secret", "csrf_token": csrf_of(&f.body), "lookup_secret": codes[0]}),
        )
        .await;
    assert_eq!(r.status, 400);
    assert_eq!(message_ids(&r.body["ui"]["messages"]), vec![4000012]);

    // --- classic browser: password login redirects to the aal2 login
    let h = Client::html(&srv);
    let r = h.get("/self-service/login/browser").await;
    let lid = r
        .location()
        .rsplit("flow=")
        .next()
        .unwrap_or_default()
        .to_string();
    let lf = h
        .get_h(
            &format!("/self-service/login/flows?id={lid}"),
            &[("accept", "application/json")],
        )
        .await;
    let r = h
        .post_form(
            &format!("/self-service/login?flow={lid}"),
            &[
                ("csrf_token", &csrf_of(&lf.body)),
                ("method", "password"),
                ("identifier", EMAIL),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    assert!(r
        .location()
        .contains("/self-service/login/browser?aal=aal2"));
    srv.shutdown().await;
}

#[tokio::test]
async fn whoami_aal1_mode_accepts_aal1_sessions() {
    let mut cfg = test_config();
    cfg.whoami_required_aal = ory_emulator::config::RequiredAal::Aal1;
    let srv = start(cfg).await;
    let c = Client::native(&srv);
    let r = c
        .admin(
            reqwest::Method::POST,
            "/admin/identities",
            Some(json!({"schema_id": "default", "traits": {"email": EMAIL}, "credentials": {"password": {"config": {"password": PASSWORD}}}})),
        )
        .await;
    assert_eq!(r.status, 201);
    let f = c.get("/self-service/login/api").await;
    let id = f.body["id"].as_str().unwrap_or_default().to_string();
    let l = c
        .post_json(
            &format!("/self-service/login?flow={id}"),
            json!({"method": "password", "identifier": EMAIL, "password": PASSWORD}),
        )
        .await;
    assert_eq!(l.status, 200);
    let token = l.body["session_token"]
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
