// The package loaded through an import map (`import ... from "ory-wasm"`), no bundler: the
// page calls toSession against the fake Kratos and shows the signed-in identity.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";

import { assertRequest, onlyRequest } from "../support/assert-request.mjs";
import { launchBrowser, openPage } from "../support/browser.mjs";
import { fixture, startServer } from "../support/recording-server.mjs";

let browser, pageServer, api;

before(async () => {
  pageServer = await startServer({ static: ["/pkg/", "/tests/browser/"] });
  api = await startServer({ allowOrigins: [pageServer.origin] });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await api?.close();
  await pageServer?.close();
});

describe("import map", () => {
  it('import { FrontendApi, Configuration } from "ory-wasm" works and toSession resolves', async () => {
    const session = fixture("v1/session-whoami.json");
    api.route("GET", "/sessions/whoami", { body: session });
    const url = `${pageServer.origin}/tests/browser/import-map.html?api=${encodeURIComponent(api.origin)}`;
    const { page, problems } = await openPage(browser, url);

    assert.equal(await page.textContent("#status"), "signed in", problems.join("\n"));
    assert.equal(await page.textContent("#identity"), session.identity.traits.email);
    assertRequest(onlyRequest(api), { method: "GET", path: "/sessions/whoami" });
    assert.deepEqual(problems, []);
  });
});
