// The fetch behind every method of the generated API classes (api-*.js).
//
// The wasm Client decides everything about the request — the URL (checked against the configured
// origin by both its own parser and the browser's), method, headers, credentials mode, body,
// `redirect: "manual"`, `cache: "no-store"` — and everything about the answer: status, content
// type, shape, the OryError. What is left is what the browser does itself: the fetch, its abort
// and its timeout. Doing them here rather than from wasm keeps the async runtime and the fetch
// bindings out of the core module (a third of it) and saves the crossings of every call.
//
// The hooks of `@ory/client-fetch`'s Configuration (`fetchApi`, `middleware`) and `initOverrides`
// as a function are run by send-hooks.js, imported only by a call that uses one: an app that
// uses none downloads none of it (with a bundler that splits dynamic imports: Vite, webpack,
// Rollup, esbuild --splitting).
import { OryError, invalidArgument as invalid } from "./error.js";

/** What a call resolves to: the body, V0alpha2Api's `{data, status, headers}`, or client-fetch's `ApiResponse`. */
export const VALUE = 0;
export const ENVELOPE = 1;
export const RAW = 2;

/**
 * The Configuration's `fetchApi` and `middleware` (client-fetch's names and semantics), checked
 * once when an API class is constructed, like the rest of the configuration; `undefined` when
 * neither is given.
 */
export function hooks(configuration) {
  const { fetchApi, middleware } = configuration?.params ?? configuration ?? {};
  if (fetchApi === undefined && middleware === undefined) return undefined;
  if (fetchApi !== undefined && typeof fetchApi !== "function") throw invalid("fetchApi must be a function like fetch");
  const hooks = middleware ?? [];
  const shape = "middleware must be an array of { pre, post, onError }";
  if (!Array.isArray(hooks)) throw invalid(shape);
  for (const m of hooks) {
    if (typeof m !== "object" || m === null) throw invalid(shape);
    for (const hook of ["pre", "post", "onError"]) {
      if (m[hook] !== undefined && typeof m[hook] !== "function") throw invalid(`middleware ${hook} must be a function`);
    }
  }
  return { fetchApi, middleware: [...hooks] };
}

export async function send(client, hooks, index, parameters, options, mode = VALUE) {
  // FrontendApi's Client arrives with its module (a promise: see engine.js).
  client = await client;
  if (hooks !== undefined || typeof options === "function") {
    const { sendHooked } = await import("./send-hooks.js");
    return sendHooked(client, hooks, index, parameters, options, mode, { exchange, invalid });
  }
  // Throws OryError for bad arguments, a request leaving the configured origin, or a signal
  // that is already aborted (an async function turns it into the rejection).
  return exchange(client, index, client.request(index, parameters, options), mode, fetch);
}

/**
 * Sends the request the Client `prepared` with `fetchFn(url, init)` (fetch, or the hooks' stand-in
 * for it), under its timeout and signal, and reads the answer with the Client.
 */
export async function exchange(client, index, prepared, mode, fetchFn) {
  const { url, init, timeoutMs, signal } = prepared;
  // A call without a timeout or a signal cannot be aborted: it gets no controller (a CPU profile
  // of the per-call benchmark put the controller at about a microsecond of a stubbed call).
  const controller = timeoutMs === undefined && signal === undefined ? undefined : new AbortController();
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
  if (controller) init.signal = controller.signal;
  let response;
  let text;
  try {
    response = await fetchFn(url, init);
    // A Response, or one of another fetch implementation (a fetchApi's): what is read of it.
    if (typeof response?.text !== "function" || typeof response.status !== "number") {
      throw new TypeError("fetch resolved to something that is not a Response");
    }
    // Kratos answers JSON requests without redirects: one is a misconfigured or hostile server
    // steering the credentialed request elsewhere (0 is a browser's opaque redirect).
    if (response.type === "opaqueredirect" || (response.status >= 300 && response.status < 400)) {
      throw client.failure("redirect", undefined, 0, response.status);
    }
    // ApiResponse.raw keeps an unread body, as client-fetch's does.
    text = await (mode === RAW ? response.clone() : response).text();
    if (typeof text !== "string") throw new TypeError("the body is not text");
  } catch (cause) {
    if (cause instanceof OryError) throw cause;
    const kind = timedOut ? "timeout" : signal?.aborted ? "aborted" : "network";
    throw client.failure(kind, cause, timeoutMs ?? 0, 0);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", abort);
  }
  const value = client.answer(index, response.status, response.headers, text);
  if (mode === ENVELOPE) return { data: value, status: response.status, headers: Object.fromEntries(response.headers) };
  return mode === RAW ? { raw: response, value: async () => value } : value;
}
