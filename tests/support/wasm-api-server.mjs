// The peer of the Rust API's browser tests (tests/wasm_api.rs, run by wasm-bindgen-test in
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

// 127.0.0.1, the host the wasm-bindgen test page is served from: same site, cross origin.
console.log(`api: http://127.0.0.1:${server.port}`);
