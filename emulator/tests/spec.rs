//! The spec validator itself: it must reject wrong bodies and accept Kratos' real responses
//! (the v1 fixtures), with the documented spec deviations applied.

mod support;

use reqwest::Method;
use serde_json::{json, Value};
use support::*;

const FIXTURES: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../shared/kratos/fixtures/v1"
);

fn fixture(name: &str) -> Value {
    let text = std::fs::read_to_string(format!("{FIXTURES}/{name}"))
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
#[should_panic(expected = "does not match the spec")]
fn rejects_a_session_without_id() {
    spec().check_response(
        &Method::GET,
        "/sessions/whoami",
        200,
        Some(&json!({"active": true})),
    );
}

#[test]
#[should_panic(expected = "does not match the spec")]
fn rejects_a_node_without_attributes() {
    let mut f = fixture("recovery-flow-code.json");
    if let Some(n) = f.pointer_mut("/ui/nodes/0") {
        *n = json!({"type": "input", "group": "default", "messages": [], "meta": {}});
    }
    spec().check_response(&Method::GET, "/self-service/recovery/flows", 200, Some(&f));
}

#[test]
#[should_panic(expected = "is not documented")]
fn rejects_undocumented_status() {
    spec().check_response(
        &Method::GET,
        "/self-service/registration/browser",
        201,
        None,
    );
}

#[test]
fn real_kratos_responses_validate() {
    let s = spec();
    for (file, component) in [
        ("session-whoami.json", "session"),
        ("logout-url.json", "logoutFlow"),
        (
            "registration-success-api.json",
            "successfulNativeRegistration",
        ),
        (
            "registration-success-browser.json",
            "successfulNativeRegistration",
        ),
        ("login-success-api.json", "successfulNativeLogin"),
        ("recovery-flow-code.json", "recoveryFlow"),
        ("recovery-flow-code-sent.json", "recoveryFlow"),
        ("verification-flow-code.json", "verificationFlow"),
        ("verification-flow-code-sent.json", "verificationFlow"),
        (
            "error-browser-location-change-required-422.json",
            "errorBrowserLocationChangeRequired",
        ),
        ("error-security-csrf-violation-403.json", "errorGeneric"),
        (
            "error-self-service-flow-expired-410.json",
            "selfServiceFlowExpiredError",
        ),
        ("error-flow-expired-get-410.json", "errorGeneric"),
        ("error-session-already-available-400.json", "errorGeneric"),
        ("error-session-inactive-401.json", "errorGeneric"),
        ("error-whoami-401.json", "errorGeneric"),
        ("error-registration-disabled-400.json", "errorGeneric"),
        ("flow-error-no-resumable-session.json", "flowError"),
    ] {
        s.check_component(component, &fixture(file));
    }
}
