// Attacks through attributes the server chooses (security issue items 6, 8 and 11), in headless
// Chromium against the built package:
//   - item 6: a passkey registration whose `displayNameFieldName` names the password field must
//     not store the password as the passkey's user name (CDP virtual authenticator);
//   - item 8: `autocomplete`, `pattern` and `maxlength` are not copied verbatim (autofill of card
//     numbers, a catastrophic regular expression, a truncated new password);
//   - item 11: images and links never send the page's address as `Referer`.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";

import { fixture } from "../support/recording-server.mjs";
import { startRenderSuite, stopRenderSuite } from "../support/render.mjs";

let browser, pageServer, api, page, context, problems;

// A 1x1 PNG.
const PNG_BYTES = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");
const PNG = `data:image/png;base64,${PNG_BYTES.toString("base64")}`;

before(async () => {
  ({ pageServer, api, browser, page, context, problems } = await startRenderSuite());
});

after(() => stopRenderSuite({ browser, api, pageServer }));

function render(flow, spec = {}) {
  return page.evaluate(([f, s]) => window.oryRender(f, s), [flow, spec]);
}

function rendered(outcome) {
  assert.ok(outcome.ok, `renderFlow threw: ${JSON.stringify(outcome.error)}`);
  return outcome.dom;
}

const text = (id, value) => ({ id, text: value, type: "info" });
const input = (group, attributes, meta = {}) => ({ type: "input", group, attributes: { node_type: "input", ...attributes }, messages: [], meta });

function flow(id, kind, nodes) {
  return { id, ui: { action: `https://kratos.example/self-service/${kind}?flow=${id}`, method: "POST", nodes } };
}

/** The attributes of the element matching `selector` inside the container `key`. */
function attributesOf(key, selector) {
  return page.evaluate(
    ([k, s]) => {
      const element = document.querySelector(`#container-${k} ${s}`);
      return element && Object.fromEntries([...element.attributes].map((a) => [a.name, a.value]));
    },
    [key, selector],
  );
}

describe("item 11: images and links send no referrer", () => {
  it("a foreign image is loaded without Referer; images and links carry no-referrer", async () => {
    api.route("GET", "/logo.png", { status: 200, headers: { "Content-Type": "image/png" }, rawBody: PNG_BYTES });
    const nodes = [
      input("default", { name: "csrf_token", type: "hidden", value: "t" }),
      { type: "img", group: "totp", attributes: { node_type: "img", src: `${api.origin}/logo.png?tracker=1`, id: "remote", width: 1, height: 1 }, messages: [], meta: { label: text(1, "Remote") } },
      { type: "img", group: "totp", attributes: { node_type: "img", src: PNG, id: "totp_qr", width: 1, height: 1 }, messages: [], meta: { label: text(2, "QR") } },
      { type: "a", group: "totp", attributes: { node_type: "a", href: `${api.origin}/help`, title: text(3, "Help"), id: "help" }, messages: [], meta: {} },
    ];
    // The page's address carries something private (a flow id, a return_to): it must not leak.
    await page.evaluate(() => history.replaceState(null, "", `${location.pathname}?flow=secret-flow-id`));
    const dom = rendered(await render(flow("referrer", "settings", nodes), { key: "referrer" }));
    assert.equal(dom.images.length, 2, "both images render (http(s) and PNG data stay allowed)");

    for (const id of ["remote", "totp_qr"]) {
      const image = await attributesOf("referrer", `img[data-node-id="${id}"]`);
      assert.equal(image.referrerpolicy, "no-referrer", `${id}: referrerpolicy`);
      assert.equal(image.crossorigin, undefined, `${id}: no CORS mode asked for`);
    }
    const link = await attributesOf("referrer", `a[data-node-id="help"]`);
    assert.deepEqual(link.rel.split(/\s+/).sort(), ["noopener", "noreferrer"], "rel");
    assert.equal(link.referrerpolicy, "no-referrer", "link referrerpolicy");

    // The image request itself: no Referer at all (the page's default policy would send its origin).
    const request = await api.waitForRequest((r) => r.method === "GET" && r.path === "/logo.png");
    assert.equal(request.headers.referer, undefined, `Referer sent: ${request.headers.referer}`);
    await page.waitForFunction(() => document.querySelector('#container-referrer img[data-node-id="remote"]')?.complete === true);

    // Following the link (in a new window, so this page stays): no Referer either.
    const [popup] = await Promise.all([
      context.waitForEvent("page", { timeout: 5000 }),
      page.click('#container-referrer a[data-node-id="help"]', { modifiers: ["Shift"] }),
    ]);
    const followed = await api.waitForRequest((r) => r.method === "GET" && r.path === "/help");
    assert.equal(followed.headers.referer, undefined, `link Referer sent: ${followed.headers.referer}`);
    assert.equal(await popup.evaluate(() => window.opener), null, "the linked page gets no opener");
    await popup.close();
  });
});

