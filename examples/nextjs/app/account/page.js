// A server component: the session is read on the server, with the visitor's cookies forwarded
// to Kratos. proxy.js already sent visitors without a session to /login; the check here keeps
// the page safe if the matcher ever misses it.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getSession } from "ory-wasm/server";

import { APP_URL, ory } from "../../lib/ory.js";
import SignOut from "./sign-out.js";

export const dynamic = "force-dynamic";

export default async function Account() {
  const session = await getSession(new Request(APP_URL, { headers: await headers() }), ory);
  if (!session) redirect("/login");
  return (
    <>
      <h1>Your account</h1>
      <dl>
        <dt>Email</dt>
        <dd id="email">{session.identity.traits.email}</dd>
        <dt>Assurance level</dt>
        <dd id="aal">{session.authenticator_assurance_level}</dd>
        <dt>Signed in with</dt>
        <dd id="methods">{session.authentication_methods?.map((m) => m.method).join(", ")}</dd>
      </dl>
      <SignOut />
    </>
  );
}
