//! The admin classes of the typed Rust API (`ory_wasm::api`, wasm32 only): `IdentityApi`,
//! `CourierApi`, `OAuth2Api`, `OidcApi`, `WellknownApi`, `JwkApi` and `ProjectApi`, the classes
//! of the JavaScript package (`js/api-admin.js`) and of Ory's current clients, with one method
//! per declared operation.
//!
//! Each method is one line over the one endpoint machinery: it sends its typed request of
//! [`crate::endpoints`] with `ory_wasm::api::OryApi::send`, the transport, answer
//! checks and error mapping of every other call, and answers the request's
//! [`Request::Response`](crate::endpoint::Request::Response) (the typed models of
//! [`crate::models`]). The `rust_api_classes!` call below is the whole list; the methods are
//! written by the macro. Method names are the v1 operation ids in snake case as Ory's generated
//! Rust clients write them (`getOAuth2Client` → `get_o_auth2_client`, see [`rust_name`]); an
//! operation without parameters takes no request (`discover_json_web_keys()`).
//!
//! The classes and [`METHODS`] need the `rust-admin` feature (on by default; never in the npm
//! package's wasm modules), as the typed requests of the `oauth2`, `jwk` and `project` modules do.
//!
//! [`METHODS`] lists every method with its class and operation on every platform, so that
//! `tests/admin_endpoints.rs` can check that each declared admin operation has its method, in
//! the class of its [`Api`], under its name. The npm package's JavaScript path does not use
//! these classes (it reads answers with `JSON.parse` in JavaScript), so they add nothing to its
//! wasm modules.

#[cfg(feature = "rust-admin")]
use crate::endpoint::Api;
use crate::endpoint::Endpoint;

/// One method of a Rust API class.
#[derive(Debug, Clone, Copy)]
pub struct Method {
    /// The class (its [`Api::class_name`](crate::endpoint::Api::class_name) is the Rust type's
    /// name).
    pub api: crate::endpoint::Api,
    /// The method's name.
    pub name: &'static str,
    /// The operation it sends.
    pub endpoint: &'static Endpoint,
}

