//! One declaration per HTTP operation, grouped by API area.
//!
//! Each declaration's doc comment starts with its route. Both generations of names (v1 and
//! `V0alpha2Api`) point at the same declaration. The areas: [`frontend`] (self-service,
//! sessions, schemas), [`identity`] and [`courier`] (Kratos admin), [`oauth2`] (OAuth2 and OpenID
//! Connect), [`jwk`] (JSON Web Keys) and [`project`] (Ory Network projects).
//!
//! Each module is one `declare_endpoints!` call (`src/endpoints/declare.rs`, which documents the
//! form): an operation is declared once, and the macro writes its `pub const` [`Endpoint`], its
//! request struct with the [`Request`](crate::endpoint::Request) impl, and the module's `ALL`.

pub mod classes;
pub mod courier;
mod declare;
pub mod frontend;
pub mod identity;
pub mod jwk;
pub mod oauth2;
pub mod project;

use crate::endpoint::Endpoint;

/// Every declared operation.
pub fn all() -> impl Iterator<Item = &'static Endpoint> {
    frontend::ALL
        .iter()
        .chain(courier::ALL)
        .chain(identity::ALL)
        .chain(oauth2::ALL)
        .chain(jwk::ALL)
        .chain(project::ALL)
        .copied()
}

/// The operation with this v1 or `V0alpha2Api` name.
#[cfg(feature = "names")]
pub fn by_name(name: &str) -> Option<&'static Endpoint> {
    all().find(|endpoint| {
        endpoint.v1_name == Some(name) || endpoint.v0alpha2.is_some_and(|v0| v0.name == name)
    })
}
