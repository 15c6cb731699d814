// Runs every test: the native Rust tests, the package build, the TypeScript declarations under
// `tsc --strict`, and the browser (headless Chromium) and Node tests of the built package.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const steps = [
  ["native Rust tests", "cargo", ["test", "--workspace"]],
  ["package build", "node", ["scripts/build.mjs"]],
  ["TypeScript declarations (tsc --strict)", "npx", ["--no-install", "tsc", "-p", "tests/types"]],
  ["browser and Node tests of the package", "node", ["--test", "--test-concurrency=1", "tests/browser/", "tests/node/"]],
];

let failed = 0;
for (const [name, cmd, args] of steps) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(" ")}`);
  const result = spawnSync(cmd, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`=== FAILED: ${name}`);
    failed += 1;
  }
}
console.log(`\nsteps: ${steps.length - failed} of ${steps.length} succeeded`);
process.exit(failed === 0 ? 0 : 1);
