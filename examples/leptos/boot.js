// Loads the app's wasm module (the bindings wasm-bindgen wrote); Leptos mounts itself from main().
import init from "/app.js";

await init({ module_or_path: "/app_bg.wasm" });
