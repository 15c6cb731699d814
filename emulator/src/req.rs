//! Request context (headers, cookies, query, body) and content negotiation, plus response helpers.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value};

use crate::errors::ApiError;

pub struct Req {
    pub method: Method,
    pub uri: Uri,
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl<S: Send + Sync> FromRequest<S> for Req {
    type Rejection = Response;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let method = req.method().clone();
        let uri = req.uri().clone();
        let headers = req.headers().clone();
        let body = Bytes::from_request(req, state).await.map_err(|_| {
            ApiError::bad_request()
                .reason("Unable to read the request body.")
                .into_response()
        })?;
        Ok(Req {
            method,
            uri,
            headers,
            body,
        })
    }
}

fn header_str<'a>(h: &'a HeaderMap, name: &str) -> Option<&'a str> {
    h.get(name).and_then(|v| v.to_str().ok())
}

/// Picks between `text/html` (default) and `application/json` like Go's
/// `httputil.NegotiateContentType` that Kratos uses.
pub fn negotiate_json(accept: Option<&str>) -> bool {
    let Some(accept) = accept else {
        return false;
    };
    let specs: Vec<(String, f64)> = accept
        .split(',')
        .filter_map(|part| {
            let mut it = part.split(';');
            let value = it.next()?.trim().to_ascii_lowercase();
            if value.is_empty() {
                return None;
            }
            let mut q = 1.0;
            for p in it {
                let p = p.trim();
                if let Some(v) = p.strip_prefix("q=") {
                    q = v.trim().parse().unwrap_or(0.0);
                }
            }
            Some((value, q))
        })
        .collect();
    let offers = ["text/html", "application/json"];
    let mut best = "text/html";
    let mut best_q = -1.0;
    let mut best_wild = 3;
    for offer in offers {
        for (spec, q) in &specs {
            let q = *q;
            if q == 0.0 {
                continue;
            }
            if spec == "*/*" {
                if q > best_q || best_wild > 2 {
                    best_q = q;
                    best_wild = 2;
                    best = offer;
                }
            } else if let Some(prefix) = spec.strip_suffix("/*") {
                if offer.starts_with(prefix)
                    && offer.as_bytes().get(prefix.len()) == Some(&b'/')
                    && (q > best_q || best_wild > 1)
                {
                    best_q = q;
                    best_wild = 1;
                    best = offer;
                }
            } else if spec == offer && (q >= best_q || best_wild > 0) {
                best_q = q;
                best_wild = 0;
                best = offer;
            }
        }
    }
    best == "application/json"
}

impl Req {
    pub fn header(&self, name: &str) -> Option<&str> {
        header_str(&self.headers, name)
    }

    /// Kratos' `x.IsJSONRequest`: JSON content type, or `Accept` negotiating to JSON.
    pub fn is_json(&self) -> bool {
        let ct_json = self
            .header("content-type")
            .map(|c| {
                c.split(';')
                    .next()
                    .unwrap_or("")
                    .trim()
                    .eq_ignore_ascii_case("application/json")
            })
            .unwrap_or(false);
        ct_json || negotiate_json(self.header("accept"))
    }

    pub fn query_pairs(&self) -> Vec<(String, String)> {
        self.uri
            .query()
            .map(|q| {
                form_urlencoded::parse(q.as_bytes())
                    .map(|(k, v)| (k.into_owned(), v.into_owned()))
                    .collect()
            })
            .unwrap_or_default()
    }

