//! The self-service, session and schema operations: the `FrontendApi` of the v1 clients and
//! the same operations of the `V0alpha2Api` generation (rows 1-32 of the API surface).
//!
//! Parameters are listed in the order of `openapi-v1.json`; the `V0alpha2Api` positional
//! arguments in the order of the old generated client for `openapi-v0.10.1.json`. The tests
//! in `tests/endpoints.rs` check both against the specs.

use crate::endpoint::{json_body, value};
use crate::endpoint::{
    Api, Arguments, Auth, Body, Endpoint, Flavor, Method, Param, Request, Shape, V0alpha2, BODY,
};
use crate::error::Error;
use crate::models::*;

/// `GET /.well-known/ory/webauthn.js` — Get WebAuthn JavaScript.
pub const GET_WEB_AUTHN_JAVA_SCRIPT: Endpoint = Endpoint {
    method: Method::Get,
    path: "/.well-known/ory/webauthn.js",
    api: Api::Frontend,
    v1_name: Some("getWebAuthnJavaScript"),
    v0alpha2: Some(V0alpha2 {
        name: "getWebAuthnJavaScript",
        arguments: &[],
    }),
    params: &[],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::None,
    shape: Shape::Text,
    missing_session_is_inactive: false,
};

/// The request of [`GET_WEB_AUTHN_JAVA_SCRIPT`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GetWebAuthnJavaScript;

impl Request for GetWebAuthnJavaScript {
    const ENDPOINT: &'static Endpoint = &GET_WEB_AUTHN_JAVA_SCRIPT;
    type Response = String;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![],
            body: None,
        })
    }
}

/// `GET /schemas` — Get all Identity Schemas.
pub const LIST_IDENTITY_SCHEMAS: Endpoint = Endpoint {
    method: Method::Get,
    path: "/schemas",
    api: Api::Identity,
    v1_name: Some("listIdentitySchemas"),
    v0alpha2: Some(V0alpha2 {
        name: "listIdentitySchemas",
        arguments: &["perPage", "page"],
    }),
    params: &[
        Param::query("per_page"),
        Param::query("page"),
        Param::query("page_size"),
        Param::query("page_token"),
    ],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::None,
    shape: Shape::Array,
    missing_session_is_inactive: false,
};

/// The request of [`LIST_IDENTITY_SCHEMAS`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListIdentitySchemas {
    /// The `per_page` query parameter.
    pub per_page: Option<i64>,
    /// The `page` query parameter.
    pub page: Option<i64>,
    /// The `page_size` query parameter.
    pub page_size: Option<i64>,
    /// The `page_token` query parameter.
    pub page_token: Option<String>,
}

impl Request for ListIdentitySchemas {
    const ENDPOINT: &'static Endpoint = &LIST_IDENTITY_SCHEMAS;
    type Response = Vec<IdentitySchemaContainer>;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![
                value(&self.per_page),
                value(&self.page),
                value(&self.page_size),
                value(&self.page_token),
            ],
            body: None,
        })
    }
}

/// `GET /schemas/{id}` — Get Identity JSON Schema.
pub const GET_IDENTITY_SCHEMA: Endpoint = Endpoint {
    method: Method::Get,
    path: "/schemas/{id}",
    api: Api::Identity,
    v1_name: Some("getIdentitySchema"),
    v0alpha2: Some(V0alpha2 {
        name: "getJsonSchema",
        arguments: &["id"],
    }),
    params: &[Param::path("id")],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::None,
    shape: Shape::Object,
    missing_session_is_inactive: false,
};

/// The request of [`GET_IDENTITY_SCHEMA`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetIdentitySchema {
    /// The `{id}` in the path.
    pub id: String,
}

impl Request for GetIdentitySchema {
    const ENDPOINT: &'static Endpoint = &GET_IDENTITY_SCHEMA;
    type Response = serde_json::Value;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![Some(self.id.clone().into())],
            body: None,
        })
    }
}

/// `GET /self-service/errors` — Get User-Flow Errors.
pub const GET_FLOW_ERROR: Endpoint = Endpoint {
    method: Method::Get,
    path: "/self-service/errors",
    api: Api::Frontend,
    v1_name: Some("getFlowError"),
    v0alpha2: Some(V0alpha2 {
        name: "getSelfServiceError",
        arguments: &["id"],
    }),
    params: &[Param::required_query("id")],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::None,
    shape: Shape::FlowError,
    missing_session_is_inactive: false,
};

/// The request of [`GET_FLOW_ERROR`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetFlowError {
    /// The `id` query parameter (required).
    pub id: String,
}

impl Request for GetFlowError {
    const ENDPOINT: &'static Endpoint = &GET_FLOW_ERROR;
    type Response = FlowError;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![Some(self.id.clone().into())],
            body: None,
        })
    }
}

/// `GET /self-service/login/browser` — Create Login Flow for Browsers.
pub const CREATE_BROWSER_LOGIN_FLOW: Endpoint = Endpoint {
    method: Method::Get,
    path: "/self-service/login/browser",
    api: Api::Frontend,
    v1_name: Some("createBrowserLoginFlow"),
    v0alpha2: Some(V0alpha2 {
        name: "initializeSelfServiceLoginFlowForBrowsers",
        arguments: &["refresh", "aal", "returnTo"],
    }),
    params: &[
        Param::query("refresh"),
        Param::query("aal"),
        Param::query("return_to"),
        Param::header("Cookie"),
        Param::query("login_challenge"),
        Param::query("organization"),
        Param::query("via"),
    ],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::None,
    shape: Shape::Flow,
    missing_session_is_inactive: false,
};

