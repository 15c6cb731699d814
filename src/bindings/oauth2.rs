//! `OAuth2Api`: OAuth2 as in Ory's current clients — clients, login/consent/logout requests,
//! consent and login sessions, introspection, trusted JWT issuers, and the authorize, token and
//! revocation endpoints.
//!
//! Same style as `FrontendApi`: the names and request objects of `@ory/client-fetch`, resolving to
//! the parsed body (rejecting with `OryError`).

use js_sys::Promise;
use wasm_bindgen::prelude::*;

use super::Client;
use crate::endpoints::oauth2;

/// The `OAuth2Api` of the current clients.
#[wasm_bindgen(js_name = OAuth2Api)]
pub struct JsOAuth2Api {
    client: Client,
}

#[wasm_bindgen(js_class = OAuth2Api)]
impl JsOAuth2Api {
    /// `new OAuth2Api(new Configuration({ basePath, apiKey }))`; throws `OryError` on a bad
    /// configuration.
    #[wasm_bindgen(constructor)]
    pub fn new(configuration: JsValue) -> Result<JsOAuth2Api, JsValue> {
        Ok(Self {
            client: Client::new(&configuration)?,
        })
    }

    /// `GET /admin/clients` — List OAuth 2.0 Clients.
    #[wasm_bindgen(js_name = listOAuth2Clients)]
    pub fn list_oauth2_clients(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&oauth2::LIST_OAUTH2_CLIENTS, parameters, options)
    }

    /// `POST /admin/clients` — Create an OAuth 2.0 Client.
    #[wasm_bindgen(js_name = createOAuth2Client)]
    pub fn create_oauth2_client(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&oauth2::CREATE_OAUTH2_CLIENT, parameters, options)
    }

    /// `DELETE /admin/clients/{id}` — Deletes an OAuth 2.0 Client.
    #[wasm_bindgen(js_name = deleteOAuth2Client)]
    pub fn delete_oauth2_client(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&oauth2::DELETE_OAUTH2_CLIENT, parameters, options)
    }

    /// `GET /admin/clients/{id}` — Get an OAuth 2.0 Client.
    #[wasm_bindgen(js_name = getOAuth2Client)]
    pub fn get_oauth2_client(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&oauth2::GET_OAUTH2_CLIENT, parameters, options)
    }

    /// `PATCH /admin/clients/{id}` — Patch an OAuth 2.0 Client.
    #[wasm_bindgen(js_name = patchOAuth2Client)]
    pub fn patch_oauth2_client(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&oauth2::PATCH_OAUTH2_CLIENT, parameters, options)
    }

    /// `PUT /admin/clients/{id}` — Update an OAuth 2.0 Client.
    #[wasm_bindgen(js_name = setOAuth2Client)]
    pub fn set_oauth2_client(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&oauth2::SET_OAUTH2_CLIENT, parameters, options)
    }

    /// `GET /admin/oauth2/auth/requests/consent` — Get OAuth 2.0 Consent Request Information.
    #[wasm_bindgen(js_name = getOAuth2ConsentRequest)]
    pub fn get_oauth2_consent_request(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&oauth2::GET_OAUTH2_CONSENT_REQUEST, parameters, options)
    }

    /// `PUT /admin/oauth2/auth/requests/consent/accept` — Accept an OAuth 2.0 Consent Request.
    #[wasm_bindgen(js_name = acceptOAuth2ConsentRequest)]
    pub fn accept_oauth2_consent_request(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&oauth2::ACCEPT_OAUTH2_CONSENT_REQUEST, parameters, options)
    }

    /// `PUT /admin/oauth2/auth/requests/consent/reject` — Reject an OAuth 2.0 Consent Request.
    #[wasm_bindgen(js_name = rejectOAuth2ConsentRequest)]
    pub fn reject_oauth2_consent_request(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&oauth2::REJECT_OAUTH2_CONSENT_REQUEST, parameters, options)
    }

    /// `GET /admin/oauth2/auth/requests/login` — Get an OAuth 2.0 Login Request.
    #[wasm_bindgen(js_name = getOAuth2LoginRequest)]
    pub fn get_oauth2_login_request(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&oauth2::GET_OAUTH2_LOGIN_REQUEST, parameters, options)
    }

    /// `PUT /admin/oauth2/auth/requests/login/accept` — Accept an OAuth 2.0 Login Request.
    #[wasm_bindgen(js_name = acceptOAuth2LoginRequest)]
    pub fn accept_oauth2_login_request(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&oauth2::ACCEPT_OAUTH2_LOGIN_REQUEST, parameters, options)
    }

    /// `PUT /admin/oauth2/auth/requests/login/reject` — Reject an OAuth 2.0 Login Request.
    #[wasm_bindgen(js_name = rejectOAuth2LoginRequest)]
    pub fn reject_oauth2_login_request(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&oauth2::REJECT_OAUTH2_LOGIN_REQUEST, parameters, options)
    }

    /// `GET /admin/oauth2/auth/requests/logout` — Get an OAuth 2.0 Logout Request.
    #[wasm_bindgen(js_name = getOAuth2LogoutRequest)]
    pub fn get_oauth2_logout_request(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&oauth2::GET_OAUTH2_LOGOUT_REQUEST, parameters, options)
    }

    /// `PUT /admin/oauth2/auth/requests/logout/accept` — Accept an OAuth 2.0 Logout Request.
    #[wasm_bindgen(js_name = acceptOAuth2LogoutRequest)]
    pub fn accept_oauth2_logout_request(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&oauth2::ACCEPT_OAUTH2_LOGOUT_REQUEST, parameters, options)
    }

    /// `PUT /admin/oauth2/auth/requests/logout/reject` — Reject an OAuth 2.0 Logout Request.
    #[wasm_bindgen(js_name = rejectOAuth2LogoutRequest)]
    pub fn reject_oauth2_logout_request(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&oauth2::REJECT_OAUTH2_LOGOUT_REQUEST, parameters, options)
    }

    /// `DELETE /admin/oauth2/auth/sessions/consent` — Revokes OAuth 2.0 Consent Sessions of a
    /// Subject for a Specific OAuth 2.0 Client.
    #[wasm_bindgen(js_name = revokeOAuth2ConsentSessions)]
    pub fn revoke_oauth2_consent_sessions(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&oauth2::REVOKE_OAUTH2_CONSENT_SESSIONS, parameters, options)
    }

    /// `GET /admin/oauth2/auth/sessions/consent` — List OAuth 2.0 Consent Sessions of a Subject.
    #[wasm_bindgen(js_name = listOAuth2ConsentSessions)]
    pub fn list_oauth2_consent_sessions(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&oauth2::LIST_OAUTH2_CONSENT_SESSIONS, parameters, options)
    }

    /// `DELETE /admin/oauth2/auth/sessions/login` — Invalidates All OAuth 2.0 Login Sessions of a
    /// Certain User.
    #[wasm_bindgen(js_name = revokeOAuth2LoginSessions)]
    pub fn revoke_oauth2_login_sessions(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&oauth2::REVOKE_OAUTH2_LOGIN_SESSIONS, parameters, options)
    }

    /// `POST /admin/oauth2/introspect` — Introspect OAuth2 Access or Refresh Tokens.
    #[wasm_bindgen(js_name = introspectOAuth2Token)]
    pub fn introspect_oauth2_token(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&oauth2::INTROSPECT_OAUTH2_TOKEN, parameters, options)
    }

    /// `DELETE /admin/oauth2/tokens` — Delete OAuth2 Access Tokens from a Client.
    #[wasm_bindgen(js_name = deleteOAuth2Token)]
    pub fn delete_oauth2_token(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&oauth2::DELETE_OAUTH2_TOKEN, parameters, options)
    }

    /// `GET /admin/trust/grants/jwt-bearer/issuers` — List Trusted OAuth2 JWT Bearer Grant Type
    /// Issuers.
    #[wasm_bindgen(js_name = listTrustedOAuth2JwtGrantIssuers)]
    pub fn list_trusted_oauth2_jwt_grant_issuers(
        &self,
        parameters: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client.call(
            &oauth2::LIST_TRUSTED_OAUTH2_JWT_GRANT_ISSUERS,
            parameters,
            options,
        )
    }

    /// `POST /admin/trust/grants/jwt-bearer/issuers` — Trust an OAuth2 JWT Bearer Grant Type
    /// Issuer.
    #[wasm_bindgen(js_name = trustOAuth2JwtGrantIssuer)]
    pub fn trust_oauth2_jwt_grant_issuer(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&oauth2::TRUST_OAUTH2_JWT_GRANT_ISSUER, parameters, options)
    }

    /// `DELETE /admin/trust/grants/jwt-bearer/issuers/{id}` — Delete a Trusted OAuth2 JWT Bearer
    /// Grant Type Issuer.
    #[wasm_bindgen(js_name = deleteTrustedOAuth2JwtGrantIssuer)]
    pub fn delete_trusted_oauth2_jwt_grant_issuer(
        &self,
        parameters: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client.call(
            &oauth2::DELETE_TRUSTED_OAUTH2_JWT_GRANT_ISSUER,
            parameters,
            options,
        )
    }

    /// `GET /admin/trust/grants/jwt-bearer/issuers/{id}` — Get a Trusted OAuth2 JWT Bearer Grant
    /// Type Issuer.
    #[wasm_bindgen(js_name = getTrustedOAuth2JwtGrantIssuer)]
    pub fn get_trusted_oauth2_jwt_grant_issuer(
        &self,
        parameters: JsValue,
        options: JsValue,
    ) -> Promise {
        self.client.call(
            &oauth2::GET_TRUSTED_OAUTH2_JWT_GRANT_ISSUER,
            parameters,
            options,
        )
    }

    /// `GET /oauth2/auth` — The OAuth 2.0 Authorize Endpoint.
    #[wasm_bindgen(js_name = oAuth2Authorize)]
    pub fn oauth2_authorize(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&oauth2::OAUTH2_AUTHORIZE, parameters, options)
    }

    /// `POST /oauth2/revoke` — Revoke an OAuth2 Access or Refresh Token.
    #[wasm_bindgen(js_name = revokeOAuth2Token)]
    pub fn revoke_oauth2_token(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&oauth2::REVOKE_OAUTH2_TOKEN, parameters, options)
    }

    /// `POST /oauth2/token` — The OAuth 2.0 Token Endpoint.
    #[wasm_bindgen(js_name = oauth2TokenExchange)]
    pub fn oauth2_token_exchange(&self, parameters: JsValue, options: JsValue) -> Promise {
        self.client
            .call(&oauth2::OAUTH2_TOKEN_EXCHANGE, parameters, options)
    }
}
