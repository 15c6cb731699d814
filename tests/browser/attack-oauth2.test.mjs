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
import { createServer } from "node:http";
import { Readable } from "node:stream";
import { after, before, describe, it } from "node:test";

import Provider from "oidc-provider";

import { launchBrowser } from "../support/browser.mjs";
import { startServer } from "../support/recording-server.mjs";

const CLIENT_ID = "spa-attacked";
const EVIL = "https://evil.example";

/** oidc-provider's storage in a Map (enough for one test file). */
function memoryAdapter() {
  const store = new Map();
  return class MemoryAdapter {
    constructor(model) {
      this.model = model;
    }
    async upsert(id, payload) {
      store.set(`${this.model}:${id}`, payload);
    }
    async find(id) {
      return store.get(`${this.model}:${id}`);
    }
    async findByUid(uid) {
      for (const [key, payload] of store) if (key.startsWith(`${this.model}:`) && payload.uid === uid) return payload;
      return undefined;
    }
    async findByUserCode() {
      return undefined;
    }
    async consume(id) {
      const payload = store.get(`${this.model}:${id}`);
      if (payload) payload.consumed = Math.floor(Date.now() / 1000);
    }
    async destroy(id) {
      store.delete(`${this.model}:${id}`);
    }
    async revokeByGrantId(grantId) {
      for (const [key, payload] of store) if (payload.grantId === grantId) store.delete(key);
    }
  };
}

/**
 * oidc-provider on 127.0.0.1 with a public client. `op.tamper.token(body, form)` and
 * `op.tamper.discovery(body)` may rewrite the token and discovery answers; `op.requests` records
 * every request.
 */
async function startProvider(spaOrigin) {
  let handler = (_req, res) => res.writeHead(503).end();
  const server = createServer((req, res) => handler(req, res));
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const provider = new Provider(issuer, {
    adapter: memoryAdapter(),
    clients: [
      {
        client_id: CLIENT_ID,
        token_endpoint_auth_method: "none",
        application_type: "web",
        grant_types: ["authorization_code", "refresh_token"],
        response_types: ["code"],
        redirect_uris: [`${spaOrigin}/callback`],
      },
    ],
    routes: { authorization: "/oauth2/auth", token: "/oauth2/token", revocation: "/oauth2/revoke", userinfo: "/userinfo" },
    features: { devInteractions: { enabled: true }, revocation: { enabled: true } },
    scopes: ["openid", "offline_access"],
    async findAccount(_ctx, sub) {
      return { accountId: sub, async claims() { return { sub }; } };
    },
    cookies: { keys: ["attack-oauth2-test-cookie-key"] },
    pkce: { required: () => true },
  });
  const op = { issuer, requests: [], tamper: {}, close: undefined };
  provider.use(async (ctx, next) => {
    const entry = { method: ctx.method, path: ctx.path, body: "" };
    op.requests.push(entry);
    if (ctx.method === "POST" && ctx.path === "/oauth2/token") {
      // Read the form for the tamper functions, then hand oidc-provider an equivalent stream.
      const chunks = [];
      for await (const chunk of ctx.req) chunks.push(chunk);
      entry.body = Buffer.concat(chunks).toString("utf8");
      const replay = Readable.from([Buffer.from(entry.body)]);
      Object.assign(replay, { headers: ctx.req.headers, method: ctx.req.method, url: ctx.req.url });
      ctx.req = replay;
      ctx.request.req = replay;
    }
    await next();
    if (ctx.path === "/oauth2/token" && ctx.status === 200 && op.tamper.token) {
      op.tamper.token(ctx.body, new URLSearchParams(entry.body));
    }
    if (ctx.path === "/.well-known/openid-configuration" && op.tamper.discovery) {
      op.tamper.discovery(ctx.body);
    }
  });
  handler = provider.callback();
  op.close = async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  };
  return op;
}

/** The ID token with its claims rewritten by `edit`; header and signature unchanged. */
function editIdToken(idToken, edit) {
  const [header, payload, signature] = idToken.split(".");
  const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  edit(claims);
  return [header, Buffer.from(JSON.stringify(claims)).toString("base64url"), signature].join(".");
}

const APP_PAGE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><link rel="icon" href="data:," /><title>PKCE attack app</title></head>
  <body>
    <script type="module">
      import * as ory from "/pkg/index.js";
      window.ory = ory;
      window.oryReady = true;
    </script>
  </body>
</html>`;

let browser, spa, op;

before(async () => {
  spa = await startServer({ static: ["/pkg/"] });
  for (const path of ["/app", "/callback"]) {
    spa.route("GET", path, { headers: { "Content-Type": "text/html; charset=utf-8" }, rawBody: APP_PAGE });
  }
  op = await startProvider(spa.origin);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await op?.close();
  await spa?.close();
});

/** Options with `issuer`; `{ basePath }` instead leaves the issuer to discovery. */
function clientOptions(extra = {}) {
  return { issuer: op.issuer, clientId: CLIENT_ID, redirectUri: `${spa.origin}/callback`, scope: "openid", ...extra };
}

async function waitReady(page) {
  await page.waitForFunction(() => window.oryReady === true, null, { timeout: 15000 });
}

/** Runs `body` in the page with the page's OAuth2PkceClient (made on first use); an error comes back as data. */
function inPage(page, options, body, arg) {
  return page.evaluate(
    async ({ options, body, arg }) => {
      window.client ??= new window.ory.OAuth2PkceClient(options);
      try {
        // eslint-disable-next-line no-new-func
        return { ok: true, value: await new Function("client", "arg", `return (async () => { ${body} })();`)(window.client, arg) };
      } catch (error) {
        return {
          ok: false,
          error: { isOryError: error instanceof window.ory.OryError, kind: error.kind, message: error.message, string: String(error) },
        };
      }
    },
    { options, body, arg },
  );
}

function ok(outcome) {
  if (!outcome.ok) assert.fail(`expected success, got ${JSON.stringify(outcome.error)}`);
  return outcome.value;
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
  await page.waitForSelector('input[name="login"]');
  await page.fill('input[name="login"]', "ada");
  await page.fill('input[name="password"]', "any password");
  await page.click('button[type="submit"]');
  await page.waitForSelector('input[name="prompt"][value="consent"]', { state: "attached" });
  await page.click('button[type="submit"]');
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
