//! The declaration form of the endpoint modules: one [`declare_endpoints!`] call per module,
//! one declaration per operation.
//!
//! A declaration is the operation's [`Endpoint`](crate::endpoint::Endpoint) followed by its
//! request struct. From it the macro writes the three pieces that used to be written (and kept
//! in agreement) by hand:
//!
//! - the `pub const` [`Endpoint`](crate::endpoint::Endpoint), whose `params` and `body` are
//!   taken from the struct's fields, in the order they are declared;
//! - the request struct, with one `pub` field per parameter (and one for the body), in the same
//!   order, with the attributes and doc comments given;
//! - its [`Request`](crate::endpoint::Request) impl, whose `arguments()` lists the parameter
//!   values in that same order, so that it cannot disagree with `params`;
//! - its `Debug` impl, which never prints a credential (see [Credentials](#credentials-in-debug));
//!
//! and, once per module, the `ALL` list of its operations, in declaration order. That order is
//! the order of `endpoints::all()`, which numbers the operations of the generated JavaScript
//! classes (`tests/js_surface.rs`): adding or moving a declaration changes the generated files.
//!
//! # The form
//!
//! ```ignore
//! declare_endpoints! {
//!     /// Every operation of this module.
//!     pub const ALL;
//!
//!     /// List Identities.
//!     pub const LIST_IDENTITIES = GET "/admin/identities" -> Vec<Identity> {
//!         api: Identity,
//!         v1_name: "listIdentities",
//!         v0alpha2: "adminListIdentities"["perPage", "page"],
//!         auth: ApiKey,
//!         shape: Array,
//!     }
//!     #[derive(Clone, Default, PartialEq)]
//!     pub struct ListIdentities {
//!         /// The `per_page` query parameter.
//!         per_page: Option<i64> = query("per_page"),
//!         /// The `ids` query parameter.
//!         ids: Option<Vec<String>> = query("ids"),
//!     }
//! }
//! ```
//!
//! After `pub const ALL;`, a module may gate its [`Request`](crate::endpoint::Request) impls
//! (the typed requests of the Rust API) with `requests: cfg(feature = "rust-admin");`: the
//! `oauth2`, `jwk` and `project` modules do, so that the npm package's wasm modules, which send
//! these operations from JavaScript and never use the typed requests, do not compile their typed
//! bodies and answers (see the `rust-admin` feature in `Cargo.toml`). The consts, request structs and `ALL` are
//! always there.
//!
//! The const:
//! - `GET "/path"` is the method (`GET`, `POST`, `PUT`, `PATCH`, `DELETE`) and the path
//!   template. They also start the const's doc comment (`` `GET /admin/identities` — ``), which
//!   continues with the doc comment written above the declaration (the summary).
//! - `-> Type` is the request's [`Request::Response`](crate::endpoint::Request::Response): `()`
//!   for 204, `String` for a text body, a model, `serde_json::Value`, `Option<Session>`…
//! - `api`, `auth` and `shape` name a variant of [`Api`](crate::endpoint::Api),
//!   [`Auth`](crate::endpoint::Auth) and [`Shape`](crate::endpoint::Shape); `v1_name` is the v1
//!   operation id.
//! - Optional, in this order: `v0alpha2: "name"[arguments…]` (left out: the operation has no
//!   `V0alpha2Api` name) between `v1_name` and `auth`; `flavor: Native` (left out: `Either`)
//!   between `v0alpha2` and `auth`; `missing_session_is_inactive: true` (left out: `false`)
//!   after `shape`.
//!
//! The struct (the macro writes its doc comment, "The request of [`LIST_IDENTITIES`]."):
//! - Each field is `name: Type = kind("wire")`, where `kind` is a constructor of
//!   [`Param`](crate::endpoint::Param) — `path`, `query`, `required_query`, `header`, `form`,
//!   `required_form` — or `body`/`required_body` for the JSON body, whose `"wire"` is the
//!   body's v1 name. A required kind takes the plain type (`String`, `i64`, `bool`,
//!   `Vec<String>`, a model), an optional one `Option<…>`; for a parameter a mismatch does not
//!   compile (for `required_body` it would: keep its type plain).
//!   Parameters are declared in the order of the spec; the body may come anywhere (by
//!   convention last).
//! - An operation without parameters or body is a unit struct: `pub struct X;`.
//! - The derives written on the struct must not include `Debug`: the macro writes it (a derived
//!   one conflicts and does not compile).
//!
//! # Credentials in `Debug`
//!
//! The `Debug` the macro writes prints every field as the derived one would, except:
//! - a parameter whose kind and wire name make it a credential, by
//!   [`Param::is_credential`](crate::endpoint::Param::is_credential): a `header` named
//!   `Cookie`, `X-Session-Token` or `Authorization`, or any parameter whose wire name is in
//!   [`CREDENTIAL_PARAMS`](crate::redact::CREDENTIAL_PARAMS) (`token`, `code`,
//!   `refresh_token`, `init_code`, `return_to_code`, `code_verifier`, `client_secret`, …).
//!   It prints `<redacted>` when present and `None` when absent;
//! - the body, printed through [`DebugBody`](crate::redact::DebugBody): a body model prints
//!   its own redacting `Debug` (`src/models/update_bodies.rs`), raw `serde_json::Value` JSON is
//!   printed with its credential keys redacted ([`is_credential_key`](crate::redact::is_credential_key)).
//!   A body type without a `DebugBody` impl does not compile.
//!
//! The rule follows the declaration, so a new parameter named like a credential is redacted
//! without anything written for it; a credential under another name is added to
//! `CREDENTIAL_PARAMS` (not marked on the field). `tests/redaction.rs` states the rule again on
//! its own and fails until every operation with a credential parameter or a body has a case
//! there showing its `Debug` hides the secrets and still shows the rest.
//!
//! # Adding an endpoint
//!
//! Adding an endpoint is one declaration plus its test: append it to its module, e.g.
//!
//! ```ignore
//!     /// Delete a credential for a specific identity.
//!     pub const DELETE_IDENTITY_CREDENTIALS =
//!         DELETE "/admin/identities/{id}/credentials/{type}" -> () {
//!         api: Identity,
//!         v1_name: "deleteIdentityCredentials",
//!         auth: ApiKey,
//!         shape: Empty,
//!     }
//!     #[derive(Clone, PartialEq)]
//!     pub struct DeleteIdentityCredentials {
//!         /// The `{id}` in the path.
//!         id: String = path("id"),
//!         /// The `{type}` in the path.
//!         r#type: String = path("type"),
//!         /// The `identifier` query parameter.
//!         identifier: Option<String> = query("identifier"),
//!     }
//! ```
//!
//! Its test: `tests/endpoints.rs` (self-service) or `tests/admin_endpoints.rs` (the rest) checks
//! every declaration of the API surface (`../shared/api-surface.md`) against the OpenAPI specs —
//! method, path, names, parameters, body, credentials — and a request test there shows what it
//! sends. Then regenerate the JavaScript classes: `UPDATE_GENERATED=1 cargo test --test
//! js_surface`.
//!
//! If it takes a credential or a body, it also needs a case in `tests/redaction.rs` (that test
//! fails until it has one): check that each credential's wire name is covered by
//! [`Param::is_credential`](crate::endpoint::Param::is_credential) — if not, add the name to
//! [`CREDENTIAL_PARAMS`](crate::redact::CREDENTIAL_PARAMS) — and that a new body type
//! implements [`DebugBody`](crate::redact::DebugBody) with a redacting `Debug`.
//!
//! A struct that needs more than this (helper methods) gets them in an `impl` block next to the
//! declaration; the derives are the ones written on the struct, without `Debug`.

