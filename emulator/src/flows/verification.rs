//! Verification flow with the `code` method (codes and links land in the outbox).

use axum::http::Method;
use axum::response::{IntoResponse, Response};
use serde_json::{json, Value};

use super::common::{self, Submission};
use super::handlers::{New, SelfServiceFlow};
use crate::errors::ApiError;
use crate::model::{now, Flow, FlowKind, FlowState, Identity};
use crate::nodes::{csrf, input};
use crate::req::{field, redirect_303, Req};
use crate::rules::{self, CodeStep, Refusal};
use crate::state::App;
use crate::{courier, text};

fn sent_nodes(f: &mut Flow, email: Option<&str>) {
    f.ui.nodes.retain(|n| n.name() == Some("csrf_token"));
    if f.ui.nodes.is_empty() {
        f.ui.push(csrf(""));
    }
    f.ui.push(input("code", "method", "hidden").value("code").build());
    f.ui.push(
        input("code", "code", "text")
            .required()
            .label(text::label_verification_code())
            .build(),
    );
    for n in crate::nodes::code_continue_and_resend(email) {
        f.ui.push(n);
    }
    f.ui.messages = vec![text::verification_code_sent()];
}

/// Sends a verification code for `address` (if it belongs to an identity) and records it on the flow.
fn send_code(app: &App, f: &mut Flow, ident: &mut Identity, address: &str) -> Result<(), ApiError> {
    let code = courier::new_code();
    let link = format!(
        "{}?flow={}&code={}",
        app.cfg.public("self-service/verification"),
        f.id,
        code
    );
    let body = format!(
        "Hi, please verify your account by entering the following code:\n\n{code}\n\nor clicking the following link:\n\n{link}\n"
    );
    courier::send(
        app,
        address,
        "verification_code_valid",
        "Please verify your email address",
        body,
    )?;
    let mut codes = f
        .internal
        .get("codes")
        .and_then(|c| c.as_array().cloned())
        .unwrap_or_default();
    // a new code invalidates the previous ones
    codes.clear();
    codes.push(json!({"code": code, "address": address, "identity_id": ident.id.to_string()}));
    f.internal.insert("codes".into(), Value::Array(codes));
    for a in ident
        .verifiable_addresses
        .iter_mut()
        .filter(|a| a.value == address)
    {
        if !a.verified {
            a.status = "sent".into();
            a.updated_at = now();
        }
    }
    Ok(())
}

/// The verification flow created by the registration / settings verification hook.
pub fn post_hook_flow(
    app: &App,
    req: &Req,
    browser: bool,
    csrf_raw: &str,
    ident: &mut Identity,
    address: &str,
    return_to: Option<String>,
) -> Result<(Flow, Option<String>), ApiError> {
    let mut f = common::new_email_code_flow(
        FlowKind::Verification,
        app,
        req,
        browser,
        csrf_raw,
        return_to,
    );
    f.request_url = app.cfg.public("self-service/verification/browser");
    f.state = FlowState::SentEmail;
    sent_nodes(&mut f, None);
    send_code(app, &mut f, ident, address)?;
    common::save(app, &f)?;
    let url = browser.then(|| common::flow_ui_url(app, &f));
    Ok((f, url))
}

/// The verification flow's hooks for the shared handlers.
pub struct Verification;

impl SelfServiceFlow for Verification {
    const KIND: FlowKind = FlowKind::Verification;
    const CSRF_ON_SUBMIT: bool = false;

    /// Kratos lets signed-in users verify addresses: no session rule here.
    fn create(n: &New<'_>, return_to: Option<String>) -> Result<Flow, Refusal> {
        Ok(n.email_code_flow(Self::KIND, return_to))
    }

    fn replace(n: &New<'_>, old: &Flow) -> Result<Flow, Refusal> {
        Self::create(n, old.return_to.clone())
    }

    /// `POST /self-service/verification` (and `GET` for links from emails).
    async fn submit(app: App, req: Req, sub: Submission) -> Response {
        let is_get = req.method == Method::GET;
        let mut f = sub.flow;
        let body = sub.body;
        common::take_transient_payload(&mut f, &body);
        let code = field(&body, "code").unwrap_or_default();
        let email = field(&body, "email").unwrap_or_default();
        let email = match rules::verification_step(f.state, &code, &email) {
            CodeStep::AlreadyPassed => {
                f.ui.reset_messages();
                f.ui.messages.push(text::verification_retry_success());
                return common::invalid_reply(&app, &req, &mut f);
            }
            CodeStep::UseCode(_) if is_get => {
                // Link click: pre-fill the code, set up CSRF for the rest of the flow, show the UI.
                f.ui.set_value("code", json!(code));
                let raw = crate::csrf::new_token();
                f.csrf_token = raw.clone();
                if let Err(e) = common::save(&app, &f) {
                    return e.into_response();
                }
                let mut r = redirect_303(&common::flow_ui_url(&app, &f));
                common::set_csrf_cookie(&app, &mut r, &raw);
                return r;
            }
            CodeStep::UseCode(code) => {
                return match rules::verify_code(&app, f, &code, now()) {
                    Ok(o) => common::reply(&app, &req, o),
                    Err(e) => e.into_response(),
                };
            }
            CodeStep::EmailRequired => {
                f.ui.reset_messages();
                f.ui.add_node_message("email", text::required("email"));
                return common::invalid_reply(&app, &req, &mut f);
            }
            CodeStep::SendCode(email) => email,
        };
        if f.is_browser() {
            if let Err(e) = common::check_csrf(&app, &req, &body) {
                return common::forward_error(&app, &req, e);
            }
        }
        // Send the code if the address belongs to someone (unknown recipients are not notified).
        let owner = app
            .store
            .find_identity(|i| i.verifiable_addresses.iter().any(|a| a.value == email));
        if let Some(mut ident) = owner {
            if let Err(e) = send_code(&app, &mut f, &mut ident, &email) {
                return e.into_response();
            }
            if let Err(e) = app.store.save_identity(&ident) {
                return ApiError::internal(e).into_response();
            }
        } else {
            f.internal.remove("codes");
        }
        f.state = FlowState::SentEmail;
        sent_nodes(&mut f, Some(&email));
        common::flow_reply(&app, &req, &mut f)
    }
}
