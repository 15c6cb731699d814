//! Several identity schemas (Kratos' `identity.schemas` + `default_schema_id`), listed by
//! `/schemas`, selectable per login / registration flow with `?identity_schema=<id>` when marked
//! `selfservice_selectable` (Kratos v25.4's `SelfServiceFlowIdentitySchema`).

mod support;

use ory_emulator::config::IdentitySchemaEntry;
use serde_json::{json, Value};
use support::*;

const CUSTOMER: &str = r#"{
  "$id": "https://example.com/customer.schema.json",
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "Customer",
  "type": "object",
  "properties": {
    "traits": {
      "type": "object",
      "properties": {
        "email": {
          "type": "string", "format": "email", "title": "Work e-mail",
          "ory.sh/kratos": {"credentials": {"password": {"identifier": true}}, "verification": {"via": "email"}}
        },
        "company": {"type": "string", "title": "Company", "minLength": 1}
      },
      "required": ["email", "company"],
      "additionalProperties": false
    }
  }
}"#;

const EMPLOYEE: &str = r#"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "type": "object",
  "properties": {"traits": {"type": "object", "properties": {"email": {"type": "string", "title": "Staff e-mail",
    "ory.sh/kratos": {"credentials": {"password": {"identifier": true}}}}}}}
}"#;

struct Schemas {
    dir: std::path::PathBuf,
}

