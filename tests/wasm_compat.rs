//! The compat modules (`ory_wasm::compat::ory_client` and `ory_kratos_client`) over the real
//! `fetch`, in headless Chromium (wasm-bindgen-test), against the recording server of
//! `tests/support/wasm-api-server.mjs` (its URL in `ORY_TEST_API` at build time, as for
//! `tests/wasm_api.rs`).
//!
//! Every function of both references is called once, and what it sent is checked as the
//! reference documents it: method, path, query, headers and body. Each call has its own base
//! path, `/compat/<answer>/<run>-<n>`, under which the server records the request and answers with
//! the canned `<answer>` the function decodes.
#![cfg(all(target_arch = "wasm32", feature = "compat"))]

use std::sync::atomic::{AtomicU32, Ordering};

use ory_wasm::compat::ory_client::apis::configuration::Configuration as Network;
use ory_wasm::compat::ory_client::apis::v0alpha2_api as net;
use ory_wasm::compat::ory_client::models;
use ory_wasm::compat::ory_kratos_client::apis::configuration::{ApiKey, Configuration as Kratos};
use ory_wasm::compat::ory_kratos_client::apis::v0alpha2_api as kratos;
use ory_wasm::compat::{Error, ResponseContent};
use ory_wasm::endpoint::{HttpRequest, Method};
use ory_wasm::ErrorKind;
use serde_json::{json, Value};

/// A JSON body as the typed model a compat function takes (`models::OAuth2Client`, …).
fn typed<T: serde::de::DeserializeOwned>(body: Value) -> T {
    serde_json::from_value(body).expect("the typed body model")
}
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn api_url() -> &'static str {
    match option_env!("ORY_TEST_API") {
        Some(url) => url,
        None => panic!("ORY_TEST_API is set by `npm test` (scripts/test.mjs)"),
    }
}

static CALLS: AtomicU32 = AtomicU32::new(0);

/// This run's id, so that a second run against the same server has its own base paths.
fn run() -> u32 {
    static RUN: AtomicU32 = AtomicU32::new(0);
    if RUN.load(Ordering::Relaxed) == 0 {
        let id = (js_sys::Math::random() * 1e9) as u32 + 1;
        let _ = RUN.compare_exchange(0, id, Ordering::Relaxed, Ordering::Relaxed);
    }
    RUN.load(Ordering::Relaxed)
}

/// One call: its own base path, and what it sent.
struct Call {
    prefix: String,
}

impl Call {
    /// A call answered with the canned answer `answer` of the server.
    fn new(answer: &str) -> Self {
        let n = CALLS.fetch_add(1, Ordering::Relaxed);
        Self {
            prefix: format!("/compat/{answer}/{}-{n}", run()),
        }
    }

    fn network(&self) -> Network {
        Network {
            base_path: format!("{}{}", api_url(), self.prefix),
            ..Default::default()
        }
    }

    fn kratos(&self) -> Kratos {
        Kratos {
            base_path: format!("{}{}", api_url(), self.prefix),
            ..Default::default()
        }
    }

    /// The one request this call sent.
    async fn sent(&self) -> Value {
        let request = HttpRequest {
            method: Method::Get,
            url: format!("{}/__requests", api_url()),
            headers: vec![("Accept".into(), "application/json".into())],
            body: None,
            credentials: ory_wasm::config::Credentials::Omit,
            timeout_ms: Some(5000),
        };
        let response = ory_wasm::transport::send(&request, None)
            .await
            .expect("recording server answers");
        let all: Vec<Value> = serde_json::from_str(&String::from(&response.body)).expect("JSON");
        let mine: Vec<Value> = all
            .into_iter()
            .filter(|r| {
                r["path"]
                    .as_str()
                    .is_some_and(|path| path.starts_with(&format!("{}/", self.prefix)))
            })
            .collect();
        assert_eq!(mine.len(), 1, "{}: {mine:?}", self.prefix);
        mine.into_iter().next().unwrap_or_default()
    }

    /// Checks the request: method, path (after the prefix), the whole query, the given headers
    /// (`None`: absent; `Authorization` is checked absent unless given) and the body (`None`:
    /// no body; a JSON value: the JSON body; a string: the form body).
    async fn expect(
        &self,
        method: &str,
        path: &str,
        query: Value,
        headers: &[(&str, Option<&str>)],
        body: Option<Value>,
    ) {
        let request = self.sent().await;
        assert_eq!(request["method"], method, "{path}");
        assert_eq!(
            request["path"].as_str(),
            Some(format!("{}{path}", self.prefix).as_str())
        );
        assert_eq!(request["query"], query, "{path}: query");
        let mut headers = headers.to_vec();
        if !headers
            .iter()
            .any(|(name, _)| name.eq_ignore_ascii_case("authorization"))
        {
            headers.push(("authorization", None));
        }
        for (name, value) in headers {
            assert_eq!(
                request["headers"]
                    .get(name.to_ascii_lowercase())
                    .and_then(Value::as_str),
                value,
                "{path}: header {name}"
            );
        }
        match body {
            None => assert_eq!(request["rawBody"], "", "{path}: no body"),
            Some(Value::String(form)) => {
                assert_eq!(request["rawBody"], form.as_str(), "{path}: form body");
                assert_eq!(
                    request["headers"]["content-type"], "application/x-www-form-urlencoded",
                    "{path}"
                );
            }
            Some(json) => {
                assert_eq!(request["body"], json, "{path}: JSON body");
                assert_eq!(
                    request["headers"]["content-type"], "application/json",
                    "{path}"
                );
            }
        }
    }
}

const JSON: Option<&str> = Some("application/json");

fn body<T: serde::de::DeserializeOwned>(value: Value) -> T {
    serde_json::from_value(value).expect("a body")
}

// --- Ory Network (`ory-client`): the self-service flows and sessions -------------------------

