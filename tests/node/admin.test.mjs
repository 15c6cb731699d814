// Every operation of the API surface (all 97 rows of ../shared/api-surface.md) through the built
// package in Node, where the admin APIs are meant to run: each row is called once with the v1
// request object and once with V0alpha2Api's positional arguments against the recording server,
// and the recorded request is checked against that operation's OpenAPI spec — method, path
// (parameters escaped), query names and values, header parameters, credentials (API key, access
// token, client credentials or none), the JSON body or form fields — and the answer, sampled from
// the spec's response schema (its example where there is one), must come back parsed.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, beforeEach, describe, it } from "node:test";

import * as ory from "../../pkg/index.js";
import { buildCall, surfaceCases, surfaceRows } from "../support/api-surface.mjs";
import { startServer } from "../support/recording-server.mjs";

const { Configuration, OryError } = ory;

const API_KEY = "ory_pat_AdminApiKey123";
const ACCESS_TOKEN = "ory_at_UserAccessToken456";
const CLIENT_ID = "client id:1";
const CLIENT_SECRET = "s3cret/&=+";
// RFC 6749 §2.3.1: id and secret are form-encoded before they are joined and base64-encoded.
const BASIC = `Basic ${Buffer.from(`${encodeURIComponent(CLIENT_ID)}:${encodeURIComponent(CLIENT_SECRET)}`).toString("base64")}`;
const EXPECTED_AUTH = {
  none: undefined,
  apiKey: `Bearer ${API_KEY}`,
  accessToken: `Bearer ${ACCESS_TOKEN}`,
  clientCredentials: BASIC,
};

const CLASSES = ["FrontendApi", "IdentityApi", "CourierApi", "OAuth2Api", "OidcApi", "JwkApi", "WellknownApi", "ProjectApi"];

let api;
before(async () => {
  api = await startServer();
});
after(async () => {
  await api?.close();
});
beforeEach(() => api.reset());

const configuration = () =>
  new Configuration({
    basePath: api.origin,
    apiKey: API_KEY,
    accessToken: ACCESS_TOKEN,
    username: CLIENT_ID,
    password: CLIENT_SECRET,
  });

/** The class of the package that has the v1 method (exactly one must). */
function classWith(name) {
  const owners = CLASSES.filter((cls) => typeof ory[cls]?.prototype?.[name] === "function");
  assert.equal(owners.length, 1, `${name} must be a method of exactly one class, found: ${owners.join(", ") || "none"}`);
  return owners[0];
}

function assertRecorded(testCase, recorded, expect) {
  const where = `row ${testCase.row} (${testCase.method} ${testCase.path}): ${recorded.method} ${recorded.path}${recorded.search}`;
  assert.equal(recorded.method, testCase.method, `method of ${where}`);
  assert.equal(recorded.path, expect.path, `path of ${where}`);
  assert.deepEqual(recorded.query, expect.query, `query of ${where}`);
  assert.equal(recorded.headers.accept, "application/json", `Accept of ${where}`);
  for (const [name, value] of Object.entries(expect.headers)) {
    assert.equal(recorded.headers[name], value, `header ${name} of ${where}`);
  }
  assert.equal(recorded.headers.authorization, EXPECTED_AUTH[testCase.auth], `Authorization of ${where} (${testCase.auth})`);
  for (const secret of [API_KEY, ACCESS_TOKEN, CLIENT_SECRET, encodeURIComponent(CLIENT_SECRET)]) {
    assert.ok(!decodeURIComponent(recorded.path + recorded.search).includes(secret), `a credential is in the URL of ${where}`);
  }
  if (expect.form) {
    assert.equal(recorded.headers["content-type"], "application/x-www-form-urlencoded", `Content-Type of ${where}`);
    assert.deepEqual(Object.fromEntries(new URLSearchParams(recorded.rawBody)), expect.form, `form body of ${where}`);
    // Every value holds a space, `&`, `=` and `+`: percent-encoded, none of them is raw.
    assert.equal(recorded.rawBody.split("&").length, Object.keys(expect.form).length, `form body of ${where} is percent-encoded`);
    assert.ok(!/[ +]/.test(recorded.rawBody), `form body of ${where} is percent-encoded`);
  } else if (expect.body !== undefined) {
    assert.match(recorded.headers["content-type"] ?? "", /^application\/json\b/, `Content-Type of ${where}`);
    assert.deepEqual(recorded.body, expect.body, `JSON body of ${where}`);
  } else {
    assert.equal(recorded.rawBody, "", `${where} must have no body`);
    assert.equal(recorded.headers["content-type"], undefined, `${where} has no body, so no Content-Type`);
  }
}

const cases = surfaceCases();

