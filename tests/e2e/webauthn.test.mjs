// End-to-end WebAuthn and passkey journeys: the demo SPA (under its strict CSP) in headless
// Chromium with a CDP virtual authenticator (CTAP2, internal, resident keys, user verification,
// automatic presence), against the emulator with the `webauthn` and `passkey` methods. The SDK's
// own ceremony code (src/render/webauthn.rs) runs navigator.credentials.create/get; Kratos'
// /.well-known/ory/webauthn.js must never be loaded.
//
// How Chromium's virtual authenticator treats conditional mediation (passkey autofill): with
// automatic presence simulation on, a `get({mediation: "conditional"})` resolves by itself as
// soon as a discoverable credential matches — no focus or user gesture needed. With presence
// simulation off, it stays pending (focus does not resolve it either). The autofill journey
// uses the first; the passkey-button journey uses the second to prove that the autofill
// request was started, and aborted cleanly (no error shown) when the button was pressed.
//
// A small init script records every navigator.credentials call (mediation, abort, outcome) in
// window.__webauthnCalls; it wraps the browser's functions without changing what they do.
//
// The emulator sends the options Kratos sends: passkeys are discoverable (residentKey
// "required"), security keys ask for no credProtect (which Chromium refuses together with
// userVerification "preferred"). Two tests pin that down.
//
//   npm run build && node --test tests/e2e/webauthn.test.mjs
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { launchBrowser } from "../support/browser.mjs";
import {
  assertAccessible,
  assertNoCspViolations,
  buildEmulator,
  createIdentity,
  fill,
  newPage,
  startStack,
  text,
  waitForFlow,
  waitForRoute,
} from "./support.mjs";

let browser;
let stack;

before(async () => {
  buildEmulator();
  browser = await launchBrowser();
  stack = await startStack({ config: { methods: { webauthn: true, passkey: true } } });
});

after(async () => {
  await browser?.close();
  await stack?.stop();
});

const WEBAUTHN_JS = "/.well-known/ory/webauthn.js";

/** What the journeys saw of the emulator's options, for the two tests that pin them down. */
const seen = { passkeyDiscoverable: null, securityKeyShim: null };

const AUTHENTICATOR = {
  protocol: "ctap2",
  transport: "internal",
  hasResidentKey: true,
  hasUserVerification: true,
  isUserVerified: true,
  automaticPresenceSimulation: true,
};

/** Runs in every page before its scripts: records navigator.credentials calls. */
function recordCeremonies() {
  window.__webauthnCalls = [];
  const container = navigator.credentials;
  if (!container) return;
  for (const method of ["get", "create"]) {
    const original = container[method].bind(container);
    container[method] = (options) => {
      const call = { method, mediation: options?.mediation ?? null, aborted: false, outcome: "pending" };
      window.__webauthnCalls.push(call);
      // The user dismisses the browser's passkey dialog: Chromium rejects the request with a
      // NotAllowedError, which no CDP command of the virtual authenticator can produce (headless
      // has no dialog). A test sets the flag; the next modal request is rejected as on dismissal.
      if (window.__dismissNextModal && !options?.mediation) {
        window.__dismissNextModal = false;
        call.outcome = "NotAllowedError";
        return Promise.reject(new DOMException("The operation either timed out or was not allowed.", "NotAllowedError"));
      }
      options?.signal?.addEventListener("abort", () => {
        call.aborted = true;
      });
      const promise = original(options);
      promise.then(
        () => {
          call.outcome = "resolved";
        },
        (error) => {
          call.outcome = error?.name ?? "rejected";
        },
      );
      return promise;
    };
  }
}

/**
 * A fresh context with a virtual authenticator of its own: the page, the CDP session, the
 * authenticator id, every flow submit (POST bodies), every request URL and every dialog.
 */
