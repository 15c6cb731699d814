// The default card (src/ui/card.rs, src/render/card.rs, js/ory-wasm.css) in headless Chromium:
// the links between flows only to URLs the navigation gate allows (the attack first), titles per
// flow state, the show-password toggle, settings sections and destructive buttons, axe-core in
// the light and dark scheme, and the renderNode hook with hostile return values.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { after, before, beforeEach, describe, it } from "node:test";

import { fixture } from "../support/recording-server.mjs";
import { clearRenderPage, startRenderSuite, stopRenderSuite } from "../support/render.mjs";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

let browser, pageServer, api, page, problems;

before(async () => {
  ({ pageServer, api, browser, page, problems } = await startRenderSuite());
  await page.addStyleTag({ url: `${pageServer.origin}/pkg/ory-wasm.css` });
  assert.equal(await page.evaluate(() => [...document.styleSheets].some((s) => s.href?.endsWith("/pkg/ory-wasm.css") && s.cssRules.length > 10)), true, "the stylesheet applies");
  await page.addScriptTag({ content: AXE });
});

after(() => stopRenderSuite({ browser, api, pageServer }));

beforeEach(async () => {
  api.reset();
  await page.emulateMedia({ colorScheme: "light" });
  await clearRenderPage(page);
  problems.length = 0;
});

const LOGIN = fixture("v1/login-flow-password-browser.json");
const URLS = { login: "/login", registration: "/registration", recovery: "/recovery", verification: "/verification" };

async function render(flow, options = {}, hooks = []) {
  const outcome = await page.evaluate(([f, s]) => window.oryRender(f, s), [flow, { options: { basePath: api.origin, ...options }, hooks }]);
  assert.ok(outcome.ok, `renderFlow threw: ${JSON.stringify(outcome.error)}`);
  return outcome.dom;
}

/** Every href in the container, and every element carrying an event attribute. */
const anchors = () => page.evaluate(() => [...document.querySelectorAll("#container-main a")].map((a) => a.getAttribute("href")));

describe("links between flows: the attack first", () => {
  const HOSTILE = [
    "javascript:alert(document.domain)",
    "JaVaScRiPt:alert(1)",
    "\u0000javascript:alert(1)",
    " javascript:alert(1)",
    "java\nscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "blob:https://evil.example/x",
    "https://evil.example/recovery",
    "//evil.example/recovery",
    "/\\evil.example/recovery",
    "\\\\evil.example\\recovery",
    "https://user:pass@evil.example/",
    "https://evil.example\t/",
    "http://0x7f.1/",
    "recovery",
    "",
  ];

  it("hostile urls become no link, nowhere in the card", async () => {
    for (const hostile of HOSTILE) {
      await clearRenderPage(page);
      const dom = await render(LOGIN, { urls: { login: hostile, registration: hostile, recovery: hostile, verification: hostile, settings: hostile } });
      assert.deepEqual(dom.card.footer, [], JSON.stringify(hostile));
      assert.deepEqual(dom.card.forgot, [], JSON.stringify(hostile));
      assert.deepEqual(await anchors(), [], JSON.stringify(hostile));
      assert.deepEqual(dom.eventAttributes, []);
    }
    // Registration, recovery: the sign-in link is refused the same way.
    for (const [kind, name] of [["registration", "v1/registration-flow-password-browser.json"], ["recovery", "v1/recovery-flow-code.json"]]) {
      await clearRenderPage(page);
      await render(fixture(name), { flowType: kind, urls: { login: "javascript:alert(1)" } });
      assert.deepEqual(await anchors(), [], kind);
    }
  });

  it("urls that are not strings are refused as invalid_argument", async () => {
    for (const urls of [{ login: 42 }, { recovery: ["/x"] }, "/login"]) {
      const outcome = await page.evaluate(([f, o]) => window.oryRender(f, { options: o }), [LOGIN, { basePath: api.origin, urls }]);
      assert.equal(outcome.ok, false, JSON.stringify(urls));
      assert.equal(outcome.error.kind, "invalid_argument");
    }
  });

  it("another origin is a link only when allowedReturnUrls allows it", async () => {
    const dom = await render(LOGIN, {
      urls: { registration: "https://accounts.example/signup", recovery: "https://evil.example/recover" },
      allowedReturnUrls: ["https://accounts.example/"],
    });
    assert.deepEqual(dom.card.footer.map((l) => l.href), ["https://accounts.example/signup"]);
    assert.deepEqual(dom.card.forgot, []);
  });
});

