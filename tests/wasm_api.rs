//! The typed Rust API over the real `fetch`, in headless Chromium (wasm-bindgen-test), against
//! the recording server of `tests/support/wasm-api-server.mjs`, whose URL `npm test` passes in
//! `ORY_TEST_API` at build time.
#![cfg(target_arch = "wasm32")]

use ory_wasm::api::FrontendApi;
use ory_wasm::endpoint::{CallOptions, HttpRequest, Method};
use ory_wasm::endpoints::frontend::*;
use ory_wasm::models::{UpdateLoginFlowBody, UpdateLoginFlowWithPasswordMethod};
use ory_wasm::{Configuration, ErrorKind};
use serde_json::Value;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn api_url() -> &'static str {
    match option_env!("ORY_TEST_API") {
        Some(url) => url,
        None => panic!("ORY_TEST_API is set by `npm test` (scripts/test.mjs)"),
    }
}

fn api() -> FrontendApi {
    FrontendApi::new(Configuration::new(&format!("{}/", api_url())).expect("valid base path"))
}

/// What the server recorded, newest last.
async fn recorded() -> Vec<Value> {
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
    serde_json::from_str(&String::from(&response.body)).expect("JSON")
}

async fn last_request(path: &str) -> Value {
    let all = recorded().await;
    all.into_iter()
        .rev()
        .find(|r| r["path"] == path)
        .unwrap_or_else(|| panic!("no request to {path}"))
}

#[wasm_bindgen_test]
async fn creates_a_browser_login_flow() {
    let flow = api()
        .create_browser_login_flow(&CreateBrowserLoginFlow {
            return_to: Some("https://app.example/after?x=1".into()),
            refresh: Some(true),
            ..Default::default()
        })
        .await
        .expect("a login flow");
    assert_eq!(
        flow.id.as_deref(),
        Some("4253b0f4-a6d9-4b0a-ba31-00e5cc1c14aa")
    );
    assert!(flow
        .ui
        .nodes
        .iter()
        .any(|node| node.input_name() == Some("password")));

    let request = last_request("/self-service/login/browser").await;
    assert_eq!(request["method"], "GET");
    assert_eq!(
        request["query"]["return_to"],
        "https://app.example/after?x=1"
    );
    assert_eq!(request["query"]["refresh"], "true");
    assert_eq!(request["headers"]["accept"], "application/json");
}

#[wasm_bindgen_test]
async fn a_rejected_login_is_a_flow_validation_error_with_the_flow() {
    let body = UpdateLoginFlowBody::from(UpdateLoginFlowWithPasswordMethod {
        identifier: "ada@example.com".into(),
        password: "wrong password".into(),
        csrf_token: Some("token".into()),
        ..Default::default()
    });
    let error = api()
        .update_login_flow(&UpdateLoginFlow {
            flow: "f1".into(),
            update_login_flow_body: body,
            x_session_token: None,
            cookie: None,
        })
        .await
        .expect_err("a 400");
    assert_eq!(error.kind, ErrorKind::FlowValidation);
    assert_eq!(error.status, 400);
    assert!(
        !error.message.contains("wrong password"),
        "no secrets in messages"
    );
    let flow: ory_wasm::models::LoginFlow =
        serde_json::from_value(error.body.clone().expect("the flow")).expect("a login flow");
    assert_eq!(
        flow.ui.messages.unwrap_or_default().first().map(|m| m.id),
        Some(4000006)
    );

    let request = last_request("/self-service/login").await;
    assert_eq!(request["query"]["flow"], "f1");
    assert_eq!(request["headers"]["content-type"], "application/json");
    let sent: Value = request["body"].clone();
    assert_eq!(
        sent,
        serde_json::json!({"method": "password", "identifier": "ada@example.com", "password": "wrong password", "csrf_token": "token"})
    );
}

#[wasm_bindgen_test]
async fn whoami_without_a_session_is_session_inactive() {
    let error = api()
        .to_session(&ToSession::default())
        .await
        .expect_err("401");
    assert_eq!(error.kind, ErrorKind::SessionInactive);
    assert_eq!(error.status, 401);
}

#[wasm_bindgen_test]
async fn a_session_token_goes_into_the_header_not_the_url() {
    let sessions = api()
        .list_my_sessions(&ListMySessions {
            x_session_token: Some("secret-token".into()),
            ..Default::default()
        })
        .await
        .expect("sessions");
    assert_eq!(sessions.len(), 1);
    let request = last_request("/sessions").await;
    assert_eq!(request["headers"]["x-session-token"], "secret-token");
    assert!(!request["search"]
        .as_str()
        .unwrap_or_default()
        .contains("secret"));
    assert!(
        request["headers"].get("cookie").is_none(),
        "token calls carry no cookies"
    );
}