/// The request of [`CREATE_BROWSER_LOGIN_FLOW`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateBrowserLoginFlow {
    /// The `refresh` query parameter.
    pub refresh: Option<bool>,
    /// The `aal` query parameter.
    pub aal: Option<String>,
    /// The `return_to` query parameter.
    pub return_to: Option<String>,
    /// The `Cookie` header (server-side only: forwards a visitor's cookies).
    pub cookie: Option<String>,
    /// The `login_challenge` query parameter.
    pub login_challenge: Option<String>,
    /// The `organization` query parameter.
    pub organization: Option<String>,
    /// The `via` query parameter.
    pub via: Option<String>,
}

impl Request for CreateBrowserLoginFlow {
    const ENDPOINT: &'static Endpoint = &CREATE_BROWSER_LOGIN_FLOW;
    type Response = LoginFlow;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![
                value(&self.refresh),
                value(&self.aal),
                value(&self.return_to),
                value(&self.cookie),
                value(&self.login_challenge),
                value(&self.organization),
                value(&self.via),
            ],
            body: None,
        })
    }
}

/// `GET /self-service/login/api` — Create Login Flow for Native Apps.
pub const CREATE_NATIVE_LOGIN_FLOW: Endpoint = Endpoint {
    method: Method::Get,
    path: "/self-service/login/api",
    api: Api::Frontend,
    v1_name: Some("createNativeLoginFlow"),
    v0alpha2: Some(V0alpha2 {
        name: "initializeSelfServiceLoginFlowWithoutBrowser",
        arguments: &["refresh", "aal", "xSessionToken"],
    }),
    params: &[
        Param::query("refresh"),
        Param::query("aal"),
        Param::header("X-Session-Token"),
        Param::query("return_session_token_exchange_code"),
        Param::query("return_to"),
        Param::query("via"),
    ],
    body: None,
    flavor: Flavor::Native,
    auth: Auth::None,
    shape: Shape::Flow,
    missing_session_is_inactive: false,
};

/// The request of [`CREATE_NATIVE_LOGIN_FLOW`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateNativeLoginFlow {
    /// The `refresh` query parameter.
    pub refresh: Option<bool>,
    /// The `aal` query parameter.
    pub aal: Option<String>,
    /// The `X-Session-Token` header (a native session; never put into the URL).
    pub x_session_token: Option<String>,
    /// The `return_session_token_exchange_code` query parameter.
    pub return_session_token_exchange_code: Option<bool>,
    /// The `return_to` query parameter.
    pub return_to: Option<String>,
    /// The `via` query parameter.
    pub via: Option<String>,
}

impl Request for CreateNativeLoginFlow {
    const ENDPOINT: &'static Endpoint = &CREATE_NATIVE_LOGIN_FLOW;
    type Response = LoginFlow;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![
                value(&self.refresh),
                value(&self.aal),
                value(&self.x_session_token),
                value(&self.return_session_token_exchange_code),
                value(&self.return_to),
                value(&self.via),
            ],
            body: None,
        })
    }
}

/// `GET /self-service/login/flows` — Get Login Flow.
pub const GET_LOGIN_FLOW: Endpoint = Endpoint {
    method: Method::Get,
    path: "/self-service/login/flows",
    api: Api::Frontend,
    v1_name: Some("getLoginFlow"),
    v0alpha2: Some(V0alpha2 {
        name: "getSelfServiceLoginFlow",
        arguments: &["id", "cookie"],
    }),
    params: &[Param::required_query("id"), Param::header("Cookie")],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::None,
    shape: Shape::Flow,
    missing_session_is_inactive: false,
};

/// The request of [`GET_LOGIN_FLOW`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetLoginFlow {
    /// The `id` query parameter (required).
    pub id: String,
    /// The `Cookie` header (server-side only: forwards a visitor's cookies).
    pub cookie: Option<String>,
}

impl Request for GetLoginFlow {
    const ENDPOINT: &'static Endpoint = &GET_LOGIN_FLOW;
    type Response = LoginFlow;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![Some(self.id.clone().into()), value(&self.cookie)],
            body: None,
        })
    }
}

/// `POST /self-service/login` — Submit a Login Flow.
pub const UPDATE_LOGIN_FLOW: Endpoint = Endpoint {
    method: Method::Post,
    path: "/self-service/login",
    api: Api::Frontend,
    v1_name: Some("updateLoginFlow"),
    v0alpha2: Some(V0alpha2 {
        name: "submitSelfServiceLoginFlow",
        arguments: &["flow", BODY, "xSessionToken", "cookie"],
    }),
    params: &[
        Param::required_query("flow"),
        Param::header("X-Session-Token"),
        Param::header("Cookie"),
    ],
    body: Some(Body {
        name: "updateLoginFlowBody",
        required: true,
    }),
    flavor: Flavor::Either,
    auth: Auth::None,
    shape: Shape::SuccessfulLogin,
    missing_session_is_inactive: false,
};

/// The request of [`UPDATE_LOGIN_FLOW`].
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateLoginFlow {
    /// The `flow` query parameter (required).
    pub flow: String,
    /// The `X-Session-Token` header (a native session; never put into the URL).
    pub x_session_token: Option<String>,
    /// The `Cookie` header (server-side only: forwards a visitor's cookies).
    pub cookie: Option<String>,
    /// The JSON body.
    pub update_login_flow_body: UpdateLoginFlowBody,
}

