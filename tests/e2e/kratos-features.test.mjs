// End-to-end: Kratos features the emulator serves only when configured (identifier-first login,
// two-step registration, ...), each driven through the demo SPA in headless Chromium to prove
// that the SDK's renderer handles Kratos' shapes for them. Every journey starts its own
// emulator with the Kratos setting under test (an in-memory database, so it starts empty).
//
//   npm run build && node --test tests/e2e/kratos-features.test.mjs
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";

import { launchBrowser } from "../support/browser.mjs";
import {
  assertAccessible,
  assertNoCspViolations,
  buildEmulator,
  createIdentity,
  fill,
  messageIds,
  newPage,
  press,
  startStack,
  text,
  waitForFlow,
  waitForMessage,
  waitForRoute,
} from "./support.mjs";

let browser;

before(async () => {
  buildEmulator();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/**
 * A journey against its own emulator (`config` = the emulator's TOML keys) and a fresh page;
 * a failure says where the page was and what it showed.
 */
function journey(name, config, fn) {
  return test(name, async (t) => {
    const stack = await startStack({ config });
    const tab = await newPage(browser);
    try {
      await fn({ t, stack, page: tab.page });
      await assertNoCspViolations(tab.page);
      const errors = tab.problems.filter((p) => p.startsWith("pageerror") || p.startsWith("csp"));
      assert.deepEqual(errors, [], "uncaught errors or CSP violations in the page");
    } catch (error) {
      const shown = await tab.page
        .evaluate(() => `${location.href}\n${document.querySelector("main")?.innerText ?? ""}`)
        .catch(() => "(page gone)");
      error.message += `\n--- the page showed: ${shown.slice(0, 1500)}`;
      throw error;
    } finally {
      await tab.context.close();
      await stack.stop();
    }
  });
}

/** Waits until the flow on screen is idle again after a submit that keeps the same flow. */
async function waitForSelector(page, selector) {
  await page.waitForSelector(`.ory-flow form:not([aria-busy=true]) ${selector}`);
}

/**
 * The visible inputs and buttons of the flow's nodes, as `name` or `name=value` (not the card's
 * own controls: the show-password toggle, the second-factor chooser).
 */
function visibleControls(page) {
  return page.$$eval(".ory-flow form input, .ory-flow form button", (controls) =>
    controls
      .filter((c) => c.type !== "hidden" && !c.hidden && c.offsetParent !== null)
      .filter((c) => !c.classList.contains("ory-password-toggle") && !c.hasAttribute("data-ory-choose"))
      .map((c) => (c.tagName === "BUTTON" ? `${c.name}=${c.value}` : c.name)),
  );
}

// ---------------------------------------------------------------- identifier first

journey(
  "identifier-first login: the identifier, then the password of that account",
  { login_style: "identifier_first", methods: { oidc: true } },
  async ({ stack, page }) => {
    const email = "ida@example.com";
    const password = "identifier first 2024";
    await createIdentity(stack.emulator.adminUrl, { email, password });

    // An unknown account: Kratos' default (no enumeration mitigation) says so on the identifier.
    await page.goto(stack.url("/login"));
    await waitForFlow(page, "login");
    assert.deepEqual(await visibleControls(page), ["identifier", "method=identifier_first", "provider=emulator"]);
    await assertAccessible(page, "the identifier-first step");
    await fill(page, { identifier: "nobody@example.com" });
    await press(page, "method", "identifier_first");
    await waitForMessage(page, 4000037);
    assert.equal(await page.inputValue('.ory-flow input[name="identifier"]'), "nobody@example.com");

    // The account: step two shows its password field (and no social button: it has none).
    await fill(page, { identifier: email });
    await press(page, "method", "identifier_first");
    await waitForSelector(page, 'input[name="password"]');
    assert.deepEqual(await visibleControls(page), ["password", "method=password"]);
    assert.deepEqual(await messageIds(page), [], "the 4000037 of the first try is gone");
    await assertAccessible(page, "the identifier-first password step");

    await fill(page, { password: "not the password" });
    await press(page, "method", "password");
    await waitForMessage(page, 4000006);
    await fill(page, { password });
    await press(page, "method", "password");
    await waitForRoute(page, "/whoami");
    assert.equal(await text(page, '[data-testid="whoami-email"]'), email);
  },
);

journey(
  "identifier-first login with enumeration mitigation: an unknown account gets the same step two",
  { login_style: "identifier_first", account_enumeration_mitigate: true },
  async ({ page, stack }) => {
    await page.goto(stack.url("/login"));
    await waitForFlow(page, "login");
    await fill(page, { identifier: "nobody@example.com" });
    await press(page, "method", "identifier_first");
    await waitForSelector(page, 'input[name="password"]');
    // Every first factor, as for an existing account with all of them: nothing gives it away.
    assert.deepEqual(await visibleControls(page), [
      "password",
      "method=password",
      "passkey_login_trigger=",
      "provider=emulator",
    ]);
    await fill(page, { password: "whatever it is 1" });
    await press(page, "method", "password");
    await waitForMessage(page, 4000006);
  },
);

// ---------------------------------------------------------------- two-step registration

journey(
  "two-step registration: the profile, then the password; Back keeps what was typed",
  { registration_enable_legacy_one_step: false, methods: { oidc: true, passkey: false } },
  async ({ stack, page }) => {
    const email = "tess@example.com";
    await page.goto(stack.url("/registration"));
    await waitForFlow(page, "registration");
    assert.deepEqual(await visibleControls(page), [
      "traits.email",
      "traits.name.first",
      "traits.name.last",
      "method=profile",
      "provider=emulator",
    ]);
    await assertAccessible(page, "the profile step of a two-step registration");
    await fill(page, { "traits.email": email, "traits.name.first": "Tess", "traits.name.last": "Two" });
    await press(page, "method", "profile");
    await waitForSelector(page, 'input[name="password"]');
    await waitForMessage(page, 1040009);
    // (the renderer's section order puts the `profile` group's Back button above `password`)
    assert.deepEqual((await visibleControls(page)).sort(), ["method=password", "password", "screen=previous"]);
    await assertAccessible(page, "the credentials step of a two-step registration");

    // Back: the profile again, as typed.
    await press(page, "screen", "previous");
    await waitForSelector(page, 'button[name="method"][value="profile"]');
    assert.equal(await page.inputValue('.ory-flow input[name="traits.name.first"]'), "Tess");
    await fill(page, { "traits.name.first": "Tessa" });
    await press(page, "method", "profile");
    await waitForSelector(page, 'input[name="password"]');

    await fill(page, { password: "two steps forward 1" });
    await press(page, "method", "password");
    await page.waitForFunction(
      () =>
        (location.pathname === "/verification" && document.querySelector(".ory-flow--verification")) ||
        (location.pathname === "/whoami" && document.body.dataset.route === "/whoami"),
    );
    await page.goto(stack.url("/whoami"));
    await waitForRoute(page, "/whoami");
    assert.equal(await text(page, '[data-testid="whoami-email"]'), email);
    const identity = await fetch(`${stack.emulator.adminUrl}/admin/identities?credentials_identifier=${email}`).then((r) => r.json());
    assert.equal(identity[0]?.traits?.name?.first, "Tessa", "the name changed after Back is the one saved");
  },
);

// ---------------------------------------------------------------- passwordless security key

/**
 * A CDP virtual authenticator (CTAP2 with resident keys) for this page: a USB security key, or
 * (`transport: "internal"`) the platform authenticator passkeys ask for.
 */
async function addAuthenticator(page, transport = "usb") {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport,
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return async () => (await cdp.send("WebAuthn.getCredentials", { authenticatorId })).credentials;
}

journey(
  "passwordless security key: sign up with the key, then sign in with it (identifier, then the key)",
  { webauthn_passwordless: true, methods: { webauthn: true, passkey: false, password: false, oidc: false } },
  async ({ stack, page }) => {
    const email = "grace@example.com";
    const storedCredentials = await addAuthenticator(page);
    await page.goto(stack.url("/registration"));
    await waitForFlow(page, "registration");
    await page.waitForSelector('.ory-flow button[data-trigger="oryWebAuthnRegistration"]');
    await assertAccessible(page, "the registration form with a security key");
    await fill(page, { "traits.email": email, webauthn_register_displayname: "Blue key" });
    await page.click('.ory-flow button[data-trigger="oryWebAuthnRegistration"]');
    await page.waitForFunction(
      () =>
        (location.pathname === "/verification" && document.querySelector(".ory-flow--verification")) ||
        (location.pathname === "/whoami" && document.body.dataset.route === "/whoami"),
    );
    assert.equal((await storedCredentials()).length, 1, "the key holds one credential");

    await page.goto(stack.url("/logout"));
    await waitForRoute(page, "/");
    await page.goto(stack.url("/login"));
    await waitForFlow(page, "login");
    assert.deepEqual(await visibleControls(page), ["identifier", "method=webauthn"]);
    await fill(page, { identifier: email });
    await press(page, "method", "webauthn");
    // Kratos answers 422 to the login UI with the same flow, now holding the key's challenge.
    await page.waitForSelector('.ory-flow form:not([aria-busy=true]) button[data-trigger="oryWebAuthnLogin"]');
    await waitForMessage(page, 1010012);
    await assertAccessible(page, "the security-key step of a passwordless sign-in");
    await page.click('.ory-flow button[data-trigger="oryWebAuthnLogin"]');
    await waitForRoute(page, "/whoami");
    assert.equal(await text(page, '[data-testid="whoami-email"]'), email);
    assert.match(await text(page, '[data-testid="whoami-methods"]'), /webauthn/);
    assert.equal(await text(page, '[data-testid="whoami-aal"]'), "aal1", "a passwordless key is a first factor");
  },
);

// ---------------------------------------------------------------- several identity schemas

const CUSTOMER_SCHEMA = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "Customer",
  type: "object",
  properties: {
    traits: {
      type: "object",
      properties: {
        email: {
          type: "string",
          format: "email",
          title: "Work e-mail",
          "ory.sh/kratos": { credentials: { password: { identifier: true } } },
        },
        company: { type: "string", title: "Company", minLength: 1 },
      },
      required: ["email", "company"],
      additionalProperties: false,
    },
  },
};

const schemaDir = mkdtempSync(join(tmpdir(), "ory-e2e-schemas-"));
after(() => rmSync(schemaDir, { recursive: true, force: true }));
const customerSchemaFile = join(schemaDir, "customer.schema.json");
writeFileSync(customerSchemaFile, JSON.stringify(CUSTOMER_SCHEMA));

journey(
  "a registration flow of another identity schema (?identity_schema=customer) renders and signs up",
  {
    identity_schemas: [{ id: "customer", url: `file://${customerSchemaFile}`, selfservice_selectable: true }],
    methods: { oidc: false, passkey: false },
  },
  async ({ stack, page }) => {
    const email = "cora@example.com";
    // An app asks Kratos for a flow of that schema; Kratos sends the browser to the UI with it.
    await page.goto(`${stack.emulator.publicUrl}/self-service/registration/browser?identity_schema=customer`);
    await waitForFlow(page, "registration");
    assert.deepEqual(await visibleControls(page), ["traits.email", "traits.company", "password", "method=password"]);
    assert.match(await text(page, ".ory-flow form"), /Work e-mail/, "the labels of the customer schema");
    await assertAccessible(page, "the registration form of the customer schema");

    // The customer schema requires the company.
    assert.equal(await page.getAttribute('.ory-flow input[name="traits.company"]', "required"), "");
    await fill(page, { "traits.email": email, "traits.company": "ACME", password: "customer schema 77" });
    await press(page, "method", "password");
    // (no return_to on this flow: Kratos sends the browser to the default return URL, "/")
    await waitForRoute(page, "/");
    await page.waitForFunction(() => document.body.dataset.session === "active");
    assert.equal(await text(page, "[data-testid=nav-identity]"), email);
    const [identity] = await fetch(`${stack.emulator.adminUrl}/admin/identities?credentials_identifier=${email}`).then((r) => r.json());
    assert.equal(identity?.schema_id, "customer");
    assert.equal(identity?.traits?.company, "ACME");

    // Settings edit the traits of the identity's own schema.
    await page.goto(stack.url("/settings"));
    await waitForFlow(page, "settings");
    assert.equal(await page.inputValue('.ory-flow input[name="traits.company"]'), "ACME");
  },
);

// ---------------------------------------------------------------- OIDC account linking

journey(
  "social sign-in with the address of an existing account: sign in first (1010016), then the provider is linked",
  { methods: { oidc: true, passkey: false } },
  async ({ stack, page }) => {
    const email = "linus@example.com";
    const password = "link me up please 3";
    await createIdentity(stack.emulator.adminUrl, { email, password });

    await page.goto(stack.url("/login"));
    await waitForFlow(page, "login");
    await press(page, "provider", "emulator");
    await page.waitForURL((url) => url.pathname === "/_emulator/oidc/authorize");
    await page.fill('input[name="email"]', email);
    await page.click('button[value="allow"]');

    // Kratos sends the browser to a new login flow that explains what happened.
    await waitForFlow(page, "login");
    await waitForMessage(page, 1010016);
    assert.match(await text(page, '.ory-flow [data-message-id="1010016"]'), /already used by another account/);
    assert.deepEqual(await visibleControls(page), ["password", "method=password"], "no provider button, the identifier known");
    await assertAccessible(page, "the account-linking sign-in");
    await fill(page, { password });
    await press(page, "method", "password");
    await waitForRoute(page, "/whoami");
    assert.equal(await text(page, '[data-testid="whoami-email"]'), email);
    assert.match(await text(page, '[data-testid="whoami-methods"]'), /password.*oidc|oidc.*password/s);

    // The provider now signs in to the same account directly.
    await page.goto(stack.url("/logout"));
    await waitForRoute(page, "/");
    await page.goto(stack.url("/login"));
    await waitForFlow(page, "login");
    await press(page, "provider", "emulator");
    await page.waitForURL((url) => url.pathname === "/_emulator/oidc/authorize");
    await page.fill('input[name="email"]', email);
    await page.click('button[value="allow"]');
    await waitForRoute(page, "/whoami");
    assert.equal(await text(page, '[data-testid="whoami-email"]'), email);
  },
);

// ---------------------------------------------------------------- captcha

/** A token from the captcha stand-in, as a person solving its widget gets one. */
async function solveCaptcha(stack, action) {
  const response = await fetch(`${stack.emulator.publicUrl}/_emulator/captcha/solve`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify({ action }),
  });
  assert.equal(response.status, 200);
  return (await response.json()).token;
}

