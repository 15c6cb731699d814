// runWebAuthn(flow, trigger, options): the SDK's ceremony for callers who render their own
// forms, in headless Chromium with a CDP virtual authenticator. The flows are built the way
// Kratos builds them (passkey_create_data, passkey_challenge); no server verifies here — the
// journeys in tests/e2e/webauthn.test.mjs do that against the local server.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";

import { launchBrowser, openPage } from "../support/browser.mjs";
import { startServer } from "../support/recording-server.mjs";

let browser;
let site;
let tab;
let cdp;
let authenticatorId;

const b64url = (bytes) => Buffer.from(bytes).toString("base64url");
const CHALLENGE = b64url("a challenge of 32 bytes, not more");

function input(group, name, attributes = {}) {
  return {
    type: "input",
    group,
    attributes: { name, type: "hidden", disabled: false, node_type: "input", ...attributes },
    messages: [],
    meta: {},
  };
}

function flow(kind, nodes) {
  return {
    id: "f1",
    type: "browser",
    ui: { action: `http://localhost/self-service/${kind}?flow=f1`, method: "POST", nodes },
  };
}

function registrationFlow(exclude = []) {
  const publicKey = {
    challenge: CHALLENGE,
    rp: { name: "ory-wasm test", id: "localhost" },
    user: { id: b64url("user-1"), name: "placeholder", displayName: "placeholder" },
    pubKeyCredParams: [{ type: "public-key", alg: -7 }],
    authenticatorSelection: { residentKey: "required", requireResidentKey: true, userVerification: "required" },
    excludeCredentials: exclude.map((id) => ({ type: "public-key", id })),
  };
  return flow("registration", [
    input("default", "traits.email", { type: "email", value: "ada@example.com" }),
    input("passkey", "passkey_register"),
    input("passkey", "passkey_register_trigger", { type: "button", onclickTrigger: "oryPasskeyRegistration" }),
    input("passkey", "passkey_create_data", {
      value: JSON.stringify({ credentialOptions: { publicKey }, displayNameFieldName: "traits.email" }),
    }),
  ]);
}

function loginFlow() {
  const publicKey = { challenge: CHALLENGE, rpId: "localhost", userVerification: "required" };
  return flow("login", [
    input("passkey", "passkey_challenge", { value: JSON.stringify({ publicKey }) }),
    input("passkey", "passkey_login"),
    input("passkey", "passkey_login_trigger", { type: "button", onclickTrigger: "oryPasskeyLogin" }),
  ]);
}

/** Runs runWebAuthn in the page; errors come back flattened. */
function runInPage(flowObject, trigger, options) {
  return tab.page.evaluate(
    async ({ flowObject, trigger, options }) => {
      try {
        return { ok: true, value: await window.ory.runWebAuthn(flowObject, trigger, options) };
      } catch (error) {
        return {
          ok: false,
          isOryError: error instanceof window.ory.OryError,
          kind: error.kind,
          message: error.message,
          cause: error.cause?.name ?? null,
        };
      }
    },
    { flowObject, trigger, options },
  );
}

describe("runWebAuthn: the ceremony for callers who render their own forms", () => {
  before(async () => {
    site = await startServer({ static: ["/pkg/", "/tests/browser/"] });
    browser = await launchBrowser();
    tab = await openPage(browser, `${site.origin}/tests/browser/harness.html`);
    cdp = await tab.context.newCDPSession(tab.page);
    await cdp.send("WebAuthn.enable");
    ({ authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
      options: {
        protocol: "ctap2",
        transport: "internal",
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    }));
  });

  after(async () => {
    await browser?.close();
    await site?.close();
  });

  let credentialId;

  it("registers a passkey: the answer for passkey_register, the display name from options", async () => {
    const outcome = await runInPage(registrationFlow(), "passkey_register_trigger", { displayName: "ada@example.com" });
    assert.equal(outcome.ok, true, JSON.stringify(outcome));
    assert.equal(outcome.value.name, "passkey_register");
    assert.equal(outcome.value.method, "passkey");
    const credential = JSON.parse(outcome.value.value);
    assert.equal(credential.type, "public-key");
    assert.equal(credential.id, credential.rawId, "id and rawId are the same base64url");
    assert.match(credential.rawId, /^[A-Za-z0-9_-]+$/, "base64url without padding");
    assert.match(credential.response.attestationObject, /^[A-Za-z0-9_-]+$/);
    const clientData = JSON.parse(Buffer.from(credential.response.clientDataJSON, "base64url").toString());
    assert.equal(clientData.type, "webauthn.create");
    assert.equal(clientData.challenge, CHALLENGE, "the server's challenge, decoded and re-encoded by the browser");
    assert.equal(typeof credential.clientExtensionResults, "object", "getClientExtensionResults() is passed on");
    const { credentials } = await cdp.send("WebAuthn.getCredentials", { authenticatorId });
    assert.equal(credentials.length, 1);
    assert.equal(credentials[0].isResidentCredential, true);
    assert.equal(credentials[0].userName, "ada@example.com", "user.name came from displayName");
    credentialId = credential.rawId;
  });

  it("signs in with it: the answer for passkey_login carries the user handle", async () => {
    const outcome = await runInPage(loginFlow(), "oryPasskeyLogin");
    assert.equal(outcome.ok, true, JSON.stringify(outcome));
    assert.equal(outcome.value.name, "passkey_login");
    const assertion = JSON.parse(outcome.value.value);
    assert.equal(assertion.rawId, credentialId);
    for (const member of ["authenticatorData", "clientDataJSON", "signature", "userHandle"]) {
      assert.match(assertion.response[member], /^[A-Za-z0-9_-]+$/, member);
    }
    assert.equal(Buffer.from(assertion.response.userHandle, "base64url").toString(), "user-1");
  });

  it("refuses an authenticator that already holds an excluded credential: webauthn_already_registered", async () => {
    const outcome = await runInPage(registrationFlow([credentialId]), "oryPasskeyRegistration", {
      displayName: "ada@example.com",
    });
    assert.equal(outcome.ok, false);
    assert.equal(outcome.isOryError, true);
    assert.equal(outcome.kind, "webauthn_already_registered");
    assert.equal(outcome.cause, "InvalidStateError");
  });

  it("a failed user verification is webauthn_cancelled, with the browser's exception as cause", async () => {
    await cdp.send("WebAuthn.setUserVerified", { authenticatorId, isUserVerified: false });
    try {
      const outcome = await runInPage(loginFlow(), "oryPasskeyLogin");
      assert.equal(outcome.ok, false);
      assert.equal(outcome.kind, "webauthn_cancelled");
      assert.equal(outcome.cause, "NotAllowedError");
    } finally {
      await cdp.send("WebAuthn.setUserVerified", { authenticatorId, isUserVerified: true });
    }
  });

  it("unusable options and unknown triggers are invalid_argument, before any ceremony", async () => {
    const broken = loginFlow();
    broken.ui.nodes[0].attributes.value = JSON.stringify({ publicKey: { challenge: "not*base64" } });
    const bad = await runInPage(broken, "oryPasskeyLogin");
    assert.equal(bad.kind, "invalid_argument");
    assert.match(bad.message, /challenge/);
    const unknown = await runInPage(loginFlow(), "somethingNew");
    assert.equal(unknown.kind, "invalid_argument");
    const notAFlow = await runInPage({ hello: "world" }, "oryPasskeyLogin");
    assert.equal(notAFlow.kind, "invalid_argument");
  });
});