impl Request for UpdateLoginFlow {
    const ENDPOINT: &'static Endpoint = &UPDATE_LOGIN_FLOW;
    type Response = SuccessfulNativeLogin;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![
                Some(self.flow.clone().into()),
                value(&self.x_session_token),
                value(&self.cookie),
            ],
            body: Some(json_body(&self.update_login_flow_body)?),
        })
    }
}

/// `GET /self-service/registration/browser` — Create Registration Flow for Browsers.
pub const CREATE_BROWSER_REGISTRATION_FLOW: Endpoint = Endpoint {
    method: Method::Get,
    path: "/self-service/registration/browser",
    api: Api::Frontend,
    v1_name: Some("createBrowserRegistrationFlow"),
    v0alpha2: Some(V0alpha2 {
        name: "initializeSelfServiceRegistrationFlowForBrowsers",
        arguments: &["returnTo"],
    }),
    params: &[
        Param::query("return_to"),
        Param::query("login_challenge"),
        Param::query("after_verification_return_to"),
        Param::query("organization"),
    ],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::None,
    shape: Shape::Flow,
    missing_session_is_inactive: false,
};

/// The request of [`CREATE_BROWSER_REGISTRATION_FLOW`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateBrowserRegistrationFlow {
    /// The `return_to` query parameter.
    pub return_to: Option<String>,
    /// The `login_challenge` query parameter.
    pub login_challenge: Option<String>,
    /// The `after_verification_return_to` query parameter.
    pub after_verification_return_to: Option<String>,
    /// The `organization` query parameter.
    pub organization: Option<String>,
}

impl Request for CreateBrowserRegistrationFlow {
    const ENDPOINT: &'static Endpoint = &CREATE_BROWSER_REGISTRATION_FLOW;
    type Response = RegistrationFlow;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![
                value(&self.return_to),
                value(&self.login_challenge),
                value(&self.after_verification_return_to),
                value(&self.organization),
            ],
            body: None,
        })
    }
}

/// `GET /self-service/registration/api` — Create Registration Flow for Native Apps.
pub const CREATE_NATIVE_REGISTRATION_FLOW: Endpoint = Endpoint {
    method: Method::Get,
    path: "/self-service/registration/api",
    api: Api::Frontend,
    v1_name: Some("createNativeRegistrationFlow"),
    v0alpha2: Some(V0alpha2 {
        name: "initializeSelfServiceRegistrationFlowWithoutBrowser",
        arguments: &[],
    }),
    params: &[
        Param::query("return_session_token_exchange_code"),
        Param::query("return_to"),
    ],
    body: None,
    flavor: Flavor::Native,
    auth: Auth::None,
    shape: Shape::Flow,
    missing_session_is_inactive: false,
};

/// The request of [`CREATE_NATIVE_REGISTRATION_FLOW`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateNativeRegistrationFlow {
    /// The `return_session_token_exchange_code` query parameter.
    pub return_session_token_exchange_code: Option<bool>,
    /// The `return_to` query parameter.
    pub return_to: Option<String>,
}

impl Request for CreateNativeRegistrationFlow {
    const ENDPOINT: &'static Endpoint = &CREATE_NATIVE_REGISTRATION_FLOW;
    type Response = RegistrationFlow;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![
                value(&self.return_session_token_exchange_code),
                value(&self.return_to),
            ],
            body: None,
        })
    }
}

/// `GET /self-service/registration/flows` — Get Registration Flow.
pub const GET_REGISTRATION_FLOW: Endpoint = Endpoint {
    method: Method::Get,
    path: "/self-service/registration/flows",
    api: Api::Frontend,
    v1_name: Some("getRegistrationFlow"),
    v0alpha2: Some(V0alpha2 {
        name: "getSelfServiceRegistrationFlow",
        arguments: &["id", "cookie"],
    }),
    params: &[Param::required_query("id"), Param::header("Cookie")],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::None,
    shape: Shape::Flow,
    missing_session_is_inactive: false,
};

/// The request of [`GET_REGISTRATION_FLOW`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetRegistrationFlow {
    /// The `id` query parameter (required).
    pub id: String,
    /// The `Cookie` header (server-side only: forwards a visitor's cookies).
    pub cookie: Option<String>,
}

impl Request for GetRegistrationFlow {
    const ENDPOINT: &'static Endpoint = &GET_REGISTRATION_FLOW;
    type Response = RegistrationFlow;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![Some(self.id.clone().into()), value(&self.cookie)],
            body: None,
        })
    }
}

/// `POST /self-service/registration` — Update Registration Flow.
pub const UPDATE_REGISTRATION_FLOW: Endpoint = Endpoint {
    method: Method::Post,
    path: "/self-service/registration",
    api: Api::Frontend,
    v1_name: Some("updateRegistrationFlow"),
    v0alpha2: Some(V0alpha2 {
        name: "submitSelfServiceRegistrationFlow",
        arguments: &["flow", BODY, "cookie"],
    }),
    params: &[Param::required_query("flow"), Param::header("Cookie")],
    body: Some(Body {
        name: "updateRegistrationFlowBody",
        required: true,
    }),
    flavor: Flavor::Either,
    auth: Auth::None,
    shape: Shape::SuccessfulRegistration,
    missing_session_is_inactive: false,
};

/// The request of [`UPDATE_REGISTRATION_FLOW`].
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateRegistrationFlow {
    /// The `flow` query parameter (required).
    pub flow: String,
    /// The `Cookie` header (server-side only: forwards a visitor's cookies).
    pub cookie: Option<String>,
    /// The JSON body.
    pub update_registration_flow_body: UpdateRegistrationFlowBody,
}

