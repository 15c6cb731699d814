// Attacks on the renderer's forms and navigation, run against the built package in headless
// Chromium with a recording "Kratos" on another origin. Each test is an attack that worked on an
// earlier build (security issue items 0, 1, 2 and 10) or a variation of one:
//   - a view the app does not keep, collected by the garbage collector before the user submits;
//   - server-chosen field names that shadow the form element's own members;
//   - return targets from the page URL, options, attributes and answers (open redirects);
//   - page listeners that destroy or re-render a view from an event the SDK fires synchronously.
// Whatever happens, the credentials must never leave through a native form submission (a GET to
// the page's own URL puts the password in the address bar, history and server logs).
import assert from "node:assert/strict";
import { after, before, beforeEach, describe, it } from "node:test";

import { fixture } from "../support/recording-server.mjs";
import { startRenderSuite, stopRenderSuite } from "../support/render.mjs";

let browser, pageServer, api, context, page, cdp, problems;
const HARNESS = "/tests/browser/render-harness.html";

before(async () => {
  ({ pageServer, api, browser, context, page, problems } = await startRenderSuite());
  cdp = await context.newCDPSession(page);
});

after(() => stopRenderSuite({ browser, api, pageServer }));

/** Loads the harness afresh (with `query` in its URL) so that every test starts on a clean page. */
async function freshPage(query = "") {
  problems.length = 0;
  await page.goto(`${pageServer.origin}${HARNESS}${query}`);
  await page.waitForFunction(() => window.oryRenderReady === true);
  await page.evaluate(() => {
    window.oryEvents = [];
    window.oryNavigations = [];
  });
}

beforeEach(async () => {
  api.reset();
  pageServer.reset();
  await freshPage();
});

const LOGIN = fixture("v1/login-flow-password-browser.json");
const SESSION = fixture("v1/login-success-browser.json");

function loginFlow(id, mutate = () => {}) {
  const flow = structuredClone(LOGIN);
  flow.id = id;
  flow.ui.action = `${api.origin}/self-service/login?flow=${id}`;
  mutate(flow);
  return flow;
}

function hidden(name, value = "x") {
  return { type: "input", group: "default", attributes: { name, type: "hidden", value, disabled: false, node_type: "input" }, messages: [], meta: {} };
}

/** Collects garbage twice and lets finalizers run (FinalizationRegistry callbacks are tasks). */
async function collectGarbage() {
  for (let i = 0; i < 2; i += 1) {
    await cdp.send("HeapProfiler.collectGarbage");
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
  }
}

/** The page's URL now; a native GET submission of the form would have changed it. */
const pageUrl = () => page.evaluate(() => location.href);

/** Types credentials into the login form of `selector` and presses its password button. */
async function submitLogin(selector, password = "hunter2-secret") {
  await page.fill(`${selector} [name=identifier]`, "alice@example.com");
  await page.fill(`${selector} input[type=password]`, password);
  await page.click(`${selector} button[type=submit][value=password]`);
}

/** Collects garbage, then submits the login form of `selector`: it must go through the SDK. */
async function collectGarbageAndSubmit(selector) {
  await collectGarbage();
  const before = await pageUrl();
  await submitLogin(selector);
  await assertSentThroughSdk(before);
}

/** Asserts that the password went to Kratos in a JSON body, and nowhere else. */
async function assertSentThroughSdk(urlBefore, password = "hunter2-secret") {
  const post = await api.waitForRequest((r) => r.method === "POST");
  assert.equal(post.body.password, password);
  // A native submission would have navigated (GET to the page with the password in the query).
  await page.waitForTimeout(200);
  const url = await pageUrl();
  assert.equal(url, urlBefore, "the page navigated: the form was submitted natively");
  assert.ok(!url.includes(password));
  assert.ok(!pageServer.requests.some((r) => JSON.stringify(r).includes(password)), "the password reached the page's server");
  assert.ok(!problems.some((p) => /unreachable|RuntimeError|recursively|after being dropped/.test(p)), problems.join("\n"));
}

