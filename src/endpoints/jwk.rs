//! JSON Web Keys: the admin key sets (`JwkApi`, rows 53-59 of the API surface) and the public
//! `/.well-known/jwks.json` (`WellknownApi`, row 45).
//!
//! Declared from `openapi-ory-network-v0.2.json`; the v1 names follow the rule in
//! [`super::oauth2`] (`adminCreateJsonWebKeySet` → `createJsonWebKeySet`,
//! `adminUpdateJsonWebKeySet` → `setJsonWebKeySet`).

use crate::endpoint::json_body;
use crate::endpoint::{
    Api, Arguments, Auth, Body, Endpoint, Flavor, Method, Param, Request, Shape, V0alpha2,
};
use crate::error::Error;

/// `GET /.well-known/jwks.json` — Discover JSON Web Keys.
pub const DISCOVER_JSON_WEB_KEYS: Endpoint = Endpoint {
    method: Method::Get,
    path: "/.well-known/jwks.json",
    api: Api::Wellknown,
    v1_name: Some("discoverJsonWebKeys"),
    v0alpha2: Some(V0alpha2 {
        name: "discoverJsonWebKeys",
        arguments: &[],
    }),
    params: &[],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::None,
    shape: Shape::Object,
    missing_session_is_inactive: false,
};

/// The request of [`DISCOVER_JSON_WEB_KEYS`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DiscoverJsonWebKeys;

impl Request for DiscoverJsonWebKeys {
    const ENDPOINT: &'static Endpoint = &DISCOVER_JSON_WEB_KEYS;
    type Response = serde_json::Value;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![],
            body: None,
        })
    }
}

/// `DELETE /admin/keys/{set}` — Delete a JSON Web Key Set.
pub const DELETE_JSON_WEB_KEY_SET: Endpoint = Endpoint {
    method: Method::Delete,
    path: "/admin/keys/{set}",
    api: Api::Jwk,
    v1_name: Some("deleteJsonWebKeySet"),
    v0alpha2: Some(V0alpha2 {
        name: "adminDeleteJsonWebKeySet",
        arguments: &["set"],
    }),
    params: &[Param::path("set")],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Empty,
    missing_session_is_inactive: false,
};

/// The request of [`DELETE_JSON_WEB_KEY_SET`].
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteJsonWebKeySet {
    /// The `{set}` in the path.
    pub set: String,
}

impl Request for DeleteJsonWebKeySet {
    const ENDPOINT: &'static Endpoint = &DELETE_JSON_WEB_KEY_SET;
    type Response = ();

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![Some(self.set.clone().into())],
            body: None,
        })
    }
}

/// `GET /admin/keys/{set}` — Retrieve a JSON Web Key Set.
pub const GET_JSON_WEB_KEY_SET: Endpoint = Endpoint {
    method: Method::Get,
    path: "/admin/keys/{set}",
    api: Api::Jwk,
    v1_name: Some("getJsonWebKeySet"),
    v0alpha2: Some(V0alpha2 {
        name: "adminGetJsonWebKeySet",
        arguments: &["set"],
    }),
    params: &[Param::path("set")],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Object,
    missing_session_is_inactive: false,
};

/// The request of [`GET_JSON_WEB_KEY_SET`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetJsonWebKeySet {
    /// The `{set}` in the path.
    pub set: String,
}

impl Request for GetJsonWebKeySet {
    const ENDPOINT: &'static Endpoint = &GET_JSON_WEB_KEY_SET;
    type Response = serde_json::Value;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![Some(self.set.clone().into())],
            body: None,
        })
    }
}

/// `POST /admin/keys/{set}` — Generate a New JSON Web Key.
pub const CREATE_JSON_WEB_KEY_SET: Endpoint = Endpoint {
    method: Method::Post,
    path: "/admin/keys/{set}",
    api: Api::Jwk,
    v1_name: Some("createJsonWebKeySet"),
    v0alpha2: Some(V0alpha2 {
        name: "adminCreateJsonWebKeySet",
        arguments: &["set", "body"],
    }),
    params: &[Param::path("set")],
    body: Some(Body {
        name: "adminCreateJsonWebKeySetBody",
        required: true,
    }),
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Object,
    missing_session_is_inactive: false,
};

/// The request of [`CREATE_JSON_WEB_KEY_SET`].
#[derive(Debug, Clone, PartialEq)]
pub struct CreateJsonWebKeySet {
    /// The `{set}` in the path.
    pub set: String,
    /// The JSON body (`adminCreateJsonWebKeySetBody`).
    pub body: serde_json::Value,
}

impl Request for CreateJsonWebKeySet {
    const ENDPOINT: &'static Endpoint = &CREATE_JSON_WEB_KEY_SET;
    type Response = serde_json::Value;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![Some(self.set.clone().into())],
            body: Some(json_body(&self.body)?),
        })
    }
}

