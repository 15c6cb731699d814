// Where the Kratos server is and how to talk to it; the same constructor as the official
// `@ory/client-fetch` Configuration. The API classes read (and validate) these fields once,
// when they are constructed.
export class Configuration {
  constructor(params = {}) {
    this.params = params;
  }
  get basePath() {
    return this.params.basePath;
  }
  get credentials() {
    return this.params.credentials;
  }
  get headers() {
    return this.params.headers;
  }
  get timeoutMs() {
    return this.params.timeoutMs;
  }
  get mode() {
    return this.params.mode;
  }
}
