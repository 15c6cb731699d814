// FrontendApi's wasm module in an app that imports ory-wasm/core alone (tests/browser/core-only.html),
// in headless Chromium: the module is fetched at the first call (js/engine.js), not at import; a
// first call whose module cannot be fetched (offline for a moment) rejects with the OryError of a
// request without an answer, and the next call fetches the module again and goes through.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";

import { launchBrowser } from "../support/browser.mjs";
import { fixture, startServer } from "../support/recording-server.mjs";

let browser, pageServer, api;

before(async () => {
  pageServer = await startServer({ static: ["/pkg/", "/tests/browser/"] });
  api = await startServer({ allowOrigins: [pageServer.origin] });
  api.route("GET", "/sessions/whoami", () => ({ body: fixture("v1/session-whoami.json") }));
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await api?.close();
  await pageServer?.close();
});

/** What `toSession()` in the page resolved to, or the OryError it rejected with, flattened. */
const toSession = (page) =>
  page.evaluate(async (basePath) => {
    const ory = new window.ory.FrontendApi(new window.ory.Configuration({ basePath }));
    try {
      return { ok: true, id: (await ory.toSession()).id };
    } catch (error) {
      return { ok: false, isOryError: error instanceof window.ory.OryError, kind: error.kind, status: error.status, message: String(error.message) };
    }
  }, api.origin);

describe("FrontendApi's module, fetched at the first call", () => {
  it("is not fetched at import; an unreachable module rejects the call as \"network\", and the next call loads it", async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const wasmRequests = [];
      page.on("request", (request) => request.url().endsWith(".wasm") && wasmRequests.push(request.url()));
      // Offline for a moment: the module's request fails.
      await page.route("**/ory_core_bg.wasm", (route) => route.abort("internetdisconnected"));
      await page.goto(`${pageServer.origin}/tests/browser/core-only.html`);
      await page.waitForFunction(() => window.oryCoreReady === true);
      assert.deepEqual(wasmRequests, [], "importing ory-wasm/core fetches no wasm");

      const failed = await toSession(page);
      assert.equal(failed.ok, false);
      assert.equal(failed.isOryError, true, "the failure is an OryError");
      assert.equal(failed.kind, "network");
      assert.equal(failed.status, 0);
      assert.match(failed.message, /could not load its WebAssembly module/);
      assert.equal(api.requests.length, 0, "no request went to Kratos");

      await page.unroute("**/ory_core_bg.wasm");
      const session = await toSession(page);
      assert.deepEqual(session, { ok: true, id: fixture("v1/session-whoami.json").id });
      assert.equal(wasmRequests.filter((url) => url.endsWith("/ory_core_bg.wasm")).length, 2, "fetched again after the failure");
    } finally {
      await context.close();
    }
  });
});
