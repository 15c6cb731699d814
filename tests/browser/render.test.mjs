// The DOM renderer in headless Chromium: every fixture of both Kratos eras renders as its nodes
// say (checked per node, as a function of the node), a few hand-written spot checks, and a
// hostile flow that must neither execute nor inject anything.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";

import { fixture } from "../support/recording-server.mjs";
import { assertFlowRendered, renderableFixtures, startRenderSuite, stopRenderSuite } from "../support/render.mjs";

let browser, pageServer, api, page, problems;

before(async () => {
  ({ pageServer, api, browser, page, problems } = await startRenderSuite());
});

after(() => stopRenderSuite({ browser, api, pageServer }));

/** Renders `flow` in the page into the container `key`; returns { ok, kind, dom } or { ok: false, error }. */
function render(flow, spec = {}) {
  return page.evaluate(([f, s]) => window.oryRender(f, s), [flow, spec]);
}

function rendered(outcome) {
  assert.ok(outcome.ok, `renderFlow threw: ${JSON.stringify(outcome.error)}`);
  return outcome.dom;
}

const allItems = (dom) => dom.groups.flatMap((group) => group.items);
const fieldNamed = (dom, name) => allItems(dom).find((item) => item.control?.name === name);

describe("every fixture renders", () => {
  const cases = renderableFixtures();

  it("finds fixtures of both eras and every kind of file", () => {
    const names = cases.map((c) => c.name);
    for (const pattern of [/^v0\/.*-flow-/, /^v1\/.*-flow-/, /^v0\/ui-/, /^v1\/ui-/, /^v0\/nodes-/, /^v1\/nodes-/]) {
      assert.ok(names.some((name) => pattern.test(name)), `no fixture matches ${pattern}`);
    }
  });

  for (const { name, flow, flowType } of cases) {
    it(name, async () => {
      const outcome = await render(flow, { key: name, options: flowType ? { flowType } : {} });
      const dom = rendered(outcome);
      if (flowType) assert.equal(outcome.kind, flowType);
      assertFlowRendered(flow, dom, name, { kind: outcome.kind });
    });
  }

  it("keeps ids unique across every flow rendered on the page", async () => {
    const ids = await page.evaluate(() => [...document.querySelectorAll("[id]")].map((e) => e.id));
    assert.equal(new Set(ids).size, ids.length);
    assert.deepEqual(problems, [], "no page errors or console errors while rendering");
  });
});

