//! Every endpoint declaration against the official OpenAPI specs: method, path, parameter
//! names and locations, required flags, bodies, the `V0alpha2Api` names and argument order —
//! and the requests the builder makes from them.

use std::collections::BTreeSet;

use ory_wasm::config::{Configuration, Credentials};
use ory_wasm::endpoint::{
    build_request, js_name, Arguments, CallOptions, Endpoint, Flavor, Location, ParamValue,
    Platform, BODY,
};
use ory_wasm::endpoints;
use ory_wasm::ErrorKind;
use serde_json::Value;

fn spec(name: &str) -> Value {
    let path = format!("{}/../shared/kratos/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).expect("spec is JSON")
}

/// (method, path) -> operation object.
fn operations(spec: &Value) -> Vec<(String, String, Value)> {
    let mut out = Vec::new();
    for (path, item) in spec["paths"].as_object().expect("paths") {
        for (method, operation) in item.as_object().expect("path item") {
            if operation.get("operationId").is_some() {
                out.push((method.to_uppercase(), path.clone(), operation.clone()));
            }
        }
    }
    out
}

fn find<'a>(ops: &'a [(String, String, Value)], endpoint: &Endpoint) -> Option<&'a Value> {
    ops.iter()
        .find(|(method, path, _)| method == endpoint.method.as_str() && path == endpoint.path)
        .map(|(_, _, op)| op)
}

fn location(name: &str) -> Location {
    match name {
        "query" => Location::Query,
        "path" => Location::Path,
        "header" => Location::Header,
        other => panic!("unexpected parameter location {other}"),
    }
}

#[test]
fn every_frontend_operation_of_the_v1_spec_is_declared() {
    let v1 = spec("openapi-v1.json");
    let declared: BTreeSet<&str> = endpoints::all().filter_map(|e| e.v1_name).collect();
    let frontend: BTreeSet<String> = operations(&v1)
        .into_iter()
        .filter(|(_, _, op)| {
            op["tags"]
                .as_array()
                .is_some_and(|tags| tags.iter().any(|t| t == "frontend"))
        })
        .map(|(_, _, op)| op["operationId"].as_str().unwrap_or_default().to_owned())
        .collect();
    assert_eq!(frontend.len(), 30, "the v1 FrontendApi has 30 operations");
    for name in &frontend {
        assert!(declared.contains(name.as_str()), "{name} is not declared");
    }
}

#[test]
fn declarations_match_the_v1_spec() {
    let v1 = spec("openapi-v1.json");
    let ops = operations(&v1);
    // The admin, OAuth2, JWK and project declarations: tests/admin_endpoints.rs.
    for endpoint in endpoints::frontend::ALL {
        let Some(name) = endpoint.v1_name else {
            continue;
        };
        let op = find(&ops, endpoint).unwrap_or_else(|| {
            panic!(
                "{name}: {} {} is not in the spec",
                endpoint.method.as_str(),
                endpoint.path
            )
        });
        assert_eq!(
            op["operationId"],
            name,
            "{} {}",
            endpoint.method.as_str(),
            endpoint.path
        );
        let spec_params = op["parameters"].as_array().cloned().unwrap_or_default();
        assert_eq!(
            spec_params.len(),
            endpoint.params.len(),
            "{name}: parameter count"
        );
        for (declared, from_spec) in endpoint.params.iter().zip(&spec_params) {
            assert_eq!(
                declared.wire, from_spec["name"],
                "{name}: parameter order/name"
            );
            assert_eq!(
                declared.location,
                location(from_spec["in"].as_str().unwrap_or_default()),
                "{name}.{}",
                declared.wire
            );
            assert_eq!(
                declared.required,
                from_spec["required"].as_bool().unwrap_or(false),
                "{name}.{}",
                declared.wire
            );
        }
        let spec_body = op.get("requestBody");
        match (endpoint.body, spec_body) {
            (None, None) => {}
            (Some(body), Some(spec_body)) => {
                let schema = &spec_body["content"]["application/json"]["schema"]["$ref"];
                assert_eq!(
                    schema.as_str().and_then(|r| r.rsplit('/').next()),
                    Some(body.name),
                    "{name}: body"
                );
                assert_eq!(
                    body.required,
                    spec_body["required"].as_bool().unwrap_or(false),
                    "{name}: body required"
                );
            }
            (declared, from_spec) => panic!("{name}: body {declared:?} vs spec {from_spec:?}"),
        }
        let is_native = endpoint.path.ends_with("/api") || name == "exchangeSessionToken";
        assert_eq!(
            endpoint.flavor == Flavor::Native,
            is_native,
            "{name}: flavor"
        );
    }
}

