// Load and leaks in one page (issue: reliability and security suite, part 5), headless Chromium:
// 10,000 API calls (with the page's fetch stubbed: see the test) and 1,000 renders do not grow the
// JS heap (measured through CDP after HeapProfiler.collectGarbage) nor the wasm linear memory (the
// `memory` export, reached through wasm-bindgen glue of the render module, `pkg/ory_render.js`,
// whose init returns the already-instantiated exports; the calls run there too, the core module
// is never instantiated) beyond a fixed bound; the same 10,000 calls in a page that imports only
// ory-wasm/core, where they run in the core module and its own allocator; 5,000 updates in place
// of one form do not grow the wasm memory (their time is logged, not asserted: speed is the
// benchmark's); 50 flows submitted at once in one page keep their own flow ids, CSRF tokens,
// typed input and answers.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";

import { launchBrowser } from "../support/browser.mjs";
import { fixture, startServer } from "../support/recording-server.mjs";
import { openRenderPage } from "../support/render.mjs";

let browser, pageServer, api, context, page, cdp;

before(async () => {
  pageServer = await startServer({ static: ["/pkg/", "/tests/browser/"] });
  api = await startServer({ allowOrigins: [pageServer.origin] });
  browser = await launchBrowser();
  ({ context, page } = await openRenderPage(browser, pageServer.origin));
  cdp = await context.newCDPSession(page);
  const idle = await page.evaluate(async () => {
    // The memories of the modules instantiated: with the renderer loaded, FrontendApi's calls
    // run in the render module too, and the core module is never instantiated (js/engine.js).
    window.__wasmMemories = [];
    const idle = [];
    for (const part of ["core", "render"]) {
      const glue = await import(`/pkg/ory_${part}.js`);
      try {
        const exports = await glue.default(); // already initialised by index.js: returns its exports
        window.__wasmMemories.push(exports.memory);
      } catch {
        idle.push(part); // not instantiated: the glue asks for the module
      }
    }
    return idle;
  });
  assert.deepEqual(idle, ["core"], "a page with the renderer never instantiates the core module");
});

after(async () => {
  await browser?.close();
  await api?.close();
  await pageServer?.close();
});

const MB = 1024 * 1024;
// Bounds on growth after a warm-up: a leak of even 200 bytes per call (10,000 calls) or 2 KB
// per render (1,000 renders) exceeds them.
const JS_HEAP_BOUND = 2 * MB;
const WASM_BOUND = 1 * MB;

async function usage(on = { page, cdp }) {
  // Collect, let FinalizationRegistry callbacks run (they free the Rust side of FlowView and
  // other wasm-bindgen objects the page dropped), collect again.
  await on.cdp.send("HeapProfiler.collectGarbage");
  await on.page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
  await on.cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await on.cdp.send("Runtime.getHeapUsage");
  const wasm = await on.page.evaluate(() => window.__wasmMemories.reduce((sum, memory) => sum + memory.buffer.byteLength, 0));
  return { js: usedSize, wasm };
}

function growth(before, afterwards, what) {
  const js = afterwards.js - before.js;
  const wasm = afterwards.wasm - before.wasm;
  console.log(`${what}: JS heap ${(before.js / MB).toFixed(2)} -> ${(afterwards.js / MB).toFixed(2)} MB, wasm memory ${(before.wasm / MB).toFixed(2)} -> ${(afterwards.wasm / MB).toFixed(2)} MB`);
  assert.ok(js < JS_HEAP_BOUND, `${what}: the JS heap grew by ${(js / MB).toFixed(2)} MB`);
  assert.ok(wasm <= WASM_BOUND, `${what}: the wasm memory grew by ${(wasm / MB).toFixed(2)} MB`);
}

const SESSION = fixture("v1/session-whoami.json");
const LOGIN = fixture("v1/login-flow-password-browser.json");

/**
 * `count` toSession calls in the page `on` through its `window.ory` (FrontendApi, Configuration,
 * OryError), 50 in flight, every other one refused.
 *
 * `stub`: the page's global fetch (which the SDK looks up at each call) answers in-page with the
 * same bodies as the server. Chromium's network stack and the Node server manage some 150-300
 * requests a second here, too slow for 10,000 within the suite's time; the stub keeps everything
 * of the SDK (request building, timeouts, abort controllers, body parsing, shape checks,
 * OryError) and takes the network out of the measurement.
 */
