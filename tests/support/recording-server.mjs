// A tiny HTTP server for the end-to-end tests of the built package.
//
// It plays two roles, one instance each:
//   - the "Kratos" API: it records every request (method, raw path, query, headers, parsed JSON
//     body) and answers from a route table that each test configures (status, headers, body,
//     optional delay, cookies to set), with CORS for the page origin, credentials included;
//   - the page host: it serves static files of the repository (`/pkg/…`, `/tests/browser/…`).
//
// Servers listen on 127.0.0.1 with port 0; tests address them as http://localhost:<port> so the
// page and the API are cross-origin but same-site (SameSite=Lax cookies travel with credentials).
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

// The shared Kratos fixtures live next to the repository (../shared/kratos/fixtures in CI).
const fixturesRoot = join(repoRoot, "..", "shared", "kratos", "fixtures");

/** Parsed JSON of a fixture, e.g. fixture("v1/login-flow-password-browser.json"). A fresh copy each call. */
export function fixture(name) {
  return JSON.parse(readFileSync(join(fixturesRoot, name), "utf8"));
}

/** File names of the fixtures of one era matching a pattern, e.g. fixtureNames("v1", /^error-/). */
export function fixtureNames(era, pattern = /\.json$/) {
  return readdirSync(join(fixturesRoot, era))
    .filter((name) => name.endsWith(".json") && pattern.test(name))
    .sort();
}

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".ts": "text/plain; charset=utf-8",
};

/**
 * Starts a recording server.
 *
 * options:
 *   - static: list of URL path prefixes served from the repository (e.g. ["/pkg/", "/tests/browser/"])
 *   - allowOrigins: origins that CORS accepts (with credentials); `null` reflects any origin,
 *     `[]` sends no CORS headers at all (to provoke a CORS failure).
 *   - port: the port to listen on (default 0, any free port; a test restarts a server on the
 *     port it had).
 *
 * Returns { origin, port, requests, preflights, route, reset, waitForRequest, close }.
 */
