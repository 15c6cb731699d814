//! Where the SDK may send the browser: the one gate every navigation of the renderer goes
//! through (endings, `continue_with`, `onNavigate`, `<ory-flow>`, the success return target).
//!
//! Two kinds of targets, by who named them:
//! - **Kratos** named it in an answer (a flow's `return_to`, a `continue_with` redirect, a 422's
//!   `redirect_browser_to`): Kratos has checked it against its own `allowed_return_urls`, so the
//!   SDK only requires a well-formed absolute http(s) URL ([`HttpUrl`]: never `javascript:`,
//!   `data:`, a backslash trick or userinfo).
//! - **The page** named it (the `returnTo` option, `<ory-flow return-to>`, or — only as a
//!   parameter for Kratos, never as a target — the page URL's `?return_to=`): anyone can craft a
//!   link to the page, so only the page's own origin, Kratos' origin, or an entry of the
//!   caller's `allowedReturnUrls` (Kratos' matching rules, [`AllowedUrl`]) is followed. Without
//!   this, `https://app.example/login?return_to=https://evil.example/` would send a user who
//!   just signed in to the attacker.

use crate::url::{is_same_origin_path, AllowedUrl, HttpUrl, Origin};

/// Who named a navigation target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// Kratos, in an answer (checked there against `allowed_return_urls`).
    Kratos,
    /// The page's code or markup.
    Page,
}

/// What the gate knows: the origins that are always fine, and the caller's allow-list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NavigationPolicy {
    /// The page's own origin (`None` outside a page, or on a non-http(s) page).
    pub page: Option<Origin>,
    /// Kratos' origin (the `basePath`'s; the page's when `basePath` is a path).
    pub kratos: Option<Origin>,
    /// The caller's `allowedReturnUrls`.
    pub allowed: Vec<AllowedUrl>,
}

impl NavigationPolicy {
    /// The URL to navigate to for `target`, or `None` when the SDK must not go there.
    ///
    /// A page-named target may be a path on the page's origin (`/dashboard`); it is resolved
    /// here, and only when it is plainly one (a single leading `/`, no backslash: `//host` and
    /// `/\host` are other origins to a browser).
    pub fn target(&self, target: &str, source: Source) -> Option<HttpUrl> {
        let url = match (source, &self.page) {
            (Source::Page, Some(page)) if is_same_origin_path(target) => {
                HttpUrl::parse(&format!("{page}{target}"))?
            }
            _ => HttpUrl::parse(target)?,
        };
        let allowed = match source {
            Source::Kratos => true,
            Source::Page => {
                Some(url.origin()) == self.page.as_ref()
                    || Some(url.origin()) == self.kratos.as_ref()
                    || self.allowed.iter().any(|entry| entry.matches(&url))
            }
        };
        allowed.then_some(url)
    }

    /// Where to go after a successful flow: the caller's `returnTo` if the gate allows it,
    /// else the flow's own `return_to` (which Kratos checked when the flow was created).
    pub fn success_target(
        &self,
        caller_return_to: Option<&str>,
        flow_return_to: Option<&str>,
    ) -> Option<HttpUrl> {
        caller_return_to
            .and_then(|url| self.target(url, Source::Page))
            .or_else(|| flow_return_to.and_then(|url| self.target(url, Source::Kratos)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy(allowed: &[&str]) -> NavigationPolicy {
        NavigationPolicy {
            page: HttpUrl::parse("https://app.example").map(|u| u.origin().clone()),
            kratos: HttpUrl::parse("https://auth.example").map(|u| u.origin().clone()),
            allowed: allowed
                .iter()
                .map(|entry| AllowedUrl::parse(entry).unwrap())
                .collect(),
        }
    }

    fn page_target(policy: &NavigationPolicy, target: &str) -> Option<String> {
        policy
            .target(target, Source::Page)
            .map(|url| url.as_str().to_owned())
    }

    #[test]
    fn page_targets_stay_on_known_origins() {
        let policy = policy(&["https://partner.example/app"]);
        for (target, expected) in [
            (
                "https://app.example/after",
                Some("https://app.example/after"),
            ),
            (
                "https://auth.example/ui/welcome",
                Some("https://auth.example/ui/welcome"),
            ),
            (
                "https://partner.example/app/x",
                Some("https://partner.example/app/x"),
            ),
            (
                "/dashboard?tab=1",
                Some("https://app.example/dashboard?tab=1"),
            ),
            ("https://partner.example/apple", None),
            ("https://evil.example/", None),
            ("https://app.example.evil.example/", None),
            ("https://app.example@evil.example/", None),
            ("https://app.example\\@evil.example/", None),
            ("//evil.example/", None),
            ("/\\evil.example/", None),
            ("/\tevil", None),
            ("javascript:alert(1)", None),
            ("data:text/html,x", None),
            ("blob:https://app.example/1", None),
            ("file:///etc/passwd", None),
            ("http://app.example/", None), // another scheme is another origin
            ("https://app.example:8443/", None),
            ("dashboard", None),
        ] {
            assert_eq!(
                page_target(&policy, target).as_deref(),
                expected,
                "{target}"
            );
        }
    }

    #[test]
    fn kratos_targets_need_only_be_well_formed() {
        let policy = policy(&[]);
        assert!(policy
            .target("https://anywhere.example/x", Source::Kratos)
            .is_some());
        for target in ["javascript:alert(1)", "/relative", "https:\\\\evil.example"] {
            assert!(policy.target(target, Source::Kratos).is_none(), "{target}");
        }
    }

    #[test]
    fn success_prefers_an_allowed_caller_target_then_the_flow() {
        let policy = policy(&[]);
        let target = |caller, flow| {
            policy
                .success_target(caller, flow)
                .map(|url| url.as_str().to_owned())
        };
        assert_eq!(
            target(Some("/home"), Some("https://kratos-checked.example/")).as_deref(),
            Some("https://app.example/home")
        );
        assert_eq!(
            target(
                Some("https://evil.example/"),
                Some("https://kratos-checked.example/")
            )
            .as_deref(),
            Some("https://kratos-checked.example/")
        );
        assert_eq!(target(Some("https://evil.example/"), None), None);
        assert_eq!(target(None, None), None);
    }

    #[test]
    fn outside_a_page_only_kratos_and_allowed_origins() {
        let policy = NavigationPolicy {
            page: None,
            ..policy(&[])
        };
        assert!(policy.target("/dashboard", Source::Page).is_none());
        assert!(policy
            .target("https://auth.example/x", Source::Page)
            .is_some());
    }
}
