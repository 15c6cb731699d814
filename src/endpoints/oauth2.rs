//! OAuth2 and OpenID Connect (Ory Hydra in Ory Network): OAuth2 clients, login/consent/logout
//! requests, consent and login sessions, token introspection and deletion, trusted JWT grant
//! issuers, the authorize/token/revoke/register/userinfo/logout endpoints and discovery — the
//! `OAuth2Api` and `OidcApi` of the current clients (rows 46-52 and 60-86 of the API surface).
//!
//! Everything here is declared from `openapi-ory-network-v0.2.json` (tag `v0alpha2`), which gives
//! the `V0alpha2Api` names and arguments. The v1 names are those of Ory's current clients
//! (`@ory/client-fetch` `OAuth2Api`/`OidcApi`/`JwkApi`/`WellknownApi`/`ProjectApi`), derived from
//! the v0alpha2 operation id by this rule:
//! - drop the `admin` prefix and lower-case the first letter, keeping `OAuth2` as written
//!   (`adminGetOAuth2LoginRequest` → `getOAuth2LoginRequest`);
//! - `PUT` replacements are `set…` (`adminUpdateOAuth2Client` → `setOAuth2Client`, and
//!   `setJsonWebKeySet`, `setJsonWebKey`, `setProject`);
//! - the current clients renamed a few: `adminListOAuth2SubjectConsentSessions` →
//!   `listOAuth2ConsentSessions`, `performOAuth2TokenFlow` → `oauth2TokenExchange`,
//!   `performOAuth2AuthorizationFlow` → `oAuth2Authorize`, `performOidcFrontOrBackChannelLogout`
//!   → `revokeOidcSession`, `dynamicClientRegistration{Create,Get,Update,Delete}OAuth2Client` →
//!   `{create,get,set,delete}OidcDynamicClient`.
//!
//! Credentials follow each operation's `security`: `oryAccessToken` → the API key, `basic` →
//! client credentials, `oauth2`/`bearer` → an access token. The form-encoded bodies
//! (`/oauth2/token`, `/oauth2/revoke`, `/admin/oauth2/introspect`) are declared as
//! [`Location::Form`](crate::endpoint::Location::Form) parameters, because both client
//! generations take their fields as plain arguments.

use crate::endpoint::{json_body, value};
use crate::endpoint::{
    Api, Arguments, Auth, Body, Endpoint, Flavor, Method, Param, Request, Shape, V0alpha2,
};
use crate::error::Error;

/// `GET /.well-known/openid-configuration` — OpenID Connect Discovery.
pub const DISCOVER_OIDC_CONFIGURATION: Endpoint = Endpoint {
    method: Method::Get,
    path: "/.well-known/openid-configuration",
    api: Api::Oidc,
    v1_name: Some("discoverOidcConfiguration"),
    v0alpha2: Some(V0alpha2 {
        name: "discoverOidcConfiguration",
        arguments: &[],
    }),
    params: &[],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::None,
    shape: Shape::Object,
    missing_session_is_inactive: false,
};

/// The request of [`DISCOVER_OIDC_CONFIGURATION`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DiscoverOidcConfiguration;

impl Request for DiscoverOidcConfiguration {
    const ENDPOINT: &'static Endpoint = &DISCOVER_OIDC_CONFIGURATION;
    type Response = serde_json::Value;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![],
            body: None,
        })
    }
}

/// `GET /admin/clients` — List OAuth 2.0 Clients.
pub const LIST_OAUTH2_CLIENTS: Endpoint = Endpoint {
    method: Method::Get,
    path: "/admin/clients",
    api: Api::OAuth2,
    v1_name: Some("listOAuth2Clients"),
    v0alpha2: Some(V0alpha2 {
        name: "adminListOAuth2Clients",
        arguments: &["pageSize", "pageToken", "clientName", "owner"],
    }),
    params: &[
        Param::query("page_size"),
        Param::query("page_token"),
        Param::query("client_name"),
        Param::query("owner"),
    ],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Array,
    missing_session_is_inactive: false,
};

/// The request of [`LIST_OAUTH2_CLIENTS`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListOAuth2Clients {
    /// The `page_size` query parameter.
    pub page_size: Option<i64>,
    /// The `page_token` query parameter.
    pub page_token: Option<String>,
    /// The `client_name` query parameter.
    pub client_name: Option<String>,
    /// The `owner` query parameter.
    pub owner: Option<String>,
}

impl Request for ListOAuth2Clients {
    const ENDPOINT: &'static Endpoint = &LIST_OAUTH2_CLIENTS;
    type Response = serde_json::Value;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![
                value(&self.page_size),
                value(&self.page_token),
                value(&self.client_name),
                value(&self.owner),
            ],
            body: None,
        })
    }
}

/// `POST /admin/clients` — Create an OAuth 2.0 Client.
pub const CREATE_OAUTH2_CLIENT: Endpoint = Endpoint {
    method: Method::Post,
    path: "/admin/clients",
    api: Api::OAuth2,
    v1_name: Some("createOAuth2Client"),
    v0alpha2: Some(V0alpha2 {
        name: "adminCreateOAuth2Client",
        arguments: &["body"],
    }),
    params: &[],
    body: Some(Body {
        name: "oAuth2Client",
        required: true,
    }),
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Object,
    missing_session_is_inactive: false,
};

/// The request of [`CREATE_OAUTH2_CLIENT`].
#[derive(Debug, Clone, PartialEq)]
pub struct CreateOAuth2Client {
    /// The JSON body (`oAuth2Client`).
    pub body: serde_json::Value,
}

impl Request for CreateOAuth2Client {
    const ENDPOINT: &'static Endpoint = &CREATE_OAUTH2_CLIENT;
    type Response = serde_json::Value;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![],
            body: Some(json_body(&self.body)?),
        })
    }
}