describe("titles and links per flow and state", () => {
  it("login: title, subtitle, forgot password beside the password, sign-up in the footer", async () => {
    const dom = await render(LOGIN, { urls: URLS, projectName: "Acme" });
    assert.equal(dom.card.name, "Acme");
    assert.equal(dom.card.title, "Sign in");
    assert.equal(dom.card.subtitle, "Sign in with your email and password");
    assert.deepEqual(dom.card.forgot, [`${pageServer.origin}/recovery`]);
    assert.deepEqual(dom.card.footer, [{ text: "Sign up", href: `${pageServer.origin}/registration`, line: "No account yet? Sign up" }]);
    // The link sits in the password field, after its toggle: the tab order is field, toggle, link.
    const order = await page.evaluate(() => [...document.querySelectorAll("#container-main input:not([type=hidden]), #container-main button, #container-main a")].map((e) => e.getAttribute("name") ?? e.className));
    assert.deepEqual(order, ["identifier", "password", "ory-password-toggle", "ory-link ory-forgot", "method", "ory-link"]);
  });

  it("second factor and refresh: their own titles, no sign-up or recovery links", async () => {
    let dom = await render(fixture("v1/login-flow-aal2-all-methods.json"), { urls: URLS });
    assert.equal(dom.card.title, "Second factor");
    assert.deepEqual([dom.card.footer, dom.card.forgot], [[], []]);
    await clearRenderPage(page);
    dom = await render(fixture("v1/login-flow-refresh-password.json"), { urls: URLS });
    assert.equal(dom.card.title, "Confirm it is you");
    assert.deepEqual([dom.card.footer, dom.card.forgot], [[], []]);
  });

  it("registration, recovery and verification states, settings", async () => {
    const cases = [
      ["v1/registration-flow-password-browser.json", "registration", "Create an account", "Sign up with your email and a password", ["Sign in"]],
      ["v1/recovery-flow-code.json", "recovery", "Recover your account", "Enter the email address of your account to receive a recovery code", ["Back to sign in"]],
      ["v1/recovery-flow-code-sent.json", "recovery", "Recover your account", "Enter the code we sent to your email address", ["Back to sign in"]],
      ["v1/verification-flow-code-sent.json", "verification", "Verify your email address", "Enter the code we sent to your email address", ["Back to sign in"]],
      ["v1/settings-flow-unlink-all-methods.json", "settings", "Account settings", "Update your profile and the ways you sign in", []],
    ];
    for (const [name, flowType, title, subtitle, links] of cases) {
      await clearRenderPage(page);
      const dom = await render(fixture(name), { flowType, urls: URLS });
      assert.deepEqual([dom.card.title, dom.card.subtitle], [title, subtitle], name);
      assert.deepEqual(dom.card.footer.map((l) => l.text), links, name);
    }
  });

  it("translations replace the card's texts by key", async () => {
    const dom = await render(LOGIN, { urls: URLS, translations: { "card.login.title": "Anmelden", "card.link.recovery": "Passwort vergessen?", "card.password.show_label": "Passwort zeigen" } });
    assert.equal(dom.card.title, "Anmelden");
    assert.equal(await page.textContent("#container-main .ory-forgot"), "Passwort vergessen?");
    assert.equal(await page.getAttribute("#container-main .ory-password-toggle", "aria-label"), "Passwort zeigen");
  });

  it("a new state of the same flow updates the header in place (recovery: code sent)", async () => {
    const first = fixture("v1/recovery-flow-code.json");
    await render(first, { flowType: "recovery", urls: URLS });
    const before = await page.evaluate(() => window.oryDescribe("main").card);
    const sent = { ...fixture("v1/recovery-flow-code-sent.json"), id: first.id };
    const dom = await render(sent, { flowType: "recovery", urls: URLS });
    assert.equal(dom.card.subtitle, "Enter the code we sent to your email address");
    assert.equal(dom.card.titleId, before.titleId);
    assert.equal(dom.card.labelledBy, before.titleId);
    assert.equal(dom.card.footer.length, 1);
  });

  it("with onNavigate a card link goes through the gate to the app; the page stays", async () => {
    await render(LOGIN, { urls: URLS }, ["onNavigate"]);
    await page.click("#container-main footer a");
    const events = await page.evaluate(() => window.oryEvents);
    assert.deepEqual(events, [{ name: "onNavigate", argument: `${pageServer.origin}/registration` }]);
    assert.match(page.url(), /render-harness\.html$/);
  });

  it("social sign-in follows a divider", async () => {
    const dom = await render(fixture("v1/login-flow-oidc-password.json"), { urls: URLS });
    assert.equal(dom.card.dividers, 1);
    assert.equal(dom.card.subtitle, "Choose how to sign in");
  });
});

