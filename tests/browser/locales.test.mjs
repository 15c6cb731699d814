// The renderer's locales in headless Chromium (English browser, navigator.languages = en-US): a
// login flow with every kind of text a login form shows — labels, buttons (password, passkey,
// code, social sign-in), flow and field messages with context values, the SDK's own message for
// an unreadable node and an SDK notice after a submit — is rendered in English, then switched to
// each shipped locale in the same container: every visible text must change, except the data
// (the identity schema's field title, the providers' names inside their texts) and words a
// language shares with English ("Password" in Italian). A page that uses no locale fetches no
// locale module; a chosen locale fetches its own module, once; a German browser gets German by
// default, and `translations` still override a locale.
//
//   npm run build && node --test tests/browser/locales.test.mjs
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";

import { closedPort, fixture, repoRoot } from "../support/recording-server.mjs";
import { startRenderSuite, stopRenderSuite } from "../support/render.mjs";

const LOCALES = ["de", "es", "fr", "it", "ja", "ko", "nl", "pl", "pt", "zh"];

let browser, pageServer, api, page, problems;
const localeRequests = [];

before(async () => {
  ({ pageServer, api, browser, page, problems } = await startRenderSuite());
  page.on("request", (request) => {
    if (request.url().includes("/locales/")) localeRequests.push(new URL(request.url()).pathname);
  });
});

after(() => stopRenderSuite({ browser, api, pageServer }));

/** A login flow whose every visible text is a translatable one, or data. */
function loginFlow() {
  const base = fixture("v1/login-flow-oidc-password.json");
  const passkey = fixture("v1/nodes-login-passkey-first-factor.json").filter(
    (node) => node.group === "passkey" && node.attributes.name !== "passkey_challenge",
  );
  const code = fixture("v1/nodes-login-code-passwordless.json").filter((node) => node.group === "code");
  // A node the renderer cannot read: the SDK's own message says so.
  const unreadable = { type: 7, group: "default", attributes: { node_type: "input", name: "x", type: "text" }, messages: [], meta: {} };
  const nodes = [...base.ui.nodes, ...passkey, ...code, unreadable];
  const identifier = nodes.find((node) => node.attributes?.name === "identifier");
  identifier.messages = [
    { id: 4000002, text: "Property identifier is missing.", type: "error", context: { property: "identifier" } },
  ];
  return {
    ...base,
    id: "locale-flow",
    ui: {
      ...base.ui,
      action: `${api.origin}/self-service/login?flow=locale-flow`,
      nodes,
      messages: [
        {
          id: 4000006,
          text: "The provided credentials are invalid, check for spelling mistakes in your password or username, email address, or phone number.",
          type: "error",
        },
        { id: 1010003, text: "Please confirm this action by verifying that it is you.", type: "info" },
      ],
    },
  };
}

/** Every text a user sees in the container: text nodes and the attributes browsers show. */
function visibleTexts(key) {
  return page.evaluate((k) => {
    const root = document.getElementById(`container-${k}`);
    const texts = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.currentNode; node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) {
        const text = node.data.trim();
        if (text && !node.parentElement.closest("[hidden]")) texts.push(text);
      } else {
        for (const name of ["alt", "placeholder", "title", "aria-label"]) {
          if (node.hasAttribute(name)) texts.push(`${name}: ${node.getAttribute(name)}`);
        }
      }
    }
    return texts;
  }, key);
}

/** Renders into container `key` (replacing its view) and waits until the form is drawn. */
async function renderInto(key, options) {
  const outcome = await page.evaluate(
    ([k, flow, opts]) => {
      const container = document.getElementById(`container-${k}`) ?? document.body.appendChild(Object.assign(document.createElement("div"), { id: `container-${k}` }));
      try {
        window.oryViews.set(k, window.ory.renderFlow(flow, container, opts));
        return { ok: true };
      } catch (error) {
        return { ok: false, message: String(error?.message ?? error) };
      }
    },
    [key, loginFlow(), { basePath: api.origin, ...options }],
  );
  assert.ok(outcome.ok, outcome.message);
  await page.waitForSelector(`#container-${key} .ory-flow form`, { timeout: 5000 });
}

/** Submits the password method; the fake Kratos says a session exists: the SDK's notice. */
async function submitForNotice(key) {
  await page.fill(`#container-${key} input[name="identifier"]`, "ada@example.com");
  await page.fill(`#container-${key} input[name="password"]`, "a password");
  await page.click(`#container-${key} button[name="method"][value="password"]`);
  await page.waitForSelector(`#container-${key} .ory-notice p`, { timeout: 5000 });
}

