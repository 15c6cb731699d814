//! The DOM renderer and flow driver (wasm32 only): renders a flow's nodes into a container,
//! submits the form through the SDK, and turns every answer into its ending
//! ([`crate::ui::driver`]) — re-render, reload, restart, step up, navigate, or succeed.
//!
//! Rendering decisions (what a node becomes, grouping, bodies, texts, endings) live in the
//! platform-free [`crate::ui`] core; this module only builds elements and runs the endings.

mod dom;
mod options;
pub mod webauthn;

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use serde_json::Value;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    Document, Element, Event, HtmlElement, HtmlInputElement, HtmlSelectElement, KeyboardEvent,
    SubmitEvent,
};

use crate::api::send_json;
use crate::config::Configuration;
use crate::endpoint::{Arguments, CallOptions, ParamValue};
use crate::error::Error;
use crate::models::{UiContainer, UiNode, UiNodeGroup};
use crate::ui::driver::{ending_with, Ending, EndingContext, FlowKind, Outcome, Step};
use crate::ui::layout::sections;
use crate::ui::submit::{form_body, FieldValue};
use crate::ui::view::node_view;
use dom::Builder;
pub use options::{Hooks, RenderOptions, RustHook};

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
    kind: FlowKind,
    flow: Value,
    nodes: Vec<UiNode>,
    /// The form controls by field name, to read what the user entered.
    controls: Vec<(String, Element)>,
    /// Where SDK messages (network errors, …) are shown.
    notice: Option<Element>,
    form: Option<Element>,
    busy: bool,
    /// After a step-up or re-authentication in place, the kind of flow to come back to.
    resume: Option<FlowKind>,
    on_submit: Option<Closure<dyn FnMut(Event)>>,
    /// Enter in a field submits the field's own group (see [`on_keydown`]).
    on_keydown: Option<Closure<dyn FnMut(Event)>>,
    /// Clicks on WebAuthn / passkey buttons start the SDK's own ceremony.
    on_click: Option<Closure<dyn FnMut(Event)>>,
    destroyed: bool,
}

type Shared = Rc<RefCell<View>>;

/// A rendered flow (`FlowView` in JavaScript).
#[wasm_bindgen]
pub struct FlowView {
    view: Shared,
}

#[wasm_bindgen]
impl FlowView {
    /// The flow shown now (it changes as the user goes on).
    #[wasm_bindgen(getter)]
    pub fn flow(&self) -> JsValue {
        to_js_value(&self.view.borrow().flow)
    }

    /// The kind of flow shown now (`login`, `registration`, …).
    #[wasm_bindgen(getter)]
    pub fn kind(&self) -> String {
        self.view.borrow().kind.as_str().to_owned()
    }

    /// Removes the form and its listeners. The view does nothing afterwards.
    pub fn destroy(&self) {
        let mut view = self.view.borrow_mut();
        view.destroyed = true;
        webauthn::abort_running();
        detach(&mut view);
        view.container.replace_children_with_node_0();
        // Release the flow now: the JS wrapper of a destroyed view may live on until the
        // garbage collector finalises it, and with it this memory (the benchmark saw wasm
        // memory grow by the flows of destroyed views).
        view.flow = Value::Null;
        view.nodes = Vec::new();
        view.controls = Vec::new();
        view.form = None;
        view.notice = None;
        view.on_submit = None;
        view.on_keydown = None;
        view.on_click = None;
    }
}

/// Renders `flow` into `container` and drives it (`renderFlow` in JavaScript).
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
    let view = Rc::new(RefCell::new(View {
        config: options.config.clone(),
        container,
        document,
        options,
        kind,
        flow,
        nodes: Vec::new(),
        controls: Vec::new(),
        notice: None,
        form: None,
        busy: false,
        resume: None,
        on_submit: None,
        on_keydown: None,
        on_click: None,
        destroyed: false,
    }));
    render(&view).map_err(dom_error)?;
    Ok(FlowView { view })
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

fn to_js_value(value: &Value) -> JsValue {
    use serde::Serialize;
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .unwrap_or(JsValue::NULL)
}

/// Removes the submit and keydown listeners.
fn detach(view: &mut View) {
    if let (Some(form), Some(listener)) = (&view.form, &view.on_submit) {
        let _ =
            form.remove_event_listener_with_callback("submit", listener.as_ref().unchecked_ref());
    }
    if let (Some(form), Some(listener)) = (&view.form, &view.on_keydown) {
        let _ =
            form.remove_event_listener_with_callback("keydown", listener.as_ref().unchecked_ref());
    }
    if let (Some(form), Some(listener)) = (&view.form, &view.on_click) {
        let _ =
            form.remove_event_listener_with_callback("click", listener.as_ref().unchecked_ref());
    }
}

