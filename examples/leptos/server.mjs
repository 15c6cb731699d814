// The Leptos example's build and static server (node:http, no dependencies).
//
// buildLeptosExample(): `cargo build --release` of the crate for wasm32 (a no-op when nothing
// changed), then the installed wasm-bindgen CLI into target/leptos-example/www/ when the module
// is newer than its bindings. startLeptosServer(): serves index.html (with Kratos' public URL in
// a <meta> and the demo's strict Content-Security-Policy) for the app's routes, the built app,
// and ory-wasm's optional stylesheet.
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { dirname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";

import { contentSecurityPolicy, listen } from "../../scripts/demo-server.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
// Also set in .cargo/config.toml (for a plain `cargo build` in this folder).
const targetDir = join(root, "target", "leptos-example");
const wasmFile = join(targetDir, "wasm32-unknown-unknown", "release", "ory-wasm-leptos-example.wasm");
const outDir = join(targetDir, "www");

/** The app's routes: each is answered with index.html. */
export const ROUTES = ["/", "/login", "/registration", "/settings"];

/** What the example needs of the emulator: passwords and passkeys, nothing mailed. */
export const EMULATOR_CONFIG = {
  verification_enabled: false,
  recovery_enabled: false,
  methods: { password: true, profile: true, passkey: true, code: false, totp: false, lookup_secret: false, webauthn: false, oidc: false },
};

function run(cmd, args, cwd) {
  const result = spawnSync(cmd, args, { cwd, stdio: ["ignore", "inherit", "inherit"] });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (${result.status ?? result.signal})`);
}

/** Builds the app into target/leptos-example/www/ (cargo decides what is stale). */
export function buildLeptosExample({ quiet = false } = {}) {
  // --locked: a build never rewrites the committed Cargo.lock (a test run leaves the checkout
  // clean); when ory-wasm's own dependencies change, `cargo update -p ory-wasm` here refreshes it.
  try {
    run("cargo", ["build", "--release", "--locked", ...(quiet ? ["--quiet"] : []), "--target-dir", targetDir], here);
  } catch (error) {
    error.message += " (if Cargo.lock is out of date: cd examples/leptos && cargo update -p ory-wasm)";
    throw error;
  }
  const bindings = join(outDir, "app.js");
  if (!existsSync(bindings) || statSync(bindings).mtimeMs < statSync(wasmFile).mtimeMs) {
    run("wasm-bindgen", ["--target", "web", "--no-typescript", "--out-dir", outDir, "--out-name", "app", wasmFile], root);
  }
  return outDir;
}

/** A JavaScript file wasm-bindgen copied from a crate (`/snippets/…`), never a path outside it. */
function snippet(urlPath) {
  if (!urlPath.startsWith("/snippets/") || !urlPath.endsWith(".js")) return null;
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const base = join(outDir, "snippets");
  const file = normalize(join(outDir, decoded));
  if (decoded.includes("\0") || !file.startsWith(base + sep)) return null;
  return [file, "text/javascript; charset=utf-8"];
}

function escapeAttribute(text) {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

/**
 * Serves the built app. Options: `port` (0 = any free port), `host` (default 127.0.0.1),
 * `kratosPublicUrl` (required), `axe` (tests: serve axe-core at /__axe.js, from the page's own
 * origin, so that the CSP stays enforced while it runs). Resolves with `{ url, port, close() }`
 * (`url` on `localhost`).
 */
export async function startLeptosServer({ port = 3000, host = "127.0.0.1", kratosPublicUrl, axe = false }) {
  if (!kratosPublicUrl) throw new Error("startLeptosServer needs kratosPublicUrl");
  const kratos = new URL(kratosPublicUrl).href.replace(/\/$/, "");
  const csp = contentSecurityPolicy(kratos);
  const template = await readFile(join(here, "index.html"), "utf8");
  const index = template.replace("KRATOS_PUBLIC_URL", escapeAttribute(kratos));
  const files = {
    "/app.js": [join(outDir, "app.js"), "text/javascript; charset=utf-8"],
    "/app_bg.wasm": [join(outDir, "app_bg.wasm"), "application/wasm"],
    "/boot.js": [join(here, "boot.js"), "text/javascript; charset=utf-8"],
    "/app.css": [join(here, "app.css"), "text/css; charset=utf-8"],
    "/csp.js": [join(root, "www", "csp.js"), "text/javascript; charset=utf-8"],
    "/ory-wasm.css": [join(root, "js", "ory-wasm.css"), "text/css; charset=utf-8"],
  };
  if (axe) files["/__axe.js"] = [join(root, "node_modules", "axe-core", "axe.min.js"), "text/javascript; charset=utf-8"];

  const server = createServer(async (req, res) => {
    const send = (status, type, body, extra = {}) => {
      res.writeHead(status, {
        "Content-Type": type,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "same-origin",
        ...extra,
      });
      res.end(req.method === "HEAD" ? undefined : body);
    };
    if (req.method !== "GET" && req.method !== "HEAD") {
      return send(405, "text/plain; charset=utf-8", "method not allowed\n", { Allow: "GET, HEAD" });
    }
    const path = new URL(req.url, "http://app").pathname;
    if (ROUTES.includes(path)) {
      return send(200, "text/html; charset=utf-8", index, { "Content-Security-Policy": csp });
    }
    const file = files[path] ?? snippet(path);
    if (!file) return send(404, "text/plain; charset=utf-8", "not found\n");
    try {
      send(200, file[1], await readFile(file[0]));
    } catch {
      send(404, "text/plain; charset=utf-8", "not found\n");
    }
  });
  return listen(server, port, host);
}
