// <ory-flow> in a real Vue 3 app (tests/browser/vue-app/), bundled with esbuild (Vue's build
// with the template compiler) against the Kratos-compatible emulator: the README's snippet signs
// in through the rendered form and out; a harness app binds the attributes to
// reactive data and listens to `@ory-error`, `@ory-flow` and `@ory-navigate.prevent`.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";

import { launchBrowser, openPage } from "../support/browser.mjs";
import { createIdentity, freePort, root } from "../e2e/support.mjs";
import { hold, readmeSnippet, realProblems, startApp } from "./framework-app.mjs";

let app, browser, page, problems;

before(async () => {
  app = await startApp({
    packages: ["vue", "@vue"],
    files: (basePath) => ({
      "main.js": readFileSync(join(root, "tests/browser/vue-app/main.js"), "utf8"),
      "readme.js": readmeSnippet("## Vue (`<ory-flow>`)", basePath),
    }),
    // The build of Vue that compiles templates in the browser (the snippet's `template`), with
    // the flags its bundler build expects to be defined.
    alias: { vue: "vue/dist/vue.esm-bundler.js" },
    define: { __VUE_OPTIONS_API__: "true", __VUE_PROD_DEVTOOLS__: "false", __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: "false" },
  });
  browser = await launchBrowser();
  ({ page, problems } = await openPage(browser, app.url));
});

after(async () => {
  await browser?.close();
  await app?.close();
});

let users = 0;
async function newUser() {
  const user = { email: `vue-${Date.now()}-${++users}@example.com`, password: "a vue passphrase 42" };
  await createIdentity(app.emulator.adminUrl, user);
  return user;
}

async function signIn(scope, { email, password }) {
  await page.fill(`${scope} .ory-flow input[name="identifier"]`, email);
  await page.fill(`${scope} .ory-flow input[name="password"]`, password);
  await page.click(`${scope} .ory-flow button[name="method"][value="password"]`);
}

describe("Vue: <ory-flow>", () => {
  it("the README's app renders the login flow, signs in and out", async () => {
    await page.waitForSelector("#app ory-flow > .ory-flow--login form");
    const user = await newUser();
    // Kratos answers with continue_with redirect_browser_to (its return URL, here the page's):
    // the SDK goes there, and the store of the loaded page asks Kratos anew.
    await Promise.all([page.waitForEvent("load"), signIn("#app", user)]);
    assert.equal(page.url(), app.url);
    await page.waitForSelector(`#app button:has-text("Sign out ${user.email}")`);
    assert.equal(await page.locator("#app ory-flow").count(), 0);
    await page.click("#app button");
    await page.waitForSelector("#app ory-flow > .ory-flow--login form");
    assert.deepEqual(realProblems(problems), []);
  });

  it("@ory-error, a reactive attribute change, @ory-flow, and @ory-navigate.prevent keeping the page", async () => {
    const returnTo = new URL("/welcome", app.url).href;
    const closed = `http://localhost:${await freePort()}`;
    await page.evaluate((basePath) => window.harness.mount({ basePath }), closed);
    await page.waitForFunction(() => window.seen.some((s) => s.event === "error"));
    assert.deepEqual(
      (await page.evaluate(() => window.seen)).map((s) => [s.event, s.kind]),
      [["error", "network"]],
    );
    assert.equal(await page.locator('#harness ory-flow [role="alert"]').count(), 1, "the element shows the failure");

    // Vue sets the changed attributes; the element starts the flow anew.
    await page.evaluate((data) => window.harness.set(data), { basePath: app.emulator.publicUrl, returnTo });
    await page.waitForSelector("#harness ory-flow > .ory-flow--login form");
    const flowId = await page.getAttribute("#harness .ory-flow", "data-flow-id");
    await page.evaluate(() => (window.samePage = true));
    const user = await newUser();
    await signIn("#harness", user);
    await page.waitForFunction(() => window.seen.some((s) => s.event === "navigate"));
    const seen = await page.evaluate(() => window.seen);
    assert.deepEqual(
      seen.map((s) => [s.event, s.flow ?? s.url ?? s.kind]),
      [
        ["error", "network"],
        ["flow", flowId],
        ["navigate", returnTo],
      ],
    );
    assert.equal(seen.at(-1).defaultPrevented, true);
    assert.equal(await page.evaluate(() => window.samePage), true, "@ory-navigate.prevent kept the page");
    await page.evaluate(() => window.harness.unmount());
    assert.deepEqual(realProblems(problems), []);
  });

  it("a change while the flow's request is in flight: the element shows the new flow only", async () => {
    await page.context().clearCookies();
    const request = await hold(page, "/self-service/login/browser");
    await page.evaluate((basePath) => window.harness.mount({ basePath, type: "login" }), app.emulator.publicUrl);
    await request.held;
    await page.evaluate(() => window.harness.set({ type: "registration" }));
    await request.release();
    await page.waitForSelector("#harness ory-flow > .ory-flow--registration form");
    assert.equal(await page.locator("#harness .ory-flow").count(), 1);
    const shown = await page.getAttribute("#harness .ory-flow", "data-flow-id");
    assert.deepEqual(
      (await page.evaluate(() => window.seen)).map((s) => [s.event, s.flow]),
      [["flow", shown]],
      "the overtaken login flow was never announced",
    );
    await page.evaluate(() => window.harness.unmount());
    assert.deepEqual(realProblems(problems), []);
  });
});
