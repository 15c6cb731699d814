// ory-wasm/render: the renderer and WebAuthn — renderFlow, startFlow, runWebAuthn, FlowView and
// the feature checks — in a wasm module of its own (see core.js for why the exports are
// bindings of this module).
import init, * as glue from "./ory_render.js";
import { offerEngine } from "./engine.js";
import { load } from "./load.js";
import { withLocale } from "./locale.js";

await load(init, new URL("./ory_render_bg.wasm", import.meta.url));
// The module carries FrontendApi's Client class too: FrontendApi's calls run here, and the core
// module is never fetched (engine.js).
offerEngine({ Client: glue.Client });

export const FlowView = glue.FlowView;
// `locale` (or the page's languages) becomes the renderer's translations (js/locale.js).
export const renderFlow = (flow, container, options) => glue.renderFlow(flow, container, withLocale(options));
export const startFlow = (flowType, container, options) => glue.startFlow(flowType, container, withLocale(options));
export { LOCALES, loadLocale, negotiateLocale } from "./locale.js";
export const runWebAuthn = glue.runWebAuthn;
export const flowBody = glue.flowBody;
/**
 * The headless view model of a flow (groups, nodes with labels, messages and attributes, the
 * card's title and links), for apps that render with their own components; `view.body(submitter,
 * values)` builds a submit's body as the renderer does (`flowBody`).
 */
export function flowView(flow, options) {
  const view = glue.flowView(flow, options);
  view.body = (submitter, values) => glue.flowBody(flow, submitter, values);
  return view;
}
export const browserSupportsWebAuthn = glue.browserSupportsWebAuthn;
export const browserSupportsWebAuthnAutofill = glue.browserSupportsWebAuthnAutofill;
export const platformAuthenticatorIsAvailable = glue.platformAuthenticatorIsAvailable;
export { Configuration } from "./configuration.js";
export { OryError } from "./error.js";