function calls(on, count, stub) {
  return on.evaluate(
    async ([basePath, n, stubbed, session, inactive]) => {
      const realFetch = window.fetch;
      if (stubbed) {
        window.fetch = async (input, init) => {
          const headers = new Headers(init?.headers);
          const bad = headers.get("x-session-token") === "bad";
          return new Response(JSON.stringify(bad ? inactive : session), { status: bad ? 401 : 200, headers: { "Content-Type": "application/json" } });
        };
      }
      try {
        const client = new window.ory.FrontendApi(new window.ory.Configuration({ basePath, timeoutMs: 10000 }));
        let ok = 0;
        let failed = 0;
        for (let done = 0; done < n; done += 50) {
          const batch = [];
          for (let i = 0; i < 50; i += 1) {
            batch.push(
              client.toSession(i % 2 ? { xSessionToken: "bad" } : {}).then(
                (value) => (ok += value.id === session.id ? 1 : 0),
                (error) => (failed += error instanceof window.ory.OryError && error.kind === "session_inactive" ? 1 : 0),
              ),
            );
          }
          await Promise.all(batch);
        }
        return { ok, failed };
      } finally {
        window.fetch = realFetch;
      }
    },
    [api.origin, count, stub, SESSION, fixture("v1/error-session-inactive-401.json")],
  );
}

/**
 * Warm-up (1,000 real requests to the server, then 1,000 stubbed), then 10,000 stubbed calls in
 * the page of `on` ({ page, cdp }) that must grow neither its JS heap nor its wasm memory.
 */
async function assertCallsLeaveNoTrace(on) {
  api.route("GET", "/sessions/whoami", (request) =>
    request.headers["x-session-token"] === "bad" ? { status: 401, body: fixture("v1/error-session-inactive-401.json") } : { body: SESSION },
  );
  api.requests.length = 0;
  assert.deepEqual(await calls(on.page, 1000, false), { ok: 500, failed: 500 });
  assert.equal(api.requests.length, 1000);
  assert.deepEqual(await calls(on.page, 1000, true), { ok: 500, failed: 500 });
  api.requests.length = 0;
  const before = await usage(on);
  const started = Date.now();
  const outcome = await calls(on.page, 10_000, true);
  console.log(`10,000 calls in ${Date.now() - started} ms`);
  assert.deepEqual(outcome, { ok: 5000, failed: 5000 }, "every call resolved or rejected with its own answer");
  growth(before, await usage(on), "10,000 calls");
  // And the real transport still works afterwards.
  assert.deepEqual(await calls(on.page, 100, false), { ok: 50, failed: 50 });
}

describe("no leaks", () => {
  it("10,000 calls (successes and errors, 50 in flight)", async () => {
    await assertCallsLeaveNoTrace({ page, cdp });
  });

  // An app that only calls FrontendApi runs its calls in the core module, which has an allocator
  // of its own (feature `small-allocator`, src/lib.rs): the same calls there.
  it("10,000 calls in a page that imports only ory-wasm/core (the core module and its allocator)", async () => {
    const coreContext = await browser.newContext();
    try {
      const corePage = await coreContext.newPage();
      await corePage.goto(`${pageServer.origin}/tests/browser/core-only.html`);
      await corePage.waitForFunction(() => window.oryCoreReady === true);
      const instantiated = await corePage.evaluate(async () => {
        // The first call instantiates the core module (js/engine.js); its glue's init() then
        // returns the instantiated exports.
        await new window.ory.FrontendApi(new window.ory.Configuration({ basePath: "http://localhost:1", timeoutMs: 1000 })).toSession().catch(() => {});
        const glue = await import("/pkg/ory_core.js");
        window.__wasmMemories = [(await glue.default()).memory];
        return window.__wasmMemories[0] instanceof WebAssembly.Memory;
      });
      assert.ok(instantiated, "the core module is instantiated");
      await assertCallsLeaveNoTrace({ page: corePage, cdp: await coreContext.newCDPSession(corePage) });
    } finally {
      await coreContext.close();
    }
  });

  it("1,000 renders and destroys", async () => {
    const run = (count) =>
      page.evaluate(([flow, n]) => {
        const container = document.createElement("div");
        document.body.append(container);
        for (let i = 0; i < n; i += 1) {
          const view = window.ory.renderFlow(flow, container, { basePath: "http://localhost:1" });
          view.destroy();
        }
        const left = container.childNodes.length;
        container.remove();
        return left;
      }, [LOGIN, count]);
    // Warm-up to the steady state: a FlowView's Rust side (its flow, nodes, listeners: about
    // 10 KB) is freed when the JS object is collected (or at once by `view.free()`), not by
    // destroy(), so a tight loop of renders first raises the wasm memory's high-water mark,
    // which linear memory never gives back. Later renders must reuse that memory.
    assert.equal(await run(1000), 0);
    await usage();
    const before = await usage();
    const started = Date.now();
    assert.equal(await run(1000), 0, "destroy() empties the container");
    console.log(`1,000 renders in ${Date.now() - started} ms`);
    growth(before, await usage(), "1,000 renders");
  });

  it("5,000 updates in place of one form (the 400 after each attempt, then the form again)", async () => {
    // One view, updated in place again and again: a field's messages come and go. Whatever an
    // update keeps must be given back by a later one (an update used to keep the ids of the
    // message lists it removed: the list of used ids, and the time an update took, grew with
    // every attempt).
    const invalid = structuredClone(LOGIN);
    invalid.ui.nodes.find((n) => n.attributes.name === "identifier").messages = [{ id: 4000001, type: "error", text: "length must be >= 3", context: {} }];
    const run = (count) =>
      page.evaluate(
        ([valid, invalid, n]) => {
          window.__updates ??= document.body.appendChild(document.createElement("div"));
          const started = performance.now();
          for (let i = 0; i < n; i += 1) window.ory.renderFlow(i % 2 ? valid : invalid, window.__updates, { basePath: "http://localhost:1" });
          return (performance.now() - started) / n;
        },
        [LOGIN, invalid, count],
      );
    await run(1000);
    const before = await usage();
    const first = await run(2500);
    const last = await run(2500);
    console.log(`updates in place: ${(first * 1000).toFixed(0)} µs, then ${(last * 1000).toFixed(0)} µs each`);
    const afterwards = await usage();
    // A page of linear memory at most: the updates reuse what the first ones took.
    assert.ok(afterwards.wasm - before.wasm <= 64 * 1024, `the wasm memory grew by ${afterwards.wasm - before.wasm} bytes`);
    await page.evaluate(() => {
      window.__updates.remove();
      delete window.__updates;
    });
  });
});

