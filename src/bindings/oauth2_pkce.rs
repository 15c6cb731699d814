//! `OAuth2PkceClient`: the OAuth2 authorization code flow with PKCE for single-page apps, over
//! the platform-free core in [`crate::oauth2`].
//!
//! This layer only supplies what the core leaves to the platform: random bytes
//! (`crypto.getRandomValues`), the clock (`Date.now()`), storage across the redirect
//! (`sessionStorage`, or any `{getItem, setItem, removeItem}`, synchronous or returning
//! promises), the current URL, and `fetch` through the SDK's endpoint machinery. Tokens stay in
//! this object's memory; they are never written to storage, put in a URL or logged.
//!
//! Before the first callback or refresh it reads the server's metadata
//! (`/.well-known/openid-configuration` under the base path, once per object): it supplies the
//! issuer when none is configured (and must agree with a configured one), and says whether
//! callbacks must carry `iss` (RFC 9207). The checks never run without an issuer.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Array, Function, Object, Promise, Reflect, Uint8Array};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use super::js;
use super::{to_js, Failure};
use crate::api::send_json;
use crate::endpoint::{Arguments, CallOptions};
use crate::endpoints::oauth2::{DISCOVER_OIDC_CONFIGURATION, GET_OIDC_USER_INFO};
use crate::error::Error;
use crate::oauth2::{
    self, AuthorizeOptions, CallbackParams, ClientSettings, IdTokenCheck, PendingAuthorization,
    TokenSet, RANDOM_BYTES,
};
use crate::transport;

fn reject(error: Error) -> JsValue {
    let body = error
        .body
        .as_ref()
        .and_then(|body| to_js_value(body).ok())
        .unwrap_or(JsValue::UNDEFINED);
    to_js(Failure {
        error,
        body,
        text: None,
        headers: None,
    })
}

fn to_js_value<T: Serialize>(value: &T) -> Result<JsValue, Error> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| Error::invalid_argument(format!("cannot convert to JavaScript: {e}")))
}

fn string_option(object: &JsValue, key: &str) -> Result<Option<String>, Error> {
    match js::get(object, key)? {
        None => Ok(None),
        Some(value) => value
            .as_string()
            .map(Some)
            .ok_or_else(|| Error::invalid_argument(format!("{key} must be a string"))),
    }
}

/// A scope given as a string or an array of strings.
fn scope_option(object: &JsValue, key: &str) -> Result<Option<String>, Error> {
    match js::get(object, key)? {
        None => Ok(None),
        Some(value) if Array::is_array(&value) => {
            let mut tokens = Vec::new();
            for item in value.unchecked_ref::<Array>().iter() {
                tokens.push(
                    item.as_string().ok_or_else(|| {
                        Error::invalid_argument(format!("{key} must hold strings"))
                    })?,
                );
            }
            Ok(Some(tokens.join(" ")))
        }
        Some(value) => value
            .as_string()
            .map(Some)
            .ok_or_else(|| Error::invalid_argument(format!("{key} must be a string or an array"))),
    }
}

