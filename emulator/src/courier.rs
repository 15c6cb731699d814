//! The courier: messages are not sent anywhere, they land in the outbox
//! (readable through the admin API's `/admin/courier/messages`).

use rand::Rng;
use uuid::Uuid;

use crate::errors::ApiError;
use crate::model::{now, Message};
use crate::state::App;

/// A random numeric one-time code (6 digits, as Kratos).
pub fn new_code() -> String {
    let n: u32 = rand::thread_rng().gen_range(0..1_000_000);
    format!("{n:06}")
}

pub fn send(
    app: &App,
    recipient: &str,
    template_type: &str,
    subject: &str,
    body: String,
) -> Result<Message, ApiError> {
    let t = now();
    let m = Message {
        id: Uuid::new_v4(),
        status: "sent".into(),
        ty: "email".into(),
        recipient: recipient.to_string(),
        body,
        subject: subject.to_string(),
        template_type: template_type.to_string(),
        send_count: 1,
        created_at: t,
        updated_at: t,
    };
    app.store.save_message(&m).map_err(ApiError::internal)?;
    Ok(m)
}
