//! The options of `renderFlow` / `startFlow` / `<ory-flow>`, read from an untrusted JavaScript
//! object.

use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::bindings::js;
use crate::config::Configuration;
use crate::endpoint::ParamValue;
use crate::error::Error;
use crate::models::{UiNode, UiNodeGroup};
use crate::ui::card::CardUrls;
use crate::ui::driver::FlowKind;
use crate::ui::i18n::Translations;
use crate::ui::layout::LayoutOptions;
use crate::ui::navigation::NavigationPolicy;
use crate::url::{AllowedUrl, HttpUrl};

/// A callback of a Rust caller (Leptos, Yew, Dioxus); it gets what a JavaScript callback gets.
pub type RustHook = std::rc::Rc<dyn Fn(&JsValue)>;

/// The caller's callbacks. Each one replaces the SDK's default for its event.
#[derive(Clone, Default)]
pub struct Hooks {
    object: Option<Object>,
    rust: Vec<(&'static str, RustHook)>,
}

/// The callbacks a caller may pass, so that a misspelt one is reported instead of ignored.
const HOOKS: &[&str] = &[
    "onSuccess",
    "onNavigate",
    "onSessionToken",
    "onAlreadySignedIn",
    "onStartLogin",
    "onFlow",
    "onUnreadable",
];

impl Hooks {
    /// Adds a Rust callback for `name` (`"onSuccess"`, `"onNavigate"`, `"onSessionToken"`,
    /// `"onAlreadySignedIn"`, `"onStartLogin"`, `"onFlow"`, `"onUnreadable"`; see the TypeScript `RenderOptions`
    /// for what each receives). Unknown names are refused, as in JavaScript.
    pub fn with(
        mut self,
        name: &'static str,
        callback: impl Fn(&JsValue) + 'static,
    ) -> Result<Self, Error> {
        if !HOOKS.contains(&name) {
            return Err(Error::invalid_argument(format!(
                "{name} is not a callback of renderFlow ({})",
                HOOKS.join(", ")
            )));
        }
        self.rust.push((name, std::rc::Rc::new(callback)));
        Ok(self)
    }

    /// Whether the caller passed `name`.
    pub fn has(&self, name: &str) -> bool {
        self.rust.iter().any(|(hook, _)| *hook == name) || self.function(name).is_some()
    }

    /// Calls `name(argument)` if the caller passed it. A throwing callback is the caller's
    /// business: it is reported on the console, never turned into a panic.
    pub fn call(&self, name: &str, argument: &JsValue) {
        if let Some((_, callback)) = self.rust.iter().find(|(hook, _)| *hook == name) {
            return callback(argument);
        }
        if let Some(function) = self.function(name) {
            if let Err(error) = function.call1(&JsValue::UNDEFINED, argument) {
                web_sys::console::error_2(
                    &JsValue::from_str(&format!("ory-wasm: {name} threw")),
                    &error,
                );
            }
        }
    }

    fn function(&self, name: &str) -> Option<Function> {
        let object = self.object.as_ref()?;
        Reflect::get(object, &JsValue::from_str(name))
            .ok()?
            .dyn_into()
            .ok()
    }
}

/// What a `renderNode` hook is shown of one node (`renderNode(context)` in JavaScript gets the
/// same as an object: `{ type, group, name, node, element, control }`).
pub struct NodeContext<'a> {
    /// The node as Kratos sent it.
    pub node: &'a UiNode,
    /// The node's `type` (`input`, `text`, `img`, `a`, `div`).
    pub node_type: &'a str,
    /// The node's group (`password`, `oidc`, …).
    pub group: &'a str,
    /// The input's name, for input nodes.
    pub name: Option<&'a str>,
    /// What the SDK built for the node (its field wrapper, button, image, …).
    pub element: &'a web_sys::Element,
    /// The input, select or button the SDK reads and drives, if the node has one: a
    /// replacement must contain it.
    pub control: Option<&'a web_sys::Element>,
}

