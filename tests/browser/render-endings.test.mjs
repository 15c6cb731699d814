// The renderer's submissions and endings in headless Chromium, against a recording "Kratos" on
// another origin (CORS with credentials, as in frontend.test.mjs): the body each method sends,
// and what the form does with every kind of answer.
import assert from "node:assert/strict";
import { after, before, beforeEach, describe, it } from "node:test";

import { fixture } from "../support/recording-server.mjs";
import { clearRenderPage, startRenderSuite, stopRenderSuite } from "../support/render.mjs";

let browser, pageServer, api, context, page;

before(async () => {
  ({ pageServer, api, browser, context, page } = await startRenderSuite());
});

after(() => stopRenderSuite({ browser, api, pageServer }));

beforeEach(async () => {
  api.reset();
  pageServer.reset();
  await page.unrouteAll();
  if (!page.url().endsWith("/render-harness.html")) {
    await page.goto(`${pageServer.origin}/tests/browser/render-harness.html`);
    await page.waitForFunction(() => window.oryRenderReady === true);
  }
  await clearRenderPage(page);
});

const LOGIN = fixture("v1/login-flow-password-browser.json");
const LOGIN_ID = LOGIN.id;
const LOGIN_CSRF = LOGIN.ui.nodes.find((n) => n.attributes.name === "csrf_token").attributes.value;
const SESSION = fixture("v1/login-success-browser.json");
const C = "#container-main";

/** Renders into #container-main against the fake Kratos; `hooks` are recorded in window.oryEvents. */
async function render(flow, { options = {}, hooks = ["onSuccess", "onNavigate", "onAlreadySignedIn", "onFlow"] } = {}) {
  const outcome = await page.evaluate(([f, s]) => window.oryRender(f, s), [flow, { options: { basePath: api.origin, ...options }, hooks }]);
  assert.ok(outcome.ok, `renderFlow threw: ${JSON.stringify(outcome.error)}`);
  return outcome;
}

const describeDom = () => page.evaluate(() => window.oryDescribe("main"));
const events = (name) => page.evaluate((n) => window.oryEvents.filter((e) => !n || e.name === n), name);
const waitEvent = (name) => page.waitForFunction((n) => window.oryEvents.some((e) => e.name === n), name, { timeout: 5000 });
const flowId = () => page.evaluate((c) => document.querySelector(`${c} .ory-flow`)?.getAttribute("data-flow-id"), C);
const rootClass = () => page.evaluate((c) => document.querySelector(`${c} .ory-flow`)?.className, C);
const valueOf = (name) => page.inputValue(`${C} [name="${name}"]`);
const posts = () => api.requests.filter((r) => r.method === "POST");

function wrap(nodes, kind, id = `${kind}-flow`) {
  return { id, ui: { action: `https://kratos.example/self-service/${kind}?flow=${id}`, method: "POST", nodes } };
}

async function waitForFlow(id) {
  await page.waitForFunction(([c, i]) => document.querySelector(`${c} .ory-flow`)?.getAttribute("data-flow-id") === i, [C, id], { timeout: 5000 });
}

async function typeLogin(identifier = "alice@example.com", password = "secret-password") {
  await page.fill(`${C} [name=identifier]`, identifier);
  await page.fill(`${C} [name=password]`, password);
}

function loginFlowWith(id, mutate = () => {}) {
  const flow = structuredClone(LOGIN);
  flow.id = id;
  flow.ui.action = `https://kratos.example/self-service/login?flow=${id}`;
  mutate(flow);
  return flow;
}

