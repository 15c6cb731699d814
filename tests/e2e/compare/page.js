// Renders one flow (window.compareFlow, of ?type=<flow type>) with ory-wasm's default card and with
// elements-react's default theme, side by side. Neither side submits: this page is for looking.
import { renderFlow } from "/pkg/render.js";

await import("/test-results/compare/app.js");
const params = new URLSearchParams(location.search);
const type = params.get("type");
// The flow (a real Kratos capture from ../shared/kratos/fixtures) is put here by the test.
const flow = window.compareFlow;
renderFlow(structuredClone(flow), document.getElementById("ory"), {
  basePath: location.origin,
  flowType: type,
  projectName: "Acme",
  urls: { login: "/login", registration: "/registration", recovery: "/recovery", verification: "/verification" },
  onNavigate: () => {},
});
window.renderElements(document.getElementById("elements"), flow, type);
window.compareReady = true;
