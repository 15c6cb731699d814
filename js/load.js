// Instantiates one of the package's wasm modules (scripts/build.mjs cuts the package into parts:
// core, v0alpha2, admin, render). Each part's wrapper calls this with top-level await, so a part
// is ready before any of its exports can be used, and only the parts an app imports are fetched.
// In a browser the module is fetched and compiled while it streams (`instantiateStreaming`).

export async function load(init, wasmUrl) {
  try {
    await init({ module_or_path: await wasmSource(wasmUrl) });
  } catch (cause) {
    throw new Error(
      `ory-wasm could not load its WebAssembly module from ${wasmUrl.href} (${cause})`,
      { cause },
    );
  }
}

async function wasmSource(wasmUrl) {
  // Node's fetch cannot read file: URLs, so Node reads the file itself.
  const isNode = typeof process === "object" && process !== null && typeof process.versions?.node === "string";
  if (isNode && wasmUrl.protocol === "file:") {
    // The specifier is a variable so that no bundler tries to resolve it for the browser: with a
    // string literal Vite "externalizes node:fs/promises for browser compatibility" (a build
    // warning, and a stub module in the bundle) despite @vite-ignore. The comments keep webpack
    // and Vite from warning about an import they cannot analyse; the import stays a native one.
    const fsPromises = "node:fs/promises";
    const { readFile } = await import(/* webpackIgnore: true */ /* @vite-ignore */ fsPromises);
    return readFile(wasmUrl);
  }
  return wasmUrl;
}
