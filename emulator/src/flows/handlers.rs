//! The self-service HTTP handlers, written once for the five flows: `init_browser`,
//! `init_api`, `get_flow` and the opening of `submit` (load the flow, CSRF / native-client
//! checks, body parsing, the replacement of an expired flow). What differs per flow is the
//! [`SelfServiceFlow`] implementation in its module.

use std::future::Future;

use axum::extract::State;
use axum::response::{IntoResponse, Response};

use super::common::{self, Begin, Submission};
use crate::errors::ApiError;
use crate::model::{Flow, FlowKind};
use crate::req::Req;
use crate::rules::{self, Refusal};
use crate::state::App;

/// One self-service flow (login, registration, settings, recovery, verification).
pub trait SelfServiceFlow {
    const KIND: FlowKind;
    /// Whether the opening of `submit` checks the CSRF token of browser flows (recovery and
    /// verification check it themselves: links from emails and admin-made flows skip it).
    const CSRF_ON_SUBMIT: bool = true;
    /// What a new flow is made from (return_to, schema, identity, …).
    type Params;

    /// The flow's own checks before it is created (session rules, `?refresh=`, `?aal=`, …),
    /// once it is known to be enabled and `return_to` is allowed.
    fn prepare(
        app: &App,
        req: &Req,
        browser: bool,
        return_to: Option<String>,
    ) -> Result<Self::Params, Refusal>;

    /// The parameters of the flow that replaces an expired one.
    fn replacement(app: &App, req: &Req, old: &Flow) -> Result<Self::Params, Refusal>;

    /// The new flow with the nodes of its first state.
    fn build(
        app: &App,
        req: &Req,
        browser: bool,
        csrf_raw: &str,
        p: Self::Params,
    ) -> Result<Flow, ApiError>;

    /// The rest of `submit`, once the flow is loaded, checked and not expired.
    fn submit(app: App, req: Req, sub: Submission) -> impl Future<Output = Response> + Send;
}

async fn init<K: SelfServiceFlow>(app: App, req: Req, browser: bool) -> Response {
    let prepared = rules::flow_enabled(&app, K::KIND)
        .and_then(|()| common::return_to_param(&app, &req).map_err(Refusal::ErrorUi))
        .and_then(|return_to| K::prepare(&app, &req, browser, return_to));
    let p = match prepared {
        Ok(p) => p,
        Err(r) => return common::refuse(&app, &req, browser, r),
    };
    let csrf = browser.then(|| common::csrf_for(&app, &req));
    let raw = csrf.as_ref().map(|c| c.raw.as_str()).unwrap_or("");
    match K::build(&app, &req, browser, raw, p) {
        Ok(f) => common::init_reply(&app, &req, &f, csrf.as_ref()),
        Err(e) => common::forward_error(&app, &req, e),
    }
}

/// `GET /self-service/<flow>/browser`.
pub async fn init_browser<K: SelfServiceFlow>(State(app): State<App>, req: Req) -> Response {
    init::<K>(app, req, true).await
}

/// `GET /self-service/<flow>/api`.
pub async fn init_api<K: SelfServiceFlow>(State(app): State<App>, req: Req) -> Response {
    init::<K>(app, req, false).await
}

/// `GET /self-service/<flow>/flows?id=`.
pub async fn get_flow<K: SelfServiceFlow>(State(app): State<App>, req: Req) -> Response {
    common::get_flow_reply(&app, &req, K::KIND)
}

/// `POST /self-service/<flow>?flow=`: the checks every flow makes, then the flow's own part.
pub async fn submit<K: SelfServiceFlow>(State(app): State<App>, req: Req) -> Response {
    match common::begin_submit(&app, &req, K::KIND, K::CSRF_ON_SUBMIT) {
        Ok(Begin::Go(s)) => K::submit(app, req, s).await,
        Ok(Begin::Expired(old)) => {
            let p = match K::replacement(&app, &req, &old) {
                Ok(p) => p,
                Err(r) => return common::refuse(&app, &req, old.is_browser(), r),
            };
            let csrf = old.is_browser().then(|| common::csrf_for(&app, &req));
            let raw = csrf.as_ref().map(|c| c.raw.as_str()).unwrap_or("");
            match K::build(&app, &req, old.is_browser(), raw, p) {
                Ok(new) => common::expired_reply(&app, &req, &old, new, csrf.as_ref()),
                Err(e) => e.into_response(),
            }
        }
        Err(r) => r,
    }
}