async function newAuthenticatorTab(options = {}) {
  const tab = await newPage(browser);
  const { context, page } = tab;
  await context.addInitScript(recordCeremonies);
  tab.dialogs = [];
  page.on("dialog", (dialog) => {
    tab.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  tab.requests = [];
  tab.submits = [];
  context.on("request", (request) => {
    tab.requests.push(request.url());
    if (request.method() === "POST" && /\/self-service\/[a-z]+\?flow=/.test(request.url())) {
      let body = null;
      try {
        body = request.postDataJSON();
      } catch {
        body = request.postData();
      }
      tab.submits.push({ path: new URL(request.url()).pathname, body });
    }
  });
  tab.cdp = await context.newCDPSession(page);
  await tab.cdp.send("WebAuthn.enable");
  const { authenticatorId } = await tab.cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: { ...AUTHENTICATOR, ...options },
  });
  tab.authenticatorId = authenticatorId;
  return tab;
}

async function credentials(tab) {
  const { credentials } = await tab.cdp.send("WebAuthn.getCredentials", { authenticatorId: tab.authenticatorId });
  return credentials;
}

/** The submits since `from` to `path` (`/self-service/login`, …). */
function submitsTo(tab, path, from = 0) {
  return tab.submits.slice(from).filter((s) => s.path === path);
}

/** `test`, adding the page's address and visible text to a failure. */
function journeyTest(name, getTab, fn, options = {}) {
  return test(name, options, async (t) => {
    try {
      await fn(t);
    } catch (error) {
      const page = getTab()?.page;
      const shown = await page
        ?.evaluate(() => `${location.href}\n${document.querySelector("main")?.innerText ?? ""}`)
        .catch(() => "(page gone)");
      error.message += `\n--- the page showed: ${shown?.slice(0, 1500)}`;
      throw error;
    }
  });
}

/**
 * Ends a journey: no CSP violation, no uncaught page error, no alert/confirm/prompt, and Kratos'
 * WebAuthn script requested neither by the page nor from the emulator.
 */
async function finishJourney(tab) {
  await assertNoCspViolations(tab.page);
  const errors = tab.problems.filter((p) => p.startsWith("pageerror") || p.startsWith("csp"));
  assert.deepEqual(errors, [], "uncaught errors or CSP violations in the page (across every page load)");
  assert.deepEqual(tab.dialogs, [], "the page opened a dialog (alert/confirm/prompt)");
  assert.deepEqual(
    tab.requests.filter((url) => url.includes(WEBAUTHN_JS)),
    [],
    "the page requested Kratos' WebAuthn script",
  );
  assert.deepEqual(
    stack.emulator.log.filter((line) => line.includes(WEBAUTHN_JS)),
    [],
    "the emulator served its WebAuthn script",
  );
}

async function logOut(page) {
  await page.goto(stack.url("/logout"));
  await waitForRoute(page, "/");
  assert.equal(await text(page, "#identity"), "Not signed in");
}

/**
 * Waits until a sign-up is done: Kratos answers with continue_with (show the verification UI
 * and/or redirect), so the SDK either shows the verification flow in place or goes to /whoami.
 */
async function waitForSignUp(page) {
  await page.waitForFunction(
    () =>
      (location.pathname === "/verification" && document.querySelector(".ory-flow--verification")) ||
      (location.pathname === "/whoami" && document.body.dataset.route === "/whoami"),
  );
}

async function openWhoami(page) {
  await page.goto(stack.url("/whoami"));
  await waitForRoute(page, "/whoami");
}

/** The SDK's notice with a ceremony failure code. */
function ceremonyError(code) {
  return `.ory-flow .ory-notice p.ory-message--error[data-code="${code}"]`;
}

/** The form is idle and its WebAuthn buttons can be pressed again. */
async function assertFormUsable(page) {
  await page.waitForSelector(".ory-flow form:not([aria-busy=true])");
  const disabled = await page.$$eval(".ory-flow button[data-trigger]", (buttons) =>
    buttons.filter((b) => b.disabled || b.hidden).map((b) => b.name),
  );
  assert.deepEqual(disabled, [], "every WebAuthn button is enabled and shown");
}

/** The `passkey_create_data` options of the flow on screen. */
async function passkeyCreateOptions(page) {
  const value = await page.inputValue('.ory-flow input[name="passkey_create_data"]');
  const data = JSON.parse(value);
  return (data.credentialOptions ?? data).publicKey;
}


