// Generated from the endpoint declarations in src/endpoints/ by tests/js_surface.rs: do not edit.
// After changing a declaration: UPDATE_GENERATED=1 cargo test --test js_surface
import { Client } from "./ory_core.js";
import { send } from "./send.js";

/** The self-service flows, sessions and flow errors (`FrontendApi` of `@ory/client-fetch`). */
export class FrontendApi {
  #client;
  /** `new FrontendApi(new Configuration({ basePath, … }))`; throws `OryError` on a bad configuration. */
  constructor(configuration) {
    this.#client = new Client(configuration);
  }
  /** `GET /.well-known/ory/webauthn.js` */
  getWebAuthnJavaScript(options) {
    return send(this.#client, 0, undefined, options);
  }
  /** `GET /self-service/errors` */
  getFlowError(requestParameters, options) {
    return send(this.#client, 3, requestParameters, options);
  }
  /** `GET /self-service/login/browser` */
  createBrowserLoginFlow(requestParameters, options) {
    return send(this.#client, 4, requestParameters, options);
  }
  /** `GET /self-service/login/api` */
  createNativeLoginFlow(requestParameters, options) {
    return send(this.#client, 5, requestParameters, options);
  }
  /** `GET /self-service/login/flows` */
  getLoginFlow(requestParameters, options) {
    return send(this.#client, 6, requestParameters, options);
  }
  /** `POST /self-service/login` */
  updateLoginFlow(requestParameters, options) {
    return send(this.#client, 7, requestParameters, options);
  }
  /** `GET /self-service/registration/browser` */
  createBrowserRegistrationFlow(requestParameters, options) {
    return send(this.#client, 8, requestParameters, options);
  }
  /** `GET /self-service/registration/api` */
  createNativeRegistrationFlow(requestParameters, options) {
    return send(this.#client, 9, requestParameters, options);
  }
  /** `GET /self-service/registration/flows` */
  getRegistrationFlow(requestParameters, options) {
    return send(this.#client, 10, requestParameters, options);
  }
  /** `POST /self-service/registration` */
  updateRegistrationFlow(requestParameters, options) {
    return send(this.#client, 11, requestParameters, options);
  }
  /** `GET /self-service/recovery/browser` */
  createBrowserRecoveryFlow(requestParameters, options) {
    return send(this.#client, 12, requestParameters, options);
  }
  /** `GET /self-service/recovery/api` */
  createNativeRecoveryFlow(options) {
    return send(this.#client, 13, undefined, options);
  }
  /** `GET /self-service/recovery/flows` */
  getRecoveryFlow(requestParameters, options) {
    return send(this.#client, 14, requestParameters, options);
  }
  /** `POST /self-service/recovery` */
  updateRecoveryFlow(requestParameters, options) {
    return send(this.#client, 15, requestParameters, options);
  }
  /** `GET /self-service/verification/browser` */
  createBrowserVerificationFlow(requestParameters, options) {
    return send(this.#client, 16, requestParameters, options);
  }
  /** `GET /self-service/verification/api` */
  createNativeVerificationFlow(options) {
    return send(this.#client, 17, undefined, options);
  }
  /** `GET /self-service/verification/flows` */
  getVerificationFlow(requestParameters, options) {
    return send(this.#client, 18, requestParameters, options);
  }
  /** `POST /self-service/verification` */
  updateVerificationFlow(requestParameters, options) {
    return send(this.#client, 19, requestParameters, options);
  }
  /** `GET /self-service/settings/browser` */
  createBrowserSettingsFlow(requestParameters, options) {
    return send(this.#client, 20, requestParameters, options);
  }
  /** `GET /self-service/settings/api` */
  createNativeSettingsFlow(requestParameters, options) {
    return send(this.#client, 21, requestParameters, options);
  }
  /** `GET /self-service/settings/flows` */
  getSettingsFlow(requestParameters, options) {
    return send(this.#client, 22, requestParameters, options);
  }
  /** `POST /self-service/settings` */
  updateSettingsFlow(requestParameters, options) {
    return send(this.#client, 23, requestParameters, options);
  }
  /** `GET /self-service/logout/browser` */
  createBrowserLogoutFlow(requestParameters, options) {
    return send(this.#client, 24, requestParameters, options);
  }
  /** `GET /self-service/logout` */
  updateLogoutFlow(requestParameters, options) {
    return send(this.#client, 25, requestParameters, options);
  }
  /** `DELETE /self-service/logout/api` */
  performNativeLogout(requestParameters, options) {
    return send(this.#client, 26, requestParameters, options);
  }
  /** `GET /sessions/whoami` */
  toSession(requestParameters, options) {
    return send(this.#client, 27, requestParameters, options);
  }
  /** `GET /sessions` */
  listMySessions(requestParameters, options) {
    return send(this.#client, 28, requestParameters, options);
  }
  /** `DELETE /sessions/{id}` */
  disableMySession(requestParameters, options) {
    return send(this.#client, 29, requestParameters, options);
  }
  /** `DELETE /sessions` */
  disableMyOtherSessions(requestParameters, options) {
    return send(this.#client, 30, requestParameters, options);
  }
  /** `GET /sessions/token-exchange` */
  exchangeSessionToken(requestParameters, options) {
    return send(this.#client, 31, requestParameters, options);
  }
}
