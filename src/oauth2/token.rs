//! The token and revocation requests and the token answer.

use serde::Serialize;
use serde_json::Value;

use crate::endpoint::{Arguments, Endpoint, Flavor, Param, ParamValue};
use crate::endpoints::oauth2::{OAUTH2_TOKEN_EXCHANGE, REVOKE_OAUTH2_TOKEN};
use crate::error::{Error, ErrorKind};
use crate::webauthn::base64url;

use super::authorize::same_issuer;
use super::{oauth2_error, sdk_error, ClientSettings, PendingAuthorization, INVALID_RESPONSE};

/// `POST /oauth2/token` as the authorization code and refresh grants with PKCE use it.
///
/// [`OAUTH2_TOKEN_EXCHANGE`] declares the form fields of Ory's OpenAPI spec, which lacks
/// `code_verifier` (RFC 7636 §4.5) and `scope` (RFC 6749 §6); this declaration adds them and is
/// otherwise the same operation. It never carries cookies.
pub const TOKEN: Endpoint = Endpoint {
    params: &[
        Param::form("client_id"),
        Param::form("code"),
        Param::form("code_verifier"),
        Param::required_form("grant_type"),
        Param::form("redirect_uri"),
        Param::form("refresh_token"),
        Param::form("scope"),
    ],
    flavor: Flavor::Native,
    ..OAUTH2_TOKEN_EXCHANGE
};

/// `POST /oauth2/revoke` with the fields of RFC 7009 §2.1 a public client needs: `client_id`
/// (it does not authenticate) and `token_type_hint`, beside [`REVOKE_OAUTH2_TOKEN`]'s `token`.
pub const REVOKE: Endpoint = Endpoint {
    params: &[
        Param::required_form("token"),
        Param::form("token_type_hint"),
        Param::form("client_id"),
    ],
    flavor: Flavor::Native,
    ..REVOKE_OAUTH2_TOKEN
};

fn text(value: &str) -> Option<ParamValue> {
    Some(ParamValue::Text(value.to_owned()))
}

/// `client_id` goes into the body of a public client's requests (RFC 6749 §4.1.3); a
/// confidential client authenticates with HTTP Basic instead.
fn public_client_id(settings: &ClientSettings) -> Option<ParamValue> {
    (!settings.is_confidential())
        .then(|| text(&settings.client_id))
        .flatten()
}

/// The token request exchanging `code` (RFC 6749 §4.1.3 + RFC 7636 §4.5), for [`TOKEN`].
pub fn code_exchange(
    settings: &ClientSettings,
    pending: &PendingAuthorization,
    code: &str,
) -> Arguments {
    Arguments {
        values: vec![
            public_client_id(settings),
            text(code),
            text(&pending.code_verifier),
            text("authorization_code"),
            text(&pending.redirect_uri),
            None,
            None,
        ],
        body: None,
    }
}

/// The refresh request (RFC 6749 §6), for [`TOKEN`]; `scope` narrows the granted scope.
pub fn refresh(settings: &ClientSettings, refresh_token: &str, scope: Option<&str>) -> Arguments {
    Arguments {
        values: vec![
            public_client_id(settings),
            None,
            None,
            text("refresh_token"),
            None,
            text(refresh_token),
            scope.and_then(text),
        ],
        body: None,
    }
}

/// The revocation request (RFC 7009), for [`REVOKE`]; `hint` is `access_token` or
/// `refresh_token`.
pub fn revoke(settings: &ClientSettings, token: &str, hint: Option<&str>) -> Arguments {
    Arguments {
        values: vec![text(token), hint.and_then(text), public_client_id(settings)],
        body: None,
    }
}

/// An error answer of the token or revocation endpoint (RFC 6749 §5.2:
/// `{"error": "invalid_grant", "error_description": …}`) as an [`oauth2_error`]; any other
/// error is returned unchanged.
pub fn token_error(error: Error) -> Error {
    if error.kind != ErrorKind::Http {
        return error;
    }
    let code = error
        .body
        .as_ref()
        .and_then(|body| body.get("error"))
        .and_then(Value::as_str)
        .map(str::to_owned);
    match code {
        Some(code) => {
            let description = error
                .body
                .as_ref()
                .and_then(|body| body.get("error_description"))
                .and_then(Value::as_str);
            Error {
                body: error.body.clone(),
                ..oauth2_error(error.status, &code, description)
            }
        }
        None => error,
    }
}

