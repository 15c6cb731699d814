// The ory-wasm demo: a small single-page app (plain ES modules, no framework, no bundler) that
// walks every Kratos self-service flow with the SDK's renderer. It runs under a strict CSP (no
// inline script or style), so everything here is built with DOM calls.
// Without a bundler, import the parts used: /pkg/index.js would load every part of the package.
import { Configuration, FrontendApi, OryError } from "/pkg/core.js";
import { startFlow } from "/pkg/render.js";
import { kratos } from "/config.js";

const ory = new FrontendApi(new Configuration({ basePath: kratos }));

const FLOWS = {
  login: "Sign in",
  registration: "Create an account",
  recovery: "Recover your account",
  verification: "Verify your email address",
  settings: "Account settings",
};

const page = document.getElementById("page");
const title = document.getElementById("title");
const identityLine = document.getElementById("identity");

/** The view of the flow on screen, destroyed when the route changes. */
let current = null;
/** Bumped on every route change, so that a slow page never paints over the next one. */
let generation = 0;

// ------------------------------------------------------------------ helpers

/** `<tag>` with attributes and children (strings become text nodes). */
function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith("on") && typeof value === "function") {
      element.addEventListener(name.slice(2), value);
    } else {
      element.setAttribute(name, value === true ? "" : String(value));
    }
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

function setPage(heading, ...children) {
  title.textContent = heading;
  document.title = `${heading} · ory-wasm demo`;
  page.replaceChildren(...children.filter((child) => child !== null && child !== undefined && child !== false));
}

function errorBox(text) {
  return h("p", { class: "app-message app-message--error", role: "alert" }, text);
}

/** Whether a URL belongs to this app (then it is routed in place). */
function isOwnUrl(url) {
  try {
    return new URL(url, location.href).origin === location.origin;
  } catch {
    return false;
  }
}

/** Goes to `url`: in-app routes with history.pushState, anything else with location.assign. */
export function navigate(url, { replace = false } = {}) {
  if (isOwnUrl(url)) {
    const target = new URL(url, location.href);
    const path = target.pathname + target.search + target.hash;
    if (replace) history.replaceState(null, "", path);
    else history.pushState(null, "", path);
    route();
  } else {
    location.assign(url);
  }
}

const here = () => location.origin + location.pathname + location.search;

function loginFor(returnTo) {
  navigate(`/login?return_to=${encodeURIComponent(returnTo)}`);
}

/** Reacts to an OryError of a page that needs a session; returns true if it did. */
function handleSessionError(error, returnTo) {
  if (!(error instanceof OryError)) return false;
  if (error.kind === "session_inactive") {
    loginFor(returnTo);
    return true;
  }
  if (
    ["session_aal2_required", "session_refresh_required", "browser_location_change_required"].includes(error.kind) &&
    error.redirectBrowserTo
  ) {
    location.assign(error.redirectBrowserTo);
    return true;
  }
  return false;
}

// ------------------------------------------------------------------ the signed-in identity

function traitName(identity) {
  const name = identity?.traits?.name;
  const full = [name?.first, name?.last].filter(Boolean).join(" ");
  return full || identity?.traits?.email || identity?.id || "";
}

async function refreshIdentity() {
  try {
    const session = await ory.toSession();
    const identity = session.identity;
    identityLine.replaceChildren(
      "Signed in as ",
      h("strong", { "data-testid": "nav-identity" }, traitName(identity)),
      ` (${session.authenticator_assurance_level})`,
    );
    document.body.dataset.session = "active";
  } catch (error) {
    if (error instanceof OryError && error.kind === "session_aal2_required") {
      identityLine.textContent = "Signed in, second factor needed";
      document.body.dataset.session = "aal2_required";
    } else {
      identityLine.textContent = "Not signed in";
      document.body.dataset.session = "none";
    }
  }
}

// ------------------------------------------------------------------ pages

function homePage() {
  const links = [
    ["/registration", "Create an account"],
    ["/login", "Sign in"],
    ["/whoami", "Who am I (needs a session)"],
    ["/settings", "Account settings: profile, password, authenticator app, recovery codes"],
    ["/sessions", "Your sessions"],
    ["/recovery", "Recover an account"],
    ["/verification", "Verify an email address"],
    ["/logout", "Sign out"],
  ];
  setPage(
    "ory-wasm demo",
    h(
      "p",
      {},
      "Every Kratos self-service flow, rendered and driven by the ory-wasm SDK against ",
      h("code", {}, kratos),
      ".",
    ),
    h("ul", { class: "app-links" }, links.map(([href, text]) => h("li", {}, h("a", { href }, text)))),
  );
}

