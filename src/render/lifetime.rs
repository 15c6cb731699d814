//! How long a rendered view lives: from its render until `destroy()`, or until its container
//! leaves the document — never as long as the caller happens to keep the JS handle.
//!
//! The `FlowView` a caller gets is a wasm-bindgen object that the garbage collector finalises
//! when the page drops it; if it owned the view, its listeners would be freed while the form
//! stays on the page (the README's own `renderFlow(…)` example drops it). So the registry here
//! owns every live view, and one `MutationObserver` per document ends the views whose container
//! was taken out of the document (a framework unmounting it without calling `destroy()`).

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, MutationObserver, MutationObserverInit};

use super::Shared;

struct Entry {
    view: Shared,
    container: Element,
    /// A container may be filled before it is inserted: only one that has been in the document
    /// and left it ends its view.
    seen_connected: bool,
}

struct Watch {
    observer: MutationObserver,
    documents: Vec<Document>,
    _callback: Closure<dyn FnMut()>,
}

thread_local! {
    static LIVE: RefCell<Vec<Entry>> = const { RefCell::new(Vec::new()) };
    static WATCH: RefCell<Option<Watch>> = const { RefCell::new(None) };
}

/// Keeps `view` alive until [`release`]; watches its document for the container's removal.
pub(super) fn keep(view: &Shared, container: &Element) {
    LIVE.with(|live| {
        live.borrow_mut().push(Entry {
            view: view.clone(),
            container: container.clone(),
            seen_connected: container.is_connected(),
        })
    });
    if let Some(document) = container.owner_document() {
        watch(&document);
    }
}

/// Forgets `view` (it has ended). The observer stops when no view is left.
pub(super) fn release(view: &Shared) {
    let empty = LIVE.with(|live| {
        let mut live = live.borrow_mut();
        live.retain(|entry| !Rc::ptr_eq(&entry.view, view));
        live.is_empty()
    });
    if empty {
        WATCH.with(|watch| {
            if let Some(watch) = watch.borrow_mut().as_mut() {
                watch.observer.disconnect();
                watch.documents.clear();
            }
        });
    }
}

/// The live view rendered into `container`, if any.
pub(super) fn view_in(container: &Element) -> Option<Shared> {
    LIVE.with(|live| {
        live.borrow()
            .iter()
            .find(|entry| entry.container == *container)
            .map(|entry| entry.view.clone())
    })
}

fn watch(document: &Document) {
    WATCH.with(|watch| {
        let mut watch = watch.borrow_mut();
        if watch.is_none() {
            let callback = Closure::<dyn FnMut()>::new(sweep);
            // No MutationObserver (an odd environment): views then live until `destroy()`.
            let Ok(observer) = MutationObserver::new(callback.as_ref().unchecked_ref()) else {
                return;
            };
            *watch = Some(Watch {
                observer,
                documents: Vec::new(),
                _callback: callback,
            });
        }
        let Some(watch) = watch.as_mut() else { return };
        if watch.documents.contains(document) {
            return;
        }
        let options = MutationObserverInit::new();
        options.set_child_list(true);
        options.set_subtree(true);
        if watch
            .observer
            .observe_with_options(document, &options)
            .is_ok()
        {
            watch.documents.push(document.clone());
        }
    });
}

/// Ends the views whose container has left the document. Runs as a microtask after DOM
/// changes, so a container that is only moved (removed and inserted in one task) stays.
fn sweep() {
    let ended: Vec<Shared> = LIVE.with(|live| {
        let mut live = live.borrow_mut();
        let mut ended = Vec::new();
        for entry in live.iter_mut() {
            if entry.container.is_connected() {
                entry.seen_connected = true;
            } else if entry.seen_connected {
                ended.push(entry.view.clone());
            }
        }
        ended
    });
    // Outside the registry's borrow: ending a view releases it from the registry.
    for view in ended {
        super::destroy(&view);
    }
}