impl Request for UpdateRegistrationFlow {
    const ENDPOINT: &'static Endpoint = &UPDATE_REGISTRATION_FLOW;
    type Response = SuccessfulNativeRegistration;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![Some(self.flow.clone().into()), value(&self.cookie)],
            body: Some(json_body(&self.update_registration_flow_body)?),
        })
    }
}

/// `GET /self-service/recovery/browser` — Create Recovery Flow for Browsers.
pub const CREATE_BROWSER_RECOVERY_FLOW: Endpoint = Endpoint {
    method: Method::Get,
    path: "/self-service/recovery/browser",
    api: Api::Frontend,
    v1_name: Some("createBrowserRecoveryFlow"),
    v0alpha2: Some(V0alpha2 {
        name: "initializeSelfServiceRecoveryFlowForBrowsers",
        arguments: &["returnTo"],
    }),
    params: &[Param::query("return_to")],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::None,
    shape: Shape::Flow,
    missing_session_is_inactive: false,
};

/// The request of [`CREATE_BROWSER_RECOVERY_FLOW`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateBrowserRecoveryFlow {
    /// The `return_to` query parameter.
    pub return_to: Option<String>,
}

impl Request for CreateBrowserRecoveryFlow {
    const ENDPOINT: &'static Endpoint = &CREATE_BROWSER_RECOVERY_FLOW;
    type Response = RecoveryFlow;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![value(&self.return_to)],
            body: None,
        })
    }
}

/// `GET /self-service/recovery/api` — Create Recovery Flow for Native Apps.
pub const CREATE_NATIVE_RECOVERY_FLOW: Endpoint = Endpoint {
    method: Method::Get,
    path: "/self-service/recovery/api",
    api: Api::Frontend,
    v1_name: Some("createNativeRecoveryFlow"),
    v0alpha2: Some(V0alpha2 {
        name: "initializeSelfServiceRecoveryFlowWithoutBrowser",
        arguments: &[],
    }),
    params: &[],
    body: None,
    flavor: Flavor::Native,
    auth: Auth::None,
    shape: Shape::Flow,
    missing_session_is_inactive: false,
};

/// The request of [`CREATE_NATIVE_RECOVERY_FLOW`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CreateNativeRecoveryFlow;

impl Request for CreateNativeRecoveryFlow {
    const ENDPOINT: &'static Endpoint = &CREATE_NATIVE_RECOVERY_FLOW;
    type Response = RecoveryFlow;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![],
            body: None,
        })
    }
}

/// `GET /self-service/recovery/flows` — Get Recovery Flow.
pub const GET_RECOVERY_FLOW: Endpoint = Endpoint {
    method: Method::Get,
    path: "/self-service/recovery/flows",
    api: Api::Frontend,
    v1_name: Some("getRecoveryFlow"),
    v0alpha2: Some(V0alpha2 {
        name: "getSelfServiceRecoveryFlow",
        arguments: &["id", "cookie"],
    }),
    params: &[Param::required_query("id"), Param::header("Cookie")],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::None,
    shape: Shape::Flow,
    missing_session_is_inactive: false,
};

/// The request of [`GET_RECOVERY_FLOW`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetRecoveryFlow {
    /// The `id` query parameter (required).
    pub id: String,
    /// The `Cookie` header (server-side only: forwards a visitor's cookies).
    pub cookie: Option<String>,
}

impl Request for GetRecoveryFlow {
    const ENDPOINT: &'static Endpoint = &GET_RECOVERY_FLOW;
    type Response = RecoveryFlow;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![Some(self.id.clone().into()), value(&self.cookie)],
            body: None,
        })
    }
}

/// `POST /self-service/recovery` — Update Recovery Flow.
pub const UPDATE_RECOVERY_FLOW: Endpoint = Endpoint {
    method: Method::Post,
    path: "/self-service/recovery",
    api: Api::Frontend,
    v1_name: Some("updateRecoveryFlow"),
    v0alpha2: Some(V0alpha2 {
        name: "submitSelfServiceRecoveryFlow",
        arguments: &["flow", BODY, "token", "cookie"],
    }),
    params: &[
        Param::required_query("flow"),
        Param::query("token"),
        Param::header("Cookie"),
    ],
    body: Some(Body {
        name: "updateRecoveryFlowBody",
        required: true,
    }),
    flavor: Flavor::Either,
    auth: Auth::None,
    shape: Shape::Flow,
    missing_session_is_inactive: false,
};

/// The request of [`UPDATE_RECOVERY_FLOW`].
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateRecoveryFlow {
    /// The `flow` query parameter (required).
    pub flow: String,
    /// The `token` query parameter.
    pub token: Option<String>,
    /// The `Cookie` header (server-side only: forwards a visitor's cookies).
    pub cookie: Option<String>,
    /// The JSON body.
    pub update_recovery_flow_body: UpdateRecoveryFlowBody,
}

impl Request for UpdateRecoveryFlow {
    const ENDPOINT: &'static Endpoint = &UPDATE_RECOVERY_FLOW;
    type Response = RecoveryFlow;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![
                Some(self.flow.clone().into()),
                value(&self.token),
                value(&self.cookie),
            ],
            body: Some(json_body(&self.update_recovery_flow_body)?),
        })
    }
}

/// `GET /self-service/verification/browser` — Create Verification Flow for Browser Clients.
pub const CREATE_BROWSER_VERIFICATION_FLOW: Endpoint = Endpoint {
    method: Method::Get,
    path: "/self-service/verification/browser",
    api: Api::Frontend,
    v1_name: Some("createBrowserVerificationFlow"),
    v0alpha2: Some(V0alpha2 {
        name: "initializeSelfServiceVerificationFlowForBrowsers",
        arguments: &["returnTo"],
    }),
    params: &[Param::query("return_to")],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::None,
    shape: Shape::Flow,
    missing_session_is_inactive: false,
};

