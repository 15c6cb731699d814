//! Grouping: which nodes render together, in which order, and which nodes a submit carries.
//!
//! Kratos sends one flat node list; each node names the method (`group`) it belongs to. The
//! renderer shows one form with:
//! - the `default` group's hidden inputs (`csrf_token`, a prefilled hidden `identifier`) once,
//!   in [`Layout::hidden`];
//! - one [`Section`] per group, in a stable order ([`DEFAULT_ORDER`], then groups this SDK does
//!   not know in order of appearance). A section holds its group's nodes in Kratos' order,
//!   including the group's own hidden inputs (`method=code`, `passkey_challenge`,
//!   `webauthn_login`), which belong to that method's submit only.
//!
//! Where the shared fields live, seen in the fixtures: the login `identifier` is in `default`
//! (or `identifier_first` for the identifier-first step); registration traits are in
//! `default` when several methods are enabled (passkey/webauthn registration), but in
//! `password` on a password-only registration; settings traits are in `profile`. Rendering
//! `default` first therefore puts the identifier and traits on top in every case.
//!
//! Script nodes are in no section: the SDK never renders them.

use crate::models::{UiNode, UiNodeAttributes, UiNodeGroup, UiNodeInputType};

/// The default section order. `link` (v0 recovery/verification) follows `code`; `captcha` comes
/// last so it sits right above nothing but unknown groups.
pub const DEFAULT_ORDER: &[&str] = &[
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

/// How to lay out a form.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LayoutOptions {
    /// Render only these groups (the hidden `default` inputs are always kept: no submit works
    /// without `csrf_token`).
    pub only: Option<Vec<UiNodeGroup>>,
    /// A custom order; groups not listed follow in the default order.
    pub order: Option<Vec<UiNodeGroup>>,
}

/// A laid-out form.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout<'a> {
    /// The `default` group's hidden inputs: render once, inside the form.
    pub hidden: Vec<&'a UiNode>,
    /// One section per group that has something to render, in order.
    pub sections: Vec<Section<'a>>,
}

/// The nodes of one group.
#[derive(Debug, Clone, PartialEq)]
pub struct Section<'a> {
    /// The group.
    pub group: UiNodeGroup,
    /// Its nodes in Kratos' order (scripts and the shared hidden inputs excluded).
    pub nodes: Vec<&'a UiNode>,
}

/// Lays out `nodes` into the shared hidden inputs and ordered sections.
pub fn sections<'a>(nodes: &'a [UiNode], options: &LayoutOptions) -> Layout<'a> {
    let mut hidden = Vec::new();
    let mut sections: Vec<Section<'a>> = Vec::new();
    for node in nodes {
        if is_script(node) {
            continue;
        }
        if is_shared_hidden(node) {
            hidden.push(node);
            continue;
        }
        if let Some(wanted) = &options.only {
            if !wanted.contains(&node.group) {
                continue;
            }
        }
        match sections.iter_mut().find(|s| s.group == node.group) {
            Some(section) => section.nodes.push(node),
            None => sections.push(Section {
                group: node.group.clone(),
                nodes: vec![node],
            }),
        }
    }
    // Stable sort: unknown groups keep their order of appearance.
    let custom = options.order.as_deref().unwrap_or(&[]);
    super::sort_by_rank(&mut sections, |s| rank(&s.group, custom));
    Layout { hidden, sections }
}

/// The position of a group: first the custom order, then [`DEFAULT_ORDER`], then the rest.
fn rank(group: &UiNodeGroup, custom: &[UiNodeGroup]) -> u32 {
    // (tier, position) packed: tier in the top two bits.
    let position = |i: usize| u32::try_from(i).unwrap_or(u32::MAX).min((1 << 30) - 1);
    if let Some(i) = custom.iter().position(|g| g == group) {
        return position(i);
    }
    match DEFAULT_ORDER.iter().position(|g| *g == group.as_str()) {
        Some(i) => (1 << 30) | position(i),
        None => 2 << 30,
    }
}

fn is_script(node: &UiNode) -> bool {
    matches!(node.attributes, UiNodeAttributes::Script(_))
        || node.node_type == crate::models::UiNodeType::Script
}

fn is_hidden_input(node: &UiNode) -> bool {
    node.attributes
        .as_input()
        .is_some_and(|i| i.input_type == UiNodeInputType::Hidden)
        || matches!(&node.attributes, UiNodeAttributes::Unknown(raw)
            if raw.get("type").and_then(|t| t.as_str()) == Some("hidden"))
}