describe("item 8: autocomplete, pattern and maxlength are not the server's to choose", () => {
  it("drops autofill of card data, a catastrophic pattern and a maxlength on the new password", async () => {
    const nodes = [
      input("default", { name: "csrf_token", type: "hidden", value: "t" }),
      input("default", { name: "traits.email", type: "email", autocomplete: "email" }, { label: text(1, "E-Mail") }),
      input("default", { name: "traits.card", type: "text", autocomplete: "cc-number" }, { label: text(2, "Member number") }),
      input("default", { name: "traits.cvc", type: "text", autocomplete: "section-pay billing cc-csc" }, { label: text(3, "Code") }),
      input("default", { name: "traits.street", type: "text", autocomplete: "shipping street-address" }, { label: text(4, "Street") }),
      input("default", { name: "traits.slow", type: "text", pattern: "(a+)+$" }, { label: text(5, "Slow") }),
      input("default", { name: "traits.code", type: "text", pattern: "[0-9]+", maxlength: 6 }, { label: text(6, "Code") }),
      input("password", { name: "password", type: "password", autocomplete: "new-password", maxlength: 4 }, { label: text(7, "Password") }),
      input("password", { name: "traits.nickname", type: "text", autocomplete: "current-password" }, { label: text(8, "Nickname") }),
      input("password", { name: "method", type: "submit", value: "password" }, { label: text(9, "Sign up") }),
    ];
    rendered(await render(flow("attrs", "registration", nodes), { key: "attrs", options: { basePath: api.origin }, hooks: ["onSuccess"] }));
    const field = (name) => attributesOf("attrs", `input[name="${name}"]`);

    assert.equal((await field("traits.email")).autocomplete, "email", "an auth-form token stays");
    for (const name of ["traits.card", "traits.cvc", "traits.street"]) {
      assert.equal((await field(name)).autocomplete, undefined, `${name}: no payment or address autofill`);
    }
    assert.equal((await field("traits.nickname")).autocomplete, undefined, "the password is never autofilled into a text field");
    assert.equal((await field("password")).autocomplete, "new-password");
    assert.equal((await field("password")).maxlength, undefined, "a new password is never truncated");
    assert.equal((await field("traits.slow")).pattern, undefined, "no nested quantifiers");
    assert.equal((await field("traits.code")).pattern, "[0-9]+", "Kratos' own pattern stays");
    assert.equal((await field("traits.code")).maxlength, "6");

    // Submit: the SDK checks each field's constraints first. The server's pattern no longer
    // decides what may be sent (Kratos validates), and a generated password longer than the
    // server's maxlength arrives whole instead of cut.
    const generated = "correct horse battery staple 0123456789";
    api.reset();
    api.route("POST", "/self-service/registration", { status: 200, body: fixture("v1/registration-success-browser.json") });
    await page.fill('#container-attrs input[name="traits.slow"]', "aaaaaaaaaaaaaaaaaaaaaaaaaaa!");
    await page.type('#container-attrs input[name="password"]', generated);
    await page.click('#container-attrs button[name="method"]');
    const post = await api.waitForRequest((r) => r.method === "POST" && r.path === "/self-service/registration");
    assert.equal(post.body.traits?.slow, "aaaaaaaaaaaaaaaaaaaaaaaaaaa!");
    assert.equal(post.body.password, generated);
  });
});