describe("a view the app does not keep (item 0)", () => {
  it("renderFlow's result dropped, garbage collected, then submitted: goes through the SDK", async () => {
    api.route("POST", "/self-service/login", { body: SESSION });
    await page.evaluate(([flow, basePath]) => {
      const container = document.createElement("div");
      container.id = "dropped";
      document.body.append(container);
      window.ory.renderFlow(flow, container, { basePath, onSuccess: () => window.oryEvents.push({ name: "onSuccess" }) });
    }, [loginFlow("gc-render"), api.origin]);
    await collectGarbageAndSubmit("#dropped");
    await page.waitForFunction(() => window.oryEvents.some((e) => e.name === "onSuccess"));
  });

  it("startFlow's promise dropped, garbage collected, then submitted: goes through the SDK", async () => {
    api.route("GET", "/self-service/login/browser", { body: loginFlow("gc-start") });
    api.route("POST", "/self-service/login", { body: SESSION });
    await page.evaluate((basePath) => {
      const container = document.createElement("div");
      container.id = "dropped";
      document.body.append(container);
      window.ory.startFlow("login", container, { basePath, onSuccess: () => window.oryEvents.push({ name: "onSuccess" }) });
    }, api.origin);
    await page.waitForSelector("#dropped form");
    await collectGarbageAndSubmit("#dropped");
  });

  it("<ory-flow>: garbage collected, then submitted: goes through the SDK", async () => {
    api.route("GET", "/self-service/login/browser", { body: loginFlow("gc-element") });
    api.route("POST", "/self-service/login", { body: SESSION });
    await page.evaluate((basePath) => {
      window.ory.defineOryFlowElement();
      const element = document.createElement("ory-flow");
      element.setAttribute("type", "login");
      element.setAttribute("base-path", basePath);
      element.addEventListener("ory-success", (event) => {
        event.preventDefault();
        window.oryEvents.push({ name: "ory-success" });
      });
      document.body.append(element);
    }, api.origin);
    await page.waitForSelector("ory-flow form");
    await collectGarbageAndSubmit("ory-flow");
    await page.waitForFunction(() => window.oryEvents.some((e) => e.name === "ory-success"));
  });

  it("a form whose SDK handler is gone never submits natively, and its fallback is a POST to Kratos", async () => {
    await page.evaluate(([flow, basePath]) => {
      const container = document.createElement("div");
      container.id = "gone";
      document.body.append(container);
      window.ory.renderFlow(flow, container, { basePath }).destroy();
      // What a page might do: keep the destroyed view's form around (here: render it again by
      // hand, as if the SDK had died mid-way). The form the SDK builds says where it would go.
    }, [loginFlow("gone"), api.origin]);
    const attributes = await page.evaluate(([flow, basePath]) => {
      const container = document.createElement("div");
      container.id = "kept";
      document.body.append(container);
      window.ory.renderFlow(flow, container, { basePath });
      const form = container.querySelector("form");
      return { method: form.getAttribute("method"), action: form.getAttribute("action") };
    }, [loginFlow("kept"), api.origin]);
    assert.equal(attributes.method, "post");
    assert.equal(attributes.action, `${api.origin}/self-service/login?flow=kept`);
    // Even a direct requestSubmit() on the form (no SDK listener involved) does not navigate.
    const before = await pageUrl();
    await page.evaluate(() => {
      const form = document.querySelector("#kept form");
      const clone = form.cloneNode(true); // listeners are not cloned, the SDK's guards are on the container
      form.replaceWith(clone);
      clone.querySelector("input[type=password]").value = "hunter2-secret";
      clone.requestSubmit(clone.querySelector("button[type=submit]"));
    });
    await page.waitForTimeout(300);
    assert.equal(await pageUrl(), before);
  });
});

