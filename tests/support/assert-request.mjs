// Assertions on requests recorded by the recording server.
import assert from "node:assert/strict";

/**
 * Checks one recorded request against the contract:
 *   - method, raw path and the exact query (names and decoded values);
 *   - `Accept: application/json` always;
 *   - a JSON body with `Content-Type: application/json`, or no body and no Content-Type;
 *   - `X-Session-Token` only when `sessionToken` is given (and the token never in the URL);
 *   - cookies: `cookie: true` requires a Cookie header, `false` forbids one, a string requires
 *     that `name=value` pair; undefined skips the check.
 */
export function assertRequest(recorded, { method, path, query = {}, body, sessionToken, cookie }) {
  assert.ok(recorded, `no request recorded for ${method} ${path}`);
  const where = `${recorded.method} ${recorded.path}${recorded.search}`;
  assert.equal(recorded.method, method, `method of ${where}`);
  assert.equal(recorded.path, path, `path of ${where}`);
  assert.deepEqual(recorded.query, query, `query of ${where}`);
  assert.equal(recorded.headers.accept, "application/json", `Accept of ${where}`);

  if (body === undefined) {
    assert.equal(recorded.rawBody, "", `${where} must have no body`);
    assert.equal(recorded.headers["content-type"], undefined, `${where} has no body, so no Content-Type`);
  } else {
    assert.match(recorded.headers["content-type"] ?? "", /^application\/json\b/, `Content-Type of ${where}`);
    assert.deepEqual(recorded.body, body, `JSON body of ${where}`);
  }

  if (sessionToken === undefined) {
    assert.equal(recorded.headers["x-session-token"], undefined, `${where} must not send X-Session-Token`);
  } else {
    assert.equal(recorded.headers["x-session-token"], sessionToken, `X-Session-Token of ${where}`);
    assert.ok(!decodeURIComponent(recorded.path + recorded.search).includes(sessionToken), "the session token must never be in the URL");
  }

  if (cookie === true) {
    assert.ok(recorded.headers.cookie, `${where} must carry the cookies (credentials: "include")`);
  } else if (cookie === false) {
    assert.equal(recorded.headers.cookie, undefined, `${where} must not carry cookies (credentials: "omit")`);
  } else if (typeof cookie === "string") {
    const pairs = (recorded.headers.cookie ?? "").split(/;\s*/);
    assert.ok(pairs.includes(cookie), `${where} must carry the cookie ${cookie}; Cookie was ${JSON.stringify(recorded.headers.cookie)}`);
  }
}

/** The only request recorded (asserting there is exactly one). */
export function onlyRequest(server) {
  assert.equal(server.requests.length, 1, `expected exactly one request, got: ${server.requests.map((r) => `${r.method} ${r.path}${r.search}`).join(", ") || "none"}`);
  return server.requests[0];
}
