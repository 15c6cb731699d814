// End-to-end tests of the built package's FrontendApi in headless Chromium.
//
// The page (tests/browser/harness.html) is served from http://localhost:<pagePort>, the fake
// Kratos from http://localhost:<apiPort>: cross-origin but same-site, exactly like an SPA talking
// to Kratos on another port, so CORS with credentials and SameSite=Lax cookies are exercised.
import assert from "node:assert/strict";
import { after, before, beforeEach, describe, it } from "node:test";

import { assertRequest, onlyRequest } from "../support/assert-request.mjs";
import { callInPage, expectError, expectOk, launchBrowser, openPage } from "../support/browser.mjs";
import { closedPort, fixture, fixtureNames, startServer } from "../support/recording-server.mjs";
import { frontendOperationIds } from "../support/spec.mjs";

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
  pageServer.reset();
  await context.clearCookies();
});

/** Calls `FrontendApi.method(...args)` in the page against the fake Kratos (browser mode by default). */
function frontend(method, args = [], config = {}) {
  return callInPage(page, { api: "FrontendApi", config: { basePath: api.origin, ...config }, method, args });
}

// A session cookie in the jar, so every test can tell "cookies sent" from "cookies omitted".
async function seedSessionCookie() {
  await context.addCookies([
    { name: "ory_kratos_session", value: "cookie-session-value", domain: "localhost", path: "/", httpOnly: true, sameSite: "Lax" },
  ]);
}

const FLOW = "4253b0f4-a6d9-4b0a-ba31-00e5cc1c14aa";
const TOKEN = "ory_st_FrontendSessionToken123";
// Characters that must be percent-encoded in a query value: space, &, =, #, /, ?, non-ASCII.
const RETURN_TO = "https://app.example/welcome?next=/a b&lang=fr#top é";
const JS = "window.oryWebAuthnLogin = function () {};\n";