// ---------------------------------------------------------------- passkeys

describe("passkeys: sign up, autofill, button, already registered", { concurrency: false }, () => {
  const email = "passkey@example.com";
  let tab;
  before(async () => {
    tab = await newAuthenticatorTab();
  });
  after(async () => {
    await tab?.context.close();
  });
  const journey = (name, fn, options) => journeyTest(name, () => tab, fn, options);

  journey("register with a passkey: create, method=passkey + passkey_register, signed in", async (t) => {
    const { page } = tab;
    await page.goto(stack.url("/registration"));
    await waitForFlow(page, "registration");
    await page.waitForSelector('.ory-flow button[data-trigger="oryPasskeyRegistration"]:not([hidden])');
    await assertAccessible(page, "the registration form with passkeys");
    await fill(page, { "traits.email": email, "traits.name.first": "Pat", "traits.name.last": "Key" });
    const from = tab.submits.length;
    await page.click('.ory-flow button[data-trigger="oryPasskeyRegistration"]');
    await waitForSignUp(page);
    const [submit] = submitsTo(tab, "/self-service/registration", from);
    assert.ok(submit, "the registration was submitted");
    assert.equal(submit.body.method, "passkey");
    assert.equal(submit.body.traits.email, email);
    const answer = JSON.parse(submit.body.passkey_register);
    assert.equal(answer.type, "public-key");
    assert.ok(answer.response.attestationObject && answer.response.clientDataJSON, "an attestation");
    assert.equal(submit.body.password, undefined, "no password in a passkey sign-up");
    assert.equal(submit.body.passkey_create_data, undefined, "the options are not sent back");

    const stored = await credentials(tab);
    assert.equal(stored.length, 1, "one credential on the authenticator");
    assert.equal(stored[0].rpId, "localhost");
    assert.equal(stored[0].userName, email, "user.name comes from displayNameFieldName (traits.email)");
    seen.passkeyDiscoverable = stored[0].isResidentCredential;

    await openWhoami(page);
    assert.equal(await text(page, '[data-testid="whoami-email"]'), email);
    assert.match(await text(page, '[data-testid="whoami-methods"]'), /passkey/);
    await finishJourney(tab);
  });

  test(
    "emulator: a passkey registration makes a discoverable credential (residentKey required, as Kratos)",
    () => {
      // Kratos v1.3.1 (selfservice/strategy/passkey) registers passkeys with
      // authenticatorSelection {residentKey: "required", requireResidentKey: true}: passkey
      // sign-in sends no allowCredentials, so only a discoverable credential can answer it.
      assert.equal(seen.passkeyDiscoverable, true, "the virtual authenticator stored a discoverable credential");
    },
  );

  journey("log in with passkey autofill: a conditional get, answered, method=passkey", async (t) => {
    const { page } = tab;
    await logOut(page);
    const from = tab.submits.length;
    await page.goto(stack.url("/login"));
    // The SDK starts the conditional request after rendering a flow with passkey_challenge and
    // an `autocomplete="username webauthn"` identifier; the virtual authenticator answers it.
    await waitForRoute(page, "/whoami");
    assert.equal(await text(page, '[data-testid="whoami-email"]'), email);
    assert.match(await text(page, '[data-testid="whoami-methods"]'), /passkey/);
    const calls = await page.evaluate(() => window.__webauthnCalls);
    t.diagnostic(`ceremonies: ${JSON.stringify(calls)}`);
    assert.deepEqual(
      calls.map((c) => [c.method, c.mediation, c.outcome]),
      [["get", "conditional", "resolved"]],
      "one conditional get, resolved",
    );
    const [submit] = submitsTo(tab, "/self-service/login", from);
    assert.ok(submit, "the login was submitted");
    assert.equal(submit.body.method, "passkey");
    const answer = JSON.parse(submit.body.passkey_login);
    assert.ok(answer.response.userHandle, "a discoverable credential names its user");
    assert.ok(answer.response.signature && answer.response.authenticatorData, "an assertion");
    assert.equal(submit.body.passkey_challenge, undefined, "the options are not sent back");
    assert.ok(!submit.body.identifier, "no identifier was typed");
    await finishJourney(tab);
  });

  journey("while the passkey button's ceremony waits, the aborted autofill leaves the form busy", async () => {
    const { page, cdp, authenticatorId } = tab;
    await logOut(page);
    // Without presence neither request is answered: the state while the browser's dialog is open.
    await cdp.send("WebAuthn.setAutomaticPresenceSimulation", { authenticatorId, enabled: false });
    const from = tab.submits.length;
    try {
      await page.goto(stack.url("/login"));
      await waitForFlow(page, "login");
      await page.waitForFunction(() => window.__webauthnCalls.some((c) => c.mediation === "conditional" && c.outcome === "pending"));
      await page.click('.ory-flow button[data-trigger="oryPasskeyLogin"]');
      await page.waitForFunction(() => window.__webauthnCalls.length === 2 && window.__webauthnCalls[0].outcome === "AbortError");
      // Let the SDK handle the autofill's AbortError before looking.
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
      const state = await page.$eval(".ory-flow form", (form) => ({
        busy: form.getAttribute("aria-busy"),
        enabled: [...form.querySelectorAll("button")].filter((b) => !b.disabled).map((b) => b.name),
        notice: document.querySelector(".ory-flow .ory-notice").textContent,
      }));
      assert.deepEqual(
        state,
        { busy: "true", enabled: [], notice: "" },
        "the form stays busy (every button disabled) and shows nothing while the button's ceremony runs",
      );
      const calls = await page.evaluate(() => window.__webauthnCalls);
      assert.deepEqual(
        calls.map((c) => [c.mediation, c.outcome]),
        [
          ["conditional", "AbortError"],
          [null, "pending"],
        ],
      );
    } finally {
      // Leaving the page ends the pending request (the demo destroys the view).
      await page.goto(stack.url("/"));
      await waitForRoute(page, "/");
      await cdp.send("WebAuthn.setAutomaticPresenceSimulation", { authenticatorId, enabled: true });
    }
    assert.deepEqual(submitsTo(tab, "/self-service/login", from), [], "nothing submitted");
    await finishJourney(tab);
  });

  journey("log in with the passkey button: autofill started, aborted cleanly by the button", async (t) => {
    const { page, cdp, authenticatorId } = tab;
    await logOut(page);
    // Without presence the conditional request stays pending, as it would while a user looks at
    // the page without opening the autofill menu.
    await cdp.send("WebAuthn.setAutomaticPresenceSimulation", { authenticatorId, enabled: false });
    const from = tab.submits.length;
    try {
      await page.goto(stack.url("/login"));
      await waitForFlow(page, "login");
      await page.waitForFunction(() => window.__webauthnCalls.some((c) => c.mediation === "conditional" && c.outcome === "pending"));
      await page.focus('.ory-flow input[name="identifier"]');
      assert.equal(
        await page.getAttribute('.ory-flow input[name="identifier"]', "autocomplete"),
        "username webauthn",
      );
      await assertAccessible(page, "the login form with passkeys");
    } finally {
      await cdp.send("WebAuthn.setAutomaticPresenceSimulation", { authenticatorId, enabled: true });
    }
    assert.deepEqual(submitsTo(tab, "/self-service/login", from), [], "nothing submitted while autofill waits");
    await page.click('.ory-flow button[data-trigger="oryPasskeyLogin"]');
    await waitForRoute(page, "/whoami");
    assert.equal(await text(page, '[data-testid="whoami-email"]'), email);
    const calls = await page.evaluate(() => window.__webauthnCalls);
    t.diagnostic(`ceremonies: ${JSON.stringify(calls)}`);
    assert.deepEqual(
      calls.map((c) => [c.method, c.mediation, c.aborted, c.outcome]),
      [
        ["get", "conditional", true, "AbortError"],
        ["get", null, false, "resolved"],
      ],
      "the autofill request was aborted, then the button's modal request answered",
    );
    const submits = submitsTo(tab, "/self-service/login", from);
    assert.equal(submits.length, 1, "exactly one login submit (the aborted autofill sent nothing)");
    assert.equal(submits[0].body.method, "passkey");
    assert.ok(JSON.parse(submits[0].body.passkey_login).response.signature);
    await finishJourney(tab);
  });

  journey("a dismissed passkey-button prompt restarts the passkey autofill", async (t) => {
    const { page, cdp, authenticatorId } = tab;
    await logOut(page);
    // Without presence the conditional request stays pending, as while the user looks at the page.
    await cdp.send("WebAuthn.setAutomaticPresenceSimulation", { authenticatorId, enabled: false });
    const from = tab.submits.length;
    try {
      await page.goto(stack.url("/login"));
      await waitForFlow(page, "login");
      await page.waitForFunction(() => window.__webauthnCalls.some((c) => c.mediation === "conditional" && c.outcome === "pending"));
      await page.evaluate(() => {
        window.__dismissNextModal = true;
      });
      await page.click('.ory-flow button[data-trigger="oryPasskeyLogin"]');
      await page.waitForSelector(ceremonyError("webauthn_cancelled"));
      // The button aborted the autofill; after the dismissal the identifier field must offer
      // passkeys again: a new conditional request waits.
      await page
        .waitForFunction(() => window.__webauthnCalls.length === 3, null, { timeout: 3000 })
        .catch(() => {});
      const calls = await page.evaluate(() => window.__webauthnCalls);
      t.diagnostic(`ceremonies: ${JSON.stringify(calls)}`);
      assert.deepEqual(
        calls.map((c) => [c.method, c.mediation, c.outcome]),
        [
          ["get", "conditional", "AbortError"],
          ["get", null, "NotAllowedError"],
          ["get", "conditional", "pending"],
        ],
        "the autofill aborted by the button, the dismissed modal request, the restarted autofill",
      );
      await assertFormUsable(page);
      assert.equal(
        await page.getAttribute('.ory-flow input[name="identifier"]', "autocomplete"),
        "username webauthn",
      );
      assert.deepEqual(submitsTo(tab, "/self-service/login", from), [], "nothing submitted yet");
    } finally {
      await page.goto(stack.url("/"));
      await waitForRoute(page, "/");
      await cdp.send("WebAuthn.setAutomaticPresenceSimulation", { authenticatorId, enabled: true });
    }
    await finishJourney(tab);
  });

  journey("a wrong password re-renders the form: the old autofill is aborted silently, a new one waits", async () => {
    const { page, cdp, authenticatorId } = tab;
    await logOut(page);
    await cdp.send("WebAuthn.setAutomaticPresenceSimulation", { authenticatorId, enabled: false });
    try {
      await page.goto(stack.url("/login"));
      await waitForFlow(page, "login");
      await page.waitForFunction(() => window.__webauthnCalls.some((c) => c.mediation === "conditional"));
      await fill(page, { identifier: email, password: "not a password of this account" });
      await page.click('.ory-flow button[name="method"][value="password"]');
      await page.waitForSelector('.ory-flow [data-message-id="4000006"]');
      await page.waitForFunction(() => window.__webauthnCalls.length === 2);
      await waitForFlow(page, "login");
      const calls = await page.evaluate(() => window.__webauthnCalls);
      assert.deepEqual(
        calls.map((c) => [c.mediation, c.outcome]),
        [
          ["conditional", "AbortError"],
          ["conditional", "pending"],
        ],
        "the re-rendered form has its own autofill request",
      );
      assert.equal(await text(page, ".ory-flow .ory-notice"), "", "an abort shows nothing");
      await assertFormUsable(page);
    } finally {
      await page.goto(stack.url("/"));
      await waitForRoute(page, "/");
      await cdp.send("WebAuthn.setAutomaticPresenceSimulation", { authenticatorId, enabled: true });
    }
    await finishJourney(tab);
  });

  journey("settings: adding the same passkey again → webauthn_already_registered", async () => {
    const { page } = tab;
    await page.goto(stack.url("/settings"));
    await waitForFlow(page, "settings");
    await page.waitForSelector('.ory-flow button[name="passkey_remove"]');
    const options = await passkeyCreateOptions(page);
    assert.equal(options.excludeCredentials?.length, 1, "the registered passkey is excluded");
    const from = tab.submits.length;
    const url = page.url();
    await page.click('.ory-flow button[data-trigger="oryPasskeySettingsRegistration"]');
    await page.waitForSelector(ceremonyError("webauthn_already_registered"));
    assert.equal(await page.getAttribute(ceremonyError("webauthn_already_registered"), "data-cause"), "InvalidStateError");
    assert.equal(page.url(), url, "the page did not navigate");
    assert.deepEqual(submitsTo(tab, "/self-service/settings", from), [], "nothing submitted");
    await assertFormUsable(page);
    assert.equal((await credentials(tab)).length, 1, "still one credential");
    await finishJourney(tab);
  });
});

