//! Attacks on the ID token and callback checks of the OAuth2 PKCE core (OpenID Connect Core 1.0
//! §3.1.3.7 and §12.2, RFC 9207), through the public API only.

use ory_wasm::oauth2::{
    CallbackParams, ClientSettings, IdTokenCheck, PendingAuthorization, TokenSet,
    CLOCK_SKEW_SECONDS,
};
use ory_wasm::webauthn::base64url;
use serde_json::{json, Value};

const ISSUER: &str = "https://auth.example";
const NOW_MS: u64 = 1_700_000_000_000;
const NOW: u64 = NOW_MS / 1000;

fn settings(issuer: Option<&str>) -> ClientSettings {
    let mut settings =
        ClientSettings::new(ISSUER, "spa", "http://localhost:3000/callback").unwrap();
    settings.issuer = issuer.map(str::to_owned);
    settings
}

fn jwt(claims: &Value) -> String {
    format!(
        "{}.{}.c2ln",
        base64url::encode(br#"{"alg":"RS256"}"#),
        base64url::encode(claims.to_string().as_bytes())
    )
}

/// Claims that pass every check for the client `spa` of [`ISSUER`] at [`NOW`].
fn good_claims() -> Value {
    json!({
        "iss": ISSUER, "sub": "ada", "aud": "spa", "nonce": "n0nce",
        "iat": NOW - 5, "exp": NOW + 3600, "auth_time": NOW - 5,
    })
}

fn answer_with(claims: &Value) -> Value {
    json!({
        "access_token": "at-secret", "token_type": "Bearer", "expires_in": 3600,
        "refresh_token": "rt-secret", "id_token": jwt(claims), "scope": "openid offline_access",
    })
}

/// The token endpoint's `answer` to a code exchange that asked for `scope` with nonce `n0nce`.
#[allow(clippy::result_large_err)] // the crate's `Error` is flat on purpose (see lib.rs)
fn exchange_answer(
    settings: &ClientSettings,
    answer: &Value,
    scope: &str,
) -> Result<TokenSet, ory_wasm::Error> {
    TokenSet::from_response(
        answer,
        NOW_MS,
        scope,
        None,
        IdTokenCheck {
            nonce: Some("n0nce"),
            settings,
        },
    )
}

#[allow(clippy::result_large_err)] // the crate's `Error` is flat on purpose (see lib.rs)
fn exchange(settings: &ClientSettings, claims: &Value) -> Result<TokenSet, ory_wasm::Error> {
    exchange_answer(settings, &answer_with(claims), "openid offline_access")
}

fn without(claim: &str) -> Value {
    let mut claims = good_claims();
    claims.as_object_mut().unwrap().remove(claim);
    claims
}

fn with(claim: &str, value: Value) -> Value {
    let mut claims = good_claims();
    claims[claim] = value;
    claims
}

/// The error is of the protocol kind and says nothing of the tokens.
fn assert_refused(result: Result<TokenSet, ory_wasm::Error>, what: &str) -> ory_wasm::Error {
    let error = match result {
        Ok(_) => panic!("{what}: accepted"),
        Err(error) => error,
    };
    assert_eq!(
        error.kind.as_str(),
        "oauth2_invalid_response",
        "{what}: {error}"
    );
    let text = format!("{error} {error:?}");
    for secret in ["at-secret", "rt-secret", "c2ln"] {
        assert!(!text.contains(secret), "{what}: the error mentions a token");
    }
    error
}

/// `claims` refused by the client `spa` configured with [`ISSUER`].
fn refused(claims: &Value, what: &str) {
    assert_refused(exchange(&settings(Some(ISSUER)), claims), what);
}

/// `claims` accepted by the client `spa` configured with [`ISSUER`].
fn accepted(claims: &Value) -> bool {
    exchange(&settings(Some(ISSUER)), claims).is_ok()
}

#[test]
fn a_good_id_token_is_accepted() {
    let tokens = exchange(&settings(Some(ISSUER)), &good_claims()).unwrap();
    assert_eq!(tokens.claims.unwrap()["sub"], "ada");
}

/// OpenID Connect Core §3.1.3.7: exp, iat, iss and sub are required, and checked.
#[test]
fn an_id_token_without_a_required_claim_or_with_a_bad_one_is_refused() {
    for (claims, what) in [
        (without("exp"), "no exp"),
        (with("exp", json!("never")), "exp not a number"),
        (without("iat"), "no iat"),
        (with("iat", json!(null)), "iat null"),
        (without("iss"), "no iss"),
        (with("iss", json!("https://evil.example")), "other iss"),
        (without("sub"), "no sub"),
        (with("sub", json!("")), "empty sub"),
    ] {
        refused(&claims, what);
    }
}

#[test]
fn an_expired_id_token_or_one_issued_in_the_future_is_refused_beyond_the_clock_skew() {
    // Within the documented skew (5 minutes) they still pass: browser clocks drift.
    assert!(
        accepted(&with("exp", json!(NOW - 200))),
        "expired 200 s ago"
    );
    assert!(accepted(&with("iat", json!(NOW + 200))), "issued in 200 s");
    refused(&with("exp", json!(NOW - 301)), "expired");
    refused(&with("iat", json!(NOW + 3600)), "iat an hour ahead");
}

#[test]
fn without_a_known_issuer_the_id_token_is_refused_not_left_unchecked() {
    // No issuer configured and none learnt from discovery: the iss check cannot be made, so the
    // answer is refused (a typed error) instead of accepting any iss.
    let error = exchange(&settings(None), &with("iss", json!("https://evil.example")))
        .expect_err("an ID token from any issuer was accepted");
    assert_eq!(error.kind.as_str(), "invalid_argument");
    assert!(error.message.contains("issuer is unknown"), "{error}");
    assert!(!format!("{error:?}").contains("c2ln"));
}

#[test]
fn audience_and_authorized_party_must_name_the_client() {
    let settings = settings(Some(ISSUER));
    assert_refused(exchange(&settings, &without("aud")), "no aud");
    assert_refused(
        exchange(&settings, &with("aud", json!(["other"]))),
        "aud of another client",
    );
    // One audience, but issued to another party.
    assert_refused(
        exchange(&settings, &with("azp", json!("other"))),
        "azp of another client",
    );
    // Several audiences need azp = the client.
    assert_refused(
        exchange(&settings, &with("aud", json!(["spa", "api"]))),
        "several audiences without azp",
    );
    let mut several = with("aud", json!(["spa", "api"]));
    several["azp"] = json!("spa");
    assert!(exchange(&settings, &several).is_ok());
    assert!(exchange(&settings, &with("azp", json!("spa"))).is_ok());
}

#[test]
fn the_nonce_is_required_when_one_was_sent() {
    let settings = settings(Some(ISSUER));
    assert_refused(exchange(&settings, &without("nonce")), "no nonce");
    assert_refused(
        exchange(&settings, &with("nonce", json!("replayed"))),
        "other nonce",
    );
    // An OpenID answer without any ID token would skip the nonce check altogether.
    let mut answer = answer_with(&good_claims());
    answer.as_object_mut().unwrap().remove("id_token");
    assert_refused(
        exchange_answer(&settings, &answer, "openid"),
        "no ID token though a nonce was sent",
    );
    // Unless the openid scope was not granted (a plain OAuth2 answer).
    answer["scope"] = json!("offline_access");
    assert!(exchange_answer(&settings, &answer, "openid").is_ok());
}

#[allow(clippy::result_large_err)] // the crate's `Error` is flat on purpose (see lib.rs)
fn refresh(
    settings: &ClientSettings,
    previous: &TokenSet,
    claims: &Value,
) -> Result<TokenSet, ory_wasm::Error> {
    let mut answer = answer_with(claims);
    answer["access_token"] = json!("at2-secret");
    TokenSet::from_response(
        &answer,
        NOW_MS + 60_000,
        "openid offline_access",
        Some(previous),
        IdTokenCheck {
            nonce: None,
            settings,
        },
    )
}

#[test]
fn a_refreshed_id_token_must_keep_issuer_and_subject() {
    let settings = settings(Some(ISSUER));
    let first = exchange(&settings, &good_claims()).unwrap();
    let mut next = good_claims();
    next["iat"] = json!(NOW + 60);
    next.as_object_mut().unwrap().remove("nonce");
    assert!(refresh(&settings, &first, &next).is_ok());

    let mut other_user = next.clone();
    other_user["sub"] = json!("eve");
    assert_refused(refresh(&settings, &first, &other_user), "another sub");

    // The refreshed token's issuer is compared with the first token's exactly (both come from
    // the server), even where the configured issuer would forgive a trailing slash…
    let mut moved = next.clone();
    moved["iss"] = json!("https://auth.example/");
    assert_refused(
        refresh(&settings, &first, &moved),
        "iss respelt after refresh",
    );
    // …and even if the caller's settings changed in between.
    let other_settings = self::settings(Some("https://other.example"));
    let mut other_issuer = next.clone();
    other_issuer["iss"] = json!("https://other.example");
    assert_refused(
        refresh(&other_settings, &first, &other_issuer),
        "another iss than the first ID token",
    );

    let mut no_iat = next.clone();
    no_iat.as_object_mut().unwrap().remove("iat");
    assert_refused(refresh(&settings, &first, &no_iat), "refreshed without iat");
    let mut foreign = next;
    foreign["aud"] = json!("other");
    assert_refused(
        refresh(&settings, &first, &foreign),
        "refreshed for another client",
    );
}

fn pending() -> PendingAuthorization {
    PendingAuthorization {
        state: "st4te".into(),
        code_verifier: "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk".into(),
        nonce: Some("n0nce".into()),
        redirect_uri: "http://localhost:3000/callback".into(),
        scope: "openid".into(),
        created_at: NOW_MS,
    }
}

fn callback(query: &str) -> CallbackParams {
    CallbackParams::parse(&format!("http://localhost:3000/callback?{query}"))
}

#[test]
fn a_callback_from_another_issuer_is_refused_even_without_a_configured_issuer() {
    let evil = callback("code=c0de&state=st4te&iss=https%3A%2F%2Fevil.example");
    assert!(
        evil.validate(&settings(None), Some(&pending()), NOW_MS)
            .is_err(),
        "a callback naming another issuer gave its code out"
    );
    // Refused as unknown, even for a callback that names no issuer at all.
    let plain = callback("code=c0de&state=st4te");
    let error = plain
        .validate(&settings(None), Some(&pending()), NOW_MS)
        .unwrap_err();
    assert_eq!(error.kind.as_str(), "invalid_argument");
    let error = evil
        .validate(&settings(Some(ISSUER)), Some(&pending()), NOW_MS)
        .unwrap_err();
    assert_eq!(error.kind.as_str(), "oauth2_invalid_response");
    // An error response from another issuer is not believed either.
    let evil_error = callback("error=access_denied&state=st4te&iss=https%3A%2F%2Fevil.example");
    assert_eq!(
        evil_error
            .validate(&settings(Some(ISSUER)), Some(&pending()), NOW_MS)
            .unwrap_err()
            .kind
            .as_str(),
        "oauth2_invalid_response"
    );
}

#[test]
fn the_skew_is_the_documented_one() {
    assert_eq!(CLOCK_SKEW_SECONDS, 300);
}

#[test]
fn an_id_token_older_than_the_maximum_age_is_refused() {
    let mut settings = settings(Some(ISSUER));
    settings.id_token_max_age = Some(60);
    let old = with("iat", json!(NOW - 60 - CLOCK_SKEW_SECONDS - 1));
    assert_refused(exchange(&settings, &old), "iat older than max age");
    assert!(exchange(&settings, &with("iat", json!(NOW - 60))).is_ok());
    // Without a maximum age only exp limits it.
    settings.id_token_max_age = None;
    assert!(exchange(&settings, &old).is_ok());
}

fn metadata(issuer: &str, sends_iss: Value) -> Value {
    json!({
        "issuer": issuer,
        "authorization_endpoint": format!("{issuer}/oauth2/auth"),
        "authorization_response_iss_parameter_supported": sends_iss,
    })
}

#[test]
fn the_issuer_comes_from_the_server_metadata_when_not_configured() {
    let settings = settings(None)
        .with_server_metadata(&metadata(ISSUER, json!(false)))
        .unwrap();
    assert_eq!(settings.issuer.as_deref(), Some(ISSUER));
    assert!(exchange(&settings, &good_claims()).is_ok());
    assert_refused(
        exchange(&settings, &with("iss", json!("https://evil.example"))),
        "iss other than the discovered issuer",
    );
    let evil = callback("code=c0de&state=st4te&iss=https%3A%2F%2Fevil.example");
    assert_eq!(
        evil.validate(&settings, Some(&pending()), NOW_MS)
            .unwrap_err()
            .kind
            .as_str(),
        "oauth2_invalid_response"
    );
}

#[test]
fn metadata_of_another_issuer_is_refused() {
    for (document, what) in [
        (
            metadata("https://evil.example", json!(true)),
            "other issuer",
        ),
        (json!({"authorization_endpoint": "x"}), "no issuer"),
        (json!({"issuer": ""}), "empty issuer"),
        (metadata(ISSUER, json!("yes")), "non-boolean flag"),
    ] {
        let error = settings(Some(ISSUER))
            .with_server_metadata(&document)
            .expect_err(what);
        assert_eq!(error.kind.as_str(), "oauth2_invalid_response", "{what}");
    }
    // A trailing slash is the same issuer.
    assert!(settings(Some("https://auth.example/"))
        .with_server_metadata(&metadata(ISSUER, json!(true)))
        .is_ok());
}

#[test]
fn a_callback_without_iss_is_refused_when_the_metadata_announces_it() {
    let announced = settings(Some(ISSUER))
        .with_server_metadata(&metadata(ISSUER, json!(true)))
        .unwrap();
    assert!(announced.authorization_response_iss_parameter_supported);
    let without_iss = callback("code=c0de&state=st4te");
    let error = without_iss
        .validate(&announced, Some(&pending()), NOW_MS)
        .unwrap_err();
    assert_eq!(error.kind.as_str(), "oauth2_invalid_response");
    assert!(!error.message.contains("c0de"));
    // Also for an error response: its `iss` is what tells it from a mix-up attacker's.
    let denied = callback("error=access_denied&state=st4te");
    assert_eq!(
        denied
            .validate(&announced, Some(&pending()), NOW_MS)
            .unwrap_err()
            .kind
            .as_str(),
        "oauth2_invalid_response"
    );
    let with_iss = callback("code=c0de&state=st4te&iss=https%3A%2F%2Fauth.example");
    assert_eq!(
        with_iss
            .validate(&announced, Some(&pending()), NOW_MS)
            .unwrap(),
        "c0de"
    );
    // A server that does not announce it may leave it out…
    let quiet = settings(Some(ISSUER))
        .with_server_metadata(&metadata(ISSUER, json!(false)))
        .unwrap();
    assert!(without_iss
        .validate(&quiet, Some(&pending()), NOW_MS)
        .is_ok());
    // …but metadata never loosens a client set up to require it.
    let mut strict = settings(Some(ISSUER));
    strict.authorization_response_iss_parameter_supported = true;
    let strict = strict
        .with_server_metadata(&metadata(ISSUER, json!(false)))
        .unwrap();
    assert!(without_iss
        .validate(&strict, Some(&pending()), NOW_MS)
        .is_err());
}

#[test]
fn a_forged_callback_is_refused_before_the_issuer_is_needed() {
    // check_state needs no issuer, so a caller can refuse a forged callback before fetching the
    // server's metadata.
    let forged = callback("code=c0de&state=forged");
    let error = forged.check_state(Some(&pending()), NOW_MS).unwrap_err();
    assert_eq!(error.kind.as_str(), "oauth2_state_mismatch");
    assert!(callback("code=c0de&state=st4te")
        .check_state(Some(&pending()), NOW_MS)
        .is_ok());
}

// ------------------------------------------------------------------------------------------------
// OpenID Connect Core §5.3.2: userinfo is about the ID token's subject, or it is not used
// ------------------------------------------------------------------------------------------------

#[test]
fn userinfo_of_another_subject_is_refused() {
    use ory_wasm::oauth2::check_userinfo;
    let tokens = exchange(&settings(Some(ISSUER)), &good_claims()).expect("good tokens");
    let subject = tokens.claims.as_ref().unwrap()["sub"].clone();
    let id_claims = tokens.claims.as_ref();

    assert!(check_userinfo(&json!({ "sub": subject, "email": "a@b" }), id_claims).is_ok());
    for (info, what) in [
        (
            json!({ "sub": "mallory", "email": "m@evil" }),
            "another subject",
        ),
        (json!({ "email": "a@b" }), "no subject"),
        (json!({ "sub": 42 }), "a subject that is not a string"),
        (json!([{ "sub": subject }]), "not an object"),
    ] {
        let error = check_userinfo(&info, id_claims).expect_err(what);
        assert_eq!(error.kind.as_str(), "oauth2_invalid_response", "{what}");
        assert!(
            !error.message.contains("mallory"),
            "{what}: the claims are not echoed"
        );
    }
    // Without an ID token (an access token passed in), there is nothing to compare with, but
    // the answer must still name a subject.
    assert!(check_userinfo(&json!({ "sub": "anyone" }), None).is_ok());
    assert!(check_userinfo(&json!({ "name": "x" }), None).is_err());
}
