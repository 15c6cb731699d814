//! The default card around a rendered flow: what it says (a title and subtitle per flow type
//! and state, a title per settings section), which links between flows it offers, and which
//! buttons are destructive. Decided here, natively and testably; `crate::render` builds the
//! elements and [`crate::ui::texts`] holds the English.
//!
//! The links come from URLs the app passes (`urls: { login, registration, recovery, … }`) and
//! go through the same navigation gate as every other URL the SDK sends the browser to
//! ([`NavigationPolicy::target`] as a page-named target): an absolute http(s) URL on the page's
//! or Kratos' origin or in `allowedReturnUrls`, or a plain path on the page's origin. A value the
//! gate refuses (`javascript:`, another origin, `//host`, `/\host`) is no link at all.

use serde_json::Value;

use super::driver::FlowKind;
use super::navigation::{NavigationPolicy, Source};
use crate::models::{UiNode, UiNodeGroup};
use crate::url::HttpUrl;

/// The pages of the app's other flows, as the app named them (`urls` option).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CardUrls {
    /// The sign-in page.
    pub login: Option<String>,
    /// The sign-up page.
    pub registration: Option<String>,
    /// The account recovery page ("Forgot password?").
    pub recovery: Option<String>,
    /// The email verification page.
    pub verification: Option<String>,
    /// The account settings page.
    pub settings: Option<String>,
}

/// The card's title and subtitle, as text keys of [`crate::ui::texts::CARD_TEXTS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Heading {
    /// The title's key.
    pub title: &'static str,
    /// The subtitle's key.
    pub subtitle: &'static str,
}

/// Where a link of the card goes in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkPlace {
    /// Below the form ("No account yet? Sign up").
    Footer,
    /// Beside the password field ("Forgot password?").
    Password,
}

/// One link between flows, its target allowed by the navigation gate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardLink {
    /// Where it goes in the card.
    pub place: LinkPlace,
    /// The key of the text before the link, if any.
    pub prompt: Option<&'static str>,
    /// The key of the link's text.
    pub text: &'static str,
    /// The target.
    pub href: HttpUrl,
}

fn has_group(nodes: &[UiNode], group: &UiNodeGroup) -> bool {
    nodes.iter().any(|node| &node.group == group)
}

/// Whether this is the identifier step of an identifier-first sign-in: its `identifier_first`
/// group shows the identifier field. (Step two keeps the identifier there as a hidden input.)
fn asks_for_identifier_first(nodes: &[UiNode]) -> bool {
    nodes.iter().any(|node| {
        node.group == UiNodeGroup::IdentifierFirst
            && node
                .attributes
                .as_input()
                .is_some_and(|input| input.input_type != crate::models::UiNodeInputType::Hidden)
    })
}

/// Whether the flow offers a first factor other than the password (a code, a passkey, a
/// security key, a social sign-in): then the card says "choose how".
fn offers_other_methods(nodes: &[UiNode]) -> bool {
    nodes.iter().any(|node| {
        matches!(
            node.group,
            UiNodeGroup::Code
                | UiNodeGroup::Passkey
                | UiNodeGroup::Webauthn
                | UiNodeGroup::Oidc
                | UiNodeGroup::Saml
                | UiNodeGroup::Profile
        )
    })
}

