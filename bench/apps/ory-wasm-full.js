// The complete app on ory-wasm: the calls of ory-wasm-calls.js, plus rendering every flow type
// into the page with the SDK's renderer (which also drives WebAuthn and passkeys) and its stylesheet.
import { browserSupportsWebAuthn, renderFlow } from "ory-wasm";
import "ory-wasm/ory-wasm.css";

export { createClient } from "./ory-wasm-calls.js";

/** The flow object as this SDK's calls return it (ory-wasm: the JSON itself). */
export const prepareFlow = (json) => json;

export function mount(container, basePath) {
  let view = null;
  return {
    render(flow) {
      // A re-render rebuilds the form, as the renderer does itself after a 400.
      view?.destroy();
      view = renderFlow(flow, container, { basePath });
    },
    destroy() {
      view?.destroy();
      view = null;
    },
  };
}

export const webauthnAvailable = () => browserSupportsWebAuthn();
