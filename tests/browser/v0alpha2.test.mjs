// End-to-end tests of the built package's V0alpha2Api (the old axios-style client) in headless
// Chromium: every method once with positional arguments, asserting the request and the
// `{ data, status, headers }` result. Same layout as frontend.test.mjs: page and API on two
// localhost ports.
import assert from "node:assert/strict";
import { after, before, beforeEach, describe, it } from "node:test";

import { assertRequest, onlyRequest } from "../support/assert-request.mjs";
import { callInPage, expectError, expectOk, launchBrowser, openPage } from "../support/browser.mjs";
import { fixture, startServer } from "../support/recording-server.mjs";
import { v0alpha2OperationIds } from "../support/spec.mjs";

let browser, pageServer, api, context, page;

before(async () => {
  pageServer = await startServer({ static: ["/pkg/", "/tests/browser/"] });
  api = await startServer({ allowOrigins: [pageServer.origin] });
  browser = await launchBrowser();
  ({ context, page } = await openPage(browser, `${pageServer.origin}/tests/browser/harness.html`));
});

after(async () => {
  await browser?.close();
  await api?.close();
  await pageServer?.close();
});

beforeEach(async () => {
  api.reset();
  await context.clearCookies();
  // A session cookie in the jar, so each case can tell "cookies sent" from "cookies omitted".
  await context.addCookies([
    { name: "ory_kratos_session", value: "cookie-session-value", domain: "localhost", path: "/", httpOnly: true, sameSite: "Lax" },
  ]);
});

function v0alpha2(method, args) {
  return callInPage(page, { api: "V0alpha2Api", config: { basePath: api.origin }, method, args });
}

const FLOW = "a9d1a3c0-2d3f-4f5e-8d2b-6d3b1c9e8f70";
const TOKEN = "ory_st_V0alpha2SessionToken";
const RETURN_TO = "https://app.example/home?tab=a b&x=1";
const JS = "window.__oryWebAuthnLogin = function () {};\n";

const session = fixture("v0/session-aal2-password-totp.json");
const loginSuccess = { session, session_token: TOKEN };
const registrationSuccess = { identity: session.identity, session };
const identitySchemas = [{ id: "default", schema: { $id: "https://schemas.ory.sh/presets/kratos/identity.email.schema.json", type: "object" } }];
const jsonSchema = { $schema: "http://json-schema.org/draft-07/schema#", title: "Person", type: "object", properties: { traits: { type: "object" } } };
// v0.10.1 has no settings flow capture; the v1 one has the same required members.
const settingsFlow = fixture("v1/settings-flow-unlink-all-methods.json");

