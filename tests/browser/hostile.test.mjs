// A hostile or broken "Kratos" (issue: reliability and security suite, part 2), in headless
// Chromium. What frontend.test.mjs, render.test.mjs ("a hostile flow") and
// render-endings.test.mjs already cover (HTML instead of JSON, truncated JSON, wrong shapes,
// an HTML 500, a JSON body under a non-JSON content type, a 303, XSS in node attributes, a
// foreign ui.action) is not repeated; this file adds huge bodies, deep nesting, a 200 carrying
// an error body, redirects to other origins, and after every case a normal call that must still
// work: a Rust panic would abort the wasm instance and every later call would fail.
import assert from "node:assert/strict";
import { after, afterEach, before, beforeEach, describe, it } from "node:test";

import { callInPage, expectError, expectOk, launchBrowser } from "../support/browser.mjs";
import { fixture, startServer } from "../support/recording-server.mjs";
import { openRenderPage } from "../support/render.mjs";

const SESSION = fixture("v1/session-whoami.json");
const LOGIN = fixture("v1/login-flow-password-browser.json");

let browser, pageServer, api, other, context, page, problems;

before(async () => {
  pageServer = await startServer({ static: ["/pkg/", "/tests/browser/"] });
  api = await startServer({ allowOrigins: [pageServer.origin] });
  // Another origin, the target of redirects: it must never be asked for anything.
  other = await startServer({ allowOrigins: null });
  browser = await launchBrowser();
  ({ context, page, problems } = await openRenderPage(browser, pageServer.origin));
  await page.evaluate((flow) => (window.__login = flow), LOGIN);
});

after(async () => {
  await browser?.close();
  await api?.close();
  await other?.close();
  await pageServer?.close();
});

beforeEach(() => {
  api.reset();
  other.reset();
  problems.length = 0;
});


function frontend(method, args = [], config = {}) {
  return callInPage(page, { api: "FrontendApi", config: { basePath: api.origin, ...config }, method, args });
}

// After every case: the module still answers a normal call, and the page reported no error.
afterEach(async () => {
  api.route("GET", "/sessions/whoami", { body: SESSION });
  const outcome = await frontend("toSession");
  assert.equal(expectOk(outcome).id, SESSION.id, "a normal call still works after the hostile answer");
  const rendered = await page.evaluate((basePath) => {
    const result = window.oryRender(structuredClone(window.__login), { key: "alive", options: { basePath } });
    window.oryViews.get("alive")?.destroy();
    return result.ok;
  }, api.origin);
  assert.equal(rendered, true, "renderFlow still works");
  assert.deepEqual(problems.filter((p) => p.startsWith("pageerror")), [], "no uncaught error in the page");
  assert.deepEqual(other.requests, [], "nothing reached the other origin");
});

const MB = 1024 * 1024;

/** Like frontend(), but returns only {ok, isOryError, kind}: a 100,000-level value cannot cross to Node. */
function brief(method, args = []) {
  return page.evaluate(async ([basePath, m, a]) => {
    try {
      await new window.ory.FrontendApi(new window.ory.Configuration({ basePath }))[m](...a);
      return { ok: true };
    } catch (error) {
      return { ok: false, isOryError: error instanceof window.ory.OryError, kind: error?.kind, message: String(error?.message) };
    }
  }, [api.origin, method, args]);
}

describe("huge bodies (10 MB)", () => {
  it("a 10 MB flow (one huge label) is decoded and rendered, the text as text", async () => {
    const flow = structuredClone(LOGIN);
    const huge = "<img src=x onerror=window.__pwned=1>".repeat(Math.ceil((10 * MB) / 36));
    flow.ui.nodes.find((n) => n.attributes.name === "identifier").meta.label = { id: 1, text: huge, type: "info" };
    api.route("GET", "/self-service/login/flows", { body: flow });
    const outcome = await page.evaluate(async (basePath) => {
      const client = new window.ory.FrontendApi(new window.ory.Configuration({ basePath }));
      const got = await client.getLoginFlow({ id: "x" });
      const rendered = window.oryRender(got, { key: "huge", options: { basePath } });
      const label = document.querySelector("#container-huge label")?.textContent.length ?? 0;
      window.oryViews.get("huge")?.destroy();
      return { ok: rendered.ok, label, imgs: document.querySelectorAll("#container-huge img").length };
    }, api.origin);
    assert.equal(outcome.ok, true);
    assert.equal(outcome.label, huge.length);
    assert.equal(outcome.imgs, 0);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
  });

  it("a 10 MB body that is not JSON (200) rejects with a decode error", async () => {
    api.route("GET", "/sessions/whoami", { rawBody: "x".repeat(10 * MB), headers: { "Content-Type": "application/json" } });
    expectError(await frontend("toSession"), "decode");
  });

  it("a 10 MB HTML error page (500) rejects with kind http, without the page in the message", async () => {
    api.route("GET", "/sessions/whoami", { status: 500, rawBody: `<html>${"<p>oops</p>".repeat(MB)}</html>`, headers: { "Content-Type": "text/html" } });
    const error = expectError(await frontend("toSession"), "http");
    assert.equal(error.status, 500);
    assert.ok(error.message.length < 1000, `message length ${error.message.length}`);
  });
});

