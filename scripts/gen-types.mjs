#!/usr/bin/env node
// Generates js/ory-wasm.d.ts, the TypeScript declarations of the `ory-wasm` npm package, from the
// two Ory Kratos OpenAPI specs in ../shared/kratos/:
//
//   - openapi-v1.json      (Kratos v1.3.1)  -> class FrontendApi + top-level models
//   - openapi-v0.10.1.json (Kratos v0.10.1) -> class V0alpha2Api + models in `namespace V0alpha2`
//   - openapi-ory-network-v0.2.json (Ory Network v0.2) -> the OAuth2/OIDC/JWK/project classes and
//     V0alpha2Api's network-only methods, with models in `namespace OryNetwork`
//
// The admin classes (IdentityApi, CourierApi, OAuth2Api, OidcApi, JwkApi, WellknownApi, ProjectApi)
// cover rows 33-97 of ../shared/api-surface.md; ADMIN_OPERATIONS below (read from js/operations.json) says which class and v1 name
// each operation has (the same as the declarations in src/endpoints/).
//
// Plain Node ESM, no dependencies. Run from anywhere: `node scripts/gen-types.mjs`.
// The output is deterministic (spec order for operations, sorted model names) so it can be committed
// and diffed. Where the spec disagrees with what Kratos really sends (see
// ../shared/kratos/fixtures/), an entry in OVERRIDES below says so and the output carries a comment.

import { existsSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const SPEC_V1_URL = new URL("../../shared/kratos/openapi-v1.json", import.meta.url);
const SPEC_V0_URL = new URL("../../shared/kratos/openapi-v0.10.1.json", import.meta.url);
const SPEC_NET_URL = new URL("../../shared/kratos/openapi-ory-network-v0.2.json", import.meta.url);
const ERROR_IDS_URL = new URL("../../shared/kratos/error-ids.json", import.meta.url);
const OUT_URL = new URL("../js/ory-wasm.d.ts", import.meta.url);
const OPERATIONS_URL = new URL("../js/operations.json", import.meta.url);

const readJson = (url) => JSON.parse(readFileSync(url, "utf8"));

// ---------------------------------------------------------------------------------------------
// Naming
// ---------------------------------------------------------------------------------------------

/** Schema / operation name -> exported type name: upper-case the first letter only (`uiNode` -> `UiNode`, `NullUUID` stays). */
const pascal = (name) => name.charAt(0).toUpperCase() + name.slice(1);

/** Parameter name -> property name: split on `_`/`-`, lower-case the first word, capitalise the others. */
function camel(name) {
  const words = name.split(/[_-]+/).filter(Boolean);
  return words
    .map((w, i) => (i === 0 ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1)))
    .join("");
}

const lowerFirst = (name) => name.charAt(0).toLowerCase() + name.slice(1);

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const propKey = (k) => (IDENT.test(k) ? k : JSON.stringify(k));

// ---------------------------------------------------------------------------------------------
// Doc comments
// ---------------------------------------------------------------------------------------------

/**
 * Trim a spec description to a few lines: whole paragraphs while they fit in `maxLines`
 * (always at least the first paragraph, cut at `hardMax` lines). Lines that only restate an enum
 * (`x-go-enum-desc`) are dropped: the literal union says the same.
 */
