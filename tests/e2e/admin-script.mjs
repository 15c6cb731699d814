// A plain Node script (no test runner) using the built package for server-side identity
// administration, the way a backend job would: native mode (no cookies), the admin API key from
// the environment. Run by tests/e2e/admin.test.mjs against the emulator; usable by hand too:
//
//   ORY_ADMIN_URL=http://127.0.0.1:4434 ORY_API_KEY=… node tests/e2e/admin-script.mjs
//
// Prints one JSON line describing what it did; exits non-zero on the first failure.
import { Configuration, FrontendApi, IdentityApi, OryError } from "../../pkg/index.js";

const adminUrl = process.env.ORY_ADMIN_URL;
const publicUrl = process.env.ORY_PUBLIC_URL;
const apiKey = process.env.ORY_API_KEY;
if (!adminUrl || !publicUrl) {
  console.error("set ORY_ADMIN_URL and ORY_PUBLIC_URL");
  process.exit(2);
}

// Watch what the package hands to fetch: native mode must never ask for cookies.
const seen = { calls: 0, credentials: new Set(), cookieHeaders: 0 };
const realFetch = globalThis.fetch;
globalThis.fetch = (input, init = {}) => {
  seen.calls += 1;
  seen.credentials.add(init.credentials ?? "(default)");
  if (init.headers && new Headers(init.headers).has("cookie")) seen.cookieHeaders += 1;
  return realFetch(input, init);
};

const identities = new IdentityApi(new Configuration({ basePath: adminUrl, apiKey, mode: "native", timeoutMs: 10000 }));
const frontend = new FrontendApi(new Configuration({ basePath: publicUrl, mode: "native", timeoutMs: 10000 }));

const email = `script-${process.pid}@example.com`;
const password = "a script-made passphrase 42";
const created = await identities.createIdentity({
  createIdentityBody: {
    schema_id: "default",
    traits: { email, name: { first: "Script", last: "Job" } },
    credentials: { password: { config: { password } } },
  },
});
const fetched = await identities.getIdentity({ id: created.id });

// The identity signs in through a native flow (a session token, no cookie), as an app would.
const flow = await frontend.createNativeLoginFlow();
const login = await frontend.updateLoginFlow({
  flow: flow.id,
  updateLoginFlowBody: { method: "password", identifier: email, password },
});
const sessions = await identities.listIdentitySessions({ id: created.id });
await identities.deleteIdentitySessions({ id: created.id });
let sessionAfterDelete;
try {
  await frontend.toSession({ xSessionToken: login.session_token });
  sessionAfterDelete = "still active";
} catch (error) {
  sessionAfterDelete = error instanceof OryError ? error.kind : String(error);
}
await identities.deleteIdentity({ id: created.id });
let afterDelete;
try {
  await identities.getIdentity({ id: created.id });
  afterDelete = "still there";
} catch (error) {
  afterDelete = error instanceof OryError ? error.status : String(error);
}

console.log(
  JSON.stringify({
    created: created.id,
    fetchedEmail: fetched.traits.email,
    sessionToken: typeof login.session_token === "string" && login.session_token.length > 0,
    sessions: sessions.length,
    sessionAfterDelete,
    afterDelete,
    fetchCalls: seen.calls,
    credentials: [...seen.credentials],
    cookieHeaders: seen.cookieHeaders,
  }),
);