/// The card's title and subtitle for a flow of `kind` (its `state`, `requested_aal`, `refresh`
/// and the methods its nodes offer).
pub fn heading(kind: FlowKind, flow: &Value, nodes: &[UiNode]) -> Heading {
    let state = flow.get("state").and_then(Value::as_str).unwrap_or("");
    let h = |title, subtitle| Heading { title, subtitle };
    match kind {
        FlowKind::Login => {
            if flow.get("requested_aal").and_then(Value::as_str) == Some("aal2") {
                h("card.login.aal2.title", "card.login.aal2.subtitle")
            } else if flow.get("refresh").and_then(Value::as_bool) == Some(true) {
                h("card.login.refresh.title", "card.login.refresh.subtitle")
            } else if asks_for_identifier_first(nodes) {
                h("card.login.title", "card.login.subtitle.identifier")
            } else if state == "sent_email" {
                h("card.login.title", "card.login.subtitle.code_sent")
            } else if has_group(nodes, &UiNodeGroup::Password) && !offers_other_methods(nodes) {
                h("card.login.title", "card.login.subtitle.password")
            } else {
                h("card.login.title", "card.login.subtitle.choose")
            }
        }
        FlowKind::Registration => {
            if has_group(nodes, &UiNodeGroup::Password) && !offers_other_methods(nodes) {
                h(
                    "card.registration.title",
                    "card.registration.subtitle.password",
                )
            } else {
                h(
                    "card.registration.title",
                    "card.registration.subtitle.choose",
                )
            }
        }
        FlowKind::Recovery => h(
            "card.recovery.title",
            match state {
                "sent_email" => "card.recovery.subtitle.sent",
                "passed_challenge" => "card.recovery.subtitle.passed",
                _ => "card.recovery.subtitle.choose",
            },
        ),
        FlowKind::Verification => h(
            "card.verification.title",
            match state {
                "sent_email" => "card.verification.subtitle.sent",
                "passed_challenge" => "card.verification.subtitle.passed",
                _ => "card.verification.subtitle.choose",
            },
        ),
        FlowKind::Settings => h("card.settings.title", "card.settings.subtitle"),
    }
}

/// The links a flow of `kind` offers, each only if the app passed its URL and the gate allows
/// it. A second factor or a re-authentication offers none: the user is signed in already.
pub fn links(
    kind: FlowKind,
    flow: &Value,
    nodes: &[UiNode],
    urls: &CardUrls,
    policy: &NavigationPolicy,
) -> Vec<CardLink> {
    let allowed = |url: &Option<String>| {
        url.as_deref()
            .filter(|url| !url.is_empty())
            .and_then(|url| policy.target(url, Source::Page))
    };
    let link = |place, prompt, text, url: &Option<String>| {
        allowed(url).map(|href| CardLink {
            place,
            prompt,
            text,
            href,
        })
    };
    let mut links = Vec::new();
    match kind {
        FlowKind::Login => {
            let step_up = flow.get("requested_aal").and_then(Value::as_str) == Some("aal2")
                || flow.get("refresh").and_then(Value::as_bool) == Some(true);
            if !step_up {
                if has_password_field(nodes) {
                    links.extend(link(
                        LinkPlace::Password,
                        None,
                        "card.link.recovery",
                        &urls.recovery,
                    ));
                }
                links.extend(link(
                    LinkPlace::Footer,
                    Some("card.link.registration.prompt"),
                    "card.link.registration",
                    &urls.registration,
                ));
            }
        }
        FlowKind::Registration => links.extend(link(
            LinkPlace::Footer,
            Some("card.link.login.prompt"),
            "card.link.login",
            &urls.login,
        )),
        FlowKind::Recovery | FlowKind::Verification => links.extend(link(
            LinkPlace::Footer,
            None,
            "card.link.back_to_login",
            &urls.login,
        )),
        FlowKind::Settings => {}
    }
    links
}

/// Whether the nodes hold the password field a "Forgot password?" link belongs beside.
pub fn has_password_field(nodes: &[UiNode]) -> bool {
    nodes
        .iter()
        .any(|node| node.group == UiNodeGroup::Password && is_password_field(node))
}

/// Whether `node` is a visible password input.
pub fn is_password_field(node: &UiNode) -> bool {
    node.attributes
        .as_input()
        .is_some_and(|input| input.input_type == crate::models::UiNodeInputType::Password)
}

/// The key of a settings section's title; `None` for groups without one (the shared
/// `default` inputs, unknown groups) and outside settings.
pub fn section_title(kind: FlowKind, group: &UiNodeGroup) -> Option<&'static str> {
    if kind != FlowKind::Settings {
        return None;
    }
    Some(match group {
        UiNodeGroup::Profile => "card.section.profile",
        UiNodeGroup::Password => "card.section.password",
        UiNodeGroup::Passkey => "card.section.passkey",
        UiNodeGroup::Webauthn => "card.section.webauthn",
        UiNodeGroup::Totp => "card.section.totp",
        UiNodeGroup::LookupSecret => "card.section.lookup_secret",
        UiNodeGroup::Oidc | UiNodeGroup::Saml => "card.section.oidc",
        _ => return None,
    })
}