/// `DELETE /admin/clients/{id}` — Deletes an OAuth 2.0 Client.
pub const DELETE_OAUTH2_CLIENT: Endpoint = Endpoint {
    method: Method::Delete,
    path: "/admin/clients/{id}",
    api: Api::OAuth2,
    v1_name: Some("deleteOAuth2Client"),
    v0alpha2: Some(V0alpha2 {
        name: "adminDeleteOAuth2Client",
        arguments: &["id"],
    }),
    params: &[Param::path("id")],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Empty,
    missing_session_is_inactive: false,
};

/// The request of [`DELETE_OAUTH2_CLIENT`].
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteOAuth2Client {
    /// The `{id}` in the path.
    pub id: String,
}

impl Request for DeleteOAuth2Client {
    const ENDPOINT: &'static Endpoint = &DELETE_OAUTH2_CLIENT;
    type Response = ();

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![Some(self.id.clone().into())],
            body: None,
        })
    }
}

/// `GET /admin/clients/{id}` — Get an OAuth 2.0 Client.
pub const GET_OAUTH2_CLIENT: Endpoint = Endpoint {
    method: Method::Get,
    path: "/admin/clients/{id}",
    api: Api::OAuth2,
    v1_name: Some("getOAuth2Client"),
    v0alpha2: Some(V0alpha2 {
        name: "adminGetOAuth2Client",
        arguments: &["id"],
    }),
    params: &[Param::path("id")],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Object,
    missing_session_is_inactive: false,
};

/// The request of [`GET_OAUTH2_CLIENT`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetOAuth2Client {
    /// The `{id}` in the path.
    pub id: String,
}

impl Request for GetOAuth2Client {
    const ENDPOINT: &'static Endpoint = &GET_OAUTH2_CLIENT;
    type Response = serde_json::Value;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![Some(self.id.clone().into())],
            body: None,
        })
    }
}

/// `PATCH /admin/clients/{id}` — Patch an OAuth 2.0 Client.
pub const PATCH_OAUTH2_CLIENT: Endpoint = Endpoint {
    method: Method::Patch,
    path: "/admin/clients/{id}",
    api: Api::OAuth2,
    v1_name: Some("patchOAuth2Client"),
    v0alpha2: Some(V0alpha2 {
        name: "adminPatchOAuth2Client",
        arguments: &["id", "body"],
    }),
    params: &[Param::path("id")],
    body: Some(Body {
        name: "jsonPatch",
        required: true,
    }),
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Object,
    missing_session_is_inactive: false,
};

/// The request of [`PATCH_OAUTH2_CLIENT`].
#[derive(Debug, Clone, PartialEq)]
pub struct PatchOAuth2Client {
    /// The `{id}` in the path.
    pub id: String,
    /// The JSON body (`jsonPatch`).
    pub body: serde_json::Value,
}

impl Request for PatchOAuth2Client {
    const ENDPOINT: &'static Endpoint = &PATCH_OAUTH2_CLIENT;
    type Response = serde_json::Value;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![Some(self.id.clone().into())],
            body: Some(json_body(&self.body)?),
        })
    }
}

/// `PUT /admin/clients/{id}` — Update an OAuth 2.0 Client.
pub const SET_OAUTH2_CLIENT: Endpoint = Endpoint {
    method: Method::Put,
    path: "/admin/clients/{id}",
    api: Api::OAuth2,
    v1_name: Some("setOAuth2Client"),
    v0alpha2: Some(V0alpha2 {
        name: "adminUpdateOAuth2Client",
        arguments: &["id", "body"],
    }),
    params: &[Param::path("id")],
    body: Some(Body {
        name: "oAuth2Client",
        required: true,
    }),
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Object,
    missing_session_is_inactive: false,
};

/// The request of [`SET_OAUTH2_CLIENT`].
#[derive(Debug, Clone, PartialEq)]
pub struct SetOAuth2Client {
    /// The `{id}` in the path.
    pub id: String,
    /// The JSON body (`oAuth2Client`).
    pub body: serde_json::Value,
}

impl Request for SetOAuth2Client {
    const ENDPOINT: &'static Endpoint = &SET_OAUTH2_CLIENT;
    type Response = serde_json::Value;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![Some(self.id.clone().into())],
            body: Some(json_body(&self.body)?),
        })
    }
}

/// `GET /admin/oauth2/auth/requests/consent` — Get OAuth 2.0 Consent Request Information.
pub const GET_OAUTH2_CONSENT_REQUEST: Endpoint = Endpoint {
    method: Method::Get,
    path: "/admin/oauth2/auth/requests/consent",
    api: Api::OAuth2,
    v1_name: Some("getOAuth2ConsentRequest"),
    v0alpha2: Some(V0alpha2 {
        name: "adminGetOAuth2ConsentRequest",
        arguments: &["consentChallenge"],
    }),
    params: &[Param::required_query("consent_challenge")],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Object,
    missing_session_is_inactive: false,
};

/// The request of [`GET_OAUTH2_CONSENT_REQUEST`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetOAuth2ConsentRequest {
    /// The `consent_challenge` query parameter (required).
    pub consent_challenge: String,
}

impl Request for GetOAuth2ConsentRequest {
    const ENDPOINT: &'static Endpoint = &GET_OAUTH2_CONSENT_REQUEST;
    type Response = serde_json::Value;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![Some(self.consent_challenge.clone().into())],
            body: None,
        })
    }
}

/// `PUT /admin/oauth2/auth/requests/consent/accept` — Accept an OAuth 2.0 Consent Request.
pub const ACCEPT_OAUTH2_CONSENT_REQUEST: Endpoint = Endpoint {
    method: Method::Put,
    path: "/admin/oauth2/auth/requests/consent/accept",
    api: Api::OAuth2,
    v1_name: Some("acceptOAuth2ConsentRequest"),
    v0alpha2: Some(V0alpha2 {
        name: "adminAcceptOAuth2ConsentRequest",
        arguments: &["consentChallenge", "body"],
    }),
    params: &[Param::required_query("consent_challenge")],
    body: Some(Body {
        name: "acceptOAuth2ConsentRequest",
        required: false,
    }),
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Object,
    missing_session_is_inactive: false,
};