// ---------------------------------------------------------------------------------------------
// One case per FrontendApi method, every spec parameter set (except `cookie`, which a browser
// cannot send). `cookie`: whether the request must carry the jar's cookies — browser endpoints
// do; native endpoints and calls with xSessionToken must not.
const METHOD_CASES = [
  {
    method: "getWebAuthnJavaScript",
    args: [],
    route: { rawBody: JS, headers: { "Content-Type": "text/javascript; charset=UTF-8" } },
    request: { method: "GET", path: "/.well-known/ory/webauthn.js", cookie: true },
    expected: JS,
  },
  {
    method: "getFlowError",
    args: [{ id: "error id/1" }],
    route: { body: fixture("v1/flow-error-no-resumable-session.json") },
    request: { method: "GET", path: "/self-service/errors", query: { id: "error id/1" }, cookie: true },
  },
  {
    method: "updateLoginFlow",
    args: [
      {
        flow: FLOW,
        xSessionToken: TOKEN,
        updateLoginFlowBody: {
          method: "password",
          identifier: "alice@example.com",
          password: "correct horse battery staple",
          csrfToken: "csrf-value",
          transientPayload: { nestedCamelCase: { keepMe: true } },
        },
      },
    ],
    route: { body: fixture("v1/login-success-browser.json") },
    request: {
      method: "POST",
      path: "/self-service/login",
      query: { flow: FLOW },
      sessionToken: TOKEN,
      cookie: false,
      body: {
        method: "password",
        identifier: "alice@example.com",
        password: "correct horse battery staple",
        csrf_token: "csrf-value",
        transient_payload: { nestedCamelCase: { keepMe: true } },
      },
    },
  },
  {
    method: "createNativeLoginFlow",
    args: [{ refresh: true, aal: "aal2", xSessionToken: TOKEN, returnSessionTokenExchangeCode: true, returnTo: RETURN_TO, via: "email" }],
    route: { body: fixture("v1/login-flow-password-api.json") },
    request: {
      method: "GET",
      path: "/self-service/login/api",
      query: { refresh: "true", aal: "aal2", return_session_token_exchange_code: "true", return_to: RETURN_TO, via: "email" },
      sessionToken: TOKEN,
      cookie: false,
    },
  },
  {
    method: "createBrowserLoginFlow",
    args: [{ refresh: true, aal: "aal1", returnTo: RETURN_TO, loginChallenge: "hydra/challenge 1", organization: "org-1", via: "phone" }],
    route: { body: fixture("v1/login-flow-password-browser.json") },
    request: {
      method: "GET",
      path: "/self-service/login/browser",
      query: { refresh: "true", aal: "aal1", return_to: RETURN_TO, login_challenge: "hydra/challenge 1", organization: "org-1", via: "phone" },
      cookie: true,
    },
  },
  {
    method: "getLoginFlow",
    args: [{ id: FLOW }],
    route: { body: fixture("v1/login-flow-password-browser.json") },
    request: { method: "GET", path: "/self-service/login/flows", query: { id: FLOW }, cookie: true },
  },
  {
    method: "updateLogoutFlow",
    args: [{ token: "logout token/1", returnTo: RETURN_TO }],
    route: { status: 204 },
    request: { method: "GET", path: "/self-service/logout", query: { token: "logout token/1", return_to: RETURN_TO }, cookie: true },
    expected: undefined,
  },
  {
    method: "performNativeLogout",
    args: [{ performNativeLogoutBody: { sessionToken: TOKEN } }],
    route: { status: 204 },
    request: { method: "DELETE", path: "/self-service/logout/api", body: { session_token: TOKEN }, cookie: false },
    expected: undefined,
  },
  {
    method: "createBrowserLogoutFlow",
    args: [{ returnTo: RETURN_TO }],
    route: { body: fixture("v1/logout-url.json") },
    request: { method: "GET", path: "/self-service/logout/browser", query: { return_to: RETURN_TO }, cookie: true },
  },
  {
    method: "updateRecoveryFlow",
    args: [{ flow: FLOW, token: "recovery-token", updateRecoveryFlowBody: { method: "code", email: "alice@example.com", csrfToken: "csrf-value" } }],
    route: { body: fixture("v1/recovery-flow-code-sent.json") },
    request: {
      method: "POST",
      path: "/self-service/recovery",
      query: { flow: FLOW, token: "recovery-token" },
      body: { method: "code", email: "alice@example.com", csrf_token: "csrf-value" },
      cookie: true,
    },
  },
  {
    method: "createNativeRecoveryFlow",
    args: [],
    route: { body: fixture("v1/recovery-flow-code.json") },
    request: { method: "GET", path: "/self-service/recovery/api", cookie: false },
  },
  {
    method: "createBrowserRecoveryFlow",
    args: [{ returnTo: RETURN_TO }],
    route: { body: fixture("v1/recovery-flow-code.json") },
    request: { method: "GET", path: "/self-service/recovery/browser", query: { return_to: RETURN_TO }, cookie: true },
  },
  {
    method: "getRecoveryFlow",
    args: [{ id: FLOW }],
    route: { body: fixture("v1/recovery-flow-code-sent.json") },
    request: { method: "GET", path: "/self-service/recovery/flows", query: { id: FLOW }, cookie: true },
  },
  {
    method: "updateRegistrationFlow",
    args: [
      {
        flow: FLOW,
        updateRegistrationFlowBody: {
          method: "password",
          password: "correct horse battery staple",
          // Traits follow the identity schema: their keys are the user's, never renamed.
          traits: { email: "alice@example.com", name: { firstName: "Alice", last_name: "Liddell" } },
          csrfToken: "csrf-value",
        },
      },
    ],
    route: { body: fixture("v1/registration-success-browser.json") },
    request: {
      method: "POST",
      path: "/self-service/registration",
      query: { flow: FLOW },
      body: {
        method: "password",
        password: "correct horse battery staple",
        traits: { email: "alice@example.com", name: { firstName: "Alice", last_name: "Liddell" } },
        csrf_token: "csrf-value",
      },
      cookie: true,
    },
  },
  {
    method: "createNativeRegistrationFlow",
    args: [{ returnSessionTokenExchangeCode: true, returnTo: RETURN_TO }],
    route: { body: fixture("v1/registration-flow-password-browser.json") },
    request: {
      method: "GET",
      path: "/self-service/registration/api",
      query: { return_session_token_exchange_code: "true", return_to: RETURN_TO },
      cookie: false,
    },
  },
  {
    method: "createBrowserRegistrationFlow",
    args: [{ returnTo: RETURN_TO, loginChallenge: "hydra-challenge", afterVerificationReturnTo: "https://app.example/verified", organization: "org-2" }],
    route: { body: fixture("v1/registration-flow-password-browser.json") },
    request: {
      method: "GET",
      path: "/self-service/registration/browser",
      query: {
        return_to: RETURN_TO,
        login_challenge: "hydra-challenge",
        after_verification_return_to: "https://app.example/verified",
        organization: "org-2",
      },
      cookie: true,
    },
  },
  {
    method: "getRegistrationFlow",
    args: [{ id: FLOW }],
    route: { body: fixture("v1/registration-flow-password-browser.json") },
    request: { method: "GET", path: "/self-service/registration/flows", query: { id: FLOW }, cookie: true },
  },
  {
    method: "updateSettingsFlow",
    args: [
      {
        flow: FLOW,
        xSessionToken: TOKEN,
        updateSettingsFlowBody: { method: "profile", traits: { email: "alice@example.com", newsletterOptIn: true }, csrfToken: "csrf-value" },
      },
    ],
    route: { body: fixture("v1/settings-flow-unlink-all-methods.json") },
    request: {
      method: "POST",
      path: "/self-service/settings",
      query: { flow: FLOW },
      sessionToken: TOKEN,
      body: { method: "profile", traits: { email: "alice@example.com", newsletterOptIn: true }, csrf_token: "csrf-value" },
      cookie: false,
    },
  },
  {
    method: "createNativeSettingsFlow",
    args: [{ xSessionToken: TOKEN }],
    route: { body: fixture("v1/settings-flow-unlink-all-methods.json") },
    request: { method: "GET", path: "/self-service/settings/api", sessionToken: TOKEN, cookie: false },
  },
  {
    method: "createBrowserSettingsFlow",
    args: [{ returnTo: RETURN_TO }],
    route: { body: fixture("v1/settings-flow-lookup-secret-generated.json") },
    request: { method: "GET", path: "/self-service/settings/browser", query: { return_to: RETURN_TO }, cookie: true },
  },
  {
    method: "getSettingsFlow",
    args: [{ id: FLOW, xSessionToken: TOKEN }],
    route: { body: fixture("v1/settings-flow-unlink-all-methods.json") },
    request: { method: "GET", path: "/self-service/settings/flows", query: { id: FLOW }, sessionToken: TOKEN, cookie: false },
  },
  {
    method: "updateVerificationFlow",
    args: [{ flow: FLOW, token: "verification-token", updateVerificationFlowBody: { method: "code", code: "123456", csrfToken: "csrf-value" } }],
    route: { body: fixture("v1/verification-flow-code-sent.json") },
    request: {
      method: "POST",
      path: "/self-service/verification",
      query: { flow: FLOW, token: "verification-token" },
      body: { method: "code", code: "123456", csrf_token: "csrf-value" },
      cookie: true,
    },
  },
  {
    method: "createNativeVerificationFlow",
    args: [],
    route: { body: fixture("v1/verification-flow-code.json") },
    request: { method: "GET", path: "/self-service/verification/api", cookie: false },
  },
  {
    method: "createBrowserVerificationFlow",
    args: [{ returnTo: RETURN_TO }],
    route: { body: fixture("v1/verification-flow-code.json") },
    request: { method: "GET", path: "/self-service/verification/browser", query: { return_to: RETURN_TO }, cookie: true },
  },
  {
    method: "getVerificationFlow",
    args: [{ id: FLOW }],
    route: { body: fixture("v1/verification-flow-code-sent.json") },
    request: { method: "GET", path: "/self-service/verification/flows", query: { id: FLOW }, cookie: true },
  },
  {
    method: "listMySessions",
    args: [{ perPage: 25, page: 2, pageSize: 10, pageToken: "next/page token", xSessionToken: TOKEN }],
    route: { body: [fixture("v1/session-whoami.json")] },
    request: {
      method: "GET",
      path: "/sessions",
      query: { per_page: "25", page: "2", page_size: "10", page_token: "next/page token" },
      sessionToken: TOKEN,
      cookie: false,
    },
  },
  {
    method: "disableMyOtherSessions",
    args: [{ xSessionToken: TOKEN }],
    route: { body: { count: 3 } },
    request: { method: "DELETE", path: "/sessions", sessionToken: TOKEN, cookie: false },
  },
  {
    method: "exchangeSessionToken",
    args: [{ initCode: "init/code 1", returnToCode: "return-to code&2" }],
    route: { body: fixture("v1/login-success-api.json") },
    request: {
      method: "GET",
      path: "/sessions/token-exchange",
      query: { init_code: "init/code 1", return_to_code: "return-to code&2" },
      cookie: false,
    },
  },
  {
    method: "toSession",
    args: [{ xSessionToken: TOKEN, tokenizeAs: "jwt_example_template" }],
    route: { body: fixture("v1/session-whoami.json") },
    request: { method: "GET", path: "/sessions/whoami", query: { tokenize_as: "jwt_example_template" }, sessionToken: TOKEN, cookie: false },
  },
  {
    method: "disableMySession",
    args: [{ id: "a/b", xSessionToken: TOKEN }],
    route: { status: 204 },
    // The path parameter is percent-encoded: `/` must not create a new path segment.
    request: { method: "DELETE", path: "/sessions/a%2Fb", sessionToken: TOKEN, cookie: false },
    expected: undefined,
  },
];