#[test]
fn v0alpha2_names_and_positional_arguments_match_the_old_spec() {
    let v0 = spec("openapi-v0.10.1.json");
    let ops = operations(&v0);
    let mut covered = BTreeSet::new();
    for endpoint in endpoints::frontend::ALL {
        let Some(v0alpha2) = endpoint.v0alpha2 else {
            continue;
        };
        let op = find(&ops, endpoint)
            .unwrap_or_else(|| panic!("{}: not in the v0.10.1 spec", v0alpha2.name));
        assert_eq!(op["operationId"], v0alpha2.name);
        // The old generator's order: parameters in spec order, the body last, required first.
        let mut expected: Vec<(bool, String)> = op["parameters"]
            .as_array()
            .cloned()
            .unwrap_or_default()
            .iter()
            .map(|p| {
                (
                    p["required"].as_bool().unwrap_or(false),
                    js_name(p["name"].as_str().unwrap_or_default()),
                )
            })
            .collect();
        if let Some(body) = op.get("requestBody") {
            expected.push((body["required"].as_bool().unwrap_or(false), BODY.to_owned()));
        }
        expected.sort_by_key(|(required, _)| !required);
        let expected: Vec<String> = expected.into_iter().map(|(_, name)| name).collect();
        assert_eq!(v0alpha2.arguments, expected.as_slice(), "{}", v0alpha2.name);
        // Every positional argument is a declared parameter (or the body).
        for argument in v0alpha2.arguments {
            let known =
                *argument == BODY || endpoint.params.iter().any(|p| p.js_name() == *argument);
            assert!(
                known,
                "{}: {argument} is not a declared parameter",
                v0alpha2.name
            );
        }
        covered.insert(v0alpha2.name);
    }
    // Every self-service, schema and session operation of the old generation is covered.
    for (_, path, op) in &ops {
        let tagged = op["tags"]
            .as_array()
            .is_some_and(|tags| tags.iter().any(|t| t == "v0alpha2"));
        if tagged && !path.starts_with("/admin") {
            let name = op["operationId"].as_str().unwrap_or_default();
            assert!(covered.contains(name), "{name} has no declaration");
        }
    }
    assert_eq!(covered.len(), 31);
}

fn arguments(endpoint: &Endpoint, values: &[(&str, ParamValue)], body: Option<&str>) -> Arguments {
    Arguments {
        values: endpoint
            .params
            .iter()
            .map(|p| {
                values
                    .iter()
                    .find(|(name, _)| *name == p.js_name())
                    .map(|(_, v)| v.clone())
            })
            .collect(),
        body: body.map(str::to_owned),
    }
}

/// Builds a request with default call options.
#[allow(clippy::result_large_err)] // the crate's `Error` is flat on purpose (see lib.rs)
fn build(
    config: &Configuration,
    endpoint: &Endpoint,
    args: &Arguments,
    platform: Platform,
) -> Result<ory_wasm::endpoint::HttpRequest, ory_wasm::Error> {
    build_request(config, endpoint, args, &CallOptions::default(), platform)
}

fn text(value: &str) -> ParamValue {
    ParamValue::Text(value.to_owned())
}