/// The request of [`ACCEPT_OAUTH2_CONSENT_REQUEST`].
#[derive(Debug, Clone, PartialEq)]
pub struct AcceptOAuth2ConsentRequest {
    /// The `consent_challenge` query parameter (required).
    pub consent_challenge: String,
    /// The JSON body (`acceptOAuth2ConsentRequest`).
    pub body: Option<serde_json::Value>,
}

impl Request for AcceptOAuth2ConsentRequest {
    const ENDPOINT: &'static Endpoint = &ACCEPT_OAUTH2_CONSENT_REQUEST;
    type Response = serde_json::Value;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![Some(self.consent_challenge.clone().into())],
            body: self.body.as_ref().map(json_body).transpose()?,
        })
    }
}

/// `PUT /admin/oauth2/auth/requests/consent/reject` — Reject an OAuth 2.0 Consent Request.
pub const REJECT_OAUTH2_CONSENT_REQUEST: Endpoint = Endpoint {
    method: Method::Put,
    path: "/admin/oauth2/auth/requests/consent/reject",
    api: Api::OAuth2,
    v1_name: Some("rejectOAuth2ConsentRequest"),
    v0alpha2: Some(V0alpha2 {
        name: "adminRejectOAuth2ConsentRequest",
        arguments: &["consentChallenge", "body"],
    }),
    params: &[Param::required_query("consent_challenge")],
    body: Some(Body {
        name: "rejectOAuth2Request",
        required: false,
    }),
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Object,
    missing_session_is_inactive: false,
};

/// The request of [`REJECT_OAUTH2_CONSENT_REQUEST`].
#[derive(Debug, Clone, PartialEq)]
pub struct RejectOAuth2ConsentRequest {
    /// The `consent_challenge` query parameter (required).
    pub consent_challenge: String,
    /// The JSON body (`rejectOAuth2Request`).
    pub body: Option<serde_json::Value>,
}

impl Request for RejectOAuth2ConsentRequest {
    const ENDPOINT: &'static Endpoint = &REJECT_OAUTH2_CONSENT_REQUEST;
    type Response = serde_json::Value;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![Some(self.consent_challenge.clone().into())],
            body: self.body.as_ref().map(json_body).transpose()?,
        })
    }
}

/// `GET /admin/oauth2/auth/requests/login` — Get an OAuth 2.0 Login Request.
pub const GET_OAUTH2_LOGIN_REQUEST: Endpoint = Endpoint {
    method: Method::Get,
    path: "/admin/oauth2/auth/requests/login",
    api: Api::OAuth2,
    v1_name: Some("getOAuth2LoginRequest"),
    v0alpha2: Some(V0alpha2 {
        name: "adminGetOAuth2LoginRequest",
        arguments: &["loginChallenge"],
    }),
    params: &[Param::required_query("login_challenge")],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Object,
    missing_session_is_inactive: false,
};

/// The request of [`GET_OAUTH2_LOGIN_REQUEST`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetOAuth2LoginRequest {
    /// The `login_challenge` query parameter (required).
    pub login_challenge: String,
}

impl Request for GetOAuth2LoginRequest {
    const ENDPOINT: &'static Endpoint = &GET_OAUTH2_LOGIN_REQUEST;
    type Response = serde_json::Value;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![Some(self.login_challenge.clone().into())],
            body: None,
        })
    }
}

/// `PUT /admin/oauth2/auth/requests/login/accept` — Accept an OAuth 2.0 Login Request.
pub const ACCEPT_OAUTH2_LOGIN_REQUEST: Endpoint = Endpoint {
    method: Method::Put,
    path: "/admin/oauth2/auth/requests/login/accept",
    api: Api::OAuth2,
    v1_name: Some("acceptOAuth2LoginRequest"),
    v0alpha2: Some(V0alpha2 {
        name: "adminAcceptOAuth2LoginRequest",
        arguments: &["loginChallenge", "body"],
    }),
    params: &[Param::required_query("login_challenge")],
    body: Some(Body {
        name: "acceptOAuth2LoginRequest",
        required: false,
    }),
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Object,
    missing_session_is_inactive: false,
};

/// The request of [`ACCEPT_OAUTH2_LOGIN_REQUEST`].
#[derive(Debug, Clone, PartialEq)]
pub struct AcceptOAuth2LoginRequest {
    /// The `login_challenge` query parameter (required).
    pub login_challenge: String,
    /// The JSON body (`acceptOAuth2LoginRequest`).
    pub body: Option<serde_json::Value>,
}

impl Request for AcceptOAuth2LoginRequest {
    const ENDPOINT: &'static Endpoint = &ACCEPT_OAUTH2_LOGIN_REQUEST;
    type Response = serde_json::Value;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![Some(self.login_challenge.clone().into())],
            body: self.body.as_ref().map(json_body).transpose()?,
        })
    }
}

/// `PUT /admin/oauth2/auth/requests/login/reject` — Reject an OAuth 2.0 Login Request.
pub const REJECT_OAUTH2_LOGIN_REQUEST: Endpoint = Endpoint {
    method: Method::Put,
    path: "/admin/oauth2/auth/requests/login/reject",
    api: Api::OAuth2,
    v1_name: Some("rejectOAuth2LoginRequest"),
    v0alpha2: Some(V0alpha2 {
        name: "adminRejectOAuth2LoginRequest",
        arguments: &["loginChallenge", "body"],
    }),
    params: &[Param::required_query("login_challenge")],
    body: Some(Body {
        name: "rejectOAuth2Request",
        required: false,
    }),
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Object,
    missing_session_is_inactive: false,
};

/// The request of [`REJECT_OAUTH2_LOGIN_REQUEST`].
#[derive(Debug, Clone, PartialEq)]
pub struct RejectOAuth2LoginRequest {
    /// The `login_challenge` query parameter (required).
    pub login_challenge: String,
    /// The JSON body (`rejectOAuth2Request`).
    pub body: Option<serde_json::Value>,
}

