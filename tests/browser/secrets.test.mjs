// Secrets never leak (issue: reliability and security suite, part 4), in headless Chromium:
// session tokens, passwords, one-time codes and WebAuthn answers must not appear in any request
// URL (every request of the page is recorded), any console message (all are captured), any
// error's message, `String(err)`, `err.stack` or `JSON.stringify(err)`, nor in the DOM's markup
// after a submit (`document.documentElement.outerHTML`; the password input is emptied after a
// 400).
import assert from "node:assert/strict";
import { after, before, beforeEach, describe, it } from "node:test";

import { launchBrowser } from "../support/browser.mjs";
import { closedPort, fixture, startServer } from "../support/recording-server.mjs";
import { openRenderPage } from "../support/render.mjs";

let browser, pageServer, api, context, page;
const urls = [];
const consoleTexts = [];

const PASSWORD = "pw-SECRET-5c1e9";
const TOKEN = "ory_st_SECRET-a8d2";
const TOTP = "739184"; // a code: digits only, so the check below looks for it in context
const RECOVERY = "SECRET-rc-40417";
const WEBAUTHN = JSON.stringify({ id: "cred-SECRET-77", rawId: "cred-SECRET-77", response: { signature: "sig-SECRET-31" }, type: "public-key" });
const SECRETS = [PASSWORD, TOKEN, RECOVERY, "cred-SECRET-77", "sig-SECRET-31"];

before(async () => {
  pageServer = await startServer({ static: ["/pkg/", "/tests/browser/"] });
  api = await startServer({ allowOrigins: [pageServer.origin] });
  browser = await launchBrowser();
  ({ context, page } = await openRenderPage(browser, pageServer.origin));
  page.on("request", (request) => urls.push(request.url()));
  page.on("console", (message) => consoleTexts.push(`${message.type()}: ${message.text()}`));
  page.on("pageerror", (error) => consoleTexts.push(`pageerror: ${error.message}\n${error.stack}`));
});

after(async () => {
  // Checked once more over everything the whole file did.
  try {
    assertNoSecret(urls.join("\n"), "request URLs");
    assertNoSecret(consoleTexts.join("\n"), "console output");
  } finally {
    await browser?.close();
    await api?.close();
    await pageServer?.close();
  }
});

beforeEach(async () => {
  api.reset();
  await page.evaluate(() => {
    for (const view of window.oryViews.values()) view.destroy();
    window.oryViews.clear();
    window.oryEvents = [];
  });
});

function assertNoSecret(text, where, extra = []) {
  for (const secret of [...SECRETS, ...extra]) {
    assert.ok(!String(text).includes(secret), `${where} contains ${secret}:\n${String(text).slice(0, 2000)}`);
  }
}

const LOGIN = fixture("v1/login-flow-password-browser.json");
const C = "#container-main";
const outerHTML = () => page.evaluate(() => document.documentElement.outerHTML);

async function render(flow, options = {}) {
  const outcome = await page.evaluate(
    ([f, o]) => window.oryRender(f, { options: o, hooks: ["onSuccess", "onNavigate", "onAlreadySignedIn"] }),
    [flow, { basePath: api.origin, ...options }],
  );
  assert.ok(outcome.ok, JSON.stringify(outcome.error));
}

/** Calls `FrontendApi[method](...args)` in the page and describes the thrown error in every way a caller could print it. */
function failingCall(method, args, config = {}) {
  return page.evaluate(async ([basePath, m, a, c]) => {
    try {
      await new window.ory.FrontendApi(new window.ory.Configuration({ basePath, ...c }))[m](...a);
      return null;
    } catch (error) {
      console.log("caught", error); // what an app's logging does
      console.error(error);
      const forms = [String(error), error?.message, error?.stack, JSON.stringify(error), JSON.stringify(Object.assign({}, error))];
      try {
        forms.push(JSON.stringify(error?.body));
      } catch {}
      return { kind: error?.kind, text: forms.join("\n") };
    }
  }, [basePath(), method, args, config]);
}
const basePath = () => api.origin;