describe("spot checks", () => {
  it("passkey login: identifier with autocomplete=\"username webauthn\" and a passkey trigger", async () => {
    const nodes = fixture("v1/nodes-login-passkey-first-factor.json");
    const dom = rendered(await render({ id: "p", ui: { action: "https://k.example/self-service/login?flow=p", method: "POST", nodes } }, { key: "spot-passkey" }));
    const identifier = fieldNamed(dom, "identifier");
    assert.equal(identifier.control.type, "text");
    assert.equal(identifier.control.autocomplete, "username webauthn");
    const trigger = allItems(dom).find((item) => item.control?.trigger === "oryPasskeyLogin");
    assert.equal(trigger.control.type, "button");
    assert.equal(trigger.control.name, "passkey_login_trigger");
  });

  it("TOTP setup: the QR code image with its source, the secret as text", async () => {
    const nodes = fixture("v1/nodes-settings-totp-setup.json");
    const png = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
    nodes.find((node) => node.attributes.id === "totp_qr").attributes.src = png;
    const flow = { id: "t", ui: { action: "https://k.example/self-service/settings?flow=t", method: "POST", nodes } };
    const dom = rendered(await render(flow, { key: "spot-totp" }));
    const qr = allItems(dom).find((item) => item.nodeId === "totp_qr");
    assert.equal(qr.tag, "img");
    assert.equal(qr.src, png);
    assert.equal(qr.alt, "Authenticator app QR code");
    assert.equal(qr.width, "256");
    assert.equal(qr.height, "256");
    const secret = allItems(dom).find((item) => item.nodeId === "totp_secret_key");
    assert.equal(secret.paragraph.id, "1050006");
    assert.equal(fieldNamed(dom, "totp_code").control.required, true);
    assertFlowRendered(flow, dom, "totp with src");
  });

  it("lookup secrets: the codes as a list", async () => {
    const nodes = fixture("v1/nodes-settings-lookup-codes.json");
    const dom = rendered(await render({ id: "l", ui: { action: "https://k.example/self-service/settings?flow=l", method: "POST", nodes } }, { key: "spot-lookup" }));
    const codes = allItems(dom).find((item) => item.nodeId === "lookup_secret_codes");
    const secrets = nodes.find((node) => node.attributes.id === "lookup_secret_codes").attributes.text.context.secrets;
    assert.ok(secrets.length >= 2);
    assert.deepEqual(codes.codes, secrets.map((secret) => secret.text));
    assert.ok(codes.codes.includes("key-0"));
  });

  it("oidc: one provider button per provider", async () => {
    const dom = rendered(await render(fixture("v0/login-flow-password-oidc.json"), { key: "spot-oidc" }));
    const oidc = dom.groups.find((group) => group.group === "oidc");
    assert.deepEqual(
      oidc.items.map((item) => [item.control.provider, item.control.name, item.control.attrValue, item.className]),
      [
        ["github", "provider", "github", "ory-button ory-button--provider"],
        ["google", "provider", "google", "ory-button ory-button--provider"],
      ],
    );
    assert.equal(oidc.items[0].text, "Sign in with github");
  });

  it("registration: traits.consent.newsletter is a checkbox, traits.consent.tos a datetime-local input", async () => {
    const dom = rendered(await render(fixture("v0/registration-flow-password-oidc.json"), { key: "spot-checkbox" }));
    const newsletter = fieldNamed(dom, "traits.consent.newsletter");
    assert.equal(newsletter.control.type, "checkbox");
    assert.equal(newsletter.control.checked, false);
    assert.match(newsletter.className, /ory-checkbox/);
    assert.equal(newsletter.label.for, newsletter.control.id);
    assert.equal(newsletter.label.after, true);
    const tos = fieldNamed(dom, "traits.consent.tos");
    assert.equal(tos.control.type, "datetime-local");
    assert.equal(tos.control.required, true);
  });

  it("settings: a datetime-local trait shows its stored value", async () => {
    const flow = fixture("v1/settings-flow-unlink-all-methods.json");
    const dom = rendered(await render(flow, { key: "spot-datetime" }));
    const tos = fieldNamed(dom, "traits.consent.tos");
    assert.equal(tos.control.type, "datetime-local");
    assert.notEqual(tos.control.value, "", "the browser drops an RFC 3339 value with a zone: it must be converted");
    assert.equal(new Date(tos.control.value).toISOString(), "2021-05-21T12:07:56.420Z");
  });
});

// ---------------------------------------------------------------------------------------------
// A hostile flow.

const EVIL_ORIGIN = "http://evil.invalid";
const IMG = `<img src=x onerror="window.__pwned='img'">`;
const SCRIPT = `<script>window.__pwned='script'</script>`;
const QUOTES = `a" onfocus="window.__pwned='quote'" x='y`;
const PNG = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

function text(id, textValue, type = "info", context = {}) {
  return { id, text: textValue, type, context };
}