impl Drop for Schemas {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn config() -> (ory_emulator::FileConfig, Schemas) {
    let dir = std::env::temp_dir().join(format!("ory-emulator-schemas-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(dir.join("customer.json"), CUSTOMER).expect("write");
    std::fs::write(dir.join("employee.json"), EMPLOYEE).expect("write");
    let mut cfg = test_config();
    cfg.identity_schemas = vec![
        IdentitySchemaEntry {
            id: "customer".into(),
            url: format!("file://{}", dir.join("customer.json").display()),
            selfservice_selectable: true,
        },
        IdentitySchemaEntry {
            id: "employee".into(),
            url: dir.join("employee.json").display().to_string(),
            selfservice_selectable: false,
        },
    ];
    (cfg, Schemas { dir })
}

fn names(flow: &Value) -> Vec<String> {
    node_summary(flow).into_iter().map(|n| n.0).collect()
}

#[tokio::test]
async fn schemas_are_listed_and_served() {
    let (cfg, _dir) = config();
    let srv = start(cfg).await;
    let c = Client::spa(&srv);
    let list = c.get("/schemas").await;
    assert_eq!(list.status, 200);
    let ids: Vec<&str> = list
        .body
        .as_array()
        .map(|a| a.iter().filter_map(|s| s["id"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(ids, vec!["default", "customer", "employee"]);
    // by id and by base64url(id), as Kratos' schema_url names it
    let one = c.get("/schemas/customer").await;
    assert_eq!(one.body["title"], "Customer");
    let one = c.get("/schemas/Y3VzdG9tZXI").await;
    assert_eq!(one.body["title"], "Customer");
    assert_eq!(c.get("/schemas/nope").await.status, 404);
    srv.shutdown().await;
}

#[tokio::test]
async fn registration_and_login_with_a_selected_schema() {
    let (cfg, _dir) = config();
    let srv = start(cfg).await;
    let c = Client::spa(&srv);

    let f = c
        .get("/self-service/registration/browser?identity_schema=customer")
        .await;
    assert_eq!(f.status, 200, "{}", f.body);
    assert_eq!(f.body["identity_schema"], "customer");
    let n = names(&f.body);
    assert!(n.contains(&"traits.company".to_string()), "{n:?}");
    assert!(!n.contains(&"traits.name.first".to_string()));
    let label = f.node("traits.email").unwrap()["meta"]["label"]["text"].clone();
    assert_eq!(label, "Work e-mail");

    // validated against the customer schema: the company is required
    let url = format!(
        "/self-service/registration?flow={}",
        f.body["id"].as_str().unwrap_or_default()
    );
    let r = c
        .post_json(
            &url,
            json!({"method": "password", "csrf_token": csrf_of(&f.body), "traits": {"email": "cora@example.org"}, "password": "Customer-Schema-77"}),
        )
        .await;
    assert_eq!(r.status, 400);
    assert_eq!(
        message_ids(&r.node("traits.company").unwrap()["messages"]),
        vec![4000002]
    );
    let r = c
        .post_json(
            &url,
            json!({"method": "password", "csrf_token": csrf_of(&r.body), "traits": {"email": "cora@example.org", "company": "ACME"}, "password": "Customer-Schema-77"}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["identity"]["schema_id"], "customer");
    assert!(r.body["identity"]["schema_url"]
        .as_str()
        .is_some_and(|u| u.ends_with("/schemas/Y3VzdG9tZXI")));

    // settings edit the traits of the identity's own schema
    let s = c.get("/self-service/settings/browser").await;
    assert_eq!(
        s.node("traits.company").unwrap()["attributes"]["value"],
        "ACME"
    );
    assert!(s.body.get("identity_schema").is_none());

    // login: the identifier label of the selected schema
    let lo = c.get("/self-service/logout/browser").await;
    c.get(lo.body["logout_url"].as_str().unwrap_or_default())
        .await;
    let l = c
        .get("/self-service/login/browser?identity_schema=customer")
        .await;
    assert_eq!(l.body["identity_schema"], "customer");
    assert_eq!(
        l.node("identifier").unwrap()["meta"]["label"]["text"],
        "Work e-mail"
    );
    let plain = c.get("/self-service/login/browser").await;
    assert!(plain.body.get("identity_schema").is_none());
    srv.shutdown().await;
}

#[tokio::test]
async fn schemas_that_are_not_selectable_or_unknown_are_refused() {
    let (cfg, _dir) = config();
    let srv = start(cfg).await;
    let c = Client::spa(&srv);
    for flow in ["registration", "login"] {
        let r = c
            .get(&format!(
                "/self-service/{flow}/browser?identity_schema=employee"
            ))
            .await;
        assert_eq!(r.status, 400);
        assert_eq!(
            r.body["error"]["reason"],
            "Requested identity schema \"employee\" is not enabled for self-service flows."
        );
        let r = c
            .get(&format!("/self-service/{flow}/api?identity_schema=nope"))
            .await;
        assert_eq!(r.status, 400);
        assert_eq!(
            r.body["error"]["reason"],
            "Requested identity schema \"nope\" does not exist."
        );
    }
    // the default schema may always be named
    let r = c
        .get("/self-service/registration/browser?identity_schema=default")
        .await;
    assert_eq!(r.status, 200);
    // a classic browser goes to the error page
    let h = Client::html(&srv);
    let r = h
        .get("/self-service/registration/browser?identity_schema=employee")
        .await;
    assert_eq!(r.status, 303);
    assert!(r.location().starts_with("http://localhost:4455/error?id="));

    // the admin API creates identities of any configured schema, validated against it
    let r = c
        .admin(
            reqwest::Method::POST,
            "/admin/identities",
            Some(json!({"schema_id": "employee", "traits": {"email": "staff@example.org"}})),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.body);
    assert_eq!(r.body["schema_id"], "employee");
    let r = c
        .admin(
            reqwest::Method::POST,
            "/admin/identities",
            Some(json!({"schema_id": "customer", "traits": {"email": "x@example.org"}})),
        )
        .await;
    assert_eq!(r.status, 400, "company is required by the customer schema");
    let r = c
        .admin(
            reqwest::Method::POST,
            "/admin/identities",
            Some(json!({"schema_id": "nope", "traits": {"email": "x@example.org"}})),
        )
        .await;
    assert_eq!(r.status, 400);
    srv.shutdown().await;
}
