//! # ory-wasm
//!
//! A client for Ory Kratos and Ory Network for single-page apps (as the npm package `ory-wasm`)
//! and for Rust frontends (Leptos, Yew, Dioxus) using this crate directly.
//!
//! The crate is split by concern. Everything that does not need a browser compiles and is
//! tested natively:
//! - [`config`]: where the server is and how to talk to it;
//! - [`endpoint`] + [`endpoints`]: one declaration per HTTP operation and the platform-free
//!   request builder;
//! - [`answer`]: what an HTTP answer means for an operation (status, content type, shape);
//! - [`error`]: errors as values a caller can act on, and the mapping of HTTP answers to them;
//! - [`models`]: typed, forward-compatible models of what Kratos sends and accepts;
//! - [`oauth2`]: the OAuth2 authorization code flow with PKCE for single-page apps;
//! - [`redact`]: `Debug` output without credentials, for the request structs and bodies;
//! - `compat` (feature `compat`, on by default): drop-in modules for code written against the
//!   generated `ory-client` and `ory-kratos-client` crates.
//!
//! The browser parts — the `fetch` transport, the typed Rust API over it and the
//! `#[wasm_bindgen]` JavaScript surface — only exist on `wasm32`.

// `Error` carries what a caller needs to act (status, ids, redirect, body) inline; errors are
// the cold path, so its size does not matter more than a simple, flat type.
#![allow(clippy::result_large_err)]

pub mod answer;
#[cfg(feature = "compat")]
pub mod compat;
pub mod config;
pub mod endpoint;
pub mod endpoints;
pub mod error;
pub mod json_view;
pub mod models;
pub mod oauth2;
pub mod redact;
pub mod ui;
pub mod url;
pub mod webauthn;

#[cfg(target_arch = "wasm32")]
pub mod api;
#[cfg(target_arch = "wasm32")]
mod bindings;
#[cfg(target_arch = "wasm32")]
mod js_words;
#[cfg(all(target_arch = "wasm32", feature = "renderer"))]
pub mod render;
#[cfg(target_arch = "wasm32")]
pub mod transport;

pub use config::{Configuration, Mode};
pub use error::{Error, ErrorKind};

// The npm package's core module (feature `small-allocator`, set by scripts/build.mjs): std's
// dlmalloc is the largest single item of that module (8 KiB of its 118 KiB raw); lol_alloc's
// free list is ~1 KiB, and the module 3.2 KiB gzip smaller. Its allocations and frees walk the
// free list, which stays short for what the core allocates (a request's strings, an answer's
// checks, all freed by the end of the call): measured, calls cost the same, and 10,000 calls do
// not grow the module's memory (tests/browser/load.test.mjs). The render module keeps dlmalloc:
// with lol_alloc it was 3.5 KiB gzip smaller but re-rendered a flow about 10% slower.
#[cfg(all(
    target_arch = "wasm32",
    not(target_feature = "atomics"),
    feature = "small-allocator"
))]
#[global_allocator]
// SAFETY: wasm32 without the `atomics` target feature (what the package is built for) runs the
// module on one thread; `AssumeSingleThreaded` relies on exactly that.
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