describe("FrontendApi: every method sends the request of the spec and resolves to the body", () => {
  it("covers all 30 frontend operations of openapi-v1.json", async () => {
    const ids = frontendOperationIds();
    assert.equal(ids.length, 30);
    assert.deepEqual(METHOD_CASES.map((c) => c.method).sort(), ids);
    const types = await page.evaluate((names) => {
      const client = new window.ory.FrontendApi(new window.ory.Configuration({ basePath: "http://localhost:1" }));
      return names.map((name) => `${name}: ${typeof client[name]}`);
    }, ids);
    assert.deepEqual(types, ids.map((name) => `${name}: function`));
  });

  for (const testCase of METHOD_CASES) {
    it(testCase.method, async () => {
      await seedSessionCookie();
      api.route(testCase.request.method, testCase.request.path, testCase.route);
      const value = expectOk(await frontend(testCase.method, testCase.args));
      assertRequest(onlyRequest(api), testCase.request);
      // The resolved value is JSON.parse of the body: every field, nulls and nanosecond strings kept.
      const expected = "expected" in testCase ? testCase.expected : testCase.route.body;
      assert.deepEqual(value, expected);
    });
  }

  it("keeps nulls and nanosecond timestamps of the login flow exactly", async () => {
    const flow = fixture("v1/login-flow-password-browser.json");
    assert.equal(flow.oauth2_login_challenge, null); // the fixture has what this test is about
    api.route("GET", "/self-service/login/flows", { body: flow });
    const value = expectOk(await frontend("getLoginFlow", [{ id: FLOW }]));
    assert.equal(value.oauth2_login_challenge, null);
    assert.equal(value.expires_at, "2023-01-24T13:53:30.344286509Z");
    assert.deepEqual(value, flow);
  });
});