describe("submission bodies", () => {
  it("password login: csrf_token, identifier, password, method", async () => {
    api.route("POST", "/self-service/login", { body: SESSION });
    await render(LOGIN);
    await typeLogin();
    await page.click(`${C} button[name=method][value=password]`);
    const post = await api.waitForRequest((r) => r.method === "POST");
    assert.equal(post.path, "/self-service/login");
    assert.deepEqual(post.query, { flow: LOGIN_ID });
    assert.match(post.headers["content-type"], /^application\/json/);
    assert.ok(post.headers.origin === pageServer.origin);
    assert.deepEqual(post.body, { csrf_token: LOGIN_CSRF, identifier: "alice@example.com", password: "secret-password", method: "password" });
  });

  it("registration: nested traits and the checkbox as a boolean", async () => {
    const flow = fixture("v1/registration-flow-password-browser.json");
    api.route("POST", "/self-service/registration", { body: fixture("v1/registration-success-browser.json") });
    await render(flow);
    await page.fill(`${C} [name="traits.email"]`, "alice@example.com");
    await page.fill(`${C} [name=password]`, "correct horse");
    await page.check(`${C} [name="traits.tos"]`);
    await page.click(`${C} button[name=method]`);
    const post = await api.waitForRequest((r) => r.method === "POST");
    assert.equal(post.path, "/self-service/registration");
    assert.deepEqual(post.query, { flow: flow.id });
    const csrf = flow.ui.nodes.find((n) => n.attributes.name === "csrf_token").attributes.value;
    assert.deepEqual(post.body, { csrf_token: csrf, traits: { email: "alice@example.com", tos: true }, password: "correct horse", method: "password" });
  });

  it("settings profile: traits typed as the inputs say (numbers, booleans)", async () => {
    const flow = wrap(fixture("v1/ui-settings-profile.json").nodes, "settings", "settings-1");
    api.route("POST", "/self-service/settings", { body: flow });
    await render(flow, { options: { flowType: "settings" } });
    await page.fill(`${C} [name="traits.email"]`, "new@example.com");
    await page.fill(`${C} [name="traits.numby"]`, "7");
    await page.check(`${C} [name="traits.booly"]`);
    await page.click(`${C} button[name=method][value=profile]`);
    const post = await api.waitForRequest((r) => r.method === "POST");
    assert.equal(post.path, "/self-service/settings");
    assert.deepEqual(post.body, {
      csrf_token: "",
      method: "profile",
      traits: { email: "new@example.com", stringy: "foobar", numby: 7, booly: true, should_big_number: 2048, should_long_string: "asdfasdfasdfasdfasfdasdfasdfasdf" },
    });
  });

  it("settings: a date-time trait shows in the user's time zone and goes back as the same instant", async () => {
    const flow = fixture("v1/settings-flow-unlink-all-methods.json");
    api.route("POST", "/self-service/settings", { body: flow });
    // A page in New York: 12:07 UTC is 08:07 local in May.
    const zoned = await browser.newContext({ timezoneId: "America/New_York" });
    try {
      const other = await zoned.newPage();
      await other.goto(`${pageServer.origin}/tests/browser/render-harness.html`);
      await other.waitForFunction(() => window.oryRenderReady === true);
      const outcome = await other.evaluate(([f, b]) => window.oryRender(f, { options: { basePath: b } }), [flow, api.origin]);
      assert.ok(outcome.ok, JSON.stringify(outcome.error));
      // Chromium normalises the shown value (`…56.42`): compare the wall-clock time.
      assert.match(await other.inputValue(`${C} [name="traits.consent.tos"]`), /^2021-05-21T08:07:56\.42/);
      await other.click(`${C} button[name=method][value=profile]`);
      const post = await api.waitForRequest((r) => r.method === "POST");
      assert.deepEqual(post.body.traits, { email: "test@test.com", name: "Test User", consent: { newsletter: true, tos: "2021-05-21T12:07:56.420Z" } });
      assert.equal(post.body.method, "profile");
    } finally {
      await zoned.close();
    }
  });

  it("settings: Enter in the password field submits the password method, not the profile button above", async () => {
    const flow = wrap(fixture("v1/ui-settings-profile.json").nodes, "settings", "settings-2");
    api.route("POST", "/self-service/settings", { body: flow });
    await render(flow, { options: { flowType: "settings" } });
    await page.fill(`${C} [name=password]`, "a new password");
    await page.press(`${C} [name=password]`, "Enter");
    const post = await api.waitForRequest((r) => r.method === "POST");
    assert.deepEqual(post.body, { csrf_token: "", password: "a new password", method: "password" });
  });

  it("Enter in the identifier signs in with the password even when the oidc section comes first", async () => {
    api.route("POST", "/self-service/login", { body: SESSION });
    const flow = fixture("v0/login-flow-password-oidc.json");
    await render(flow, { options: { order: ["oidc"] } });
    await typeLogin("dave@example.com", "pw-dave");
    await page.press(`${C} [name=identifier]`, "Enter");
    const post = await api.waitForRequest((r) => r.method === "POST");
    const csrf = flow.ui.nodes.find((n) => n.attributes.name === "csrf_token").attributes.value;
    assert.deepEqual(post.body, { csrf_token: csrf, identifier: "dave@example.com", password: "pw-dave", method: "password" });
  });

  it("recovery code: csrf_token, code, method=code", async () => {
    const flow = fixture("v1/recovery-flow-code-sent.json");
    api.route("POST", "/self-service/recovery", { body: flow });
    await render(flow);
    await page.fill(`${C} [name=code]`, "123456");
    await page.click(`${C} button[name=method][value=code]`);
    const post = await api.waitForRequest((r) => r.method === "POST");
    assert.equal(post.path, "/self-service/recovery");
    const csrf = flow.ui.nodes.find((n) => n.attributes.name === "csrf_token").attributes.value;
    assert.deepEqual(post.body, { csrf_token: csrf, code: "123456", method: "code" });
  });

  it("TOTP: totp_code and method=totp", async () => {
    api.route("POST", "/self-service/login", { body: SESSION });
    await render(wrap(fixture("v0/nodes-login-totp.json"), "login", "totp-1"));
    await page.fill(`${C} [name=totp_code]`, "654321");
    await page.click(`${C} button[name=method][value=totp]`);
    const post = await api.waitForRequest((r) => r.method === "POST");
    assert.deepEqual(post.query, { flow: "totp-1" });
    assert.deepEqual(post.body, { csrf_token: "", totp_code: "654321", method: "totp" });
  });

  it("lookup secrets: lookup_secret_reveal as a boolean", async () => {
    const flow = wrap(fixture("v0/nodes-settings-lookup-reveal-disable.json"), "settings", "lookup-1");
    api.route("POST", "/self-service/settings", { body: flow });
    await render(flow);
    await page.click(`${C} button[name=lookup_secret_reveal]`);
    const post = await api.waitForRequest((r) => r.method === "POST");
    assert.deepEqual(post.body, { csrf_token: "", lookup_secret_reveal: true, method: "lookup_secret" });
  });

  it("oidc provider button: only csrf_token, provider and method, even with an identifier typed", async () => {
    const flow = fixture("v0/login-flow-password-oidc.json");
    api.route("POST", "/self-service/login", {
      status: 422,
      body: { error: { id: "browser_location_change_required", code: 422 }, redirect_browser_to: "https://github.example/authorize?x=1" },
    });
    await render(flow);
    await page.fill(`${C} [name=identifier]`, "half-typed");
    await page.click(`${C} button[data-provider=github]`);
    const post = await api.waitForRequest((r) => r.method === "POST");
    const csrf = flow.ui.nodes.find((n) => n.attributes.name === "csrf_token").attributes.value;
    assert.deepEqual(post.body, { csrf_token: csrf, provider: "github", method: "oidc" });
    await waitEvent("onNavigate");
    assert.deepEqual((await events("onNavigate")).map((e) => e.argument), ["https://github.example/authorize?x=1"]);
  });
});

