// The comparison page's elements-react side (bundled by compare.test.mjs with esbuild, as the
// benchmark bundles bench/apps/elements-full.js): its default theme and stylesheet, mounted as
// the benchmark mounts it, on the flow decoded as client-fetch decodes it.
import { LoginFlowFromJSON, RecoveryFlowFromJSON, RegistrationFlowFromJSON, SettingsFlowFromJSON, VerificationFlowFromJSON } from "@ory/client-fetch";

import { mount } from "../../../bench/apps/elements-full.js";

const decode = { login: LoginFlowFromJSON, registration: RegistrationFlowFromJSON, recovery: RecoveryFlowFromJSON, verification: VerificationFlowFromJSON, settings: SettingsFlowFromJSON };

window.renderElements = (container, flow, type) => mount(container, location.origin).render(decode[type](flow));