/** The kind of a flow object, from where it submits. */
function kindOf(flow) {
  const action = flow?.ui?.action ?? "";
  return /\/self-service\/(login|registration|recovery|verification|settings)\b/.exec(action)?.[1];
}

async function flowPage(type, mine) {
  const params = new URLSearchParams(location.search);
  const container = h("div", { class: "app-flow", id: "flow" });
  setPage(FLOWS[type], h("p", { class: "app-status", "aria-live": "polite" }, "Loading…"));
  // Where to go after success: the page's return_to, else /whoami for sign-in and sign-up and
  // back to the settings page after a saved setting (Kratos sends the browser to return_to).
  const returnTo =
    params.get("return_to") ??
    (type === "login" || type === "registration"
      ? `${location.origin}/whoami`
      : type === "settings"
        ? `${location.origin}/settings`
        : undefined);
  try {
    const view = await startFlow(type, container, {
      basePath: kratos,
      returnTo,
      // The card's links between flows (sign-up, "Forgot password?", back to sign-in); a click
      // goes through onNavigate, so the SPA routes it.
      urls: { login: "/login", registration: "/registration", recovery: "/recovery", verification: "/verification" },
      projectName: "ory-wasm demo",
      onFlow: (flow) => {
        if (mine !== generation) return;
        // The SDK may switch flows in place (sign-up → verification, step-up sign-in → back):
        // keep the URL and the heading in step, so a reload shows the same flow.
        const kind = kindOf(flow) ?? type;
        const url = new URL(location.href);
        url.pathname = `/${kind}`;
        url.searchParams.set("flow", flow.id);
        history.replaceState(null, "", url.pathname + url.search);
        title.textContent = FLOWS[kind];
        document.title = `${FLOWS[kind]} · ory-wasm demo`;
        container.dataset.flowType = kind;
      },
      onSuccess: () => navigate("/whoami"),
      onNavigate: (url) => navigate(url),
      onAlreadySignedIn: () => navigate("/whoami"),
    });
    if (mine !== generation) return view.destroy();
    current = view;
    page.replaceChildren(container);
  } catch (error) {
    if (mine !== generation) return;
    if (error instanceof OryError && error.kind === "session_already_available") return navigate("/whoami", { replace: true });
    if (handleSessionError(error, here())) return;
    page.replaceChildren(errorBox(`The ${type} flow could not start: ${error.message}`));
  }
}

async function whoamiPage(mine) {
  setPage("Who am I", h("p", { class: "app-status" }, "Loading…"));
  let session;
  try {
    session = await ory.toSession();
  } catch (error) {
    if (mine !== generation) return;
    if (handleSessionError(error, `${location.origin}/whoami`)) return;
    return page.replaceChildren(errorBox(error.message));
  }
  if (mine !== generation) return;
  const identity = session.identity ?? {};
  const addresses = identity.verifiable_addresses ?? [];
  const verified = addresses.map((a) => `${a.value}: ${a.verified ? "verified" : "not verified"}`);
  const unverified = addresses.some((a) => !a.verified);
  const methods = (session.authentication_methods ?? []).map((m) => m.method).join(", ");
  const row = (term, value, id) => [h("dt", {}, term), h("dd", { "data-testid": id }, value)];
  setPage(
    "Who am I",
    h(
      "dl",
      { class: "app-facts" },
      row("Email", identity.traits?.email ?? "", "whoami-email"),
      row("Name", traitName(identity), "whoami-name"),
      row("Assurance level", session.authenticator_assurance_level ?? "", "whoami-aal"),
      row("Signed in with", methods, "whoami-methods"),
      row("Email verification", verified.join("; ") || "none", "whoami-verified"),
      row("Session expires", session.expires_at ? new Date(session.expires_at).toUTCString() : "", "whoami-expires"),
    ),
    unverified ? h("p", {}, h("a", { href: "/verification", "data-testid": "verify-link" }, "Verify your email address")) : null,
  );
}

