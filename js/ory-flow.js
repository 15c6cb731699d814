// <ory-flow>: a custom element that starts (or loads, from ?flow=) a Kratos flow and renders it.
//
//   <ory-flow type="login" base-path="https://auth.example.com" return-to="https://app.example/"></ory-flow>
//
// `locale="de"` (or a list, "de-AT fr") picks the language; without it, the page's languages.
// It lives in JavaScript because a custom element must be a class extending HTMLElement; all the
// work happens in the SDK's `startFlow`. Events (all bubble):
//   ory-success   detail {session, identity}: signed in (up, …) with nowhere to go
//   ory-navigate  detail {url}; cancelable: preventDefault() keeps the page (default: location.assign).
//                 After success the SDK goes to return-to if its navigation gate allows it (the
//                 page's or Kratos' origin, or allowed-return-urls), else to the flow's own
//                 return_to; ory-success fires when there is neither
//   ory-flow      detail {flow} after every render
// Every URL the element goes to came through the SDK's gate: it never navigates to an attribute
// or a server value itself.
import { startFlow } from "./render.js";
import { localizedText } from "./locale.js";

// What the element says when the flow could not be loaded for want of an answer: the SDK's texts
// (src/ui/texts.rs, whose English tests/locales.rs keeps equal to these), in the element's
// language. Other failures show the error's own message (they are the page's to fix).
const NO_ANSWER = {
  network: ["network_error", "The server cannot be reached. Please check your connection and try again."],
  timeout: ["timeout_error", "The server did not answer in time. Please try again."],
};

const ATTRIBUTES = ["type", "base-path", "return-to", "allowed-return-urls", "groups", "flow-id", "locale"];

// Outside browsers (Node) there is no HTMLElement; the package must still import there.
const Base = globalThis.HTMLElement ?? class {};

export class OryFlowElement extends Base {
  static get observedAttributes() {
    return ATTRIBUTES;
  }

  #view = null;
  #generation = 0;

  connectedCallback() {
    this.#start();
  }

  disconnectedCallback() {
    this.#generation += 1;
    this.#view?.destroy();
    this.#view = null;
  }

  attributeChangedCallback(_name, oldValue, newValue) {
    if (this.isConnected && oldValue !== newValue && this.#view) this.#start();
  }

  /** The flow shown now, if any. */
  get flow() {
    return this.#view?.flow;
  }

  async #start() {
    const generation = ++this.#generation;
    this.#view?.destroy();
    this.#view = null;
    const emit = (name, detail, cancelable = false) =>
      this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, cancelable }));
    const list = (name) => this.getAttribute(name)?.split(/[\s,]+/).filter(Boolean);
    // `url` is always one the SDK's navigation gate allowed (see the events above).
    const navigate = (url) => {
      if (emit("ory-navigate", { url }, true)) location.assign(url);
    };
    const options = {
      basePath: this.getAttribute("base-path") ?? undefined,
      returnTo: this.getAttribute("return-to") ?? undefined,
      allowedReturnUrls: list("allowed-return-urls"),
      flowId: this.getAttribute("flow-id") ?? undefined,
      groups: list("groups"),
      locale: list("locale"),
      onSuccess: (result) => emit("ory-success", result),
      onNavigate: navigate,
      onFlow: (flow) => emit("ory-flow", { flow }),
    };
    try {
      const view = await startFlow(this.getAttribute("type"), this, options);
      if (generation === this.#generation) this.#view = view;
      else view.destroy(); // disconnected or restarted meanwhile
    } catch (error) {
      if (generation !== this.#generation) return;
      // (`kind` may be a hostile server's error id, "constructor" say: own keys only.)
      const [key, english] = Object.hasOwn(NO_ANSWER, error?.kind) ? NO_ANSWER[error.kind] : [];
      const text = key ? ((await localizedText(key, options)) ?? english) : (error?.message ?? String(error));
      if (generation !== this.#generation) return;
      const message = document.createElement("p");
      message.className = "ory-message ory-message--error";
      message.setAttribute("role", "alert");
      message.textContent = text;
      this.replaceChildren(message);
      emit("ory-error", { error });
    }
  }
}

/** Registers <ory-flow> (or another tag name); safe to call more than once. */
export function defineOryFlowElement(tagName = "ory-flow") {
  if (!customElements.get(tagName)) customElements.define(tagName, OryFlowElement);
}
