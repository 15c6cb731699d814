//! JSON Web Keys: the admin key sets (`JwkApi`, rows 53-59 of the API surface) and the public
//! `/.well-known/jwks.json` (`WellknownApi`, row 45).
//!
//! Declared from `openapi-ory-network-v0.2.json`; the v1 names follow the rule in
//! [`super::oauth2`] (`adminCreateJsonWebKeySet` → `createJsonWebKeySet`,
//! `adminUpdateJsonWebKeySet` → `setJsonWebKeySet`).

use super::declare::declare_endpoints;
use crate::models;
// The answer types of the typed requests, which need the `rust-admin` feature.
#[cfg_attr(not(feature = "rust-admin"), allow(unused_imports))]
use crate::models::{JsonWebKey, JsonWebKeySet};

declare_endpoints! {
    /// Every operation of this module.
    pub const ALL;
    requests: cfg(feature = "rust-admin");

    /// Discover JSON Web Keys.
    pub const DISCOVER_JSON_WEB_KEYS = GET "/.well-known/jwks.json" -> JsonWebKeySet {
        api: Wellknown,
        v1_name: "discoverJsonWebKeys",
        v0alpha2: "discoverJsonWebKeys"[],
        auth: None,
        shape: Object,
    }
    #[derive(Clone, Copy, Default, PartialEq, Eq)]
    pub struct DiscoverJsonWebKeys;

    /// Delete a JSON Web Key Set.
    pub const DELETE_JSON_WEB_KEY_SET = DELETE "/admin/keys/{set}" -> () {
        api: Jwk,
        v1_name: "deleteJsonWebKeySet",
        v0alpha2: "adminDeleteJsonWebKeySet"["set"],
        auth: ApiKey,
        shape: Empty,
    }
    #[derive(Clone, PartialEq)]
    pub struct DeleteJsonWebKeySet {
        /// The `{set}` in the path.
        set: String = path("set"),
    }

    /// Retrieve a JSON Web Key Set.
    pub const GET_JSON_WEB_KEY_SET = GET "/admin/keys/{set}" -> JsonWebKeySet {
        api: Jwk,
        v1_name: "getJsonWebKeySet",
        v0alpha2: "adminGetJsonWebKeySet"["set"],
        auth: ApiKey,
        shape: Object,
    }
    #[derive(Clone, PartialEq)]
    pub struct GetJsonWebKeySet {
        /// The `{set}` in the path.
        set: String = path("set"),
    }

    /// Generate a New JSON Web Key.
    pub const CREATE_JSON_WEB_KEY_SET = POST "/admin/keys/{set}" -> JsonWebKeySet {
        api: Jwk,
        v1_name: "createJsonWebKeySet",
        v0alpha2: "adminCreateJsonWebKeySet"["set", "body"],
        auth: ApiKey,
        shape: Object,
    }
    #[derive(Clone, PartialEq)]
    pub struct CreateJsonWebKeySet {
        /// The `{set}` in the path.
        set: String = path("set"),
        /// The JSON body (`adminCreateJsonWebKeySetBody`).
        body: models::CreateJsonWebKeySet = required_body("adminCreateJsonWebKeySetBody"),
    }

    /// Update a JSON Web Key Set.
    pub const SET_JSON_WEB_KEY_SET = PUT "/admin/keys/{set}" -> JsonWebKeySet {
        api: Jwk,
        v1_name: "setJsonWebKeySet",
        v0alpha2: "adminUpdateJsonWebKeySet"["set", "body"],
        auth: ApiKey,
        shape: Object,
    }
    #[derive(Clone, PartialEq)]
    pub struct SetJsonWebKeySet {
        /// The `{set}` in the path.
        set: String = path("set"),
        /// The JSON body (`jsonWebKeySet`).
        body: Option<JsonWebKeySet> = body("jsonWebKeySet"),
    }

    /// Delete a JSON Web Key.
    pub const DELETE_JSON_WEB_KEY = DELETE "/admin/keys/{set}/{kid}" -> () {
        api: Jwk,
        v1_name: "deleteJsonWebKey",
        v0alpha2: "adminDeleteJsonWebKey"["set", "kid"],
        auth: ApiKey,
        shape: Empty,
    }
    #[derive(Clone, PartialEq)]
    pub struct DeleteJsonWebKey {
        /// The `{set}` in the path.
        set: String = path("set"),
        /// The `{kid}` in the path.
        kid: String = path("kid"),
    }

    /// Fetch a JSON Web Key.
    pub const GET_JSON_WEB_KEY = GET "/admin/keys/{set}/{kid}" -> JsonWebKeySet {
        api: Jwk,
        v1_name: "getJsonWebKey",
        v0alpha2: "adminGetJsonWebKey"["set", "kid"],
        auth: ApiKey,
        shape: Object,
    }
    #[derive(Clone, PartialEq)]
    pub struct GetJsonWebKey {
        /// The `{set}` in the path.
        set: String = path("set"),
        /// The `{kid}` in the path.
        kid: String = path("kid"),
    }

    /// Update a JSON Web Key.
    pub const SET_JSON_WEB_KEY = PUT "/admin/keys/{set}/{kid}" -> JsonWebKey {
        api: Jwk,
        v1_name: "setJsonWebKey",
        v0alpha2: "adminUpdateJsonWebKey"["set", "kid", "body"],
        auth: ApiKey,
        shape: Object,
    }
    #[derive(Clone, PartialEq)]
    pub struct SetJsonWebKey {
        /// The `{set}` in the path.
        set: String = path("set"),
        /// The `{kid}` in the path.
        kid: String = path("kid"),
        /// The JSON body (`jsonWebKey`).
        body: Option<JsonWebKey> = body("jsonWebKey"),
    }
}
