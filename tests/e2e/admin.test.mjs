// Identity administration against the real local server (the emulator, emulator/) with the built
// package: from Node, IdentityApi on the admin URL with the admin API key — create (with an
// imported bcrypt hash) → get with includeCredential → list with pagination → JSON Patch →
// update → list and delete the identity's sessions → create a recovery code — then the code is
// used in a recovery flow in the browser, through the demo (www/ /recovery, rendered by the
// SDK), and the identity is deleted. Also: a plain Node script doing server-side calls in native
// mode (tests/e2e/admin-script.mjs).
//
//   npm run build && node --test tests/e2e/admin.test.mjs
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";

import { Configuration, FrontendApi, IdentityApi, OryError, V0alpha2Api } from "../../pkg/index.js";
import { launchBrowser } from "../support/browser.mjs";
import { buildEmulator, fill, newPage, press, root, startStack, text, waitForFlow, waitForRoute } from "./support.mjs";

const API_KEY = "ory_pat_EmulatorAdminKey_e2e";
// bcrypt (cost 4) of IMPORTED_PASSWORD, made with libxcrypt (Python's crypt.crypt with
// METHOD_BLOWFISH): an identity migrated from another system keeps its password.
const IMPORTED_PASSWORD = "correct horse battery";
const IMPORTED_HASH = "$2b$04$Yo09euQ5vyvZ253APytKkO54dOjfkqwiMkn7O/tD0yuPVEsAQeu.W";

let stack, browser, identities, frontend;

before(async () => {
  buildEmulator();
  stack = await startStack({ config: { admin_api_key: API_KEY } });
  browser = await launchBrowser();
  identities = new IdentityApi(new Configuration({ basePath: stack.emulator.adminUrl, apiKey: API_KEY, mode: "native" }));
  frontend = new FrontendApi(new Configuration({ basePath: stack.emulator.publicUrl, mode: "native" }));
});

after(async () => {
  await browser?.close();
  await stack?.stop();
});

/** Signs in through a native login flow (what a mobile app does) and returns the session token. */
async function nativeLogin(identifier, password) {
  const flow = await frontend.createNativeLoginFlow();
  const login = await frontend.updateLoginFlow({
    flow: flow.id,
    updateLoginFlowBody: { method: "password", identifier, password },
  });
  assert.equal(typeof login.session_token, "string");
  return login.session_token;
}

async function rejects(promise, check) {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof OryError, `expected an OryError, got ${error}`);
    check(error);
    return error;
  }
  assert.fail("expected the call to reject");
}

