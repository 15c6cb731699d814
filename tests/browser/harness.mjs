// Test harness loaded by harness.html. Importing the built package initialises the wasm; the
// tests then call `window.oryCall(...)` through Playwright. OryError instances cannot cross the
// page boundary, so errors are flattened here into plain, serialisable descriptions.
import * as ory from "/pkg/index.js";

const controllers = new Map();

/**
 * Calls one API method and describes the outcome.
 * spec = { api: "FrontendApi" | "V0alpha2Api", config, method, args, signal? }
 * signal = { id, at, before? }: an AbortController named `id` whose signal is put into the
 * options object at args[at]; `before: true` aborts it before the call.
 */
async function oryCall({ api = "FrontendApi", config, method, args = [], signal }) {
  const started = performance.now();
  try {
    // Constructed inside the try: an invalid configuration must surface as an OryError.
    const client = new ory[api](new ory.Configuration(config));
    const callArgs = [...args];
    if (signal) {
      const controller = new AbortController();
      controllers.set(signal.id, controller);
      if (signal.before) controller.abort();
      callArgs[signal.at] = { ...(callArgs[signal.at] ?? {}), signal: controller.signal };
    }
    const value = await client[method](...callArgs);
    return { ok: true, type: typeof value, value, elapsedMs: performance.now() - started };
  } catch (error) {
    return { ok: false, error: await describeError(error), elapsedMs: performance.now() - started };
  }
}

async function describeError(error) {
  const description = {
    isOryError: error instanceof ory.OryError,
    isError: error instanceof Error,
    name: error?.name,
    message: error?.message,
    string: String(error),
    stack: error?.stack,
  };
  for (const field of ["kind", "status", "body", "errorId", "reason", "details", "flow", "useFlowId", "redirectBrowserTo"]) {
    description[field] = error?.[field];
  }
  const response = error?.response;
  if (response !== undefined && response !== null) {
    let json;
    try {
      json = await response.clone().json();
    } catch {
      json = "<not JSON>";
    }
    description.response = { isResponse: response instanceof Response, status: response.status, data: response.data, json };
  } else {
    description.response = response;
  }
  return description;
}

window.ory = ory;
window.oryCall = oryCall;
window.oryAbort = (id) => controllers.get(id).abort();
window.oryReady = true;
document.getElementById("status").textContent = "ready";
