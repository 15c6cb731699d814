//! The self-service HTTP handlers, written once for the five flows: `init_browser`,
//! `init_api`, `get_flow` and the opening of `submit` (load the flow, CSRF / native-client
//! checks, body parsing, the replacement of an expired flow). What differs per flow is the
//! [`SelfServiceFlow`] implementation in its module.

use std::future::Future;

use axum::extract::State;
use axum::http::Method;
use axum::response::{IntoResponse, Response};
use serde_json::Value;

use super::common::{self, Begin, Submission};
use crate::model::{now, Flow, FlowKind};
use crate::req::{json_response, Req};
use crate::rules::{self, Refusal};
use crate::state::App;

/// What a new flow is made in: the request, its client kind and its CSRF token.
pub struct New<'a> {
    pub app: &'a App,
    pub req: &'a Req,
    /// A browser flow (else an API flow for native apps).
    pub browser: bool,
    /// The raw CSRF token the flow is bound to (browser flows).
    pub csrf_raw: &'a str,
}

impl New<'_> {
    /// A recovery or verification flow by code ([`common::new_email_code_flow`]).
    pub fn email_code_flow(&self, kind: FlowKind, return_to: Option<String>) -> Flow {
        common::new_email_code_flow(
            kind,
            self.app,
            self.req,
            self.browser,
            self.csrf_raw,
            return_to,
        )
    }
}

/// One self-service flow (login, registration, settings, recovery, verification).
pub trait SelfServiceFlow {
    const KIND: FlowKind;
    /// Whether the opening of `submit` checks the CSRF token of browser flows (recovery and
    /// verification check it themselves: links from emails and admin-made flows skip it).
    const CSRF_ON_SUBMIT: bool = true;
    /// A new flow with the nodes of its first state, once the flow is known to be enabled
    /// and `return_to` is allowed; `Err` when this request may not have one (session rules,
    /// `?aal=`, `?identity_schema=`, …).
    fn create(n: &New<'_>, return_to: Option<String>) -> Result<Flow, Refusal>;

    /// The flow that replaces an expired one on submit.
    fn replace(n: &New<'_>, old: &Flow) -> Result<Flow, Refusal>;

    /// The checks of `GET /self-service/<flow>/flows` (default: the CSRF cookie of browser
    /// flows, [`common::fetch_csrf`]).
    fn on_fetch(app: &App, req: &Req, f: &Flow) -> Result<(), Refusal> {
        common::fetch_csrf(app, req, f)
    }

    /// The rest of `submit`, once the flow is loaded, checked and not expired.
    fn submit(app: App, req: Req, sub: Submission) -> impl Future<Output = Response> + Send;
}

async fn init<K: SelfServiceFlow>(app: App, req: Req, browser: bool) -> Response {
    let csrf = browser.then(|| common::csrf_for(&app, &req));
    let raw = csrf.as_ref().map(|c| c.raw.as_str()).unwrap_or("");
    let created = rules::flow_enabled(&app, K::KIND)
        .and_then(|()| common::return_to_param(&app, &req).map_err(Refusal::ErrorUi))
        .and_then(|return_to| {
            let n = New {
                app: &app,
                req: &req,
                browser,
                csrf_raw: raw,
            };
            K::create(&n, return_to)
        });
    match created {
        Ok(f) => common::init_reply(&app, &req, &f, csrf.as_ref()),
        Err(r) => common::refuse(&app, &req, browser, r),
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
    let f = match common::load_flow(&app, req.query("id"), K::KIND) {
        Ok(f) => f,
        Err(e) => return e.into_response(),
    };
    if let Err(r) = K::on_fetch(&app, &req, &f) {
        return common::refuse(&app, &req, f.is_browser(), r);
    }
    if rules::is_expired(&f, now()) {
        return rules::expired_on_fetch(&app, &f).into_response();
    }
    json_response(200, &common::render(&app, &f))
}

/// `POST /self-service/<flow>?flow=`: the checks every flow makes, then the flow's own part.
pub async fn submit<K: SelfServiceFlow>(State(app): State<App>, req: Req) -> Response {
    match common::begin_submit(&app, &req, K::KIND, K::CSRF_ON_SUBMIT) {
        Ok(Begin::Go(mut s)) => {
            // recovery and verification links from emails: the query is the form
            if req.method == Method::GET {
                for (k, v) in req.query_pairs() {
                    s.body.entry(k).or_insert(Value::String(v));
                }
            }
            K::submit(app, req, s).await
        }
        Ok(Begin::Expired(old)) => {
            let csrf = old.is_browser().then(|| common::csrf_for(&app, &req));
            let raw = csrf.as_ref().map(|c| c.raw.as_str()).unwrap_or("");
            let n = New {
                app: &app,
                req: &req,
                browser: old.is_browser(),
                csrf_raw: raw,
            };
            match K::replace(&n, &old) {
                Ok(new) => common::expired_reply(&app, &req, &old, new, csrf.as_ref()),
                Err(r) => common::refuse(&app, &req, old.is_browser(), r),
            }
        }
        Err(r) => r,
    }
}
