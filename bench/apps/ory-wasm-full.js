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
      // Into the same container: a new version of the flow shown (the 400 answer) updates the
      // form in place, any other flow replaces it (as React re-renders elements-react).
      view = renderFlow(flow, container, { basePath });
    },
    destroy() {
      view?.destroy();
      view = null;
    },
  };
}

export const webauthnAvailable = () => browserSupportsWebAuthn();