impl Request for RejectOAuth2LoginRequest {
    const ENDPOINT: &'static Endpoint = &REJECT_OAUTH2_LOGIN_REQUEST;
    type Response = serde_json::Value;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![Some(self.login_challenge.clone().into())],
            body: self.body.as_ref().map(json_body).transpose()?,
        })
    }
}

/// `GET /admin/oauth2/auth/requests/logout` — Get an OAuth 2.0 Logout Request.
pub const GET_OAUTH2_LOGOUT_REQUEST: Endpoint = Endpoint {
    method: Method::Get,
    path: "/admin/oauth2/auth/requests/logout",
    api: Api::OAuth2,
    v1_name: Some("getOAuth2LogoutRequest"),
    v0alpha2: Some(V0alpha2 {
        name: "adminGetOAuth2LogoutRequest",
        arguments: &["logoutChallenge"],
    }),
    params: &[Param::required_query("logout_challenge")],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Object,
    missing_session_is_inactive: false,
};

/// The request of [`GET_OAUTH2_LOGOUT_REQUEST`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetOAuth2LogoutRequest {
    /// The `logout_challenge` query parameter (required).
    pub logout_challenge: String,
}

impl Request for GetOAuth2LogoutRequest {
    const ENDPOINT: &'static Endpoint = &GET_OAUTH2_LOGOUT_REQUEST;
    type Response = serde_json::Value;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![Some(self.logout_challenge.clone().into())],
            body: None,
        })
    }
}

/// `PUT /admin/oauth2/auth/requests/logout/accept` — Accept an OAuth 2.0 Logout Request.
pub const ACCEPT_OAUTH2_LOGOUT_REQUEST: Endpoint = Endpoint {
    method: Method::Put,
    path: "/admin/oauth2/auth/requests/logout/accept",
    api: Api::OAuth2,
    v1_name: Some("acceptOAuth2LogoutRequest"),
    v0alpha2: Some(V0alpha2 {
        name: "adminAcceptOAuth2LogoutRequest",
        arguments: &["logoutChallenge"],
    }),
    params: &[Param::required_query("logout_challenge")],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Object,
    missing_session_is_inactive: false,
};

/// The request of [`ACCEPT_OAUTH2_LOGOUT_REQUEST`].
#[derive(Debug, Clone, PartialEq)]
pub struct AcceptOAuth2LogoutRequest {
    /// The `logout_challenge` query parameter (required).
    pub logout_challenge: String,
}

impl Request for AcceptOAuth2LogoutRequest {
    const ENDPOINT: &'static Endpoint = &ACCEPT_OAUTH2_LOGOUT_REQUEST;
    type Response = serde_json::Value;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![Some(self.logout_challenge.clone().into())],
            body: None,
        })
    }
}

/// `PUT /admin/oauth2/auth/requests/logout/reject` — Reject an OAuth 2.0 Logout Request.
pub const REJECT_OAUTH2_LOGOUT_REQUEST: Endpoint = Endpoint {
    method: Method::Put,
    path: "/admin/oauth2/auth/requests/logout/reject",
    api: Api::OAuth2,
    v1_name: Some("rejectOAuth2LogoutRequest"),
    v0alpha2: Some(V0alpha2 {
        name: "adminRejectOAuth2LogoutRequest",
        arguments: &["logoutChallenge", "body"],
    }),
    params: &[Param::required_query("logout_challenge")],
    body: Some(Body {
        name: "rejectOAuth2Request",
        required: false,
    }),
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Empty,
    missing_session_is_inactive: false,
};

/// The request of [`REJECT_OAUTH2_LOGOUT_REQUEST`].
#[derive(Debug, Clone, PartialEq)]
pub struct RejectOAuth2LogoutRequest {
    /// The `logout_challenge` query parameter (required).
    pub logout_challenge: String,
    /// The JSON body (`rejectOAuth2Request`).
    pub body: Option<serde_json::Value>,
}

impl Request for RejectOAuth2LogoutRequest {
    const ENDPOINT: &'static Endpoint = &REJECT_OAUTH2_LOGOUT_REQUEST;
    type Response = ();

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![Some(self.logout_challenge.clone().into())],
            body: self.body.as_ref().map(json_body).transpose()?,
        })
    }
}

/// `DELETE /admin/oauth2/auth/sessions/consent` — Revokes OAuth 2.0 Consent Sessions of a Subject
/// for a Specific OAuth 2.0 Client.
pub const REVOKE_OAUTH2_CONSENT_SESSIONS: Endpoint = Endpoint {
    method: Method::Delete,
    path: "/admin/oauth2/auth/sessions/consent",
    api: Api::OAuth2,
    v1_name: Some("revokeOAuth2ConsentSessions"),
    v0alpha2: Some(V0alpha2 {
        name: "adminRevokeOAuth2ConsentSessions",
        arguments: &["subject", "client", "all"],
    }),
    params: &[
        Param::required_query("subject"),
        Param::query("client"),
        Param::query("all"),
    ],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Empty,
    missing_session_is_inactive: false,
};

/// The request of [`REVOKE_OAUTH2_CONSENT_SESSIONS`].
#[derive(Debug, Clone, PartialEq)]
pub struct RevokeOAuth2ConsentSessions {
    /// The `subject` query parameter (required).
    pub subject: String,
    /// The `client` query parameter.
    pub client: Option<String>,
    /// The `all` query parameter.
    pub all: Option<bool>,
}

impl Request for RevokeOAuth2ConsentSessions {
    const ENDPOINT: &'static Endpoint = &REVOKE_OAUTH2_CONSENT_SESSIONS;
    type Response = ();

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![
                Some(self.subject.clone().into()),
                value(&self.client),
                value(&self.all),
            ],
            body: None,
        })
    }
}