fn global(name: &str) -> Option<JsValue> {
    Reflect::get(&js_sys::global(), &JsValue::from_str(name))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// `RANDOM_BYTES` bytes of `crypto.getRandomValues`.
fn random_bytes() -> Result<[u8; RANDOM_BYTES], Error> {
    let unavailable = || {
        Error::invalid_argument(
            "crypto.getRandomValues is not available; PKCE needs a secure random source".to_owned(),
        )
    };
    let crypto = global("crypto").ok_or_else(unavailable)?;
    let get_random_values: Function = Reflect::get(&crypto, &JsValue::from_str("getRandomValues"))
        .ok()
        .and_then(|f| f.dyn_into().ok())
        .ok_or_else(unavailable)?;
    let buffer = Uint8Array::new_with_length(RANDOM_BYTES as u32);
    get_random_values
        .call1(&crypto, &buffer)
        .map_err(|e| Error::invalid_argument(transport::describe(&e)))?;
    let mut out = [0u8; RANDOM_BYTES];
    buffer.copy_to(&mut out);
    // All-zero output means a stub, not randomness.
    if out.iter().all(|b| *b == 0) {
        return Err(unavailable());
    }
    Ok(out)
}

/// Where pending authorizations are kept: the caller's object, or `sessionStorage`.
#[derive(Clone)]
struct Storage(Option<JsValue>);

impl Storage {
    fn from_option(value: Option<JsValue>) -> Result<Self, Error> {
        if let Some(storage) = &value {
            for method in ["getItem", "setItem", "removeItem"] {
                let ok = Reflect::get(storage, &JsValue::from_str(method))
                    .map(|f| f.is_function())
                    .unwrap_or(false);
                if !ok {
                    return Err(Error::invalid_argument(format!(
                        "storage must have getItem, setItem and removeItem methods ({method} is missing)"
                    )));
                }
            }
        }
        Ok(Self(value))
    }

    fn target(&self) -> Result<JsValue, Error> {
        self.0
            .clone()
            .or_else(|| global("sessionStorage"))
            .ok_or_else(|| {
                Error::invalid_argument(
                    "there is no sessionStorage here: pass a storage with getItem, setItem and \
                     removeItem to the OAuth2PkceClient"
                        .to_owned(),
                )
            })
    }

    async fn call(&self, method: &str, args: &[JsValue]) -> Result<JsValue, Error> {
        let target = self.target()?;
        let function: Function = Reflect::get(&target, &JsValue::from_str(method))
            .ok()
            .and_then(|f| f.dyn_into().ok())
            .ok_or_else(|| {
                Error::invalid_argument(format!("storage.{method} is not a function"))
            })?;
        let failed = |e: JsValue| {
            Error::invalid_argument(format!(
                "storage.{method} failed: {}",
                transport::describe(&e)
            ))
        };
        let result = function
            .apply(&target, &args.iter().collect::<Array>())
            .map_err(failed)?;
        // An asynchronous storage (IndexedDB wrappers, extension storage) returns a promise.
        if result.has_type::<Promise>() {
            return JsFuture::from(result.unchecked_into::<Promise>())
                .await
                .map_err(failed);
        }
        Ok(result)
    }
}

struct Inner {
    /// The client as configured.
    settings: ClientSettings,
    /// The same, completed with the server's metadata once read.
    discovered: RefCell<Option<ClientSettings>>,
    storage: Storage,
    timeout_ms: Option<u32>,
    tokens: RefCell<Option<TokenSet>>,
}

impl Inner {
    fn call_options(&self) -> CallOptions {
        CallOptions {
            headers: Vec::new(),
            timeout_ms: self.timeout_ms,
        }
    }

    /// The settings completed with the server's metadata, read on first use. An error (the
    /// network, an HTTP error, metadata of another issuer) stops the caller before it sends a
    /// code or refresh token; it is not cached, so the next call tries again.
    async fn discovered_settings(&self) -> Result<ClientSettings, Error> {
        if let Some(settings) = self.discovered.borrow().clone() {
            return Ok(settings);
        }
        let (_, metadata) = send_json(
            self.settings.configuration(),
            &DISCOVER_OIDC_CONFIGURATION,
            &Arguments::default(),
            &self.call_options(),
            None,
        )
        .await
        .map_err(|mut error| {
            error.message = format!(
                "the server's metadata (GET /.well-known/openid-configuration) could not be \
                 read, and without it the issuer cannot be checked: {}",
                error.message
            );
            error
        })?;
        let settings = self.settings.clone().with_server_metadata(&metadata)?;
        self.discovered.replace(Some(settings.clone()));
        Ok(settings)
    }

    async fn token_request(
        &self,
        settings: &ClientSettings,
        arguments: &Arguments,
        requested_scope: &str,
        previous: Option<&TokenSet>,
        nonce: Option<&str>,
    ) -> Result<TokenSet, Error> {
        let (_, answer) = send_json(
            settings.configuration(),
            &oauth2::TOKEN,
            arguments,
            &self.call_options(),
            None,
        )
        .await
        .map_err(oauth2::token_error)?;
        let tokens = TokenSet::from_response(
            &answer,
            now_ms(),
            requested_scope,
            previous,
            IdTokenCheck { nonce, settings },
        )?;
        self.tokens.replace(Some(tokens.clone()));
        Ok(tokens)
    }

    async fn authorize_url(&self, options: AuthorizeOptions) -> Result<String, Error> {
        let random = random_bytes()?;
        let (url, pending) = oauth2::authorize(&self.settings, &options, &random, now_ms())?;
        self.storage
            .call(
                "setItem",
                &[
                    JsValue::from_str(&pending.storage_key()),
                    JsValue::from_str(&pending.to_json()),
                ],
            )
            .await?;
        Ok(url)
    }

    async fn handle_callback(&self, url: Option<String>) -> Result<TokenSet, Error> {
        let url = match url {
            Some(url) => url,
            None => global("location")
                .and_then(|l| Reflect::get(&l, &JsValue::from_str("href")).ok())
                .and_then(|h| h.as_string())
                .ok_or_else(|| {
                    Error::invalid_argument(
                        "there is no location here: pass the callback URL".to_owned(),
                    )
                })?,
        };
        let params = CallbackParams::parse(&url);
        let pending = match params.storage_key() {
            Some(key) => {
                let key = JsValue::from_str(&key);
                let stored = self
                    .storage
                    .call("getItem", std::slice::from_ref(&key))
                    .await?;
                // One use only, whatever the outcome: a replayed callback finds nothing.
                if stored.as_string().is_some() {
                    self.storage.call("removeItem", &[key]).await?;
                }
                stored
                    .as_string()
                    .map(|text| PendingAuthorization::from_json(&text))
                    .transpose()?
            }
            None => None,
        };
        // A forged or replayed callback is refused before any request, the metadata's included.
        params.check_state(pending.as_ref(), now_ms())?;
        let settings = self.discovered_settings().await?;
        let code = params.validate(&settings, pending.as_ref(), now_ms())?;
        let pending = pending
            .ok_or_else(|| Error::invalid_argument("no pending authorization".to_owned()))?;
        self.token_request(
            &settings,
            &oauth2::code_exchange(&settings, &pending, &code),
            &pending.scope,
            None,
            pending.nonce.as_deref(),
        )
        .await
    }

    async fn refresh(
        &self,
        refresh_token: Option<String>,
        scope: Option<String>,
    ) -> Result<TokenSet, Error> {
        let previous = self.tokens.borrow().clone();
        let refresh_token = refresh_token
            .or_else(|| previous.as_ref().and_then(|t| t.refresh_token.clone()))
            .ok_or_else(|| {
                Error::invalid_argument(
                    "there is no refresh token: request the offline_access scope (with \
                     prompt: \"consent\" for OpenID providers) or pass refreshToken"
                        .to_owned(),
                )
            })?;
        let requested = scope
            .clone()
            .or_else(|| previous.as_ref().map(|t| t.scope.clone()))
            .unwrap_or_else(|| self.settings.scope.clone());
        // The issuer first: a refresh token may be single-use, so it is not spent on an answer
        // that cannot be checked.
        let settings = self.discovered_settings().await?;
        self.token_request(
            &settings,
            &oauth2::refresh(&settings, &refresh_token, scope.as_deref()),
            &requested,
            previous.as_ref(),
            None,
        )
        .await
    }

    async fn revoke_one(&self, token: &str, hint: Option<&str>) -> Result<(), Error> {
        send_json(
            self.settings.configuration(),
            &oauth2::REVOKE,
            &oauth2::revoke(&self.settings, token, hint),
            &self.call_options(),
            None,
        )
        .await
        .map_err(oauth2::token_error)?;
        Ok(())
    }

    async fn revoke(&self, token: Option<String>, hint: Option<String>) -> Result<(), Error> {
        if let Some(token) = token {
            self.revoke_one(&token, hint.as_deref()).await?;
            let mut tokens = self.tokens.borrow_mut();
            let held = tokens.as_ref().is_some_and(|t| {
                t.access_token == token || t.refresh_token.as_deref() == Some(token.as_str())
            });
            if held {
                *tokens = None;
            }
            return Ok(());
        }
        let Some(tokens) = self.tokens.borrow().clone() else {
            return Err(Error::invalid_argument(
                "there are no tokens to revoke: pass token".to_owned(),
            ));
        };
        // The refresh token first: revoking it also ends the grant's access tokens at most
        // servers; the access token is revoked explicitly for the others.
        if let Some(refresh_token) = &tokens.refresh_token {
            self.revoke_one(refresh_token, Some("refresh_token"))
                .await?;
        }
        self.revoke_one(&tokens.access_token, Some("access_token"))
            .await?;
        self.tokens.replace(None);
        Ok(())
    }

    async fn userinfo(&self, access_token: Option<String>) -> Result<JsValue, Error> {
        let access_token = access_token
            .or_else(|| {
                self.tokens
                    .borrow()
                    .as_ref()
                    .map(|t| t.access_token.clone())
            })
            .ok_or_else(|| {
                Error::invalid_argument(
                    "there is no access token: complete an authorization first or pass accessToken"
                        .to_owned(),
                )
            })?;
        let (_, claims) = send_json(
            &self.settings.configuration_with_access_token(&access_token),
            &GET_OIDC_USER_INFO,
            &Arguments::default(),
            &self.call_options(),
            None,
        )
        .await
        .map_err(oauth2::token_error)?;
        // The held ID token is about the held access token's user: compare with it when the
        // access token used is the held one (the tokens may have been refreshed or cleared
        // meanwhile; then the current ones decide).
        let tokens = self.tokens.borrow();
        let id_token_claims = tokens
            .as_ref()
            .filter(|tokens| tokens.access_token == access_token)
            .and_then(|tokens| tokens.claims.as_ref());
        oauth2::check_userinfo(&claims, id_token_claims)?;
        to_js_value(&claims)
    }
}

fn authorize_options(value: &JsValue) -> Result<AuthorizeOptions, Error> {
    let max_age = match js::get(value, "maxAge")? {
        None => None,
        Some(age) => Some(
            age.as_f64()
                .filter(|a| a.is_finite() && *a >= 0.0 && a.fract() == 0.0)
                .ok_or_else(|| {
                    Error::invalid_argument("maxAge must be a whole number of seconds".to_owned())
                })? as u64,
        ),
    };
    let mut extra = Vec::new();
    if let Some(params) = js::get(value, "extraParams")? {
        if !params.is_object() || Array::is_array(&params) {
            return Err(Error::invalid_argument(
                "extraParams must be an object of strings".to_owned(),
            ));
        }
        for entry in Object::entries(params.unchecked_ref()).iter() {
            let pair: Array = entry.unchecked_into();
            let name = pair.get(0).as_string().unwrap_or_default();
            let value = pair.get(1).as_string().ok_or_else(|| {
                Error::invalid_argument(format!("extraParams.{name} must be a string"))
            })?;
            extra.push((name, value));
        }
    }
    Ok(AuthorizeOptions {
        scope: scope_option(value, "scope")?,
        prompt: string_option(value, "prompt")?,
        login_hint: string_option(value, "loginHint")?,
        max_age,
        ui_locales: string_option(value, "uiLocales")?,
        acr_values: string_option(value, "acrValues")?,
        audience: scope_option(value, "audience")?,
        extra,
    })
}

fn settings_from(options: &JsValue) -> Result<(ClientSettings, Storage, Option<u32>), Error> {
    if !options.is_object() {
        return Err(Error::invalid_argument(
            "OAuth2PkceClient takes { issuer | basePath, clientId, redirectUri, scope?, storage?, \
             idTokenMaxAgeSeconds? }"
                .to_owned(),
        ));
    }
    let issuer = string_option(options, "issuer")?;
    let base_path = string_option(options, "basePath")?
        .or_else(|| issuer.clone())
        .ok_or_else(|| Error::invalid_argument("issuer or basePath is required".to_owned()))?;
    let client_id = string_option(options, "clientId")?
        .ok_or_else(|| Error::invalid_argument("clientId is required".to_owned()))?;
    let redirect_uri = string_option(options, "redirectUri")?
        .ok_or_else(|| Error::invalid_argument("redirectUri is required".to_owned()))?;
    let mut settings = ClientSettings::new(&base_path, &client_id, &redirect_uri)?;
    settings.issuer = issuer;
    if let Some(scope) = scope_option(options, "scope")? {
        settings.scope = scope;
    }
    if let Some(secret) = string_option(options, "clientSecret")? {
        settings = settings.with_client_secret(&secret);
    }
    if let Some(age) = js::get(options, "idTokenMaxAgeSeconds")? {
        settings.id_token_max_age = Some(
            age.as_f64()
                .filter(|a| a.is_finite() && *a > 0.0 && a.fract() == 0.0)
                .ok_or_else(|| {
                    Error::invalid_argument(
                        "idTokenMaxAgeSeconds must be a positive whole number of seconds"
                            .to_owned(),
                    )
                })? as u64,
        );
    }
    let storage = Storage::from_option(js::get(options, "storage")?)?;
    let timeout_ms = match js::get(options, "timeoutMs")? {
        None => None,
        Some(ms) => Some(
            ms.as_f64()
                .filter(|ms| ms.is_finite() && *ms > 0.0 && *ms <= f64::from(u32::MAX))
                .ok_or_else(|| {
                    Error::invalid_argument(
                        "timeoutMs must be a positive number of milliseconds".to_owned(),
                    )
                })?
                .ceil() as u32,
        ),
    };
    Ok((settings, storage, timeout_ms))
}

/// The OAuth2 authorization code flow with PKCE for single-page apps.
#[wasm_bindgen(js_name = OAuth2PkceClient)]
pub struct JsOAuth2PkceClient {
    inner: Rc<Inner>,
}

fn spawn<F, T>(inner: &Rc<Inner>, run: F) -> Promise
where
    F: for<'a> FnOnce(
            &'a Inner,
        ) -> std::pin::Pin<
            Box<dyn std::future::Future<Output = Result<T, Error>> + 'a>,
        > + 'static,
    T: Into<JsValue>,
{
    let inner = inner.clone();
    wasm_bindgen_futures::future_to_promise(async move {
        run(&inner).await.map(Into::into).map_err(reject)
    })
}

