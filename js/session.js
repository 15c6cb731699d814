// ory-wasm/session: the signed-in visitor's session for a single-page app, kept current without
// a framework. The store asks Kratos (`toSession`, the browser's cookies) when it is created,
// when the window regains focus or the page becomes visible, and shortly before the session
// expires; it tells its subscribers when the session starts, changes, changes its AAL or ends.
// Plain JavaScript over a FrontendApi: no wasm of its own.
import { OryError, invalidArgument as invalid } from "./error.js";
import { allowedReturnUrl } from "./return-url.js";

const inactive = (error) => error instanceof OryError && error.kind === "session_inactive";
// setTimeout fires at once for a delay above 2^31 - 1 ms (24.8 days).
const MAX_DELAY = 2 ** 31 - 1;
// When Kratos still answers with a session this clock says has expired (a clock behind the
// server's), the next look.
const SKEWED_DELAY = 60_000;

/**
 * A session store over `ory` (a FrontendApi in browser mode).
 *
 * options:
 *   - refreshBeforeExpiryMs (60000): how long before `expires_at` the store asks again; if the
 *     session was not extended by then, it asks once more when it expires, and ends it.
 *   - onEnd(previous): called when the session ends (Kratos answers 401, or logout()).
 *   - onError(error): a failed automatic refresh (focus, timer); the session stays as it was.
 *   - allowedReturnUrls, onNavigate(url): where logout({ returnTo }) may go, and who goes there
 *     (default `location.assign`), as the renderer's options.
 */
export function createSessionStore(ory, options = {}) {
  const { refreshBeforeExpiryMs = 60_000, onEnd, onError, onNavigate, allowedReturnUrls = [] } = options;
  if (typeof ory?.toSession !== "function") throw invalid("createSessionStore needs a FrontendApi");
  if (typeof refreshBeforeExpiryMs !== "number" || !(refreshBeforeExpiryMs >= 0)) throw invalid("refreshBeforeExpiryMs must be a number ≥ 0");
  for (const [name, value] of Object.entries({ onEnd, onError, onNavigate })) {
    if (value !== undefined && typeof value !== "function") throw invalid(`${name} must be a function`);
  }
  allowedReturnUrl("/", { allowedReturnUrls }); // checks the entries now rather than at logout

  const win = typeof window === "undefined" ? undefined : window;
  const doc = win?.document;
  const listeners = new Set();
  let session = null;
  let disposed = false;
  let timer;
  let inflight = null;
  // Answers are applied in the order their requests were sent: an older answer arriving late
  // (a refresh sent before a logout) is dropped.
  let sent = 0;
  let applied = 0;

  const report = (error) => {
    try {
      onError?.(error);
    } catch (thrown) {
      queueMicrotask(() => {
        throw thrown;
      });
    }
  };

  function notify(type, previous) {
    for (const listener of [...listeners]) {
      try {
        listener(session, { type, previous });
      } catch (thrown) {
        // One failing subscriber must not keep the others uninformed; the error stays visible.
        queueMicrotask(() => {
          throw thrown;
        });
      }
    }
    if (type === "end") onEnd?.(previous);
  }

  function schedule() {
    clearTimeout(timer);
    timer = undefined;
    const expires = Date.parse(session?.expires_at ?? "");
    if (disposed || !Number.isFinite(expires)) return;
    const now = Date.now();
    // Inside the window already (this answer came from there): look again once it expired.
    let at = expires - refreshBeforeExpiryMs;
    if (at <= now) at = expires;
    const delay = expires <= now ? SKEWED_DELAY : Math.min(at - now, MAX_DELAY);
    timer = setTimeout(automatic, delay);
  }

  function apply(order, next) {
    if (disposed || order <= applied) return;
    applied = order;
    const previous = session;
    // The same answer keeps the same object (and notifies nobody): a snapshot for
    // React's useSyncExternalStore and the like.
    if (JSON.stringify(previous) !== JSON.stringify(next)) {
      session = next;
      let type = "update";
      if (next === null) type = "end";
      else if (previous === null || previous.id !== next.id) type = "start";
      else if (previous.authenticator_assurance_level !== next.authenticator_assurance_level) type = "aal";
      notify(type, previous);
    }
    schedule();
  }

  function refresh() {
    if (disposed) return Promise.resolve(null);
    const order = ++sent;
    const request = ory.toSession().then(
      (next) => apply(order, next),
      (error) => {
        if (!inactive(error)) throw error;
        apply(order, null);
      },
    );
    const settled = request.then(() => session);
    inflight = settled;
    settled.then(
      () => inflight === settled && (inflight = null),
      () => inflight === settled && (inflight = null),
    );
    return settled;
  }

  // Focus, visibility and the timer: one request at a time, failures to onError.
  function automatic() {
    if (disposed || inflight) return;
    refresh().catch(report);
  }
  const onVisibility = () => doc.visibilityState === "visible" && automatic();
  win?.addEventListener("focus", automatic);
  doc?.addEventListener("visibilitychange", onVisibility);

  const ready = refresh().catch((error) => {
    report(error);
    return null;
  });

  async function logout({ returnTo } = {}) {
    if (disposed) throw invalid("the session store was disposed");
    const page = win?.location?.origin;
    // A path is on the page's origin; Kratos takes absolute URLs.
    const absolute = returnTo === undefined ? undefined : (allowedReturnUrl(returnTo, { origins: [page] }) ?? returnTo);
    let flow = null;
    try {
      flow = await ory.createBrowserLogoutFlow(returnTo === undefined ? {} : { returnTo: absolute });
    } catch (error) {
      if (!inactive(error)) throw error;
    }
    let target = null;
    if (returnTo !== undefined) {
      let kratos;
      try {
        kratos = flow ? new URL(flow.logout_url).origin : undefined;
      } catch {
        kratos = undefined;
      }
      target = allowedReturnUrl(returnTo, { origins: [page, kratos], allowedReturnUrls });
      if (target === null) throw invalid("returnTo is not on the page's or Kratos' origin, nor allowed by allowedReturnUrls");
    }
    if (flow) {
      try {
        await ory.updateLogoutFlow(returnTo === undefined ? { token: flow.logout_token } : { token: flow.logout_token, returnTo: absolute });
      } catch (error) {
        if (!inactive(error)) throw error;
      }
    }
    apply(++sent, null);
    if (target !== null && !disposed) (onNavigate ?? ((url) => win.location.assign(url)))(target);
    return target;
  }

  return {
    /** The current session, or null (also before the first answer: await `ready`). */
    get session() {
      return session;
    },
    /** Resolves with the session after the first answer (null: none, or it failed: onError). */
    ready,
    /** listener(session, { type: "start" | "update" | "aal" | "end", previous }); returns unsubscribe. */
    subscribe(listener) {
      if (typeof listener !== "function") throw invalid("subscribe takes a function");
      if (disposed) return () => {};
      const own = (...args) => listener(...args); // the same function twice is two subscriptions
      listeners.add(own);
      return () => listeners.delete(own);
    },
    /** Asks Kratos now; resolves with the session (null: none), rejects on other failures. */
    refresh,
    logout,
    /** Removes every listener and timer; later answers and events change nothing. */
    dispose() {
      disposed = true;
      clearTimeout(timer);
      timer = undefined;
      listeners.clear();
      win?.removeEventListener("focus", automatic);
      doc?.removeEventListener("visibilitychange", onVisibility);
    },
  };
}
