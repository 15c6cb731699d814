//! The DOM renderer and flow driver (wasm32 only): renders a flow's nodes into a container,
//! submits the form through the SDK, and turns every answer into its ending
//! ([`crate::ui::driver`]) — re-render, reload, restart, step up, navigate, or succeed.
//!
//! Rendering decisions (what a node becomes, grouping, bodies, texts, endings, where the browser
//! may go) live in the platform-free [`crate::ui`] core; this module only builds elements and
//! runs the endings.
//!
//! A new version of the flow shown (a 400, a settings flow saved: same id, same kind) updates the
//! rendered form in place ([`update`]) instead of replacing it, so the inputs stay the same
//! elements and the field the user is in keeps its focus, caret and text; anything else builds
//! the form anew ([`build`]) and swaps it in.
//!
//! Three rules keep a rendered form from ever leaking what the user typed:
//! - **It never submits natively.** The container carries a capture-phase `submit` listener that
//!   is the browser's own `preventDefault` (no wasm behind it, so it works even if the module
//!   died), the form says `method="post"` to Kratos' own endpoint under `basePath`, and server
//!   names that would shadow the form's members are renamed ([`dom::Builder`]).
//! - **Its life does not depend on the caller.** A view lives until `destroy()` or until its
//!   container leaves the document ([`lifetime`]); dropping the JS handle changes nothing.
//! - **No `RefCell` borrow is held across a DOM call that fires events synchronously**
//!   (`focus()`, `reportValidity()`, replacing a focused node): a page listener may call
//!   `destroy()` or render again from such an event.

mod card;
mod dom;
mod hook;
mod lifetime;
mod options;
mod update;
pub mod webauthn;

use std::cell::{Cell, Ref, RefCell, RefMut};
use std::rc::{Rc, Weak};

use serde_json::Value;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    Document, Element, Event, HtmlElement, HtmlFormElement, HtmlInputElement, HtmlSelectElement,
    KeyboardEvent, SubmitEvent,
};

use crate::api::send_json;
use crate::config::Configuration;
use crate::endpoint::{Arguments, CallOptions, ParamValue};
use crate::error::{Error, ErrorKind};
use crate::models::{UiNode, UiNodeGroup, UiText, UnreadableNode};
/// The kind of flow [`start_flow`] loads (here too, so that a Rust caller needs one `use`).
pub use crate::ui::driver::FlowKind;
use crate::ui::driver::{ending_with, Ending, EndingContext, Outcome, Step};
use crate::ui::i18n::Translations;
use crate::ui::layout::sections;
use crate::ui::navigation::{NavigationPolicy, Source};
use crate::ui::submit::{form_body, FieldValue};
use crate::ui::texts::{self, SdkText};
use crate::url::HttpUrl;
use dom::{field_name, Builder};
pub use options::{Hooks, NodeContext, RenderNode, RenderOptions, RustHook, RustRenderNode};

thread_local! {
    /// Numbers renders so that element ids stay unique when several flows share a page.
    static RENDERS: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// One rendered flow and everything needed to drive it.
struct View {
    config: Configuration,
    container: Element,
    document: Document,
    options: RenderOptions,
    /// Where this view may send the browser.
    policy: NavigationPolicy,
    kind: FlowKind,
    flow: Value,
    nodes: Vec<UiNode>,
    /// The form controls by field name, to read what the user entered.
    controls: Vec<(String, Element)>,
    /// The rendered nodes, for the next update in place ([`update`]); `None` when the next
    /// render must build the form anew.
    shown: Option<update::Shown>,
    /// Where SDK messages (network errors, …) are shown.
    notice: Option<Element>,
    /// The root element of the current render (`.ory-flow`).
    root: Option<Element>,
    form: Option<Element>,
    busy: bool,
    /// After a step-up or re-authentication in place, the kind of flow to come back to.
    resume: Option<FlowKind>,
    /// The method of the second-factor chooser the user opened ([`crate::ui::card::chooser`]),
    /// kept across re-renders of the flow.
    chosen: Option<String>,
    /// The listeners on the container, from the first render to the teardown.
    listeners: Option<Listeners>,
}

/// The listeners a view puts on its container. They sit on the container, not the form: it
/// outlives every re-render, so there is no moment in which a form is on the page without them,
/// and no server-chosen name can shadow its methods.
struct Listeners {
    /// The browser's own `preventDefault`, in the capture phase (see the module doc).
    guard: js_sys::Function,
    submit: Closure<dyn FnMut(Event)>,
    /// Enter in a field submits the field's own group (see [`on_keydown`]).
    keydown: Closure<dyn FnMut(Event)>,
    /// Clicks on WebAuthn / passkey buttons start the SDK's own ceremony.
    click: Closure<dyn FnMut(Event)>,
}

impl Listeners {
    fn attach(&self, container: &Element) -> Result<(), JsValue> {
        container.add_event_listener_with_callback_and_bool("submit", &self.guard, true)?;
        container
            .add_event_listener_with_callback("submit", self.submit.as_ref().unchecked_ref())?;
        container
            .add_event_listener_with_callback("keydown", self.keydown.as_ref().unchecked_ref())?;
        container.add_event_listener_with_callback("click", self.click.as_ref().unchecked_ref())
    }

    fn detach(&self, container: &Element) {
        let _ = container.remove_event_listener_with_callback_and_bool("submit", &self.guard, true);
        let _ = container
            .remove_event_listener_with_callback("submit", self.submit.as_ref().unchecked_ref());
        let _ = container
            .remove_event_listener_with_callback("keydown", self.keydown.as_ref().unchecked_ref());
        let _ = container
            .remove_event_listener_with_callback("click", self.click.as_ref().unchecked_ref());
    }
}

/// A view and whether it has ended. `destroyed` lives outside the `RefCell` so that `destroy()`
/// can mark the view even when it is called from an event while the SDK holds a borrow.
struct Handle {
    destroyed: Cell<bool>,
    /// Counts the `renderFlow` calls this view answered (see [`FlowView::destroy`]).
    renders: Cell<u32>,
    view: RefCell<View>,
}

impl Handle {
    fn borrow(&self) -> Ref<'_, View> {
        self.view.borrow()
    }

    fn borrow_mut(&self) -> RefMut<'_, View> {
        self.view.borrow_mut()
    }

    fn destroyed(&self) -> bool {
        self.destroyed.get()
    }
}

type Shared = Rc<Handle>;

/// A rendered flow (`FlowView` in JavaScript). Dropping it changes nothing: the view lives
/// until [`destroy`](Self::destroy) or until its container leaves the document.
#[wasm_bindgen]
pub struct FlowView {
    view: Shared,
    /// Which of the view's renders this handle came from.
    render: u32,
}

impl FlowView {
    /// A handle for the latest render of `view`.
    fn latest(view: Shared) -> Self {
        let render = view.renders.get();
        Self { view, render }
    }
}

#[wasm_bindgen]
impl FlowView {
    /// The flow shown now (it changes as the user goes on); `undefined` while the SDK is
    /// changing it.
    #[wasm_bindgen(getter)]
    pub fn flow(&self) -> JsValue {
        match self.view.view.try_borrow() {
            Ok(view) => to_js_value(&view.flow),
            Err(_) => JsValue::UNDEFINED,
        }
    }

    /// The kind of flow shown now (`login`, `registration`, …).
    #[wasm_bindgen(getter)]
    pub fn kind(&self) -> String {
        match self.view.view.try_borrow() {
            Ok(view) => view.kind.as_str().to_owned(),
            Err(_) => String::new(),
        }
    }

    /// Removes the form and its listeners. The view does nothing afterwards.
    ///
    /// Only the handle of the latest render into the container does that: a later `renderFlow`
    /// into the same container either ends this view or, for a new version of its flow, updates
    /// it in place and returns a newer handle — then the earlier handle's `destroy()` does
    /// nothing, as it does after the view was replaced. Code that cleans up the handle it got
    /// (a framework effect) must not remove the form a newer render shows.
    pub fn destroy(&self) {
        if self.render == self.view.renders.get() {
            destroy(&self.view);
        }
    }
}

/// Ends a view: from `destroy()`, when its container left the document, or when another view
/// is rendered into its container.
fn destroy(shared: &Shared) {
    if shared.destroyed.replace(true) {
        return;
    }
    lifetime::release(shared);
    webauthn::abort_running();
    teardown(shared);
}

