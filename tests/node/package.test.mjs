// The built package in Node (no browser): a server-side or CLI client talking to Kratos with
// session tokens, or forwarding the incoming request's cookies, against the recording server.
import assert from "node:assert/strict";
import { after, before, beforeEach, describe, it } from "node:test";

import { Configuration, FrontendApi, OryError, V0alpha2Api } from "../../pkg/index.js";
import { assertRequest, onlyRequest } from "../support/assert-request.mjs";
import { closedPort, fixture, fixtureNames, startServer } from "../support/recording-server.mjs";

let api;

before(async () => {
  api = await startServer();
});

after(async () => {
  await api?.close();
});

beforeEach(() => api.reset());

const TOKEN = "ory_st_NodeSessionToken456";
const FLOW = "4253b0f4-a6d9-4b0a-ba31-00e5cc1c14aa";

const nativeFrontend = (config = {}) => new FrontendApi(new Configuration({ basePath: api.origin, mode: "native", ...config }));
const defaultFrontend = (config = {}) => new FrontendApi(new Configuration({ basePath: api.origin, ...config }));

/** Awaits a promise that must reject with an OryError of `kind`; returns the error. */
async function rejectsWith(promise, kind) {
  let error;
  try {
    const value = await promise;
    assert.fail(`expected an OryError "${kind}", but the call resolved with ${JSON.stringify(value)?.slice(0, 200)}`);
  } catch (caught) {
    error = caught;
  }
  if (error instanceof assert.AssertionError) throw error;
  assert.ok(error instanceof OryError, `expected an OryError, got ${error?.name}: ${error?.message}`);
  assert.ok(error instanceof Error, "an OryError must be an instanceof Error");
  assert.equal(error.kind, kind, `kind (message: ${error.message})`);
  return error;
}

describe("exports", () => {
  it("importing pkg/index.js in Node initialises the wasm and exports the four names", () => {
    for (const exported of [Configuration, FrontendApi, OryError, V0alpha2Api]) assert.equal(typeof exported, "function");
    assert.ok(new OryError("m", { kind: "http" }) instanceof Error);
  });
});

describe("native mode", () => {
  it("createNativeLoginFlow sends X-Session-Token, no cookies, and resolves to the body", async () => {
    const flow = fixture("v1/login-flow-password-api.json");
    api.route("GET", "/self-service/login/api", { body: flow });
    const value = await nativeFrontend().createNativeLoginFlow({ refresh: true, xSessionToken: TOKEN });
    assertRequest(onlyRequest(api), {
      method: "GET",
      path: "/self-service/login/api",
      query: { refresh: "true" },
      sessionToken: TOKEN,
      cookie: false,
    });
    assert.deepEqual(value, flow);
  });

  it("updateLoginFlow posts the snake_case JSON body and resolves to {session_token, session}", async () => {
    const success = fixture("v1/login-success-api.json");
    api.route("POST", "/self-service/login", { body: success });
    const value = await nativeFrontend().updateLoginFlow({
      flow: FLOW,
      updateLoginFlowBody: { method: "password", identifier: "alice@example.com", password: "pw", transientPayload: { innerKey: 1 } },
    });
    assertRequest(onlyRequest(api), {
      method: "POST",
      path: "/self-service/login",
      query: { flow: FLOW },
      body: { method: "password", identifier: "alice@example.com", password: "pw", transient_payload: { innerKey: 1 } },
      cookie: false,
    });
    assert.deepEqual(value, success);
  });

  it("toSession with a token sends it only in X-Session-Token", async () => {
    const session = fixture("v1/session-whoami.json");
    api.route("GET", "/sessions/whoami", { body: session });
    const value = await nativeFrontend().toSession({ xSessionToken: TOKEN, tokenizeAs: "jwt" });
    assertRequest(onlyRequest(api), { method: "GET", path: "/sessions/whoami", query: { tokenize_as: "jwt" }, sessionToken: TOKEN, cookie: false });
    assert.deepEqual(value, session);
  });

  it("disableMySession percent-encodes the path parameter and resolves to undefined on 204", async () => {
    api.route("DELETE", "/sessions/a%2Fb", { status: 204 });
    const value = await nativeFrontend().disableMySession({ id: "a/b", xSessionToken: TOKEN });
    assertRequest(onlyRequest(api), { method: "DELETE", path: "/sessions/a%2Fb", sessionToken: TOKEN, cookie: false });
    assert.equal(value, undefined);
  });
});

