//! The admin, OAuth2/OIDC, JSON Web Key, courier and project declarations (rows 33-97 of
//! `../shared/api-surface.md`) against the OpenAPI specs: method, path, v1 name, parameters
//! (names, locations, required), body, credentials, the `V0alpha2Api` name and positional
//! arguments — and the requests the builder makes from them (auth headers, form bodies, the
//! browser's refusal of API keys).

use std::collections::BTreeSet;

use ory_wasm::config::{Configuration, Credentials};
use ory_wasm::endpoint::{
    base64, build_request, js_name, Arguments, Auth, CallOptions, Endpoint, HttpRequest, Location,
    ParamValue, Platform, Request, Shape, BODY,
};
use ory_wasm::endpoints::{self, identity, oauth2, project};
use ory_wasm::ErrorKind;
use serde_json::{json, Value};

const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared");

fn spec(name: &str) -> Value {
    let path = format!("{SHARED}/kratos/{name}");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).expect("spec is JSON")
}

/// Rows of the API surface: (row, method, path, names column).
fn surface() -> Vec<(u32, String, String, String)> {
    let path = format!("{SHARED}/api-surface.md");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            let row = cells.get(1)?.parse().ok()?;
            Some((
                row,
                cells.get(2)?.to_string(),
                cells.get(3)?.to_string(),
                cells.get(4)?.to_string(),
            ))
        })
        .collect()
}

fn operation<'a>(spec: &'a Value, method: &str, path: &str) -> Option<&'a Value> {
    spec["paths"][path]
        .get(method.to_ascii_lowercase())
        .filter(|op| op.get("operationId").is_some())
}

/// Follows `$ref`s inside one spec.
fn resolve<'a>(spec: &'a Value, value: &'a Value) -> &'a Value {
    let mut value = value;
    while let Some(reference) = value.get("$ref").and_then(Value::as_str) {
        let pointer = reference.trim_start_matches('#');
        value = spec.pointer(pointer).unwrap_or(&Value::Null);
    }
    value
}

fn location(name: &str) -> Location {
    match name {
        "query" => Location::Query,
        "path" => Location::Path,
        "header" => Location::Header,
        "form" => Location::Form,
        other => panic!("unexpected parameter location {other}"),
    }
}