/// The request of [`CREATE_BROWSER_VERIFICATION_FLOW`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateBrowserVerificationFlow {
    /// The `return_to` query parameter.
    pub return_to: Option<String>,
}

impl Request for CreateBrowserVerificationFlow {
    const ENDPOINT: &'static Endpoint = &CREATE_BROWSER_VERIFICATION_FLOW;
    type Response = VerificationFlow;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![value(&self.return_to)],
            body: None,
        })
    }
}

/// `GET /self-service/verification/api` — Create Verification Flow for Native Apps.
pub const CREATE_NATIVE_VERIFICATION_FLOW: Endpoint = Endpoint {
    method: Method::Get,
    path: "/self-service/verification/api",
    api: Api::Frontend,
    v1_name: Some("createNativeVerificationFlow"),
    v0alpha2: Some(V0alpha2 {
        name: "initializeSelfServiceVerificationFlowWithoutBrowser",
        arguments: &[],
    }),
    params: &[],
    body: None,
    flavor: Flavor::Native,
    auth: Auth::None,
    shape: Shape::Flow,
    missing_session_is_inactive: false,
};

/// The request of [`CREATE_NATIVE_VERIFICATION_FLOW`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CreateNativeVerificationFlow;

impl Request for CreateNativeVerificationFlow {
    const ENDPOINT: &'static Endpoint = &CREATE_NATIVE_VERIFICATION_FLOW;
    type Response = VerificationFlow;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![],
            body: None,
        })
    }
}

/// `GET /self-service/verification/flows` — Get Verification Flow.
pub const GET_VERIFICATION_FLOW: Endpoint = Endpoint {
    method: Method::Get,
    path: "/self-service/verification/flows",
    api: Api::Frontend,
    v1_name: Some("getVerificationFlow"),
    v0alpha2: Some(V0alpha2 {
        name: "getSelfServiceVerificationFlow",
        arguments: &["id", "cookie"],
    }),
    params: &[Param::required_query("id"), Param::header("cookie")],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::None,
    shape: Shape::Flow,
    missing_session_is_inactive: false,
};

/// The request of [`GET_VERIFICATION_FLOW`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetVerificationFlow {
    /// The `id` query parameter (required).
    pub id: String,
    /// The `cookie` header (server-side only: forwards a visitor's cookies).
    pub cookie: Option<String>,
}

impl Request for GetVerificationFlow {
    const ENDPOINT: &'static Endpoint = &GET_VERIFICATION_FLOW;
    type Response = VerificationFlow;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![Some(self.id.clone().into()), value(&self.cookie)],
            body: None,
        })
    }
}

/// `POST /self-service/verification` — Complete Verification Flow.
pub const UPDATE_VERIFICATION_FLOW: Endpoint = Endpoint {
    method: Method::Post,
    path: "/self-service/verification",
    api: Api::Frontend,
    v1_name: Some("updateVerificationFlow"),
    v0alpha2: Some(V0alpha2 {
        name: "submitSelfServiceVerificationFlow",
        arguments: &["flow", BODY, "token", "cookie"],
    }),
    params: &[
        Param::required_query("flow"),
        Param::query("token"),
        Param::header("Cookie"),
    ],
    body: Some(Body {
        name: "updateVerificationFlowBody",
        required: true,
    }),
    flavor: Flavor::Either,
    auth: Auth::None,
    shape: Shape::Flow,
    missing_session_is_inactive: false,
};

/// The request of [`UPDATE_VERIFICATION_FLOW`].
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateVerificationFlow {
    /// The `flow` query parameter (required).
    pub flow: String,
    /// The `token` query parameter.
    pub token: Option<String>,
    /// The `Cookie` header (server-side only: forwards a visitor's cookies).
    pub cookie: Option<String>,
    /// The JSON body.
    pub update_verification_flow_body: UpdateVerificationFlowBody,
}

impl Request for UpdateVerificationFlow {
    const ENDPOINT: &'static Endpoint = &UPDATE_VERIFICATION_FLOW;
    type Response = VerificationFlow;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![
                Some(self.flow.clone().into()),
                value(&self.token),
                value(&self.cookie),
            ],
            body: Some(json_body(&self.update_verification_flow_body)?),
        })
    }
}

/// `GET /self-service/settings/browser` — Create Settings Flow for Browsers.
pub const CREATE_BROWSER_SETTINGS_FLOW: Endpoint = Endpoint {
    method: Method::Get,
    path: "/self-service/settings/browser",
    api: Api::Frontend,
    v1_name: Some("createBrowserSettingsFlow"),
    v0alpha2: Some(V0alpha2 {
        name: "initializeSelfServiceSettingsFlowForBrowsers",
        arguments: &["returnTo"],
    }),
    params: &[Param::query("return_to"), Param::header("Cookie")],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::None,
    shape: Shape::Flow,
    missing_session_is_inactive: false,
};

/// The request of [`CREATE_BROWSER_SETTINGS_FLOW`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateBrowserSettingsFlow {
    /// The `return_to` query parameter.
    pub return_to: Option<String>,
    /// The `Cookie` header (server-side only: forwards a visitor's cookies).
    pub cookie: Option<String>,
}