function trimDoc(text, { enumDesc, maxLines = 5, hardMax = 8 } = {}) {
  if (!text) return [];
  let lines = String(text).replace(/\r/g, "").split("\n").map((l) => l.trimEnd());
  if (enumDesc) {
    const drop = new Set(String(enumDesc).split("\n").map((l) => l.trim()).filter(Boolean));
    lines = lines.filter((l) => !drop.has(l.trim()));
  }
  // Docusaurus admonition fences (`:::info` … `:::`) carry no text of their own.
  lines = lines.filter((l) => !/^\s*:::/.test(l));
  const paras = [];
  let cur = [];
  for (const l of lines) {
    if (l.trim() === "") {
      if (cur.length) paras.push(cur);
      cur = [];
    } else cur.push(l.trim());
  }
  if (cur.length) paras.push(cur);
  const out = [];
  for (const p of paras) {
    if (out.length && out.length + 1 + p.length > maxLines) break;
    if (out.length) out.push("");
    out.push(...p);
    if (out.length >= maxLines) break;
  }
  // A kept paragraph that introduces something cut off ("… load this file:") reads badly.
  while (out.length > 1 && /:$/.test(out[out.length - 1]) && out.lastIndexOf("") > 0) {
    out.length = out.lastIndexOf("");
  }
  if (out.length > hardMax) {
    out.length = hardMax;
    out[hardMax - 1] += " …";
  }
  return out.map((l) => l.replace(/\*\//g, "*\\/"));
}

/** One-line form of a description, for `@param`: the text up to ~220 characters, cut after a sentence. */
function oneLine(lines) {
  const text = lines.filter((l) => l !== "").join(" ").replace(/\s+/g, " ").trim();
  if (text.length <= 220) return text;
  const cut = text.slice(0, 220);
  const dot = cut.lastIndexOf(". ");
  return dot > 60 ? cut.slice(0, dot + 1) : cut + " …";
}

/** Word-wrap a note to lines of at most `width` characters. */
function wrapText(text, width = 100) {
  const out = [];
  let line = "";
  for (const word of String(text).split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out.map((l) => l.replace(/\*\//g, "*\\/"));
}

const isDeprecatedText = (text) => /deprecated[:!]/i.test(String(text ?? ""));

/** Render doc lines as a JSDoc block at `indent`. */
function jsdoc(lines, indent = "") {
  const ls = lines.filter((l, i, a) => !(l === "" && (i === 0 || i === a.length - 1 || a[i - 1] === "")));
  if (!ls.length) return "";
  if (ls.length === 1) return `${indent}/** ${ls[0]} */\n`;
  return `${indent}/**\n${ls.map((l) => (l ? `${indent} * ${l}` : `${indent} *`)).join("\n")}\n${indent} */\n`;
}

// ---------------------------------------------------------------------------------------------
// Spec vs reality. Keyed by "<scope>:<schemaName>" or "<scope>:<schemaName>.<property>",
// scope "v1" or "v0". `type(ctx)` returns the TS type (ctx.ref(name) marks a schema reachable),
// `optional` forces optionality, `note` is appended to the doc comment.
// ---------------------------------------------------------------------------------------------

// Fixture paths in notes are relative to ../shared/kratos/fixtures/.
const INPUT_VALUE = {
  type: () => "string | number | boolean | null",
  note:
    "The spec leaves `value` untyped. Kratos sends a string (most inputs, submit buttons), a boolean " +
    "(checkbox traits, e.g. `traits.consent.newsletter`), a number (numeric traits) or null / nothing when unset " +
    `(fixtures v0/nodes-*.json, v1/nodes-*.json).`,
};
const FLOW_STATE = (schema, optional) => ({
  type: (ctx) => ctx.ref(schema),
  optional,
  note: optional
    ? "The spec leaves `state` untyped and marks it required; older servers (Ory Network captures of Jan 2023, " +
      "fixtures v1/login-flow-password-browser.json, v1/registration-flow-password-browser.json) do not send it " +
      "on this flow, so it is optional here."
    : "The spec leaves `state` untyped; Kratos sends one of these strings.",
});
const TRAITS = {
  type: () => "Record<string, unknown>",
  note:
    "Untyped in the spec; its shape is the identity schema's `traits` JSON object (never a scalar in practice), " +
    "so it is declared as a record.",
};
const DETAILS = {
  type: () => "Record<string, unknown>",
  note:
    "The spec says `additionalProperties: false` (a go-swagger artefact); Kratos puts e.g. `redirect_to`, " +
    "`redirect_browser_to` or `return_to` here.",
};
const NULLABLE_STRING = {
  type: () => "string | null",
  note: "The spec says string; older servers send null when unset (Ory Network, Jan 2023: fixtures v1/login-flow-password-*.json).",
};
const KNOWN_STRINGS = (values, note) => ({
  enumValues: values,
  note: note ?? "The spec declares a plain string; these are the values Kratos is known to send.",
});

const OVERRIDES = {
  // Node attribute values (both generations).
  "v1:uiNodeInputAttributes.value": INPUT_VALUE,
  "v0:uiNodeInputAttributes.value": INPUT_VALUE,
  // v1 flows: `state` is untyped in the spec although a `<flow>FlowState` enum exists.
  "v1:loginFlow.state": FLOW_STATE("loginFlowState", true),
  "v1:registrationFlow.state": FLOW_STATE("registrationFlowState", true),
  "v1:recoveryFlow.state": FLOW_STATE("recoveryFlowState", false),
  "v1:settingsFlow.state": FLOW_STATE("settingsFlowState", false),
  "v1:verificationFlow.state": FLOW_STATE("verificationFlowState", false),
  // Ory Network (Jan 2023 captures) sends null for these (fixtures v1/login-flow-password-*.json,
  // v1/registration-flow-password-browser.json, v1/login-success-*.json).
  "v1:loginFlow.oauth2_login_challenge": NULLABLE_STRING,
  "v1:registrationFlow.oauth2_login_challenge": NULLABLE_STRING,
  "v1:session.identity": {
    type: (ctx) => `${ctx.ref("identity")} | null`,
    note: "Kratos sends `\"identity\": null` in some responses (fixture v1/login-success-api.json, Jan 2023).",
  },
  // The spec nests errorGeneric (itself `{ error: genericError }`) here, i.e. `{ error: { error: … } }`;
  // Kratos sends `{ "error": { "id": …, "code": 422, … }, "redirect_browser_to": … }`.
  "v1:errorBrowserLocationChangeRequired.error": {
    type: (ctx) => ctx.ref("genericError"),
    note:
      "The spec says `errorGeneric` here (which would nest a second `error`); Kratos sends the error object " +
      "itself (fixture v1/error-browser-location-change-required-422.json).",
  },
  // Ory Network sent `autocomplete` on v0.10-era flows (fixture v0/login-flow-invalid-credentials.json).
  "v0:uiNodeInputAttributes": {
    extraProperties: () => [
      {
        name: "autocomplete",
        type: openEnum(["email", "tel", "url", "current-password", "new-password", "one-time-code"]),
        optional: true,
        doc: [
          "The autocomplete attribute for the input.",
          "",
          "Not in the v0.10.1 spec; sent by later v0.x servers and Ory Network (fixture v0/login-flow-invalid-credentials.json).",
        ],
      },
    ],
  },
  // The OAuth2 models are copied from hydra-client-go, whose generated structs keep unknown keys in a
  // Go field `AdditionalProperties` (serialised inline, never as a key of that name).
  "v1:OAuth2Client.AdditionalProperties": { omit: true },
  "v1:OAuth2ConsentRequestOpenIDConnectContext.AdditionalProperties": { omit: true },
  "v1:OAuth2LoginRequest.AdditionalProperties": { omit: true },
  // Traits.
  "v1:identityTraits": TRAITS,
  "v0:identityTraits": TRAITS,
  // Error details.
  "v1:genericError.details": DETAILS,
  "v0:genericError.details": DETAILS,
  // Plain-string schemas whose values are known.
  "v1:selfServiceFlowType": KNOWN_STRINGS(["api", "browser"]),
  "v0:selfServiceFlowType": KNOWN_STRINGS(["api", "browser"]),
  "v1:identityVerifiableAddressStatus": KNOWN_STRINGS(["pending", "sent", "completed"]),
  "v0:identityVerifiableAddressStatus": KNOWN_STRINGS(["pending", "sent", "completed"]),
  "v1:RecoveryAddressType": KNOWN_STRINGS(["email"]),
  "v0:RecoveryAddressType": KNOWN_STRINGS(["email"]),
  "v0:identityVerifiableAddressType": KNOWN_STRINGS(["email"]),
  "v0:uiTextType": KNOWN_STRINGS(["info", "error", "success"]),
  "v0:uiNodeInputAttributeType": KNOWN_STRINGS(
    ["text", "password", "number", "checkbox", "hidden", "email", "tel", "submit", "button", "datetime-local", "date", "url"],
    "The spec declares a plain string; these are the input types Kratos v0.10 renders.",
  ),
  // v0.10.1 flattens the embedded herodot error (go-swagger artefact); the server nests it under
  // `error` next to `redirect_browser_to` (selfservice/flow/error.go BrowserLocationChangeRequiredError).
  "v0:selfServiceBrowserLocationChangeRequiredError": {
    properties: (ctx) => [
      { name: "error", type: ctx.ref("genericError"), optional: true, doc: ["The error."] },
      { name: "redirect_browser_to", type: "string", optional: true, doc: ["Points to where to redirect the user to next."] },
    ],
    note:
      "The v0.10.1 spec flattens the error fields into this object; Kratos really sends " +
      '`{ "error": { … }, "redirect_browser_to": "…" }` (fixture v0/error-session-aal2-required-403.json).',
  },
};

// ---------------------------------------------------------------------------------------------
// Model emitter (one instance per spec)
// ---------------------------------------------------------------------------------------------

class Models {
  constructor(spec, scope) {
    this.spec = spec;
    this.scope = scope;
    this.schemas = spec.components?.schemas ?? {};
    this.reachable = new Set();
    this.queue = [];
    // member schema -> { prop, values } from every discriminator mapping.
    this.discriminated = new Map();
    for (const [name, s] of Object.entries(this.schemas)) {
      const d = s.discriminator;
      if (!d?.mapping) continue;
      for (const [value, ref] of Object.entries(d.mapping)) {
        const member = ref.split("/").pop();
        const e = this.discriminated.get(member) ?? { prop: d.propertyName, values: [], unions: [] };
        if (!e.values.includes(value)) e.values.push(value);
        if (!e.unions.includes(name)) e.unions.push(name);
        this.discriminated.set(member, e);
      }
    }
  }

  ref(name) {
    if (!(name in this.schemas)) throw new Error(`${this.scope}: unknown schema ${name}`);
    if (!this.reachable.has(name)) {
      this.reachable.add(name);
      this.queue.push(name);
    }
    return pascal(name);
  }

  refOf(refStr) {
    const m = /^#\/components\/schemas\/(.+)$/.exec(refStr);
    if (!m) throw new Error(`${this.scope}: unsupported $ref ${refStr}`);
    return this.ref(m[1]);
  }

  /** Resolve a response object (following `#/components/responses/...`). */
  response(resp) {
    if (resp?.$ref) {
      const m = /^#\/components\/responses\/(.+)$/.exec(resp.$ref);
      if (!m) throw new Error(`unsupported response $ref ${resp.$ref}`);
      return this.spec.components.responses[m[1]];
    }
    return resp;
  }

  parameter(p) {
    if (p?.$ref) {
      const m = /^#\/components\/parameters\/(.+)$/.exec(p.$ref);
      return this.spec.components.parameters[m[1]];
    }
    return p;
  }

  /** TS type of an inline schema. */
  type(s) {
    if (!s || typeof s !== "object") return "unknown";
    if (s.$ref) return this.refOf(s.$ref) + (s.nullable ? " | null" : "");
    let t;
    if (s.oneOf || s.anyOf) {
      const members = [...new Set((s.oneOf ?? s.anyOf).map((m) => this.type(m)))];
      t = members.join(" | ");
    } else if (s.allOf) {
      t = s.allOf.map((m) => wrap(this.type(m))).join(" & ");
    } else if (s.enum && (s.type === "string" || s.enum.every((v) => typeof v === "string"))) {
      t = openEnum(s.enum);
    } else if (s.enum) {
      t = s.enum.map((v) => JSON.stringify(v)).join(" | ");
    } else {
      switch (s.type) {
        case "string":
          t = "string";
          break;
        case "integer":
        case "number":
          t = "number";
          break;
        case "boolean":
          t = "boolean";
          break;
        case "array":
          t = `${wrap(this.type(s.items))}[]`;
          break;
        case "object":
          t = this.objectType(s);
          break;
        default:
          t = s.properties ? this.objectType(s) : "unknown";
      }
    }
    if (s.nullable && t !== "unknown") t += " | null";
    return t;
  }

  objectType(s) {
    if (s.properties && Object.keys(s.properties).length) {
      const props = this.props(s, null);
      return `{ ${props.map((p) => `${propKey(p.name)}${p.optional ? "?" : ""}: ${p.type}`).join("; ")} }`;
    }
    const ap = s.additionalProperties;
    if (ap && typeof ap === "object" && Object.keys(ap).length) return `Record<string, ${this.type(ap)}>`;
    return "Record<string, unknown>";
  }

  /** Properties of an object schema, as { name, type, optional, doc }. */
  props(s, schemaName) {
    const required = new Set(s.required ?? []);
    const disc = schemaName ? this.discriminated.get(schemaName) : undefined;
    const out = [];
    for (const [name, ps] of Object.entries(s.properties ?? {})) {
      const ov = schemaName ? OVERRIDES[`${this.scope}:${schemaName}.${name}`] : undefined;
      if (ov?.omit) continue;
      let type;
      let optional = !required.has(name);
      const doc = trimDoc(ps.description ?? ps.title, { enumDesc: ps["x-go-enum-desc"] });
      if (disc && disc.prop === name) {
        // Discriminator: the literal(s) from the union's mapping, not the spec's shared enum.
        type = disc.values.map((v) => JSON.stringify(v)).join(" | ");
        optional = false;
      } else if (ov) {
        type = ov.type(this);
        if (ov.optional !== undefined) optional = ov.optional;
        if (ov.note) doc.push("", ...wrapText(ov.note));
      } else {
        type = this.type(ps);
      }
      if (isDeprecatedText(ps.description)) doc.push("@deprecated");
      out.push({ name, type, optional, doc });
    }
    return out;
  }

  /** Emit the declaration of one schema. */
  declaration(name, indent) {
    const s = this.schemas[name];
    const tsName = pascal(name);
    const ov = OVERRIDES[`${this.scope}:${name}`];
    const doc = trimDoc(s.description ?? s.title, { enumDesc: s["x-go-enum-desc"] });
    if (s.title && s.description && !doc.includes(s.title)) doc.unshift(s.title, "");
    if (ov?.note) doc.push("", ...wrapText(ov.note));
    let body;
    const isNullName = /^null/i.test(name);
    if (ov?.properties) {
      const props = ov.properties(this);
      body = this.interfaceBody(tsName, props, indent);
    } else if (ov?.enumValues) {
      body = `${indent}export type ${tsName} = ${openEnum(ov.enumValues)};\n`;
    } else if (ov?.type) {
      body = `${indent}export type ${tsName} = ${ov.type(this)};\n`;
    } else if ((s.oneOf || s.anyOf) && s.discriminator) {
      const members = [...new Set((s.oneOf ?? s.anyOf).map((m) => this.type(m)))];
      doc.push("", `Discriminated by \`${s.discriminator.propertyName}\`.`);
      body = `${indent}export type ${tsName} =\n${members.map((m) => `${indent}  | ${m}`).join("\n")};\n`;
    } else if (s.properties && (s.type === "object" || !s.type)) {
      const props = this.props(s, name);
      if (ov?.extraProperties) props.push(...ov.extraProperties(this));
      props.sort((a, b) => cmp(a.name, b.name));
      body = this.interfaceBody(tsName, props, indent);
    } else {
      let t = this.type(s);
      if (isNullName && !/\bnull\b/.test(t) && t !== "unknown") t += " | null";
      body = `${indent}export type ${tsName} = ${t};\n`;
    }
    if (isNullName && !s.nullable && !ov) doc.push("", "Nullable (`Null*` type) although the spec does not say `nullable`.");
    return jsdoc(doc, indent) + body;
  }

  interfaceBody(tsName, props, indent) {
    const lines = props.map(
      (p) => jsdoc(p.doc ?? [], indent + "  ") + `${indent}  ${propKey(p.name)}${p.optional ? "?" : ""}: ${p.type};\n`,
    );
    return `${indent}export interface ${tsName} {\n${lines.join("")}${indent}}\n`;
  }

  /** Emit every reachable schema (transitively), sorted by exported name. */
  emitAll(indent) {
    const decls = new Map();
    while (this.queue.length) {
      const name = this.queue.shift();
      decls.set(name, this.declaration(name, indent));
    }
    const names = [...decls.keys()].sort((a, b) => cmp(pascal(a), pascal(b)) || cmp(a, b));
    const seen = new Map();
    for (const n of names) {
      const p = pascal(n);
      if (seen.has(p)) throw new Error(`${this.scope}: schemas ${seen.get(p)} and ${n} both map to ${p}`);
      seen.set(p, n);
    }
    return names.map((n) => decls.get(n)).join("\n");
  }
}

const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const wrap = (t) => (/[|&\s]/.test(t) && !/^\{.*\}$/.test(t) ? `(${t})` : t);
/** A forward-compatible string enum: the known literals plus any other string. */
const openEnum = (values) => [...values.map((v) => JSON.stringify(v)), "(string & {})"].join(" | ");

// ---------------------------------------------------------------------------------------------
// Operations
// ---------------------------------------------------------------------------------------------

function collectOperations(spec, filter) {
  const ops = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of ["get", "put", "post", "delete", "patch", "head", "options"]) {
      const op = item[method];
      if (op && filter(path, op)) ops.push({ path, method: method.toUpperCase(), op, shared: item.parameters ?? [] });
    }
  }
  return ops;
}

/** Describe one operation: params (camelCased), body, success type. */
function describe(models, { path, method, op, shared }, nameHint) {
  const params = [...shared, ...(op.parameters ?? [])].map((p) => models.parameter(p));
  const out = { path, method, op, id: op.operationId, params: [], body: null, result: null };
  for (const p of params) {
    out.params.push({
      name: camel(p.name),
      wire: p.name,
      in: p.in,
      required: !!p.required,
      type: models.type(p.schema ?? { type: "string" }),
      doc: trimDoc(p.description),
      deprecated: !!p.deprecated || isDeprecatedText(p.description),
    });
  }
  const content = op.requestBody?.content ?? {};
  const form = content["application/json"] ? undefined : content["application/x-www-form-urlencoded"]?.schema;
  if (form && nameHint) {
    // Form fields (OAuth2 token, revocation, introspection) are plain arguments in both client
    // generations, like parameters.
    const required = new Set(form.required ?? []);
    for (const [name, ps] of Object.entries(form.properties ?? {})) {
      out.params.push({
        name: camel(name),
        wire: name,
        in: "form",
        required: required.has(name),
        type: models.type(ps),
        doc: trimDoc(ps.description),
        deprecated: false,
      });
    }
  } else if (op.requestBody) {
    const schema = (content["application/json"] ?? Object.values(content)[0])?.schema;
    const target = schema?.$ref ? models.schemas[schema.$ref.split("/").pop()] : schema;
    if (nameHint && target?.type === "array" && target.items?.$ref) {
      // A JSON Patch document: named after its items, as @ory/client-fetch does (`jsonPatch`).
      const itemName = target.items.$ref.split("/").pop();
      out.body = {
        name: lowerFirst(itemName),
        schemaName: itemName,
        array: true,
        required: !!op.requestBody.required,
        type: `${models.refOf(target.items.$ref)}[]`,
        doc: trimDoc(op.requestBody.description),
      };
    } else if (nameHint && !schema?.$ref) {
      out.body = {
        name: `${nameHint}Request`,
        schemaName: `${nameHint}Request`,
        required: !!op.requestBody.required,
        type: models.type(schema),
        doc: trimDoc(op.requestBody.description),
      };
    } else {
      if (!schema?.$ref) throw new Error(`${out.id}: request body without $ref schema`);
      const schemaName = schema.$ref.split("/").pop();
      out.body = {
        name: lowerFirst(schemaName),
        schemaName,
        required: !!op.requestBody.required,
        type: models.refOf(schema.$ref),
        doc: trimDoc(op.requestBody.description) ,
      };
    }
  }
  // Success type: the 200/201 JSON schema; void if the only 2xx is 204.
  const ok = ["200", "201"].map((c) => op.responses?.[c]).find(Boolean);
  if (ok) {
    const resp = models.response(ok);
    const schema = resp?.content?.["application/json"]?.schema;
    out.result = schema ? models.type(schema) : "void";
    // `extendSession`: 200 with the session, or 204 (Kratos v1.2+).
    if (schema && op.responses?.["204"]) out.result += " | undefined";
  } else if (op.responses?.["204"]) {
    out.result = "void";
  } else if (nameHint && op.responses?.["302"]) {
    // A redirect meant for a browser navigation (`/oauth2/auth`, `/oauth2/sessions/logout`).
    out.result = "void";
  } else {
    throw new Error(`${out.id}: no 200/201/204 response`);
  }
  // Error responses are part of the operation's contract: make their schemas reachable too.
  for (const [code, r] of Object.entries(op.responses ?? {})) {
    if (code.startsWith("2")) continue;
    const schema = models.response(r)?.content?.["application/json"]?.schema;
    if (schema) models.type(schema);
  }
  return out;
}

function operationDoc(d, extra = []) {
  const lines = [`\`${d.method} ${d.path}\`${d.op.summary ? ` — ${d.op.summary.trim()}` : ""}`];
  const desc = trimDoc(d.op.description);
  if (desc.length) lines.push("", ...desc);
  lines.push(...extra);
  if (d.op.deprecated) lines.push("@deprecated");
  return lines;
}

// ---------------------------------------------------------------------------------------------
// Build
// ---------------------------------------------------------------------------------------------

const v1 = readJson(SPEC_V1_URL);
const v0 = readJson(SPEC_V0_URL);
const errorIds = readJson(ERROR_IDS_URL);

const m1 = new Models(v1, "v1");
const m0 = new Models(v0, "v0");

const v1Ops = collectOperations(v1, (_p, op) => (op.tags ?? []).includes("frontend")).map((o) => describe(m1, o));
const v0Ops = collectOperations(v0, (p, op) => (op.tags ?? []).includes("v0alpha2") && !p.startsWith("/admin")).map(
  (o) => describe(m0, o),
);

// Types referenced by the hand-written part of the surface.
const FLOW_TYPES = ["loginFlow", "registrationFlow", "recoveryFlow", "verificationFlow", "settingsFlow"].map((n) => m1.ref(n));

// The old axios client resolved to this; the v0 surface keeps it.
const V0_PREFIX = "V0alpha2.";

let out = "";
const w = (s) => (out += s);

w(`// ory-wasm: TypeScript declarations.
//
// GENERATED FILE, DO NOT EDIT. Generated by scripts/gen-types.mjs (\`node scripts/gen-types.mjs\`) from
//   ../shared/kratos/openapi-v1.json      (Kratos v1.3.1: FrontendApi, top-level models)
//   ../shared/kratos/openapi-v0.10.1.json (Kratos v0.10.1: V0alpha2Api, models in namespace V0alpha2)
//   ../shared/kratos/openapi-ory-network-v0.2.json (Ory Network v0.2: OAuth2/OIDC/JWK/project
//                                          operations, models in namespace OryNetwork)
//   ../shared/kratos/error-ids.json       (OryErrorKind)
// Models are the JSON the server sends (snake_case keys). String enums are open
// (\`"a" | "b" | (string & {})\`) so values added by newer servers still type-check.

`);

/** The `*Raw` twin of a v1 method (`@ory/client-fetch`'s): the same call, resolving to an `ApiResponse`. */
const rawTwin = (name, args, result) =>
  jsdoc([`{@link ${name}}, resolving to the fetch \`Response\` (status, headers, every \`Set-Cookie\`) and the body.`], "  ") +
  `  ${name}Raw(${args}): Promise<ApiResponse<${result}>>;\n`;

// --- Configuration, options, responses, errors --------------------------------------------------

w(`/** Options of a {@link Configuration}. */
export interface ConfigurationParameters {
  /** Base URL of the Kratos public API (or the Ory Network project URL), e.g. \`https://auth.example.com\`. */
  basePath?: string;
  /**
   * Fetch \`credentials\` mode of every request. Browser flows need the Kratos cookies, so the default
   * is \`"include"\`; ignored when \`mode\` is \`"native"\`.
   */
  credentials?: RequestCredentials;
  /** Headers added to every request (per-call \`CallOptions.headers\` take precedence). */
  headers?: Record<string, string>;
  /** Default timeout of every request in milliseconds; the call rejects with \`OryError\` kind \`"timeout"\`. */
  timeoutMs?: number;
  /**
   * \`"browser"\` (default): send and receive cookies (\`credentials: "include"\`), for browser flows.
   * \`"native"\`: never send cookies, for Node, workers, webviews and apps that authenticate with
   * \`X-Session-Token\` and use the \`createNative*Flow\` operations.
   */
  mode?: "browser" | "native";
  /**
   * The Ory API key (\`ory_pat_…\`, or a workspace key for {@link ProjectApi}), sent as
   * \`Authorization: Bearer <key>\` to the admin, OAuth2 admin and project operations. Refused in a
   * browser page (an \`OryError\` of kind \`"invalid_argument"\`) unless
   * {@link ConfigurationParameters.dangerouslyAllowApiKeyInBrowser} is set: everyone who opens the page
   * can read it.
   */
  apiKey?: string;
  /** An OAuth2 access token, sent as \`Authorization: Bearer <token>\` to \`/userinfo\` and, as the registration access token, to \`/oauth2/register/{id}\`. */
  accessToken?: string;
  /** The OAuth2 client id, sent with {@link ConfigurationParameters.password} as HTTP Basic credentials to \`/oauth2/token\` and \`/oauth2/revoke\`. */
  username?: string;
  /**
   * The OAuth2 client secret of a confidential client. Refused in a browser page unless
   * {@link ConfigurationParameters.dangerouslyAllowApiKeyInBrowser} is set: a single-page app is a
   * public client (use {@link OAuth2PkceClient}).
   */
  password?: string;
  /** Lets a browser page send {@link ConfigurationParameters.apiKey}, an \`Authorization\` header or an OAuth2 client secret (private tooling only). Default \`false\`. */
  dangerouslyAllowApiKeyInBrowser?: boolean;
  /** The \`fetch\` to send requests with (\`@ory/client-fetch\`'s option), e.g. one that adds tracing. Default: the global \`fetch\`. */
  fetchApi?: FetchAPI;
  /**
   * Hooks around every request, run in order (\`@ory/client-fetch\`'s option): \`pre\` may rewrite the
   * URL and init (the URL must stay on the configured origin, or the call rejects with kind
   * \`"invalid_argument"\`), \`onError\` may answer for a fetch that threw, \`post\` may replace the
   * response. The answer is then checked as any other. Their \`fetch\` is the underlying one.
   */
  middleware?: Middleware[];
}

/** A \`fetch\`-compatible function. */
export type FetchAPI = (input: string, init: RequestInit) => Promise<Response>;

/** The request a middleware sees. */
export interface FetchParams {
  url: string;
  init: RequestInit;
}

/** What \`Middleware.pre\` receives. */
export interface RequestContext extends FetchParams {
  fetch: FetchAPI;
}

/** What \`Middleware.post\` receives (a clone of the response). */
export interface ResponseContext extends RequestContext {
  response: Response;
}

/** What \`Middleware.onError\` receives. */
export interface ErrorContext extends RequestContext {
  error: unknown;
  response?: Response;
}

/** One entry of {@link ConfigurationParameters.middleware}. */
export interface Middleware {
  pre?(context: RequestContext): Promise<FetchParams | void>;
  post?(context: ResponseContext): Promise<Response | void>;
  onError?(context: ErrorContext): Promise<Response | void>;
}

/** What a \`*Raw\` method resolves to (\`@ory/client-fetch\`'s \`ApiResponse\`). */
export interface ApiResponse<T> {
  /** The fetch \`Response\`, its body unread: status, headers, every \`Set-Cookie\` (\`raw.headers.getSetCookie()\`). */
  raw: Response;
  /** The body, checked and parsed as the plain method resolves it. */
  value(): Promise<T>;
}

/** Connection settings shared by the API classes. */
export declare class Configuration {
  constructor(params?: ConfigurationParameters);
  /** The base URL requests are sent to. */
  readonly basePath: string;
}

/**
 * Per-call options, the optional last argument of every API method: an object, or (as
 * \`@ory/client-fetch\`'s \`initOverrides\`) a function shown the request that answers with one.
 */
export type CallOptions = CallInit | InitOverrideFunction;

/** client-fetch's \`initOverrides\` function: its \`headers\`, \`signal\` and \`timeoutMs\` are used. */
export type InitOverrideFunction = (request: {
  init: { method: string; headers: Record<string, string>; credentials: RequestCredentials; body?: string };
  context: { method: string; path: string; query: Record<string, string>; headers: Record<string, string>; body?: string };
}) => Promise<CallInit | void>;

/** Per-call options as an object. */
export interface CallInit {
  /** Aborts the request; the call rejects with \`OryError\` kind \`"aborted"\`. */
  signal?: AbortSignal;
  /** Timeout of this call in milliseconds (overrides \`ConfigurationParameters.timeoutMs\`). */
  timeoutMs?: number;
  /** Extra headers of this call. */
  headers?: Record<string, string>;
}

/** What a \`V0alpha2Api\` method resolves to (the shape of the old axios client's response). */
export interface OryResponse<T> {
  /** The decoded JSON body (the text for \`getWebAuthnJavaScript\`, undefined for 204 responses). */
  data: T;
  /** HTTP status code. */
  status: number;
  /** Response headers, lower-case names. */
  headers: Record<string, string>;
}

/**
 * What went wrong, as a stable string:
 * - \`"network"\`: no HTTP response (DNS, TLS, CORS, connection refused); \`status\` is 0.
 * - \`"timeout"\` / \`"aborted"\`: the call's timeout fired / its \`AbortSignal\` was aborted.
 * - \`"decode"\`: the response body is not the JSON the operation returns.
 * - \`"flow_validation"\`: a 400 that carries the flow again, with the validation messages in
 *   \`flow.ui.messages\` / \`flow.ui.nodes[].messages\` (see \`OryError.flow\`).
 * - \`"invalid_argument"\`: the SDK rejected the arguments before sending anything.
 * - a Kratos error id (\`error.id\` of the body) such as \`"session_aal2_required"\`.
 * - \`"http"\`: any other non-2xx response.
 * Unknown ids sent by newer servers are passed through, hence the \`(string & {})\`.
 */
export type OryErrorKind =
${[
  ...["network", "timeout", "aborted", "decode", "http", "flow_validation", "invalid_argument"].map((k) => ({ id: k })),
  ...errorIds,
]
  .map((e) => {
    const c = e.http_status ? ` // ${e.http_status}: ${String(e.when).split(/[;(]/)[0].trim()}` : "";
    return `  | ${JSON.stringify(e.id)}${c}`;
  })
  .join("\n")}
  | (string & {});

/**
 * The error every API method rejects with. Test with \`instanceof OryError\` and switch on \`kind\`.
 */
export declare class OryError extends Error {
  /** See {@link OryErrorKind}. */
  readonly kind: OryErrorKind;
  /** HTTP status code; 0 when there was no HTTP response. */
  readonly status: number;
  /** The parsed JSON body of the error response, or its text if it is not JSON. */
  readonly body: unknown;
  /** Kratos' \`error.id\` (e.g. \`"session_already_available"\`), when the body has one. */
  readonly errorId?: string;
  /** Kratos' \`error.reason\`, a human-readable explanation. */
  readonly reason?: string;
  /** Kratos' \`error.details\`. */
  readonly details?: Record<string, unknown>;
  /** The flow sent back with a 400 (form validation errors are in its \`ui\` messages). */
  readonly flow?: ${FLOW_TYPES.join(" | ")};
  /** The id of the flow to continue with, sent with a 410 (\`use_flow_id\`: expired or replaced flow). */
  readonly useFlowId?: string;
  /**
   * Where the browser must go next (\`redirect_browser_to\` of a 422 or 403 body): always an
   * absolute http(s) URL, absent when the server named anything else. Never navigate to
   * \`body.redirect_browser_to\`.
   */
  readonly redirectBrowserTo?: string;
  /**
   * The HTTP response, rebuilt from the body (which has already been read), with axios-style \`data\`
   * for code written against the old axios client (\`err.response.data\`, \`err.response.status\`).
   */
  readonly response?: Response & { data: unknown };
}

/** \`snake_case\` -> \`camelCase\` (used for the camelCase request bodies of \`@ory/client-fetch\`). */
export type SnakeToCamelCase<S extends string> = S extends \`\${infer Head}_\${infer Tail}\`
  ? \`\${Head}\${Capitalize<SnakeToCamelCase<Tail>>}\`
  : S;

/**
 * \`T\` with its top-level keys camelCased (distributes over unions). \`FrontendApi\` accepts request
 * bodies in either form, e.g. \`{ method: "password", csrf_token }\` or \`{ method: "password", csrfToken }\`,
 * like \`@ory/client-fetch\` does; nested objects (\`traits\`, \`transient_payload\`) are sent as given.
 */
export type CamelCaseKeys<T> = T extends unknown
  ? { [K in keyof T as K extends string ? SnakeToCamelCase<K> : K]: T[K] }
  : never;

`);

