// Generated from the endpoint declarations in src/endpoints/ by tests/js_surface.rs: do not edit.
// After changing a declaration: UPDATE_GENERATED=1 cargo test --test js_surface
import { Client } from "./ory_core.js";

/** The self-service flows, sessions and flow errors (`FrontendApi` of `@ory/client-fetch`). */
export class FrontendApi {
  #client;
  /** `new FrontendApi(new Configuration({ basePath, … }))`; throws `OryError` on a bad configuration. */
  constructor(configuration) {
    this.#client = new Client(configuration);
  }
  /** `GET /.well-known/ory/webauthn.js` */
  getWebAuthnJavaScript(options) {
    return this.#client.call(0, undefined, options);
  }
  /** `GET /self-service/errors` */
  getFlowError(requestParameters, options) {
    return this.#client.call(3, requestParameters, options);
  }
  /** `GET /self-service/login/browser` */
  createBrowserLoginFlow(requestParameters, options) {
    return this.#client.call(4, requestParameters, options);
  }
  /** `GET /self-service/login/api` */
  createNativeLoginFlow(requestParameters, options) {
    return this.#client.call(5, requestParameters, options);
  }
  /** `GET /self-service/login/flows` */
  getLoginFlow(requestParameters, options) {
    return this.#client.call(6, requestParameters, options);
  }
  /** `POST /self-service/login` */
  updateLoginFlow(requestParameters, options) {
    return this.#client.call(7, requestParameters, options);
  }
  /** `GET /self-service/registration/browser` */
  createBrowserRegistrationFlow(requestParameters, options) {
    return this.#client.call(8, requestParameters, options);
  }
  /** `GET /self-service/registration/api` */
  createNativeRegistrationFlow(requestParameters, options) {
    return this.#client.call(9, requestParameters, options);
  }
  /** `GET /self-service/registration/flows` */
  getRegistrationFlow(requestParameters, options) {
    return this.#client.call(10, requestParameters, options);
  }
  /** `POST /self-service/registration` */
  updateRegistrationFlow(requestParameters, options) {
    return this.#client.call(11, requestParameters, options);
  }
  /** `GET /self-service/recovery/browser` */
  createBrowserRecoveryFlow(requestParameters, options) {
    return this.#client.call(12, requestParameters, options);
  }
  /** `GET /self-service/recovery/api` */
  createNativeRecoveryFlow(options) {
    return this.#client.call(13, undefined, options);
  }
  /** `GET /self-service/recovery/flows` */
  getRecoveryFlow(requestParameters, options) {
    return this.#client.call(14, requestParameters, options);
  }
  /** `POST /self-service/recovery` */
  updateRecoveryFlow(requestParameters, options) {
    return this.#client.call(15, requestParameters, options);
  }
  /** `GET /self-service/verification/browser` */
  createBrowserVerificationFlow(requestParameters, options) {
    return this.#client.call(16, requestParameters, options);
  }
  /** `GET /self-service/verification/api` */
  createNativeVerificationFlow(options) {
    return this.#client.call(17, undefined, options);
  }
  /** `GET /self-service/verification/flows` */
  getVerificationFlow(requestParameters, options) {
    return this.#client.call(18, requestParameters, options);
  }
  /** `POST /self-service/verification` */
  updateVerificationFlow(requestParameters, options) {
    return this.#client.call(19, requestParameters, options);
  }
  /** `GET /self-service/settings/browser` */
  createBrowserSettingsFlow(requestParameters, options) {
    return this.#client.call(20, requestParameters, options);
  }
  /** `GET /self-service/settings/api` */
  createNativeSettingsFlow(requestParameters, options) {
    return this.#client.call(21, requestParameters, options);
  }
  /** `GET /self-service/settings/flows` */
  getSettingsFlow(requestParameters, options) {
    return this.#client.call(22, requestParameters, options);
  }
  /** `POST /self-service/settings` */
  updateSettingsFlow(requestParameters, options) {
    return this.#client.call(23, requestParameters, options);
  }
  /** `GET /self-service/logout/browser` */
  createBrowserLogoutFlow(requestParameters, options) {
    return this.#client.call(24, requestParameters, options);
  }
  /** `GET /self-service/logout` */
  updateLogoutFlow(requestParameters, options) {
    return this.#client.call(25, requestParameters, options);
  }
  /** `DELETE /self-service/logout/api` */
  performNativeLogout(requestParameters, options) {
    return this.#client.call(26, requestParameters, options);
  }
  /** `GET /sessions/whoami` */
  toSession(requestParameters, options) {
    return this.#client.call(27, requestParameters, options);
  }
  /** `GET /sessions` */
  listMySessions(requestParameters, options) {
    return this.#client.call(28, requestParameters, options);
  }
  /** `DELETE /sessions/{id}` */
  disableMySession(requestParameters, options) {
    return this.#client.call(29, requestParameters, options);
  }
  /** `DELETE /sessions` */
  disableMyOtherSessions(requestParameters, options) {
    return this.#client.call(30, requestParameters, options);
  }
  /** `GET /sessions/token-exchange` */
  exchangeSessionToken(requestParameters, options) {
    return this.#client.call(31, requestParameters, options);
  }
}
