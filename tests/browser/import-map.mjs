// Imports the package by its bare name (resolved by the page's import map), asks who is signed
// in and writes the answer into the page, as a tiny app would.
import { Configuration, FrontendApi } from "ory-wasm";

const status = document.getElementById("status");
try {
  const basePath = new URLSearchParams(location.search).get("api");
  const frontend = new FrontendApi(new Configuration({ basePath }));
  const session = await frontend.toSession();
  document.getElementById("identity").textContent = session.identity.traits.email;
  status.textContent = "signed in";
} catch (error) {
  status.textContent = `failed: ${error.kind ?? error.name}: ${error.message}`;
}
window.oryReady = true;