describe("identity administration from Node, recovery in the browser", { concurrency: false }, () => {
  const email = "grace@example.com";
  const newPassword = "a brand new passphrase 7";
  let id;
  let recovery;

  test("the admin API refuses calls without the API key", async () => {
    const anonymous = new IdentityApi(new Configuration({ basePath: stack.emulator.adminUrl, mode: "native" }));
    await rejects(anonymous.listIdentities(), (error) => assert.equal(error.status, 401));
  });

  test("create with an imported password hash, then get with includeCredential", async () => {
    const created = await identities.createIdentity({
      createIdentityBody: {
        schema_id: "default",
        traits: { email, name: { first: "Grace", last: "Hopper" } },
        credentials: { password: { config: { hashed_password: IMPORTED_HASH } } },
        metadata_public: { plan: "free" },
        metadata_admin: { imported_from: "legacy" },
      },
    });
    id = created.id;
    assert.match(id, /^[0-9a-f-]{36}$/);
    assert.equal(created.traits.email, email);
    assert.equal(created.state, "active");

    const plain = await identities.getIdentity({ id });
    assert.equal(plain.credentials.password.config, undefined, "no credential config unless asked for");
    const withHash = await identities.getIdentity({ id, includeCredential: ["password"] });
    assert.deepEqual(withHash.credentials.password.identifiers, [email]);
    assert.equal(withHash.credentials.password.config.hashed_password, IMPORTED_HASH);
    assert.deepEqual(withHash.metadata_admin, { imported_from: "legacy" });

    // The imported hash is a working password: sign in with it (twice: two sessions).
    await nativeLogin(email, IMPORTED_PASSWORD);
    await nativeLogin(email, IMPORTED_PASSWORD);
    await rejects(nativeLogin(email, "not the password"), (error) => assert.equal(error.kind, "flow_validation"));
  });

  test("list with pagination", async () => {
    for (const name of ["alan", "ada", "barbara"]) {
      await identities.createIdentity({
        createIdentityBody: {
          schema_id: "default",
          traits: { email: `${name}@example.com`, name: { first: name, last: "Example" } },
        },
      });
    }
    const all = await identities.listIdentities({ pageSize: 250 });
    assert.equal(all.length, 4);
    // The v1 method resolves to the body; the Link header with the next page token is read with
    // the positional V0alpha2Api form, which resolves to { data, status, headers }.
    const v0 = new V0alpha2Api(new Configuration({ basePath: stack.emulator.adminUrl, apiKey: API_KEY, mode: "native" }));
    const first = await v0.adminListIdentities(3);
    assert.equal(first.data.length, 3);
    assert.equal(first.headers["x-total-count"], "4");
    const next = /<([^>]+)>;\s*rel="next"/.exec(first.headers.link)?.[1];
    assert.ok(next, `a next link: ${first.headers.link}`);
    const pageToken = new URL(next).searchParams.get("page_token");
    const second = await identities.listIdentities({ pageSize: 3, pageToken });
    assert.equal(second.length, 1);
    const seen = [...first.data, ...second].map((identity) => identity.id);
    assert.deepEqual(new Set(seen), new Set(all.map((identity) => identity.id)), "the pages cover every identity once");
    assert.equal(seen.length, 4);
    const byIdentifier = await identities.listIdentities({ credentialsIdentifier: email });
    assert.deepEqual(byIdentifier.map((identity) => identity.id), [id]);
  });

  test("patch (JSON Patch) and update", async () => {
    const patched = await identities.patchIdentity({
      id,
      jsonPatch: [
        { op: "replace", path: "/traits/name/first", value: "Amazing Grace" },
        { op: "add", path: "/metadata_public/plan", value: "pro" },
      ],
    });
    assert.equal(patched.traits.name.first, "Amazing Grace");
    assert.equal(patched.metadata_public.plan, "pro");
    await rejects(
      identities.patchIdentity({ id, jsonPatch: [{ op: "replace", path: "/traits/email", value: "not an email" }] }),
      (error) => assert.equal(error.status, 400),
    );

    const updated = await identities.updateIdentity({
      id,
      updateIdentityBody: {
        schema_id: "default",
        state: "active",
        traits: { email, name: { first: "Grace", last: "Brewster Hopper" } },
        metadata_public: { plan: "team" },
      },
    });
    assert.equal(updated.traits.name.last, "Brewster Hopper");
    assert.equal(updated.metadata_public.plan, "team");
    const fetched = await identities.getIdentity({ id, includeCredential: ["password"] });
    assert.equal(fetched.traits.name.first, "Grace");
    assert.equal(fetched.credentials.password.config.hashed_password, IMPORTED_HASH, "an update keeps the credentials");
  });

  test("list and delete the identity's sessions", async () => {
    const token = await nativeLogin(email, IMPORTED_PASSWORD);
    const sessions = await identities.listIdentitySessions({ id });
    assert.equal(sessions.length, 3, "three sign-ins, three sessions");
    assert.ok(sessions.every((session) => session.identity?.id === id && session.active === true));
    assert.equal((await frontend.toSession({ xSessionToken: token })).identity.id, id);

    await identities.deleteIdentitySessions({ id });
    const left = await identities.listIdentitySessions({ id });
    assert.ok(left.every((session) => session.active === false), "no active session left");
    await rejects(frontend.toSession({ xSessionToken: token }), (error) => assert.equal(error.kind, "session_inactive"));
  });

  test("create a recovery code", async () => {
    recovery = await identities.createRecoveryCodeForIdentity({
      createRecoveryCodeForIdentityBody: { identity_id: id, expires_in: "1h" },
    });
    assert.match(recovery.recovery_code, /^\d{6}$/);
    assert.ok(recovery.recovery_link.startsWith(`${stack.emulator.publicUrl}/self-service/recovery?flow=`), recovery.recovery_link);
    assert.ok(Date.parse(recovery.expires_at) > Date.now() + 50 * 60 * 1000, "valid for about an hour");
  });

  test("the code recovers the account in the browser, through the demo's /recovery", async () => {
    const tab = await newPage(browser);
    const { page } = tab;
    const linkFlow = new URL(recovery.recovery_link).searchParams.get("flow");
    try {
      // What the user does with the link and code an administrator sent them.
      await page.goto(recovery.recovery_link);
      await waitForFlow(page, "recovery");
      assert.equal(new URL(page.url()).origin, new URL(stack.demo.url).origin, "the link leads to the demo app");
      // The demo shows the link's own flow (Kratos skips the CSRF check of admin-created flows).
      assert.equal(new URL(page.url()).searchParams.get("flow"), linkFlow, "the link's flow is shown");
      await page.waitForSelector('.ory-flow input[name="code"]');
      await fill(page, { code: recovery.recovery_code });
      await press(page, "method", "code");
      // Recovery signs the user in and continues with a settings flow to choose a new password.
      await waitForFlow(page, "settings");
      await fill(page, { password: newPassword });
      // Saved: the flow in its success state (message 1050001), or a fresh settings flow after the
      // SDK followed continue_with to the demo's /settings.
      const before = await page.getAttribute(".ory-flow", "data-flow-id");
      await press(page, "method", "password");
      await page.waitForFunction((id) => {
        const flow = document.querySelector(".ory-flow--settings");
        if (!flow || flow.querySelector("form[aria-busy=true]")) return false;
        return flow.dataset.flowId !== id || flow.querySelector('[data-message-id="1050001"]') !== null;
      }, before);
      await page.goto(stack.url("/whoami"));
      await waitForRoute(page, "/whoami");
      assert.equal(await text(page, '[data-testid="whoami-email"]'), email);
    } catch (error) {
      const shown = await page.evaluate(() => `${location.href}\n${document.body.innerText}`).catch(() => "(gone)");
      error.message += `\n--- the page showed: ${shown.slice(0, 1500)}`;
      throw error;
    } finally {
      await tab.context.close();
    }
    // The new password works from Node; the imported one no longer does.
    await nativeLogin(email, newPassword);
    await rejects(nativeLogin(email, IMPORTED_PASSWORD), (error) => assert.equal(error.kind, "flow_validation"));
    await rejects(
      identities.createRecoveryCodeForIdentity({ createRecoveryCodeForIdentityBody: { identity_id: "00000000-0000-0000-0000-000000000000" } }),
      (error) => assert.equal(error.status, 404),
    );
  });

  test("delete", async () => {
    await identities.deleteIdentity({ id });
    await rejects(identities.getIdentity({ id }), (error) => assert.equal(error.status, 404));
    assert.equal((await identities.listIdentities()).some((identity) => identity.id === id), false);
  });
});

