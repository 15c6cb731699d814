//! Identity administration: identities, their sessions, admin session extension and recovery
//! codes/links — the v1 `IdentityApi` (rows 34-44 of the API surface; the identity schemas stay
//! in [`super::frontend`]).
//!
//! Parameters are listed in the order of `openapi-v1.json`, followed by any parameter only the
//! `V0alpha2Api` generation has. The `V0alpha2Api` names and positional arguments come from
//! `openapi-v0.10.1.json`, or from `openapi-ory-network-v0.2.json` for the operations v0.10.1
//! does not have (`adminPatchIdentity`, `adminCreateSelfServiceRecoveryCode`). All of them are
//! sent with the API key. `tests/admin_endpoints.rs` checks every declaration against the specs.

use super::declare::declare_endpoints;
use crate::models::{Identity, RecoveryCodeForIdentity, RecoveryLinkForIdentity, Session};

declare_endpoints! {
    /// Every operation of this module.
    pub const ALL;

    /// List Identities.
    pub const LIST_IDENTITIES = GET "/admin/identities" -> Vec<Identity> {
        api: Identity,
        v1_name: "listIdentities",
        v0alpha2: "adminListIdentities"["perPage", "page"],
        auth: ApiKey,
        shape: Array,
    }
    #[derive(Clone, Default, PartialEq)]
    pub struct ListIdentities {
        /// The `per_page` query parameter.
        per_page: Option<i64> = query("per_page"),
        /// The `page` query parameter.
        page: Option<i64> = query("page"),
        /// The `page_size` query parameter.
        page_size: Option<i64> = query("page_size"),
        /// The `page_token` query parameter.
        page_token: Option<String> = query("page_token"),
        /// The `consistency` query parameter.
        consistency: Option<String> = query("consistency"),
        /// The `ids` query parameter.
        ids: Option<Vec<String>> = query("ids"),
        /// The `credentials_identifier` query parameter.
        credentials_identifier: Option<String> = query("credentials_identifier"),
        /// The `preview_credentials_identifier_similar` query parameter.
        preview_credentials_identifier_similar: Option<String> =
            query("preview_credentials_identifier_similar"),
        /// The `include_credential` query parameter.
        include_credential: Option<Vec<String>> = query("include_credential"),
    }

    /// Create an Identity.
    pub const CREATE_IDENTITY = POST "/admin/identities" -> Identity {
        api: Identity,
        v1_name: "createIdentity",
        v0alpha2: "adminCreateIdentity"["body"],
        auth: ApiKey,
        shape: Object,
    }
    #[derive(Clone, Default, PartialEq)]
    pub struct CreateIdentity {
        /// The JSON body (`createIdentityBody`).
        body: Option<serde_json::Value> = body("createIdentityBody"),
    }

    /// Delete an Identity.
    pub const DELETE_IDENTITY = DELETE "/admin/identities/{id}" -> () {
        api: Identity,
        v1_name: "deleteIdentity",
        v0alpha2: "adminDeleteIdentity"["id"],
        auth: ApiKey,
        shape: Empty,
    }
    #[derive(Clone, PartialEq)]
    pub struct DeleteIdentity {
        /// The `{id}` in the path.
        id: String = path("id"),
    }

    /// Get an Identity.
    pub const GET_IDENTITY = GET "/admin/identities/{id}" -> Identity {
        api: Identity,
        v1_name: "getIdentity",
        v0alpha2: "adminGetIdentity"["id", "includeCredential"],
        auth: ApiKey,
        shape: Object,
    }
    #[derive(Clone, PartialEq)]
    pub struct GetIdentity {
        /// The `{id}` in the path.
        id: String = path("id"),
        /// The `include_credential` query parameter.
        include_credential: Option<Vec<String>> = query("include_credential"),
    }

    /// Patch an Identity.
    pub const PATCH_IDENTITY = PATCH "/admin/identities/{id}" -> Identity {
        api: Identity,
        v1_name: "patchIdentity",
        v0alpha2: "adminPatchIdentity"["id", "body"],
        auth: ApiKey,
        shape: Object,
    }
    #[derive(Clone, PartialEq)]
    pub struct PatchIdentity {
        /// The `{id}` in the path.
        id: String = path("id"),
        /// The JSON body (`jsonPatch`): a JSON Patch document (RFC 6902), whose `value`s are any
        /// JSON by the spec, so it stays `serde_json::Value`.
        body: Option<serde_json::Value> = body("jsonPatch"),
    }

    /// Update an Identity.
    pub const UPDATE_IDENTITY = PUT "/admin/identities/{id}" -> Identity {
        api: Identity,
        v1_name: "updateIdentity",
        v0alpha2: "adminUpdateIdentity"["id", "body"],
        auth: ApiKey,
        shape: Object,
    }
    #[derive(Clone, PartialEq)]
    pub struct UpdateIdentity {
        /// The `{id}` in the path.
        id: String = path("id"),
        /// The JSON body (`updateIdentityBody`).
        body: Option<serde_json::Value> = body("updateIdentityBody"),
    }

    /// Delete & Invalidate an Identity's Sessions.
    pub const DELETE_IDENTITY_SESSIONS = DELETE "/admin/identities/{id}/sessions" -> () {
        api: Identity,
        v1_name: "deleteIdentitySessions",
        v0alpha2: "adminDeleteIdentitySessions"["id"],
        auth: ApiKey,
        shape: Empty,
    }
    #[derive(Clone, PartialEq)]
    pub struct DeleteIdentitySessions {
        /// The `{id}` in the path.
        id: String = path("id"),
    }

    /// List an Identity's Sessions.
    pub const LIST_IDENTITY_SESSIONS = GET "/admin/identities/{id}/sessions" -> Vec<Session> {
        api: Identity,
        v1_name: "listIdentitySessions",
        v0alpha2: "adminListIdentitySessions"["id", "perPage", "page", "active"],
        auth: ApiKey,
        shape: Sessions,
    }
    #[derive(Clone, PartialEq)]
    pub struct ListIdentitySessions {
        /// The `per_page` query parameter.
        per_page: Option<i64> = query("per_page"),
        /// The `page` query parameter.
        page: Option<i64> = query("page"),
        /// The `page_size` query parameter.
        page_size: Option<i64> = query("page_size"),
        /// The `page_token` query parameter.
        page_token: Option<String> = query("page_token"),
        /// The `{id}` in the path.
        id: String = path("id"),
        /// The `active` query parameter.
        active: Option<bool> = query("active"),
    }

    /// Create a Recovery Code.
    pub const CREATE_RECOVERY_CODE_FOR_IDENTITY = POST "/admin/recovery/code" -> RecoveryCodeForIdentity {
        api: Identity,
        v1_name: "createRecoveryCodeForIdentity",
        v0alpha2: "adminCreateSelfServiceRecoveryCode"["body"],
        auth: ApiKey,
        shape: Object,
    }
    #[derive(Clone, Default, PartialEq)]
    pub struct CreateRecoveryCodeForIdentity {
        /// The JSON body (`createRecoveryCodeForIdentityBody`).
        body: Option<serde_json::Value> = body("createRecoveryCodeForIdentityBody"),
    }

    /// Create a Recovery Link.
    pub const CREATE_RECOVERY_LINK_FOR_IDENTITY = POST "/admin/recovery/link" -> RecoveryLinkForIdentity {
        api: Identity,
        v1_name: "createRecoveryLinkForIdentity",
        v0alpha2: "adminCreateSelfServiceRecoveryLink"["body"],
        auth: ApiKey,
        shape: Object,
    }
    #[derive(Clone, Default, PartialEq)]
    pub struct CreateRecoveryLinkForIdentity {
        /// The `return_to` query parameter.
        return_to: Option<String> = query("return_to"),
        /// The JSON body (`createRecoveryLinkForIdentityBody`).
        body: Option<serde_json::Value> = body("createRecoveryLinkForIdentityBody"),
    }

    /// Extend a Session.
    pub const EXTEND_SESSION = PATCH "/admin/sessions/{id}/extend" -> Option<Session> {
        api: Identity,
        v1_name: "extendSession",
        v0alpha2: "adminExtendSession"["id"],
        auth: ApiKey,
        shape: SessionOrEmpty,
    }
    #[derive(Clone, PartialEq)]
    pub struct ExtendSession {
        /// The `{id}` in the path.
        id: String = path("id"),
    }
}
