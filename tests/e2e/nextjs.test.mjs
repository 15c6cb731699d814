// The Next.js example (examples/nextjs/) as a user meets it: `next build` once (Next.js and React
// from the dependency cache of tests/bundlers/dev-deps.mjs, the package as npm lays it out), then
// `next start` next to the emulator configured for the app's origin (Kratos' public URL is the
// app's /.ory tunnel), driven in headless Chromium: the protected page redirects to sign-in with
// return_to, sign-up and sign-in go through the SDK's rendered flow, the server component shows
// the session read on the server with the visitor's cookies, sign-out (browser logout flow)
// ends it and the page redirects again. The README's "Next.js" code is the example's code.
//
//   npm run build && node --test tests/e2e/nextjs.test.mjs
import assert from "node:assert/strict";
import { readFileSync, rmSync } from "node:fs";
import { get } from "node:http";
import { join } from "node:path";
import { after, before, test } from "node:test";

import { buildExample, exampleDir, prepareExample, startExample, startExampleEmulator, stopChild } from "../../scripts/nextjs-example.mjs";
import { launchBrowser } from "../support/browser.mjs";
import { Configuration, FrontendApi } from "../../pkg/core.js";
import { createFlow } from "../../pkg/server.js";
import { buildEmulator, createIdentity, freePort, freshTotp, root } from "./support.mjs";

let browser, emulator, next, project, appUrl, ory;

before(async () => {
  buildEmulator();
  const [appPort, publicPort] = [await freePort(), await freePort()];
  appUrl = `http://localhost:${appPort}`;
  const kratosUrl = `http://localhost:${publicPort}`;
  ory = new FrontendApi(new Configuration({ basePath: kratosUrl }));
  project = await prepareExample();
  await buildExample(project, { kratosUrl });
  emulator = await startExampleEmulator({ appUrl, publicPort });
  next = await startExample(project, { appUrl, kratosUrl });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  if (next) await stopChild(next.child);
  await emulator?.stop();
  if (project) rmSync(project, { recursive: true, force: true });
});

/** A fresh browser (cookie jar) whose page errors and console errors are collected. */
async function newVisitor() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("console", (message) => message.type() === "error" && problems.push(`console: ${message.text()}`));
  page.setDefaultTimeout(20000);
  return { context, page, problems };
}

/** Visits /account without a session: the proxy sends the browser to /login?return_to=<the page>. */
async function assertAccountRedirects(page) {
  await page.goto(`${appUrl}/account`);
  const url = new URL(page.url());
  assert.equal(url.origin + url.pathname, `${appUrl}/login`);
  assert.equal(url.searchParams.get("return_to"), `${appUrl}/account`);
  await page.waitForSelector(".ory-flow form input[name=identifier]");
}

/** Fills the rendered login form and submits it with the password method; waits for /account. */
async function submitPassword(page, fields) {
  for (const [name, value] of Object.entries(fields)) await page.fill(`.ory-flow input[name="${name}"]`, value);
  await Promise.all([page.waitForURL(`${appUrl}/account`), page.click('.ory-flow button[name=method][value=password]')]);
}

/** The account page shows the session, read by the server component. */
async function assertAccount(page, email) {
  assert.equal(await page.textContent("#email"), email);
  assert.equal(await page.textContent("#aal"), "aal1");
  assert.equal(await page.textContent("#methods"), "password");
  // The HTML the server sent (no script ran): the session came from Kratos through the server,
  // with this browser's cookies (the context's request shares its cookie jar).
  const html = await (await page.context().request.get(`${appUrl}/account`, { maxRedirects: 0 })).text();
  assert.match(html, new RegExp(`<dd id="email">${email.replace(/[.+]/g, "\\$&")}</dd>`));
  // Kratos' cookies are the app's own: set through the /.ory tunnel on the app's host.
  const cookies = await page.context().cookies(appUrl);
  assert.ok(cookies.some((cookie) => cookie.name === "ory_kratos_session" && cookie.domain === "localhost" && cookie.httpOnly));
}

async function signOut(page) {
  await Promise.all([page.waitForURL(`${appUrl}/`), page.click("text=Sign out")]);
}

test("protected page → sign up → back with the session → sign out → sign in → sign out", { timeout: 120000 }, async () => {
  const { context, page, problems } = await newVisitor();
  try {
    const email = `next-${Date.now()}@example.com`;
    const password = "a next.js passphrase 42";

    await assertAccountRedirects(page);
    // Sign up through the rendered registration flow, with the same return_to.
    await page.goto(`${appUrl}/registration?return_to=${encodeURIComponent(`${appUrl}/account`)}`);
    await page.waitForSelector(".ory-flow form input[name='traits.email']");
    for (const [name, value] of Object.entries({ "traits.email": email, password })) await page.fill(`.ory-flow input[name="${name}"]`, value);
    await page.click(".ory-flow button[name=method][value=password]");
    // Signed up: Kratos asks to verify the address (continue_with show_verification_ui), which the
    // SDK shows in place. The visitor leaves that for later and opens the account page.
    await page.waitForSelector(".ory-flow.ory-flow--verification input[name=code]");
    await Promise.all([page.waitForURL(`${appUrl}/account`), page.click("nav a[href='/account']")]);
    await assertAccount(page, email);

    await signOut(page);
    await assertAccountRedirects(page);

    // Sign in through the rendered login flow: back on the protected page.
    await submitPassword(page, { identifier: email, password });
    await assertAccount(page, email);

    await signOut(page);
    await assertAccountRedirects(page);
    assert.deepEqual(problems, []);
  } catch (error) {
    error.message += `\n--- the page: ${page.url()}\n${await page.innerText("body").catch(() => "(gone)")}\n--- next:\n${next.output.join("").slice(-3000)}`;
    throw error;
  } finally {
    await context.close();
  }
});

