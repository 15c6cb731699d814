// ory-wasm/server in Node: the helpers on Web-standard Request/Response, against the emulator
// (real CSRF and session cookies, real Set-Cookie) and, for the failures, the recording server.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, beforeEach, describe, it } from "node:test";

import { Configuration, FrontendApi, OryError } from "../../pkg/index.js";
import * as fromRoot from "../../pkg/index.js";
import * as server from "../../pkg/server.js";
import * as portable from "../../pkg/portable/server.js";
import { createFlow, getFlow, getSession, relayCookies, requireSession } from "../../pkg/server.js";
import { buildEmulator, freePort, freshTotp, startEmulator } from "../e2e/support.mjs";
import { startServer } from "../support/recording-server.mjs";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "shared", "kratos", "fixtures");
const UI = "http://localhost:4455";
const APP = "https://app.example";
let emulator, ory, recording;

before(async () => {
  buildEmulator();
  emulator = await startEmulator({ uiUrl: UI, publicPort: await freePort() });
  ory = new FrontendApi(new Configuration({ basePath: emulator.publicUrl }));
  recording = await startServer();
});

after(async () => {
  await emulator?.stop();
  await recording?.close();
});

beforeEach(() => recording.reset());

/** The `name=value` pairs of Set-Cookie lines, as a browser would send them back. */
const cookieHeader = (setCookies) => setCookies.map((line) => line.split(";")[0]).join("; ");
const request = (headers = {}, url = `${APP}/dashboard?tab=2`) => new Request(url, { headers });
let users = 0;
const newUser = () => ({ email: `server-${Date.now()}-${++users}@example.com`, password: "a server-side passphrase 42" });

/** Signs up with the password method as a browser would: returns the visitor's cookie header. */
async function signUpBrowser() {
  const { email, password } = newUser();
  const { flow, headers } = await createFlow(request(), ory, "registration");
  const csrf = flow.ui.nodes.find((node) => node.attributes.name === "csrf_token").attributes.value;
  const { raw } = await ory.updateRegistrationFlowRaw({
    flow: flow.id,
    cookie: cookieHeader(headers.getSetCookie()),
    updateRegistrationFlowBody: { method: "password", password, traits: { email }, csrf_token: csrf },
  });
  const session = raw.headers.getSetCookie().find((line) => line.startsWith("ory_kratos_session="));
  assert.ok(session, `no session cookie in ${raw.headers.getSetCookie()}`);
  return { cookie: cookieHeader([session]), email, password };
}

/**
 * Signs in with the password method as a browser would (the form posted as JSON): returns the
 * visitor's new cookie header. With a second factor set up, Kratos answers 422 (the browser must
 * go on to the aal2 sign-in) and sets the aal1 session cookie: plain fetch reads both.
 */
async function signInBrowser(email, password) {
  const { flow, headers } = await createFlow(request(), ory, "login");
  const csrf = flow.ui.nodes.find((node) => node.attributes.name === "csrf_token").attributes.value;
  const answer = await fetch(`${emulator.publicUrl}/self-service/login?flow=${flow.id}`, {
    method: "POST",
    headers: { accept: "application/json", "content-type": "application/json", cookie: cookieHeader(headers.getSetCookie()) },
    body: JSON.stringify({ method: "password", identifier: email, password, csrf_token: csrf }),
  });
  assert.equal(answer.status, 422, await answer.clone().text());
  const session = answer.headers.getSetCookie().find((line) => line.startsWith("ory_kratos_session="));
  assert.ok(session, `no session cookie in ${answer.headers.getSetCookie()}`);
  return cookieHeader([session]);
}

/** Signs up through a native flow: returns the session token. */
async function signUpNative() {
  const { email, password } = newUser();
  const native = new FrontendApi(new Configuration({ basePath: emulator.publicUrl, mode: "native" }));
  const flow = await native.createNativeRegistrationFlow({});
  const done = await native.updateRegistrationFlow({ flow: flow.id, updateRegistrationFlowBody: { method: "password", password, traits: { email } } });
  assert.equal(typeof done.session_token, "string");
  return { token: done.session_token, email };
}

describe("exports", () => {
  it("ory-wasm/server and its portable twin export the helpers; ory-wasm does not (subpath only)", () => {
    for (const name of ["createFlow", "getFlow", "getSession", "relayCookies", "requireSession"]) {
      assert.equal(typeof server[name], "function", name);
      assert.equal(typeof portable[name], "function", name);
      assert.equal(fromRoot[name], undefined, name);
    }
  });
});