describe("cookies and credentials", () => {
  const CSRF_COOKIE = "csrf_token_0123abcd=masked-csrf-value";

  it("a cookie set when a browser flow is created travels with the next browser-mode call", async () => {
    api.route("GET", "/self-service/login/browser", {
      body: fixture("v1/login-flow-password-browser.json"),
      setCookie: `${CSRF_COOKIE}; Path=/; HttpOnly; SameSite=Lax`,
    });
    api.route("GET", "/self-service/login/flows", { body: fixture("v1/login-flow-password-browser.json") });
    expectOk(await frontend("createBrowserLoginFlow", [{}]));
    expectOk(await frontend("getLoginFlow", [{ id: FLOW }]));
    assert.equal(api.requests.length, 2);
    assertRequest(api.requests[1], { method: "GET", path: "/self-service/login/flows", query: { id: FLOW }, cookie: CSRF_COOKIE });
  });

  it('mode: "native" sends no cookies', async () => {
    await seedSessionCookie();
    api.route("GET", "/self-service/login/flows", { body: fixture("v1/login-flow-password-browser.json") });
    expectOk(await frontend("getLoginFlow", [{ id: FLOW }], { mode: "native" }));
    assertRequest(onlyRequest(api), { method: "GET", path: "/self-service/login/flows", query: { id: FLOW }, cookie: false });
  });

  it("a call carrying xSessionToken sends the header and no cookies", async () => {
    await seedSessionCookie();
    api.route("GET", "/sessions/whoami", { body: fixture("v1/session-whoami.json") });
    expectOk(await frontend("toSession", [{ xSessionToken: TOKEN }]));
    assertRequest(onlyRequest(api), { method: "GET", path: "/sessions/whoami", sessionToken: TOKEN, cookie: false });
  });

  it("the same call without a token sends the cookies", async () => {
    await seedSessionCookie();
    api.route("GET", "/sessions/whoami", { body: fixture("v1/session-whoami.json") });
    expectOk(await frontend("toSession", [{}]));
    assertRequest(onlyRequest(api), { method: "GET", path: "/sessions/whoami", cookie: "ory_kratos_session=cookie-session-value" });
  });

  it("native endpoints send no cookies even in browser mode", async () => {
    await seedSessionCookie();
    api.route("GET", "/self-service/login/api", { body: fixture("v1/login-flow-password-api.json") });
    api.route("DELETE", "/self-service/logout/api", { status: 204 });
    api.route("GET", "/sessions/token-exchange", { body: fixture("v1/login-success-api.json") });
    expectOk(await frontend("createNativeLoginFlow", [{}]));
    expectOk(await frontend("performNativeLogout", [{ performNativeLogoutBody: { sessionToken: TOKEN } }]));
    expectOk(await frontend("exchangeSessionToken", [{ initCode: "i", returnToCode: "r" }]));
    assert.equal(api.requests.length, 3);
    for (const recorded of api.requests) {
      assert.equal(recorded.headers.cookie, undefined, `${recorded.method} ${recorded.path} must not carry cookies`);
    }
  });
});

