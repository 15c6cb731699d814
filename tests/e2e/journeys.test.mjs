// End-to-end journeys: the demo SPA (www/, served by scripts/demo-server.mjs under its strict
// CSP) driven in headless Chromium against the Kratos-compatible emulator (emulator/). Every
// journey asserts what a user sees (text, message ids via data-message-id), checks the rendered
// forms with axe-core, and that the page saw no CSP violation. Screenshots of the main forms go
// to test-results/screenshots/ (`npm run screenshots` copies them to docs/screenshots/).
//
//   npm run build && node --test tests/e2e/
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { launchBrowser } from "../support/browser.mjs";
import {
  assertAccessible,
  assertNoCspViolations,
  buildEmulator,
  codeFromOutbox,
  countMessages,
  createIdentity,
  fill,
  freshTotp,
  newPage,
  press,
  screenshot,
  startStack,
  text,
  waitForFlow,
  waitForMessage,
  waitForRoute,
} from "./support.mjs";

let browser;
let stack;

before(async () => {
  buildEmulator();
  browser = await launchBrowser();
  stack = await startStack();
});

after(async () => {
  await browser?.close();
  await stack?.stop();
});

/** `test`, adding the page's address and visible text to a failure. */
function journeyTest(name, getPage, fn) {
  return test(name, async (t) => {
    try {
      await fn(t);
    } catch (error) {
      const page = getPage();
      const shown = await page
        ?.evaluate(() => `${location.href}\n${document.querySelector("main")?.innerText ?? ""}`)
        .catch(() => "(page gone)");
      error.message += `\n--- the page showed: ${shown?.slice(0, 1500)}`;
      throw error;
    }
  });
}

/** Ends a journey: no CSP violation and no uncaught page error. */
async function finishJourney({ page, problems }) {
  await assertNoCspViolations(page);
  const errors = problems.filter((p) => p.startsWith("pageerror") || p.startsWith("csp"));
  assert.deepEqual(errors, [], "uncaught errors or CSP violations in the page (across every page load)");
}

async function openRoute(page, url, path) {
  await page.goto(url);
  if (path) await waitForRoute(page, path);
}

async function logOut(page, s) {
  await page.goto(s.url("/logout"));
  await waitForRoute(page, "/");
  assert.equal(await text(page, "#identity"), "Not signed in");
}

async function logIn(page, s, { email, password }) {
  await openRoute(page, s.url("/login"));
  await waitForFlow(page, "login");
  await fill(page, { identifier: email, password });
  await press(page, "method", "password");
}

/**
 * Presses a settings submit button and waits for the saved state: Kratos either answers with the
 * flow in its `success` state (message 1050001), or — with `continue_with` `redirect_browser_to`
 * its return_to, the demo's /settings — the SDK navigates and a fresh settings flow appears.
 */
async function saveSettings(page, name, value) {
  const before = await page.getAttribute(".ory-flow", "data-flow-id");
  await press(page, name, value);
  await page.waitForFunction((id) => {
    const flow = document.querySelector(".ory-flow--settings");
    if (!flow || flow.querySelector("form[aria-busy=true]")) return false;
    return flow.dataset.flowId !== id || flow.querySelector('[data-message-id="1050001"]') !== null;
  }, before);
  await waitForFlow(page, "settings");
}

/** The TOTP secret as the settings form shows it (a text node). */
async function totpSecret(page) {
  const secret = await text(page, '.ory-flow [data-node-id="totp_secret_key"] [data-message-id]');
  assert.match(secret, /^[A-Z2-7]{16,}=*$/, "the TOTP secret shown in the settings form");
  return secret;
}

async function addTotp(page) {
  await waitForFlow(page, "settings");
  await page.waitForSelector('.ory-flow img[data-node-id="totp_qr"]');
  const secret = await totpSecret(page);
  await fill(page, { totp_code: await freshTotp(secret) });
  await saveSettings(page, "method", "totp");
  await page.waitForSelector('.ory-flow button[name="totp_unlink"]');
  return secret;
}

async function secondFactor(page, secret) {
  await waitForFlow(page, "login");
  await page.waitForSelector('.ory-flow input[name="totp_code"]');
  await fill(page, { totp_code: await freshTotp(secret) });
  await press(page, "method", "totp");
}

