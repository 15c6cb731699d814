// `npm run example:nextjs`: the Next.js example (examples/nextjs/) against the local Kratos
// (emulator/), on http://localhost:3001 (EXAMPLE_PORT). It builds pkg/ when js/ or src/ changed
// since the last build, builds the emulator, installs Next.js and React from the npm registry into
// the cache the bundler tests use (tests/bundlers/dev-deps.mjs: outside the repository, kept
// between runs), copies the example there with the package as `npm install` lays it out, runs
// `next build`, then the emulator and `next start`. Ctrl-C stops both.
//
// tests/e2e/nextjs.test.mjs drives the same functions. Nothing is written into the work tree
// but the emulator's accounts (.ory-emulator/, ignored).
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

import { DEV_DEPENDENCIES, devDependenciesDir, installDevDependencies } from "../tests/bundlers/dev-deps.mjs";
import { buildEmulator, startEmulator } from "../tests/e2e/support.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const exampleDir = join(root, "examples", "nextjs");
const pkgDir = join(root, "pkg");

/** The newest modification time of the files under `path`. */
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Runs `node scripts/build.mjs` unless pkg/ is newer than everything it is built from. */
export function buildPackageIfNeeded() {
  const built = existsSync(join(pkgDir, "package.json")) ? statSync(join(pkgDir, "package.json")).mtimeMs : 0;
  const sources = Math.max(...["js", "src", "Cargo.toml", "scripts/build.mjs"].map((p) => newest(join(root, p))));
  if (built > sources) return;
  console.log("Building the package (pkg/)…");
  const result = spawnSync("node", ["scripts/build.mjs"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) throw new Error("the package build failed");
}

/**
 * A copy of the example in the dependency cache (its node_modules has Next.js and React, which
 * the example's package.json pins to the versions of DEV_DEPENDENCIES), with pkg/ copied into
 * its own node_modules/ory-wasm as `npm install` of "file:../../pkg" would. Resolves to its path;
 * remove it when done.
 */
export async function prepareExample() {
  const { dependencies } = JSON.parse(readFileSync(join(exampleDir, "package.json"), "utf8"));
  for (const [name, version] of Object.entries(dependencies)) {
    if (name !== "ory-wasm" && DEV_DEPENDENCIES[name] !== version) {
      throw new Error(`examples/nextjs wants ${name}@${version}; tests/bundlers/dev-deps.mjs installs ${DEV_DEPENDENCIES[name]}`);
    }
  }
  await installDevDependencies();
  mkdirSync(join(devDependenciesDir, "apps"), { recursive: true });
  const project = await mkdtemp(join(devDependenciesDir, "apps", "nextjs-example-"));
  cpSync(exampleDir, project, {
    recursive: true,
    filter: (source) => !/[/\\](node_modules|\.next)$/.test(source),
  });
  // The example's own package.json names the package by path; the copy has it in place.
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "ory-wasm-example-nextjs", private: true }, null, 2));
  cpSync(pkgDir, join(project, "node_modules", "ory-wasm"), { recursive: true });
  return project;
}

const nextBin = () => join(devDependenciesDir, "node_modules", "next", "dist", "bin", "next");

/**
 * Runs `next <args>` in `project`. With `ready` (a RegExp) it resolves with { child, output } once
 * the output matches; without, once the command exited with 0. `print` echoes the output.
 */