test("a plain Node script does server-side identity calls with the package (native mode)", () => {
  const result = spawnSync(process.execPath, [join(root, "tests", "e2e", "admin-script.mjs")], {
    cwd: root,
    env: {
      ...process.env,
      ORY_ADMIN_URL: stack.emulator.adminUrl,
      ORY_PUBLIC_URL: stack.emulator.publicUrl,
      ORY_API_KEY: API_KEY,
    },
    encoding: "utf8",
    timeout: 30000,
  });
  assert.equal(result.status, 0, `the script failed:\n${result.stderr}\n${result.stdout}`);
  const report = JSON.parse(result.stdout.trim().split("\n").at(-1));
  assert.equal(report.fetchedEmail.startsWith("script-"), true);
  assert.equal(report.sessionToken, true);
  assert.equal(report.sessions, 1);
  assert.equal(report.sessionAfterDelete, "session_inactive");
  assert.equal(report.afterDelete, 404);
  // Native mode: every request was made with credentials "omit" and without a Cookie header.
  assert.equal(report.fetchCalls, 9);
  assert.deepEqual(report.credentials, ["omit"]);
  assert.equal(report.cookieHeaders, 0);
  // Credentials travel in headers only: the emulator's request log (method and URL) never shows them.
  assert.ok(!stack.emulator.log.some((line) => line.includes(API_KEY)), "the API key is in no URL");
});
