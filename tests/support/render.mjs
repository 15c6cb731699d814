// Support for the renderer's browser tests: the page, the fixtures as flows, and what each Kratos
// node must become in the DOM, written as a function of the node (not a snapshot), so a new
// fixture is covered as soon as it is added to the shared fixtures.
import assert from "node:assert/strict";

import { launchBrowser, openPage } from "./browser.mjs";
import { fixture, fixtureNames, startServer } from "./recording-server.mjs";

export const KINDS = ["login", "registration", "recovery", "verification", "settings"];

/** The renderer's default section order (src/ui/layout.rs DEFAULT_ORDER). */
export const DEFAULT_ORDER = ["default", "identifier_first", "profile", "password", "code", "link", "passkey", "webauthn", "totp", "lookup_secret", "oidc", "saml", "captcha"];

/**
 * What a renderer test file runs against: the repository's static files (`pageServer`), a
 * recording "Kratos" on another origin that allows the page's (`api`), and Chromium on the
 * render harness (`browser`, `context`, `page`, `problems`). Stop it with {@link stopRenderSuite}.
 */
export async function startRenderSuite() {
  const pageServer = await startServer({ static: ["/pkg/", "/tests/browser/"] });
  const api = await startServer({ allowOrigins: [pageServer.origin] });
  const browser = await launchBrowser();
  return { pageServer, api, browser, ...(await openRenderPage(browser, pageServer.origin)) };
}

export async function stopRenderSuite(suite) {
  await suite?.browser?.close();
  await suite?.api?.close();
  await suite?.pageServer?.close();
}

/** Ends every view the harness rendered and removes their containers (between tests). */
export function clearRenderPage(page) {
  return page.evaluate(() => {
    for (const view of window.oryViews.values()) view.destroy();
    window.oryViews.clear();
    window.oryEvents = [];
    for (const container of document.querySelectorAll("[id^=container-], ory-flow")) container.remove();
  });
}

/** Opens tests/browser/render-harness.html and waits for its helpers. */
export async function openRenderPage(browser, origin) {
  const opened = await openPage(browser, `${origin}/tests/browser/render-harness.html`);
  await opened.page.waitForFunction(() => window.oryRenderReady === true);
  return opened;
}

function kindOfName(name) {
  return KINDS.find((kind) => name.startsWith(`${kind}-`) || name.startsWith(`nodes-${kind}-`) || name.startsWith(`ui-${kind}-`));
}

/**
 * Every fixture that holds a form, of both eras, as `{ name, flow, flowType }`:
 *   - flows (`*-flow-*.json` holding `ui.nodes`), as they are;
 *   - `ui-*.json`, wrapped as `{id, ui}` (the flow type comes from the file name);
 *   - `nodes-*.json`, wrapped with an action of the kind named in the file name.
 */
export function renderableFixtures() {
  const cases = [];
  for (const era of ["v0", "v1"]) {
    for (const name of fixtureNames(era)) {
      const data = fixture(`${era}/${name}`);
      const kind = kindOfName(name);
      if (name.startsWith("nodes-")) {
        assert.ok(kind, `cannot tell the flow kind of ${era}/${name}`);
        cases.push({
          name: `${era}/${name}`,
          flowType: kind,
          flow: { id: "f", ui: { action: `https://kratos.example/self-service/${kind}?flow=f`, method: "POST", nodes: data } },
        });
      } else if (name.startsWith("ui-")) {
        assert.ok(kind, `cannot tell the flow kind of ${era}/${name}`);
        cases.push({ name: `${era}/${name}`, flowType: kind, flow: { id: `ui-${era}-${kind}`, ui: data } });
      } else if (/-flow-/.test(name) && Array.isArray(data?.ui?.nodes)) {
        cases.push({ name: `${era}/${name}`, flowType: kind, flow: data });
      }
    }
  }
  return cases;
}

// ---------------------------------------------------------------------------------------------
// What a node must become.

const TRIGGERS = ["oryWebAuthnLogin", "oryWebAuthnRegistration", "oryPasskeyLogin", "oryPasskeyLoginAutocompleteInit", "oryPasskeyRegistration", "oryPasskeySettingsRegistration"];
const TRIGGER_BY_NAME = {
  webauthn_login_trigger: "oryWebAuthnLogin",
  webauthn_register_trigger: "oryWebAuthnRegistration",
  passkey_login_trigger: "oryPasskeyLogin",
  passkey_register_trigger: "oryPasskeyRegistration",
};
const SAFE_INPUT_TYPES = ["email", "password", "tel", "number", "date", "datetime-local", "time", "month", "week", "url", "search"];