/// Declares a module's endpoints, their request structs and `ALL`; see [the module
/// documentation](self).
macro_rules! declare_endpoints {
    // One parameter's value, in `arguments()`.
    (@value $this:ident $field:ident path) => {
        Some($this.$field.clone().into())
    };
    (@value $this:ident $field:ident required_query) => {
        Some($this.$field.clone().into())
    };
    (@value $this:ident $field:ident required_form) => {
        Some($this.$field.clone().into())
    };
    (@value $this:ident $field:ident $optional:ident) => {
        $crate::endpoint::value(&$this.$field)
    };

    // The body's declaration, in the const.
    (@body) => {
        None
    };
    (@body $field:ident body $name:literal) => {
        Some($crate::endpoint::Body {
            name: $name,
            required: false,
        })
    };
    (@body $field:ident required_body $name:literal) => {
        Some($crate::endpoint::Body {
            name: $name,
            required: true,
        })
    };

    // The body's value, in `arguments()`.
    (@body_value $this:ident) => {
        None
    };
    (@body_value $this:ident $field:ident body $name:literal) => {
        $this
            .$field
            .as_ref()
            .map($crate::endpoint::json_body)
            .transpose()?
    };
    (@body_value $this:ident $field:ident required_body $name:literal) => {
        Some($crate::endpoint::json_body(&$this.$field)?)
    };

    (@method GET) => { $crate::endpoint::Method::Get };
    (@method POST) => { $crate::endpoint::Method::Post };
    (@method PUT) => { $crate::endpoint::Method::Put };
    (@method PATCH) => { $crate::endpoint::Method::Patch };
    (@method DELETE) => { $crate::endpoint::Method::Delete };

    (@v0alpha2) => {
        None
    };
    (@v0alpha2 $name:literal [$($argument:expr),*]) => {
        Some($crate::endpoint::V0alpha2 {
            name: $name,
            arguments: &[$($argument),*],
        })
    };

    (@flavor) => { $crate::endpoint::Flavor::Either };
    (@flavor $flavor:ident) => { $crate::endpoint::Flavor::$flavor };

    (@inactive) => { false };
    (@inactive $inactive:literal) => { $inactive };

    // Sorting the fields into parameters and the body, one at a time.
    (@sort $head:tt [$($params:tt)*] [$($body:tt)*] ($field:ident body $wire:literal) $($rest:tt)*) => {
        $crate::endpoints::declare::declare_endpoints! {
            @sort $head [$($params)*] [$field body $wire] $($rest)*
        }
    };
    (@sort $head:tt [$($params:tt)*] [$($body:tt)*] ($field:ident required_body $wire:literal) $($rest:tt)*) => {
        $crate::endpoints::declare::declare_endpoints! {
            @sort $head [$($params)*] [$field required_body $wire] $($rest)*
        }
    };
    (@sort $head:tt [$($params:tt)*] [$($body:tt)*] ($field:ident $kind:ident $wire:literal) $($rest:tt)*) => {
        $crate::endpoints::declare::declare_endpoints! {
            @sort $head [$($params)* ($field $kind $wire)] [$($body)*] $($rest)*
        }
    };
    // Every field sorted: the const and the `Request` impl.
    (
        @sort {
            $(#[$meta:meta])*
            $name:ident [$($endpoint:tt)*]
            $request:ident -> $response:ty
            [$($requests:meta)?]
        }
        [$(($field:ident $kind:ident $wire:literal))*]
        [$($body:tt)*]
    ) => {
        $(#[$meta])*
        pub const $name: $crate::endpoint::Endpoint = $crate::endpoint::Endpoint {
            $($endpoint)*
            params: &[$($crate::endpoint::Param::$kind($wire)),*],
            body: $crate::endpoints::declare::declare_endpoints!(@body $($body)*),
        };

        $(#[cfg($requests)])?
        impl $crate::endpoint::Request for $request {
            const ENDPOINT: &'static $crate::endpoint::Endpoint = &$name;
            type Response = $response;

            fn arguments(
                &self,
            ) -> Result<$crate::endpoint::Arguments, $crate::error::Error> {
                Ok($crate::endpoint::Arguments {
                    values: vec![$(
                        $crate::endpoints::declare::declare_endpoints!(@value self $field $kind)
                    ),*],
                    body: $crate::endpoints::declare::declare_endpoints!(@body_value self $($body)*),
                })
            }
        }
    };

    // One field in `Debug`: the body through `DebugBody`, a credential parameter
    // (`Param::is_credential`) as `<redacted>`/`None`, anything else as it is.
    (@debug $out:ident $this:ident $field:ident body $wire:literal) => {
        $out.field(
            $crate::redact::field_name(stringify!($field)),
            &$crate::redact::Body(&$this.$field),
        )
    };
    (@debug $out:ident $this:ident $field:ident required_body $wire:literal) => {
        $out.field(
            $crate::redact::field_name(stringify!($field)),
            &$crate::redact::Body(&$this.$field),
        )
    };
    (@debug $out:ident $this:ident $field:ident $kind:ident $wire:literal) => {
        if $crate::endpoint::Param::$kind($wire).is_credential() {
            $out.field(
                $crate::redact::field_name(stringify!($field)),
                &$crate::redact::Secret::of(&$this.$field),
            )
        } else {
            $out.field($crate::redact::field_name(stringify!($field)), &$this.$field)
        }
    };

    // A request without parameters or body: a unit struct.
    (@request $head:tt [$(#[$meta:meta])*] $request:ident ;) => {
        $(#[$meta])*
        pub struct $request;

        impl ::core::fmt::Debug for $request {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(stringify!($request))
            }
        }

        $crate::endpoints::declare::declare_endpoints! { @sort $head [] [] }
    };
    (
        @request $head:tt [$(#[$meta:meta])*] $request:ident {
            $(
                $(#[$field_meta:meta])*
                $field:ident : $type:ty = $kind:ident($wire:literal)
            ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        pub struct $request {
            $(
                $(#[$field_meta])*
                pub $field: $type,
            )*
        }

        impl ::core::fmt::Debug for $request {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                let mut out = f.debug_struct(stringify!($request));
                $(
                    $crate::endpoints::declare::declare_endpoints!(
                        @debug out self $field $kind $wire
                    );
                )*
                out.finish()
            }
        }

        $crate::endpoints::declare::declare_endpoints! {
            @sort $head [] [] $(($field $kind $wire))*
        }
    };

    // The module with its `Request` impls gated: the gate as one token tree, which the
    // declarations below can repeat.
    (
        $(#[$all_meta:meta])*
        pub const ALL;
        requests: cfg($requests:meta);
        $($declarations:tt)*
    ) => {
        $crate::endpoints::declare::declare_endpoints! {
            $(#[$all_meta])*
            pub const ALL;
            @requests [$requests]
            $($declarations)*
        }
    };
    // The module without a gate.
    (
        $(#[$all_meta:meta])*
        pub const ALL;
        $(
            $(#[$meta:meta])*
            pub const $name:ident = $($declaration:tt)*
        )?
    ) => {
        $crate::endpoints::declare::declare_endpoints! {
            $(#[$all_meta])*
            pub const ALL;
            @requests []
            $(
                $(#[$meta])*
                pub const $name = $($declaration)*
            )?
        }
    };

    // The module: `ALL`, then the declarations.
    (
        $(#[$all_meta:meta])*
        pub const ALL;
        @requests $requests:tt
        $(
            $(#[$meta:meta])*
            pub const $name:ident = $method:ident $path:literal -> $response:ty {
                api: $api:ident,
                v1_name: $v1_name:literal,
                $(v0alpha2: $v0_name:literal [$($v0_argument:expr),* $(,)?],)?
                $(flavor: $flavor:ident,)?
                auth: $auth:ident,
                shape: $shape:ident,
                $(missing_session_is_inactive: $inactive:literal,)?
            }
            $(#[$request_meta:meta])*
            pub struct $request:ident $fields:tt
        )*
    ) => {
        $(
            $crate::endpoints::declare::declare_endpoints! {
                @request {
                    #[doc = concat!("`", stringify!($method), " ", $path, "` —")]
                    $(#[$meta])*
                    $name [
                        method: $crate::endpoints::declare::declare_endpoints!(@method $method),
                        path: $path,
                        api: $crate::endpoint::Api::$api,
                        #[cfg(feature = "names")]
                        v1_name: Some($v1_name),
                        #[cfg(feature = "names")]
                        v0alpha2: $crate::endpoints::declare::declare_endpoints!(
                            @v0alpha2 $($v0_name [$($v0_argument),*])?
                        ),
                        flavor: $crate::endpoints::declare::declare_endpoints!(@flavor $($flavor)?),
                        auth: $crate::endpoint::Auth::$auth,
                        shape: $crate::endpoint::Shape::$shape,
                        missing_session_is_inactive:
                            $crate::endpoints::declare::declare_endpoints!(@inactive $($inactive)?),
                    ]
                    $request -> $response
                    $requests
                }
                [
                    #[doc = concat!("The request of [`", stringify!($name), "`].")]
                    $(#[$request_meta])*
                ]
                $request $fields
            }
        )*

        $(#[$all_meta])*
        pub const ALL: &[&$crate::endpoint::Endpoint] = &[$(&$name),*];
    };
}

pub(crate) use declare_endpoints;