/// What an ID token is checked against: the nonce sent (authorization only; refreshed ID
/// tokens are compared with the previous one instead), and the client (its id, its issuer, which
/// must be known, and its maximum ID token age).
///
/// The checks, in [`TokenSet::from_response`], are those of OpenID Connect Core 1.0 §3.1.3.7 for
/// an ID token received from the token endpoint: `iss` is the issuer, `aud` names the client,
/// `azp` (when present, and required with several audiences) is the client, `exp` is in the
/// future and `iat` not (both required, with [`CLOCK_SKEW_SECONDS`] of leeway), `iat` not older
/// than [`ClientSettings::id_token_max_age`], `nonce` the one sent, and `sub` present. After a
/// refresh (§12.2), `iss` and `sub` must also be those of the previous ID token. The signature is
/// not verified (item 6: the token came from the token endpoint over the TLS connection the
/// client opened, which authenticates the issuer).
#[derive(Debug, Clone, Copy)]
pub struct IdTokenCheck<'a> {
    /// The nonce of the authorization request; `None` for a refresh.
    pub nonce: Option<&'a str>,
    /// The client.
    pub settings: &'a ClientSettings,
}

/// Checks a userinfo answer (OpenID Connect Core §5.3.2): it must name its subject, and when the
/// client holds an ID token, that same subject — "if they do not match, the UserInfo Response
/// values MUST NOT be used" (a token of another user, or a mixed-up answer, would otherwise be
/// shown as this user). The claims are not echoed into the error.
pub fn check_userinfo(claims: &Value, id_token_claims: Option<&Value>) -> Result<(), Error> {
    let subject = claims.get("sub").and_then(Value::as_str);
    let Some(subject) = subject.filter(|sub| !sub.is_empty()) else {
        return Err(sdk_error(
            INVALID_RESPONSE,
            "the userinfo answer names no subject (sub)".to_owned(),
        ));
    };
    let expected = id_token_claims
        .and_then(|claims| claims.get("sub"))
        .and_then(Value::as_str);
    if expected.is_some_and(|expected| expected != subject) {
        return Err(sdk_error(
            INVALID_RESPONSE,
            "the userinfo answer is about another subject than the ID token".to_owned(),
        ));
    }
    Ok(())
}

/// The clock skew allowed between the browser and the server when checking an ID token's `exp`
/// and `iat`: 5 minutes, because a browser's clock is the user's and often a few minutes off,
/// while ID tokens live an hour or more, so this much leeway lets no stale token through.
pub const CLOCK_SKEW_SECONDS: u64 = 5 * 60;

/// The tokens of a successful token answer (RFC 6749 §5.1, OpenID Connect Core §3.1.3.3).
///
/// Its `Debug` output shows which tokens are present, never their values.
#[derive(Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TokenSet {
    /// The access token, for `Authorization: Bearer`.
    pub access_token: String,
    /// `token_type` as sent (`bearer`).
    pub token_type: String,
    /// When the access token expires, in milliseconds since the Unix epoch (from `expires_in`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<u64>,
    /// The refresh token, when one was issued (kept from before when a refresh returns none).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
    /// The ID token (OpenID Connect), kept from before when a refresh returns none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id_token: Option<String>,
    /// The claims of the ID token, after the checks of [`IdTokenCheck`]. Its signature is not
    /// verified: the token came straight from the token endpoint over the connection the client
    /// opened (OpenID Connect Core §3.1.3.7, item 6). Verify it against the provider's keys
    /// before handing it to another party.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claims: Option<Value>,
    /// The granted scope (the requested one when the answer leaves it out, RFC 6749 §5.1).
    pub scope: String,
}