describe("basePath, configuration headers and per-call headers", () => {
  it("accepts a prefix with a trailing slash", async () => {
    api.route("GET", "/api/kratos/public/sessions/whoami", { body: fixture("v1/session-whoami.json") });
    expectOk(await frontend("toSession", [{}], { basePath: `${api.origin}/api/kratos/public/` }));
    assertRequest(onlyRequest(api), { method: "GET", path: "/api/kratos/public/sessions/whoami" });
  });

  it("accepts a same-origin path", async () => {
    // The page server answers too: a path basePath resolves against the page origin.
    pageServer.route("GET", "/api/kratos/public/sessions/whoami", { body: fixture("v1/session-whoami.json") });
    expectOk(await frontend("toSession", [{}], { basePath: "/api/kratos/public" }));
    assertRequest(onlyRequest(pageServer), { method: "GET", path: "/api/kratos/public/sessions/whoami" });
    assert.equal(api.requests.length, 0);
  });

  it("sends Configuration.headers and options.headers", async () => {
    api.route("GET", "/sessions/whoami", { body: fixture("v1/session-whoami.json") });
    const outcome = await frontend("toSession", [{}, { headers: { "X-Request-Id": "req-1" } }], { headers: { "X-Tenant": "tenant-1" } });
    expectOk(outcome);
    const recorded = onlyRequest(api);
    assert.equal(recorded.headers["x-tenant"], "tenant-1");
    assert.equal(recorded.headers["x-request-id"], "req-1");
    assert.equal(recorded.headers.accept, "application/json");
  });
});