/// Removes a destroyed view's DOM and listeners and releases its flow. Called from an event
/// the SDK fired while holding the view, it waits for the SDK to let go.
fn teardown(shared: &Shared) {
    let Ok(mut view) = shared.view.try_borrow_mut() else {
        let shared = shared.clone();
        wasm_bindgen_futures::spawn_local(async move { teardown(&shared) });
        return;
    };
    let listeners = view.listeners.take();
    let container = view.container.clone();
    let root = view.root.take();
    // Release the flow now: the JS wrapper of a destroyed view may live on until the garbage
    // collector finalises it, and with it this memory (the benchmark saw wasm memory grow by
    // the flows of destroyed views).
    view.flow = Value::Null;
    view.nodes = Vec::new();
    view.controls = Vec::new();
    view.shown = None;
    view.form = None;
    view.notice = None;
    drop(view);
    // The listeners go with the view: dropping them while one of them runs is safe (the
    // closure is freed once that call returns).
    if let Some(listeners) = listeners {
        listeners.detach(&container);
    }
    // Only what this view rendered: the container may already show another view's form.
    if let Some(root) = root {
        if root.parent_node().as_ref() == Some(container.as_ref()) {
            let _ = container.remove_child(&root);
        }
    }
}

/// Renders `flow` into `container` and drives it (`renderFlow` in JavaScript). A view already
/// rendered into `container` ends first — unless it shows an earlier version of the same flow
/// (same kind and id; say the caller's own submit got a 400) with options that render alike:
/// then that view updates in place ([`update`]), and is the view returned.
pub fn render_flow(
    flow: Value,
    container: Element,
    options: RenderOptions,
) -> Result<FlowView, Error> {
    let kind = options
        .kind
        .or_else(|| FlowKind::of_flow(&flow))
        .ok_or_else(|| {
            Error::invalid_argument("the flow type is unknown: pass options.flowType".to_owned())
        })?;
    let document = container
        .owner_document()
        .ok_or_else(|| Error::invalid_argument("the container is not in a document".to_owned()))?;
    let policy = options.navigation_policy();
    let mut options = options;
    let pending = options.pending_translations.take();
    let (flow, options) = match lifetime::view_in(&container) {
        // Texts still on their way cannot be compared with the view's: a new view.
        Some(previous) if pending.is_some() => {
            destroy(&previous);
            (flow, options)
        }
        Some(previous) => match rerender(&previous, kind, flow, options, policy.clone()) {
            Ok(()) => {
                previous.renders.set(previous.renders.get().wrapping_add(1));
                return Ok(FlowView::latest(previous));
            }
            Err(given) => {
                destroy(&previous);
                given
            }
        },
        None => (flow, options),
    };
    let shared = Rc::new(Handle {
        destroyed: Cell::new(false),
        renders: Cell::new(0),
        view: RefCell::new(View {
            config: options.config.clone(),
            container: container.clone(),
            document,
            options,
            policy,
            kind,
            flow,
            nodes: Vec::new(),
            controls: Vec::new(),
            shown: None,
            notice: None,
            root: None,
            form: None,
            busy: false,
            resume: None,
            chosen: None,
            listeners: None,
        }),
    });
    let listeners = listeners(&shared).map_err(dom_error)?;
    listeners.attach(&container).map_err(dom_error)?;
    shared.borrow_mut().listeners = Some(listeners);
    lifetime::keep(&shared, &container);
    if let Some(pending) = pending {
        // The form is drawn once in its language, not in English first.
        wasm_bindgen_futures::spawn_local(render_translated(Rc::downgrade(&shared), pending));
        return Ok(FlowView::latest(shared));
    }
    if let Err(error) = render(&shared) {
        destroy(&shared);
        return Err(dom_error(error));
    }
    Ok(FlowView::latest(shared))
}

/// Draws the view `weak` once its translations have arrived (a locale module is fetched, or the
/// caller passed a promise). Texts that cannot be read leave the form in English, with the
/// reason on the console: a language is not worth a form that cannot be used.
async fn render_translated(weak: Weak<Handle>, pending: js_sys::Promise) {
    let settled = wasm_bindgen_futures::JsFuture::from(pending).await;
    let Some(shared) = weak.upgrade() else { return };
    if shared.destroyed() {
        return;
    }
    let translations = settled
        .map_err(|error| crate::transport::describe(&error))
        .and_then(|value| options::translations_of(&value).map_err(|error| error.message));
    match translations {
        Ok(translations) => shared.borrow_mut().options.translations = Some(translations),
        Err(problem) => web_sys::console::error_1(&JsValue::from_str(&format!(
            "ory-wasm: the translations could not be read, the form shows English: {problem}"
        ))),
    }
    if let Err(error) = render(&shared) {
        web_sys::console::error_1(&JsValue::from_str(&dom_error(error).message));
        destroy(&shared);
    }
}

/// Shows `flow` in the live view `shared` by updating its form in place, if `flow` is a new
/// version of the flow it shows and `options` render alike (the same configuration,
/// translations and layout; callbacks and return targets are taken from `options`). Gives
/// `flow` and `options` back when it does not apply or the form cannot be updated; the caller
/// then replaces the view, as for any other flow.
#[allow(clippy::result_large_err)]
fn rerender(
    shared: &Shared,
    kind: FlowKind,
    flow: Value,
    options: RenderOptions,
    policy: NavigationPolicy,
) -> Result<(), (Value, RenderOptions)> {
    let applies = !shared.destroyed()
        && shared.view.try_borrow().is_ok_and(|view| {
            let id = view.flow.get("id").and_then(Value::as_str);
            // (The form must still be on the page: a page may have emptied the container.)
            let shown = view.root.as_ref().and_then(|root| root.parent_node());
            !view.busy
                && view.resume.is_none()
                && shown.as_ref() == Some(view.container.as_ref())
                && view.kind == kind
                && id.is_some()
                && id == flow.get("id").and_then(Value::as_str)
                && view.config == options.config
                && view.options.translations == options.translations
                && view.options.layout == options.layout
        });
    if !applies {
        return Err((flow, options));
    }
    let focus = Focus::capture(shared);
    let previous = {
        let mut view = shared.borrow_mut();
        view.policy = policy;
        (
            std::mem::replace(&mut view.flow, flow),
            std::mem::replace(&mut view.options, options),
        )
    };
    // As a new render would: the fields show what the server sent (`None`: nothing typed kept).
    if update_in_place(shared, None).unwrap_or(false) {
        if let Some(focus) = focus {
            focus.keep(shared);
        }
        return Ok(());
    }
    // Not updated (nothing changed, or a half update the replacing view removes).
    match shared.view.try_borrow_mut() {
        Ok(mut view) => Err((
            std::mem::replace(&mut view.flow, previous.0),
            std::mem::replace(&mut view.options, previous.1),
        )),
        // Cannot happen (no borrow outlives `update_in_place`); should it, the view stays.
        Err(_) => Ok(()),
    }
}

fn listeners(shared: &Shared) -> Result<Listeners, JsValue> {
    let on_submit_view = Rc::downgrade(shared);
    let on_click_view = Rc::downgrade(shared);
    let on_keydown_view = Rc::downgrade(shared);
    Ok(Listeners {
        guard: native_prevent_default()?,
        submit: Closure::new(move |event: Event| on_submit(&on_submit_view, event)),
        keydown: Closure::new(move |event: Event| on_keydown(&on_keydown_view, event)),
        click: Closure::new(move |event: Event| on_click(&on_click_view, event)),
    })
}

/// `Function.prototype.call.bind(Event.prototype.preventDefault)`: a listener that cancels the
/// event's default action, made of the browser's own functions — it keeps working whatever
/// happens to this module (a freed closure, a trap), so a form can never submit natively.
fn native_prevent_default() -> Result<js_sys::Function, JsValue> {
    let get = |target: &JsValue, key: &str| js_sys::Reflect::get(target, &JsValue::from_str(key));
    let event_class = get(&js_sys::global(), "Event")?;
    let prevent_default: js_sys::Function =
        get(&get(&event_class, "prototype")?, "preventDefault")?.dyn_into()?;
    let call: js_sys::Function = get(&prevent_default, "call")?.dyn_into()?;
    Ok(call.bind0(&prevent_default))
}

/// Loads the flow named by `flow_id` (or the page URL's `?flow=`), or creates one, then renders
/// it (`startFlow` in JavaScript).
pub async fn start_flow(
    kind: FlowKind,
    container: Element,
    options: RenderOptions,
) -> Result<FlowView, Error> {
    let id = options.flow_id.clone().or_else(page_flow_id);
    let flow = match id {
        Some(id) => match fetch_flow(&options.config, kind, Fetch::Get(id)).await {
            Ok(flow) => flow,
            // An expired, foreign or unknown flow id in the URL: start afresh, as Kratos' UIs do.
            Err(_) => {
                fetch_flow(
                    &options.config,
                    kind,
                    Fetch::Create(options.create_params()),
                )
                .await?
            }
        },
        None => {
            fetch_flow(
                &options.config,
                kind,
                Fetch::Create(options.create_params()),
            )
            .await?
        }
    };
    let mut options = options;
    options.kind = Some(kind);
    render_flow(flow, container, options)
}