#[wasm_bindgen_test]
async fn aal2_required_carries_the_redirect() {
    let error = api()
        .create_browser_settings_flow(&CreateBrowserSettingsFlow::default())
        .await
        .expect_err("403");
    assert_eq!(error.kind, ErrorKind::SessionAal2Required);
    assert_eq!(
        error.redirect_browser_to.as_deref(),
        Some("http://127.0.0.1:4433/self-service/login/browser?aal=aal2")
    );
}

#[wasm_bindgen_test]
async fn a_flow_without_ui_is_a_decode_error_naming_the_path() {
    let error = api()
        .get_recovery_flow(&GetRecoveryFlow {
            id: "r".into(),
            cookie: None,
        })
        .await
        .expect_err("decode");
    assert_eq!(error.kind, ErrorKind::Decode);
    assert!(error.message.contains("`ui`"), "{}", error.message);
}

#[wasm_bindgen_test]
async fn html_where_json_is_due_is_a_decode_error() {
    let error = api()
        .get_flow_error(&GetFlowError { id: "e".into() })
        .await
        .expect_err("decode");
    assert_eq!(error.kind, ErrorKind::Decode);
    assert!(error.message.contains("text/html"), "{}", error.message);
}

#[wasm_bindgen_test]
async fn the_timeout_fires() {
    let options = CallOptions {
        timeout_ms: Some(100),
        ..Default::default()
    };
    let error = api()
        .send_with(
            &GetVerificationFlow {
                id: "v".into(),
                cookie: None,
            },
            &options,
            None,
        )
        .await
        .expect_err("timeout");
    assert_eq!(error.kind, ErrorKind::Timeout);
    assert_eq!(error.status, 0);
}

#[wasm_bindgen_test]
async fn the_callers_signal_aborts() {
    let controller = web_sys::AbortController::new().expect("AbortController");
    let signal = controller.signal();
    let api = api();
    let request = GetRegistrationFlow {
        id: "g".into(),
        cookie: None,
    };
    wasm_bindgen_futures::spawn_local({
        let controller = controller.clone();
        async move {
            sleep(50).await;
            controller.abort();
        }
    });
    let error = api
        .send_with(&request, &CallOptions::default(), Some(&signal))
        .await
        .expect_err("aborted");
    assert_eq!(error.kind, ErrorKind::Aborted);

    // An already aborted signal never sends.
    let error = api
        .send_with(&request, &CallOptions::default(), Some(&signal))
        .await
        .expect_err("aborted");
    assert_eq!(error.kind, ErrorKind::Aborted);
}

#[wasm_bindgen_test]
async fn path_parameters_are_escaped_and_204_is_unit() {
    api()
        .disable_my_session(&DisableMySession {
            id: "a/b".into(),
            x_session_token: None,
            cookie: None,
        })
        .await
        .expect("204");
    let request = last_request("/sessions/a%2Fb").await;
    assert_eq!(request["method"], "DELETE");
}

#[wasm_bindgen_test]
async fn the_webauthn_script_is_text() {
    assert_eq!(
        api().get_web_authn_java_script().await.expect("text"),
        "window.x=1;"
    );
}

/// Resolves after `ms` milliseconds.
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let global = js_sys::global();
        let set_timeout: js_sys::Function = js_sys::Reflect::get(&global, &"setTimeout".into())
            .expect("setTimeout")
            .unchecked_into();
        let _ = set_timeout.call2(&global, &resolve, &ms.into());
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// A configuration whose base path is answered with the peer's canned answer `answer`
/// (`tests/support/wasm-api-server.mjs`), with an API key this test page may send.
fn admin_config(answer: &str, call: &str) -> Configuration {
    let mut config = Configuration::new(&format!(
        "{}/compat/{answer}/admin-class-{call}/",
        api_url()
    ))
    .expect("valid base path")
    .with_api_key("ory_pat_admin");
    config.allow_api_key_in_browser = true;
    config
}