describe("endings", () => {
  it("400: re-renders with the message under the field, the typed identifier kept and the password cleared", async () => {
    const invalid = loginFlowWith(LOGIN_ID, (flow) => {
      flow.ui.nodes.find((n) => n.attributes.name === "identifier").messages = [
        { id: 4000001, text: "length must be >= 3, but got 2", type: "error", context: {} },
      ];
      flow.ui.messages = [{ id: 4000006, text: "The provided credentials are invalid.", type: "error", context: {} }];
    });
    api.route("POST", "/self-service/login", { status: 400, body: invalid });
    await render(LOGIN);
    await typeLogin("al", "pw");
    await page.click(`${C} button[name=method]`);
    await page.waitForSelector(`${C} li[data-message-id="4000001"]`);
    const dom = await describeDom();
    assert.deepEqual(dom.flowMessages.map((m) => [m.id, m.role]), [["4000006", "alert"]]);
    const identifier = dom.groups[0].items.find((i) => i.control?.name === "identifier");
    assert.deepEqual(identifier.messages.map((m) => m.id), ["4000001"]);
    assert.equal(identifier.control.ariaInvalid, "true");
    assert.equal(identifier.control.describedBy, identifier.messagesId);
    assert.equal(await valueOf("identifier"), "al", "the typed identifier stays");
    assert.equal(await valueOf("password"), "", "the password is cleared");
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("name")), "identifier", "focus on the first invalid field");
  });

  it("200 settings flow: re-renders the success message and does not put typed input back", async () => {
    const flow = wrap(fixture("v1/nodes-settings-totp-setup.json"), "settings", "totp-settings");
    const saved = structuredClone(flow);
    saved.state = "success";
    saved.ui.messages = [{ id: 1050001, text: "Your changes have been saved!", type: "success" }];
    api.route("POST", "/self-service/settings", { body: saved });
    await render(flow);
    await page.fill(`${C} [name=totp_code]`, "123123");
    await page.click(`${C} button[name=method][value=totp]`);
    await page.waitForSelector(`${C} li[data-message-id="1050001"]`);
    const dom = await describeDom();
    assert.deepEqual(dom.flowMessages.map((m) => [m.id, m.className, m.role]), [["1050001", "ory-message ory-message--success", null]]);
    assert.equal(await valueOf("totp_code"), "", "a used TOTP code is not shown again");
    assert.equal((await posts())[0].body.totp_code, "123123");
  });

  it("410 with use_flow_id: loads that flow silently and keeps the identifier", async () => {
    const expired = fixture("v1/error-self-service-flow-expired-410.json");
    const next = loginFlowWith(expired.use_flow_id);
    api.route("POST", "/self-service/login", { status: 410, body: expired });
    api.route("GET", "/self-service/login/flows", { body: next });
    await render(LOGIN);
    await typeLogin("bob@example.com", "pw");
    await page.click(`${C} button[name=method]`);
    await waitForFlow(expired.use_flow_id);
    const get = api.requests.find((r) => r.method === "GET");
    assert.equal(get.path, "/self-service/login/flows");
    assert.deepEqual(get.query, { id: expired.use_flow_id });
    assert.equal(await valueOf("identifier"), "bob@example.com");
    assert.equal(await valueOf("password"), "");
    assert.deepEqual((await describeDom()).notice, [], "no message: the reload is silent");
  });

  it("403 security_csrf_violation: starts a new flow", async () => {
    api.route("POST", "/self-service/login", { status: 403, body: fixture("v1/error-security-csrf-violation-403.json") });
    api.route("GET", "/self-service/login/browser", { body: loginFlowWith("fresh-flow") });
    await render(LOGIN);
    await typeLogin();
    await page.click(`${C} button[name=method]`);
    await waitForFlow("fresh-flow");
    assert.ok(api.requests.some((r) => r.method === "GET" && r.path === "/self-service/login/browser"));
  });

  it("422: calls onNavigate with redirect_browser_to", async () => {
    const body = fixture("v1/error-browser-location-change-required-422.json");
    api.route("POST", "/self-service/login", { status: 422, body });
    await render(LOGIN);
    await typeLogin();
    await page.click(`${C} button[name=method]`);
    await waitEvent("onNavigate");
    assert.deepEqual((await events("onNavigate")).map((e) => e.argument), [body.redirect_browser_to]);
  });

  it("422 without onNavigate: the page navigates", async () => {
    const target = `${pageServer.origin}/landed?from=422`;
    pageServer.route("GET", "/landed", { rawBody: "<!doctype html><title>landed</title>", headers: { "Content-Type": "text/html" } });
    api.route("POST", "/self-service/login", { status: 422, body: { error: { id: "browser_location_change_required", code: 422 }, redirect_browser_to: target } });
    await render(LOGIN, { hooks: [] });
    await typeLogin();
    await Promise.all([page.waitForURL(target, { timeout: 5000 }), page.click(`${C} button[name=method]`)]);
    assert.equal(page.url(), target);
  });

  it("403 session_aal2_required: signs in with aal2 in the same container, then comes back", async () => {
    const settings = wrap(fixture("v1/ui-settings-profile.json").nodes, "settings", "settings-aal");
    const aal2 = fixture("v1/login-flow-aal2-all-methods.json");
    api.route("POST", "/self-service/settings", { status: 403, body: fixture("v0/error-session-aal2-required-403.json") });
    api.route("GET", "/self-service/login/browser", { body: aal2 });
    api.route("POST", "/self-service/login", { body: SESSION });
    api.route("GET", "/self-service/settings/browser", { body: { ...settings, id: "settings-again" } });
    await render(settings, { options: { flowType: "settings" } });
    await page.click(`${C} button[name=method][value=profile]`);
    await waitForFlow(aal2.id);
    assert.equal(await rootClass(), "ory-flow ory-flow--login");
    const create = api.requests.find((r) => r.path === "/self-service/login/browser");
    assert.equal(create.query.aal, "aal2");
    // The authenticator app waits behind its button in the second-factor chooser.
    await page.click(`${C} button[data-ory-choose=totp]`);
    await page.fill(`${C} [name=totp_code]`, "111111");
    await page.click(`${C} button[name=method][value=totp]`);
    await waitForFlow("settings-again");
    assert.equal(await rootClass(), "ory-flow ory-flow--settings");
    const login = api.requests.find((r) => r.method === "POST" && r.path === "/self-service/login");
    assert.equal(login.body.totp_code, "111111");
    assert.deepEqual(await events("onSuccess"), [], "the step-up is not the caller's success");
    assert.equal(await page.evaluate(() => window.oryViews.get("main").kind), "settings");
  });

  it("session_already_available: calls onAlreadySignedIn", async () => {
    api.route("POST", "/self-service/login", { status: 400, body: fixture("v1/error-session-already-available-400.json") });
    await render(LOGIN);
    await typeLogin();
    await page.click(`${C} button[name=method]`);
    await waitEvent("onAlreadySignedIn");
    assert.deepEqual(await events("onSuccess"), []);
  });

  it("a network failure shows an alert and keeps the input; a retry works", async () => {
    api.route("POST", "/self-service/login", { body: SESSION });
    let aborted = 0;
    await page.route(`${api.origin}/self-service/login?*`, async (route) => {
      if (route.request().method() === "POST" && aborted === 0) {
        aborted += 1;
        await route.abort("connectionrefused");
      } else {
        await route.fallback();
      }
    });
    await render(LOGIN);
    await typeLogin("carol@example.com", "pw-carol");
    await page.click(`${C} button[name=method]`);
    await page.waitForSelector(`${C} .ory-notice [role=alert]`);
    const dom = await describeDom();
    assert.equal(dom.notice.length, 1);
    assert.match(dom.notice[0].className, /ory-message--error/);
    assert.equal(await valueOf("identifier"), "carol@example.com");
    assert.equal(await valueOf("password"), "pw-carol");
    assert.equal(await page.isEnabled(`${C} button[name=method]`), true, "the button works again");
    await page.click(`${C} button[name=method]`);
    await waitEvent("onSuccess");
    assert.equal(posts().length, 1, "the retry reached the server");
    assert.equal(posts()[0].body.password, "pw-carol");
  });

  it("no double submit: one request while the first is pending, buttons disabled meanwhile", async () => {
    api.route("POST", "/self-service/login", { body: SESSION, delay: 600 });
    await render(fixture("v0/login-flow-password-oidc.json"));
    await typeLogin();
    // Two submits in the same task (a double Enter, a script), then a click while in flight.
    await page.evaluate((c) => {
      const form = document.querySelector(`${c} form`);
      const button = form.querySelector("button[name=method]");
      form.requestSubmit(button);
      form.requestSubmit(button);
    }, C);
    await api.waitForRequest((r) => r.method === "POST");
    const states = await page.evaluate((c) => [...document.querySelectorAll(`${c} button`)].map((b) => b.disabled), C);
    assert.ok(states.length > 1 && states.every(Boolean), `every button disabled while in flight: ${states}`);
    await page.evaluate((c) => {
      const form = document.querySelector(`${c} form`);
      form.requestSubmit(form.querySelector("button[name=method]"));
      form.querySelector("input[name=password]").dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    }, C);
    await waitEvent("onSuccess");
    assert.equal(posts().length, 1, `one POST, got ${posts().length}`);
  });

  it("onSuccess receives the session", async () => {
    api.route("POST", "/self-service/login", { body: SESSION });
    await render(LOGIN);
    await typeLogin();
    await page.click(`${C} button[name=method]`);
    await waitEvent("onSuccess");
    const [success] = await events("onSuccess");
    assert.deepEqual(success.argument, { session: SESSION.session, identity: null });
  });

  it("continue_with show_verification_ui: loads that verification flow", async () => {
    const registration = fixture("v1/registration-flow-password-browser.json");
    const verification = { ...fixture("v1/verification-flow-code.json"), id: "verify-1" };
    const success = {
      ...fixture("v1/registration-success-browser.json"),
      continue_with: [{ action: "show_verification_ui", flow: { id: "verify-1", verifiable_address: "alice@example.com", url: "https://app.example/verification?flow=verify-1" } }],
    };
    api.route("POST", "/self-service/registration", { body: success });
    api.route("GET", "/self-service/verification/flows", { body: verification });
    await render(registration);
    await page.fill(`${C} [name="traits.email"]`, "alice@example.com");
    await page.fill(`${C} [name=password]`, "pw");
    await page.check(`${C} [name="traits.tos"]`);
    await page.click(`${C} button[name=method]`);
    await waitForFlow("verify-1");
    assert.equal(await rootClass(), "ory-flow ory-flow--verification");
    const get = api.requests.find((r) => r.path === "/self-service/verification/flows");
    assert.deepEqual(get.query, { id: "verify-1" });
  });

  it("destroy() empties the container, and later events do nothing", async () => {
    api.route("POST", "/self-service/login", { body: SESSION, delay: 400 });
    await render(LOGIN);
    await typeLogin();
    await page.click(`${C} button[name=method]`);
    await api.waitForRequest((r) => r.method === "POST");
    await page.evaluate(() => window.oryViews.get("main").destroy());
    assert.equal(await page.evaluate((c) => document.querySelector(c).childNodes.length, C), 0);
    await page.waitForTimeout(700);
    assert.deepEqual(await events("onSuccess"), [], "the answer after destroy() reaches no callback");
    assert.equal(await page.evaluate((c) => document.querySelector(c).childNodes.length, C), 0, "nothing rendered again");
    assert.equal(posts().length, 1);
  });
});