// Arguments are positional: the spec's parameters in order with the body appended, stably
// sorted required-first; the last argument is the options object. Its `X-Call` header proves
// that every argument landed in the right position (a shifted list would lose it).
const CASES = [
  {
    method: "getWebAuthnJavaScript",
    args: [],
    route: { rawBody: JS, headers: { "Content-Type": "text/javascript; charset=UTF-8" } },
    request: { method: "GET", path: "/.well-known/ory/webauthn.js", cookie: true },
    data: JS,
  },
  {
    method: "listIdentitySchemas",
    args: [50, 2],
    route: { body: identitySchemas },
    request: { method: "GET", path: "/schemas", query: { per_page: "50", page: "2" }, cookie: true },
  },
  {
    method: "getJsonSchema",
    args: ["default/v1"],
    route: { body: jsonSchema },
    request: { method: "GET", path: "/schemas/default%2Fv1", cookie: true },
  },
  {
    method: "getSelfServiceError",
    args: ["error-id"],
    route: { body: fixture("v0/flow-error-no-resumable-session.json") },
    request: { method: "GET", path: "/self-service/errors", query: { id: "error-id" }, cookie: true },
  },
  {
    method: "submitSelfServiceLoginFlow",
    args: [FLOW, { method: "password", password_identifier: "alice@example.com", password: "secret-pw", csrf_token: "csrf-value" }, TOKEN, undefined],
    route: { body: loginSuccess },
    request: {
      method: "POST",
      path: "/self-service/login",
      query: { flow: FLOW },
      body: { method: "password", password_identifier: "alice@example.com", password: "secret-pw", csrf_token: "csrf-value" },
      sessionToken: TOKEN,
      cookie: false,
    },
  },
  {
    method: "initializeSelfServiceLoginFlowWithoutBrowser",
    args: [true, "aal2", TOKEN],
    route: { body: fixture("v0/login-flow-password-oidc.json") },
    request: { method: "GET", path: "/self-service/login/api", query: { refresh: "true", aal: "aal2" }, sessionToken: TOKEN, cookie: false },
  },
  {
    method: "initializeSelfServiceLoginFlowForBrowsers",
    args: [true, "aal1", RETURN_TO],
    route: { body: fixture("v0/login-flow-password-oidc.json") },
    request: { method: "GET", path: "/self-service/login/browser", query: { refresh: "true", aal: "aal1", return_to: RETURN_TO }, cookie: true },
  },
  {
    method: "getSelfServiceLoginFlow",
    args: [FLOW, undefined],
    route: { body: fixture("v0/login-flow-invalid-credentials.json") },
    request: { method: "GET", path: "/self-service/login/flows", query: { id: FLOW }, cookie: true },
  },
  {
    method: "submitSelfServiceLogoutFlow",
    args: ["logout-token", RETURN_TO],
    route: { status: 204 },
    request: { method: "GET", path: "/self-service/logout", query: { token: "logout-token", return_to: RETURN_TO }, cookie: true },
    status: 204,
    data: undefined,
  },
  {
    method: "submitSelfServiceLogoutFlowWithoutBrowser",
    args: [{ session_token: TOKEN }],
    route: { status: 204 },
    request: { method: "DELETE", path: "/self-service/logout/api", body: { session_token: TOKEN }, cookie: false },
    status: 204,
    data: undefined,
  },
  {
    method: "createSelfServiceLogoutFlowUrlForBrowsers",
    args: [undefined],
    route: { body: fixture("v0/logout-url.json") },
    request: { method: "GET", path: "/self-service/logout/browser", cookie: true },
  },
  {
    method: "submitSelfServiceRecoveryFlow",
    args: [FLOW, { method: "link", email: "alice@example.com", csrf_token: "csrf-value" }, "recovery-token", undefined],
    route: { body: fixture("v0/recovery-flow-link.json") },
    request: {
      method: "POST",
      path: "/self-service/recovery",
      query: { flow: FLOW, token: "recovery-token" },
      body: { method: "link", email: "alice@example.com", csrf_token: "csrf-value" },
      cookie: true,
    },
  },
  {
    method: "initializeSelfServiceRecoveryFlowWithoutBrowser",
    args: [],
    route: { body: fixture("v0/recovery-flow-link.json") },
    request: { method: "GET", path: "/self-service/recovery/api", cookie: false },
  },
  {
    method: "initializeSelfServiceRecoveryFlowForBrowsers",
    args: [RETURN_TO],
    route: { body: fixture("v0/recovery-flow-link.json") },
    request: { method: "GET", path: "/self-service/recovery/browser", query: { return_to: RETURN_TO }, cookie: true },
  },
  {
    method: "getSelfServiceRecoveryFlow",
    args: [FLOW, undefined],
    route: { body: fixture("v0/recovery-flow-link.json") },
    request: { method: "GET", path: "/self-service/recovery/flows", query: { id: FLOW }, cookie: true },
  },
  {
    method: "submitSelfServiceRegistrationFlow",
    args: [FLOW, { method: "password", password: "secret-pw", traits: { email: "alice@example.com", firstName: "Alice" }, csrf_token: "csrf-value" }, undefined],
    route: { body: registrationSuccess },
    request: {
      method: "POST",
      path: "/self-service/registration",
      query: { flow: FLOW },
      body: { method: "password", password: "secret-pw", traits: { email: "alice@example.com", firstName: "Alice" }, csrf_token: "csrf-value" },
      cookie: true,
    },
  },
  {
    method: "initializeSelfServiceRegistrationFlowWithoutBrowser",
    args: [],
    route: { body: fixture("v0/registration-flow-password-oidc.json") },
    request: { method: "GET", path: "/self-service/registration/api", cookie: false },
  },
  {
    method: "initializeSelfServiceRegistrationFlowForBrowsers",
    args: [RETURN_TO],
    route: { body: fixture("v0/registration-flow-password-oidc.json") },
    request: { method: "GET", path: "/self-service/registration/browser", query: { return_to: RETURN_TO }, cookie: true },
  },
  {
    method: "getSelfServiceRegistrationFlow",
    args: [FLOW, undefined],
    route: { body: fixture("v0/registration-flow-password-oidc.json") },
    request: { method: "GET", path: "/self-service/registration/flows", query: { id: FLOW }, cookie: true },
  },
  {
    method: "submitSelfServiceSettingsFlow",
    args: [FLOW, { method: "profile", traits: { email: "alice@example.com" }, csrf_token: "csrf-value" }, TOKEN, undefined],
    route: { body: settingsFlow },
    request: {
      method: "POST",
      path: "/self-service/settings",
      query: { flow: FLOW },
      body: { method: "profile", traits: { email: "alice@example.com" }, csrf_token: "csrf-value" },
      sessionToken: TOKEN,
      cookie: false,
    },
  },
  {
    method: "initializeSelfServiceSettingsFlowWithoutBrowser",
    args: [TOKEN],
    route: { body: settingsFlow },
    request: { method: "GET", path: "/self-service/settings/api", sessionToken: TOKEN, cookie: false },
  },
  {
    method: "initializeSelfServiceSettingsFlowForBrowsers",
    args: [RETURN_TO],
    route: { body: settingsFlow },
    request: { method: "GET", path: "/self-service/settings/browser", query: { return_to: RETURN_TO }, cookie: true },
  },
  {
    method: "getSelfServiceSettingsFlow",
    args: [FLOW, TOKEN, undefined],
    route: { body: settingsFlow },
    request: { method: "GET", path: "/self-service/settings/flows", query: { id: FLOW }, sessionToken: TOKEN, cookie: false },
  },
  {
    method: "submitSelfServiceVerificationFlow",
    args: [FLOW, { method: "link", email: "alice@example.com", csrf_token: "csrf-value" }, "verification-token", undefined],
    route: { body: fixture("v0/verification-flow-link.json") },
    request: {
      method: "POST",
      path: "/self-service/verification",
      query: { flow: FLOW, token: "verification-token" },
      body: { method: "link", email: "alice@example.com", csrf_token: "csrf-value" },
      cookie: true,
    },
  },
  {
    method: "initializeSelfServiceVerificationFlowWithoutBrowser",
    args: [],
    route: { body: fixture("v0/verification-flow-link.json") },
    request: { method: "GET", path: "/self-service/verification/api", cookie: false },
  },
  {
    method: "initializeSelfServiceVerificationFlowForBrowsers",
    args: [RETURN_TO],
    route: { body: fixture("v0/verification-flow-link.json") },
    request: { method: "GET", path: "/self-service/verification/browser", query: { return_to: RETURN_TO }, cookie: true },
  },
  {
    method: "getSelfServiceVerificationFlow",
    args: [FLOW, undefined],
    route: { body: fixture("v0/verification-flow-link.json") },
    request: { method: "GET", path: "/self-service/verification/flows", query: { id: FLOW }, cookie: true },
  },
  {
    method: "revokeSessions",
    args: [TOKEN, undefined],
    route: { body: { count: 2 } },
    request: { method: "DELETE", path: "/sessions", sessionToken: TOKEN, cookie: false },
  },
  {
    method: "listSessions",
    args: [TOKEN, undefined, 25, 3],
    route: { body: [session] },
    request: { method: "GET", path: "/sessions", query: { per_page: "25", page: "3" }, sessionToken: TOKEN, cookie: false },
  },
  {
    method: "toSession",
    args: [TOKEN, undefined],
    route: { body: session, headers: { "X-Kratos-Authenticated-Identity-Id": session.identity.id } },
    request: { method: "GET", path: "/sessions/whoami", sessionToken: TOKEN, cookie: false },
  },
  {
    method: "revokeSession",
    args: ["session/1"],
    route: { status: 204 },
    request: { method: "DELETE", path: "/sessions/session%2F1", cookie: true },
    status: 204,
    data: undefined,
  },
];

