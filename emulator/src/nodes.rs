//! Builder for `ui.nodes` entries (attribute order follows Kratos' Go structs).

use crate::model::{Meta, Node, Text, Ui};
use serde_json::{json, Map, Value};

pub struct InputBuilder {
    group: String,
    name: String,
    ty: String,
    value: Option<Value>,
    required: bool,
    autocomplete: Option<String>,
    pattern: Option<String>,
    maxlength: Option<i64>,
    disabled: bool,
    label: Option<Text>,
    extra: Vec<(String, Value)>,
}

pub fn input(group: &str, name: &str, ty: &str) -> InputBuilder {
    InputBuilder {
        group: group.into(),
        name: name.into(),
        ty: ty.into(),
        value: None,
        required: false,
        autocomplete: None,
        pattern: None,
        maxlength: None,
        disabled: false,
        label: None,
        extra: Vec::new(),
    }
}

impl InputBuilder {
    pub fn value(mut self, v: impl Into<Value>) -> Self {
        self.value = Some(v.into());
        self
    }
    pub fn opt_value(mut self, v: Option<Value>) -> Self {
        self.value = v;
        self
    }
    pub fn required(mut self) -> Self {
        self.required = true;
        self
    }
    pub fn autocomplete(mut self, a: &str) -> Self {
        self.autocomplete = Some(a.into());
        self
    }
    pub fn pattern(mut self, p: &str) -> Self {
        self.pattern = Some(p.into());
        self
    }
    pub fn maxlength(mut self, n: i64) -> Self {
        self.maxlength = Some(n);
        self
    }
    pub fn label(mut self, t: Text) -> Self {
        self.label = Some(t);
        self
    }
    pub fn attr(mut self, k: &str, v: impl Into<Value>) -> Self {
        self.extra.push((k.into(), v.into()));
        self
    }

    pub fn build(self) -> Node {
        let mut a = Map::new();
        a.insert("name".into(), json!(self.name));
        a.insert("type".into(), json!(self.ty));
        if let Some(v) = self.value {
            a.insert("value".into(), v);
        }
        if self.required {
            a.insert("required".into(), json!(true));
        }
        if let Some(ac) = self.autocomplete {
            a.insert("autocomplete".into(), json!(ac));
        }
        if let Some(p) = self.pattern {
            a.insert("pattern".into(), json!(p));
        }
        a.insert("disabled".into(), json!(self.disabled));
        if let Some(m) = self.maxlength {
            a.insert("maxlength".into(), json!(m));
        }
        for (k, v) in self.extra {
            a.insert(k, v);
        }
        a.insert("node_type".into(), json!("input"));
        Node {
            ty: "input".into(),
            group: self.group,
            attributes: a,
            messages: Vec::new(),
            meta: Meta { label: self.label },
        }
    }
}

/// The hidden `csrf_token` node (value empty for API flows).
pub fn csrf(value: &str) -> Node {
    input("default", "csrf_token", "hidden")
        .value(value)
        .required()
        .build()
}

/// A `text` node (e.g. TOTP secret, lookup codes).
pub fn text_node(group: &str, id: &str, text: Text, label: Option<Text>) -> Node {
    let mut a = Map::new();
    a.insert("text".into(), json!(text));
    a.insert("id".into(), json!(id));
    a.insert("node_type".into(), json!("text"));
    Node {
        ty: "text".into(),
        group: group.into(),
        attributes: a,
        messages: Vec::new(),
        meta: Meta { label },
    }
}

/// An `img` node (e.g. the TOTP QR code).
pub fn img_node(group: &str, id: &str, src: &str, size: i64, label: Option<Text>) -> Node {
    let mut a = Map::new();
    a.insert("src".into(), json!(src));
    a.insert("id".into(), json!(id));
    a.insert("width".into(), json!(size));
    a.insert("height".into(), json!(size));
    a.insert("node_type".into(), json!("img"));
    Node {
        ty: "img".into(),
        group: group.into(),
        attributes: a,
        messages: Vec::new(),
        meta: Meta { label },
    }
}

