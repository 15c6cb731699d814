//! Ory Network projects, their members and API keys: the `ProjectApi` (rows 87-97 of the API
//! surface), sent with a workspace API key.
//!
//! Declared from `openapi-ory-network-v0.2.json`; the v1 names follow the rule in
//! [`super::oauth2`] (`updateProject` → `setProject`).

use crate::endpoint::json_body;
use crate::endpoint::{
    Api, Arguments, Auth, Body, Endpoint, Flavor, Method, Param, Request, Shape, V0alpha2,
};
use crate::error::Error;

/// `GET /projects` — List All Projects.
pub const LIST_PROJECTS: Endpoint = Endpoint {
    method: Method::Get,
    path: "/projects",
    api: Api::Project,
    v1_name: Some("listProjects"),
    v0alpha2: Some(V0alpha2 {
        name: "listProjects",
        arguments: &[],
    }),
    params: &[],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Array,
    missing_session_is_inactive: false,
};

/// The request of [`LIST_PROJECTS`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ListProjects;

impl Request for ListProjects {
    const ENDPOINT: &'static Endpoint = &LIST_PROJECTS;
    type Response = serde_json::Value;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![],
            body: None,
        })
    }
}

/// `POST /projects` — Create a Project.
pub const CREATE_PROJECT: Endpoint = Endpoint {
    method: Method::Post,
    path: "/projects",
    api: Api::Project,
    v1_name: Some("createProject"),
    v0alpha2: Some(V0alpha2 {
        name: "createProject",
        arguments: &["body"],
    }),
    params: &[],
    body: Some(Body {
        name: "createProjectBody",
        required: false,
    }),
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Object,
    missing_session_is_inactive: false,
};

/// The request of [`CREATE_PROJECT`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateProject {
    /// The JSON body (`createProjectBody`).
    pub body: Option<serde_json::Value>,
}

impl Request for CreateProject {
    const ENDPOINT: &'static Endpoint = &CREATE_PROJECT;
    type Response = serde_json::Value;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![],
            body: self.body.as_ref().map(json_body).transpose()?,
        })
    }
}

/// `DELETE /projects/{project_id}` — Irrecoverably Purge a Project.
pub const PURGE_PROJECT: Endpoint = Endpoint {
    method: Method::Delete,
    path: "/projects/{project_id}",
    api: Api::Project,
    v1_name: Some("purgeProject"),
    v0alpha2: Some(V0alpha2 {
        name: "purgeProject",
        arguments: &["projectId"],
    }),
    params: &[Param::path("project_id")],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Empty,
    missing_session_is_inactive: false,
};

/// The request of [`PURGE_PROJECT`].
#[derive(Debug, Clone, PartialEq)]
pub struct PurgeProject {
    /// The `{project_id}` in the path.
    pub project_id: String,
}

impl Request for PurgeProject {
    const ENDPOINT: &'static Endpoint = &PURGE_PROJECT;
    type Response = ();

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![Some(self.project_id.clone().into())],
            body: None,
        })
    }
}

/// `GET /projects/{project_id}` — Get a Project.
pub const GET_PROJECT: Endpoint = Endpoint {
    method: Method::Get,
    path: "/projects/{project_id}",
    api: Api::Project,
    v1_name: Some("getProject"),
    v0alpha2: Some(V0alpha2 {
        name: "getProject",
        arguments: &["projectId"],
    }),
    params: &[Param::path("project_id")],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Object,
    missing_session_is_inactive: false,
};

/// The request of [`GET_PROJECT`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetProject {
    /// The `{project_id}` in the path.
    pub project_id: String,
}

impl Request for GetProject {
    const ENDPOINT: &'static Endpoint = &GET_PROJECT;
    type Response = serde_json::Value;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![Some(self.project_id.clone().into())],
            body: None,
        })
    }
}