fn is_shared_hidden(node: &UiNode) -> bool {
    node.group == UiNodeGroup::Default && is_hidden_input(node)
}

/// Hidden inputs that carry data *to* the client's WebAuthn code (the ceremony options) and are
/// not part of any submit schema: they are not sent back.
pub const CLIENT_ONLY_INPUTS: &[&str] = &["passkey_challenge", "passkey_create_data"];

/// Groups whose submit carries only the shared hidden inputs of `default`, not its visible
/// fields: a social sign-in click leaves the page for the provider and must not send a
/// half-typed identifier or traits along.
fn carries_visible_default(group: &UiNodeGroup) -> bool {
    !matches!(group, UiNodeGroup::Oidc | UiNodeGroup::Saml)
}

/// The input nodes a submit of `group` carries, in node order:
///
/// - every `default` hidden input (`csrf_token`, a hidden `identifier`);
/// - the visible `default` inputs (login `identifier`, registration traits) unless the group is
///   `oidc`/`saml` (see above);
/// - every `captcha` input (newer Kratos checks the CAPTCHA on any method);
/// - the group's own inputs except its submit buttons and WebAuthn trigger buttons (the clicked
///   submitter is added separately by [`crate::ui::submit::body`]) and the
///   [`CLIENT_ONLY_INPUTS`].
///
/// Example: `method=password` on login sends `csrf_token` + `identifier` (both `default`) +
/// `password`; `provider=github` sends `csrf_token` + `provider` only.
pub fn submit_nodes<'a>(nodes: &'a [UiNode], group: &UiNodeGroup) -> Vec<&'a UiNode> {
    nodes
        .iter()
        .filter(|node| {
            let Some(input) = input_name_and_type(node) else {
                return false;
            };
            if matches!(input, UiNodeInputType::Submit | UiNodeInputType::Button)
                || node
                    .input_name()
                    .is_some_and(|name| CLIENT_ONLY_INPUTS.contains(&name))
            {
                return false;
            }
            match &node.group {
                UiNodeGroup::Default => is_hidden_input(node) || carries_visible_default(group),
                // Identifier-first step two keeps the identifier as a hidden input of this
                // group: whichever method the user picks signs in with it.
                UiNodeGroup::IdentifierFirst if is_hidden_input(node) => true,
                UiNodeGroup::Captcha => true,
                g => g == group,
            }
        })
        .collect()
}

fn input_name_and_type(node: &UiNode) -> Option<UiNodeInputType> {
    match &node.attributes {
        UiNodeAttributes::Input(input) => Some(input.input_type.clone()),
        UiNodeAttributes::Unknown(raw) if node.node_type == crate::models::UiNodeType::Input => {
            raw.get("name")?.as_str()?;
            Some(UiNodeInputType::from(
                raw.get("type").and_then(|t| t.as_str()).unwrap_or("text"),
            ))
        }
        _ => None,
    }
}

