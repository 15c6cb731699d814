//! Admin API: identities, sessions, recovery codes/links, courier; plus persistence across restarts.

mod support;

use reqwest::Method;
use serde_json::json;
use support::*;

async fn native_login(c: &Client, email: &str, password: &str) -> Resp {
    let f = c.get("/self-service/login/api").await;
    let id = f.body["id"].as_str().unwrap_or_default().to_string();
    c.post_json(
        &format!("/self-service/login?flow={id}"),
        json!({"method": "password", "identifier": email, "password": password}),
    )
    .await
}

#[tokio::test]
async fn admin_identities_sessions_and_courier() {
    let srv = start(test_config()).await;
    let c = Client::native(&srv);

    // create with a plain password
    let r = c
        .admin(
            Method::POST,
            "/admin/identities",
            Some(json!({
                "schema_id": "default",
                "traits": {"email": "alan@example.org", "name": {"first": "Alan"}},
                "credentials": {"password": {"config": {"password": "enigma-Bombe-1940"}}},
                "verifiable_addresses": [{"value": "alan@example.org", "verified": true, "via": "email", "status": "completed"}],
                "metadata_public": {"role": "admin"},
            })),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.body);
    let alan = r.body["id"].as_str().unwrap_or_default().to_string();
    assert_eq!(
        r.body["credentials"]["password"]["identifiers"][0],
        "alan@example.org"
    );
    assert!(r.body["credentials"]["password"].get("config").is_none());
    assert_eq!(r.body["verifiable_addresses"][0]["verified"], true);
    assert_eq!(r.body["metadata_public"]["role"], "admin");

    // create with an imported bcrypt hash
    let hash = bcrypt::hash("imported-Secret-42", 4).unwrap_or_default();
    let r = c
        .admin(
            Method::POST,
            "/admin/identities",
            Some(json!({
                "schema_id": "default",
                "traits": {"email": "barbara@example.org"},
                "credentials": {"password": {"config": {"hashed_password": hash}}},
            })),
        )
        .await;
    assert_eq!(r.status, 201);
    let barbara = r.body["id"].as_str().unwrap_or_default().to_string();
    let l = native_login(&c, "barbara@example.org", "imported-Secret-42").await;
    assert_eq!(l.status, 200, "{}", l.body);
    let l = native_login(&c, "alan@example.org", "enigma-Bombe-1940").await;
    assert_eq!(l.status, 200);
    let alan_token = l.body["session_token"]
        .as_str()
        .unwrap_or_default()
        .to_string();

    // conflicts and validation
    let r = c
        .admin(Method::POST, "/admin/identities", Some(json!({"schema_id": "default", "traits": {"email": "ALAN@example.org"}, "credentials": {"password": {"config": {"password": "whatever-Pass-1"}}}})))
        .await;
    assert_eq!(r.status, 409);
    let r = c
        .admin(
            Method::POST,
            "/admin/identities",
            Some(json!({"schema_id": "default", "traits": {"email": "x"}})),
        )
        .await;
    assert_eq!(r.status, 400);
    let r = c
        .admin(Method::POST, "/admin/identities", Some(json!({"schema_id": "default", "traits": {"email": "c@example.org"}, "credentials": {"password": {"config": {"hashed_password": "$md5$nope"}}}})))
        .await;
    assert_eq!(r.status, 400);

    // get (with credentials config on request), 404
    let g = c
        .admin(
            Method::GET,
            &format!("/admin/identities/{alan}?include_credential=password"),
            None,
        )
        .await;
    assert_eq!(g.status, 200);
    assert!(
        g.body["credentials"]["password"]["config"]["hashed_password"]
            .as_str()
            .unwrap_or("")
            .starts_with("$argon2id$")
    );
    let g = c
        .admin(
            Method::GET,
            "/admin/identities/4253b0f4-a6d9-4b0a-ba31-00e5cc1c14aa",
            None,
        )
        .await;
    assert_eq!(g.status, 404);

    // list + pagination
    for i in 0..3 {
        let r = c
            .admin(Method::POST, "/admin/identities", Some(json!({"schema_id": "default", "traits": {"email": format!("user{i}@example.org")}})))
            .await;
        assert_eq!(r.status, 201);
    }
    let l = c.admin(Method::GET, "/admin/identities", None).await;
    assert_eq!(l.status, 200);
    assert_eq!(l.body.as_array().map(|a| a.len()), Some(5));
    let p = c
        .admin(Method::GET, "/admin/identities?page_size=2", None)
        .await;
    assert_eq!(p.body.as_array().map(|a| a.len()), Some(2));
    let link = p.header("link").unwrap_or_default();
    assert!(link.contains("rel=\"next\""), "{link}");
    let p2 = c
        .admin(
            Method::GET,
            "/admin/identities?page_size=2&page_token=4",
            None,
        )
        .await;
    assert_eq!(p2.body.as_array().map(|a| a.len()), Some(1));
    let f = c
        .admin(
            Method::GET,
            "/admin/identities?credentials_identifier=barbara@example.org",
            None,
        )
        .await;
    assert_eq!(f.body[0]["id"], barbara.as_str());

    // update (PUT) and patch
    let u = c
        .admin(
            Method::PUT,
            &format!("/admin/identities/{barbara}"),
            Some(json!({"schema_id": "default", "state": "active", "traits": {"email": "barbara@example.org", "name": {"last": "Liskov"}}})),
        )
        .await;
    assert_eq!(u.status, 200);
    assert_eq!(u.body["traits"]["name"]["last"], "Liskov");
    let p = c
        .admin(
            Method::PATCH,
            &format!("/admin/identities/{barbara}"),
            Some(json!([
                {"op": "replace", "path": "/traits/name/first", "value": "Barbara"},
                {"op": "add", "path": "/metadata_public", "value": {"turing": 2008}},
            ])),
        )
        .await;
    assert_eq!(p.status, 200, "{}", p.body);
    assert_eq!(p.body["traits"]["name"]["first"], "Barbara");
    assert_eq!(p.body["metadata_public"]["turing"], 2008);
    let p = c
        .admin(
            Method::PATCH,
            &format!("/admin/identities/{barbara}"),
            Some(json!([{"op": "replace", "path": "/state", "value": "inactive"}])),
        )
        .await;
    assert_eq!(p.body["state"], "inactive");
    let l = native_login(&c, "barbara@example.org", "imported-Secret-42").await;
    assert_eq!(l.status, 400, "inactive identities cannot sign in");

    // sessions
    let s = c
        .admin(
            Method::GET,
            &format!("/admin/identities/{alan}/sessions"),
            None,
        )
        .await;
    assert_eq!(s.status, 200);
    let sid = s.body[0]["id"].as_str().unwrap_or_default().to_string();
    let g = c
        .admin(Method::GET, &format!("/admin/sessions/{sid}"), None)
        .await;
    assert_eq!(g.status, 200);
    assert_eq!(g.body["identity"]["id"], alan.as_str());
    let e = c
        .admin(
            Method::PATCH,
            &format!("/admin/sessions/{sid}/extend"),
            None,
        )
        .await;
    assert_eq!(e.status, 200);
    let all = c.admin(Method::GET, "/admin/sessions", None).await;
    assert_eq!(all.status, 200);
    assert!(all.body.as_array().map(|a| a.len()).unwrap_or(0) >= 2);
    let d = c
        .admin(
            Method::DELETE,
            &format!("/admin/identities/{alan}/sessions"),
            None,
        )
        .await;
    assert_eq!(d.status, 204);
    assert_eq!(
        c.get_h("/sessions/whoami", &[("x-session-token", &alan_token)])
            .await
            .status,
        401
    );
    let d = c
        .admin(Method::DELETE, &format!("/admin/sessions/{sid}"), None)
        .await;
    assert_eq!(d.status, 204);

    // recovery code (admin) → browser flow, no CSRF needed for the code submit
    let rc = c
        .admin(
            Method::POST,
            "/admin/recovery/code",
            Some(json!({"identity_id": alan, "expires_in": "1h"})),
        )
        .await;
    assert_eq!(rc.status, 201, "{}", rc.body);
    let link = rc.body["recovery_link"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let code = rc.body["recovery_code"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let flow = link.rsplit("flow=").next().unwrap_or_default().to_string();
    let b = Client::spa(&srv);
    let r = b
        .post_json(
            &format!("/self-service/recovery?flow={flow}"),
            json!({"method": "code", "code": code}),
        )
        .await;
    assert_eq!(r.status, 422, "{}", r.body);
    assert_eq!(b.get("/sessions/whoami").await.status, 200);

    // recovery link (admin) → GET with token logs in and redirects to settings
    let rl = c
        .admin(
            Method::POST,
            "/admin/recovery/link",
            Some(json!({"identity_id": alan})),
        )
        .await;
    assert_eq!(rl.status, 200);
    let link = rl.body["recovery_link"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let h = Client::html(&srv);
    let r = h.get(&link).await;
    assert_eq!(r.status, 303);
    assert!(r
        .location()
        .starts_with("http://localhost:4455/settings?flow="));
    let rl = c
        .admin(
            Method::POST,
            "/admin/recovery/link",
            Some(json!({"identity_id": "4253b0f4-a6d9-4b0a-ba31-00e5cc1c14aa"})),
        )
        .await;
    assert_eq!(rl.status, 404);

    // courier: registration sends a verification code
    let reg = c.get("/self-service/registration/api").await;
    let rid = reg.body["id"].as_str().unwrap_or_default().to_string();
    let r = c
        .post_json(
            &format!("/self-service/registration?flow={rid}"),
            json!({"method": "password", "traits": {"email": "katherine@example.org"}, "password": "Johnson-Orbit-62"}),
        )
        .await;
    assert_eq!(r.status, 200);
    let m = latest_message(&c, "katherine@example.org").await;
    assert_eq!(m["status"], "sent");
    let mid = m["id"].as_str().unwrap_or_default().to_string();
    let g = c
        .admin(Method::GET, &format!("/admin/courier/messages/{mid}"), None)
        .await;
    assert_eq!(g.status, 200);
    assert_eq!(g.body["recipient"], "katherine@example.org");
    let all = c
        .admin(Method::GET, "/admin/courier/messages?status=sent", None)
        .await;
    assert!(!all.body.as_array().map(|a| a.is_empty()).unwrap_or(true));

    // delete
    let d = c
        .admin(
            Method::DELETE,
            &format!("/admin/identities/{barbara}"),
            None,
        )
        .await;
    assert_eq!(d.status, 204);
    let d = c
        .admin(
            Method::DELETE,
            &format!("/admin/identities/{barbara}"),
            None,
        )
        .await;
    assert_eq!(d.status, 404);
    srv.shutdown().await;
}

#[tokio::test]
async fn admin_api_key() {
    let mut cfg = test_config();
    cfg.admin_api_key = Some("s3cret".into());
    let srv = start(cfg).await;
    let c = Client::native(&srv);
    let r = c.admin(Method::GET, "/admin/identities", None).await;
    assert_eq!(r.status, 401);
    let url = format!("{}/admin/identities", c.admin);
    let r = c
        .send(
            Method::GET,
            &url,
            &[("authorization", "Bearer s3cret")],
            None,
        )
        .await;
    assert_eq!(r.status, 200);
    srv.shutdown().await;
}

#[tokio::test]
async fn data_survives_a_restart() {
    let dir = std::env::temp_dir().join(format!("ory-emulator-test-{}", uuid::Uuid::new_v4()));
    let db = dir.join("db.sqlite");
    let mut cfg = test_config();
    cfg.db = Some(db.to_string_lossy().into_owned());

    let srv = start(cfg.clone()).await;
    let c = Client::native(&srv);
    let f = c.get("/self-service/registration/api").await;
    let id = f.body["id"].as_str().unwrap_or_default().to_string();
    let r = c
        .post_json(
            &format!("/self-service/registration?flow={id}"),
            json!({"method": "password", "traits": {"email": "margaret@example.org"}, "password": "Apollo-Guidance-11"}),
        )
        .await;
    assert_eq!(r.status, 200);
    let token = r.body["session_token"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let ident = r.body["identity"]["id"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let pending = c.get("/self-service/login/api").await;
    let pending_id = pending.body["id"].as_str().unwrap_or_default().to_string();
    srv.shutdown().await;

    let srv = start(cfg).await;
    let c = Client::native(&srv);
    let w = c
        .get_h("/sessions/whoami", &[("x-session-token", &token)])
        .await;
    assert_eq!(w.status, 200);
    assert_eq!(w.body["identity"]["id"], ident.as_str());
    let g = c
        .admin(Method::GET, &format!("/admin/identities/{ident}"), None)
        .await;
    assert_eq!(g.status, 200);
    let f = c
        .get(&format!("/self-service/login/flows?id={pending_id}"))
        .await;
    assert_eq!(f.status, 200, "flows survive too");
    let l = native_login(&c, "margaret@example.org", "Apollo-Guidance-11").await;
    assert_eq!(l.status, 200);
    let m = latest_message(&c, "margaret@example.org").await;
    assert_eq!(m["template_type"], "verification_code_valid");
    srv.shutdown().await;
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn admin_batch_create_and_credential_removal() {
    let srv = start(test_config()).await;
    let c = Client::native(&srv);
    let r = c
        .admin(
            Method::PATCH,
            "/admin/identities",
            Some(json!({"identities": [
                {"create": {"schema_id": "default", "traits": {"email": "one@example.org"}}, "patch_id": "0b7b6a2e-0f0e-4a3e-9d0c-1d1f6c2f9a11"},
                {"create": {"schema_id": "default", "traits": {"email": "bad"}}},
            ]})),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["identities"][0]["action"], "create");
    assert_eq!(
        r.body["identities"][0]["patch_id"],
        "0b7b6a2e-0f0e-4a3e-9d0c-1d1f6c2f9a11"
    );
    assert_eq!(r.body["identities"][1]["action"], "error");
    let id = r.body["identities"][0]["identity"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let d = c
        .admin(
            Method::DELETE,
            &format!("/admin/identities/{id}/credentials/password"),
            None,
        )
        .await;
    assert_eq!(d.status, 400);
    let d = c
        .admin(
            Method::DELETE,
            &format!("/admin/identities/{id}/credentials/totp"),
            None,
        )
        .await;
    assert_eq!(d.status, 404);
    srv.shutdown().await;
}

#[tokio::test]
async fn disabled_flows() {
    let mut cfg = test_config();
    cfg.registration_enabled = false;
    cfg.recovery_enabled = false;
    let srv = start(cfg).await;
    let c = Client::spa(&srv);
    let r = c.get("/self-service/registration/browser").await;
    assert_eq!(r.status, 400);
    assert_eq!(r.error_id(), Some("self_service_flow_disabled"));
    assert_eq!(r.body["error"]["message"], "registration flow disabled");
    let n = Client::native(&srv);
    let r = n.get("/self-service/recovery/api").await;
    assert_eq!(r.status, 400);
    assert_eq!(r.error_id(), Some("self_service_flow_disabled"));
    srv.shutdown().await;
}
