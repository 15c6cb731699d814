// Kratos' public API under the app's own origin, at /.ory (a tunnel, as Ory's own Next.js
// integration has): the browser talks to Kratos same-origin, so its session and CSRF cookies are
// first-party cookies of the app, which the Next.js server receives with every page request.
// Kratos' public URL is configured as `<APP_URL>/.ory/`, so every URL it hands out (form
// actions, redirects, the second-factor sign-in) points here. Next.js resolves rewrites when it
// builds: KRATOS_URL (where the Next.js server reaches Kratos) must be set for `next build`.
const kratos = process.env.KRATOS_URL ?? "http://localhost:4433";

export default {
  async rewrites() {
    return [{ source: "/.ory/:path*", destination: `${kratos}/:path*` }];
  },
};