/// `GET /admin/oauth2/auth/sessions/consent` — List OAuth 2.0 Consent Sessions of a Subject.
///
/// The spec lists `link` and `x-total-count` as request headers (they are the pagination
/// headers of the answer); they are declared as the spec says.
pub const LIST_OAUTH2_CONSENT_SESSIONS: Endpoint = Endpoint {
    method: Method::Get,
    path: "/admin/oauth2/auth/sessions/consent",
    api: Api::OAuth2,
    v1_name: Some("listOAuth2ConsentSessions"),
    v0alpha2: Some(V0alpha2 {
        name: "adminListOAuth2SubjectConsentSessions",
        arguments: &["subject", "link", "xTotalCount"],
    }),
    params: &[
        Param::header("link"),
        Param::header("x-total-count"),
        Param::required_query("subject"),
    ],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Array,
    missing_session_is_inactive: false,
};

/// The request of [`LIST_OAUTH2_CONSENT_SESSIONS`].
#[derive(Debug, Clone, PartialEq)]
pub struct ListOAuth2ConsentSessions {
    /// The `link` header.
    pub link: Option<String>,
    /// The `x-total-count` header.
    pub x_total_count: Option<String>,
    /// The `subject` query parameter (required).
    pub subject: String,
}

impl Request for ListOAuth2ConsentSessions {
    const ENDPOINT: &'static Endpoint = &LIST_OAUTH2_CONSENT_SESSIONS;
    type Response = serde_json::Value;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![
                value(&self.link),
                value(&self.x_total_count),
                Some(self.subject.clone().into()),
            ],
            body: None,
        })
    }
}

/// `DELETE /admin/oauth2/auth/sessions/login` — Invalidates All OAuth 2.0 Login Sessions of a
/// Certain User.
pub const REVOKE_OAUTH2_LOGIN_SESSIONS: Endpoint = Endpoint {
    method: Method::Delete,
    path: "/admin/oauth2/auth/sessions/login",
    api: Api::OAuth2,
    v1_name: Some("revokeOAuth2LoginSessions"),
    v0alpha2: Some(V0alpha2 {
        name: "adminRevokeOAuth2LoginSessions",
        arguments: &["subject"],
    }),
    params: &[Param::required_query("subject")],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Empty,
    missing_session_is_inactive: false,
};

/// The request of [`REVOKE_OAUTH2_LOGIN_SESSIONS`].
#[derive(Debug, Clone, PartialEq)]
pub struct RevokeOAuth2LoginSessions {
    /// The `subject` query parameter (required).
    pub subject: String,
}

impl Request for RevokeOAuth2LoginSessions {
    const ENDPOINT: &'static Endpoint = &REVOKE_OAUTH2_LOGIN_SESSIONS;
    type Response = ();

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![Some(self.subject.clone().into())],
            body: None,
        })
    }
}

/// `POST /admin/oauth2/introspect` — Introspect OAuth2 Access or Refresh Tokens.
///
/// The Ory Network spec secures it with the API key (`oryAccessToken`), not client credentials.
pub const INTROSPECT_OAUTH2_TOKEN: Endpoint = Endpoint {
    method: Method::Post,
    path: "/admin/oauth2/introspect",
    api: Api::OAuth2,
    v1_name: Some("introspectOAuth2Token"),
    v0alpha2: Some(V0alpha2 {
        name: "adminIntrospectOAuth2Token",
        arguments: &["token", "scope"],
    }),
    params: &[Param::form("scope"), Param::required_form("token")],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Object,
    missing_session_is_inactive: false,
};

/// The request of [`INTROSPECT_OAUTH2_TOKEN`].
#[derive(Debug, Clone, PartialEq)]
pub struct IntrospectOAuth2Token {
    /// The `scope` form field.
    pub scope: Option<String>,
    /// The `token` form field (required).
    pub token: String,
}

impl Request for IntrospectOAuth2Token {
    const ENDPOINT: &'static Endpoint = &INTROSPECT_OAUTH2_TOKEN;
    type Response = serde_json::Value;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![value(&self.scope), Some(self.token.clone().into())],
            body: None,
        })
    }
}

/// `DELETE /admin/oauth2/tokens` — Delete OAuth2 Access Tokens from a Client.
pub const DELETE_OAUTH2_TOKEN: Endpoint = Endpoint {
    method: Method::Delete,
    path: "/admin/oauth2/tokens",
    api: Api::OAuth2,
    v1_name: Some("deleteOAuth2Token"),
    v0alpha2: Some(V0alpha2 {
        name: "adminDeleteOAuth2Token",
        arguments: &["clientId"],
    }),
    params: &[Param::required_query("client_id")],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Empty,
    missing_session_is_inactive: false,
};

/// The request of [`DELETE_OAUTH2_TOKEN`].
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteOAuth2Token {
    /// The `client_id` query parameter (required).
    pub client_id: String,
}

impl Request for DeleteOAuth2Token {
    const ENDPOINT: &'static Endpoint = &DELETE_OAUTH2_TOKEN;
    type Response = ();

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![Some(self.client_id.clone().into())],
            body: None,
        })
    }
}

/// `GET /admin/trust/grants/jwt-bearer/issuers` — List Trusted OAuth2 JWT Bearer Grant Type
/// Issuers.
///
/// `MaxItems` and `DefaultItems` are go-swagger artefacts of the spec, declared as it says.
pub const LIST_TRUSTED_OAUTH2_JWT_GRANT_ISSUERS: Endpoint = Endpoint {
    method: Method::Get,
    path: "/admin/trust/grants/jwt-bearer/issuers",
    api: Api::OAuth2,
    v1_name: Some("listTrustedOAuth2JwtGrantIssuers"),
    v0alpha2: Some(V0alpha2 {
        name: "adminListTrustedOAuth2JwtGrantIssuers",
        arguments: &["maxItems", "defaultItems", "issuer", "limit", "offset"],
    }),
    params: &[
        Param::query("MaxItems"),
        Param::query("DefaultItems"),
        Param::query("issuer"),
        Param::query("limit"),
        Param::query("offset"),
    ],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Array,
    missing_session_is_inactive: false,
};