#[test]
fn browser_login_flow_request() {
    let config = Configuration::new("https://project.oryapis.com/").unwrap();
    let endpoint = &endpoints::frontend::CREATE_BROWSER_LOGIN_FLOW;
    let args = arguments(
        endpoint,
        &[
            ("refresh", ParamValue::Bool(true)),
            ("aal", text("aal2")),
            ("returnTo", text("https://app.example/a?b=c&d")),
        ],
        None,
    );
    let request = build(&config, endpoint, &args, Platform::Browser).unwrap();
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.url,
        "https://project.oryapis.com/self-service/login/browser?refresh=true&aal=aal2&return_to=https%3A%2F%2Fapp.example%2Fa%3Fb%3Dc%26d"
    );
    assert_eq!(
        request.headers,
        vec![("Accept".to_owned(), "application/json".to_owned())]
    );
    assert_eq!(request.credentials, Credentials::Include);
    assert_eq!(request.body, None);
}

#[test]
fn ory_network_prefix_is_kept() {
    let config = Configuration::new("https://x.projects.oryapis.com/api/kratos/public").unwrap();
    let endpoint = &endpoints::frontend::TO_SESSION;
    let request = build_request(
        &config,
        endpoint,
        &arguments(endpoint, &[], None),
        &CallOptions::default(),
        Platform::Browser,
    )
    .unwrap();
    assert_eq!(
        request.url,
        "https://x.projects.oryapis.com/api/kratos/public/sessions/whoami"
    );
}

#[test]
fn submit_carries_json_and_session_token_disables_cookies() {
    let config = Configuration::new("http://localhost:4433").unwrap();
    let endpoint = &endpoints::frontend::UPDATE_LOGIN_FLOW;
    let body = r#"{"method":"password","identifier":"a@b.c","password":"p","csrf_token":"t"}"#;
    let args = arguments(endpoint, &[("flow", text("f 1"))], Some(body));
    let request = build(&config, endpoint, &args, Platform::Browser).unwrap();
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.url,
        "http://localhost:4433/self-service/login?flow=f%201"
    );
    assert!(request
        .headers
        .contains(&("Content-Type".to_owned(), "application/json".to_owned())));
    assert_eq!(request.body.as_deref(), Some(body));
    assert_eq!(request.credentials, Credentials::Include);

    let with_token = arguments(
        endpoint,
        &[("flow", text("f")), ("xSessionToken", text("secret"))],
        Some(body),
    );
    let request = build(&config, endpoint, &with_token, Platform::Browser).unwrap();
    assert!(request
        .headers
        .contains(&("X-Session-Token".to_owned(), "secret".to_owned())));
    assert_eq!(request.credentials, Credentials::Omit);
    assert!(!request.url.contains("secret"), "tokens never go into URLs");
}

#[test]
fn native_endpoints_and_native_mode_never_send_cookies() {
    let browser = Configuration::new("http://localhost:4433").unwrap();
    let native_endpoint = &endpoints::frontend::CREATE_NATIVE_LOGIN_FLOW;
    let request = build_request(
        &browser,
        native_endpoint,
        &arguments(native_endpoint, &[], None),
        &CallOptions::default(),
        Platform::Browser,
    )
    .unwrap();
    assert_eq!(request.credentials, Credentials::Omit);

    let native = browser.native();
    let endpoint = &endpoints::frontend::TO_SESSION;
    let request = build_request(
        &native,
        endpoint,
        &arguments(endpoint, &[], None),
        &CallOptions::default(),
        Platform::Server,
    )
    .unwrap();
    assert_eq!(request.credentials, Credentials::Omit);
}

#[test]
fn path_parameters_are_escaped() {
    let config = Configuration::new("http://localhost:4433").unwrap();
    let endpoint = &endpoints::frontend::DISABLE_MY_SESSION;
    let args = arguments(endpoint, &[("id", text("../admin/identities?x=1"))], None);
    let request = build(&config, endpoint, &args, Platform::Browser).unwrap();
    assert_eq!(
        request.url,
        "http://localhost:4433/sessions/..%2Fadmin%2Fidentities%3Fx%3D1"
    );
    assert_eq!(request.method.as_str(), "DELETE");
}

