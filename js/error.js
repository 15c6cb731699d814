// The error class of ory-wasm. It lives in JavaScript so that it is a real `Error` subclass:
// `instanceof Error` holds, stack traces work, and `String(error)` shows the message — which
// never contains passwords, codes or session tokens.
export class OryError extends Error {
  constructor(message, fields) {
    super(message);
    this.name = "OryError";
    Object.assign(this, fields);
  }
}

/** The OryError of a bad argument or option, thrown before anything is sent. */
export const invalidArgument = (message) => new OryError(message, { kind: "invalid_argument", status: 0 });
