// ory-wasm/react in a real React 19 app (tests/browser/react-app/), bundled with esbuild in
// development mode (where <StrictMode> mounts twice) against the Kratos-compatible emulator: the
// README's snippet signs in and out through the rendered form and useSession, and a harness
// <OryFlow> is unmounted while its request is in flight and changed while rendered.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, beforeEach, describe, it } from "node:test";

import { launchBrowser } from "../support/browser.mjs";
import { createIdentity, freePort, root } from "../e2e/support.mjs";
import { hold, readmeSnippet, realProblems, startApp } from "./framework-app.mjs";

const LOGIN = "/self-service/login/browser";
const REGISTRATION = "/self-service/registration/browser";

let app, browser, page, problems;
// The flow-creating requests the page sent, by path.
const created = [];

before(async () => {
  app = await startApp({
    packages: ["react", "react-dom", "scheduler"],
    files: (basePath) => ({
      "main.jsx": readFileSync(join(root, "tests/browser/react-app/main.jsx"), "utf8"),
      "readme.jsx": readmeSnippet("## React (`ory-wasm/react`)", basePath),
    }),
  });
  browser = await launchBrowser();
  // The page counts the requests from the first one on: open it here rather than with openPage.
  page = await browser.newPage();
  problems = [];
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("console", (message) => message.type() === "error" && problems.push(`console: ${message.text()}`));
  page.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    if (path === LOGIN || path === REGISTRATION) created.push(path);
  });
  await page.goto(app.url);
  await page.waitForFunction(() => window.oryReady === true);
});

after(async () => {
  await browser?.close();
  await app?.close();
});

const basePath = () => app.emulator.publicUrl;
const count = (path) => created.filter((p) => p === path).length;
const harness = (props) => page.evaluate((p) => window.harness.render(p), props);
const seen = (tag) => page.evaluate((t) => window.seen.filter((s) => s.tag === t), tag);

describe("React: the README's app in <StrictMode>", () => {
  it("shows one login form (one flow created), signs in, useSession shows the session, signs out", async () => {
    await page.waitForSelector("#app .ory-flow--login form");
    assert.equal(await page.locator("#app .ory-flow").count(), 1);
    // <OryFlow>'s <div> holds the element of the live start only (the first mount's was removed).
    assert.equal(await page.locator("#app > div > div").count(), 1);
    assert.equal(await page.evaluate(() => window.probeMounts), 2, "StrictMode mounted twice");
    assert.equal(count(LOGIN), 1, "StrictMode's discarded first mount sent no request");

    const email = `react-${Date.now()}@example.com`;
    const password = "a react passphrase 42";
    await createIdentity(app.emulator.adminUrl, { email, password });
    await page.fill('#app .ory-flow input[name="identifier"]', email);
    await page.fill('#app .ory-flow input[name="password"]', password);
    // Kratos answers with continue_with redirect_browser_to (its return URL, here the page's):
    // the SDK goes there, and the store of the loaded page asks Kratos anew.
    await Promise.all([page.waitForEvent("load"), page.click('#app .ory-flow button[name="method"][value="password"]')]);
    assert.equal(page.url(), app.url);
    await page.waitForSelector(`#app button:has-text("Sign out ${email}")`);
    assert.equal(await page.locator("#app .ory-flow").count(), 0, "no flow while signed in");

    await page.click("#app button");
    await page.waitForSelector("#app .ory-flow--login form");
    assert.equal(await page.locator("#app .ory-flow").count(), 1);
    const whoami = await page.evaluate((url) => fetch(`${url}/sessions/whoami`, { credentials: "include" }).then((r) => r.status), basePath());
    assert.equal(whoami, 401, "logged out at Kratos");
    assert.deepEqual(realProblems(problems), []);
  });

  it("useSession follows a sign-in (onNavigate staying on the page, store.refresh) and a logout live", async () => {
    await page.context().clearCookies();
    await harness({ tag: "live", session: true, type: "login", basePath: basePath() });
    await page.waitForSelector('#harness output:has-text("signed out")');
    await page.waitForSelector("#harness .ory-flow--login form");
    const email = `react-live-${Date.now()}@example.com`;
    const password = "a react passphrase 42";
    await createIdentity(app.emulator.adminUrl, { email, password });
    await page.evaluate(() => (window.samePage = true));
    await page.fill('#harness .ory-flow input[name="identifier"]', email);
    await page.fill('#harness .ory-flow input[name="password"]', password);
    await page.click('#harness .ory-flow button[name="method"][value="password"]');
    await page.waitForSelector(`#harness output:has-text("${email}")`);
    assert.deepEqual(await seen("live").then((s) => s.map((e) => e.event)), ["flow", "navigate"]);
    assert.equal(await page.evaluate(() => window.samePage), true, "no page load");
    await page.evaluate(() => window.harness.logout());
    await page.waitForSelector('#harness output:has-text("signed out")');
    await page.evaluate(() => window.harness.unmount());
    assert.deepEqual(realProblems(problems), []);
  });
});

