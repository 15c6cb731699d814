// `npm run screenshots`: refreshes the README's screenshots in docs/screenshots/.
//
// The end-to-end journeys (tests/e2e/) save their screenshots into the ignored
// test-results/screenshots/, never into docs/: every run differs (a new TOTP secret and QR code,
// session times), so `npm test` would otherwise leave the checkout dirty. This script builds
// pkg/, runs the journeys into a clean test-results/screenshots/ and, only if they all pass,
// copies the PNGs to docs/screenshots/; commit the ones that changed visibly.
//
//   node scripts/screenshots.mjs              build, run tests/e2e/, copy
//   node scripts/screenshots.mjs --copy-only  copy what the last test run saved
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { join, relative } from "node:path";

import { root, screenshotsDir } from "../tests/e2e/support.mjs";

const docsDir = join(root, "docs", "screenshots");
const copyOnly = process.argv.includes("--copy-only");

function run(cmd, args) {
  console.log(`\n=== ${cmd} ${args.join(" ")}`);
  const result = spawnSync(cmd, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`screenshots: \`${cmd} ${args.join(" ")}\` failed; docs/screenshots/ left unchanged`);
    process.exit(1);
  }
}

if (!copyOnly) {
  rmSync(screenshotsDir, { recursive: true, force: true });
  run("node", ["scripts/build.mjs"]);
  run("node", ["--test", "--test-concurrency=1", "tests/e2e/"]);
}

const shots = existsSync(screenshotsDir) ? readdirSync(screenshotsDir).filter((f) => f.endsWith(".png")).sort() : [];
if (shots.length === 0) {
  console.error(`screenshots: no PNG in ${relative(root, screenshotsDir)}/ (run the end-to-end tests first)`);
  process.exit(1);
}
mkdirSync(docsDir, { recursive: true });
for (const name of shots) copyFileSync(join(screenshotsDir, name), join(docsDir, name));
console.log(`screenshots: copied ${shots.join(", ")} to ${relative(root, docsDir)}/`);
const stale = readdirSync(docsDir).filter((f) => f.endsWith(".png") && !shots.includes(f));
if (stale.length) console.log(`screenshots: not produced by this run (delete them if unused): ${stale.join(", ")}`);