describe("getSession", () => {
  it("forwards the request's cookies and resolves to the session", async () => {
    const { cookie, email } = await signUpBrowser();
    const session = await getSession(request({ cookie: `theme=dark; ${cookie}` }), ory);
    assert.equal(session.identity.traits.email, email);
    assert.equal(session.active, true);
  });

  it("forwards Authorization: Bearer and X-Session-Token as the session token", async () => {
    const { token, email } = await signUpNative();
    assert.equal((await getSession(request({ authorization: `Bearer ${token}` }), ory)).identity.traits.email, email);
    assert.equal((await getSession(request({ "x-session-token": token }), ory)).identity.traits.email, email);
  });

  it("is null for a visitor without a session, and asks nothing without credentials", async () => {
    assert.equal(await getSession(request({ cookie: "ory_kratos_session=not-a-session" }), ory), null);
    assert.equal(await getSession(request({ authorization: "Bearer ory_st_unknown" }), ory), null);
    const api = new FrontendApi(new Configuration({ basePath: recording.origin }));
    assert.equal(await getSession(request(), api), null);
    assert.equal(await getSession(request({ authorization: "Basic dXNlcjpwdw==" }), api), null);
    assert.equal(recording.requests.length, 0);
  });

  it("sends what Kratos reads first: X-Session-Token, then the cookies, never both", async () => {
    const api = new FrontendApi(new Configuration({ basePath: recording.origin }));
    recording.route("GET", "/sessions/whoami", { body: { id: "s1", active: true } });
    await getSession(request({ cookie: "ory_kratos_session=c", "x-session-token": "t1", authorization: "Bearer t2" }), api);
    await getSession(request({ cookie: "ory_kratos_session=c", authorization: "Bearer t2" }), api);
    const [first, second] = recording.requests;
    assert.equal(first.headers["x-session-token"], "t1");
    assert.equal(first.headers.cookie, undefined);
    assert.equal(second.headers.cookie, "ory_kratos_session=c");
    assert.equal(second.headers["x-session-token"], undefined);
  });

  it("rejects with every other failure", async () => {
    const api = new FrontendApi(new Configuration({ basePath: recording.origin }));
    recording.route("GET", "/sessions/whoami", { status: 502, rawBody: "<html>bad gateway</html>", headers: { "Content-Type": "text/html" } });
    await assert.rejects(getSession(request({ cookie: "a=b" }), api), (error) => error instanceof OryError && error.kind === "http" && error.status === 502);
    recording.route("GET", "/sessions/whoami", {
      status: 403,
      body: { error: { id: "session_aal2_required", code: 403, status: "Forbidden", message: "aal2" }, redirect_browser_to: `${recording.origin}/self-service/login/browser?aal=aal2` },
    });
    await assert.rejects(getSession(request({ cookie: "a=b" }), api), (error) => error.kind === "session_aal2_required");
  });
});

