// Whether the SDK may send a browser to a URL the app named (a `returnTo`, the request URL put
// into `return_to`): the navigation rule of the renderer (src/ui/navigation.rs, src/url.rs),
// which lives in the render module's wasm, written again here for the JavaScript helpers
// (server.js, session.js) so that they need no wasm. tests/node/return-url.test.mjs holds the
// Rust tests' cases.
//
// A target is allowed when it is a plain absolute http(s) URL (no userinfo, backslash,
// whitespace or control character, a host written as browsers serialise it: no hex or octal
// IPv4, no IDN) — or a path (`/x`, not `//x`) resolved on `origins[0]` — and its origin is one
// of `origins` or an `allowedReturnUrls` entry matches it (Kratos' rules: scheme, host and port
// equal, `https://*.example.com` for proper subdomains, the path a prefix at a segment boundary
// after dot segments are resolved; a path with an encoded `/` or `\` or a `..;x` segment only
// matches an entry without a path).
import { invalidArgument as invalid } from "./error.js";

const PLAIN = /^[^\\\s\u0000-\u001f\u007f-\u009f]*$/;
const PLAIN_HOST = /^[a-z0-9.-]+$/;
const DEFAULT_PORT = { "http:": "80", "https:": "443" };

function httpUrl(text) {
  if (typeof text !== "string" || !PLAIN.test(text) || !/^https?:\/\/[^/]/i.test(text)) return null;
  let url;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  const authority = text.slice(text.indexOf("//") + 2).split(/[/?#]/)[0].toLowerCase();
  const host = authority.startsWith("[") ? authority.slice(0, authority.indexOf("]") + 1) : authority.split(":")[0];
  if (url.username || url.password || authority.includes("@")) return null;
  // The parser rewrites `0x7f.1`, `127.1`, `%61pp` and IDN hosts: such hosts are refused.
  if (!url.hostname.startsWith("[") && (host !== url.hostname || !PLAIN_HOST.test(host))) return null;
  return url;
}

const port = (url) => url.port || DEFAULT_PORT[url.protocol];

// The path as the server sees it (the URL parser resolved `.`, `..`, `%2e`), or null when a
// server might split or resolve it differently.
function path(url) {
  const pathname = url.pathname;
  if (/%2f|%5c/i.test(pathname)) return null;
  for (const segment of pathname.split("/")) {
    const decoded = segment.toLowerCase().replaceAll("%2e", ".");
    const before = decoded.split(";")[0];
    if (decoded !== before && (before === "." || before === "..")) return null;
  }
  return pathname;
}

function entry(pattern) {
  const refuse = (why) => invalid(`"${pattern}" is not a valid allowed return URL: ${why}`);
  const match = typeof pattern === "string" ? /^(https?:\/\/)(\*\.)?(.*)$/i.exec(pattern) : null;
  if (!match) throw refuse("it must be an absolute http(s) URL");
  const [, scheme, wildcard, rest] = match;
  const url = httpUrl(scheme + rest);
  if (!url) throw refuse("it must be an absolute http(s) URL with a plain host");
  if (/[?#]/.test(rest)) throw refuse("it must not have a query or a fragment");
  const host = url.hostname;
  if (wildcard && (host.startsWith("[") || /^\d+\.\d+\.\d+\.\d+$/.test(host) || host.startsWith("."))) {
    throw refuse("`*.` must be followed by a domain name");
  }
  const rawPath = rest.slice(rest.split(/[/]/)[0].length) || "/";
  if (path(url) !== url.pathname || rawPath !== url.pathname) {
    throw refuse("its path must not contain dot segments or an encoded `/` or `\\`");
  }
  return { protocol: url.protocol, host, port: port(url), subdomains: Boolean(wildcard), prefix: url.pathname.replace(/\/+$/, "") };
}

function matches(allowed, url) {
  if (url.protocol !== allowed.protocol || port(url) !== allowed.port) return false;
  const host = url.hostname;
  const hostMatches = allowed.subdomains
    ? host.length > allowed.host.length + 1 && host.endsWith(`.${allowed.host}`)
    : host === allowed.host;
  if (!hostMatches) return false;
  if (allowed.prefix === "") return true;
  const resolved = path(url);
  return resolved !== null && (resolved === allowed.prefix || resolved.startsWith(`${allowed.prefix}/`));
}

/**
 * The URL (`href`) to send a browser to for `target`, or null when the rule refuses it.
 * `origins`: the origins always allowed (the app's, Kratos'); the first one also resolves a
 * path. Throws OryError `invalid_argument` for a malformed `allowedReturnUrls` entry.
 */
export function allowedReturnUrl(target, { origins = [], allowedReturnUrls = [] } = {}) {
  if (!Array.isArray(allowedReturnUrls)) throw invalid("allowedReturnUrls must be an array of URLs");
  const entries = allowedReturnUrls.map(entry);
  const known = origins.filter((origin) => typeof origin === "string" && origin !== "null");
  const isPath = typeof target === "string" && target.startsWith("/") && !target.startsWith("//") && PLAIN.test(target);
  const url = isPath ? (known[0] ? httpUrl(known[0] + target) : null) : httpUrl(target);
  if (!url) return null;
  return known.includes(url.origin) || entries.some((allowed) => matches(allowed, url)) ? url.href : null;
}