// --- The renderer -------------------------------------------------------------------------------------

w(`/** A Kratos self-service flow type. */
export type FlowType = "login" | "registration" | "recovery" | "verification" | "settings";

/** Any flow object an API method returns. */
export type Flow = ${FLOW_TYPES.join(" | ")};

/**
 * Options of {@link renderFlow}, {@link startFlow} and \`<ory-flow>\`: where Kratos is (the
 * {@link ConfigurationParameters}), how to render, and callbacks that replace the SDK's defaults.
 */
export interface RenderOptions extends ConfigurationParameters {
  /** The flow type, when it cannot be read from the flow's \`ui.action\`. */
  flowType?: FlowType;
  /** {@link startFlow}: the id of the flow to load instead of the page URL's \`?flow=\`. */
  flowId?: string;
  /**
   * The language of the form: one of {@link LOCALES} or \`"en"\`, a BCP 47 tag (\`"de-AT"\` → \`"de"\`) or a
   * list of them in order of preference (default: \`navigator.languages\`, else English). A locale is
   * fetched (a chunk of its own) only when chosen; the form is drawn once it has arrived.
   */
  locale?: string | readonly string[];
  /**
   * Texts by Kratos message id or SDK text key (\`"already_signed_in"\`, …), with \`{placeholder}\`s
   * filled from the message's \`context\`; laid over the locale's. A promise of them delays the form
   * until it settles.
   */
  translations?: Record<string, string> | Promise<Record<string, string>>;
  /** Render only these method groups (\`"password"\`, \`"oidc"\`, …). */
  groups?: string[];
  /** The order of the method groups. */
  order?: string[];
  /**
   * Where to go after success; passed to new flows as \`return_to\` (default: the page URL's
   * \`return_to\`, which only ever goes to Kratos). The SDK follows it only when it is on the
   * page's or Kratos' origin or matches {@link RenderOptions.allowedReturnUrls}; otherwise the
   * flow's own \`return_to\` (checked by Kratos) decides.
   */
  returnTo?: string;
  /**
   * More targets \`returnTo\` may name, matched as Kratos matches \`allowed_return_urls\`: scheme,
   * host and port equal (\`https://*.example.com\` for subdomains), and the path a prefix at a
   * segment boundary. An entry that is not an absolute http(s) URL is an \`OryError\`.
   */
  allowedReturnUrls?: string[];
  /**
   * Success (signed in, signed up) with nowhere to go: no allowed \`returnTo\` and no
   * \`return_to\` in the flow (with one, the SDK navigates there, through \`onNavigate\`).
   * Replaces the default notice.
   */
  onSuccess?: (result: { session?: Session | null; identity?: Identity | null }) => void;
  /** A top-level navigation (social sign-in, \`redirect_browser_to\`): replaces \`location.assign(url)\`. */
  onNavigate?: (url: string) => void;
  /** A native session token from \`continue_with\`. */
  onSessionToken?: (token: string) => void;
  /** Sign-in or sign-up while a session exists: replaces the default notice. */
  onAlreadySignedIn?: () => void;
  /** A second factor or a fresh sign-in is needed: replaces signing in within the same container. */
  onStartLogin?: (request: { aal: string | null; refresh: boolean; returnTo: string | null }) => void;
  /** Called after every render with the flow shown (e.g. to put \`?flow=<id>\` into the URL). */
  onFlow?: (flow: Flow) => void;
  /**
   * Called after a render that had to leave out part of the flow (a node it cannot read, from a
   * newer or a broken server): each such node's place (\`ui.nodes[3]\`, or \`ui\`) and name. The
   * form shows every other node and an error message saying part of it could not be shown.
   */
  onUnreadable?: (nodes: { path: string; name: string | null }[]) => void;
  /**
   * The app's pages of the other flows, for the default card's links (sign-up ↔ sign-in,
   * "Forgot password?", back to sign-in). Each goes through the navigation gate (a path on the
   * page's origin, or an http(s) URL on the page's or Kratos' origin or in
   * {@link RenderOptions.allowedReturnUrls}); an absent or refused one is no link.
   */
  urls?: { login?: string; registration?: string; recovery?: string; verification?: string; settings?: string };
  /** The app's or project's name, shown above the card's title. */
  projectName?: string;
  /**
   * Replaces or decorates what the SDK builds for each node; the SDK keeps submitting, updating
   * and running WebAuthn. Return nothing to keep \`context.element\` (decorated in place or not), a
   * new element containing \`context.control\` to replace it, or a string (shown as text) for a
   * node without a control. Anything else is refused and the SDK's element kept.
   */
  renderNode?: (context: RenderNodeContext) => Element | string | null | undefined | void;
}

/** What {@link RenderOptions.renderNode} is shown of a node. */
export interface RenderNodeContext {
  /** The node's \`type\`: \`input\`, \`text\`, \`img\`, \`a\`, \`div\`. */
  type: string;
  /** The node's group: \`default\`, \`password\`, \`oidc\`, … */
  group: string;
  /** The input's name, for input nodes. */
  name: string | null;
  /** The node as Kratos sent it. */
  node: UiNode | null;
  /** What the SDK built (a field wrapper, a button, an image, …). */
  element: Element;
  /** The input, select or button the SDK reads and drives; a replacement must contain it. */
  control: Element | null;
}

/** A text of {@link FlowViewModel}: a message with its id and type, translated. */
export interface FlowViewText {
  id: number;
  type: "info" | "error" | "success";
  text: string;
}

/** One node of {@link FlowViewModel}; \`kind\` says which component renders it. */
export interface FlowViewNode {
  kind: "input" | "checkbox" | "select" | "submit" | "webauthn" | "image" | "link" | "text" | "division" | "unknown";
  type: string;
  group: string;
  name: string | null;
  label: string | null;
  messages: FlowViewText[];
  /** Sanitised attributes of the kind (\`type\`, \`value\`, \`required\`, \`role\`, \`href\`, \`src\`, …). */
  attributes: Record<string, unknown>;
}

/** The headless view model of a flow: what the default card shows, as data. */
export interface FlowViewModel {
  kind: FlowType;
  id: string | null;
  title: string;
  subtitle: string;
  messages: FlowViewText[];
  /** Inputs to send with every submit (\`csrf_token\`); {@link FlowViewModel.body} adds them. */
  hidden: { name: string; value: string }[];
  /**
   * The sections, in order. \`choice\`: in a second factor with several methods, the text of the
   * button the default card shows in this method's place (it shows the method alone, with a way
   * back); \`null\` for a method shown as it is.
   */
  groups: { group: string; title: string | null; choice: string | null; divided: boolean; nodes: FlowViewNode[] }[];
  links: { place: "footer" | "password"; prompt: string | null; text: string; href: string }[];
  /** The body of a submit by \`submitter\` with the user's \`values\` (see {@link flowBody}). */
  body(submitter: { name: string; value: string }, values?: Record<string, string | boolean>): Record<string, unknown>;
}

/**
 * The headless view model of \`flow\`, for apps that render with their own components: groups,
 * nodes with translated labels, messages, sanitised attributes, the card's title and links.
 * Texts are data: render them as text. Throws {@link OryError} (\`invalid_argument\`).
 */
export declare function flowView(flow: Flow, options?: RenderOptions): FlowViewModel;

/**
 * The body of a submit of \`flow\` by the button \`submitter\` with the user's \`values\`, as the
 * renderer sends it (the group's fields, \`csrf_token\`, the implied \`method\`): pass it to
 * \`updateLoginFlow({ flow: flow.id, updateLoginFlowBody: body })\` and its siblings.
 */
export declare function flowBody(flow: Flow, submitter: { name: string; value: string }, values?: Record<string, string | boolean>): Record<string, unknown>;

/** A rendered flow. */
export declare class FlowView {
  private constructor();
  /** The flow shown now (it changes as the user goes on). */
  readonly flow: Flow;
  /** The type of the flow shown now. */
  readonly kind: FlowType;
  /**
   * Removes the form and its listeners. Only the handle of the latest \`renderFlow\` into the
   * container does: after a newer render (which updates a new version of the same flow in place),
   * an earlier handle's \`destroy()\` does nothing.
   */
  destroy(): void;
}

/**
 * Renders a flow object into \`container\` (replacing its children) and drives it: submits the
 * form through the SDK and turns every answer into its ending. Called again with a new version of
 * the flow the container's live view shows (same kind and id, same options), it updates that view
 * in place — focus, caret and typed values stay — and returns the same {@link FlowView}; anything
 * else replaces the view. Throws {@link OryError} with kind \`"invalid_argument"\` when the flow or
 * the options are not usable.
 */
export declare function renderFlow(flow: Flow, container: Element, options?: RenderOptions): FlowView;

/**
 * Loads the flow of the page URL's \`?flow=\` (or \`options.flowId\`), or creates a browser flow, then
 * renders it like {@link renderFlow}.
 */
export declare function startFlow(flowType: FlowType, container: Element, options?: RenderOptions): Promise<FlowView>;

/** The locales shipped in the package besides English: \`["de", "es", "fr", "it", "ja", "ko", "nl", "pl", "pt", "zh"]\`. */
export declare const LOCALES: readonly string[];

/**
 * The shipped locale for BCP 47 tags in order of preference (\`"de-AT"\` → \`"de"\`, \`"zh-CN"\` → \`"zh"\`),
 * \`"en"\` for English, \`undefined\` when none matches.
 */
export declare function negotiateLocale(tags: string | readonly string[]): string | undefined;

/** Fetches a shipped locale's texts (once per page), e.g. to start the download early. */
export declare function loadLocale(locale: string): Promise<Record<string, string>>;

/**
 * \`<ory-flow type="login" base-path="https://auth.example.com" return-to="/">\`: starts (or loads) a flow
 * and renders it. Dispatches the bubbling events of {@link OryFlowEventMap}; a change of an
 * attribute starts the flow anew.
 */
export declare class OryFlowElement extends HTMLElement {}

/** The events of {@link OryFlowElement} (\`CustomEvent\`s that bubble), by name. */
export interface OryFlowEventMap {
  /** Signed in (up, …) with nowhere to go. */
  "ory-success": CustomEvent<{ session?: Session | null; identity?: Identity | null }>;
  /** The SDK goes to \`url\` (allowed by its navigation gate); cancelable: \`preventDefault()\` keeps the page. */
  "ory-navigate": CustomEvent<{ url: string }>;
  /** The flow could not be started; the element shows the message. */
  "ory-error": CustomEvent<{ error: OryError }>;
  /** After every render, with the flow shown. */
  "ory-flow": CustomEvent<{ flow: Flow }>;
}

declare global {
  // \`element.addEventListener("ory-success", (event) => event.detail.session)\` is typed.
  interface HTMLElementEventMap extends OryFlowEventMap {}
  interface HTMLElementTagNameMap {
    "ory-flow": OryFlowElement;
  }
}

/** Registers {@link OryFlowElement} (default tag name \`ory-flow\`); safe to call twice. */
export declare function defineOryFlowElement(tagName?: string): void;

/** Whether the browser has WebAuthn at all (the renderer hides WebAuthn buttons otherwise). */
export declare function browserSupportsWebAuthn(): boolean;

/** Whether a platform authenticator (Touch ID, Windows Hello, …) can verify the user. */
export declare function platformAuthenticatorIsAvailable(): Promise<boolean>;

/** Whether the browser offers passkeys in autofill (conditional mediation). */
export declare function browserSupportsWebAuthnAutofill(): Promise<boolean>;

/** Options of {@link runWebAuthn}. */
export interface RunWebAuthnOptions {
  /** Passkey registration: the user name / display name of the new credential (e.g. the email). */
  displayName?: string;
  /** \`"conditional"\` for passkey autofill (the browser offers passkeys in the username field). */
  mediation?: "modal" | "conditional";
}

/** The answer of a ceremony: put \`value\` into the body field \`name\` and submit with \`method\`. */
export interface WebAuthnAnswer {
  /** \`webauthn_login\`, \`webauthn_register\`, \`passkey_login\`, \`passkey_register\` or \`passkey_settings_register\`. */
  name: string;
  /** The credential as the JSON Kratos reads. */
  value: string;
  /** \`"webauthn"\` or \`"passkey"\`. */
  method: string;
}

/**
 * Runs the WebAuthn / passkey ceremony a flow asks for, for callers who render their own forms.
 * \`trigger\` is a node's \`onclickTrigger\`/\`onloadTrigger\` (\`"oryPasskeyLogin"\`) or the node's name
 * (\`"passkey_login_trigger"\`). Rejects with {@link OryError} of kind \`webauthn_cancelled\`,
 * \`webauthn_already_registered\`, \`webauthn_invalid_domain\`, … (the browser's exception as \`cause\`).
 */
export declare function runWebAuthn(flow: Flow, trigger: string, options?: RunWebAuthnOptions): Promise<WebAuthnAnswer>;

`);

