//! Ory Network projects, their members and API keys: the answers and bodies of the
//! `ProjectApi`.
//!
//! Spec: `projectMetadata`, `project`, `projectServices`, `projectService*`,
//! `createProjectBody`, `updateProject`, `successfulProjectUpdate`, `Warning`, `cloudAccount`,
//! `projectApiKey` and the `createProjectApiKey` body in `openapi-ory-network-v0.2.json`. A
//! service's `config` stays `serde_json::Value`: the spec declares it as any JSON object (it is
//! that service's whole configuration). A new API key's `value` never prints.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::open_enum::open_enum;
use super::ExtraFields;

open_enum! {
    /// Whether a project runs (`project.state`).
    pub enum ProjectState {
        /// The project runs.
        Running = "running",
        /// The project is halted.
        Halted = "halted",
    }
}

/// A project in the project list (`projectMetadata`).
#[cfg_attr(feature = "rust-admin", derive(Debug))]
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct ProjectMetadata {
    /// Creation time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// The project's hosts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hosts: Option<Vec<String>>,
    /// The project id.
    pub id: String,
    /// The project name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The project slug.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// Whether the project runs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<ProjectState>,
    /// The subscription (nullable).
    #[serde(
        default,
        with = "super::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub subscription_id: Option<Option<String>>,
    /// Last update time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// A project (`project`).
#[cfg_attr(feature = "rust-admin", derive(Debug))]
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct Project {
    /// The project id.
    pub id: String,
    /// The project name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The id of the configuration revision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revision_id: Option<String>,
    /// The configuration of its services.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub services: Option<ProjectServices>,
    /// The project slug.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// Whether the project runs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<ProjectState>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// The configuration of a project's services (`projectServices`).
#[cfg_attr(feature = "rust-admin", derive(Debug))]
#[derive(Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct ProjectServices {
    /// Ory Identities (Kratos).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity: Option<ProjectServiceConfig>,
    /// Ory OAuth2 & OpenID Connect (Hydra).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth2: Option<ProjectServiceConfig>,
    /// Ory Permissions (Keto).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permission: Option<ProjectServiceConfig>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// The configuration of one service (`projectServiceIdentity`, `projectServiceOAuth2`, `projectServicePermission`: the same shape).
#[cfg_attr(feature = "rust-admin", derive(Debug))]
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct ProjectServiceConfig {
    /// The service configuration: any JSON object by the spec (it is the service's own configuration file).
    pub config: Value,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// The body that creates a project (`createProjectBody`).
#[cfg_attr(feature = "rust-admin", derive(Debug))]
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct CreateProjectBody {
    /// The project name.
    pub name: String,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// The body that replaces a project's configuration (`updateProject`).
#[cfg_attr(feature = "rust-admin", derive(Debug))]
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct UpdateProject {
    /// The project name.
    pub name: String,
    /// The configuration of its services.
    pub services: ProjectServices,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// The answer of a project update (`successfulProjectUpdate`).
#[cfg_attr(feature = "rust-admin", derive(Debug))]
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct SuccessfulProjectUpdate {
    /// The updated project.
    pub project: Project,
    /// What the server changed or ignored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub warnings: Option<Vec<Warning>>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// A warning of a project update (`Warning`).
#[cfg_attr(feature = "rust-admin", derive(Debug))]
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct Warning {
    /// The warning code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<i64>,
    /// The warning.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// A project member (`cloudAccount`, v1 `projectMember`).
#[cfg_attr(feature = "rust-admin", derive(Debug))]
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct CloudAccount {
    /// The e-mail address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The account id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// A project API key (`projectApiKey`).
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct ProjectApiKey {
    /// The key id.
    pub id: String,
    /// The key name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Who owns it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
    /// The project.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,
    /// The key itself: only in the answer that creates it (never printed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

/// The body that creates a project API key (`createProjectApiKeyRequest`).
#[cfg_attr(feature = "rust-admin", derive(Debug))]
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct CreateProjectApiKeyRequest {
    /// A descriptive name.
    pub name: String,
    /// Fields this SDK does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: ExtraFields,
}

#[cfg(feature = "rust-admin")]
crate::redact::redacting_debug!(ProjectApiKey {
    id, name, owner_id, project_id;
    secret: value;
    url: ;
    json: extra;
});