/// A Rust `renderNode` hook: `None` keeps what the SDK built (possibly decorated in place),
/// `Some(element)` replaces it — the replacement must contain `context.control`.
pub type RustRenderNode = std::rc::Rc<dyn Fn(&NodeContext<'_>) -> Option<web_sys::Element>>;

/// The caller's `renderNode` hook, in JavaScript or in Rust.
#[derive(Clone)]
pub enum RenderNode {
    /// `renderNode(context)`: returns nothing (keep), an element (replace) or a string (a text).
    Js(Function),
    /// A Rust closure.
    Rust(RustRenderNode),
}

/// Everything `renderFlow` needs besides the flow and the container.
#[derive(Clone)]
pub struct RenderOptions {
    /// Where Kratos is (`basePath`, `credentials`, `headers`, `timeoutMs` of the options).
    pub config: Configuration,
    /// The flow type, when it cannot be read from the flow.
    pub kind: Option<FlowKind>,
    /// A flow id to load (`startFlow`), instead of the page URL's `?flow=`.
    pub flow_id: Option<String>,
    /// Translations by message id and SDK text key (the locale's, with the app's over them).
    pub translations: Option<Translations>,
    /// Translations still on their way (a locale module being fetched, `translations` given as
    /// a promise): the form is drawn when this promise settles, with what it resolves to in
    /// place of [`translations`](Self::translations) (English if it rejects).
    pub pending_translations: Option<Promise>,
    /// Which groups to render, in which order.
    pub layout: LayoutOptions,
    /// Where to go after success; passed to new flows as `return_to`. Followed only if it is on
    /// the page's or Kratos' origin or allowed by [`allowed_return_urls`](Self::allowed_return_urls);
    /// else the flow's own `return_to` (checked by Kratos) decides.
    pub return_to: Option<String>,
    /// Further targets `return_to` may name, matched as Kratos matches its
    /// `allowed_return_urls` (`allowedReturnUrls` in JavaScript).
    pub allowed_return_urls: Vec<AllowedUrl>,
    /// The caller's callbacks.
    pub hooks: Hooks,
    /// The app's pages of the other flows, for the card's links (`urls` in JavaScript); each
    /// goes through the navigation gate, and an absent or refused one is no link.
    pub urls: CardUrls,
    /// The app's or project's name, shown above the card's title (`projectName`).
    pub project_name: Option<String>,
    /// Replaces or decorates what the SDK builds for a node (`renderNode`).
    pub render_node: Option<RenderNode>,
}

impl RenderOptions {
    /// Options for Rust callers: render with `config`, the defaults for everything else
    /// (set the public fields, and callbacks with [`Hooks::with`]).
    pub fn new(config: Configuration) -> Self {
        Self {
            config,
            kind: None,
            flow_id: None,
            translations: None,
            pending_translations: None,
            layout: LayoutOptions::default(),
            return_to: None,
            allowed_return_urls: Vec::new(),
            hooks: Hooks::default(),
            urls: CardUrls::default(),
            project_name: None,
            render_node: None,
        }
    }

    /// Reads the options object (`undefined` gives the defaults).
    pub fn from_js(value: &JsValue) -> Result<Self, Error> {
        let config = js::configuration(value)?;
        let kind = match js::get(value, "flowType")? {
            None => None,
            Some(name) => Some(
                name.as_string()
                    .as_deref()
                    .and_then(FlowKind::parse)
                    .ok_or_else(|| Error::invalid_argument("flowType must be login, registration, recovery, verification or settings".to_owned()))?,
            ),
        };
        let (translations, pending_translations) = match js::get(value, "translations")? {
            None => (None, None),
            Some(object) => match object.dyn_into::<Promise>() {
                Ok(promise) => (None, Some(promise)),
                Err(object) => (Some(translations_of(&object)?), None),
            },
        };
        let hooks = match js::get(value, "hooks")? {
            Some(object) => object.dyn_into::<Object>().ok(),
            None => value.dyn_ref::<Object>().cloned(),
        };
        if let Some(object) = &hooks {
            for key in Object::keys(object).iter().filter_map(|k| k.as_string()) {
                if key.starts_with("on") && !HOOKS.contains(&key.as_str()) {
                    return Err(Error::invalid_argument(format!(
                        "{key} is not a callback of renderFlow ({})",
                        HOOKS.join(", ")
                    )));
                }
            }
        }
        Ok(Self {
            config,
            kind,
            flow_id: string(value, "flowId")?,
            translations,
            pending_translations,
            layout: LayoutOptions {
                only: groups(value, "groups")?,
                order: groups(value, "order")?,
            },
            return_to: string(value, "returnTo")?,
            allowed_return_urls: allowed_return_urls(value)?,
            hooks: Hooks {
                object: hooks,
                rust: Vec::new(),
            },
            urls: card_urls(value)?,
            project_name: string(value, "projectName")?,
            render_node: match js::get(value, "renderNode")? {
                None => None,
                Some(function) => Some(RenderNode::Js(function.dyn_into().map_err(|_| {
                    Error::invalid_argument("renderNode must be a function".to_owned())
                })?)),
            },
        })
    }

    /// The query parameters of a new flow: `return_to` is the caller's, or the page URL's
    /// `?return_to=` — Kratos checks it against its `allowed_return_urls` when it creates the
    /// flow, and the SDK navigates only to what Kratos put into the flow.
    pub fn create_params(&self) -> Vec<(&'static str, ParamValue)> {
        self.return_to
            .clone()
            .or_else(page_return_to)
            .map(|url| ("return_to", ParamValue::Text(url)))
            .into_iter()
            .collect()
    }

    /// Where a view with these options may send the browser.
    pub fn navigation_policy(&self) -> NavigationPolicy {
        let page = web_sys::window()
            .and_then(|window| window.location().origin().ok())
            .and_then(|origin| HttpUrl::parse(&origin))
            .map(|url| url.origin().clone());
        let kratos = match self.config.origin() {
            Some(origin) => Some(origin.clone()),
            // A `basePath` that is a path: Kratos is on the page's origin.
            None => page.clone(),
        };
        NavigationPolicy {
            page,
            kratos,
            allowed: self.allowed_return_urls.clone(),
        }
    }
}

/// `urls: { login, registration, recovery, verification, settings }`: strings (each checked by
/// the navigation gate when the card is built, see [`crate::ui::card`]).
fn card_urls(value: &JsValue) -> Result<CardUrls, Error> {
    let Some(urls) = js::get(value, "urls")? else {
        return Ok(CardUrls::default());
    };
    let url = |key: &str| {
        string(&urls, key)
            .map_err(|_| Error::invalid_argument(format!("urls.{key} must be a string")))
    };
    Ok(CardUrls {
        login: url("login")?,
        registration: url("registration")?,
        recovery: url("recovery")?,
        verification: url("verification")?,
        settings: url("settings")?,
    })
}

/// Reads a translations object (`{"4000006": "…", "done": "…"}`), through JSON text.
pub fn translations_of(object: &JsValue) -> Result<Translations, Error> {
    let not_a_map = || {
        Error::invalid_argument("translations must be an object of message ids to texts".to_owned())
    };
    let json = js_sys::JSON::stringify(object).map_err(|_| not_a_map())?;
    let json = json.as_string().ok_or_else(not_a_map)?;
    Translations::from_json(&json)
        .map_err(|e| Error::invalid_argument(format!("translations: {e}")))
}

fn allowed_return_urls(value: &JsValue) -> Result<Vec<AllowedUrl>, Error> {
    let Some(list) = js::get(value, "allowedReturnUrls")? else {
        return Ok(Vec::new());
    };
    let not_a_list =
        || Error::invalid_argument("allowedReturnUrls must be an array of URLs".to_owned());
    if !Array::is_array(&list) {
        return Err(not_a_list());
    }
    list.unchecked_into::<Array>()
        .iter()
        .map(|entry| {
            entry
                .as_string()
                .ok_or_else(not_a_list)
                .and_then(|entry| AllowedUrl::parse(&entry))
        })
        .collect()
}

/// A `return_to` in the page URL passes through to the flows the page starts.
fn page_return_to() -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get("return_to")
        .filter(|url| !url.is_empty())
}

fn string(value: &JsValue, key: &str) -> Result<Option<String>, Error> {
    match js::get(value, key)? {
        None => Ok(None),
        Some(text) => text
            .as_string()
            .map(Some)
            .ok_or_else(|| Error::invalid_argument(format!("{key} must be a string"))),
    }
}

fn groups(value: &JsValue, key: &str) -> Result<Option<Vec<UiNodeGroup>>, Error> {
    let Some(list) = js::get(value, key)? else {
        return Ok(None);
    };
    if !Array::is_array(&list) {
        return Err(Error::invalid_argument(format!(
            "{key} must be an array of group names"
        )));
    }
    let names: Option<Vec<UiNodeGroup>> = list
        .unchecked_into::<Array>()
        .iter()
        .map(|name| name.as_string().map(|n| UiNodeGroup::from(n.as_str())))
        .collect();
    names
        .map(Some)
        .ok_or_else(|| Error::invalid_argument(format!("{key} must be an array of group names")))
}