// --- The server helpers and the session store (js/server.js, js/session.js) ------------------------
// Their own declaration files (js/server.d.ts, js/session.d.ts): they are exported by their
// subpaths only, not by "ory-wasm". They import the models from "ory-wasm" (scripts/build.mjs
// points that at ./index.js in pkg/).

const helperHeader = (subpath, names) =>
  `// Generated by scripts/gen-types.mjs: do not edit. The declarations of ${subpath}.\n` +
  `import type { ${names.join(", ")} } from "ory-wasm";\n\n`;
const serverDts =
  helperHeader("ory-wasm/server", [
    "CallOptions", "CreateBrowserLoginFlowRequest", "CreateBrowserRecoveryFlowRequest", "CreateBrowserRegistrationFlowRequest",
    "CreateBrowserSettingsFlowRequest", "CreateBrowserVerificationFlowRequest", "FlowType", "FrontendApi",
    ...["loginFlow", "recoveryFlow", "registrationFlow", "session", "settingsFlow", "verificationFlow"].map((n) => m1.ref(n)),
  ].sort()) +
  `/** The flow object of each {@link FlowType}. */
export interface FlowByType {
  login: ${m1.ref("loginFlow")};
  registration: ${m1.ref("registrationFlow")};
  recovery: ${m1.ref("recoveryFlow")};
  verification: ${m1.ref("verificationFlow")};
  settings: ${m1.ref("settingsFlow")};
}

/** The parameters of \`createBrowser<Type>Flow\` that {@link createFlow} passes on (the cookies come from the request). */
export interface CreateFlowParameters {
  login: Omit<CreateBrowserLoginFlowRequest, "cookie">;
  registration: Omit<CreateBrowserRegistrationFlowRequest, "cookie">;
  recovery: Omit<CreateBrowserRecoveryFlowRequest, "cookie">;
  verification: Omit<CreateBrowserVerificationFlowRequest, "cookie">;
  settings: Omit<CreateBrowserSettingsFlowRequest, "cookie">;
}

/** What {@link createFlow} and {@link getFlow} resolve to: the flow and every \`Set-Cookie\` of Kratos' answer. */
export interface FlowResult<T extends FlowType> {
  flow: FlowByType[T];
  /** Relay these to the browser ({@link relayCookies}): they hold the CSRF cookie. */
  headers: Headers;
}

/**
 * \`ory-wasm/server\`: the visitor's session, or null when there is none (no credentials — then
 * nothing is asked — or a 401). Forwards the request's \`X-Session-Token\`, else its \`cookie\`
 * header, else \`Authorization: Bearer <session token>\`. Other failures reject with {@link OryError}.
 */
export declare function getSession(request: Request, ory: FrontendApi, options?: CallOptions): Promise<Session | null>;

/** \`ory-wasm/server\`: creates a browser flow for the visitor, forwarding the request's cookies. */
export declare function createFlow<T extends FlowType>(
  request: Request,
  ory: FrontendApi,
  type: T,
  parameters?: CreateFlowParameters[T],
  options?: CallOptions,
): Promise<FlowResult<T>>;

/** \`ory-wasm/server\`: fetches the browser flow \`id\` with the request's cookies. */
export declare function getFlow<T extends FlowType>(request: Request, ory: FrontendApi, type: T, id: string, options?: CallOptions): Promise<FlowResult<T>>;

/**
 * \`ory-wasm/server\`: appends every \`Set-Cookie\` of \`from\` to \`to\` (a Headers, or a Response with
 * mutable headers: \`new Response(…)\`, not \`Response.redirect(…)\`); returns \`to\`.
 */
export declare function relayCookies<To extends Headers | Response>(from: Headers | Response | { headers: Headers }, to: To): To;

/** Options of {@link requireSession}. */
export interface RequireSessionOptions {
  /** The login page: an absolute http(s) URL, or a path on the request's origin. */
  loginUrl: string;
  /**
   * Where \`return_to\` may point besides the login URL's origin (Kratos' matching, as the
   * renderer's \`allowedReturnUrls\`).
   */
  allowedReturnUrls?: string[];
}

/**
 * \`ory-wasm/server\`: \`{ session }\`, or \`{ redirect }\`: a 303 to \`loginUrl\` with \`return_to\` = the
 * request URL when that is on the login URL's origin or allowed by \`allowedReturnUrls\`. A session
 * that needs its second factor (403 \`session_aal2_required\`) gets a 303 to Kratos'
 * \`redirect_browser_to\` (\`…/self-service/login/browser?aal=aal2\`) with \`return_to\` by the same rule.
 */
export declare function requireSession(
  request: Request,
  ory: FrontendApi,
  options: RequireSessionOptions,
): Promise<{ session: Session; redirect?: undefined } | { session?: undefined; redirect: Response }>;

`;
const sessionDts =
  helperHeader("ory-wasm/session", ["FrontendApi", m1.ref("session")].sort()) +
  `/** What changed, as a {@link SessionStore}'s subscribers are told. */
export interface SessionEvent {
  /** \`start\`: a session (another one than before); \`update\`: the same session changed; \`aal\`: its AAL changed; \`end\`: none any more. */
  type: "start" | "update" | "aal" | "end";
  /** The session before the change. */
  previous: Session | null;
}

/** Options of {@link createSessionStore}. */
export interface SessionStoreOptions {
  /** How long before \`expires_at\` the store asks Kratos again (default 60000). */
  refreshBeforeExpiryMs?: number;
  /** The session ended (Kratos answered 401, or {@link SessionStore.logout}). */
  onEnd?: (previous: Session | null) => void;
  /** An automatic refresh (focus, visibility, timer) failed; the session stays as it was. */
  onError?: (error: unknown) => void;
  /** Where {@link SessionStore.logout}'s \`returnTo\` may go besides the page's and Kratos' origins. */
  allowedReturnUrls?: string[];
  /** Replaces \`location.assign(url)\` after a logout with \`returnTo\`. */
  onNavigate?: (url: string) => void;
}

/** A session store (\`ory-wasm/session\`). */
export interface SessionStore {
  /** The current session, or null (also before the first answer: await {@link SessionStore.ready}). */
  readonly session: Session | null;
  /** The session after the first answer (null: none, or the request failed: \`onError\`). */
  readonly ready: Promise<Session | null>;
  /** Calls \`listener\` after every change (not at once); returns the function that unsubscribes. */
  subscribe(listener: (session: Session | null, event: SessionEvent) => void): () => void;
  /** Asks Kratos now; resolves with the session (null: none), rejects with other failures. */
  refresh(): Promise<Session | null>;
  /**
   * Logs out (\`createBrowserLogoutFlow\`, then \`updateLogoutFlow\` with its token), clears the
   * session and, with \`returnTo\` (on the page's or Kratos' origin, or allowed), navigates there;
   * resolves with that URL or null.
   */
  logout(options?: { returnTo?: string }): Promise<string | null>;
  /** Removes every listener and timer. */
  dispose(): void;
}

/**
 * \`ory-wasm/session\`: keeps the visitor's session current for an SPA: asks Kratos now, when the
 * window regains focus or the page becomes visible, and before the session expires.
 */
export declare function createSessionStore(ory: FrontendApi, options?: SessionStoreOptions): SessionStore;

`;