describe("show-password toggle", () => {
  it("is a real button with aria-pressed that keeps value, caret and selection, and submits nothing", async () => {
    await render(LOGIN, { urls: URLS });
    const toggle = "#container-main .ory-password-toggle";
    assert.equal(await page.getAttribute(toggle, "type"), "button");
    assert.equal(await page.getAttribute(toggle, "aria-pressed"), "false");
    assert.equal(await page.getAttribute(toggle, "aria-label"), "Show password");
    await page.fill("#container-main [name=password]", "correct horse");
    await page.evaluate(() => document.querySelector("#container-main [name=password]").setSelectionRange(2, 5));
    await page.click(toggle);
    const state = () =>
      page.evaluate(() => {
        const input = document.querySelector("#container-main [name=password]");
        return [input.type, input.value, input.selectionStart, input.selectionEnd, document.querySelector("#container-main .ory-password-toggle").getAttribute("aria-pressed")];
      });
    assert.deepEqual(await state(), ["text", "correct horse", 2, 5, "true"]);
    await page.keyboard.press("Space"); // the focused toggle, from the keyboard
    assert.deepEqual(await state(), ["password", "correct horse", 2, 5, "false"]);
    assert.equal(api.requests.length, 0, "no request: the toggle submits nothing");
  });
});

describe("settings: titled sections, destructive actions", () => {
  it("one titled group per method; remove and unlink look and read as destructive", async () => {
    const dom = await render(fixture("v1/settings-flow-unlink-all-methods.json"), { flowType: "settings" });
    assert.deepEqual(
      dom.groups.map((g) => [g.group, g.title]),
      [["profile", "Profile"], ["password", "Password"], ["webauthn", "Security keys"], ["totp", "Authenticator app"], ["lookup_secret", "Backup recovery codes"], ["oidc", "Connected accounts"]],
    );
    const buttons = await page.evaluate(() => [...document.querySelectorAll("#container-main button[type=submit]")].map((b) => [b.getAttribute("name"), b.className]));
    const danger = buttons.filter(([, c]) => c.includes("ory-button--danger")).map(([n]) => n);
    assert.deepEqual(danger.sort(), ["totp_unlink", "unlink", "unlink", "webauthn_remove"]);
    assert.equal(buttons.find(([n]) => n === "method")[1], "ory-button");
    const named = await page.evaluate(() => [...document.querySelectorAll("#container-main [role=group]")].every((g) => document.getElementById(g.getAttribute("aria-labelledby"))?.localName === "h3"));
    assert.ok(named);
  });
});

