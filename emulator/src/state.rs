//! The shared context every layer below HTTP works with: configuration, store, identity
//! schemas and the small in-memory tables (test OIDC codes, captcha tokens).

use std::sync::Arc;

use crate::config::Config;
use crate::errors::ApiError;
use crate::schema::IdentitySchema;
use crate::store::Store;

pub struct AppState {
    pub cfg: Config,
    pub store: Store,
    /// The default identity schema (Kratos' `identity.default_schema_id`).
    pub schema: IdentitySchema,
    /// The other configured identity schemas.
    pub other_schemas: Vec<IdentitySchema>,
    pub csrf_cookie: String,
    /// Authorization codes issued by the built-in test OIDC provider (code → claims).
    pub oidc_codes: std::sync::Mutex<std::collections::HashMap<String, serde_json::Value>>,
    /// Tokens issued by the captcha stand-in (token → action, issued at).
    pub captcha_tokens:
        std::sync::Mutex<std::collections::HashMap<String, (String, std::time::Instant)>>,
}

pub type App = Arc<AppState>;

impl AppState {
    pub fn new(
        cfg: Config,
        store: Store,
        mut schemas: Vec<IdentitySchema>,
        default_id: &str,
    ) -> AppState {
        let csrf_cookie = crate::csrf::cookie_name(cfg.public_url.as_str());
        let at = schemas.iter().position(|s| s.id == default_id).unwrap_or(0);
        let schema = schemas.remove(at);
        AppState {
            cfg,
            store,
            schema,
            other_schemas: schemas,
            csrf_cookie,
            oidc_codes: std::sync::Mutex::new(std::collections::HashMap::new()),
            captcha_tokens: std::sync::Mutex::new(std::collections::HashMap::new()),
        }
    }

    /// The schema with this id; the default one for an unknown id.
    pub fn schema_by_id(&self, id: &str) -> &IdentitySchema {
        self.other_schemas
            .iter()
            .find(|s| s.id == id)
            .unwrap_or(&self.schema)
    }

    /// Every schema, the default one first.
    pub fn schemas(&self) -> impl Iterator<Item = &IdentitySchema> {
        std::iter::once(&self.schema).chain(self.other_schemas.iter())
    }

    /// The schema of a self-service login / registration flow (`?identity_schema=`).
    pub fn flow_schema(&self, f: &crate::model::Flow) -> &IdentitySchema {
        match f.internal.get("identity_schema").and_then(|v| v.as_str()) {
            Some(id) => self.schema_by_id(id),
            None => &self.schema,
        }
    }

    /// `schema_url` of an identity with this schema id.
    pub fn schema_url_for(&self, id: &str) -> String {
        self.schema_by_id(id).url(&self.cfg.public_url)
    }

    /// Kratos' `SelfServiceFlowIdentitySchema`: the default schema or a selectable one;
    /// otherwise 400 with Kratos' reasons.
    pub fn selectable_schema(&self, requested: &str) -> Result<String, ApiError> {
        if requested == self.schema.id {
            return Ok(requested.to_string());
        }
        match self.other_schemas.iter().find(|s| s.id == requested) {
            Some(s) if s.selfservice_selectable => Ok(requested.to_string()),
            Some(_) => Err(ApiError::bad_request().reason(format!(
                "Requested identity schema {requested:?} is not enabled for self-service flows."
            ))),
            None => Err(ApiError::bad_request().reason(format!(
                "Requested identity schema {requested:?} does not exist."
            ))),
        }
    }
}
