// `npm run bench`: for now the package size (raw, gzip -9, brotli) of a fresh release build.
// The side-by-side suite against the official SDKs (issue 7) extends this script.
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
execFileSync("node", ["scripts/build.mjs"], { cwd: root, stdio: "inherit" });
execFileSync("node", ["scripts/size.mjs", ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
