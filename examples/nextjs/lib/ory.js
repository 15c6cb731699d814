// The server's side of Kratos: where the Next.js server reaches it (KRATOS_URL, e.g. a
// cluster-internal address) and where the app is served (APP_URL). Server code only, read at run
// time. The browser reaches Kratos at /.ory on the app's origin instead (next.config.mjs).
import { Configuration, FrontendApi } from "ory-wasm/core";

export const KRATOS_URL = process.env.KRATOS_URL ?? "http://localhost:4433";
export const APP_URL = process.env.APP_URL ?? "http://localhost:3000";

export const ory = new FrontendApi(new Configuration({ basePath: KRATOS_URL }));