describe("V0alpha2Api: every method with positional arguments", () => {
  it("covers all 31 v0alpha2 self-service/session/schema operations of openapi-v0.10.1.json", async () => {
    const ids = v0alpha2OperationIds();
    assert.equal(ids.length, 31);
    assert.deepEqual(CASES.map((c) => c.method).sort(), ids);
    const types = await page.evaluate((names) => {
      const client = new window.ory.V0alpha2Api(new window.ory.Configuration({ basePath: "http://localhost:1" }));
      return names.map((name) => `${name}: ${typeof client[name]}`);
    }, ids);
    assert.deepEqual(types, ids.map((name) => `${name}: function`));
  });

  for (const testCase of CASES) {
    it(testCase.method, async () => {
      api.route(testCase.request.method, testCase.request.path, testCase.route);
      const args = [...testCase.args, { headers: { "X-Call": testCase.method } }];
      const result = expectOk(await v0alpha2(testCase.method, args));

      const recorded = onlyRequest(api);
      assertRequest(recorded, testCase.request);
      assert.equal(recorded.headers["x-call"], testCase.method, "options must be the argument after the spec's parameters");

      const status = testCase.status ?? 200;
      assert.equal(result.status, status);
      assert.deepEqual(result.data, "data" in testCase ? testCase.data : testCase.route.body);
      // headers: a plain object with lower-case names (a Headers instance would arrive empty).
      assert.equal(typeof result.headers, "object");
      if (status !== 204) {
        assert.match(result.headers["content-type"] ?? "", testCase.route.rawBody ? /^text\/javascript/ : /^application\/json/);
      }
      for (const [name, value] of Object.entries(testCase.route.headers ?? {})) {
        assert.equal(result.headers[name.toLowerCase()], value, `response header ${name}`);
      }
    });
  }
});