/// The request of [`LIST_TRUSTED_OAUTH2_JWT_GRANT_ISSUERS`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListTrustedOAuth2JwtGrantIssuers {
    /// The `MaxItems` query parameter.
    pub max_items: Option<i64>,
    /// The `DefaultItems` query parameter.
    pub default_items: Option<i64>,
    /// The `issuer` query parameter.
    pub issuer: Option<String>,
    /// The `limit` query parameter.
    pub limit: Option<i64>,
    /// The `offset` query parameter.
    pub offset: Option<i64>,
}

impl Request for ListTrustedOAuth2JwtGrantIssuers {
    const ENDPOINT: &'static Endpoint = &LIST_TRUSTED_OAUTH2_JWT_GRANT_ISSUERS;
    type Response = serde_json::Value;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![
                value(&self.max_items),
                value(&self.default_items),
                value(&self.issuer),
                value(&self.limit),
                value(&self.offset),
            ],
            body: None,
        })
    }
}

/// `POST /admin/trust/grants/jwt-bearer/issuers` — Trust an OAuth2 JWT Bearer Grant Type Issuer.
pub const TRUST_OAUTH2_JWT_GRANT_ISSUER: Endpoint = Endpoint {
    method: Method::Post,
    path: "/admin/trust/grants/jwt-bearer/issuers",
    api: Api::OAuth2,
    v1_name: Some("trustOAuth2JwtGrantIssuer"),
    v0alpha2: Some(V0alpha2 {
        name: "adminTrustOAuth2JwtGrantIssuer",
        arguments: &["body"],
    }),
    params: &[],
    body: Some(Body {
        name: "adminTrustOAuth2JwtGrantIssuerBody",
        required: false,
    }),
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Object,
    missing_session_is_inactive: false,
};

/// The request of [`TRUST_OAUTH2_JWT_GRANT_ISSUER`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TrustOAuth2JwtGrantIssuer {
    /// The JSON body (`adminTrustOAuth2JwtGrantIssuerBody`).
    pub body: Option<serde_json::Value>,
}

impl Request for TrustOAuth2JwtGrantIssuer {
    const ENDPOINT: &'static Endpoint = &TRUST_OAUTH2_JWT_GRANT_ISSUER;
    type Response = serde_json::Value;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![],
            body: self.body.as_ref().map(json_body).transpose()?,
        })
    }
}

/// `DELETE /admin/trust/grants/jwt-bearer/issuers/{id}` — Delete a Trusted OAuth2 JWT Bearer Grant
/// Type Issuer.
pub const DELETE_TRUSTED_OAUTH2_JWT_GRANT_ISSUER: Endpoint = Endpoint {
    method: Method::Delete,
    path: "/admin/trust/grants/jwt-bearer/issuers/{id}",
    api: Api::OAuth2,
    v1_name: Some("deleteTrustedOAuth2JwtGrantIssuer"),
    v0alpha2: Some(V0alpha2 {
        name: "adminDeleteTrustedOAuth2JwtGrantIssuer",
        arguments: &["id"],
    }),
    params: &[Param::path("id")],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Empty,
    missing_session_is_inactive: false,
};

/// The request of [`DELETE_TRUSTED_OAUTH2_JWT_GRANT_ISSUER`].
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteTrustedOAuth2JwtGrantIssuer {
    /// The `{id}` in the path.
    pub id: String,
}

impl Request for DeleteTrustedOAuth2JwtGrantIssuer {
    const ENDPOINT: &'static Endpoint = &DELETE_TRUSTED_OAUTH2_JWT_GRANT_ISSUER;
    type Response = ();

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![Some(self.id.clone().into())],
            body: None,
        })
    }
}

/// `GET /admin/trust/grants/jwt-bearer/issuers/{id}` — Get a Trusted OAuth2 JWT Bearer Grant Type
/// Issuer.
pub const GET_TRUSTED_OAUTH2_JWT_GRANT_ISSUER: Endpoint = Endpoint {
    method: Method::Get,
    path: "/admin/trust/grants/jwt-bearer/issuers/{id}",
    api: Api::OAuth2,
    v1_name: Some("getTrustedOAuth2JwtGrantIssuer"),
    v0alpha2: Some(V0alpha2 {
        name: "adminGetTrustedOAuth2JwtGrantIssuer",
        arguments: &["id"],
    }),
    params: &[Param::path("id")],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Object,
    missing_session_is_inactive: false,
};

/// The request of [`GET_TRUSTED_OAUTH2_JWT_GRANT_ISSUER`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetTrustedOAuth2JwtGrantIssuer {
    /// The `{id}` in the path.
    pub id: String,
}

impl Request for GetTrustedOAuth2JwtGrantIssuer {
    const ENDPOINT: &'static Endpoint = &GET_TRUSTED_OAUTH2_JWT_GRANT_ISSUER;
    type Response = serde_json::Value;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![Some(self.id.clone().into())],
            body: None,
        })
    }
}

/// `GET /oauth2/auth` — The OAuth 2.0 Authorize Endpoint.
///
/// The server answers with a redirect meant for a browser navigation: send the browser to this
/// URL instead. Called through the SDK, the redirect is reported as an error (kind `http`).
pub const OAUTH2_AUTHORIZE: Endpoint = Endpoint {
    method: Method::Get,
    path: "/oauth2/auth",
    api: Api::OAuth2,
    v1_name: Some("oAuth2Authorize"),
    v0alpha2: Some(V0alpha2 {
        name: "performOAuth2AuthorizationFlow",
        arguments: &[],
    }),
    params: &[],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::None,
    shape: Shape::Empty,
    missing_session_is_inactive: false,
};

/// The request of [`OAUTH2_AUTHORIZE`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OAuth2Authorize;

impl Request for OAuth2Authorize {
    const ENDPOINT: &'static Endpoint = &OAUTH2_AUTHORIZE;
    type Response = ();

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![],
            body: None,
        })
    }
}

