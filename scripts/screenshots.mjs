// `npm run screenshots`: refreshes the README's screenshots in docs/screenshots/.
//
// The end-to-end journeys (tests/e2e/) save their screenshots into the ignored
// test-results/screenshots/, never into docs/: every run differs (a new TOTP secret and QR code,
// session times), so `npm test` would otherwise leave the checkout dirty. This script builds
// pkg/, runs the journeys into a clean test-results/screenshots/ and, only if they all pass,
// copies the PNGs that changed visibly (beyond TOLERANCE, compared pixel by pixel) to
// docs/screenshots/; commit them.
//
//   node scripts/screenshots.mjs              build, run tests/e2e/, copy
//   node scripts/screenshots.mjs --copy-only  copy what the last test run saved
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join, relative } from "node:path";

import { launchBrowser } from "../tests/support/browser.mjs";
import { root, screenshotsDir } from "../tests/e2e/support.mjs";

/** The share of pixels that may differ before a screenshot counts as changed. */
const TOLERANCE = 0.002;
/** How far a channel may be off (0–255) before its pixel counts as different. */
const CHANNEL_SLACK = 24;

/** The share of pixels of PNG `a` that differ from PNG `b` (1 when their sizes differ), decoded
 * and compared by Chromium (no PNG decoder in the dependencies). */
async function differingShare(page, a, b) {
  const [left, right] = [a, b].map((file) => `data:image/png;base64,${readFileSync(file).toString("base64")}`);
  return page.evaluate(
    async ([left, right, slack]) => {
      const pixels = async (src) => {
        const image = new Image();
        image.src = src;
        await image.decode();
        const canvas = new OffscreenCanvas(image.naturalWidth, image.naturalHeight);
        const context = canvas.getContext("2d");
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, canvas.width, canvas.height);
      };
      const [x, y] = [await pixels(left), await pixels(right)];
      if (x.width !== y.width || x.height !== y.height) return 1;
      let differing = 0;
      for (let i = 0; i < x.data.length; i += 4) {
        for (let c = 0; c < 4; c += 1) {
          if (Math.abs(x.data[i + c] - y.data[i + c]) > slack) {
            differing += 1;
            break;
          }
        }
      }
      return differing / (x.width * x.height);
    },
    [left, right, CHANNEL_SLACK],
  );
}

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
// Only screenshots that changed visibly replace the committed ones: a re-encoded PNG, a
// sub-pixel shift of anti-aliased text or a clock in a corner must not dirty the checkout.
const changed = [];
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  for (const name of shots) {
    const fresh = join(screenshotsDir, name);
    const committed = join(docsDir, name);
    if (existsSync(committed) && (await differingShare(page, fresh, committed)) <= TOLERANCE) continue;
    copyFileSync(fresh, committed);
    changed.push(name);
  }
} finally {
  await browser.close();
}
console.log(
  changed.length
    ? `screenshots: copied ${changed.join(", ")} to ${relative(root, docsDir)}/ (the others differ by at most ${TOLERANCE * 100}% of their pixels)`
    : `screenshots: none changed visibly; ${relative(root, docsDir)}/ left as it is`,
);
const stale = readdirSync(docsDir).filter((f) => f.endsWith(".png") && !shots.includes(f));
if (stale.length) console.log(`screenshots: not produced by this run (delete them if unused): ${stale.join(", ")}`);