describe("deeply nested JSON (100,000 levels)", () => {
  const deep = (inner) => "[".repeat(100_000) + inner + "]".repeat(100_000);
  const deepObject = (inner) => '{"a":'.repeat(100_000) + inner + "}".repeat(100_000);

  it("as a 200 session: a decode error", async () => {
    api.route("GET", "/sessions/whoami", { rawBody: deep("1"), headers: { "Content-Type": "application/json" } });
    expectError(await frontend("toSession"), "decode");
  });

  it("inside a flow's node attributes and ui: a decode error or a flow, never a crash", async () => {
    api.route("GET", "/self-service/login/flows", {
      rawBody: `{"id":"deep","ui":{"action":"http://x/self-service/login?flow=deep","method":"POST","nodes":[{"type":"input","group":"default","attributes":${deepObject("1")},"messages":[],"meta":{}}]}}`,
      headers: { "Content-Type": "application/json" },
    });
    const outcome = await brief("getLoginFlow", [{ id: "deep" }]);
    if (!outcome.ok) assert.equal(outcome.kind, "decode", JSON.stringify(outcome));
  });

  it("rendering a flow with a 100,000-level node value shows the flow or throws an OryError", async () => {
    const result = await page.evaluate((basePath) => {
      let value = 1;
      for (let i = 0; i < 100_000; i += 1) value = { a: value };
      const flow = structuredClone(window.__login);
      flow.ui.nodes.push({ type: "input", group: "default", attributes: { node_type: "input", type: "hidden", name: "deep", value }, messages: [], meta: {} });
      flow.ui.nodes.push({ type: "text", group: "default", attributes: { node_type: "text", id: "t", text: { id: 1, text: "t", type: "info", context: value } }, messages: [], meta: {} });
      const rendered = window.oryRender(flow, { key: "deep", options: { basePath } });
      window.oryViews.get("deep")?.destroy();
      return rendered;
    }, api.origin);
    // Before the fix in src/bindings/render.rs this was a bare RangeError (wasm stack overflow).
    assert.equal(result.ok, false);
    assert.equal(result.error.isOryError, true, JSON.stringify(result.error));
    assert.equal(result.error.kind, "invalid_argument");
  });

  it("as a 400 error body: kind http or flow_validation, never a crash", async () => {
    api.route("POST", "/self-service/login", { status: 400, rawBody: deepObject("null"), headers: { "Content-Type": "application/json" } });
    const outcome = await brief("updateLoginFlow", [{ flow: "f", updateLoginFlowBody: { method: "password", identifier: "a", password: "b", csrfToken: "c" } }]);
    assert.equal(outcome.ok, false);
    assert.equal(outcome.isOryError, true, JSON.stringify(outcome));
  });
});

describe("a 200 carrying an error body", () => {
  const body = fixture("v1/error-session-inactive-401.json");

  it("toSession: a decode error, not a session", async () => {
    api.route("GET", "/sessions/whoami", { body });
    expectError(await frontend("toSession"), "decode");
  });

  it("createBrowserLoginFlow: a decode error, not a flow", async () => {
    api.route("GET", "/self-service/login/browser", { body });
    expectError(await frontend("createBrowserLoginFlow"), "decode");
  });

  it("startFlow: shows a message or rejects with an OryError; nothing half-rendered", async () => {
    api.route("GET", "/self-service/login/browser", { body });
    const outcome = await page.evaluate((basePath) => window.oryStart("login", { key: "err200", options: { basePath } }), api.origin);
    if (!outcome.ok) assert.equal(outcome.error.isOryError, true, JSON.stringify(outcome.error));
    const inputs = await page.locator("#container-err200 input").count();
    assert.equal(inputs, 0, "no form was rendered from an error body");
    await page.evaluate(() => window.oryViews.get("err200")?.destroy());
  });
});

describe("wrong content types", () => {
  for (const type of ["text/plain", "application/octet-stream", "image/svg+xml"]) {
    it(`a session under ${type}: a decode error`, async () => {
      api.route("GET", "/sessions/whoami", { rawBody: JSON.stringify(SESSION), headers: { "Content-Type": type } });
      expectError(await frontend("toSession"), "decode");
    });
  }
});

describe("redirects to other origins", () => {
  for (const status of [301, 302, 307, 308]) {
    it(`${status} to another origin is not followed`, async () => {
      other.route("GET", "/sessions/whoami", { body: SESSION });
      api.route("GET", "/sessions/whoami", { status, headers: { Location: `${other.origin}/sessions/whoami` } });
      const outcome = await frontend("toSession");
      assert.equal(outcome.ok, false, "a redirect is never taken for an answer");
      assert.equal(outcome.error.isOryError, true);
    });
  }

  it("a 307 on a submit does not re-post the credentials to the other origin", async () => {
    api.route("POST", "/self-service/login", { status: 307, headers: { Location: `${other.origin}/steal` } });
    const outcome = await frontend("updateLoginFlow", [{ flow: "f", updateLoginFlowBody: { method: "password", identifier: "a", password: "pw-not-for-them", csrfToken: "c" } }]);
    assert.equal(outcome.ok, false);
    assert.equal(outcome.error.isOryError, true);
  });

  it("a rendered flow whose ui.action is another origin posts to basePath, even after a 307", async () => {
    const flow = structuredClone(LOGIN);
    flow.ui.action = `${other.origin}/self-service/login?flow=${flow.id}`;
    api.route("POST", "/self-service/login", { status: 307, headers: { Location: `${other.origin}/self-service/login` } });
    await page.evaluate(([f, basePath]) => window.oryRender(f, { key: "action", options: { basePath } }), [flow, api.origin]);
    await page.fill("#container-action [name=identifier]", "alice@example.com");
    await page.fill("#container-action [name=password]", "pw-not-for-them");
    await page.click("#container-action button[name=method]");
    await api.waitForRequest((r) => r.method === "POST");
    await page.waitForSelector("#container-action .ory-notice [role=alert]");
    assert.equal(await page.inputValue("#container-action [name=identifier]"), "alice@example.com", "the form stays usable");
    await page.evaluate(() => window.oryViews.get("action")?.destroy());
  });
});