describe("React: <OryFlow>'s lifecycle", () => {
  beforeEach(() => page.context().clearCookies());

  it("unmounted while its request is in flight: renders nothing, calls nothing", async () => {
    const request = await hold(page, REGISTRATION);
    await harness({ tag: "unmount", type: "registration", basePath: basePath() });
    await request.held;
    await page.evaluate(() => window.harness.unmount());
    await request.release();
    assert.equal(await page.locator("#harness").innerHTML(), "");
    assert.equal(await page.locator(".ory-flow--registration").count(), 0);
    assert.deepEqual(await seen("unmount"), []);
    assert.deepEqual(realProblems(problems), []);
  });

  it("a change of type or flowId starts anew; new callbacks do not; an overtaken start shows nothing", async () => {
    await harness({ tag: "change", type: "login", basePath: basePath() });
    await page.waitForSelector("#harness .ory-flow--login form");
    const first = await page.getAttribute("#harness .ory-flow", "data-flow-id");
    const logins = count(LOGIN);
    // The same props, new callback functions: the same flow.
    await harness({ tag: "change", type: "login", basePath: basePath() });
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
    assert.equal(await page.getAttribute("#harness .ory-flow", "data-flow-id"), first);
    assert.equal(count(LOGIN), logins);

    await harness({ tag: "change", type: "registration", basePath: basePath() });
    await page.waitForSelector("#harness .ory-flow--registration form");
    assert.equal(await page.locator("#harness .ory-flow").count(), 1);

    // Back to the first flow by its id: loaded, not created.
    await harness({ tag: "change", type: "login", basePath: basePath(), flowId: first });
    await page.waitForSelector("#harness .ory-flow--login form");
    assert.equal(await page.getAttribute("#harness .ory-flow", "data-flow-id"), first);
    assert.equal(count(LOGIN), logins);

    // A login start overtaken by a change to registration while its request is in flight.
    const request = await hold(page, LOGIN);
    await harness({ tag: "overtaken", type: "login", basePath: basePath() });
    await request.held;
    await harness({ tag: "overtaken", type: "registration", basePath: basePath() });
    await page.waitForSelector("#harness .ory-flow--registration form");
    await request.release();
    assert.equal(await page.locator("#harness .ory-flow").count(), 1);
    assert.equal(await page.locator("#harness > div > div").count(), 1);
    assert.equal(await page.locator("#harness .ory-flow--registration").count(), 1);
    const overtaken = await seen("overtaken");
    const shown = await page.getAttribute("#harness .ory-flow", "data-flow-id");
    assert.deepEqual(overtaken, [{ tag: "overtaken", event: "flow", id: shown }], "the overtaken start called nothing");

    await page.evaluate(() => window.harness.unmount());
    assert.equal(await page.locator("#harness").innerHTML(), "");
    assert.deepEqual(realProblems(problems), []);
  });

  it("a flow that cannot be started goes to onError", async () => {
    await harness({ tag: "error", type: "login", basePath: `http://localhost:${await freePort()}`, timeoutMs: 5000 });
    await page.waitForFunction(() => window.seen.some((s) => s.tag === "error"));
    assert.deepEqual(await seen("error"), [{ tag: "error", event: "error", kind: "network" }]);
    await page.evaluate(() => window.harness.unmount());
    assert.deepEqual(realProblems(problems), []);
  });
});
