// <ory-flow>: a custom element that starts (or loads, from ?flow=) a Kratos flow and renders it.
//
//   <ory-flow type="login" base-path="https://auth.example.com" return-to="https://app.example/"
//             project-name="Acme" registration-url="/signup" recovery-url="/recover"></ory-flow>
// `locale="de"` (or a list, "de-AT fr") picks the language; without it, the page's languages.
//
// It lives in JavaScript because a custom element must be a class extending HTMLElement; all the
// work happens in the SDK's `startFlow`. Events (all bubble):
//   ory-success   detail {session, identity}: signed in (up, …) with nowhere to go
//   ory-navigate  detail {url}; cancelable: preventDefault() keeps the page (default: location.assign).
//                 After success the SDK goes to return-to if its navigation gate allows it (the
//                 page's or Kratos' origin, or allowed-return-urls), else to the flow's own
//                 return_to; ory-success fires when there is neither
//   ory-flow      detail {flow} after every render
//   ory-error     detail {error} (an OryError): the flow could not be started; the element shows
//                 the message
// The names are prefixed: a bubbling `error` would reach the window's error listeners.
// A change of an attribute starts the flow anew — after the start in flight, if any: two starts
// into the one element would race (the later render ends the earlier view, whichever is wanted).
// Every URL the element goes to came through the SDK's gate: it never navigates to an attribute
// or a server value itself.
import { localizedText } from "./locale.js";
import { startFlow } from "./render.js";

// What the element says when the flow could not be loaded for want of an answer: the SDK's texts
// (src/ui/texts.rs, whose English tests/locales.rs keeps equal to these), in the element's
// language. Other failures show the error's own message (they are the page's to fix).
const NO_ANSWER = {
  network: ["network_error", "The server cannot be reached. Please check your connection and try again."],
  timeout: ["timeout_error", "The server did not answer in time. Please try again."],
};

// The card's links: `login-url`, `registration-url`, … (through the SDK's navigation gate).
const URL_KINDS = ["login", "registration", "recovery", "verification", "settings"];
const ATTRIBUTES = ["type", "base-path", "return-to", "allowed-return-urls", "groups", "flow-id", "locale", "project-name", ...URL_KINDS.map((kind) => `${kind}-url`)];

// Outside browsers (Node) there is no HTMLElement; the package must still import there.
const Base = globalThis.HTMLElement ?? class {};

export class OryFlowElement extends Base {
  static get observedAttributes() {
    return ATTRIBUTES;
  }

  #view = null;
  #connected = false;
  // A start is in flight, and whether what it will show is no longer wanted (the element left
  // the document, or an attribute changed): then it is destroyed when it settles.
  #starting = false;
  #stale = false;

  connectedCallback() {
    this.#connected = true;
    if (this.#starting) this.#stale = true;
    else this.#start();
  }

  disconnectedCallback() {
    this.#connected = false;
    this.#view?.destroy();
    this.#view = null;
    if (this.#starting) this.#stale = true;
  }

  attributeChangedCallback(_name, oldValue, newValue) {
    // Before connectedCallback (the attributes of a new or upgraded element) nothing started yet.
    if (!this.#connected || oldValue === newValue) return;
    if (this.#starting) this.#stale = true;
    else this.#start();
  }

  /** The flow shown now, if any. */
  get flow() {
    return this.#view?.flow;
  }

  async #start() {
    this.#view?.destroy();
    this.#view = null;
    this.#starting = true;
    this.#stale = false;
    // A start that is no longer wanted tells nobody anything (and navigates nowhere).
    const wanted = () => this.#connected && !(this.#starting && this.#stale);
    const emit = (name, detail, cancelable = false) =>
      wanted() && this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, cancelable }));
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
      projectName: this.getAttribute("project-name") ?? undefined,
      urls: Object.fromEntries(URL_KINDS.map((kind) => [kind, this.getAttribute(`${kind}-url`) ?? undefined])),
      onSuccess: (result) => emit("ory-success", result),
      onNavigate: navigate,
      onFlow: (flow) => emit("ory-flow", { flow }),
    };
    let view = null;
    let failure = null;
    try {
      view = await startFlow(this.getAttribute("type"), this, options);
    } catch (error) {
      failure = error;
    } finally {
      this.#starting = false;
    }
    if (this.#stale) {
      view?.destroy();
      if (this.#connected) this.#start();
    } else if (view) {
      this.#view = view;
    } else {
      // (`kind` may be a hostile server's error id, "constructor" say: own keys only.)
      const [key, english] = Object.hasOwn(NO_ANSWER, failure?.kind) ? NO_ANSWER[failure.kind] : [];
      const text = key ? ((await localizedText(key, options)) ?? english) : (failure?.message ?? String(failure));
      // A start that began while the text loaded owns the element now.
      if (this.#starting || this.#view || !this.#connected) return;
      const message = document.createElement("p");
      message.className = "ory-message ory-message--error";
      message.setAttribute("role", "alert");
      message.textContent = text;
      this.replaceChildren(message);
      emit("ory-error", { error: failure });
    }
  }
}

/** Registers <ory-flow> (or another tag name); safe to call more than once. */
export function defineOryFlowElement(tagName = "ory-flow") {
  if (!customElements.get(tagName)) customElements.define(tagName, OryFlowElement);
}