// ---------------------------------------------------------------- the account's whole life

describe("account journey: sign-up to password change", { concurrency: false }, () => {
  const email = "ada@example.com"; // every run starts with an empty :memory: database
  const password = "correct horse battery staple 1";
  const newPassword = "an even better passphrase 2";
  let tab;
  let page;
  let secret;
  let landedOn;

  before(async () => {
    tab = await newPage(browser);
    page = tab.page;
  });
  // A failing step says where the page was and what it showed.
  const test = (name, fn) => journeyTest(name, () => page, fn);
  after(async () => {
    await tab?.context.close();
  });

  test("register with email, name and password", async (t) => {
    await openRoute(page, stack.url("/"), "/");
    await assertAccessible(page, "the home page");
    await page.click('nav a[href="/registration"]');
    await waitForFlow(page, "registration");
    assert.equal(await text(page, "h1"), "Create an account");
    await screenshot(page, "registration");
    await assertAccessible(page, "the registration form");
    await fill(page, {
      "traits.email": email,
      "traits.name.first": "Ada",
      "traits.name.last": "Lovelace",
      password,
    });
    await press(page, "method", "password");
    // Kratos answers with continue_with [show_verification_ui, redirect_browser_to] (in some
    // order): the SDK shows the verification flow in place, or follows the redirect to /whoami.
    await page.waitForFunction(
      () =>
        (location.pathname === "/verification" && document.querySelector(".ory-flow--verification")) ||
        (location.pathname === "/whoami" && document.body.dataset.route === "/whoami"),
    );
    landedOn = new URL(page.url()).pathname;
    t.diagnostic(`after sign-up the SDK went to ${landedOn}`);
    await finishJourney(tab);
  });

  test("verify the email address with the code from the outbox", async () => {
    let seen = 0;
    if (landedOn === "/whoami") {
      // Signed in, address not verified: the demo links to the verification flow.
      assert.match(await text(page, '[data-testid="whoami-verified"]'), /not verified/);
      seen = await countMessages(stack.emulator.adminUrl, email, "verification_code_valid");
      await page.click('[data-testid="verify-link"]');
      await waitForFlow(page, "verification");
      await assertAccessible(page, "the verification form");
      await fill(page, { email });
      await press(page, "method", "code");
      await page.waitForSelector('.ory-flow input[name="code"]');
    }
    await waitForFlow(page, "verification");
    assert.equal(await text(page, "h1"), "Verify your email address");
    const code = await codeFromOutbox(stack.emulator.adminUrl, email, "verification_code_valid", seen);
    await screenshot(page, "verification");
    await assertAccessible(page, "the verification code form");
    await fill(page, { code });
    await press(page, "method", "code");
    await waitForMessage(page, 1080002);
    await assertAccessible(page, "the verification success state");
    await openRoute(page, stack.url("/whoami"), "/whoami");
    assert.equal(await text(page, '[data-testid="whoami-email"]'), email);
    assert.match(await text(page, '[data-testid="whoami-verified"]'), new RegExp(`${email.replace(/\./g, "\\.")}: verified`));
    assert.equal(await text(page, '[data-testid="nav-identity"]'), "Ada Lovelace");
    await finishJourney(tab);
  });

  test("log out, then a wrong password shows 4000006 and keeps the identifier", async () => {
    await logOut(page, stack);
    // /whoami is protected: without a session the demo sends the visitor to sign in first.
    await openRoute(page, stack.url("/whoami"));
    await waitForFlow(page, "login");
    assert.equal(new URL(page.url()).searchParams.get("return_to"), stack.url("/whoami"));
    await screenshot(page, "login");
    await assertAccessible(page, "the login form");
    await fill(page, { identifier: email, password: "not the password" });
    await press(page, "method", "password");
    await waitForMessage(page, 4000006);
    assert.equal(await page.inputValue('.ory-flow input[name="identifier"]'), email, "the identifier is kept");
    assert.equal(await page.inputValue('.ory-flow input[name="password"]'), "", "the password is not kept");
    await screenshot(page, "login-error");
    await assertAccessible(page, "the login form with an error message");
    await finishJourney(tab);
  });

  test("log in and land on /whoami", async () => {
    await fill(page, { password });
    await press(page, "method", "password");
    await waitForRoute(page, "/whoami");
    assert.equal(await text(page, '[data-testid="whoami-email"]'), email);
    assert.equal(await text(page, '[data-testid="whoami-aal"]'), "aal1");
    await finishJourney(tab);
  });

  test("settings: change the name, add TOTP, generate and confirm recovery codes", async () => {
    await page.click('nav a[href="/settings"]');
    await waitForFlow(page, "settings");
    await assertAccessible(page, "the settings form");
    await fill(page, { "traits.name.first": "Augusta Ada" });
    await saveSettings(page, "method", "profile");
    assert.equal(await page.inputValue('.ory-flow input[name="traits.name.first"]'), "Augusta Ada");
    await page.waitForFunction(() => document.querySelector('[data-testid="nav-identity"]')?.textContent === "Augusta Ada Lovelace");

    secret = await addTotp(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await assertAccessible(page, "the settings form with TOTP linked");

    await press(page, "lookup_secret_regenerate");
    await page.waitForSelector(".ory-flow .ory-secret-codes li");
    const codes = await page.$$eval(".ory-flow .ory-secret-codes code", (nodes) => nodes.map((n) => n.textContent));
    assert.ok(codes.length >= 8, `recovery codes shown (${codes.length})`);
    await assertAccessible(page, "the settings form showing recovery codes");
    await saveSettings(page, "lookup_secret_confirm");
    assert.equal(await page.$(".ory-flow .ory-secret-codes"), null, "the codes are hidden once confirmed");
    await page.waitForSelector('.ory-flow button[name="lookup_secret_reveal"]');
    await finishJourney(tab);
  });

  test("settings screenshot with TOTP (a fresh settings flow)", async () => {
    // A user who has not linked an app yet sees the QR code: use a second account for the picture.
    const other = "totp@example.com";
    await createIdentity(stack.emulator.adminUrl, { email: other, password, first: "Grace", last: "Hopper" });
    const second = await newPage(browser);
    try {
      await logIn(second.page, stack, { email: other, password });
      await waitForRoute(second.page, "/whoami");
      await openRoute(second.page, stack.url("/settings"));
      await waitForFlow(second.page, "settings");
      await second.page.waitForSelector('.ory-flow img[data-node-id="totp_qr"]');
      await second.page.$eval('.ory-flow [data-group="totp"]', (e) => e.scrollIntoView({ block: "center" }));
      await screenshot(second.page, "settings-totp");
      await finishJourney(second);
    } finally {
      await second.context.close();
    }
  });

  test("log out, log in with the password, then the aal2 TOTP step; /whoami shows aal2", async () => {
    await logOut(page, stack);
    await logIn(page, stack, { email, password });
    // The password is not enough any more: Kratos sends the browser to an aal2 login flow.
    await waitForFlow(page, "login");
    await page.waitForSelector('.ory-flow input[name="totp_code"]');
    await waitForMessage(page, 1010004);
    await assertAccessible(page, "the second-factor login form");
    await secondFactor(page, secret);
    await waitForRoute(page, "/whoami");
    assert.equal(await text(page, '[data-testid="whoami-aal"]'), "aal2");
    assert.match(await text(page, '[data-testid="whoami-methods"]'), /totp/);
    await screenshot(page, "whoami");
    await assertAccessible(page, "/whoami");
    await finishJourney(tab);
  });

  test("sessions: list, and revoke the other sessions", async () => {
    // A second device signs in (password, then TOTP).
    const other = await newPage(browser);
    try {
      await logIn(other.page, stack, { email, password });
      await secondFactor(other.page, secret);
      await waitForRoute(other.page, "/whoami");
    } finally {
      await other.context.close();
    }
    await page.click('nav a[href="/sessions"]');
    await waitForRoute(page, "/sessions");
    assert.ok((await page.$$('[data-testid="sessions-list"] li')).length >= 2, "both sessions listed");
    await assertAccessible(page, "the sessions page");
    await page.click("text=Revoke other sessions");
    await page.waitForFunction(() => /Signed out [1-9]/.test(document.querySelector('[data-testid="sessions-status"]')?.textContent ?? ""));
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="sessions-list"] li').length === 1);
    await finishJourney(tab);
  });

  test("recover the account with a code from the outbox, then change the password", async () => {
    await logOut(page, stack);
    await page.click('nav a[href="/login"]');
    await waitForFlow(page, "login");
    await page.click(".ory-flow a.ory-forgot");
    await waitForFlow(page, "recovery");
    await assertAccessible(page, "the recovery form");
    const before = await countMessages(stack.emulator.adminUrl, email, "recovery_code_valid");
    await fill(page, { email });
    await press(page, "method", "code");
    await page.waitForSelector('.ory-flow input[name="code"]');
    await screenshot(page, "recovery");
    await assertAccessible(page, "the recovery code form");
    const code = await codeFromOutbox(stack.emulator.adminUrl, email, "recovery_code_valid", before);
    await fill(page, { code });
    await press(page, "method", "code");
    // Recovery signs in at aal1; this account has TOTP, so settings (highest_available) first
    // asks for the second factor, then comes back.
    await page.waitForSelector(".ory-flow--settings, .ory-flow--login");
    if (await page.$(".ory-flow--login")) await secondFactor(page, secret);
    await waitForFlow(page, "settings");
    await fill(page, { password: newPassword });
    await saveSettings(page, "method", "password");
    await finishJourney(tab);
  });

  test("log out and log in with the new password; at the second factor, Sign out starts over", async () => {
    await logOut(page, stack);
    await logIn(page, stack, { email, password: newPassword });
    // Stuck at the second factor (say the phone is not at hand): the card's Sign out ends the
    // half session through Kratos' logout flow and shows a fresh first factor in place.
    await page.waitForSelector('.ory-flow input[name="totp_code"]');
    await page.click(".ory-flow button[data-ory-sign-out]");
    await page.waitForSelector('.ory-flow form:not([aria-busy=true]) input[name="identifier"]');
    await page.goto(stack.url("/"));
    assert.equal(await text(page, "#identity"), "Not signed in");
    await logIn(page, stack, { email, password: newPassword });
    await secondFactor(page, secret);
    await waitForRoute(page, "/whoami");
    assert.equal(await text(page, '[data-testid="whoami-email"]'), email);
    assert.equal(await text(page, '[data-testid="whoami-name"]'), "Augusta Ada Lovelace");
    await finishJourney(tab);
  });
});

