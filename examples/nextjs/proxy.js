// Next.js 16's `proxy` (formerly `middleware`; Node.js runtime): /account is for visitors with a
// session only. The others get a 303 to /login?return_to=<the page>; a session that still needs
// its second factor goes to Kratos' aal2 sign-in, with the same return_to.
import { NextResponse } from "next/server";
import { requireSession } from "ory-wasm/server";

import { APP_URL, ory } from "./lib/ory.js";

export async function proxy(request) {
  // An absolute loginUrl: the request's Host header (which the client chooses) never decides
  // where the browser goes, and only URLs on APP_URL's origin become return_to.
  const { redirect } = await requireSession(request, ory, { loginUrl: new URL("/login", APP_URL).href });
  return redirect ?? NextResponse.next();
}

export const config = { matcher: ["/account/:path*"] };
