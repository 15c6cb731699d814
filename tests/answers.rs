//! How answers are judged: the error mapping for every Kratos error id and every error fixture,
//! and the shape checks of successful answers against the real fixtures.

use ory_wasm::endpoint::{check_shape, Shape};
use ory_wasm::{Error, ErrorKind};
use serde_json::{json, Value};

fn shared(path: &str) -> Value {
    let path = format!("{}/../shared/kratos/{path}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn fixtures(prefix: &str) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    for era in ["v0", "v1"] {
        let dir = format!(
            "{}/../shared/kratos/fixtures/{era}",
            env!("CARGO_MANIFEST_DIR")
        );
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{dir}: {e}")) {
            let name = entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .into_owned();
            if name.starts_with(prefix) && name.ends_with(".json") {
                out.push((
                    format!("{era}/{name}"),
                    shared(&format!("fixtures/{era}/{name}")),
                ));
            }
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

#[test]
fn every_kratos_error_id_becomes_its_kind() {
    let ids = shared("error-ids.json");
    let ids = ids.as_array().expect("a list");
    assert!(ids.len() >= 10);
    for entry in ids {
        let id = entry["id"].as_str().expect("id");
        let status = entry["http_status"].as_u64().expect("status") as u16;
        let body = json!({"error": {"id": id, "code": status, "message": "m"}});
        let error = Error::from_http(status, Some(&&body), false);
        assert_eq!(error.kind.as_str(), id);
        assert_eq!(error.kind, ErrorKind::from_error_id(id));
        assert_eq!(error.error_id.as_deref(), Some(id));
        assert_eq!(error.status, status);
    }
}

#[test]
fn every_error_fixture_maps_to_its_kind() {
    let cases = fixtures("error-");
    assert!(cases.len() >= 15, "found {}", cases.len());
    for (name, body) in cases {
        // The status is the last number of the file name (error-…-410.json).
        let status: u16 = name
            .trim_end_matches(".json")
            .rsplit('-')
            .next()
            .and_then(|s| s.parse().ok())
            .expect("status");
        let whoami = name.contains("whoami");
        let error = Error::from_http(status, Some(&&body), whoami);
        let expected = match body["error"]["id"].as_str() {
            Some(id) => id.to_owned(),
            None => "session_inactive".to_owned(), // only whoami answers without an id
        };
        assert_eq!(error.kind.as_str(), expected, "{name}");
        if let Some(flow_id) = body["use_flow_id"].as_str() {
            assert_eq!(error.use_flow_id.as_deref(), Some(flow_id), "{name}");
        }
        if let Some(to) = body["redirect_browser_to"].as_str() {
            assert_eq!(error.redirect_browser_to.as_deref(), Some(to), "{name}");
        }
        assert!(
            error.message.starts_with(&format!("HTTP {status}")),
            "{name}: {}",
            error.message
        );
    }
}

#[test]
fn a_400_with_a_real_flow_is_a_validation_error() {
    for (name, flow) in fixtures("login-flow-") {
        let error = Error::from_http(400, Some(&&flow), false);
        assert_eq!(error.kind, ErrorKind::FlowValidation, "{name}");
        assert!(error.is_flow_validation());
    }
}

#[test]
fn other_statuses_without_an_id_are_http_errors() {
    for status in [404, 429, 500, 502, 503] {
        let body = json!({"error": {"code": status, "message": "m"}});
        assert_eq!(
            Error::from_http(status, Some(&&body), false).kind,
            ErrorKind::Http
        );
    }
    let html = Value::String("<html>Bad gateway</html>".into());
    assert_eq!(
        Error::from_http(502, Some(&&html), false).kind,
        ErrorKind::Http
    );
}

#[test]
fn real_answers_pass_their_shape_checks() {
    let cases: &[(&str, Shape)] = &[
        ("login-flow-", Shape::Flow),
        ("registration-flow-", Shape::Flow),
        ("recovery-flow-", Shape::Flow),
        ("verification-flow-", Shape::Flow),
        ("settings-flow-", Shape::Flow),
        ("session-", Shape::Session),
        ("logout-url", Shape::LogoutFlow),
        ("login-success-", Shape::SuccessfulLogin),
        ("registration-success-", Shape::SuccessfulRegistration),
        ("flow-error-", Shape::FlowError),
    ];
    let mut checked = 0;
    for (prefix, shape) in cases {
        for (name, body) in fixtures(prefix) {
            // The login successes of the v1 captures carry `session.identity: null` but an id.
            check_shape(*shape, &&body)
                .unwrap_or_else(|(path, problem)| panic!("{name}: {path} {problem}"));
            checked += 1;
        }
    }
    assert!(checked >= 25, "checked {checked}");
}

#[test]
fn wrong_shapes_name_the_path() {
    let no_nodes = json!({"id": "f", "ui": {"action": "x", "method": "POST"}});
    assert_eq!(
        check_shape(Shape::Flow, &&no_nodes).unwrap_err().0,
        "ui.nodes"
    );
    let bad_node = json!({"id": "f", "ui": {"nodes": [{"type": "input", "attributes": {}}, {"type": "input"}]}});
    let (path, problem) = check_shape(Shape::Flow, &&bad_node).unwrap_err();
    assert_eq!(path, "ui.nodes[1].attributes");
    assert_eq!(problem, "is missing");
    let not_object = json!([1, 2]);
    assert_eq!(
        check_shape(Shape::Session, &&not_object).unwrap_err().1,
        "should be an object but is an array"
    );
    let sessions = json!([{"id": "a"}, {"id": 3}]);
    assert_eq!(
        check_shape(Shape::Sessions, &&sessions).unwrap_err().0,
        "[1].id"
    );
    let login = json!({"session": {"active": true}});
    assert_eq!(
        check_shape(Shape::SuccessfulLogin, &&login).unwrap_err().0,
        "session.id"
    );
    let exchange = json!({"session": {"id": "s"}});
    assert_eq!(
        check_shape(Shape::TokenExchange, &&exchange).unwrap_err().0,
        "session_token"
    );
}

#[test]
fn decode_errors_say_where() {
    let error = Error::decode(200, "ui.nodes", "is missing");
    assert_eq!(error.kind, ErrorKind::Decode);
    assert_eq!(
        error.message,
        "unexpected answer (HTTP 200): `ui.nodes` is missing"
    );
}

// --- answer::read: the one reading of an answer, shared by the Rust API and the npm package ---

mod read {
    use ory_wasm::answer::{is_json, read, Body, Rejected};
    use ory_wasm::endpoints::frontend::{
        GET_LOGIN_FLOW, GET_WEB_AUTHN_JAVA_SCRIPT, TO_SESSION, UPDATE_LOGOUT_FLOW,
    };
    use ory_wasm::endpoints::identity::EXTEND_SESSION;
    use ory_wasm::ErrorKind;
    use serde_json::{json, Value};

    const JSON: &str = "application/json; charset=utf-8";

    fn parsed(value: Value) -> impl FnOnce() -> Result<Value, String> {
        move || Ok(value)
    }

    fn never() -> Result<Value, String> {
        panic!("the body must not be parsed here")
    }

    #[test]
    fn content_types_that_declare_json() {
        for yes in [
            "application/json",
            "Application/JSON; charset=utf-8",
            " application/problem+json ",
            "application/vnd.ory+JSON",
        ] {
            assert!(is_json(yes), "{yes}");
        }
        for no in [
            "",
            "text/html",
            "application/jsonp",
            "text/json-ish",
            "application/x-json5",
            "+json",
            "é+jso",
        ] {
            assert!(!is_json(no), "{no}");
        }
    }

    #[test]
    fn a_flow_of_its_shape_is_handed_over() {
        let flow = json!({"id": "f", "ui": {"nodes": []}});
        assert_eq!(
            read(&GET_LOGIN_FLOW, 200, JSON, parsed(flow.clone())),
            Ok(Body::Json(flow))
        );
    }

    #[test]
    fn bodies_without_json_are_not_parsed() {
        assert_eq!(read(&UPDATE_LOGOUT_FLOW, 204, "", never), Ok(Body::Nothing));
        assert_eq!(read(&EXTEND_SESSION, 204, "", never), Ok(Body::Nothing));
        assert_eq!(
            read(&GET_WEB_AUTHN_JAVA_SCRIPT, 200, "text/javascript", never),
            Ok(Body::Text)
        );
        // An error page that is not JSON: mapped from the status alone.
        let rejected = read(&GET_LOGIN_FLOW, 502, "text/html", never).unwrap_err();
        assert_eq!(rejected.error.status, 502);
        assert_eq!(rejected.body, None);
    }

    #[test]
    fn a_success_that_is_not_json_or_not_its_shape_is_a_decode_error() {
        let html = read(&GET_LOGIN_FLOW, 200, "text/html", never).unwrap_err();
        assert_eq!(html.error.kind, ErrorKind::Decode);
        assert!(
            html.error.message.contains("Content-Type is \"text/html\""),
            "{}",
            html.error.message
        );

        let broken = read(&GET_LOGIN_FLOW, 200, JSON, || {
            Err::<Value, _>("line 1".to_owned())
        })
        .unwrap_err();
        assert_eq!(broken.error.kind, ErrorKind::Decode);
        assert!(
            broken.error.message.contains("is not valid JSON (line 1)"),
            "{}",
            broken.error.message
        );

        let shape = read(&GET_LOGIN_FLOW, 200, JSON, parsed(json!({"id": "f"}))).unwrap_err();
        assert_eq!(shape.error.kind, ErrorKind::Decode);
        assert!(
            shape.error.message.contains("`ui`"),
            "{}",
            shape.error.message
        );
    }

    #[test]
    fn an_error_answer_is_mapped_and_keeps_its_body() {
        let body =
            json!({"error": {"id": "session_inactive", "code": 401, "message": "no session"}});
        let Rejected { error, body: kept } =
            read(&TO_SESSION, 401, JSON, parsed(body.clone())).unwrap_err();
        assert_eq!(error.kind, ErrorKind::SessionInactive);
        assert_eq!(kept, Some(body));

        // whoami's 401 without an error id still means "no session"; elsewhere it does not.
        let bare = json!({"error": {"code": 401}});
        let whoami = read(&TO_SESSION, 401, JSON, parsed(bare.clone())).unwrap_err();
        assert_eq!(whoami.error.kind, ErrorKind::SessionInactive);
        let flow = read(&GET_LOGIN_FLOW, 401, JSON, parsed(bare)).unwrap_err();
        assert_ne!(flow.error.kind, ErrorKind::SessionInactive);

        // A 400 carrying a flow is a validation error, whose body is the flow.
        let invalid = json!({"id": "f", "ui": {"nodes": [], "messages": [{"id": 4000006, "type": "error", "text": "bad"}]}});
        let rejected = read(&GET_LOGIN_FLOW, 400, JSON, parsed(invalid.clone())).unwrap_err();
        assert_eq!(rejected.error.kind, ErrorKind::FlowValidation);
        assert_eq!(rejected.body, Some(invalid));

        // An error body that does not parse is no body, not a panic.
        let garbled = read(&GET_LOGIN_FLOW, 500, JSON, || {
            Err::<Value, _>("eof".to_owned())
        })
        .unwrap_err();
        assert_eq!(garbled.body, None);
        assert_eq!(garbled.error.status, 500);
    }
}