function hostileFlow(apiOrigin) {
  const input = (group, attributes, extra = {}) => ({ type: "input", group, attributes: { node_type: "input", ...attributes }, messages: [], meta: {}, ...extra });
  return {
    id: "hostile",
    ui: {
      action: `${EVIL_ORIGIN}/self-service/login?flow=hostile`,
      method: "POST",
      messages: [text(4000001, `Flow ${IMG} ${SCRIPT}`, "error")],
      nodes: [
        input("default", { name: "csrf_token", type: "hidden", value: `"><script>window.__pwned='csrf'</script>`, required: true }),
        input(
          "default",
          { name: "identifier", type: "text", value: QUOTES, required: true, autocomplete: `username" onfocus="window.__pwned='ac'` },
          { meta: { label: text(1070004, `ID ${IMG}`) }, messages: [text(4000002, `Bad ${IMG}`, "error"), text(1000000, `Info ${SCRIPT}`)] },
        ),
        input(
          "password",
          { name: "password", type: "password", required: true, onclick: "window.__pwned='onclick'", onload: "window.__pwned='onload'", pattern: `(pw|" onblur="x)` },
          { meta: { label: text(1070001, `Password <b onmouseover="window.__pwned=1">`) } },
        ),
        input("password", { name: "method", type: "submit", value: `password"><b>`, onclick: "window.__pwned='submit'" }, { meta: { label: text(1010001, `Sign in ${IMG}`) } }),
        input("password", { name: "evil_button", type: "button", onclick: "window.__pwned='button'" }, { meta: { label: text(1, `Button ${IMG}`) } }),
        input("password", { name: "evil_trigger", type: "button", onclickTrigger: `x" onclick="window.__pwned=1`, onclick: "window.__pwned='trigger'" }, { meta: { label: text(2, "Trigger") } }),
        input("password", { name: "upload", type: "file" }, { meta: { label: text(3, "File") } }),
        input("password", { name: "picture", type: "image", src: "javascript:window.__pwned='image'" }, { meta: { label: text(4, "Image input") } }),
        input("password", { name: `traits.x" onclick="y`, type: `text" onfocus="window.__pwned='type'` }, { meta: { label: text(5, "Odd type") } }),
        input("password", { name: "choice", type: "text", value: "b", options: [{ value: "a", label: IMG }, { value: "b", label: "B" }] }, { meta: { label: text(6, "Choice") } }),
        { type: "a", group: "password", attributes: { node_type: "a", href: "javascript:window.__pwned='a'", title: text(7, `JS ${IMG}`), id: "js-link" }, messages: [], meta: {} },
        { type: "a", group: "password", attributes: { node_type: "a", href: " JaVaScRiPt:window.__pwned='A'", title: text(8, "JS 2"), id: "js-link-2" }, messages: [], meta: {} },
        { type: "a", group: "password", attributes: { node_type: "a", href: "data:text/html,<script>window.__pwned='data'</script>", title: text(9, "data"), id: "data-link" }, messages: [], meta: {} },
        { type: "a", group: "password", attributes: { node_type: "a", href: "https://docs.example/help?a=\"b\"", title: text(10, "Help"), id: "ok-link" }, messages: [], meta: {} },
        { type: "img", group: "totp", attributes: { node_type: "img", src: "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9IndpbmRvdy5fX3B3bmVkPTEiLz4=", id: "svg", width: 10, height: 10 }, messages: [], meta: { label: text(11, `SVG ${IMG}`) } },
        { type: "img", group: "totp", attributes: { node_type: "img", src: "javascript:window.__pwned='img-src'", id: "js-img" }, messages: [], meta: { label: text(12, "JS image") } },
        { type: "img", group: "totp", attributes: { node_type: "img", src: PNG, id: "png", width: 1, height: 1 }, messages: [], meta: { label: text(13, `PNG ${QUOTES}`) } },
        { type: "img", group: "totp", attributes: { node_type: "img", src: `${apiOrigin}/qr.png`, id: "http-img", onload: "window.__pwned='img-onload'" }, messages: [], meta: {} },
        { type: "script", group: "webauthn", attributes: { node_type: "script", src: `${EVIL_ORIGIN}/evil.js`, id: "evil_script", type: "text/javascript", async: true, crossorigin: "anonymous", integrity: "", referrerpolicy: "", nonce: "" }, messages: [], meta: {} },
        { type: "script", group: "webauthn", attributes: { src: `${EVIL_ORIGIN}/evil2.js`, id: "evil_script_2" }, messages: [], meta: {} },
        { type: "text", group: "lookup_secret", attributes: { node_type: "text", id: "evil-text", text: text(14, `Text ${IMG} ${SCRIPT}`) }, messages: [], meta: { label: text(15, `Label ${IMG}`) } },
        {
          type: "text",
          group: "lookup_secret",
          attributes: { node_type: "text", id: "evil-codes", text: text(1050015, "codes", "info", { secrets: [text(1050009, IMG, "info", { secret: IMG }), text(1050009, QUOTES, "info", {})] }) },
          messages: [],
          meta: {},
        },
        input("evil group <b>\"x\"", { name: "evil_submit", type: "submit", value: "go" }, { meta: { label: text(16, `Go ${IMG}`) } }),
        { type: "iframe", group: "password", attributes: { node_type: "iframe", src: `${EVIL_ORIGIN}/frame`, srcdoc: SCRIPT }, messages: [], meta: { label: text(17, `Frame ${IMG}`) } },
        { type: "blink", group: "password", attributes: { node_type: "blink" }, messages: [], meta: {} },
        { type: "div", group: "captcha", attributes: { node_type: "div", id: `cap" onclick="x`, class: `c" onclick="x`, data: { onclick: "window.__pwned='div'", sitekey: QUOTES, "Bad Key": "x" } }, messages: [], meta: {} },
      ],
    },
  };
}