describe("server-chosen names that shadow the form's members (item 2)", () => {
  const SHADOWING = ["querySelector", "querySelectorAll", "requestSubmit", "addEventListener", "removeEventListener", "setAttribute", "append", "appendChild", "replaceChildren", "submit", "reset", "elements", "action", "length", "checkValidity", "reportValidity", "dispatchEvent", "toString", "constructor", "__proto__", "hasOwnProperty", "closest", "getAttribute"];

  it("a 400 whose flow carries fields named like form members: re-rendered, the next submit goes through the SDK", async () => {
    const bad = loginFlow("shadowed", (flow) => {
      for (const name of SHADOWING) flow.ui.nodes.push(hidden(name, `v-${name}`));
    });
    let answered = 0;
    api.route("POST", "/self-service/login", () => (answered++ === 0 ? { status: 400, body: bad } : { body: SESSION }));
    await page.evaluate(([flow, basePath]) => {
      const container = document.createElement("div");
      container.id = "main";
      document.body.append(container);
      window.keptView = window.ory.renderFlow(flow, container, { basePath, onSuccess: () => window.oryEvents.push({ name: "onSuccess" }) });
    }, [loginFlow("first"), api.origin]);
    const before = await pageUrl();
    await submitLogin("#main");
    await page.waitForFunction(() => document.querySelector("#main .ory-flow")?.getAttribute("data-flow-id") === "shadowed");
    api.requests.length = 0;
    await submitLogin("#main", "second-password");
    await assertSentThroughSdk(before, "second-password");
    // The submitted field names are the server's, whatever the DOM calls them.
    const post = api.requests.find((r) => r.method === "POST");
    for (const name of SHADOWING) assert.equal(post.body[name], `v-${name}`, name);
    await page.waitForFunction(() => window.oryEvents.some((e) => e.name === "onSuccess"));
  });

  it("a first render with shadowing names works, and Enter submits through the SDK", async () => {
    api.route("POST", "/self-service/login", { body: SESSION });
    const flow = loginFlow("shadowed-first", (f) => {
      for (const name of SHADOWING) f.ui.nodes.unshift(hidden(name));
    });
    const outcome = await page.evaluate(([f, basePath]) => {
      const container = document.createElement("div");
      container.id = "main";
      document.body.append(container);
      try {
        window.keptView = window.ory.renderFlow(f, container, { basePath });
        const form = container.querySelector("form");
        return { ok: true, membersIntact: typeof form.querySelector === "function" && typeof form.requestSubmit === "function" && typeof form.addEventListener === "function" };
      } catch (error) {
        return { ok: false, message: String(error?.message ?? error) };
      }
    }, [flow, api.origin]);
    assert.deepEqual(outcome, { ok: true, membersIntact: true });
    const before = await pageUrl();
    await page.fill("#main [name=identifier]", "alice@example.com");
    await page.fill("#main input[type=password]", "hunter2-secret");
    await page.press("#main input[type=password]", "Enter");
    await assertSentThroughSdk(before);
  });
});

