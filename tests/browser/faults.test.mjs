// Faults in the middle of a flow (issue: reliability and security suite, part 3), with the
// renderer (startFlow/renderFlow) against the recording "Kratos" in headless Chromium: the server
// goes away between the flow's creation and the submit, answers too slowly (the timeout fires),
// resets the connection, answers 502 and then recovers. Each time: the user's input stays in
// the form, a retry works, no submit reaches the server twice on its own, and the CSRF and
// session cookies are intact afterwards.
import assert from "node:assert/strict";
import { after, before, beforeEach, describe, it } from "node:test";

import { fixture, startServer } from "../support/recording-server.mjs";
import { startRenderSuite, stopRenderSuite } from "../support/render.mjs";

let browser, pageServer, api, context, page;

before(async () => {
  ({ pageServer, api, browser, context, page } = await startRenderSuite());
});

after(() => stopRenderSuite({ browser, api, pageServer }));

const LOGIN = fixture("v1/login-flow-password-browser.json");
const CSRF = LOGIN.ui.nodes.find((n) => n.attributes.name === "csrf_token").attributes.value;
const SESSION = fixture("v1/login-success-browser.json");
const CSRF_COOKIE = "csrf_token_faults=csrf-cookie-value";
const SESSION_COOKIE = "ory_kratos_session=session-cookie-value";
const C = "#container-main";

beforeEach(async () => {
  api.reset();
  await context.clearCookies();
  await context.addCookies([{ name: "ory_kratos_session", value: "session-cookie-value", domain: "localhost", path: "/", sameSite: "Lax" }]);
  await page.evaluate(() => {
    for (const view of window.oryViews.values()) view.destroy();
    window.oryViews.clear();
    window.oryEvents = [];
  });
});

const posts = () => api.requests.filter((r) => r.method === "POST");
const alertShown = () => page.waitForSelector(`${C} .ory-notice [role=alert]`, { timeout: 8000 });
const successes = () => page.evaluate(() => window.oryEvents.filter((e) => e.name === "onSuccess").length);

/** Creates the flow through startFlow (the server sets the CSRF cookie), then types. */
async function startAndType(server, options = {}) {
  server.route("GET", "/self-service/login/browser", { body: LOGIN, setCookie: `${CSRF_COOKIE}; Path=/; SameSite=Lax; HttpOnly` });
  const outcome = await page.evaluate(
    (spec) => window.oryStart("login", spec),
    { options: { basePath: server.origin, ...options }, hooks: ["onSuccess", "onNavigate"] },
  );
  assert.ok(outcome.ok, JSON.stringify(outcome.error));
  await page.fill(`${C} [name=identifier]`, "alice@example.com");
  await page.fill(`${C} [name=password]`, "typed-password");
}

async function assertInputKept() {
  assert.equal(await page.inputValue(`${C} [name=identifier]`), "alice@example.com");
  assert.equal(await page.inputValue(`${C} [name=password]`), "typed-password");
  assert.equal(await page.isEnabled(`${C} button[name=method]`), true, "the submit button works again");
}

/** Retries with a healthy server and checks the one successful submit and the cookies. */
async function retryAndCheck(server, expectedPosts) {
  server.route("POST", "/self-service/login", { body: SESSION });
  await page.click(`${C} button[name=method]`);
  await page.waitForFunction(() => window.oryEvents.some((e) => e.name === "onSuccess"), null, { timeout: 8000 });
  await page.waitForTimeout(300); // a duplicate would arrive within this time
  const sent = server.requests.filter((r) => r.method === "POST");
  assert.equal(sent.length, expectedPosts, `POSTs that reached the server: ${sent.length}`);
  assert.equal(await successes(), 1);
  const last = sent.at(-1);
  assert.equal(last.body.csrf_token, CSRF);
  assert.equal(last.body.password, "typed-password");
  assert.equal(last.query.flow, LOGIN.id);
  for (const cookie of [CSRF_COOKIE, SESSION_COOKIE]) {
    assert.ok((last.headers.cookie ?? "").includes(cookie), `the retry carries ${cookie}: ${last.headers.cookie}`);
  }
  const jar = Object.fromEntries((await context.cookies()).map((c) => [c.name, c.value]));
  assert.equal(jar.csrf_token_faults, "csrf-cookie-value");
  assert.equal(jar.ory_kratos_session, "session-cookie-value");
}