// ---------------------------------------------------------------- recoveries and round trips

test("an expired flow restarts silently, keeping the identifier", async () => {
  const short = await startStack({ config: { flow_lifespan: "3s" } });
  const tab = await newPage(browser);
  try {
    const email = "expiry@example.com";
    const password = "expiry passphrase 42";
    await createIdentity(short.emulator.adminUrl, { email, password });
    await tab.page.goto(short.url("/login"));
    await waitForFlow(tab.page, "login");
    const firstFlow = await tab.page.getAttribute(".ory-flow", "data-flow-id");
    await fill(tab.page, { identifier: email, password });
    await new Promise((r) => setTimeout(r, 3300));
    await press(tab.page, "method", "password");
    // 410 self_service_flow_expired → the SDK loads use_flow_id, keeping what was typed.
    await tab.page.waitForFunction((id) => {
      const flow = document.querySelector(".ory-flow");
      return flow && flow.dataset.flowId !== id;
    }, firstFlow);
    await waitForMessage(tab.page, 4010001);
    assert.equal(await tab.page.inputValue('.ory-flow input[name="identifier"]'), email);
    assert.equal(await tab.page.$(".app-message--error"), null, "no error page");
    await assertAccessible(tab.page, "the login form after an expired flow");
    await fill(tab.page, { password });
    await press(tab.page, "method", "password");
    await waitForRoute(tab.page, "/whoami");
    assert.equal(await text(tab.page, '[data-testid="whoami-email"]'), email);
    await finishJourney(tab);
  } finally {
    await tab.context.close();
    await short.stop();
  }
});