impl std::fmt::Debug for TokenSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let set = |value: &Option<String>| value.as_ref().map(|_| "<redacted>");
        f.debug_struct("TokenSet")
            .field("access_token", &"<redacted>")
            .field("token_type", &self.token_type)
            .field("expires_at", &self.expires_at)
            .field("refresh_token", &set(&self.refresh_token))
            .field("id_token", &set(&self.id_token))
            .field("scope", &self.scope)
            .finish()
    }
}

impl TokenSet {
    /// Reads a token answer. `previous` is the token set a refresh replaces (its refresh and ID
    /// tokens carry over when the answer has none, and a new ID token must have its issuer and
    /// subject); `requested_scope` stands in for a missing `scope`.
    pub fn from_response(
        response: &Value,
        now_ms: u64,
        requested_scope: &str,
        previous: Option<&TokenSet>,
        check: IdTokenCheck<'_>,
    ) -> Result<Self, Error> {
        let string = |name: &str| {
            response
                .get(name)
                .and_then(Value::as_str)
                .filter(|v| !v.is_empty())
                .map(str::to_owned)
        };
        let invalid = |what: &str| {
            sdk_error(
                INVALID_RESPONSE,
                format!("the token answer {what} (RFC 6749 §5.1)"),
            )
        };
        let access_token = string("access_token").ok_or_else(|| invalid("has no access_token"))?;
        let token_type = string("token_type").ok_or_else(|| invalid("has no token_type"))?;
        if !token_type.eq_ignore_ascii_case("bearer") {
            return Err(invalid("is not of token_type bearer"));
        }
        let expires_at = match response.get("expires_in") {
            None | Some(Value::Null) => None,
            Some(value) => {
                let seconds = value
                    .as_f64()
                    .filter(|s| s.is_finite() && *s >= 0.0)
                    .ok_or_else(|| invalid("has an expires_in that is not a number of seconds"))?;
                Some(now_ms.saturating_add((seconds * 1000.0) as u64))
            }
        };
        let scope = string("scope").unwrap_or_else(|| requested_scope.to_owned());
        let new_id_token = string("id_token");
        // A nonce was sent, so this is OpenID Connect: with `openid` granted the answer must carry
        // an ID token (Core §3.1.3.3), or the nonce and issuer checks would silently not happen.
        if new_id_token.is_none()
            && check.nonce.is_some()
            && scope.split(' ').any(|s| s == "openid")
        {
            return Err(sdk_error(
                INVALID_RESPONSE,
                "the token answer has no id_token, though the openid scope was granted \
                 (OpenID Connect Core §3.1.3.3)"
                    .to_owned(),
            ));
        }
        let previous_claims = previous.and_then(|p| p.claims.as_ref());
        let claims = match &new_id_token {
            Some(id_token) => Some(check_id_token(id_token, check, previous_claims, now_ms)?),
            None => previous_claims.cloned(),
        };
        Ok(Self {
            access_token,
            token_type,
            expires_at,
            refresh_token: string("refresh_token")
                .or_else(|| previous.and_then(|p| p.refresh_token.clone())),
            id_token: new_id_token.or_else(|| previous.and_then(|p| p.id_token.clone())),
            claims,
            scope,
        })
    }

    /// Whether the access token has expired at `now_ms` (or will within `leeway_ms`).
    pub fn is_expired(&self, now_ms: u64, leeway_ms: u64) -> bool {
        self.expires_at
            .is_some_and(|at| now_ms.saturating_add(leeway_ms) >= at)
    }
}