export async function startServer({ static: staticPrefixes = [], allowOrigins = null, port: listenPort = 0 } = {}) {
  const routes = new Map(); // "METHOD /path" -> response spec (or function returning one)
  const requests = []; // recorded API requests (never static files, never preflights)
  const preflights = []; // recorded CORS preflights
  const waiters = []; // { predicate, resolve }
  let fallback = null; // function(request) answering requests no route matches, or null

  const corsHeaders = (req, exposed = []) => {
    const origin = req.headers.origin;
    if (!origin) return {};
    if (allowOrigins !== null && !allowOrigins.includes(origin)) return {};
    const headers = {
      "Access-Control-Allow-Origin": origin,
      "Access-Control-Allow-Credentials": "true",
      Vary: "Origin",
    };
    // With credentials, `Access-Control-Expose-Headers: *` is not a wildcard: list the names.
    if (exposed.length > 0) headers["Access-Control-Expose-Headers"] = exposed.join(", ");
    return headers;
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url, "http://placeholder");

    // CORS preflight: allow whatever the page asks for (the tests assert the real request).
    if (req.method === "OPTIONS" && req.headers["access-control-request-method"]) {
      preflights.push({ path: url.pathname, headers: { ...req.headers } });
      const headers = corsHeaders(req);
      if (headers["Access-Control-Allow-Origin"]) {
        headers["Access-Control-Allow-Methods"] = "GET, POST, PUT, PATCH, DELETE, OPTIONS";
        if (req.headers["access-control-request-headers"]) {
          headers["Access-Control-Allow-Headers"] = req.headers["access-control-request-headers"];
        }
        headers["Access-Control-Max-Age"] = "600";
      }
      res.writeHead(204, headers).end();
      return;
    }

    if (req.method === "GET" && staticPrefixes.some((prefix) => url.pathname.startsWith(prefix))) {
      await serveStatic(url.pathname, res);
      return;
    }

    const raw = await readBody(req);
    const recorded = {
      method: req.method,
      path: url.pathname, // raw (still percent-encoded), so `/sessions/a%2Fb` stays visible
      search: url.search,
      query: queryObject(url.searchParams),
      headers: { ...req.headers },
      rawBody: raw,
      body: parseMaybeJson(raw, req.headers["content-type"]),
    };
    requests.push(recorded);
    for (const waiter of [...waiters]) {
      if (waiter.predicate(recorded)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(recorded);
      }
    }

    let spec = routes.get(`${req.method} ${url.pathname}`);
    if (typeof spec === "function") spec = spec(recorded);
    if (!spec && fallback) spec = fallback(recorded);
    if (!spec) {
      spec = { status: 404, body: { error: { code: 404, status: "Not Found", message: "no route" } } };
    }
    await respond(req, res, spec);
  });

  async function respond(req, res, spec) {
    // `reset: true`: drop the connection without an answer (a crashed or restarted server).
    if (spec.reset) {
      req.socket.destroy();
      return;
    }
    if (spec.delay) {
      // Answer later, unless the client gave up in the meantime.
      const closed = new Promise((resolve) => res.on("close", resolve));
      await Promise.race([new Promise((resolve) => setTimeout(resolve, spec.delay)), closed]);
      if (res.destroyed || res.writableEnded) return;
    }
    const status = spec.status ?? 200;
    // Like Kratos: nothing is cacheable, so every call of a test reaches this server.
    const headers = { "Cache-Control": "private, no-cache, no-store, must-revalidate", ...(spec.headers ?? {}) };
    let payload = "";
    if (spec.rawBody !== undefined) {
      payload = spec.rawBody;
    } else if (spec.body !== undefined) {
      payload = JSON.stringify(spec.body);
      if (!Object.keys(headers).some((name) => name.toLowerCase() === "content-type")) {
        headers["Content-Type"] = "application/json; charset=utf-8";
      }
    }
    const exposed = Object.keys(spec.headers ?? {}).filter((name) => !/^(content-type|set-cookie|location)$/i.test(name));
    Object.assign(headers, corsHeaders(req, exposed));
    if (spec.setCookie) headers["Set-Cookie"] = spec.setCookie;
    res.writeHead(status, headers);
    res.end(payload);
  }

  async function serveStatic(pathname, res) {
    const file = normalize(join(repoRoot, decodeURIComponent(pathname)));
    if (!file.startsWith(repoRoot + sep) || !existsSync(file)) {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
      return;
    }
    const body = await readFile(file);
    res.writeHead(200, {
      "Content-Type": MIME[extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-store",
    });
    res.end(body);
  }

  await new Promise((resolve) => server.listen(listenPort, "127.0.0.1", resolve));
  const { port } = server.address();

  return {
    port,
    origin: `http://localhost:${port}`,
    requests,
    preflights,
    /** Answers `METHOD path` with spec = { status, headers, body | rawBody, delay, setCookie, reset } or a function(request). */
    route(method, path, spec) {
      routes.set(`${method} ${path}`, spec);
    },
    /** Answers the requests no route matches with spec = fn(request) (undefined: 404). */
    fallback(fn) {
      fallback = fn;
    },
    /** Forgets routes and recorded requests (between tests). */
    reset() {
      routes.clear();
      requests.length = 0;
      preflights.length = 0;
    },
    /** Resolves with the first request (already recorded or future) that matches; bounded by timeoutMs. */
    waitForRequest(predicate, timeoutMs = 5000) {
      const found = requests.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const waiter = { predicate, resolve };
        waiters.push(waiter);
        setTimeout(() => {
          const index = waiters.indexOf(waiter);
          if (index >= 0) {
            waiters.splice(index, 1);
            reject(new Error(`no matching request within ${timeoutMs} ms`));
          }
        }, timeoutMs).unref();
      });
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A port on which nothing listens (for "network" errors). */
export async function closedPort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (chunk) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function parseMaybeJson(raw, contentType = "") {
  if (raw === "") return undefined;
  if (/json/i.test(contentType)) {
    try {
      return JSON.parse(raw);
    } catch {
      return raw;
    }
  }
  return raw;
}

// Query parameters as a plain object; a repeated name becomes an array.
function queryObject(params) {
  const query = {};
  for (const [name, value] of params) {
    if (name in query) query[name] = [].concat(query[name], value);
    else query[name] = value;
  }
  return query;
}
