//! Identity administration: identities, their sessions, admin session extension and recovery
//! codes/links — the v1 `IdentityApi` (rows 34-44 of the API surface; the identity schemas stay
//! in [`super::frontend`]).
//!
//! Parameters are listed in the order of `openapi-v1.json`, followed by any parameter only the
//! `V0alpha2Api` generation has. The `V0alpha2Api` names and positional arguments come from
//! `openapi-v0.10.1.json`, or from `openapi-ory-network-v0.2.json` for the operations v0.10.1
//! does not have (`adminPatchIdentity`, `adminCreateSelfServiceRecoveryCode`). All of them are
//! sent with the API key. `tests/admin_endpoints.rs` checks every declaration against the specs.

use crate::endpoint::{json_body, value};
use crate::endpoint::{
    Api, Arguments, Auth, Body, Endpoint, Flavor, Method, Param, Request, Shape, V0alpha2,
};
use crate::error::Error;
use crate::models::{Identity, Session};

/// `GET /admin/identities` — List Identities.
pub const LIST_IDENTITIES: Endpoint = Endpoint {
    method: Method::Get,
    path: "/admin/identities",
    api: Api::Identity,
    v1_name: Some("listIdentities"),
    v0alpha2: Some(V0alpha2 {
        name: "adminListIdentities",
        arguments: &["perPage", "page"],
    }),
    params: &[
        Param::query("per_page"),
        Param::query("page"),
        Param::query("page_size"),
        Param::query("page_token"),
        Param::query("consistency"),
        Param::query("ids"),
        Param::query("credentials_identifier"),
        Param::query("preview_credentials_identifier_similar"),
        Param::query("include_credential"),
    ],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Array,
    missing_session_is_inactive: false,
};

/// The request of [`LIST_IDENTITIES`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListIdentities {
    /// The `per_page` query parameter.
    pub per_page: Option<i64>,
    /// The `page` query parameter.
    pub page: Option<i64>,
    /// The `page_size` query parameter.
    pub page_size: Option<i64>,
    /// The `page_token` query parameter.
    pub page_token: Option<String>,
    /// The `consistency` query parameter.
    pub consistency: Option<String>,
    /// The `ids` query parameter.
    pub ids: Option<Vec<String>>,
    /// The `credentials_identifier` query parameter.
    pub credentials_identifier: Option<String>,
    /// The `preview_credentials_identifier_similar` query parameter.
    pub preview_credentials_identifier_similar: Option<String>,
    /// The `include_credential` query parameter.
    pub include_credential: Option<Vec<String>>,
}

impl Request for ListIdentities {
    const ENDPOINT: &'static Endpoint = &LIST_IDENTITIES;
    type Response = Vec<Identity>;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![
                value(&self.per_page),
                value(&self.page),
                value(&self.page_size),
                value(&self.page_token),
                value(&self.consistency),
                value(&self.ids),
                value(&self.credentials_identifier),
                value(&self.preview_credentials_identifier_similar),
                value(&self.include_credential),
            ],
            body: None,
        })
    }
}

/// `POST /admin/identities` — Create an Identity.
pub const CREATE_IDENTITY: Endpoint = Endpoint {
    method: Method::Post,
    path: "/admin/identities",
    api: Api::Identity,
    v1_name: Some("createIdentity"),
    v0alpha2: Some(V0alpha2 {
        name: "adminCreateIdentity",
        arguments: &["body"],
    }),
    params: &[],
    body: Some(Body {
        name: "createIdentityBody",
        required: false,
    }),
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Object,
    missing_session_is_inactive: false,
};

/// The request of [`CREATE_IDENTITY`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateIdentity {
    /// The JSON body (`createIdentityBody`).
    pub body: Option<serde_json::Value>,
}

impl Request for CreateIdentity {
    const ENDPOINT: &'static Endpoint = &CREATE_IDENTITY;
    type Response = Identity;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![],
            body: self.body.as_ref().map(json_body).transpose()?,
        })
    }
}

/// `DELETE /admin/identities/{id}` — Delete an Identity.
pub const DELETE_IDENTITY: Endpoint = Endpoint {
    method: Method::Delete,
    path: "/admin/identities/{id}",
    api: Api::Identity,
    v1_name: Some("deleteIdentity"),
    v0alpha2: Some(V0alpha2 {
        name: "adminDeleteIdentity",
        arguments: &["id"],
    }),
    params: &[Param::path("id")],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Empty,
    missing_session_is_inactive: false,
};

/// The request of [`DELETE_IDENTITY`].
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteIdentity {
    /// The `{id}` in the path.
    pub id: String,
}

impl Request for DeleteIdentity {
    const ENDPOINT: &'static Endpoint = &DELETE_IDENTITY;
    type Response = ();

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![Some(self.id.clone().into())],
            body: None,
        })
    }
}

