//! `<OryFlow>`: a Kratos flow (sign-in, sign-up, settings, …) rendered and driven by ory-wasm's
//! renderer inside a Leptos component. This is the component the README's Rust section shows.

use leptos::html::Div;
use leptos::prelude::*;
use ory_wasm::render::{start_flow, FlowKind, RenderOptions};

/// Loads the page URL's `?flow=` (or creates a flow of `kind`) and renders it into a `<div>`.
/// The renderer submits the form, shows every answer and ends with the `options`' callbacks
/// (`onSuccess`, `onNavigate`, …). `on_error` gets what stopped the flow from starting (no
/// session for settings, Kratos unreachable, …).
#[component]
pub fn OryFlow(
    kind: FlowKind,
    options: RenderOptions,
    #[prop(into)] on_error: Callback<ory_wasm::Error>,
) -> impl IntoView {
    let container = NodeRef::<Div>::new();
    // Runs once the <div> is in the document. The view ends by itself when Leptos removes the
    // <div> (the renderer watches its container), so no cleanup is needed here.
    Effect::new(move || {
        let Some(div) = container.get() else { return };
        let options = options.clone();
        leptos::task::spawn_local(async move {
            match start_flow(kind, div.clone().into(), options).await {
                // Leptos removed the <div> while the flow was loading: end the view now.
                Ok(view) if !div.is_connected() => view.destroy(),
                Ok(_) => {}
                Err(error) => on_error.run(error),
            }
        });
    });
    view! { <div class="app-flow" node_ref=container></div> }
}
