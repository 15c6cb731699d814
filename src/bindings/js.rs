//! Reading untrusted JavaScript values: request objects, options, configuration, and the
//! objects `JSON.parse` made of a server's answer.
//!
//! Every read is checked; a value of the wrong type becomes an `invalid_argument` error that
//! names the field, never a panic.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::AbortSignal;

use crate::config::{Configuration, Credentials, Mode};
use crate::endpoint::{snake_case, CallOptions, ParamValue};
use crate::error::Error;
use crate::js_words;
use crate::json_view::{JsonKind, JsonView};
use crate::transport;

/// A JavaScript value seen as JSON.
#[derive(Clone)]
pub struct JsJson(pub JsValue);

impl crate::answer::ParsedJson for JsJson {
    type View<'a> = JsJson;
    fn view(&self) -> JsJson {
        self.clone()
    }
}

impl JsonView for JsJson {
    // Each test is a crossing into JavaScript, and the shape check asks this of every node of
    // every flow: objects and arrays, the common case, are told apart in two.
    fn kind(&self) -> JsonKind {
        let value = &self.0;
        // `typeof value === "object" && value !== null`: functions and null are not objects.
        if value.is_object() {
            if Array::is_array(value) {
                JsonKind::Array
            } else {
                JsonKind::Object
            }
        } else if value.is_string() {
            JsonKind::String
        } else if value.as_f64().is_some() {
            JsonKind::Number
        } else if value.as_bool().is_some() {
            JsonKind::Bool
        } else if value.is_null() {
            JsonKind::Null
        } else {
            JsonKind::Other
        }
    }

    fn member(&self, key: &str) -> Option<Self> {
        if self.kind() != JsonKind::Object {
            return None;
        }
        let object: &Object = self.0.unchecked_ref();
        let key = js_words::text(key);
        // Own members only: `constructor` or `__proto__` of a parsed object are no data.
        if !Object::has_own(object, &key) {
            return None;
        }
        Reflect::get(&self.0, &key).ok().map(JsJson)
    }

    fn string(&self) -> Option<String> {
        self.0.as_string()
    }

    fn elements(&self) -> Option<Vec<Self>> {
        if !Array::is_array(&self.0) {
            return None;
        }
        Some(self.0.unchecked_ref::<Array>().iter().map(JsJson).collect())
    }
}

/// `object[key]`, with `undefined` and `null` read as absent.
pub fn get(object: &JsValue, key: &str) -> Result<Option<JsValue>, Error> {
    if object.is_undefined() || object.is_null() {
        return Ok(None);
    }
    if !object.is_object() {
        return Err(Error::invalid_argument(format!(
            "expected an object holding {key}"
        )));
    }
    let value = Reflect::get(object, &js_words::text(key))
        .map_err(|_| Error::invalid_argument(format!("{key} could not be read")))?;
    Ok((!value.is_undefined() && !value.is_null()).then_some(value))
}

/// A parameter value: a string, a boolean, a whole number, or an array of those (a list).
pub fn param_value(name: &str, value: &JsValue) -> Result<ParamValue, Error> {
    if Array::is_array(value) {
        let mut items = Vec::new();
        for item in value.unchecked_ref::<Array>().iter() {
            items.push(match param_value(name, &item)? {
                ParamValue::Text(text) => text,
                ParamValue::Bool(flag) => flag.to_string(),
                ParamValue::Integer(number) => number.to_string(),
                ParamValue::List(_) => {
                    return Err(Error::invalid_argument(format!(
                        "{name} must be a flat array"
                    )))
                }
            });
        }
        return Ok(ParamValue::List(items));
    }
    if let Some(text) = value.as_string() {
        return Ok(ParamValue::Text(text));
    }
    if let Some(flag) = value.as_bool() {
        return Ok(ParamValue::Bool(flag));
    }
    if let Some(number) = value.as_f64() {
        // Exactly representable whole numbers only: a page size of 2.5 is a mistake to report.
        if number.is_finite() && number.fract() == 0.0 && number.abs() < 9_007_199_254_740_992.0 {
            return Ok(ParamValue::Integer(number as i64));
        }
        // The value is not repeated: formatting a float pulls Rust's float printing (~15 KiB
        // of wasm) into every module.
        return Err(Error::invalid_argument(format!(
            "{name} must be a whole number"
        )));
    }
    Err(Error::invalid_argument(format!(
        "{name} must be a string, a boolean or a number"
    )))
}