const SESSION_EXISTS = {
  status: 400,
  body: { error: { id: "session_already_available", code: 400, status: "Bad Request", reason: "", message: "A valid session was detected and thus login is not possible." } },
};

/** The values a locale module holds (a word it shares with English may stay). */
function localeValues(tag) {
  const text = readFileSync(`${repoRoot}/js/locales/${tag}.js`, "utf8");
  return new Set(Object.values(JSON.parse(text.slice(text.indexOf("{"), text.lastIndexOf("}") + 1))));
}

describe("locales", () => {
  let english;

  it("without a locale an English page shows English and fetches no locale module", async () => {
    api.reset();
    api.route("POST", "/self-service/login", SESSION_EXISTS);
    await renderInto("switch", {});
    await submitForNotice("switch");
    english = await visibleTexts("switch");
    for (const expected of ["Password", "Sign in with password", "Sign in with passkey", "Send sign in code", "Sign in with Google", "Property identifier is missing.", "You are already signed in."]) {
      assert.ok(english.includes(expected), `"${expected}" in ${JSON.stringify(english)}`);
    }
    assert.ok(english.some((text) => text.startsWith("Part of this form could not be shown")), "the SDK's unreadable-node message");
    assert.deepEqual(localeRequests, [], "no locale module was fetched");
  });

  for (const tag of LOCALES) {
    it(`switching to locale "${tag}" changes every text but the data`, async (t) => {
      const before = localeRequests.length;
      await renderInto("switch", { locale: tag });
      await submitForNotice("switch");
      const shown = await visibleTexts("switch");
      t.diagnostic(shown.join(" | "));
      assert.equal(shown.length, english.length, `the same texts, translated: ${JSON.stringify(shown)}`);
      const shared = localeValues(tag);
      // The data: the identity schema's title of the identifier (label "{title}").
      const data = new Set(["E-Mail"]);
      const untranslated = shown.filter((text, i) => text === english[i] && !data.has(text) && !shared.has(text));
      assert.deepEqual(untranslated, [], `English left in the ${tag} form`);
      // Context values are filled in: the provider's name, the missing property.
      assert.ok(shown.some((text) => text.includes("Google")), "the provider's name is in its button");
      assert.ok(shown.some((text, i) => english[i] === "Property identifier is missing." && text.includes("identifier")));
      assert.deepEqual(localeRequests.slice(before), [`/pkg/locales/${tag}.js`], "its module alone was fetched");
    });
  }

  it("switching back to English (locale: \"en\") restores every text; a locale is fetched once", async () => {
    await renderInto("switch", { locale: "en" });
    await submitForNotice("switch");
    assert.deepEqual(await visibleTexts("switch"), english);
    const before = localeRequests.length;
    await renderInto("again", { locale: "de-AT" });
    assert.ok((await visibleTexts("again")).includes("Mit Passwort anmelden"), "de-AT falls back to de");
    assert.equal(localeRequests.length, before, "de was not fetched again");
  });

  it("a proxy's 502 page: the SDK's words in the chosen language, not the HTTP details", async () => {
    api.reset();
    api.route("POST", "/self-service/login", { status: 502, rawBody: "<html><h1>502 Bad Gateway</h1></html>", headers: { "Content-Type": "text/html" } });
    for (const [locale, expected] of [
      ["en", "Something went wrong on the server. Please try again later."],
      ["nl", "Er ging iets mis op de server. Probeer het later opnieuw."],
    ]) {
      await renderInto("proxy", { locale });
      await submitForNotice("proxy");
      assert.equal(await page.textContent("#container-proxy .ory-notice p"), expected);
    }
    api.reset();
    api.route("POST", "/self-service/login", SESSION_EXISTS);
  });

  it("translations override a locale's texts, message ids and SDK keys alike", async () => {
    await renderInto("override", { locale: "fr", translations: { 1010022: "Entrer", already_signed_in: "Déjà là." } });
    await submitForNotice("override");
    const shown = await visibleTexts("override");
    assert.ok(shown.includes("Entrer"));
    assert.ok(shown.includes("Déjà là."));
    assert.ok(shown.includes("Mot de passe"), "the rest is the locale's");
    // (Chromium logs each 400 answer of the fake Kratos as a failed resource.)
    const unexpected = problems.filter((problem) => !/status of (400|502)/.test(problem));
    assert.deepEqual(unexpected, [], "no page errors or console errors");
  });
});