fn page_flow_id() -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    params.get("flow").filter(|id| !id.is_empty())
}

fn dom_error(error: JsValue) -> Error {
    Error::invalid_argument(format!(
        "the page refused the form: {}",
        crate::transport::describe(&error)
    ))
}

/// The headless view model of `flow` (`flowView`, see [`crate::ui::headless`]).
pub fn headless_view(flow: Value, options: &RenderOptions) -> Result<Value, Error> {
    let kind = options
        .kind
        .or_else(|| FlowKind::of_flow(&flow))
        .ok_or_else(|| {
            Error::invalid_argument("the flow type is unknown: pass options.flowType".to_owned())
        })?;
    let (nodes, messages, _) = ui_of(&flow, options.translations.as_ref());
    let policy = options.navigation_policy();
    Ok(crate::ui::headless::flow_view(
        kind,
        &flow,
        &nodes,
        &messages,
        &crate::ui::headless::HeadlessOptions {
            translations: options.translations.as_ref(),
            layout: &options.layout,
            urls: &options.urls,
            policy: &policy,
        },
    ))
}

/// The body of a submit of `flow` by `submitter` (`flowBody`, see [`crate::ui::headless`]).
pub fn headless_body(
    flow: Value,
    submitter: (&str, &str),
    values: &serde_json::Map<String, Value>,
) -> Result<Value, Error> {
    let (nodes, _, _) = ui_of(&flow, None);
    crate::ui::headless::flow_body(&nodes, submitter, values).map_err(Error::invalid_argument)
}

/// The JavaScript form of `value`, through JSON text: `JSON.parse` is the browser's own, and
/// the module already writes JSON text (request bodies), so no second serialiser is linked.
fn to_js_value(value: &Value) -> JsValue {
    js_sys::JSON::parse(&value.to_string()).unwrap_or(JsValue::NULL)
}

/// The elements of one render, built off the page.
struct Built {
    root: Element,
    notice: Element,
    form: Element,
    nodes: Vec<UiNode>,
    shown: update::Shown,
    unreadable: Vec<UnreadableNode>,
}

/// A flow's nodes and messages: every node that can be read. When some cannot (a newer or a
/// broken server), the form says so in an error message, and they are returned to be reported
/// to `onUnreadable`: nothing the server sends may leave the user an empty form without a word.
fn ui_of(
    flow: &Value,
    translations: Option<&Translations>,
) -> (Vec<UiNode>, Vec<UiText>, Vec<UnreadableNode>) {
    let (ui, unreadable) = match flow.get("ui") {
        Some(ui) => crate::models::ui_container_readable(ui),
        None => (
            None,
            vec![UnreadableNode {
                path: "ui".to_owned(),
                name: None,
            }],
        ),
    };
    let (nodes, mut messages) = match ui {
        Some(ui) => (ui.nodes, ui.messages.unwrap_or_default()),
        None => (Vec::new(), Vec::new()),
    };
    if !unreadable.is_empty() {
        messages.push(UiText {
            id: 0,
            text: texts::UNREADABLE_FLOW.text(translations),
            text_type: crate::models::UiTextType::Error,
            context: None,
            extra: Default::default(),
        });
    }
    (nodes, messages, unreadable)
}

/// `onUnreadable([{path, name}])`, when some of the flow could not be read (see [`ui_of`]).
fn call_on_unreadable(hooks: &options::Hooks, unreadable: &[UnreadableNode]) {
    if unreadable.is_empty() || !hooks.has("onUnreadable") {
        return;
    }
    let list: Vec<Value> = unreadable
        .iter()
        .map(|node| serde_json::json!({ "path": node.path, "name": node.name }))
        .collect();
    hooks.call("onUnreadable", &to_js_value(&Value::Array(list)));
}

/// Builds the current flow's elements without touching the page.
fn build(view: &View) -> Result<Built, JsValue> {
    let (nodes, messages, unreadable) = ui_of(&view.flow, view.options.translations.as_ref());
    let render_number = RENDERS.with(|count| {
        count.set(count.get().wrapping_add(1));
        count.get()
    });
    let links = card_links(view, &nodes);
    let builder = Builder {
        document: &view.document,
        translations: view.options.translations.as_ref(),
        id_prefix: format!("ory-{render_number}"),
        used_ids: Default::default(),
        probe: view.document.create_element("form")?,
        forgot: forgot_link(&links),
        render_node: view.options.render_node.as_ref(),
        raw_nodes: raw_nodes(&view.flow).map(|raw| (nodes.as_slice(), raw)),
    };

    // The card: a region named by its title.
    let root = builder.element(
        "section",
        &format!("ory-flow ory-flow--{}", view.kind.as_str()),
    )?;
    let id = view.flow.get("id").and_then(Value::as_str);
    if let Some(id) = id {
        root.set_attribute("data-flow-id", id)?;
    }
    let title_id = builder.unique_id(format!("{}-title", builder.id_prefix));
    root.set_attribute("aria-labelledby", &title_id)?;
    let header = builder.card_header(
        view.kind,
        &view.flow,
        &nodes,
        view.options.project_name.as_deref(),
        &title_id,
    )?;
    root.append_child(&header)?;
    let notice = builder.element("div", "ory-notice")?;
    notice.set_attribute("aria-live", "polite")?;
    root.append_child(&notice)?;
    let mut flow_messages = None;
    if !messages.is_empty() {
        let list = builder.messages(&messages, None)?;
        root.append_child(&list)?;
        flow_messages = Some(list);
    }

    let form = builder.element("form", "ory-form")?;
    // The SDK validates and submits; the browser's own validation bubbles never run.
    form.set_attribute("novalidate", "")?;
    // Should anything ever let the browser submit this form itself, it goes where Kratos
    // expects a plain HTML form: a POST to the flow's endpoint under `basePath` (built from
    // the configuration, never from the server's `ui.action`) — not a GET to the page, which
    // would put the password into the address bar, history and server logs.
    form.set_attribute("method", "post")?;
    form.set_attribute("action", &native_action(&view.config, view.kind, id))?;
    let layout = sections(&nodes, &view.options.layout);
    let hide_triggers = !webauthn::browser_supports_webauthn();
    let mut hidden = Vec::new();
    let mut keys = update::Keys::default();
    for node in &layout.hidden {
        let slot = update::Slot::build(&builder, &mut keys, node, true, hide_triggers)?;
        if let Some(control) = slot.element() {
            form.append_child(control)?;
        }
        hidden.push(slot);
    }
    let mut shown_sections = Vec::new();
    let groups: Vec<&UiNodeGroup> = layout.sections.iter().map(|s| &s.group).collect();
    let choices = crate::ui::card::chooser(view.kind, &view.flow, &groups);
    for section in &layout.sections {
        let group = builder.element(
            "div",
            &format!(
                "ory-group ory-group--{}",
                class_token(section.group.as_str())
            ),
        )?;
        group.set_attribute("data-group", section.group.as_str())?;
        if let Some(title) = crate::ui::card::section_title(view.kind, &section.group) {
            builder.section_title(&group, title)?;
        }
        let mut keys = update::Keys::default();
        let mut slots = Vec::with_capacity(section.nodes.len());
        for node in &section.nodes {
            let slot = update::Slot::build(&builder, &mut keys, node, false, hide_triggers)?;
            if let Some(element) = slot.element() {
                group.append_child(element)?;
            }
            slots.push(slot);
        }
        if slots.iter().any(|slot| slot.element().is_some()) {
            if !shown_sections.is_empty() && crate::ui::card::divided(view.kind, &section.group) {
                let divider = builder.divider()?;
                form.append_child(&divider)?;
            }
            if let Some((_, text)) = choices.iter().find(|(g, _)| *g == section.group) {
                let (opener, back) = builder.method_choice(&group, section.group.as_str(), text)?;
                form.append_child(&opener)?;
                form.append_child(&back)?;
            }
            form.append_child(&group)?;
            shown_sections.push(update::Section {
                group: section.group.clone(),
                element: group,
                slots,
            });
        }
    }
    card::show_chosen(&form, view.chosen.as_deref());
    root.append_child(&form)?;
    if crate::ui::card::offers_sign_out(view.kind, &view.flow) {
        let line = builder.sign_out_line()?;
        root.append_child(&line)?;
    }
    if let Some(footer) = builder.card_footer(&links)? {
        root.append_child(&footer)?;
    }
    let shown = update::Shown {
        id_prefix: builder.id_prefix,
        used_ids: builder.used_ids.into_inner(),
        flow_messages,
        hidden,
        sections: shown_sections,
    };
    Ok(Built {
        root,
        notice,
        form,
        nodes,
        shown,
        unreadable,
    })
}