// --- FrontendApi ------------------------------------------------------------------------------------

const reqTypes = [];
const v1Methods = [];
for (const d of v1Ops) {
  const reqName = `${pascal(d.id)}Request`;
  const hasParams = d.params.length || d.body;
  const anyRequired = d.params.some((p) => p.required) || d.body?.required;
  const result = d.id === "getWebAuthnJavaScript" ? "string" : d.result;
  if (hasParams) {
    const props = d.params.map((p) => {
      const doc = [...p.doc];
      doc.push("", `Sent as ${p.in === "header" ? "header" : p.in === "path" ? "path parameter" : "query parameter"} \`${p.wire}\`.`);
      if (p.deprecated) doc.push("@deprecated");
      return jsdoc(doc, "  ") + `  ${p.name}${p.required ? "" : "?"}: ${p.type};\n`;
    });
    if (d.body) {
      const doc = d.body.doc.length ? d.body.doc : [`The JSON body (\`${d.body.schemaName}\`).`];
      doc.push("Accepted with snake_case keys (as in the spec) or the camelCase keys of `@ory/client-fetch`.");
      props.push(
        jsdoc(doc, "  ") +
          `  ${d.body.name}${d.body.required ? "" : "?"}: ${d.body.type} | CamelCaseKeys<${d.body.type}>;\n`,
      );
    }
    reqTypes.push(
      jsdoc([`Parameters of {@link FrontendApi.${d.id}} (\`${d.method} ${d.path}\`).`]) +
        `export interface ${reqName} {\n${props.join("")}}\n`,
    );
  }
  const args = hasParams ? `requestParameters${anyRequired ? "" : "?"}: ${reqName}, options?: CallOptions` : "options?: CallOptions";
  v1Methods.push(jsdoc(operationDoc(d), "  ") + `  ${d.id}(${args}): Promise<${result}>;\n`);
  v1Methods.push(rawTwin(d.id, args, result));
}

