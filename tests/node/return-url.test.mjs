// The navigation rule written again in JavaScript for the server helpers and the session store
// (js/return-url.js): the cases of the Rust tests it mirrors (src/ui/navigation.rs
// page_targets_stay_on_known_origins, src/url.rs allowed_urls_compare_origin_and_path_prefix,
// wildcards_allow_subdomains_only, bad_patterns_are_errors).
import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { allowedReturnUrl } from "../../pkg/return-url.js";

const allows = (pattern, url) => allowedReturnUrl(url, { allowedReturnUrls: [pattern] }) !== null;

describe("allowedReturnUrl", () => {
  it("page targets stay on known origins", () => {
    const policy = { origins: ["https://app.example", "https://auth.example"], allowedReturnUrls: ["https://partner.example/app"] };
    for (const [target, expected] of [
      ["https://app.example/after", "https://app.example/after"],
      ["https://auth.example/ui/welcome", "https://auth.example/ui/welcome"],
      ["https://partner.example/app/x", "https://partner.example/app/x"],
      ["/dashboard?tab=1", "https://app.example/dashboard?tab=1"],
      ["https://partner.example/apple", null],
      ["https://evil.example/", null],
      ["https://app.example.evil.example/", null],
      ["https://app.example@evil.example/", null],
      ["https://app.example\\@evil.example/", null],
      ["//evil.example/", null],
      ["/\\evil.example/", null],
      ["/\tevil", null],
      ["javascript:alert(1)", null],
      ["data:text/html,x", null],
      ["blob:https://app.example/1", null],
      ["file:///etc/passwd", null],
      ["http://app.example/", null],
      ["https://app.example:8443/", null],
      ["dashboard", null],
      // Hosts the URL parser would rewrite.
      ["https://0x7f.1/", null],
      ["https://%61pp.example/", null],
      ["https://äpp.example/", null],
      [" https://app.example/", null],
      [undefined, null],
    ]) {
      assert.equal(allowedReturnUrl(target, policy), expected, String(target));
    }
  });

  it("allowed URLs compare origin and path prefix", () => {
    assert.ok(allows("https://app.example", "https://app.example"));
    assert.ok(allows("https://app.example", "https://APP.example/any/path?q#f"));
    assert.ok(allows("https://app.example/", "https://app.example:443/x"));
    assert.ok(allows("https://app.example:443", "https://app.example/x"));
    assert.ok(!allows("https://app.example", "http://app.example/"));
    assert.ok(!allows("https://app.example", "https://app.example:8443/"));
    assert.ok(!allows("https://app.example", "https://app.example.evil/"));
    assert.ok(!allows("https://app.example", "https://evilapp.example/"));
    assert.ok(!allows("http://[::1]", "http://[::2]/"));
    assert.ok(allows("http://[::1]:4455", "http://[0::1]:4455/x"));
    for (const path of ["/app", "/app?q", "/app/", "/app/x", "/app/./x", "/app/x/.."]) {
      assert.ok(allows("https://a.example/app", `https://a.example${path}`), path);
      assert.ok(allows("https://a.example/app/", `https://a.example${path}`), path);
    }
    for (const path of [
      "/apple",
      "/",
      "",
      "?app",
      "/app/../admin",
      "/app/%2e%2e/admin",
      "/app/.%2E/admin",
      "/app/..",
      "/app/..;/admin",
      "/app%2f..%2fadmin",
      "/app/%2F../admin",
      "/app%5c../admin",
      "/x/app",
      "/App",
    ]) {
      assert.ok(!allows("https://a.example/app", `https://a.example${path}`), path);
    }
    assert.ok(allows("https://a.example", "https://a.example/a%2Fb"));
  });

  it("wildcards allow subdomains only", () => {
    const pattern = "https://*.example.com/app";
    assert.ok(allows(pattern, "https://a.example.com/app"));
    assert.ok(allows(pattern, "https://a.b.example.com/app/x"));
    assert.ok(allows(pattern, "HTTPS://A.EXAMPLE.COM/app"));
    assert.ok(!allows(pattern, "https://example.com/app"));
    assert.ok(!allows(pattern, "https://.example.com/app"));
    assert.ok(!allows(pattern, "https://aexample.com/app"));
    assert.ok(!allows(pattern, "https://a.example.com.evil/app"));
    assert.ok(!allows(pattern, "https://a.example.com/other"));
    assert.ok(!allows(pattern, "http://a.example.com/app"));
    assert.ok(!allows(pattern, "https://a.example.com:8443/app"));
    assert.ok(allows("https://*.example.com:8443", "https://a.example.com:8443/"));
  });

  it("bad patterns are errors", () => {
    for (const pattern of [
      "",
      "*.example.com",
      "javascript:alert(1)",
      "https://*example.com",
      "https://a.*.example.com",
      "https://*.*.example.com",
      "https://*.127.0.0.1",
      "https://*.[::1]",
      "https://*..example.com",
      "https://x.example/app?x",
      "https://x.example/app#x",
      "https://x.example/app/../admin",
      "https://x.example/a%2fb",
      "https://user@x.example",
      "https://x.example\\@evil",
      " https://x.example",
      42,
    ]) {
      assert.throws(() => allowedReturnUrl("https://x.example/", { allowedReturnUrls: [pattern] }), (error) => error.kind === "invalid_argument", String(pattern));
    }
    assert.throws(() => allowedReturnUrl("https://x.example/", { allowedReturnUrls: "https://x.example" }), (error) => error.kind === "invalid_argument");
  });
});