describe("createFlow and getFlow", () => {
  it("createFlow forwards the cookies and returnTo, and hands over every Set-Cookie", async () => {
    const { flow, headers } = await createFlow(request({ cookie: "theme=dark" }), ory, "login", { returnTo: `${UI}/after` });
    assert.equal(flow.type, "browser");
    assert.equal(flow.return_to, `${UI}/after`);
    const cookies = headers.getSetCookie();
    assert.ok(cookies.some((line) => line.startsWith("csrf_token_")), `the CSRF cookie: ${cookies}`);
    // The same flow, read back with the cookies the browser would now send.
    const again = await getFlow(request({ cookie: cookieHeader(cookies) }), ory, "login", flow.id);
    assert.equal(again.flow.id, flow.id);
    assert.ok(again.headers instanceof Headers);
  });

  it("every flow type, and a settings flow with the visitor's session", async () => {
    for (const type of ["login", "registration", "recovery", "verification"]) {
      assert.equal((await createFlow(request(), ory, type)).flow.id.length, 36, type);
    }
    await assert.rejects(createFlow(request(), ory, "settings"), (error) => error.kind === "session_inactive");
    const { cookie, email } = await signUpBrowser();
    const { flow } = await createFlow(request({ cookie }), ory, "settings");
    assert.equal(flow.identity.traits.email, email);
    assert.equal((await getFlow(request({ cookie }), ory, "settings", flow.id)).flow.id, flow.id);
  });

  it("refuses an unknown flow type, and Kratos' errors reject", async () => {
    await assert.rejects(createFlow(request(), ory, "logout"), (error) => error.kind === "invalid_argument");
    await assert.rejects(getFlow(request(), ory, "toString", "x"), (error) => error.kind === "invalid_argument");
    const { cookie } = await signUpBrowser();
    await assert.rejects(createFlow(request({ cookie }), ory, "login"), (error) => error.kind === "session_already_available");
  });

  it("relayCookies appends every Set-Cookie to the app's Response", async () => {
    const created = await createFlow(request(), ory, "registration");
    const response = Response.json({ id: created.flow.id }, { headers: { "set-cookie": "app=1; Path=/" } });
    assert.equal(relayCookies(created, response), response);
    assert.deepEqual(response.headers.getSetCookie(), ["app=1; Path=/", ...created.headers.getSetCookie()]);
    const headers = relayCookies(created.headers, new Headers());
    assert.deepEqual(headers.getSetCookie(), created.headers.getSetCookie());
    assert.throws(() => relayCookies(created, {}), (error) => error.kind === "invalid_argument");
  });
});

