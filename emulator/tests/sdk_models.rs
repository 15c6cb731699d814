//! The SDK's typed models (`ory_wasm::models`) read this server's real admin answers: each
//! answer parses as the `Response` of the SDK's typed request for that operation and serialises
//! back to the same JSON — identities, identity sessions, recovery codes and links, courier
//! messages.

mod support;

use ory_wasm::endpoint::Request;
use ory_wasm::endpoints::{courier, identity};
use ory_wasm::models::{CourierMessageStatus, CourierMessageTemplateType, CourierMessageType};
use reqwest::Method;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Value};
use support::*;

/// `answer` as the typed answer of `R`, checked to serialise back unchanged.
fn typed<R: Request>(answer: &Resp) -> R::Response
where
    R::Response: DeserializeOwned + Serialize,
{
    let path = R::ENDPOINT.path;
    assert!(
        answer.status < 300,
        "{path}: {} {}",
        answer.status,
        answer.body
    );
    let parsed: R::Response = serde_json::from_value(answer.body.clone())
        .unwrap_or_else(|e| panic!("{path}: {e}\n{}", answer.body));
    assert_eq!(
        serde_json::to_value(&parsed).unwrap(),
        answer.body,
        "{path}: round trip"
    );
    parsed
}

#[tokio::test]
async fn the_sdk_models_read_the_admin_answers() {
    let srv = start(test_config()).await;
    let c = Client::native(&srv);

    let created = c
        .admin(
            Method::POST,
            identity::CREATE_IDENTITY.path,
            Some(json!({
                "schema_id": "default",
                "traits": {"email": "grace@example.org", "name": {"first": "Grace"}},
                "credentials": {"password": {"config": {"password": "Hopper-Cobol-1959"}}},
                "metadata_public": {"team": "navy"},
            })),
        )
        .await;
    let grace = typed::<identity::CreateIdentity>(&created);
    assert_eq!(grace.traits["email"], "grace@example.org");
    let listed = c
        .admin(Method::GET, identity::LIST_IDENTITIES.path, None)
        .await;
    let identities = typed::<identity::ListIdentities>(&listed);
    assert!(identities.iter().any(|i| i.id == grace.id));
    let fetched = c
        .admin(
            Method::GET,
            &format!("/admin/identities/{}?include_credential=password", grace.id),
            None,
        )
        .await;
    let fetched = typed::<identity::GetIdentity>(&fetched);
    assert!(fetched
        .credentials
        .is_some_and(|c| c.contains_key("password")));

    // A login gives the identity a session.
    let flow = c.get("/self-service/login/api").await;
    let flow_id = flow.body["id"].as_str().unwrap_or_default().to_owned();
    let login = c
        .post_json(
            &format!("/self-service/login?flow={flow_id}"),
            json!({"method": "password", "identifier": "grace@example.org", "password": "Hopper-Cobol-1959"}),
        )
        .await;
    assert_eq!(login.status, 200, "{}", login.body);
    let sessions = c
        .admin(
            Method::GET,
            &format!("/admin/identities/{}/sessions", grace.id),
            None,
        )
        .await;
    let sessions = typed::<identity::ListIdentitySessions>(&sessions);
    assert_eq!(sessions.len(), 1);

    let code = c
        .admin(
            Method::POST,
            identity::CREATE_RECOVERY_CODE_FOR_IDENTITY.path,
            Some(json!({"identity_id": grace.id})),
        )
        .await;
    let code = typed::<identity::CreateRecoveryCodeForIdentity>(&code);
    assert!(code.recovery_link.contains("/self-service/recovery"));
    assert!(
        !format!("{code:?}").contains(&code.recovery_code),
        "the code never prints"
    );
    let link = c
        .admin(
            Method::POST,
            identity::CREATE_RECOVERY_LINK_FOR_IDENTITY.path,
            Some(json!({"identity_id": grace.id})),
        )
        .await;
    let link = typed::<identity::CreateRecoveryLinkForIdentity>(&link);
    assert!(link.recovery_link.contains("token="));
    assert!(
        !format!("{link:?}").contains(&link.recovery_link),
        "the token never prints"
    );

    // Registration sends a verification code: a courier message.
    let flow = c.get("/self-service/registration/api").await;
    let flow_id = flow.body["id"].as_str().unwrap_or_default().to_owned();
    let registered = c
        .post_json(
            &format!("/self-service/registration?flow={flow_id}"),
            json!({"method": "password", "traits": {"email": "mary@example.org"}, "password": "Jackson-Wind-Tunnel-58"}),
        )
        .await;
    assert_eq!(registered.status, 200, "{}", registered.body);
    let messages = c
        .admin(Method::GET, courier::LIST_COURIER_MESSAGES.path, None)
        .await;
    let messages = typed::<courier::ListCourierMessages>(&messages);
    let message = messages
        .iter()
        .find(|m| m.recipient.as_deref() == Some("mary@example.org"))
        .expect("the verification message");
    assert_eq!(message.status, Some(CourierMessageStatus::Sent));
    assert_eq!(message.r#type, Some(CourierMessageType::Email));
    assert!(message
        .template_type
        .as_ref()
        .is_some_and(|t| !matches!(t, CourierMessageTemplateType::Other(_))));
    let body: &Value = &serde_json::to_value(message).unwrap()["body"];
    assert!(
        !format!("{message:?}").contains(body.as_str().unwrap()),
        "the body never prints"
    );
    srv.shutdown().await;
}
