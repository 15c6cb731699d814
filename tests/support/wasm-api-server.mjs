// The peer of the Rust API's browser tests (tests/wasm_api.rs and tests/wasm_compat.rs, run by wasm-bindgen-test in
// headless Chromium): the recording server with fixed routes, plus `GET /__requests` so the
// test can read back what its calls sent. Prints `api: <url>` once listening; runs until killed.
import { fixture, startServer } from "./recording-server.mjs";

const server = await startServer();
const recorded = server.requests;
const flow = fixture("v1/login-flow-password-browser.json");

server.route("GET", "/__requests", () => ({ body: recorded.filter((r) => r.path !== "/__requests") }));
server.route("GET", "/self-service/login/browser", { body: flow, setCookie: "csrf_token_test=abc; Path=/; HttpOnly; SameSite=Lax" });
server.route("POST", "/self-service/login", { status: 400, body: fixture("v0/login-flow-invalid-credentials.json") });
server.route("GET", "/sessions/whoami", { status: 401, body: fixture("v1/error-whoami-401.json") });
server.route("GET", "/self-service/settings/browser", { status: 403, body: fixture("v0/error-session-aal2-required-403.json") });
server.route("GET", "/self-service/recovery/flows", { body: { id: "r", type: "browser" } });
server.route("GET", "/self-service/verification/flows", { delay: 3000, body: fixture("v1/verification-flow-code.json") });
server.route("GET", "/self-service/registration/flows", { delay: 3000, body: fixture("v1/registration-flow-password-browser.json") });
server.route("DELETE", "/sessions/a%2Fb", { status: 204 });
server.route("GET", "/.well-known/ory/webauthn.js", { headers: { "Content-Type": "text/javascript" }, rawBody: "window.x=1;" });
server.route("GET", "/sessions", { body: [fixture("v1/session-whoami.json")] });
server.route("GET", "/self-service/errors", { headers: { "Content-Type": "text/html" }, rawBody: "<html></html>" });