/// The card's links between flows for the view's flow, their targets allowed by its gate.
fn card_links(view: &View, nodes: &[UiNode]) -> Vec<crate::ui::card::CardLink> {
    crate::ui::card::links(
        view.kind,
        &view.flow,
        nodes,
        &view.options.urls,
        &view.policy,
    )
}

/// The flow's nodes as Kratos sent them.
fn raw_nodes(flow: &Value) -> Option<&[Value]> {
    flow.get("ui")?.get("nodes")?.as_array().map(Vec::as_slice)
}

/// The link that goes beside the password field, if any.
fn forgot_link(links: &[crate::ui::card::CardLink]) -> Option<crate::ui::card::CardLink> {
    links
        .iter()
        .find(|link| link.place == crate::ui::card::LinkPlace::Password)
        .cloned()
}

/// After an update in place: the card's title and subtitle for the flow shown now (a recovery
/// flow that sent its code says so) and its footer links, touching only what changed (a re-render
/// after a 400 usually changes neither).
fn refresh_card(shared: &Shared, nodes: &[UiNode]) -> Result<(), JsValue> {
    let view = shared.borrow();
    let Some(root) = view.root.clone() else {
        return Ok(());
    };
    let translations = view.options.translations.as_ref();
    let heading = crate::ui::card::heading(view.kind, &view.flow, nodes);
    for (selector, key) in [
        (":scope > .ory-card-header > .ory-card-title", heading.title),
        (
            ":scope > .ory-card-header > .ory-card-subtitle",
            heading.subtitle,
        ),
    ] {
        if let Some(element) = root.query_selector(selector)? {
            let text = crate::ui::texts::card_text(key, translations);
            if element.text_content().as_deref() != Some(text.as_str()) {
                element.set_text_content(Some(&text));
            }
        }
    }
    let links = card_links(&view, nodes);
    let footer_links: Vec<_> = links
        .iter()
        .filter(|link| link.place == crate::ui::card::LinkPlace::Footer)
        .collect();
    let old = root.query_selector(":scope > .ory-card-footer")?;
    let shown = match &old {
        Some(footer) => footer.query_selector_all("a")?,
        // (No footer: an empty list.)
        None => root.query_selector_all(":scope > .ory-card-footer")?,
    };
    let unchanged = shown.length() as usize == footer_links.len()
        && footer_links.iter().enumerate().all(|(i, link)| {
            shown
                .item(i as u32)
                .and_then(|a| a.dyn_into::<Element>().ok())
                .is_some_and(|a| {
                    a.get_attribute("href").as_deref() == Some(link.href.as_str())
                        && a.text_content().as_deref()
                            == Some(crate::ui::texts::card_text(link.text, translations).as_str())
                })
        });
    if unchanged {
        return Ok(());
    }
    let builder = Builder {
        document: &view.document,
        translations,
        id_prefix: String::new(),
        used_ids: Default::default(),
        probe: view.document.create_element("form")?,
        forgot: None,
        render_node: None,
        raw_nodes: None,
    };
    if let Some(old) = old {
        old.remove();
    }
    if let Some(footer) = builder.card_footer(&links)? {
        root.append_child(&footer)?;
    }
    Ok(())
}

/// `<basePath>/self-service/<kind>?flow=<id>`: Kratos' endpoint for a plain HTML form.
fn native_action(config: &Configuration, kind: FlowKind, id: Option<&str>) -> String {
    let id = String::from(js_sys::encode_uri_component(id.unwrap_or_default()));
    format!(
        "{}/self-service/{}?flow={id}",
        config.base_path(),
        kind.as_str()
    )
}

/// (Re-)renders the current flow: builds the new form off the page, then swaps it in. The old
/// form stays (guarded, and driven by the same listeners) until the new one is complete.
fn render(shared: &Shared) -> Result<(), JsValue> {
    if shared.destroyed() {
        return Ok(());
    }
    let built = build(&shared.borrow())?;
    // A passkey autofill waiting on the previous form must not answer for this one.
    webauthn::abort_running();
    let container = shared.borrow().container.clone();
    // No borrow held: replacing a focused form fires `blur`/`focusout` synchronously.
    container.replace_children_with_node_1(&built.root);
    if shared.destroyed() {
        // A page listener ended the view from that event: leave nothing behind.
        if built.root.parent_node().as_ref() == Some(container.as_ref()) {
            let _ = container.remove_child(&built.root);
        }
        return Ok(());
    }
    let unreadable = built.unreadable;
    let (hooks, offers_autofill) = {
        let mut view = shared.borrow_mut();
        view.root = Some(built.root);
        view.nodes = built.nodes;
        view.controls = built.shown.controls();
        view.shown = Some(built.shown);
        view.notice = Some(built.notice);
        view.form = Some(built.form);
        (
            view.options.hooks.clone(),
            crate::webauthn::ceremony::autofill(&view.nodes).is_some(),
        )
    };
    call_on_flow(shared, &hooks);
    call_on_unreadable(&hooks, &unreadable);
    if offers_autofill && !shared.destroyed() {
        wasm_bindgen_futures::spawn_local(start_autofill(Rc::downgrade(shared)));
    }
    Ok(())
}

/// `onFlow(flow)`, if the caller passed it (the flow is only copied into JavaScript then).
fn call_on_flow(shared: &Shared, hooks: &options::Hooks) {
    if hooks.has("onFlow") {
        let flow = to_js_value(&shared.borrow().flow);
        hooks.call("onFlow", &flow);
    }
}

/// Whether `target` is inside the form this view shows now (the container may hold other
/// things, and an event may come from a form the view already replaced).
fn in_current_form(view: &View, target: &Element) -> bool {
    view.form
        .as_ref()
        .is_some_and(|form| form.contains(Some(target)))
}

/// A click on a WebAuthn / passkey button (`data-trigger`): run the SDK's ceremony.
fn on_click(weak: &Weak<Handle>, event: Event) {
    let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return;
    };
    if let Ok(Some(toggle)) = target.closest(&format!("button.{}", card::TOGGLE)) {
        let Some(shared) = weak.upgrade() else { return };
        if !shared.destroyed() && in_current_form(&shared.borrow(), &toggle) {
            card::toggle_password(&toggle);
        }
        return;
    }
    if let Ok(Some(link)) = target.closest(&format!("a[{}]", card::CARD_LINK)) {
        return on_card_link(weak, &event, &link);
    }
    if let Ok(Some(choice)) = target.closest(&format!("button[{}]", card::CHOOSE)) {
        return on_method_choice(weak, &choice);
    }
    if let Ok(Some(button)) = target.closest(&format!("button[{}]", card::SIGN_OUT)) {
        let Some(shared) = weak.upgrade() else { return };
        let in_root = shared
            .borrow()
            .root
            .as_ref()
            .is_some_and(|root| root.contains(Some(&button)));
        if !shared.destroyed() && in_root && !shared.borrow().busy {
            set_busy(&shared, true);
            wasm_bindgen_futures::spawn_local(sign_out(shared));
        }
        return;
    }
    let Ok(Some(button)) = target.closest("button[data-trigger]") else {
        return;
    };
    let Some(shared) = weak.upgrade() else { return };
    if shared.destroyed() || shared.borrow().busy || !in_current_form(&shared.borrow(), &button) {
        return;
    }
    event.prevent_default();
    let trigger = button.get_attribute("data-trigger").unwrap_or_default();
    set_busy(&shared, true);
    wasm_bindgen_futures::spawn_local(run_ceremony(shared, trigger, webauthn::Mediation::Modal));
}

/// "Sign out" in a second factor: ends the session with Kratos' browser logout flow (created,
/// then completed with its token as JSON, so the browser stays on the page), then starts a
/// fresh sign-in in place. A session already gone (401) counts as signed out.
async fn sign_out(shared: Shared) {
    use crate::endpoints::frontend::{CREATE_BROWSER_LOGOUT_FLOW, UPDATE_LOGOUT_FLOW};
    let config = shared.borrow().config.clone();
    let logged_out = async {
        let create = Arguments::named(&CREATE_BROWSER_LOGOUT_FLOW, &[], None)?;
        let flow = match send_json(
            &config,
            &CREATE_BROWSER_LOGOUT_FLOW,
            &create,
            &CallOptions::default(),
            None,
        )
        .await
        {
            Ok((_, flow)) => flow,
            Err(error) if error.status == 401 => return Ok(()),
            Err(error) => return Err(error),
        };
        let token = flow
            .get("logout_token")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let update = Arguments::named(
            &UPDATE_LOGOUT_FLOW,
            &[("token", ParamValue::Text(token.to_owned()))],
            None,
        )?;
        match send_json(
            &config,
            &UPDATE_LOGOUT_FLOW,
            &update,
            &CallOptions::default(),
            None,
        )
        .await
        {
            Err(error) if error.status != 401 => Err(error),
            _ => Ok(()),
        }
    }
    .await;
    if shared.destroyed() {
        return;
    }
    set_busy(&shared, false);
    if let Err(error) = logged_out {
        return show_error(&shared, &error);
    }
    let create = {
        let mut view = shared.borrow_mut();
        // Signed out, nothing to come back to after the sign-in.
        view.resume = None;
        view.chosen = None;
        view.options.create_params()
    };
    load(&shared, FlowKind::Login, Fetch::Create(create), None).await;
}