/** What Turnstile's script does when solved: write the token into the response field. */
function putCaptchaToken(page, token) {
  return page.$eval(
    '.ory-flow input[name="transient_payload.captcha_turnstile_response"]',
    (input, value) => {
      input.value = value;
    },
    token,
  );
}

journey(
  "captcha: the captcha group renders, a submit without a solved captcha gets 4000038, with one it signs in",
  { methods: { captcha: true, oidc: false, passkey: false } },
  async ({ stack, page }) => {
    const email = "cap@example.com";
    const password = "captcha solved 9";
    await createIdentity(stack.emulator.adminUrl, { email, password });
    await page.goto(stack.url("/login"));
    await waitForFlow(page, "login");
    // The widget's mount point and its response field are in the form; the scripts are not run.
    await page.waitForSelector('.ory-flow .ory-division[data-node-id="captcha_turnstile_inject"]', { state: "attached" });
    assert.equal(await page.$$eval(".ory-flow script", (s) => s.length), 0, "no script node rendered");
    await assertAccessible(page, "the login form with a captcha");

    await fill(page, { identifier: email, password });
    await press(page, "method", "password");
    await waitForMessage(page, 4000038);

    await putCaptchaToken(page, await solveCaptcha(stack, "login"));
    await fill(page, { password });
    await press(page, "method", "password");
    await waitForRoute(page, "/whoami");
    assert.equal(await text(page, '[data-testid="whoami-email"]'), email);
  },
);

journey(
  "two-step registration with a passkey: the credentials step's passkey takes the hidden e-mail as its name",
  { registration_enable_legacy_one_step: false, methods: { oidc: false, passkey: true, webauthn: false } },
  async ({ stack, page }) => {
    const email = "pia@example.com";
    const storedCredentials = await addAuthenticator(page, "internal");
    await page.goto(stack.url("/registration"));
    await waitForFlow(page, "registration");
    await fill(page, { "traits.email": email, "traits.name.first": "Pia" });
    await press(page, "method", "profile");
    await page.waitForSelector('.ory-flow form:not([aria-busy=true]) button[data-trigger="oryPasskeyRegistration"]');
    await page.click('.ory-flow button[data-trigger="oryPasskeyRegistration"]');
    await page.waitForFunction(() => !location.pathname.startsWith("/registration"));
    const [credential] = await storedCredentials();
    assert.equal(credential?.userName, email, "user.name from displayNameFieldName (traits.email, hidden on this step)");
    await page.goto(stack.url("/whoami"));
    await waitForRoute(page, "/whoami");
    assert.equal(await text(page, '[data-testid="whoami-email"]'), email);
    assert.match(await text(page, '[data-testid="whoami-methods"]'), /passkey/);
  },
);