describe("timeouts and aborts", () => {
  it('options.timeoutMs elapsing rejects with kind "timeout"', async () => {
    api.route("GET", "/sessions/whoami", { body: fixture("v1/session-whoami.json"), delay: 2000 });
    const outcome = await frontend("toSession", [{}, { timeoutMs: 200 }]);
    const error = expectError(outcome, "timeout");
    assert.equal(error.status, 0);
    assert.ok(outcome.elapsedMs < 1500, `gave up after ${Math.round(outcome.elapsedMs)} ms, expected about 200 ms`);
  });

  it('Configuration.timeoutMs applies to every call', async () => {
    api.route("GET", "/sessions/whoami", { body: fixture("v1/session-whoami.json"), delay: 2000 });
    const outcome = await frontend("toSession", [{}], { timeoutMs: 200 });
    expectError(outcome, "timeout");
    assert.ok(outcome.elapsedMs < 1500, `gave up after ${Math.round(outcome.elapsedMs)} ms, expected about 200 ms`);
  });

  it('aborting the caller\'s signal mid-request rejects with kind "aborted"', async () => {
    api.route("GET", "/sessions/whoami", { body: fixture("v1/session-whoami.json"), delay: 2000 });
    const pending = callInPage(page, {
      config: { basePath: api.origin },
      method: "toSession",
      args: [{}, {}],
      signal: { id: "mid", at: 1 },
    });
    // Abort only once the server holds the request: this is a real in-flight abort.
    await api.waitForRequest((r) => r.path === "/sessions/whoami");
    await page.evaluate(() => window.oryAbort("mid"));
    const outcome = await pending;
    const error = expectError(outcome, "aborted");
    assert.equal(error.status, 0);
    assert.ok(outcome.elapsedMs < 1500, `settled after ${Math.round(outcome.elapsedMs)} ms`);
  });

  it('an already aborted signal rejects with kind "aborted" and sends nothing', async () => {
    api.route("GET", "/sessions/whoami", { body: fixture("v1/session-whoami.json") });
    const outcome = await callInPage(page, {
      config: { basePath: api.origin },
      method: "toSession",
      args: [{}, {}],
      signal: { id: "pre", at: 1, before: true },
    });
    expectError(outcome, "aborted");
    // A request sent anyway would have been recorded before the call could settle; give a
    // stray fetch a moment to show up all the same.
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(api.requests.length, 0);
  });
});

describe("network failures", () => {
  it('a closed port rejects with kind "network" and status 0', async () => {
    const port = await closedPort();
    const outcome = await frontend("toSession", [{}], { basePath: `http://localhost:${port}` });
    const error = expectError(outcome, "network");
    assert.equal(error.status, 0);
  });

  it('a server that does not allow the page origin (CORS) rejects with kind "network"', async () => {
    const strict = await startServer({ allowOrigins: [] });
    try {
      strict.route("GET", "/sessions/whoami", { body: fixture("v1/session-whoami.json") });
      const outcome = await frontend("toSession", [{}], { basePath: strict.origin });
      const error = expectError(outcome, "network");
      assert.equal(error.status, 0);
    } finally {
      await strict.close();
    }
  });
});