describe("the renderer", () => {
  it("a 400 after a password submit: the password input is empty and the markup never held the password", async () => {
    const invalid = structuredClone(LOGIN);
    invalid.ui.messages = [{ id: 4000006, text: "The provided credentials are invalid.", type: "error", context: {} }];
    api.route("POST", "/self-service/login", { status: 400, body: invalid });
    await render(LOGIN);
    await page.fill(`${C} [name=identifier]`, "alice@example.com");
    await page.fill(`${C} [name=password]`, PASSWORD);
    assertNoSecret(await outerHTML(), "the DOM while the password is typed");
    await page.click(`${C} button[name=method]`);
    await page.waitForSelector(`${C} [data-message-id="4000006"]`);
    assert.equal(await page.inputValue(`${C} [name=password]`), "");
    assertNoSecret(await outerHTML(), "the DOM after the 400");
    const post = api.requests.find((r) => r.method === "POST");
    assert.equal(post.body.password, PASSWORD, "the password went in the body");
    assertNoSecret(post.path + post.search, "the submit URL");
  });

  it("a network failure keeps the typed password in the input only, not in the markup or a message", async () => {
    const port = await closedPort();
    await render(LOGIN, { basePath: `http://localhost:${port}` });
    await page.fill(`${C} [name=identifier]`, "alice@example.com");
    await page.fill(`${C} [name=password]`, PASSWORD);
    await page.click(`${C} button[name=method]`);
    await page.waitForSelector(`${C} .ory-notice [role=alert]`);
    assert.equal(await page.inputValue(`${C} [name=password]`), PASSWORD, "kept for the retry");
    assertNoSecret(await outerHTML(), "the DOM after a network failure");
  });

  it("a TOTP code and a recovery code are not in the markup after a 400", async () => {
    const totpFlow = { id: "totp-flow", ui: { action: `${api.origin}/self-service/login?flow=totp-flow`, method: "POST", nodes: fixture("v0/nodes-login-totp.json") } };
    const invalid = structuredClone(totpFlow);
    invalid.ui.messages = [{ id: 4000008, text: "The provided authentication code is invalid, please try again.", type: "error", context: {} }];
    api.route("POST", "/self-service/login", { status: 400, body: invalid });
    await render(totpFlow);
    await page.fill(`${C} [name=totp_code]`, TOTP);
    await page.click(`${C} button[name=method]`);
    await page.waitForSelector(`${C} [data-message-id="4000008"]`);
    assert.ok(!(await outerHTML()).includes(`"${TOTP}"`), "the TOTP code is not in an attribute");
    assert.equal(api.requests.find((r) => r.method === "POST").body.totp_code, TOTP);

    const recovery = fixture("v1/recovery-flow-code-sent.json");
    const invalidRecovery = structuredClone(recovery);
    invalidRecovery.ui.messages = [{ id: 4060006, text: "The recovery code is invalid or has already been used.", type: "error", context: {} }];
    api.route("POST", "/self-service/recovery", { status: 400, body: invalidRecovery });
    await render(recovery);
    await page.fill(`${C} [name=code]`, RECOVERY);
    await page.click(`${C} button[type=submit][name=method], ${C} button[type=submit]:not([name])`);
    await page.waitForSelector(`${C} [data-message-id="4060006"]`);
    assertNoSecret(await outerHTML(), "the DOM after a wrong recovery code");
  });

  it("a session token in a successful answer reaches onSuccess only: not the DOM, URLs or console", async () => {
    const success = { ...fixture("v1/login-success-api.json"), session_token: TOKEN };
    api.route("POST", "/self-service/login", { body: success });
    await render(LOGIN);
    await page.fill(`${C} [name=identifier]`, "alice@example.com");
    await page.fill(`${C} [name=password]`, PASSWORD);
    await page.click(`${C} button[name=method]`);
    await page.waitForFunction(() => window.oryEvents.length > 0, null, { timeout: 5000 });
    assertNoSecret(await outerHTML(), "the DOM after success");
  });
});

describe("errors of the API", () => {
  const bodies = [
    ["updateLoginFlow", { method: "password", identifier: "alice", password: PASSWORD, csrfToken: "c" }],
    ["updateLoginFlow", { method: "totp", totpCode: TOTP, csrfToken: "c" }],
    ["updateLoginFlow", { method: "webauthn", webauthnLogin: WEBAUTHN, identifier: "alice", csrfToken: "c" }],
    ["updateRecoveryFlow", { method: "code", code: RECOVERY, csrfToken: "c" }],
  ];
  const bodyArg = { updateLoginFlow: "updateLoginFlowBody", updateRecoveryFlow: "updateRecoveryFlowBody" };
  const answers = [
    ["500 text", { status: 500, rawBody: "internal error", headers: { "Content-Type": "text/plain" } }],
    ["400 flow", { status: 400, body: LOGIN }],
    ["403 csrf", { status: 403, body: fixture("v1/error-security-csrf-violation-403.json") }],
    ["200 not JSON", { status: 200, rawBody: "<html>", headers: { "Content-Type": "text/html" } }],
    ["slow (timeout)", { body: {}, delay: 2000 }],
  ];
  for (const [label, answer] of answers) {
    it(`${label}: no token, password, code or WebAuthn answer in the error in any printed form`, async () => {
      for (const [method, body] of bodies) {
        const path = method === "updateLoginFlow" ? "/self-service/login" : "/self-service/recovery";
        api.route("POST", path, answer);
        const described = await failingCall(method, [{ flow: "f", xSessionToken: TOKEN, [bodyArg[method]]: body }], { timeoutMs: 300 });
        assert.ok(described, `${method} must fail`);
        assertNoSecret(described.text, `${method} error (${described.kind})`, [TOTP]);
      }
    });
  }

  it("a network failure and a 401 with a session token", async () => {
    const port = await closedPort();
    let described = await page.evaluate(async ([p, token]) => {
      try {
        await new window.ory.FrontendApi(new window.ory.Configuration({ basePath: `http://localhost:${p}` })).toSession({ xSessionToken: token });
      } catch (error) {
        return [String(error), error.stack, JSON.stringify(error)].join("\n");
      }
    }, [port, TOKEN]);
    assertNoSecret(described, "network error");
    api.route("GET", "/sessions/whoami", { status: 401, body: fixture("v1/error-session-inactive-401.json") });
    described = await failingCall("toSession", [{ xSessionToken: TOKEN }]);
    assertNoSecret(described.text, "401 error");
    const request = api.requests.find((r) => r.path === "/sessions/whoami");
    assert.equal(request.headers["x-session-token"], TOKEN, "the token travels in its header");
    assertNoSecret(request.path + request.search, "the whoami URL");
  });
});
