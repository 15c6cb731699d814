//! The courier: the v1 `CourierApi` (row 33 of the API surface).
//!
//! Parameters are listed in the order of `openapi-v1.json`, followed by the `per_page`/`page`
//! pagination the `V0alpha2Api` generation (`openapi-ory-network-v0.2.json`) used instead.
//! `tests/admin_endpoints.rs` checks the declaration against both specs.

use crate::endpoint::value;
use crate::endpoint::{
    Api, Arguments, Auth, Endpoint, Flavor, Method, Param, Request, Shape, V0alpha2,
};
use crate::error::Error;

/// `GET /admin/courier/messages` — List Messages.
pub const LIST_COURIER_MESSAGES: Endpoint = Endpoint {
    method: Method::Get,
    path: "/admin/courier/messages",
    api: Api::Courier,
    v1_name: Some("listCourierMessages"),
    v0alpha2: Some(V0alpha2 {
        name: "adminListCourierMessages",
        arguments: &["perPage", "page", "status", "recipient"],
    }),
    params: &[
        Param::query("page_size"),
        Param::query("page_token"),
        Param::query("status"),
        Param::query("recipient"),
        Param::query("per_page"),
        Param::query("page"),
    ],
    body: None,
    flavor: Flavor::Either,
    auth: Auth::ApiKey,
    shape: Shape::Array,
    missing_session_is_inactive: false,
};

/// The request of [`LIST_COURIER_MESSAGES`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListCourierMessages {
    /// The `page_size` query parameter.
    pub page_size: Option<i64>,
    /// The `page_token` query parameter.
    pub page_token: Option<String>,
    /// The `status` query parameter.
    pub status: Option<String>,
    /// The `recipient` query parameter.
    pub recipient: Option<String>,
    /// The `per_page` query parameter.
    pub per_page: Option<i64>,
    /// The `page` query parameter.
    pub page: Option<i64>,
}

impl Request for ListCourierMessages {
    const ENDPOINT: &'static Endpoint = &LIST_COURIER_MESSAGES;
    type Response = serde_json::Value;

    fn arguments(&self) -> Result<Arguments, Error> {
        Ok(Arguments {
            values: vec![
                value(&self.page_size),
                value(&self.page_token),
                value(&self.status),
                value(&self.recipient),
                value(&self.per_page),
                value(&self.page),
            ],
            body: None,
        })
    }
}

/// Every operation of this module.
pub const ALL: &[&Endpoint] = &[&LIST_COURIER_MESSAGES];