/// The Rust method name of a v1 operation id: snake case with a word break before a capital
/// that follows a lower-case letter or a digit, or that starts a word after capitals
/// (`getOAuth2Client` → `get_o_auth2_client`, `oauth2TokenExchange` → `oauth2_token_exchange`,
/// `getWebAuthnJavaScript` → `get_web_authn_java_script`), as Ory's generated Rust clients do.
pub fn rust_name(v1_name: &str) -> String {
    let chars: Vec<char> = v1_name.chars().collect();
    let mut out = String::with_capacity(v1_name.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_uppercase() {
            let previous = i.checked_sub(1).map(|j| chars[j]);
            let next = chars.get(i + 1).copied();
            let breaks = previous.is_some_and(|p| {
                p.is_ascii_lowercase()
                    || p.is_ascii_digit()
                    || (p.is_ascii_uppercase() && next.is_some_and(|n| n.is_ascii_lowercase()))
            });
            if breaks {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// Declares the Rust API classes: [`METHODS`] on every platform, and on wasm32 each class (a
/// struct over `ory_wasm::api::OryApi`) with one method per line:
/// `name(&module::Request)` takes the request, `name(module::Request)` (a unit struct) takes
/// nothing.
macro_rules! rust_api_classes {
    // The operation of a method, for `METHODS`.
    (@endpoint & $module:ident :: $request:ident) => {
        <$crate::endpoints::$module::$request as $crate::endpoint::Request>::ENDPOINT
    };
    (@endpoint $module:ident :: $request:ident) => {
        <$crate::endpoints::$module::$request as $crate::endpoint::Request>::ENDPOINT
    };

    // A method taking its request.
    (@method $name:ident & $module:ident :: $request:ident) => {
        #[doc = concat!(
            "Sends [`", stringify!($request), "`](crate::endpoints::", stringify!($module),
            "::", stringify!($request), ") (its declaration gives the route and the answer)."
        )]
        pub async fn $name(
            &self,
            request: &$crate::endpoints::$module::$request,
        ) -> Result<
            <$crate::endpoints::$module::$request as $crate::endpoint::Request>::Response,
            $crate::error::Error,
        > {
            self.api.send(request).await
        }
    };
    // A method of an operation without parameters.
    (@method $name:ident $module:ident :: $request:ident) => {
        #[doc = concat!(
            "Sends [`", stringify!($request), "`](crate::endpoints::", stringify!($module),
            "::", stringify!($request), ") (its declaration gives the route and the answer)."
        )]
        pub async fn $name(
            &self,
        ) -> Result<
            <$crate::endpoints::$module::$request as $crate::endpoint::Request>::Response,
            $crate::error::Error,
        > {
            self.api.send(&$crate::endpoints::$module::$request).await
        }
    };

    (
        $(
            $(#[$meta:meta])*
            $class:ident ($api:ident) {
                $($name:ident ( $($request:tt)* ),)*
            }
        )*
    ) => {
        /// Every method of the Rust API classes, class by class.
        #[cfg(feature = "rust-admin")]
        pub const METHODS: &[Method] = &[
            $($(
                Method {
                    api: Api::$api,
                    name: stringify!($name),
                    endpoint: rust_api_classes!(@endpoint $($request)*),
                },
            )*)*
        ];

        /// The classes themselves (wasm32 only, where the `fetch` transport is), re-exported by
        /// `ory_wasm::api`.
        #[cfg(all(target_arch = "wasm32", feature = "rust-admin"))]
        pub(crate) mod rust_api {
            $(
                $crate::endpoints::classes::rust_api_classes!(@class $(#[$meta])* $class { $($name ( $($request)* ),)* });
            )*
        }
    };

    // One class: a struct over `OryApi` with one method per line (also `FrontendApi`, in
    // `crate::api`).
    (
        @class
        $(#[$meta:meta])*
        $class:ident { $($name:ident ( $($request:tt)* ),)* }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone)]
        pub struct $class {
            api: $crate::api::OryApi,
        }

        impl $class {
            /// A client for the server `config` describes (with its credentials).
            pub fn new(config: $crate::config::Configuration) -> Self {
                Self { api: $crate::api::OryApi::new(config) }
            }

            /// The configuration.
            pub fn configuration(&self) -> &$crate::config::Configuration {
                self.api.configuration()
            }

            /// Sends any typed request.
            pub async fn send<R: $crate::endpoint::Request>(
                &self,
                request: &R,
            ) -> Result<R::Response, $crate::error::Error> {
                self.api.send(request).await
            }

            /// Sends any typed request with per-call options and an abort signal.
            pub async fn send_with<R: $crate::endpoint::Request>(
                &self,
                request: &R,
                options: &$crate::endpoint::CallOptions,
                signal: Option<&web_sys::AbortSignal>,
            ) -> Result<R::Response, $crate::error::Error> {
                self.api.send_with(request, options, signal).await
            }

            $($crate::endpoints::classes::rust_api_classes!(@method $name $($request)*);)*
        }
    };
}
// Used by path (`crate::api` writes `FrontendApi` with it), and only where the classes are: wasm32.
#[cfg_attr(not(target_arch = "wasm32"), allow(unused_imports))]
pub(crate) use rust_api_classes;

rust_api_classes! {
    /// Identities, their sessions, recovery codes and links, and the identity schemas (the v1
    /// `IdentityApi`; sent with the API key).
    IdentityApi (Identity) {
        list_identity_schemas(&frontend::ListIdentitySchemas),
        get_identity_schema(&frontend::GetIdentitySchema),
        list_identities(&identity::ListIdentities),
        create_identity(&identity::CreateIdentity),
        delete_identity(&identity::DeleteIdentity),
        get_identity(&identity::GetIdentity),
        patch_identity(&identity::PatchIdentity),
        update_identity(&identity::UpdateIdentity),
        delete_identity_sessions(&identity::DeleteIdentitySessions),
        list_identity_sessions(&identity::ListIdentitySessions),
        create_recovery_code_for_identity(&identity::CreateRecoveryCodeForIdentity),
        create_recovery_link_for_identity(&identity::CreateRecoveryLinkForIdentity),
        extend_session(&identity::ExtendSession),
    }

    /// The messages Kratos sent (the v1 `CourierApi`; sent with the API key).
    CourierApi (Courier) {
        list_courier_messages(&courier::ListCourierMessages),
    }

    /// OAuth2 clients, login/consent/logout requests, consent and login sessions, tokens and
    /// trusted JWT grant issuers (the v1 `OAuth2Api`).
    OAuth2Api (OAuth2) {
        list_o_auth2_clients(&oauth2::ListOAuth2Clients),
        create_o_auth2_client(&oauth2::CreateOAuth2Client),
        delete_o_auth2_client(&oauth2::DeleteOAuth2Client),
        get_o_auth2_client(&oauth2::GetOAuth2Client),
        patch_o_auth2_client(&oauth2::PatchOAuth2Client),
        set_o_auth2_client(&oauth2::SetOAuth2Client),
        get_o_auth2_consent_request(&oauth2::GetOAuth2ConsentRequest),
        accept_o_auth2_consent_request(&oauth2::AcceptOAuth2ConsentRequest),
        reject_o_auth2_consent_request(&oauth2::RejectOAuth2ConsentRequest),
        get_o_auth2_login_request(&oauth2::GetOAuth2LoginRequest),
        accept_o_auth2_login_request(&oauth2::AcceptOAuth2LoginRequest),
        reject_o_auth2_login_request(&oauth2::RejectOAuth2LoginRequest),
        get_o_auth2_logout_request(&oauth2::GetOAuth2LogoutRequest),
        accept_o_auth2_logout_request(&oauth2::AcceptOAuth2LogoutRequest),
        reject_o_auth2_logout_request(&oauth2::RejectOAuth2LogoutRequest),
        revoke_o_auth2_consent_sessions(&oauth2::RevokeOAuth2ConsentSessions),
        list_o_auth2_consent_sessions(&oauth2::ListOAuth2ConsentSessions),
        revoke_o_auth2_login_sessions(&oauth2::RevokeOAuth2LoginSessions),
        introspect_o_auth2_token(&oauth2::IntrospectOAuth2Token),
        delete_o_auth2_token(&oauth2::DeleteOAuth2Token),
        list_trusted_o_auth2_jwt_grant_issuers(&oauth2::ListTrustedOAuth2JwtGrantIssuers),
        trust_o_auth2_jwt_grant_issuer(&oauth2::TrustOAuth2JwtGrantIssuer),
        delete_trusted_o_auth2_jwt_grant_issuer(&oauth2::DeleteTrustedOAuth2JwtGrantIssuer),
        get_trusted_o_auth2_jwt_grant_issuer(&oauth2::GetTrustedOAuth2JwtGrantIssuer),
        o_auth2_authorize(oauth2::OAuth2Authorize),
        revoke_o_auth2_token(&oauth2::RevokeOAuth2Token),
        oauth2_token_exchange(&oauth2::Oauth2TokenExchange),
    }

    /// OpenID Connect discovery, dynamic client registration, userinfo and logout (the v1
    /// `OidcApi`).
    OidcApi (Oidc) {
        discover_oidc_configuration(oauth2::DiscoverOidcConfiguration),
        create_oidc_dynamic_client(&oauth2::CreateOidcDynamicClient),
        delete_oidc_dynamic_client(&oauth2::DeleteOidcDynamicClient),
        get_oidc_dynamic_client(&oauth2::GetOidcDynamicClient),
        set_oidc_dynamic_client(&oauth2::SetOidcDynamicClient),
        revoke_oidc_session(oauth2::RevokeOidcSession),
        get_oidc_user_info(oauth2::GetOidcUserInfo),
    }

    /// The public JSON Web Keys (the v1 `WellknownApi`).
    WellknownApi (Wellknown) {
        discover_json_web_keys(jwk::DiscoverJsonWebKeys),
    }

    /// JSON Web Key sets (the v1 `JwkApi`; sent with the API key).
    JwkApi (Jwk) {
        delete_json_web_key_set(&jwk::DeleteJsonWebKeySet),
        get_json_web_key_set(&jwk::GetJsonWebKeySet),
        create_json_web_key_set(&jwk::CreateJsonWebKeySet),
        set_json_web_key_set(&jwk::SetJsonWebKeySet),
        delete_json_web_key(&jwk::DeleteJsonWebKey),
        get_json_web_key(&jwk::GetJsonWebKey),
        set_json_web_key(&jwk::SetJsonWebKey),
    }

    /// Ory Network projects, their members and API keys (the v1 `ProjectApi`; sent with a
    /// workspace API key).
    ProjectApi (Project) {
        list_projects(project::ListProjects),
        create_project(&project::CreateProject),
        purge_project(&project::PurgeProject),
        get_project(&project::GetProject),
        patch_project(&project::PatchProject),
        set_project(&project::SetProject),
        get_project_members(&project::GetProjectMembers),
        remove_project_member(&project::RemoveProjectMember),
        list_project_api_keys(&project::ListProjectApiKeys),
        create_project_api_key(&project::CreateProjectApiKey),
        delete_project_api_key(&project::DeleteProjectApiKey),
    }
}

#[cfg(test)]
mod tests {
    use super::rust_name;

    #[test]
    fn rust_names_are_those_of_the_generated_clients() {
        assert_eq!(rust_name("getOAuth2Client"), "get_o_auth2_client");
        assert_eq!(rust_name("oauth2TokenExchange"), "oauth2_token_exchange");
        assert_eq!(rust_name("oAuth2Authorize"), "o_auth2_authorize");
        assert_eq!(
            rust_name("getWebAuthnJavaScript"),
            "get_web_authn_java_script"
        );
        assert_eq!(rust_name("listProjectApiKeys"), "list_project_api_keys");
    }
}
