"use client";
// Sign out with Kratos' browser logout flow, in the browser: a logout token for this session,
// then the logout itself (both through /.ory, with the session cookie).
import { useState } from "react";
import { Configuration, FrontendApi } from "ory-wasm/core";

export default function SignOut() {
  const [problem, setProblem] = useState("");
  async function signOut() {
    try {
      const ory = new FrontendApi(new Configuration({ basePath: "/.ory" }));
      const { logout_token: token } = await ory.createBrowserLogoutFlow();
      await ory.updateLogoutFlow({ token });
      location.assign("/");
    } catch (error) {
      setProblem(`Could not sign out: ${error.message}`);
    }
  }
  return (
    <>
      <button type="button" onClick={signOut}>
        Sign out
      </button>
      {problem && <p role="alert">{problem}</p>}
    </>
  );
}
