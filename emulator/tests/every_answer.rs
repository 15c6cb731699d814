//! Every one of the SDK's operations (`ory_wasm::endpoints::all()`) has an answer that parses
//! into exactly the `Response` type its declaration names, read the way the SDK reads it
//! (`ory_wasm::answer::read`: status, content type, shape, then `serde` into the type), and
//! serialises back to the same JSON.
//!
//! Where the answers come from, best first:
//! - **emulator**: this crate's Kratos-compatible server, in process, over real HTTP: every
//!   Kratos operation (self-service, sessions, schemas, identities, courier);
//! - **capture**: the real Kratos answers in `../shared/kratos/fixtures/{v0,v1}` (flows,
//!   logins, registrations, sessions, logout URLs, flow errors);
//! - **oidc-provider**: a certified OpenID Provider's real answers
//!   (`tests/support/oidc-answers.mjs` of the SDK: discovery, JWKS, token, introspection,
//!   userinfo, dynamic client registration, replacement and deletion, token revocation);
//! - **spec**: for the Hydra and project operations that nothing here serves, a sample derived
//!   from the official spec (`openapi-ory-network-v0.2.json`): the schema's own `example`s,
//!   else its first `enum` value, else a placeholder of the declared type and format; once with
//!   every property filled and once with every `nullable` property `null`;
//! - **shape**: an operation that answers no body (204, or a browser redirect the SDK never
//!   reads) is covered by its declared shape: the empty answer must read as its `Response`
//!   (`()`).
//!
//! The table [`typed_checks`] names each operation's typed request, so the check uses the
//! declared `Response` and nothing else. An operation added to `endpoints::all()` without a row
//! there, or without an answer from one of the sources, fails this test.

mod support;

use std::collections::BTreeMap;
use std::path::Path;

use ory_wasm::answer::{self, Body};
use ory_wasm::endpoint::{Endpoint, Request, Shape};
use ory_wasm::endpoints::{self, courier, frontend, identity, jwk, oauth2, project};
use reqwest::Method;
use serde::Serialize;
use serde_json::{json, Map, Value};
use support::*;

const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/kratos");
const SDK_ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

/// Where an answer comes from, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Source {
    Emulator,
    Capture,
    OidcProvider,
    Spec,
    Shape,
}

/// One HTTP answer of an operation, as the SDK would receive it.
struct Answer {
    source: Source,
    /// What it is (a file, a request), for the failure message.
    origin: String,
    status: u16,
    content_type: String,
    body: String,
}

impl Answer {
    fn json(source: Source, origin: impl Into<String>, status: u16, body: &Value) -> Self {
        Self {
            source,
            origin: origin.into(),
            status,
            content_type: "application/json; charset=utf-8".into(),
            body: body.to_string(),
        }
    }
}

/// Reads `answer` as the SDK does for `R` and checks that the typed value serialises back to
/// the JSON it came from (unknown members included: the models keep them).
fn parse_as<R: Request>(answer: &Answer) -> Result<(), String>
where
    R::Response: Serialize,
{
    let parse = || serde_json::from_str::<Value>(&answer.body).map_err(|e| e.to_string());
    let value = match answer::read(R::ENDPOINT, answer.status, &answer.content_type, parse) {
        Ok(Body::Nothing) => Value::Null,
        Ok(Body::Text) => Value::String(answer.body.clone()),
        Ok(Body::Json(value)) => value,
        Err(rejected) => return Err(format!("not read as a success: {}", rejected.error)),
    };
    let typed: R::Response = serde_path_to_error::deserialize(value.clone())
        .map_err(|e| format!("does not parse at `{}`: {}", e.path(), e.inner()))?;
    let back = serde_json::to_value(&typed).map_err(|e| format!("does not serialise: {e}"))?;
    if back != value {
        return Err(format!(
            "the round trip changed it\n--- answer\n{value:#}\n--- re-serialised\n{back:#}"
        ));
    }
    Ok(())
}

type Check = fn(&Answer) -> Result<(), String>;