export function nodeKind(node) {
  return node.attributes?.node_type ?? node.type;
}

export function labelOf(node) {
  return node.meta?.label ?? (nodeKind(node) === "input" ? node.attributes?.label : undefined) ?? null;
}

/** A value as the renderer writes it into an input (JSON form for non-strings). */
export function valueString(value) {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

export function isHttpUrl(url) {
  return typeof url === "string" && /^https?:\/\/\S+$/i.test(url) && !/[\u0000-\u001f\u007f]/.test(url);
}

export function isSafeImage(src) {
  return isHttpUrl(src) || (typeof src === "string" && /^data:image\/png;base64,(?=.)([A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/i.test(src));
}

// The autocomplete the renderer keeps (src/ui/view.rs `safe_autocomplete`): allow-listed auth-form
// tokens after dropping section/address/contact prefixes; password tokens on password inputs only.
const AUTOCOMPLETE_FIELDS = ["username", "email", "tel", "url", "current-password", "new-password", "one-time-code", "name", "given-name", "additional-name", "family-name", "nickname"];

export function safeAutocomplete(inputType, autocomplete) {
  if (typeof autocomplete !== "string") return null;
  const tokens = autocomplete
    .toLowerCase()
    .split(/[\t\n\f\r ]+/)
    .filter((t) => t !== "" && !t.startsWith("section-") && !["shipping", "billing", "home", "work", "mobile", "fax", "pager"].includes(t));
  if (tokens.length === 1 && ["on", "off"].includes(tokens[0])) return tokens[0];
  if (!(tokens.length === 1 || (tokens.length === 2 && tokens[1] === "webauthn"))) return null;
  if (!AUTOCOMPLETE_FIELDS.includes(tokens[0])) return null;
  if (tokens[0].endsWith("-password") && inputType !== "password") return null;
  return tokens.join(" ");
}

function triggerOf(attributes) {
  if (attributes.onclickTrigger) return attributes.onclickTrigger;
  if (!["button", "submit"].includes(attributes.type)) return null;
  const match = /^\s*window\.(?:__)?([A-Za-z]+)\(/.exec(attributes.onclick ?? "");
  if (match && TRIGGERS.includes(match[1])) return match[1];
  return TRIGGER_BY_NAME[attributes.name] ?? null;
}

/** Whether the node renders as a hidden input at the top of the form (default group). */
export function isSharedHidden(node) {
  return node.group === "default" && nodeKind(node) === "input" && node.attributes.type === "hidden";
}

/** Whether the node renders nothing at all. */
export function rendersNothing(node) {
  const kind = nodeKind(node);
  if (kind === "script" || node.type === "script") return true;
  if (kind === "input" && typeof node.attributes.name !== "string") return !labelOf(node);
  if (kind === "input" && node.attributes.type === "button" && !triggerOf(node.attributes)) return !labelOf(node);
  if (!["input", "img", "a", "text", "div"].includes(kind)) return !labelOf(node);
  return false;
}

const ids = (list) => (list ?? []).map((message) => String(message.id));

/**
 * Asserts that the rendered item (see render-harness.mjs `item`) is what `node` must become.
 * `translate(text)` gives the expected text of a message (the server's text by default).
 */
export function assertNodeRendered(node, item, where, translate = (message) => message.text ?? "") {
  const kind = nodeKind(node);
  const a = node.attributes ?? {};
  const label = labelOf(node);
  const at = `${where}: node ${kind} ${a.name ?? a.id ?? ""} (${node.group})`;
  assert.ok(item, `${at} is not rendered`);

  if (kind === "input" && typeof a.name === "string") {
    if (a.type === "hidden") {
      assert.equal(item.tag, "input", at);
      assert.equal(item.control.type, "hidden", at);
      assert.equal(item.control.name, a.name, at);
      assert.equal(item.control.attrValue, valueString(a.value), `${at}: value`);
      return;
    }
    const trigger = triggerOf(a);
    if (trigger) {
      assert.equal(item.tag, "button", at);
      assert.equal(item.control.type, "button", `${at}: a WebAuthn trigger never submits`);
      assert.equal(item.control.name, a.name, at);
      assert.equal(item.control.trigger, trigger, `${at}: data-trigger`);
      assert.equal(item.text, label ? translate(label) : a.name, `${at}: text`);
      return;
    }
    if (a.type === "submit") {
      const button = item.tag === "button" ? item.control : item.control;
      if ((node.messages ?? []).length > 0) {
        assert.equal(item.tag, "div", at);
        assert.deepEqual(ids(item.messages.map((m) => ({ id: m.id }))), ids(node.messages), `${at}: messages`);
      } else {
        assert.equal(item.tag, "button", at);
      }
      assert.equal(button.tag, "button", at);
      assert.equal(button.type, "submit", at);
      assert.equal(button.name, a.name, at);
      assert.equal(button.attrValue, valueString(a.value), `${at}: value`);
      assert.equal(button.group, node.group, `${at}: data-group`);
      assert.equal(button.text, label ? translate(label) : valueString(a.value), `${at}: text`);
      const provider = ["oidc", "saml"].includes(node.group) && ["provider", "link", "unlink"].includes(a.name);
      assert.equal(button.provider, provider ? valueString(a.value) : null, `${at}: data-provider`);
      assert.equal(button.disabled, a.disabled === true, `${at}: disabled`);
      return;
    }
    if (a.type === "button") {
      assert.equal(item.tag, "p", `${at}: a button without a known trigger is only its label`);
      assert.equal(item.text, translate(label), at);
      return;
    }
    // A labelled control.
    assert.equal(item.tag, "div", at);
    assert.match(item.className, /\bory-field\b/, at);
    const c = item.control;
    assert.equal(c.name, a.name, at);
    if (Array.isArray(a.options)) {
      assert.equal(c.tag, "select", at);
    } else if (a.type === "checkbox") {
      assert.equal(c.tag, "input", at);
      assert.equal(c.type, "checkbox", at);
      assert.equal(c.checked, a.value === true || a.value === "true", `${at}: checked`);
      assert.equal(item.label.after, true, `${at}: a checkbox's label follows it`);
    } else {
      assert.equal(c.tag, "input", at);
      assert.equal(c.type, SAFE_INPUT_TYPES.includes(a.type) ? a.type : "text", `${at}: type`);
      if (a.type === "datetime-local" && valueString(a.value) !== "") {
        // Kratos sends RFC 3339 instants; the input shows the same instant as local date-time.
        assert.notEqual(c.value, "", `${at}: a date-time value must be shown, not dropped by the browser`);
        assert.equal(new Date(c.value).getTime(), new Date(a.value).getTime(), `${at}: date-time shown (${c.value})`);
      } else {
        assert.equal(c.value, valueString(a.value), `${at}: value shown`);
      }
      assert.equal(c.autocomplete, safeAutocomplete(c.type, a.autocomplete), `${at}: autocomplete`);
    }
    assert.ok(c.id, `${at}: the control has an id`);
    assert.equal(item.label.for, c.id, `${at}: label for`);
    const labelText = label ? translate(label) : "";
    assert.equal(item.label.text, labelText === "" ? a.name : labelText, `${at}: label text`);
    assert.equal(c.required, a.required === true, `${at}: required`);
    assert.equal(c.disabled, a.disabled === true, `${at}: disabled`);
    const messages = node.messages ?? [];
    assert.deepEqual(item.messages.map((m) => m.id), ids(messages), `${at}: messages next to the field`);
    assert.deepEqual(item.messages.map((m) => m.text), messages.map(translate), `${at}: message texts`);
    if (messages.length > 0) {
      assert.equal(c.describedBy, item.messagesId, `${at}: aria-describedby names the messages`);
    } else {
      assert.equal(c.describedBy, null, at);
    }
    const invalid = messages.some((m) => m.type === "error");
    assert.equal(c.ariaInvalid, invalid ? "true" : null, `${at}: aria-invalid`);
    for (const m of item.messages) {
      const source = messages.find((s) => String(s.id) === m.id);
      assert.equal(m.role, source.type === "error" ? "alert" : null, `${at}: role of message ${m.id}`);
    }
    return;
  }

  switch (kind) {
    case "img":
      if (isSafeImage(a.src)) {
        assert.equal(item.tag, "img", at);
        assert.equal(item.src, a.src, at);
        assert.equal(item.alt, label ? translate(label) : "", at);
        if (a.width > 0) assert.equal(item.width, String(a.width), at);
      } else {
        assert.equal(item.tag, "p", `${at}: an image without a safe source is its label`);
        assert.equal(item.text, label ? translate(label) : "", at);
      }
      assert.equal(item.nodeId, a.id ?? null, at);
      return;
    case "a":
      if (isHttpUrl(a.href)) {
        assert.equal(item.tag, "a", at);
        assert.equal(item.href, a.href, at);
      } else {
        assert.equal(item.tag, "span", `${at}: a link that is not http(s) is only its text`);
      }
      assert.equal(item.text, translate(a.title), at);
      assert.equal(item.nodeId, a.id ?? null, at);
      return;
    case "text": {
      assert.equal(item.tag, "div", at);
      assert.equal(item.nodeId, a.id ?? null, at);
      assert.equal(item.label, label ? translate(label) : null, `${at}: label`);
      const secrets = Array.isArray(a.text?.context?.secrets) ? a.text.context.secrets.filter((s) => s && typeof s === "object" && "id" in s) : [];
      if (secrets.length > 0) {
        assert.deepEqual(item.codes, secrets.map(translate), `${at}: codes`);
        assert.equal(item.paragraph, null, at);
      } else {
        assert.deepEqual(item.codes, [], at);
        assert.deepEqual(item.paragraph, { id: String(a.text.id), text: translate(a.text) }, `${at}: text`);
      }
      return;
    }
    case "div":
      assert.equal(item.tag, "div", at);
      assert.equal(item.className, "ory-division", at);
      return;
    default:
      assert.equal(item.tag, "p", `${at}: an unknown node is its label`);
      assert.equal(item.text, translate(label), at);
  }
}

/**
 * Asserts the whole description (render-harness.mjs `oryDescribe`) against the flow:
 * top-level structure, flow messages, hidden inputs, one section per group in order, every
 * node per `assertNodeRendered`, labels, unique ids, no scripts or event attributes.
 */
export function assertFlowRendered(flow, dom, where, { translate, kind } = {}) {
  const nodes = flow.ui.nodes;
  assert.ok(dom.root, `${where}: nothing rendered`);
  if (kind) assert.equal(dom.root.className, `ory-flow ory-flow--${kind}`, where);
  assert.equal(dom.root.flowId, flow.id ?? null, `${where}: data-flow-id`);
  assert.equal(dom.noticeLive, "polite", where);
  const messages = flow.ui.messages ?? [];
  assert.deepEqual(
    dom.childOrder,
    [
      "header.ory-card-header",
      "div.ory-notice",
      ...(messages.length > 0 ? ["ul.ory-messages"] : []),
      "form.ory-form",
      // A second factor offers to sign out.
      ...(flow.requested_aal === "aal2" && (kind ?? "login") === "login" ? ["p.ory-card-sign-out"] : []),
    ],
    `${where}: card header, notice, flow messages, form, sign-out`,
  );
  assert.equal(dom.card.tag, "section", `${where}: the card is a region`);
  assert.equal(dom.card.labelledBy, dom.card.titleId, `${where}: named by its title`);
  assert.ok(dom.card.title && dom.card.subtitle, `${where}: a title and a subtitle`);
  assert.deepEqual(dom.flowMessages.map((m) => m.id), ids(messages), `${where}: flow messages`);
  assert.deepEqual(dom.flowMessages.map((m) => m.text), messages.map(translate ?? ((m) => m.text ?? "")), `${where}: flow message texts`);
  assert.equal(dom.form.novalidate, true, where);

  const shared = nodes.filter(isSharedHidden);
  assert.equal(dom.hidden.length, shared.length, `${where}: hidden inputs at the top of the form`);
  shared.forEach((node, i) => assertNodeRendered(node, { tag: "input", control: dom.hidden[i] }, where, translate));

  const rest = nodes.filter((node) => !isSharedHidden(node) && !rendersNothing(node));
  const groups = [...new Set(rest.map((node) => node.group))];
  const rank = (group) => (DEFAULT_ORDER.includes(group) ? DEFAULT_ORDER.indexOf(group) : DEFAULT_ORDER.length + groups.indexOf(group));
  groups.sort((x, y) => rank(x) - rank(y));
  assert.deepEqual(dom.groups.map((g) => g.group), groups, `${where}: sections in order`);
  for (const section of dom.groups) {
    const expected = rest.filter((node) => node.group === section.group);
    assert.equal(section.items.length, expected.length, `${where}: ${section.group} holds one element per node`);
    expected.forEach((node, i) => assertNodeRendered(node, section.items[i], where, translate));
  }

  for (const control of dom.visibleControls) {
    assert.ok(control.labelled, `${where}: ${control.name} has exactly one <label for> matching its id`);
  }
  for (const label of dom.labels) assert.ok(label.target, `${where}: label for=${label.for} names a control`);
  assert.equal(new Set(dom.ids).size, dom.ids.length, `${where}: duplicate ids ${dom.ids}`);
  assert.equal(dom.scripts, 0, `${where}: no script elements`);
  assert.deepEqual(dom.eventAttributes, [], `${where}: no on* attributes`);
  for (const href of dom.links) assert.ok(isHttpUrl(href), `${where}: link ${href}`);
  for (const src of dom.images) assert.ok(isSafeImage(src), `${where}: image ${src}`);
}