describe("faults between flow creation and submit", () => {
  it("the server goes away (closed), then comes back on the same port", async () => {
    const flaky = await startServer({ allowOrigins: [pageServer.origin] });
    const port = flaky.port;
    let back;
    try {
      await startAndType(flaky);
      await flaky.close();
      await page.click(`${C} button[name=method]`);
      await alertShown();
      await assertInputKept();
      back = await startServer({ allowOrigins: [pageServer.origin], port });
      await retryAndCheck(back, 1);
    } finally {
      await back?.close();
    }
  });

  it("a slow answer: the timeout fires, the input stays, the retry works", async () => {
    await startAndType(api, { timeoutMs: 400 });
    api.route("POST", "/self-service/login", { body: SESSION, delay: 3000 });
    await page.click(`${C} button[name=method]`);
    await alertShown();
    await assertInputKept();
    assert.equal(await successes(), 0, "the late answer is not taken");
    // The first (abandoned) submit reached the server once; the retry is the second.
    await retryAndCheck(api, 2);
  });

  it("the connection is reset mid-request", async () => {
    await startAndType(api);
    api.route("POST", "/self-service/login", { reset: true });
    await page.click(`${C} button[name=method]`);
    await alertShown();
    await assertInputKept();
    // The SDK sends the submit once. Chromium itself resends a request, once, when a reused
    // keep-alive connection is closed before any answer byte (it cannot tell that from a stale
    // idle connection), so the server may see the reset request twice. Kratos refuses a second
    // submit of a completed flow, so this is harmless; it is not the SDK retrying.
    const attempts = posts().length;
    assert.ok(attempts === 1 || attempts === 2, `the reset submit reached the server ${attempts} times`);
    await retryAndCheck(api, attempts + 1);
  });

  it("a 502 (HTML from a proxy), then the server recovers", async () => {
    await startAndType(api);
    api.route("POST", "/self-service/login", { status: 502, rawBody: "<html><body><h1>502 Bad Gateway</h1></body></html>", headers: { "Content-Type": "text/html" } });
    await page.click(`${C} button[name=method]`);
    await alertShown();
    await assertInputKept();
    assert.equal(await page.locator(`${C} h1`).count(), 0, "the proxy's page is not rendered");
    await retryAndCheck(api, 2);
  });

  it("a button the server disabled stays disabled after a failed submit", async () => {
    const flow = structuredClone(LOGIN);
    flow.ui.nodes.push({ type: "input", group: "code", attributes: { name: "method", type: "submit", value: "code", disabled: true, node_type: "input" }, messages: [], meta: { label: { id: 1010015, text: "Send sign in code", type: "info" } } });
    api.route("GET", "/self-service/login/browser", { body: flow });
    const outcome = await page.evaluate((spec) => window.oryStart("login", spec), { options: { basePath: api.origin }, hooks: ["onSuccess"] });
    assert.ok(outcome.ok, JSON.stringify(outcome.error));
    await page.fill(`${C} [name=identifier]`, "alice@example.com");
    await page.fill(`${C} [name=password]`, "typed-password");
    api.route("POST", "/self-service/login", { status: 502, rawBody: "bad gateway" });
    await page.click(`${C} button[name=method][value=password]`);
    await alertShown();
    assert.equal(await page.isEnabled(`${C} button[name=method][value=password]`), true);
    assert.equal(await page.isDisabled(`${C} button[name=method][value=code]`), true, "the server disabled it");
  });

  it("double clicks during a slow failure send one request", async () => {
    await startAndType(api);
    api.route("POST", "/self-service/login", { status: 502, rawBody: "bad gateway", delay: 500 });
    await page.evaluate((c) => {
      const form = document.querySelector(`${c} form`);
      const button = form.querySelector("button[name=method]");
      for (let i = 0; i < 5; i += 1) form.requestSubmit(button);
    }, C);
    await alertShown();
    assert.equal(posts().length, 1);
    await assertInputKept();
    await retryAndCheck(api, 2);
  });
});