async function sessionsPage(mine, notice = "") {
  setPage("Your sessions", h("p", { class: "app-status" }, "Loading…"));
  let me;
  let others;
  try {
    [me, others] = await Promise.all([ory.toSession(), ory.listMySessions()]);
  } catch (error) {
    if (mine !== generation) return;
    if (handleSessionError(error, `${location.origin}/sessions`)) return;
    return page.replaceChildren(errorBox(error.message));
  }
  if (mine !== generation) return;
  const describe = (s) => {
    const device = s.devices?.[0];
    const when = s.authenticated_at ? new Date(s.authenticated_at).toUTCString() : "";
    return `${device?.user_agent ?? "unknown device"} — signed in ${when} (${s.authenticator_assurance_level})`;
  };
  const status = h("p", { class: "app-status", "aria-live": "polite", "data-testid": "sessions-status" }, notice);
  const list = h(
    "ul",
    { class: "app-sessions", "data-testid": "sessions-list" },
    h("li", { "data-session-id": me.id }, h("strong", {}, "This device: "), describe(me)),
    others.filter((s) => s.id !== me.id).map((s) => h("li", { "data-session-id": s.id }, describe(s))),
  );
  const revoke = h(
    "button",
    {
      type: "button",
      class: "ory-button",
      onclick: async () => {
        revoke.disabled = true;
        try {
          const result = await ory.disableMyOtherSessions();
          if (mine !== generation) return;
          await sessionsPage(mine, `Signed out ${result?.count ?? 0} other session(s).`);
        } catch (error) {
          status.textContent = `Could not sign out the other sessions: ${error.message}`;
          revoke.disabled = false;
        }
      },
    },
    "Revoke other sessions",
  );
  setPage("Your sessions", list, revoke, status);
}

async function logoutPage(mine) {
  setPage("Signing out", h("p", { class: "app-status", "aria-live": "polite" }, "Signing out…"));
  try {
    const { logout_token: token } = await ory.createBrowserLogoutFlow();
    await ory.updateLogoutFlow({ token });
  } catch (error) {
    // No session: nothing to sign out of.
    if (!(error instanceof OryError && ["session_inactive", "http"].includes(error.kind) && error.status === 401)) {
      if (mine === generation) page.replaceChildren(errorBox(`Could not sign out: ${error.message}`));
      return;
    }
  }
  if (mine === generation) navigate("/", { replace: true });
}

async function errorPage(mine) {
  const id = new URLSearchParams(location.search).get("id");
  setPage("Something went wrong", h("p", { class: "app-status" }, "Loading…"));
  if (!id) return page.replaceChildren(errorBox("No error id in the address."), homeLink());
  try {
    const flowError = await ory.getFlowError({ id });
    if (mine !== generation) return;
    const e = flowError.error ?? {};
    page.replaceChildren(
      h(
        "div",
        { class: "app-message app-message--error", role: "alert", "data-testid": "flow-error" },
        h("p", {}, h("strong", {}, `${e.code ?? ""} ${e.status ?? ""}`.trim()), " ", e.message ?? ""),
        e.reason ? h("p", {}, e.reason) : null,
      ),
      homeLink(),
    );
  } catch (error) {
    if (mine === generation) page.replaceChildren(errorBox(`The error ${id} could not be loaded: ${error.message}`), homeLink());
  }
}

const homeLink = () => h("p", {}, h("a", { href: "/" }, "Back to the start page"));

function notFoundPage() {
  setPage("Page not found", h("p", {}, "There is no such page."), homeLink());
}

// ------------------------------------------------------------------ the router

async function route() {
  const mine = ++generation;
  current?.destroy();
  current = null;
  const path = location.pathname.replace(/\/+$/, "") || "/";
  const name = path.slice(1);
  let work;
  if (path === "/") work = homePage();
  else if (name in FLOWS) work = flowPage(name, mine);
  else if (path === "/whoami") work = whoamiPage(mine);
  else if (path === "/sessions") work = sessionsPage(mine);
  else if (path === "/logout") work = logoutPage(mine);
  else if (path === "/error") work = errorPage(mine);
  else work = notFoundPage();
  try {
    await work;
  } finally {
    if (mine === generation) {
      await refreshIdentity();
      document.body.dataset.route = path;
      document.body.dataset.ready = String(mine);
    }
  }
}

// In-app links route without reloading the page.
document.addEventListener("click", (event) => {
  const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
  if (!link || event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || link.target) return;
  if (link.closest(".ory-flow") && !isOwnUrl(link.href)) return;
  if (!isOwnUrl(link.href) || link.hasAttribute("download")) return;
  const target = new URL(link.href);
  if (target.pathname === location.pathname && target.hash && target.search === location.search) return;
  event.preventDefault();
  navigate(link.href);
});
window.addEventListener("popstate", () => route());

route();
