// `npm run example:leptos`: builds the Leptos app and the emulator, starts the emulator
// (passwords and passkeys; accounts kept in memory until Ctrl-C) and serves the app on
// http://localhost:3000 (PORT and KRATOS_PUBLIC_PORT change the ports). Ctrl-C stops both.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

import { startEmulator } from "../../tests/e2e/support.mjs";
import { EMULATOR_CONFIG, buildLeptosExample, startLeptosServer } from "./server.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const PORT = Number(process.env.PORT ?? 3000);
const PUBLIC_PORT = Number(process.env.KRATOS_PUBLIC_PORT ?? 4433);

console.log("Building the Leptos app (release, wasm32)…");
buildLeptosExample();
console.log("Building the emulator (release)…");
if (spawnSync("cargo", ["build", "--release", "-p", "ory-emulator"], { cwd: root, stdio: "inherit" }).status !== 0) {
  process.exit(1);
}

const uiUrl = `http://localhost:${PORT}`;
const emulator = await startEmulator({ uiUrl, publicPort: PUBLIC_PORT, config: EMULATOR_CONFIG });
let app;
try {
  app = await startLeptosServer({ port: PORT, kratosPublicUrl: emulator.publicUrl });
} catch (error) {
  console.error(`the app's server could not start on port ${PORT}: ${error.message}`);
  await emulator.stop();
  process.exit(1);
}
console.log(`
Leptos app:   ${app.url}
Kratos API:   ${emulator.publicUrl}  (emulator; accounts are kept in memory)
Ctrl-C stops both.
`);

const stop = async () => {
  await app.close();
  await emulator.stop();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
