// Attacks on OAuth2PkceClient's ID token and callback checks (OpenID Connect Core 1.0 §3.1.3.7 and
// §12.2, RFC 9207), in headless Chromium against `oidc-provider` (which announces
// `authorization_response_iss_parameter_supported: true` and sends `iss` back). The provider is
// real; a middleware in front of it rewrites its answers the way a mix-up attacker, a broken
// provider or a tampering proxy would: the callback's `iss`, the discovery document's `issuer`,
// and the claims of the ID tokens of the token endpoint (their signatures are left as they were:
// the client does not verify them, since the ID token comes straight from the token endpoint over
// the connection the client opened, OpenID Connect Core §3.1.3.7 item 6).
//
//   npm run build && node --test tests/browser/attack-oauth2.test.mjs
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";

import { inPage, logInAndConsent, ok, startOAuth2Test, waitReady } from "../support/oauth2-provider.mjs";

const CLIENT_ID = "spa-attacked";
const EVIL = "https://evil.example";

/** The ID token with its claims rewritten by `edit`; header and signature unchanged. */
function editIdToken(idToken, edit) {
  const [header, payload, signature] = idToken.split(".");
  const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  edit(claims);
  return [header, Buffer.from(JSON.stringify(claims)).toString("base64url"), signature].join(".");
}

let browser, spa, op, close;

before(async () => {
  ({ browser, spa, op, close } = await startOAuth2Test("PKCE attack app", { clientId: CLIENT_ID, cookieKey: "attack-oauth2-test-cookie-key" }));
});

after(() => close?.());

/** Options with `issuer`; `{ basePath }` instead leaves the issuer to discovery. */
function clientOptions(extra = {}) {
  return { issuer: op.issuer, clientId: CLIENT_ID, redirectUri: `${spa.origin}/callback`, scope: "openid", ...extra };
}

/** The outcome is an OryError of `kind` whose message matches `because` (the check that caught it). */
function refused(outcome, what, because, kind = "oauth2_invalid_response") {
  // Only the names of what came back: the values are tokens.
  assert.equal(outcome.ok, false, `${what}: accepted (${Object.keys(outcome.value ?? {}).join(", ")})`);
  assert.equal(outcome.error.isOryError, true, `${what}: ${outcome.error.message}`);
  assert.equal(outcome.error.kind, kind, `${what}: ${outcome.error.message}`);
  assert.match(outcome.error.message, because, what);
  return outcome.error;
}

const tokenRequests = () => op.requests.filter((r) => r.method === "POST" && r.path === "/oauth2/token").length;

/** A fresh browser context signed in at the provider up to the callback; resolves to { page, callbackUrl, done }. */
async function authorize(options, authorizeOptions = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(10000);
  await page.goto(`${spa.origin}/app`);
  await waitReady(page);
  const url = ok(await inPage(page, options, "return client.authorizeUrl(arg);", authorizeOptions));
  await page.goto(url);
  await logInAndConsent(page, "ada");
  await page.waitForURL(`${spa.origin}/callback?**`);
  await waitReady(page);
  return { page, callbackUrl: page.url(), done: () => context.close() };
}

/** The callback URL with `iss` set to `value`, or removed when `value` is undefined. */
function withIss(callbackUrl, value) {
  const url = new URL(callbackUrl);
  if (value === undefined) url.searchParams.delete("iss");
  else url.searchParams.set("iss", value);
  return url.toString();
}

