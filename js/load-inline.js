// Instantiates one of the package's wasm modules from bytes inlined in its JavaScript, for the
// package's portable entry points (pkg/portable/; scripts/build.mjs says which environments get
// them and when they use these bytes). The module is stored deflate-raw compressed and base64-encoded, which an
// HTTP gzip shrinks back to within half a percent of the gzipped .wasm file.

export async function loadInline(init, base64) {
  try {
    const compressed = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const inflated = new Blob([compressed]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
    await init({ module_or_path: await new Response(inflated).arrayBuffer() });
  } catch (cause) {
    throw new Error(`ory-wasm could not instantiate its WebAssembly module (${cause})`, { cause });
  }
}
