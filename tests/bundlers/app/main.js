// A tiny app as a user would write it: import the package by its bare name (the bundler
// resolves it), ask who is signed in, and write the answer into the page. The test reads it
// from `document.body.dataset`.
//
// location.hash carries `api=<Kratos URL>&closed=<URL where nothing listens>`.
import { Configuration, FrontendApi, OryError } from "ory-wasm";

const params = new URLSearchParams(location.hash.slice(1));
const data = document.body.dataset;

async function whoami(basePath) {
  return new FrontendApi(new Configuration({ basePath })).toSession();
}

try {
  const session = await whoami(params.get("api"));
  data.sessionId = session.id;
  data.sessionActive = String(session.active);
  data.identityId = session.identity.id;
} catch (error) {
  data.sessionError = `${error?.kind ?? error?.name}: ${error?.message}`;
}

try {
  const session = await whoami(params.get("closed"));
  data.closedResult = `resolved ${JSON.stringify(session)}`;
} catch (error) {
  data.closedResult = "rejected";
  data.closedKind = String(error?.kind);
  data.closedIsOryError = String(error instanceof OryError);
  data.closedIsError = String(error instanceof Error);
}

document.getElementById("status").textContent = data.sessionId ? `signed in: ${data.sessionId}` : "failed";
data.done = "true";