test("a CSRF mismatch recovers: the SDK starts a new flow and the next submit works", async () => {
  const tab = await newPage(browser);
  try {
    const email = "csrf@example.com";
    const password = "csrf passphrase 42";
    await createIdentity(stack.emulator.adminUrl, { email, password });
    await tab.page.goto(stack.url("/login"));
    await waitForFlow(tab.page, "login");
    const firstFlow = await tab.page.getAttribute(".ory-flow", "data-flow-id");
    const csrfCookies = (await tab.context.cookies()).filter((c) => c.name.startsWith("csrf_token_"));
    assert.equal(csrfCookies.length, 1, "Kratos set its CSRF cookie");
    await tab.context.clearCookies({ name: csrfCookies[0].name });
    await fill(tab.page, { identifier: email, password });
    await press(tab.page, "method", "password");
    await tab.page.waitForFunction((id) => {
      const flow = document.querySelector(".ory-flow form:not([aria-busy=true])")?.closest(".ory-flow");
      return flow && flow.dataset.flowId !== id;
    }, firstFlow);
    await tab.page.waitForFunction((id) => new URLSearchParams(location.search).get("flow") !== id, firstFlow);
    assert.equal(await tab.page.$(".app-message--error"), null, "no error page");
    await fill(tab.page, { identifier: email, password });
    await press(tab.page, "method", "password");
    await waitForRoute(tab.page, "/whoami");
    assert.equal(await text(tab.page, '[data-testid="whoami-email"]'), email);
    await finishJourney(tab);
  } finally {
    await tab.context.close();
  }
});

