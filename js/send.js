// The fetch behind every method of the generated API classes (api-*.js).
//
// The wasm Client decides everything about the request — the URL (checked against the configured
// origin by both its own parser and the browser's), method, headers, credentials mode, body,
// `redirect: "manual"`, `cache: "no-store"` — and everything about the answer: status, content
// type, shape, the OryError. What is left is what the browser does itself: the fetch, its abort
// and its timeout. Doing them here rather than from wasm keeps the async runtime and the fetch
// bindings out of the core module (a third of it) and saves the crossings of every call.
//
import { OryError } from "./error.js";

// `envelope`: resolve to V0alpha2Api's `{data, status, headers}` instead of the body.
export async function send(client, index, parameters, options, envelope = false) {
  // Throws OryError for bad arguments, a request leaving the configured origin, or a signal
  // that is already aborted (an async function turns it into the rejection).
  const { url, init, timeoutMs, signal } = client.request(index, parameters, options);
  const controller = new AbortController();
  const abort = () => controller.abort();
  let timedOut = false;
  signal?.addEventListener("abort", abort);
  const timer =
    timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeoutMs);
  init.signal = controller.signal;
  let response;
  let text;
  try {
    response = await fetch(url, init);
    if (!(response instanceof Response)) throw new TypeError("fetch resolved to something that is not a Response");
    // Kratos answers JSON requests without redirects: one is a misconfigured or hostile server
    // steering the credentialed request elsewhere (0 is a browser's opaque redirect).
    if (response.type === "opaqueredirect" || (response.status >= 300 && response.status < 400)) {
      throw client.failure("redirect", undefined, 0, response.status);
    }
    text = await response.text();
    if (typeof text !== "string") throw new TypeError("the body is not text");
  } catch (cause) {
    if (cause instanceof OryError) throw cause;
    const kind = timedOut ? "timeout" : signal?.aborted ? "aborted" : "network";
    throw client.failure(kind, cause, timeoutMs ?? 0, 0);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", abort);
  }
  return client.answer(index, response.status, response.headers, text, envelope);
}