#[test]
fn missing_required_parameters_are_refused() {
    let config = Configuration::default();
    let endpoint = &endpoints::frontend::GET_LOGIN_FLOW;
    let error = build_request(
        &config,
        endpoint,
        &arguments(endpoint, &[], None),
        &CallOptions::default(),
        Platform::Browser,
    )
    .unwrap_err();
    assert_eq!(error.kind, ErrorKind::InvalidArgument);
    assert!(error.message.contains("id"), "{}", error.message);

    let submit = &endpoints::frontend::UPDATE_LOGIN_FLOW;
    let error = build_request(
        &config,
        submit,
        &arguments(submit, &[("flow", text("f"))], None),
        &CallOptions::default(),
        Platform::Browser,
    )
    .unwrap_err();
    assert!(
        error.message.contains("updateLoginFlowBody"),
        "{}",
        error.message
    );
}

#[test]
fn cookie_header_only_outside_browsers() {
    let config = Configuration::default();
    let endpoint = &endpoints::frontend::TO_SESSION;
    let args = arguments(
        endpoint,
        &[("cookie", text("ory_kratos_session=abc"))],
        None,
    );
    let error = build(&config, endpoint, &args, Platform::Browser).unwrap_err();
    assert_eq!(error.kind, ErrorKind::InvalidArgument);
    let request = build(&config, endpoint, &args, Platform::Server).unwrap();
    assert!(request
        .headers
        .contains(&("Cookie".to_owned(), "ory_kratos_session=abc".to_owned())));
}

#[test]
fn extra_headers_are_checked() {
    let mut config = Configuration::default();
    config
        .headers
        .push(("X-Request-Id".to_owned(), "1".to_owned()));
    let endpoint = &endpoints::frontend::TO_SESSION;
    let args = arguments(endpoint, &[], None);
    let options = CallOptions {
        headers: vec![("X-Trace".to_owned(), "2".to_owned())],
        timeout_ms: Some(50),
    };
    let request = build_request(&config, endpoint, &args, &options, Platform::Browser).unwrap();
    assert!(request
        .headers
        .contains(&("X-Request-Id".to_owned(), "1".to_owned())));
    assert!(request
        .headers
        .contains(&("X-Trace".to_owned(), "2".to_owned())));
    assert_eq!(request.timeout_ms, Some(50));

    for (name, value) in [
        ("User-Agent", "x"),
        ("Cookie", "a=b"),
        ("Sec-Fetch-Mode", "cors"),
        ("Bad Name", "x"),
        ("X-Ok", "a\r\nInjected: 1"),
    ] {
        let options = CallOptions {
            headers: vec![(name.to_owned(), value.to_owned())],
            timeout_ms: None,
        };
        let error =
            build_request(&config, endpoint, &args, &options, Platform::Browser).unwrap_err();
        assert_eq!(error.kind, ErrorKind::InvalidArgument, "{name}");
    }
}

#[test]
fn query_parameter_names_are_the_specs() {
    // Every optional query parameter reaches the URL under its exact spec name.
    let config = Configuration::default();
    for endpoint in endpoints::all() {
        let values: Vec<(String, ParamValue)> = endpoint
            .params
            .iter()
            .map(|p| (p.js_name(), text(&format!("v-{}", p.wire))))
            .collect();
        let values: Vec<(&str, ParamValue)> = values
            .iter()
            .map(|(n, v)| (n.as_str(), v.clone()))
            .collect();
        let body = endpoint.body.map(|_| "{}");
        let request = build_request(
            &config,
            endpoint,
            &arguments(endpoint, &values, body),
            &CallOptions::default(),
            Platform::Server,
        )
        .unwrap_or_else(|e| panic!("{:?}: {e}", endpoint.v1_name));
        for param in endpoint.params {
            let rendered = format!("v-{}", param.wire).replace('_', "_");
            match param.location {
                Location::Query => assert!(
                    request
                        .url
                        .contains(&format!("{}={}", param.wire, rendered)),
                    "{}",
                    request.url
                ),
                Location::Path => assert!(request.url.contains(&rendered), "{}", request.url),
                Location::Header => assert!(request
                    .headers
                    .iter()
                    .any(|(n, v)| n == param.wire && *v == rendered)),
                Location::Form => assert!(
                    request
                        .body
                        .as_deref()
                        .unwrap_or_default()
                        .split('&')
                        .any(|field| field == format!("{}={}", param.wire, rendered)),
                    "{:?}",
                    request.body
                ),
            }
        }
    }
}
