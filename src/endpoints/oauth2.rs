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

use super::declare::declare_endpoints;
use crate::models;
// The answer types of the typed requests, which need the `rust-admin` feature.
#[cfg_attr(not(feature = "rust-admin"), allow(unused_imports))]
use crate::models::{
    IntrospectedOAuth2Token, OAuth2Client, OAuth2ConsentRequest, OAuth2ConsentSession,
    OAuth2LoginRequest, OAuth2LogoutRequest, OAuth2RedirectTo, OAuth2TokenExchange,
    OidcConfiguration, OidcUserInfo, RejectOAuth2Request, TrustedOAuth2JwtGrantIssuer,
};

declare_endpoints! {
    /// Every operation of this module.
    pub const ALL;
    requests: cfg(feature = "rust-admin");

    /// OpenID Connect Discovery.
    pub const DISCOVER_OIDC_CONFIGURATION =
        GET "/.well-known/openid-configuration" -> OidcConfiguration {
        api: Oidc,
        v1_name: "discoverOidcConfiguration",
        v0alpha2: "discoverOidcConfiguration"[],
        auth: None,
        shape: Object,
    }
    #[derive(Clone, Copy, Default, PartialEq, Eq)]
    pub struct DiscoverOidcConfiguration;

    /// List OAuth 2.0 Clients.
    pub const LIST_OAUTH2_CLIENTS = GET "/admin/clients" -> Vec<OAuth2Client> {
        api: OAuth2,
        v1_name: "listOAuth2Clients",
        v0alpha2: "adminListOAuth2Clients"["pageSize", "pageToken", "clientName", "owner"],
        auth: ApiKey,
        shape: Array,
    }
    #[derive(Clone, Default, PartialEq)]
    pub struct ListOAuth2Clients {
        /// The `page_size` query parameter.
        page_size: Option<i64> = query("page_size"),
        /// The `page_token` query parameter.
        page_token: Option<String> = query("page_token"),
        /// The `client_name` query parameter.
        client_name: Option<String> = query("client_name"),
        /// The `owner` query parameter.
        owner: Option<String> = query("owner"),
    }

    /// Create an OAuth 2.0 Client.
    pub const CREATE_OAUTH2_CLIENT = POST "/admin/clients" -> OAuth2Client {
        api: OAuth2,
        v1_name: "createOAuth2Client",
        v0alpha2: "adminCreateOAuth2Client"["body"],
        auth: ApiKey,
        shape: Object,
    }
    #[derive(Clone, PartialEq)]
    pub struct CreateOAuth2Client {
        /// The JSON body (`oAuth2Client`).
        body: OAuth2Client = required_body("oAuth2Client"),
    }

    /// Deletes an OAuth 2.0 Client.
    pub const DELETE_OAUTH2_CLIENT = DELETE "/admin/clients/{id}" -> () {
        api: OAuth2,
        v1_name: "deleteOAuth2Client",
        v0alpha2: "adminDeleteOAuth2Client"["id"],
        auth: ApiKey,
        shape: Empty,
    }
    #[derive(Clone, PartialEq)]
    pub struct DeleteOAuth2Client {
        /// The `{id}` in the path.
        id: String = path("id"),
    }

    /// Get an OAuth 2.0 Client.
    pub const GET_OAUTH2_CLIENT = GET "/admin/clients/{id}" -> OAuth2Client {
        api: OAuth2,
        v1_name: "getOAuth2Client",
        v0alpha2: "adminGetOAuth2Client"["id"],
        auth: ApiKey,
        shape: Object,
    }
    #[derive(Clone, PartialEq)]
    pub struct GetOAuth2Client {
        /// The `{id}` in the path.
        id: String = path("id"),
    }

    /// Patch an OAuth 2.0 Client.
    pub const PATCH_OAUTH2_CLIENT = PATCH "/admin/clients/{id}" -> OAuth2Client {
        api: OAuth2,
        v1_name: "patchOAuth2Client",
        v0alpha2: "adminPatchOAuth2Client"["id", "body"],
        auth: ApiKey,
        shape: Object,
    }
    #[derive(Clone, PartialEq)]
    pub struct PatchOAuth2Client {
        /// The `{id}` in the path.
        id: String = path("id"),
        /// The JSON body (`jsonPatch`): a JSON Patch document (RFC 6902), whose `value`s are any
        /// JSON by the spec, so it stays `serde_json::Value`.
        body: serde_json::Value = required_body("jsonPatch"),
    }

    /// Update an OAuth 2.0 Client.
    pub const SET_OAUTH2_CLIENT = PUT "/admin/clients/{id}" -> OAuth2Client {
        api: OAuth2,
        v1_name: "setOAuth2Client",
        v0alpha2: "adminUpdateOAuth2Client"["id", "body"],
        auth: ApiKey,
        shape: Object,
    }
    #[derive(Clone, PartialEq)]
    pub struct SetOAuth2Client {
        /// The `{id}` in the path.
        id: String = path("id"),
        /// The JSON body (`oAuth2Client`).
        body: OAuth2Client = required_body("oAuth2Client"),
    }

    /// Get OAuth 2.0 Consent Request Information.
    pub const GET_OAUTH2_CONSENT_REQUEST =
        GET "/admin/oauth2/auth/requests/consent" -> OAuth2ConsentRequest {
        api: OAuth2,
        v1_name: "getOAuth2ConsentRequest",
        v0alpha2: "adminGetOAuth2ConsentRequest"["consentChallenge"],
        auth: ApiKey,
        shape: Object,
    }
    #[derive(Clone, PartialEq)]
    pub struct GetOAuth2ConsentRequest {
        /// The `consent_challenge` query parameter (required).
        consent_challenge: String = required_query("consent_challenge"),
    }

    /// Accept an OAuth 2.0 Consent Request.
    pub const ACCEPT_OAUTH2_CONSENT_REQUEST =
        PUT "/admin/oauth2/auth/requests/consent/accept" -> OAuth2RedirectTo {
        api: OAuth2,
        v1_name: "acceptOAuth2ConsentRequest",
        v0alpha2: "adminAcceptOAuth2ConsentRequest"["consentChallenge", "body"],
        auth: ApiKey,
        shape: Object,
    }
    #[derive(Clone, PartialEq)]
    pub struct AcceptOAuth2ConsentRequest {
        /// The `consent_challenge` query parameter (required).
        consent_challenge: String = required_query("consent_challenge"),
        /// The JSON body (`acceptOAuth2ConsentRequest`).
        body: Option<models::AcceptOAuth2ConsentRequest> = body("acceptOAuth2ConsentRequest"),
    }

    /// Reject an OAuth 2.0 Consent Request.
    pub const REJECT_OAUTH2_CONSENT_REQUEST =
        PUT "/admin/oauth2/auth/requests/consent/reject" -> OAuth2RedirectTo {
        api: OAuth2,
        v1_name: "rejectOAuth2ConsentRequest",
        v0alpha2: "adminRejectOAuth2ConsentRequest"["consentChallenge", "body"],
        auth: ApiKey,
        shape: Object,
    }
    #[derive(Clone, PartialEq)]
    pub struct RejectOAuth2ConsentRequest {
        /// The `consent_challenge` query parameter (required).
        consent_challenge: String = required_query("consent_challenge"),
        /// The JSON body (`rejectOAuth2Request`).
        body: Option<RejectOAuth2Request> = body("rejectOAuth2Request"),
    }

    /// Get an OAuth 2.0 Login Request.
    pub const GET_OAUTH2_LOGIN_REQUEST =
        GET "/admin/oauth2/auth/requests/login" -> OAuth2LoginRequest {
        api: OAuth2,
        v1_name: "getOAuth2LoginRequest",
        v0alpha2: "adminGetOAuth2LoginRequest"["loginChallenge"],
        auth: ApiKey,
        shape: Object,
    }
    #[derive(Clone, PartialEq)]
    pub struct GetOAuth2LoginRequest {
        /// The `login_challenge` query parameter (required).
        login_challenge: String = required_query("login_challenge"),
    }

    /// Accept an OAuth 2.0 Login Request.
    pub const ACCEPT_OAUTH2_LOGIN_REQUEST =
        PUT "/admin/oauth2/auth/requests/login/accept" -> OAuth2RedirectTo {
        api: OAuth2,
        v1_name: "acceptOAuth2LoginRequest",
        v0alpha2: "adminAcceptOAuth2LoginRequest"["loginChallenge", "body"],
        auth: ApiKey,
        shape: Object,
    }
    #[derive(Clone, PartialEq)]
    pub struct AcceptOAuth2LoginRequest {
        /// The `login_challenge` query parameter (required).
        login_challenge: String = required_query("login_challenge"),
        /// The JSON body (`acceptOAuth2LoginRequest`).
        body: Option<models::AcceptOAuth2LoginRequest> = body("acceptOAuth2LoginRequest"),
    }

    /// Reject an OAuth 2.0 Login Request.
    pub const REJECT_OAUTH2_LOGIN_REQUEST =
        PUT "/admin/oauth2/auth/requests/login/reject" -> OAuth2RedirectTo {
        api: OAuth2,
        v1_name: "rejectOAuth2LoginRequest",
        v0alpha2: "adminRejectOAuth2LoginRequest"["loginChallenge", "body"],
        auth: ApiKey,
        shape: Object,
    }
    #[derive(Clone, PartialEq)]
    pub struct RejectOAuth2LoginRequest {
        /// The `login_challenge` query parameter (required).
        login_challenge: String = required_query("login_challenge"),
        /// The JSON body (`rejectOAuth2Request`).
        body: Option<RejectOAuth2Request> = body("rejectOAuth2Request"),
    }

    /// Get an OAuth 2.0 Logout Request.
    pub const GET_OAUTH2_LOGOUT_REQUEST =
        GET "/admin/oauth2/auth/requests/logout" -> OAuth2LogoutRequest {
        api: OAuth2,
        v1_name: "getOAuth2LogoutRequest",
        v0alpha2: "adminGetOAuth2LogoutRequest"["logoutChallenge"],
        auth: ApiKey,
        shape: Object,
    }
    #[derive(Clone, PartialEq)]
    pub struct GetOAuth2LogoutRequest {
        /// The `logout_challenge` query parameter (required).
        logout_challenge: String = required_query("logout_challenge"),
    }

    /// Accept an OAuth 2.0 Logout Request.
    pub const ACCEPT_OAUTH2_LOGOUT_REQUEST =
        PUT "/admin/oauth2/auth/requests/logout/accept" -> OAuth2RedirectTo {
        api: OAuth2,
        v1_name: "acceptOAuth2LogoutRequest",
        v0alpha2: "adminAcceptOAuth2LogoutRequest"["logoutChallenge"],
        auth: ApiKey,
        shape: Object,
    }
    #[derive(Clone, PartialEq)]
    pub struct AcceptOAuth2LogoutRequest {
        /// The `logout_challenge` query parameter (required).
        logout_challenge: String = required_query("logout_challenge"),
    }

    /// Reject an OAuth 2.0 Logout Request.
    pub const REJECT_OAUTH2_LOGOUT_REQUEST = PUT "/admin/oauth2/auth/requests/logout/reject" -> () {
        api: OAuth2,
        v1_name: "rejectOAuth2LogoutRequest",
        v0alpha2: "adminRejectOAuth2LogoutRequest"["logoutChallenge", "body"],
        auth: ApiKey,
        shape: Empty,
    }
    #[derive(Clone, PartialEq)]
    pub struct RejectOAuth2LogoutRequest {
        /// The `logout_challenge` query parameter (required).
        logout_challenge: String = required_query("logout_challenge"),
        /// The JSON body (`rejectOAuth2Request`).
        body: Option<RejectOAuth2Request> = body("rejectOAuth2Request"),
    }

    /// Revokes OAuth 2.0 Consent Sessions of a Subject for a Specific OAuth 2.0 Client.
    pub const REVOKE_OAUTH2_CONSENT_SESSIONS = DELETE "/admin/oauth2/auth/sessions/consent" -> () {
        api: OAuth2,
        v1_name: "revokeOAuth2ConsentSessions",
        v0alpha2: "adminRevokeOAuth2ConsentSessions"["subject", "client", "all"],
        auth: ApiKey,
        shape: Empty,
    }
    #[derive(Clone, PartialEq)]
    pub struct RevokeOAuth2ConsentSessions {
        /// The `subject` query parameter (required).
        subject: String = required_query("subject"),
        /// The `client` query parameter.
        client: Option<String> = query("client"),
        /// The `all` query parameter.
        all: Option<bool> = query("all"),
    }

    /// List OAuth 2.0 Consent Sessions of a Subject.
    ///
    /// The spec lists `link` and `x-total-count` as request headers (they are the pagination
    /// headers of the answer); they are declared as the spec says.
    pub const LIST_OAUTH2_CONSENT_SESSIONS =
        GET "/admin/oauth2/auth/sessions/consent" -> Vec<OAuth2ConsentSession> {
        api: OAuth2,
        v1_name: "listOAuth2ConsentSessions",
        v0alpha2: "adminListOAuth2SubjectConsentSessions"["subject", "link", "xTotalCount"],
        auth: ApiKey,
        shape: Array,
    }
    #[derive(Clone, PartialEq)]
    pub struct ListOAuth2ConsentSessions {
        /// The `link` header.
        link: Option<String> = header("link"),
        /// The `x-total-count` header.
        x_total_count: Option<String> = header("x-total-count"),
        /// The `subject` query parameter (required).
        subject: String = required_query("subject"),
    }

    /// Invalidates All OAuth 2.0 Login Sessions of a Certain User.
    pub const REVOKE_OAUTH2_LOGIN_SESSIONS = DELETE "/admin/oauth2/auth/sessions/login" -> () {
        api: OAuth2,
        v1_name: "revokeOAuth2LoginSessions",
        v0alpha2: "adminRevokeOAuth2LoginSessions"["subject"],
        auth: ApiKey,
        shape: Empty,
    }
    #[derive(Clone, PartialEq)]
    pub struct RevokeOAuth2LoginSessions {
        /// The `subject` query parameter (required).
        subject: String = required_query("subject"),
    }

    /// Introspect OAuth2 Access or Refresh Tokens.
    ///
    /// The Ory Network spec secures it with the API key (`oryAccessToken`), not client credentials.
    pub const INTROSPECT_OAUTH2_TOKEN = POST "/admin/oauth2/introspect" -> IntrospectedOAuth2Token {
        api: OAuth2,
        v1_name: "introspectOAuth2Token",
        v0alpha2: "adminIntrospectOAuth2Token"["token", "scope"],
        auth: ApiKey,
        shape: Object,
    }
    #[derive(Clone, PartialEq)]
    pub struct IntrospectOAuth2Token {
        /// The `scope` form field.
        scope: Option<String> = form("scope"),
        /// The `token` form field (required).
        token: String = required_form("token"),
    }

    /// Delete OAuth2 Access Tokens from a Client.
    pub const DELETE_OAUTH2_TOKEN = DELETE "/admin/oauth2/tokens" -> () {
        api: OAuth2,
        v1_name: "deleteOAuth2Token",
        v0alpha2: "adminDeleteOAuth2Token"["clientId"],
        auth: ApiKey,
        shape: Empty,
    }
    #[derive(Clone, PartialEq)]
    pub struct DeleteOAuth2Token {
        /// The `client_id` query parameter (required).
        client_id: String = required_query("client_id"),
    }

    /// List Trusted OAuth2 JWT Bearer Grant Type Issuers.
    ///
    /// `MaxItems` and `DefaultItems` are go-swagger artefacts of the spec, declared as it says.
    pub const LIST_TRUSTED_OAUTH2_JWT_GRANT_ISSUERS =
        GET "/admin/trust/grants/jwt-bearer/issuers" -> Vec<TrustedOAuth2JwtGrantIssuer> {
        api: OAuth2,
        v1_name: "listTrustedOAuth2JwtGrantIssuers",
        v0alpha2: "adminListTrustedOAuth2JwtGrantIssuers"[
            "maxItems",
            "defaultItems",
            "issuer",
            "limit",
            "offset",
        ],
        auth: ApiKey,
        shape: Array,
    }
    #[derive(Clone, Default, PartialEq)]
    pub struct ListTrustedOAuth2JwtGrantIssuers {
        /// The `MaxItems` query parameter.
        max_items: Option<i64> = query("MaxItems"),
        /// The `DefaultItems` query parameter.
        default_items: Option<i64> = query("DefaultItems"),
        /// The `issuer` query parameter.
        issuer: Option<String> = query("issuer"),
        /// The `limit` query parameter.
        limit: Option<i64> = query("limit"),
        /// The `offset` query parameter.
        offset: Option<i64> = query("offset"),
    }

    /// Trust an OAuth2 JWT Bearer Grant Type Issuer.
    pub const TRUST_OAUTH2_JWT_GRANT_ISSUER =
        POST "/admin/trust/grants/jwt-bearer/issuers" -> TrustedOAuth2JwtGrantIssuer {
        api: OAuth2,
        v1_name: "trustOAuth2JwtGrantIssuer",
        v0alpha2: "adminTrustOAuth2JwtGrantIssuer"["body"],
        auth: ApiKey,
        shape: Object,
    }
    #[derive(Clone, Default, PartialEq)]
    pub struct TrustOAuth2JwtGrantIssuer {
        /// The JSON body (`adminTrustOAuth2JwtGrantIssuerBody`).
        body: Option<models::TrustOAuth2JwtGrantIssuer> = body("adminTrustOAuth2JwtGrantIssuerBody"),
    }

    /// Delete a Trusted OAuth2 JWT Bearer Grant Type Issuer.
    pub const DELETE_TRUSTED_OAUTH2_JWT_GRANT_ISSUER =
        DELETE "/admin/trust/grants/jwt-bearer/issuers/{id}" -> () {
        api: OAuth2,
        v1_name: "deleteTrustedOAuth2JwtGrantIssuer",
        v0alpha2: "adminDeleteTrustedOAuth2JwtGrantIssuer"["id"],
        auth: ApiKey,
        shape: Empty,
    }
    #[derive(Clone, PartialEq)]
    pub struct DeleteTrustedOAuth2JwtGrantIssuer {
        /// The `{id}` in the path.
        id: String = path("id"),
    }

    /// Get a Trusted OAuth2 JWT Bearer Grant Type Issuer.
    pub const GET_TRUSTED_OAUTH2_JWT_GRANT_ISSUER =
        GET "/admin/trust/grants/jwt-bearer/issuers/{id}" -> TrustedOAuth2JwtGrantIssuer {
        api: OAuth2,
        v1_name: "getTrustedOAuth2JwtGrantIssuer",
        v0alpha2: "adminGetTrustedOAuth2JwtGrantIssuer"["id"],
        auth: ApiKey,
        shape: Object,
    }
    #[derive(Clone, PartialEq)]
    pub struct GetTrustedOAuth2JwtGrantIssuer {
        /// The `{id}` in the path.
        id: String = path("id"),
    }

    /// The OAuth 2.0 Authorize Endpoint.
    ///
    /// The server answers with a redirect meant for a browser navigation: send the browser to this
    /// URL instead. Called through the SDK, the redirect is reported as an error (kind `http`).
    pub const OAUTH2_AUTHORIZE = GET "/oauth2/auth" -> () {
        api: OAuth2,
        v1_name: "oAuth2Authorize",
        v0alpha2: "performOAuth2AuthorizationFlow"[],
        auth: None,
        shape: Empty,
    }
    #[derive(Clone, Copy, Default, PartialEq, Eq)]
    pub struct OAuth2Authorize;

    /// Register an OAuth 2.0 Client using the OpenID / OAuth2 Dynamic Client Registration
    /// Management Protocol.
    pub const CREATE_OIDC_DYNAMIC_CLIENT = POST "/oauth2/register" -> OAuth2Client {
        api: Oidc,
        v1_name: "createOidcDynamicClient",
        v0alpha2: "dynamicClientRegistrationCreateOAuth2Client"["body"],
        auth: None,
        shape: Object,
    }
    #[derive(Clone, PartialEq)]
    pub struct CreateOidcDynamicClient {
        /// The JSON body (`oAuth2Client`).
        body: OAuth2Client = required_body("oAuth2Client"),
    }

    /// Deletes an OAuth 2.0 Client using the OpenID / OAuth2 Dynamic Client Registration Management
    /// Protocol.
    pub const DELETE_OIDC_DYNAMIC_CLIENT = DELETE "/oauth2/register/{id}" -> () {
        api: Oidc,
        v1_name: "deleteOidcDynamicClient",
        v0alpha2: "dynamicClientRegistrationDeleteOAuth2Client"["id"],
        auth: AccessToken,
        shape: Empty,
    }
    #[derive(Clone, PartialEq)]
    pub struct DeleteOidcDynamicClient {
        /// The `{id}` in the path.
        id: String = path("id"),
    }

    /// Get an OAuth 2.0 Client using the OpenID / OAuth2 Dynamic Client Registration Management
    /// Protocol.
    pub const GET_OIDC_DYNAMIC_CLIENT = GET "/oauth2/register/{id}" -> OAuth2Client {
        api: Oidc,
        v1_name: "getOidcDynamicClient",
        v0alpha2: "dynamicClientRegistrationGetOAuth2Client"["id"],
        auth: AccessToken,
        shape: Object,
    }
    #[derive(Clone, PartialEq)]
    pub struct GetOidcDynamicClient {
        /// The `{id}` in the path.
        id: String = path("id"),
    }

    /// Update an OAuth 2.0 Client using the OpenID / OAuth2 Dynamic Client Registration Management
    /// Protocol.
    pub const SET_OIDC_DYNAMIC_CLIENT = PUT "/oauth2/register/{id}" -> OAuth2Client {
        api: Oidc,
        v1_name: "setOidcDynamicClient",
        v0alpha2: "dynamicClientRegistrationUpdateOAuth2Client"["id", "body"],
        auth: AccessToken,
        shape: Object,
    }
    #[derive(Clone, PartialEq)]
    pub struct SetOidcDynamicClient {
        /// The `{id}` in the path.
        id: String = path("id"),
        /// The JSON body (`oAuth2Client`).
        body: OAuth2Client = required_body("oAuth2Client"),
    }

    /// Revoke an OAuth2 Access or Refresh Token.
    pub const REVOKE_OAUTH2_TOKEN = POST "/oauth2/revoke" -> () {
        api: OAuth2,
        v1_name: "revokeOAuth2Token",
        v0alpha2: "revokeOAuth2Token"["token"],
        auth: ClientCredentials,
        shape: Empty,
    }
    #[derive(Clone, PartialEq)]
    pub struct RevokeOAuth2Token {
        /// The `token` form field (required).
        token: String = required_form("token"),
    }

    /// OpenID Connect Front- or Back-channel Enabled Logout.
    ///
    /// The server answers with a redirect meant for a browser navigation: send the browser to this
    /// URL instead. Called through the SDK, the redirect is reported as an error (kind `http`).
    pub const REVOKE_OIDC_SESSION = GET "/oauth2/sessions/logout" -> () {
        api: Oidc,
        v1_name: "revokeOidcSession",
        v0alpha2: "performOidcFrontOrBackChannelLogout"[],
        auth: None,
        shape: Empty,
    }
    #[derive(Clone, Copy, Default, PartialEq, Eq)]
    pub struct RevokeOidcSession;

    /// The OAuth 2.0 Token Endpoint.
    pub const OAUTH2_TOKEN_EXCHANGE = POST "/oauth2/token" -> OAuth2TokenExchange {
        api: OAuth2,
        v1_name: "oauth2TokenExchange",
        v0alpha2: "performOAuth2TokenFlow"[
            "grantType",
            "clientId",
            "code",
            "redirectUri",
            "refreshToken",
        ],
        auth: ClientCredentials,
        shape: Object,
    }
    #[derive(Clone, PartialEq)]
    pub struct Oauth2TokenExchange {
        /// The `client_id` form field.
        client_id: Option<String> = form("client_id"),
        /// The `code` form field.
        code: Option<String> = form("code"),
        /// The `grant_type` form field (required).
        grant_type: String = required_form("grant_type"),
        /// The `redirect_uri` form field.
        redirect_uri: Option<String> = form("redirect_uri"),
        /// The `refresh_token` form field.
        refresh_token: Option<String> = form("refresh_token"),
    }

    /// OpenID Connect Userinfo.
    pub const GET_OIDC_USER_INFO = GET "/userinfo" -> OidcUserInfo {
        api: Oidc,
        v1_name: "getOidcUserInfo",
        v0alpha2: "getOidcUserInfo"[],
        auth: AccessToken,
        shape: Object,
    }
    #[derive(Clone, Copy, Default, PartialEq, Eq)]
    pub struct GetOidcUserInfo;
}
