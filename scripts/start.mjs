// `npm start`: builds the package and says where it is. The demo SPA and the local
// Kratos-compatible server join this command when they land (see README, Status).
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
execFileSync("node", ["scripts/build.mjs"], { cwd: root, stdio: "inherit" });
execFileSync("node", ["scripts/size.mjs"], { cwd: root, stdio: "inherit" });
console.log(`\nThe npm package is in ${join(root, "pkg")} — import it as "ory-wasm" (pkg/index.js).`);
