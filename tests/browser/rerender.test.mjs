// Re-rendering in place (issue #12 item 6), in headless Chromium against a recording "Kratos" on
// another origin (the harness of render-endings.test.mjs): a new version of the flow shown (a
// 400, a settings flow saved) updates the rendered form instead of replacing it. The inputs stay
// the same elements (marked with a JS property before the submit), a field the user is in keeps
// its focus, caret and what they typed meanwhile; messages, aria-invalid/aria-describedby, the
// invalid class, labels, required/disabled and the hidden values (csrf_token) follow the server;
// nodes that appear are built and inserted at their place, nodes that disappear are removed; and
// the next submit sends what the new version says.
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
  await clearRenderPage(page);
});

const LOGIN = fixture("v1/login-flow-password-browser.json");
const LOGIN_ID = LOGIN.id;
const LOGIN_CSRF = LOGIN.ui.nodes.find((n) => n.attributes.name === "csrf_token").attributes.value;
const SESSION = fixture("v1/login-success-browser.json");
const C = "#container-main";

async function render(flow, options = {}) {
  const outcome = await page.evaluate(([f, s]) => window.oryRender(f, s), [flow, { options: { basePath: api.origin, ...options }, hooks: ["onSuccess", "onFlow"] }]);
  assert.ok(outcome.ok, `renderFlow threw: ${JSON.stringify(outcome.error)}`);
}

/** The login fixture (same id unless given), changed by `mutate`. */
function login(mutate = () => {}, id = LOGIN_ID) {
  const flow = structuredClone(LOGIN);
  flow.id = id;
  mutate(flow);
  return flow;
}

const node = (flow, name) => flow.ui.nodes.find((n) => n.attributes.name === name);
const error = (id, text) => ({ id, text, type: "error", context: {} });
const hidden = (group, name, value) => ({ type: "input", group, attributes: { name, type: "hidden", value, node_type: "input" }, messages: [], meta: {} });
const text = (group, id, message) => ({ type: "text", group, attributes: { id, text: message, node_type: "text" }, messages: [], meta: {} });
const posts = () => api.requests.filter((r) => r.method === "POST");

/** Marks every element of the form with a JS property (`__mark`, its tag and name or index). */
function mark() {
  return page.evaluate((c) => {
    const marks = {};
    document.querySelectorAll(`${c} form, ${c} form *`).forEach((element, index) => {
      const name = element.getAttribute("data-ory-name") ?? element.getAttribute("name");
      element.__mark = `${element.localName}:${name ?? index}`;
      marks[element.__mark] = true;
    });
    return Object.keys(marks);
  }, C);
}

/** The mark of the element `selector` finds now (`null`: a new element, `undefined`: none). */
function markOf(selector) {
  return page.evaluate((s) => {
    const element = document.querySelector(s);
    return element ? element.__mark ?? null : undefined;
  }, selector);
}

/** How the field named `name` is wired now. */
function field(name) {
  return page.evaluate(([c, n]) => {
    const input = document.querySelector(`${c} [name="${n}"]`);
    const wrapper = input.closest(".ory-field");
    const list = wrapper?.querySelector(":scope > ul.ory-messages");
    return {
      mark: input.__mark ?? null,
      value: input.value,
      attrValue: input.getAttribute("value"),
      ariaInvalid: input.getAttribute("aria-invalid"),
      describedBy: input.getAttribute("aria-describedby"),
      required: input.required,
      disabled: input.disabled,
      invalidClass: wrapper?.classList.contains("ory-field--invalid") ?? null,
      listId: list?.id ?? null,
      messages: list ? [...list.children].map((li) => [li.getAttribute("data-message-id"), li.textContent, li.querySelector("[role=alert]") !== null]) : [],
      label: wrapper?.querySelector("label")?.textContent ?? null,
      labelFor: wrapper?.querySelector("label")?.htmlFor ?? null,
      id: input.id,
      focused: document.activeElement === input,
      selection: [input.selectionStart, input.selectionEnd],
    };
  }, [C, name]);
}

