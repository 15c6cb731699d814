// Headless Chromium for the browser tests: the Debian build at /usr/bin/chromium driven by
// playwright-core (no downloaded browser). One browser per test file keeps the suite fast.
import assert from "node:assert/strict";
import { chromium } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * Opens `url` in a fresh context and waits until the page sets `window.oryReady` (the package
 * imported and its wasm instantiated). Page errors are collected so that a failed import shows
 * its real cause instead of a bare timeout.
 */
export async function openPage(browser, url, { readyTimeoutMs = 15000 } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  await page.goto(url);
  try {
    await page.waitForFunction(() => window.oryReady === true, null, { timeout: readyTimeoutMs });
  } catch (error) {
    assert.fail(`page ${url} did not become ready: ${error.message}\n${problems.join("\n")}`);
  }
  return { context, page, problems };
}

/** Runs one API call in the page through the harness (see tests/browser/harness.mjs). */
export function callInPage(page, spec) {
  return page.evaluate((s) => window.oryCall(s), spec);
}

/** Asserts a harness outcome is a success and returns the resolved value. */
export function expectOk(outcome) {
  if (!outcome.ok) {
    const { kind, status, message } = outcome.error;
    assert.fail(`expected success, got OryError kind=${kind} status=${status}: ${message}`);
  }
  return outcome.value;
}

/** Asserts a harness outcome is an OryError of `kind` and returns its description. */
export function expectError(outcome, kind) {
  assert.equal(outcome.ok, false, `expected an OryError "${kind}", but the call resolved with ${JSON.stringify(outcome.value)?.slice(0, 200)}`);
  const error = outcome.error;
  assert.equal(error.isOryError, true, `expected an OryError instance, got ${error.name}: ${error.message}`);
  assert.equal(error.isError, true, "an OryError must be an instanceof Error");
  assert.equal(error.kind, kind, `kind (message: ${error.message})`);
  return error;
}
