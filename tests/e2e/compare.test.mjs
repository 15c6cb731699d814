// ory-wasm's default card next to @ory/elements-react's default theme (a devDependency, rendered
// here from the installed package, bundled with esbuild as the benchmark bundles it), on the same
// real Kratos captures (../shared/kratos/fixtures), light and dark. The screenshots go to
// test-results/screenshots/compare-*.png; `npm run screenshots` copies those that changed
// visibly to docs/screenshots/ for the README.
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";

import * as esbuild from "esbuild";

import { launchBrowser } from "../support/browser.mjs";
import { fixture, startServer } from "../support/recording-server.mjs";
import { root, screenshotsDir } from "./support.mjs";

/** The flows compared: [screenshot name, fixture, flow type]. */
const FLOWS = [
  ["login", "v1/login-flow-password-browser.json", "login"],
  ["login-social", "v1/login-flow-oidc-password.json", "login"],
  ["login-identifier-first", "v1/nodes-login-identifier-first.json", "login"],
  ["login-second-factor", "v1/login-flow-aal2-all-methods.json", "login"],
  ["registration", "v1/registration-flow-password-browser.json", "registration"],
  ["recovery-code-sent", "v1/recovery-flow-code-sent.json", "recovery"],
  ["verification", "v1/verification-flow-code.json", "verification"],
  ["settings", "v1/settings-flow-unlink-all-methods.json", "settings"],
];

/** A fixture as a flow: `nodes-*.json` files hold only the nodes. */
function flowOf(name, type) {
  const data = fixture(name);
  const flow = Array.isArray(data) ? { id: "compare", state: "choose_method", ui: { action: `https://kratos.example/self-service/${type}?flow=compare`, method: "POST", nodes: data } } : structuredClone(data);
  flow.id ??= "compare";
  flow.ui.messages ??= [];
  // elements-react throws "Not implemented" on a datetime-local input (bench/server.mjs): both
  // sides get it as a text input.
  for (const node of flow.ui.nodes) if (node.attributes?.type === "datetime-local") node.attributes.type = "text";
  // elements-react's client-fetch decoding needs the dates of a flow.
  flow.issued_at ??= "2026-01-01T00:00:00Z";
  flow.expires_at ??= "2026-01-01T01:00:00Z";
  flow.type ??= "browser";
  return flow;
}

let server, browser;

before(async () => {
  await esbuild.build({
    entryPoints: [join(root, "tests/e2e/compare/elements-entry.js")],
    outdir: join(root, "test-results/compare"),
    entryNames: "app",
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "error",
  });
  server = await startServer({ static: ["/pkg/", "/tests/e2e/compare/", "/test-results/compare/"] });
  // elements-react asks for a logout URL on a second-factor flow (its "Sign out" link).
  server.route("GET", "/self-service/logout/browser", { body: fixture("v1/logout-url.json") });
  browser = await launchBrowser();
  mkdirSync(screenshotsDir, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe("the default card next to elements-react's default theme", () => {
  for (const scheme of ["light", "dark"]) {
    it(`renders every flow on both sides and saves the screenshots (${scheme})`, async () => {
      const context = await browser.newContext({ viewport: { width: 1000, height: 700 }, colorScheme: scheme, deviceScaleFactor: 1 });
      try {
        for (const [name, file, type] of FLOWS) {
          const page = await context.newPage();
          const errors = [];
          page.on("pageerror", (error) => errors.push(error.message));
          await page.addInitScript((flow) => (window.compareFlow = flow), flowOf(file, type));
          await page.goto(`${server.origin}/tests/e2e/compare/page.html?type=${type}`);
          await page.waitForFunction(() => window.compareReady === true, null, { timeout: 15000 });
          await page.waitForFunction(() => document.querySelector("#elements form, #elements button") !== null, null, { timeout: 15000 });
          assert.deepEqual(errors, [], `${name}: no page errors`);
          assert.ok(await page.textContent("#ory .ory-card-title"), `${name}: our card has a title`);
          await page.evaluate(() => document.fonts.ready);
          await page.screenshot({ path: join(screenshotsDir, `compare-${name}-${scheme}.png`), fullPage: true, animations: "disabled", caret: "hide" });
          await page.close();
        }
      } finally {
        await context.close();
      }
    });
  }
});
