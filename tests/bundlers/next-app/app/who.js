"use client";
// The call, in the browser, as tests/bundlers/app/main.js makes it: toSession against the fake
// Kratos (location.hash: `api=…&closed=…`), the answer written into document.body.dataset.
import { useEffect } from "react";
import { Configuration, FrontendApi, OryError } from "ory-wasm";

async function run() {
  const params = new URLSearchParams(location.hash.slice(1));
  const data = document.body.dataset;
  const whoami = (basePath) => new FrontendApi(new Configuration({ basePath })).toSession();
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
}

let started = false;

export default function Who() {
  useEffect(() => {
    // Once: React's strict mode runs effects twice in development.
    if (!started) run();
    started = true;
  }, []);
  return <p id="status">loading</p>;
}
