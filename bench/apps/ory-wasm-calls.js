// The calls-only app on ory-wasm: login, registration, settings (create, get, update) and whoami.
import { Configuration, FrontendApi } from "ory-wasm";

export function createClient(basePath) {
  const ory = new FrontendApi(new Configuration({ basePath }));
  return {
    toSession: () => ory.toSession(),
    createLoginFlow: () => ory.createBrowserLoginFlow({}),
    getLoginFlow: (id) => ory.getLoginFlow({ id }),
    updateLoginFlow: (flow, body) => ory.updateLoginFlow({ flow, updateLoginFlowBody: body }),
    createRegistrationFlow: () => ory.createBrowserRegistrationFlow({}),
    getRegistrationFlow: (id) => ory.getRegistrationFlow({ id }),
    updateRegistrationFlow: (flow, body) => ory.updateRegistrationFlow({ flow, updateRegistrationFlowBody: body }),
    createSettingsFlow: () => ory.createBrowserSettingsFlow({}),
    getSettingsFlow: (id) => ory.getSettingsFlow({ id }),
    updateSettingsFlow: (flow, body) => ory.updateSettingsFlow({ flow, updateSettingsFlowBody: body }),
  };
}