/// Decodes the ID token's claims and checks them (see [`IdTokenCheck`]); `previous` are the
/// claims of the ID token a refresh replaces. Error messages name the failed claim, never a
/// value.
fn check_id_token(
    id_token: &str,
    check: IdTokenCheck<'_>,
    previous: Option<&Value>,
    now_ms: u64,
) -> Result<Value, Error> {
    let invalid = |what: &str| {
        sdk_error(
            INVALID_RESPONSE,
            format!("the ID token {what} (OpenID Connect Core §3.1.3.7)"),
        )
    };
    let mut parts = id_token.split('.');
    let payload = match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some(_), Some(payload), Some(_), None) => payload,
        _ => return Err(invalid("is not a JWS in compact serialisation")),
    };
    let claims: Value = base64url::decode(payload)
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .filter(Value::is_object)
        .ok_or_else(|| invalid("has no readable claims"))?;
    let text = |name: &str| {
        claims
            .get(name)
            .and_then(Value::as_str)
            .filter(|v| !v.is_empty())
    };
    // NumericDate: seconds since the epoch, possibly fractional (RFC 7519 §2).
    let seconds = |name: &str| claims.get(name).and_then(Value::as_f64);
    let client_id = check.settings.client_id.as_str();

    // Item 2: always from the expected issuer; an unknown issuer is an error, not a skipped check.
    let expected_issuer = check.settings.expected_issuer()?;
    let iss = text("iss").ok_or_else(|| invalid("has no iss"))?;
    if !same_issuer(expected_issuer, iss) {
        return Err(invalid(
            "comes from another issuer than the expected one (iss)",
        ));
    }
    // §2: sub is required; it is what ties a refreshed ID token to the same user (§12.2).
    let sub = text("sub").ok_or_else(|| invalid("has no sub"))?;

    // Items 3 to 5: the client is an audience, and the authorized party when one is named.
    // Several audiences need an azp (item 4); the SDK trusts no other audience on its own.
    let audience_ok = match claims.get("aud") {
        Some(Value::String(aud)) => aud == client_id,
        Some(Value::Array(list)) => {
            list.iter().any(|a| a.as_str() == Some(client_id))
                && (list.len() == 1 || claims.get("azp").is_some())
        }
        _ => false,
    };
    if !audience_ok {
        return Err(invalid("is meant for another client (aud)"));
    }
    if claims
        .get("azp")
        .is_some_and(|azp| azp.as_str() != Some(client_id))
    {
        return Err(invalid("was issued to another client (azp)"));
    }

    // Items 9 and 10: exp and iat are required (§2), with leeway for the browser's clock.
    let now = now_ms as f64 / 1000.0;
    let skew = CLOCK_SKEW_SECONDS as f64;
    let exp = seconds("exp").ok_or_else(|| invalid("has no exp"))?;
    if exp + skew < now {
        return Err(invalid("has expired (exp)"));
    }
    let iat = seconds("iat").ok_or_else(|| invalid("has no iat"))?;
    if iat - skew > now {
        return Err(invalid(
            "was issued in the future (iat); is the device's clock right?",
        ));
    }
    if let Some(max_age) = check.settings.id_token_max_age {
        if now - iat > max_age as f64 + skew {
            return Err(invalid("is older than the maximum age allowed (iat)"));
        }
    }

    // Item 11: the nonce of this authorization, which binds the token to this browser's request.
    if let Some(nonce) = check.nonce {
        if text("nonce") != Some(nonce) {
            return Err(invalid("does not carry the nonce of this authorization"));
        }
    }

    // §12.2: a refreshed ID token is about the same user from the same issuer. Compared
    // exactly: both strings come from the server, no person typed them.
    if let Some(previous) = previous {
        let refreshed = |what: &str| {
            sdk_error(
                INVALID_RESPONSE,
                format!("the refreshed ID token {what} (OpenID Connect Core §12.2)"),
            )
        };
        if previous.get("iss").and_then(Value::as_str) != Some(iss) {
            return Err(refreshed(
                "comes from another issuer than the previous one (iss)",
            ));
        }
        if previous.get("sub").and_then(Value::as_str) != Some(sub) {
            return Err(refreshed(
                "is about another user than the previous one (sub)",
            ));
        }
    }
    Ok(claims)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::endpoint::{build_request, CallOptions, Platform};
    use crate::endpoints::oauth2::GET_OIDC_USER_INFO;
    use serde_json::json;

    fn settings() -> ClientSettings {
        let mut settings = ClientSettings::new(
            "https://auth.example",
            "spa",
            "http://localhost:3000/callback",
        )
        .unwrap();
        settings.issuer = Some("https://auth.example".into());
        settings
    }

    fn pending() -> PendingAuthorization {
        PendingAuthorization {
            state: "st".into(),
            code_verifier: "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk".into(),
            nonce: Some("n0nce".into()),
            redirect_uri: "http://localhost:3000/callback".into(),
            scope: "openid offline_access".into(),
            created_at: 0,
        }
    }

    fn jwt(claims: Value) -> String {
        format!(
            "{}.{}.sig",
            base64url::encode(br#"{"alg":"RS256"}"#),
            base64url::encode(claims.to_string().as_bytes())
        )
    }

    #[test]
    fn the_declarations_extend_the_spec_operations() {
        for (mine, spec) in [
            (&TOKEN, &OAUTH2_TOKEN_EXCHANGE),
            (&REVOKE, &REVOKE_OAUTH2_TOKEN),
        ] {
            assert_eq!(
                (mine.method, mine.path, mine.auth),
                (spec.method, spec.path, spec.auth)
            );
            for param in spec.params {
                assert!(mine.params.contains(param), "{} {}", mine.path, param.wire);
            }
        }
    }

    #[test]
    fn a_public_client_sends_its_id_and_verifier_in_the_body_and_no_cookies() {
        let settings = settings();
        let request = build_request(
            settings.configuration(),
            &TOKEN,
            &code_exchange(&settings, &pending(), "c/de"),
            &CallOptions::default(),
            Platform::Browser,
        )
        .unwrap();
        assert_eq!(request.url, "https://auth.example/oauth2/token");
        assert_eq!(
            request.body.as_deref(),
            Some(
                "client_id=spa&code=c%2Fde&code_verifier=dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk\
                 &grant_type=authorization_code&redirect_uri=http%3A%2F%2Flocalhost%3A3000%2Fcallback"
            )
        );
        assert!(request.headers.iter().all(|(n, _)| n != "Authorization"));
        assert_eq!(request.credentials, crate::config::Credentials::Omit);

        let refreshing = build_request(
            settings.configuration(),
            &TOKEN,
            &refresh(&settings, "rt", Some("openid")),
            &CallOptions::default(),
            Platform::Browser,
        )
        .unwrap();
        assert_eq!(
            refreshing.body.as_deref(),
            Some("client_id=spa&grant_type=refresh_token&refresh_token=rt&scope=openid")
        );
        let revoking = build_request(
            settings.configuration(),
            &REVOKE,
            &revoke(&settings, "rt", Some("refresh_token")),
            &CallOptions::default(),
            Platform::Browser,
        )
        .unwrap();
        assert_eq!(revoking.url, "https://auth.example/oauth2/revoke");
        assert_eq!(
            revoking.body.as_deref(),
            Some("token=rt&token_type_hint=refresh_token&client_id=spa")
        );
    }

    #[test]
    fn a_confidential_client_authenticates_with_basic_instead() {
        let settings = settings().with_client_secret("s3cret");
        let request = build_request(
            settings.configuration(),
            &TOKEN,
            &code_exchange(&settings, &pending(), "code"),
            &CallOptions::default(),
            Platform::Server,
        )
        .unwrap();
        assert!(!request.body.as_deref().unwrap().contains("client_id"));
        let basic = request
            .headers
            .iter()
            .find(|(n, _)| n == "Authorization")
            .unwrap();
        assert_eq!(
            basic.1,
            format!("Basic {}", crate::endpoint::base64(b"spa:s3cret"))
        );
    }

    #[test]
    fn userinfo_carries_the_access_token_in_the_header_only() {
        let config = settings().configuration_with_access_token("at-123");
        let request = build_request(
            &config,
            &GET_OIDC_USER_INFO,
            &Arguments::default(),
            &CallOptions::default(),
            Platform::Browser,
        )
        .unwrap();
        assert_eq!(request.url, "https://auth.example/userinfo");
        assert!(request
            .headers
            .contains(&("Authorization".into(), "Bearer at-123".into())));
    }

    #[test]
    fn token_answers_are_read_and_the_id_token_checked() {
        let settings = settings();
        let pending = pending();
        let check = IdTokenCheck {
            nonce: pending.nonce.as_deref(),
            settings: &settings,
        };
        let claims = json!({"iss": "https://auth.example/", "aud": "spa", "nonce": "n0nce", "sub": "u1", "iat": 0, "exp": 2_000_000_000});
        let answer = json!({
            "access_token": "at", "token_type": "Bearer", "expires_in": 3600,
            "refresh_token": "rt", "id_token": jwt(claims.clone()), "scope": "openid offline_access"
        });
        let tokens = TokenSet::from_response(&answer, 1_000, "openid", None, check).unwrap();
        assert_eq!(tokens.access_token, "at");
        assert_eq!(tokens.expires_at, Some(3_601_000));
        assert_eq!(tokens.claims.as_ref(), Some(&claims));
        assert!(!tokens.is_expired(3_500_000, 60_000));
        assert!(tokens.is_expired(3_550_000, 60_000));
        let debug = format!("{tokens:?}");
        assert!(
            !debug.contains("\"at\"") && !debug.contains("rt\""),
            "{debug}"
        );

        // A refresh without a new refresh or ID token keeps the old ones.
        let refreshed = TokenSet::from_response(
            &json!({"access_token": "at2", "token_type": "bearer"}),
            5_000,
            "openid offline_access",
            Some(&tokens),
            IdTokenCheck {
                nonce: None,
                settings: &settings,
            },
        )
        .unwrap();
        assert_eq!(refreshed.refresh_token.as_deref(), Some("rt"));
        assert_eq!(refreshed.id_token, tokens.id_token);
        assert_eq!(refreshed.expires_at, None);
        assert_eq!(refreshed.scope, "openid offline_access");

        let serialized = serde_json::to_value(&refreshed).unwrap();
        assert_eq!(serialized["accessToken"], "at2");
        assert_eq!(serialized["refreshToken"], "rt");
    }

    #[test]
    fn bad_id_tokens_and_answers_are_refused() {
        let settings = settings();
        let check = IdTokenCheck {
            nonce: Some("n0nce"),
            settings: &settings,
        };
        let base = json!({"iss": "https://auth.example", "aud": "spa", "nonce": "n0nce", "sub": "u1", "iat": 0, "exp": 2_000_000_000});
        let with = |key: &str, value: Value| {
            let mut claims = base.clone();
            claims[key] = value;
            json!({"access_token": "at", "token_type": "Bearer", "id_token": jwt(claims)})
        };
        for (answer, what) in [
            (with("nonce", json!("other")), "nonce"),
            (with("aud", json!("someone-else")), "aud"),
            (with("aud", json!(["spa", "api"])), "azp"),
            (with("iss", json!("https://evil.example")), "iss"),
            (with("exp", json!(1)), "exp"),
            (
                json!({"access_token": "at", "token_type": "Bearer", "id_token": "x.y"}),
                "jws",
            ),
            (json!({"token_type": "Bearer"}), "access_token"),
            (json!({"access_token": "at", "token_type": "mac"}), "bearer"),
            (
                json!({"access_token": "at", "token_type": "Bearer", "expires_in": "soon"}),
                "expires_in",
            ),
        ] {
            let error =
                TokenSet::from_response(&answer, 1_000_000, "openid", None, check).unwrap_err();
            assert_eq!(error.kind.as_str(), INVALID_RESPONSE, "{what}");
        }
        let mut ok = base.clone();
        ok["aud"] = json!(["spa", "api"]);
        ok["azp"] = json!("spa");
        let answer = json!({"access_token": "at", "token_type": "Bearer", "id_token": jwt(ok)});
        assert!(TokenSet::from_response(&answer, 0, "openid", None, check).is_ok());
    }

    #[test]
    fn token_endpoint_errors_carry_the_oauth2_code() {
        let body =
            json!({"error": "invalid_grant", "error_description": "grant request is invalid"});
        let mut http = Error::from_http(400, Some(&&body), false);
        http.body = Some(body);
        let error = token_error(http);
        assert_eq!(error.kind.as_str(), "invalid_grant");
        assert_eq!(error.status, 400);
        assert_eq!(error.reason.as_deref(), Some("grant request is invalid"));
        assert!(error.body.is_some());
        let network = token_error(Error::network("down"));
        assert_eq!(network.kind, ErrorKind::Network);
    }
}