describe("second factor: the method chooser", () => {
  const AAL2 = fixture("v1/login-flow-aal2-all-methods.json");
  const SESSION = fixture("v1/login-success-browser.json");
  /** What shows: the sections and the chooser's buttons, in order, as [what, name, hidden]. */
  const shown = () =>
    page.evaluate(() =>
      [...document.querySelector("#container-main form").children]
        .filter((e) => e.hasAttribute("data-group") || e.hasAttribute("data-ory-choose"))
        .filter((e) => !e.hidden && e.getClientRects().length > 0)
        .map((e) => (e.hasAttribute("data-group") ? `section:${e.dataset.group}` : `${e.dataset.oryChoose ? "open" : "back"}:${e.dataset.oryChoose || e.dataset.oryBackFrom}:${e.textContent}`)),
    );
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute("name") ?? document.activeElement?.dataset.oryChoose ?? null);

  it("the methods to type into wait behind a button each; one chosen shows alone, with the way back", async () => {
    await render(AAL2, { urls: URLS });
    assert.deepEqual(await shown(), [
      "section:code",
      "section:webauthn",
      "open:totp:Use your authenticator app",
      "open:lookup_secret:Use a backup recovery code",
    ]);
    await page.click("#container-main [data-ory-choose=totp]");
    assert.deepEqual(await shown(), ["back:totp:Choose another method", "section:totp"]);
    assert.equal(await focused(), "totp_code", "the focus goes to the method's field");
    await page.click("#container-main .ory-method-back");
    assert.equal((await shown()).length, 4);
    assert.equal(await focused(), "totp", "and back to its button");
    // Neither button submits anything.
    assert.equal(api.requests.filter((r) => r.method === "POST").length, 0);
  });

  it("a wrong code (400) keeps the chosen method open; the right one signs in", async () => {
    const wrong = structuredClone(AAL2);
    wrong.ui.nodes.find((n) => n.attributes.name === "totp_code").messages = [{ id: 4000008, text: "The provided authentication code is invalid, please try again.", type: "error", context: {} }];
    api.route("POST", "/self-service/login", { status: 400, body: wrong });
    await render(AAL2, { urls: URLS }, ["onSuccess"]);
    await page.click("#container-main [data-ory-choose=totp]");
    await page.fill("#container-main [name=totp_code]", "000000");
    await page.click("#container-main .ory-group--totp button[type=submit]");
    await page.waitForSelector("#container-main [data-message-id='4000008']");
    assert.deepEqual(await shown(), ["back:totp:Choose another method", "section:totp"]);
    const body = api.requests.find((r) => r.method === "POST").body;
    assert.equal(body.method, "totp");
    assert.equal(body.totp_code, "000000");
    api.route("POST", "/self-service/login", { status: 200, body: SESSION });
    await page.fill("#container-main [name=totp_code]", "123456");
    await page.click("#container-main .ory-group--totp button[type=submit]");
    await page.waitForFunction(() => window.oryEvents.some((e) => e.name === "onSuccess"));
  });

  it("a first factor, or a second factor with one method, has no chooser", async () => {
    await render(LOGIN, { urls: URLS });
    assert.equal(await page.evaluate(() => document.querySelectorAll("#container-main [data-ory-choose]").length), 0);
    await clearRenderPage(page);
    const totpOnly = structuredClone(AAL2);
    totpOnly.ui.nodes = totpOnly.ui.nodes.filter((n) => ["default", "totp"].includes(n.group));
    await render(totpOnly, { urls: URLS });
    assert.deepEqual(await shown(), ["section:totp"]);
  });

  it("the authenticator app and backup codes: the app stays open, the backup codes wait", async () => {
    const appAndCodes = structuredClone(AAL2);
    appAndCodes.ui.nodes = appAndCodes.ui.nodes.filter((n) => ["default", "totp", "lookup_secret"].includes(n.group));
    await render(appAndCodes, { urls: URLS });
    assert.deepEqual(await shown(), ["section:totp", "open:lookup_secret:Use a backup recovery code"]);
    await page.click("#container-main [data-ory-choose=lookup_secret]");
    assert.deepEqual(await shown(), ["back:lookup_secret:Choose another method", "section:lookup_secret"]);
    assert.equal(await focused(), "lookup_secret");
  });

  it("Sign out ends the session with the logout flow (as JSON, no page change) and starts a fresh sign-in in place", async () => {
    const LOGOUT = fixture("v1/logout-url.json");
    api.route("GET", "/self-service/logout/browser", { status: 200, body: LOGOUT });
    api.route("GET", "/self-service/logout", { status: 204 });
    api.route("GET", "/self-service/login/browser", { status: 200, body: LOGIN });
    await render(AAL2, { urls: URLS });
    assert.equal(await page.textContent("#container-main .ory-card-sign-out"), "Something not working? Sign out");
    const url = page.url();
    await page.click("#container-main button[data-ory-sign-out]");
    await page.waitForSelector("#container-main .ory-flow input[name=password]");
    assert.deepEqual(api.requests.map((r) => `${r.method} ${r.path}${r.search}`), [
      "GET /self-service/logout/browser",
      `GET /self-service/logout?token=${LOGOUT.logout_token}`,
      "GET /self-service/login/browser",
    ]);
    for (const request of api.requests) assert.equal(request.headers.accept, "application/json", "JSON: Kratos answers instead of redirecting");
    assert.equal(page.url(), url, "the page stays");
    assert.equal(await page.evaluate(() => document.querySelectorAll("#container-main .ory-card-sign-out").length), 0, "a first factor offers no sign-out");
  });

  it("Sign out with a hostile logout flow: its token stays a query value on Kratos, its logout_url is never followed", async () => {
    const hostile = { logout_url: "javascript:alert(document.domain)", logout_token: "t&return_to=https://evil.example/#x" };
    api.route("GET", "/self-service/logout/browser", { status: 200, body: hostile });
    api.route("GET", "/self-service/logout", { status: 204 });
    api.route("GET", "/self-service/login/browser", { status: 200, body: LOGIN });
    await render(AAL2, { urls: URLS });
    const url = page.url();
    await page.click("#container-main button[data-ory-sign-out]");
    await page.waitForSelector("#container-main .ory-flow input[name=password]");
    const logout = api.requests.find((r) => r.path === "/self-service/logout");
    assert.deepEqual(logout.query, { token: hostile.logout_token }, "one query value, encoded");
    assert.equal(page.url(), url, "the page did not go anywhere");
  });

  it("Sign out that fails says so and keeps the second factor", async () => {
    api.route("GET", "/self-service/logout/browser", { status: 500, body: { error: { code: 500, status: "Internal Server Error", message: "down" } } });
    await render(AAL2, { urls: URLS });
    await page.click("#container-main button[data-ory-sign-out]");
    await page.waitForSelector("#container-main .ory-notice > *");
    assert.equal(await page.evaluate(() => document.querySelectorAll("#container-main button.ory-method").length), 2, "the second factor stays");
    assert.equal(api.requests.length, 1);
  });

  it("in another language", async () => {
    await render(AAL2, { translations: { "card.method.totp": "Authenticator-App verwenden", "card.method.back": "Andere Methode wählen" } });
    await page.click("#container-main [data-ory-choose=totp]");
    assert.deepEqual(await shown(), ["back:totp:Andere Methode wählen", "section:totp"]);
  });
});