/// `POST /oauth2/register` — Register an OAuth 2.0 Client using the OpenID / OAuth2 Dynamic Client
/// Registration Management Protocol.
pub const CREATE_OIDC_DYNAMIC_CLIENT: Endpoint = Endpoint {
    method: Method::Post,
    path: "/oauth2/register",
    api: Api::Oidc,
    v1_name: Some("createOidcDynamicClient"),
    v0alpha2: Some(V0alpha2 {
        name: "dynamicClientRegistrationCreateOAuth2Client",
        arguments: &["body"],
    }),
    params: &[],
    body: Some(Body {
        name: "oAuth2Client",
        required: true,
    }),
    flavor: Flavor::Either,
    auth: Auth::None,
    shape: Shape::Object,
    missing_session_is_inactive: false,
};

/// The request of [`CREATE_OIDC_DYNAMIC_CLIENT`].
#[derive(Debug, Clone, PartialEq)]
pub struct CreateOidcDynamicClient {
    /// The JSON body (`oAuth2Client`).
    pub body: serde_json::Value,
}

impl Request for CreateOidcDynamicClient {
    const ENDPOINT: &'static Endpoint = &CREATE_OIDC_DYNAMIC_CLIENT;
    type Response = serde_json::Value;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![],
            body: Some(json_body(&self.body)?),
        })
    }
}

/// `DELETE /oauth2/register/{id}` — Deletes an OAuth 2.0 Client using the OpenID / OAuth2 Dynamic
/// Client Registration Management Protocol.
pub const DELETE_OIDC_DYNAMIC_CLIENT: Endpoint = Endpoint {
    method: Method::Delete,
    path: "/oauth2/register/{id}",
    api: Api::Oidc,
    v1_name: Some("deleteOidcDynamicClient"),
    v0alpha2: Some(V0alpha2 {
        name: "dynamicClientRegistrationDeleteOAuth2Client",
        arguments: &["id"],
    }),
    params: &[Param::path("id")],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::AccessToken,
    shape: Shape::Empty,
    missing_session_is_inactive: false,
};

/// The request of [`DELETE_OIDC_DYNAMIC_CLIENT`].
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteOidcDynamicClient {
    /// The `{id}` in the path.
    pub id: String,
}

impl Request for DeleteOidcDynamicClient {
    const ENDPOINT: &'static Endpoint = &DELETE_OIDC_DYNAMIC_CLIENT;
    type Response = ();

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![Some(self.id.clone().into())],
            body: None,
        })
    }
}

/// `GET /oauth2/register/{id}` — Get an OAuth 2.0 Client using the OpenID / OAuth2 Dynamic Client
/// Registration Management Protocol.
pub const GET_OIDC_DYNAMIC_CLIENT: Endpoint = Endpoint {
    method: Method::Get,
    path: "/oauth2/register/{id}",
    api: Api::Oidc,
    v1_name: Some("getOidcDynamicClient"),
    v0alpha2: Some(V0alpha2 {
        name: "dynamicClientRegistrationGetOAuth2Client",
        arguments: &["id"],
    }),
    params: &[Param::path("id")],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::AccessToken,
    shape: Shape::Object,
    missing_session_is_inactive: false,
};

/// The request of [`GET_OIDC_DYNAMIC_CLIENT`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetOidcDynamicClient {
    /// The `{id}` in the path.
    pub id: String,
}

impl Request for GetOidcDynamicClient {
    const ENDPOINT: &'static Endpoint = &GET_OIDC_DYNAMIC_CLIENT;
    type Response = serde_json::Value;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![Some(self.id.clone().into())],
            body: None,
        })
    }
}

/// `PUT /oauth2/register/{id}` — Update an OAuth 2.0 Client using the OpenID / OAuth2 Dynamic
/// Client Registration Management Protocol.
pub const SET_OIDC_DYNAMIC_CLIENT: Endpoint = Endpoint {
    method: Method::Put,
    path: "/oauth2/register/{id}",
    api: Api::Oidc,
    v1_name: Some("setOidcDynamicClient"),
    v0alpha2: Some(V0alpha2 {
        name: "dynamicClientRegistrationUpdateOAuth2Client",
        arguments: &["id", "body"],
    }),
    params: &[Param::path("id")],
    body: Some(Body {
        name: "oAuth2Client",
        required: true,
    }),
    flavor: Flavor::Either,
    auth: Auth::AccessToken,
    shape: Shape::Object,
    missing_session_is_inactive: false,
};

/// The request of [`SET_OIDC_DYNAMIC_CLIENT`].
#[derive(Debug, Clone, PartialEq)]
pub struct SetOidcDynamicClient {
    /// The `{id}` in the path.
    pub id: String,
    /// The JSON body (`oAuth2Client`).
    pub body: serde_json::Value,
}

impl Request for SetOidcDynamicClient {
    const ENDPOINT: &'static Endpoint = &SET_OIDC_DYNAMIC_CLIENT;
    type Response = serde_json::Value;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![Some(self.id.clone().into())],
            body: Some(json_body(&self.body)?),
        })
    }
}

/// `POST /oauth2/revoke` — Revoke an OAuth2 Access or Refresh Token.
pub const REVOKE_OAUTH2_TOKEN: Endpoint = Endpoint {
    method: Method::Post,
    path: "/oauth2/revoke",
    api: Api::OAuth2,
    v1_name: Some("revokeOAuth2Token"),
    v0alpha2: Some(V0alpha2 {
        name: "revokeOAuth2Token",
        arguments: &["token"],
    }),
    params: &[Param::required_form("token")],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::ClientCredentials,
    shape: Shape::Empty,
    missing_session_is_inactive: false,
};

/// The request of [`REVOKE_OAUTH2_TOKEN`].
#[derive(Debug, Clone, PartialEq)]
pub struct RevokeOAuth2Token {
    /// The `token` form field (required).
    pub token: String,
}

impl Request for RevokeOAuth2Token {
    const ENDPOINT: &'static Endpoint = &REVOKE_OAUTH2_TOKEN;
    type Response = ();

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![Some(self.token.clone().into())],
            body: None,
        })
    }
}

