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
  "not-found": { status: 404, body: { error: { code: 404, status: "Not Found", message: "Unable to locate the resource" } } },
};
server.fallback((request) => {
  const match = /^\/compat\/([a-z-]+)\//.exec(request.path);
  return match ? compatAnswers[match[1]] : undefined;
});

// 127.0.0.1, the host the wasm-bindgen test page is served from: same site, cross origin.
console.log(`api: http://127.0.0.1:${server.port}`);
