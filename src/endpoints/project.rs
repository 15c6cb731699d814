//! Ory Network projects, their members and API keys: the `ProjectApi` (rows 87-97 of the API
//! surface), sent with a workspace API key.
//!
//! Declared from `openapi-ory-network-v0.2.json`; the v1 names follow the rule in
//! [`super::oauth2`] (`updateProject` → `setProject`).

use super::declare::declare_endpoints;
// The answer types of the typed requests, which need the `rust-admin` feature.
#[cfg_attr(not(feature = "rust-admin"), allow(unused_imports))]
use crate::models::{
    CloudAccount, CreateProjectApiKeyRequest, CreateProjectBody, Project, ProjectApiKey,
    ProjectMetadata, SuccessfulProjectUpdate, UpdateProject,
};

declare_endpoints! {
    /// Every operation of this module.
    pub const ALL;
    requests: cfg(feature = "rust-admin");

    /// List All Projects.
    pub const LIST_PROJECTS = GET "/projects" -> Vec<ProjectMetadata> {
        api: Project,
        v1_name: "listProjects",
        v0alpha2: "listProjects"[],
        auth: ApiKey,
        shape: Array,
    }
    #[derive(Clone, Copy, Default, PartialEq, Eq)]
    pub struct ListProjects;

    /// Create a Project.
    pub const CREATE_PROJECT = POST "/projects" -> Project {
        api: Project,
        v1_name: "createProject",
        v0alpha2: "createProject"["body"],
        auth: ApiKey,
        shape: Object,
    }
    #[derive(Clone, Default, PartialEq)]
    pub struct CreateProject {
        /// The JSON body (`createProjectBody`).
        body: Option<CreateProjectBody> = body("createProjectBody"),
    }

    /// Irrecoverably Purge a Project.
    pub const PURGE_PROJECT = DELETE "/projects/{project_id}" -> () {
        api: Project,
        v1_name: "purgeProject",
        v0alpha2: "purgeProject"["projectId"],
        auth: ApiKey,
        shape: Empty,
    }
    #[derive(Clone, PartialEq)]
    pub struct PurgeProject {
        /// The `{project_id}` in the path.
        project_id: String = path("project_id"),
    }

    /// Get a Project.
    pub const GET_PROJECT = GET "/projects/{project_id}" -> Project {
        api: Project,
        v1_name: "getProject",
        v0alpha2: "getProject"["projectId"],
        auth: ApiKey,
        shape: Object,
    }
    #[derive(Clone, PartialEq)]
    pub struct GetProject {
        /// The `{project_id}` in the path.
        project_id: String = path("project_id"),
    }

    /// Patch an Ory Cloud Project Configuration`.
    pub const PATCH_PROJECT = PATCH "/projects/{project_id}" -> SuccessfulProjectUpdate {
        api: Project,
        v1_name: "patchProject",
        v0alpha2: "patchProject"["projectId", "body"],
        auth: ApiKey,
        shape: Object,
    }
    #[derive(Clone, PartialEq)]
    pub struct PatchProject {
        /// The `{project_id}` in the path.
        project_id: String = path("project_id"),
        /// The JSON body (`jsonPatch`): a JSON Patch document (RFC 6902), whose `value`s are any
        /// JSON by the spec, so it stays `serde_json::Value`.
        body: Option<serde_json::Value> = body("jsonPatch"),
    }

    /// Update an Ory Cloud Project Configuration.
    pub const SET_PROJECT = PUT "/projects/{project_id}" -> SuccessfulProjectUpdate {
        api: Project,
        v1_name: "setProject",
        v0alpha2: "updateProject"["projectId", "body"],
        auth: ApiKey,
        shape: Object,
    }
    #[derive(Clone, PartialEq)]
    pub struct SetProject {
        /// The `{project_id}` in the path.
        project_id: String = path("project_id"),
        /// The JSON body (`updateProject`).
        body: Option<UpdateProject> = body("updateProject"),
    }

    /// Get all members associated with this project.
    pub const GET_PROJECT_MEMBERS = GET "/projects/{project_id}/members" -> Vec<CloudAccount> {
        api: Project,
        v1_name: "getProjectMembers",
        v0alpha2: "getProjectMembers"["projectId"],
        auth: ApiKey,
        shape: Array,
    }
    #[derive(Clone, PartialEq)]
    pub struct GetProjectMembers {
        /// The `{project_id}` in the path.
        project_id: String = path("project_id"),
    }

    /// Remove a member associated with this project. This also sets their invite status to
    /// `REMOVED`.
    pub const REMOVE_PROJECT_MEMBER = DELETE "/projects/{project_id}/members/{member_id}" -> () {
        api: Project,
        v1_name: "removeProjectMember",
        v0alpha2: "removeProjectMember"["projectId", "memberId"],
        auth: ApiKey,
        shape: Empty,
    }
    #[derive(Clone, PartialEq)]
    pub struct RemoveProjectMember {
        /// The `{project_id}` in the path.
        project_id: String = path("project_id"),
        /// The `{member_id}` in the path.
        member_id: String = path("member_id"),
    }

    /// List a Project's API Tokens.
    pub const LIST_PROJECT_API_KEYS = GET "/projects/{project}/tokens" -> Vec<ProjectApiKey> {
        api: Project,
        v1_name: "listProjectApiKeys",
        v0alpha2: "listProjectApiKeys"["project"],
        auth: ApiKey,
        shape: Array,
    }
    #[derive(Clone, PartialEq)]
    pub struct ListProjectApiKeys {
        /// The `{project}` in the path.
        project: String = path("project"),
    }

    /// Create API Token.
    pub const CREATE_PROJECT_API_KEY = POST "/projects/{project}/tokens" -> ProjectApiKey {
        api: Project,
        v1_name: "createProjectApiKey",
        v0alpha2: "createProjectApiKey"["project", "body"],
        auth: ApiKey,
        shape: Object,
    }
    #[derive(Clone, PartialEq)]
    pub struct CreateProjectApiKey {
        /// The `{project}` in the path.
        project: String = path("project"),
        /// The JSON body (`createProjectApiKeyRequest`).
        body: Option<CreateProjectApiKeyRequest> = body("createProjectApiKeyRequest"),
    }

    /// Delete API Token.
    pub const DELETE_PROJECT_API_KEY = DELETE "/projects/{project}/tokens/{token_id}" -> () {
        api: Project,
        v1_name: "deleteProjectApiKey",
        v0alpha2: "deleteProjectApiKey"["project", "tokenId"],
        auth: ApiKey,
        shape: Empty,
    }
    #[derive(Clone, PartialEq)]
    pub struct DeleteProjectApiKey {
        /// The `{project}` in the path.
        project: String = path("project"),
        /// The `{token_id}` in the path.
        token_id: String = path("token_id"),
    }
}
