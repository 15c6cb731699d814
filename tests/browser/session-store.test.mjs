// ory-wasm/session in headless Chromium: the session store of an SPA against the recording
// server as Kratos (cross-origin, same-site, credentials included, as frontend.test.mjs). The
// page is the usual harness; each test builds its store from "/pkg/session.js" and records
// what its subscriber and callbacks saw in window.seen.
import assert from "node:assert/strict";
import { after, afterEach, before, beforeEach, describe, it } from "node:test";

import { launchBrowser, openPage } from "../support/browser.mjs";
import { fixture, startServer } from "../support/recording-server.mjs";

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

beforeEach(() => {
  api.reset();
});

afterEach(async () => {
  await page.evaluate(() => window.store?.dispose());
});

const WHOAMI = "/sessions/whoami";
const NO_SESSION = { status: 401, body: fixture("v1/error-whoami-401.json") };
const whoamis = () => api.requests.filter((r) => r.path === WHOAMI).length;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A session of the fixture's shape, expiring `inMs` from now. */
function session({ id = "s-1", aal = "aal1", inMs = 3_600_000 } = {}) {
  return { ...fixture("v1/session-whoami.json"), id, authenticator_assurance_level: aal, expires_at: new Date(Date.now() + inMs).toISOString() };
}

/** Whoami answers `answer` (a spec or a function of nothing) until changed. */
function whoami(answer) {
  api.route("GET", WHOAMI, typeof answer === "function" ? answer : () => answer);
}

/** Creates window.store in the page (awaiting `ready`) with these options; returns what ready gave. */
function createStore(options = {}) {
  return page.evaluate(
    async ({ basePath, options }) => {
      const { createSessionStore } = await import("/pkg/session.js");
      const { Configuration, FrontendApi } = await import("/pkg/core.js");
      window.seen = { events: [], ends: [], errors: [], navigations: [] };
      window.store = createSessionStore(new FrontendApi(new Configuration({ basePath })), {
        ...options,
        onEnd: (previous) => window.seen.ends.push(previous?.id ?? null),
        onError: (error) => window.seen.errors.push(error.kind),
        onNavigate: options.navigate === false ? undefined : (url) => window.seen.navigations.push(url),
      });
      window.store.subscribe((session, { type, previous }) =>
        window.seen.events.push({ type, id: session?.id ?? null, aal: session?.authenticator_assurance_level ?? null, previous: previous?.id ?? null }),
      );
      const ready = await window.store.ready;
      return ready?.id ?? null;
    },
    { basePath: api.origin, options },
  );
}

const seen = () => page.evaluate(() => window.seen);
const refresh = () => page.evaluate(() => window.store.refresh().then((s) => s?.id ?? null));

