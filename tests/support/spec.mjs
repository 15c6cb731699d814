// Operation ids of the shared Kratos OpenAPI specs, so the tests prove they cover every method.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./recording-server.mjs";

const specsRoot = join(repoRoot, "..", "shared", "kratos");

function operations(file, keep) {
  const spec = JSON.parse(readFileSync(join(specsRoot, file), "utf8"));
  const ids = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const operation of Object.values(item)) {
      if (operation?.operationId && keep(path, operation)) ids.push(operation.operationId);
    }
  }
  return ids.sort();
}

/** The 30 v1 FrontendApi operations (tag `frontend`). */
export const frontendOperationIds = () => operations("openapi-v1.json", (_, op) => op.tags?.includes("frontend"));

/** The 31 v0alpha2 self-service/session/schema operations (tag `v0alpha2`, not under /admin). */
export const v0alpha2OperationIds = () =>
  operations("openapi-v0.10.1.json", (path, op) => op.tags?.includes("v0alpha2") && !path.startsWith("/admin"));