fn token_set_value(tokens: TokenSet) -> Result<JsValue, Error> {
    to_js_value(&tokens)
}

#[wasm_bindgen(js_class = OAuth2PkceClient)]
impl JsOAuth2PkceClient {
    /// `new OAuth2PkceClient({ issuer | basePath, clientId, redirectUri, scope?, storage?,
    /// clientSecret?, timeoutMs?, idTokenMaxAgeSeconds? })`; throws `OryError` on bad options.
    #[wasm_bindgen(constructor)]
    pub fn new(options: JsValue) -> Result<JsOAuth2PkceClient, JsValue> {
        let (settings, storage, timeout_ms) = settings_from(&options).map_err(reject)?;
        Ok(Self {
            inner: Rc::new(Inner {
                settings,
                discovered: RefCell::new(None),
                storage,
                timeout_ms,
                tokens: RefCell::new(None),
            }),
        })
    }

    /// Starts an authorization: remembers the verifier, state and nonce in storage and resolves
    /// to the URL to send the browser to.
    #[wasm_bindgen(js_name = authorizeUrl)]
    pub fn authorize_url(&self, options: JsValue) -> Promise {
        let options = authorize_options(&options);
        spawn(&self.inner, move |inner| {
            Box::pin(async move { inner.authorize_url(options?).await })
        })
    }