/// Whether a section of `group` follows a divider ("or") in a flow of `kind`: social sign-in
/// after the other methods of a sign-in or sign-up.
pub fn divided(kind: FlowKind, group: &UiNodeGroup) -> bool {
    matches!(kind, FlowKind::Login | FlowKind::Registration)
        && matches!(group, UiNodeGroup::Oidc | UiNodeGroup::Saml)
}

/// Whether the card offers to sign out ("Something not working? Sign out"): in a sign-in's
/// second factor, where a user who cannot complete it (a lost phone, no backup code at hand) is
/// otherwise stuck with a half session; signing out starts a fresh sign-in.
pub fn offers_sign_out(kind: FlowKind, flow: &Value) -> bool {
    kind == FlowKind::Login && flow.get("requested_aal").and_then(Value::as_str) == Some("aal2")
}

/// The methods of a second factor that wait behind a button each ("Use your authenticator
/// app"), with the key of that button's text; empty when the card shows every method as it is.
///
/// A sign-in's second factor offers every method the user has set up, one under the other; the
/// ones to type something into (an authenticator app's code, a backup code) then make a long
/// form of fields of which one is used. So, where there are several methods, those wait behind
/// a button each — pressing one shows that method alone, with a way back to the others — while
/// the one-button methods (send a code, a security key) stay buttons. Backup codes are the
/// fallback and always wait; the authenticator app stays open when the backup codes are the
/// only other method. `groups` are the sections the form shows, in order.
pub fn chooser(
    kind: FlowKind,
    flow: &Value,
    groups: &[&UiNodeGroup],
) -> Vec<(UiNodeGroup, &'static str)> {
    let methods: Vec<&UiNodeGroup> = groups
        .iter()
        .copied()
        .filter(|group| {
            !matches!(
                group,
                UiNodeGroup::Default | UiNodeGroup::Captcha | UiNodeGroup::IdentifierFirst
            )
        })
        .collect();
    if kind != FlowKind::Login
        || flow.get("requested_aal").and_then(Value::as_str) != Some("aal2")
        || methods.len() < 2
    {
        return Vec::new();
    }
    let beside_the_app = methods
        .iter()
        .any(|group| !matches!(group, UiNodeGroup::Totp | UiNodeGroup::LookupSecret));
    methods
        .into_iter()
        .filter_map(|group| match group {
            UiNodeGroup::Totp if beside_the_app => Some((group.clone(), "card.method.totp")),
            UiNodeGroup::LookupSecret => Some((group.clone(), "card.method.lookup_secret")),
            _ => None,
        })
        .collect()
}

/// How a submit button looks, by what it does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ButtonRole {
    /// The step's main action (sign in, save).
    Primary,
    /// Another action that loses nothing (resend a code, show the backup codes).
    Secondary,
    /// Removes a credential or a connection (remove a key, unlink an app or account).
    Destructive,
}

