//! The compat modules (`ory_wasm::compat`) against the two Rust references of
//! `../shared/rust-references.md`: every function of a reference exists in its module, with its
//! parameters in the documented order and with the generated crate's Rust types, its answer
//! type and its `NameError` enum — and nothing more. Also the configuration conversion and the
//! error mapping, which are platform-free.
#![cfg(feature = "compat")]

use ory_wasm::compat::{ory_client, ory_kratos_client, Signature};

/// One row of a reference table.
#[derive(Debug)]
struct Row {
    name: String,
    answer: String,
    params: Vec<(String, String)>,
}

/// The rows of the section `## <section>`.
fn reference(section: &str) -> Vec<Row> {
    let path = format!(
        "{}/../shared/rust-references.md",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let start = text
        .find(&format!("## {section}\n"))
        .unwrap_or_else(|| panic!("no section {section}"));
    let rest = &text[start + section.len() + 4..];
    let body = &rest[..rest.find("\n## ").unwrap_or(rest.len())];
    let mut rows = Vec::new();
    for line in body.lines().filter(|line| line.starts_with("| `")) {
        let cells: Vec<&str> = line.trim_matches('|').split(" | ").map(str::trim).collect();
        assert_eq!(cells.len(), 4, "{line}");
        let params = if cells[2] == "–" {
            Vec::new()
        } else {
            cells[2]
                .split("; ")
                .map(|param| {
                    let (name, rest) = param.split_once(": ").expect("name: type");
                    let (ty, required) = rest.rsplit_once(" (").expect("(required)");
                    let required = match required {
                        "required)" => true,
                        "optional)" => false,
                        other => panic!("{other}"),
                    };
                    (name.to_owned(), rust_type(ty, required))
                })
                .collect()
        };
        rows.push(Row {
            name: cells[0].trim_matches('`').to_owned(),
            answer: cells[1].trim_matches('`').to_owned(),
            params,
        });
    }
    let count: usize = body
        .lines()
        .find_map(|line| line.strip_suffix(" functions."))
        .and_then(|n| n.parse().ok())
        .expect("the section states its count");
    assert_eq!(rows.len(), count, "{section}: rows vs stated count");
    rows
}

/// The generated crate's Rust type of a documented parameter type: `String` is taken as `&str`,
/// models are `models::X`, list links (`[Vec<String>](String.md)`) are their Rust type.
fn rust_type(documented: &str, required: bool) -> String {
    let (inner, optional) = match documented
        .strip_prefix("Option<")
        .and_then(|t| t.strip_suffix('>'))
    {
        Some(inner) => (inner, true),
        None => (documented, false),
    };
    assert_eq!(optional, !required, "{documented}");
    let inner = match inner.split_once("](") {
        // A Markdown link around a list type.
        Some((link, _)) => link
            .trim_start_matches('[')
            .replace("crate::models::", "models::"),
        None => inner.to_owned(),
    };
    let inner = match inner.as_str() {
        "String" => "&str".to_owned(),
        "i64" | "i32" | "bool" | "f64" => inner,
        ty if ty.starts_with("Vec<") => ty.to_owned(),
        model => format!("models::{model}"),
    };
    if optional {
        format!("Option<{inner}>")
    } else {
        inner
    }
}

fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// `admin_get_identity` → `AdminGetIdentityError`.
fn error_name(function: &str) -> String {
    let mut name: String = function
        .split('_')
        .map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect();
    name.push_str("Error");
    name
}

fn check(section: &str, functions: &[Signature]) {
    let rows = reference(section);
    let mut problems = Vec::new();
    for row in &rows {
        let Some(function) = functions.iter().find(|f| f.name == row.name) else {
            problems.push(format!("{}: missing", row.name));
            continue;
        };
        let declared: Vec<(String, String)> = function
            .params
            .iter()
            .map(|(name, ty)| (name.to_string(), squeeze(ty)))
            .collect();
        let expected: Vec<(String, String)> = row
            .params
            .iter()
            .map(|(name, ty)| (name.clone(), squeeze(ty)))
            .collect();
        if declared != expected {
            problems.push(format!(
                "{}: parameters {declared:?}, the reference: {expected:?}",
                row.name
            ));
        }
        if squeeze(function.answer) != squeeze(&row.answer) {
            problems.push(format!(
                "{}: answers {}, the reference: {}",
                row.name, function.answer, row.answer
            ));
        }
        if function.error != error_name(&row.name) {
            problems.push(format!("{}: error enum {}", row.name, function.error));
        }
    }
    for function in functions {
        if !rows.iter().any(|row| row.name == function.name) {
            problems.push(format!("{}: not in the reference", function.name));
        }
    }
    let names: Vec<&str> = functions.iter().map(|f| f.name).collect();
    let reference_names: Vec<&str> = rows.iter().map(|row| row.name.as_str()).collect();
    if problems.is_empty() {
        assert_eq!(names, reference_names, "declared in the reference's order");
    }
    assert!(problems.is_empty(), "{section}:\n{}", problems.join("\n"));
}

#[test]
fn ory_client_has_every_function_of_rust_network() {
    check("rust-network", ory_client::apis::v0alpha2_api::FUNCTIONS);
    assert_eq!(ory_client::apis::v0alpha2_api::FUNCTIONS.len(), 96);
}

#[test]
fn ory_kratos_client_has_every_function_of_rust_kratos() {
    check(
        "rust-kratos",
        ory_kratos_client::apis::v0alpha2_api::FUNCTIONS,
    );
    assert_eq!(ory_kratos_client::apis::v0alpha2_api::FUNCTIONS.len(), 39);
}

#[test]
fn the_check_notices_a_missing_function_and_a_swapped_order() {
    let mut functions = ory_kratos_client::apis::v0alpha2_api::FUNCTIONS.to_vec();
    functions.pop();
    assert!(std::panic::catch_unwind(|| check("rust-kratos", &functions)).is_err());

    let mut functions = ory_kratos_client::apis::v0alpha2_api::FUNCTIONS.to_vec();
    let login = functions
        .iter_mut()
        .find(|f| f.name == "submit_self_service_login_flow")
        .expect("declared");
    // The network reference's order, in the Kratos module.
    login.params = ory_client::apis::v0alpha2_api::FUNCTIONS
        .iter()
        .find(|f| f.name == "submit_self_service_login_flow")
        .expect("declared")
        .params;
    assert!(std::panic::catch_unwind(|| check("rust-kratos", &functions)).is_err());
}

mod configuration {
    use ory_wasm::compat::ory_client::apis::configuration::{ApiKey, Configuration};
    use ory_wasm::compat::ory_kratos_client::apis::configuration::Configuration as KratosConfiguration;
    use ory_wasm::{ErrorKind, Mode};

    #[test]
    fn defaults_are_the_generated_crates() {
        let network = Configuration::default();
        assert_eq!(network.base_path, "https://playground.projects.oryapis.com");
        assert_eq!(
            network.user_agent.as_deref(),
            Some("OpenAPI-Generator/v0.2.0-alpha.60/rust")
        );
        assert!(network.api_key.is_none() && network.bearer_access_token.is_none());
        let kratos = KratosConfiguration::default();
        assert_eq!(kratos.base_path, "http://localhost");
        assert_eq!(
            kratos.user_agent.as_deref(),
            Some("OpenAPI-Generator/v0.10.1/rust")
        );
    }

    #[test]
    fn converts_into_the_crate_configuration() {
        let compat = Configuration {
            base_path: "https://project.oryapis.com/".into(),
            basic_auth: Some(("client".into(), Some("secret".into()))),
            oauth_access_token: Some("ory_at_oauth".into()),
            bearer_access_token: Some("ory_pat_bearer".into()),
            ..Default::default()
        };
        let config = ory_wasm::Configuration::try_from(&compat).expect("valid");
        assert_eq!(config.base_path(), "https://project.oryapis.com");
        assert_eq!(config.mode, Mode::Browser, "cookies: browser mode");
        // Ory Network's `oryAccessToken` is an HTTP bearer scheme: the bearer token is the key.
        assert_eq!(config.api_key.as_deref(), Some("ory_pat_bearer"));
        assert_eq!(config.access_token.as_deref(), Some("ory_at_oauth"));
        assert_eq!(config.username.as_deref(), Some("client"));
        assert_eq!(config.password.as_deref(), Some("secret"));
        assert!(!config.allow_api_key_in_browser, "the browser rule stays");

        // Without an OAuth2 token, the bearer token is the access token (`bearer` scheme).
        let compat = Configuration {
            bearer_access_token: Some("registration-token".into()),
            ..Default::default()
        };
        let config = ory_wasm::Configuration::try_from(&compat).expect("valid");
        assert_eq!(config.access_token.as_deref(), Some("registration-token"));
    }

    #[test]
    fn the_kratos_api_key_is_the_api_key() {
        let compat = KratosConfiguration {
            api_key: Some(ApiKey {
                prefix: Some("Bearer".into()),
                key: "ory_pat_key".into(),
            }),
            bearer_access_token: Some("ignored for the key".into()),
            allow_api_key_in_browser: true,
            ..Default::default()
        };
        let config = ory_wasm::Configuration::try_from(&compat).expect("valid");
        assert_eq!(config.api_key.as_deref(), Some("ory_pat_key"));
        assert!(config.allow_api_key_in_browser);

        let other_prefix = KratosConfiguration {
            api_key: Some(ApiKey {
                prefix: Some("Token".into()),
                key: "k".into(),
            }),
            ..Default::default()
        };
        let error = ory_wasm::Configuration::try_from(&other_prefix).expect_err("refused");
        assert_eq!(error.kind, ErrorKind::InvalidArgument);
    }

    #[test]
    fn base_paths_are_checked_as_everywhere() {
        let compat = Configuration {
            base_path: "javascript:alert(1)".into(),
            ..Default::default()
        };
        let error = ory_wasm::Configuration::try_from(&compat).expect_err("refused");
        assert_eq!(error.kind, ErrorKind::InvalidArgument);
    }

    #[test]
    fn debug_output_hides_secrets() {
        let compat = Configuration {
            basic_auth: Some(("client".into(), Some("client-secret".into()))),
            bearer_access_token: Some("ory_pat_secret".into()),
            ..Default::default()
        };
        let debug = format!("{compat:?}");
        assert!(!debug.contains("secret"), "{debug}");
    }
}

mod errors {
    use ory_wasm::compat::ory_client::apis::v0alpha2_api::AdminGetIdentityError;
    use ory_wasm::compat::{Error, ResponseContent};
    use ory_wasm::ErrorKind;

    #[test]
    fn an_http_error_answer_is_a_response_error_with_its_entity() {
        let body = serde_json::json!({"error": {"code": 404, "message": "Not Found"}});
        // As `ory_wasm::api` hands it over: the mapped error with its parsed body.
        let mut ory = ory_wasm::Error::from_http(404, Some(&&body), false);
        ory.body = Some(body.clone());
        let error: Error<AdminGetIdentityError> = ory.into();
        let Error::ResponseError(ResponseContent {
            status,
            content,
            entity,
            error,
        }) = error
        else {
            panic!("a response error");
        };
        assert_eq!(status, 404);
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&content).unwrap(),
            body
        );
        assert_eq!(entity, Some(AdminGetIdentityError::UnknownValue(body)));
        assert_eq!(error.status, 404);
    }

    #[test]
    fn no_answer_is_an_ory_error() {
        let error: Error<AdminGetIdentityError> = ory_wasm::Error::network("offline").into();
        assert!(matches!(error, Error::Ory(ref e) if e.kind == ErrorKind::Network));
        let error: Error<AdminGetIdentityError> =
            ory_wasm::Error::invalid_argument("no".into()).into();
        assert!(matches!(error, Error::Ory(ref e) if e.kind == ErrorKind::InvalidArgument));
    }
}