impl Request for CreateBrowserSettingsFlow {
    const ENDPOINT: &'static Endpoint = &CREATE_BROWSER_SETTINGS_FLOW;
    type Response = SettingsFlow;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![value(&self.return_to), value(&self.cookie)],
            body: None,
        })
    }
}

/// `GET /self-service/settings/api` — Create Settings Flow for Native Apps.
pub const CREATE_NATIVE_SETTINGS_FLOW: Endpoint = Endpoint {
    method: Method::Get,
    path: "/self-service/settings/api",
    api: Api::Frontend,
    v1_name: Some("createNativeSettingsFlow"),
    v0alpha2: Some(V0alpha2 {
        name: "initializeSelfServiceSettingsFlowWithoutBrowser",
        arguments: &["xSessionToken"],
    }),
    params: &[Param::header("X-Session-Token")],
    body: None,
    flavor: Flavor::Native,
    auth: Auth::None,
    shape: Shape::Flow,
    missing_session_is_inactive: false,
};

/// The request of [`CREATE_NATIVE_SETTINGS_FLOW`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateNativeSettingsFlow {
    /// The `X-Session-Token` header (a native session; never put into the URL).
    pub x_session_token: Option<String>,
}

impl Request for CreateNativeSettingsFlow {
    const ENDPOINT: &'static Endpoint = &CREATE_NATIVE_SETTINGS_FLOW;
    type Response = SettingsFlow;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![value(&self.x_session_token)],
            body: None,
        })
    }
}

/// `GET /self-service/settings/flows` — Get Settings Flow.
pub const GET_SETTINGS_FLOW: Endpoint = Endpoint {
    method: Method::Get,
    path: "/self-service/settings/flows",
    api: Api::Frontend,
    v1_name: Some("getSettingsFlow"),
    v0alpha2: Some(V0alpha2 {
        name: "getSelfServiceSettingsFlow",
        arguments: &["id", "xSessionToken", "cookie"],
    }),
    params: &[
        Param::required_query("id"),
        Param::header("X-Session-Token"),
        Param::header("Cookie"),
    ],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::None,
    shape: Shape::Flow,
    missing_session_is_inactive: false,
};

/// The request of [`GET_SETTINGS_FLOW`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetSettingsFlow {
    /// The `id` query parameter (required).
    pub id: String,
    /// The `X-Session-Token` header (a native session; never put into the URL).
    pub x_session_token: Option<String>,
    /// The `Cookie` header (server-side only: forwards a visitor's cookies).
    pub cookie: Option<String>,
}

impl Request for GetSettingsFlow {
    const ENDPOINT: &'static Endpoint = &GET_SETTINGS_FLOW;
    type Response = SettingsFlow;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![
                Some(self.id.clone().into()),
                value(&self.x_session_token),
                value(&self.cookie),
            ],
            body: None,
        })
    }
}

/// `POST /self-service/settings` — Complete Settings Flow.
pub const UPDATE_SETTINGS_FLOW: Endpoint = Endpoint {
    method: Method::Post,
    path: "/self-service/settings",
    api: Api::Frontend,
    v1_name: Some("updateSettingsFlow"),
    v0alpha2: Some(V0alpha2 {
        name: "submitSelfServiceSettingsFlow",
        arguments: &["flow", BODY, "xSessionToken", "cookie"],
    }),
    params: &[
        Param::required_query("flow"),
        Param::header("X-Session-Token"),
        Param::header("Cookie"),
    ],
    body: Some(Body {
        name: "updateSettingsFlowBody",
        required: true,
    }),
    flavor: Flavor::Either,
    auth: Auth::None,
    shape: Shape::Flow,
    missing_session_is_inactive: false,
};

/// The request of [`UPDATE_SETTINGS_FLOW`].
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateSettingsFlow {
    /// The `flow` query parameter (required).
    pub flow: String,
    /// The `X-Session-Token` header (a native session; never put into the URL).
    pub x_session_token: Option<String>,
    /// The `Cookie` header (server-side only: forwards a visitor's cookies).
    pub cookie: Option<String>,
    /// The JSON body.
    pub update_settings_flow_body: UpdateSettingsFlowBody,
}

impl Request for UpdateSettingsFlow {
    const ENDPOINT: &'static Endpoint = &UPDATE_SETTINGS_FLOW;
    type Response = SettingsFlow;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![
                Some(self.flow.clone().into()),
                value(&self.x_session_token),
                value(&self.cookie),
            ],
            body: Some(json_body(&self.update_settings_flow_body)?),
        })
    }
}

/// `GET /self-service/logout/browser` — Create a Logout URL for Browsers.
pub const CREATE_BROWSER_LOGOUT_FLOW: Endpoint = Endpoint {
    method: Method::Get,
    path: "/self-service/logout/browser",
    api: Api::Frontend,
    v1_name: Some("createBrowserLogoutFlow"),
    v0alpha2: Some(V0alpha2 {
        name: "createSelfServiceLogoutFlowUrlForBrowsers",
        arguments: &["cookie"],
    }),
    params: &[Param::header("cookie"), Param::query("return_to")],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::None,
    shape: Shape::LogoutFlow,
    missing_session_is_inactive: false,
};

/// The request of [`CREATE_BROWSER_LOGOUT_FLOW`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateBrowserLogoutFlow {
    /// The `cookie` header (server-side only: forwards a visitor's cookies).
    pub cookie: Option<String>,
    /// The `return_to` query parameter.
    pub return_to: Option<String>,
}

impl Request for CreateBrowserLogoutFlow {
    const ENDPOINT: &'static Endpoint = &CREATE_BROWSER_LOGOUT_FLOW;
    type Response = LogoutFlow;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![value(&self.cookie), value(&self.return_to)],
            body: None,
        })
    }
}

