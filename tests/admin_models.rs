//! The typed admin models (`src/models/{oauth2,jwk,project,courier,recovery}.rs`) are forward
//! compatible as the Kratos ones are: unknown fields and unknown enum values survive a round
//! trip, `null` stays `null`, and what they carry that is a credential never prints.
//! (The answers of real servers are parsed in `emulator/tests/sdk_models.rs`.)

use ory_wasm::endpoint::Request;
use ory_wasm::endpoints::{courier, jwk, oauth2, project};
use ory_wasm::models::*;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Value};

/// Parses `value` as `T` and checks that it serialises back to exactly `value`.
fn round_trip<T: DeserializeOwned + Serialize>(value: Value) -> T {
    let typed: T = serde_json::from_value(value.clone()).expect("parses");
    assert_eq!(serde_json::to_value(&typed).unwrap(), value, "round trip");
    typed
}

#[test]
fn unknown_fields_and_enum_values_survive() {
    let messages: <courier::ListCourierMessages as Request>::Response = round_trip(json!([{
        "id": "m1", "status": "bounced", "type": "carrier-pigeon", "template_type": "welcome",
        "recipient": "ada@example.com", "body": "hi", "subject": "s", "send_count": 1,
        "created_at": "2024-01-01T00:00:00Z", "updated_at": "2024-01-01T00:00:00Z",
        "dispatches": [{"id": "d", "message_id": "m1", "status": "deferred", "error": null,
                        "created_at": "t", "updated_at": "t", "attempt": 3}],
        "priority": "high",
    }]));
    let message = &messages[0];
    assert_eq!(
        message.status,
        Some(CourierMessageStatus::Other("bounced".into()))
    );
    assert_eq!(
        message.r#type,
        Some(CourierMessageType::Other("carrier-pigeon".into()))
    );
    assert_eq!(
        message.template_type.as_ref().map(|t| t.as_str()),
        Some("welcome")
    );
    assert_eq!(message.extra["priority"], "high");
    let dispatch = &message.dispatches.as_ref().unwrap()[0];
    assert!(dispatch.status.as_ref().is_some_and(|s| s.is_other()));
    assert_eq!(dispatch.error, Some(Value::Null));
    assert_eq!(dispatch.extra["attempt"], 3);

    let projects: <project::ListProjects as Request>::Response = round_trip(json!([{
        "id": "p", "name": "n", "slug": "s", "state": "archived", "hosts": ["h"],
        "subscription_id": null, "created_at": "t", "updated_at": "t", "workspace_id": "w",
    }]));
    assert_eq!(
        projects[0].state,
        Some(ProjectState::Other("archived".into()))
    );
    assert_eq!(projects[0].subscription_id, Some(None));
    assert_eq!(projects[0].extra["workspace_id"], "w");

    let client: OAuth2Client = round_trip(json!({
        "client_id": "c", "grant_types": ["authorization_code"], "metadata": null,
        "authorization_code_grant_access_token_lifespan": null, "skip_consent": true,
        "access_token_strategy": "jwt",
    }));
    assert_eq!(client.client_id.as_deref(), Some("c"));
    assert_eq!(client.metadata, Some(Value::Null));
    assert_eq!(
        client.authorization_code_grant_access_token_lifespan,
        Some(None)
    );
    assert_eq!(client.extra["skip_consent"], true);

    let set: <jwk::GetJsonWebKeySet as Request>::Response = round_trip(json!({
        "keys": [{"kty": "OKP", "crv": "Ed448", "x": "x", "kid": "k", "key_ops": ["verify"]}],
    }));
    let key = &set.keys.as_ref().unwrap()[0];
    assert_eq!(key.kty, "OKP");
    assert_eq!(key.extra["key_ops"], json!(["verify"]));

    // The token introspection audience as a string (oidc-provider) and as a list (Hydra).
    let one: IntrospectedOAuth2Token = round_trip(json!({"active": true, "aud": "api"}));
    let many: IntrospectedOAuth2Token = round_trip(json!({"active": true, "aud": ["a", "b"]}));
    assert_eq!(one.aud.unwrap().as_slice(), ["api"]);
    assert_eq!(many.aud.unwrap().as_slice(), ["a", "b"]);

    let login: <oauth2::GetOAuth2LoginRequest as Request>::Response = round_trip(json!({
        "challenge": "ch", "skip": false, "subject": "", "request_url": "https://x/oauth2/auth",
        "requested_scope": ["openid"], "requested_access_token_audience": [],
        "client": {"client_id": "c", "client_name": "app"},
        "oidc_context": {"ui_locales": ["de"], "acr_values": null, "new": 1},
    }));
    assert_eq!(login.client.unwrap().client_name.as_deref(), Some("app"));
}