fn string_field(object: &JsValue, key: &str) -> Result<Option<String>, Error> {
    match get(object, key)? {
        None => Ok(None),
        Some(value) => value
            .as_string()
            .map(Some)
            .ok_or_else(|| Error::invalid_argument(format!("{key} must be a string"))),
    }
}

fn timeout_field(object: &JsValue, key: &str) -> Result<Option<u32>, Error> {
    match get(object, key)? {
        None => Ok(None),
        Some(value) => match value.as_f64() {
            Some(ms) if ms.is_finite() && ms > 0.0 && ms <= f64::from(u32::MAX) => {
                Ok(Some(ms.ceil() as u32))
            }
            _ => Err(Error::invalid_argument(format!(
                "{key} must be a positive number of milliseconds"
            ))),
        },
    }
}

/// A `{name: value}` object of header strings.
fn headers_field(object: &JsValue, key: &str) -> Result<Vec<(String, String)>, Error> {
    let Some(headers) = get(object, key)? else {
        return Ok(Vec::new());
    };
    if !headers.is_object() || Array::is_array(&headers) {
        return Err(Error::invalid_argument(format!(
            "{key} must be an object of header names to strings"
        )));
    }
    let mut out = Vec::new();
    for entry in Object::entries(headers.unchecked_ref()).iter() {
        let pair: Array = entry.unchecked_into();
        let name = pair.get(0).as_string().unwrap_or_default();
        let value = pair.get(1).as_string().ok_or_else(|| {
            Error::invalid_argument(format!("the {key} value of {name} must be a string"))
        })?;
        out.push((name, value));
    }
    Ok(out)
}

/// Options of the official clients' `Configuration` that this SDK does not implement. Ignoring
/// one silently would be a wrong answer (a different query string than the caller asked for), so
/// the constructor refuses them. (`fetchApi` and `middleware` are run by js/send.js.)
const UNSUPPORTED_OPTIONS: &[&str] = &["queryParamsStringify"];

/// A credential option: a string. The official clients also take a function returning the
/// credential; this SDK reads credentials once, when the API class is constructed, so a function
/// is refused rather than called at an unexpected time.
fn credential_field(object: &JsValue, key: &str) -> Result<Option<String>, Error> {
    match get(object, key)? {
        None => Ok(None),
        Some(value) => match value.as_string() {
            Some(text) if !text.trim().is_empty() => Ok(Some(text)),
            Some(_) => Err(Error::invalid_argument(format!("{key} must not be empty"))),
            None => Err(Error::invalid_argument(format!(
                "{key} must be a string (ory-wasm reads credentials once, when the API class \
                 is constructed; functions are not supported)"
            ))),
        },
    }
}

/// Reads a `Configuration` (or a plain object with the same fields).
pub fn configuration(value: &JsValue) -> Result<Configuration, Error> {
    // The `Configuration` class keeps what it was given in `params`; a plain object is its own.
    let given = get(value, "params")?.unwrap_or_else(|| value.clone());
    for option in UNSUPPORTED_OPTIONS {
        if get(&given, option)?.is_some() {
            return Err(Error::invalid_argument(format!(
                "the Configuration option {option} is not supported by ory-wasm"
            )));
        }
    }
    let mut config = match string_field(value, "basePath")? {
        Some(base_path) => Configuration::new(&base_path)?,
        None => Configuration::default(),
    };
    check_base_path_with_browser(&config)?;
    config.credentials = string_field(value, "credentials")?
        .map(|c| Credentials::parse(&c))
        .transpose()?;
    config.mode = match string_field(value, "mode")?.as_deref() {
        None | Some("browser") => Mode::Browser,
        Some("native") => Mode::Native,
        Some(other) => {
            return Err(Error::invalid_argument(format!(
                "mode must be \"browser\" or \"native\", not \"{other}\""
            )));
        }
    };
    config.headers = headers_field(value, "headers")?;
    config.timeout_ms = timeout_field(value, "timeoutMs")?;
    config.api_key = credential_field(&given, "apiKey")?;
    config.access_token = credential_field(&given, "accessToken")?;
    config.username = credential_field(&given, "username")?;
    config.password = credential_field(&given, "password")?;
    config.allow_api_key_in_browser = match get(&given, "dangerouslyAllowApiKeyInBrowser")? {
        None => false,
        Some(flag) => flag.as_bool().ok_or_else(|| {
            Error::invalid_argument("dangerouslyAllowApiKeyInBrowser must be a boolean".to_owned())
        })?,
    };
    Ok(config)
}