/// `PATCH /projects/{project_id}` — Patch an Ory Cloud Project Configuration`.
pub const PATCH_PROJECT: Endpoint = Endpoint {
    method: Method::Patch,
    path: "/projects/{project_id}",
    api: Api::Project,
    v1_name: Some("patchProject"),
    v0alpha2: Some(V0alpha2 {
        name: "patchProject",
        arguments: &["projectId", "body"],
    }),
    params: &[Param::path("project_id")],
    body: Some(Body {
        name: "jsonPatch",
        required: false,
    }),
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Object,
    missing_session_is_inactive: false,
};

/// The request of [`PATCH_PROJECT`].
#[derive(Debug, Clone, PartialEq)]
pub struct PatchProject {
    /// The `{project_id}` in the path.
    pub project_id: String,
    /// The JSON body (`jsonPatch`).
    pub body: Option<serde_json::Value>,
}

impl Request for PatchProject {
    const ENDPOINT: &'static Endpoint = &PATCH_PROJECT;
    type Response = serde_json::Value;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![Some(self.project_id.clone().into())],
            body: self.body.as_ref().map(json_body).transpose()?,
        })
    }
}

/// `PUT /projects/{project_id}` — Update an Ory Cloud Project Configuration.
pub const SET_PROJECT: Endpoint = Endpoint {
    method: Method::Put,
    path: "/projects/{project_id}",
    api: Api::Project,
    v1_name: Some("setProject"),
    v0alpha2: Some(V0alpha2 {
        name: "updateProject",
        arguments: &["projectId", "body"],
    }),
    params: &[Param::path("project_id")],
    body: Some(Body {
        name: "updateProject",
        required: false,
    }),
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Object,
    missing_session_is_inactive: false,
};

/// The request of [`SET_PROJECT`].
#[derive(Debug, Clone, PartialEq)]
pub struct SetProject {
    /// The `{project_id}` in the path.
    pub project_id: String,
    /// The JSON body (`updateProject`).
    pub body: Option<serde_json::Value>,
}

impl Request for SetProject {
    const ENDPOINT: &'static Endpoint = &SET_PROJECT;
    type Response = serde_json::Value;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![Some(self.project_id.clone().into())],
            body: self.body.as_ref().map(json_body).transpose()?,
        })
    }
}

/// `GET /projects/{project_id}/members` — Get all members associated with this project.
pub const GET_PROJECT_MEMBERS: Endpoint = Endpoint {
    method: Method::Get,
    path: "/projects/{project_id}/members",
    api: Api::Project,
    v1_name: Some("getProjectMembers"),
    v0alpha2: Some(V0alpha2 {
        name: "getProjectMembers",
        arguments: &["projectId"],
    }),
    params: &[Param::path("project_id")],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Array,
    missing_session_is_inactive: false,
};

/// The request of [`GET_PROJECT_MEMBERS`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetProjectMembers {
    /// The `{project_id}` in the path.
    pub project_id: String,
}

impl Request for GetProjectMembers {
    const ENDPOINT: &'static Endpoint = &GET_PROJECT_MEMBERS;
    type Response = serde_json::Value;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![Some(self.project_id.clone().into())],
            body: None,
        })
    }
}

/// `DELETE /projects/{project_id}/members/{member_id}` — Remove a member associated with this
/// project. This also sets their invite status to `REMOVED`.
pub const REMOVE_PROJECT_MEMBER: Endpoint = Endpoint {
    method: Method::Delete,
    path: "/projects/{project_id}/members/{member_id}",
    api: Api::Project,
    v1_name: Some("removeProjectMember"),
    v0alpha2: Some(V0alpha2 {
        name: "removeProjectMember",
        arguments: &["projectId", "memberId"],
    }),
    params: &[Param::path("project_id"), Param::path("member_id")],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Empty,
    missing_session_is_inactive: false,
};

/// The request of [`REMOVE_PROJECT_MEMBER`].
#[derive(Debug, Clone, PartialEq)]
pub struct RemoveProjectMember {
    /// The `{project_id}` in the path.
    pub project_id: String,
    /// The `{member_id}` in the path.
    pub member_id: String,
}