/// A click on a button of the second-factor chooser: shows the method it names alone, or (the
/// way back, naming none) every method again, and moves the focus there.
fn on_method_choice(weak: &Weak<Handle>, choice: &Element) {
    let Some(shared) = weak.upgrade() else { return };
    if shared.destroyed() || !in_current_form(&shared.borrow(), choice) {
        return;
    }
    let chosen = choice
        .get_attribute(card::CHOOSE)
        .filter(|group| !group.is_empty());
    let left = shared.borrow_mut().chosen.take();
    shared.borrow_mut().chosen = chosen.clone();
    let Some(form) = shared.borrow().form.clone() else {
        return;
    };
    // No borrow held: moving the focus fires `blur`/`focus` synchronously.
    card::show_chosen(&form, chosen.as_deref());
    card::focus_choice(&form, chosen.as_deref(), left.as_deref());
}

/// A click on a link of the card: with `onNavigate`, the app navigates (an SPA keeps its
/// state); the target goes through the gate again, as every navigation does. Without it the
/// browser follows the link, whose `href` the gate allowed when the card was built.
fn on_card_link(weak: &Weak<Handle>, event: &Event, link: &Element) {
    let Some(shared) = weak.upgrade() else { return };
    let in_root = shared
        .borrow()
        .root
        .as_ref()
        .is_some_and(|root| root.contains(Some(link)));
    // A plain primary click (no modifier: those open a new tab or window, as the browser does).
    let flag = |key: &str| {
        js_sys::Reflect::get(event, &JsValue::from_str(key)).is_ok_and(|v| v.is_truthy())
    };
    let primary = js_sys::Reflect::get(event, &JsValue::from_str("button"))
        .ok()
        .and_then(|b| b.as_f64())
        .map_or(true, |b| b == 0.0);
    let plain_click = primary
        && !["ctrlKey", "metaKey", "shiftKey", "altKey"]
            .into_iter()
            .any(flag);
    if shared.destroyed()
        || !in_root
        || !plain_click
        || !shared.borrow().options.hooks.has("onNavigate")
    {
        return;
    }
    event.prevent_default();
    let href = link.get_attribute("href").unwrap_or_default();
    navigate(&shared, &href, Source::Page);
}

/// Whether the form on screen asks for passkey autofill.
fn offers_autofill(shared: &Shared) -> bool {
    !shared.destroyed() && crate::webauthn::ceremony::autofill(&shared.borrow().nodes).is_some()
}

/// Passkey autofill: offer the user's passkeys in the identifier field's autocomplete.
async fn start_autofill(weak: Weak<Handle>) {
    // The form this autofill belongs to: the feature check below is a promise, and by the time
    // it settles the view may show another form (which starts its own autofill).
    let form = weak
        .upgrade()
        .and_then(|shared| shared.borrow().form.clone());
    if !webauthn::browser_supports_autofill().await {
        return;
    }
    let Some(shared) = weak.upgrade() else { return };
    {
        let view = shared.borrow();
        // Starting a ceremony aborts the running one: if the user pressed a WebAuthn button (or
        // submitted) while the check was pending, the autofill must not abort that ceremony —
        // it would end silently (an abort shows nothing) and leave the form busy.
        if shared.destroyed() || view.busy || view.form != form {
            return;
        }
    }
    let trigger = "oryPasskeyLoginAutocompleteInit".to_owned();
    run_ceremony(shared, trigger, webauthn::Mediation::Conditional).await;
}

/// Runs the ceremony `trigger` names, writes the answer into its hidden input and submits.
async fn run_ceremony(shared: Shared, trigger: String, mediation: webauthn::Mediation) {
    let prepared = {
        let view = shared.borrow();
        crate::webauthn::ceremony::ceremony(&view.nodes, &trigger).map(|ceremony| {
            // A passkey registration names the fields (e.g. `traits.email`) that become the
            // credential's user name and display name.
            let values = entered(&view);
            let display_name = ceremony.display_name_fields.iter().find_map(|field| {
                values
                    .iter()
                    .find(|(name, _)| name == field)
                    .map(|(_, value)| value.text())
                    .filter(|v| !v.is_empty())
            });
            (ceremony, display_name)
        })
    };
    // The passkey autofill waits in the background and never made the form busy, so its
    // failures must not clear a busy state that belongs to someone else (see below).
    let owns_busy = mediation == webauthn::Mediation::Modal;
    let (ceremony, display_name) = match prepared {
        Ok(prepared) => prepared,
        Err(error) => {
            if owns_busy {
                set_busy(&shared, false);
            }
            let context = serde_json::json!({ "error": error.to_string() });
            return show_text_with(&shared, texts::WEBAUTHN_UNREADABLE, &context);
        }
    };
    let outcome = webauthn::run(&ceremony, display_name.as_deref(), mediation).await;
    if shared.destroyed() {
        return;
    }
    match outcome {
        Ok(answer) => {
            let written = {
                let view = shared.borrow();
                view.controls
                    .iter()
                    .find(|(name, _)| name == ceremony.answer_field)
                    .and_then(|(_, control)| {
                        control
                            .dyn_ref::<HtmlInputElement>()
                            .map(|input| input.set_value(&answer))
                    })
                    .is_some()
            };
            if !written {
                set_busy(&shared, false);
                let context = serde_json::json!({ "field": ceremony.answer_field });
                return show_text_with(&shared, texts::WEBAUTHN_NO_ANSWER_FIELD, &context);
            }
            set_busy(&shared, true);
            submit(shared, ceremony.group, None).await;
        }
        Err(failure) => {
            // The autofill is aborted when the user presses the passkey button: that click made
            // the form busy for its own (modal) ceremony, which is still running. Clearing the
            // busy state here re-enabled every button and the password submit while the
            // browser's passkey dialog was open (seen in tests/e2e/webauthn.test.mjs).
            if owns_busy {
                set_busy(&shared, false);
            }
            // An abort is the SDK's own doing (another method chosen, the view re-rendered).
            if failure.failure != crate::webauthn::errors::CeremonyFailure::Aborted {
                // The passkey button aborted the passkey autofill for its own ceremony; once
                // that failed (the user dismissed the browser's prompt, …) the identifier field
                // must offer passkeys again, so the autofill starts anew.
                if mediation == webauthn::Mediation::Modal && offers_autofill(&shared) {
                    wasm_bindgen_futures::spawn_local(start_autofill(Rc::downgrade(&shared)));
                }
                show_text(&shared, failure.failure.text(), true);
                // The browser's own exception name stays visible for diagnosis.
                let cause = failure
                    .cause
                    .is_object()
                    .then(|| js_sys::Reflect::get(&failure.cause, &"name".into()).ok())
                    .flatten();
                mark_notice(
                    &shared,
                    failure.failure.code(),
                    cause.and_then(|name| name.as_string()).as_deref(),
                );
            }
        }
    }
}

/// Tags the notice with a stable code (`data-code="webauthn_cancelled"`) and the browser's
/// exception name (`data-cause="NotAllowedError"`) for callers and tests.
fn mark_notice(shared: &Shared, code: &str, cause: Option<&str>) {
    if let Some(message) = shared
        .borrow()
        .notice
        .as_ref()
        .and_then(Element::first_element_child)
    {
        let _ = message.set_attribute("data-code", code);
        if let Some(cause) = cause {
            let _ = message.set_attribute("data-cause", cause);
        }
    }
}

fn input_name(node: &UiNode) -> String {
    node.input_name().unwrap_or_default().to_owned()
}

/// A group name as a CSS class token (a newer Kratos could send anything).
fn class_token(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect()
}

/// The submit button pressed (or implied by Enter in a field) and its group.
fn submitter(view: &View, event: &Event) -> Option<(String, String, UiNodeGroup)> {
    let button = event
        .dyn_ref::<SubmitEvent>()
        .and_then(SubmitEvent::submitter)
        .or_else(|| first_submit_near_focus(view))?;
    let name = field_name(&button);
    let value = button.get_attribute("value").unwrap_or_default();
    let group = UiNodeGroup::from(
        button
            .get_attribute("data-group")
            .unwrap_or_default()
            .as_str(),
    );
    Some((name, value, group))
}