describe("accessibility (axe-core), light and dark", () => {
  const flows = [
    ["login", LOGIN, {}],
    ["login, social", fixture("v1/login-flow-oidc-password.json"), {}],
    ["second factor", fixture("v1/login-flow-aal2-all-methods.json"), {}],
    ["second factor, authenticator app chosen", fixture("v1/login-flow-aal2-all-methods.json"), {}, "[data-ory-choose=totp]"],
    ["registration", fixture("v1/registration-flow-password-browser.json"), { flowType: "registration" }],
    ["recovery", fixture("v1/recovery-flow-code-sent.json"), { flowType: "recovery" }],
    ["settings", fixture("v1/settings-flow-unlink-all-methods.json"), { flowType: "settings" }],
  ];
  for (const scheme of ["light", "dark"]) {
    it(`has no violations (${scheme})`, async () => {
      await page.emulateMedia({ colorScheme: scheme });
      for (const [label, flow, options, click] of flows) {
        await clearRenderPage(page);
        await render(flow, { urls: URLS, projectName: "Acme", ...options });
        if (click) await page.click(`#container-main ${click}`);
        // With the password shown, too (where the flow has one).
        await page.evaluate(() => document.querySelector("#container-main .ory-password-toggle")?.click());
        const violations = await page.evaluate(async () => {
          const result = await window.axe.run("#container-main", { resultTypes: ["violations"] });
          return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
        });
        assert.deepEqual(violations, [], `${label} (${scheme})`);
      }
    });
  }
});