#[wasm_bindgen_test]
async fn network_initializes_and_gets_flows() {
    let c = Call::new("login");
    let flow = net::initialize_self_service_login_flow_for_browsers(
        &c.network(),
        Some(true),
        Some("aal2"),
        Some("/home"),
        None,
    )
    .await
    .expect("a login flow");
    assert!(flow.id.is_some());
    let q = json!({"refresh": "true", "aal": "aal2", "return_to": "/home"});
    c.expect(
        "GET",
        "/self-service/login/browser",
        q,
        &[("accept", JSON)],
        None,
    )
    .await;

    let c = Call::new("login");
    net::initialize_self_service_login_flow_without_browser(
        &c.network(),
        None,
        Some("aal1"),
        Some("tok"),
    )
    .await
    .expect("a login flow");
    let headers = [("x-session-token", Some("tok")), ("cookie", None)];
    c.expect(
        "GET",
        "/self-service/login/api",
        json!({"aal": "aal1"}),
        &headers,
        None,
    )
    .await;

    let c = Call::new("login");
    net::get_self_service_login_flow(&c.network(), "f1", None)
        .await
        .expect("a login flow");
    c.expect(
        "GET",
        "/self-service/login/flows",
        json!({"id": "f1"}),
        &[],
        None,
    )
    .await;

    let c = Call::new("registration");
    net::initialize_self_service_registration_flow_for_browsers(&c.network(), Some("/r"))
        .await
        .expect("a registration flow");
    c.expect(
        "GET",
        "/self-service/registration/browser",
        json!({"return_to": "/r"}),
        &[],
        None,
    )
    .await;

    let c = Call::new("registration");
    net::initialize_self_service_registration_flow_without_browser(&c.network())
        .await
        .expect("a registration flow");
    c.expect(
        "GET",
        "/self-service/registration/api",
        json!({}),
        &[],
        None,
    )
    .await;

    let c = Call::new("registration");
    net::get_self_service_registration_flow(&c.network(), "r1", None)
        .await
        .expect("a registration flow");
    c.expect(
        "GET",
        "/self-service/registration/flows",
        json!({"id": "r1"}),
        &[],
        None,
    )
    .await;

    let c = Call::new("recovery");
    net::initialize_self_service_recovery_flow_for_browsers(&c.network(), None)
        .await
        .expect("a recovery flow");
    c.expect(
        "GET",
        "/self-service/recovery/browser",
        json!({}),
        &[],
        None,
    )
    .await;

    let c = Call::new("recovery");
    net::initialize_self_service_recovery_flow_without_browser(&c.network())
        .await
        .expect("a recovery flow");
    c.expect("GET", "/self-service/recovery/api", json!({}), &[], None)
        .await;

    let c = Call::new("recovery");
    net::get_self_service_recovery_flow(&c.network(), "rc", None)
        .await
        .expect("a recovery flow");
    c.expect(
        "GET",
        "/self-service/recovery/flows",
        json!({"id": "rc"}),
        &[],
        None,
    )
    .await;

    let c = Call::new("verification");
    net::initialize_self_service_verification_flow_for_browsers(&c.network(), Some("/v"))
        .await
        .expect("a verification flow");
    c.expect(
        "GET",
        "/self-service/verification/browser",
        json!({"return_to": "/v"}),
        &[],
        None,
    )
    .await;

    let c = Call::new("verification");
    net::initialize_self_service_verification_flow_without_browser(&c.network())
        .await
        .expect("a verification flow");
    c.expect(
        "GET",
        "/self-service/verification/api",
        json!({}),
        &[],
        None,
    )
    .await;

    let c = Call::new("verification");
    net::get_self_service_verification_flow(&c.network(), "v1", None)
        .await
        .expect("a verification flow");
    c.expect(
        "GET",
        "/self-service/verification/flows",
        json!({"id": "v1"}),
        &[],
        None,
    )
    .await;

    let c = Call::new("settings");
    net::initialize_self_service_settings_flow_for_browsers(&c.network(), Some("/s"), None)
        .await
        .expect("a settings flow");
    c.expect(
        "GET",
        "/self-service/settings/browser",
        json!({"return_to": "/s"}),
        &[],
        None,
    )
    .await;

    let c = Call::new("settings");
    net::initialize_self_service_settings_flow_without_browser(&c.network(), Some("tok"))
        .await
        .expect("a settings flow");
    c.expect(
        "GET",
        "/self-service/settings/api",
        json!({}),
        &[("x-session-token", Some("tok"))],
        None,
    )
    .await;

    let c = Call::new("settings");
    net::get_self_service_settings_flow(&c.network(), "s1", Some("tok"), None)
        .await
        .expect("a settings flow");
    c.expect(
        "GET",
        "/self-service/settings/flows",
        json!({"id": "s1"}),
        &[("x-session-token", Some("tok"))],
        None,
    )
    .await;
}

#[wasm_bindgen_test]
async fn network_submits_flows_with_its_argument_order() {
    let c = Call::new("login-success");
    let login = net::submit_self_service_login_flow(
        &c.network(),
        "f1",
        body(json!({"method": "password", "identifier": "ada@example.com", "password": "pw"})),
        Some("tok"),
        None,
    )
    .await
    .expect("a successful login");
    assert!(!login.session.id.is_empty());
    c.expect(
        "POST",
        "/self-service/login",
        json!({"flow": "f1"}),
        &[("x-session-token", Some("tok"))],
        Some(json!({"method": "password", "identifier": "ada@example.com", "password": "pw"})),
    )
    .await;

    let c = Call::new("registration-success");
    let registration = net::submit_self_service_registration_flow(
        &c.network(),
        "r1",
        body(
            json!({"method": "password", "password": "pw", "traits": {"email": "ada@example.com"}}),
        ),
        None,
    )
    .await
    .expect("a successful registration");
    assert!(!registration.identity.id.is_empty());
    c.expect(
        "POST",
        "/self-service/registration",
        json!({"flow": "r1"}),
        &[],
        Some(
            json!({"method": "password", "password": "pw", "traits": {"email": "ada@example.com"}}),
        ),
    )
    .await;

    let c = Call::new("recovery");
    net::submit_self_service_recovery_flow(
        &c.network(),
        "rc",
        body(json!({"method": "code", "email": "ada@example.com"})),
        Some("t0k"),
        None,
    )
    .await
    .expect("a recovery flow");
    c.expect(
        "POST",
        "/self-service/recovery",
        json!({"flow": "rc", "token": "t0k"}),
        &[],
        Some(json!({"method": "code", "email": "ada@example.com"})),
    )
    .await;

    let c = Call::new("settings");
    net::submit_self_service_settings_flow(
        &c.network(),
        "s1",
        body(json!({"method": "password", "password": "new"})),
        Some("tok"),
        None,
    )
    .await
    .expect("a settings flow");
    c.expect(
        "POST",
        "/self-service/settings",
        json!({"flow": "s1"}),
        &[("x-session-token", Some("tok"))],
        Some(json!({"method": "password", "password": "new"})),
    )
    .await;

    let c = Call::new("verification");
    net::submit_self_service_verification_flow(
        &c.network(),
        "v1",
        body(json!({"method": "code", "code": "123456"})),
        None,
        None,
    )
    .await
    .expect("a verification flow");
    c.expect(
        "POST",
        "/self-service/verification",
        json!({"flow": "v1"}),
        &[],
        Some(json!({"method": "code", "code": "123456"})),
    )
    .await;
}

