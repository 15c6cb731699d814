// ory-wasm/react: React bindings. <OryFlow> renders a flow with the SDK's renderer (startFlow);
// useSession reads a session store (ory-wasm/session) with useSyncExternalStore.
//
// Plain JavaScript with createElement, no JSX: the file is published as it is, with no build
// step. React is an optional peer dependency of the package: only apps that import this subpath
// need it, and nothing else in the package imports this file. No "use client" directive: Vite
// and Rollup warn about it in every build (measured with Vite 7); in Next.js' app router, import
// these from a client component.
import { createContext, createElement, useContext, useEffect, useLayoutEffect, useRef, useSyncExternalStore } from "react";

import { invalidArgument as invalid } from "./error.js";
import { startFlow } from "./render.js";

// The renderer's callbacks (RenderOptions): read from the latest props when the SDK calls them,
// so a new function on every render does not start a new flow.
const CALLBACKS = ["onSuccess", "onNavigate", "onSessionToken", "onAlreadySignedIn", "onStartLogin", "onFlow", "onUnreadable"];
// Props of the component itself, not options of the renderer.
const OWN_PROPS = new Set(["type", "onError", "className", "style", "id", "children"]);
const ignore = () => {};

/** The renderer's options among the props, without the callbacks and the functions. */
function optionsOf(props) {
  const options = {};
  for (const [name, value] of Object.entries(props)) {
    if (!OWN_PROPS.has(name) && !CALLBACKS.includes(name)) options[name] = value;
  }
  return options;
}

/**
 * <OryFlow type="login" basePath="…" onSuccess={…} />: starts (or loads, from `flowId` or the
 * page URL's ?flow=) a flow and renders it into a <div> of its own. Every other prop is an option
 * of startFlow (RenderOptions). A change of `type` or of an option's value starts the flow anew;
 * the callbacks may change freely. `onError(error)` gets an OryError when the flow cannot be
 * started (default: the message in the div).
 */
export function OryFlow(props) {
  const host = useRef(null);
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });
  // What starts a new flow: the type and the options' values (functions are not part of JSON:
  // fetchApi and middleware are read when a flow starts).
  const key = JSON.stringify([props.type, optionsOf(props)]);

  useEffect(() => {
    let live = true;
    let view = null;
    // Each start renders into an element of its own: a start that was overtaken (StrictMode's
    // second mount, a prop change while the request is in flight) renders into its detached
    // element, never over the current one, and is destroyed.
    const slot = document.createElement("div");
    host.current.append(slot);
    const options = optionsOf(latest.current);
    for (const name of CALLBACKS) {
      // An absent callback is absent (the SDK's default applies); a stale start calls nothing.
      Object.defineProperty(options, name, { enumerable: true, get: () => (live ? latest.current[name] : ignore) });
    }
    // StrictMode mounts, unmounts and mounts again in one go: starting a microtask later lets
    // the first mount's cleanup come first, so it sends no request at all.
    queueMicrotask(() => {
      if (!live) return;
      startFlow(latest.current.type, slot, options).then(
        (started) => {
          if (live) view = started;
          else started.destroy();
        },
        (error) => {
          if (!live) return;
          const onError = latest.current.onError;
          if (typeof onError === "function") return onError(error);
          const message = document.createElement("p");
          message.className = "ory-message ory-message--error";
          message.setAttribute("role", "alert");
          message.textContent = error?.message ?? String(error);
          slot.replaceChildren(message);
        },
      );
    });
    return () => {
      live = false;
      view?.destroy();
      view = null;
      slot.remove();
    };
  }, [key]);

  return createElement("div", { ref: host, className: props.className, style: props.style, id: props.id });
}

// ------------------------------------------------------------------------------ the session

const SessionContext = createContext(null);

const isStore = (store) =>
  typeof store?.subscribe === "function" && typeof store?.ready?.then === "function" && "session" in store;

/** <OrySessionProvider store={store}>: the store useSession() and useSessionStore() read below it. */
export function OrySessionProvider({ store, children }) {
  if (!isStore(store)) throw invalid("OrySessionProvider needs a session store (createSessionStore of ory-wasm/session)");
  return createElement(SessionContext.Provider, { value: store }, children);
}

/** The store of the nearest <OrySessionProvider>. */
export function useSessionStore() {
  const store = useContext(SessionContext);
  if (!store) throw invalid("useSessionStore needs an <OrySessionProvider> above the component");
  return store;
}

// One subscribe/snapshot pair per store: useSyncExternalStore resubscribes when `subscribe`
// changes identity.
const access = new WeakMap();

function accessTo(store) {
  let entry = access.get(store);
  if (entry) return entry;
  // Before the store's first answer the session is unknown (undefined), not absent (null).
  let known = false;
  const waiting = new Set();
  store.ready.then(() => {
    known = true;
    for (const onChange of [...waiting]) onChange();
  });
  entry = {
    subscribe(onChange) {
      waiting.add(onChange);
      const unsubscribe = store.subscribe(() => onChange());
      return () => {
        waiting.delete(onChange);
        unsubscribe();
      };
    },
    // The store keeps the same object for an unchanged answer: a stable snapshot.
    snapshot: () => (known || store.session !== null ? store.session : undefined),
  };
  access.set(store, entry);
  return entry;
}

// Server rendering: the session is unknown until the browser asks.
const unknown = () => undefined;

/**
 * The session of `store` (default: the <OrySessionProvider>'s): undefined until the store's
 * first answer, then the session or null; the component renders again when it changes.
 */
export function useSession(store) {
  const provided = useContext(SessionContext);
  const chosen = store ?? provided;
  if (!isStore(chosen)) throw invalid("useSession needs a session store: pass one, or render an <OrySessionProvider> above");
  const { subscribe, snapshot } = accessTo(chosen);
  return useSyncExternalStore(subscribe, snapshot, unknown);
}