/// An operation's typed check: its endpoint and the parse into its declared `Response`.
fn row<R: Request>() -> (&'static Endpoint, Check)
where
    R::Response: Serialize,
{
    (R::ENDPOINT, parse_as::<R>)
}

/// Every operation's typed request. A new operation needs its row here.
fn typed_checks() -> Vec<(&'static Endpoint, Check)> {
    use courier::*;
    use frontend::*;
    use identity::*;
    use jwk::*;
    use oauth2::*;
    use project::*;
    vec![
        row::<GetWebAuthnJavaScript>(),
        row::<ListIdentitySchemas>(),
        row::<GetIdentitySchema>(),
        row::<GetFlowError>(),
        row::<CreateBrowserLoginFlow>(),
        row::<CreateNativeLoginFlow>(),
        row::<GetLoginFlow>(),
        row::<UpdateLoginFlow>(),
        row::<CreateBrowserRegistrationFlow>(),
        row::<CreateNativeRegistrationFlow>(),
        row::<GetRegistrationFlow>(),
        row::<UpdateRegistrationFlow>(),
        row::<CreateBrowserRecoveryFlow>(),
        row::<CreateNativeRecoveryFlow>(),
        row::<GetRecoveryFlow>(),
        row::<UpdateRecoveryFlow>(),
        row::<CreateBrowserVerificationFlow>(),
        row::<CreateNativeVerificationFlow>(),
        row::<GetVerificationFlow>(),
        row::<UpdateVerificationFlow>(),
        row::<CreateBrowserSettingsFlow>(),
        row::<CreateNativeSettingsFlow>(),
        row::<GetSettingsFlow>(),
        row::<UpdateSettingsFlow>(),
        row::<CreateBrowserLogoutFlow>(),
        row::<UpdateLogoutFlow>(),
        row::<PerformNativeLogout>(),
        row::<ToSession>(),
        row::<ListMySessions>(),
        row::<DisableMySession>(),
        row::<DisableMyOtherSessions>(),
        row::<ExchangeSessionToken>(),
        row::<ListCourierMessages>(),
        row::<ListIdentities>(),
        row::<CreateIdentity>(),
        row::<DeleteIdentity>(),
        row::<GetIdentity>(),
        row::<PatchIdentity>(),
        row::<UpdateIdentity>(),
        row::<DeleteIdentitySessions>(),
        row::<ListIdentitySessions>(),
        row::<CreateRecoveryCodeForIdentity>(),
        row::<CreateRecoveryLinkForIdentity>(),
        row::<ExtendSession>(),
        row::<DiscoverOidcConfiguration>(),
        row::<ListOAuth2Clients>(),
        row::<CreateOAuth2Client>(),
        row::<DeleteOAuth2Client>(),
        row::<GetOAuth2Client>(),
        row::<PatchOAuth2Client>(),
        row::<SetOAuth2Client>(),
        row::<GetOAuth2ConsentRequest>(),
        row::<AcceptOAuth2ConsentRequest>(),
        row::<RejectOAuth2ConsentRequest>(),
        row::<GetOAuth2LoginRequest>(),
        row::<AcceptOAuth2LoginRequest>(),
        row::<RejectOAuth2LoginRequest>(),
        row::<GetOAuth2LogoutRequest>(),
        row::<AcceptOAuth2LogoutRequest>(),
        row::<RejectOAuth2LogoutRequest>(),
        row::<RevokeOAuth2ConsentSessions>(),
        row::<ListOAuth2ConsentSessions>(),
        row::<RevokeOAuth2LoginSessions>(),
        row::<IntrospectOAuth2Token>(),
        row::<DeleteOAuth2Token>(),
        row::<ListTrustedOAuth2JwtGrantIssuers>(),
        row::<TrustOAuth2JwtGrantIssuer>(),
        row::<DeleteTrustedOAuth2JwtGrantIssuer>(),
        row::<GetTrustedOAuth2JwtGrantIssuer>(),
        row::<OAuth2Authorize>(),
        row::<CreateOidcDynamicClient>(),
        row::<DeleteOidcDynamicClient>(),
        row::<GetOidcDynamicClient>(),
        row::<SetOidcDynamicClient>(),
        row::<RevokeOAuth2Token>(),
        row::<RevokeOidcSession>(),
        row::<Oauth2TokenExchange>(),
        row::<GetOidcUserInfo>(),
        row::<DiscoverJsonWebKeys>(),
        row::<DeleteJsonWebKeySet>(),
        row::<GetJsonWebKeySet>(),
        row::<CreateJsonWebKeySet>(),
        row::<SetJsonWebKeySet>(),
        row::<DeleteJsonWebKey>(),
        row::<GetJsonWebKey>(),
        row::<SetJsonWebKey>(),
        row::<ListProjects>(),
        row::<CreateProject>(),
        row::<PurgeProject>(),
        row::<GetProject>(),
        row::<PatchProject>(),
        row::<SetProject>(),
        row::<GetProjectMembers>(),
        row::<RemoveProjectMember>(),
        row::<ListProjectApiKeys>(),
        row::<CreateProjectApiKey>(),
        row::<DeleteProjectApiKey>(),
    ]
}

/// An operation's identity: its method and path template (unique among the operations).
fn key(endpoint: &Endpoint) -> String {
    format!("{:?} {}", endpoint.method, endpoint.path)
}

/// The answers collected so far, by operation.
#[derive(Default)]
struct Answers(BTreeMap<String, Vec<Answer>>);

impl Answers {
    fn add(&mut self, endpoint: &Endpoint, answer: Answer) {
        self.0.entry(key(endpoint)).or_default().push(answer);
    }

    /// The emulator's answer `r` to a call of `endpoint`.
    fn emulator(&mut self, endpoint: &Endpoint, what: &str, r: &Resp) {
        let body = if r.body.is_null() {
            String::new()
        } else {
            r.body.to_string()
        };
        self.add(
            endpoint,
            Answer {
                source: Source::Emulator,
                origin: what.to_owned(),
                status: r.status,
                content_type: r.header("content-type").unwrap_or_default(),
                body,
            },
        );
    }
}

// ---------------------------------------------------------------- the local server

fn id_of(body: &Value) -> String {
    body["id"].as_str().unwrap_or_default().to_owned()
}

/// Social sign-in at the emulator's test provider: returns the callback URL (as in
/// `tests/oidc.rs`).
async fn at_provider(c: &Client, authorize_url: &str, email: &str, sub: &str) -> String {
    c.get_h(authorize_url, &[("accept", "text/html")]).await;
    let u = reqwest::Url::parse(authorize_url).expect("the provider URL");
    let q: BTreeMap<_, _> = u.query_pairs().into_owned().collect();
    let state = q.get("state").cloned().unwrap_or_default();
    let redirect_uri = q.get("redirect_uri").cloned().unwrap_or_default();
    let r = c
        .post_form(
            &format!("{}/_emulator/oidc/authorize", c.public),
            &[
                ("state", state.as_str()),
                ("redirect_uri", redirect_uri.as_str()),
                ("email", email),
                ("sub", sub),
                ("action", "allow"),
            ],
        )
        .await;
    r.location()
}

/// Calls every Kratos operation on the local server, browser (SPA) and native, and keeps each
/// answer.
async fn emulator_answers(out: &mut Answers) {
    use frontend::*;
    let mut config = test_config();
    // The session token exchange follows a social sign-in.
    config.methods.oidc = true;
    config.allowed_return_urls = vec!["myapp://callback".into()];
    let srv = start(config).await;
    let spa = Client::spa(&srv);
    let native = Client::native(&srv);
    let email = "ada@example.org";
    let password = "Lovelace-1815!";

    // Schemas and the WebAuthn script.
    out.emulator(
        &LIST_IDENTITY_SCHEMAS,
        "GET /schemas",
        &spa.get("/schemas").await,
    );
    out.emulator(
        &GET_IDENTITY_SCHEMA,
        "GET /schemas/default",
        &spa.get("/schemas/default").await,
    );
    let script = reqwest::get(format!("{}/.well-known/ory/webauthn.js", spa.public))
        .await
        .expect("the WebAuthn script");
    out.add(
        &GET_WEB_AUTHN_JAVA_SCRIPT,
        Answer {
            source: Source::Emulator,
            origin: "GET /.well-known/ory/webauthn.js".into(),
            status: script.status().as_u16(),
            content_type: script
                .headers()
                .get("content-type")
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_owned(),
            body: script.text().await.expect("the script's text"),
        },
    );

    // Registration, browser and native.
    let f = spa.get("/self-service/registration/browser").await;
    out.emulator(&CREATE_BROWSER_REGISTRATION_FLOW, "browser flow", &f);
    let flow = id_of(&f.body);
    out.emulator(
        &GET_REGISTRATION_FLOW,
        "browser flow",
        &spa.get(&format!("/self-service/registration/flows?id={flow}"))
            .await,
    );
    let r = spa
        .post_json(
            &format!("/self-service/registration?flow={flow}"),
            json!({"method": "password", "csrf_token": csrf_of(&f.body),
                   "traits": {"email": email, "name": {"first": "Ada", "last": "Lovelace"}},
                   "password": password}),
        )
        .await;
    out.emulator(&UPDATE_REGISTRATION_FLOW, "browser, password", &r);
    let f = native.get("/self-service/registration/api").await;
    out.emulator(&CREATE_NATIVE_REGISTRATION_FLOW, "native flow", &f);
    let r = native
        .post_json(
            &format!("/self-service/registration?flow={}", id_of(&f.body)),
            json!({"method": "password", "traits": {"email": "grace@example.org"},
                   "password": "Hopper-Cobol-1959"}),
        )
        .await;
    out.emulator(&UPDATE_REGISTRATION_FLOW, "native, password", &r);

    // A flow error: a browser form post with a forged CSRF token.
    let html = Client::html(&srv);
    let f = html
        .get_h(
            "/self-service/registration/browser",
            &[("accept", "application/json")],
        )
        .await;
    let r = html
        .post_form(
            &format!("/self-service/registration?flow={}", id_of(&f.body)),
            &[("csrf_token", "forged"), ("method", "password")],
        )
        .await;
    let error = r
        .location()
        .rsplit("id=")
        .next()
        .unwrap_or_default()
        .to_owned();
    out.emulator(
        &GET_FLOW_ERROR,
        "security_csrf_violation",
        &spa.get(&format!("/self-service/errors?id={error}")).await,
    );

    // Login, browser (a second browser session) and native.
    let other = Client::spa(&srv);
    let f = other.get("/self-service/login/browser").await;
    out.emulator(&CREATE_BROWSER_LOGIN_FLOW, "browser flow", &f);
    let flow = id_of(&f.body);
    out.emulator(
        &GET_LOGIN_FLOW,
        "browser flow",
        &other
            .get(&format!("/self-service/login/flows?id={flow}"))
            .await,
    );
    let r = other
        .post_json(
            &format!("/self-service/login?flow={flow}"),
            json!({"method": "password", "csrf_token": csrf_of(&f.body),
                   "identifier": email, "password": password}),
        )
        .await;
    out.emulator(&UPDATE_LOGIN_FLOW, "browser, password", &r);
    let f = native.get("/self-service/login/api").await;
    out.emulator(&CREATE_NATIVE_LOGIN_FLOW, "native flow", &f);
    let r = native
        .post_json(
            &format!("/self-service/login?flow={}", id_of(&f.body)),
            json!({"method": "password", "identifier": email, "password": password}),
        )
        .await;
    out.emulator(&UPDATE_LOGIN_FLOW, "native, password", &r);
    let token = r.body["session_token"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let with_token = [("x-session-token", token.as_str())];

    // Sessions.
    let me = spa.get("/sessions/whoami").await;
    out.emulator(&TO_SESSION, "browser", &me);
    out.emulator(
        &TO_SESSION,
        "native",
        &native.get_h("/sessions/whoami", &with_token).await,
    );
    out.emulator(&LIST_MY_SESSIONS, "browser", &spa.get("/sessions").await);
    let other_session = id_of(&other.get("/sessions/whoami").await.body);
    out.emulator(
        &DISABLE_MY_SESSION,
        "the other browser's session",
        &spa.send(
            Method::DELETE,
            &format!("/sessions/{other_session}"),
            &[],
            None,
        )
        .await,
    );

    // Settings, browser and native.
    let signed_in = spa.clone();
    let f = spa.get("/self-service/settings/browser").await;
    out.emulator(&CREATE_BROWSER_SETTINGS_FLOW, "browser flow", &f);
    let flow = id_of(&f.body);
    out.emulator(
        &GET_SETTINGS_FLOW,
        "browser flow",
        &spa.get(&format!("/self-service/settings/flows?id={flow}"))
            .await,
    );
    let r = spa
        .post_json(
            &format!("/self-service/settings?flow={flow}"),
            json!({"method": "profile", "csrf_token": csrf_of(&f.body),
                   "traits": {"email": email, "name": {"first": "Augusta", "last": "King"}}}),
        )
        .await;
    out.emulator(&UPDATE_SETTINGS_FLOW, "browser, profile", &r);
    let f = native
        .get_h("/self-service/settings/api", &with_token)
        .await;
    out.emulator(&CREATE_NATIVE_SETTINGS_FLOW, "native flow", &f);
    let r = native
        .send(
            Method::POST,
            &format!("/self-service/settings?flow={}", id_of(&f.body)),
            &with_token,
            Some(support::Body::Json(
                json!({"method": "password", "password": "a new Passw0rd!"}),
            )),
        )
        .await;
    out.emulator(&UPDATE_SETTINGS_FLOW, "native, password", &r);

    // Recovery and verification, browser (without a session: recovery refuses one) and native.
    let spa = Client::spa(&srv);
    let f = spa.get("/self-service/recovery/browser").await;
    out.emulator(&CREATE_BROWSER_RECOVERY_FLOW, "browser flow", &f);
    let flow = id_of(&f.body);
    out.emulator(
        &GET_RECOVERY_FLOW,
        "browser flow",
        &spa.get(&format!("/self-service/recovery/flows?id={flow}"))
            .await,
    );
    let r = spa
        .post_json(
            &format!("/self-service/recovery?flow={flow}"),
            json!({"method": "code", "email": email, "csrf_token": csrf_of(&f.body)}),
        )
        .await;
    out.emulator(&UPDATE_RECOVERY_FLOW, "browser, code sent", &r);
    let f = native.get("/self-service/recovery/api").await;
    out.emulator(&CREATE_NATIVE_RECOVERY_FLOW, "native flow", &f);
    let f = spa.get("/self-service/verification/browser").await;
    out.emulator(&CREATE_BROWSER_VERIFICATION_FLOW, "browser flow", &f);
    let flow = id_of(&f.body);
    out.emulator(
        &GET_VERIFICATION_FLOW,
        "browser flow",
        &spa.get(&format!("/self-service/verification/flows?id={flow}"))
            .await,
    );
    let r = spa
        .post_json(
            &format!("/self-service/verification?flow={flow}"),
            json!({"method": "code", "email": email, "csrf_token": csrf_of(&f.body)}),
        )
        .await;
    out.emulator(&UPDATE_VERIFICATION_FLOW, "browser, code sent", &r);
    let f = native.get("/self-service/verification/api").await;
    out.emulator(&CREATE_NATIVE_VERIFICATION_FLOW, "native flow", &f);

    let spa = signed_in;

    // The session token exchange of a native app's social sign-in.
    let f = native
        .get("/self-service/login/api?return_session_token_exchange_code=true&return_to=myapp://callback")
        .await;
    let init_code = f.body["session_token_exchange_code"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let r = native
        .post_json(
            &format!("/self-service/login?flow={}", id_of(&f.body)),
            json!({"method": "oidc", "provider": "emulator"}),
        )
        .await;
    let to = r.body["redirect_browser_to"].as_str().unwrap_or_default();
    let system_browser = Client::html(&srv);
    let callback = at_provider(&system_browser, to, "native@example.org", "native-1").await;
    let r = system_browser.get(&callback).await;
    let return_code = r
        .location()
        .rsplit("code=")
        .next()
        .unwrap_or_default()
        .to_owned();
    out.emulator(
        &EXCHANGE_SESSION_TOKEN,
        "after a native social sign-in",
        &native
            .get(&format!(
                "/sessions/token-exchange?init_code={init_code}&return_to_code={return_code}"
            ))
            .await,
    );

    // The identity admin API and the courier.
    admin_answers(out, &native).await;

    // Logging out: the native session, the other sessions of the browser's identity, the
    // browser.
    out.emulator(
        &PERFORM_NATIVE_LOGOUT,
        "native",
        &native
            .send(
                Method::DELETE,
                "/self-service/logout/api",
                &[],
                Some(support::Body::Json(json!({"session_token": token}))),
            )
            .await,
    );
    out.emulator(
        &DISABLE_MY_OTHER_SESSIONS,
        "browser",
        &spa.send(Method::DELETE, "/sessions", &[], None).await,
    );
    let logout = spa.get("/self-service/logout/browser").await;
    out.emulator(&CREATE_BROWSER_LOGOUT_FLOW, "browser", &logout);
    let logout_token = logout.body["logout_token"].as_str().unwrap_or_default();
    out.emulator(
        &UPDATE_LOGOUT_FLOW,
        "browser, JSON",
        &spa.get(&format!("/self-service/logout?token={logout_token}"))
            .await,
    );
    srv.shutdown().await;
}

async fn admin_answers(out: &mut Answers, c: &Client) {
    use courier::*;
    use identity::*;
    let created = c
        .admin(
            Method::POST,
            "/admin/identities",
            Some(json!({
                "schema_id": "default",
                "traits": {"email": "barbara@example.org", "name": {"first": "Barbara"}},
                "credentials": {"password": {"config": {"password": "Liskov-Substitution-87"}}},
                "metadata_public": {"turing": 2008},
            })),
        )
        .await;
    out.emulator(&CREATE_IDENTITY, "with a password", &created);
    let id = id_of(&created.body);
    out.emulator(
        &LIST_IDENTITIES,
        "all",
        &c.admin(Method::GET, "/admin/identities", None).await,
    );
    out.emulator(
        &GET_IDENTITY,
        "with its password credential",
        &c.admin(
            Method::GET,
            &format!("/admin/identities/{id}?include_credential=password"),
            None,
        )
        .await,
    );
    out.emulator(
        &UPDATE_IDENTITY,
        "new traits",
        &c.admin(
            Method::PUT,
            &format!("/admin/identities/{id}"),
            Some(json!({"schema_id": "default", "state": "active",
                        "traits": {"email": "barbara@example.org", "name": {"last": "Liskov"}}})),
        )
        .await,
    );
    out.emulator(
        &PATCH_IDENTITY,
        "JSON patch",
        &c.admin(
            Method::PATCH,
            &format!("/admin/identities/{id}"),
            Some(json!([{"op": "replace", "path": "/traits/name/first", "value": "Barbara"}])),
        )
        .await,
    );
    out.emulator(
        &CREATE_RECOVERY_CODE_FOR_IDENTITY,
        "for the identity",
        &c.admin(
            Method::POST,
            "/admin/recovery/code",
            Some(json!({"identity_id": id})),
        )
        .await,
    );
    out.emulator(
        &CREATE_RECOVERY_LINK_FOR_IDENTITY,
        "for the identity",
        &c.admin(
            Method::POST,
            "/admin/recovery/link",
            Some(json!({"identity_id": id})),
        )
        .await,
    );

    // A session of the identity: a native login.
    let f = c.get("/self-service/login/api").await;
    c.post_json(
        &format!("/self-service/login?flow={}", id_of(&f.body)),
        json!({"method": "password", "identifier": "barbara@example.org",
               "password": "Liskov-Substitution-87"}),
    )
    .await;
    let sessions = c
        .admin(
            Method::GET,
            &format!("/admin/identities/{id}/sessions"),
            None,
        )
        .await;
    out.emulator(&LIST_IDENTITY_SESSIONS, "one session", &sessions);
    let session = sessions.body[0]["id"].as_str().unwrap_or_default();
    out.emulator(
        &EXTEND_SESSION,
        "its session",
        &c.admin(
            Method::PATCH,
            &format!("/admin/sessions/{session}/extend"),
            None,
        )
        .await,
    );
    out.emulator(
        &DELETE_IDENTITY_SESSIONS,
        "its sessions",
        &c.admin(
            Method::DELETE,
            &format!("/admin/identities/{id}/sessions"),
            None,
        )
        .await,
    );
    out.emulator(
        &LIST_COURIER_MESSAGES,
        "verification and recovery messages",
        &c.admin(Method::GET, "/admin/courier/messages", None).await,
    );
    out.emulator(
        &DELETE_IDENTITY,
        "the identity",
        &c.admin(Method::DELETE, &format!("/admin/identities/{id}"), None)
            .await,
    );
}

// ---------------------------------------------------------------- the captures

/// The real Kratos answers in `fixtures/{v0,v1}`, by the operations that answer with them
/// (from the file names and the fixtures README).
fn capture_answers(out: &mut Answers) {
    use frontend::*;
    let mut used = 0;
    for era in ["v0", "v1"] {
        let dir = Path::new(SHARED).join("fixtures").join(era);
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|entry| entry.expect("a directory entry").path())
            .collect();
        files.sort();
        for path in files {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            // Whole answers only: `nodes-*`/`ui-*` are parts of flows, `error-*` are error
            // answers (read by `tests/fixtures.rs`), the credential responses are what the
            // browser sends, and `flow-recovery-strategy-disabled` is a Kratos snapshot with
            // its `id` stripped.
            let operations: &[&Endpoint] = if name.starts_with("flow-recovery-") {
                &[]
            } else if name.contains("login-flow-password-api") {
                &[&CREATE_NATIVE_LOGIN_FLOW, &GET_LOGIN_FLOW]
            } else if name.contains("login-flow") {
                &[&CREATE_BROWSER_LOGIN_FLOW, &GET_LOGIN_FLOW]
            } else if name.contains("registration-flow") {
                &[&CREATE_BROWSER_REGISTRATION_FLOW, &GET_REGISTRATION_FLOW]
            } else if name.contains("recovery-flow") {
                &[&GET_RECOVERY_FLOW, &UPDATE_RECOVERY_FLOW]
            } else if name.contains("verification-flow") {
                &[&GET_VERIFICATION_FLOW, &UPDATE_VERIFICATION_FLOW]
            } else if name.contains("settings-flow") {
                &[&GET_SETTINGS_FLOW, &UPDATE_SETTINGS_FLOW]
            } else if name.starts_with("login-success-") {
                &[&UPDATE_LOGIN_FLOW]
            } else if name.starts_with("registration-success-") {
                &[&UPDATE_REGISTRATION_FLOW]
            } else if name.starts_with("session-") {
                &[&TO_SESSION]
            } else if name.starts_with("logout-url") {
                &[&CREATE_BROWSER_LOGOUT_FLOW]
            } else if name.starts_with("flow-error-") {
                &[&GET_FLOW_ERROR]
            } else {
                &[]
            };
            if operations.is_empty() {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("the fixture");
            let body: Value = serde_json::from_str(&text).expect("the fixture is JSON");
            for operation in operations {
                out.add(
                    operation,
                    Answer::json(Source::Capture, format!("{era}/{name}"), 200, &body),
                );
            }
            used += 1;
        }
    }
    // 8 v0 + 20 v1 whole answers at the time of writing; a vanished directory fails here.
    assert!(used >= 28, "only {used} captures used");
}

// ---------------------------------------------------------------- oidc-provider

/// `oidc-provider`'s real answers (the SDK's `tests/support/oidc-answers.mjs`).
fn oidc_provider_answers(out: &mut Answers) {
    let output = std::process::Command::new("node")
        .arg("tests/support/oidc-answers.mjs")
        .current_dir(SDK_ROOT)
        .output()
        .expect("node runs tests/support/oidc-answers.mjs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let answers: Value = serde_json::from_slice(&output.stdout).expect("the answers as JSON");
    let by_operation: [(&Endpoint, &str, u16); 8] = [
        (&oauth2::DISCOVER_OIDC_CONFIGURATION, "discovery", 200),
        (&jwk::DISCOVER_JSON_WEB_KEYS, "jwks", 200),
        (&oauth2::OAUTH2_TOKEN_EXCHANGE, "token", 200),
        (&oauth2::INTROSPECT_OAUTH2_TOKEN, "introspection", 200),
        (&oauth2::GET_OIDC_USER_INFO, "userinfo", 200),
        (&oauth2::CREATE_OIDC_DYNAMIC_CLIENT, "registration", 201),
        (&oauth2::GET_OIDC_DYNAMIC_CLIENT, "registered", 200),
        (&oauth2::SET_OIDC_DYNAMIC_CLIENT, "updated", 200),
    ];
    for (operation, member, status) in by_operation {
        let body = &answers[member];
        assert!(body.is_object(), "oidc-answers.mjs printed no `{member}`");
        out.add(
            operation,
            Answer::json(Source::OidcProvider, member, status, body),
        );
    }
    // The answers without a JSON body, as they came.
    for (operation, member) in [
        (&oauth2::REVOKE_OAUTH2_TOKEN, "revocation"),
        (&oauth2::DELETE_OIDC_DYNAMIC_CLIENT, "deletion"),
    ] {
        let raw = &answers[member];
        out.add(
            operation,
            Answer {
                source: Source::OidcProvider,
                origin: member.to_owned(),
                status: raw["status"]
                    .as_u64()
                    .and_then(|s| s.try_into().ok())
                    .unwrap_or(0),
                content_type: raw["content_type"].as_str().unwrap_or_default().to_owned(),
                body: raw["body"].as_str().unwrap_or_default().to_owned(),
            },
        );
    }
}

// ---------------------------------------------------------------- the spec

/// A sample of `schema` from the spec's own `example`s, `enum`s and declared types (`None`
/// for a `$ref` already being expanded: a recursive member is left out). With `nulls`, every
/// `nullable` value is `null`.
fn sample(spec: &Value, schema: &Value, expanding: &mut Vec<String>, nulls: bool) -> Option<Value> {
    if let Some(reference) = schema["$ref"].as_str() {
        if expanding.iter().any(|r| r == reference) {
            return None;
        }
        let name = reference.trim_start_matches("#/components/schemas/");
        let target = &spec["components"]["schemas"][name];
        assert!(target.is_object(), "{reference} is not in the spec");
        expanding.push(reference.to_owned());
        let value = sample(spec, target, expanding, nulls);
        expanding.pop();
        return value;
    }
    if nulls && schema["nullable"] == true {
        return Some(Value::Null);
    }
    if let Some(example) = schema.get("example") {
        return Some(example.clone());
    }
    if let Some(all) = schema["allOf"].as_array() {
        let mut merged = Map::new();
        for part in all {
            match sample(spec, part, expanding, nulls)? {
                Value::Object(members) => merged.extend(members),
                other => return Some(other),
            }
        }
        return Some(Value::Object(merged));
    }
    if let Some(any) = schema["oneOf"].as_array().or(schema["anyOf"].as_array()) {
        return any
            .iter()
            .find_map(|choice| sample(spec, choice, expanding, nulls));
    }
    if let Some(first) = schema["enum"].as_array().and_then(|e| e.first()) {
        return Some(first.clone());
    }
    let value = match schema["type"].as_str() {
        Some("array") => Value::Array(
            sample(spec, &schema["items"], expanding, nulls)
                .into_iter()
                .collect(),
        ),
        Some("string") => json!(match schema["format"].as_str() {
            Some("date-time") => "2022-10-24T12:00:00Z",
            Some("uuid") => "3fa85f64-5717-4562-b3fc-2c963f66afa6",
            Some("uri") | Some("url") => "https://example.com/",
            Some("email") => "user@example.com",
            _ => "string",
        }),
        Some("integer") | Some("number") => json!(0),
        Some("boolean") => json!(true),
        _ => {
            let mut members = Map::new();
            if let Some(properties) = schema["properties"].as_object() {
                for (name, property) in properties {
                    if let Some(value) = sample(spec, property, expanding, nulls) {
                        members.insert(name.clone(), value);
                    }
                }
            }
            Value::Object(members)
        }
    };
    Some(value)
}

/// The spec's samples of the success answers of every operation it declares that the SDK has
/// and none of the real sources above answered; and, for an operation without a body, the
/// empty answer.
fn spec_answers(out: &mut Answers) {
    let file = Path::new(SHARED).join("openapi-ory-network-v0.2.json");
    let spec: Value =
        serde_json::from_str(&std::fs::read_to_string(&file).expect("the spec")).expect("JSON");
    let template = |path: &str| {
        path.split('/')
            .map(|s| if s.starts_with('{') { "{}" } else { s })
            .collect::<Vec<_>>()
            .join("/")
    };
    for endpoint in endpoints::all() {
        let answered = out.0.get(&key(endpoint)).is_some_and(|a| !a.is_empty());
        if answered {
            continue;
        }
        let method = format!("{:?}", endpoint.method).to_ascii_lowercase();
        let operation = spec["paths"]
            .as_object()
            .into_iter()
            .flatten()
            .find(|(path, _)| template(path) == template(endpoint.path))
            .map(|(_, item)| &item[&method])
            .filter(|operation| operation.is_object());
        if endpoint.shape == Shape::Empty {
            let documented = operation
                .and_then(|o| o["responses"].as_object())
                .and_then(|r| r.keys().find(|code| code.starts_with('2')).cloned());
            let origin = match &documented {
                Some(code) => format!("the spec's {code} without a body"),
                None => "no body the SDK reads (the spec answers with a redirect)".to_owned(),
            };
            let status = documented.and_then(|c| c.parse().ok()).unwrap_or(204);
            out.add(
                endpoint,
                Answer {
                    source: Source::Shape,
                    origin,
                    status,
                    content_type: String::new(),
                    body: String::new(),
                },
            );
            continue;
        }
        let Some(operation) = operation else {
            continue;
        };
        let Some((code, response)) = operation["responses"]
            .as_object()
            .into_iter()
            .flatten()
            .find(|(code, _)| code.starts_with('2'))
        else {
            continue;
        };
        let response = match response["$ref"].as_str() {
            Some(r) => {
                &spec["components"]["responses"][r.trim_start_matches("#/components/responses/")]
            }
            None => response,
        };
        let Some(schema) = response.pointer("/content/application~1json/schema") else {
            continue;
        };
        let status: u16 = code.parse().expect("a status");
        for nulls in [false, true] {
            let body = sample(&spec, schema, &mut Vec::new(), nulls).expect("a sample");
            let what = if nulls { "nullable as null" } else { "filled" };
            out.add(
                endpoint,
                Answer::json(
                    Source::Spec,
                    format!("openapi-ory-network-v0.2.json {code}, {what}"),
                    status,
                    &body,
                ),
            );
        }
    }
}

// ---------------------------------------------------------------- the test

#[tokio::test]
async fn every_operation_has_an_answer_that_parses_into_its_declared_type() {
    let mut answers = Answers::default();
    emulator_answers(&mut answers).await;
    capture_answers(&mut answers);
    oidc_provider_answers(&mut answers);
    spec_answers(&mut answers);

    let checks = typed_checks();
    let mut failures = Vec::new();
    // Per source: the operations it is the best source of, and those it answered at all.
    let mut best: BTreeMap<Source, usize> = BTreeMap::new();
    let mut any: BTreeMap<Source, usize> = BTreeMap::new();
    let mut parsed = 0;
    let all: Vec<&Endpoint> = endpoints::all().collect();
    for endpoint in &all {
        let name = key(endpoint);
        let Some((_, check)) = checks.iter().find(|(e, _)| key(e) == name) else {
            failures.push(format!("{name}: no row in `typed_checks`"));
            continue;
        };
        let Some(list) = answers.0.get(&name).filter(|list| !list.is_empty()) else {
            failures.push(format!("{name}: no answer from any source"));
            continue;
        };
        for answer in list {
            match check(answer) {
                Ok(()) => parsed += 1,
                Err(e) => failures.push(format!(
                    "{name} ({:?}: {}, {}): {e}",
                    answer.source, answer.origin, answer.status
                )),
            }
        }
        let mut sources: Vec<Source> = list.iter().map(|a| a.source).collect();
        sources.sort();
        sources.dedup();
        *best.entry(sources[0]).or_default() += 1;
        for source in sources {
            *any.entry(source).or_default() += 1;
        }
    }
    for (index, (endpoint, _)) in checks.iter().enumerate() {
        if !all.iter().any(|e| key(e) == key(endpoint)) {
            failures.push(format!("{}: a row for no operation", key(endpoint)));
        }
        if checks[..index].iter().any(|(e, _)| key(e) == key(endpoint)) {
            failures.push(format!("{}: two rows", key(endpoint)));
        }
    }
    for name in answers.0.keys() {
        if !all.iter().any(|e| &key(e) == name) {
            failures.push(format!("{name}: answers for no operation"));
        }
    }
    for (source, answered) in &any {
        let first = best.get(source).copied().unwrap_or_default();
        println!("{source:?}: answers {answered} operations, the best source of {first}");
    }
    println!("{parsed} answers parsed");
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    assert_eq!(all.len(), 97, "the operations the SDK declares");
    assert_eq!(checks.len(), all.len());
}
