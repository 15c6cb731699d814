// ory-wasm/server: helpers for server code on Web-standard Request and Response (Node 20+,
// Next.js route handlers and middleware, edge runtimes, Deno, Bun). They take a FrontendApi
// (from "ory-wasm" or "ory-wasm/core") and forward the visitor's credentials to Kratos, as a
// server that renders pages for signed-in users must. Plain JavaScript: no wasm of its own.
import { OryError, invalidArgument as invalid } from "./error.js";
import { allowedReturnUrl } from "./return-url.js";

const FLOWS = { login: "Login", registration: "Registration", recovery: "Recovery", verification: "Verification", settings: "Settings" };

function flowName(type) {
  const name = Object.hasOwn(FLOWS, type) ? FLOWS[type] : undefined;
  if (!name) throw invalid(`unknown flow type "${type}": one of ${Object.keys(FLOWS).join(", ")}`);
  return name;
}

function headersOf(request) {
  const headers = request?.headers;
  if (typeof headers?.get !== "function") throw invalid("request must be a Request (or have Headers)");
  return headers;
}

/**
 * The visitor's credentials in the order Kratos reads them: `X-Session-Token`, then the
 * cookies, then `Authorization: Bearer <session token>`; null when there are none.
 */
function credentials(request) {
  const headers = headersOf(request);
  const token = headers.get("x-session-token");
  if (token) return { xSessionToken: token };
  const cookie = headers.get("cookie");
  if (cookie) return { cookie };
  const bearer = /^Bearer +([^\s]+) *$/i.exec(headers.get("authorization") ?? "")?.[1];
  return bearer ? { xSessionToken: bearer } : null;
}

/**
 * The visitor's session, or null when there is none (no credentials — then nothing is asked —
 * or Kratos answers 401). Every other failure rejects with its OryError (e.g. 403
 * `session_aal2_required`, `network`).
 */
export async function getSession(request, ory, options) {
  const given = credentials(request);
  if (!given) return null;
  try {
    return await ory.toSession(given, options);
  } catch (error) {
    if (error instanceof OryError && error.kind === "session_inactive") return null;
    throw error;
  }
}

/** A Headers with every `Set-Cookie` of Kratos' answer. */
function cookiesOf(raw) {
  const headers = new Headers();
  for (const cookie of raw.headers.getSetCookie()) headers.append("set-cookie", cookie);
  return headers;
}

/**
 * Creates a browser flow of `type` ("login", "registration", "recovery", "verification",
 * "settings") for the visitor: `parameters` are those of `createBrowser<Type>Flow`
 * (`returnTo`, `aal`, `refresh`, …); the visitor's cookies are forwarded. Resolves to
 * `{ flow, headers }`, `headers` holding every `Set-Cookie` of the answer (the CSRF cookie):
 * relay them to the browser (relayCookies), or its submit fails the CSRF check.
 */
export async function createFlow(request, ory, type, parameters = {}, options) {
  const name = flowName(type);
  const cookie = headersOf(request).get("cookie") ?? undefined;
  const { raw, value } = await ory[`createBrowser${name}FlowRaw`]({ ...parameters, cookie }, options);
  return { flow: await value(), headers: cookiesOf(raw) };
}

/** Fetches the browser flow `id` of `type` with the visitor's cookies; resolves to `{ flow, headers }` as createFlow. */
export async function getFlow(request, ory, type, id, options) {
  const name = flowName(type);
  const cookie = headersOf(request).get("cookie") ?? undefined;
  const { raw, value } = await ory[`get${name}FlowRaw`]({ id, cookie }, options);
  return { flow: await value(), headers: cookiesOf(raw) };
}

/**
 * Appends every `Set-Cookie` of `from` (createFlow's or getFlow's result, a Headers, a Response)
 * to `to` (a Headers, or a Response whose headers are mutable: `new Response(…)`, not
 * `Response.redirect(…)`); returns `to`.
 */
export function relayCookies(from, to) {
  const source = from instanceof Headers ? from : from?.headers;
  const target = to instanceof Headers ? to : to?.headers;
  if (!(source instanceof Headers) || !(target instanceof Headers)) throw invalid("relayCookies takes Headers, Responses or { headers }");
  for (const cookie of source.getSetCookie()) target.append("set-cookie", cookie);
  return to;
}

/** A 303 to `url` that no cache keeps (it depends on the visitor's cookies). */
function seeOther(url) {
  return new Response(null, { status: 303, headers: { location: url.href, "cache-control": "private, no-store" } });
}

/**
 * `{ session }` for a visitor with a session; otherwise `{ redirect }`, a 303 Response to
 * `loginUrl` (absolute, or a path on the request's origin) with `return_to` = the request URL
 * when the navigation rule allows it: on the login URL's origin, or matched by
 * `allowedReturnUrls` (README "Where the SDK navigates"). A session that lacks its second factor
 * (Kratos' 403 `session_aal2_required`) redirects to the sign-in Kratos names for it
 * (`…/self-service/login/browser?aal=aal2`), with `return_to` set by the same rule. Other
 * failures reject as getSession.
 */
export async function requireSession(request, ory, { loginUrl, allowedReturnUrls = [] } = {}) {
  if (typeof loginUrl !== "string" || loginUrl === "") throw invalid("requireSession needs a loginUrl");
  let login;
  try {
    login = new URL(loginUrl, request.url);
  } catch {
    throw invalid("loginUrl must be an http(s) URL or a path");
  }
  if (login.protocol !== "http:" && login.protocol !== "https:") throw invalid("loginUrl must be an http(s) URL or a path");
  // Checked before the session is asked for: a bad allow-list fails every request alike.
  const returnTo = allowedReturnUrl(request.url, { origins: [login.origin], allowedReturnUrls });
  let session;
  try {
    session = await getSession(request, ory);
  } catch (error) {
    // Kratos' target, as the renderer follows a 422's: OryError keeps `redirectBrowserTo` only
    // when it is an absolute http(s) URL. The app's URL goes into it by the rule above.
    if (!(error instanceof OryError && error.kind === "session_aal2_required" && error.redirectBrowserTo)) throw error;
    const secondFactor = new URL(error.redirectBrowserTo);
    if (returnTo) secondFactor.searchParams.set("return_to", returnTo);
    return { redirect: seeOther(secondFactor) };
  }
  if (session) return { session };
  if (returnTo) login.searchParams.set("return_to", returnTo);
  return { redirect: seeOther(login) };
}