/// `GET /self-service/logout` — Update Logout Flow.
pub const UPDATE_LOGOUT_FLOW: Endpoint = Endpoint {
    method: Method::Get,
    path: "/self-service/logout",
    api: Api::Frontend,
    v1_name: Some("updateLogoutFlow"),
    v0alpha2: Some(V0alpha2 {
        name: "submitSelfServiceLogoutFlow",
        arguments: &["token", "returnTo"],
    }),
    params: &[
        Param::query("token"),
        Param::query("return_to"),
        Param::header("Cookie"),
    ],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::None,
    shape: Shape::Empty,
    missing_session_is_inactive: false,
};

/// The request of [`UPDATE_LOGOUT_FLOW`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateLogoutFlow {
    /// The `token` query parameter.
    pub token: Option<String>,
    /// The `return_to` query parameter.
    pub return_to: Option<String>,
    /// The `Cookie` header (server-side only: forwards a visitor's cookies).
    pub cookie: Option<String>,
}

impl Request for UpdateLogoutFlow {
    const ENDPOINT: &'static Endpoint = &UPDATE_LOGOUT_FLOW;
    type Response = ();

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![
                value(&self.token),
                value(&self.return_to),
                value(&self.cookie),
            ],
            body: None,
        })
    }
}

/// `DELETE /self-service/logout/api` — Perform Logout for Native Apps.
pub const PERFORM_NATIVE_LOGOUT: Endpoint = Endpoint {
    method: Method::Delete,
    path: "/self-service/logout/api",
    api: Api::Frontend,
    v1_name: Some("performNativeLogout"),
    v0alpha2: Some(V0alpha2 {
        name: "submitSelfServiceLogoutFlowWithoutBrowser",
        arguments: &[BODY],
    }),
    params: &[],
    body: Some(Body {
        name: "performNativeLogoutBody",
        required: true,
    }),
    flavor: Flavor::Native,
    auth: Auth::None,
    shape: Shape::Empty,
    missing_session_is_inactive: false,
};

/// The request of [`PERFORM_NATIVE_LOGOUT`].
#[derive(Debug, Clone, PartialEq)]
pub struct PerformNativeLogout {
    /// The JSON body.
    pub perform_native_logout_body: PerformNativeLogoutBody,
}

impl Request for PerformNativeLogout {
    const ENDPOINT: &'static Endpoint = &PERFORM_NATIVE_LOGOUT;
    type Response = ();

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![],
            body: Some(json_body(&self.perform_native_logout_body)?),
        })
    }
}

/// `GET /sessions/whoami` — Check Who the Current HTTP Session Belongs To.
pub const TO_SESSION: Endpoint = Endpoint {
    method: Method::Get,
    path: "/sessions/whoami",
    api: Api::Frontend,
    v1_name: Some("toSession"),
    v0alpha2: Some(V0alpha2 {
        name: "toSession",
        arguments: &["xSessionToken", "cookie"],
    }),
    params: &[
        Param::header("X-Session-Token"),
        Param::header("Cookie"),
        Param::query("tokenize_as"),
    ],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::None,
    shape: Shape::Session,
    missing_session_is_inactive: true,
};

/// The request of [`TO_SESSION`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ToSession {
    /// The `X-Session-Token` header (a native session; never put into the URL).
    pub x_session_token: Option<String>,
    /// The `Cookie` header (server-side only: forwards a visitor's cookies).
    pub cookie: Option<String>,
    /// The `tokenize_as` query parameter.
    pub tokenize_as: Option<String>,
}

impl Request for ToSession {
    const ENDPOINT: &'static Endpoint = &TO_SESSION;
    type Response = Session;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![
                value(&self.x_session_token),
                value(&self.cookie),
                value(&self.tokenize_as),
            ],
            body: None,
        })
    }
}

/// `GET /sessions` — Get My Active Sessions.
pub const LIST_MY_SESSIONS: Endpoint = Endpoint {
    method: Method::Get,
    path: "/sessions",
    api: Api::Frontend,
    v1_name: Some("listMySessions"),
    v0alpha2: Some(V0alpha2 {
        name: "listSessions",
        arguments: &["xSessionToken", "cookie", "perPage", "page"],
    }),
    params: &[
        Param::query("per_page"),
        Param::query("page"),
        Param::query("page_size"),
        Param::query("page_token"),
        Param::header("X-Session-Token"),
        Param::header("Cookie"),
    ],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::None,
    shape: Shape::Sessions,
    missing_session_is_inactive: false,
};

/// The request of [`LIST_MY_SESSIONS`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListMySessions {
    /// The `per_page` query parameter.
    pub per_page: Option<i64>,
    /// The `page` query parameter.
    pub page: Option<i64>,
    /// The `page_size` query parameter.
    pub page_size: Option<i64>,
    /// The `page_token` query parameter.
    pub page_token: Option<String>,
    /// The `X-Session-Token` header (a native session; never put into the URL).
    pub x_session_token: Option<String>,
    /// The `Cookie` header (server-side only: forwards a visitor's cookies).
    pub cookie: Option<String>,
}

impl Request for ListMySessions {
    const ENDPOINT: &'static Endpoint = &LIST_MY_SESSIONS;
    type Response = Vec<Session>;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![
                value(&self.per_page),
                value(&self.page),
                value(&self.page_size),
                value(&self.page_token),
                value(&self.x_session_token),
                value(&self.cookie),
            ],
            body: None,
        })
    }
}

