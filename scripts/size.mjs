// Prints the raw, gzip (-9) and brotli size of the package's wasm and JavaScript.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const pkg = join(dirname(fileURLToPath(import.meta.url)), "..", "pkg");
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (/\.(wasm|js)$/.test(name)) files.push(path);
  }
})(pkg);

const measure = (bytes) => ({
  raw: bytes.length,
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
const rows = files.sort().map((path) => ({ file: relative(pkg, path), ...measure(readFileSync(path)) }));
const total = rows.reduce((sum, row) => ({ raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip, brotli: sum.brotli + row.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const kb = (n) => (n / 1024).toFixed(1).padStart(8) + " KiB";
console.log("file".padEnd(48) + "raw".padStart(12) + "gzip -9".padStart(12) + "brotli".padStart(12));
for (const row of [...rows, { file: "total", ...total }]) {
  console.log(row.file.padEnd(48) + kb(row.raw) + kb(row.gzip) + kb(row.brotli));
}
if (process.argv.includes("--json")) console.log(JSON.stringify({ files: rows, total }));
