// A real OpenID Provider for the OAuth2PkceClient tests: the certified `oidc-provider` package on
// 127.0.0.1 with one public client (PKCE, no secret), an in-memory adapter and its development
// login/consent pages; and the SPA that uses the client, served from http://localhost:<port> (so
// that every call to the provider is a real CORS request).
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { Readable } from "node:stream";

import Provider from "oidc-provider";

import { launchBrowser } from "./browser.mjs";
import { startServer } from "./recording-server.mjs";

/** oidc-provider's storage, kept in a Map for the lifetime of the provider. */
function memoryAdapter() {
  const store = new Map();
  const grants = new Map(); // grantId -> keys of its tokens
  const expired = (entry) => entry.expiresAt !== undefined && entry.expiresAt < Date.now();
  return class MemoryAdapter {
    constructor(model) {
      this.model = model;
    }
    key(id) {
      return `${this.model}:${id}`;
    }
    async upsert(id, payload, expiresIn) {
      const key = this.key(id);
      store.set(key, { payload, expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : undefined });
      if (payload.grantId) grants.set(payload.grantId, [...(grants.get(payload.grantId) ?? []), key]);
    }
    async find(id) {
      const entry = store.get(this.key(id));
      if (!entry || expired(entry)) return undefined;
      return entry.payload;
    }
    async findByUid(uid) {
      for (const [key, entry] of store) {
        if (key.startsWith(`${this.model}:`) && entry.payload.uid === uid && !expired(entry)) return entry.payload;
      }
      return undefined;
    }
    async findByUserCode(userCode) {
      for (const [key, entry] of store) {
        if (key.startsWith(`${this.model}:`) && entry.payload.userCode === userCode && !expired(entry)) return entry.payload;
      }
      return undefined;
    }
    async consume(id) {
      const entry = store.get(this.key(id));
      if (entry) entry.payload.consumed = Math.floor(Date.now() / 1000);
    }
    async destroy(id) {
      store.delete(this.key(id));
    }
    async revokeByGrantId(grantId) {
      for (const key of grants.get(grantId) ?? []) store.delete(key);
      grants.delete(grantId);
    }
  };
}

/**
 * Starts oidc-provider on 127.0.0.1 with the public client `clientId`, whose redirect URI is
 * `${spaOrigin}/callback`, under Ory's paths (so that the SDK's endpoint declarations are used as
 * they are).
 *
 * options: `scopes`, `claims` (oidc-provider's claims config), `account(sub)` (the claims of a
 * user), `cookieKey`.
 *
 * Returns { issuer, requests, tamper, close }: `requests` records every request as
 * { method, url, path, headers, body } (the form body of token and revocation calls);
 * `tamper.token(body, form)`, `tamper.discovery(body)` and `tamper.userinfo(body)`, when set, may
 * rewrite the answers of the token endpoint (with the request's form), of the discovery document
 * and of the userinfo endpoint. Assign `op.tamper = {}`
 * to stop tampering.
 */