describe("session store", () => {
  it("subscribers see the session start, change, change its AAL and end; the same answer changes nothing", async () => {
    whoami(NO_SESSION);
    assert.equal(await createStore(), null);
    const first = session();
    whoami({ body: first });
    assert.equal(await refresh(), "s-1");
    const kept = await page.evaluate(() => {
      window.kept = window.store.session;
      return window.kept.id;
    });
    assert.equal(kept, "s-1");
    assert.equal(await refresh(), "s-1");
    assert.equal(await page.evaluate(() => window.store.session === window.kept), true, "an unchanged answer keeps the same object");
    whoami({ body: { ...first, expires_at: new Date(Date.now() + 7_200_000).toISOString() } });
    await refresh();
    whoami({ body: { ...first, authenticator_assurance_level: "aal2" } });
    await refresh();
    whoami({ body: session({ id: "s-2" }) });
    await refresh();
    whoami(NO_SESSION);
    assert.equal(await refresh(), null);
    assert.equal(await refresh(), null);
    const { events, ends, errors } = await seen();
    assert.deepEqual(
      events.map(({ type, id, aal, previous }) => [type, id, aal, previous]),
      [
        ["start", "s-1", "aal1", null],
        ["update", "s-1", "aal1", "s-1"],
        ["aal", "s-1", "aal2", "s-1"],
        ["start", "s-2", "aal1", "s-1"],
        ["end", null, null, "s-2"],
      ],
    );
    assert.deepEqual(ends, ["s-2"]);
    assert.deepEqual(errors, []);
    assert.equal(whoamis(), 8);
    // The browser's cookies went along (credentials: "include").
    assert.equal(api.requests.at(-1).headers.origin, pageServer.origin);
  });

  it("unsubscribe stops one listener; a failed refresh rejects and keeps the session", async () => {
    whoami({ body: session() });
    await createStore();
    const calls = await page.evaluate(async () => {
      const calls = [];
      const off = window.store.subscribe((s) => calls.push(s?.authenticator_assurance_level));
      window.off = off;
      return calls;
    });
    assert.deepEqual(calls, []);
    whoami({ status: 502, rawBody: "bad gateway", headers: { "Content-Type": "text/html" } });
    const outcome = await page.evaluate(() => window.store.refresh().then(() => "resolved", (error) => error.kind));
    assert.equal(outcome, "http");
    assert.equal(await page.evaluate(() => window.store.session?.id), "s-1");
    await page.evaluate(() => window.off());
    whoami(NO_SESSION);
    await refresh();
    assert.deepEqual((await seen()).events.map((e) => e.type), ["start", "end"]);
  });

  it("refreshes when the window regains focus or the page becomes visible, one request at a time", async () => {
    whoami({ body: session() });
    await createStore();
    assert.equal(whoamis(), 1);
    whoami({ body: session({ inMs: 7_200_000 }) });
    await page.evaluate(() => window.dispatchEvent(new Event("focus")));
    await page.waitForFunction(() => window.seen.events.length === 2);
    assert.equal(whoamis(), 2);
    whoami({ body: session({ aal: "aal2" }), delay: 200 });
    // Focus and visibilitychange arrive together when a tab is shown: one request.
    await page.evaluate(() => {
      window.dispatchEvent(new Event("focus"));
      document.dispatchEvent(new Event("visibilitychange"));
    });
    await page.waitForFunction(() => window.store.session?.authenticator_assurance_level === "aal2");
    assert.equal(whoamis(), 3);
    // A page becoming hidden asks nothing.
    await page.evaluate(() => {
      Object.defineProperty(document, "visibilityState", { value: "hidden", configurable: true });
      document.dispatchEvent(new Event("visibilitychange"));
      delete document.visibilityState;
    });
    await sleep(150);
    assert.equal(whoamis(), 3);
    await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
    await api.waitForRequest(() => whoamis() === 4);
    assert.deepEqual((await seen()).events.map((e) => e.type), ["start", "update", "aal"]);
  });

  it("a timer asks again before expires_at, and ends the session when it was not extended", async () => {
    whoami({ body: session({ inMs: 2000 }) });
    const expiresAt = Date.now() + 2000;
    await createStore({ refreshBeforeExpiryMs: 1200 });
    const t0 = Date.now();
    // At expires_at - 1200 ms: the same session.
    await api.waitForRequest(() => whoamis() === 2, 3000);
    const early = Date.now() - t0;
    assert.ok(early >= 500 && early < 1500, `the refresh before expiry came after ${early} ms`);
    whoami(NO_SESSION);
    // At expires_at: Kratos says it is gone.
    await page.waitForFunction(() => window.seen.ends.length === 1, null, { timeout: 3000 });
    assert.ok(Date.now() >= expiresAt - 50, "ended at expiry");
    assert.equal(whoamis(), 3);
    const { events, ends, errors } = await seen();
    assert.deepEqual(events.map((e) => e.type), ["start", "end"]);
    assert.deepEqual(ends, ["s-1"]);
    assert.deepEqual(errors, []);
    // Without a session, no timer.
    await sleep(300);
    assert.equal(whoamis(), 3);
  });

  it("an automatic refresh that fails goes to onError and keeps the session", async () => {
    whoami({ body: session() });
    await createStore();
    whoami({ reset: true });
    await page.evaluate(() => window.dispatchEvent(new Event("focus")));
    await page.waitForFunction(() => window.seen.errors.length === 1);
    assert.deepEqual((await seen()).errors, ["network"]);
    assert.equal(await page.evaluate(() => window.store.session?.id), "s-1");
  });

  it("logout creates the logout flow, sends its token with returnTo, clears the session and navigates", async () => {
    whoami({ body: session() });
    await createStore();
    const token = "logout-token-1";
    api.route("GET", "/self-service/logout/browser", { body: { logout_url: `${api.origin}/self-service/logout?token=${token}`, logout_token: token } });
    api.route("GET", "/self-service/logout", { status: 204 });
    const target = await page.evaluate(() => window.store.logout({ returnTo: "/tests/browser/harness.html?bye" }));
    const returnTo = `${pageServer.origin}/tests/browser/harness.html?bye`;
    assert.equal(target, returnTo);
    const calls = api.requests.filter((r) => r.path !== WHOAMI);
    assert.deepEqual(
      calls.map((r) => [r.method, r.path, r.query]),
      [
        ["GET", "/self-service/logout/browser", { return_to: returnTo }],
        ["GET", "/self-service/logout", { token, return_to: returnTo }],
      ],
    );
    assert.match(calls[1].headers.accept, /application\/json/);
    const { events, ends, navigations } = await seen();
    assert.equal(await page.evaluate(() => window.store.session), null);
    assert.deepEqual(events.map((e) => e.type), ["start", "end"]);
    assert.deepEqual(ends, ["s-1"]);
    assert.deepEqual(navigations, [returnTo]);
  });

  it("logout refuses a returnTo off the known origins before logging out; without a session it only clears", async () => {
    whoami({ body: session() });
    await createStore({ allowedReturnUrls: ["https://partner.example/bye"] });
    const token = "logout-token-2";
    api.route("GET", "/self-service/logout/browser", { body: { logout_url: `${api.origin}/self-service/logout?token=${token}`, logout_token: token } });
    api.route("GET", "/self-service/logout", { status: 204 });
    for (const returnTo of ["https://evil.example/", "javascript:alert(1)", "https://partner.example/byebye"]) {
      const kind = await page.evaluate((r) => window.store.logout({ returnTo: r }).then(() => "resolved", (e) => e.kind), returnTo);
      assert.equal(kind, "invalid_argument", returnTo);
    }
    assert.equal(api.requests.filter((r) => r.path === "/self-service/logout").length, 0, "no logout was performed");
    assert.equal(await page.evaluate(() => window.store.session?.id), "s-1");
    // Kratos' origin and an allowed URL are fine.
    assert.equal(await page.evaluate(() => window.store.logout({ returnTo: "https://partner.example/bye/now" })), "https://partner.example/bye/now");
    // Logged out already (401): cleared, navigated, nothing else asked.
    api.reset();
    api.route("GET", "/self-service/logout/browser", { status: 401, body: fixture("v1/error-session-inactive-401.json") });
    assert.equal(await page.evaluate(() => window.store.logout({ returnTo: "/done" })), `${pageServer.origin}/done`);
    assert.deepEqual(api.requests.map((r) => r.path), ["/self-service/logout/browser"]);
    assert.deepEqual((await seen()).navigations, ["https://partner.example/bye/now", `${pageServer.origin}/done`]);
  });

  it("logout without onNavigate sends the browser to returnTo", async () => {
    whoami({ body: session() });
    await createStore({ navigate: false });
    api.route("GET", "/self-service/logout/browser", { body: { logout_url: `${api.origin}/self-service/logout?token=t3`, logout_token: "t3" } });
    api.route("GET", "/self-service/logout", { status: 204 });
    const target = `${pageServer.origin}/tests/browser/harness.html?after-logout`;
    await Promise.all([page.waitForURL(target), page.evaluate((t) => window.store.logout({ returnTo: t }), target)]);
    await page.waitForFunction(() => window.oryReady === true);
  });

  it("dispose removes every listener and timer: no request, no notification afterwards", async () => {
    whoami({ body: session({ inMs: 1500 }) });
    await createStore({ refreshBeforeExpiryMs: 1000 });
    assert.equal(whoamis(), 1);
    const after = await page.evaluate(async () => {
      window.store.dispose();
      window.dispatchEvent(new Event("focus"));
      document.dispatchEvent(new Event("visibilitychange"));
      const refreshed = await window.store.refresh();
      window.store.subscribe(() => window.seen.events.push("late"));
      return { refreshed, session: window.store.session?.id };
    });
    assert.deepEqual(after, { refreshed: null, session: "s-1" });
    // Past the timer's time (500 ms) and the expiry.
    await sleep(1800);
    assert.equal(whoamis(), 1);
    assert.deepEqual((await seen()).events.map((e) => e.type), ["start"]);
    // An answer that arrives after dispose changes nothing either.
    whoami({ body: session({ id: "s-late" }) });
    await createStore();
    whoami({ body: session({ id: "s-other" }), delay: 300 });
    await page.evaluate(() => {
      window.dispatchEvent(new Event("focus"));
      window.store.dispose();
    });
    await sleep(500);
    assert.equal(await page.evaluate(() => window.store.session?.id), "s-late");
    assert.deepEqual((await seen()).events.map((e) => e.type), ["start"]);
  });
});