/// `GET /admin/identities/{id}` — Get an Identity.
pub const GET_IDENTITY: Endpoint = Endpoint {
    method: Method::Get,
    path: "/admin/identities/{id}",
    api: Api::Identity,
    v1_name: Some("getIdentity"),
    v0alpha2: Some(V0alpha2 {
        name: "adminGetIdentity",
        arguments: &["id", "includeCredential"],
    }),
    params: &[Param::path("id"), Param::query("include_credential")],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Object,
    missing_session_is_inactive: false,
};

/// The request of [`GET_IDENTITY`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetIdentity {
    /// The `{id}` in the path.
    pub id: String,
    /// The `include_credential` query parameter.
    pub include_credential: Option<Vec<String>>,
}

impl Request for GetIdentity {
    const ENDPOINT: &'static Endpoint = &GET_IDENTITY;
    type Response = Identity;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![
                Some(self.id.clone().into()),
                value(&self.include_credential),
            ],
            body: None,
        })
    }
}

/// `PATCH /admin/identities/{id}` — Patch an Identity.
pub const PATCH_IDENTITY: Endpoint = Endpoint {
    method: Method::Patch,
    path: "/admin/identities/{id}",
    api: Api::Identity,
    v1_name: Some("patchIdentity"),
    v0alpha2: Some(V0alpha2 {
        name: "adminPatchIdentity",
        arguments: &["id", "body"],
    }),
    params: &[Param::path("id")],
    body: Some(Body {
        name: "jsonPatch",
        required: false,
    }),
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Object,
    missing_session_is_inactive: false,
};

/// The request of [`PATCH_IDENTITY`].
#[derive(Debug, Clone, PartialEq)]
pub struct PatchIdentity {
    /// The `{id}` in the path.
    pub id: String,
    /// The JSON body (`jsonPatch`).
    pub body: Option<serde_json::Value>,
}

impl Request for PatchIdentity {
    const ENDPOINT: &'static Endpoint = &PATCH_IDENTITY;
    type Response = Identity;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![Some(self.id.clone().into())],
            body: self.body.as_ref().map(json_body).transpose()?,
        })
    }
}

/// `PUT /admin/identities/{id}` — Update an Identity.
pub const UPDATE_IDENTITY: Endpoint = Endpoint {
    method: Method::Put,
    path: "/admin/identities/{id}",
    api: Api::Identity,
    v1_name: Some("updateIdentity"),
    v0alpha2: Some(V0alpha2 {
        name: "adminUpdateIdentity",
        arguments: &["id", "body"],
    }),
    params: &[Param::path("id")],
    body: Some(Body {
        name: "updateIdentityBody",
        required: false,
    }),
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Object,
    missing_session_is_inactive: false,
};

/// The request of [`UPDATE_IDENTITY`].
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateIdentity {
    /// The `{id}` in the path.
    pub id: String,
    /// The JSON body (`updateIdentityBody`).
    pub body: Option<serde_json::Value>,
}

impl Request for UpdateIdentity {
    const ENDPOINT: &'static Endpoint = &UPDATE_IDENTITY;
    type Response = Identity;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![Some(self.id.clone().into())],
            body: self.body.as_ref().map(json_body).transpose()?,
        })
    }
}

/// `DELETE /admin/identities/{id}/sessions` — Delete & Invalidate an Identity's Sessions.
pub const DELETE_IDENTITY_SESSIONS: Endpoint = Endpoint {
    method: Method::Delete,
    path: "/admin/identities/{id}/sessions",
    api: Api::Identity,
    v1_name: Some("deleteIdentitySessions"),
    v0alpha2: Some(V0alpha2 {
        name: "adminDeleteIdentitySessions",
        arguments: &["id"],
    }),
    params: &[Param::path("id")],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Empty,
    missing_session_is_inactive: false,
};

/// The request of [`DELETE_IDENTITY_SESSIONS`].
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteIdentitySessions {
    /// The `{id}` in the path.
    pub id: String,
}

impl Request for DeleteIdentitySessions {
    const ENDPOINT: &'static Endpoint = &DELETE_IDENTITY_SESSIONS;
    type Response = ();

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![Some(self.id.clone().into())],
            body: None,
        })
    }
}

/// `GET /admin/identities/{id}/sessions` — List an Identity's Sessions.
pub const LIST_IDENTITY_SESSIONS: Endpoint = Endpoint {
    method: Method::Get,
    path: "/admin/identities/{id}/sessions",
    api: Api::Identity,
    v1_name: Some("listIdentitySessions"),
    v0alpha2: Some(V0alpha2 {
        name: "adminListIdentitySessions",
        arguments: &["id", "perPage", "page", "active"],
    }),
    params: &[
        Param::query("per_page"),
        Param::query("page"),
        Param::query("page_size"),
        Param::query("page_token"),
        Param::path("id"),
        Param::query("active"),
    ],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Sessions,
    missing_session_is_inactive: false,
};