describe("V0alpha2Api errors", () => {
  it("reject with OryError, as in FrontendApi", async () => {
    const body = fixture("v0/error-self-service-flow-expired-410.json");
    api.route("POST", "/self-service/login", { status: 410, body });
    const outcome = await v0alpha2("submitSelfServiceLoginFlow", [FLOW, { method: "password", password_identifier: "a", password: "b" }]);
    const error = expectError(outcome, "self_service_flow_expired");
    assert.equal(error.status, 410);
    assert.equal(error.useFlowId, body.use_flow_id);
    assert.deepEqual(error.response?.data, body);
  });

  it("a 400 with the v0 login flow is a flow_validation error", async () => {
    const flow = fixture("v0/login-flow-invalid-credentials.json");
    api.route("POST", "/self-service/login", { status: 400, body: flow });
    const outcome = await v0alpha2("submitSelfServiceLoginFlow", [FLOW, { method: "password", password_identifier: "a", password: "b" }]);
    const error = expectError(outcome, "flow_validation");
    assert.deepEqual(error.flow, flow);
  });

  it("the v0 whoami 401 (no error id) from toSession is session_inactive", async () => {
    api.route("GET", "/sessions/whoami", { status: 401, body: fixture("v0/error-whoami-401.json") });
    const error = expectError(await v0alpha2("toSession", []), "session_inactive");
    assert.equal(error.status, 401);
  });
});
