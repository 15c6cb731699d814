//! A Leptos single-page app (client-side rendering) on ory-wasm: sign up, sign in with a
//! password or a passkey, settings (add a passkey), sign out — against Kratos (or the local
//! emulator), whose public URL the page names in `<meta name="kratos-public-url">`.
//!
//! The flows are rendered by ory-wasm's renderer ([`ory_flow::OryFlow`]); the session line and
//! signing out use the typed Rust API ([`FrontendApi`]).

mod ory_flow;

use leptos::ev;
use leptos::prelude::*;
use ory_wasm::api::FrontendApi;
use ory_wasm::endpoints::frontend::{CreateBrowserLogoutFlow, ToSession, UpdateLogoutFlow};
use ory_wasm::models::Session;
use ory_wasm::render::{FlowKind, Hooks, RenderOptions};
use ory_wasm::{Configuration, Error, ErrorKind};
use wasm_bindgen::JsValue;

use ory_flow::OryFlow;

fn main() {
    leptos::mount::mount_to_body(App);
}

/// Where Kratos is: the page's `<meta name="kratos-public-url" content="…">`.
fn kratos() -> Result<Configuration, Error> {
    let url = document()
        .query_selector(r#"meta[name="kratos-public-url"]"#)
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .unwrap_or_default();
    Configuration::new(&url)
}

/// Who is signed in, as the header shows it.
#[derive(Clone, Debug, PartialEq)]
enum Me {
    Unknown,
    SignedOut,
    SignedIn { email: String, methods: Vec<String> },
}

impl Me {
    fn of(session: &Session) -> Self {
        let email = session
            .identity
            .clone()
            .flatten()
            .and_then(|identity| identity.traits.get("email")?.as_str().map(str::to_owned))
            .unwrap_or_default();
        let methods = session
            .authentication_methods
            .iter()
            .flatten()
            .filter_map(|m| m.method.as_ref().map(|m| m.as_str().to_owned()))
            .collect();
        Me::SignedIn { email, methods }
    }
}

/// The app's state: the route (the page URL's path) and who is signed in.
#[derive(Clone, Copy)]
struct AppState {
    route: RwSignal<String>,
    me: RwSignal<Me>,
    problem: RwSignal<Option<String>>,
    /// Numbers the session checks, so that an answer overtaken by a newer check is dropped.
    checks: StoredValue<u64>,
}

impl AppState {
    /// Goes to `path` (a path on this origin, with an optional query) without reloading.
    fn navigate(self, path: &str) {
        if let Ok(history) = window().history() {
            let _ = history.push_state_with_url(&JsValue::NULL, "", Some(path));
        }
        self.problem.set(None);
        self.route
            .set(window().location().pathname().unwrap_or_default());
        self.refresh_session();
    }

    /// Asks Kratos who is signed in.
    fn refresh_session(self) {
        self.checks.update_value(|n| *n += 1);
        let check = self.checks.get_value();
        leptos::task::spawn_local(async move {
            let me = match kratos() {
                Ok(config) => match FrontendApi::new(config)
                    .to_session(&ToSession::default())
                    .await
                {
                    Ok(session) => Me::of(&session),
                    Err(_) => Me::SignedOut,
                },
                Err(_) => Me::SignedOut,
            };
            if self.checks.get_value() == check {
                self.me.set(me);
            }
        });
    }

    /// Signs out (a logout flow, then its token) and goes home.
    fn sign_out(self) {
        leptos::task::spawn_local(async move {
            let result = async {
                let api = FrontendApi::new(kratos()?);
                let flow = api
                    .create_browser_logout_flow(&CreateBrowserLogoutFlow::default())
                    .await?;
                api.update_logout_flow(&UpdateLogoutFlow {
                    token: Some(flow.logout_token),
                    ..Default::default()
                })
                .await
            }
            .await;
            match result {
                // No session: nothing to sign out of.
                Ok(())
                | Err(Error {
                    kind: ErrorKind::SessionInactive,
                    ..
                }) => self.navigate("/"),
                Err(error) => self
                    .problem
                    .set(Some(format!("Could not sign out: {}", error.message))),
            }
        });
    }

    /// The renderer's options: Kratos, and the endings the app handles itself.
    fn flow_options(self) -> Result<RenderOptions, Error> {
        let mut options = RenderOptions::new(kratos()?);
        options.hooks = Hooks::default()
            .with("onSuccess", move |_| self.navigate("/"))
            .and_then(|hooks| hooks.with("onAlreadySignedIn", move |_| self.navigate("/")))
            // Only targets the SDK allows (this origin, Kratos, allowed return URLs) get here.
            .and_then(|hooks| hooks.with("onNavigate", move |url| self.follow(url)))?;
        Ok(options)
    }

    /// Follows a target the renderer allowed: in the app if it is on this origin.
    fn follow(self, url: &JsValue) {
        let Some(url) = url.as_string() else { return };
        let Ok(target) = web_sys::Url::new(&url) else {
            return;
        };
        let location = window().location();
        if Some(target.origin()) == location.origin().ok() {
            self.navigate(&format!("{}{}", target.pathname(), target.search()));
        } else {
            let _ = location.assign(&url);
        }
    }

    /// What the app does when a flow cannot start.
    fn flow_failed(self, error: Error) {
        match error.kind {
            ErrorKind::SessionInactive => self.navigate("/login"),
            ErrorKind::SessionAlreadyAvailable => self.navigate("/"),
            _ => self
                .problem
                .set(Some(format!("The flow could not start: {}", error.message))),
        }
    }
}

#[component]
fn App() -> impl IntoView {
    let state = AppState {
        route: RwSignal::new(window().location().pathname().unwrap_or_default()),
        me: RwSignal::new(Me::Unknown),
        problem: RwSignal::new(None),
        checks: StoredValue::new(0),
    };
    state.refresh_session();
    let _ = window_event_listener(ev::popstate, move |_| {
        state
            .route
            .set(window().location().pathname().unwrap_or_default());
        state.refresh_session();
    });

    let page = move || {
        let (title, kind) = match state.route.get().as_str() {
            "/login" => ("Sign in", Some(FlowKind::Login)),
            "/registration" => ("Create an account", Some(FlowKind::Registration)),
            "/settings" => ("Account settings", Some(FlowKind::Settings)),
            _ => ("Home", None),
        };
        let Some(kind) = kind else {
            return view! { <h1>{title}</h1> <Home state /> }.into_any();
        };
        let body = match state.flow_options() {
            Ok(options) => view! {
                <OryFlow kind options on_error=move |error| state.flow_failed(error) />
            }
            .into_any(),
            Err(error) => view! { <p role="alert">{error.message}</p> }.into_any(),
        };
        view! { <h1>{title}</h1> {body} }.into_any()
    };

    view! {
        <header class="bar">
            <nav aria-label="Main">
                <Link state href="/">"Home"</Link>
                {move || match state.me.get() {
                    Me::SignedIn { .. } => view! {
                        <Link state href="/settings">"Settings"</Link>
                        <button type="button" data-testid="sign-out" on:click=move |_| state.sign_out()>
                            "Sign out"
                        </button>
                    }
                    .into_any(),
                    _ => view! {
                        <Link state href="/login">"Sign in"</Link>
                        <Link state href="/registration">"Sign up"</Link>
                    }
                    .into_any(),
                }}
            </nav>
            <p class="identity" data-testid="identity" aria-live="polite">
                {move || match state.me.get() {
                    Me::Unknown => String::new(),
                    Me::SignedOut => "Not signed in".to_owned(),
                    Me::SignedIn { email, .. } => format!("Signed in as {email}"),
                }}
            </p>
        </header>
        <main>
            {move || state.problem.get().map(|text| view! { <p class="problem" role="alert">{text}</p> })}
            {page}
        </main>
    }
}

/// A link the app follows itself (plain clicks only: ctrl-click still opens a tab).
#[component]
fn Link(state: AppState, href: &'static str, children: Children) -> impl IntoView {
    let on_click = move |event: ev::MouseEvent| {
        if event.button() == 0 && !(event.ctrl_key() || event.meta_key() || event.shift_key()) {
            event.prevent_default();
            state.navigate(href);
        }
    };
    view! { <a href=href on:click=on_click>{children()}</a> }
}

/// The home page: who is signed in, and with which methods.
#[component]
fn Home(state: AppState) -> impl IntoView {
    move || match state.me.get() {
        Me::Unknown => view! { <p>"Loading…"</p> }.into_any(),
        Me::SignedOut => view! { <p data-testid="home">"You are not signed in."</p> }.into_any(),
        Me::SignedIn { email, methods } => view! {
            <dl data-testid="home">
                <dt>"Email"</dt>
                <dd data-testid="email">{email}</dd>
                <dt>"Signed in with"</dt>
                <dd data-testid="methods">{methods.join(", ")}</dd>
            </dl>
        }
        .into_any(),
    }
}
