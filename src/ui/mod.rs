//! The platform-free UI core: everything the DOM renderer needs to turn a Kratos flow into
//! accessible HTML and drive it to its end, decided natively and tested without a browser.
//!
//! - [`view`]: what each node becomes ([`node_view`] → [`NodeView`]), sanitised: no
//!   JavaScript string, script node or unsafe URL ever reaches the DOM layer.
//! - [`layout`]: which nodes render together and in which order ([`sections`]), and which
//!   nodes a submit carries ([`submit_nodes`], [`implied_method`]).
//! - [`submit`]: the JSON body of a submit ([`body`], [`form_body`]).
//! - [`i18n`]: message texts by id with `{placeholder}` interpolation ([`message_text`]).
//! - [`driver`]: what to do after an answer ([`ending`] → [`Ending`]).
//! - [`navigation`]: where the SDK may send the browser ([`NavigationPolicy`]).
//!
//! The DOM layer must set every string it gets from here as text (`textContent`, attribute
//! values), never as HTML.

pub mod driver;
pub mod i18n;
pub mod layout;
pub mod navigation;
pub mod submit;
pub mod view;

pub use driver::{
    ending, ending_with, Ending, EndingContext, FlowKind, Outcome, SessionToken, Step,
};
pub use i18n::{label_text, message_text, translated_label, Translations, TranslationsError};
pub use layout::{implied_method, sections, submit_nodes, Layout, LayoutOptions, Section};
pub use navigation::{NavigationPolicy, Source};
pub use submit::{body, field, form_body, Field, FieldValue, SubmitError};
pub use view::{node_label, node_view, NodeView};