describe("a hostile flow", () => {
  it("executes nothing, interprets no markup and adds no handlers", async () => {
    const dialogs = [];
    const onDialog = (dialog) => {
      dialogs.push(dialog.message());
      dialog.dismiss().catch(() => {});
    };
    const requested = [];
    const onRequest = (request) => requested.push(request.url());
    page.on("dialog", onDialog);
    page.on("request", onRequest);
    try {
      api.route("POST", "/self-service/login", { status: 200, body: fixture("v1/login-success-browser.json") });
      const flow = hostileFlow(api.origin);
      const outcome = await render(flow, { key: "hostile", options: { basePath: api.origin }, hooks: ["onSuccess", "onNavigate"] });
      const dom = rendered(outcome);
      assert.equal(outcome.kind, "login", "the kind is read from the action's path, whatever its origin");

      // The per-node expectations hold for hostile strings too (text is text).
      assertFlowRendered(flow, dom, "hostile", { kind: "login" });
      const allowed = ["a", "button", "code", "div", "form", "h2", "header", "img", "input", "label", "li", "option", "p", "section", "select", "span", "ul"];
      for (const tag of dom.tags) assert.ok(allowed.includes(tag), `unexpected element <${tag}>`);
      assert.equal(dom.styleOrFrames, 0);
      assert.equal(dom.scripts, 0);
      assert.equal(dom.documentScripts, 1, "no script was added anywhere in the document");
      assert.deepEqual(dom.eventAttributes, []);
      assert.deepEqual(dom.links, ["https://docs.example/help?a=\"b\""]);
      assert.deepEqual(dom.images.sort(), [`${api.origin}/qr.png`, PNG].sort());
      // The SDK submits; a native submission (which the SDK prevents) would go to Kratos'
      // own endpoint under basePath, never to the server's `ui.action`.
      assert.equal(dom.form.action, `${api.origin}/self-service/login?flow=hostile`);

      // Texts equal the raw strings.
      assert.equal(dom.flowMessages[0].text, `Flow ${IMG} ${SCRIPT}`);
      const items = dom.groups.flatMap((g) => g.items);
      const identifier = items.find((i) => i.control?.name === "identifier");
      assert.equal(identifier.label.text, `ID ${IMG}`);
      assert.equal(identifier.control.value, QUOTES);
      assert.deepEqual(identifier.messages.map((m) => m.text), [`Bad ${IMG}`, `Info ${SCRIPT}`]);
      assert.ok(identifier.childElements <= 6, "label, input, ul and two li (perhaps a span for the alert): no more");
      assert.equal(dom.hidden[0].attrValue, `"><script>window.__pwned='csrf'</script>`);
      const codes = items.find((i) => i.nodeId === "evil-codes");
      assert.deepEqual(codes.codes, [IMG, QUOTES]);
      const evilText = items.find((i) => i.nodeId === "evil-text");
      assert.equal(evilText.paragraph.text, `Text ${IMG} ${SCRIPT}`);
      assert.equal(evilText.childElements, 2, "label and paragraph only");
      const group = dom.groups.find((g) => g.group === "evil group <b>\"x\"");
      assert.ok(group, "a group with spaces and markup keeps its name in data-group");
      assert.match(group.className, /^ory-group ory-group--[A-Za-z0-9_-]+$/, "the group name becomes one safe class token");
      const division = items.find((i) => i.className === "ory-division");
      assert.equal(division.attributes["data-onclick"], "window.__pwned='div'", "data-* only, never a handler");
      assert.equal(division.attributes["data-bad key"], undefined);

      // Interact: focus, hover, click everything clickable except submits.
      await page.focus("#container-hostile input[name=identifier]");
      await page.hover("#container-hostile label");
      for (const button of await page.$$("#container-hostile button[type=button]")) await button.click();
      for (const link of await page.$$("#container-hostile span.ory-text, #container-hostile p.ory-text")) await link.click();

      // Submit: posts to basePath, never to the foreign action.
      await page.fill("#container-hostile input[name=password]", "pw");
      await page.selectOption("#container-hostile select", "a");
      // A `file` or `image` input from the server renders as text: give the required fields a value.
      await page.click("#container-hostile button[name=method]");
      const post = await api.waitForRequest((r) => r.method === "POST");
      assert.equal(post.path, "/self-service/login");
      assert.deepEqual(post.query, { flow: "hostile" });
      assert.equal(post.body.method, `password"><b>`);
      assert.equal(post.body.identifier, QUOTES);
      assert.equal(post.body.choice, "a");
      await page.waitForFunction(() => window.oryEvents.some((e) => e.name === "onSuccess"));
      await page.waitForTimeout(200);

      assert.equal(await page.evaluate(() => window.__pwned), undefined);
      assert.deepEqual(dialogs, []);
      assert.deepEqual(problems.filter((p) => p.startsWith("pageerror")), []);
      assert.deepEqual(requested.filter((url) => url.startsWith(EVIL_ORIGIN)), [], "nothing ever requested from the foreign origin");
    } finally {
      page.off("dialog", onDialog);
      page.off("request", onRequest);
    }
  });
});

