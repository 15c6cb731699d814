// Packages that only the bundler tests need (a Rollup plugin, webpack's dev middleware, Next.js):
// installed with npm from the registry, at pinned versions, into a directory under the system's
// temp dir that is kept between runs (keyed by the list), so that the repository's own
// node_modules stays as package.json has it. An install takes ~20 s once per machine.
import { execFile } from "node:child_process";
import { existsSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

export const DEV_DEPENDENCIES = {
  "@rollup/plugin-node-resolve": "16.0.3",
  "webpack-dev-middleware": "8.6.1",
  next: "16.5.0",
  react: "19.3.1",
  "react-dom": "19.3.1",
};

const key = createHash("sha256").update(JSON.stringify(DEV_DEPENDENCIES)).digest("hex").slice(0, 12);
/** The directory whose node_modules holds DEV_DEPENDENCIES (after installDevDependencies()). */
export const devDependenciesDir = join(tmpdir(), `ory-wasm-test-deps-${key}`);

let installing;
/**
 * Installs DEV_DEPENDENCIES into devDependenciesDir unless a previous run did. The install goes
 * to a directory of its own, renamed into place when complete: two test runs at once (two work
 * trees) never share a half-installed node_modules.
 */
export function installDevDependencies() {
  installing ??= (async () => {
    if (existsSync(join(devDependenciesDir, ".installed"))) return devDependenciesDir;
    const staging = await mkdtemp(`${devDependenciesDir}-staging-`);
    try {
      const manifest = { name: "ory-wasm-test-deps", private: true, dependencies: DEV_DEPENDENCIES };
      writeFileSync(join(staging, "package.json"), JSON.stringify(manifest, null, 2));
      await new Promise((resolve, reject) => {
        execFile(
          "npm",
          ["install", "--no-audit", "--no-fund", "--loglevel=error"],
          { cwd: staging, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, timeout: 300000 },
          (error, _out, err) => (error ? reject(new Error(`npm install in ${staging} failed: ${err}`)) : resolve()),
        );
      });
      writeFileSync(join(staging, ".installed"), "");
      // An incomplete directory left by an interrupted run of an older version goes first.
      if (existsSync(devDependenciesDir) && !existsSync(join(devDependenciesDir, ".installed"))) {
        rmSync(devDependenciesDir, { recursive: true, force: true });
      }
      try {
        renameSync(staging, devDependenciesDir);
      } catch (error) {
        // Another run finished first: use its install.
        if (!existsSync(join(devDependenciesDir, ".installed"))) throw error;
      }
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
    return devDependenciesDir;
  })();
  return installing;
}

/** Imports one of DEV_DEPENDENCIES (installing them first if needed). */
export async function importDevDependency(name) {
  const dir = await installDevDependencies();
  const { createRequire } = await import("node:module");
  const resolved = createRequire(join(dir, "package.json")).resolve(name);
  return import(pathToFileURL(resolved).href);
}