/// Enter in a field without a default button: the first submit button of the field's group.
fn first_submit_near_focus(view: &View) -> Option<HtmlElement> {
    let active = view.document.active_element()?;
    let group = active.closest(".ory-group").ok()??;
    group
        .query_selector("button[type=submit]")
        .ok()??
        .dyn_into()
        .ok()
}

/// Enter in a field: submit the field's own group.
///
/// The browser's implicit submission presses the form's *first* submit button, which belongs to
/// whichever group comes first: Enter in the settings password field would save the profile
/// (`method=profile`) instead of the password, and with `order: ["oidc", …]` Enter in the login
/// identifier would start a social sign-in. Fields of groups without a submit button (`default`:
/// the login identifier, registration traits) press the first submit button that is not a
/// social sign-in provider.
fn on_keydown(weak: &Weak<Handle>, event: Event) {
    let Some(key) = event.dyn_ref::<KeyboardEvent>() else {
        return;
    };
    if key.key() != "Enter" || key.is_composing() || key.default_prevented() {
        return;
    }
    let Some(input) = event
        .target()
        .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
    else {
        return;
    };
    let Some(shared) = weak.upgrade() else { return };
    let form = {
        let view = shared.borrow();
        if shared.destroyed() || !in_current_form(&view, &input) {
            return;
        }
        view.form.clone()
    };
    let Some(form) = form.and_then(|form| form.dyn_into::<HtmlFormElement>().ok()) else {
        return;
    };
    let own_group = input
        .closest(".ory-group")
        .ok()
        .flatten()
        .and_then(|group| {
            group
                .query_selector("button[type=submit]:not([disabled])")
                .ok()
                .flatten()
        });
    let button = own_group
        .or_else(|| {
            form.query_selector("button[type=submit]:not([disabled]):not([data-provider])")
                .ok()
                .flatten()
        })
        .and_then(|b| b.dyn_into::<HtmlElement>().ok());
    if let Some(button) = button {
        event.prevent_default();
        // No borrow held: this fires `submit` synchronously, into `on_submit`.
        let _ = form.request_submit_with_submitter(Some(&button));
    }
}

fn on_submit(weak: &Weak<Handle>, event: Event) {
    event.prevent_default();
    let Some(shared) = weak.upgrade() else { return };
    if shared.destroyed() {
        return;
    }
    let pressed = {
        let view = shared.borrow();
        let from_current_form = event
            .target()
            .and_then(|target| target.dyn_into::<Element>().ok())
            .is_some_and(|target| view.form.as_ref() == Some(&target));
        if view.busy || !from_current_form {
            return; // no double submit, nothing from a form this view no longer shows
        }
        submitter(&view, &event)
    };
    let Some((name, value, group)) = pressed else {
        return;
    };
    let inputs = submitted_inputs(&shared.borrow(), &group);
    // No borrow held: `reportValidity()` fires `invalid` synchronously.
    if !fields_are_valid(&inputs) || shared.destroyed() {
        return;
    }
    // Busy now, not when the spawned future first runs: a second submit event in the same task
    // (a script's two `requestSubmit()`, a key repeat) would otherwise send a second request.
    set_busy(&shared, true);
    wasm_bindgen_futures::spawn_local(submit(shared, group, Some((name, value))));
}

/// The inputs a submit of `group` carries.
fn submitted_inputs(view: &View, group: &UiNodeGroup) -> Vec<HtmlInputElement> {
    let names: Vec<String> = crate::ui::layout::submit_nodes(&view.nodes, group)
        .iter()
        .map(|node| input_name(node))
        .collect();
    view.controls
        .iter()
        .filter(|(name, _)| names.contains(name))
        .filter_map(|(_, control)| control.dyn_ref::<HtmlInputElement>().cloned())
        .collect()
}

/// Runs the browser's constraint checks on `inputs`, showing the first problem next to its
/// field.
fn fields_are_valid(inputs: &[HtmlInputElement]) -> bool {
    for input in inputs {
        if !input.check_validity() {
            input.report_validity();
            return false;
        }
    }
    true
}

/// What the user entered, by field name.
fn entered(view: &View) -> Vec<(String, FieldValue)> {
    view.controls
        .iter()
        .filter_map(|(name, control)| {
            if let Some(input) = control.dyn_ref::<HtmlInputElement>() {
                let value = match input.type_().as_str() {
                    "checkbox" => FieldValue::Bool(input.checked()),
                    "hidden" => FieldValue::Hidden(input.value()),
                    // Back to the zoned instant the server sent (see `dom::local_date_time`).
                    "datetime-local" => FieldValue::Text(
                        dom::instant_of_local(&input.value()).unwrap_or_else(|| input.value()),
                    ),
                    _ => FieldValue::Text(input.value()),
                };
                Some((name.clone(), value))
            } else {
                control
                    .dyn_ref::<HtmlSelectElement>()
                    .map(|select| (name.clone(), FieldValue::Text(select.value())))
            }
        })
        .collect()
}

/// Puts back what the user typed into the empty fields of a newly rendered flow (never passwords
/// or hidden fields, and never over a value the server sent).
fn restore(view: &View, values: &[(String, FieldValue)]) {
    for (name, control) in &view.controls {
        let Some(input) = control.dyn_ref::<HtmlInputElement>() else {
            continue;
        };
        let kind = input.type_();
        if kind == "password"
            || kind == "hidden"
            || (kind != "checkbox" && !input.value().is_empty())
        {
            continue;
        }
        match values
            .iter()
            .find(|(entered_name, _)| entered_name == name)
            .map(|(_, value)| value)
        {
            Some(FieldValue::Bool(checked)) => input.set_checked(*checked),
            Some(FieldValue::Text(text)) if !text.is_empty() => input.set_value(text),
            _ => {}
        }
    }
}

fn set_busy(shared: &Shared, busy: bool) {
    let (root, form) = {
        let mut view = shared.borrow_mut();
        view.busy = busy;
        (view.root.clone(), view.form.clone())
    };
    // No borrow held while the page changes (disabling a focused button may move focus).
    if let Some(form) = form {
        let _ = form.set_attribute("aria-busy", if busy { "true" } else { "false" });
    }
    let Some(root) = root else { return };
    if let Ok(buttons) = root.query_selector_all("form button") {
        for index in 0..buttons.length() {
            if let Some(button) = buttons
                .item(index)
                .and_then(|b| b.dyn_into::<Element>().ok())
            {
                let _ = if busy {
                    button.set_attribute("data-busy", "")
                } else {
                    button.remove_attribute("data-busy")
                };
                // A button the server disabled stays disabled when the submit ends.
                let disabled = busy || button.has_attribute(dom::SERVER_DISABLED);
                let _ = button.toggle_attribute_with_force("disabled", disabled);
            }
        }
    }
    let _ = root.class_list().toggle_with_force("ory-flow--busy", busy);
}

/// Shows an SDK message above the form.
fn show_notice(shared: &Shared, text: &str, is_error: bool) {
    let (notice, document) = {
        let view = shared.borrow();
        (view.notice.clone(), view.document.clone())
    };
    if let Some(notice) = &notice {
        notice.replace_children_with_node_0();
        let class = if is_error {
            "ory-message ory-message--error"
        } else {
            "ory-message ory-message--info"
        };
        if let Ok(message) = document.create_element("p") {
            message.set_class_name(class);
            message.set_text_content(Some(text));
            if is_error {
                let _ = message.set_attribute("role", "alert");
            }
            let _ = notice.append_child(&message);
        }
    }
}

/// Shows one of the SDK's own texts, in the view's language.
fn show_text(shared: &Shared, text: SdkText, is_error: bool) {
    let shown = text.text(shared.borrow().options.translations.as_ref());
    show_notice(shared, &shown, is_error);
}

/// Shows an SDK error text whose `{placeholders}` are filled from `context`.
fn show_text_with(shared: &Shared, text: SdkText, context: &Value) {
    let shown = text.with(shared.borrow().options.translations.as_ref(), Some(context));
    show_notice(shared, &shown, true);
}

/// Shows a failed request: the SDK's words for no answer, else the error's message.
fn show_error(shared: &Shared, error: &Error) {
    match error.kind {
        ErrorKind::Network => show_text(shared, texts::NETWORK_ERROR, true),
        ErrorKind::Timeout => show_text(shared, texts::TIMEOUT, true),
        ErrorKind::Http | ErrorKind::Decode => show_server_error(shared, &error.message),
        _ => show_notice(shared, &error.message, true),
    }
}

/// An answer that is not Kratos' (a proxy's 502 page, a body that is not what the endpoint
/// promises): the user gets words, the developer the details on the console.
fn show_server_error(shared: &Shared, details: &str) {
    web_sys::console::warn_2(&JsValue::from_str("ory-wasm:"), &JsValue::from_str(details));
    show_text(shared, texts::SERVER_ERROR, true);
}

