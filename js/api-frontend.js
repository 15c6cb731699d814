// Generated from the endpoint declarations in src/endpoints/ by tests/js_surface.rs: do not edit.
// After changing a declaration: UPDATE_GENERATED=1 cargo test --test js_surface
import { frontendEngine } from "./engine.js";
import { RAW, hooks, send } from "./send.js";

/** The self-service flows, sessions and flow errors (`FrontendApi` of `@ory/client-fetch`). */
export class FrontendApi {
  #client;
  #hooks;
  #configuration;
  /** `new FrontendApi(new Configuration({ basePath, … }))`; a bad configuration rejects every call with `OryError` (`invalid_argument`), bad `middleware` throws here. */
  constructor(configuration) {
    this.#configuration = configuration;
    this.#hooks = hooks(configuration);
  }
  #send(index, parameters, options, mode) {
    this.#client ??= frontendEngine().then(
      (engine) => new engine.Client(this.#configuration),
      (error) => {
        this.#client = undefined; // not loaded: the next call tries again
        throw error;
      },
    );
    return send(this.#client, this.#hooks, index, parameters, options, mode);
  }
  /** `GET /.well-known/ory/webauthn.js` */
  getWebAuthnJavaScript(options) {
    return this.#send(0, undefined, options);
  }
  getWebAuthnJavaScriptRaw(options) {
    return this.#send(0, undefined, options, RAW);
  }
  /** `GET /self-service/errors` */
  getFlowError(requestParameters, options) {
    return this.#send(3, requestParameters, options);
  }
  getFlowErrorRaw(requestParameters, options) {
    return this.#send(3, requestParameters, options, RAW);
  }
  /** `GET /self-service/login/browser` */
  createBrowserLoginFlow(requestParameters, options) {
    return this.#send(4, requestParameters, options);
  }
  createBrowserLoginFlowRaw(requestParameters, options) {
    return this.#send(4, requestParameters, options, RAW);
  }
  /** `GET /self-service/login/api` */
  createNativeLoginFlow(requestParameters, options) {
    return this.#send(5, requestParameters, options);
  }
  createNativeLoginFlowRaw(requestParameters, options) {
    return this.#send(5, requestParameters, options, RAW);
  }
  /** `GET /self-service/login/flows` */
  getLoginFlow(requestParameters, options) {
    return this.#send(6, requestParameters, options);
  }
  getLoginFlowRaw(requestParameters, options) {
    return this.#send(6, requestParameters, options, RAW);
  }
  /** `POST /self-service/login` */
  updateLoginFlow(requestParameters, options) {
    return this.#send(7, requestParameters, options);
  }
  updateLoginFlowRaw(requestParameters, options) {
    return this.#send(7, requestParameters, options, RAW);
  }
  /** `GET /self-service/registration/browser` */
  createBrowserRegistrationFlow(requestParameters, options) {
    return this.#send(8, requestParameters, options);
  }
  createBrowserRegistrationFlowRaw(requestParameters, options) {
    return this.#send(8, requestParameters, options, RAW);
  }
  /** `GET /self-service/registration/api` */
  createNativeRegistrationFlow(requestParameters, options) {
    return this.#send(9, requestParameters, options);
  }
  createNativeRegistrationFlowRaw(requestParameters, options) {
    return this.#send(9, requestParameters, options, RAW);
  }
  /** `GET /self-service/registration/flows` */
  getRegistrationFlow(requestParameters, options) {
    return this.#send(10, requestParameters, options);
  }
  getRegistrationFlowRaw(requestParameters, options) {
    return this.#send(10, requestParameters, options, RAW);
  }
  /** `POST /self-service/registration` */
  updateRegistrationFlow(requestParameters, options) {
    return this.#send(11, requestParameters, options);
  }
  updateRegistrationFlowRaw(requestParameters, options) {
    return this.#send(11, requestParameters, options, RAW);
  }
  /** `GET /self-service/recovery/browser` */
  createBrowserRecoveryFlow(requestParameters, options) {
    return this.#send(12, requestParameters, options);
  }
  createBrowserRecoveryFlowRaw(requestParameters, options) {
    return this.#send(12, requestParameters, options, RAW);
  }
  /** `GET /self-service/recovery/api` */
  createNativeRecoveryFlow(options) {
    return this.#send(13, undefined, options);
  }
  createNativeRecoveryFlowRaw(options) {
    return this.#send(13, undefined, options, RAW);
  }
  /** `GET /self-service/recovery/flows` */
  getRecoveryFlow(requestParameters, options) {
    return this.#send(14, requestParameters, options);
  }
  getRecoveryFlowRaw(requestParameters, options) {
    return this.#send(14, requestParameters, options, RAW);
  }
  /** `POST /self-service/recovery` */
  updateRecoveryFlow(requestParameters, options) {
    return this.#send(15, requestParameters, options);
  }
  updateRecoveryFlowRaw(requestParameters, options) {
    return this.#send(15, requestParameters, options, RAW);
  }
  /** `GET /self-service/verification/browser` */
  createBrowserVerificationFlow(requestParameters, options) {
    return this.#send(16, requestParameters, options);
  }
  createBrowserVerificationFlowRaw(requestParameters, options) {
    return this.#send(16, requestParameters, options, RAW);
  }
  /** `GET /self-service/verification/api` */
  createNativeVerificationFlow(options) {
    return this.#send(17, undefined, options);
  }
  createNativeVerificationFlowRaw(options) {
    return this.#send(17, undefined, options, RAW);
  }
  /** `GET /self-service/verification/flows` */
  getVerificationFlow(requestParameters, options) {
    return this.#send(18, requestParameters, options);
  }
  getVerificationFlowRaw(requestParameters, options) {
    return this.#send(18, requestParameters, options, RAW);
  }
  /** `POST /self-service/verification` */
  updateVerificationFlow(requestParameters, options) {
    return this.#send(19, requestParameters, options);
  }
  updateVerificationFlowRaw(requestParameters, options) {
    return this.#send(19, requestParameters, options, RAW);
  }
  /** `GET /self-service/settings/browser` */
  createBrowserSettingsFlow(requestParameters, options) {
    return this.#send(20, requestParameters, options);
  }
  createBrowserSettingsFlowRaw(requestParameters, options) {
    return this.#send(20, requestParameters, options, RAW);
  }
  /** `GET /self-service/settings/api` */
  createNativeSettingsFlow(requestParameters, options) {
    return this.#send(21, requestParameters, options);
  }
  createNativeSettingsFlowRaw(requestParameters, options) {
    return this.#send(21, requestParameters, options, RAW);
  }
  /** `GET /self-service/settings/flows` */
  getSettingsFlow(requestParameters, options) {
    return this.#send(22, requestParameters, options);
  }
  getSettingsFlowRaw(requestParameters, options) {
    return this.#send(22, requestParameters, options, RAW);
  }
  /** `POST /self-service/settings` */
  updateSettingsFlow(requestParameters, options) {
    return this.#send(23, requestParameters, options);
  }
  updateSettingsFlowRaw(requestParameters, options) {
    return this.#send(23, requestParameters, options, RAW);
  }
  /** `GET /self-service/logout/browser` */
  createBrowserLogoutFlow(requestParameters, options) {
    return this.#send(24, requestParameters, options);
  }
  createBrowserLogoutFlowRaw(requestParameters, options) {
    return this.#send(24, requestParameters, options, RAW);
  }
  /** `GET /self-service/logout` */
  updateLogoutFlow(requestParameters, options) {
    return this.#send(25, requestParameters, options);
  }
  updateLogoutFlowRaw(requestParameters, options) {
    return this.#send(25, requestParameters, options, RAW);
  }
  /** `DELETE /self-service/logout/api` */
  performNativeLogout(requestParameters, options) {
    return this.#send(26, requestParameters, options);
  }
  performNativeLogoutRaw(requestParameters, options) {
    return this.#send(26, requestParameters, options, RAW);
  }
  /** `GET /sessions/whoami` */
  toSession(requestParameters, options) {
    return this.#send(27, requestParameters, options);
  }
  toSessionRaw(requestParameters, options) {
    return this.#send(27, requestParameters, options, RAW);
  }
  /** `GET /sessions` */
  listMySessions(requestParameters, options) {
    return this.#send(28, requestParameters, options);
  }
  listMySessionsRaw(requestParameters, options) {
    return this.#send(28, requestParameters, options, RAW);
  }
  /** `DELETE /sessions/{id}` */
  disableMySession(requestParameters, options) {
    return this.#send(29, requestParameters, options);
  }
  disableMySessionRaw(requestParameters, options) {
    return this.#send(29, requestParameters, options, RAW);
  }
  /** `DELETE /sessions` */
  disableMyOtherSessions(requestParameters, options) {
    return this.#send(30, requestParameters, options);
  }
  disableMyOtherSessionsRaw(requestParameters, options) {
    return this.#send(30, requestParameters, options, RAW);
  }
  /** `GET /sessions/token-exchange` */
  exchangeSessionToken(requestParameters, options) {
    return this.#send(31, requestParameters, options);
  }
  exchangeSessionTokenRaw(requestParameters, options) {
    return this.#send(31, requestParameters, options, RAW);
  }
}