describe("requireSession", () => {
  it("resolves to the session of a signed-in visitor", async () => {
    const { cookie, email } = await signUpBrowser();
    const { session, redirect } = await requireSession(request({ cookie }), ory, { loginUrl: "/login" });
    assert.equal(session.identity.traits.email, email);
    assert.equal(redirect, undefined);
  });

  it("redirects (303) to the login URL with return_to when the request URL is allowed", async () => {
    const cases = [
      // [loginUrl, allowedReturnUrls, expected Location]
      ["/login", [], `${APP}/login?return_to=${encodeURIComponent(`${APP}/dashboard?tab=2`)}`],
      [`${APP}/auth/login?x=1`, [], `${APP}/auth/login?x=1&return_to=${encodeURIComponent(`${APP}/dashboard?tab=2`)}`],
      // The login page on Kratos' origin: the app must be listed.
      [`${UI}/login`, [], `${UI}/login`],
      [`${UI}/login`, [`${APP}/dashboard`], `${UI}/login?return_to=${encodeURIComponent(`${APP}/dashboard?tab=2`)}`],
      [`${UI}/login`, ["https://*.example"], `${UI}/login?return_to=${encodeURIComponent(`${APP}/dashboard?tab=2`)}`],
      [`${UI}/login`, [`${APP}/dash`], `${UI}/login`],
      [`${UI}/login`, ["http://app.example"], `${UI}/login`],
    ];
    for (const [loginUrl, allowedReturnUrls, location] of cases) {
      const { session, redirect } = await requireSession(request({ cookie: "ory_kratos_session=gone" }), ory, { loginUrl, allowedReturnUrls });
      assert.equal(session, undefined);
      assert.ok(redirect instanceof Response);
      assert.equal(redirect.status, 303);
      assert.equal(redirect.headers.get("location"), location, `${loginUrl} ${allowedReturnUrls}`);
    }
  });

  it("a request URL with a spoofed or odd host is not put into return_to", async () => {
    const api = new FrontendApi(new Configuration({ basePath: recording.origin }));
    for (const url of ["https://evil.example/dashboard", "https://app.example.evil.example/", "http://app.example/"]) {
      const { redirect } = await requireSession(request({}, url), api, { loginUrl: `${APP}/login` });
      assert.equal(redirect.headers.get("location"), `${APP}/login`, url);
    }
    assert.equal(recording.requests.length, 0);
  });

  it("a session without its second factor goes to Kratos' aal2 sign-in, with return_to by the same rule", async () => {
    const { cookie, email, password } = await signUpBrowser();
    // Add an authenticator app (TOTP) in a settings flow, as the browser would.
    const { flow, headers } = await createFlow(request({ cookie }), ory, "settings");
    const csrf = flow.ui.nodes.find((node) => node.attributes.name === "csrf_token").attributes.value;
    const secret = flow.ui.nodes.find((node) => node.attributes.id === "totp_secret_key").attributes.text.context.secret;
    const settingsCookie = `${cookie}; ${cookieHeader(headers.getSetCookie())}`;
    await ory.updateSettingsFlow({
      flow: flow.id,
      cookie: settingsCookie,
      updateSettingsFlowBody: { method: "totp", totp_code: await freshTotp(secret), csrf_token: csrf },
    });
    // A new sign-in with the password alone: an aal1 session, which Kratos' whoami refuses.
    const aal1 = await signInBrowser(email, password);
    const cases = [
      // [loginUrl, allowedReturnUrls, the return_to added to Kratos' target]
      [`${APP}/login`, [], `${APP}/dashboard?tab=2`],
      [`${UI}/login`, [`${APP}/dashboard`], `${APP}/dashboard?tab=2`],
      [`${UI}/login`, [], null],
    ];
    for (const [loginUrl, allowedReturnUrls, returnTo] of cases) {
      const { session, redirect } = await requireSession(request({ cookie: aal1 }), ory, { loginUrl, allowedReturnUrls });
      assert.equal(session, undefined);
      assert.equal(redirect.status, 303);
      assert.equal(redirect.headers.get("cache-control"), "private, no-store");
      const target = new URL(redirect.headers.get("location"));
      assert.equal(`${target.origin}${target.pathname}`, `${emulator.publicUrl}/self-service/login/browser`);
      assert.equal(target.searchParams.get("aal"), "aal2");
      assert.equal(target.searchParams.get("return_to"), returnTo, `${loginUrl} ${allowedReturnUrls}`);
    }
    // Kratos' target is real: following it with the cookies starts the second-factor sign-in
    // (from a page on the UI's origin, a return_to this Kratos allows).
    const page = request({ cookie: aal1 }, `${UI}/dashboard?tab=2`);
    const target = (await requireSession(page, ory, { loginUrl: "/login" })).redirect.headers.get("location");
    const secondFactor = await fetch(target, { headers: { cookie: aal1, accept: "application/json" } });
    assert.equal(secondFactor.status, 200);
    const started = await secondFactor.json();
    assert.equal(started.requested_aal, "aal2");
    assert.equal(started.return_to, `${UI}/dashboard?tab=2`);
    assert.ok(started.ui.nodes.some((node) => node.attributes.name === "totp_code"));
  });

  it("the aal2 redirect: Kratos' captured 403 body, through the recording server", async () => {
    const api = new FrontendApi(new Configuration({ basePath: recording.origin }));
    const body = JSON.parse(readFileSync(join(fixtures, "v0", "error-session-aal2-required-403.json"), "utf8"));
    recording.route("GET", "/sessions/whoami", { status: 403, body });
    const { redirect } = await requireSession(request({ cookie: "ory_kratos_session=aal1" }), api, { loginUrl: "/login" });
    assert.equal(
      redirect.headers.get("location"),
      `http://127.0.0.1:4433/self-service/login/browser?aal=aal2&return_to=${encodeURIComponent(`${APP}/dashboard?tab=2`)}`,
    );
    // A target that is not an http(s) URL is no target: the error rejects as it came.
    recording.route("GET", "/sessions/whoami", { status: 403, body: { error: { ...body.error, details: { redirect_browser_to: "javascript:alert(1)" } }, redirect_browser_to: "javascript:alert(1)" } });
    await assert.rejects(
      requireSession(request({ cookie: "ory_kratos_session=aal1" }), api, { loginUrl: "/login" }),
      (error) => error instanceof OryError && error.kind === "session_aal2_required" && error.redirectBrowserTo === undefined,
    );
  });

  it("rejects other failures and bad options", async () => {
    const api = new FrontendApi(new Configuration({ basePath: recording.origin }));
    recording.route("GET", "/sessions/whoami", { status: 500, body: { error: { code: 500, status: "Internal Server Error", message: "db down" } } });
    await assert.rejects(requireSession(request({ cookie: "a=b" }), api, { loginUrl: "/login" }), (error) => error.status === 500);
    await assert.rejects(requireSession(request(), api, {}), (error) => error.kind === "invalid_argument");
    await assert.rejects(requireSession(request(), api, { loginUrl: "javascript:alert(1)" }), (error) => error.kind === "invalid_argument");
    await assert.rejects(requireSession(request(), api, { loginUrl: "/login", allowedReturnUrls: ["https://*.*.example"] }), (error) => error.kind === "invalid_argument");
  });
});