/// `PUT /admin/keys/{set}` — Update a JSON Web Key Set.
pub const SET_JSON_WEB_KEY_SET: Endpoint = Endpoint {
    method: Method::Put,
    path: "/admin/keys/{set}",
    api: Api::Jwk,
    v1_name: Some("setJsonWebKeySet"),
    v0alpha2: Some(V0alpha2 {
        name: "adminUpdateJsonWebKeySet",
        arguments: &["set", "body"],
    }),
    params: &[Param::path("set")],
    body: Some(Body {
        name: "jsonWebKeySet",
        required: false,
    }),
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Object,
    missing_session_is_inactive: false,
};

/// The request of [`SET_JSON_WEB_KEY_SET`].
#[derive(Debug, Clone, PartialEq)]
pub struct SetJsonWebKeySet {
    /// The `{set}` in the path.
    pub set: String,
    /// The JSON body (`jsonWebKeySet`).
    pub body: Option<serde_json::Value>,
}

impl Request for SetJsonWebKeySet {
    const ENDPOINT: &'static Endpoint = &SET_JSON_WEB_KEY_SET;
    type Response = serde_json::Value;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![Some(self.set.clone().into())],
            body: self.body.as_ref().map(json_body).transpose()?,
        })
    }
}

/// `DELETE /admin/keys/{set}/{kid}` — Delete a JSON Web Key.
pub const DELETE_JSON_WEB_KEY: Endpoint = Endpoint {
    method: Method::Delete,
    path: "/admin/keys/{set}/{kid}",
    api: Api::Jwk,
    v1_name: Some("deleteJsonWebKey"),
    v0alpha2: Some(V0alpha2 {
        name: "adminDeleteJsonWebKey",
        arguments: &["set", "kid"],
    }),
    params: &[Param::path("set"), Param::path("kid")],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Empty,
    missing_session_is_inactive: false,
};

/// The request of [`DELETE_JSON_WEB_KEY`].
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteJsonWebKey {
    /// The `{set}` in the path.
    pub set: String,
    /// The `{kid}` in the path.
    pub kid: String,
}

impl Request for DeleteJsonWebKey {
    const ENDPOINT: &'static Endpoint = &DELETE_JSON_WEB_KEY;
    type Response = ();

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![Some(self.set.clone().into()), Some(self.kid.clone().into())],
            body: None,
        })
    }
}

/// `GET /admin/keys/{set}/{kid}` — Fetch a JSON Web Key.
pub const GET_JSON_WEB_KEY: Endpoint = Endpoint {
    method: Method::Get,
    path: "/admin/keys/{set}/{kid}",
    api: Api::Jwk,
    v1_name: Some("getJsonWebKey"),
    v0alpha2: Some(V0alpha2 {
        name: "adminGetJsonWebKey",
        arguments: &["set", "kid"],
    }),
    params: &[Param::path("set"), Param::path("kid")],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Object,
    missing_session_is_inactive: false,
};

/// The request of [`GET_JSON_WEB_KEY`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetJsonWebKey {
    /// The `{set}` in the path.
    pub set: String,
    /// The `{kid}` in the path.
    pub kid: String,
}

impl Request for GetJsonWebKey {
    const ENDPOINT: &'static Endpoint = &GET_JSON_WEB_KEY;
    type Response = serde_json::Value;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![Some(self.set.clone().into()), Some(self.kid.clone().into())],
            body: None,
        })
    }
}

/// `PUT /admin/keys/{set}/{kid}` — Update a JSON Web Key.
pub const SET_JSON_WEB_KEY: Endpoint = Endpoint {
    method: Method::Put,
    path: "/admin/keys/{set}/{kid}",
    api: Api::Jwk,
    v1_name: Some("setJsonWebKey"),
    v0alpha2: Some(V0alpha2 {
        name: "adminUpdateJsonWebKey",
        arguments: &["set", "kid", "body"],
    }),
    params: &[Param::path("set"), Param::path("kid")],
    body: Some(Body {
        name: "jsonWebKey",
        required: false,
    }),
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Object,
    missing_session_is_inactive: false,
};

/// The request of [`SET_JSON_WEB_KEY`].
#[derive(Debug, Clone, PartialEq)]
pub struct SetJsonWebKey {
    /// The `{set}` in the path.
    pub set: String,
    /// The `{kid}` in the path.
    pub kid: String,
    /// The JSON body (`jsonWebKey`).
    pub body: Option<serde_json::Value>,
}

impl Request for SetJsonWebKey {
    const ENDPOINT: &'static Endpoint = &SET_JSON_WEB_KEY;
    type Response = serde_json::Value;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![Some(self.set.clone().into()), Some(self.kid.clone().into())],
            body: self.body.as_ref().map(json_body).transpose()?,
        })
    }
}

/// Every operation of this module.
pub const ALL: &[&Endpoint] = &[
    &DISCOVER_JSON_WEB_KEYS,
    &DELETE_JSON_WEB_KEY_SET,
    &GET_JSON_WEB_KEY_SET,
    &CREATE_JSON_WEB_KEY_SET,
    &SET_JSON_WEB_KEY_SET,
    &DELETE_JSON_WEB_KEY,
    &GET_JSON_WEB_KEY,
    &SET_JSON_WEB_KEY,
];
