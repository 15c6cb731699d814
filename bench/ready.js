// "Ready" for the fetched-before-ready size count (scripts/bench.mjs): inlined as a classic
// script into the index.html of every app built for it, by esbuild and by Vite, so that it is
// not part of what is counted (the page itself is not counted either). The app's module calls
// window.benchStart(app) once it is evaluated. Ready is what the start-up metric (startup.html)
// times for a calls app: a constructed client with the answer of its first call (ory-wasm
// instantiates FrontendApi's module at the first call, so a client alone would count no wasm);
// for a complete app, the login page: the login flow fetched with the app's client and rendered
// by the app's renderer, with its identifier input in the DOM.
// Then the page lists the resources fetched so far (resource timing: every file the browser
// fetched, each complete), which is what the driver counts.
window.benchStart = async (app) => {
  try {
    const client = app.createClient(location.origin);
    if (typeof app.mount !== "function") await client.toSession();
    if (typeof app.mount === "function") {
      const flow = await client.getLoginFlow(window.benchLoginId);
      const container = document.getElementById("app");
      app.mount(container, location.origin).render(flow);
      if (!container.querySelector('input[name="identifier"]')) throw new Error("the login form has no identifier input");
    }
    window.benchReady = { ms: performance.now(), fetched: performance.getEntriesByType("resource").map((entry) => entry.name) };
  } catch (error) {
    window.benchReady = { error: String(error?.stack ?? error) };
  }
};
// A module that fails to load or evaluate (a missing wasm, say) never calls benchStart.
window.addEventListener("error", (event) => {
  window.benchReady ??= { error: String(event.error?.stack ?? event.message) };
});
window.addEventListener("unhandledrejection", (event) => {
  window.benchReady ??= { error: String(event.reason?.stack ?? event.reason) };
});