#[wasm_bindgen_test]
async fn network_logout_sessions_errors_and_schemas() {
    let c = Call::new("logout-url");
    let logout = net::create_self_service_logout_flow_url_for_browsers(&c.network(), None)
        .await
        .expect("a logout URL");
    assert!(!logout.logout_url.is_empty());
    c.expect("GET", "/self-service/logout/browser", json!({}), &[], None)
        .await;

    let c = Call::new("empty");
    net::submit_self_service_logout_flow(&c.network(), Some("lt"), Some("/bye"))
        .await
        .expect("logged out");
    c.expect(
        "GET",
        "/self-service/logout",
        json!({"token": "lt", "return_to": "/bye"}),
        &[],
        None,
    )
    .await;

    let c = Call::new("empty");
    net::submit_self_service_logout_flow_without_browser(
        &c.network(),
        models::SubmitSelfServiceLogoutFlowWithoutBrowserBody {
            session_token: "st".into(),
            ..Default::default()
        },
    )
    .await
    .expect("logged out");
    c.expect(
        "DELETE",
        "/self-service/logout/api",
        json!({}),
        &[("cookie", None)],
        Some(json!({"session_token": "st"})),
    )
    .await;

    let c = Call::new("session");
    let session = net::to_session(&c.network(), Some("tok"), None)
        .await
        .expect("a session");
    assert!(!session.id.is_empty());
    c.expect(
        "GET",
        "/sessions/whoami",
        json!({}),
        &[("x-session-token", Some("tok"))],
        None,
    )
    .await;

    let c = Call::new("sessions");
    let sessions = net::list_sessions(&c.network(), Some("tok"), None, Some(2), Some(3))
        .await
        .expect("sessions");
    assert_eq!(sessions.len(), 1);
    c.expect(
        "GET",
        "/sessions",
        json!({"per_page": "2", "page": "3"}),
        &[("x-session-token", Some("tok"))],
        None,
    )
    .await;

    let c = Call::new("empty");
    net::revoke_session(&c.network(), "a/b")
        .await
        .expect("revoked");
    c.expect("DELETE", "/sessions/a%2Fb", json!({}), &[], None)
        .await;

    let c = Call::new("count");
    let revoked = net::revoke_sessions(&c.network(), Some("tok"), None)
        .await
        .expect("revoked");
    assert_eq!(revoked.count, Some(2));
    c.expect(
        "DELETE",
        "/sessions",
        json!({}),
        &[("x-session-token", Some("tok"))],
        None,
    )
    .await;

    let c = Call::new("flow-error");
    let error = net::get_self_service_error(&c.network(), "e1")
        .await
        .expect("a flow error");
    assert!(error.error.is_some());
    c.expect(
        "GET",
        "/self-service/errors",
        json!({"id": "e1"}),
        &[],
        None,
    )
    .await;

    let c = Call::new("text");
    let script = net::get_web_authn_java_script(&c.network())
        .await
        .expect("the script");
    assert_eq!(script, "window.x=1;");
    c.expect("GET", "/.well-known/ory/webauthn.js", json!({}), &[], None)
        .await;

    let c = Call::new("schemas");
    let schemas = net::list_identity_schemas(&c.network(), Some(10), Some(1))
        .await
        .expect("schemas");
    assert_eq!(schemas[0].id.as_deref(), Some("default"));
    c.expect(
        "GET",
        "/schemas",
        json!({"per_page": "10", "page": "1"}),
        &[],
        None,
    )
    .await;

    let c = Call::new("object");
    let schema = net::get_identity_schema(&c.network(), "default")
        .await
        .expect("a schema");
    assert_eq!(schema["answer"], "object");
    c.expect("GET", "/schemas/default", json!({}), &[], None)
        .await;
}

// --- Ory Network: administration, with the bearer token ---------------------------------------

/// An admin configuration: the bearer token (`oryAccessToken`), allowed in this page.
fn admin(c: &Call) -> Network {
    Network {
        bearer_access_token: Some("ory_pat_admin".into()),
        allow_api_key_in_browser: true,
        ..c.network()
    }
}

const BEARER: (&str, Option<&str>) = ("authorization", Some("Bearer ory_pat_admin"));

#[wasm_bindgen_test]
async fn network_identities_and_recovery() {
    let c = Call::new("identity");
    let identity = net::admin_create_identity(
        &admin(&c),
        Some(json!({"schema_id": "default", "traits": {}})),
    )
    .await
    .expect("an identity");
    assert!(!identity.id.is_empty());
    c.expect(
        "POST",
        "/admin/identities",
        json!({}),
        &[BEARER],
        Some(json!({"schema_id": "default", "traits": {}})),
    )
    .await;

    let c = Call::new("identity");
    net::admin_get_identity(
        &admin(&c),
        "i1",
        Some(vec!["password".into(), "oidc".into()]),
    )
    .await
    .expect("an identity");
    c.expect(
        "GET",
        "/admin/identities/i1",
        json!({"include_credential": ["password", "oidc"]}),
        &[BEARER],
        None,
    )
    .await;

    let c = Call::new("identities");
    let identities = net::admin_list_identities(&admin(&c), Some(5), Some(2))
        .await
        .expect("identities");
    assert_eq!(identities.len(), 1);
    c.expect(
        "GET",
        "/admin/identities",
        json!({"per_page": "5", "page": "2"}),
        &[BEARER],
        None,
    )
    .await;

    let c = Call::new("identity");
    net::admin_update_identity(&admin(&c), "i1", Some(json!({"state": "active"})))
        .await
        .expect("an identity");
    c.expect(
        "PUT",
        "/admin/identities/i1",
        json!({}),
        &[BEARER],
        Some(json!({"state": "active"})),
    )
    .await;

    let c = Call::new("identity");
    let ops = vec![json!({"op": "replace", "path": "/state", "value": "inactive"})];
    net::admin_patch_identity(&admin(&c), "i1", Some(ops.clone()))
        .await
        .expect("an identity");
    c.expect(
        "PATCH",
        "/admin/identities/i1",
        json!({}),
        &[BEARER],
        Some(Value::Array(ops)),
    )
    .await;

    let c = Call::new("empty");
    net::admin_delete_identity(&admin(&c), "i1")
        .await
        .expect("deleted");
    c.expect("DELETE", "/admin/identities/i1", json!({}), &[BEARER], None)
        .await;

    let c = Call::new("empty");
    net::admin_delete_identity_sessions(&admin(&c), "i1")
        .await
        .expect("deleted");
    c.expect(
        "DELETE",
        "/admin/identities/i1/sessions",
        json!({}),
        &[BEARER],
        None,
    )
    .await;

    let c = Call::new("sessions");
    net::admin_list_identity_sessions(&admin(&c), "i1", Some(1), None, Some(true))
        .await
        .expect("sessions");
    c.expect(
        "GET",
        "/admin/identities/i1/sessions",
        json!({"per_page": "1", "active": "true"}),
        &[BEARER],
        None,
    )
    .await;

    let c = Call::new("session");
    net::admin_extend_session(&admin(&c), "s1")
        .await
        .expect("a session");
    c.expect(
        "PATCH",
        "/admin/sessions/s1/extend",
        json!({}),
        &[BEARER],
        None,
    )
    .await;

    let c = Call::new("recovery-code");
    net::admin_create_self_service_recovery_code(&admin(&c), Some(json!({"identity_id": "i1"})))
        .await
        .expect("a code");
    c.expect(
        "POST",
        "/admin/recovery/code",
        json!({}),
        &[BEARER],
        Some(json!({"identity_id": "i1"})),
    )
    .await;

    let c = Call::new("recovery-link");
    net::admin_create_self_service_recovery_link(&admin(&c), None)
        .await
        .expect("a link");
    c.expect("POST", "/admin/recovery/link", json!({}), &[BEARER], None)
        .await;

    let c = Call::new("messages");
    let messages = net::admin_list_courier_messages(
        &admin(&c),
        Some(2),
        Some(3),
        Some(models::CourierMessageStatus::Abandoned),
        Some("ada@example.com"),
    )
    .await
    .expect("messages");
    assert_eq!(messages.len(), 1);
    assert_eq!(
        messages[0].status,
        Some(ory_wasm::models::CourierMessageStatus::Sent)
    );
    let q = json!({"per_page": "2", "page": "3", "status": "abandoned", "recipient": "ada@example.com"});
    c.expect("GET", "/admin/courier/messages", q, &[BEARER], None)
        .await;
}

