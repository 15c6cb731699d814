// The baseline: bare fetch + JSON.parse, no SDK (no error model, no types, no shape check).
export function createClient(basePath) {
  const get = async (path) => {
    const response = await fetch(basePath + path, { credentials: "include", headers: { Accept: "application/json" } });
    const text = await response.text();
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return JSON.parse(text);
  };
  const post = async (path, body) => {
    const response = await fetch(basePath + path, { method: "POST", credentials: "include", headers: { Accept: "application/json", "Content-Type": "application/json" }, body: JSON.stringify(body) });
    const text = await response.text();
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return JSON.parse(text);
  };
  const id = (value) => encodeURIComponent(value);
  return {
    toSession: () => get("/sessions/whoami"),
    createLoginFlow: () => get("/self-service/login/browser"),
    getLoginFlow: (flow) => get(`/self-service/login/flows?id=${id(flow)}`),
    updateLoginFlow: (flow, body) => post(`/self-service/login?flow=${id(flow)}`, body),
    createRegistrationFlow: () => get("/self-service/registration/browser"),
    getRegistrationFlow: (flow) => get(`/self-service/registration/flows?id=${id(flow)}`),
    updateRegistrationFlow: (flow, body) => post(`/self-service/registration?flow=${id(flow)}`, body),
    createSettingsFlow: () => get("/self-service/settings/browser"),
    getSettingsFlow: (flow) => get(`/self-service/settings/flows?id=${id(flow)}`),
    updateSettingsFlow: (flow, body) => post(`/self-service/settings?flow=${id(flow)}`, body),
  };
}
