//! The JavaScript API classes of the npm package, generated from the endpoint declarations.
//!
//! Every method of `FrontendApi`, the admin classes and `V0alpha2Api` is one line sending its
//! operation's index in `endpoints::all()` through js/send.js and the wasm `Client`
//! (src/bindings/client.rs);
//! this test writes those lines from the declarations and fails when the committed files
//! differ, so the JavaScript surface cannot drift from the Rust one. It also writes
//! `js/operations.json`, the table `scripts/gen-types.mjs` declares the TypeScript methods from.
//!
//! After changing a declaration: `UPDATE_GENERATED=1 cargo test --test js_surface`.

use std::fmt::Write as _;

use ory_wasm::endpoint::{js_name, Api, Endpoint, BODY};
use ory_wasm::endpoints;

const HEADER: &str = "// Generated from the endpoint declarations in src/endpoints/ by tests/js_surface.rs: do not edit.\n\
// After changing a declaration: UPDATE_GENERATED=1 cargo test --test js_surface\n";

/// One line of doc per class: what it covers.
fn class_doc(api: Api) -> &'static str {
    match api {
        Api::Frontend => "The self-service flows, sessions and flow errors (`FrontendApi` of `@ory/client-fetch`).",
        Api::Identity => "Identities, their sessions, recovery codes and links, and the identity schemas (`IdentityApi`).",
        Api::Courier => "The messages Kratos sent (`CourierApi`).",
        Api::OAuth2 => "OAuth2 clients, login/consent/logout requests, sessions, tokens and trusted JWT issuers (`OAuth2Api`).",
        Api::Oidc => "OpenID Connect discovery, dynamic client registration, userinfo and logout (`OidcApi`).",
        Api::Wellknown => "The public JSON Web Keys (`WellknownApi`).",
        Api::Jwk => "JSON Web Key sets (`JwkApi`).",
        Api::Project => "Ory Network projects, their members and API keys (`ProjectApi`).",
    }
}

/// A method's doc comment: its route.
fn route_doc(out: &mut String, endpoint: &Endpoint) {
    let (method, path) = (endpoint.method.as_str(), endpoint.path);
    writeln!(out, "  /** `{method} {path}` */").unwrap();
}

fn takes_nothing(endpoint: &Endpoint) -> bool {
    endpoint.params.is_empty() && endpoint.body.is_none()
}

fn class_head(out: &mut String, name: &str, doc: &str) {
    writeln!(out, "\n/** {doc} */").unwrap();
    writeln!(out, "export class {name} {{").unwrap();
    out.push_str("  #client;\n  #hooks;\n");
    if name == Api::Frontend.class_name() {
        // Its module is instantiated at the first call (js/engine.js): the configuration is
        // checked then, and a bad one rejects every call.
        out.push_str("  #configuration;\n");
        out.push_str("  /** `new FrontendApi(new Configuration({ basePath, … }))`; a bad configuration rejects every call with `OryError` (`invalid_argument`), bad `middleware` throws here. */\n");
        out.push_str("  constructor(configuration) {\n    this.#configuration = configuration;\n    this.#hooks = hooks(configuration);\n  }\n");
        out.push_str("  #send(index, parameters, options, mode) {\n    this.#client ??= frontendEngine().then(\n      (engine) => new engine.Client(this.#configuration),\n      (error) => {\n        this.#client = undefined; // not loaded: the next call tries again\n        throw error;\n      },\n    );\n    return send(this.#client, this.#hooks, index, parameters, options, mode);\n  }\n");
        return;
    }
    out.push_str("  /** `new ");
    out.push_str(name);
    out.push_str(
        "(new Configuration({ basePath, … }))`; throws `OryError` on a bad configuration. */\n",
    );
    out.push_str("  constructor(configuration) {\n    this.#client = new Client(configuration);\n    this.#hooks = hooks(configuration);\n  }\n");
    out.push_str("  #send(index, parameters, options, mode) {\n    return send(this.#client, this.#hooks, index, parameters, options, mode);\n  }\n");
}

/// A v1 class: `method(requestParameters, options)`, or `method(options)` for an operation
/// without parameters, as in `@ory/client-fetch`, and its `methodRaw` twin resolving to an
/// `ApiResponse` (`raw`: the fetch `Response`; `value()`: the body).
fn v1_class(out: &mut String, api: Api) {
    class_head(out, api.class_name(), class_doc(api));
    for (index, endpoint) in endpoints::all().enumerate() {
        let Some(name) = endpoint.v1_name.filter(|_| endpoint.api == api) else {
            continue;
        };
        let (signature, parameters) = if takes_nothing(endpoint) {
            ("options", "undefined")
        } else {
            ("requestParameters, options", "requestParameters")
        };
        route_doc(out, endpoint);
        for (suffix, mode) in [("", ""), ("Raw", ", RAW")] {
            writeln!(out, "  {name}{suffix}({signature}) {{\n    return this.#send({index}, {parameters}, options{mode});\n  }}").unwrap();
        }
    }
    out.push_str("}\n");
}