// tests/wasm_compat.rs: any request under `/compat/<answer>/<call>/` is recorded and answered
// with the canned answer <answer>, so each call of a compat function has its own base path.
const session = fixture("v1/session-whoami.json");
const compatAnswers = {
  login: { body: flow },
  registration: { body: fixture("v1/registration-flow-password-browser.json") },
  recovery: { body: fixture("v1/recovery-flow-code.json") },
  verification: { body: fixture("v1/verification-flow-code.json") },
  settings: { body: fixture("v1/settings-flow-unlink-all-methods.json") },
  session: { body: session },
  sessions: { body: [session] },
  identity: { body: session.identity },
  identities: { body: [session.identity] },
  "login-success": { body: fixture("v1/login-success-api.json") },
  "registration-success": { body: fixture("v1/registration-success-api.json") },
  "logout-url": { body: fixture("v1/logout-url.json") },
  "flow-error": { body: fixture("v1/flow-error-no-resumable-session.json") },
  count: { body: { count: 2 } },
  object: { body: { answer: "object" } },
  array: { body: [{ answer: "item" }] },
  schemas: { body: [{ id: "default", schema: { type: "object" } }] },
  text: { headers: { "Content-Type": "text/javascript" }, rawBody: "window.x=1;" },
  empty: { status: 204 },
  // The admin answers, shaped as the models of openapi-ory-network-v0.2.json / openapi-v1.json
  // (the typed models of src/models/ read them).
  ...adminAnswers(),
  "not-found": { status: 404, body: { error: { code: 404, status: "Not Found", message: "Unable to locate the resource" } } },
};
/** Spec-shaped answers of the OAuth2, JWK, project, courier and recovery operations. */
function adminAnswers() {
  const client = {
    client_id: "c1", client_name: "app", redirect_uris: ["https://app.example/cb"], grant_types: ["authorization_code"],
    response_types: ["code"], scope: "openid", token_endpoint_auth_method: "none", contacts: null, metadata: {},
    authorization_code_grant_access_token_lifespan: null, created_at: "2024-01-01T00:00:00Z",
  };
  const key = { kty: "RSA", kid: "k1", use: "sig", alg: "RS256", n: "0vx7agoebGcQSuuPiLJXZpt", e: "AQAB" };
  const project = {
    id: "5b6b4c8e-0000-4000-8000-000000000001", name: "demo", slug: "demo-slug", state: "running",
    revision_id: "5b6b4c8e-0000-4000-8000-000000000002", services: { identity: { config: { session: { lifespan: "24h" } } } },
  };
  const issuer = {
    id: "i1", issuer: "https://issuer.example", subject: "s", scope: ["openid"], allow_any_subject: false,
    public_key: { kid: "k1", set: "trusted" }, expires_at: "2030-01-01T00:00:00Z", created_at: "2024-01-01T00:00:00Z",
  };
  const consent = {
    challenge: "ch", client, requested_scope: ["openid"], requested_access_token_audience: [], skip: false,
    subject: "s", request_url: "https://auth.example/oauth2/auth?client_id=c1", login_challenge: "lc", context: {},
  };
  return {
    client: { body: client },
    clients: { body: [client] },
    "consent-request": { body: consent },
    "login-request": { body: { challenge: "ch", client, requested_scope: ["openid"], requested_access_token_audience: [], skip: false, subject: "", request_url: consent.request_url } },
    "logout-request": { body: { challenge: "ch", subject: "s", sid: "sid1", request_url: "https://auth.example/oauth2/sessions/logout", rp_initiated: true, client } },
    redirect: { body: { redirect_to: "https://auth.example/oauth2/auth?client_id=c1&login_verifier=v1" } },
    "consent-sessions": { body: [{ consent_request: consent, grant_scope: ["openid"], grant_access_token_audience: [], remember: true, remember_for: 0, handled_at: "2024-01-01T00:00:00Z", session: { access_token: {}, id_token: {} } }] },
    introspection: { body: { active: true, client_id: "c1", sub: "s", scope: "openid", token_type: "Bearer", token_use: "access_token", exp: 1893456000, iat: 1704067200, iss: "https://auth.example", aud: [] } },
    token: { body: { access_token: "at", token_type: "bearer", expires_in: 3599, scope: "openid", id_token: "h.p.s", refresh_token: "rt" } },
    "oidc-configuration": { body: {
      issuer: "https://auth.example", authorization_endpoint: "https://auth.example/oauth2/auth", token_endpoint: "https://auth.example/oauth2/token",
      jwks_uri: "https://auth.example/.well-known/jwks.json", subject_types_supported: ["public"], response_types_supported: ["code"],
      id_token_signing_alg_values_supported: ["RS256"], id_token_signed_response_alg: ["RS256"], userinfo_signed_response_alg: ["none"],
    } },
    userinfo: { body: { sub: "s", email: "ada@example.com", email_verified: true } },
    issuer: { body: issuer },
    issuers: { body: [issuer] },
    jwks: { body: { keys: [key] } },
    jwk: { body: key },
    project: { body: project },
    projects: { body: [{ id: project.id, name: "demo", slug: "demo-slug", state: "running", hosts: ["demo.projects.oryapis.com"], subscription_id: null, created_at: "2024-01-01T00:00:00Z", updated_at: "2024-01-01T00:00:00Z" }] },
    "project-update": { body: { project, warnings: [] } },
    members: { body: [{ id: "5b6b4c8e-0000-4000-8000-000000000003", email: "ada@example.com", name: "Ada" }] },
    "api-key": { body: { id: "t1", name: "ci", owner_id: "o1", project_id: project.id, value: "ory_pat_x" } },
    "api-keys": { body: [{ id: "t1", name: "ci", owner_id: "o1", project_id: project.id }] },
    messages: { body: [{
      id: "m1", status: "sent", type: "email", recipient: "ada@example.com", body: "code 123456", subject: "Recover access",
      template_type: "recovery_code_valid", send_count: 1, created_at: "2024-01-01T00:00:00Z", updated_at: "2024-01-01T00:00:00Z", dispatches: [],
    }] },
    "recovery-code": { body: { recovery_code: "123456", recovery_link: "https://auth.example/self-service/recovery?flow=f1", expires_at: "2030-01-01T00:00:00Z" } },
    "recovery-link": { body: { recovery_link: "https://auth.example/self-service/recovery?flow=f1&token=t1", expires_at: "2030-01-01T00:00:00Z" } },
  };
}

server.fallback((request) => {
  const match = /^\/compat\/([a-z-]+)\//.exec(request.path);
  return match ? compatAnswers[match[1]] : undefined;
});

// 127.0.0.1, the host the wasm-bindgen test page is served from: same site, cross origin.
console.log(`api: http://127.0.0.1:${server.port}`);