describe("options and entry points", () => {
  it("translations replace texts, with placeholders from the context", async () => {
    const flow = loginFlowWith("translated", (f) => {
      f.ui.messages = [{ id: 4000002, text: "Property email is missing.", type: "error", context: { property: "email" } }];
    });
    await render(flow, { options: { translations: { 4000002: "Das Feld {property} fehlt.", 1070004: "Kennung", 1010001: "Anmelden" } } });
    const dom = await describeDom();
    assert.deepEqual(dom.flowMessages.map((m) => m.text), ["Das Feld email fehlt."]);
    const items = dom.groups.flatMap((g) => g.items);
    const labelIds = LOGIN.ui.nodes.map((n) => n.meta.label?.id);
    assert.ok(labelIds.includes(1070004) || labelIds.includes(1070002));
    const identifier = items.find((i) => i.control?.name === "identifier");
    if (LOGIN.ui.nodes.find((n) => n.attributes.name === "identifier").meta.label.id === 1070004) assert.equal(identifier.label.text, "Kennung");
    const submit = items.find((i) => i.control?.name === "method");
    if (LOGIN.ui.nodes.find((n) => n.attributes.name === "method").meta.label.id === 1010001) assert.equal(submit.text, "Anmelden");
  });

  it("groups and order select and arrange the sections", async () => {
    const flow = fixture("v0/login-flow-password-oidc.json");
    await render(flow, { options: { groups: ["oidc"] } });
    let dom = await describeDom();
    assert.deepEqual(dom.groups.map((g) => g.group), ["oidc"]);
    assert.deepEqual(dom.hidden.map((h) => h.name), ["csrf_token"], "the csrf token stays");
    await render(flow, { options: { order: ["oidc", "password"] } });
    dom = await describeDom();
    assert.deepEqual(dom.groups.map((g) => g.group), ["oidc", "password", "default"]);
  });

  it("startFlow loads ?flow=<id> from the page URL, and creates a flow when that answers 410", async () => {
    await page.goto(`${pageServer.origin}/tests/browser/render-harness.html?flow=from-url`);
    await page.waitForFunction(() => window.oryRenderReady === true);
    api.route("GET", "/self-service/login/flows", { body: loginFlowWith("from-url") });
    let outcome = await page.evaluate((basePath) => window.oryStart("login", { options: { basePath } }), api.origin);
    assert.ok(outcome.ok, JSON.stringify(outcome.error));
    assert.equal(outcome.flowId, "from-url");
    assert.deepEqual(api.requests.map((r) => [r.path, r.query]), [["/self-service/login/flows", { id: "from-url" }]]);

    api.reset();
    api.route("GET", "/self-service/login/flows", { status: 410, body: fixture("v1/error-flow-expired-get-410.json") });
    api.route("GET", "/self-service/login/browser", { body: loginFlowWith("created") });
    outcome = await page.evaluate((basePath) => window.oryStart("login", { key: "second", options: { basePath } }), api.origin);
    assert.ok(outcome.ok, JSON.stringify(outcome.error));
    assert.equal(outcome.flowId, "created");
    assert.deepEqual(api.requests.map((r) => r.path), ["/self-service/login/flows", "/self-service/login/browser"]);
  });

  it("<ory-flow type=login base-path=…> starts a flow and emits ory-flow", async () => {
    api.route("GET", "/self-service/login/browser", { body: loginFlowWith("element-flow") });
    await page.evaluate((basePath) => {
      window.ory.defineOryFlowElement();
      const element = document.createElement("ory-flow");
      element.setAttribute("type", "login");
      element.setAttribute("base-path", basePath);
      element.addEventListener("ory-flow", (event) => window.oryEvents.push({ name: "ory-flow", argument: event.detail.flow.id }));
      document.body.append(element);
    }, api.origin);
    await waitEvent("ory-flow");
    assert.deepEqual((await events("ory-flow")).map((e) => e.argument), ["element-flow"]);
    assert.equal(await page.evaluate(() => document.querySelector("ory-flow > .ory-flow")?.className), "ory-flow ory-flow--login");
    assert.ok(api.requests.some((r) => r.path === "/self-service/login/browser"));
  });
});