describe("<ory-flow locale> and startFlow", () => {
  it("<ory-flow locale=\"ja-JP\"> starts a flow (startFlow) and shows it in Japanese", async () => {
    api.reset();
    api.route("GET", "/self-service/login/browser", { body: loginFlow() });
    await page.evaluate((basePath) => {
      window.ory.defineOryFlowElement();
      const element = document.createElement("ory-flow");
      element.setAttribute("type", "login");
      element.setAttribute("base-path", basePath);
      element.setAttribute("locale", "ja-JP");
      element.id = "container-element";
      document.body.append(element);
    }, api.origin);
    await page.waitForSelector("#container-element .ory-flow form", { timeout: 5000 });
    const shown = await visibleTexts("element");
    assert.ok(shown.includes("パスワードでログイン"), JSON.stringify(shown));
    assert.ok(shown.includes("パスワード"));
  });
});

describe("<ory-flow> that cannot start", () => {
  /** Adds <ory-flow> with `attributes`; resolves with the text it shows once it gave up. */
  async function failedElement(id, attributes) {
    await page.evaluate(
      ([elementId, attrs]) => {
        window.ory.defineOryFlowElement();
        const element = document.createElement("ory-flow");
        for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
        element.id = elementId;
        document.body.append(element);
      },
      [id, attributes],
    );
    await page.waitForSelector(`#${id} p.ory-message--error[role=alert]`, { timeout: 8000 });
    return page.textContent(`#${id} p.ory-message--error`);
  }

  it("no answer: the SDK's text in the element's language, or English", async () => {
    const closed = `http://127.0.0.1:${await closedPort()}`;
    assert.equal(
      await failedElement("failed-de", { type: "login", "base-path": closed, locale: "de" }),
      "Der Server ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.",
    );
    assert.equal(
      await failedElement("failed-en", { type: "login", "base-path": closed }),
      "The server cannot be reached. Please check your connection and try again.",
    );
  });

  it("a hostile error id (\"constructor\") shows the error's message, nothing breaks", async () => {
    api.reset();
    api.route("GET", "/self-service/login/browser", {
      status: 400,
      body: { error: { id: "constructor", code: 400, status: "Bad Request", message: "the request was bad" } },
    });
    const text = await failedElement("failed-hostile", { type: "login", "base-path": api.origin, locale: "fr" });
    assert.ok(text.length > 0 && !text.includes("function"), text);
    const unexpected = problems.filter((problem) => !/status of (400|502)|ERR_CONNECTION_REFUSED/.test(problem));
    assert.deepEqual(unexpected, [], "no page errors");
  });
});

describe("navigator.languages picks the default", () => {
  // The German page passes a Configuration as the options, the Chinese one no options at all.
  for (const [languages, tag, expected, withConfiguration] of [
    ["de-AT", "de", "Mit Passwort anmelden", true],
    ["zh-CN", "zh", "使用密码登录", false],
  ]) {
    it(`a ${languages} browser gets ${tag}`, async () => {
      const context = await browser.newContext({ locale: languages });
      try {
        const tab = await context.newPage();
        const fetched = [];
        tab.on("request", (request) => {
          if (request.url().includes("/locales/")) fetched.push(new URL(request.url()).pathname);
        });
        await tab.goto(`${pageServer.origin}/tests/browser/render-harness.html`);
        await tab.waitForFunction(() => window.oryRenderReady === true);
        await tab.evaluate(
          ([flow, basePath, configuration]) => {
            const container = document.body.appendChild(document.createElement("div"));
            container.id = "container-default";
            // A Configuration as the options: its getters must survive the locale's copy.
            window.ory.renderFlow(flow, container, configuration ? new window.ory.Configuration({ basePath }) : undefined);
          },
          [loginFlow(), api.origin, withConfiguration],
        );
        await tab.waitForSelector("#container-default .ory-flow form");
        const texts = await tab.evaluate(() => document.querySelector("#container-default").innerText);
        assert.ok(texts.includes(expected), texts);
        if (withConfiguration) {
          const action = await tab.getAttribute("#container-default form", "action");
          assert.ok(action.startsWith(`${api.origin}/self-service/login`), `the form posts to basePath: ${action}`);
        }
        assert.deepEqual(fetched, [`/pkg/locales/${tag}.js`]);
      } finally {
        await context.close();
      }
    });
  }

});