const flowMessages = () =>
  page.evaluate((c) => [...document.querySelectorAll(`${c} .ory-flow > ul.ory-messages > li`)].map((li) => [li.getAttribute("data-message-id"), li.querySelector("[role=alert]")?.__mark ?? null]), C);
const duplicateIds = () =>
  page.evaluate((c) => {
    const ids = [...document.querySelectorAll(`${c} [id]`)].map((e) => e.id);
    return ids.filter((id, i) => ids.indexOf(id) !== i);
  }, C);
const onFlowCount = () => page.evaluate(() => window.oryEvents.filter((e) => e.name === "onFlow").length);

describe("a 400 with the flow shown updates the form in place", () => {
  it("keeps every element, shows the messages, sets aria-invalid/aria-describedby, updates csrf_token and the label, clears the password", async () => {
    const first = login((flow) => {
      node(flow, "identifier").messages = [error(4000001, "length must be >= 3, but got 2")];
      node(flow, "identifier").meta.label = { id: 1070004, text: "E-Mail", type: "info" };
      node(flow, "csrf_token").attributes.value = "csrf-after-first-400";
      flow.ui.messages = [error(4000006, "The provided credentials are invalid.")];
    });
    const second = login((flow) => {
      node(flow, "csrf_token").attributes.value = "csrf-after-second-400";
      node(flow, "identifier").attributes.required = false;
      node(flow, "method").attributes.disabled = true;
      flow.ui.messages = [error(4000006, "The provided credentials are invalid.")];
    });
    let answers = 0;
    api.route("POST", "/self-service/login", () => ({ status: 400, body: answers++ === 0 ? first : second }));
    await render(LOGIN);
    await page.fill(`${C} [name=identifier]`, "al");
    await page.fill(`${C} [name=password]`, "pw");
    const marks = await mark();
    const before = await field("identifier");
    await page.click(`${C} button[name=method]`);
    await page.waitForSelector(`${C} li[data-message-id="4000001"]`);

    // (1) The same elements: every element of the form is still there, none was added.
    const after = await page.evaluate((c) => [...document.querySelectorAll(`${c} form, ${c} form *`)].map((e) => e.__mark ?? null), C);
    const keptOrNew = after.filter((m) => m === null);
    assert.deepEqual(
      after.filter((m) => m !== null).sort(),
      marks.sort(),
      "every element of the form is the one rendered before",
    );
    // The only new elements: the identifier's message list and its items.
    assert.equal(keptOrNew.length, 3, `new elements: ul, li, span; got ${keptOrNew.length}`);

    // (3) Messages, aria, class, label, csrf_token.
    const identifier = await field("identifier");
    assert.equal(identifier.mark, before.mark);
    assert.deepEqual(identifier.messages, [["4000001", "length must be >= 3, but got 2", true]]);
    assert.equal(identifier.ariaInvalid, "true");
    assert.equal(identifier.describedBy, identifier.listId);
    assert.ok(identifier.listId, "the list has an id");
    assert.equal(identifier.invalidClass, true);
    assert.equal(identifier.label, "E-Mail", "the label follows the server");
    assert.equal(identifier.labelFor, identifier.id);
    assert.equal(identifier.value, "al", "the typed identifier stays");
    assert.equal((await field("password")).value, "", "the password is cleared");
    assert.equal(await page.inputValue(`${C} [name=csrf_token]`), "csrf-after-first-400");
    assert.equal(await page.getAttribute(`${C} [name=csrf_token]`, "value"), "csrf-after-first-400");
    const [[flowMessageId, firstAlert]] = await flowMessages();
    assert.equal(flowMessageId, "4000006");
    assert.equal(firstAlert, null, "the flow's message is new");
    assert.equal(identifier.focused, true, "after a click on the button, the first invalid field has the focus");
    assert.deepEqual(await duplicateIds(), []);
    assert.equal(await page.evaluate(() => window.oryViews.get("main").flow.ui.nodes.find((n) => n.attributes.name === "csrf_token").attributes.value), "csrf-after-first-400");
    assert.equal(await onFlowCount(), 2, "onFlow for the first render and the update");

    // A second 400: the identifier's error is gone, the same flow message comes again (and is
    // announced again: a new alert), the identifier is no longer required, the button disabled.
    await page.evaluate((c) => {
      for (const element of document.querySelectorAll(`${c} .ory-flow > ul.ory-messages *`)) element.__mark = "first-alert";
    }, C);
    await page.fill(`${C} [name=password]`, "pw2");
    await page.click(`${C} button[name=method]`);
    await page.waitForFunction((c) => document.querySelector(`${c} [name=csrf_token]`).value === "csrf-after-second-400", C);
    const cleared = await field("identifier");
    assert.equal(cleared.mark, before.mark);
    assert.deepEqual(cleared.messages, []);
    assert.equal(cleared.ariaInvalid, null);
    assert.equal(cleared.describedBy, null);
    assert.equal(cleared.invalidClass, false);
    assert.equal(cleared.required, false);
    assert.equal(cleared.label, LOGIN.ui.nodes.find((n) => n.attributes.name === "identifier").meta.label.text, "the label goes back");
    const [[againId, againAlert]] = await flowMessages();
    assert.equal(againId, "4000006");
    assert.equal(againAlert, null, "the same error is a new alert, announced again");
    assert.equal(await page.evaluate((c) => document.querySelector(`${c} button[name=method]`).disabled, C), true, "disabled as the server says");
    assert.equal(await markOf(`${C} button[name=method]`), "button:method");
    assert.equal(posts()[1].body.csrf_token, "csrf-after-first-400", "the second submit sent the updated token");
    assert.equal(posts()[0].body.csrf_token, LOGIN_CSRF);
  });

  it("focus and caret stay in the field the user is in, with what they typed while the request was under way", async () => {
    const invalid = login((flow) => {
      // Kratos echoes the identifier as it was sent, and flags the password.
      node(flow, "identifier").attributes.value = "alice@example.com";
      node(flow, "password").messages = [error(4000032, "The password must be at least 8 characters long.")];
    });
    api.route("POST", "/self-service/login", { status: 400, body: invalid, delay: 400 });
    await render(LOGIN);
    await page.fill(`${C} [name=password]`, "short");
    await page.fill(`${C} [name=identifier]`, "alice@example.com");
    await mark();
    // Enter from the identifier, the caret after "al".
    await page.focus(`${C} [name=identifier]`);
    await page.evaluate((c) => document.querySelector(`${c} [name=identifier]`).setSelectionRange(2, 2), C);
    await page.keyboard.press("Enter");
    await api.waitForRequest((r) => r.method === "POST");
    // The user goes on typing while the request is under way.
    await page.keyboard.type("X");
    await page.waitForSelector(`${C} li[data-message-id="4000032"]`);
    const identifier = await field("identifier");
    assert.equal(identifier.mark, "input:identifier", "the same input element");
    assert.equal(identifier.focused, true, "the focus stays in the identifier");
    assert.deepEqual(identifier.selection, [3, 3], "the caret stays where the user left it");
    assert.equal(identifier.value, "alXice@example.com", "the server's echo of what was sent does not undo the typing");
    const password = await field("password");
    assert.equal(password.mark, "input:password");
    assert.equal(password.ariaInvalid, "true");
    assert.equal(password.value, "", "the password is cleared");
    assert.equal(posts()[0].body.identifier, "alice@example.com");
  });

  it("the focused field keeps focus and caret when it is itself flagged; the server's own new value replaces the typed one", async () => {
    const invalid = login((flow) => {
      node(flow, "identifier").attributes.value = "normalised@example.com";
      node(flow, "identifier").messages = [error(4000001, "bad identifier")];
    });
    api.route("POST", "/self-service/login", { status: 400, body: invalid });
    await render(LOGIN);
    await page.fill(`${C} [name=password]`, "a-password");
    await page.fill(`${C} [name=identifier]`, "Alice@Example.com");
    await mark();
    await page.press(`${C} [name=password]`, "Enter");
    await page.waitForSelector(`${C} li[data-message-id="4000001"]`);
    const password = await field("password");
    assert.equal(password.mark, "input:password");
    assert.equal(password.focused, true, "the user is in the password field: it keeps the focus");
    const identifier = await field("identifier");
    assert.equal(identifier.value, "normalised@example.com", "a value the server changed is shown");
    assert.equal(identifier.attrValue, "normalised@example.com");
    assert.equal(identifier.ariaInvalid, "true");
  });

  it("nodes that appear are built at their place, nodes that disappear are removed, and the next submit sends the new version", async () => {
    const shown = login((flow) => {
      // Before: a hidden input of the password group and an information text, both to go.
      flow.ui.nodes.splice(3, 0, hidden("password", "stale_hidden", "old"), text("password", "going", { id: 1010001, text: "This text goes away.", type: "info" }));
    });
    const invalid = login((flow) => {
      node(flow, "csrf_token").attributes.value = "csrf-new";
      // New: a shared hidden input between csrf_token and the identifier, one named like a form
      // member (renamed in the DOM, sent under its own name), and a message-only text node
      // right after the identifier.
      flow.ui.nodes.splice(1, 0, hidden("default", "transient_hidden", "from-the-server"), hidden("default", "action", "v-action"));
      const after = flow.ui.nodes.findIndex((n) => n.attributes.name === "identifier") + 1;
      flow.ui.nodes.splice(after, 0, text("default", "notice", { id: 1010016, text: "Sign in with the password of your account.", type: "info" }));
    });
    let answers = 0;
    api.route("POST", "/self-service/login", () => (answers++ === 0 ? { status: 400, body: invalid } : { body: SESSION }));
    await render(shown);
    await page.fill(`${C} [name=identifier]`, "bob@example.com");
    await page.fill(`${C} [name=password]`, "pw-bob");
    await mark();
    const going = await page.evaluate((c) => {
      window.goingElements = [document.querySelector(`${c} [name=stale_hidden]`), document.querySelector(`${c} [data-node-id=going]`)];
      return window.goingElements.map((e) => e?.localName);
    }, C);
    assert.deepEqual(going, ["input", "div"]);
    await page.click(`${C} button[name=method]`);
    await page.waitForSelector(`${C} [data-node-id=notice]`);

    const layout = await page.evaluate((c) => {
      const form = document.querySelector(`${c} form`);
      const describe = (e) => `${e.localName}:${e.getAttribute("data-ory-name") ?? e.getAttribute("name") ?? e.getAttribute("data-node-id") ?? e.className}${e.__mark ? "" : "*"}`;
      return {
        form: [...form.children].map(describe),
        groups: [...form.querySelectorAll(":scope > .ory-group")].map((g) => [g.getAttribute("data-group"), [...g.children].map(describe)]),
        gone: window.goingElements.map((e) => e.isConnected),
        renamed: form.querySelector("[data-ory-name=action]")?.getAttribute("name"),
      };
    }, C);
    // `*`: a new element.
    assert.deepEqual(layout.form, ["input:csrf_token", "input:transient_hidden*", "input:action*", "div:ory-group ory-group--default", "div:ory-group ory-group--password"]);
    assert.deepEqual(layout.groups, [
      ["default", ["div:ory-field", "div:notice*"]],
      ["password", ["div:ory-field", "button:method"]],
    ]);
    assert.deepEqual(layout.gone, [false, false], "the nodes that went are removed");
    assert.equal(layout.renamed, "ory-field-action", "a name that shadows a form member is renamed, as in a first render");
    assert.equal(await markOf(`${C} [name=identifier]`), "input:identifier");
    assert.equal(await page.inputValue(`${C} [name=identifier]`), "bob@example.com");
    assert.deepEqual(await duplicateIds(), []);

    // (5) The next submit: the new csrf_token and hidden values, nothing of the removed nodes.
    await page.fill(`${C} [name=password]`, "pw-bob-2");
    await page.click(`${C} button[name=method]`);
    await page.waitForFunction(() => window.oryEvents.some((e) => e.name === "onSuccess"));
    assert.deepEqual(posts()[0].body, { csrf_token: LOGIN_CSRF, identifier: "bob@example.com", password: "pw-bob", stale_hidden: "old", method: "password" });
    assert.deepEqual(posts()[1].body, {
      csrf_token: "csrf-new",
      transient_hidden: "from-the-server",
      action: "v-action",
      identifier: "bob@example.com",
      password: "pw-bob-2",
      method: "password",
    });
  });

  it("the oidc buttons are matched by provider: a provider that appears is inserted, one that goes is removed", async () => {
    const flow = fixture("v0/login-flow-password-oidc.json");
    const providers = flow.ui.nodes.filter((n) => n.group === "oidc").map((n) => n.attributes.value);
    assert.ok(providers.length >= 2, `the fixture has several providers: ${providers}`);
    const invalid = structuredClone(flow);
    const oidc = invalid.ui.nodes.filter((n) => n.group === "oidc");
    // The first provider goes, a new one comes last.
    invalid.ui.nodes.splice(invalid.ui.nodes.indexOf(oidc[0]), 1);
    const added = structuredClone(oidc[1]);
    added.attributes.value = "newcomer";
    invalid.ui.nodes.splice(invalid.ui.nodes.indexOf(oidc.at(-1)) + 1, 0, added);
    invalid.ui.messages = [error(4000006, "The provided credentials are invalid.")];
    api.route("POST", "/self-service/login", { status: 400, body: invalid });
    await render(flow);
    await page.fill(`${C} [name=identifier]`, "carol@example.com");
    await page.fill(`${C} [name=password]`, "pw");
    await mark();
    await page.evaluate((c) => {
      for (const button of document.querySelectorAll(`${c} button[data-provider]`)) button.__provider = button.value;
    }, C);
    await page.click(`${C} button[name=method][value=password]`);
    await page.waitForSelector(`${C} li[data-message-id="4000006"]`);
    const buttons = await page.evaluate((c) => [...document.querySelectorAll(`${c} .ory-group--oidc button`)].map((b) => [b.value, b.__provider ?? null]), C);
    assert.deepEqual(
      buttons,
      [...providers.slice(1).map((p) => [p, p]), ["newcomer", null]],
      "the providers that stay are the same buttons, in order; the new one is new",
    );
  });

  it("other sections: the form is built anew, and works", async () => {
    const invalid = login((flow) => {
      flow.ui.nodes.push({ type: "input", group: "code", attributes: { name: "method", type: "submit", value: "code", node_type: "input" }, messages: [], meta: { label: { id: 1010015, text: "Send sign in code", type: "info" } } });
      flow.ui.messages = [error(4000006, "The provided credentials are invalid.")];
    });
    let answers = 0;
    api.route("POST", "/self-service/login", () => (answers++ === 0 ? { status: 400, body: invalid } : { body: SESSION }));
    await render(LOGIN);
    await page.fill(`${C} [name=identifier]`, "dave@example.com");
    await page.fill(`${C} [name=password]`, "pw");
    await mark();
    await page.click(`${C} button[name=method]`);
    await page.waitForSelector(`${C} .ory-group--code`);
    assert.equal(await markOf(`${C} [name=identifier]`), null, "a new form");
    assert.equal(await page.inputValue(`${C} [name=identifier]`), "dave@example.com", "the typed identifier is put back");
    assert.equal(await page.inputValue(`${C} [name=password]`), "");
    await page.fill(`${C} [name=password]`, "pw2");
    await page.click(`${C} button[name=method][value=password]`);
    await page.waitForFunction(() => window.oryEvents.some((e) => e.name === "onSuccess"));
    assert.equal(posts()[1].body.password, "pw2");
  });

  it("another flow id: the form is built anew", async () => {
    api.route("POST", "/self-service/login", { status: 400, body: login(() => {}, "another-flow") });
    await render(LOGIN);
    await page.fill(`${C} [name=identifier]`, "erin@example.com");
    await page.fill(`${C} [name=password]`, "pw");
    await mark();
    await page.click(`${C} button[name=method]`);
    await page.waitForFunction((c) => document.querySelector(`${c} .ory-flow`)?.getAttribute("data-flow-id") === "another-flow", C);
    assert.equal(await markOf(`${C} [name=identifier]`), null);
    assert.equal(await page.inputValue(`${C} [name=identifier]`), "erin@example.com");
  });

  it("a settings flow saved (200) is updated in place and does not keep the typed code", async () => {
    const flow = { id: "totp-settings", ui: { action: "https://kratos.example/self-service/settings?flow=totp-settings", method: "POST", nodes: fixture("v1/nodes-settings-totp-setup.json") } };
    const saved = structuredClone(flow);
    saved.state = "success";
    saved.ui.messages = [{ id: 1050001, text: "Your changes have been saved!", type: "success" }];
    api.route("POST", "/self-service/settings", { body: saved });
    await render(flow);
    await page.fill(`${C} [name=totp_code]`, "123123");
    await mark();
    await page.click(`${C} button[name=method][value=totp]`);
    await page.waitForSelector(`${C} li[data-message-id="1050001"]`);
    assert.equal(await markOf(`${C} [name=totp_code]`), "input:totp_code", "the same input");
    assert.equal(await page.inputValue(`${C} [name=totp_code]`), "", "a used TOTP code is not shown again");
  });
});