/// `V0alpha2Api`: the old names with positional arguments, resolving to `{data, status, headers}`.
fn v0alpha2_class(out: &mut String) {
    class_head(
        out,
        "V0alpha2Api",
        "Every operation under its `V0alpha2Api` name, with the old client's positional arguments, resolving to `{data, status, headers}`.",
    );
    for (index, endpoint) in endpoints::all().enumerate() {
        let Some(v0) = endpoint.v0alpha2 else {
            continue;
        };
        let arguments = v0.arguments.join(", ");
        let separator = if arguments.is_empty() { "" } else { ", " };
        // The positional arguments become the v1 request object: the same names, except the
        // body, which is `body` here and has its v1 name there.
        let fields: Vec<String> = v0
            .arguments
            .iter()
            .map(|argument| match endpoint.body {
                Some(body) if *argument == BODY => format!("{}: body", body.name),
                _ => (*argument).to_owned(),
            })
            .collect();
        let object = if fields.is_empty() {
            "undefined".to_owned()
        } else {
            format!("{{ {} }}", fields.join(", "))
        };
        route_doc(out, endpoint);
        writeln!(
            out,
            "  {}({arguments}{separator}options) {{\n    return this.#send({index}, {object}, options, ENVELOPE);\n  }}",
            v0.name
        )
        .unwrap();
    }
    out.push_str("}\n");
}

/// A module of classes: `glue` is the wasm-bindgen module whose `Client` they use (`None`:
/// FrontendApi's, which js/engine.js hands over).
fn module(glue: Option<&str>, imports: &str, body: impl FnOnce(&mut String)) -> String {
    let mut out = String::from(HEADER);
    match glue {
        Some(glue) => writeln!(out, "import {{ Client }} from \"./{glue}\";").unwrap(),
        None => writeln!(out, "import {{ frontendEngine }} from \"./engine.js\";").unwrap(),
    }
    writeln!(out, "import {{ {imports} }} from \"./send.js\";").unwrap();
    body(&mut out);
    out
}

fn json_string(text: &str) -> String {
    serde_json::to_string(text).unwrap()
}

/// The table for scripts/gen-types.mjs: one row per operation.
fn operations_json() -> String {
    let mut out = String::from("[\n");
    let rows: Vec<String> = endpoints::all()
        .enumerate()
        .map(|(index, endpoint)| {
            let v0 = endpoint.v0alpha2.map_or("null".to_owned(), |v0| {
                let arguments: Vec<String> = v0.arguments.iter().map(|a| json_string(a)).collect();
                format!(
                    "{{ \"name\": {}, \"arguments\": [{}] }}",
                    json_string(v0.name),
                    arguments.join(", ")
                )
            });
            let params: Vec<String> = endpoint
                .params
                .iter()
                .map(|p| json_string(&js_name(p.wire)))
                .chain(endpoint.body.map(|b| json_string(b.name)))
                .collect();
            format!(
                "  {{ \"index\": {index}, \"class\": {}, \"v1\": {}, \"method\": \"{}\", \"path\": {}, \"parameters\": [{}], \"v0alpha2\": {v0} }}",
                json_string(endpoint.api.class_name()),
                endpoint.v1_name.map_or("null".to_owned(), json_string),
                endpoint.method.as_str(),
                json_string(endpoint.path),
                params.join(", "),
            )
        })
        .collect();
    out.push_str(&rows.join(",\n"));
    out.push_str("\n]\n");
    out
}

fn generated() -> Vec<(&'static str, String)> {
    vec![
        (
            "js/api-frontend.js",
            module(None, "RAW, hooks, send", |out| v1_class(out, Api::Frontend)),
        ),
        (
            "js/api-admin.js",
            module(Some("ory_admin.js"), "RAW, hooks, send", |out| {
                for api in Api::ALL.into_iter().filter(|api| *api != Api::Frontend) {
                    v1_class(out, api);
                }
            }),
        ),
        (
            "js/api-v0alpha2.js",
            module(
                Some("ory_v0alpha2.js"),
                "ENVELOPE, hooks, send",
                v0alpha2_class,
            ),
        ),
        ("js/operations.json", operations_json()),
    ]
}

#[test]
fn generated_files_match_the_declarations() {
    let update = std::env::var_os("UPDATE_GENERATED").is_some();
    let mut stale = Vec::new();
    for (file, text) in generated() {
        let path = format!("{}/{file}", env!("CARGO_MANIFEST_DIR"));
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        if committed != text {
            if update {
                std::fs::write(&path, &text).unwrap_or_else(|e| panic!("{path}: {e}"));
            } else {
                stale.push(file);
            }
        }
    }
    assert!(
        stale.is_empty(),
        "{stale:?} differ from the endpoint declarations: run UPDATE_GENERATED=1 cargo test --test js_surface"
    );
}

/// The core module holds only `endpoints::frontend::ALL` (src/bindings/client.rs), so every
/// `FrontendApi` operation must be among those first declarations.
#[test]
fn frontend_api_operations_are_in_the_core_module() {
    let core = endpoints::frontend::ALL.len();
    for (index, endpoint) in endpoints::all().enumerate() {
        if endpoint.api == Api::Frontend {
            assert!(
                index < core,
                "{} is not in endpoints::frontend::ALL",
                endpoint.path
            );
        }
    }
}

/// Every operation is a method of its v1 class, and of `V0alpha2Api` unless it is newer than that
/// generation (the session token exchange), under a name no other operation of that class has;
/// positional argument names are parameters or the body.
#[test]
fn every_operation_has_both_names_once() {
    let mut v1 = std::collections::BTreeSet::new();
    let mut v0 = std::collections::BTreeSet::new();
    for endpoint in endpoints::all() {
        let name = endpoint.v1_name.expect("every operation has a v1 name");
        assert!(v1.insert((endpoint.api.class_name(), name)), "{name} twice");
        let Some(old) = endpoint.v0alpha2 else {
            assert_eq!(endpoint.path, "/sessions/token-exchange");
            continue;
        };
        assert!(v0.insert(old.name), "{} twice", old.name);
        for argument in old.arguments {
            assert!(
                *argument == BODY || endpoint.params.iter().any(|p| js_name(p.wire) == *argument),
                "{}: {argument} is neither a parameter nor the body",
                old.name
            );
        }
    }
}
