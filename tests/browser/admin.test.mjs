// The admin, OAuth2 and project APIs in a browser page (headless Chromium): the page refuses to
// send an Ory API key unless the configuration opts in with `dangerouslyAllowApiKeyInBrowser`
// (anyone who opens the page can read the key), and — with the opt-in — every row of the API
// surface is called once more from the page (v1 and positional forms), checked like the Node
// test does (tests/node/admin.test.mjs), except for the Cookie parameters a page cannot set.
import assert from "node:assert/strict";
import { after, before, beforeEach, describe, it } from "node:test";

import { buildCall, surfaceCases } from "../support/api-surface.mjs";
import { callInPage, expectError, expectOk, launchBrowser, openPage } from "../support/browser.mjs";
import { startServer } from "../support/recording-server.mjs";

let browser, pageServer, api, page;

before(async () => {
  pageServer = await startServer({ static: ["/pkg/", "/tests/browser/"] });
  api = await startServer({ allowOrigins: [pageServer.origin] });
  browser = await launchBrowser();
  ({ page } = await openPage(browser, `${pageServer.origin}/tests/browser/harness.html`));
});

after(async () => {
  await browser?.close();
  await api?.close();
  await pageServer?.close();
});

beforeEach(() => api.reset());

const API_KEY = "ory_pat_BrowserPageKey789";
const ACCESS_TOKEN = "ory_at_PageToken";

function call(apiClass, method, args, config = {}) {
  return callInPage(page, { api: apiClass, config: { basePath: api.origin, ...config }, method, args });
}

describe("an API key in a browser page", () => {
  it("is refused without the opt-in: invalid_argument saying why, nothing sent, the key not in the message", async () => {
    for (const [apiClass, method, args] of [
      ["IdentityApi", "listIdentities", []],
      ["ProjectApi", "listProjects", []],
      ["OAuth2Api", "getOAuth2Client", [{ id: "c1" }]],
      ["V0alpha2Api", "adminGetIdentity", ["i1"]],
    ]) {
      const error = expectError(await call(apiClass, method, args, { apiKey: API_KEY }), "invalid_argument");
      assert.match(error.message, /API key/);
      assert.match(error.message, /dangerouslyAllowApiKeyInBrowser/);
      assert.ok(!error.message.includes(API_KEY), "the key must never be in an error message");
      assert.ok(!error.string.includes(API_KEY));
    }
    assert.equal(api.requests.length, 0, "nothing may be sent");
    assert.equal(api.preflights.length, 0, "not even a preflight");
  });

  it("is sent as a Bearer header, without cookies, with dangerouslyAllowApiKeyInBrowser: true", async () => {
    api.route("GET", "/admin/identities", { body: [] });
    const value = expectOk(await call("IdentityApi", "listIdentities", [{ pageSize: 10 }], { apiKey: API_KEY, dangerouslyAllowApiKeyInBrowser: true }));
    assert.deepEqual(value, []);
    const [recorded] = api.requests;
    assert.equal(recorded.headers.authorization, `Bearer ${API_KEY}`);
    assert.equal(recorded.headers.cookie, undefined);
    assert.deepEqual(recorded.query, { page_size: "10" });
  });

  it("does not affect the frontend operations of a page whose configuration holds one", async () => {
    api.route("GET", "/sessions/whoami", { body: { id: "s1", active: true } });
    expectOk(await call("FrontendApi", "toSession", [], { apiKey: API_KEY }));
    assert.equal(api.requests[0].headers.authorization, undefined);
  });

  it("the access token and client credentials are not API keys: /userinfo and /oauth2/token work from a page", async () => {
    api.route("GET", "/userinfo", { body: { sub: "user" } });
    expectOk(await call("OidcApi", "getOidcUserInfo", [], { accessToken: ACCESS_TOKEN }));
    assert.equal(api.requests[0].headers.authorization, `Bearer ${ACCESS_TOKEN}`);
    api.reset();
    api.route("POST", "/oauth2/token", { body: { access_token: "a", token_type: "bearer" } });
    expectOk(await call("OAuth2Api", "oauth2TokenExchange", [{ grantType: "authorization_code", code: "c 1", clientId: "public-app" }]));
    assert.equal(api.requests[0].rawBody, "client_id=public-app&code=c%201&grant_type=authorization_code");
    assert.equal(api.requests[0].headers["content-type"], "application/x-www-form-urlencoded");
  });
});

describe("every row of the API surface from a page (with the opt-in)", () => {
  const EXPECTED_AUTH = { none: undefined, apiKey: `Bearer ${API_KEY}`, accessToken: `Bearer ${ACCESS_TOKEN}`, clientCredentials: `Basic ${Buffer.from("client:secret").toString("base64")}` };
  const config = { apiKey: API_KEY, dangerouslyAllowApiKeyInBrowser: true, accessToken: ACCESS_TOKEN, username: "client", password: "secret" };
  const CLASSES = ["FrontendApi", "IdentityApi", "CourierApi", "OAuth2Api", "OidcApi", "JwkApi", "WellknownApi", "ProjectApi"];
  const cases = surfaceCases();

  it("covers 97 rows", () => assert.equal(cases.length, 97));

  for (const testCase of cases) {
    for (const form of testCase.v0 ? ["v1", "v0"] : ["v1"]) {
      const name = form === "v1" ? testCase.v1.name : testCase.v0.name;
      it(`row ${testCase.row}: ${name} (${form === "v1" ? "request object" : "positional"})`, async () => {
        const { args, expect } = buildCall(testCase, form, { skipHeaders: ["cookie"] });
        api.route(testCase.method, expect.path, testCase.answer.route);
        let apiClass = "V0alpha2Api";
        if (form === "v1") {
          apiClass = await page.evaluate(
            ({ classes, method }) => classes.find((cls) => typeof window.ory[cls].prototype[method] === "function"),
            { classes: CLASSES, method: name },
          );
        }
        const value = expectOk(await call(apiClass, name, args, config));
        assert.equal(api.requests.length, 1);
        const recorded = api.requests[0];
        assert.equal(recorded.method, testCase.method);
        assert.equal(recorded.path, expect.path);
        assert.deepEqual(recorded.query, expect.query);
        for (const [header, headerValue] of Object.entries(expect.headers)) assert.equal(recorded.headers[header], headerValue, header);
        assert.equal(recorded.headers.authorization, EXPECTED_AUTH[testCase.auth], `Authorization (${testCase.auth})`);
        if (expect.form) assert.deepEqual(Object.fromEntries(new URLSearchParams(recorded.rawBody)), expect.form);
        else if (expect.body !== undefined) assert.deepEqual(recorded.body, expect.body);
        else assert.equal(recorded.rawBody, "");
        assert.deepEqual(form === "v1" ? value : value.data, testCase.answer.value);
      });
    }
  }
});