describe("the cookie parameter in Node", () => {
  // A server rendering a page forwards its visitor's cookies to Kratos.
  const VISITOR_COOKIES = "ory_kratos_session=visitor-session; csrf_token_abc=xyz";

  it("FrontendApi.toSession({ cookie }) sends it as the Cookie header", async () => {
    api.route("GET", "/sessions/whoami", { body: fixture("v1/session-whoami.json") });
    await defaultFrontend().toSession({ cookie: VISITOR_COOKIES });
    assert.equal(onlyRequest(api).headers.cookie, VISITOR_COOKIES);
  });

  it('FrontendApi.toSession({ cookie }) with mode: "native" sends it as the Cookie header', async () => {
    api.route("GET", "/sessions/whoami", { body: fixture("v1/session-whoami.json") });
    await nativeFrontend().toSession({ cookie: VISITOR_COOKIES });
    assert.equal(onlyRequest(api).headers.cookie, VISITOR_COOKIES);
  });

  it("getLoginFlow({ id, cookie }) sends it as the Cookie header", async () => {
    api.route("GET", "/self-service/login/flows", { body: fixture("v1/login-flow-password-browser.json") });
    await defaultFrontend().getLoginFlow({ id: FLOW, cookie: VISITOR_COOKIES });
    assertRequest(onlyRequest(api), { method: "GET", path: "/self-service/login/flows", query: { id: FLOW }, cookie: "ory_kratos_session=visitor-session" });
    assert.equal(api.requests[0].headers.cookie, VISITOR_COOKIES);
  });

  it("V0alpha2Api.toSession(undefined, cookie) sends it and resolves to { data, status, headers }", async () => {
    const session = fixture("v0/session-aal2-password-totp.json");
    api.route("GET", "/sessions/whoami", { body: session, headers: { "X-Kratos-Authenticated-Identity-Id": session.identity.id } });
    const v0 = new V0alpha2Api(new Configuration({ basePath: api.origin }));
    const result = await v0.toSession(undefined, VISITOR_COOKIES);
    assert.equal(onlyRequest(api).headers.cookie, VISITOR_COOKIES);
    assert.equal(result.status, 200);
    assert.deepEqual(result.data, session);
    assert.equal(Object.getPrototypeOf(result.headers), Object.prototype, "headers must be a plain object");
    assert.equal(result.headers["x-kratos-authenticated-identity-id"], session.identity.id);
  });

  it("a User-Agent in options.headers is allowed outside a browser", async () => {
    api.route("GET", "/sessions/whoami", { body: fixture("v1/session-whoami.json") });
    await nativeFrontend().toSession({ xSessionToken: TOKEN }, { headers: { "User-Agent": "my-backend/1.0" } });
    assert.equal(onlyRequest(api).headers["user-agent"], "my-backend/1.0");
  });
});

