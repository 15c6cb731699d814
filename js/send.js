// The fetch behind every method of the generated API classes (api-*.js).
//
// The wasm Client decides everything about the request — the URL (checked against the configured
// origin by both its own parser and the browser's), method, headers, credentials mode, body,
// `redirect: "manual"`, `cache: "no-store"` — and everything about the answer: status, content
// type, shape, the OryError. What is left is what the browser does itself: the fetch, its abort
// and its timeout, plus the hooks of `@ory/client-fetch`'s Configuration (`fetchApi`,
// `middleware`). Doing them here rather than from wasm keeps the async runtime and the fetch
// bindings out of the core module (a third of it) and saves the crossings of every call.
import { OryError, invalidArgument as invalid } from "./error.js";

/** What a call resolves to: the body, V0alpha2Api's `{data, status, headers}`, or client-fetch's `ApiResponse`. */
export const VALUE = 0;
export const ENVELOPE = 1;
export const RAW = 2;

/** `url` resolved as fetch resolves it (against the page, where there is one), or null. */
const resolve = (url) => {
  try {
    return new URL(url, globalThis.location?.href);
  } catch {
    return null;
  }
};

/**
 * The Configuration's `fetchApi` and `middleware` (client-fetch's names and semantics), checked
 * once when an API class is constructed, like the rest of the configuration.
 */
export function hooks(configuration) {
  const given = configuration?.params ?? configuration ?? {};
  const { fetchApi, middleware = [] } = given;
  if (fetchApi !== undefined && typeof fetchApi !== "function") throw invalid("fetchApi must be a function like fetch");
  if (!Array.isArray(middleware)) throw invalid("middleware must be an array of { pre, post, onError }");
  for (const m of middleware) {
    if (typeof m !== "object" || m === null) throw invalid("middleware must be an array of { pre, post, onError }");
    for (const hook of ["pre", "post", "onError"]) {
      if (m?.[hook] !== undefined && typeof m[hook] !== "function") throw invalid(`middleware ${hook} must be a function`);
    }
  }
  return { fetchApi, middleware: [...middleware] };
}

/**
 * client-fetch's per-call `initOverrides` as a function: it is shown the request (`init`, and a
 * `context` of its method, path, query and headers) and answers with overrides, of which the
 * per-call options are taken (`headers`, `signal`, `timeoutMs`), so that they go through the
 * same checks as options given as an object.
 */
async function overrides(client, index, parameters, override) {
  const { url, init } = client.request(index, parameters, undefined);
  const at = resolve(url);
  const headers = Object.fromEntries(new Headers(init.headers));
  const context = { method: init.method, path: at?.pathname ?? url, query: Object.fromEntries(at?.searchParams ?? []), headers, body: init.body };
  const given = (await override({ init: { method: init.method, headers, credentials: init.credentials, body: init.body }, context })) ?? {};
  let extra;
  try {
    extra = Object.fromEntries(new Headers(given.headers ?? {}));
  } catch {
    throw invalid("the headers initOverrides answered with are not headers");
  }
  for (const [name, value] of Object.entries(headers)) if (extra[name] === value) delete extra[name];
  return { headers: extra, signal: given.signal ?? undefined, timeoutMs: given.timeoutMs };
}

export async function send(client, { fetchApi, middleware }, index, parameters, options, mode = VALUE) {
  if (typeof options === "function") options = await overrides(client, index, parameters, options);
  // Throws OryError for bad arguments, a request leaving the configured origin, or a signal
  // that is already aborted (an async function turns it into the rejection).
  const { url, init, timeoutMs, signal } = client.request(index, parameters, options);
  const fetchFn = fetchApi ?? ((...args) => fetch(...args));
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
  let params = { url, init };
  let response;
  let text;
  try {
    for (const m of middleware) if (m.pre) params = (await m.pre({ fetch: fetchFn, ...params })) || params;
    // A middleware may rewrite the request, but not send it (and its credentials) elsewhere:
    // the URL the SDK checked and the rewritten one must have the same origin, by the parser
    // fetch uses.
    const expected = resolve(url)?.origin;
    if (params.url !== url && (expected === undefined || resolve(params.url)?.origin !== expected)) {
      throw invalid("a middleware moved the request to another origin: it would leave the configured origin");
    }
    try {
      response = await fetchFn(params.url, params.init);
    } catch (error) {
      for (const m of middleware) {
        if (m.onError) response = (await m.onError({ fetch: fetchFn, ...params, error, response: response?.clone() })) || response;
      }
      if (response === undefined) throw error;
    }
    for (const m of middleware) if (m.post) response = (await m.post({ fetch: fetchFn, ...params, response: response.clone() })) || response;
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
  const value = client.answer(index, response.status, response.headers, text, mode === ENVELOPE);
  return mode === RAW ? { raw: response, value: async () => value } : value;
}