describe("50 concurrent flows in one page", () => {
  it("each submit carries its own flow id, CSRF token and input, and each form gets its own answer", async () => {
    const N = 50;
    const flows = Array.from({ length: N }, (_, i) => {
      const flow = structuredClone(LOGIN);
      flow.id = `flow-${i}`;
      flow.ui.action = `${api.origin}/self-service/login?flow=flow-${i}`;
      flow.ui.nodes.find((n) => n.attributes.name === "csrf_token").attributes.value = `csrf-${i}`;
      return flow;
    });
    api.route("POST", "/self-service/login", (request) => {
      const i = Number(request.query.flow.slice("flow-".length));
      const answer = structuredClone(flows[i]);
      answer.ui.messages = [{ id: 4000006, text: `answer for flow-${i}`, type: "error", context: {} }];
      // Answers come back out of order.
      return { status: 400, body: answer, delay: ((i * 37) % 11) * 20 };
    });
    await page.evaluate(([all, basePath]) => {
      all.forEach((flow, i) => window.oryRender(flow, { key: `c${i}`, options: { basePath } }));
    }, [flows, api.origin]);
    await page.evaluate((n) => {
      for (let i = 0; i < n; i += 1) {
        const form = document.querySelector(`#container-c${i} form`);
        form.querySelector("[name=identifier]").value = `user-${i}@example.com`;
        form.querySelector("[name=password]").value = `password-${i}`;
      }
      // All submitted in the same task.
      for (let i = 0; i < n; i += 1) {
        const form = document.querySelector(`#container-c${i} form`);
        form.requestSubmit(form.querySelector("button[name=method]"));
      }
    }, N);
    await page.waitForFunction(
      (n) => Array.from({ length: n }, (_, i) => document.querySelector(`#container-c${i} [data-message-id="4000006"]`)).every(Boolean),
      N,
      { timeout: 15000 },
    );
    const posts = api.requests.filter((r) => r.method === "POST");
    assert.equal(posts.length, N, "one submit per flow");
    for (const post of posts) {
      const i = Number(post.query.flow.slice("flow-".length));
      assert.equal(post.body.csrf_token, `csrf-${i}`, `flow-${i} carries its own CSRF token`);
      assert.equal(post.body.identifier, `user-${i}@example.com`);
      assert.equal(post.body.password, `password-${i}`);
    }
    const shown = await page.evaluate((n) => Array.from({ length: n }, (_, i) => [
      document.querySelector(`#container-c${i} .ory-flow`).getAttribute("data-flow-id"),
      document.querySelector(`#container-c${i} [data-message-id="4000006"]`).textContent,
      document.querySelector(`#container-c${i} [name=identifier]`).value,
    ]), N);
    shown.forEach(([id, text, identifier], i) => {
      assert.equal(id, `flow-${i}`);
      assert.equal(text, `answer for flow-${i}`);
      assert.equal(identifier, `user-${i}@example.com`);
    });
  });
});