/// The request of [`LIST_IDENTITY_SESSIONS`].
#[derive(Debug, Clone, PartialEq)]
pub struct ListIdentitySessions {
    /// The `per_page` query parameter.
    pub per_page: Option<i64>,
    /// The `page` query parameter.
    pub page: Option<i64>,
    /// The `page_size` query parameter.
    pub page_size: Option<i64>,
    /// The `page_token` query parameter.
    pub page_token: Option<String>,
    /// The `{id}` in the path.
    pub id: String,
    /// The `active` query parameter.
    pub active: Option<bool>,
}

impl Request for ListIdentitySessions {
    const ENDPOINT: &'static Endpoint = &LIST_IDENTITY_SESSIONS;
    type Response = Vec<Session>;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![
                value(&self.per_page),
                value(&self.page),
                value(&self.page_size),
                value(&self.page_token),
                Some(self.id.clone().into()),
                value(&self.active),
            ],
            body: None,
        })
    }
}

/// `POST /admin/recovery/code` — Create a Recovery Code.
pub const CREATE_RECOVERY_CODE_FOR_IDENTITY: Endpoint = Endpoint {
    method: Method::Post,
    path: "/admin/recovery/code",
    api: Api::Identity,
    v1_name: Some("createRecoveryCodeForIdentity"),
    v0alpha2: Some(V0alpha2 {
        name: "adminCreateSelfServiceRecoveryCode",
        arguments: &["body"],
    }),
    params: &[],
    body: Some(Body {
        name: "createRecoveryCodeForIdentityBody",
        required: false,
    }),
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Object,
    missing_session_is_inactive: false,
};

/// The request of [`CREATE_RECOVERY_CODE_FOR_IDENTITY`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateRecoveryCodeForIdentity {
    /// The JSON body (`createRecoveryCodeForIdentityBody`).
    pub body: Option<serde_json::Value>,
}

impl Request for CreateRecoveryCodeForIdentity {
    const ENDPOINT: &'static Endpoint = &CREATE_RECOVERY_CODE_FOR_IDENTITY;
    type Response = serde_json::Value;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![],
            body: self.body.as_ref().map(json_body).transpose()?,
        })
    }
}

/// `POST /admin/recovery/link` — Create a Recovery Link.
pub const CREATE_RECOVERY_LINK_FOR_IDENTITY: Endpoint = Endpoint {
    method: Method::Post,
    path: "/admin/recovery/link",
    api: Api::Identity,
    v1_name: Some("createRecoveryLinkForIdentity"),
    v0alpha2: Some(V0alpha2 {
        name: "adminCreateSelfServiceRecoveryLink",
        arguments: &["body"],
    }),
    params: &[Param::query("return_to")],
    body: Some(Body {
        name: "createRecoveryLinkForIdentityBody",
        required: false,
    }),
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Object,
    missing_session_is_inactive: false,
};

/// The request of [`CREATE_RECOVERY_LINK_FOR_IDENTITY`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateRecoveryLinkForIdentity {
    /// The `return_to` query parameter.
    pub return_to: Option<String>,
    /// The JSON body (`createRecoveryLinkForIdentityBody`).
    pub body: Option<serde_json::Value>,
}

impl Request for CreateRecoveryLinkForIdentity {
    const ENDPOINT: &'static Endpoint = &CREATE_RECOVERY_LINK_FOR_IDENTITY;
    type Response = serde_json::Value;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![value(&self.return_to)],
            body: self.body.as_ref().map(json_body).transpose()?,
        })
    }
}

/// `PATCH /admin/sessions/{id}/extend` — Extend a Session.
pub const EXTEND_SESSION: Endpoint = Endpoint {
    method: Method::Patch,
    path: "/admin/sessions/{id}/extend",
    api: Api::Identity,
    v1_name: Some("extendSession"),
    v0alpha2: Some(V0alpha2 {
        name: "adminExtendSession",
        arguments: &["id"],
    }),
    params: &[Param::path("id")],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::SessionOrEmpty,
    missing_session_is_inactive: false,
};

/// The request of [`EXTEND_SESSION`].
#[derive(Debug, Clone, PartialEq)]
pub struct ExtendSession {
    /// The `{id}` in the path.
    pub id: String,
}

impl Request for ExtendSession {
    const ENDPOINT: &'static Endpoint = &EXTEND_SESSION;
    type Response = Option<Session>;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![Some(self.id.clone().into())],
            body: None,
        })
    }
}

/// Every operation of this module.
pub const ALL: &[&Endpoint] = &[
    &LIST_IDENTITIES,
    &CREATE_IDENTITY,
    &DELETE_IDENTITY,
    &GET_IDENTITY,
    &PATCH_IDENTITY,
    &UPDATE_IDENTITY,
    &DELETE_IDENTITY_SESSIONS,
    &LIST_IDENTITY_SESSIONS,
    &CREATE_RECOVERY_CODE_FOR_IDENTITY,
    &CREATE_RECOVERY_LINK_FOR_IDENTITY,
    &EXTEND_SESSION,
];
