// The rest of `@ory/client-fetch`'s contract, as server code uses it: `*Raw` methods (the fetch
// `Response`, with every `Set-Cookie`, and `value()`), `fetchApi`, `middleware` (`pre`, `post`,
// `onError`), per-call overrides and the `cookie` parameter. Each scenario is one function of the
// package's exports and runs, unchanged, against @ory/client-fetch and against ory-wasm in Node,
// with the recording server as Kratos. (What they resolve to differs by design: client-fetch maps
// bodies into its models — dates as Date objects, absent fields as undefined — while ory-wasm
// hands over the JSON as sent; the scenarios compare what both keep.)
import assert from "node:assert/strict";
import { after, before, beforeEach, describe, it } from "node:test";

import * as clientFetch from "@ory/client-fetch";
import * as oryWasm from "../../pkg/index.js";
import { closedPort, fixture, startServer } from "../support/recording-server.mjs";

let api;
before(async () => {
  api = await startServer();
});
after(async () => {
  await api?.close();
});
beforeEach(() => api.reset());

const FLOW = fixture("v1/login-flow-password-browser.json");
const SESSION = { id: "s1", active: true, identity: { id: "i1", traits: {} } };
const COOKIES = ["csrf_token_abc=token1; Path=/; HttpOnly; SameSite=Lax", "ory_kratos_continuity=c1; Path=/; HttpOnly"];

/** The scenarios: each takes a package's exports and the server, and checks what any server code would. */
const scenarios = {
  async "a *Raw call hands over the Response, with every Set-Cookie, and value() the body"({ Configuration, FrontendApi }) {
    api.route("GET", "/self-service/login/browser", { body: FLOW, setCookie: COOKIES });
    const ory = new FrontendApi(new Configuration({ basePath: api.origin }));
    const response = await ory.createBrowserLoginFlowRaw({ returnTo: "https://app.example/", cookie: "visitor=1" });
    assert.equal(response.raw.status, 200);
    assert.deepEqual(response.raw.headers.getSetCookie(), COOKIES);
    assert.equal((await response.value()).id, FLOW.id);
    assert.equal(api.requests[0].headers.cookie, "visitor=1", "the visitor's cookies were forwarded");
  },

  async "the cookie parameter forwards the visitor's cookies to whoami"({ Configuration, FrontendApi }) {
    api.route("GET", "/sessions/whoami", { body: SESSION });
    const ory = new FrontendApi(new Configuration({ basePath: api.origin }));
    assert.equal((await ory.toSession({ cookie: "ory_kratos_session=abc" })).identity.id, "i1");
    assert.equal(api.requests[0].headers.cookie, "ory_kratos_session=abc");
  },

  async "fetchApi is called for every request"({ Configuration, FrontendApi }) {
    api.route("GET", "/sessions/whoami", { body: SESSION });
    const seen = [];
    const fetchApi = (url, init) => {
      seen.push([String(url), init.method]);
      return fetch(url, init);
    };
    const ory = new FrontendApi(new Configuration({ basePath: api.origin, fetchApi }));
    assert.equal((await ory.toSession({})).identity.id, "i1");
    assert.deepEqual(seen, [[`${api.origin}/sessions/whoami`, "GET"]]);
  },

  async "middleware pre rewrites the request, post sees the response"({ Configuration, FrontendApi }) {
    api.route("GET", "/sessions/whoami", { body: SESSION });
    const statuses = [];
    const middleware = [
      { pre: async ({ url, init }) => ({ url, init: { ...init, headers: { ...Object.fromEntries(new Headers(init.headers)), "x-trace": "t-1" } } }) },
      { post: async ({ response }) => void statuses.push(response.status) },
    ];
    const ory = new FrontendApi(new Configuration({ basePath: api.origin, middleware }));
    assert.equal((await ory.toSession({})).identity.id, "i1");
    assert.equal(api.requests[0].headers["x-trace"], "t-1");
    assert.deepEqual(statuses, [200]);
  },

  async "middleware onError may answer for a failed fetch"({ Configuration, FrontendApi }) {
    const basePath = `http://127.0.0.1:${await closedPort()}`;
    const middleware = [{ onError: async () => new Response(JSON.stringify(SESSION), { headers: { "content-type": "application/json" } }) }];
    const ory = new FrontendApi(new Configuration({ basePath, middleware }));
    assert.equal((await ory.toSession({})).identity.id, "i1");
  },

  async "per-call init overrides add headers"({ Configuration, FrontendApi }) {
    api.route("GET", "/sessions/whoami", { body: SESSION });
    const ory = new FrontendApi(new Configuration({ basePath: api.origin }));
    assert.equal((await ory.toSession({}, { headers: { "x-request-id": "r-7" } })).identity.id, "i1");
    assert.equal(api.requests[0].headers["x-request-id"], "r-7");
  },

  async "per-call init overrides as a function see the request and add headers"({ Configuration, FrontendApi }) {
    api.route("GET", "/sessions/whoami", { body: SESSION });
    const ory = new FrontendApi(new Configuration({ basePath: api.origin }));
    const seen = [];
    const override = async ({ init, context }) => {
      seen.push([init.method, context.method]);
      return { headers: { ...init.headers, "x-request-id": "r-8" } };
    };
    assert.equal((await ory.toSession({}, override)).identity.id, "i1");
    assert.equal(api.requests[0].headers["x-request-id"], "r-8");
    assert.deepEqual(seen, [["GET", "GET"]]);
  },

  async "an error answer rejects, with the Response of the answer"({ Configuration, FrontendApi }) {
    const body = { error: { id: "session_inactive", code: 401, status: "Unauthorized", message: "No active session" } };
    api.route("GET", "/sessions/whoami", { status: 401, body });
    const ory = new FrontendApi(new Configuration({ basePath: api.origin }));
    const error = await ory.toSessionRaw({}).then(
      () => assert.fail("must reject"),
      (e) => e,
    );
    assert.equal(error.response.status, 401);
    assert.deepEqual(await error.response.json(), body);
  },
};