    /// Completes an authorization from the callback URL (default: `location.href`): checks the
    /// state, then (with the server's metadata) the issuer, exchanges the code and resolves to
    /// the token set once its ID token passed the checks.
    #[wasm_bindgen(js_name = handleCallback)]
    pub fn handle_callback(&self, url: JsValue) -> Promise {
        let url = if url.is_undefined() || url.is_null() {
            Ok(None)
        } else {
            url.as_string().map(Some).ok_or_else(|| {
                Error::invalid_argument("the callback URL must be a string".to_owned())
            })
        };
        spawn(&self.inner, move |inner| {
            Box::pin(async move { token_set_value(inner.handle_callback(url?).await?) })
        })
    }

    /// Exchanges the refresh token for a new token set.
    pub fn refresh(&self, options: JsValue) -> Promise {
        let read = (|| {
            Ok::<_, Error>((
                string_option(&options, "refreshToken")?,
                scope_option(&options, "scope")?,
            ))
        })();
        spawn(&self.inner, move |inner| {
            Box::pin(async move {
                let (refresh_token, scope) = read?;
                token_set_value(inner.refresh(refresh_token, scope).await?)
            })
        })
    }

    /// Revokes `options.token`, or the held refresh and access tokens (then forgets them).
    pub fn revoke(&self, options: JsValue) -> Promise {
        let read = (|| {
            Ok::<_, Error>((
                string_option(&options, "token")?,
                string_option(&options, "tokenTypeHint")?,
            ))
        })();
        spawn(&self.inner, move |inner| {
            Box::pin(async move {
                let (token, hint) = read?;
                inner.revoke(token, hint).await?;
                Ok(JsValue::UNDEFINED)
            })
        })
    }

    /// The OpenID Connect userinfo claims for the held (or given) access token.
    pub fn userinfo(&self, options: JsValue) -> Promise {
        let access_token = string_option(&options, "accessToken");
        spawn(&self.inner, move |inner| {
            Box::pin(async move { inner.userinfo(access_token?).await })
        })
    }

    /// The token set held in memory, or `undefined`.
    #[wasm_bindgen(getter)]
    pub fn tokens(&self) -> JsValue {
        self.inner
            .tokens
            .borrow()
            .clone()
            .and_then(|t| token_set_value(t).ok())
            .unwrap_or(JsValue::UNDEFINED)
    }

    /// Forgets the held tokens without revoking them (sign-out of this page only).
    #[wasm_bindgen(js_name = forgetTokens)]
    pub fn forget_tokens(&self) {
        self.inner.tokens.replace(None);
    }
}
