// The React test app (tests/browser/react.test.mjs): the README's snippet (readme.jsx, written by
// the test) in <StrictMode> in #app, and in #harness an <OryFlow> the test mounts, re-renders and
// unmounts through window.harness, recording what its callbacks saw in window.seen.
import { StrictMode, useEffect } from "react";
import { createRoot } from "react-dom/client";
import { Configuration, FrontendApi } from "ory-wasm";
import { OryFlow, OrySessionProvider, useSession } from "ory-wasm/react";
import { createSessionStore } from "ory-wasm/session";

import { App } from "./readme.jsx";

/** Counts its mounts: two under <StrictMode> in React's development build. */
function MountProbe() {
  useEffect(() => {
    window.probeMounts = (window.probeMounts ?? 0) + 1;
  }, []);
  return null;
}

createRoot(document.getElementById("app")).render(
  <StrictMode>
    <MountProbe />
    <App />
  </StrictMode>,
);

/** What useSession() gives below the provider. */
function Badge() {
  const session = useSession();
  return <output>{session === undefined ? "unknown" : (session?.identity?.traits?.email ?? "signed out")}</output>;
}

window.seen = [];
let root = null;
let store = null;
window.harness = {
  /**
   * Renders <OryFlow {...props}> (a new root after unmount), with `session`: below an
   * <OrySessionProvider> next to a <Badge>. The callbacks record into window.seen; onNavigate
   * stays on the page and asks the store again (an SPA's router would go to `url`).
   */
  render({ tag = "", session = false, ...props }) {
    root ??= createRoot(document.getElementById("harness"));
    if (session) store ??= createSessionStore(new FrontendApi(new Configuration({ basePath: props.basePath })));
    const flow = (
      <OryFlow
        {...props}
        onFlow={(flow) => window.seen.push({ tag, event: "flow", id: flow.id })}
        onError={(error) => window.seen.push({ tag, event: "error", kind: error.kind })}
        onSuccess={({ session }) => window.seen.push({ tag, event: "success", email: session?.identity?.traits?.email })}
        onNavigate={(url) => {
          window.seen.push({ tag, event: "navigate", url });
          store?.refresh();
        }}
      />
    );
    root.render(
      <StrictMode>
        {session ? (
          <OrySessionProvider store={store}>
            <Badge />
            {flow}
          </OrySessionProvider>
        ) : (
          flow
        )}
      </StrictMode>,
    );
  },
  unmount() {
    root?.unmount();
    root = null;
  },
  logout: () => store.logout(),
};
window.oryReady = true;