/// The `method` a submit of `group` must name when no field or submitter carries one: Kratos
/// routes a body to a strategy by `method`, and some buttons do not say it (the AAL2 code
/// `address` buttons, `totp_unlink`, the `lookup_secret_*` buttons, WebAuthn/passkey results
/// submitted by the SDK's own code). `None` for groups that are not a method (`default`,
/// `captcha`, unknown) and for settings `link`/`unlink` buttons, whose body has no `method`.
pub fn implied_method(group: &UiNodeGroup, submitter_name: Option<&str>) -> Option<&'static str> {
    // Two-step registration's `screen` buttons ("Back") must not name a method: Kratos'
    // profile strategy treats `method=profile` as "go to the credentials step".
    if matches!(submitter_name, Some("link" | "unlink" | "screen")) {
        return None;
    }
    Some(match group {
        UiNodeGroup::Password => "password",
        UiNodeGroup::Oidc => "oidc",
        UiNodeGroup::Saml => "saml",
        UiNodeGroup::Profile => "profile",
        UiNodeGroup::Link => "link",
        UiNodeGroup::Code => "code",
        UiNodeGroup::Totp => "totp",
        UiNodeGroup::LookupSecret => "lookup_secret",
        UiNodeGroup::Webauthn => "webauthn",
        UiNodeGroup::Passkey => "passkey",
        UiNodeGroup::IdentifierFirst => "identifier_first",
        UiNodeGroup::Default | UiNodeGroup::Captcha | UiNodeGroup::Other(_) => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    fn nodes(v: Value) -> Vec<UiNode> {
        serde_json::from_value(v).unwrap()
    }

    fn inp(group: &str, name: &str, t: &str) -> Value {
        json!({"type": "input", "group": group,
               "attributes": {"name": name, "type": t, "node_type": "input"},
               "messages": [], "meta": {}})
    }

    fn names(list: &[&UiNode]) -> Vec<String> {
        list.iter()
            .map(|n| n.input_name().unwrap_or("-").to_owned())
            .collect()
    }

    fn login() -> Vec<UiNode> {
        nodes(json!([
            inp("oidc", "provider", "submit"),
            inp("default", "csrf_token", "hidden"),
            inp("default", "identifier", "text"),
            inp("password", "password", "password"),
            inp("password", "method", "submit"),
            inp("quantum", "q", "text"),
            inp("nebula", "n", "text"),
            {"type": "script", "group": "webauthn", "attributes": {"node_type": "script", "id": "s"},
             "messages": [], "meta": {}},
        ]))
    }

    #[test]
    fn default_order_and_unknown_groups_last_in_appearance_order() {
        let all = login();
        let layout = sections(&all, &LayoutOptions::default());
        assert_eq!(names(&layout.hidden), ["csrf_token"]);
        let groups: Vec<&str> = layout.sections.iter().map(|s| s.group.as_str()).collect();
        assert_eq!(groups, ["default", "password", "oidc", "quantum", "nebula"]);
        assert_eq!(names(&layout.sections[1].nodes), ["password", "method"]);
    }

    #[test]
    fn only_and_custom_order() {
        let all = login();
        let only = LayoutOptions {
            only: Some(vec![UiNodeGroup::Oidc]),
            order: None,
        };
        let layout = sections(&all, &only);
        assert_eq!(names(&layout.hidden), ["csrf_token"]);
        assert_eq!(layout.sections.len(), 1);
        let custom = LayoutOptions {
            only: None,
            order: Some(vec![UiNodeGroup::Oidc, "nebula".into()]),
        };
        let groups: Vec<String> = sections(&all, &custom)
            .sections
            .iter()
            .map(|s| s.group.to_string())
            .collect();
        assert_eq!(groups, ["oidc", "nebula", "default", "password", "quantum"]);
    }

    #[test]
    fn password_submit_carries_default_and_password_inputs() {
        let all = login();
        let carried = submit_nodes(&all, &UiNodeGroup::Password);
        assert_eq!(names(&carried), ["csrf_token", "identifier", "password"]);
        let oidc = submit_nodes(&all, &UiNodeGroup::Oidc);
        assert_eq!(names(&oidc), ["csrf_token"]);
    }

    #[test]
    fn identifier_first_step_two_carries_the_hidden_identifier() {
        // ory/elements' login/1fa/identifier_first/password/show-password.json (Ory Network)
        let all = nodes(json!([
            inp("identifier_first", "identifier", "hidden"),
            inp("default", "csrf_token", "hidden"),
            inp("password", "password", "password"),
            inp("password", "method", "submit"),
        ]));
        let carried = submit_nodes(&all, &UiNodeGroup::Password);
        assert_eq!(names(&carried), ["identifier", "csrf_token", "password"]);
        // step one: a visible identifier goes only with its own group's submit
        let step_one = nodes(json!([inp("identifier_first", "identifier", "text")]));
        assert!(submit_nodes(&step_one, &UiNodeGroup::Password).is_empty());
        assert_eq!(
            names(&submit_nodes(&step_one, &UiNodeGroup::IdentifierFirst)),
            ["identifier"]
        );
    }

    #[test]
    fn implied_methods() {
        // two-step registration's "Back": `method=profile` would mean "forward" to Kratos
        assert_eq!(implied_method(&UiNodeGroup::Profile, Some("screen")), None);
        assert_eq!(
            implied_method(&UiNodeGroup::Profile, Some("method")),
            Some("profile")
        );
        assert_eq!(
            implied_method(&UiNodeGroup::Code, Some("address")),
            Some("code")
        );
        assert_eq!(implied_method(&UiNodeGroup::Oidc, Some("unlink")), None);
        assert_eq!(implied_method(&UiNodeGroup::Default, None), None);
        assert_eq!(implied_method(&"x".into(), None), None);
    }
}