describe("return targets (item 1)", () => {
  const EVIL = "https://evil.example/steal";

  async function startLogin(options = {}) {
    await page.evaluate(([basePath, opts]) => {
      const container = document.createElement("div");
      container.id = "main";
      document.body.append(container);
      window.ory.startFlow("login", container, { basePath, ...opts, onNavigate: (url) => window.oryNavigations.push(url) }).then((view) => (window.keptView = view));
    }, [api.origin, options]);
    await page.waitForSelector("#main form");
  }

  /**
   * On a fresh page (with `query` in its URL), a login of `flow` started with `options` and
   * submitted; resolves to the URLs the SDK asked to navigate to, after the first one when
   * `navigates`, else after a pause that would let a navigation happen.
   */
  async function signInNavigations({ query = "", flow, options = {}, navigates = false }) {
    await freshPage(query);
    api.reset();
    api.route("GET", "/self-service/login/browser", { body: flow });
    api.route("POST", "/self-service/login", { body: SESSION });
    await startLogin(options);
    await submitLogin("#main");
    await api.waitForRequest((r) => r.method === "POST");
    if (navigates) await page.waitForFunction(() => window.oryNavigations.length > 0);
    else await page.waitForTimeout(300);
    return page.evaluate(() => window.oryNavigations);
  }

  it("the page's ?return_to= goes to Kratos when the flow is created, but never decides where the SDK navigates", async () => {
    const navigations = await signInNavigations({ query: `?return_to=${encodeURIComponent(EVIL)}`, flow: loginFlow("page-return") });
    const create = api.requests.find((r) => r.path === "/self-service/login/browser");
    assert.equal(create.query.return_to, EVIL, "the page's return_to is Kratos' to check");
    assert.deepEqual(navigations, []);
  });

  it("after sign-in the SDK goes to the flow's own return_to (Kratos checked it)", async () => {
    const navigations = await signInNavigations({
      query: `?return_to=${encodeURIComponent(EVIL)}`,
      flow: loginFlow("flow-return", (f) => (f.return_to = "https://app.example/home")),
      navigates: true,
    });
    assert.deepEqual(navigations, ["https://app.example/home"]);
  });

  it("a returnTo option on another origin is refused unless allowedReturnUrls lists it", async () => {
    assert.deepEqual(await signInNavigations({ flow: loginFlow("option-return"), options: { returnTo: EVIL } }), []);
    const allowed = await signInNavigations({
      flow: loginFlow("option-allowed"),
      options: { returnTo: "https://app.example/dashboard", allowedReturnUrls: ["https://app.example/"] },
      navigates: true,
    });
    assert.deepEqual(allowed, ["https://app.example/dashboard"]);
  });

  it("returnTo on the page's or Kratos' origin is allowed; look-alikes are not", async () => {
    const cases = [
      [`${pageServer.origin}/after`, true],
      [`${api.origin}/ui/welcome`, true],
      [`${pageServer.origin}.evil.example/`, false],
      [`${pageServer.origin}@evil.example/`, false],
      ["https://evil.example\\@app.example/", false],
      ["https:\\\\evil.example/", false],
      ["//evil.example/", false],
      ["/\\evil.example/", false],
      ["javascript:alert(1)", false],
      ["data:text/html,<script>alert(1)</script>", false],
      [`blob:${pageServer.origin}/x`, false],
      ["file:///etc/passwd", false],
      ["https://evil.example/\t", false],
      ["https://xn--pple-43d.example/", false],
      ["http://[::1]:1/", false],
    ];
    for (const [target, allowed] of cases) {
      const navigations = await signInNavigations({ flow: loginFlow("matrix"), options: { returnTo: target }, navigates: allowed });
      assert.deepEqual(navigations, allowed ? [target] : [], target);
    }
  });

  it("allowedReturnUrls: path prefix at a segment boundary and *. subdomains, as Kratos matches them", async () => {
    const allowedReturnUrls = ["https://app.example/app", "https://*.tenant.example/"];
    const cases = [
      ["https://app.example/app", true],
      ["https://app.example/app/x?y=1", true],
      ["https://app.example/apple", false],
      ["https://app.example/app/../admin", false],
      ["https://app.example:8443/app", false],
      ["http://app.example/app", false],
      ["https://a.tenant.example/x", true],
      ["https://tenant.example.evil.example/", false],
      ["https://a.tenant.example.evil.example/", false],
    ];
    for (const [target, allowed] of cases) {
      const navigations = await signInNavigations({ flow: loginFlow("allowed"), options: { returnTo: target, allowedReturnUrls }, navigates: allowed });
      assert.deepEqual(navigations, allowed ? [target] : [], target);
    }
  });

  it("an invalid allowedReturnUrls entry is an OryError, not a silent allow", async () => {
    const outcome = await page.evaluate(([flow, basePath]) => {
      try {
        window.ory.renderFlow(flow, document.body.appendChild(document.createElement("div")), { basePath, allowedReturnUrls: ["javascript:alert(1)"] });
        return "rendered";
      } catch (error) {
        return error instanceof window.ory.OryError ? error.kind : String(error);
      }
    }, [loginFlow("bad-allow"), api.origin]);
    assert.equal(outcome, "invalid_argument");
  });

  /** Signs in through an <ory-flow> with `attributes`; returns whether ory-success fired and the ory-navigate URLs. */
  async function elementSignIn(attributes) {
    api.route("GET", "/self-service/login/browser", { body: loginFlow("element-return") });
    api.route("POST", "/self-service/login", { body: SESSION });
    await page.evaluate(([basePath, attrs]) => {
      window.ory.defineOryFlowElement();
      const element = document.createElement("ory-flow");
      element.setAttribute("type", "login");
      element.setAttribute("base-path", basePath);
      for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
      element.addEventListener("ory-success", () => window.oryEvents.push({ name: "ory-success" }));
      element.addEventListener("ory-navigate", (event) => {
        event.preventDefault();
        window.oryNavigations.push(event.detail.url);
      });
      document.body.append(element);
    }, [api.origin, attributes]);
    await page.waitForSelector("ory-flow form");
    const before = await pageUrl();
    await submitLogin("ory-flow");
    await page.waitForFunction(() => window.oryEvents.length + window.oryNavigations.length > 0);
    await page.waitForTimeout(300);
    assert.equal(await pageUrl(), before);
    return page.evaluate(() => ({ success: window.oryEvents.some((e) => e.name === "ory-success"), navigations: window.oryNavigations }));
  }

  it("<ory-flow return-to> on another origin is not followed after sign-in", async () => {
    assert.deepEqual(await elementSignIn({ "return-to": EVIL }), { success: true, navigations: [] });
  });

  it("<ory-flow allowed-return-urls> lets return-to name that origin", async () => {
    const target = "https://app.example/dashboard";
    const attributes = { "return-to": target, "allowed-return-urls": "https://app.example/ https://other.example/" };
    assert.deepEqual(await elementSignIn(attributes), { success: false, navigations: [target] });
  });

  it("a Continue ending (sign-up with a session) does not follow an off-origin returnTo", async () => {
    const registration = fixture("v1/registration-flow-password-browser.json");
    registration.ui.action = `${api.origin}/self-service/registration?flow=${registration.id}`;
    api.route("GET", "/self-service/registration/browser", { body: registration });
    api.route("POST", "/self-service/registration", { body: { ...fixture("v1/registration-success-browser.json"), continue_with: [{ action: "set_ory_session_token", ory_session_token: "t" }] } });
    await page.evaluate(([basePath, evil]) => {
      const container = document.createElement("div");
      container.id = "main";
      document.body.append(container);
      window.ory.startFlow("registration", container, { basePath, returnTo: evil, onNavigate: (url) => window.oryNavigations.push(url), onSessionToken: () => {} }).then((v) => (window.keptView = v));
    }, [api.origin, EVIL]);
    await page.waitForSelector("#main form");
    await page.fill('#main [name="traits.email"]', "alice@example.com");
    await page.fill("#main [name=password]", "correct horse");
    await page.check('#main [name="traits.tos"]');
    await page.click("#main button[name=method]");
    await api.waitForRequest((r) => r.method === "POST");
    await page.waitForTimeout(300);
    assert.deepEqual(await page.evaluate(() => window.oryNavigations), []);
  });
});