w(`// ---------------------------------------------------------------------------------------------
// FrontendApi (Kratos v1, \`@ory/client-fetch\` style: one request object per call)
// ---------------------------------------------------------------------------------------------

`);
w(reqTypes.join("\n"));
w(`
/**
 * Self-service flows and sessions of Ory Kratos v1 (the operations tagged \`frontend\`), named and
 * shaped like \`FrontendApi\` of \`@ory/client-fetch\`: one request object per call, resolving to the
 * response body (snake_case JSON as the server sends it). Rejects with {@link OryError}.
 */
export declare class FrontendApi {
  constructor(configuration?: Configuration);
${v1Methods.join("\n")}}

`);

// --- V0alpha2Api ------------------------------------------------------------------------------------

const v1ByRoute = new Map(v1Ops.map((d) => [`${d.method} ${d.path}`, d.id]));
const v0Methods = [];
for (const d of v0Ops) {
  const ordered = [
    ...d.params.map((p) => ({ ...p, type: m0Prefixed(p.type) })),
    ...(d.body ? [{ ...d.body, type: V0_PREFIX + d.body.type, doc: d.body.doc.length ? d.body.doc : [`The JSON body.`] }] : []),
  ];
  // Stable sort: required first (Array.prototype.sort is stable).
  ordered.sort((a, b) => Number(b.required) - Number(a.required));
  const result = d.id === "getWebAuthnJavaScript" ? "string" : m0Prefixed(d.result);
  const extra = [];
  for (const p of ordered) {
    const doc = oneLine(p.doc);
    const where = p.in ? ` (${p.in} \`${p.wire}\`)` : "";
    extra.push(`@param ${p.name} ${doc}${where}`.trimEnd());
  }
  extra.push("@param options Per-call options.");
  const v1Name = v1ByRoute.get(`${d.method} ${d.path}`);
  if (v1Name) extra.push(`@see FrontendApi.${v1Name} (the v1 name of this endpoint)`);
  const args = [
    ...ordered.map((p) => `${p.name}${p.required ? "" : "?"}: ${p.type}`),
    "options?: CallOptions",
  ].join(", ");
  v0Methods.push(jsdoc(["", ...operationDoc(d), "", ...extra].slice(1), "  ") + `  ${d.id}(${args}): Promise<OryResponse<${result}>>;\n`);
}

// --- Admin, OAuth2/OIDC, JWK and project classes (rows 33-97 of ../shared/api-surface.md) ------------

// [class, method, path, v1 name] of every operation outside FrontendApi, from the endpoint
// declarations (js/operations.json, written from src/endpoints/ by tests/js_surface.rs), in
// their order. The identity schemas are declared with the frontend
// operations but are IdentityApi methods; they are handled apart below.
const OPERATIONS = readJson(OPERATIONS_URL);
const isSchemaOperation = (op) => op.path.startsWith("/schemas");
const ADMIN_OPERATIONS = OPERATIONS.filter((op) => op.class !== "FrontendApi" && !isSchemaOperation(op))
  .map((op) => [op.class, op.method, op.path, op.v1]);
const ADMIN_CLASSES = {
  IdentityApi: "Identity administration of Ory Kratos v1 (`IdentityApi`): identities, their sessions, session extension, recovery codes and links.",
  CourierApi: "The courier of Ory Kratos v1 (`CourierApi`): the messages Kratos sent.",
  OAuth2Api: "OAuth2 (`OAuth2Api` of the current Ory clients): clients, login/consent/logout requests, sessions, introspection, trusted JWT issuers, and the authorize/token/revoke endpoints.",
  OidcApi: "OpenID Connect (`OidcApi` of the current Ory clients): discovery, dynamic client registration, userinfo and logout.",
  JwkApi: "JSON Web Key sets (`JwkApi` of the current Ory clients).",
  WellknownApi: "The public JSON Web Keys (`WellknownApi` of the current Ory clients).",
  ProjectApi: "Ory Network projects, their members and API keys (`ProjectApi` of the current Ory clients), with a workspace API key.",
};
const AUTH_DOC = {
  oryAccessToken: "Sent with `apiKey` (`Authorization: Bearer`); refused in a browser page without `dangerouslyAllowApiKeyInBrowser`.",
  basic: "Sent with the client credentials `username`/`password` (`Authorization: Basic`); a secret is refused in a browser page without `dangerouslyAllowApiKeyInBrowser`.",
  oauth2: "Sent with `accessToken` (`Authorization: Bearer`).",
  bearer: "Sent with `accessToken` (the registration access token, `Authorization: Bearer`).",
};

const net = readJson(SPEC_NET_URL);
const mn = new Models(net, "net");
const NET_PREFIX = "OryNetwork.";
/** Qualify the network model names of a type expression with `OryNetwork.`. */
function mnPrefixed(type) {
  const names = new Set([...mn.reachable].map(pascal));
  return type.replace(/\b[A-Z][A-Za-z0-9]*\b/g, (n) => (names.has(n) ? NET_PREFIX + n : n));
}
const authDoc = (op) => {
  const schemes = (op.security ?? []).flatMap((req) => Object.keys(req));
  const scheme = schemes.includes("basic") ? "basic" : schemes[0];
  return scheme ? [AUTH_DOC[scheme]] : [];
};
const withTypes = (d, qualify) => ({
  ...d,
  params: d.params.map((p) => ({ ...p, type: qualify(p.type) })),
  body: d.body && { ...d.body, type: qualify(d.body.type) },
  result: qualify(d.result),
});