export async function startProvider(
  spaOrigin,
  { clientId, scopes = ["openid", "offline_access"], claims, account = (sub) => ({ sub }), cookieKey = "oauth2-test-cookie-key" },
) {
  let handler = (_req, res) => res.writeHead(503).end();
  const server = createServer((req, res) => handler(req, res));
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const provider = new Provider(issuer, {
    adapter: memoryAdapter(),
    clients: [
      {
        client_id: clientId,
        token_endpoint_auth_method: "none",
        application_type: "web",
        grant_types: ["authorization_code", "refresh_token"],
        response_types: ["code"],
        redirect_uris: [`${spaOrigin}/callback`],
      },
    ],
    routes: {
      authorization: "/oauth2/auth",
      token: "/oauth2/token",
      revocation: "/oauth2/revoke",
      userinfo: "/userinfo",
    },
    features: {
      devInteractions: { enabled: true },
      revocation: { enabled: true },
    },
    scopes,
    ...(claims ? { claims } : {}),
    async findAccount(_ctx, sub) {
      return {
        accountId: sub,
        async claims() {
          return account(sub);
        },
      };
    },
    cookies: { keys: [cookieKey] },
    pkce: { required: () => true },
  });
  const op = {
    issuer,
    requests: [],
    tamper: {},
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
  provider.use(async (ctx, next) => {
    const entry = { method: ctx.method, url: ctx.url, path: ctx.path, headers: { ...ctx.headers }, body: "" };
    op.requests.push(entry);
    if (ctx.method === "POST" && /^\/oauth2\/(token|revoke)/.test(ctx.path)) {
      // Read the form body for the assertions, then hand oidc-provider an equivalent stream.
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
    if (ctx.path === "/userinfo" && ctx.status === 200 && op.tamper.userinfo) {
      op.tamper.userinfo(ctx.body);
    }
  });
  handler = provider.callback();
  return op;
}

/**
 * The SPA: a recording server that serves /pkg/ and, at /app and /callback, a page titled
 * `title` that loads the package into `window.ory` and then sets `window.oryReady`.
 */
export async function startSpa(title) {
  const page = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><link rel="icon" href="data:," /><title>${title}</title></head>
  <body>
    <p>${title}</p>
    <script type="module">
      import * as ory from "/pkg/index.js";
      window.ory = ory;
      window.oryReady = true;
    </script>
  </body>
</html>`;
  const spa = await startServer({ static: ["/pkg/"] });
  for (const path of ["/app", "/callback"]) {
    spa.route("GET", path, { headers: { "Content-Type": "text/html; charset=utf-8" }, rawBody: page });
  }
  return spa;
}

/**
 * What an OAuth2PkceClient test needs: the SPA (`startSpa(title)`), the provider for it
 * (`startProvider(spa.origin, provider)`) and a browser. Resolves to { spa, op, browser, close };
 * `close()` stops all three.
 */
export async function startOAuth2Test(title, provider) {
  const opened = {
    close: async () => {
      await opened.browser?.close();
      await opened.op?.close();
      await opened.spa?.close();
    },
  };
  try {
    opened.spa = await startSpa(title);
    opened.op = await startProvider(opened.spa.origin, provider);
    opened.browser = await launchBrowser();
  } catch (error) {
    await opened.close();
    throw error;
  }
  return opened;
}

/** Waits until the SPA page has loaded the package. */
export async function waitReady(page) {
  await page.waitForFunction(() => window.oryReady === true, null, { timeout: 15000 });
}

/**
 * Runs `body` (the text of an async function of `client` and `arg`) in the page with the page's
 * OAuth2PkceClient, made from `options` on first use (`storage: "async-local"` gives it an async
 * storage over localStorage). Resolves to { ok: true, value } or, for an error, { ok: false, error }
 * with the error's OryError fields as data.
 */
export function inPage(page, options, body, arg) {
  return page.evaluate(
    async ({ options, body, arg }) => {
      const storage = options.storage === "async-local"
        ? {
            getItem: async (k) => localStorage.getItem(k),
            setItem: async (k, v) => localStorage.setItem(k, v),
            removeItem: async (k) => localStorage.removeItem(k),
          }
        : undefined;
      window.client ??= new window.ory.OAuth2PkceClient({ ...options, storage });
      try {
        // eslint-disable-next-line no-new-func
        return { ok: true, value: await new Function("client", "arg", `return (async () => { ${body} })();`)(window.client, arg) };
      } catch (error) {
        return {
          ok: false,
          error: {
            isOryError: error instanceof window.ory.OryError,
            kind: error.kind,
            status: error.status,
            errorId: error.errorId,
            reason: error.reason,
            message: error.message,
            string: String(error),
          },
        };
      }
    },
    { options, body, arg },
  );
}

/** The value of a successful `inPage` outcome; fails the test otherwise. */
export function ok(outcome) {
  if (!outcome.ok) assert.fail(`expected success, got ${JSON.stringify(outcome.error)}`);
  return outcome.value;
}

/** Fills the provider's development login page as `login` and then consents. */
export async function logInAndConsent(page, login) {
  await page.waitForSelector('input[name="login"]');
  await page.fill('input[name="login"]', login);
  await page.fill('input[name="password"]', "any password");
  await page.click('button[type="submit"]');
  await page.waitForSelector('input[name="prompt"][value="consent"]', { state: "attached" });
  await page.click('button[type="submit"]');
}