#[wasm_bindgen_test]
async fn network_oauth2_clients_requests_and_sessions() {
    let client = json!({"client_name": "app"});
    let c = Call::new("client");
    net::admin_create_o_auth2_client(&admin(&c), typed(client.clone()))
        .await
        .expect("a client");
    c.expect(
        "POST",
        "/admin/clients",
        json!({}),
        &[BEARER],
        Some(client.clone()),
    )
    .await;

    let c = Call::new("client");
    let answer = net::admin_get_o_auth2_client(&admin(&c), "c1")
        .await
        .expect("a client");
    // Typed answers: the fields of the model, not JSON to index.
    assert_eq!(answer.client_name.as_deref(), Some("app"));
    assert_eq!(answer.contacts, Some(None), "Hydra's null list is kept");
    c.expect("GET", "/admin/clients/c1", json!({}), &[BEARER], None)
        .await;

    let c = Call::new("clients");
    net::admin_list_o_auth2_clients(&admin(&c), Some(10), Some("tok"), Some("app"), Some("me"))
        .await
        .expect("clients");
    let q = json!({"page_size": "10", "page_token": "tok", "client_name": "app", "owner": "me"});
    c.expect("GET", "/admin/clients", q, &[BEARER], None).await;

    let c = Call::new("client");
    let ops = vec![json!({"op": "replace", "path": "/client_name", "value": "x"})];
    net::admin_patch_o_auth2_client(&admin(&c), "c1", ops.clone())
        .await
        .expect("a client");
    c.expect(
        "PATCH",
        "/admin/clients/c1",
        json!({}),
        &[BEARER],
        Some(Value::Array(ops)),
    )
    .await;

    let c = Call::new("client");
    net::admin_update_o_auth2_client(&admin(&c), "c1", typed(client.clone()))
        .await
        .expect("a client");
    c.expect(
        "PUT",
        "/admin/clients/c1",
        json!({}),
        &[BEARER],
        Some(client.clone()),
    )
    .await;

    let c = Call::new("empty");
    net::admin_delete_o_auth2_client(&admin(&c), "c1")
        .await
        .expect("deleted");
    c.expect("DELETE", "/admin/clients/c1", json!({}), &[BEARER], None)
        .await;

    for (challenge, kind) in [
        ("consent", "consent_challenge"),
        ("login", "login_challenge"),
        ("logout", "logout_challenge"),
    ] {
        let c = Call::new(&format!("{challenge}-request"));
        match challenge {
            "consent" => drop(
                net::admin_get_o_auth2_consent_request(&admin(&c), "ch")
                    .await
                    .expect("a request"),
            ),
            "login" => drop(
                net::admin_get_o_auth2_login_request(&admin(&c), "ch")
                    .await
                    .expect("a request"),
            ),
            _ => drop(
                net::admin_get_o_auth2_logout_request(&admin(&c), "ch")
                    .await
                    .expect("a request"),
            ),
        }
        let path = format!("/admin/oauth2/auth/requests/{challenge}");
        c.expect("GET", &path, json!({kind: "ch"}), &[BEARER], None)
            .await;
    }

    let c = Call::new("redirect");
    net::admin_accept_o_auth2_consent_request(
        &admin(&c),
        "ch",
        Some(typed(json!({"remember": true}))),
    )
    .await
    .expect("accepted");
    c.expect(
        "PUT",
        "/admin/oauth2/auth/requests/consent/accept",
        json!({"consent_challenge": "ch"}),
        &[BEARER],
        Some(json!({"remember": true})),
    )
    .await;

    let c = Call::new("redirect");
    net::admin_accept_o_auth2_login_request(&admin(&c), "ch", Some(typed(json!({"subject": "s"}))))
        .await
        .expect("accepted");
    c.expect(
        "PUT",
        "/admin/oauth2/auth/requests/login/accept",
        json!({"login_challenge": "ch"}),
        &[BEARER],
        Some(json!({"subject": "s"})),
    )
    .await;

    let c = Call::new("redirect");
    net::admin_accept_o_auth2_logout_request(&admin(&c), "ch")
        .await
        .expect("accepted");
    c.expect(
        "PUT",
        "/admin/oauth2/auth/requests/logout/accept",
        json!({"logout_challenge": "ch"}),
        &[BEARER],
        None,
    )
    .await;

    let reject = json!({"error": "access_denied"});
    let c = Call::new("redirect");
    net::admin_reject_o_auth2_consent_request(&admin(&c), "ch", Some(typed(reject.clone())))
        .await
        .expect("rejected");
    c.expect(
        "PUT",
        "/admin/oauth2/auth/requests/consent/reject",
        json!({"consent_challenge": "ch"}),
        &[BEARER],
        Some(reject.clone()),
    )
    .await;

    let c = Call::new("redirect");
    net::admin_reject_o_auth2_login_request(&admin(&c), "ch", Some(typed(reject.clone())))
        .await
        .expect("rejected");
    c.expect(
        "PUT",
        "/admin/oauth2/auth/requests/login/reject",
        json!({"login_challenge": "ch"}),
        &[BEARER],
        Some(reject.clone()),
    )
    .await;

    let c = Call::new("empty");
    net::admin_reject_o_auth2_logout_request(&admin(&c), "ch", None)
        .await
        .expect("rejected");
    c.expect(
        "PUT",
        "/admin/oauth2/auth/requests/logout/reject",
        json!({"logout_challenge": "ch"}),
        &[BEARER],
        None,
    )
    .await;

    let c = Call::new("consent-sessions");
    net::admin_list_o_auth2_subject_consent_sessions(&admin(&c), "sub", None, None)
        .await
        .expect("sessions");
    c.expect(
        "GET",
        "/admin/oauth2/auth/sessions/consent",
        json!({"subject": "sub"}),
        &[BEARER],
        None,
    )
    .await;

    let c = Call::new("empty");
    net::admin_revoke_o_auth2_consent_sessions(&admin(&c), "sub", Some("c1"), Some(false))
        .await
        .expect("revoked");
    c.expect(
        "DELETE",
        "/admin/oauth2/auth/sessions/consent",
        json!({"subject": "sub", "client": "c1", "all": "false"}),
        &[BEARER],
        None,
    )
    .await;

    let c = Call::new("empty");
    net::admin_revoke_o_auth2_login_sessions(&admin(&c), "sub")
        .await
        .expect("revoked");
    c.expect(
        "DELETE",
        "/admin/oauth2/auth/sessions/login",
        json!({"subject": "sub"}),
        &[BEARER],
        None,
    )
    .await;

    let c = Call::new("introspection");
    let token = net::admin_introspect_o_auth2_token(&admin(&c), "at", Some("openid"))
        .await
        .expect("introspected");
    assert!(token.active);
    c.expect(
        "POST",
        "/admin/oauth2/introspect",
        json!({}),
        &[BEARER],
        Some(json!("scope=openid&token=at")),
    )
    .await;

    let c = Call::new("empty");
    net::admin_delete_o_auth2_token(&admin(&c), "c1")
        .await
        .expect("deleted");
    c.expect(
        "DELETE",
        "/admin/oauth2/tokens",
        json!({"client_id": "c1"}),
        &[BEARER],
        None,
    )
    .await;
}

