// Real answers of a certified OpenID Provider (the `oidc-provider` package) for the typed models
// of the OAuth2/OIDC and JWK answers (tests/admin_models.rs): starts the provider on 127.0.0.1
// under Ory's paths, calls discovery, the JWKS, the token endpoint (client credentials), token
// introspection, userinfo, dynamic client registration (create, read, replace, delete) and token
// revocation over real HTTP, prints what each answered as one JSON object on stdout, and exits.
import { createServer } from "node:http";

import Provider from "oidc-provider";

const server = createServer();
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;
const client = { id: "service", secret: "service-secret-that-is-long-enough-for-hs256" };

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: client.id,
      client_secret: client.secret,
      grant_types: ["client_credentials", "authorization_code"],
      response_types: ["code"],
      redirect_uris: ["https://app.example/callback"],
    },
  ],
  routes: {
    authorization: "/oauth2/auth",
    token: "/oauth2/token",
    revocation: "/oauth2/revoke",
    userinfo: "/userinfo",
    jwks: "/.well-known/jwks.json",
    registration: "/oauth2/register",
    introspection: "/admin/oauth2/introspect",
  },
  features: {
    clientCredentials: { enabled: true },
    introspection: { enabled: true },
    revocation: { enabled: true },
    registration: { enabled: true },
    registrationManagement: { enabled: true },
    devInteractions: { enabled: false },
  },
  scopes: ["openid", "email", "api:read"],
  claims: { openid: ["sub"], email: ["email", "email_verified"] },
  async findAccount(_ctx, sub) {
    return { accountId: sub, claims: async () => ({ sub, email: "ada@example.com", email_verified: true }) };
  },
  cookies: { keys: ["oidc-answers-cookie-key"] },
});
// oidc-provider's development-only in-memory adapter and keys are what this one-shot run needs;
// its warnings and notices (on stdout) would corrupt the JSON this script prints.
console.warn = console.info = console.log = () => {};
server.on("request", provider.callback());

const basic = `Basic ${Buffer.from(`${client.id}:${client.secret}`).toString("base64")}`;
const form = { "Content-Type": "application/x-www-form-urlencoded" };
async function call(path, init = {}) {
  const response = await fetch(path.startsWith("http") ? path : `${issuer}${path}`, init);
  const text = await response.text();
  if (!response.ok) throw new Error(`${init.method ?? "GET"} ${path}: ${response.status} ${text}`);
  return JSON.parse(text);
}
// An answer that may have no body (204, or 200 with nothing): its status, type and text.
async function raw(path, init = {}) {
  const response = await fetch(path.startsWith("http") ? path : `${issuer}${path}`, init);
  const body = await response.text();
  if (!response.ok) throw new Error(`${init.method ?? "GET"} ${path}: ${response.status} ${body}`);
  return { status: response.status, content_type: response.headers.get("content-type") ?? "", body };
}

const answers = {};
try {
  answers.discovery = await call("/.well-known/openid-configuration");
  answers.jwks = await call("/.well-known/jwks.json");
  answers.token = await call("/oauth2/token", {
    method: "POST",
    headers: { ...form, Authorization: basic },
    body: new URLSearchParams({ grant_type: "client_credentials", scope: "api:read" }),
  });
  answers.introspection = await call("/admin/oauth2/introspect", {
    method: "POST",
    headers: { ...form, Authorization: basic },
    body: new URLSearchParams({ token: answers.token.access_token }),
  });

  // A user's access token, as the authorization code flow would leave it (a grant, then the
  // token), minted in-process: this script has no browser to log in with.
  const grant = new provider.Grant({ accountId: "ada", clientId: client.id });
  grant.addOIDCScope("openid email");
  const grantId = await grant.save();
  const userToken = new provider.AccessToken({
    accountId: "ada",
    client: await provider.Client.find(client.id),
    grantId,
    gty: "authorization_code",
    scope: "openid email",
  });
  const accessToken = await userToken.save();
  answers.userinfo = await call("/userinfo", { headers: { Authorization: `Bearer ${accessToken}` } });

  answers.registration = await call("/oauth2/register", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      client_name: "Dynamic App",
      redirect_uris: ["https://app.example/callback"],
      grant_types: ["authorization_code"],
      response_types: ["code"],
      token_endpoint_auth_method: "client_secret_basic",
    }),
  });
  answers.registered = await call(answers.registration.registration_client_uri, {
    headers: { Authorization: `Bearer ${answers.registration.registration_access_token}` },
  });
  // Dynamic client management (RFC 7592): replace the client's metadata, then delete it; and
  // revoke the service's token. (`emulator/tests/every_answer.rs` reads these.)
  const { client_id, client_secret } = answers.registration;
  const bearer = { Authorization: `Bearer ${answers.registration.registration_access_token}` };
  answers.updated = await call(answers.registration.registration_client_uri, {
    method: "PUT",
    headers: { ...bearer, "Content-Type": "application/json" },
    body: JSON.stringify({
      client_id,
      client_secret,
      client_name: "Dynamic App, renamed",
      redirect_uris: ["https://app.example/callback"],
      grant_types: ["authorization_code"],
      response_types: ["code"],
      token_endpoint_auth_method: "client_secret_basic",
    }),
  });
  answers.revocation = await raw("/oauth2/revoke", {
    method: "POST",
    headers: { ...form, Authorization: basic },
    body: new URLSearchParams({ token: answers.token.access_token }),
  });
  // The replacement may rotate the registration access token.
  const token = answers.updated.registration_access_token ?? answers.registration.registration_access_token;
  answers.deletion = await raw(answers.registration.registration_client_uri, {
    method: "DELETE",
    headers: { Authorization: `Bearer ${token}` },
  });
  // Written to a pipe, stdout is asynchronous: wait until the answers are out.
  await new Promise((resolve) => process.stdout.write(JSON.stringify(answers), resolve));
} finally {
  server.closeAllConnections();
  server.close();
}