const adminReqTypes = [];
const adminClasses = new Map(Object.keys(ADMIN_CLASSES).map((c) => [c, []]));
const adminV1Names = [];
const v0AdminNames = [];
// The identity schemas are on IdentityApi in the current clients (declared with the frontend
// operations; no credentials, no separate V0alpha2Api method).
const SCHEMA_OPERATIONS = OPERATIONS.filter(isSchemaOperation).map((op) => [op.class, op.method, op.path, op.v1]);
for (const [cls, method, path, v1Name] of SCHEMA_OPERATIONS) {
  const d = describe(m1, { path, method, op: v1.paths[path][method.toLowerCase()], shared: [] });
  const reqName = `${pascal(v1Name)}Request`;
  const props = d.params.map(
    (p) => jsdoc([...p.doc, "", `Sent as ${p.in} parameter \`${p.wire}\`.`], "  ") + `  ${p.name}${p.required ? "" : "?"}: ${p.type};\n`,
  );
  adminReqTypes.push(jsdoc([`Parameters of {@link ${cls}.${v1Name}} (\`${method} ${path}\`).`]) + `export interface ${reqName} {\n${props.join("")}}\n`);
  const required = d.params.some((p) => p.required);
  adminClasses.get(cls).push(
    jsdoc(operationDoc(d), "  ") + `  ${v1Name}(requestParameters${required ? "" : "?"}: ${reqName}, options?: CallOptions): Promise<${d.result}>;\n`,
  );
  adminClasses.get(cls).push(rawTwin(v1Name, `requestParameters${required ? "" : "?"}: ${reqName}, options?: CallOptions`, d.result));
  adminV1Names.push(v1Name);
}
for (const [cls, method, path, v1Name] of ADMIN_OPERATIONS) {
  const m = method.toLowerCase();
  const netOp = net.paths[path]?.[m];
  if (!netOp) throw new Error(`gen-types: ${method} ${path} is not in the network spec`);
  const v1Op = v1.paths[path]?.[m];
  const d = v1Op
    ? describe(m1, { path, method, op: v1Op, shared: [] }, v1Name)
    : withTypes(describe(mn, { path, method, op: netOp, shared: [] }, v1Name), mnPrefixed);
  const v0Op = v0.paths[path]?.[m]?.tags?.includes("v0alpha2") ? v0.paths[path][m] : null;
  const dv0 = v0Op
    ? withTypes(describe(m0, { path, method, op: v0Op, shared: [] }, v1Name), m0Prefixed)
    : withTypes(describe(mn, { path, method, op: netOp, shared: [] }, v1Name), mnPrefixed);
  // v1 request object: the v1 parameters, then those only the v0alpha2 operation has.
  const params = [...d.params, ...dv0.params.filter((p) => !d.params.some((q) => q.wire === p.wire))];
  const reqName = `${pascal(v1Name)}Request`;
  const hasParams = params.length || d.body;
  const anyRequired = params.some((p) => p.required) || d.body?.required;
  const where = { header: "header", path: "path parameter", query: "query parameter", form: "form field" };
  if (hasParams) {
    const props = params.map((p) => {
      const doc = [...p.doc, "", `Sent as ${where[p.in]} \`${p.wire}\`.`];
      if (p.deprecated) doc.push("@deprecated");
      return jsdoc(doc, "  ") + `  ${p.name}${p.required ? "" : "?"}: ${p.type};\n`;
    });
    if (d.body) {
      const doc = d.body.doc.length ? [...d.body.doc] : [`The JSON body (\`${d.body.schemaName}\`).`];
      const type = d.body.array ? d.body.type : `${d.body.type} | CamelCaseKeys<${d.body.type}>`;
      if (!d.body.array) doc.push("Top-level camelCase keys are sent in snake_case, as `@ory/client-fetch` does.");
      props.push(jsdoc(doc, "  ") + `  ${d.body.name}${d.body.required ? "" : "?"}: ${type};\n`);
    }
    adminReqTypes.push(
      jsdoc([`Parameters of {@link ${cls}.${v1Name}} (\`${method} ${path}\`).`]) + `export interface ${reqName} {\n${props.join("")}}\n`,
    );
  }
  const args = hasParams ? `requestParameters${anyRequired ? "" : "?"}: ${reqName}, options?: CallOptions` : "options?: CallOptions";
  const doc = operationDoc({ ...d, op: { ...d.op, summary: d.op.summary ?? netOp.summary } }, ["", ...authDoc(v1Op ?? netOp)]);
  adminClasses.get(cls).push(jsdoc(doc, "  ") + `  ${v1Name}(${args}): Promise<${d.result}>;\n`);
  adminClasses.get(cls).push(rawTwin(v1Name, args, d.result));
  adminV1Names.push(v1Name);

  // V0alpha2Api: positional, required first, body last among equals.
  const ordered = [
    ...dv0.params,
    ...(dv0.body ? [{ ...dv0.body, doc: dv0.body.doc.length ? dv0.body.doc : ["The JSON body."] }] : []),
  ];
  ordered.sort((a, b) => Number(b.required) - Number(a.required));
  const extra = ordered.map((p) => `@param ${p.name} ${oneLine(p.doc)}${p.in ? ` (${p.in} \`${p.wire}\`)` : ""}`.trimEnd());
  extra.push("@param options Per-call options.", `@see ${cls}.${v1Name} (the v1 name of this endpoint)`);
  const v0Args = [...ordered.map((p) => `${p.name}${p.required ? "" : "?"}: ${p.type}`), "options?: CallOptions"].join(", ");
  v0AdminNames.push(dv0.id);
  v0Methods.push(
    jsdoc([...operationDoc(dv0), "", ...authDoc(v1Op ?? netOp), "", ...extra], "  ") +
      `  ${dv0.id}(${v0Args}): Promise<OryResponse<${dv0.result}>>;\n`,
  );
}
if (ADMIN_OPERATIONS.length !== 65) throw new Error(`gen-types: expected 65 admin operations, got ${ADMIN_OPERATIONS.length}`);

/** Qualify the v0 model names of a type expression with `V0alpha2.`. */
function m0Prefixed(type) {
  const names = new Set([...m0.reachable].map(pascal));
  return type.replace(/\b[A-Z][A-Za-z0-9]*\b/g, (n) => (names.has(n) ? V0_PREFIX + n : n));
}

w(`// ---------------------------------------------------------------------------------------------
// V0alpha2Api (Kratos v0.10, old axios client style: positional arguments, OryResponse<T>)
// ---------------------------------------------------------------------------------------------

/**
 * The self-service, schema and session operations of Ory Kratos v0.10 (tag \`v0alpha2\`, no \`/admin\`
 * paths), named and shaped like \`V0alpha2Api\` of the old axios-based \`@ory/client\` /
 * \`@ory/kratos-client\`: positional arguments (required ones first, then the optional ones in spec
 * order), resolving to {@link OryResponse}. Models are in {@link V0alpha2}. Rejects with {@link OryError}.
 */
export declare class V0alpha2Api {
  constructor(configuration?: Configuration);
${v0Methods.join("\n")}}

`);

// --- Models -----------------------------------------------------------------------------------------

// Response-side discriminated unions stay closed so that `switch (x.node_type)` narrows (TypeScript
// cannot exclude the known literals from an open `node_type: string` member). The shape of a member
// unknown to this version is exported separately as Unknown<Union>.
const UNKNOWN_MEMBERS = {
  v1: [
    ["uiNodeAttributes", "UnknownUiNodeAttributes", "node_type", "a node"],
    ["continueWith", "UnknownContinueWith", "action", "a continue_with item"],
  ],
  v0: [["uiNodeAttributes", "UnknownUiNodeAttributes", "node_type", "a node"]],
};
function unknownMembers(models, indent) {
  return UNKNOWN_MEMBERS[models.scope]
    .filter(([schema]) => models.reachable.has(schema))
    .map(([schema, tsName, prop, what]) =>
      jsdoc(
        [
          `The attributes of ${what} whose \`${prop}\` this version of the declarations does not know (sent by a newer server).`,
          `{@link ${pascal(schema)}} is a closed union so that narrowing on \`${prop}\` works; in the \`default\` branch of a`,
          `switch, widen explicitly: \`const unknown = value as ${tsName};\`.`,
        ],
        indent,
      ) + `${indent}export interface ${tsName} {\n${indent}  ${prop}: string;\n${indent}  [key: string]: unknown;\n${indent}}\n`,
    )
    .join("\n");
}

w(`// ---------------------------------------------------------------------------------------------
// Admin, OAuth2/OIDC, JWK and project APIs (request objects like FrontendApi)
// ---------------------------------------------------------------------------------------------

`);
w(adminReqTypes.join("\n"));
for (const [cls, methods] of adminClasses) {
  w(`
${jsdoc([ADMIN_CLASSES[cls], "One request object per call, resolving to the response body; rejects with {@link OryError}."])}export declare class ${cls} {
  constructor(configuration?: Configuration);
${methods.join("\n")}}
`);
}
w("\n");

// --- OAuth2 authorization code flow with PKCE for SPAs (hand-written, src/bindings/oauth2_pkce.rs) ---