#[wasm_bindgen_test]
async fn network_trust_keys_and_projects() {
    let c = Call::new("issuers");
    net::admin_list_trusted_o_auth2_jwt_grant_issuers(
        &admin(&c),
        Some(5),
        Some(2),
        Some("iss"),
        Some(1),
        Some(0),
    )
    .await
    .expect("issuers");
    let q =
        json!({"MaxItems": "5", "DefaultItems": "2", "issuer": "iss", "limit": "1", "offset": "0"});
    c.expect(
        "GET",
        "/admin/trust/grants/jwt-bearer/issuers",
        q,
        &[BEARER],
        None,
    )
    .await;

    let c = Call::new("issuer");
    net::admin_trust_o_auth2_jwt_grant_issuer(&admin(&c), Some(typed(json!({"issuer": "iss", "scope": ["openid"], "expires_at": "2030-01-01T00:00:00Z", "jwk": {"kty": "RSA", "kid": "k1", "n": "n", "e": "AQAB"}}))))
        .await
        .expect("trusted");
    c.expect(
        "POST",
        "/admin/trust/grants/jwt-bearer/issuers",
        json!({}),
        &[BEARER],
        Some(json!({"issuer": "iss", "scope": ["openid"], "expires_at": "2030-01-01T00:00:00Z", "jwk": {"kty": "RSA", "kid": "k1", "n": "n", "e": "AQAB"}})),
    )
    .await;

    let c = Call::new("issuer");
    net::admin_get_trusted_o_auth2_jwt_grant_issuer(&admin(&c), "t1")
        .await
        .expect("an issuer");
    c.expect(
        "GET",
        "/admin/trust/grants/jwt-bearer/issuers/t1",
        json!({}),
        &[BEARER],
        None,
    )
    .await;

    let c = Call::new("empty");
    net::admin_delete_trusted_o_auth2_jwt_grant_issuer(&admin(&c), "t1")
        .await
        .expect("deleted");
    c.expect(
        "DELETE",
        "/admin/trust/grants/jwt-bearer/issuers/t1",
        json!({}),
        &[BEARER],
        None,
    )
    .await;

    let c = Call::new("jwks");
    net::admin_create_json_web_key_set(
        &admin(&c),
        "set",
        typed(json!({"alg": "RS256", "kid": "k1", "use": "sig"})),
    )
    .await
    .expect("a key set");
    c.expect(
        "POST",
        "/admin/keys/set",
        json!({}),
        &[BEARER],
        Some(json!({"alg": "RS256", "kid": "k1", "use": "sig"})),
    )
    .await;

    let c = Call::new("jwks");
    net::admin_get_json_web_key_set(&admin(&c), "set")
        .await
        .expect("a key set");
    c.expect("GET", "/admin/keys/set", json!({}), &[BEARER], None)
        .await;

    let c = Call::new("jwks");
    net::admin_update_json_web_key_set(&admin(&c), "set", Some(typed(json!({"keys": []}))))
        .await
        .expect("a key set");
    c.expect(
        "PUT",
        "/admin/keys/set",
        json!({}),
        &[BEARER],
        Some(json!({"keys": []})),
    )
    .await;

    let c = Call::new("empty");
    net::admin_delete_json_web_key_set(&admin(&c), "set")
        .await
        .expect("deleted");
    c.expect("DELETE", "/admin/keys/set", json!({}), &[BEARER], None)
        .await;

    let c = Call::new("jwks");
    net::admin_get_json_web_key(&admin(&c), "set", "kid")
        .await
        .expect("a key");
    c.expect("GET", "/admin/keys/set/kid", json!({}), &[BEARER], None)
        .await;

    let c = Call::new("jwk");
    net::admin_update_json_web_key(
        &admin(&c),
        "set",
        "kid",
        Some(typed(json!({"kty": "oct", "kid": "kid", "use": "sig"}))),
    )
    .await
    .expect("a key");
    c.expect(
        "PUT",
        "/admin/keys/set/kid",
        json!({}),
        &[BEARER],
        Some(json!({"kty": "oct", "kid": "kid", "use": "sig"})),
    )
    .await;

    let c = Call::new("empty");
    net::admin_delete_json_web_key(&admin(&c), "set", "kid")
        .await
        .expect("deleted");
    c.expect("DELETE", "/admin/keys/set/kid", json!({}), &[BEARER], None)
        .await;

    let c = Call::new("projects");
    let projects = net::list_projects(&admin(&c)).await.expect("projects");
    assert_eq!(projects.len(), 1);
    c.expect("GET", "/projects", json!({}), &[BEARER], None)
        .await;

    let c = Call::new("project");
    net::create_project(&admin(&c), Some(typed(json!({"name": "p"}))))
        .await
        .expect("a project");
    c.expect(
        "POST",
        "/projects",
        json!({}),
        &[BEARER],
        Some(json!({"name": "p"})),
    )
    .await;

    let c = Call::new("project");
    let project = net::get_project(&admin(&c), "p1").await.expect("a project");
    assert_eq!(project.state, Some(ory_wasm::models::ProjectState::Running));
    c.expect("GET", "/projects/p1", json!({}), &[BEARER], None)
        .await;

    let c = Call::new("project-update");
    let ops = vec![json!({"op": "replace", "path": "/name", "value": "q"})];
    net::patch_project(&admin(&c), "p1", Some(ops.clone()))
        .await
        .expect("updated");
    c.expect(
        "PATCH",
        "/projects/p1",
        json!({}),
        &[BEARER],
        Some(Value::Array(ops)),
    )
    .await;

    let c = Call::new("project-update");
    net::update_project(
        &admin(&c),
        "p1",
        Some(typed(
            json!({"name": "q", "services": {"identity": {"config": {}}}}),
        )),
    )
    .await
    .expect("updated");
    c.expect(
        "PUT",
        "/projects/p1",
        json!({}),
        &[BEARER],
        Some(json!({"name": "q", "services": {"identity": {"config": {}}}})),
    )
    .await;

    let c = Call::new("empty");
    net::purge_project(&admin(&c), "p1").await.expect("purged");
    c.expect("DELETE", "/projects/p1", json!({}), &[BEARER], None)
        .await;

    let c = Call::new("members");
    net::get_project_members(&admin(&c), "p1")
        .await
        .expect("members");
    c.expect("GET", "/projects/p1/members", json!({}), &[BEARER], None)
        .await;

    let c = Call::new("empty");
    net::remove_project_member(&admin(&c), "p1", "m1")
        .await
        .expect("removed");
    c.expect(
        "DELETE",
        "/projects/p1/members/m1",
        json!({}),
        &[BEARER],
        None,
    )
    .await;

    let c = Call::new("api-keys");
    net::list_project_api_keys(&admin(&c), "p1")
        .await
        .expect("keys");
    c.expect("GET", "/projects/p1/tokens", json!({}), &[BEARER], None)
        .await;

    let c = Call::new("api-key");
    net::create_project_api_key(&admin(&c), "p1", Some(typed(json!({"name": "k"}))))
        .await
        .expect("a key");
    c.expect(
        "POST",
        "/projects/p1/tokens",
        json!({}),
        &[BEARER],
        Some(json!({"name": "k"})),
    )
    .await;

    let c = Call::new("empty");
    net::delete_project_api_key(&admin(&c), "p1", "t1")
        .await
        .expect("deleted");
    c.expect(
        "DELETE",
        "/projects/p1/tokens/t1",
        json!({}),
        &[BEARER],
        None,
    )
    .await;
}

