//! Two-step registration (Kratos v1.3 with `selfservice.flows.registration.enable_legacy_one_step:
//! false`): step one is the profile (traits, `method=profile`, social sign-up), step two the
//! credentials for those traits (password, passkey, code, ...) with the traits hidden and a
//! `screen=previous` "Back" button. As Kratos' `two_step_registration` hook, the two node sets
//! are computed when the flow is created and kept with the flow.

use serde_json::{json, Map, Value};

use super::common;
use crate::model::{Flow, FlowState, Node};
use crate::nodes::input;
use crate::rules::Outcome;
use crate::state::App;
use crate::text;

const STEP_ONE: &str = "stepOneNodes";
const STEP_TWO: &str = "stepTwoNodes";

/// Groups shown on step one (as Kratos' hook splits them).
fn on_step_one(n: &Node) -> bool {
    matches!(n.group.as_str(), "profile" | "oidc" | "default")
}

/// Splits a freshly built one-step registration flow into the two steps.
pub fn split(f: &mut Flow) {
    let (mut one, two): (Vec<Node>, Vec<Node>) = f.ui.nodes.drain(..).partition(on_step_one);
    one.push(
        input("profile", "method", "submit")
            .value("profile")
            .label(text::registration_sign_up())
            .build(),
    );
    f.internal.insert(STEP_ONE.into(), json!(one));
    f.internal.insert(STEP_TWO.into(), json!(two));
    f.ui.nodes = one;
}

fn stored(f: &Flow, key: &str) -> Vec<Node> {
    f.internal
        .get(key)
        .and_then(|v| serde_json::from_value(v.clone()).ok())
        .unwrap_or_default()
}

/// The "Back" button of step two (`screen=previous`) or of the code step
/// (`screen=credential-selection`), label 1040008.
pub fn back_button(screen: &str) -> Node {
    input("profile", "screen", "submit")
        .value(screen)
        .label(text::registration_back())
        .build()
}

/// `{method: "profile", traits}` or `{screen: "credential-selection", traits}`: validates the
/// traits, then shows the credentials step (400 / 303 to the registration UI, as Kratos).
pub fn credentials_step(app: &App, mut f: Flow, body: &Map<String, Value>) -> Outcome {
    f.ui.nodes = stored(&f, STEP_ONE);
    crate::captcha::append(app, &mut f);
    let Some(traits) = common::validated_traits(app, &mut f, body) else {
        return Outcome::invalid(f);
    };
    let mut nodes: Vec<Node> =
        f.ui.nodes
            .iter()
            .filter(|n| n.group == "default" && n.ty == "input")
            .cloned()
            .collect();
    for n in &mut nodes {
        if n.name() == Some("csrf_token") {
            continue;
        }
        let value = n
            .name()
            .and_then(|name| name.strip_prefix("traits."))
            .and_then(|path| traits.pointer(&format!("/{}", path.replace('.', "/"))))
            .cloned();
        n.attributes.insert("type".into(), json!("hidden"));
        match value {
            Some(v) => {
                n.attributes.insert("value".into(), v);
            }
            None => {
                n.attributes.shift_remove("value");
            }
        }
    }
    nodes.extend(stored(&f, STEP_TWO));
    nodes.push(back_button("previous"));
    f.ui.nodes = nodes;
    crate::captcha::append(app, &mut f);
    f.ui.reset_messages();
    f.ui.messages.push(text::registration_choose_credentials());
    f.state = FlowState::ChooseMethod;
    f.active = None;
    Outcome::invalid(f)
}

/// `{screen: "previous", traits}`: the profile step again, with the traits entered so far.
pub fn profile_step(app: &App, mut f: Flow, body: &Map<String, Value>) -> Outcome {
    f.ui.nodes = stored(&f, STEP_ONE);
    crate::captcha::append(app, &mut f);
    f.ui.reset_messages();
    common::keep_values(&mut f, body, "traits");
    f.state = FlowState::ChooseMethod;
    f.active = None;
    Outcome::invalid(f)
}