test("a session that needs its second factor: the proxy sends it to Kratos' aal2 sign-in, then back", { timeout: 60000 }, async () => {
  const { context, page, problems } = await newVisitor();
  try {
    const email = `next-aal2-${Date.now()}@example.com`;
    const password = "a second-factor passphrase 42";
    await createIdentity(emulator.adminUrl, { email, password });
    await assertAccountRedirects(page);
    await submitPassword(page, { identifier: email, password });
    assert.equal(await page.textContent("#aal"), "aal1");

    // The visitor adds an authenticator app (a settings flow with the browser's cookies, from here).
    const visitor = async () => {
      const cookie = (await context.cookies(appUrl)).map(({ name, value }) => `${name}=${value}`).join("; ");
      return new Request(`${appUrl}/settings`, { headers: { cookie } });
    };
    const { flow, headers } = await createFlow(await visitor(), ory, "settings");
    const csrf = flow.ui.nodes.find((node) => node.attributes.name === "csrf_token").attributes.value;
    const secret = flow.ui.nodes.find((node) => node.attributes.id === "totp_secret_key").attributes.text.context.secret;
    const cookie = `${(await visitor()).headers.get("cookie")}; ${headers.getSetCookie().map((line) => line.split(";")[0]).join("; ")}`;
    await ory.updateSettingsFlow({ flow: flow.id, cookie, updateSettingsFlowBody: { method: "totp", totp_code: await freshTotp(secret), csrf_token: csrf } });

    // Signed out and in again with the password alone: an aal1 session. The SDK goes on to the
    // second factor by itself; the visitor opens /account instead, which the proxy refuses to an
    // aal1 session: Kratos' aal2 sign-in (shown on /login), with return_to.
    await page.goto(`${appUrl}/account`);
    await signOut(page);
    await assertAccountRedirects(page);
    for (const [name, value] of Object.entries({ identifier: email, password })) await page.fill(`.ory-flow input[name="${name}"]`, value);
    await page.click(".ory-flow button[name=method][value=password]");
    await page.waitForSelector(".ory-flow input[name=totp_code]");
    const navigations = [];
    page.on("request", (request) => request.isNavigationRequest() && navigations.push(request.url()));
    await page.goto(`${appUrl}/account`);
    const secondFactor = new URL(`${appUrl}/.ory/self-service/login/browser?aal=aal2`);
    secondFactor.searchParams.set("return_to", `${appUrl}/account`);
    assert.deepEqual(navigations.slice(0, 2), [`${appUrl}/account`, secondFactor.href]);
    const url = new URL(page.url());
    assert.equal(url.origin + url.pathname, `${appUrl}/login`);
    assert.ok(url.searchParams.get("flow"), page.url());
    await page.fill(".ory-flow input[name=totp_code]", await freshTotp(secret));
    await Promise.all([page.waitForURL(`${appUrl}/account`), page.click(".ory-flow button[name=method][value=totp]")]);
    assert.equal(await page.textContent("#aal"), "aal2");
    assert.equal(await page.textContent("#methods"), "password, totp");
    // Chromium logs the 422 that sends the SDK on to the second factor (Kratos' answer to a
    // first factor that is not enough); nothing else.
    assert.deepEqual(problems.filter((p) => !/status of 422/.test(p)), []);
  } catch (error) {
    error.message += `\n--- the page: ${page.url()}\n${await page.innerText("body").catch(() => "(gone)")}\n--- next:\n${next.output.join("").slice(-3000)}`;
    throw error;
  } finally {
    await context.close();
  }
});

test("a forged Host header does not choose where the proxy redirects", async () => {
  const answer = await new Promise((resolve, reject) => {
    const { hostname, port } = new URL(appUrl);
    get({ hostname, port, path: "/account", headers: { host: "evil.example" } }, resolve).once("error", reject);
  });
  answer.resume();
  assert.equal(answer.statusCode, 303);
  const location = new URL(answer.headers.location, appUrl);
  // Next.js builds the request URL from the address it serves (next start --hostname), and the
  // login URL is absolute: the forged name appears nowhere.
  assert.equal(location.origin, appUrl);
  assert.doesNotMatch(answer.headers.location, /evil/);
});

/** The code of a file as the README shows it: without its comment lines. */
function code(text) {
  return text
    .split("\n")
    .filter((line) => !/^\s*\/\//.test(line))
    .join("\n")
    .trim();
}

test("the README's Next.js code is the example's code", () => {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("\n## Next.js"), readme.indexOf("\n## ", readme.indexOf("\n## Next.js") + 1));
  const blocks = [...section.matchAll(/```js\n\/\/ (\S+)\n([\s\S]*?)```/g)];
  assert.ok(blocks.length >= 3, "the README's Next.js section shows the example's files");
  for (const [, file, shown] of blocks) {
    assert.equal(code(shown), code(readFileSync(join(exampleDir, file), "utf8")), `README.md's ${file}`);
  }
});
