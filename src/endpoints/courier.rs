//! The courier: the v1 `CourierApi` (row 33 of the API surface).
//!
//! Parameters are listed in the order of `openapi-v1.json`, followed by the `per_page`/`page`
//! pagination the `V0alpha2Api` generation (`openapi-ory-network-v0.2.json`) used instead.
//! `tests/admin_endpoints.rs` checks the declaration against both specs.

use super::declare::declare_endpoints;
use crate::models::Message;

declare_endpoints! {
    /// Every operation of this module.
    pub const ALL;

    /// List Messages.
    pub const LIST_COURIER_MESSAGES = GET "/admin/courier/messages" -> Vec<Message> {
        api: Courier,
        v1_name: "listCourierMessages",
        v0alpha2: "adminListCourierMessages"["perPage", "page", "status", "recipient"],
        auth: ApiKey,
        shape: Array,
    }
    #[derive(Clone, Default, PartialEq)]
    pub struct ListCourierMessages {
        /// The `page_size` query parameter.
        page_size: Option<i64> = query("page_size"),
        /// The `page_token` query parameter.
        page_token: Option<String> = query("page_token"),
        /// The `status` query parameter.
        status: Option<String> = query("status"),
        /// The `recipient` query parameter.
        recipient: Option<String> = query("recipient"),
        /// The `per_page` query parameter.
        per_page: Option<i64> = query("per_page"),
        /// The `page` query parameter.
        page: Option<i64> = query("page"),
    }
}
