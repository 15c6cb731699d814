// OAuth2PkceClient in headless Chromium against a real, independent OpenID Provider: the certified
// `oidc-provider` package, started on loopback (tests/support/oauth2-provider.mjs) with a public
// client (PKCE, no secret), an in-memory adapter and its development login/consent pages, which
// the test fills like a user. The SPA is served from another origin (http://localhost:<port>)
// than the provider (http://127.0.0.1:<port>), so every token, revocation and userinfo call is a
// real CORS request.
//
// Full flow: authorize → login → consent → callback → token → userinfo → refresh → revoke, plus a
// replayed callback, a forged state and a cancelled login.
//
//   npm run build && node --test tests/browser/oauth2-pkce.test.mjs
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { after, before, describe, it } from "node:test";

import { inPage, logInAndConsent, ok, startOAuth2Test, waitReady } from "../support/oauth2-provider.mjs";

const CLIENT_ID = "spa-public";

let browser, spa, op, close;

before(async () => {
  ({ browser, spa, op, close } = await startOAuth2Test("OAuth2 PKCE test app", {
    clientId: CLIENT_ID,
    scopes: ["openid", "offline_access", "email", "profile"],
    claims: { email: ["email", "email_verified"], profile: ["name"] },
    account: (sub) => ({ sub, email: `${sub}@example.test`, email_verified: true, name: `User ${sub}` }),
    cookieKey: "oauth2-pkce-test-cookie-key",
  }));
});

after(() => close?.());

function clientOptions(extra = {}) {
  return {
    issuer: op.issuer,
    clientId: CLIENT_ID,
    redirectUri: `${spa.origin}/callback`,
    scope: "openid email profile offline_access",
    ...extra,
  };
}

function failed(outcome, kind) {
  assert.equal(outcome.ok, false, `expected an OryError ${kind}, got ${JSON.stringify(outcome.value)}`);
  assert.equal(outcome.error.isOryError, true, outcome.error.message);
  assert.equal(outcome.error.kind, kind, outcome.error.message);
  return outcome.error;
}

