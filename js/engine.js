// Which wasm module runs FrontendApi's calls. Two of the package's modules carry its Client
// class: the core module (ory_core) and the renderer's (ory_render, which sends the flows' own
// requests with the same machinery). An app that renders imports both FrontendApi and the
// renderer; fetching both modules would download that machinery twice (measured:
// bench/README.md "What each import costs"). So the core module is not instantiated when
// core.js is imported, but at a FrontendApi's first call — and only if no module carrying the
// Client class is instantiated by then: render.js offers its module here as it loads, with
// top-level await, so by the time app code runs it is there.
import { OryError } from "./error.js";

let engine = null;
let loadCore = null;
let loading = null;

/** render.js and core.js: a module whose exports include the Client class. The first one stays. */
export function offerEngine(glue) {
  engine ??= glue;
}

/** core.js: how to instantiate the core module when it is needed. */
export function setCoreLoader(loader) {
  loadCore = loader;
}

/** The module FrontendApi's calls go through: the one offered, or the core module, loaded once. */
export function frontendEngine() {
  if (engine) return Promise.resolve(engine);
  loading ??= loadCore().then(
    (glue) => {
      offerEngine(glue);
      return engine;
    },
    (error) => {
      // A failed fetch (offline for a moment) is tried again at the next call. It rejects the
      // call as a request without an answer does (kind "network"), so that an app handles an
      // offline moment one way, whichever of the two requests failed.
      loading = null;
      throw new OryError(error.message, { kind: "network", status: 0, cause: error });
    },
  );
  return loading;
}