/// (Re-)renders the current flow.
fn render(shared: &Shared) -> Result<(), JsValue> {
    let weak = Rc::downgrade(shared);
    let mut view = shared.borrow_mut();
    if view.destroyed {
        return Ok(());
    }
    // A passkey autofill waiting on the previous form must not answer for this one.
    webauthn::abort_running();
    detach(&mut view);
    let ui: Option<UiContainer> = view
        .flow
        .get("ui")
        .cloned()
        .and_then(|ui| serde_json::from_value(ui).ok());
    let (nodes, messages) = match ui {
        Some(ui) => (ui.nodes, ui.messages.unwrap_or_default()),
        None => (Vec::new(), Vec::new()),
    };
    let render_number = RENDERS.with(|count| {
        count.set(count.get().wrapping_add(1));
        count.get()
    });
    let builder = Builder {
        document: &view.document,
        translations: view.options.translations.as_ref(),
        id_prefix: format!("ory-{render_number}"),
        used_ids: Default::default(),
    };

    let root = builder.element("div", &format!("ory-flow ory-flow--{}", view.kind.as_str()))?;
    if let Some(id) = view.flow.get("id").and_then(Value::as_str) {
        root.set_attribute("data-flow-id", id)?;
    }
    let notice = builder.element("div", "ory-notice")?;
    notice.set_attribute("aria-live", "polite")?;
    root.append_child(&notice)?;
    if !messages.is_empty() {
        root.append_child(builder.messages(&messages, None)?.as_ref())?;
    }

    let form = builder.element("form", "ory-form")?;
    // The SDK validates and submits; the browser's own validation bubbles and native submit
    // (which would navigate to Kratos with the credentials) never run.
    form.set_attribute("novalidate", "")?;
    let layout = sections(&nodes, &view.options.layout);
    let mut controls = Vec::new();
    for node in &layout.hidden {
        if let Some(control) = builder.node(&node_view(node))?.control {
            form.append_child(&control)?;
            controls.push((input_name(node), control));
        }
    }
    for section in &layout.sections {
        let group = builder.element(
            "div",
            &format!(
                "ory-group ory-group--{}",
                class_token(section.group.as_str())
            ),
        )?;
        group.set_attribute("data-group", section.group.as_str())?;
        for node in &section.nodes {
            let rendered = builder.node(&node_view(node))?;
            if let Some(element) = rendered.element {
                group.append_child(&element)?;
            }
            if let Some(control) = rendered.control {
                controls.push((input_name(node), control));
            }
        }
        if group.child_element_count() > 0 {
            form.append_child(&group)?;
        }
    }
    root.append_child(&form)?;

    if view.on_submit.is_none() {
        view.on_submit = Some(Closure::new(move |event: Event| on_submit(&weak, event)));
    }
    if let Some(listener) = &view.on_submit {
        form.add_event_listener_with_callback("submit", listener.as_ref().unchecked_ref())?;
    }
    if view.on_keydown.is_none() {
        view.on_keydown = Some(Closure::new(on_keydown));
    }
    if let Some(listener) = &view.on_keydown {
        form.add_event_listener_with_callback("keydown", listener.as_ref().unchecked_ref())?;
    }
    if view.on_click.is_none() {
        let weak = Rc::downgrade(shared);
        view.on_click = Some(Closure::new(move |event: Event| on_click(&weak, event)));
    }
    if let Some(listener) = &view.on_click {
        form.add_event_listener_with_callback("click", listener.as_ref().unchecked_ref())?;
    }
    if !webauthn::browser_supports_webauthn() {
        // Where the browser cannot do WebAuthn, its buttons would only fail: hide them.
        let buttons = form.query_selector_all("button[data-trigger]")?;
        for index in 0..buttons.length() {
            if let Some(button) = buttons
                .item(index)
                .and_then(|b| b.dyn_into::<Element>().ok())
            {
                button.set_attribute("hidden", "")?;
            }
        }
    }
    view.container.replace_children_with_node_1(&root);
    view.nodes = nodes;
    view.controls = controls;
    view.notice = Some(notice);
    view.form = Some(form);
    let flow = to_js_value(&view.flow);
    let hooks = view.options.hooks.clone();
    let offers_autofill = crate::webauthn::ceremony::autofill(&view.nodes).is_some();
    drop(view);
    hooks.call("onFlow", &flow);
    if offers_autofill {
        wasm_bindgen_futures::spawn_local(start_autofill(Rc::downgrade(shared)));
    }
    Ok(())
}