/// The role of a submit button named `name`, by Kratos' names: `*_remove`, `unlink`,
/// `totp_unlink`, `lookup_secret_disable` remove something; `email`/`resend` (send the code
/// again) and the backup-code buttons other than confirming are secondary.
pub fn button_role(name: &str) -> ButtonRole {
    match name {
        "unlink" | "totp_unlink" | "lookup_secret_disable" => ButtonRole::Destructive,
        name if name.ends_with("_remove") => ButtonRole::Destructive,
        "email" | "resend" | "lookup_secret_regenerate" | "lookup_secret_reveal" => {
            ButtonRole::Secondary
        }
        _ => ButtonRole::Primary,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn fixture(path: &str) -> Value {
        let text = std::fs::read_to_string(format!(
            "{}/../shared/kratos/fixtures/{path}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap();
        serde_json::from_str(&text).unwrap()
    }

    fn nodes_of(flow: &Value) -> Vec<UiNode> {
        serde_json::from_value(flow["ui"]["nodes"].clone()).unwrap()
    }

    fn title(kind: FlowKind, path: &str) -> (&'static str, &'static str) {
        let flow = fixture(path);
        let h = heading(kind, &flow, &nodes_of(&flow));
        (h.title, h.subtitle)
    }

    #[test]
    fn a_second_factor_with_several_methods_puts_the_typed_ones_behind_a_button() {
        use UiNodeGroup::*;
        let flow = fixture("v1/login-flow-aal2-all-methods.json");
        let nodes = nodes_of(&flow);
        let layout =
            crate::ui::layout::sections(&nodes, &crate::ui::layout::LayoutOptions::default());
        let groups: Vec<&UiNodeGroup> = layout.sections.iter().map(|s| &s.group).collect();
        assert_eq!(groups, [&Code, &Webauthn, &Totp, &LookupSecret]);
        assert_eq!(
            chooser(FlowKind::Login, &flow, &groups),
            [
                (Totp, "card.method.totp"),
                (LookupSecret, "card.method.lookup_secret")
            ]
        );
        assert!(offers_sign_out(FlowKind::Login, &flow));
        assert!(!offers_sign_out(
            FlowKind::Login,
            &json!({"requested_aal": "aal1"})
        ));
        assert!(!offers_sign_out(FlowKind::Settings, &flow));
        // One method: shown as it is; a first factor or another flow: no chooser.
        assert!(chooser(FlowKind::Login, &flow, &[&Default, &Totp]).is_empty());
        let first_factor = json!({"requested_aal": "aal1"});
        assert!(chooser(FlowKind::Login, &first_factor, &groups).is_empty());
        assert!(chooser(FlowKind::Settings, &flow, &groups).is_empty());
        // The app and the backup codes: the app stays open, the fallback waits.
        assert_eq!(
            chooser(FlowKind::Login, &flow, &[&Totp, &LookupSecret]),
            [(LookupSecret, "card.method.lookup_secret")]
        );
    }

    #[test]
    fn identifier_first_step_two_is_not_titled_as_the_identifier_step() {
        let node = |group: &str, name: &str, kind: &str| {
            json!({"type": "input", "group": group, "messages": [], "meta": {},
                   "attributes": {"name": name, "type": kind, "node_type": "input"}})
        };
        let flow = |nodes: Vec<Value>| json!({"state": "choose_method", "ui": {"nodes": nodes}});
        let subtitle = |flow: Value| heading(FlowKind::Login, &flow, &nodes_of(&flow)).subtitle;
        let step_one = flow(vec![
            node("identifier_first", "identifier", "text"),
            node("identifier_first", "method", "submit"),
        ]);
        assert_eq!(subtitle(step_one), "card.login.subtitle.identifier");
        let step_two = flow(vec![
            node("identifier_first", "identifier", "hidden"),
            node("password", "password", "password"),
            node("password", "method", "submit"),
        ]);
        assert_eq!(subtitle(step_two), "card.login.subtitle.password");
        let step_two_choice = flow(vec![
            node("identifier_first", "identifier", "hidden"),
            node("password", "password", "password"),
            node("passkey", "passkey_login_trigger", "button"),
        ]);
        assert_eq!(subtitle(step_two_choice), "card.login.subtitle.choose");
    }

    #[test]
    fn headings_follow_the_flow_state() {
        use FlowKind::*;
        let login = |p| title(Login, p).1;
        assert_eq!(
            login("v1/login-flow-password-browser.json"),
            "card.login.subtitle.password"
        );
        assert_eq!(
            login("v1/login-flow-oidc-password.json"),
            "card.login.subtitle.choose"
        );
        assert_eq!(
            login("v1/login-flow-code-sent.json"),
            "card.login.subtitle.code_sent"
        );
        assert_eq!(
            title(Login, "v1/login-flow-aal2-all-methods.json").0,
            "card.login.aal2.title"
        );
        assert_eq!(
            title(Login, "v1/login-flow-refresh-password.json").0,
            "card.login.refresh.title"
        );
        let identifier_first: Vec<UiNode> =
            serde_json::from_value(fixture("v1/nodes-login-identifier-first.json")).unwrap();
        assert_eq!(
            heading(Login, &json!({}), &identifier_first).subtitle,
            "card.login.subtitle.identifier"
        );
        assert_eq!(
            title(Registration, "v1/registration-flow-password-browser.json").1,
            "card.registration.subtitle.password"
        );
        assert_eq!(
            title(Recovery, "v1/recovery-flow-code.json").1,
            "card.recovery.subtitle.choose"
        );
        assert_eq!(
            title(Recovery, "v1/recovery-flow-code-sent.json").1,
            "card.recovery.subtitle.sent"
        );
        assert_eq!(
            title(Verification, "v1/verification-flow-code-sent.json").1,
            "card.verification.subtitle.sent"
        );
        assert_eq!(
            heading(Verification, &json!({"state": "passed_challenge"}), &[]).subtitle,
            "card.verification.subtitle.passed"
        );
        // Every key is in the text table.
        for kind in [Login, Registration, Recovery, Verification, Settings] {
            let h = heading(kind, &json!({}), &[]);
            for key in [h.title, h.subtitle] {
                assert!(crate::ui::texts::by_key(key).is_some(), "{key}");
            }
        }
    }

    fn policy() -> NavigationPolicy {
        NavigationPolicy {
            page: HttpUrl::parse("https://app.example").map(|u| u.origin().clone()),
            kratos: HttpUrl::parse("https://auth.example").map(|u| u.origin().clone()),
            allowed: vec![crate::url::AllowedUrl::parse("https://help.example/").unwrap()],
        }
    }

    #[test]
    fn hostile_urls_are_no_links() {
        let flow = fixture("v1/login-flow-password-browser.json");
        let nodes = nodes_of(&flow);
        for hostile in [
            "javascript:alert(1)",
            "JAVASCRIPT:alert(1)",
            " javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:x",
            "https://evil.example/recovery",
            "//evil.example/recovery",
            "/\\evil.example/recovery",
            "\\\\evil.example",
            "https://app.example@evil.example/",
            "https://app.example\t.evil.example/",
            "http://0x7f000001/",
            "recovery",
            "",
        ] {
            let urls = CardUrls {
                recovery: Some(hostile.to_owned()),
                registration: Some(hostile.to_owned()),
                ..CardUrls::default()
            };
            assert_eq!(
                links(FlowKind::Login, &flow, &nodes, &urls, &policy()),
                [],
                "{hostile}"
            );
        }
    }

    #[test]
    fn links_between_flows() {
        let flow = fixture("v1/login-flow-password-browser.json");
        let nodes = nodes_of(&flow);
        let urls = CardUrls {
            login: Some("/login".into()),
            registration: Some("https://app.example/registration?x=1".into()),
            recovery: Some("/recovery".into()),
            verification: None,
            settings: Some("https://help.example/settings".into()),
        };
        let got: Vec<(LinkPlace, &str, String)> =
            links(FlowKind::Login, &flow, &nodes, &urls, &policy())
                .into_iter()
                .map(|l| (l.place, l.text, l.href.as_str().to_owned()))
                .collect();
        assert_eq!(
            got,
            [
                (
                    LinkPlace::Password,
                    "card.link.recovery",
                    "https://app.example/recovery".to_owned()
                ),
                (
                    LinkPlace::Footer,
                    "card.link.registration",
                    "https://app.example/registration?x=1".to_owned()
                ),
            ]
        );
        let aal2 = fixture("v1/login-flow-aal2-all-methods.json");
        assert_eq!(
            links(FlowKind::Login, &aal2, &nodes_of(&aal2), &urls, &policy()),
            []
        );
        let recovery = links(FlowKind::Recovery, &json!({}), &[], &urls, &policy());
        assert_eq!(recovery[0].text, "card.link.back_to_login");
        assert_eq!(
            links(FlowKind::Settings, &json!({}), &[], &urls, &policy()),
            []
        );
        // Absent URLs: no links.
        assert_eq!(
            links(
                FlowKind::Login,
                &flow,
                &nodes,
                &CardUrls::default(),
                &policy()
            ),
            []
        );
    }

    #[test]
    fn sections_and_buttons() {
        assert_eq!(
            section_title(FlowKind::Settings, &UiNodeGroup::Totp),
            Some("card.section.totp")
        );
        assert_eq!(section_title(FlowKind::Login, &UiNodeGroup::Totp), None);
        assert_eq!(
            section_title(FlowKind::Settings, &UiNodeGroup::Default),
            None
        );
        for name in [
            "webauthn_remove",
            "passkey_remove",
            "unlink",
            "totp_unlink",
            "lookup_secret_disable",
        ] {
            assert_eq!(button_role(name), ButtonRole::Destructive, "{name}");
        }
        assert_eq!(button_role("method"), ButtonRole::Primary);
        assert_eq!(button_role("email"), ButtonRole::Secondary);
        assert!(divided(FlowKind::Login, &UiNodeGroup::Oidc));
        assert!(!divided(FlowKind::Settings, &UiNodeGroup::Oidc));
    }
}
