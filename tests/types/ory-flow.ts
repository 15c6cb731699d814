// Strict type test of <ory-flow>'s events (OryFlowEventMap in js/ory-wasm.d.ts), as a page or a
// framework listens to them. Type-check only, never run: `npx tsc -p tests/types`.
import { OryError, defineOryFlowElement, type Flow, type OryFlowElement, type OryFlowEventMap } from "ory-wasm";

defineOryFlowElement();
const element: OryFlowElement = document.createElement("ory-flow");
element.addEventListener("ory-success", (event) => void event.detail.session?.identity?.id);
element.addEventListener("ory-navigate", (event) => {
  const url: string = event.detail.url;
  if (new URL(url).origin === location.origin) event.preventDefault();
});
element.addEventListener("ory-error", (event) => void (event.detail.error instanceof OryError && event.detail.error.kind));
element.addEventListener("ory-flow", (event) => {
  const flow: Flow = event.detail.flow;
  void flow.id;
});
export const names: (keyof OryFlowEventMap)[] = ["ory-success", "ory-navigate", "ory-error", "ory-flow"];
// @ts-expect-error: the detail of ory-navigate has no session
element.addEventListener("ory-navigate", (event) => event.detail.session);