w(`// ---------------------------------------------------------------------------------------------
// OAuth2 authorization code flow with PKCE for single-page apps
// ---------------------------------------------------------------------------------------------

/**
 * Where {@link OAuth2PkceClient} keeps a pending authorization (state, code verifier, nonce)
 * across the redirect: \`sessionStorage\` by default. Any object with these methods works; each may
 * return a promise. Tokens are never written to it.
 */
export interface OAuth2Storage {
  getItem(key: string): string | null | undefined | Promise<string | null | undefined>;
  setItem(key: string, value: string): void | Promise<void>;
  removeItem(key: string): void | Promise<void>;
}

/** Options of {@link OAuth2PkceClient}. Give \`issuer\`, \`basePath\` or both. */
export interface OAuth2PkceClientOptions {
  /**
   * The OpenID provider's issuer (the Ory project URL). Used as \`basePath\` when that is not given, and
   * checked against the \`iss\` of the callback (RFC 9207) and of ID tokens. Before the first callback
   * or refresh the client reads the provider's metadata (\`/.well-known/openid-configuration\` under
   * \`basePath\`): its \`issuer\` must match this one, or, when this is not given, becomes the expected
   * issuer; if it announces \`authorization_response_iss_parameter_supported\`, callbacks without \`iss\`
   * are refused.
   */
  issuer?: string;
  /** Where \`/oauth2/auth\`, \`/oauth2/token\`, \`/oauth2/revoke\` and \`/userinfo\` are (default: \`issuer\`). */
  basePath?: string;
  /** The OAuth2 client id (a public client: \`token_endpoint_auth_method: "none"\`). */
  clientId: string;
  /** The redirect URI registered with the client, where {@link OAuth2PkceClient.handleCallback} runs. */
  redirectUri: string;
  /** The default scope, space-separated or as an array. Default \`"openid"\`; add \`"offline_access"\` for refresh tokens. */
  scope?: string | string[];
  /** Where pending authorizations are kept (default \`sessionStorage\`; required where there is none, e.g. Node). */
  storage?: OAuth2Storage;
  /**
   * A client secret, sent as HTTP Basic credentials to the token and revocation endpoints. Only for
   * confidential clients running where a secret stays secret (a server, a backend-for-frontend) —
   * never in a page.
   */
  clientSecret?: string;
  /** Timeout of every request in milliseconds. */
  timeoutMs?: number;
  /**
   * The oldest ID token accepted, in seconds since its \`iat\` (default: no limit beyond its \`exp\`).
   * \`exp\` and \`iat\` are always checked, with 5 minutes of leeway for the device's clock.
   */
  idTokenMaxAgeSeconds?: number;
}

/** Options of {@link OAuth2PkceClient.authorizeUrl}. */
export interface OAuth2AuthorizeOptions {
  /** The scope of this authorization instead of the client's default. */
  scope?: string | string[];
  /** \`prompt\`: \`"login"\`, \`"consent"\` (OpenID providers issue refresh tokens for \`offline_access\` only with it), \`"none"\`. */
  prompt?: "none" | "login" | "consent" | "select_account" | (string & {});
  /** \`login_hint\`. */
  loginHint?: string;
  /** \`max_age\` in seconds. */
  maxAge?: number;
  /** \`ui_locales\`. */
  uiLocales?: string;
  /** \`acr_values\`. */
  acrValues?: string;
  /** \`audience\` (Ory), space-separated or as an array. */
  audience?: string | string[];
  /** Any other authorization parameter (\`resource\`, \`claims\`, …); the SDK's own ones cannot be overridden. */
  extraParams?: Record<string, string>;
}

/** The tokens of a successful token answer, as {@link OAuth2PkceClient} keeps them (in memory only). */
export interface OAuth2TokenSet {
  /** The access token (send as \`Authorization: Bearer\`; never put it in a URL). */
  accessToken: string;
  /** \`token_type\` as sent (\`"bearer"\`/\`"Bearer"\`). */
  tokenType: string;
  /** When the access token expires, in milliseconds since the epoch (from \`expires_in\`). */
  expiresAt?: number;
  /** The refresh token, if one was issued (\`offline_access\`). */
  refreshToken?: string;
  /** The ID token (OpenID Connect). */
  idToken?: string;
  /**
   * The ID token's claims after the checks of OpenID Connect Core §3.1.3.7: \`iss\` is the issuer,
   * \`aud\` (and \`azp\`, if any) the client, \`exp\` and \`iat\` present and plausible, \`sub\` present,
   * \`nonce\` the one sent; after a refresh, \`iss\` and \`sub\` are those of the previous ID token (§12.2).
   * The signature is not verified (the token came straight from the token endpoint): verify it against
   * the provider's keys before handing the ID token to another party.
   */
  claims?: Record<string, unknown>;
  /** The granted scope. */
  scope: string;
}

/**
 * The kinds of {@link OryError} that {@link OAuth2PkceClient} adds: the OAuth2 \`error\` code of the
 * callback or of the token endpoint (\`errorId\` holds it too, \`reason\` the \`error_description\`), or
 * one of its own checks. Unknown codes are passed through.
 */
export type OAuth2ErrorKind =
  | "oauth2_state_mismatch" // the callback's state matches no authorization started in this browser tab
  | "oauth2_invalid_response" // a callback without a code or from another issuer, provider metadata of another issuer, a token answer or ID token that breaks the protocol
  | "access_denied"
  | "invalid_request"
  | "unauthorized_client"
  | "unsupported_response_type"
  | "invalid_scope"
  | "server_error"
  | "temporarily_unavailable"
  | "login_required"
  | "consent_required"
  | "interaction_required"
  | "invalid_grant"
  | "invalid_client"
  | "unsupported_grant_type"
  | "invalid_token"
  | (string & {});

/**
 * The OAuth2 authorization code flow with PKCE (RFC 7636, S256) for single-page apps, against Ory
 * (\`/oauth2/auth\`, \`/oauth2/token\`, \`/oauth2/revoke\`, \`/userinfo\`):
 *
 * \`\`\`ts
 * const oauth = new OAuth2PkceClient({ issuer: "https://project.oryapis.com", clientId, redirectUri, scope: "openid offline_access" });
 * location.assign(await oauth.authorizeUrl({ prompt: "consent" }));
 * // … on the redirect URI:
 * const tokens = await oauth.handleCallback();
 * const me = await oauth.userinfo();
 * \`\`\`
 *
 * Methods reject with {@link OryError} (see {@link OAuth2ErrorKind}). Tokens stay in this object's
 * memory: never in storage, URLs or error messages.
 */
export declare class OAuth2PkceClient {
  /** Throws {@link OryError} (\`"invalid_argument"\`) on bad options. */
  constructor(options: OAuth2PkceClientOptions);
  /**
   * Starts an authorization: stores a fresh state, code verifier and (for \`openid\`) nonce, and resolves
   * to the authorization URL to send the browser to (\`location.assign(url)\`).
   */
  authorizeUrl(options?: OAuth2AuthorizeOptions): Promise<string>;
  /**
   * Completes an authorization on the redirect URI (\`url\` defaults to \`location.href\`): checks the
   * state (one use only) and then the callback's \`iss\` (RFC 9207), surfaces \`error\`/\`error_description\`
   * as an {@link OryError} of that kind, exchanges the code with the verifier, checks the ID token and
   * resolves to the tokens.
   */
  handleCallback(url?: string): Promise<OAuth2TokenSet>;
  /** Exchanges the held (or given) refresh token for new tokens; a new ID token must be about the same user. */
  refresh(options?: { refreshToken?: string; scope?: string | string[] }): Promise<OAuth2TokenSet>;
  /** Revokes \`token\`, or the held refresh and access tokens and forgets them (RFC 7009). */
  revoke(options?: { token?: string; tokenTypeHint?: "access_token" | "refresh_token" }): Promise<void>;
  /** The OpenID Connect userinfo claims for the held (or given) access token. */
  userinfo(options?: { accessToken?: string }): Promise<Record<string, unknown> & { sub: string }>;
  /** The tokens held in memory, if any. */
  readonly tokens: OAuth2TokenSet | undefined;
  /** Forgets the held tokens without revoking them. */
  forgetTokens(): void;
}

`);

const v1Models = m1.emitAll("");
w(`// ---------------------------------------------------------------------------------------------
// Models of Kratos v1.3.1 (openapi-v1.json), JSON as sent by the server
// ---------------------------------------------------------------------------------------------

`);
w(v1Models);
w("\n" + unknownMembers(m1, ""));

const v0Models = m0.emitAll("  ");
w(`
// ---------------------------------------------------------------------------------------------
// Models of Kratos v0.10.1 (openapi-v0.10.1.json), used by V0alpha2Api
// ---------------------------------------------------------------------------------------------

/** Models of the Kratos v0.10 (\`v0alpha2\`) API, as returned by {@link V0alpha2Api}. */
export declare namespace V0alpha2 {
`);
w(v0Models);
w("\n" + unknownMembers(m0, "  "));
w(`}

// ---------------------------------------------------------------------------------------------
// Models of Ory Network v0.2 (openapi-ory-network-v0.2.json), used by the OAuth2/OIDC/JWK/project
// classes and V0alpha2Api's network-only methods
// ---------------------------------------------------------------------------------------------

/**
 * Models of the Ory Network v0.2 API (OAuth2, JSON Web Keys, projects), in their own namespace so
 * that they never collide with the Kratos v1 models of the same name (\`OAuth2Client\`, …).
 */
export declare namespace OryNetwork {
`);
w(mn.emitAll("  "));
w(`}

// Only the declarations above marked \`export\` are part of the module.
export {};
`);

// ---------------------------------------------------------------------------------------------
// Sanity checks
// ---------------------------------------------------------------------------------------------

const code = (out + serverDts + sessionDts).replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
if (/:\s*any\b|<any>|\bany\[\]|\bany\s*[|&;,)>]|[|&]\s*any\b/.test(code)) {
  throw new Error("gen-types: `any` found in the generated declarations");
}
const topLevel = new Set([...m1.reachable].map(pascal));
for (const name of [
  "Configuration", "ConfigurationParameters", "CallOptions", "OryResponse", "OryError", "OryErrorKind",
  "FrontendApi", "V0alpha2Api", "V0alpha2", "CamelCaseKeys", "SnakeToCamelCase", "OryNetwork",
  "OAuth2PkceClient", "OAuth2PkceClientOptions", "OAuth2AuthorizeOptions", "OAuth2TokenSet", "OAuth2Storage",
  "OAuth2ErrorKind",
  ...Object.keys(ADMIN_CLASSES),
  ...adminV1Names.map((n) => `${pascal(n)}Request`),
  ...v1Ops.map((d) => `${pascal(d.id)}Request`),
]) {
  if (topLevel.has(name)) throw new Error(`gen-types: model ${name} collides with a hand-written export`);
}
// The declared methods are exactly those of the endpoint declarations (what the generated
// classes in js/api-*.js have): the spec's tags select FrontendApi's and V0alpha2Api's
// self-service operations, so a declaration and a tag that disagree stop the build here.
const sameNames = (what, declared, operations) => {
  const a = [...declared].sort().join(", ");
  const b = [...operations].sort().join(", ");
  if (a !== b) throw new Error(`gen-types: the ${what} methods (${a}) are not those of js/operations.json (${b})`);
};
sameNames("FrontendApi", v1Ops.map((d) => d.id), OPERATIONS.filter((op) => op.class === "FrontendApi").map((op) => op.v1));
sameNames(
  "V0alpha2Api",
  [...v0Ops.map((d) => d.id), ...v0AdminNames],
  OPERATIONS.filter((op) => op.v0alpha2).map((op) => op.v0alpha2.name),
);

// The files written: the package's declarations and the helpers' own.
const OUTPUTS = [
  [OUT_URL, out],
  [new URL("../js/server.d.ts", import.meta.url), serverDts],
  [new URL("../js/session.d.ts", import.meta.url), sessionDts],
];
// `--check` (npm test): fail when the committed declarations are not what the specs and the
// endpoint declarations give, instead of rewriting them.
if (process.argv.includes("--check")) {
  for (const [url, text] of OUTPUTS) {
    if (!existsSync(url) || readFileSync(url, "utf8") !== text) {
      console.error(`${fileURLToPath(url)} is stale: run node scripts/gen-types.mjs and commit it`);
      process.exit(1);
    }
    console.log(`${fileURLToPath(url)} is current`);
  }
  process.exit(0);
}
mkdirSync(new URL(".", OUT_URL), { recursive: true });
for (const [url, text] of OUTPUTS) writeFileSync(url, text);
console.log(
  `wrote ${fileURLToPath(OUT_URL)}: FrontendApi ${v1Ops.length} operations, ${m1.reachable.size} v1 models; ` +
    `V0alpha2Api ${v0Ops.length} + ${ADMIN_OPERATIONS.length} operations, ${m0.reachable.size} v0 models; ` +
    `${Object.keys(ADMIN_CLASSES).length} admin classes, ${mn.reachable.size} network models`,
);