impl Request for RemoveProjectMember {
    const ENDPOINT: &'static Endpoint = &REMOVE_PROJECT_MEMBER;
    type Response = ();

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![
                Some(self.project_id.clone().into()),
                Some(self.member_id.clone().into()),
            ],
            body: None,
        })
    }
}

/// `GET /projects/{project}/tokens` — List a Project's API Tokens.
pub const LIST_PROJECT_API_KEYS: Endpoint = Endpoint {
    method: Method::Get,
    path: "/projects/{project}/tokens",
    api: Api::Project,
    v1_name: Some("listProjectApiKeys"),
    v0alpha2: Some(V0alpha2 {
        name: "listProjectApiKeys",
        arguments: &["project"],
    }),
    params: &[Param::path("project")],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Array,
    missing_session_is_inactive: false,
};

/// The request of [`LIST_PROJECT_API_KEYS`].
#[derive(Debug, Clone, PartialEq)]
pub struct ListProjectApiKeys {
    /// The `{project}` in the path.
    pub project: String,
}

impl Request for ListProjectApiKeys {
    const ENDPOINT: &'static Endpoint = &LIST_PROJECT_API_KEYS;
    type Response = serde_json::Value;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![Some(self.project.clone().into())],
            body: None,
        })
    }
}

/// `POST /projects/{project}/tokens` — Create API Token.
pub const CREATE_PROJECT_API_KEY: Endpoint = Endpoint {
    method: Method::Post,
    path: "/projects/{project}/tokens",
    api: Api::Project,
    v1_name: Some("createProjectApiKey"),
    v0alpha2: Some(V0alpha2 {
        name: "createProjectApiKey",
        arguments: &["project", "body"],
    }),
    params: &[Param::path("project")],
    body: Some(Body {
        name: "createProjectApiKeyRequest",
        required: false,
    }),
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Object,
    missing_session_is_inactive: false,
};

/// The request of [`CREATE_PROJECT_API_KEY`].
#[derive(Debug, Clone, PartialEq)]
pub struct CreateProjectApiKey {
    /// The `{project}` in the path.
    pub project: String,
    /// The JSON body (`createProjectApiKeyRequest`).
    pub body: Option<serde_json::Value>,
}

impl Request for CreateProjectApiKey {
    const ENDPOINT: &'static Endpoint = &CREATE_PROJECT_API_KEY;
    type Response = serde_json::Value;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![Some(self.project.clone().into())],
            body: self.body.as_ref().map(json_body).transpose()?,
        })
    }
}

/// `DELETE /projects/{project}/tokens/{token_id}` — Delete API Token.
pub const DELETE_PROJECT_API_KEY: Endpoint = Endpoint {
    method: Method::Delete,
    path: "/projects/{project}/tokens/{token_id}",
    api: Api::Project,
    v1_name: Some("deleteProjectApiKey"),
    v0alpha2: Some(V0alpha2 {
        name: "deleteProjectApiKey",
        arguments: &["project", "tokenId"],
    }),
    params: &[Param::path("project"), Param::path("token_id")],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Empty,
    missing_session_is_inactive: false,
};

/// The request of [`DELETE_PROJECT_API_KEY`].
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteProjectApiKey {
    /// The `{project}` in the path.
    pub project: String,
    /// The `{token_id}` in the path.
    pub token_id: String,
}

impl Request for DeleteProjectApiKey {
    const ENDPOINT: &'static Endpoint = &DELETE_PROJECT_API_KEY;
    type Response = ();

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![
                Some(self.project.clone().into()),
                Some(self.token_id.clone().into()),
            ],
            body: None,
        })
    }
}

/// Every operation of this module.
pub const ALL: &[&Endpoint] = &[
    &LIST_PROJECTS,
    &CREATE_PROJECT,
    &PURGE_PROJECT,
    &GET_PROJECT,
    &PATCH_PROJECT,
    &SET_PROJECT,
    &GET_PROJECT_MEMBERS,
    &REMOVE_PROJECT_MEMBER,
    &LIST_PROJECT_API_KEYS,
    &CREATE_PROJECT_API_KEY,
    &DELETE_PROJECT_API_KEY,
];