describe("renderFlow with a new version of the flow shown, into the same container", () => {
  it("updates the form in place: the same elements, the server's messages and values, the focus kept", async () => {
    await render(LOGIN);
    await page.focus(`${C} [name=identifier]`);
    await page.fill(`${C} [name=identifier]`, "typed");
    await mark();
    const invalid = login((flow) => {
      node(flow, "identifier").messages = [error(4000001, "length must be >= 3, but got 2")];
      node(flow, "identifier").attributes.value = "al";
      flow.ui.messages = [error(4000006, "The provided credentials are invalid.")];
    });
    await render(invalid);
    assert.equal(await markOf(`${C} form`), "form:0", "the same form");
    const identifier = await field("identifier");
    assert.equal(identifier.mark, "input:identifier", "the same input");
    assert.equal(identifier.value, "al", "what the server sent, as a new render shows it");
    assert.equal(identifier.ariaInvalid, "true");
    assert.deepEqual(identifier.messages.map(([id]) => id), ["4000001"]);
    assert.ok(identifier.focused, "the field keeps the focus");
    assert.deepEqual((await flowMessages()).map(([id]) => id), ["4000006"]);
    assert.deepEqual(await duplicateIds(), []);
    assert.equal(await onFlowCount(), 2, "onFlow for each render");
    assert.equal(await page.evaluate((c) => document.querySelectorAll(`${c} .ory-flow`).length, C), 1);
  });

  it("ids stay the same however often a field's messages or a node come and go (none is used up)", async () => {
    // Each id a render gives out is remembered so that no two elements share one; an element
    // that left the form used to keep its id, so the next one got `-2`, `-3`, … — ids that
    // changed from one attempt to the next, and a list of ids, and the time to find a free one,
    // growing with every submit.
    const invalid = login((flow) => {
      node(flow, "identifier").messages = [error(4000001, "length must be >= 3, but got 2")];
    });
    const withoutPassword = login((flow) => {
      flow.ui.nodes = flow.ui.nodes.filter((n) => n.attributes.name !== "password");
    });
    // Another input type: the field is built anew, in place of the old one.
    const retyped = login((flow) => {
      node(flow, "identifier").attributes.type = node(flow, "identifier").attributes.type === "email" ? "text" : "email";
    });
    const ids = () =>
      page.evaluate((c) => {
        const identifier = document.querySelector(`${c} [name=identifier]`);
        return {
          input: identifier.id,
          describedBy: identifier.getAttribute("aria-describedby"),
          messages: identifier.closest(".ory-field")?.querySelector(".ory-messages")?.id ?? null,
          password: document.querySelector(`${c} [name=password]`)?.id ?? null,
        };
      }, C);
    await render(LOGIN);
    await render(invalid);
    const first = await ids();
    assert.ok(first.messages, "the messages list has an id");
    assert.equal(first.describedBy, first.messages);
    await render(LOGIN);
    const password = (await ids()).password;
    assert.ok(password);
    for (let attempt = 0; attempt < 20; attempt += 1) {
      await render(withoutPassword);
      assert.equal((await ids()).password, null, "the password field is gone");
      await render(retyped);
      assert.equal((await ids()).input, first.input, "the rebuilt field has the id of the old one");
      assert.deepEqual(await duplicateIds(), []);
      await render(LOGIN);
      await render(invalid);
    }
    const last = await ids();
    assert.deepEqual(last, { ...first, password }, "the same ids after 20 more attempts");
    assert.deepEqual(await duplicateIds(), []);
  });

  it("replaces the form for another flow id, or options that render differently", async () => {
    await render(LOGIN);
    await mark();
    await render(login(() => {}, "another-flow"));
    assert.equal(await markOf(`${C} form`), null, "another flow: a new form");
    await mark();
    await render(login(() => {}, "another-flow"), { translations: { 1070004: "Kennung" } });
    assert.equal(await markOf(`${C} form`), null, "other translations: a new form");
    assert.equal(await page.evaluate((c) => document.querySelectorAll(`${c} .ory-flow`).length, C), 1);
  });

  it("the handle of the earlier render no longer controls the form: its destroy() leaves the newer render alone", async () => {
    await render(LOGIN);
    await page.evaluate(() => (window.firstView = window.oryViews.get("main")));
    await render(login((flow) => (node(flow, "identifier").messages = [error(4000001, "too short")])));
    await page.evaluate(() => window.firstView.destroy());
    assert.equal(await page.evaluate((c) => document.querySelectorAll(`${c} .ory-flow form`).length, C), 1, "the form of the newer render stays");
    api.route("POST", "/self-service/login", { status: 200, body: SESSION });
    await page.fill(`${C} [name=identifier]`, "erin@example.com");
    await page.fill(`${C} [name=password]`, "pw");
    await page.click(`${C} button[name=method]`);
    await page.waitForFunction(() => window.oryEvents.some((e) => e.name === "onSuccess"));
    assert.equal(posts().length, 1, "and still submits through the SDK");
    // The newer handle does control it.
    await render(login((flow) => (node(flow, "identifier").messages = [])));
    await page.evaluate(() => window.oryViews.get("main").destroy());
    assert.equal(await page.evaluate((c) => document.querySelectorAll(`${c} .ory-flow`).length, C), 0);
  });

  it("the submit after an update in place sends the new version, with the new callbacks", async () => {
    api.route("POST", "/self-service/login", { status: 200, body: SESSION });
    await render(LOGIN);
    const csrf = "csrf-of-the-new-version";
    await render(login((flow) => (node(flow, "csrf_token").attributes.value = csrf)));
    await page.fill(`${C} [name=identifier]`, "erin@example.com");
    await page.fill(`${C} [name=password]`, "pw");
    await page.click(`${C} button[name=method]`);
    await page.waitForFunction(() => window.oryEvents.some((e) => e.name === "onSuccess"));
    assert.equal(posts().length, 1);
    assert.equal(posts()[0].body.csrf_token, csrf);
  });
});