/// `GET /oauth2/sessions/logout` — OpenID Connect Front- or Back-channel Enabled Logout.
///
/// The server answers with a redirect meant for a browser navigation: send the browser to this
/// URL instead. Called through the SDK, the redirect is reported as an error (kind `http`).
pub const REVOKE_OIDC_SESSION: Endpoint = Endpoint {
    method: Method::Get,
    path: "/oauth2/sessions/logout",
    api: Api::Oidc,
    v1_name: Some("revokeOidcSession"),
    v0alpha2: Some(V0alpha2 {
        name: "performOidcFrontOrBackChannelLogout",
        arguments: &[],
    }),
    params: &[],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::None,
    shape: Shape::Empty,
    missing_session_is_inactive: false,
};

/// The request of [`REVOKE_OIDC_SESSION`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RevokeOidcSession;

impl Request for RevokeOidcSession {
    const ENDPOINT: &'static Endpoint = &REVOKE_OIDC_SESSION;
    type Response = ();

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![],
            body: None,
        })
    }
}

/// `POST /oauth2/token` — The OAuth 2.0 Token Endpoint.
pub const OAUTH2_TOKEN_EXCHANGE: Endpoint = Endpoint {
    method: Method::Post,
    path: "/oauth2/token",
    api: Api::OAuth2,
    v1_name: Some("oauth2TokenExchange"),
    v0alpha2: Some(V0alpha2 {
        name: "performOAuth2TokenFlow",
        arguments: &[
            "grantType",
            "clientId",
            "code",
            "redirectUri",
            "refreshToken",
        ],
    }),
    params: &[
        Param::form("client_id"),
        Param::form("code"),
        Param::required_form("grant_type"),
        Param::form("redirect_uri"),
        Param::form("refresh_token"),
    ],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::ClientCredentials,
    shape: Shape::Object,
    missing_session_is_inactive: false,
};

/// The request of [`OAUTH2_TOKEN_EXCHANGE`].
#[derive(Debug, Clone, PartialEq)]
pub struct Oauth2TokenExchange {
    /// The `client_id` form field.
    pub client_id: Option<String>,
    /// The `code` form field.
    pub code: Option<String>,
    /// The `grant_type` form field (required).
    pub grant_type: String,
    /// The `redirect_uri` form field.
    pub redirect_uri: Option<String>,
    /// The `refresh_token` form field.
    pub refresh_token: Option<String>,
}

impl Request for Oauth2TokenExchange {
    const ENDPOINT: &'static Endpoint = &OAUTH2_TOKEN_EXCHANGE;
    type Response = serde_json::Value;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![
                value(&self.client_id),
                value(&self.code),
                Some(self.grant_type.clone().into()),
                value(&self.redirect_uri),
                value(&self.refresh_token),
            ],
            body: None,
        })
    }
}

/// `GET /userinfo` — OpenID Connect Userinfo.
pub const GET_OIDC_USER_INFO: Endpoint = Endpoint {
    method: Method::Get,
    path: "/userinfo",
    api: Api::Oidc,
    v1_name: Some("getOidcUserInfo"),
    v0alpha2: Some(V0alpha2 {
        name: "getOidcUserInfo",
        arguments: &[],
    }),
    params: &[],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::AccessToken,
    shape: Shape::Object,
    missing_session_is_inactive: false,
};

/// The request of [`GET_OIDC_USER_INFO`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GetOidcUserInfo;

impl Request for GetOidcUserInfo {
    const ENDPOINT: &'static Endpoint = &GET_OIDC_USER_INFO;
    type Response = serde_json::Value;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![],
            body: None,
        })
    }
}

/// Every operation of this module.
pub const ALL: &[&Endpoint] = &[
    &DISCOVER_OIDC_CONFIGURATION,
    &LIST_OAUTH2_CLIENTS,
    &CREATE_OAUTH2_CLIENT,
    &DELETE_OAUTH2_CLIENT,
    &GET_OAUTH2_CLIENT,
    &PATCH_OAUTH2_CLIENT,
    &SET_OAUTH2_CLIENT,
    &GET_OAUTH2_CONSENT_REQUEST,
    &ACCEPT_OAUTH2_CONSENT_REQUEST,
    &REJECT_OAUTH2_CONSENT_REQUEST,
    &GET_OAUTH2_LOGIN_REQUEST,
    &ACCEPT_OAUTH2_LOGIN_REQUEST,
    &REJECT_OAUTH2_LOGIN_REQUEST,
    &GET_OAUTH2_LOGOUT_REQUEST,
    &ACCEPT_OAUTH2_LOGOUT_REQUEST,
    &REJECT_OAUTH2_LOGOUT_REQUEST,
    &REVOKE_OAUTH2_CONSENT_SESSIONS,
    &LIST_OAUTH2_CONSENT_SESSIONS,
    &REVOKE_OAUTH2_LOGIN_SESSIONS,
    &INTROSPECT_OAUTH2_TOKEN,
    &DELETE_OAUTH2_TOKEN,
    &LIST_TRUSTED_OAUTH2_JWT_GRANT_ISSUERS,
    &TRUST_OAUTH2_JWT_GRANT_ISSUER,
    &DELETE_TRUSTED_OAUTH2_JWT_GRANT_ISSUER,
    &GET_TRUSTED_OAUTH2_JWT_GRANT_ISSUER,
    &OAUTH2_AUTHORIZE,
    &CREATE_OIDC_DYNAMIC_CLIENT,
    &DELETE_OIDC_DYNAMIC_CLIENT,
    &GET_OIDC_DYNAMIC_CLIENT,
    &SET_OIDC_DYNAMIC_CLIENT,
    &REVOKE_OAUTH2_TOKEN,
    &REVOKE_OIDC_SESSION,
    &OAUTH2_TOKEN_EXCHANGE,
    &GET_OIDC_USER_INFO,
];