// ---------------------------------------------------------------- security keys (aal2)

describe("security key as second factor: add, sign in with it, already registered, remove", { concurrency: false }, () => {
  const email = "securitykey@example.com";
  const password = "a security key passphrase 7";
  let tab;
  before(async () => {
    tab = await newAuthenticatorTab();
    await createIdentity(stack.emulator.adminUrl, { email, password, first: "Sec", last: "Key" });
  });
  after(async () => {
    await tab?.context.close();
  });
  const journey = (name, fn) => journeyTest(name, () => tab, fn);

  async function passwordLogin(page) {
    await page.goto(stack.url("/login"));
    await waitForFlow(page, "login");
    await fill(page, { identifier: email, password });
    await page.click('.ory-flow button[name="method"][value="password"]');
  }

  journey("settings: name + Add security key → webauthn_register + display name", async (t) => {
    const { page } = tab;
    await passwordLogin(page);
    await waitForRoute(page, "/whoami");
    await page.goto(stack.url("/settings"));
    await waitForFlow(page, "settings");
    await page.waitForSelector('.ory-flow button[data-trigger="oryWebAuthnRegistration"]');
    await fill(page, { webauthn_register_displayname: "My virtual key" });
    const from = tab.submits.length;
    await page.click('.ory-flow button[data-trigger="oryWebAuthnRegistration"]');
    await page.waitForSelector('.ory-flow button[name="webauthn_remove"]');
    const [submit] = submitsTo(tab, "/self-service/settings", from);
    assert.ok(submit, "the settings were submitted");
    assert.equal(submit.body.method, "webauthn");
    assert.equal(submit.body.webauthn_register_displayname, "My virtual key");
    const answer = JSON.parse(submit.body.webauthn_register);
    assert.ok(answer.response.attestationObject, "an attestation");
    assert.match(await text(page, '.ory-flow button[name="webauthn_remove"]'), /My virtual key/);
    const stored = await credentials(tab);
    assert.equal(stored.length, 1);
    const create = (await page.evaluate(() => window.__webauthnCalls)).find((c) => c.method === "create");
    seen.securityKeyShim = create?.shim ?? false;
    await assertAccessible(page, "the settings form with a security key");
    await finishJourney(tab);
  });

  test(
    "emulator: security-key options are ones Chromium accepts (no credProtect with userVerification preferred)",
    () => {
      // Kratos v1.3.1 (x/webauthnx, go-webauthn) sends authenticatorSelection
      // {userVerification: "discouraged"} and no credentialProtectionPolicy for security keys.
      assert.equal(seen.securityKeyShim, false, "the init script had to drop credProtect");
    },
  );

  journey("log in with password, then the security key (webauthn_login_trigger) → aal2", async (t) => {
    const { page } = tab;
    await logOut(page);
    const from = tab.submits.length;
    await passwordLogin(page);
    // The password is not enough any more: an aal2 login flow with the security key.
    await page.waitForSelector('.ory-flow button[data-trigger="oryWebAuthnLogin"]');
    await waitForFlow(page, "login");
    await assertAccessible(page, "the second-factor login form with a security key");
    await page.click('.ory-flow button[data-trigger="oryWebAuthnLogin"]');
    await waitForRoute(page, "/whoami");
    assert.equal(await text(page, '[data-testid="whoami-aal"]'), "aal2");
    assert.match(await text(page, '[data-testid="whoami-methods"]'), /webauthn/);
    const submits = submitsTo(tab, "/self-service/login", from);
    const second = submits.at(-1);
    assert.equal(second.body.method, "webauthn");
    assert.ok(JSON.parse(second.body.webauthn_login).response.signature, "an assertion");
    const calls = await page.evaluate(() => window.__webauthnCalls);
    t.diagnostic(`ceremonies: ${JSON.stringify(calls)}`);
    await finishJourney(tab);
  });

  journey("settings: adding the same security key again → webauthn_already_registered", async () => {
    const { page } = tab;
    await page.goto(stack.url("/settings"));
    await waitForFlow(page, "settings");
    await page.waitForSelector('.ory-flow button[name="webauthn_remove"]');
    await fill(page, { webauthn_register_displayname: "Same key" });
    const from = tab.submits.length;
    const url = page.url();
    await page.click('.ory-flow button[data-trigger="oryWebAuthnRegistration"]');
    await page.waitForSelector(ceremonyError("webauthn_already_registered"));
    assert.equal(page.url(), url, "the page did not navigate");
    assert.deepEqual(submitsTo(tab, "/self-service/settings", from), [], "nothing submitted");
    await assertFormUsable(page);
    assert.equal(await page.inputValue('.ory-flow input[name="webauthn_register_displayname"]'), "Same key", "the name is kept");
    await finishJourney(tab);
  });

  journey("settings: remove the security key (webauthn_remove)", async () => {
    const { page } = tab;
    const id = await page.getAttribute('.ory-flow button[name="webauthn_remove"]', "value");
    const from = tab.submits.length;
    await page.click('.ory-flow button[name="webauthn_remove"]');
    await page.waitForFunction(
      () => !document.querySelector('.ory-flow button[name="webauthn_remove"]') && document.querySelector(".ory-flow--settings form:not([aria-busy=true])"),
    );
    await waitForFlow(page, "settings");
    const [submit] = submitsTo(tab, "/self-service/settings", from);
    assert.equal(submit.body.webauthn_remove, id);
    await page.waitForSelector('.ory-flow button[data-trigger="oryWebAuthnRegistration"]');
    // Without the key, the password alone is enough again.
    await logOut(page);
    await passwordLogin(page);
    await waitForRoute(page, "/whoami");
    assert.equal(await text(page, '[data-testid="whoami-aal"]'), "aal1");
    await finishJourney(tab);
  });

  journey("settings: Add passkey → passkey_settings_register, listed with a remove button", async () => {
    const { page } = tab;
    await page.goto(stack.url("/settings"));
    await waitForFlow(page, "settings");
    assert.equal(await page.$('.ory-flow button[name="passkey_remove"]'), null, "no passkey yet");
    const from = tab.submits.length;
    await page.click('.ory-flow button[data-trigger="oryPasskeySettingsRegistration"]');
    await page.waitForSelector('.ory-flow button[name="passkey_remove"]');
    await waitForFlow(page, "settings");
    const [submit] = submitsTo(tab, "/self-service/settings", from);
    assert.equal(submit.body.method, "passkey");
    assert.ok(JSON.parse(submit.body.passkey_settings_register).response.attestationObject, "an attestation");
    assert.equal(submit.body.passkey_create_data, undefined, "the options are not sent back");
    assert.equal(submit.body.webauthn_register, undefined, "only the passkey group is sent");
    const stored = await credentials(tab);
    assert.equal(stored.length, 2, "the removed security key's credential stays on the authenticator, plus the passkey");
    assert.ok(stored.some((c) => c.userName === email), "user.name is the identifier the server chose");
    await finishJourney(tab);
  });
});