/// A click on a WebAuthn / passkey button (`data-trigger`): run the SDK's ceremony.
fn on_click(weak: &Weak<RefCell<View>>, event: Event) {
    let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return;
    };
    let Ok(Some(button)) = target.closest("button[data-trigger]") else {
        return;
    };
    let Some(shared) = weak.upgrade() else { return };
    if shared.borrow().busy || shared.borrow().destroyed {
        return;
    }
    event.prevent_default();
    let trigger = button.get_attribute("data-trigger").unwrap_or_default();
    set_busy(&shared, true);
    wasm_bindgen_futures::spawn_local(run_ceremony(shared, trigger, webauthn::Mediation::Modal));
}

/// Passkey autofill: offer the user's passkeys in the identifier field's autocomplete.
async fn start_autofill(weak: Weak<RefCell<View>>) {
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
        if view.destroyed || view.busy || view.form != form {
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
            return show_notice(&shared, &error.to_string(), true);
        }
    };
    let outcome = webauthn::run(&ceremony, display_name.as_deref(), mediation).await;
    if shared.borrow().destroyed {
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
                return show_notice(
                    &shared,
                    &format!(
                        "The flow has no {} field for the answer.",
                        ceremony.answer_field
                    ),
                    true,
                );
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
                show_notice(&shared, failure.failure.message(), true);
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
    let name = button.get_attribute("name").unwrap_or_default();
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
fn on_keydown(event: Event) {
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
    let Some(form) = input.form() else {
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
        let _ = form.request_submit_with_submitter(Some(&button));
    }
}

fn on_submit(weak: &Weak<RefCell<View>>, event: Event) {
    event.prevent_default();
    let Some(shared) = weak.upgrade() else { return };
    let pressed = {
        let view = shared.borrow();
        if view.busy || view.destroyed {
            return; // no double submit
        }
        submitter(&view, &event)
    };
    let Some((name, value, group)) = pressed else {
        return;
    };
    if !fields_are_valid(&shared.borrow(), &group) {
        return;
    }
    // Busy now, not when the spawned future first runs: a second submit event in the same task
    // (a script's two `requestSubmit()`, a key repeat) would otherwise send a second request.
    set_busy(&shared, true);
    wasm_bindgen_futures::spawn_local(submit(shared, group, Some((name, value))));
}

/// Runs the browser's constraint checks on the fields the submit carries, showing the first
/// problem next to its field.
fn fields_are_valid(view: &View, group: &UiNodeGroup) -> bool {
    let names: Vec<String> = crate::ui::layout::submit_nodes(&view.nodes, group)
        .iter()
        .map(|node| input_name(node))
        .collect();
    for (name, control) in &view.controls {
        if !names.contains(name) {
            continue;
        }
        if let Some(input) = control.dyn_ref::<HtmlInputElement>() {
            if !input.check_validity() {
                input.report_validity();
                return false;
            }
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
    let mut view = shared.borrow_mut();
    view.busy = busy;
    if let Some(form) = &view.form {
        let _ = form.set_attribute("aria-busy", if busy { "true" } else { "false" });
        if let Ok(buttons) = form.query_selector_all("button") {
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
                    let _ = button.toggle_attribute_with_force("disabled", busy);
                }
            }
        }
    }
    if let Some(root) = view.container.first_element_child() {
        let _ = root.class_list().toggle_with_force("ory-flow--busy", busy);
    }
}

/// Shows an SDK message above the form.
fn show_notice(shared: &Shared, text: &str, is_error: bool) {
    let view = shared.borrow();
    if let Some(notice) = &view.notice {
        notice.replace_children_with_node_0();
        let class = if is_error {
            "ory-message ory-message--error"
        } else {
            "ory-message ory-message--info"
        };
        if let Ok(message) = view.document.create_element("p") {
            message.set_class_name(class);
            message.set_text_content(Some(text));
            if is_error {
                let _ = message.set_attribute("role", "alert");
            }
            let _ = notice.append_child(&message);
        }
    }
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
            return show_notice(&shared, &format!("The form cannot be sent: {error}"), true);
        }
    };
    let update = kind.endpoints().update;
    let arguments = match Arguments::named(update, &[("flow", ParamValue::Text(id))], Some(body)) {
        Ok(arguments) => arguments,
        Err(error) => {
            set_busy(&shared, false);
            return show_notice(&shared, &error.message, true);
        }
    };
    set_busy(&shared, true);
    let result = send_json(&config, update, &arguments, &CallOptions::default(), None).await;
    // destroy() while the request was in flight: the answer must reach no callback and
    // render nothing (the caller has moved on).
    if shared.borrow().destroyed {
        return;
    }
    set_busy(&shared, false);
    let context = EndingContext {
        return_to: shared.borrow().options.return_to.clone(),
    };
    let ending = match &result {
        Ok((_, value)) => ending_with(kind, Outcome::Success(value), &context),
        Err(error) => ending_with(kind, Outcome::Failure(error), &context),
    };
    // After a success the form starts afresh (a settings flow re-rendered with its success
    // message must not get the typed TOTP code or key name back); only a rejected submit keeps
    // the input.
    let values = if result.is_ok() { Vec::new() } else { values };
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

