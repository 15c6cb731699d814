//! Social sign-in stand-in: 422 → test provider page → callback, browser and native
//! (session token exchange).

mod support;

use reqwest::Method;
use serde_json::json;
use support::*;

fn oidc_config() -> ory_emulator::FileConfig {
    let mut cfg = test_config();
    cfg.methods.oidc = true;
    // as Kratos, an entry names the app's callback host (`myapp://` alone would have none)
    cfg.allowed_return_urls = vec!["myapp://callback".into()];
    cfg
}

/// Plays the user at the provider: submits the provider form, returns the callback URL.
async fn at_provider(c: &Client, authorize_url: &str, email: &str, sub: &str) -> String {
    let page = c.get_h(authorize_url, &[("accept", "text/html")]).await;
    assert_eq!(page.status, 200);
    assert!(page
        .header("content-type")
        .unwrap_or_default()
        .starts_with("text/html"));
    let u = reqwest::Url::parse(authorize_url).expect("url");
    let q: std::collections::HashMap<_, _> = u.query_pairs().into_owned().collect();
    let r = c
        .post_form(
            &format!("{}/_emulator/oidc/authorize", c.public),
            &[
                ("state", q.get("state").map(String::as_str).unwrap_or("")),
                (
                    "redirect_uri",
                    q.get("redirect_uri").map(String::as_str).unwrap_or(""),
                ),
                ("email", email),
                ("sub", sub),
                ("action", "allow"),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    r.location()
}

#[tokio::test]
async fn spa_sign_in_with_the_test_provider() {
    let srv = start(oidc_config()).await;
    let c = Client::spa(&srv);
    let f = c.get("/self-service/login/browser").await;
    assert_eq!(f.status, 200);
    let p = f.body["ui"]["nodes"][0].clone();
    assert_eq!(p["group"], "oidc");
    assert_eq!(p["attributes"]["name"], "provider");
    assert_eq!(p["attributes"]["value"], "emulator");
    assert_eq!(p["meta"]["label"]["id"], 1010002);
    assert_eq!(p["meta"]["label"]["context"]["provider_id"], "emulator");
    let id = f.body["id"].as_str().unwrap_or_default().to_string();
    let r = c
        .post_json(
            &format!("/self-service/login?flow={id}"),
            json!({"method": "oidc", "provider": "emulator", "csrf_token": csrf_of(&f.body)}),
        )
        .await;
    assert_eq!(r.status, 422);
    assert_eq!(r.error_id(), Some("browser_location_change_required"));
    let to = r.body["redirect_browser_to"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(to.contains("/_emulator/oidc/authorize?"));

    let callback = at_provider(&c, &to, "mary@example.org", "mary-1").await;
    assert!(callback.contains("/self-service/methods/oidc/callback/emulator?code="));
    let done = c.get_h(&callback, &[("accept", "text/html")]).await;
    assert_eq!(done.status, 303);
    assert_eq!(done.location(), "http://localhost:4455/");
    let w = c.get("/sessions/whoami").await;
    assert_eq!(w.status, 200);
    assert_eq!(w.body["identity"]["traits"]["email"], "mary@example.org");
    assert_eq!(w.body["authentication_methods"][0]["method"], "oidc");
    assert_eq!(w.body["authentication_methods"][0]["provider"], "emulator");
    let ident = w.body["identity"]["id"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let a = c
        .admin(Method::GET, &format!("/admin/identities/{ident}"), None)
        .await;
    assert_eq!(
        a.body["credentials"]["oidc"]["identifiers"][0],
        "emulator:mary-1"
    );

    // the same subject signs in to the same identity (registration flow → login)
    let b = Client::html(&srv);
    let r = b.get("/self-service/registration/browser").await;
    let rid = r
        .location()
        .rsplit("flow=")
        .next()
        .unwrap_or_default()
        .to_string();
    let rf = b
        .get_h(
            &format!("/self-service/registration/flows?id={rid}"),
            &[("accept", "application/json")],
        )
        .await;
    assert_eq!(rf.body["ui"]["nodes"][0]["meta"]["label"]["id"], 1040002);
    let r = b
        .post_form(
            &format!("/self-service/registration?flow={rid}"),
            &[("csrf_token", &csrf_of(&rf.body)), ("provider", "emulator")],
        )
        .await;
    assert_eq!(r.status, 303);
    let callback = at_provider(&b, &r.location(), "mary@example.org", "mary-1").await;
    let done = b.get(&callback).await;
    assert_eq!(done.status, 303);
    let w = b
        .get_h("/sessions/whoami", &[("accept", "application/json")])
        .await;
    assert_eq!(w.body["identity"]["id"], ident.as_str());

    // a browser without the continuity cookie cannot complete someone else's flow
    let d = Client::spa(&srv);
    let f = d.get("/self-service/login/browser").await;
    let id = f.body["id"].as_str().unwrap_or_default().to_string();
    let r = d
        .post_json(
            &format!("/self-service/login?flow={id}"),
            json!({"provider": "emulator", "csrf_token": csrf_of(&f.body)}),
        )
        .await;
    let to = r.body["redirect_browser_to"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let callback = at_provider(&d, &to, "eve@example.org", "eve").await;
    let thief = Client::html(&srv);
    let r = thief.get(&callback).await;
    assert_eq!(r.status, 303);
    assert!(r.location().starts_with("http://localhost:4455/error?id="));
    srv.shutdown().await;
}

#[tokio::test]
async fn oidc_email_taken_by_a_password_account_links_after_signing_in() {
    let srv = start(oidc_config()).await;
    let admin = Client::native(&srv);
    for (email, pw) in [
        ("taken@example.org", "some-Password-1"),
        ("other@example.org", "other-Password-2"),
    ] {
        let r = admin
            .admin(
                Method::POST,
                "/admin/identities",
                Some(json!({"schema_id": "default", "traits": {"email": email}, "credentials": {"password": {"config": {"password": pw}}}})),
            )
            .await;
        assert_eq!(r.status, 201);
    }
    // A social sign-up (or sign-in) whose address belongs to an account: a new login flow.
    async fn linking_flow(b: &Client) -> serde_json::Value {
        let f = b.get("/self-service/registration/browser").await;
        let id = f.body["id"].as_str().unwrap_or_default().to_string();
        let r = b
            .post_json(
                &format!("/self-service/registration?flow={id}"),
                json!({"method": "oidc", "provider": "emulator", "csrf_token": csrf_of(&f.body)}),
            )
            .await;
        assert_eq!(r.status, 422);
        let to = r.body["redirect_browser_to"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        let callback = at_provider(b, &to, "taken@example.org", "gh-42").await;
        let r = b.get_h(&callback, &[("accept", "text/html")]).await;
        assert_eq!(r.status, 303);
        let loc = r.location();
        assert!(
            loc.starts_with("http://localhost:4455/login?flow="),
            "{loc}"
        );
        assert!(loc.ends_with("&no_org_ui=true"), "{loc}");
        let lid = loc["http://localhost:4455/login?flow=".len()..]
            .split('&')
            .next()
            .unwrap_or_default()
            .to_string();
        b.get(&format!("/self-service/login/flows?id={lid}"))
            .await
            .body
    }
    let b = Client::spa(&srv);
    let lf = linking_flow(&b).await;
    assert_eq!(lf["active"], "oidc");
    let msg = lf["ui"]["messages"][0].clone();
    assert_eq!(msg["id"], 1010016);
    assert_eq!(msg["type"], "info");
    assert_eq!(msg["context"]["duplicateIdentifier"], "taken@example.org");
    assert_eq!(msg["context"]["duplicate_identifier"], "taken@example.org");
    assert_eq!(msg["context"]["provider"], "Emulator");
    assert_eq!(
        msg["context"]["available_credential_types"],
        json!(["password"])
    );
    assert_eq!(msg["context"]["available_providers"], json!([]));
    assert_eq!(
        msg["context"]["new_login_url"],
        "http://localhost:4455/login"
    );
    assert!(msg["text"].as_str().unwrap_or_default().starts_with(
        "You tried to sign in with \"taken@example.org\", but that email is already used by another account."
    ));
    // as the Ory Network capture (ory/elements login/1fa/account_linking/initial-form.json)
    assert_eq!(
        node_summary(&lf),
        vec![
            (
                "csrf_token".to_string(),
                "default".to_string(),
                "hidden".to_string()
            ),
            ("identifier".into(), "default".into(), "hidden".into()),
            ("password".into(), "password".into(), "password".into()),
            ("method".into(), "password".into(), "submit".into()),
        ],
        "the provider that led here is gone"
    );
    assert_eq!(
        node_in(&lf, "identifier").unwrap()["attributes"]["value"],
        "taken@example.org"
    );

    // Signing in to another account does not link: 4010009.
    let url = format!(
        "/self-service/login?flow={}",
        lf["id"].as_str().unwrap_or_default()
    );
    let r = b
        .post_json(&url, json!({"method": "password", "csrf_token": csrf_of(&lf), "identifier": "other@example.org", "password": "other-Password-2"}))
        .await;
    assert_eq!(r.status, 400, "{}", r.body);
    assert_eq!(message_ids(&r.body["ui"]["messages"]), vec![4010009]);

    // Signing in to the account links the provider; the session names both methods.
    let b = Client::spa(&srv);
    let lf = linking_flow(&b).await;
    let url = format!(
        "/self-service/login?flow={}",
        lf["id"].as_str().unwrap_or_default()
    );
    let r = b
        .post_json(&url, json!({"method": "password", "csrf_token": csrf_of(&lf), "identifier": "taken@example.org", "password": "some-Password-1"}))
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let methods: Vec<&str> = r.body["session"]["authentication_methods"]
        .as_array()
        .map(|a| a.iter().filter_map(|m| m["method"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(methods, vec!["password", "oidc"]);
    let ident = admin
        .admin(
            Method::GET,
            &format!(
                "/admin/identities/{}",
                r.body["session"]["identity"]["id"]
                    .as_str()
                    .unwrap_or_default()
            ),
            None,
        )
        .await;
    assert!(ident.body["credentials"]["oidc"]["identifiers"]
        .as_array()
        .is_some_and(|a| a.iter().any(|i| i == "emulator:gh-42")));

    // From now on the provider signs in to that account directly.
    let c = Client::spa(&srv);
    let f = c.get("/self-service/login/browser").await;
    let id = f.body["id"].as_str().unwrap_or_default().to_string();
    let r = c
        .post_json(
            &format!("/self-service/login?flow={id}"),
            json!({"method": "oidc", "provider": "emulator", "csrf_token": csrf_of(&f.body)}),
        )
        .await;
    let to = r.body["redirect_browser_to"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let callback = at_provider(&c, &to, "taken@example.org", "gh-42").await;
    let r = c.get_h(&callback, &[("accept", "text/html")]).await;
    assert_eq!(r.location(), "http://localhost:4455/");
    let w = c.get("/sessions/whoami").await;
    assert_eq!(w.body["identity"]["traits"]["email"], "taken@example.org");
    srv.shutdown().await;
}

#[tokio::test]
async fn native_app_with_session_token_exchange() {
    let srv = start(oidc_config()).await;
    let app = Client::native(&srv);
    let f = app
        .get("/self-service/login/api?return_session_token_exchange_code=true&return_to=myapp://callback")
        .await;
    assert_eq!(f.status, 200);
    let init_code = f.body["session_token_exchange_code"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(!init_code.is_empty());
    let id = f.body["id"].as_str().unwrap_or_default().to_string();
    let r = app
        .post_json(
            &format!("/self-service/login?flow={id}"),
            json!({"method": "oidc", "provider": "emulator"}),
        )
        .await;
    assert_eq!(r.status, 422);
    let to = r.body["redirect_browser_to"]
        .as_str()
        .unwrap_or_default()
        .to_string();

    // the system browser does the provider leg
    let browser = Client::html(&srv);
    let callback = at_provider(&browser, &to, "native@example.org", "native-1").await;
    let r = browser.get(&callback).await;
    assert_eq!(r.status, 303);
    let loc = r.location();
    assert!(loc.starts_with("myapp://callback?code="), "{loc}");
    let return_code = loc.rsplit("code=").next().unwrap_or_default().to_string();

    let x = app
        .get(&format!(
            "/sessions/token-exchange?init_code={init_code}&return_to_code={return_code}"
        ))
        .await;
    assert_eq!(x.status, 200, "{}", x.body);
    let token = x.body["session_token"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert_eq!(
        x.body["session"]["identity"]["traits"]["email"],
        "native@example.org"
    );
    assert_eq!(
        app.get_h("/sessions/whoami", &[("x-session-token", &token)])
            .await
            .status,
        200
    );
    let again = app
        .get(&format!(
            "/sessions/token-exchange?init_code={init_code}&return_to_code={return_code}"
        ))
        .await;
    assert_eq!(again.status, 404);
    let missing = app.get("/sessions/token-exchange").await;
    assert_eq!(missing.status, 400);
    srv.shutdown().await;
}

#[tokio::test]
async fn settings_link_and_unlink() {
    let srv = start(oidc_config()).await;
    let c = Client::spa(&srv);
    let f = c.get("/self-service/registration/browser").await;
    let id = f.body["id"].as_str().unwrap_or_default().to_string();
    let r = c
        .post_json(
            &format!("/self-service/registration?flow={id}"),
            json!({"method": "password", "csrf_token": csrf_of(&f.body), "traits": {"email": "adele@example.org"}, "password": "Goldberg-Smalltalk-80"}),
        )
        .await;
    assert_eq!(r.status, 200);
    let ident = r.body["identity"]["id"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let s = c.get("/self-service/settings/browser").await;
    let link = s.node("link").cloned().unwrap_or_default();
    assert_eq!(link["group"], "oidc");
    assert_eq!(link["attributes"]["value"], "emulator");
    assert_eq!(link["meta"]["label"]["id"], 1050002);
    let sid = s.body["id"].as_str().unwrap_or_default().to_string();
    let r = c
        .post_json(
            &format!("/self-service/settings?flow={sid}"),
            json!({"csrf_token": csrf_of(&s.body), "link": "emulator"}),
        )
        .await;
    assert_eq!(r.status, 422, "{}", r.body);
    let to = r.body["redirect_browser_to"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let callback = at_provider(&c, &to, "adele@work.example", "adele-gh").await;
    let done = c.get_h(&callback, &[("accept", "text/html")]).await;
    assert_eq!(done.status, 303);
    assert_eq!(
        done.location(),
        format!("http://localhost:4455/settings?flow={sid}")
    );
    let s = c
        .get(&format!("/self-service/settings/flows?id={sid}"))
        .await;
    assert_eq!(s.body["state"], "success");
    let unlink = s.node("unlink").cloned().unwrap_or_default();
    assert_eq!(unlink["meta"]["label"]["id"], 1050003);

    // the linked subject signs in to this identity
    let b = Client::spa(&srv);
    let f = b.get("/self-service/login/browser").await;
    let lid = f.body["id"].as_str().unwrap_or_default().to_string();
    let r = b
        .post_json(
            &format!("/self-service/login?flow={lid}"),
            json!({"provider": "emulator", "csrf_token": csrf_of(&f.body)}),
        )
        .await;
    let to = r.body["redirect_browser_to"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let callback = at_provider(&b, &to, "adele@work.example", "adele-gh").await;
    assert_eq!(
        b.get_h(&callback, &[("accept", "text/html")]).await.status,
        303
    );
    assert_eq!(
        b.get("/sessions/whoami").await.body["identity"]["id"],
        ident.as_str()
    );

    // unlink
    let r = c
        .post_json(
            &format!("/self-service/settings?flow={sid}"),
            json!({"csrf_token": csrf_of(&s.body), "unlink": "emulator"}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.node("link").is_some());
    srv.shutdown().await;
}
