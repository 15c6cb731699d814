//! Self-service flows, one module per flow.

pub mod common;
pub mod handlers;
pub mod login;
pub mod logout;
pub mod oidc;
pub mod oidc_callback;
pub mod recovery;
pub mod registration;
pub mod settings;
pub mod two_step;
pub mod verification;