#[wasm_bindgen_test]
async fn the_admin_classes_send_their_operation_and_answer_typed_models() {
    use ory_wasm::api::{
        CourierApi, IdentityApi, JwkApi, OAuth2Api, OidcApi, ProjectApi, WellknownApi,
    };
    use ory_wasm::endpoints::{courier, identity, jwk, oauth2, project};
    use ory_wasm::models::{CourierMessageStatus, ProjectState};

    let identities = IdentityApi::new(admin_config("identities", "1"))
        .list_identities(&identity::ListIdentities {
            per_page: Some(5),
            ..Default::default()
        })
        .await
        .expect("identities");
    assert_eq!(identities.len(), 1);
    assert!(!identities[0].id.is_empty());
    let request = last_request("/compat/identities/admin-class-1/admin/identities").await;
    assert_eq!(request["method"], "GET");
    assert_eq!(request["query"]["per_page"], "5");
    assert_eq!(request["headers"]["authorization"], "Bearer ory_pat_admin");

    let messages = CourierApi::new(admin_config("messages", "2"))
        .list_courier_messages(&courier::ListCourierMessages::default())
        .await
        .expect("messages");
    assert_eq!(messages[0].status, Some(CourierMessageStatus::Sent));

    let client = OAuth2Api::new(admin_config("client", "3"))
        .get_o_auth2_client(&oauth2::GetOAuth2Client { id: "c1".into() })
        .await
        .expect("a client");
    assert_eq!(client.client_id.as_deref(), Some("c1"));
    last_request("/compat/client/admin-class-3/admin/clients/c1").await;

    let redirect = OAuth2Api::new(admin_config("redirect", "4"))
        .accept_o_auth2_login_request(&oauth2::AcceptOAuth2LoginRequest {
            login_challenge: "ch".into(),
            body: Some(ory_wasm::models::AcceptOAuth2LoginRequest {
                subject: "ada".into(),
                remember: Some(true),
                ..Default::default()
            }),
        })
        .await
        .expect("a redirect");
    assert!(redirect.redirect_to.starts_with("https://auth.example/"));
    let request =
        last_request("/compat/redirect/admin-class-4/admin/oauth2/auth/requests/login/accept")
            .await;
    assert_eq!(request["method"], "PUT");
    assert_eq!(
        request["body"],
        serde_json::json!({"subject": "ada", "remember": true})
    );

    let discovery = OidcApi::new(admin_config("oidc-configuration", "5"))
        .discover_oidc_configuration()
        .await
        .expect("discovery");
    assert_eq!(discovery.issuer, "https://auth.example");

    let keys = WellknownApi::new(admin_config("jwks", "6"))
        .discover_json_web_keys()
        .await
        .expect("keys");
    assert_eq!(keys.keys.expect("keys")[0].kty, "RSA");
    let set = JwkApi::new(admin_config("jwks", "7"))
        .get_json_web_key_set(&jwk::GetJsonWebKeySet { set: "s".into() })
        .await
        .expect("a key set");
    assert_eq!(set.keys.expect("keys")[0].kid.as_deref(), Some("k1"));

    let found = ProjectApi::new(admin_config("project", "8"))
        .get_project(&project::GetProject {
            project_id: "p1".into(),
        })
        .await
        .expect("a project");
    assert_eq!(found.state, Some(ProjectState::Running));

    // An error answer is the one error mapping's `Error`, as for every other call.
    let error = ProjectApi::new(admin_config("not-found", "9"))
        .list_projects()
        .await
        .expect_err("404");
    assert_eq!(error.status, 404);
    assert_eq!(error.kind, ErrorKind::Http);
}

/// The renderer from Rust: the default card (title, gated links) and a `renderNode` hook that
/// wraps the password field; the SDK keeps the control it reads.
#[wasm_bindgen_test]
fn renders_the_card_with_a_rust_render_node_hook() {
    use ory_wasm::render::{render_flow, RenderNode, RenderOptions};
    use std::rc::Rc;

    let flow: Value = serde_json::from_str(include_str!(
        "../../shared/kratos/fixtures/v1/login-flow-password-browser.json"
    ))
    .expect("fixture");
    let document = web_sys::window().unwrap().document().unwrap();
    let container = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&container).unwrap();
    let mut options = RenderOptions::new(Configuration::new(api_url()).expect("valid base path"));
    options.urls.recovery = Some("/recovery".into());
    options.urls.registration = Some("javascript:alert(1)".into());
    let wrapping = document.clone();
    options.render_node = Some(RenderNode::Rust(Rc::new(move |context| {
        if context.name != Some("password") {
            return None;
        }
        let wrapper = wrapping.create_element("div").unwrap();
        wrapper.set_class_name("mine");
        wrapper.append_child(context.element).unwrap();
        Some(wrapper)
    })));
    let view = render_flow(flow, container.clone(), options).expect("rendered");
    let text = |selector: &str| {
        container
            .query_selector(selector)
            .unwrap()
            .and_then(|e| e.text_content())
    };
    assert_eq!(text(".ory-card-title").as_deref(), Some("Sign in"));
    assert_eq!(text(".ory-forgot").as_deref(), Some("Forgot password?"));
    // The hostile sign-up URL is no link.
    assert_eq!(container.query_selector_all("a").unwrap().length(), 1);
    assert!(container
        .query_selector(".mine .ory-field input[name=password]")
        .unwrap()
        .is_some());
    view.destroy();
    container.remove();
}
