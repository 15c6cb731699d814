// Nothing the server sends may leave the user an empty form without a word (issue #15 item 4):
// texts without ids (Kratos before v0.6) render as any other; a node the SDK cannot read is left
// out while every other node renders, the form says that part of it could not be shown, and
// `onUnreadable` names each such node; a `ui` that cannot be read at all says so too. One case
// per kind of malformed node, in headless Chromium.
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
const NOTICE = /Part of this form could not be shown/;

/** Renders `flow`; resolves to what the form shows and what onUnreadable received. */
async function render(flow) {
  return page.evaluate(
    ([f, basePath]) => {
      window.oryEvents = [];
      const outcome = window.oryRender(f, { options: { basePath }, hooks: ["onUnreadable"] });
      const container = document.getElementById("container-main");
      return {
        ok: outcome.ok,
        error: outcome.error,
        names: [...container.querySelectorAll("input, button, select, textarea")].map((e) => e.getAttribute("data-ory-name") ?? e.getAttribute("name")),
        text: container.textContent,
        alerts: [...container.querySelectorAll(".ory-message--error")].map((e) => e.textContent),
        reported: window.oryEvents.filter((e) => e.name === "onUnreadable").map((e) => e.argument),
      };
    },
    [flow, api.origin],
  );
}

const inputNames = (flow) => flow.ui.nodes.filter((n) => n.type === "input").map((n) => n.attributes.name);

describe("a flow the renderer cannot fully read", () => {
  it("texts without ids (an older Kratos) render in full, with no complaint", async () => {
    const flow = structuredClone(LOGIN);
    for (const node of flow.ui.nodes) {
      if (node.meta?.label) delete node.meta.label.id;
      for (const message of node.messages) delete message.id;
    }
    flow.ui.messages = [{ text: "Please sign in.", type: "info" }];
    const shown = await render(flow);
    assert.ok(shown.ok, JSON.stringify(shown.error));
    assert.deepEqual(shown.names.filter(Boolean).sort(), inputNames(flow).sort());
    assert.match(shown.text, /Please sign in\./);
    const label = LOGIN.ui.nodes.find((n) => n.attributes.name === "identifier").meta.label.text;
    assert.match(shown.text, new RegExp(label));
    assert.doesNotMatch(shown.text, NOTICE);
    assert.deepEqual(shown.reported, []);
  });

  // What the flow's shape check refuses (every answer of the API goes through it too): the call
  // throws an OryError naming the node, so the app knows at once.
  for (const [what, breakIt, problem] of [
    ["a node without attributes", (flow, index) => delete flow.ui.nodes[index].attributes, /`ui\.nodes\[\d+\]\.attributes` is missing/],
    ["a node that is not an object", (flow, index) => (flow.ui.nodes[index] = "password"), /`ui\.nodes\[\d+\]` should be an object/],
  ]) {
    it(`${what}: renderFlow throws an OryError naming it`, async () => {
      const flow = structuredClone(LOGIN);
      breakIt(flow, flow.ui.nodes.findIndex((n) => n.attributes.name === "password"));
      const shown = await render(flow);
      assert.equal(shown.ok, false);
      assert.equal(shown.error.kind, "invalid_argument");
      assert.match(shown.error.message, problem);
    });
  }

  const malformed = [
    ["a node whose type is not a string", (node) => (node.type = 7)],
    ["a node without a group", (node) => delete node.group],
    ["a node whose messages are not a list", (node) => (node.messages = "oops")],
    ["a node whose label is not a text", (node) => (node.meta = { label: "Password" })],
    ["a node whose message has no type", (node) => (node.messages = [{ id: 4000001, text: "too short" }])],
  ];
  for (const [what, breakIt] of malformed) {
    it(`${what}: the other nodes render, the form says so, onUnreadable names it`, async () => {
      const flow = structuredClone(LOGIN);
      const index = flow.ui.nodes.findIndex((n) => n.attributes.name === "password");
      breakIt(flow.ui.nodes[index]);
      const shown = await render(flow);
      assert.ok(shown.ok, JSON.stringify(shown.error));
      const others = inputNames(LOGIN).filter((name) => name !== "password");
      for (const name of others) assert.ok(shown.names.includes(name), `${name} is rendered (${shown.names})`);
      assert.ok(!shown.names.includes("password"));
      assert.ok(shown.alerts.some((text) => NOTICE.test(text)), `an error message says so: ${shown.alerts}`);
      assert.deepEqual(shown.reported, [[{ path: `ui.nodes[${index}]`, name: "password" }]]);
    });
  }

  it("a ui whose own members cannot be read: the form says so, onUnreadable names the ui", async () => {
    const flow = structuredClone(LOGIN);
    flow.ui.method = 5;
    const shown = await render(flow);
    assert.ok(shown.ok, JSON.stringify(shown.error));
    assert.ok(shown.alerts.some((text) => NOTICE.test(text)), `${shown.alerts}`);
    assert.deepEqual(shown.reported, [[{ path: "ui", name: null }]]);
  });
});
