// Diagnostic (not a contender): the bare baseline sending its requests with the options ory-wasm's
// transport uses: its own AbortController (the caller's signal and the timeout abort it),
// `cache: "no-store"`, `redirect: "manual"`, a Headers object. It tells what of ory-wasm's
// per-call cost comes from the request it asks the browser for rather than from the SDK's work.
export function createClient(basePath) {
  const get = async (path) => {
    const controller = new AbortController();
    const headers = new Headers();
    headers.append("Accept", "application/json");
    const response = await fetch(basePath + path, { method: "GET", credentials: "include", redirect: "manual", cache: "no-store", signal: controller.signal, headers });
    const text = await response.text();
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return JSON.parse(text);
  };
  return {
    toSession: () => get("/sessions/whoami"),
    getLoginFlow: (flow) => get(`/self-service/login/flows?id=${encodeURIComponent(flow)}`),
    getSettingsFlow: (flow) => get(`/self-service/settings/flows?id=${encodeURIComponent(flow)}`),
  };
}
