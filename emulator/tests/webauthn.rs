//! WebAuthn and passkeys with a software authenticator: passkey registration and
//! passwordless login, security keys as a second factor, settings add/remove, the helper script.

mod support;

use serde_json::{json, Value};
use sha2::{Digest, Sha512};
use support::authenticator::SoftAuthenticator;
use support::*;

const ORIGIN: &str = "http://localhost:4455";

fn webauthn_config() -> ory_emulator::FileConfig {
    let mut cfg = test_config();
    cfg.methods.passkey = true;
    cfg.methods.webauthn = true;
    cfg
}

fn node_value(flow: &Value, name: &str) -> Value {
    let raw = node_in(flow, name)
        .and_then(|n| n.pointer("/attributes/value"))
        .and_then(|v| v.as_str())
        .unwrap_or_default()
        .to_string();
    serde_json::from_str(&raw).unwrap_or_else(|e| panic!("{name} value is not JSON ({e}): {raw}"))
}

async fn logout(c: &Client) {
    let lo = c.get("/self-service/logout/browser").await;
    let r = c
        .get(lo.body["logout_url"].as_str().unwrap_or_default())
        .await;
    assert_eq!(r.status, 204);
}

#[tokio::test]
async fn passkey_registration_and_passwordless_login() {
    let srv = start(webauthn_config()).await;
    let c = Client::spa(&srv);
    let mut authn = SoftAuthenticator::new(ORIGIN, "localhost");

    let f = c.get("/self-service/registration/browser").await;
    assert_eq!(f.status, 200);
    let trigger = f
        .node("passkey_register_trigger")
        .cloned()
        .unwrap_or_default();
    assert_eq!(trigger["group"], "passkey");
    assert_eq!(trigger["attributes"]["type"], "button");
    assert_eq!(
        trigger["attributes"]["onclick"],
        "window.oryPasskeyRegistration()"
    );
    assert_eq!(
        trigger["attributes"]["onclickTrigger"],
        "oryPasskeyRegistration"
    );
    assert_eq!(trigger["meta"]["label"]["id"], 1040007);
    let data = node_value(&f.body, "passkey_create_data");
    assert_eq!(data["displayNameFieldName"], "traits.email");
    assert_eq!(
        data["credentialOptions"]["publicKey"]["rp"]["id"],
        "localhost"
    );

    // the helper script: served, and its integrity matches the node
    let script = f.body["ui"]["nodes"]
        .as_array()
        .and_then(|a| a.iter().find(|n| n["type"] == "script").cloned())
        .unwrap_or_default();
    assert_eq!(script["attributes"]["id"], "webauthn_script");
    let src = script["attributes"]["src"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(src.ends_with("/.well-known/ory/webauthn.js"));
    let js = reqwest::get(&src).await.expect("script");
    assert!(js.headers()["content-type"]
        .to_str()
        .unwrap_or("")
        .starts_with("text/javascript"));
    let body = js.bytes().await.unwrap_or_default();
    let integrity = format!(
        "sha512-{}",
        base64::Engine::encode(
            &base64::engine::general_purpose::STANDARD,
            Sha512::digest(&body)
        )
    );
    assert_eq!(script["attributes"]["integrity"], integrity.as_str());
    assert!(String::from_utf8_lossy(&body).contains("oryPasskeyLoginAutocompleteInit"));

    let id = f.body["id"].as_str().unwrap_or_default().to_string();
    let attestation = authn.register(&data["credentialOptions"]);
    let r = c
        .post_json(
            &format!("/self-service/registration?flow={id}"),
            json!({"method": "passkey", "csrf_token": csrf_of(&f.body), "traits": {"email": "ida@example.org"}, "passkey_register": attestation}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(
        r.body["session"]["authentication_methods"][0]["method"],
        "passkey"
    );
    let ident = r.body["identity"]["id"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    logout(&c).await;

    // passwordless login with the passkey
    let f = c.get("/self-service/login/browser").await;
    let identifier = f.node("identifier").cloned().unwrap_or_default();
    assert_eq!(
        identifier["attributes"]["autocomplete"],
        "username webauthn"
    );
    let lt = f.node("passkey_login_trigger").cloned().unwrap_or_default();
    assert_eq!(lt["attributes"]["onclickTrigger"], "oryPasskeyLogin");
    assert_eq!(
        lt["attributes"]["onloadTrigger"],
        "oryPasskeyLoginAutocompleteInit"
    );
    assert_eq!(lt["meta"]["label"]["id"], 1010021);
    assert_eq!(
        f.node("passkey_login").cloned().unwrap_or_default()["attributes"]["onloadTrigger"],
        "oryPasskeyLoginAutocompleteInit"
    );
    let challenge = node_value(&f.body, "passkey_challenge");
    let id = f.body["id"].as_str().unwrap_or_default().to_string();

    // a forged assertion is rejected
    let mut forger = SoftAuthenticator::new(ORIGIN, "localhost");
    forger.cred_id = authn.cred_id.clone();
    let _ = forger.register(&data["credentialOptions"]);
    let forged = forger.assert(&challenge);
    let r = c
        .post_json(
            &format!("/self-service/login?flow={id}"),
            json!({"method": "passkey", "csrf_token": csrf_of(&f.body), "passkey_login": forged}),
        )
        .await;
    assert_eq!(r.status, 400);
    assert_eq!(message_ids(&r.body["ui"]["messages"]), vec![4000001]);
    assert!(r.body["ui"]["messages"][0]["text"]
        .as_str()
        .unwrap_or("")
        .starts_with("Unable to verify the WebAuthn response"));

    let f = c.get("/self-service/login/browser").await;
    let challenge = node_value(&f.body, "passkey_challenge");
    let id = f.body["id"].as_str().unwrap_or_default().to_string();
    let assertion = authn.assert(&challenge);
    let r = c
        .post_json(
            &format!("/self-service/login?flow={id}"),
            json!({"method": "passkey", "csrf_token": csrf_of(&f.body), "passkey_login": assertion}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["session"]["identity"]["id"], ident.as_str());
    assert_eq!(
        r.body["session"]["authentication_methods"][0]["method"],
        "passkey"
    );

    // settings: a second passkey, then remove it
    let s = c.get("/self-service/settings/browser").await;
    assert_eq!(s.status, 200);
    let removes: Vec<Value> = s.body["ui"]["nodes"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter(|n| n["attributes"]["name"] == "passkey_remove")
                .cloned()
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(removes.len(), 1);
    assert_eq!(removes[0]["meta"]["label"]["id"], 1050020);
    let add = s
        .node("passkey_register_trigger")
        .cloned()
        .unwrap_or_default();
    assert_eq!(
        add["attributes"]["onclickTrigger"],
        "oryPasskeySettingsRegistration"
    );
    let mut second = SoftAuthenticator::new(ORIGIN, "localhost");
    let att = second.register(&node_value(&s.body, "passkey_create_data"));
    let sid = s.body["id"].as_str().unwrap_or_default().to_string();
    let u = c
        .post_json(
            &format!("/self-service/settings?flow={sid}"),
            json!({"method": "passkey", "csrf_token": csrf_of(&s.body), "passkey_settings_register": att}),
        )
        .await;
    assert_eq!(u.status, 200, "{}", u.body);
    let removes: Vec<String> = u.body["ui"]["nodes"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter(|n| n["attributes"]["name"] == "passkey_remove")
                .filter_map(|n| n["attributes"]["value"].as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(removes.len(), 2);
    assert!(removes.contains(&hex::encode(&second.cred_id)));
    let u = c
        .post_json(
            &format!("/self-service/settings?flow={sid}"),
            json!({"csrf_token": csrf_of(&u.body), "passkey_remove": hex::encode(&second.cred_id)}),
        )
        .await;
    assert_eq!(u.status, 200, "{}", u.body);
    let n = u.body["ui"]["nodes"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter(|n| n["attributes"]["name"] == "passkey_remove")
                .count()
        })
        .unwrap_or(0);
    assert_eq!(n, 1);
    srv.shutdown().await;
}

#[tokio::test]
async fn security_key_as_second_factor() {
    let srv = start(webauthn_config()).await;
    let c = Client::spa(&srv);
    let f = c.get("/self-service/registration/browser").await;
    let id = f.body["id"].as_str().unwrap_or_default().to_string();
    let r = c
        .post_json(
            &format!("/self-service/registration?flow={id}"),
            json!({"method": "password", "csrf_token": csrf_of(&f.body), "traits": {"email": "joan@example.org"}, "password": "Clarke-ENIAC-1946"}),
        )
        .await;
    assert_eq!(r.status, 200);

    let s = c.get("/self-service/settings/browser").await;
    let trig = s
        .node("webauthn_register_trigger")
        .cloned()
        .unwrap_or_default();
    assert_eq!(
        trig["attributes"]["onclickTrigger"],
        "oryWebAuthnRegistration"
    );
    assert!(trig["attributes"]["onclick"]
        .as_str()
        .unwrap_or("")
        .starts_with("window.oryWebAuthnRegistration({"));
    assert_eq!(trig["meta"]["label"]["id"], 1050012);
    assert_eq!(
        s.node("webauthn_register_displayname")
            .cloned()
            .unwrap_or_default()["meta"]["label"]["id"],
        1050013
    );
    let mut key = SoftAuthenticator::new(ORIGIN, "localhost");
    let att = key.register(&node_value(&s.body, "webauthn_register_trigger"));
    let sid = s.body["id"].as_str().unwrap_or_default().to_string();
    let u = c
        .post_json(
            &format!("/self-service/settings?flow={sid}"),
            json!({"method": "webauthn", "csrf_token": csrf_of(&s.body), "webauthn_register": att}),
        )
        .await;
    assert_eq!(u.status, 400, "display name required");
    let u = c
        .post_json(
            &format!("/self-service/settings?flow={sid}"),
            json!({"method": "webauthn", "csrf_token": csrf_of(&s.body), "webauthn_register": att, "webauthn_register_displayname": "My key"}),
        )
        .await;
    assert_eq!(u.status, 200, "{}", u.body);
    let rm = u.node("webauthn_remove").cloned().unwrap_or_default();
    assert_eq!(rm["attributes"]["value"], hex::encode(&key.cred_id));
    assert_eq!(rm["meta"]["label"]["id"], 1050018);
    assert_eq!(rm["meta"]["label"]["context"]["display_name"], "My key");
    assert_eq!(
        c.get("/sessions/whoami").await.body["authenticator_assurance_level"],
        "aal2"
    );

    // password login now needs the key
    logout(&c).await;
    let f = c.get("/self-service/login/browser").await;
    let id = f.body["id"].as_str().unwrap_or_default().to_string();
    let r = c
        .post_json(
            &format!("/self-service/login?flow={id}"),
            json!({"method": "password", "csrf_token": csrf_of(&f.body), "identifier": "joan@example.org", "password": "Clarke-ENIAC-1946"}),
        )
        .await;
    assert_eq!(r.status, 422);
    let f = c.get("/self-service/login/browser?aal=aal2").await;
    assert_eq!(f.status, 200);
    assert_eq!(
        f.node("identifier").cloned().unwrap_or_default()["attributes"]["value"],
        "joan@example.org"
    );
    let lt = f
        .node("webauthn_login_trigger")
        .cloned()
        .unwrap_or_default();
    assert_eq!(lt["attributes"]["onclickTrigger"], "oryWebAuthnLogin");
    assert_eq!(lt["meta"]["label"]["id"], 1010008);
    let id = f.body["id"].as_str().unwrap_or_default().to_string();
    let assertion = key.assert(&node_value(&f.body, "webauthn_login_trigger"));
    let r = c
        .post_json(
            &format!("/self-service/login?flow={id}"),
            json!({"method": "webauthn", "csrf_token": csrf_of(&f.body), "webauthn_login": assertion}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["session"]["authenticator_assurance_level"], "aal2");

    // remove the key
    let s = c.get("/self-service/settings/browser").await;
    let sid = s.body["id"].as_str().unwrap_or_default().to_string();
    let u = c
        .post_json(
            &format!("/self-service/settings?flow={sid}"),
            json!({"csrf_token": csrf_of(&s.body), "webauthn_remove": hex::encode(&key.cred_id)}),
        )
        .await;
    assert_eq!(u.status, 200, "{}", u.body);
    assert!(u.node("webauthn_remove").is_none());
    srv.shutdown().await;
}

#[tokio::test]
async fn passwordless_security_key_two_step_login() {
    let mut cfg = webauthn_config();
    cfg.webauthn_passwordless = true;
    let srv = start(cfg).await;
    let c = Client::spa(&srv);
    let f = c.get("/self-service/registration/browser").await;
    let id = f.body["id"].as_str().unwrap_or_default().to_string();
    let r = c
        .post_json(
            &format!("/self-service/registration?flow={id}"),
            json!({"method": "password", "csrf_token": csrf_of(&f.body), "traits": {"email": "radia@example.org"}, "password": "spanning-Tree-1985"}),
        )
        .await;
    assert_eq!(r.status, 200);
    let s = c.get("/self-service/settings/browser").await;
    let mut key = SoftAuthenticator::new(ORIGIN, "localhost");
    let att = key.register(&node_value(&s.body, "webauthn_register_trigger"));
    let sid = s.body["id"].as_str().unwrap_or_default().to_string();
    let u = c
        .post_json(
            &format!("/self-service/settings?flow={sid}"),
            json!({"method": "webauthn", "csrf_token": csrf_of(&s.body), "webauthn_register": att, "webauthn_register_displayname": "Laptop"}),
        )
        .await;
    assert_eq!(u.status, 200, "{}", u.body);
    assert_eq!(
        c.get("/sessions/whoami").await.body["authenticator_assurance_level"],
        "aal1",
        "passwordless keys are a first factor"
    );
    logout(&c).await;

    // step one: identifier → 422 to the login UI with the same flow
    let f = c.get("/self-service/login/browser").await;
    let m = f.body["ui"]["nodes"]
        .as_array()
        .and_then(|a| {
            a.iter()
                .find(|n| n["group"] == "webauthn" && n["attributes"]["name"] == "method")
                .cloned()
        })
        .unwrap_or_default();
    assert_eq!(m["attributes"]["value"], "webauthn");
    assert_eq!(m["meta"]["label"]["id"], 1010008);
    let id = f.body["id"].as_str().unwrap_or_default().to_string();
    let r = c
        .post_json(
            &format!("/self-service/login?flow={id}"),
            json!({"method": "webauthn", "csrf_token": csrf_of(&f.body), "identifier": "nobody@example.org"}),
        )
        .await;
    assert_eq!(r.status, 400);
    assert_eq!(message_ids(&r.body["ui"]["messages"]), vec![4000015]);
    let r = c
        .post_json(
            &format!("/self-service/login?flow={id}"),
            json!({"method": "webauthn", "csrf_token": csrf_of(&f.body), "identifier": "radia@example.org"}),
        )
        .await;
    assert_eq!(r.status, 422, "{}", r.body);
    assert_eq!(r.error_id(), Some("browser_location_change_required"));
    assert_eq!(
        r.body["redirect_browser_to"],
        format!("http://localhost:4455/login?flow={id}").as_str()
    );
    let f = c.get(&format!("/self-service/login/flows?id={id}")).await;
    assert_eq!(message_ids(&f.body["ui"]["messages"]), vec![1010012]);
    let ident = f.node("identifier").cloned().unwrap_or_default();
    assert_eq!(ident["attributes"]["type"], "hidden");
    assert_eq!(ident["attributes"]["value"], "radia@example.org");
    let trig = f
        .node("webauthn_login_trigger")
        .cloned()
        .unwrap_or_default();
    assert_eq!(trig["meta"]["label"]["id"], 1010013);

    // step two: the assertion
    let assertion = key.assert(&node_value(&f.body, "webauthn_login_trigger"));
    let r = c
        .post_json(
            &format!("/self-service/login?flow={id}"),
            json!({"method": "webauthn", "csrf_token": csrf_of(&f.body), "identifier": "radia@example.org", "webauthn_login": assertion}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(
        r.body["session"]["authentication_methods"][0]["method"],
        "webauthn"
    );

    // classic browser: step one is a 303 to the login UI
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
                ("method", "webauthn"),
                ("identifier", "radia@example.org"),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    assert_eq!(
        r.location(),
        format!("http://localhost:4455/login?flow={lid}")
    );
    srv.shutdown().await;
}

#[tokio::test]
async fn sign_up_with_a_passwordless_security_key_then_sign_in_identifier_first() {
    let mut cfg = webauthn_config();
    cfg.methods.passkey = false;
    cfg.webauthn_passwordless = true;
    cfg.login_style = ory_emulator::config::LoginStyle::IdentifierFirst;
    let srv = start(cfg).await;
    let c = Client::spa(&srv);

    // Kratos v1.3.1 (webauthn strategy, passwordless): name, hidden result, trigger (1040004).
    let f = c.get("/self-service/registration/browser").await;
    let groups: Vec<(String, String, String)> = node_summary(&f.body)
        .into_iter()
        .filter(|n| n.1 == "webauthn")
        .collect();
    let w = |a: &str, t: &str| ("webauthn".to_string(), a.to_string(), t.to_string());
    assert_eq!(
        groups.iter().map(|n| w(&n.0, &n.2)).collect::<Vec<_>>(),
        vec![
            w("webauthn_register_displayname", "text"),
            w("webauthn_register", "hidden"),
            w("webauthn_register_trigger", "button"),
            w("webauthn_script", "text/javascript"),
        ]
    );
    let trigger = f
        .node("webauthn_register_trigger")
        .cloned()
        .unwrap_or_default();
    assert_eq!(trigger["meta"]["label"]["id"], 1040004);
    assert_eq!(
        trigger["attributes"]["onclickTrigger"],
        "oryWebAuthnRegistration"
    );
    // A native registration flow has no security-key nodes (browser only, as Kratos).
    let n = Client::native(&srv)
        .get("/self-service/registration/api")
        .await;
    assert!(n.node("webauthn_register_trigger").is_none());

    let mut key = SoftAuthenticator::new(ORIGIN, "localhost");
    let att = key.register(&node_value(&f.body, "webauthn_register_trigger"));
    let id = f.body["id"].as_str().unwrap_or_default().to_string();
    // A forged attestation is refused.
    let mut forged: Value = serde_json::from_str(&att).unwrap_or_default();
    forged["response"]["clientDataJSON"] = json!("e30");
    let r = c
        .post_json(
            &format!("/self-service/registration?flow={id}"),
            json!({"method": "webauthn", "csrf_token": csrf_of(&f.body), "traits": {"email": "grace@example.org"},
                   "webauthn_register": forged.to_string(), "webauthn_register_displayname": "Key"}),
        )
        .await;
    assert_eq!(r.status, 400);
    assert!(!message_ids(&r.body["ui"]["messages"]).is_empty());
    let r = c
        .post_json(
            &format!("/self-service/registration?flow={id}"),
            json!({"method": "webauthn", "csrf_token": csrf_of(&r.body), "traits": {"email": "grace@example.org"},
                   "webauthn_register": att, "webauthn_register_displayname": "Key"}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let ident = c
        .admin(
            reqwest::Method::GET,
            &format!(
                "/admin/identities/{}",
                r.body["identity"]["id"].as_str().unwrap_or_default()
            ),
            None,
        )
        .await;
    assert_eq!(
        ident.body["credentials"]["webauthn"]["identifiers"][0],
        "grace@example.org"
    );
    logout(&c).await;

    // Identifier first: the account offers its security key (1010008), then the usual two steps.
    let f = c.get("/self-service/login/browser").await;
    let id = f.body["id"].as_str().unwrap_or_default().to_string();
    let r = c
        .post_json(
            &format!("/self-service/login?flow={id}"),
            json!({"method": "identifier_first", "csrf_token": csrf_of(&f.body), "identifier": "grace@example.org"}),
        )
        .await;
    assert_eq!(r.status, 400);
    let methods: Vec<String> = node_summary(&r.body)
        .into_iter()
        .filter(|n| n.0 == "method")
        .map(|n| n.1)
        .collect();
    assert_eq!(methods, vec!["webauthn"], "no password: only the key");
    let r = c
        .post_json(
            &format!("/self-service/login?flow={id}"),
            json!({"method": "webauthn", "csrf_token": csrf_of(&r.body), "identifier": "grace@example.org"}),
        )
        .await;
    assert_eq!(r.status, 422, "{}", r.body);
    let f = c.get(&format!("/self-service/login/flows?id={id}")).await;
    let assertion = key.assert(&node_value(&f.body, "webauthn_login_trigger"));
    let r = c
        .post_json(
            &format!("/self-service/login?flow={id}"),
            json!({"method": "webauthn", "csrf_token": csrf_of(&f.body), "identifier": "grace@example.org", "webauthn_login": assertion}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["session"]["authenticator_assurance_level"], "aal1");
    srv.shutdown().await;
}