impl Ui {
    pub fn new(action: String) -> Ui {
        Ui {
            action,
            method: "POST".into(),
            nodes: Vec::new(),
            messages: Vec::new(),
        }
    }

    pub fn push(&mut self, n: Node) {
        self.nodes.push(n);
    }

    /// The first node with this name (and group, if given).
    pub fn node_mut(&mut self, name: &str, group: Option<&str>) -> Option<&mut Node> {
        self.nodes
            .iter_mut()
            .find(|n| n.name() == Some(name) && group.is_none_or(|g| n.group == g))
    }

    /// Sets the `value` attribute of the named node(s).
    pub fn set_value(&mut self, name: &str, v: Value) {
        for n in self.nodes.iter_mut().filter(|n| n.name() == Some(name)) {
            n.attributes.insert("value".into(), v.clone());
            // keep the attribute order close to Kratos': value right after type
            reorder_value(&mut n.attributes);
        }
    }

    pub fn set_csrf(&mut self, masked: &str) {
        self.set_value("csrf_token", json!(masked));
    }

    /// Adds a message to the named node; falls back to the flow-level messages.
    pub fn add_node_message(&mut self, name: &str, t: Text) {
        match self.nodes.iter_mut().find(|n| n.name() == Some(name)) {
            Some(n) => n.messages.push(t),
            None => self.messages.push(t),
        }
    }

    /// Clears flow-level and node messages.
    pub fn reset_messages(&mut self) {
        self.messages.clear();
        for n in &mut self.nodes {
            n.messages.clear();
        }
    }

    /// Removes all nodes of a group.
    pub fn remove_group(&mut self, group: &str) {
        self.nodes.retain(|n| n.group != group);
    }
}

fn reorder_value(a: &mut Map<String, Value>) {
    let keys: Vec<String> = a.keys().cloned().collect();
    if keys.get(2).map(|k| k.as_str()) == Some("value") {
        return;
    }
    let mut out = Map::new();
    let mut rest = a.clone();
    for k in ["name", "type", "value"] {
        if let Some(v) = rest.shift_remove(k) {
            out.insert(k.into(), v);
        }
    }
    for (k, v) in rest {
        out.insert(k, v);
    }
    *a = out;
}

/// An anchor (`a`) node, e.g. the "Continue" link after verification.
pub fn anchor(group: &str, id: &str, href: &str, title: Text) -> Node {
    let mut a = Map::new();
    a.insert("href".into(), json!(href));
    a.insert("title".into(), json!(title));
    a.insert("id".into(), json!(id));
    a.insert("node_type".into(), json!("a"));
    Node {
        ty: "a".into(),
        group: group.into(),
        attributes: a,
        messages: Vec::new(),
        meta: Meta { label: Some(title) },
    }
}

/// A `script` node (the WebAuthn helper script).
pub fn script_node(group: &str, id: &str, src: &str, integrity: &str, nonce: &str) -> Node {
    let mut a = Map::new();
    a.insert("src".into(), json!(src));
    a.insert("async".into(), json!(true));
    a.insert("referrerpolicy".into(), json!("no-referrer"));
    a.insert("crossorigin".into(), json!("anonymous"));
    a.insert("integrity".into(), json!(integrity));
    a.insert("type".into(), json!("text/javascript"));
    a.insert("id".into(), json!(id));
    a.insert("nonce".into(), json!(nonce));
    a.insert("node_type".into(), json!("script"));
    Node {
        ty: "script".into(),
        group: group.into(),
        attributes: a,
        messages: Vec::new(),
        meta: Meta::default(),
    }
}

/// The end of a recovery / verification code form: "Continue" (`method=code`) and, once an
/// address is known, "Resend code" (`email=<address>`).
pub fn code_continue_and_resend(email: Option<&str>) -> Vec<Node> {
    let mut nodes = vec![input("code", "method", "submit")
        .value("code")
        .label(crate::text::label_continue())
        .build()];
    if let Some(e) = email {
        nodes.push(
            input("code", "email", "submit")
                .value(e)
                .label(crate::text::label_resend_otp())
                .build(),
        );
    }
    nodes
}