/// Submits the form: builds the body, calls `update<Kind>Flow`, and runs the ending.
async fn submit(shared: Shared, group: UiNodeGroup, pressed: Option<(String, String)>) {
    let prepared = {
        let view = shared.borrow();
        let values = entered(&view);
        let lookup = |node: &UiNode| {
            let name = input_name(node);
            values
                .iter()
                .find(|(entered_name, _)| *entered_name == name)
                .map(|(_, value)| value.clone())
        };
        let body = form_body(
            &view.nodes,
            &group,
            pressed.as_ref().map(|(n, v)| (n.as_str(), v.as_str())),
            lookup,
        );
        let id = view
            .flow
            .get("id")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned();
        (body, id, view.kind, view.config.clone(), values)
    };
    let (body, id, kind, config, values) = prepared;
    let body = match body {
        Ok(body) => body.to_string(),
        Err(error) => {
            set_busy(&shared, false);
            let context = serde_json::json!({ "error": error.to_string() });
            return show_text_with(&shared, texts::FORM_NOT_SENT, &context);
        }
    };
    let update = kind.endpoints().update;
    let arguments = match Arguments::named(update, &[("flow", ParamValue::Text(id))], Some(body)) {
        Ok(arguments) => arguments,
        Err(error) => {
            set_busy(&shared, false);
            let context = serde_json::json!({ "error": error.message });
            return show_text_with(&shared, texts::FORM_NOT_SENT, &context);
        }
    };
    set_busy(&shared, true);
    let result = send_json(&config, update, &arguments, &CallOptions::default(), None).await;
    // destroy() while the request was in flight: the answer must reach no callback and
    // render nothing (the caller has moved on).
    if shared.destroyed() {
        return;
    }
    set_busy(&shared, false);
    let context = EndingContext {
        return_to: success_target(&shared.borrow()).map(|url| url.as_str().to_owned()),
    };
    let ending = match &result {
        Ok((_, value)) => ending_with(kind, Outcome::Success(value), &context),
        Err(error) => ending_with(kind, Outcome::Failure(error), &context),
    };
    // After a success the form starts afresh (a settings flow re-rendered with its success
    // message must not get the typed TOTP code or key name back); only a rejected submit keeps
    // the input.
    let values = result.is_err().then_some(values);
    run(&shared, ending, values).await;
}