    pub fn query(&self, name: &str) -> Option<String> {
        self.query_pairs()
            .into_iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v)
    }

    /// Non-empty query value.
    pub fn query_ne(&self, name: &str) -> Option<String> {
        self.query(name).filter(|v| !v.is_empty())
    }

    pub fn cookies(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for v in self.headers.get_all(header::COOKIE) {
            if let Ok(s) = v.to_str() {
                for part in s.split(';') {
                    if let Some((k, v)) = part.trim().split_once('=') {
                        out.push((k.trim().to_string(), v.trim().trim_matches('"').to_string()));
                    }
                }
            }
        }
        out
    }

    pub fn cookie(&self, name: &str) -> Option<String> {
        self.cookies()
            .into_iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v)
    }

    pub fn has_cookie_header(&self) -> bool {
        self.headers
            .get_all(header::COOKIE)
            .iter()
            .any(|v| !v.is_empty())
    }

    pub fn user_agent(&self) -> String {
        self.header("user-agent").unwrap_or("").to_string()
    }

    /// The request URL as seen from the outside (public base URL + path + query).
    pub fn external_url(&self, base: &url::Url) -> String {
        let pq = self.uri.path_and_query().map(|p| p.as_str()).unwrap_or("/");
        format!("{}{}", base.as_str().trim_end_matches('/'), pq)
    }

    /// Parses the body (JSON or `application/x-www-form-urlencoded`) into a JSON object.
    /// Form keys with dots (`traits.email`) become nested objects; values stay strings.
    pub fn body_object(&self) -> Result<Map<String, Value>, ApiError> {
        if self.body.is_empty() {
            return Ok(Map::new());
        }
        let ct = self
            .header("content-type")
            .unwrap_or("")
            .to_ascii_lowercase();
        if ct.starts_with("application/json")
            || (!ct.contains("form") && self.body.first() == Some(&b'{'))
        {
            let v: Value = serde_json::from_slice(&self.body).map_err(|e| {
                ApiError::bad_request().reason(format!("Unable to decode JSON payload: {e}"))
            })?;
            return match v {
                Value::Object(m) => Ok(m),
                _ => Err(ApiError::bad_request()
                    .reason("Unable to decode JSON payload: expected an object")),
            };
        }
        let mut root = Map::new();
        for (k, v) in form_urlencoded::parse(&self.body) {
            insert_dotted(&mut root, &k, Value::String(v.into_owned()));
        }
        Ok(root)
    }
}

/// Inserts `value` at a dotted path (`a.b.c`), creating objects as needed.
pub fn insert_dotted(root: &mut Map<String, Value>, path: &str, value: Value) {
    let mut parts = path.split('.').peekable();
    let mut cur = root;
    while let Some(p) = parts.next() {
        if parts.peek().is_none() {
            cur.insert(p.to_string(), value);
            return;
        }
        let entry = cur
            .entry(p.to_string())
            .or_insert_with(|| Value::Object(Map::new()));
        if !entry.is_object() {
            *entry = Value::Object(Map::new());
        }
        match entry {
            Value::Object(m) => cur = m,
            _ => return,
        }
    }
}

/// Reads a string field from a body object.
pub fn field(body: &Map<String, Value>, name: &str) -> Option<String> {
    match body.get(name)? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// A boolean-ish field (`true`, `"true"`, `"on"`, `"1"`).
pub fn field_bool(body: &Map<String, Value>, name: &str) -> bool {
    match body.get(name) {
        Some(Value::Bool(b)) => *b,
        Some(Value::String(s)) => matches!(s.as_str(), "true" | "on" | "1"),
        _ => false,
    }
}

// ---------------------------------------------------------------- responses

pub fn json_response(status: u16, v: &Value) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::OK);
    (status, axum::Json(v.clone())).into_response()
}

pub fn redirect_303(location: &str) -> Response {
    let mut r = StatusCode::SEE_OTHER.into_response();
    if let Ok(v) = HeaderValue::from_str(location) {
        r.headers_mut().insert(header::LOCATION, v);
    }
    r
}

pub fn no_content() -> Response {
    StatusCode::NO_CONTENT.into_response()
}

pub struct CookieSpec<'a> {
    pub name: &'a str,
    pub value: &'a str,
    /// `None` = session cookie; `Some(<=0)` = delete.
    pub max_age: Option<i64>,
    pub secure: bool,
}

pub fn add_cookie(resp: &mut Response, c: CookieSpec<'_>) {
    let mut s = format!("{}={}; Path=/", c.name, c.value);
    if let Some(m) = c.max_age {
        if m <= 0 {
            s.push_str("; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT");
        } else {
            s.push_str(&format!("; Max-Age={m}"));
        }
    }
    s.push_str("; HttpOnly; SameSite=Lax");
    if c.secure {
        s.push_str("; Secure");
    }
    if let Ok(v) = HeaderValue::from_str(&s) {
        resp.headers_mut().append(header::SET_COOKIE, v);
    }
}

/// `s` as HTML text or a double-quoted attribute value (the stand-in providers' own pages).
pub fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation() {
        assert!(!negotiate_json(None));
        assert!(!negotiate_json(Some("*/*")));
        assert!(negotiate_json(Some("application/json")));
        assert!(negotiate_json(Some("application/json, text/plain, */*")));
        assert!(!negotiate_json(Some(
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
        )));
        assert!(negotiate_json(Some("text/html;q=0.5, application/json")));
    }

    #[test]
    fn dotted() {
        let mut m = Map::new();
        insert_dotted(&mut m, "traits.name.first", Value::from("a"));
        insert_dotted(&mut m, "traits.email", Value::from("b"));
        assert_eq!(
            Value::Object(m),
            serde_json::json!({"traits": {"name": {"first": "a"}, "email": "b"}})
        );
    }
}
