// `npm start`: builds the package (pkg/) and the emulator, then runs the emulator (a local
// Kratos: public API on 4433, admin API on 4434, accounts kept in .ory-emulator/) and the demo
// SPA (www/) on http://localhost:3000. Ctrl-C stops both.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

import { startDemo } from "./demo-server.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const DEMO_PORT = Number(process.env.DEMO_PORT ?? 3000);
const PUBLIC_PORT = Number(process.env.KRATOS_PUBLIC_PORT ?? 4433);
const ADMIN_PORT = Number(process.env.KRATOS_ADMIN_PORT ?? 4434);
const demoOrigin = `http://localhost:${DEMO_PORT}`;

function run(cmd, args) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`\n${cmd} ${args.join(" ")} failed`);
    process.exit(result.status ?? 1);
  }
}

console.log("Building the package (pkg/)…");
run("node", ["scripts/build.mjs"]);
console.log("\nBuilding the emulator (release)…");
run("cargo", ["build", "--release", "-p", "ory-emulator"]);

// The page and Kratos must share the host name `localhost` (different ports: same site), so
// that Kratos' cookies travel with the page's requests and with top-level navigations to
// Kratos (social sign-in). The emulator's public URL is set to match in a config file.
const stateDir = join(root, ".ory-emulator");
mkdirSync(stateDir, { recursive: true });
const configFile = join(stateDir, "demo.toml");
writeFileSync(
  configFile,
  `# Written by scripts/start.mjs on every start.\npublic_url = "http://localhost:${PUBLIC_PORT}/"\n`,
);

const targetDir = process.env.CARGO_TARGET_DIR ?? join(root, "target");
const emulator = spawn(
  join(targetDir, "release", "ory-emulator"),
  [
    "--config", configFile,
    "--public-port", String(PUBLIC_PORT),
    "--admin-port", String(ADMIN_PORT),
    "--ui-url", demoOrigin,
    "--db", join(stateDir, "emulator.sqlite"),
  ],
  { cwd: root, stdio: ["ignore", "pipe", "pipe"] },
);
// One log line per request: shown dimmed, below the URLs.
createInterface({ input: emulator.stderr }).on("line", (line) => console.error(`\x1b[2m${line}\x1b[0m`));

const urls = await new Promise((resolve, reject) => {
  const found = {};
  emulator.once("exit", (code) => reject(new Error(`the emulator exited with ${code} (is port ${PUBLIC_PORT} or ${ADMIN_PORT} in use?)`)));
  createInterface({ input: emulator.stdout }).on("line", (line) => {
    const match = /^(public|admin): (\S+)/.exec(line);
    if (match) found[match[1]] = match[2].replace(/\/$/, "");
    if (found.public && found.admin) resolve(found);
  });
}).catch((error) => {
  console.error(`\n${error.message}`);
  process.exit(1);
});

let demo;
try {
  demo = await startDemo({ port: DEMO_PORT, kratosPublicUrl: urls.public });
} catch (error) {
  console.error(`\nthe demo server could not start on port ${DEMO_PORT}: ${error.message}`);
  emulator.kill("SIGTERM");
  process.exit(1);
}

console.log(`
Demo:         ${demo.url}
Kratos API:   ${urls.public}  (emulator, public)
Kratos admin: ${urls.admin}  (emulator, admin; accounts are kept in .ory-emulator/emulator.sqlite)

Verification and recovery codes are not mailed: read them with
  curl '${urls.admin}/admin/courier/messages?recipient=you@example.com'
Ctrl-C stops both servers.
`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await demo.close();
  if (emulator.exitCode === null) {
    await new Promise((resolve) => {
      emulator.once("exit", resolve);
      emulator.kill("SIGINT"); // the emulator shuts down cleanly on Ctrl-C
      setTimeout(() => emulator.kill("SIGKILL"), 3000).unref();
    });
  }
  process.exit(0);
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
emulator.once("exit", (code) => {
  if (stopping) return;
  console.error(`the emulator stopped (exit ${code}); stopping the demo`);
  demo.close().then(() => process.exit(1));
});
