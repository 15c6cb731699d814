// Test cases for every row of ../shared/api-surface.md (97 HTTP operations), built from the
// OpenAPI specs alone — independently of the SDK's own declarations — so that a test can call
// each operation through the built package (v1 request object and V0alpha2Api positional form)
// and check the request the recording server saw against the spec.
//
// For each row: the v1 name (the table's ts-v1 name; Kratos v1's operation id for identities,
// courier and schemas; Ory's current client name for OAuth2/OIDC/JWK/projects), the v0alpha2
// name (ts-cloud, or rust-network's snake_case camelCased), the parameters with a value each, a
// JSON body sampled from the request schema (or form fields), the credentials the operation's
// `security` asks for, and an answer sampled from the success response schema (its `example`
// where the spec has one).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./recording-server.mjs";

const sharedRoot = join(repoRoot, "..", "shared");
const readSpec = (name) => JSON.parse(readFileSync(join(sharedRoot, "kratos", name), "utf8"));

export const specs = {
  v1: readSpec("openapi-v1.json"),
  v0: readSpec("openapi-v0.10.1.json"),
  network: readSpec("openapi-ory-network-v0.2.json"),
};

/** The rows of the API surface table: { row, method, path, names: { label: name }, summary }. */
export function surfaceRows() {
  const text = readFileSync(join(sharedRoot, "api-surface.md"), "utf8");
  const rows = [];
  for (const line of text.split("\n")) {
    const cells = line.split("|").map((cell) => cell.trim());
    const row = Number(cells[1]);
    if (!Number.isInteger(row) || row < 1 || !/^[A-Z]+$/.test(cells[2] ?? "")) continue;
    const names = {};
    for (const entry of cells[4].split(";")) {
      const match = /^\s*([\w-]+):\s*(\S+)\s*$/.exec(entry);
      if (match) names[match[1]] = match[2];
    }
    rows.push({ row, method: cells[2], path: cells[3], names, summary: cells[5] });
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Spec helpers
// ---------------------------------------------------------------------------------------------

function resolve(spec, value) {
  let current = value;
  for (let i = 0; current?.$ref && i < 20; i++) {
    current = current.$ref
      .replace(/^#\//, "")
      .split("/")
      .reduce((node, key) => node?.[key], spec);
  }
  return current;
}

const operation = (spec, method, path) => spec.paths[path]?.[method.toLowerCase()];
const lowerFirst = (name) => name.charAt(0).toLowerCase() + name.slice(1);
export const jsName = (wire) =>
  wire
    .split(/[_-]+/)
    .filter(Boolean)
    .map((word, i) => (i === 0 ? word.charAt(0).toLowerCase() : word.charAt(0).toUpperCase()) + word.slice(1))
    .join("");
const camelFromSnake = (name) => name.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());

/** A value for a schema: its `example` if the spec has one, else a small sample of its shape. */
export function sample(spec, schema, depth = 0) {
  const s = resolve(spec, schema) ?? {};
  if (s.example !== undefined) return structuredClone(s.example);
  if (depth > 6) return s.type === "array" ? [] : s.type === "object" || s.properties ? {} : "s";
  if (s.oneOf || s.anyOf) return sample(spec, (s.oneOf ?? s.anyOf)[0], depth);
  if (s.allOf) return Object.assign({}, ...s.allOf.map((member) => sample(spec, member, depth)));
  if (s.enum) return s.enum.find((v) => v !== "") ?? s.enum[0];
  switch (s.type) {
    case "string":
      return s.format === "date-time" ? "2024-01-01T00:00:00Z" : s.format === "uuid" ? "4253b0f4-a6d9-4b0a-ba31-00e5cc1c14aa" : "s";
    case "integer":
    case "number":
      return 1;
    case "boolean":
      return true;
    case "array":
      return depth < 3 && s.items ? [sample(spec, s.items, depth + 1)] : [];
    default: {
      if (!s.properties) return {};
      const out = {};
      for (const [name, property] of Object.entries(s.properties)) out[name] = sample(spec, property, depth + 1);
      return out;
    }
  }
}

// The v1 names of Ory's current clients for the network-only operations (rows 45-97): drop the
// `admin` prefix, except for these renames.
const CURRENT_CLIENT_NAMES = {
  adminUpdateOAuth2Client: "setOAuth2Client",
  adminUpdateJsonWebKeySet: "setJsonWebKeySet",
  adminUpdateJsonWebKey: "setJsonWebKey",
  updateProject: "setProject",
  adminListOAuth2SubjectConsentSessions: "listOAuth2ConsentSessions",
  performOAuth2TokenFlow: "oauth2TokenExchange",
  performOAuth2AuthorizationFlow: "oAuth2Authorize",
  performOidcFrontOrBackChannelLogout: "revokeOidcSession",
  dynamicClientRegistrationCreateOAuth2Client: "createOidcDynamicClient",
  dynamicClientRegistrationGetOAuth2Client: "getOidcDynamicClient",
  dynamicClientRegistrationUpdateOAuth2Client: "setOidcDynamicClient",
  dynamicClientRegistrationDeleteOAuth2Client: "deleteOidcDynamicClient",
};
const currentClientName = (id) => CURRENT_CLIENT_NAMES[id] ?? lowerFirst(id.replace(/^admin/, ""));

/** Parameters of an operation ({ wire, in, required, js, schema }), form fields included. */
function parameters(spec, op) {
  const out = (op.parameters ?? []).map((p) => {
    const param = resolve(spec, p);
    return { wire: param.name, in: param.in, required: !!param.required, js: jsName(param.name), schema: param.schema ?? {} };
  });
  const content = op.requestBody?.content ?? {};
  const form = content["application/json"] ? undefined : resolve(spec, content["application/x-www-form-urlencoded"]?.schema);
  if (form) {
    const required = new Set(form.required ?? []);
    for (const [wire, schema] of Object.entries(form.properties ?? {})) {
      out.push({ wire, in: "form", required: required.has(wire), js: jsName(wire), schema });
    }
  }
  return out;
}

/** The JSON body: { name (v1 request object key), required, schema } or undefined. */
function jsonBody(spec, op, v1Name) {
  const schema = op.requestBody?.content?.["application/json"]?.schema;
  if (!schema) return undefined;
  const target = resolve(spec, schema);
  const name = target?.type === "array" && target.items?.$ref
    ? lowerFirst(target.items.$ref.split("/").pop())
    : schema.$ref
      ? lowerFirst(schema.$ref.split("/").pop())
      : `${v1Name}Request`;
  return { name, required: !!op.requestBody.required, schema };
}

/** "apiKey" | "accessToken" | "clientCredentials" | "none", from the operation's `security`. */
function credentials(op) {
  const schemes = (op.security ?? []).flatMap((requirement) => Object.keys(requirement));
  if (schemes.includes("basic")) return "clientCredentials";
  if (schemes.includes("oryAccessToken")) return "apiKey";
  if (schemes.includes("oauth2") || schemes.includes("bearer")) return "accessToken";
  return "none";
}

/** A value for a parameter; path values need escaping, form values form-encoding. */
function parameterValue(param) {
  if (param.schema.type === "array") return [`${param.wire}-1`, `${param.wire} 2`];
  switch (param.in) {
    case "path":
      return `p/${param.wire} ?#`;
    case "form":
      return `f ${param.wire}&=+`;
    case "header":
      return `h-${param.wire}`;
    default:
      return `q ${param.wire}&x=1`;
  }
}

/** What a successful answer looks like: { status, body | rawBody, headers } and the expected value. */
function answer(spec, op, { text }) {
  if (text) {
    const js = "window.__oryWebAuthn = function () {};\n";
    return { route: { rawBody: js, headers: { "Content-Type": "text/javascript; charset=UTF-8" } }, value: js, status: 200 };
  }
  for (const code of ["200", "201"]) {
    const response = resolve(spec, op.responses?.[code]);
    if (!response) continue;
    const schema = response.content?.["application/json"]?.schema;
    if (!schema) return { route: { status: Number(code) }, value: undefined, status: Number(code) };
    const body = sample(spec, schema);
    return { route: { status: Number(code), body }, value: body, status: Number(code) };
  }
  // 204, or only a redirect meant for a browser navigation (answered 204 here).
  return { route: { status: 204 }, value: undefined, status: 204 };
}

/**
 * One case per row: { row, method, path, v1: { name, parameters, body, spec, op } | undefined,
 * v0: { name, parameters, positional } | undefined, auth, answer }.
 */
export function surfaceCases() {
  return surfaceRows().map(({ row, method, path, names }) => {
    const v1Op = operation(specs.v1, method, path);
    const netOp = operation(specs.network, method, path);
    const v0Op = operation(specs.v0, method, path);
    const v0Tagged = v0Op?.tags?.includes("v0alpha2") ? v0Op : undefined;

    // v1: the Kratos v1 spec where it has the operation, the network spec otherwise.
    let v1Spec = specs.v1;
    let v1Source = v1Op;
    let v1Name = names["ts-v1"] ?? v1Op?.operationId;
    if (!v1Source) {
      v1Spec = specs.network;
      v1Source = netOp;
      v1Name = currentClientName(netOp.operationId);
    }
    const v1 = {
      name: v1Name,
      spec: v1Spec,
      op: v1Source,
      parameters: parameters(v1Spec, v1Source),
      body: jsonBody(v1Spec, v1Source, v1Name),
    };

    // v0alpha2: the reference's name; its operation in v0.10.1 or the network spec.
    const v0Name = names["ts-cloud"] ?? (names["rust-network"] ? camelFromSnake(names["rust-network"]) : undefined);
    let v0;
    if (v0Name) {
      const source = v0Tagged?.operationId === v0Name ? [specs.v0, v0Tagged] : [specs.network, netOp];
      const [spec, op] = source;
      if (op?.operationId !== v0Name) throw new Error(`row ${row}: ${v0Name} is not ${method} ${path} in the specs`);
      const params = parameters(spec, op);
      const body = jsonBody(spec, op, v1Name);
      const positional = [...params.map((p) => ({ ...p, kind: "param" }))];
      if (body) positional.push({ kind: "body", required: body.required, body });
      positional.sort((a, b) => Number(b.required) - Number(a.required));
      v0 = { name: v0Name, spec, op, parameters: params, body, positional };
    }

    const auth = credentials(v1Op ?? netOp ?? {});
    const text = path.endsWith(".js");
    return { row, method, path, v1, v0, auth, answer: answer(v1Spec, v1Source, { text }) };
  });
}

/**
 * The concrete call of a case: the request object (v1) or the positional arguments (v0), and
 * what the recorded request must be. `skipHeaders` leaves out header parameters a browser page
 * cannot set (Cookie).
 */
export function buildCall(testCase, form, { skipHeaders = [] } = {}) {
  const side = form === "v1" ? testCase.v1 : testCase.v0;
  const values = new Map();
  for (const param of side.parameters) {
    if (skipHeaders.includes(param.wire.toLowerCase())) continue;
    values.set(param.wire, parameterValue(param));
  }
  const body = side.body ? sample(side.spec, side.body.schema) : undefined;

  let path = testCase.path;
  const query = {};
  const headers = {};
  const formFields = {};
  for (const param of side.parameters) {
    if (!values.has(param.wire)) continue;
    const value = values.get(param.wire);
    if (param.in === "path") path = path.replace(`{${param.wire}}`, encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`));
    else if (param.in === "query") query[param.wire] = value;
    else if (param.in === "header") headers[param.wire.toLowerCase()] = value;
    else if (param.in === "form") formFields[param.wire] = value;
  }

  let args;
  if (form === "v1") {
    const request = {};
    for (const param of side.parameters) if (values.has(param.wire)) request[param.js] = values.get(param.wire);
    if (side.body) request[side.body.name] = body;
    const takesNothing = side.parameters.length === 0 && !side.body;
    args = takesNothing ? [] : [request];
  } else {
    args = side.positional.map((entry) => (entry.kind === "body" ? body : values.get(entry.wire)));
    while (args.length && args[args.length - 1] === undefined) args.pop();
  }
  const hasForm = side.parameters.some((p) => p.in === "form");
  return { args, expect: { path, query, headers, body, form: hasForm ? formFields : undefined } };
}