// ---------------------------------------------------------------- cancel

describe("cancelled ceremony", { concurrency: false }, () => {
  let tab;
  before(async () => {
    tab = await newAuthenticatorTab();
  });
  after(async () => {
    await tab?.context.close();
  });

  journeyTest("user verification fails → webauthn_cancelled in the form, no navigation, retry works", () => tab, async () => {
    const { page, cdp, authenticatorId } = tab;
    const email = "cancel@example.com";
    await page.goto(stack.url("/registration"));
    await waitForFlow(page, "registration");
    await fill(page, { "traits.email": email, "traits.name.first": "Can", "traits.name.last": "Cel" });
    await cdp.send("WebAuthn.setUserVerified", { authenticatorId, isUserVerified: false });
    const from = tab.submits.length;
    const url = page.url();
    try {
      await page.click('.ory-flow button[data-trigger="oryPasskeyRegistration"]');
      await page.waitForSelector(ceremonyError("webauthn_cancelled"));
    } finally {
      await cdp.send("WebAuthn.setUserVerified", { authenticatorId, isUserVerified: true });
    }
    const notice = ceremonyError("webauthn_cancelled");
    assert.equal(await page.getAttribute(notice, "data-cause"), "NotAllowedError");
    assert.equal(await page.getAttribute(notice, "role"), "alert");
    assert.match(await text(page, notice), /cancelled/);
    assert.equal(page.url(), url, "the page did not navigate");
    assert.deepEqual(submitsTo(tab, "/self-service/registration", from), [], "nothing submitted");
    assert.deepEqual(await credentials(tab), [], "no credential created");
    await assertFormUsable(page);
    assert.equal(await page.inputValue('.ory-flow input[name="traits.email"]'), email, "the typed traits are kept");
    await assertAccessible(page, "the registration form with a cancelled ceremony");

    // The form works again: the same button now signs up.
    await page.click('.ory-flow button[data-trigger="oryPasskeyRegistration"]');
    await waitForSignUp(page);
    assert.equal(submitsTo(tab, "/self-service/registration", from).length, 1);
    await openWhoami(page);
    assert.equal(await text(page, '[data-testid="whoami-email"]'), email);
    await finishJourney(tab);
  });
});