test("aal2 required: an aal1 session of a TOTP user opens /settings, passes TOTP, comes back", async () => {
  // whoami accepts aal1 here, so a password sign-in ends at aal1; settings still require the
  // highest available level.
  const aal1 = await startStack({
    config: { whoami_required_aal: "aal1", settings_required_aal: "highest_available" },
  });
  const tab = await newPage(browser);
  const { page } = tab;
  try {
    const email = "stepup@example.com";
    const password = "step up passphrase 42";
    await createIdentity(aal1.emulator.adminUrl, { email, password });
    await logIn(page, aal1, { email, password });
    await waitForRoute(page, "/whoami");
    await page.goto(aal1.url("/settings"));
    const secret = await addTotp(page);
    await logOut(page, aal1);
    await logIn(page, aal1, { email, password });
    await waitForRoute(page, "/whoami");
    assert.equal(await text(page, '[data-testid="whoami-aal"]'), "aal1");
    await page.click('nav a[href="/settings"]');
    await secondFactor(page, secret);
    await waitForFlow(page, "settings");
    await page.waitForSelector('.ory-flow button[name="totp_unlink"]');
    await page.waitForFunction(() => /\(aal2\)/.test(document.getElementById("identity").textContent));
    await finishJourney(tab);
  } finally {
    await tab.context.close();
    await aal1.stop();
  }
});

test("social sign-in: 422 to the test provider and back, signed in", async () => {
  const tab = await newPage(browser);
  const { page } = tab;
  try {
    const email = "social@example.com";
    await page.goto(stack.url("/login"));
    await waitForFlow(page, "login");
    await press(page, "provider", "emulator");
    await page.waitForURL((url) => url.pathname === "/_emulator/oidc/authorize");
    await page.fill('input[name="email"]', email);
    await page.click('button[value="allow"]');
    await waitForRoute(page, "/whoami");
    assert.equal(await text(page, '[data-testid="whoami-email"]'), email);
    assert.match(await text(page, '[data-testid="whoami-methods"]'), /oidc/);
    await finishJourney(tab);
  } finally {
    await tab.context.close();
  }
});

test("a Kratos error page: /error shows the stored error", async () => {
  const tab = await newPage(browser);
  const { page } = tab;
  try {
    // A return_to Kratos does not allow: Kratos stores the error and sends the browser to /error?id=.
    await page.goto(`${stack.emulator.publicUrl}/self-service/login/browser?return_to=${encodeURIComponent("https://evil.example/")}`);
    await waitForRoute(page, "/error");
    await page.waitForSelector('[data-testid="flow-error"]');
    assert.match(await text(page, '[data-testid="flow-error"]'), /400/);
    await assertAccessible(page, "the error page");
    await finishJourney(tab);
  } finally {
    await tab.context.close();
  }
});