for (const [name, pkg] of [
  ["@ory/client-fetch", clientFetch],
  ["ory-wasm", oryWasm],
]) {
  describe(name, () => {
    for (const [scenario, run] of Object.entries(scenarios)) it(scenario, () => run(pkg));
  });
}

describe("ory-wasm keeps its guarantees under the hooks", () => {
  it("a middleware cannot send the request to another origin", async () => {
    const { Configuration, FrontendApi, OryError } = oryWasm;
    const middleware = [{ pre: async ({ init }) => ({ url: "https://evil.example/sessions/whoami", init }) }];
    const ory = new FrontendApi(new Configuration({ basePath: api.origin, middleware }));
    const error = await ory.toSession().then(
      () => assert.fail("must reject"),
      (e) => e,
    );
    assert.ok(error instanceof OryError);
    assert.equal(error.kind, "invalid_argument");
    assert.match(error.message, /leave the configured origin/);
  });

  it("hooks of the wrong type are refused when the class is constructed", () => {
    const { Configuration, FrontendApi, OryError } = oryWasm;
    for (const bad of [{ fetchApi: "fetch" }, { middleware: {} }, { middleware: [{ pre: 1 }] }]) {
      assert.throws(() => new FrontendApi(new Configuration({ basePath: api.origin, ...bad })), (e) => e instanceof OryError && e.kind === "invalid_argument");
    }
  });

  it("an answer that is not the operation's shape is still an OryError through fetchApi", async () => {
    const { Configuration, FrontendApi, OryError } = oryWasm;
    const fetchApi = async () => new Response("<html>", { headers: { "content-type": "text/html" } });
    const ory = new FrontendApi(new Configuration({ basePath: api.origin, fetchApi }));
    const error = await ory.getLoginFlow({ id: "x" }).then(
      () => assert.fail("must reject"),
      (e) => e,
    );
    assert.ok(error instanceof OryError);
    assert.equal(error.kind, "decode");
  });
});

describe("ory-wasm refuses hooks it cannot run, with an OryError", () => {
  it("a middleware entry that is not an object, and initOverrides headers that are not headers", async () => {
    const { Configuration, FrontendApi, OryError } = oryWasm;
    assert.throws(() => new FrontendApi(new Configuration({ basePath: api.origin, middleware: [null] })), (e) => e instanceof OryError && e.kind === "invalid_argument");
    const ory = new FrontendApi(new Configuration({ basePath: api.origin }));
    const error = await ory.toSession({}, async () => ({ headers: [["bad header name", "x"]] })).then(
      () => assert.fail("must reject"),
      (e) => e,
    );
    assert.ok(error instanceof OryError, String(error));
    assert.equal(error.kind, "invalid_argument");
    assert.equal(api.requests.length, 0);
  });
});
