// The calls-only app on @ory/client (axios): login, registration, settings (create, get, update)
// and whoami. Its methods resolve to axios responses; the app uses `.data`.
import { Configuration, FrontendApi } from "@ory/client";

export function createClient(basePath) {
  const ory = new FrontendApi(new Configuration({ basePath, baseOptions: { withCredentials: true, headers: { Accept: "application/json" } } }));
  const data = (promise) => promise.then((response) => response.data);
  return {
    toSession: () => data(ory.toSession()),
    createLoginFlow: () => data(ory.createBrowserLoginFlow({})),
    getLoginFlow: (id) => data(ory.getLoginFlow({ id })),
    updateLoginFlow: (flow, body) => data(ory.updateLoginFlow({ flow, updateLoginFlowBody: body })),
    createRegistrationFlow: () => data(ory.createBrowserRegistrationFlow({})),
    getRegistrationFlow: (id) => data(ory.getRegistrationFlow({ id })),
    updateRegistrationFlow: (flow, body) => data(ory.updateRegistrationFlow({ flow, updateRegistrationFlowBody: body })),
    createSettingsFlow: () => data(ory.createBrowserSettingsFlow({})),
    getSettingsFlow: (id) => data(ory.getSettingsFlow({ id })),
    updateSettingsFlow: (flow, body) => data(ory.updateSettingsFlow({ flow, updateSettingsFlowBody: body })),
  };
}
