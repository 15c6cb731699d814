// The complete app on the official stack: @ory/client-fetch for the calls, @ory/elements-react
// (default theme and its stylesheet) with react and react-dom for rendering. WebAuthn runs through
// the script node Kratos puts into the flow (Kratos' own webauthn.js, not part of this bundle).
import { createElement } from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { SettingsFlowFromJSON } from "@ory/client-fetch";
import { OrySettingsCard, useOryFlow } from "@ory/elements-react";
import { Login, Recovery, Registration, Settings, Verification } from "@ory/elements-react/theme";
import "@ory/elements-react/theme/styles.css";

export { createClient } from "./client-fetch-calls.js";

/** The flow object as client-fetch's getSettingsFlow returns it (dates as Date objects). */
export const prepareFlow = (json) => SettingsFlowFromJSON(json);

const components = { login: Login, registration: Registration, settings: Settings, recovery: Recovery, verification: Verification };

const flowType = (flow) => (flow.ui.action.includes("/settings") ? "settings" : flow.ui.action.match(/self-service\/(\w+)/)[1]);

export function mount(container, basePath) {
  const root = createRoot(container);
  // elements-react keeps the flow in its own state (a new `flow` prop is ignored once mounted);
  // after a 400 it re-renders through the flow context's setFlowContainer. The app reaches that
  // setter the same way, from a child of <Settings> next to the default card.
  let setFlowContainer = null;
  function Capture() {
    setFlowContainer = useOryFlow().setFlowContainer;
    return null;
  }
  const config = {
    sdk: { url: basePath },
    project: {
      name: "Bench",
      default_redirect_url: basePath + "/",
      error_ui_url: basePath + "/error",
      login_ui_url: basePath + "/login",
      registration_ui_url: basePath + "/registration",
      recovery_ui_url: basePath + "/recovery",
      verification_ui_url: basePath + "/verification",
      settings_ui_url: basePath + "/settings",
      registration_enabled: true,
      recovery_enabled: true,
      verification_enabled: true,
    },
  };
  return {
    render(flow) {
      const type = flowType(flow);
      if (setFlowContainer) {
        flushSync(() => setFlowContainer({ flowType: type, flow }));
        return;
      }
      const children = type === "settings" ? [createElement(Capture, { key: "capture" }), createElement(OrySettingsCard, { key: "card" })] : undefined;
      flushSync(() => root.render(createElement(components[type], { flow, config }, children)));
    },
    destroy() {
      setFlowContainer = null;
      root.unmount();
    },
  };
}

export const webauthnAvailable = () => typeof window.PublicKeyCredential === "function";
