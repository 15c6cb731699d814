//! A read-only view of parsed JSON, so that the checks of what the server sent are written
//! once and run on both a `serde_json::Value` (native tests, the Rust API) and a JavaScript
//! value produced by `JSON.parse` (the npm package, which hands that very object to the caller
//! instead of rebuilding it from Rust).

/// The JSON type of a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonKind {
    /// `null`
    Null,
    /// `true` / `false`
    Bool,
    /// a number
    Number,
    /// a string
    String,
    /// an array
    Array,
    /// an object
    Object,
    /// not JSON at all (only a JavaScript value can be this, e.g. `undefined`)
    Other,
}

impl JsonKind {
    /// The name used in error messages.
    pub fn name(self) -> &'static str {
        match self {
            Self::Null => "null",
            Self::Bool => "a boolean",
            Self::Number => "a number",
            Self::String => "a string",
            Self::Array => "an array",
            Self::Object => "an object",
            Self::Other => "not a JSON value",
        }
    }
}

/// Read access to a JSON value.
pub trait JsonView: Sized {
    /// The JSON type of this value.
    fn kind(&self) -> JsonKind;
    /// The member `key` of an object (`None` if absent or if this is not an object).
    fn member(&self, key: &str) -> Option<Self>;
    /// The string content, if this is a string.
    fn string(&self) -> Option<String>;
    /// The elements, if this is an array.
    fn elements(&self) -> Option<Vec<Self>>;

    /// The member `key` as a string, if it is one.
    fn string_member(&self, key: &str) -> Option<String> {
        self.member(key).and_then(|value| value.string())
    }
}

impl JsonView for &serde_json::Value {
    fn kind(&self) -> JsonKind {
        match self {
            serde_json::Value::Null => JsonKind::Null,
            serde_json::Value::Bool(_) => JsonKind::Bool,
            serde_json::Value::Number(_) => JsonKind::Number,
            serde_json::Value::String(_) => JsonKind::String,
            serde_json::Value::Array(_) => JsonKind::Array,
            serde_json::Value::Object(_) => JsonKind::Object,
        }
    }

    fn member(&self, key: &str) -> Option<Self> {
        self.as_object().and_then(|object| object.get(key))
    }

    fn string(&self) -> Option<String> {
        self.as_str().map(str::to_owned)
    }

    fn elements(&self) -> Option<Vec<Self>> {
        self.as_array().map(|items| items.iter().collect())
    }
}