#[wasm_bindgen_test]
async fn network_public_oauth2_and_oidc() {
    let c = Call::new("jwks");
    net::discover_json_web_keys(&c.network())
        .await
        .expect("keys");
    c.expect("GET", "/.well-known/jwks.json", json!({}), &[], None)
        .await;

    let c = Call::new("oidc-configuration");
    net::discover_oidc_configuration(&c.network())
        .await
        .expect("a configuration");
    c.expect(
        "GET",
        "/.well-known/openid-configuration",
        json!({}),
        &[],
        None,
    )
    .await;

    let c = Call::new("userinfo");
    let oauth = Network {
        oauth_access_token: Some("ory_at_user".into()),
        ..c.network()
    };
    net::get_oidc_user_info(&oauth).await.expect("user info");
    c.expect(
        "GET",
        "/userinfo",
        json!({}),
        &[("authorization", Some("Bearer ory_at_user"))],
        None,
    )
    .await;

    let registration = |c: &Call| Network {
        bearer_access_token: Some("registration-token".into()),
        ..c.network()
    };
    let c = Call::new("client");
    net::dynamic_client_registration_create_o_auth2_client(
        &c.network(),
        typed(json!({"client_name": "d"})),
    )
    .await
    .expect("a client");
    c.expect(
        "POST",
        "/oauth2/register",
        json!({}),
        &[],
        Some(json!({"client_name": "d"})),
    )
    .await;

    let c = Call::new("client");
    net::dynamic_client_registration_get_o_auth2_client(&registration(&c), "d1")
        .await
        .expect("a client");
    c.expect(
        "GET",
        "/oauth2/register/d1",
        json!({}),
        &[("authorization", Some("Bearer registration-token"))],
        None,
    )
    .await;

    let c = Call::new("client");
    net::dynamic_client_registration_update_o_auth2_client(
        &registration(&c),
        "d1",
        typed(json!({"client_name": "e"})),
    )
    .await
    .expect("a client");
    c.expect(
        "PUT",
        "/oauth2/register/d1",
        json!({}),
        &[("authorization", Some("Bearer registration-token"))],
        Some(json!({"client_name": "e"})),
    )
    .await;

    let c = Call::new("empty");
    net::dynamic_client_registration_delete_o_auth2_client(&registration(&c), "d1")
        .await
        .expect("deleted");
    c.expect(
        "DELETE",
        "/oauth2/register/d1",
        json!({}),
        &[("authorization", Some("Bearer registration-token"))],
        None,
    )
    .await;

    let client = |c: &Call| Network {
        basic_auth: Some(("client".into(), Some("secret".into()))),
        allow_api_key_in_browser: true,
        ..c.network()
    };
    let basic = ("authorization", Some("Basic Y2xpZW50OnNlY3JldA=="));
    let c = Call::new("token");
    let tokens = net::perform_o_auth2_token_flow(
        &client(&c),
        "authorization_code",
        Some("client"),
        Some("code"),
        Some("https://app/cb"),
        None,
    )
    .await
    .expect("tokens");
    assert_eq!(tokens.id_token.as_deref(), Some("h.p.s"));
    c.expect(
        "POST",
        "/oauth2/token",
        json!({}),
        &[basic],
        Some(json!("client_id=client&code=code&grant_type=authorization_code&redirect_uri=https%3A%2F%2Fapp%2Fcb")),
    )
    .await;

    let c = Call::new("empty");
    net::revoke_o_auth2_token(&client(&c), "at")
        .await
        .expect("revoked");
    c.expect(
        "POST",
        "/oauth2/revoke",
        json!({}),
        &[basic],
        Some(json!("token=at")),
    )
    .await;

    let c = Call::new("empty");
    let answer = net::perform_o_auth2_authorization_flow(&c.network())
        .await
        .expect("no body");
    assert_eq!(answer, Value::Null);
    c.expect("GET", "/oauth2/auth", json!({}), &[], None).await;

    let c = Call::new("empty");
    net::perform_oidc_front_or_back_channel_logout(&c.network())
        .await
        .expect("logged out");
    c.expect("GET", "/oauth2/sessions/logout", json!({}), &[], None)
        .await;
}

#[wasm_bindgen_test]
async fn network_errors() {
    // An HTTP error answer: `ResponseError` with status, content and entity.
    let c = Call::new("not-found");
    let error = net::admin_get_identity(&c.network(), "missing", None)
        .await
        .expect_err("a 404");
    let Error::ResponseError(ResponseContent {
        status,
        entity,
        error,
        ..
    }) = error
    else {
        panic!("a response error: {error:?}");
    };
    assert_eq!(status, 404);
    assert!(
        matches!(entity, Some(net::AdminGetIdentityError::UnknownValue(ref body)) if body["error"]["code"] == 404)
    );
    assert_eq!(error.kind, ErrorKind::Http);

    // The API key is refused in a page unless allowed: nothing is sent.
    let c = Call::new("identity");
    let refused = Network {
        bearer_access_token: Some("ory_pat_admin".into()),
        ..c.network()
    };
    let error = net::admin_get_identity(&refused, "i1", None)
        .await
        .expect_err("refused");
    assert!(
        matches!(error, Error::Ory(ref e) if e.kind == ErrorKind::InvalidArgument),
        "{error:?}"
    );

    // A cookie argument is for server-side code: a page sends the browser's own.
    let error = net::to_session(&c.network(), None, Some("ory_session=x"))
        .await
        .expect_err("refused");
    assert!(
        matches!(error, Error::Ory(ref e) if e.kind == ErrorKind::InvalidArgument),
        "{error:?}"
    );
}

