// client-fetch's hooks, for the calls that use one (see send.js): the Configuration's `fetchApi`
// and `middleware` (`pre`, `post`, `onError`, with client-fetch's context objects), and
// `initOverrides` given as a function.
//
// This module imports nothing: what it needs of send.js and error.js is handed to it. Sharing a
// module with the lazily imported one makes a bundler split that module into a third chunk, which
// every app then fetches up front (one more request before it is ready).

/** `url` resolved as fetch resolves it (against the page, where there is one), or null. */
const resolve = (url) => {
  try {
    return new URL(url, globalThis.location?.href);
  } catch {
    return null;
  }
};

/**
 * client-fetch's per-call `initOverrides` as a function: it is shown the request (`init`, and a
 * `context` of its method, path, query and headers) and answers with overrides, of which the
 * per-call options are taken (`headers`, `signal`, `timeoutMs`), so that they go through the
 * same checks as options given as an object.
 */
async function overrides(client, index, parameters, override, invalid) {
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

/** `exchange` is send.js' and `invalid` error.js' `invalidArgument` (see above). */
export async function sendHooked(client, hooks, index, parameters, options, mode, { exchange, invalid }) {
  if (typeof options === "function") options = await overrides(client, index, parameters, options, invalid);
  const prepared = client.request(index, parameters, options);
  const fetchFn = hooks?.fetchApi ?? ((...args) => fetch(...args));
  const middleware = hooks?.middleware ?? [];
  // The middleware around the fetch, in client-fetch's order; the timeout and the caller's
  // signal cover all of it.
  const hooked = async (url, init) => {
    let params = { url, init };
    for (const m of middleware) if (m.pre) params = (await m.pre({ fetch: fetchFn, ...params })) || params;
    // A middleware may rewrite the request, but not send it (and its credentials) elsewhere:
    // the URL the SDK checked and the rewritten one must have the same origin, by the parser
    // fetch uses.
    const expected = resolve(url)?.origin;
    if (params.url !== url && (expected === undefined || resolve(params.url)?.origin !== expected)) {
      throw invalid("a middleware moved the request to another origin: it would leave the configured origin");
    }
    let response;
    try {
      response = await fetchFn(params.url, params.init);
    } catch (error) {
      for (const m of middleware) {
        if (m.onError) response = (await m.onError({ fetch: fetchFn, ...params, error, response: response?.clone() })) || response;
      }
      if (response === undefined) throw error;
    }
    for (const m of middleware) if (m.post) response = (await m.post({ fetch: fetchFn, ...params, response: response.clone() })) || response;
    return response;
  };
  return exchange(client, index, prepared, mode, hooked);
}