describe("error mapping", () => {
  // Every v1 error fixture, status from the file name. The whoami 401 has no error.id: from
  // toSession it means "not signed in" (session_inactive); the others go through getLoginFlow.
  for (const name of fixtureNames("v1", /^error-.*-\d{3}\.json$/)) {
    it(name, async () => {
      const status = Number(/-(\d{3})\.json$/.exec(name)[1]);
      const body = fixture(`v1/${name}`);
      const viaWhoami = name === "error-whoami-401.json";
      const expectedKind = body.error.id ?? (viaWhoami ? "session_inactive" : "http");
      if (viaWhoami) {
        api.route("GET", "/sessions/whoami", { status, body });
      } else {
        api.route("GET", "/self-service/login/flows", { status, body });
      }
      const outcome = viaWhoami ? await frontend("toSession", [{}]) : await frontend("getLoginFlow", [{ id: FLOW }]);
      const error = expectError(outcome, expectedKind);
      assert.equal(error.status, status);
      assert.deepEqual(error.body, body);
      assert.equal(error.errorId ?? undefined, body.error.id);
      assert.equal(error.reason, body.error.reason);
      if (body.error.details) assert.deepEqual(error.details, body.error.details);
      if (body.use_flow_id) assert.equal(error.useFlowId, body.use_flow_id);
      if (body.redirect_browser_to) assert.equal(error.redirectBrowserTo, body.redirect_browser_to);
      // `response` is a Fetch Response rebuilt from the body, with the parsed body as `data`.
      assert.equal(error.response?.isResponse, true, "error.response must be a Response");
      assert.equal(error.response.status, status);
      assert.deepEqual(error.response.data, body);
      assert.deepEqual(error.response.json, body);
    });
  }

  it("v0 error-session-aal2-required-403 from toSession carries redirectBrowserTo", async () => {
    const body = fixture("v0/error-session-aal2-required-403.json");
    api.route("GET", "/sessions/whoami", { status: 403, body });
    const error = expectError(await frontend("toSession", [{}]), "session_aal2_required");
    assert.equal(error.status, 403);
    assert.equal(error.redirectBrowserTo, body.redirect_browser_to);
  });

  // Error ids without a fixture, and an id this SDK has never heard of (kept verbatim).
  const CONSTRUCTED = [
    { id: "session_refresh_required", status: 403, extra: { redirect_browser_to: "http://localhost:4433/self-service/login/browser?refresh=true" } },
    { id: "self_service_flow_replaced", status: 410, extra: { use_flow_id: "0c2f3b5e-9a8d-4c1b-9e7f-5d6a4b3c2e11" } },
    { id: "some_future_error_id", status: 400, extra: {} },
  ];
  for (const { id, status, extra } of CONSTRUCTED) {
    it(`${status} ${id}`, async () => {
      const body = { error: { id, code: status, status: "x", reason: `reason of ${id}`, message: `message of ${id}` }, ...extra };
      api.route("POST", "/self-service/settings", { status, body });
      const outcome = await frontend("updateSettingsFlow", [{ flow: FLOW, updateSettingsFlowBody: { method: "profile", traits: {} } }]);
      const error = expectError(outcome, id);
      assert.equal(error.status, status);
      assert.equal(error.errorId, id);
      if (extra.redirect_browser_to) assert.equal(error.redirectBrowserTo, extra.redirect_browser_to);
      if (extra.use_flow_id) assert.equal(error.useFlowId, extra.use_flow_id);
    });
  }

  it('a 400 carrying a flow rejects with kind "flow_validation" and the flow', async () => {
    const flow = fixture("v1/login-flow-password-browser.json");
    api.route("POST", "/self-service/login", { status: 400, body: flow });
    const outcome = await frontend("updateLoginFlow", [{ flow: FLOW, updateLoginFlowBody: { method: "password", identifier: "a", password: "b" } }]);
    const error = expectError(outcome, "flow_validation");
    assert.equal(error.status, 400);
    assert.deepEqual(error.flow, flow);
    assert.deepEqual(error.body, flow);
  });

  it('an HTML 500 page rejects with kind "http" and the text body', async () => {
    const html = "<html><body><h1>500 Internal Server Error</h1></body></html>";
    api.route("GET", "/self-service/login/flows", { status: 500, rawBody: html, headers: { "Content-Type": "text/html" } });
    const error = expectError(await frontend("getLoginFlow", [{ id: FLOW }]), "http");
    assert.equal(error.status, 500);
    assert.equal(error.body, html);
  });

  it('a 303 redirect is not followed and rejects with kind "http"', async () => {
    api.route("GET", "/self-service/login/browser", { status: 303, headers: { Location: `${api.origin}/redirect-target` } });
    api.route("GET", "/redirect-target", { body: fixture("v1/login-flow-password-browser.json") });
    expectError(await frontend("createBrowserLoginFlow", [{}]), "http");
    assert.deepEqual(api.requests.map((r) => r.path), ["/self-service/login/browser"], "the redirect must not be followed");
  });

  it("error messages never contain the request body, password or session token", async () => {
    const password = "pw-SECRET-7f3a";
    const token = "ory_st_SECRET-91bc";
    const call = () =>
      frontend("updateLoginFlow", [{ flow: FLOW, xSessionToken: token, updateLoginFlowBody: { method: "password", identifier: "alice", password } }]);
    api.route("POST", "/self-service/login", { status: 500, rawBody: "oops", headers: { "Content-Type": "text/plain" } });
    const outcomes = [await call()];
    api.route("POST", "/self-service/login", { status: 400, body: fixture("v1/login-flow-password-browser.json") });
    outcomes.push(await call());
    for (const outcome of outcomes) {
      assert.equal(outcome.ok, false);
      for (const text of [outcome.error.message, outcome.error.string, outcome.error.stack]) {
        assert.ok(!text.includes(password), `message leaks the password: ${text}`);
        assert.ok(!text.includes(token), `message leaks the session token: ${text}`);
        assert.ok(!text.includes('"identifier"'), `message leaks the request body: ${text}`);
      }
    }
  });
});