/// Shows `flow` (of `kind`) in the view, putting back `values` if given.
fn show(shared: &Shared, kind: FlowKind, flow: Value, values: Option<&[(String, FieldValue)]>) {
    {
        let mut view = shared.borrow_mut();
        view.kind = kind;
        view.flow = flow;
    }
    if let Err(error) = render(shared) {
        return show_notice(shared, &dom_error(error).message, true);
    }
    if let Some(values) = values {
        restore(&shared.borrow(), values);
    }
    focus_first_invalid(&shared.borrow());
}

fn focus_first_invalid(view: &View) {
    if let Some(form) = &view.form {
        if let Ok(Some(field)) = form.query_selector("[aria-invalid=true]") {
            if let Some(field) = field.dyn_ref::<HtmlElement>() {
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
    if shared.borrow().destroyed {
        return; // destroyed while loading: see `submit`
    }
    match fetched {
        Ok(flow) => show(shared, kind, flow, values),
        Err(error) => show_notice(shared, &error.message, true),
    }
}

/// Runs one ending.
async fn run(shared: &Shared, ending: Ending, values: Vec<(String, FieldValue)>) {
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
        Ending::Rerender(flow) => show(shared, kind, flow, Some(values.as_slice())),
        Ending::LoadFlow { id, keep_input } => {
            load(
                shared,
                kind,
                Fetch::Get(id),
                keep_input.then_some(values.as_slice()),
            )
            .await;
        }
        Ending::Restart { keep_input } => {
            load(
                shared,
                kind,
                Fetch::Create(create),
                keep_input.then_some(values.as_slice()),
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
        Ending::Navigate(url) => navigate(&hooks, &url),
        Ending::AlreadySignedIn => {
            if hooks.has("onAlreadySignedIn") {
                hooks.call("onAlreadySignedIn", &JsValue::UNDEFINED);
            } else {
                show_notice(shared, "You are already signed in.", false);
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
                    Step::Navigate(url) => return navigate(&hooks, &url),
                }
            }
            finish(shared, session, None).await;
        }
        Ending::Done { session, identity } => finish(shared, session, identity).await,
        Ending::Message { text, .. } => show_notice(shared, &text, true),
    }
}

/// Success: come back from a step-up, or hand the session to the caller.
async fn finish(shared: &Shared, session: Option<Value>, identity: Option<Value>) {
    let resume = shared.borrow_mut().resume.take();
    if let Some(kind) = resume {
        let create = shared.borrow().options.create_params();
        return Box::pin(load(shared, kind, Fetch::Create(create), None)).await;
    }
    let (hooks, return_to) = {
        let view = shared.borrow();
        (view.options.hooks.clone(), view.options.return_to.clone())
    };
    if hooks.has("onSuccess") {
        let result = serde_json::json!({ "session": session, "identity": identity });
        hooks.call("onSuccess", &to_js_value(&result));
    } else if let Some(url) = return_to.filter(|url| crate::ui::view::is_http_url(url)) {
        navigate(&hooks, &url);
    } else {
        show_notice(shared, "Done.", false);
    }
}

fn navigate(hooks: &options::Hooks, url: &str) {
    if !crate::ui::view::is_http_url(url) {
        return; // never a javascript: or data: URL
    }
    if hooks.has("onNavigate") {
        hooks.call("onNavigate", &JsValue::from_str(url));
    } else if let Some(window) = web_sys::window() {
        let _ = window.location().assign(url);
    }
}