describe("renderNode", () => {
  /** Renders LOGIN with `renderNode` built in the page from `source` (a function's text). */
  function renderWith(source, flow = LOGIN) {
    return page.evaluate(
      ([f, origin, src]) => {
        const calls = [];
        window.oryHookCalls = calls;
        // eslint-disable-next-line no-new-func
        const hook = new Function("context", "calls", src);
        const container = document.createElement("div");
        container.id = "container-main";
        document.body.append(container);
        const view = window.ory.renderFlow(f, container, { basePath: origin, renderNode: (context) => hook(context, calls) });
        window.oryViews.set("main", view);
        return calls;
      },
      [flow, api.origin, source],
    );
  }

  it("sees type, group, name, the node, the SDK's element and control; can decorate and replace", async () => {
    const calls = await renderWith(`
      calls.push([context.type, context.group, context.name, context.node?.attributes?.name ?? null, context.element.localName, context.control?.localName ?? null]);
      if (context.name === "identifier") { context.element.classList.add("mine"); return; }
      if (context.name === "password") {
        const wrapper = document.createElement("div");
        wrapper.className = "my-password";
        wrapper.append(context.element);
        return wrapper;
      }
      if (context.group === "password" && context.name === "method") {
        const box = document.createElement("p");
        box.className = "my-submit";
        box.append(context.control);
        return box;
      }
    `);
    assert.deepEqual(calls, [
      ["input", "default", "identifier", "identifier", "div", "input"],
      ["input", "password", "password", "password", "div", "input"],
      ["input", "password", "method", "method", "button", "button"],
    ]);
    assert.equal(await page.locator("#container-main .ory-field.mine [name=identifier]").count(), 1);
    assert.equal(await page.locator("#container-main .my-password [name=password]").count(), 1);
    assert.equal(await page.locator("#container-main .my-submit button[name=method]").count(), 1);
    // The SDK still submits, with what was typed into the hooked fields.
    api.route("POST", "/self-service/login", { body: fixture("v1/login-success-browser.json") });
    await page.fill("#container-main [name=identifier]", "ada@example.com");
    await page.fill("#container-main [name=password]", "secret-password");
    await page.click("#container-main .my-submit button");
    await page.waitForFunction(() => document.querySelector("#container-main .ory-notice")?.textContent === "Done.", null, { timeout: 5000 });
    const post = api.requests.find((r) => r.method === "POST");
    const body = typeof post.body === "string" ? JSON.parse(post.body) : post.body;
    assert.equal(body.identifier, "ada@example.com");
    assert.equal(body.password, "secret-password");
    assert.equal(body.method, "password");
  });

  it("hostile return values cannot inject markup, drop a control, nest a form or steal a page element", async () => {
    await renderWith(`
      if (context.name === "identifier") return '<img src=x onerror="window.pwned=1">';
      if (context.name === "password") { const d = document.createElement("div"); d.textContent = "no control"; return d; }
      if (context.name === "method") { const f = document.createElement("form"); f.append(context.control); return f; }
      if (context.name === "csrf_token") return document.body;
    `);
    const state = await page.evaluate(() => ({
      pwned: window.pwned === 1,
      images: document.querySelectorAll("#container-main img").length,
      forms: document.querySelectorAll("#container-main form").length,
      identifier: !!document.querySelector("#container-main .ory-field [name=identifier]"),
      password: !!document.querySelector("#container-main .ory-field [name=password]"),
      method: document.querySelector("#container-main button[name=method]")?.form === document.querySelector("#container-main form.ory-form"),
      bodyInPlace: document.body.parentElement === document.documentElement,
    }));
    assert.deepEqual(state, { pwned: false, images: 0, forms: 1, identifier: true, password: true, method: true, bodyInPlace: true });
    assert.ok(problems.some((p) => p.includes("renderNode")), "each refusal is reported on the console");
    // A text stands in for a node without a control — as text.
    await clearRenderPage(page);
    const totp = { id: "t", ui: { action: "https://k.example/self-service/settings?flow=t", method: "POST", nodes: fixture("v1/nodes-settings-totp-setup.json") } };
    await renderWith(`if (context.type === "text") return '<b onclick="x()">secret</b>';`, totp);
    const texts = await page.evaluate(() => [...document.querySelectorAll("#container-main span.ory-text")].map((s) => [s.textContent, s.children.length]));
    assert.ok(texts.length > 0 && texts.every(([text, children]) => text === '<b onclick="x()">secret</b>' && children === 0));
  });

  it("a throwing or odd hook keeps the SDK's elements; the form still never submits natively", async () => {
    await renderWith(`
      if (context.name === "identifier") throw new Error("boom");
      if (context.name === "password") return 42;
      if (context.name === "method") {
        const b = document.createElement("div");
        b.append(context.control);
        const native = document.createElement("button");
        native.type = "submit";
        native.id = "native";
        b.append(native);
        return b;
      }
    `);
    assert.equal(await page.locator("#container-main .ory-field [name=identifier]").count(), 1);
    assert.equal(await page.locator("#container-main .ory-field [name=password]").count(), 1);
    const url = page.url();
    await page.click("#native");
    await page.waitForTimeout(200);
    assert.equal(page.url(), url, "no native submission");
  });
});