describe("element ids", () => {
  it("stay unique when names collide after sanitising or repeat across groups", async () => {
    const field = (group, name, label) => ({
      type: "input",
      group,
      attributes: { node_type: "input", name, type: "text" },
      messages: [{ id: 4000001, text: `bad ${name}`, type: "error" }],
      meta: { label: { id: 1, text: label, type: "info" } },
    });
    const flow = {
      id: "ids",
      ui: {
        action: "https://k.example/self-service/registration?flow=ids",
        method: "POST",
        nodes: [field("default", "traits.a", "A dotted"), field("default", "traits_a", "A underscored"), field("default", "traits a", "A spaced"), field("code", "identifier", "Id (code)"), field("password", "identifier", "Id (password)")],
      },
    };
    const dom = rendered(await render(flow, { key: "ids" }));
    assertFlowRendered(flow, dom, "colliding names", { kind: "registration" });
    const ids = dom.groups.flatMap((g) => g.items).map((i) => i.control.id);
    assert.equal(new Set(ids).size, 5, `ids: ${ids}`);
  });
});

describe("bad arguments", () => {
  it("renderFlow throws OryError invalid_argument for a misspelt callback, a non-flow, a non-element", async () => {
    const outcomes = await page.evaluate((flow) => {
      const attempt = (f) => {
        try {
          f();
          return null;
        } catch (error) {
          return { isOryError: error instanceof window.ory.OryError, kind: error.kind, message: error.message };
        }
      };
      const container = document.createElement("div");
      return [
        attempt(() => window.ory.renderFlow(flow, container, { onSucess: () => {} })),
        attempt(() => window.ory.renderFlow({ ui: 1 }, container, {})),
        attempt(() => window.ory.renderFlow(flow, "#not-an-element", {})),
        attempt(() => window.ory.renderFlow({ id: "x", ui: { method: "POST", nodes: [] } }, container, {})),
        container.childNodes.length,
      ];
    }, fixture("v1/login-flow-password-browser.json"));
    const childNodes = outcomes.pop();
    for (const outcome of outcomes) {
      assert.ok(outcome, "it must throw");
      assert.equal(outcome.isOryError, true, outcome.message);
      assert.equal(outcome.kind, "invalid_argument", outcome.message);
    }
    assert.match(outcomes[0].message, /onSucess/);
    assert.match(outcomes[3].message, /flowType/, "a flow whose kind cannot be told asks for flowType");
    assert.equal(childNodes, 0, "nothing rendered on bad input");
  });
});