/// `DELETE /sessions/{id}` — Disable one of my sessions.
pub const DISABLE_MY_SESSION: Endpoint = Endpoint {
    method: Method::Delete,
    path: "/sessions/{id}",
    api: Api::Frontend,
    v1_name: Some("disableMySession"),
    v0alpha2: Some(V0alpha2 {
        name: "revokeSession",
        arguments: &["id"],
    }),
    params: &[
        Param::path("id"),
        Param::header("X-Session-Token"),
        Param::header("Cookie"),
    ],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::None,
    shape: Shape::Empty,
    missing_session_is_inactive: false,
};

/// The request of [`DISABLE_MY_SESSION`].
#[derive(Debug, Clone, PartialEq)]
pub struct DisableMySession {
    /// The `{id}` in the path.
    pub id: String,
    /// The `X-Session-Token` header (a native session; never put into the URL).
    pub x_session_token: Option<String>,
    /// The `Cookie` header (server-side only: forwards a visitor's cookies).
    pub cookie: Option<String>,
}

impl Request for DisableMySession {
    const ENDPOINT: &'static Endpoint = &DISABLE_MY_SESSION;
    type Response = ();

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![
                Some(self.id.clone().into()),
                value(&self.x_session_token),
                value(&self.cookie),
            ],
            body: None,
        })
    }
}

/// `DELETE /sessions` — Disable my other sessions.
pub const DISABLE_MY_OTHER_SESSIONS: Endpoint = Endpoint {
    method: Method::Delete,
    path: "/sessions",
    api: Api::Frontend,
    v1_name: Some("disableMyOtherSessions"),
    v0alpha2: Some(V0alpha2 {
        name: "revokeSessions",
        arguments: &["xSessionToken", "cookie"],
    }),
    params: &[Param::header("X-Session-Token"), Param::header("Cookie")],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::None,
    shape: Shape::Object,
    missing_session_is_inactive: false,
};

/// The request of [`DISABLE_MY_OTHER_SESSIONS`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DisableMyOtherSessions {
    /// The `X-Session-Token` header (a native session; never put into the URL).
    pub x_session_token: Option<String>,
    /// The `Cookie` header (server-side only: forwards a visitor's cookies).
    pub cookie: Option<String>,
}

impl Request for DisableMyOtherSessions {
    const ENDPOINT: &'static Endpoint = &DISABLE_MY_OTHER_SESSIONS;
    type Response = DeleteMySessionsCount;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![value(&self.x_session_token), value(&self.cookie)],
            body: None,
        })
    }
}

/// `GET /sessions/token-exchange` — Exchange Session Token.
pub const EXCHANGE_SESSION_TOKEN: Endpoint = Endpoint {
    method: Method::Get,
    path: "/sessions/token-exchange",
    api: Api::Frontend,
    v1_name: Some("exchangeSessionToken"),
    v0alpha2: None,
    params: &[
        Param::required_query("init_code"),
        Param::required_query("return_to_code"),
    ],
    body: None,
    flavor: Flavor::Native,
    auth: Auth::None,
    shape: Shape::TokenExchange,
    missing_session_is_inactive: false,
};

/// Every operation of this area.
pub const ALL: &[&Endpoint] = &[
    &GET_WEB_AUTHN_JAVA_SCRIPT,
    &LIST_IDENTITY_SCHEMAS,
    &GET_IDENTITY_SCHEMA,
    &GET_FLOW_ERROR,
    &CREATE_BROWSER_LOGIN_FLOW,
    &CREATE_NATIVE_LOGIN_FLOW,
    &GET_LOGIN_FLOW,
    &UPDATE_LOGIN_FLOW,
    &CREATE_BROWSER_REGISTRATION_FLOW,
    &CREATE_NATIVE_REGISTRATION_FLOW,
    &GET_REGISTRATION_FLOW,
    &UPDATE_REGISTRATION_FLOW,
    &CREATE_BROWSER_RECOVERY_FLOW,
    &CREATE_NATIVE_RECOVERY_FLOW,
    &GET_RECOVERY_FLOW,
    &UPDATE_RECOVERY_FLOW,
    &CREATE_BROWSER_VERIFICATION_FLOW,
    &CREATE_NATIVE_VERIFICATION_FLOW,
    &GET_VERIFICATION_FLOW,
    &UPDATE_VERIFICATION_FLOW,
    &CREATE_BROWSER_SETTINGS_FLOW,
    &CREATE_NATIVE_SETTINGS_FLOW,
    &GET_SETTINGS_FLOW,
    &UPDATE_SETTINGS_FLOW,
    &CREATE_BROWSER_LOGOUT_FLOW,
    &UPDATE_LOGOUT_FLOW,
    &PERFORM_NATIVE_LOGOUT,
    &TO_SESSION,
    &LIST_MY_SESSIONS,
    &DISABLE_MY_SESSION,
    &DISABLE_MY_OTHER_SESSIONS,
    &EXCHANGE_SESSION_TOKEN,
];

/// The request of [`EXCHANGE_SESSION_TOKEN`].
#[derive(Debug, Clone, PartialEq)]
pub struct ExchangeSessionToken {
    /// The `init_code` query parameter (required).
    pub init_code: String,
    /// The `return_to_code` query parameter (required).
    pub return_to_code: String,
}

impl Request for ExchangeSessionToken {
    const ENDPOINT: &'static Endpoint = &EXCHANGE_SESSION_TOKEN;
    type Response = SuccessfulNativeLogin;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![
                Some(self.init_code.clone().into()),
                Some(self.return_to_code.clone().into()),
            ],
            body: None,
        })
    }
}