/// (name, location, required) of an operation's parameters, then its form fields.
fn spec_params(spec: &Value, op: &Value) -> Vec<(String, String, bool)> {
    let mut out: Vec<(String, String, bool)> = op["parameters"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|p| {
            let p = resolve(spec, p);
            (
                p["name"].as_str().unwrap_or_default().to_owned(),
                p["in"].as_str().unwrap_or_default().to_owned(),
                p["required"].as_bool().unwrap_or(false),
            )
        })
        .collect();
    let content = &op["requestBody"]["content"];
    if content.get("application/json").is_none() {
        if let Some(form) = content.get("application/x-www-form-urlencoded") {
            let schema = resolve(spec, &form["schema"]);
            let required: BTreeSet<&str> = schema["required"]
                .as_array()
                .map(|r| r.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            for name in schema["properties"]
                .as_object()
                .expect("form fields")
                .keys()
            {
                out.push((
                    name.clone(),
                    "form".to_owned(),
                    required.contains(name.as_str()),
                ));
            }
        }
    }
    out
}

/// The v1 request-object name of a JSON body, as `@ory/client-fetch` names it: the schema's
/// name, the item schema's name for an array (`jsonPatchDocument` → `jsonPatch`), or
/// `<operation>Request` for an inline object.
fn body_name(spec: &Value, op: &Value, v1_name: &str) -> Option<(String, bool)> {
    let body = op.get("requestBody")?;
    let schema = body["content"].get("application/json")?.get("schema")?;
    let target = resolve(spec, schema);
    let name = if let Some(item) = target["items"]["$ref"].as_str() {
        item.rsplit('/').next().unwrap_or_default().to_owned()
    } else if let Some(reference) = schema["$ref"].as_str() {
        reference.rsplit('/').next().unwrap_or_default().to_owned()
    } else {
        format!("{v1_name}Request")
    };
    let mut chars = name.chars();
    let first = chars.next().map(|c| c.to_ascii_lowercase()).unwrap_or('_');
    Some((
        format!("{first}{}", chars.as_str()),
        body["required"].as_bool().unwrap_or(false),
    ))
}

/// The old generators' positional order: parameters (form fields included) in spec order, the
/// JSON body last, stably sorted required-first.
fn positional(spec: &Value, op: &Value) -> Vec<String> {
    let mut args: Vec<(bool, String)> = spec_params(spec, op)
        .into_iter()
        .map(|(name, _, required)| (required, js_name(&name)))
        .collect();
    if let Some(body) = op.get("requestBody") {
        if body["content"].get("application/json").is_some() {
            args.push((body["required"].as_bool().unwrap_or(false), BODY.to_owned()));
        }
    }
    args.sort_by_key(|(required, _)| !required);
    args.into_iter().map(|(_, name)| name).collect()
}

/// The v1 name of a network-only operation: the names of Ory's current clients (see the doc of
/// `ory_wasm::endpoints::oauth2`).
fn current_client_name(v0alpha2: &str) -> String {
    let renamed = [
        ("adminUpdateOAuth2Client", "setOAuth2Client"),
        ("adminUpdateJsonWebKeySet", "setJsonWebKeySet"),
        ("adminUpdateJsonWebKey", "setJsonWebKey"),
        ("updateProject", "setProject"),
        (
            "adminListOAuth2SubjectConsentSessions",
            "listOAuth2ConsentSessions",
        ),
        ("performOAuth2TokenFlow", "oauth2TokenExchange"),
        ("performOAuth2AuthorizationFlow", "oAuth2Authorize"),
        ("performOidcFrontOrBackChannelLogout", "revokeOidcSession"),
        (
            "dynamicClientRegistrationCreateOAuth2Client",
            "createOidcDynamicClient",
        ),
        (
            "dynamicClientRegistrationGetOAuth2Client",
            "getOidcDynamicClient",
        ),
        (
            "dynamicClientRegistrationUpdateOAuth2Client",
            "setOidcDynamicClient",
        ),
        (
            "dynamicClientRegistrationDeleteOAuth2Client",
            "deleteOidcDynamicClient",
        ),
    ];
    if let Some((_, to)) = renamed.iter().find(|(from, _)| *from == v0alpha2) {
        return (*to).to_owned();
    }
    let rest = v0alpha2.strip_prefix("admin").unwrap_or(v0alpha2);
    let mut chars = rest.chars();
    let first = chars.next().map(|c| c.to_ascii_lowercase()).unwrap_or('_');
    format!("{first}{}", chars.as_str())
}

/// The credentials the spec's `security` asks for.
fn spec_auth(op: &Value) -> Auth {
    let schemes: Vec<String> = op["security"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .flat_map(|requirement| {
            requirement
                .as_object()
                .map(|o| o.keys().cloned().collect::<Vec<_>>())
                .unwrap_or_default()
        })
        .collect();
    if schemes.iter().any(|s| s == "basic") {
        Auth::ClientCredentials
    } else if schemes.iter().any(|s| s == "oryAccessToken") {
        Auth::ApiKey
    } else if schemes.iter().any(|s| s == "oauth2" || s == "bearer") {
        Auth::AccessToken
    } else {
        Auth::None
    }
}

/// The generated Rust clients' snake_case of an operation id (`adminListOAuth2Clients` →
/// `admin_list_o_auth2_clients`).
fn rust_client_name(name: &str) -> String {
    let mut out = String::new();
    for (index, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if index > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

fn declaration(method: &str, path: &str) -> &'static Endpoint {
    endpoints::all()
        .find(|e| e.method.as_str() == method && e.path == path)
        .unwrap_or_else(|| panic!("{method} {path} is not declared"))
}

#[test]
fn rows_33_to_97_are_declared_once_each_and_match_the_specs() {
    let v1 = spec("openapi-v1.json");
    let v0 = spec("openapi-v0.10.1.json");
    let network = spec("openapi-ory-network-v0.2.json");
    let rows: Vec<_> = surface()
        .into_iter()
        .filter(|(row, ..)| (33..=97).contains(row))
        .collect();
    assert_eq!(rows.len(), 65);
    let admin: Vec<&Endpoint> = endpoints::all()
        .filter(|e| !endpoints::frontend::ALL.contains(e))
        .collect();
    assert_eq!(admin.len(), 65, "one declaration per row");

    let mut v1_names = BTreeSet::new();
    let mut v0_names = BTreeSet::new();
    for (row, method, path, names) in &rows {
        let endpoint = declaration(method, path);
        let at = format!("row {row} ({method} {path})");
        let net_op = operation(&network, method, path).unwrap_or_else(|| panic!("{at}: network"));

        // The v0alpha2 operation: v0.10.1 where it has one, the network spec otherwise.
        let (v0_spec, v0_op) = match operation(&v0, method, path) {
            Some(op)
                if op["tags"]
                    .as_array()
                    .is_some_and(|t| t.contains(&json!("v0alpha2"))) =>
            {
                (&v0, op)
            }
            _ => (&network, net_op),
        };
        let v0alpha2 = endpoint
            .v0alpha2
            .unwrap_or_else(|| panic!("{at}: no v0alpha2"));
        assert_eq!(v0_op["operationId"], v0alpha2.name, "{at}");
        assert_eq!(
            v0alpha2.arguments,
            positional(v0_spec, v0_op).as_slice(),
            "{at}: positional arguments"
        );
        // The reference's names are the same operation: rust-network's snake_case, ts-cloud's.
        for (label, expected) in [
            ("rust-network", rust_client_name(v0alpha2.name)),
            ("ts-cloud", v0alpha2.name.to_owned()),
        ] {
            if let Some(given) = names
                .split(';')
                .map(str::trim)
                .find_map(|n| n.strip_prefix(&format!("{label}: ")))
            {
                assert_eq!(given, expected, "{at}: {label}");
            }
        }

        // v1: the Kratos v1 spec for identities and the courier, the current clients' names
        // (derived from the network spec) for everything else.
        let v1_name = endpoint
            .v1_name
            .unwrap_or_else(|| panic!("{at}: no v1 name"));
        let (spec_of_v1, v1_op) = match operation(&v1, method, path) {
            Some(op) => {
                assert_eq!(op["operationId"], v1_name, "{at}: v1 name");
                (&v1, op)
            }
            None => {
                assert_eq!(
                    current_client_name(v0alpha2.name),
                    v1_name,
                    "{at}: current client name"
                );
                (&network, net_op)
            }
        };
        assert!(v1_names.insert(v1_name), "{v1_name} declared twice");
        assert!(v0_names.insert(v0alpha2.name), "{} twice", v0alpha2.name);

        // Parameters: the v1 operation's, then those only the v0alpha2 operation has.
        let mut expected = spec_params(spec_of_v1, v1_op);
        for extra in spec_params(v0_spec, v0_op) {
            if !expected.iter().any(|(name, ..)| *name == extra.0) {
                expected.push(extra);
            }
        }
        assert_eq!(endpoint.params.len(), expected.len(), "{at}: parameters");
        for (declared, (name, place, required)) in endpoint.params.iter().zip(&expected) {
            assert_eq!(declared.wire, name, "{at}: parameter order/name");
            assert_eq!(declared.location, location(place), "{at}: {name}");
            assert_eq!(declared.required, *required, "{at}: {name} required");
        }
        for argument in v0alpha2.arguments {
            assert!(
                *argument == BODY || endpoint.params.iter().any(|p| p.js_name() == *argument),
                "{at}: positional {argument} is not declared"
            );
        }

        // Body.
        let expected_body = body_name(spec_of_v1, v1_op, v1_name);
        assert_eq!(
            endpoint.body.map(|b| (b.name.to_owned(), b.required)),
            expected_body,
            "{at}: body"
        );

        // Credentials: the operation's `security` (the v0.10.1 spec forgot it on
        // adminCreateSelfServiceRecoveryLink; v1 and the network spec have it).
        let auth_op = if std::ptr::eq(spec_of_v1, &v1) {
            v1_op
        } else {
            net_op
        };
        assert_eq!(endpoint.auth, spec_auth(auth_op), "{at}: auth");
        if path.starts_with("/admin") || path.starts_with("/projects") {
            assert_eq!(
                endpoint.auth,
                Auth::ApiKey,
                "{at}: admin endpoints take the API key"
            );
        }

        // Shape: no body on a 204-only answer, a list for an array schema.
        let responses = v1_op["responses"].as_object().expect("responses");
        let success: Vec<&String> = responses.keys().filter(|c| c.starts_with('2')).collect();
        match endpoint.shape {
            // 204, a 200 without content (`/oauth2/revoke`) or only a redirect (302).
            Shape::Empty => assert!(
                success
                    .iter()
                    .all(
                        |code| resolve(spec_of_v1, &responses[code.as_str()])["content"]
                            ["application/json"]
                            .is_null()
                    ),
                "{at}: shape Empty but {success:?} carry JSON"
            ),
            Shape::SessionOrEmpty => assert_eq!(success, ["200", "204"], "{at}"),
            Shape::Array | Shape::Sessions | Shape::Object => {
                let ok = responses
                    .get("200")
                    .or_else(|| responses.get("201"))
                    .unwrap_or_else(|| panic!("{at}: no 200/201"));
                let schema = resolve(
                    spec_of_v1,
                    &resolve(spec_of_v1, ok)["content"]["application/json"]["schema"],
                );
                let is_array = schema["type"] == "array";
                assert_eq!(is_array, endpoint.shape != Shape::Object, "{at}: shape");
            }
            other => panic!("{at}: unexpected shape {other:?}"),
        }
    }

    // Every v0alpha2 admin/OAuth2/project operation of the network spec is covered.
    for (_, item) in network["paths"].as_object().expect("paths") {
        for (_, op) in item.as_object().expect("item") {
            let tagged = op["tags"]
                .as_array()
                .is_some_and(|t| t.contains(&json!("v0alpha2")));
            let name = op["operationId"].as_str().unwrap_or_default();
            if tagged && endpoints::by_name(name).is_none() {
                panic!("{name} (network spec, v0alpha2) has no declaration");
            }
        }
    }
}

// ------------------------------------------------------------------------------------------------
// Requests
// ------------------------------------------------------------------------------------------------

const KEY: &str = "ory_pat_AdminKey123";

fn config() -> Configuration {
    Configuration::new("https://project.oryapis.com").unwrap()
}

#[allow(clippy::result_large_err)] // the crate's `Error` is flat on purpose (see lib.rs)
fn build<R: Request>(
    config: &Configuration,
    request: &R,
    platform: Platform,
) -> Result<HttpRequest, ory_wasm::Error> {
    build_request(
        config,
        R::ENDPOINT,
        &request.arguments()?,
        &CallOptions::default(),
        platform,
    )
}

#[test]
fn the_api_key_is_a_bearer_header_and_never_in_the_url() {
    let config = config().with_api_key(KEY);
    let request = build(
        &config,
        &identity::GetIdentity {
            id: "a/b c".into(),
            include_credential: Some(vec!["password".into(), "oidc".into()]),
        },
        Platform::Server,
    )
    .unwrap();
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.url,
        "https://project.oryapis.com/admin/identities/a%2Fb%20c?include_credential=password&include_credential=oidc"
    );
    assert_eq!(
        request.header("Authorization"),
        Some(format!("Bearer {KEY}").as_str())
    );
    assert_eq!(
        request.credentials,
        Credentials::Omit,
        "no cookies with a key"
    );
    assert!(!request.url.contains(KEY));

    // A key written as a header value is not sent as "Bearer Bearer …".
    let prefixed = config.clone().with_api_key(format!("Bearer {KEY}"));
    let request = build(&prefixed, &project::ListProjects, Platform::Server).unwrap();
    assert_eq!(
        request.header("Authorization"),
        Some(format!("Bearer {KEY}").as_str())
    );

    // Without a key, nothing is sent (the server answers 401) and cookies are the default.
    let request = build(&self::config(), &project::ListProjects, Platform::Server).unwrap();
    assert_eq!(request.header("Authorization"), None);
    assert_eq!(request.credentials, Credentials::Include);
}

#[test]
fn a_browser_page_refuses_the_api_key_without_the_opt_in() {
    let config = config().with_api_key(KEY);
    for endpoint in endpoints::all().filter(|e| e.auth == Auth::ApiKey) {
        let arguments = Arguments {
            values: endpoint
                .params
                .iter()
                .map(|p| p.required.then(|| ParamValue::Text("x".into())))
                .collect(),
            body: endpoint
                .body
                .filter(|b| b.required)
                .map(|_| "{}".to_owned()),
        };
        let error = build_request(
            &config,
            endpoint,
            &arguments,
            &CallOptions::default(),
            Platform::Browser,
        )
        .unwrap_err();
        assert_eq!(error.kind, ErrorKind::InvalidArgument, "{}", endpoint.path);
        assert!(error.message.contains("dangerouslyAllowApiKeyInBrowser"));
        assert!(error.message.contains("API key"), "{}", error.message);
        assert!(
            !error.message.contains(KEY),
            "the key is never in a message"
        );

        let mut allowed = config.clone();
        allowed.allow_api_key_in_browser = true;
        let request = build_request(
            &allowed,
            endpoint,
            &arguments,
            &CallOptions::default(),
            Platform::Browser,
        )
        .unwrap();
        assert_eq!(
            request.header("Authorization"),
            Some(format!("Bearer {KEY}").as_str())
        );
    }
    // Frontend calls from a page with a key in the configuration are not affected.
    let request = build(
        &config,
        &endpoints::frontend::ToSession::default(),
        Platform::Browser,
    )
    .unwrap();
    assert_eq!(request.header("Authorization"), None);
}

#[test]
fn token_endpoint_sends_basic_credentials_and_a_form_body() {
    let mut config = config();
    config.username = Some("my-client".into());
    config.password = Some("s3cr:t/&=".into());
    config.api_key = Some(KEY.into());
    config.access_token = Some("ory_at_token".into());
    let request = build(
        &config,
        &oauth2::Oauth2TokenExchange {
            grant_type: "authorization_code".into(),
            code: Some("code with spaces&=+".into()),
            redirect_uri: Some("https://app.example/cb?x=1".into()),
            client_id: None,
            refresh_token: None,
        },
        // A confidential client's secret: server code (a page is refused, tests/attack_transport.rs).
        Platform::Server,
    )
    .unwrap();
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(request.url, "https://project.oryapis.com/oauth2/token");
    assert_eq!(
        request.header("Content-Type"),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(
        request.body.as_deref(),
        Some("code=code%20with%20spaces%26%3D%2B&grant_type=authorization_code&redirect_uri=https%3A%2F%2Fapp.example%2Fcb%3Fx%3D1")
    );
    // RFC 6749 §2.3.1: id and secret form-encoded, then joined and base64-encoded.
    let expected = format!("Basic {}", base64(b"my-client:s3cr%3At%2F%26%3D"));
    assert_eq!(request.header("Authorization"), Some(expected.as_str()));
    assert_eq!(request.credentials, Credentials::Omit);
    assert!(!request.url.contains("s3cr"));

    let request = build(
        &config,
        &oauth2::RevokeOAuth2Token {
            token: "ory_at_x".into(),
        },
        Platform::Server,
    )
    .unwrap();
    assert_eq!(request.body.as_deref(), Some("token=ory_at_x"));
    assert_eq!(request.header("Authorization"), Some(expected.as_str()));
}

#[test]
fn introspection_is_a_form_with_the_api_key_and_userinfo_takes_the_access_token() {
    let mut config = config().with_api_key(KEY);
    config.access_token = Some("ory_at_user".into());
    let request = build(
        &config,
        &oauth2::IntrospectOAuth2Token {
            token: "ory_at_x".into(),
            scope: Some("openid offline".into()),
        },
        Platform::Server,
    )
    .unwrap();
    assert_eq!(
        request.url,
        "https://project.oryapis.com/admin/oauth2/introspect"
    );
    assert_eq!(
        request.body.as_deref(),
        Some("scope=openid%20offline&token=ory_at_x")
    );
    assert_eq!(
        request.header("Authorization"),
        Some(format!("Bearer {KEY}").as_str())
    );
    let missing = build_request(
        &config,
        &oauth2::INTROSPECT_OAUTH2_TOKEN,
        &Arguments {
            values: vec![None, None],
            body: None,
        },
        &CallOptions::default(),
        Platform::Server,
    )
    .unwrap_err();
    assert!(missing.message.contains("token"), "{}", missing.message);

    let request = build(&config, &oauth2::GetOidcUserInfo, Platform::Browser).unwrap();
    assert_eq!(request.header("Authorization"), Some("Bearer ory_at_user"));
    assert_eq!(request.body, None);
    assert_eq!(request.header("Content-Type"), None);
}

#[test]
fn json_bodies_and_typed_requests_line_up_with_their_declarations() {
    let config = config().with_api_key(KEY);
    let request = build(
        &config,
        &identity::CreateIdentity {
            body: Some(json!({"schema_id": "default", "traits": {"email": "a@b.c"}})),
        },
        Platform::Server,
    )
    .unwrap();
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(request.header("Content-Type"), Some("application/json"));
    let sent: Value = serde_json::from_str(request.body.as_deref().unwrap()).unwrap();
    assert_eq!(sent["traits"]["email"], "a@b.c");

    let request = build(
        &config,
        &oauth2::PatchOAuth2Client {
            id: "c".into(),
            body: json!([{"op": "replace", "path": "/client_name", "value": "x"}]),
        },
        Platform::Server,
    )
    .unwrap();
    assert_eq!(request.method.as_str(), "PATCH");
    assert!(request.body.as_deref().unwrap().starts_with('['));

    let request = build(
        &config,
        &oauth2::ListOAuth2ConsentSessions {
            subject: "user 1".into(),
            link: None,
            x_total_count: None,
        },
        Platform::Server,
    )
    .unwrap();
    assert_eq!(
        request.url,
        "https://project.oryapis.com/admin/oauth2/auth/sessions/consent?subject=user%201"
    );

    let request = build(
        &config,
        &project::DeleteProjectApiKey {
            project: "p/1".into(),
            token_id: "t?2".into(),
        },
        Platform::Server,
    )
    .unwrap();
    assert_eq!(
        request.url,
        "https://project.oryapis.com/projects/p%2F1/tokens/t%3F2"
    );

    // Every typed request gives one value per declared parameter.
    fn aligned<R: Request>(request: R) {
        let arguments = request.arguments().unwrap();
        assert_eq!(arguments.values.len(), R::ENDPOINT.params.len());
    }
    aligned(identity::ListIdentities::default());
    aligned(identity::ListIdentitySessions {
        id: "i".into(),
        per_page: None,
        page: None,
        page_size: None,
        page_token: None,
        active: Some(true),
    });
    aligned(identity::ExtendSession { id: "s".into() });
    aligned(oauth2::ListTrustedOAuth2JwtGrantIssuers::default());
    aligned(oauth2::ListOAuth2Clients::default());
    aligned(ory_wasm::endpoints::courier::ListCourierMessages::default());
    aligned(ory_wasm::endpoints::jwk::SetJsonWebKey {
        set: "s".into(),
        kid: "k".into(),
        body: None,
    });
}

#[test]
fn extend_session_accepts_a_session_or_nothing() {
    use ory_wasm::endpoint::check_shape;
    let session = json!({"id": "s"});
    assert!(check_shape(Shape::SessionOrEmpty, &&session).is_ok());
    assert!(check_shape(Shape::SessionOrEmpty, &&json!({})).is_err());
    assert_eq!(identity::EXTEND_SESSION.shape, Shape::SessionOrEmpty);
}

#[test]
fn typed_admin_responses_parse_real_answers() {
    // Captured answers (../shared/kratos/fixtures/): a session and the identity inside it.
    let path = format!("{SHARED}/kratos/fixtures/v1/session-whoami.json");
    let session: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let identity = session["identity"].clone();

    let parsed: <identity::GetIdentity as Request>::Response =
        serde_json::from_value(identity.clone()).expect("identity");
    assert_eq!(json!(parsed.id), identity["id"]);
    let list: <identity::ListIdentities as Request>::Response =
        serde_json::from_value(json!([identity.clone(), identity])).expect("identities");
    assert_eq!(list.len(), 2);
    let sessions: <identity::ListIdentitySessions as Request>::Response =
        serde_json::from_value(json!([session.clone()])).expect("sessions");
    assert_eq!(json!(sessions[0].id), session["id"]);
    // extendSession: the session (200), or nothing (204, decoded from `null`).
    let extended: <identity::ExtendSession as Request>::Response =
        serde_json::from_value(session).expect("session");
    assert!(extended.is_some());
    let nothing: <identity::ExtendSession as Request>::Response =
        serde_json::from_value(Value::Null).expect("204");
    assert!(nothing.is_none());
}

#[test]
fn an_explicit_authorization_header_wins_over_the_configured_key() {
    let mut config = config().with_api_key(KEY);
    config
        .headers
        .push(("authorization".to_owned(), "Bearer other".to_owned()));
    let request = build(&config, &project::ListProjects, Platform::Server).unwrap();
    let values: Vec<&str> = request
        .headers
        .iter()
        .filter(|(n, _)| n.eq_ignore_ascii_case("authorization"))
        .map(|(_, v)| v.as_str())
        .collect();
    assert_eq!(values, ["Bearer other"]);
    assert_eq!(request.credentials, Credentials::Omit);

    // In a page it is refused like a configured key (it usually is one), unless opted in.
    let error = build(&config, &project::ListProjects, Platform::Browser).unwrap_err();
    assert_eq!(error.kind, ErrorKind::InvalidArgument);
    assert!(error.message.contains("dangerouslyAllowApiKeyInBrowser"));
    config.allow_api_key_in_browser = true;
    let request = build(&config, &project::ListProjects, Platform::Browser).unwrap();
    assert_eq!(request.header("Authorization"), Some("Bearer other"));
    assert_eq!(request.credentials, Credentials::Omit);
}

#[test]
fn every_name_points_at_one_endpoint() {
    let mut seen: Vec<(&str, &Endpoint)> = Vec::new();
    for endpoint in endpoints::all() {
        let names = endpoint
            .v1_name
            .into_iter()
            .chain(endpoint.v0alpha2.map(|v0| v0.name));
        for name in names {
            if let Some((_, other)) = seen.iter().find(|(n, _)| *n == name) {
                assert!(std::ptr::eq(*other, endpoint), "{name} names two endpoints");
            }
            seen.push((name, endpoint));
            assert!(
                std::ptr::eq(endpoints::by_name(name).unwrap(), endpoint),
                "{name}"
            );
        }
    }
}

#[test]
fn every_admin_operation_has_its_rust_method_in_its_class() {
    use ory_wasm::endpoint::Api;
    use ory_wasm::endpoints::classes::{rust_name, METHODS};

    let same = |a: &Endpoint, b: &Endpoint| a.path == b.path && a.v1_name == b.v1_name;
    let admin: Vec<&Endpoint> = endpoints::all()
        .filter(|endpoint| endpoint.api != Api::Frontend)
        .collect();
    assert_eq!(
        admin.len(),
        67,
        "rows 33-97 and the two identity schema operations"
    );
    for endpoint in &admin {
        let methods: Vec<_> = METHODS
            .iter()
            .filter(|method| same(method.endpoint, endpoint))
            .collect();
        let v1_name = endpoint.v1_name.unwrap();
        assert_eq!(methods.len(), 1, "{v1_name}: one Rust method");
        assert_eq!(methods[0].api, endpoint.api, "{v1_name}: its class");
        assert_eq!(methods[0].name, rust_name(v1_name), "{v1_name}: its name");
    }
    assert_eq!(
        METHODS.len(),
        admin.len(),
        "no method of an undeclared operation"
    );

    // The classes and methods of the JavaScript package (js/api-admin.js, generated from the
    // same declarations) all have their Rust method, in the class of the same name.
    let js = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/js/api-admin.js"))
        .expect("js/api-admin.js");
    let mut class = "";
    let mut checked = 0;
    for line in js.lines() {
        if let Some(rest) = line.strip_prefix("export class ") {
            class = rest.split_whitespace().next().unwrap();
        } else if let Some(rest) = line.strip_prefix("  ") {
            let Some((name, _)) = rest.split_once('(') else {
                continue;
            };
            if name.is_empty()
                || name == "constructor"
                || name.ends_with("Raw")
                || !name.chars().all(|c| c.is_ascii_alphanumeric())
            {
                continue;
            }
            assert!(
                METHODS
                    .iter()
                    .any(|m| m.api.class_name() == class && m.name == rust_name(name)),
                "{class}.{name} has no Rust method {}",
                rust_name(name)
            );
            checked += 1;
        }
    }
    assert_eq!(
        checked,
        METHODS.len(),
        "every JavaScript admin method was seen"
    );
}