// --- Kratos v0.10 (`ory-kratos-client`) ---------------------------------------------------------

fn kratos_admin(c: &Call) -> Kratos {
    Kratos {
        api_key: Some(ApiKey {
            prefix: Some("Bearer".into()),
            key: "kratos-admin".into(),
        }),
        allow_api_key_in_browser: true,
        ..c.kratos()
    }
}

const KEY: (&str, Option<&str>) = ("authorization", Some("Bearer kratos-admin"));

#[wasm_bindgen_test]
async fn kratos_self_service_with_its_argument_order() {
    let c = Call::new("login");
    kratos::initialize_self_service_login_flow_for_browsers(&c.kratos(), None, None, Some("/home"))
        .await
        .expect("a login flow");
    c.expect(
        "GET",
        "/self-service/login/browser",
        json!({"return_to": "/home"}),
        &[],
        None,
    )
    .await;

    let c = Call::new("login");
    kratos::initialize_self_service_login_flow_without_browser(&c.kratos(), Some(true), None, None)
        .await
        .expect("a login flow");
    c.expect(
        "GET",
        "/self-service/login/api",
        json!({"refresh": "true"}),
        &[],
        None,
    )
    .await;

    let c = Call::new("login");
    kratos::get_self_service_login_flow(&c.kratos(), "f1", None)
        .await
        .expect("a login flow");
    c.expect(
        "GET",
        "/self-service/login/flows",
        json!({"id": "f1"}),
        &[],
        None,
    )
    .await;

    let c = Call::new("login-success");
    kratos::submit_self_service_login_flow(
        &c.kratos(),
        "f1",
        Some("tok"),
        Some(body(
            json!({"method": "password", "identifier": "ada", "password": "pw"}),
        )),
    )
    .await
    .expect("a successful login");
    c.expect(
        "POST",
        "/self-service/login",
        json!({"flow": "f1"}),
        &[("x-session-token", Some("tok"))],
        Some(json!({"method": "password", "identifier": "ada", "password": "pw"})),
    )
    .await;

    // The body is optional in this reference but required by the server: nothing is sent.
    let c = Call::new("login-success");
    let error = kratos::submit_self_service_login_flow(&c.kratos(), "f1", None, None)
        .await
        .expect_err("refused");
    assert!(
        matches!(error, Error::Ory(ref e) if e.kind == ErrorKind::InvalidArgument),
        "{error:?}"
    );

    let c = Call::new("registration");
    kratos::initialize_self_service_registration_flow_for_browsers(&c.kratos(), None)
        .await
        .expect("a registration flow");
    c.expect(
        "GET",
        "/self-service/registration/browser",
        json!({}),
        &[],
        None,
    )
    .await;

    let c = Call::new("registration");
    kratos::initialize_self_service_registration_flow_without_browser(&c.kratos())
        .await
        .expect("a registration flow");
    c.expect(
        "GET",
        "/self-service/registration/api",
        json!({}),
        &[],
        None,
    )
    .await;

    let c = Call::new("registration");
    kratos::get_self_service_registration_flow(&c.kratos(), "r1", None)
        .await
        .expect("a registration flow");
    c.expect(
        "GET",
        "/self-service/registration/flows",
        json!({"id": "r1"}),
        &[],
        None,
    )
    .await;

    let c = Call::new("registration-success");
    kratos::submit_self_service_registration_flow(
        &c.kratos(),
        "r1",
        Some(body(
            json!({"method": "password", "password": "pw", "traits": {}}),
        )),
    )
    .await
    .expect("a successful registration");
    c.expect(
        "POST",
        "/self-service/registration",
        json!({"flow": "r1"}),
        &[],
        Some(json!({"method": "password", "password": "pw", "traits": {}})),
    )
    .await;

    let c = Call::new("recovery");
    kratos::initialize_self_service_recovery_flow_for_browsers(&c.kratos(), Some("/r"))
        .await
        .expect("a recovery flow");
    c.expect(
        "GET",
        "/self-service/recovery/browser",
        json!({"return_to": "/r"}),
        &[],
        None,
    )
    .await;

    let c = Call::new("recovery");
    kratos::initialize_self_service_recovery_flow_without_browser(&c.kratos())
        .await
        .expect("a recovery flow");
    c.expect("GET", "/self-service/recovery/api", json!({}), &[], None)
        .await;

    let c = Call::new("recovery");
    kratos::get_self_service_recovery_flow(&c.kratos(), "rc", None)
        .await
        .expect("a recovery flow");
    c.expect(
        "GET",
        "/self-service/recovery/flows",
        json!({"id": "rc"}),
        &[],
        None,
    )
    .await;

    let c = Call::new("recovery");
    kratos::submit_self_service_recovery_flow(
        &c.kratos(),
        "rc",
        Some("t0k"),
        Some(body(json!({"method": "link", "email": "ada@example.com"}))),
    )
    .await
    .expect("a recovery flow");
    c.expect(
        "POST",
        "/self-service/recovery",
        json!({"flow": "rc", "token": "t0k"}),
        &[],
        Some(json!({"method": "link", "email": "ada@example.com"})),
    )
    .await;

    let c = Call::new("verification");
    kratos::initialize_self_service_verification_flow_for_browsers(&c.kratos(), None)
        .await
        .expect("a verification flow");
    c.expect(
        "GET",
        "/self-service/verification/browser",
        json!({}),
        &[],
        None,
    )
    .await;

    let c = Call::new("verification");
    kratos::initialize_self_service_verification_flow_without_browser(&c.kratos())
        .await
        .expect("a verification flow");
    c.expect(
        "GET",
        "/self-service/verification/api",
        json!({}),
        &[],
        None,
    )
    .await;

    let c = Call::new("verification");
    kratos::get_self_service_verification_flow(&c.kratos(), "v1", None)
        .await
        .expect("a verification flow");
    c.expect(
        "GET",
        "/self-service/verification/flows",
        json!({"id": "v1"}),
        &[],
        None,
    )
    .await;

    let c = Call::new("verification");
    kratos::submit_self_service_verification_flow(
        &c.kratos(),
        "v1",
        None,
        Some(body(json!({"method": "link", "email": "ada@example.com"}))),
    )
    .await
    .expect("a verification flow");
    c.expect(
        "POST",
        "/self-service/verification",
        json!({"flow": "v1"}),
        &[],
        Some(json!({"method": "link", "email": "ada@example.com"})),
    )
    .await;

    let c = Call::new("settings");
    kratos::initialize_self_service_settings_flow_for_browsers(&c.kratos(), Some("/s"))
        .await
        .expect("a settings flow");
    c.expect(
        "GET",
        "/self-service/settings/browser",
        json!({"return_to": "/s"}),
        &[],
        None,
    )
    .await;

    let c = Call::new("settings");
    kratos::initialize_self_service_settings_flow_without_browser(&c.kratos(), Some("tok"))
        .await
        .expect("a settings flow");
    c.expect(
        "GET",
        "/self-service/settings/api",
        json!({}),
        &[("x-session-token", Some("tok"))],
        None,
    )
    .await;

    let c = Call::new("settings");
    kratos::get_self_service_settings_flow(&c.kratos(), "s1", None, None)
        .await
        .expect("a settings flow");
    c.expect(
        "GET",
        "/self-service/settings/flows",
        json!({"id": "s1"}),
        &[],
        None,
    )
    .await;

    let c = Call::new("settings");
    kratos::submit_self_service_settings_flow(
        &c.kratos(),
        "s1",
        Some("tok"),
        Some(body(json!({"method": "password", "password": "new"}))),
    )
    .await
    .expect("a settings flow");
    c.expect(
        "POST",
        "/self-service/settings",
        json!({"flow": "s1"}),
        &[("x-session-token", Some("tok"))],
        Some(json!({"method": "password", "password": "new"})),
    )
    .await;
}