describe("decode errors on 2xx answers", () => {
  it("a flow without ui", async () => {
    const { ui, ...flow } = fixture("v1/login-flow-password-browser.json");
    assert.ok(ui);
    api.route("GET", "/self-service/login/flows", { body: flow });
    const error = expectError(await frontend("getLoginFlow", [{ id: FLOW }]), "decode");
    assert.match(error.message, /\bui\b/);
  });

  it("a session without id", async () => {
    const { id, ...session } = fixture("v1/session-whoami.json");
    assert.ok(id);
    api.route("GET", "/sessions/whoami", { body: session });
    const error = expectError(await frontend("toSession", [{}]), "decode");
    assert.match(error.message, /\bid\b/);
  });

  it("a JSON body with a non-JSON content type", async () => {
    api.route("GET", "/self-service/login/flows", {
      rawBody: JSON.stringify(fixture("v1/login-flow-password-browser.json")),
      headers: { "Content-Type": "text/html; charset=utf-8" },
    });
    expectError(await frontend("getLoginFlow", [{ id: FLOW }]), "decode");
  });

  it("truncated JSON", async () => {
    const text = JSON.stringify(fixture("v1/login-flow-password-browser.json"));
    api.route("GET", "/self-service/login/flows", { rawBody: text.slice(0, 200), headers: { "Content-Type": "application/json" } });
    expectError(await frontend("getLoginFlow", [{ id: FLOW }]), "decode");
  });

  it("a body that is not JSON at all", async () => {
    api.route("GET", "/sessions/whoami", { rawBody: "<html>hi</html>", headers: { "Content-Type": "application/json" } });
    expectError(await frontend("toSession", [{}]), "decode");
  });
});

describe("invalid arguments", () => {
  it("a javascript: basePath", async () => {
    const error = expectError(await frontend("toSession", [{}], { basePath: "javascript:alert(1)" }), "invalid_argument");
    assert.equal(error.status, 0);
  });

  it("a missing required parameter (updateLoginFlow without flow)", async () => {
    expectError(await frontend("updateLoginFlow", [{ updateLoginFlowBody: { method: "password", identifier: "a", password: "b" } }]), "invalid_argument");
    assert.equal(api.requests.length, 0);
  });

  it("a cookie parameter in a browser", async () => {
    expectError(await frontend("toSession", [{ cookie: "ory_kratos_session=abc" }]), "invalid_argument");
    assert.equal(api.requests.length, 0);
  });

  it("a forbidden header (User-Agent) in options.headers", async () => {
    expectError(await frontend("toSession", [{}, { headers: { "User-Agent": "evil" } }]), "invalid_argument");
    assert.equal(api.requests.length, 0);
  });
});