/// How to get a flow.
enum Fetch {
    /// `GET …/flows?id=`
    Get(String),
    /// `GET …/browser` with these query parameters.
    Create(Vec<(&'static str, ParamValue)>),
}

async fn fetch_flow(config: &Configuration, kind: FlowKind, how: Fetch) -> Result<Value, Error> {
    let endpoints = kind.endpoints();
    let (endpoint, arguments) = match how {
        Fetch::Get(id) => (
            endpoints.get,
            Arguments::named(endpoints.get, &[("id", ParamValue::Text(id))], None)?,
        ),
        Fetch::Create(params) => {
            // Only the parameters this kind's init endpoint knows (e.g. `aal` is login's).
            let known: Vec<(&str, ParamValue)> = params
                .into_iter()
                .filter(|(name, _)| {
                    endpoints
                        .create_browser
                        .params
                        .iter()
                        .any(|p| p.wire == *name)
                })
                .collect();
            (
                endpoints.create_browser,
                Arguments::named(endpoints.create_browser, &known, None)?,
            )
        }
    };
    send_json(config, endpoint, &arguments, &CallOptions::default(), None)
        .await
        .map(|(_, flow)| flow)
}

/// Shows `flow` (of `kind`) in the view. `values` (what the user entered when the submit left)
/// is given when the user's input is to be kept.
///
/// A new version of the flow shown (same id and kind: a 400, a settings flow saved) updates the
/// form in place ([`update`]): the inputs stay the same elements, a field the user is in keeps
/// its focus and caret, and what they typed stays unless the server changed it. Anything else —
/// another flow, other sections, a page that refused a change — builds the form anew, and
/// `values` go back into the fields the server left empty. If the page refuses the new form, the
/// view keeps showing (and submitting) the old one.
fn show(shared: &Shared, kind: FlowKind, flow: Value, values: Option<&[(String, FieldValue)]>) {
    let same_flow = {
        let view = shared.borrow();
        let id = view.flow.get("id").and_then(Value::as_str);
        view.kind == kind && id.is_some() && id == flow.get("id").and_then(Value::as_str)
    };
    let previous = {
        let mut view = shared.borrow_mut();
        (
            std::mem::replace(&mut view.kind, kind),
            std::mem::replace(&mut view.flow, flow),
        )
    };
    if same_flow {
        let focus = Focus::capture(shared);
        // An error may have left the form half updated: the rebuild below replaces all of it.
        let updated = update_in_place(shared, values).unwrap_or(false);
        if shared.destroyed() {
            return;
        }
        if updated {
            if !focus.is_some_and(|focus| focus.keep(shared)) {
                focus_first_invalid(shared);
            }
            return;
        }
    }
    if let Err(error) = render(shared) {
        if !shared.destroyed() {
            let mut view = shared.borrow_mut();
            (view.kind, view.flow) = previous;
        }
        return show_notice(shared, &dom_error(error).message, true);
    }
    if shared.destroyed() {
        return;
    }
    if let Some(values) = values {
        restore(&shared.borrow(), values);
    }
    focus_first_invalid(shared);
}

/// Updates the form to the view's flow in place (see [`update`]). `Ok(false)`: it cannot be
/// updated, nothing changed; an error may leave it half updated. Either way, rebuild it.
fn update_in_place(
    shared: &Shared,
    values: Option<&[(String, FieldValue)]>,
) -> Result<bool, JsValue> {
    if shared.destroyed() {
        return Ok(true);
    }
    let (shown, root, form, notice, document, options, hooks, nodes, messages, unreadable, card) = {
        let mut view = shared.borrow_mut();
        let (Some(root), Some(form), Some(notice)) =
            (view.root.clone(), view.form.clone(), view.notice.clone())
        else {
            return Ok(false);
        };
        // Taken out: if anything below fails, the next render builds the form anew.
        let Some(shown) = view.shown.take() else {
            return Ok(false);
        };
        let (nodes, messages, unreadable) = ui_of(&view.flow, view.options.translations.as_ref());
        let forgot = forgot_link(&card_links(&view, &nodes));
        (
            shown,
            root,
            form,
            notice,
            view.document.clone(),
            (
                view.options.translations.clone(),
                view.options.layout.clone(),
            ),
            view.options.hooks.clone(),
            nodes,
            messages,
            unreadable,
            (
                forgot,
                view.options.render_node.clone(),
                // Copied only for a hook (no borrow may be held during the update).
                view.options
                    .render_node
                    .as_ref()
                    .and_then(|_| raw_nodes(&view.flow))
                    .map(<[Value]>::to_vec),
            ),
        )
    };
    let (translations, layout) = options;
    let (forgot, render_node, raw) = card;
    let target = update::Target {
        document: &document,
        translations: translations.as_ref(),
        layout: &layout,
        root: &root,
        form: &form,
        hide_triggers: !webauthn::browser_supports_webauthn(),
        forgot,
        render_node: render_node.as_ref(),
        raw_nodes: raw.as_deref(),
    };
    // No borrow held from here on: removing a focused element or disabling a focused button
    // fires `blur`/`focusout` synchronously.
    let Some(shown) = update::update(&target, shown, &nodes, &messages, values)? else {
        return Ok(false);
    };
    // A passkey autofill waiting on the previous version must not answer with its challenge.
    webauthn::abort_running();
    // What the SDK said about the last attempt (a network error) is over, as after a new render.
    notice.replace_children_with_node_0();
    let chosen = shared.borrow().chosen.clone();
    card::show_chosen(&form, chosen.as_deref());
    refresh_card(shared, &nodes)?;
    if shared.destroyed() {
        return Ok(true);
    }
    let offers_autofill = {
        let mut view = shared.borrow_mut();
        view.controls = shown.controls();
        view.shown = Some(shown);
        view.nodes = nodes;
        crate::webauthn::ceremony::autofill(&view.nodes).is_some()
    };
    call_on_flow(shared, &hooks);
    call_on_unreadable(&hooks, &unreadable);
    if offers_autofill && !shared.destroyed() {
        wasm_bindgen_futures::spawn_local(start_autofill(Rc::downgrade(shared)));
    }
    Ok(true)
}

/// The field the user was in when an update in place began, and where its caret was.
struct Focus {
    field: HtmlElement,
    selection: Option<(u32, u32, String)>,
}

impl Focus {
    /// The focused element, if it is a field of the view's form the user types or chooses in
    /// (not a button: after a click on a submit button, the first invalid field gets focus).
    fn capture(shared: &Shared) -> Option<Self> {
        let (document, form) = {
            let view = shared.borrow();
            (view.document.clone(), view.form.clone()?)
        };
        let active = document.active_element()?;
        if !form.contains(Some(&active)) {
            return None;
        }
        let selection = if let Some(input) = active.dyn_ref::<HtmlInputElement>() {
            if matches!(
                input.type_().as_str(),
                "submit" | "button" | "reset" | "image" | "hidden"
            ) {
                return None;
            }
            // `None` for inputs without a caret (`email`, `number`, checkboxes).
            match (input.selection_start(), input.selection_end()) {
                (Ok(Some(start)), Ok(Some(end))) => Some((
                    start,
                    end,
                    input
                        .selection_direction()
                        .ok()
                        .flatten()
                        .unwrap_or_default(),
                )),
                _ => None,
            }
        } else if active.dyn_ref::<HtmlSelectElement>().is_some() {
            None
        } else {
            return None;
        };
        Some(Self {
            field: active.dyn_into().ok()?,
            selection,
        })
    }

    /// Leaves the focus in the field if it is still in the form and enabled — the user is in
    /// it, and a 400 announces its errors (`role="alert"`) wherever the focus is. Puts the focus
    /// and caret back if the update took them away (a field moved because the order changed).
    /// Returns whether the field has the focus.
    fn keep(self, shared: &Shared) -> bool {
        let (document, form) = {
            let view = shared.borrow();
            let Some(form) = view.form.clone() else {
                return false;
            };
            (view.document.clone(), form)
        };
        let field: &Element = self.field.as_ref();
        let enabled = !field.has_attribute("disabled");
        if !field.is_connected() || !form.contains(Some(field)) || !enabled {
            return false;
        }
        if document.active_element().as_ref() != Some(field) {
            // No borrow held: `focus()` fires `focus`/`focusin` synchronously.
            let _ = self.field.focus();
            if let (Some(input), Some((start, end, direction))) =
                (self.field.dyn_ref::<HtmlInputElement>(), &self.selection)
            {
                let _ = input.set_selection_range_with_direction(*start, *end, direction);
            }
        }
        true
    }
}

fn focus_first_invalid(shared: &Shared) {
    let form = shared.borrow().form.clone();
    if let Some(form) = form {
        if let Ok(Some(field)) = form.query_selector("[aria-invalid=true]") {
            if let Some(field) = field.dyn_ref::<HtmlElement>() {
                // No borrow held: `focus()` fires `focus`/`focusin` synchronously.
                let _ = field.focus();
            }
        }
    }
}

/// Fetches a flow and shows it, or shows why that failed.
async fn load(
    shared: &Shared,
    kind: FlowKind,
    how: Fetch,
    values: Option<&[(String, FieldValue)]>,
) {
    let config = shared.borrow().config.clone();
    let fetched = fetch_flow(&config, kind, how).await;
    if shared.destroyed() {
        return; // destroyed while loading: see `submit`
    }
    match fetched {
        Ok(flow) => show(shared, kind, flow, values),
        Err(error) => show_error(shared, &error),
    }
}

/// Runs one ending. `values`: what the user entered, if the input is to be kept.
async fn run(shared: &Shared, ending: Ending, values: Option<Vec<(String, FieldValue)>>) {
    let (kind, hooks, create) = {
        let view = shared.borrow();
        (
            view.kind,
            view.options.hooks.clone(),
            view.options.create_params(),
        )
    };
    match ending {
        // After a 400, the typed input goes back into fields the answer left empty: Kratos
        // echoes most values, but not all (e.g. a code), and a user must not retype them.
        Ending::Rerender(flow) => show(shared, kind, flow, values.as_deref()),
        Ending::LoadFlow { id, keep_input } => {
            load(
                shared,
                kind,
                Fetch::Get(id),
                values.as_deref().filter(|_| keep_input),
            )
            .await;
        }
        Ending::Restart { keep_input } => {
            load(
                shared,
                kind,
                Fetch::Create(create),
                values.as_deref().filter(|_| keep_input),
            )
            .await;
        }
        Ending::StartLogin {
            aal,
            refresh,
            return_to,
        } => {
            if hooks.has("onStartLogin") {
                let detail =
                    serde_json::json!({ "aal": aal, "refresh": refresh, "returnTo": return_to });
                return hooks.call("onStartLogin", &to_js_value(&detail));
            }
            // In place: sign in (again, or with a second factor), then come back to this flow.
            shared.borrow_mut().resume = Some(kind);
            let mut params = Vec::new();
            if let Some(aal) = aal {
                params.push(("aal", ParamValue::Text(aal)));
            }
            if refresh {
                params.push(("refresh", ParamValue::Bool(true)));
            }
            load(shared, FlowKind::Login, Fetch::Create(params), None).await;
        }
        Ending::Navigate(url) => {
            if !navigate(shared, &url, Source::Kratos) {
                show_text(shared, texts::REDIRECT_REFUSED, true);
            }
        }
        Ending::AlreadySignedIn => {
            if hooks.has("onAlreadySignedIn") {
                hooks.call("onAlreadySignedIn", &JsValue::UNDEFINED);
            } else {
                show_text(shared, texts::ALREADY_SIGNED_IN, false);
            }
        }
        Ending::Continue { steps, session } => {
            for step in steps {
                match step {
                    Step::SetSessionToken(token) => {
                        hooks.call("onSessionToken", &JsValue::from_str(token.expose()))
                    }
                    Step::ShowFlow { kind, id, .. } => {
                        return Box::pin(load(shared, kind, Fetch::Get(id), None)).await;
                    }
                    // Kratos' `continue_with` redirects, and the success target the gate
                    // already allowed (`EndingContext::return_to`).
                    Step::Navigate(url) => {
                        if !navigate(shared, &url, Source::Kratos) {
                            show_text(shared, texts::REDIRECT_REFUSED, true);
                        }
                        return;
                    }
                }
            }
            finish(shared, session, None).await;
        }
        Ending::Done { session, identity } => finish(shared, session, identity).await,
        Ending::Message { text, kind, .. } => match kind.as_str() {
            // The SDK's own words for a missing answer (the error's message is for developers).
            "network" => show_text(shared, texts::NETWORK_ERROR, true),
            "timeout" => show_text(shared, texts::TIMEOUT, true),
            // Not an answer of Kratos' (a proxy's 502 page, a body that is not what the
            // endpoint promises): the user gets words, the developer the details.
            "http" | "decode" => show_server_error(shared, &text),
            _ => show_notice(shared, &text, true),
        },
    }
}

/// Success: come back from a step-up, or hand the session to the caller.
async fn finish(shared: &Shared, session: Option<Value>, identity: Option<Value>) {
    let resume = shared.borrow_mut().resume.take();
    if let Some(kind) = resume {
        let create = shared.borrow().options.create_params();
        return Box::pin(load(shared, kind, Fetch::Create(create), None)).await;
    }
    // A return target never gets here: the driver ends with `Step::Navigate` to the one the
    // navigation gate allowed (`EndingContext::return_to`), so success here has nowhere to go.
    let hooks = shared.borrow().options.hooks.clone();
    if hooks.has("onSuccess") {
        let result = serde_json::json!({ "session": session, "identity": identity });
        hooks.call("onSuccess", &to_js_value(&result));
    } else {
        show_text(shared, texts::DONE, false);
    }
}

/// Where to go after this view's flow succeeds, as the navigation gate allows it.
fn success_target(view: &View) -> Option<HttpUrl> {
    let flow_return_to = view
        .flow
        .get("return_to")
        .and_then(Value::as_str)
        .filter(|url| !url.is_empty());
    view.policy
        .success_target(view.options.return_to.as_deref(), flow_return_to)
}

/// The one gate of every navigation: `url`, named by `source`, if this view's policy allows it
/// ([`NavigationPolicy::target`]). Returns whether the SDK went (or handed it to `onNavigate`).
fn navigate(shared: &Shared, url: &str, source: Source) -> bool {
    let (hooks, target) = {
        let view = shared.borrow();
        (view.options.hooks.clone(), view.policy.target(url, source))
    };
    match target {
        Some(target) => go(&hooks, &target),
        None => false,
    }
}

/// Goes to a target the gate allowed: `onNavigate(url)` if the caller passed it, else
/// `location.assign`. The browser's own URL parser must see the same origin as the gate did.
fn go(hooks: &options::Hooks, url: &HttpUrl) -> bool {
    let browser_origin = web_sys::Url::new(url.as_str()).map(|parsed| parsed.origin());
    if browser_origin.ok().as_deref() != Some(url.origin().to_string().as_str()) {
        return false;
    }
    if hooks.has("onNavigate") {
        hooks.call("onNavigate", &JsValue::from_str(url.as_str()));
    } else if let Some(window) = web_sys::window() {
        let _ = window.location().assign(url.as_str());
    }
    true
}