describe("errors in Node are OryError", () => {
  for (const name of fixtureNames("v1", /^error-.*-\d{3}\.json$/)) {
    it(name, async () => {
      const status = Number(/-(\d{3})\.json$/.exec(name)[1]);
      const body = fixture(`v1/${name}`);
      api.route("GET", "/sessions/whoami", { status, body });
      // From toSession, a 401 without error.id means "not signed in".
      const error = await rejectsWith(nativeFrontend().toSession({ xSessionToken: TOKEN }), body.error.id ?? "session_inactive");
      assert.equal(error.status, status);
      assert.deepEqual(error.body, body);
      assert.ok(error.response instanceof Response, "error.response must be a Response");
      assert.equal(error.response.status, status);
      assert.deepEqual(error.response.data, body);
      assert.deepEqual(await error.response.json(), body);
      if (body.use_flow_id) assert.equal(error.useFlowId, body.use_flow_id);
      if (body.redirect_browser_to) assert.equal(error.redirectBrowserTo, body.redirect_browser_to);
      assert.ok(!error.message.includes(TOKEN), "the message must not contain the session token");
    });
  }

  it('a 400 with a flow is "flow_validation"', async () => {
    const flow = fixture("v1/login-flow-password-api.json");
    api.route("POST", "/self-service/login", { status: 400, body: flow });
    const error = await rejectsWith(
      nativeFrontend().updateLoginFlow({ flow: FLOW, updateLoginFlowBody: { method: "password", identifier: "a", password: "pw-SECRET" } }),
      "flow_validation",
    );
    assert.deepEqual(error.flow, flow);
    assert.ok(!error.message.includes("pw-SECRET"));
  });

  it('a 303 is not followed and is "http" with status 303', async () => {
    api.route("GET", "/self-service/login/api", { status: 303, headers: { Location: `${api.origin}/elsewhere` } });
    const error = await rejectsWith(nativeFrontend().createNativeLoginFlow({}), "http");
    assert.equal(error.status, 303);
    assert.deepEqual(api.requests.map((r) => r.path), ["/self-service/login/api"]);
  });

  it('a 200 flow without ui is "decode" naming ui', async () => {
    const { ui, ...flow } = fixture("v1/login-flow-password-api.json");
    assert.ok(ui);
    api.route("GET", "/self-service/login/api", { body: flow });
    const error = await rejectsWith(nativeFrontend().createNativeLoginFlow({}), "decode");
    assert.match(error.message, /\bui\b/);
  });

  it('a closed port is "network" with status 0, without the token in the message', async () => {
    const port = await closedPort();
    const error = await rejectsWith(nativeFrontend({ basePath: `http://127.0.0.1:${port}` }).toSession({ xSessionToken: TOKEN }), "network");
    assert.equal(error.status, 0);
    assert.ok(!String(error).includes(TOKEN));
  });

  it('timeoutMs elapsing is "timeout"', async () => {
    api.route("GET", "/sessions/whoami", { body: fixture("v1/session-whoami.json"), delay: 2000 });
    const started = Date.now();
    const error = await rejectsWith(nativeFrontend().toSession({ xSessionToken: TOKEN }, { timeoutMs: 200 }), "timeout");
    assert.equal(error.status, 0);
    assert.ok(Date.now() - started < 1500, "the timeout must fire after about 200 ms");
  });

  it('aborting mid-request is "aborted"', async () => {
    api.route("GET", "/sessions/whoami", { body: fixture("v1/session-whoami.json"), delay: 2000 });
    const controller = new AbortController();
    const pending = nativeFrontend().toSession({ xSessionToken: TOKEN }, { signal: controller.signal });
    await api.waitForRequest((r) => r.path === "/sessions/whoami");
    controller.abort();
    await rejectsWith(pending, "aborted");
  });

  it('a pre-aborted signal is "aborted" and sends nothing', async () => {
    api.route("GET", "/sessions/whoami", { body: fixture("v1/session-whoami.json") });
    const controller = new AbortController();
    controller.abort();
    await rejectsWith(nativeFrontend().toSession({ xSessionToken: TOKEN }, { signal: controller.signal }), "aborted");
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(api.requests.length, 0);
  });

  it('a javascript: basePath: every call rejects with "invalid_argument", nothing is sent', async () => {
    // FrontendApi's module is instantiated at its first call (js/engine.js): the configuration
    // is checked there, and stays refused.
    const ory = new FrontendApi(new Configuration({ basePath: "javascript:alert(1)" }));
    await rejectsWith(ory.toSession(), "invalid_argument");
    await rejectsWith(ory.createBrowserLoginFlow(), "invalid_argument");
    assert.equal(api.requests.length, 0);
  });
});