export function runNext(project, args, { ready, env = {}, print = false } = {}) {
  const child = spawn(process.execPath, [nextBin(), ...args], {
    cwd: project,
    env: { ...process.env, NODE_ENV: undefined, NODE_OPTIONS: undefined, NODE_TEST_CONTEXT: undefined, ...env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output = [];
  return new Promise((resolve, reject) => {
    const take = (stream) => (chunk) => {
      output.push(String(chunk));
      // A long-running server keeps its recent output only (for error messages).
      if (ready && output.length > 500) output.splice(0, output.length - 500);
      if (print) stream.write(chunk);
      if (ready?.test(output.join(""))) resolve({ child, output });
    };
    child.stdout.on("data", take(process.stdout));
    child.stderr.on("data", take(process.stderr));
    child.once("exit", (code) =>
      code === 0 && !ready ? resolve({ child, output }) : reject(new Error(`next ${args.join(" ")} exited with ${code}:\n${output.join("")}`)),
    );
  });
}

/** Stops a child process and waits for it. */
export const stopChild = (child) =>
  new Promise((resolve) => (child.exitCode !== null ? resolve() : (child.once("exit", resolve), child.kill("SIGTERM"))));

/**
 * The emulator configured for the example at `appUrl`: Kratos' public URL is the app's tunnel
 * (`<appUrl>/.ory/`), so every URL Kratos hands out (form actions, redirects, the aal2 sign-in)
 * points at the app's origin, and its sign-in pages are the app's (`ui_url`). It listens on
 * `publicPort`, where the Next.js server (proxy.js, server components) reaches it.
 */
export function startExampleEmulator({ appUrl, publicPort, config = {} }) {
  return startEmulator({ uiUrl: appUrl, publicPort, config: { public_url: `${appUrl}/.ory/`, ...config } });
}

/** `next build` of the example; the tunnel's target, `kratosUrl`, is fixed at build time (next.config.mjs). */
export function buildExample(project, { kratosUrl, print = false }) {
  return runNext(project, ["build"], { env: { KRATOS_URL: kratosUrl }, print });
}

/** `next start` of a built example, wired to Kratos at `kratosUrl`; resolves with { child, output }. */
export function startExample(project, { appUrl, kratosUrl, print = false }) {
  const { hostname, port } = new URL(appUrl);
  return runNext(project, ["start", "--hostname", hostname, "--port", port], {
    ready: /Ready in/,
    env: { APP_URL: appUrl, KRATOS_URL: kratosUrl },
    print,
  });
}

async function main() {
  const appPort = Number(process.env.EXAMPLE_PORT ?? 3001);
  const publicPort = Number(process.env.EXAMPLE_KRATOS_PUBLIC_PORT ?? 4443);
  const adminPort = Number(process.env.EXAMPLE_KRATOS_ADMIN_PORT ?? 4444);
  const appUrl = `http://localhost:${appPort}`;

  buildPackageIfNeeded();
  console.log("Building the emulator (release)…");
  buildEmulator();
  console.log(`Installing Next.js and React (once, into ${devDependenciesDir})…`);
  const project = await prepareExample();
  const cleanUp = () => rmSync(project, { recursive: true, force: true });
  let emulator;
  let next;
  try {
    console.log("next build…");
    await buildExample(project, { kratosUrl: `http://localhost:${publicPort}`, print: true });
    const stateDir = join(root, ".ory-emulator");
    mkdirSync(stateDir, { recursive: true });
    emulator = await startExampleEmulator({
      appUrl,
      publicPort,
      config: { admin_port: adminPort, db: join(stateDir, "nextjs-example.sqlite") },
    });
    next = await startExample(project, { appUrl, kratosUrl: `http://localhost:${publicPort}`, print: true });
  } catch (error) {
    await emulator?.stop();
    cleanUp();
    throw error;
  }
  console.log(`
Next.js example: ${appUrl}  (Kratos' public API tunnelled at ${appUrl}/.ory)
Kratos admin:    ${emulator.adminUrl}  (emulator; accounts are kept in .ory-emulator/nextjs-example.sqlite)
Ctrl-C stops both.
`);
  let stopping = false;
  const stop = async (code = 0) => {
    if (stopping) return;
    stopping = true;
    await stopChild(next.child);
    await emulator.stop();
    cleanUp();
    process.exit(code);
  };
  process.on("SIGINT", () => stop());
  process.on("SIGTERM", () => stop());
  next.child.once("exit", () => stop(1));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`\n${error.message}`);
    process.exit(1);
  });
}