describe("OAuth2PkceClient against oidc-provider", () => {
  it("authorize → login → consent → callback → token → userinfo → refresh → revoke", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(10000);
    const options = clientOptions();
    try {
      await page.goto(`${spa.origin}/app`);
      await waitReady(page);

      // 1. The authorization URL, and what is remembered across the redirect.
      const started = ok(
        await inPage(page, options, `
          const url = await client.authorizeUrl({ prompt: "consent" });
          return { url, stored: Object.fromEntries(Object.entries(sessionStorage)) };`),
      );
      const authorize = new URL(started.url);
      assert.equal(authorize.origin + authorize.pathname, `${op.issuer}/oauth2/auth`);
      const q = authorize.searchParams;
      assert.equal(q.get("response_type"), "code");
      assert.equal(q.get("client_id"), CLIENT_ID);
      assert.equal(q.get("redirect_uri"), `${spa.origin}/callback`);
      assert.equal(q.get("scope"), "openid email profile offline_access");
      assert.equal(q.get("code_challenge_method"), "S256");
      assert.equal(q.get("prompt"), "consent");
      const keys = Object.keys(started.stored);
      assert.equal(keys.length, 1, "one pending authorization in sessionStorage");
      assert.equal(keys[0], `ory-wasm.oauth2.pending.${q.get("state")}`);
      const pending = JSON.parse(started.stored[keys[0]]);
      assert.equal(pending.state, q.get("state"));
      assert.equal(pending.nonce, q.get("nonce"));
      assert.match(pending.code_verifier, /^[A-Za-z0-9_-]{43}$/);
      const challenge = createHash("sha256").update(pending.code_verifier).digest("base64url");
      assert.equal(q.get("code_challenge"), challenge, "the S256 challenge of the stored verifier");
      assert.ok(!started.url.includes(pending.code_verifier), "the verifier is not in the URL");

      // 2. The provider's own login and consent pages, filled like a user would.
      await page.goto(started.url);
      await logInAndConsent(page, "ada");
      await page.waitForURL(`${spa.origin}/callback?**`);
      await waitReady(page);
      const callbackUrl = page.url();
      assert.equal(new URL(callbackUrl).searchParams.get("state"), pending.state);
      assert.equal(new URL(callbackUrl).searchParams.get("iss"), op.issuer, "RFC 9207 iss is sent back");

      // 3. The callback: state checked, code exchanged with the verifier, the ID token checked.
      const done = ok(
        await inPage(page, options, `
          const tokens = await client.handleCallback();
          const info = await client.userinfo();
          return { tokens, held: client.tokens, info,
                   session: Object.fromEntries(Object.entries(sessionStorage)),
                   local: Object.fromEntries(Object.entries(localStorage)), href: location.href };`),
      );
      const { tokens } = done;
      assert.ok(tokens.accessToken && tokens.refreshToken && tokens.idToken, "access, refresh and ID token");
      assert.match(tokens.tokenType, /^bearer$/i);
      assert.ok(tokens.expiresAt > Date.now(), "expiresAt is in the future");
      assert.equal(tokens.claims.sub, "ada");
      assert.equal(tokens.claims.nonce, pending.nonce, "the ID token carries the nonce sent");
      assert.equal(tokens.claims.aud, CLIENT_ID);
      assert.equal(tokens.claims.iss, op.issuer);
      assert.deepEqual(done.held, tokens, "the client holds the tokens in memory");
      assert.deepEqual(done.session, {}, "the pending authorization is gone after use");
      assert.deepEqual(done.local, {}, "nothing in localStorage");
      assert.deepEqual(done.info, { sub: "ada", email: "ada@example.test", email_verified: true, name: "User ada" });

      const exchange = op.requests.find((r) => r.url === "/oauth2/token" && r.body.includes("authorization_code"));
      const form = new URLSearchParams(exchange.body);
      assert.equal(form.get("client_id"), CLIENT_ID, "a public client sends client_id in the body");
      assert.equal(form.get("code_verifier"), pending.code_verifier);
      assert.equal(form.get("redirect_uri"), `${spa.origin}/callback`);
      assert.equal(exchange.headers.authorization, undefined, "no client secret");
      assert.equal(exchange.headers.cookie, undefined, "token calls carry no cookies");
      assert.equal(exchange.headers.origin, spa.origin, "a cross-origin request from the SPA");
      const userinfo = op.requests.find((r) => r.url === "/userinfo" && r.method === "GET");
      assert.equal(userinfo.headers.authorization, `Bearer ${tokens.accessToken}`);

      // 4. The same callback again is refused: the pending authorization was used up.
      const replay = failed(await inPage(page, options, "return client.handleCallback(arg);", callbackUrl), "oauth2_state_mismatch");
      assert.ok(!replay.message.includes(new URL(callbackUrl).searchParams.get("code")), "the code is not in the message");

      // 5. Refresh: new tokens, the old refresh token rotated out by the provider.
      const refreshed = ok(await inPage(page, options, "return client.refresh();"));
      assert.notEqual(refreshed.accessToken, tokens.accessToken);
      assert.ok(refreshed.refreshToken, "a refresh token after refreshing");
      assert.equal(refreshed.claims.sub, "ada");
      const refreshRequest = op.requests.find((r) => r.url === "/oauth2/token" && r.body.includes("grant_type=refresh_token"));
      assert.equal(new URLSearchParams(refreshRequest.body).get("client_id"), CLIENT_ID);
      assert.equal(ok(await inPage(page, options, "return (await client.userinfo()).sub;")), "ada");

      // 6. Revoke: both tokens are dead at the provider and forgotten by the client.
      const revoked = ok(
        await inPage(page, options, `
          await client.revoke();
          return { held: client.tokens === undefined };`),
      );
      assert.equal(revoked.held, true, "the client forgot the tokens");
      const revokes = op.requests.filter((r) => r.url === "/oauth2/revoke");
      assert.deepEqual(
        revokes.map((r) => new URLSearchParams(r.body).get("token_type_hint")),
        ["refresh_token", "access_token"],
      );
      assert.ok(revokes.every((r) => new URLSearchParams(r.body).get("client_id") === CLIENT_ID));
      const dead = failed(
        await inPage(page, options, "return client.userinfo({ accessToken: arg });", refreshed.accessToken),
        "invalid_token",
      );
      assert.equal(dead.status, 401);
      assert.ok(!dead.string.includes(refreshed.accessToken), "the token is not in the error");
      const deadRefresh = failed(
        await inPage(page, options, "return client.refresh({ refreshToken: arg });", refreshed.refreshToken),
        "invalid_grant",
      );
      assert.equal(deadRefresh.status, 400);
      assert.equal(deadRefresh.errorId, "invalid_grant");
      failed(await inPage(page, options, "return client.refresh();"), "invalid_argument");

      // Tokens never travelled in a URL.
      for (const token of [tokens.accessToken, tokens.refreshToken, refreshed.accessToken, refreshed.refreshToken]) {
        assert.ok(op.requests.every((r) => !r.url.includes(token)), "no token in any URL the provider saw");
        assert.ok(spa.requests.every((r) => !(r.path + r.search).includes(token)), "no token in any URL the app saw");
      }
    } finally {
      await context.close();
    }
  });

  it("a cancelled login rejects with access_denied, with a pluggable (async) storage", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(10000);
    const options = clientOptions({ storage: "async-local", scope: "openid" });
    try {
      await page.goto(`${spa.origin}/app`);
      await waitReady(page);
      const url = ok(await inPage(page, options, "return client.authorizeUrl();"));
      assert.equal(new URL(url).searchParams.get("prompt"), null);
      assert.equal(ok(await inPage(page, options, "return localStorage.length;")), 1, "kept in the given storage");
      await page.goto(url);
      await page.waitForSelector('input[name="login"]');
      await page.click('a[href$="/abort"]');
      await page.waitForURL(`${spa.origin}/callback?**`);
      await waitReady(page);
      const error = failed(await inPage(page, options, "return client.handleCallback();"), "access_denied");
      assert.equal(error.errorId, "access_denied");
      assert.equal(error.reason, "End-User aborted interaction");
      assert.equal(ok(await inPage(page, options, "return localStorage.length;")), 0, "used up");
    } finally {
      await context.close();
    }
  });

  it("refuses a forged callback and bad options before sending anything", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${spa.origin}/app`);
      await waitReady(page);
      const before = op.requests.length;
      const forged = failed(
        await inPage(page, clientOptions(), "return client.handleCallback(arg);", `${spa.origin}/callback?code=stolen&state=forged`),
        "oauth2_state_mismatch",
      );
      assert.ok(!forged.message.includes("stolen"));
      // An error response whose state matches nothing is not believed either.
      failed(
        await inPage(page, clientOptions(), "return client.handleCallback(arg);", `${spa.origin}/callback?error=access_denied&state=forged`),
        "oauth2_state_mismatch",
      );
      assert.equal(op.requests.length, before, "nothing was sent to the provider");
      for (const bad of [{ redirectUri: "/callback" }, { clientId: "" }, { issuer: "javascript:alert(1)" }, { storage: {} }]) {
        const outcome = await page.evaluate((o) => {
          try {
            new window.ory.OAuth2PkceClient(o);
            return { ok: true };
          } catch (error) {
            return { ok: false, error: { isOryError: error instanceof window.ory.OryError, kind: error.kind, message: error.message } };
          }
        }, { ...clientOptions(), ...bad });
        failed(outcome, "invalid_argument");
      }
    } finally {
      await context.close();
    }
  });
});