describe("page listeners that re-enter the SDK from synchronous events (item 10)", () => {
  async function assertModuleAlive() {
    // A panic aborts the module: a new render would then throw a RuntimeError.
    const outcome = await page.evaluate(([flow, basePath]) => {
      try {
        const container = document.body.appendChild(document.createElement("div"));
        window.ory.renderFlow(flow, container, { basePath }).destroy();
        return "alive";
      } catch (error) {
        return String(error);
      }
    }, [loginFlow("alive"), api.origin]);
    assert.equal(outcome, "alive");
    assert.ok(!problems.some((p) => /unreachable|RuntimeError|already borrowed|already mutably borrowed/.test(p)), problems.join("\n"));
  }

  async function renderMain(flow, extra = "") {
    await page.evaluate(([f, basePath]) => {
      const container = document.createElement("div");
      container.id = "main";
      document.body.append(container);
      window.keptView = window.ory.renderFlow(f, container, { basePath });
    }, [flow, api.origin]);
    if (extra) await page.evaluate(extra);
  }

  it("destroy() from the `invalid` event of reportValidity()", async () => {
    await renderMain(loginFlow("invalid-destroy", (f) => {
      const identifier = f.ui.nodes.find((n) => n.attributes.name === "identifier");
      identifier.attributes.required = true;
    }));
    await page.evaluate(() => {
      document.querySelector("#main [name=identifier]").addEventListener("invalid", () => window.keptView.destroy());
    });
    await page.click("#main button[type=submit][value=password]");
    await page.waitForTimeout(100);
    await assertModuleAlive();
  });

  it("destroy() and a new render from the `focus` of the first invalid field after a 400", async () => {
    const invalid = loginFlow("after-400", (f) => {
      const identifier = f.ui.nodes.find((n) => n.attributes.name === "identifier");
      identifier.messages = [{ id: 4000001, text: "bad", type: "error" }];
    });
    api.route("POST", "/self-service/login", { status: 400, body: invalid });
    await renderMain(loginFlow("before-400"));
    await page.evaluate(([flow, basePath]) => {
      // The SDK focuses the first invalid field of the re-rendered form.
      document.addEventListener("focusin", (event) => {
        if (event.target.getAttribute("aria-invalid") !== "true" || window.refocused) return;
        window.refocused = true;
        window.keptView.destroy();
        window.ory.renderFlow(flow, document.querySelector("#main"), { basePath });
      });
    }, [loginFlow("from-focus"), api.origin]);
    await submitLogin("#main");
    await page.waitForFunction(() => window.refocused === true);
    await api.waitForRequest((r) => r.method === "POST");
    await page.waitForTimeout(300);
    await assertModuleAlive();
  });

  it("view getters and destroy() from a blur fired while the SDK replaces the focused form", async () => {
    api.route("POST", "/self-service/login", { status: 400, body: loginFlow("replaced") });
    await renderMain(loginFlow("focused"));
    await page.fill("#main input[type=password]", "x");
    await page.fill("#main [name=identifier]", "alice@example.com");
    await page.evaluate(() => {
      const input = document.querySelector("#main [name=identifier]");
      input.addEventListener("blur", () => {
        void window.keptView.flow;
        void window.keptView.kind;
        window.keptView.destroy();
      });
      input.addEventListener("focusout", () => void window.keptView.flow);
    });
    // Submit with Enter from the identifier, so it is focused when the answer replaces the form.
    await page.press("#main [name=identifier]", "Enter");
    await api.waitForRequest((r) => r.method === "POST");
    await page.waitForTimeout(300);
    await assertModuleAlive();
  });
});
