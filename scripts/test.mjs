// Runs every test: the native Rust tests, the Rust API in headless Chromium (wasm-bindgen-test),
// the package build, the TypeScript declarations under `tsc --strict`, and the browser (headless
// Chromium, playwright-core) and Node tests of the built package.
import { spawn, spawnSync } from "node:child_process";
import { createInterface } from "node:readline";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Starts a helper server script and resolves with the URL it prints as `<label>: <url>`. */
async function startPeer(script, label) {
  const child = spawn("node", [script], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`${script} exited with ${code}`)));
    lines.on("line", (line) => line.startsWith(`${label}: `) && resolve(line.slice(label.length + 2)));
  });
  return { url, stop: () => child.kill() };
}

const peer = await startPeer("tests/support/wasm-api-server.mjs", "api");
const steps = [
  // The SDK's platform-free core, and the Kratos-compatible local server driving every flow over
  // real HTTP (emulator/).
  ["native Rust tests (SDK and local server)", "cargo", ["test", "--workspace"], {}],
  [
    "Rust API in headless Chromium (wasm-bindgen-test)",
    "cargo",
    ["test", "--target", "wasm32-unknown-unknown", "--test", "wasm_api"],
    { ORY_TEST_API: peer.url },
  ],
  [
    "Rust compat modules (ory-client / ory-kratos-client) in headless Chromium (wasm-bindgen-test)",
    "cargo",
    ["test", "--target", "wasm32-unknown-unknown", "--test", "wasm_compat"],
    { ORY_TEST_API: peer.url },
  ],
  // The steps after the build test pkg/: they stop if it fails, rather than test a stale build.
  ["package build", "node", ["scripts/build.mjs"], {}, { required: true }],
  ["TypeScript declarations are generated from the current specs and declarations", "node", ["scripts/gen-types.mjs", "--check"], {}],
  ["TypeScript declarations (tsc --strict)", "npx", ["--no-install", "tsc", "-p", "tests/types"], {}],
  [
    "browser, bundler and Node tests of the package",
    "node",
    ["--test", "--test-concurrency=1", "tests/browser/", "tests/node/", "tests/bundlers/"],
    {},
  ],
  // The demo SPA against the Kratos-compatible local server (emulator/), in headless Chromium.
  ["end-to-end journeys of the demo", "node", ["--test", "--test-concurrency=1", "tests/e2e/"], {}],
  // The benchmark against the official SDKs, few iterations: it still works (numbers: npm run bench).
  ["benchmark, quick mode", "node", ["scripts/bench.mjs", "--quick"], {}],
  // A bounded libFuzzer run of every decoder of server data, seeded with the shared fixtures
  // (fuzz/README.md documents the longer run).
  ["fuzzing, 15 s per target", "bash", ["scripts/fuzz.sh", "15"], {}],
];

let failed = 0;
try {
  for (const [name, cmd, args, env, { required = false } = {}] of steps) {
    console.log(`\n=== ${name}: ${cmd} ${args.join(" ")}`);
    const result = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
    if (result.status !== 0) {
      console.error(`=== FAILED: ${name}`);
      failed += 1;
      if (required) break;
    }
  }
} finally {
  peer.stop();
}
console.log(`\nsteps: ${steps.length - failed} of ${steps.length} succeeded`);
process.exit(failed === 0 ? 0 : 1);