describe("OAuth2PkceClient refuses what OpenID Connect and RFC 9207 forbid", () => {
  it("without a configured issuer, learns it from discovery and refuses a callback from another issuer", async () => {
    const options = clientOptions({ issuer: undefined, basePath: op.issuer });
    const { page, callbackUrl, done } = await authorize(options);
    try {
      assert.equal(new URL(callbackUrl).searchParams.get("iss"), op.issuer);
      const before = tokenRequests();
      const error = refused(
        await inPage(page, options, "return client.handleCallback(arg);", withIss(callbackUrl, EVIL)),
        "a callback naming another issuer",
        /callback comes from another issuer .*RFC 9207/,
      );
      assert.equal(tokenRequests(), before, "the code was not exchanged");
      assert.ok(!error.string.includes(new URL(callbackUrl).searchParams.get("code")), "the code is not in the error");
    } finally {
      await done();
    }
    // The honest callback goes through, with the issuer of the discovery document.
    const honest = await authorize(options);
    try {
      const tokens = ok(await inPage(honest.page, options, "return client.handleCallback();"));
      assert.equal(tokens.claims.iss, op.issuer);
      assert.ok(
        op.requests.some((r) => r.method === "GET" && r.path === "/.well-known/openid-configuration"),
        "the client read the provider's metadata",
      );
    } finally {
      await honest.done();
    }
  });

  it("refuses a callback without iss when the provider's metadata announces it (RFC 9207)", async () => {
    const options = clientOptions();
    const { page, callbackUrl, done } = await authorize(options);
    try {
      const before = tokenRequests();
      refused(
        await inPage(page, options, "return client.handleCallback(arg);", withIss(callbackUrl, undefined)),
        "a callback without iss",
        /callback has no iss.*RFC 9207/,
      );
      assert.equal(tokenRequests(), before, "the code was not exchanged");
    } finally {
      await done();
    }
  });

  it("refuses to go on when the discovery document names another issuer than the configured one", async () => {
    const options = clientOptions();
    const { page, callbackUrl, done } = await authorize(options);
    op.tamper.discovery = (body) => {
      body.issuer = EVIL;
    };
    try {
      const before = tokenRequests();
      refused(await inPage(page, options, "return client.handleCallback(arg);", callbackUrl), "discovery of another issuer", /metadata names another issuer/);
      assert.equal(tokenRequests(), before, "the code was not exchanged");
    } finally {
      op.tamper = {};
      await done();
    }
  });

  for (const [what, because, edit, extra] of [
    ["an ID token without exp", /has no exp/, (c) => delete c.exp],
    ["an ID token without iat", /has no iat/, (c) => delete c.iat],
    ["an ID token issued an hour in the future", /issued in the future/, (c) => (c.iat = Math.floor(Date.now() / 1000) + 3600)],
    ["an ID token without sub", /has no sub/, (c) => delete c.sub],
    ["an ID token for another authorized party", /another client \(azp\)/, (c) => (c.azp = "someone-else")],
    [
      "an ID token of another issuer (issuer from discovery)",
      /another issuer than the expected one \(iss\)/,
      (c) => (c.iss = EVIL),
      { issuer: undefined, basePath: "OP" },
    ],
    [
      "an ID token older than idTokenMaxAgeSeconds",
      /older than the maximum age/,
      (c) => {
        c.iat = Math.floor(Date.now() / 1000) - 600;
      },
      { idTokenMaxAgeSeconds: 60 },
    ],
  ]) {
    it(`refuses ${what}`, async () => {
      const more = { ...extra };
      if (more.basePath === "OP") more.basePath = op.issuer;
      const options = clientOptions(more);
      const { page, done } = await authorize(options);
      op.tamper.token = (body) => {
        body.id_token = editIdToken(body.id_token, edit);
      };
      try {
        const error = refused(await inPage(page, options, "return client.handleCallback();"), what, because);
        assert.ok(!/eyJ/.test(error.string), "no token in the error");
        assert.equal(ok(await inPage(page, options, "return client.tokens === undefined;")), true, "nothing is held");
      } finally {
        op.tamper = {};
        await done();
      }
    });
  }

  it("accepts a fresh ID token within idTokenMaxAgeSeconds", async () => {
    const options = clientOptions({ idTokenMaxAgeSeconds: 60 });
    const { page, done } = await authorize(options);
    try {
      assert.equal(ok(await inPage(page, options, "return (await client.handleCallback()).claims.sub;")), "ada");
    } finally {
      await done();
    }
  });

  it("refuses userinfo about another subject than the ID token (§5.3.2)", async () => {
    const options = clientOptions();
    const { page, done } = await authorize(options);
    try {
      assert.equal(ok(await inPage(page, options, "return (await client.handleCallback()).claims.sub;")), "ada");
      op.tamper.userinfo = (body) => (body.sub = "eve");
      const error = refused(await inPage(page, options, "return client.userinfo();"), "userinfo of eve", /another subject than the ID token/);
      assert.ok(!error.message.includes("eve"), "the claims are not echoed");
      op.tamper.userinfo = (body) => delete body.sub;
      refused(await inPage(page, options, "return client.userinfo();"), "userinfo without sub", /names no subject/);
      op.tamper = {};
      assert.equal(ok(await inPage(page, options, "return (await client.userinfo()).sub;")), "ada");
    } finally {
      op.tamper = {};
      await done();
    }
  });

  it("refuses a refreshed ID token of another subject or issuer (§12.2)", async () => {
    const options = clientOptions({ scope: "openid offline_access" });
    const { page, done } = await authorize(options, { prompt: "consent" });
    let rotated; // the refresh token the provider issued, before the client refused the answer
    try {
      const first = ok(await inPage(page, options, "return client.handleCallback();"));
      assert.equal(first.claims.sub, "ada");
      assert.ok(first.refreshToken, "a refresh token");

      for (const [what, because, edit] of [
        ["a refreshed ID token of another subject", /another user than the previous one \(sub\).*§12\.2/, (c) => (c.sub = "eve")],
        ["a refreshed ID token of another issuer", /another issuer than the expected one \(iss\)/, (c) => (c.iss = EVIL)],
        ["a refreshed ID token without iat", /has no iat/, (c) => delete c.iat],
      ]) {
        op.tamper.token = (body, form) => {
          if (form.get("grant_type") !== "refresh_token") return;
          rotated = body.refresh_token;
          body.id_token = editIdToken(body.id_token, edit);
        };
        const refreshToken = rotated ?? first.refreshToken;
        refused(await inPage(page, options, "return client.refresh({ refreshToken: arg });", refreshToken), what, because);
        const held = ok(await inPage(page, options, "return client.tokens;"));
        assert.equal(held.accessToken, first.accessToken, `${what}: the held tokens are unchanged`);
      }
      op.tamper = {};
      const refreshed = ok(await inPage(page, options, "return client.refresh({ refreshToken: arg });", rotated));
      assert.equal(refreshed.claims.sub, "ada");
    } finally {
      op.tamper = {};
      await done();
    }
  });
});