#[test]
fn credentials_in_answers_never_print() {
    let client: OAuth2Client = serde_json::from_value(json!({
        "client_id": "visible-client", "client_secret": "SECRET-1",
        "registration_access_token": "SECRET-2", "metadata": {"api_key": "SECRET-3"},
    }))
    .unwrap();
    let token: OAuth2TokenExchange = serde_json::from_value(json!({
        "access_token": "SECRET-4", "refresh_token": "SECRET-5", "id_token": "SECRET-6",
        "token_type": "Bearer", "expires_in": 3600, "scope": "visible-scope",
    }))
    .unwrap();
    let key: JsonWebKey = serde_json::from_value(json!({
        "kty": "RSA", "kid": "visible-kid", "n": "visible-n", "e": "AQAB",
        "d": "SECRET-7", "p": "SECRET-8", "q": "SECRET-9", "dp": "SECRET-10", "dq": "SECRET-11",
        "qi": "SECRET-12",
    }))
    .unwrap();
    let message: Message = serde_json::from_value(json!({
        "id": "visible-message", "body": "Your code is SECRET-13",
    }))
    .unwrap();
    let api_key: ProjectApiKey = serde_json::from_value(json!({
        "id": "visible-key", "name": "n", "owner_id": "o", "value": "SECRET-14",
    }))
    .unwrap();
    let code: RecoveryCodeForIdentity = serde_json::from_value(json!({
        "recovery_code": "SECRET-15",
        "recovery_link": "https://visible-host/self-service/recovery?flow=f&token=SECRET-16",
    }))
    .unwrap();
    let redirect: OAuth2RedirectTo = serde_json::from_value(json!({
        "redirect_to": "https://visible-host/oauth2/auth?login_verifier=v&code=SECRET-17",
    }))
    .unwrap();
    let printed = [
        format!("{client:?}"),
        format!("{token:#?}"),
        format!("{key:?}"),
        format!("{message:?}"),
        format!("{api_key:?}"),
        format!("{code:?}"),
        format!("{redirect:?}"),
    ];
    for (text, visible) in printed.iter().zip([
        "visible-client",
        "visible-scope",
        "visible-kid",
        "visible-message",
        "visible-key",
        "visible-host",
        "visible-host",
    ]) {
        assert!(!text.contains("SECRET-"), "{text}");
        assert!(text.contains(visible), "{text}");
    }
}

/// The answers of a real OpenID Provider (`oidc-provider`, run by
/// `tests/support/oidc-answers.mjs` over real HTTP), parsed into the typed models of the
/// operations that read them and serialised back unchanged.
#[test]
fn a_real_openid_providers_answers_parse_and_round_trip() {
    let output = std::process::Command::new("node")
        .arg("tests/support/oidc-answers.mjs")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("node runs tests/support/oidc-answers.mjs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let answers: Value = serde_json::from_slice(&output.stdout).expect("the answers as JSON");

    let discovery: <oauth2::DiscoverOidcConfiguration as Request>::Response =
        round_trip(answers["discovery"].clone());
    assert!(discovery.issuer.starts_with("http://127.0.0.1:"));
    assert_eq!(
        discovery.token_endpoint,
        Some(format!("{}/oauth2/token", discovery.issuer))
    );
    assert_eq!(
        discovery.code_challenge_methods_supported,
        Some(Some(vec!["S256".to_owned()]))
    );
    // What Hydra's spec does not list (oidc-provider's PAR and DPoP metadata) is kept.
    assert!(discovery
        .extra
        .contains_key("pushed_authorization_request_endpoint"));

    let keys: <jwk::DiscoverJsonWebKeys as Request>::Response = round_trip(answers["jwks"].clone());
    let key = &keys.keys.as_ref().expect("keys")[0];
    assert_eq!(key.kty, "RSA");
    assert_eq!(key.r#use.as_deref(), Some("sig"));
    assert!(key.n.is_some() && key.d.is_none(), "a public key");

    let token: <oauth2::Oauth2TokenExchange as Request>::Response =
        round_trip(answers["token"].clone());
    assert_eq!(token.token_type.as_deref(), Some("Bearer"));
    assert_eq!(token.scope.as_deref(), Some("api:read"));
    assert!(token.access_token.is_some() && token.expires_in.is_some());

    let introspected: <oauth2::IntrospectOAuth2Token as Request>::Response =
        round_trip(answers["introspection"].clone());
    assert!(introspected.active);
    assert_eq!(introspected.client_id.as_deref(), Some("service"));

    let userinfo: <oauth2::GetOidcUserInfo as Request>::Response =
        round_trip(answers["userinfo"].clone());
    assert_eq!(userinfo.sub.as_deref(), Some("ada"));
    assert_eq!(userinfo.email_verified, Some(true));

    let registered: <oauth2::CreateOidcDynamicClient as Request>::Response =
        round_trip(answers["registration"].clone());
    assert_eq!(registered.client_name.as_deref(), Some("Dynamic App"));
    assert!(registered.client_secret.is_some() && registered.registration_access_token.is_some());
    assert!(registered.extra.contains_key("client_id_issued_at"));
    let printed = format!("{registered:?}");
    for secret in [
        &registered.client_secret,
        &registered.registration_access_token,
    ] {
        assert!(!printed.contains(secret.as_deref().unwrap()), "{printed}");
    }
    let read: <oauth2::GetOidcDynamicClient as Request>::Response =
        round_trip(answers["registered"].clone());
    assert_eq!(read.client_id, registered.client_id);
}
