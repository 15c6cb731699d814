//! Recovery flow with the `code` method (plus admin-issued codes and links).

use axum::http::Method;
use axum::response::{IntoResponse, Response};
use serde_json::{json, Value};

use super::common::{self, Submission};
use super::handlers::{New, SelfServiceFlow};
use crate::errors::ApiError;
use crate::model::{now, Flow, FlowKind, FlowState, Identity};
use crate::nodes::{csrf, input};
use crate::req::{field, Req};
use crate::rules::{self, CodeStep, Outcome, Refusal};
use crate::state::App;
use crate::{courier, sessions, text};

pub fn sent_nodes(f: &mut Flow, email: Option<&str>) {
    f.ui.nodes.clear();
    f.ui.push(csrf(""));
    f.ui.push(
        input("code", "code", "text")
            .required()
            .pattern("[0-9]+")
            .maxlength(6)
            .label(text::label_recovery_code())
            .build(),
    );
    f.ui.push(input("code", "method", "hidden").value("code").build());
    for n in crate::nodes::code_continue_and_resend(email) {
        f.ui.push(n);
    }
    f.ui.messages = vec![text::recovery_code_sent()];
}

/// Records a code for `identity` on the flow.
pub fn remember_code(
    f: &mut Flow,
    code: &str,
    ident: &Identity,
    expires_at: Option<crate::model::Time>,
) {
    let mut e = json!({"code": code, "identity_id": ident.id.to_string()});
    if let (Some(t), Some(o)) = (expires_at, e.as_object_mut()) {
        o.insert("expires_at".into(), json!(crate::model::ts(&t)));
    }
    f.internal.insert("codes".into(), Value::Array(vec![e]));
}

/// The recovery flow's hooks for the shared handlers.
pub struct Recovery;

impl SelfServiceFlow for Recovery {
    const KIND: FlowKind = FlowKind::Recovery;
    const CSRF_ON_SUBMIT: bool = false;

    fn create(n: &New<'_>, return_to: Option<String>) -> Result<Flow, Refusal> {
        common::not_signed_in(n.app, n.req, n.browser, Self::KIND, return_to.as_deref())?;
        Ok(n.email_code_flow(Self::KIND, return_to))
    }

    fn replace(n: &New<'_>, old: &Flow) -> Result<Flow, Refusal> {
        let return_to = old.return_to.clone();
        Ok(n.email_code_flow(Self::KIND, return_to))
    }

    async fn submit(app: App, req: Req, sub: Submission) -> Response {
        let is_get = req.method == Method::GET;
        let mut f = sub.flow;
        let body = sub.body;
        // Admin recovery links (`?token=`) work without CSRF (opened from an email).
        if let Some(token) = field(&body, "token").filter(|_| is_get) {
            return common::reply(&app, &req, use_link(&app, &req, f, &token));
        }
        if f.is_browser() && !skip_csrf(&f) {
            if let Err(e) = common::check_csrf(&app, &req, &body) {
                return common::forward_error(&app, &req, e);
            }
        }
        if sessions::from_request(&app, &req, f.is_browser()).is_some() {
            return ApiError::already_logged_in("recovery").into_response();
        }
        common::take_transient_payload(&mut f, &body);
        let code = field(&body, "code").unwrap_or_default();
        let email = field(&body, "email").unwrap_or_default();
        let email = match rules::recovery_step(f.state, &code, &email) {
            CodeStep::AlreadyPassed => {
                f.ui.reset_messages();
                f.ui.messages.push(text::recovery_retry_success());
                return common::invalid_reply(&app, &req, &mut f);
            }
            CodeStep::UseCode(code) => {
                return common::reply(&app, &req, use_code(&app, &req, f, &code))
            }
            CodeStep::EmailRequired => {
                f.ui.reset_messages();
                f.ui.add_node_message("email", text::required("email"));
                return common::invalid_reply(&app, &req, &mut f);
            }
            CodeStep::SendCode(email) => email,
        };
        if let Some(ident) = app
            .store
            .find_identity(|i| i.recovery_addresses.iter().any(|a| a.value == email))
        {
            let code = courier::new_code();
            let body = format!(
                "Hi,\n\nplease recover access to your account by entering the following code:\n\n{code}\n"
            );
            if let Err(e) = courier::send(
                &app,
                &email,
                "recovery_code_valid",
                "Recover access to your account",
                body,
            ) {
                return e.into_response();
            }
            remember_code(&mut f, &code, &ident, None);
        } else {
            f.internal.remove("codes");
        }
        f.state = FlowState::SentEmail;
        sent_nodes(&mut f, Some(&email));
        common::flow_reply(&app, &req, &mut f)
    }
}

fn skip_csrf(f: &Flow) -> bool {
    f.internal.get("skip_csrf") == Some(&json!(true))
}

fn use_code(app: &App, req: &Req, mut f: Flow, code: &str) -> Outcome {
    let Some(ident) = rules::recovery_code_owner(app, &f, code, now()) else {
        f.ui.reset_messages();
        f.ui.messages.push(text::recovery_code_invalid());
        return Outcome::show(f);
    };
    f.internal.remove("codes");
    recovered(app, req, f, ident, "code_recovery")
}

fn use_link(app: &App, req: &Req, mut f: Flow, token: &str) -> Outcome {
    let entry = rules::recovery_link_owner(app, &f, token);
    let Some(ident) = entry else {
        f.ui.reset_messages();
        f.ui.messages.push(crate::text::recovery_token_invalid());
        return Outcome::show(f);
    };
    f.internal.remove("link_token");
    recovered(app, req, f, ident, "link_recovery")
}

/// The identity proved access ([`rules::recovered`]): the settings flow it goes on with is
/// made here, bound to a new CSRF token on browser flows.
fn recovered(app: &App, req: &Req, f: Flow, ident: Identity, method: &str) -> Outcome {
    let new_csrf = f.is_browser().then(crate::csrf::new_token);
    let raw = new_csrf.clone().unwrap_or_default();
    let sf = super::settings::build(app, req, f.is_browser(), &raw, &ident, None);
    let client = common::client(req, &f);
    rules::recovered(
        app,
        f,
        &ident,
        method,
        sf,
        new_csrf,
        client,
        &req.user_agent(),
        now(),
    )
}