/// Cross-checks the base path with the browser's own URL parser, the one `fetch` uses:
/// `new URL(basePath, location.href)` must have the origin this SDK derived from it — the
/// configured origin, or the page's own origin for a path. [`Configuration::new`] already
/// refuses everything the two parsers could read differently; this catches what it missed
/// (a browser quirk, a future parser change) before any request is made.
///
/// Without a `location` (Node, Deno) a path cannot be resolved, and is left to `fetch`.
fn check_base_path_with_browser(config: &Configuration) -> Result<(), Error> {
    let refuse = || {
        Error::invalid_argument(
            "basePath: the browser's URL parser reads another origin from it than ory-wasm \
             does; write it as a plain http(s) URL or a path such as \"/.ory\""
                .to_owned(),
        )
    };
    let page = transport::page_url();
    let resolved = match (&page, config.origin()) {
        (Some(page), _) => web_sys::Url::new_with_base(config.base_path(), &page.href()),
        (None, Some(_)) => web_sys::Url::new(config.base_path()),
        (None, None) => return Ok(()),
    }
    .map_err(|_| refuse())?;
    let expected = match (config.origin(), &page) {
        (Some(origin), _) => origin.to_string(),
        (None, Some(page)) => page.origin(),
        (None, None) => return Ok(()),
    };
    if resolved.origin() == expected {
        Ok(())
    } else {
        Err(refuse())
    }
}

/// Reads per-call options `{signal, timeoutMs, headers}`.
pub fn call_options(value: &JsValue) -> Result<(CallOptions, Option<AbortSignal>), Error> {
    let signal =
        match get(value, "signal")? {
            None => None,
            Some(signal) => Some(signal.dyn_into::<AbortSignal>().map_err(|_| {
                Error::invalid_argument("signal must be an AbortSignal".to_owned())
            })?),
        };
    let options = CallOptions {
        headers: headers_field(value, "headers")?,
        timeout_ms: timeout_field(value, "timeoutMs")?,
    };
    Ok((options, signal))
}

/// Serialises a request body object to JSON text.
///
/// Top-level camelCase keys (`csrfToken`, `totpCode`: what `@ory/client-fetch` users write)
/// become Kratos' snake_case; nested objects such as `traits` are the caller's own data and
/// stay as they are. When both spellings are given, the snake_case one wins.
pub fn json_body(name: &str, body: &JsValue) -> Result<String, Error> {
    // A JSON Patch document (RFC 6902: `patchIdentity`, `patchOAuth2Client`, `patchProject`) is
    // an array of operations, sent as given; every other body is an object.
    if name == "jsonPatch" && Array::is_array(body) {
        let text = js_sys::JSON::stringify(body)
            .map_err(|_| Error::invalid_argument(format!("{name} cannot be serialised as JSON")))?;
        return Ok(String::from(text));
    }
    if !body.is_object() || Array::is_array(body) || body.is_function() {
        return Err(Error::invalid_argument(format!("{name} must be an object")));
    }
    let normalized = Object::new();
    let entries = Object::entries(body.unchecked_ref());
    for entry in entries.iter() {
        let pair: Array = entry.unchecked_into();
        let key = pair.get(0).as_string().unwrap_or_default();
        let wire = snake_case(&key);
        if wire != key && Object::has_own(body.unchecked_ref::<Object>(), &JsValue::from_str(&wire))
        {
            continue;
        }
        Reflect::set(&normalized, &JsValue::from_str(&wire), &pair.get(1))
            .map_err(|_| Error::invalid_argument(format!("{name}.{key} could not be copied")))?;
    }
    let text = js_sys::JSON::stringify(&normalized).map_err(|_| {
        Error::invalid_argument(format!(
            "{name} cannot be serialised as JSON (a cycle or a BigInt?)"
        ))
    })?;
    Ok(String::from(text))
}
