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
  get apiKey() {
    return this.params.apiKey;
  }
  get accessToken() {
    return this.params.accessToken;
  }
  get username() {
    return this.params.username;
  }
  get password() {
    return this.params.password;
  }
  get dangerouslyAllowApiKeyInBrowser() {
    return this.params.dangerouslyAllowApiKeyInBrowser;
  }
}