// ---------------------------------------------------------------- feature detection

test("feature detection: the JS exports, and a browser without WebAuthn gets no WebAuthn buttons", async () => {
  const tab = await newAuthenticatorTab();
  try {
    const { page } = tab;
    await page.goto(stack.url("/login"));
    await waitForFlow(page, "login");
    const support = await page.evaluate(async () => {
      const sdk = await import("/pkg/index.js");
      return {
        webauthn: sdk.browserSupportsWebAuthn(),
        platform: await sdk.platformAuthenticatorIsAvailable(),
        autofill: await sdk.browserSupportsWebAuthnAutofill(),
      };
    });
    assert.deepEqual(support, { webauthn: true, platform: true, autofill: true }, "with the internal virtual authenticator");
    await finishJourney(tab);
  } finally {
    await tab.context.close();
  }

  const bare = await newPage(browser);
  try {
    const { page, context } = bare;
    bare.dialogs = [];
    bare.requests = [];
    page.on("dialog", (dialog) => {
      bare.dialogs.push(dialog.message());
      dialog.dismiss().catch(() => {});
    });
    context.on("request", (request) => bare.requests.push(request.url()));
    // A browser without WebAuthn (or with it switched off).
    await context.addInitScript(() => {
      delete window.PublicKeyCredential;
    });
    await page.goto(stack.url("/login"));
    await waitForFlow(page, "login");
    const support = await page.evaluate(async () => {
      const sdk = await import("/pkg/index.js");
      return {
        webauthn: sdk.browserSupportsWebAuthn(),
        platform: await sdk.platformAuthenticatorIsAvailable(),
        autofill: await sdk.browserSupportsWebAuthnAutofill(),
      };
    });
    assert.deepEqual(support, { webauthn: false, platform: false, autofill: false });
    const shown = await page.$$eval(".ory-flow button[data-trigger]", (buttons) =>
      buttons.map((b) => [b.dataset.trigger, b.hidden]),
    );
    assert.deepEqual(shown, [["oryPasskeyLogin", true]], "the passkey button is hidden");
    assert.ok(await page.isVisible('.ory-flow button[name="method"][value="password"]'), "the password sign-in stays");
    assert.equal(await text(page, ".ory-flow .ory-notice"), "", "no error shown");
    await finishJourney(bare);
  } finally {
    await bare.context.close();
  }
});
