//! What an HTTP answer means for an operation: the one reading of its status, content type,
//! body shape and error, shared by the Rust API (over `serde_json` values) and the npm package
//! (over the object JavaScript's `JSON.parse` made, which it hands to the caller as is).
//!
//! [`read`] takes the body's parser as a closure, so each side parses where its text lives and
//! only when the rules say there is JSON to parse.

use crate::endpoint::{check_shape, Endpoint, Shape};
use crate::error::Error;
use crate::json_view::JsonView;

/// Parsed JSON that can be looked at through a [`JsonView`]: an owned `serde_json::Value`
/// (viewed by reference), or a JavaScript value (viewed through a cheap handle).
pub trait ParsedJson {
    /// The view of it.
    type View<'a>: JsonView
    where
        Self: 'a;
    /// Looks at it.
    fn view(&self) -> Self::View<'_>;
}

impl ParsedJson for serde_json::Value {
    type View<'a> = &'a serde_json::Value;
    fn view(&self) -> &serde_json::Value {
        self
    }
}

/// What a successful answer carries, as the operation's [`Shape`] says.
#[derive(Debug, PartialEq)]
pub enum Body<P> {
    /// No body to read (204, or an operation that answers with none).
    Nothing,
    /// The body is text, handed over as it came (the WebAuthn script).
    Text,
    /// JSON of the operation's shape.
    Json(P),
}

/// A failed call: the error, and the JSON the server sent with it, if it sent JSON.
#[derive(Debug, PartialEq)]
pub struct Rejected<P> {
    /// What went wrong.
    pub error: Error,
    /// The error body, parsed (`None` when it was not JSON).
    pub body: Option<P>,
}

impl<P> From<Error> for Rejected<P> {
    fn from(error: Error) -> Self {
        Self { error, body: None }
    }
}

/// Whether a `Content-Type` declares JSON (`application/json`, or a `+json` structured syntax
/// such as `application/problem+json`), case-insensitively and whatever its parameters.
pub fn is_json(content_type: &str) -> bool {
    let essence = content_type.split(';').next().unwrap_or_default().trim();
    let Some((kind, subtype)) = essence.split_once('/') else {
        return false;
    };
    let structured = subtype.len() > 5
        && subtype
            .get(subtype.len() - 5..)
            .is_some_and(|suffix| suffix.eq_ignore_ascii_case("+json"));
    !kind.is_empty() && (essence.eq_ignore_ascii_case("application/json") || structured)
}

/// Reads an answer of `endpoint`: a 2xx answer must be of the operation's shape (JSON declared
/// as such, parseable, with the members the shape requires); any other status is an [`Error`]
/// mapped from the body Kratos sent (its error id, flow, redirect).
pub fn read<P: ParsedJson>(
    endpoint: &Endpoint,
    status: u16,
    content_type: &str,
    parse: impl FnOnce() -> Result<P, String>,
) -> Result<Body<P>, Rejected<P>> {
    if !(200..300).contains(&status) {
        let body = if is_json(content_type) {
            parse().ok()
        } else {
            None
        };
        let error = Error::from_http(
            status,
            body.as_ref().map(ParsedJson::view).as_ref(),
            endpoint.missing_session_is_inactive,
        );
        return Err(Rejected { error, body });
    }
    match endpoint.shape {
        Shape::Empty => return Ok(Body::Nothing),
        Shape::SessionOrEmpty if status == 204 => return Ok(Body::Nothing),
        Shape::Text => return Ok(Body::Text),
        _ => {}
    }
    if !is_json(content_type) {
        let problem = format!("should be JSON but its Content-Type is \"{content_type}\"");
        return Err(Error::decode(status, "", &problem).into());
    }
    let body = parse()
        .map_err(|problem| Error::decode(status, "", &format!("is not valid JSON ({problem})")))?;
    check_shape(endpoint.shape, &body.view())
        .map_err(|(path, problem)| Error::decode(status, &path, &problem))?;
    Ok(Body::Json(body))
}
