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