describe("item 6: the passkey's user name is never the password", () => {
  const b64url = (value) => Buffer.from(value).toString("base64url");
  let cdp, authenticatorId;

  before(async () => {
    cdp = await context.newCDPSession(page);
    await cdp.send("WebAuthn.enable");
    ({ authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
      options: { protocol: "ctap2", transport: "internal", hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
    }));
  });

  function passkeyFlow(id, displayNameFields) {
    const publicKey = {
      challenge: b64url(`challenge of ${id}, 32 bytes or so`),
      rp: { name: "ory-wasm test", id: "localhost" },
      user: { id: b64url(`user-${id}`), name: "server-chosen", displayName: "server-chosen" },
      pubKeyCredParams: [{ type: "public-key", alg: -7 }],
      authenticatorSelection: { residentKey: "required", userVerification: "required" },
    };
    const [first, ...rest] = displayNameFields;
    return flow(id, "registration", [
      input("default", { name: "csrf_token", type: "hidden", value: "t" }),
      input("default", { name: "traits.email", type: "email", required: true }, { label: text(1, "E-Mail") }),
      input("password", { name: "password", type: "password" }, { label: text(2, "Password") }),
      input("passkey", { name: "passkey_register", type: "hidden", value: "" }),
      input("passkey", { name: "passkey_create_data", type: "hidden", value: JSON.stringify({ credentialOptions: { publicKey }, displayNameFieldName: first, displayNameFieldNames: rest }) }),
      input("passkey", { name: "passkey_register_trigger", type: "button", onclickTrigger: "oryPasskeyRegistration" }, { label: text(3, "Sign up with passkey") }),
    ]);
  }

  /** Renders the flow, types an e-mail and a password, presses the passkey button; returns the stored credential. */
  async function register(id, displayNameFields) {
    await cdp.send("WebAuthn.clearCredentials", { authenticatorId });
    api.reset();
    api.route("POST", "/self-service/registration", { status: 200, body: fixture("v1/registration-success-browser.json") });
    rendered(await render(passkeyFlow(id, displayNameFields), { key: id, options: { basePath: api.origin }, hooks: ["onSuccess"] }));
    await page.fill(`#container-${id} input[name="traits.email"]`, "ada@example.com");
    await page.fill(`#container-${id} input[name="password"]`, "hunter2-the-password");
    await page.click(`#container-${id} button[name="passkey_register_trigger"]`);
    const post = await api.waitForRequest((r) => r.method === "POST" && r.path === "/self-service/registration", 10000);
    assert.equal(post.body.method, "passkey");
    assert.ok(post.body.passkey_register, "the ceremony's answer was submitted");
    const { credentials } = await cdp.send("WebAuthn.getCredentials", { authenticatorId });
    assert.equal(credentials.length, 1);
    return credentials[0];
  }

  it("a display-name field naming the password is ignored: the server's user name stays", async () => {
    const stored = await register("pk-password", ["password"]);
    assert.notEqual(stored.userName, "hunter2-the-password", "the password became the passkey's user name");
    assert.equal(stored.userName, "server-chosen");
    assert.notEqual(stored.userDisplayName, "hunter2-the-password");
  });

  it("a trait field still names the passkey, the password next to it does not", async () => {
    const stored = await register("pk-email", ["password", "csrf_token", "traits.email"]);
    assert.equal(stored.userName, "ada@example.com");
    assert.deepEqual(problems.filter((p) => p.startsWith("pageerror")), []);
  });
});
