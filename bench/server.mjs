// The local answering server of the benchmark: serves the harness pages and the bundles built
// into bench/dist/, and answers the Kratos endpoints the benchmark calls with fixed bodies from
// ../shared/kratos/fixtures (read once; every answer is the same bytes). With `site` (a
// directory), it also serves that directory at the root of its origin, as a static host serves
// a built app (`/` is its index.html): the "fetched before ready" pages of scripts/bench.mjs.
//
// Pages and API share one origin (as behind Ory Tunnel or a reverse proxy), so no CORS preflight
// is timed. Every response carries COOP/COEP so the page is cross-origin isolated: Chromium then
// gives performance.now() 5 µs resolution instead of 100 µs.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";

const benchDir = dirname(fileURLToPath(import.meta.url));
export const fixturesRoot = join(benchDir, "..", "..", "shared", "kratos", "fixtures", "v1");
export const fixtureText = (name) => readFileSync(join(fixturesRoot, name), "utf8");

/**
 * The settings flow of the render benchmark. @ory/elements-react throws "Not implemented" on the
 * fixture's `datetime-local` input (traits.consent.tos), so both renderers get the fixture with
 * that one input turned into a text input: the closest flow elements-react can render.
 */
export function renderableSettingsFlow(flow) {
  const copy = structuredClone(flow);
  for (const node of copy.ui.nodes) {
    if (node.attributes?.type === "datetime-local") node.attributes.type = "text";
  }
  return copy;
}

/** The same flow answered again with validation errors (the 400 after a submission). */
export function invalidSettingsFlow(flow) {
  const copy = renderableSettingsFlow(flow);
  for (const node of copy.ui.nodes) {
    if (node.attributes?.name === "password") {
      node.messages = [{ id: 4000005, type: "error", text: "The password can not be used because it is too short.", context: { reason: "too short" } }];
    }
  }
  copy.ui.messages = [{ id: 4000001, type: "error", text: "The form contains errors.", context: {} }];
  return copy;
}

const MIME = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8", ".json": "application/json", ".wasm": "application/wasm" };
const ISOLATION = { "Cross-Origin-Opener-Policy": "same-origin", "Cross-Origin-Embedder-Policy": "require-corp", "Cross-Origin-Resource-Policy": "same-origin" };

/** The paths the server answers as the Kratos API (not files of an app). */
export const API_PATHS = ["/sessions/whoami", "/self-service/login/flows", "/self-service/registration/flows", "/self-service/settings/flows"];

export async function startBenchServer({ site } = {}) {
  const settings = JSON.parse(fixtureText("settings-flow-unlink-all-methods.json"));
  const bodies = {
    "/sessions/whoami": Buffer.from(fixtureText("session-whoami.json")),
    "/self-service/login/flows": Buffer.from(fixtureText("login-flow-password-browser.json")),
    "/self-service/registration/flows": Buffer.from(fixtureText("registration-flow-password-browser.json")),
    "/self-service/settings/flows": Buffer.from(fixtureText("settings-flow-unlink-all-methods.json")),
    "/bench/flows/settings.json": Buffer.from(JSON.stringify(renderableSettingsFlow(settings))),
    "/bench/flows/settings-400.json": Buffer.from(JSON.stringify(invalidSettingsFlow(settings))),
  };
  let apiCalls = 0;
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url, "http://x");
    const body = bodies[pathname];
    if (body && req.method === "GET") {
      apiCalls += 1;
      res.writeHead(200, { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "private, no-cache, no-store, must-revalidate", "Content-Length": body.length, ...ISOLATION });
      res.end(body);
      return;
    }
    if (req.method === "GET" && pathname.startsWith("/bench/")) {
      const file = normalize(join(benchDir, "..", decodeURIComponent(pathname)));
      if (file.startsWith(benchDir + sep) && existsSync(file)) {
        const data = await readFile(file);
        res.writeHead(200, { "Content-Type": MIME[extname(file)] ?? "application/octet-stream", "Cache-Control": "no-store", ...ISOLATION });
        res.end(data);
        return;
      }
    }
    if (req.method === "GET" && site) {
      const file = normalize(join(site, decodeURIComponent(pathname) + (pathname.endsWith("/") ? "index.html" : "")));
      if (file.startsWith(site + sep) && existsSync(file) && statSync(file).isFile()) {
        const data = await readFile(file);
        res.writeHead(200, { "Content-Type": MIME[extname(file)] ?? "application/octet-stream", "Cache-Control": "no-store", ...ISOLATION });
        res.end(data);
        return;
      }
    }
    res.writeHead(404, { "Content-Type": "text/plain", ...ISOLATION }).end("not found");
  });
  server.keepAliveTimeout = 60_000;
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    get apiCalls() { return apiCalls; },
    async close() { server.closeAllConnections(); await new Promise((resolve) => server.close(resolve)); },
  };
}