describe("the API surface", () => {
  it("has 97 rows, each with a case", () => {
    assert.equal(surfaceRows().length, 97);
    assert.equal(cases.length, 97);
    assert.deepEqual(
      cases.map((c) => c.row),
      Array.from({ length: 97 }, (_, i) => i + 1),
    );
  });

  it("names a v1 method for every row and a V0alpha2Api method for every row that has one", () => {
    const v1Names = new Set();
    for (const testCase of cases) {
      classWith(testCase.v1.name);
      assert.ok(!v1Names.has(testCase.v1.name), `${testCase.v1.name} twice`);
      v1Names.add(testCase.v1.name);
      if (testCase.v0) assert.equal(typeof ory.V0alpha2Api.prototype[testCase.v0.name], "function", testCase.v0.name);
    }
    // Only the token exchange is new in v1.
    assert.deepEqual(cases.filter((c) => !c.v0).map((c) => c.v1.name), ["exchangeSessionToken"]);
  });

  it("is exactly the endpoint declarations the classes are generated from, under the same names", () => {
    const declared = JSON.parse(readFileSync(new URL("../../js/operations.json", import.meta.url), "utf8"));
    const key = (method, path) => `${method} ${path}`;
    const rows = new Map(cases.map((c) => [key(c.method, c.path), c]));
    assert.equal(declared.length, rows.size, "one declaration per row");
    for (const op of declared) {
      const testCase = rows.get(key(op.method, op.path));
      assert.ok(testCase, `${op.method} ${op.path} is declared but not a row of the API surface`);
      assert.equal(op.v1, testCase.v1.name);
      assert.equal(classWith(op.v1), op.class);
      assert.equal(op.v0alpha2?.name, testCase.v0?.name);
    }
  });
});

for (const testCase of cases) {
  describe(`row ${testCase.row}: ${testCase.method} ${testCase.path}`, () => {
    it(`${classWith(testCase.v1.name)}.${testCase.v1.name} (request object)`, async () => {
      const { args, expect } = buildCall(testCase, "v1");
      api.route(testCase.method, expect.path, testCase.answer.route);
      const client = new ory[classWith(testCase.v1.name)](configuration());
      const value = await client[testCase.v1.name](...args);
      assert.equal(api.requests.length, 1, "exactly one request");
      assertRecorded(testCase, api.requests[0], expect);
      assert.deepEqual(value, testCase.answer.value, "the answer, parsed");
    });

    if (testCase.v0) {
      it(`V0alpha2Api.${testCase.v0.name} (positional)`, async () => {
        const { args, expect } = buildCall(testCase, "v0");
        api.route(testCase.method, expect.path, testCase.answer.route);
        const client = new ory.V0alpha2Api(configuration());
        const response = await client[testCase.v0.name](...args);
        assert.equal(api.requests.length, 1, "exactly one request");
        assertRecorded(testCase, api.requests[0], expect);
        assert.equal(response.status, testCase.answer.status);
        assert.deepEqual(response.data, testCase.answer.value, "the answer, parsed");
      });
    }
  });
}

describe("credentials", () => {
  it("without credentials in the configuration, admin calls send no Authorization (the server answers 401)", async () => {
    api.route("GET", "/admin/identities", { status: 401, body: { error: { code: 401, status: "Unauthorized", message: "no key" } } });
    const identities = new ory.IdentityApi(new Configuration({ basePath: api.origin }));
    await assert.rejects(identities.listIdentities(), (error) => error instanceof OryError && error.status === 401);
    assert.equal(api.requests[0].headers.authorization, undefined);
  });

  it("an API key sent with a Bearer prefix is not doubled; cookies never go along", async () => {
    api.route("GET", "/projects", { body: [] });
    await new ory.ProjectApi(new Configuration({ basePath: api.origin, apiKey: `Bearer ${API_KEY}` })).listProjects();
    assert.equal(api.requests[0].headers.authorization, `Bearer ${API_KEY}`);
    assert.equal(api.requests[0].headers.cookie, undefined);
  });

  it("credential options must be strings, and no error message repeats a credential", async () => {
    for (const option of ["apiKey", "accessToken", "username", "password"]) {
      assert.throws(
        () => new ory.IdentityApi(new Configuration({ basePath: api.origin, [option]: () => "secret-fn" })),
        (error) => error instanceof OryError && error.kind === "invalid_argument" && error.message.includes(option),
      );
    }
    const identities = new ory.IdentityApi(new Configuration({ basePath: api.origin, apiKey: "bad\nkey-secret" }));
    await assert.rejects(identities.listIdentities(), (error) => error.kind === "invalid_argument" && !error.message.includes("key-secret"));
    assert.equal(api.requests.length, 0);
  });

  it("extendSession resolves to undefined on 204 and to the session on 200", async () => {
    const identities = new ory.IdentityApi(configuration());
    api.route("PATCH", "/admin/sessions/s1/extend", { status: 204 });
    assert.equal(await identities.extendSession({ id: "s1" }), undefined);
    api.route("PATCH", "/admin/sessions/s1/extend", { body: { id: "s1", active: true } });
    assert.deepEqual(await identities.extendSession({ id: "s1" }), { id: "s1", active: true });
    api.route("PATCH", "/admin/sessions/s1/extend", { body: { active: true } });
    await assert.rejects(identities.extendSession({ id: "s1" }), (error) => error.kind === "decode");
  });

  it("a JSON Patch body is an array, sent as given", async () => {
    api.route("PATCH", "/admin/identities/i1", { body: { id: "i1" } });
    const patch = [{ op: "replace", path: "/state", value: "inactive" }];
    await new ory.IdentityApi(configuration()).patchIdentity({ id: "i1", jsonPatch: patch });
    assert.deepEqual(api.requests[0].body, patch);
  });
});