describe("flowView: the headless view model", () => {
  const view = (flow, options = {}) =>
    page.evaluate(
      ([f, o]) => {
        try {
          const model = window.ory.flowView(f, o);
          return { ok: true, model: JSON.parse(JSON.stringify(model)), hasBody: typeof model.body === "function" };
        } catch (error) {
          return { ok: false, kind: error.kind, isOryError: error instanceof window.ory.OryError };
        }
      },
      [flow, { basePath: api.origin, ...options }],
    );

  it("groups, labelled nodes, messages, the card's texts and gated links", async () => {
    const { ok, model, hasBody } = await view(LOGIN, { urls: { ...URLS, registration: "javascript:alert(1)" } });
    assert.ok(ok && hasBody);
    assert.deepEqual([model.kind, model.title, model.subtitle], ["login", "Sign in", "Sign in with your email and password"]);
    assert.deepEqual(model.hidden.map((h) => h.name), ["csrf_token"]);
    assert.deepEqual(model.groups.map((g) => g.group), ["default", "password"]);
    const password = model.groups[1].nodes.find((n) => n.name === "password");
    assert.deepEqual([password.kind, password.label, password.attributes.type, password.attributes.required], ["input", "Password", "password", true]);
    assert.deepEqual(model.links, [{ place: "password", prompt: null, text: "Forgot password?", href: `${pageServer.origin}/recovery` }]);
  });

  it("settings: titles, roles; no script node or JavaScript string reaches the model", async () => {
    const { model } = await view(fixture("v1/settings-flow-unlink-all-methods.json"), { flowType: "settings" });
    assert.equal(model.groups.find((g) => g.group === "totp").title, "Authenticator app");
    const roles = model.groups.flatMap((g) => g.nodes).filter((n) => n.kind === "submit").map((n) => [n.name, n.attributes.role]);
    assert.ok(roles.some(([name, role]) => name === "webauthn_remove" && role === "destructive"));
    const text = JSON.stringify(model);
    assert.ok(!/text\/javascript|onclick|window\.__ory/.test(text));
  });

  it("body(): the renderer's submit body; an unknown button is an OryError", async () => {
    const result = await page.evaluate(
      ([f, origin]) => {
        const model = window.ory.flowView(f, { basePath: origin });
        const body = model.body({ name: "method", value: "password" }, { identifier: "ada@example.com", password: "pw", csrf_token: "forged" });
        let refused;
        try {
          model.body({ name: "method", value: "totp" }, {});
        } catch (error) {
          refused = error instanceof window.ory.OryError && error.kind;
        }
        return { body, refused };
      },
      [LOGIN, api.origin],
    );
    const csrf = LOGIN.ui.nodes.find((n) => n.attributes.name === "csrf_token").attributes.value;
    assert.deepEqual(result.body, { csrf_token: csrf, identifier: "ada@example.com", password: "pw", method: "password" });
    assert.equal(result.refused, "invalid_argument");
  });

  it("hostile labels stay data", async () => {
    const flow = structuredClone(LOGIN);
    flow.ui.nodes.find((n) => n.attributes.name === "password").meta.label.text = "<img src=x onerror=alert(1)>";
    flow.ui.nodes.push({ type: "a", group: "default", attributes: { node_type: "a", href: "javascript:alert(1)", title: { id: 1, text: "x", type: "info" }, id: "evil" }, messages: [], meta: {} });
    const { model } = await view(flow);
    const nodes = model.groups.flatMap((g) => g.nodes);
    assert.equal(nodes.find((n) => n.name === "password").label, "<img src=x onerror=alert(1)>");
    assert.equal(nodes.find((n) => n.kind === "link").attributes.href, null);
  });
});

describe("<ory-flow>", () => {
  it("takes the card's name and links from attributes, through the same gate", async () => {
    api.route("GET", "/self-service/login/browser", { body: LOGIN });
    await page.evaluate((basePath) => {
      window.ory.defineOryFlowElement();
      const element = document.createElement("ory-flow");
      element.id = "container-main"; // cleared between tests like the other containers
      for (const [name, value] of Object.entries({ type: "login", "base-path": basePath, "project-name": "Acme", "recovery-url": "/recover", "registration-url": "javascript:alert(1)" })) element.setAttribute(name, value);
      document.body.append(element);
    }, api.origin);
    await page.waitForSelector("ory-flow .ory-card-title");
    assert.equal(await page.textContent("ory-flow .ory-card-name"), "Acme");
    assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll("ory-flow a")].map((a) => a.getAttribute("href"))), [`${pageServer.origin}/recover`]);
  });
});