#[wasm_bindgen_test]
async fn kratos_sessions_logout_schemas_and_admin() {
    let c = Call::new("logout-url");
    kratos::create_self_service_logout_flow_url_for_browsers(&c.kratos(), None)
        .await
        .expect("a logout URL");
    c.expect("GET", "/self-service/logout/browser", json!({}), &[], None)
        .await;

    let c = Call::new("empty");
    kratos::submit_self_service_logout_flow(&c.kratos(), Some("lt"), None)
        .await
        .expect("logged out");
    c.expect(
        "GET",
        "/self-service/logout",
        json!({"token": "lt"}),
        &[],
        None,
    )
    .await;

    let c = Call::new("empty");
    kratos::submit_self_service_logout_flow_without_browser(
        &c.kratos(),
        body(json!({"session_token": "st"})),
    )
    .await
    .expect("logged out");
    c.expect(
        "DELETE",
        "/self-service/logout/api",
        json!({}),
        &[],
        Some(json!({"session_token": "st"})),
    )
    .await;

    let c = Call::new("session");
    kratos::to_session(&c.kratos(), Some("tok"), None)
        .await
        .expect("a session");
    c.expect(
        "GET",
        "/sessions/whoami",
        json!({}),
        &[("x-session-token", Some("tok"))],
        None,
    )
    .await;

    let c = Call::new("sessions");
    kratos::list_sessions(&c.kratos(), None, None, None, Some(2))
        .await
        .expect("sessions");
    c.expect("GET", "/sessions", json!({"page": "2"}), &[], None)
        .await;

    let c = Call::new("empty");
    kratos::revoke_session(&c.kratos(), "s1")
        .await
        .expect("revoked");
    c.expect("DELETE", "/sessions/s1", json!({}), &[], None)
        .await;

    let c = Call::new("count");
    kratos::revoke_sessions(&c.kratos(), Some("tok"), None)
        .await
        .expect("revoked");
    c.expect(
        "DELETE",
        "/sessions",
        json!({}),
        &[("x-session-token", Some("tok"))],
        None,
    )
    .await;

    let c = Call::new("flow-error");
    kratos::get_self_service_error(&c.kratos(), "e1")
        .await
        .expect("a flow error");
    c.expect(
        "GET",
        "/self-service/errors",
        json!({"id": "e1"}),
        &[],
        None,
    )
    .await;

    let c = Call::new("text");
    kratos::get_web_authn_java_script(&c.kratos())
        .await
        .expect("the script");
    c.expect("GET", "/.well-known/ory/webauthn.js", json!({}), &[], None)
        .await;

    let c = Call::new("schemas");
    let schemas: Vec<ory_wasm::compat::ory_kratos_client::models::IdentitySchema> =
        kratos::list_identity_schemas(&c.kratos(), None, None)
            .await
            .expect("schemas");
    assert_eq!(schemas.len(), 1);
    c.expect("GET", "/schemas", json!({}), &[], None).await;

    let c = Call::new("object");
    kratos::get_json_schema(&c.kratos(), "default")
        .await
        .expect("a schema");
    c.expect("GET", "/schemas/default", json!({}), &[], None)
        .await;

    let c = Call::new("identity");
    kratos::admin_create_identity(&kratos_admin(&c), Some(json!({"schema_id": "default"})))
        .await
        .expect("an identity");
    c.expect(
        "POST",
        "/admin/identities",
        json!({}),
        &[KEY],
        Some(json!({"schema_id": "default"})),
    )
    .await;

    let c = Call::new("identity");
    kratos::admin_get_identity(&kratos_admin(&c), "i1", None)
        .await
        .expect("an identity");
    c.expect("GET", "/admin/identities/i1", json!({}), &[KEY], None)
        .await;

    let c = Call::new("identities");
    kratos::admin_list_identities(&kratos_admin(&c), None, Some(1))
        .await
        .expect("identities");
    c.expect(
        "GET",
        "/admin/identities",
        json!({"page": "1"}),
        &[KEY],
        None,
    )
    .await;

    let c = Call::new("identity");
    kratos::admin_update_identity(&kratos_admin(&c), "i1", None)
        .await
        .expect("an identity");
    c.expect("PUT", "/admin/identities/i1", json!({}), &[KEY], None)
        .await;

    let c = Call::new("empty");
    kratos::admin_delete_identity(&kratos_admin(&c), "i1")
        .await
        .expect("deleted");
    c.expect("DELETE", "/admin/identities/i1", json!({}), &[KEY], None)
        .await;

    let c = Call::new("empty");
    kratos::admin_delete_identity_sessions(&kratos_admin(&c), "i1")
        .await
        .expect("deleted");
    c.expect(
        "DELETE",
        "/admin/identities/i1/sessions",
        json!({}),
        &[KEY],
        None,
    )
    .await;

    let c = Call::new("sessions");
    kratos::admin_list_identity_sessions(&kratos_admin(&c), "i1", None, Some(4), None)
        .await
        .expect("sessions");
    c.expect(
        "GET",
        "/admin/identities/i1/sessions",
        json!({"page": "4"}),
        &[KEY],
        None,
    )
    .await;

    let c = Call::new("recovery-link");
    kratos::admin_create_self_service_recovery_link(
        &kratos_admin(&c),
        Some(json!({"identity_id": "i1"})),
    )
    .await
    .expect("a link");
    c.expect(
        "POST",
        "/admin/recovery/link",
        json!({}),
        &[KEY],
        Some(json!({"identity_id": "i1"})),
    )
    .await;
}
