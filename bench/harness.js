// Page side of the benchmark (driven by scripts/bench.mjs through playwright-core). Every app is
// the bundle esbuild built from bench/apps/<name>.js into bench/dist/harness/<name>/app.js; they
// share this page for the per-call and decode loops (contenders interleaved round by round, so
// that drift of the shared machine is spread over all of them) and get one page each for render
// and memory.
const now = () => performance.now();
const modules = new Map();
const load = async (name) => {
  if (!modules.has(name)) modules.set(name, await import(`./dist/harness/${name}/app.js`));
  return modules.get(name);
};

function stats(samples) {
  const sorted = Float64Array.from(samples).sort();
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const mean = sorted.reduce((sum, value) => sum + value, 0) / sorted.length;
  return { n: sorted.length, median: at(0.5), p99: at(0.99), mean, min: sorted[0] };
}

async function loop(fn, count, out) {
  for (let i = 0; i < count; i += 1) {
    const start = now();
    await fn();
    out?.push(now() - start);
  }
}

/** `count` sequential calls of `op` per app, in `rounds` interleaved blocks; per-call stats. */
window.benchCalls = async ({ apps, op, arg, count, rounds, warmup = 20 }) => {
  const clients = {};
  for (const name of apps) clients[name] = (await load(name)).createClient(location.origin);
  const samples = Object.fromEntries(apps.map((name) => [name, []]));
  let check = null;
  for (const name of apps) {
    const value = await clients[name][op](arg);
    check ??= JSON.stringify(value).length;
    await loop(() => clients[name][op](arg), warmup);
  }
  const perRound = Math.ceil(count / rounds);
  for (let round = 0; round < rounds; round += 1) {
    const order = apps.map((_, i) => apps[(i + round) % apps.length]);
    for (const name of order) await loop(() => clients[name][op](arg), perRound, samples[name]);
  }
  return { isolated: crossOriginIsolated, results: Object.fromEntries(apps.map((name) => [name, stats(samples[name])])) };
};

/**
 * A call without the network: window.fetch answers at once with a Response built from the text
 * the server answers at `path`, so a call is the SDK's own work (building the request, reading
 * the body, JSON.parse, checking or converting it) plus a Response's body read. The driver
 * subtracts the bare baseline (the same fetch + text + JSON.parse). For the settings flow this is
 * the decode figure.
 */
window.benchStubbed = async ({ apps, op, arg, path, count, rounds }) => {
  const text = await (await fetch(path)).text();
  const realFetch = window.fetch;
  const headers = { "content-type": "application/json; charset=utf-8" };
  const clients = {};
  for (const name of apps) clients[name] = (await load(name)).createClient(location.origin);
  const samples = Object.fromEntries(apps.map((name) => [name, []]));
  window.fetch = async () => new Response(text, { status: 200, headers });
  try {
    for (const name of apps) await loop(() => clients[name][op](arg), 50);
    const perRound = Math.ceil(count / rounds);
    for (let round = 0; round < rounds; round += 1) {
      const order = apps.map((_, i) => apps[(i + round) % apps.length]);
      for (const name of order) await loop(() => clients[name][op](arg), perRound, samples[name]);
    }
  } finally {
    window.fetch = realFetch;
  }
  return { bytes: text.length, results: Object.fromEntries(apps.map((name) => [name, stats(samples[name])])) };
};

/** client-fetch's SettingsFlowFromJSON on an already parsed object, and JSON.parse alone. */
window.benchFromJson = async ({ app, path, count }) => {
  const text = await (await fetch(path)).text();
  const { prepareFlow } = await load(app);
  const parsed = JSON.parse(text);
  const fromJson = [];
  for (let i = 0; i < 50; i += 1) prepareFlow(parsed);
  for (let i = 0; i < count; i += 1) {
    const start = now();
    prepareFlow(parsed);
    fromJson.push(now() - start);
  }
  const parse = [];
  for (let i = 0; i < count; i += 1) {
    const start = now();
    JSON.parse(text);
    parse.push(now() - start);
  }
  return { fromJson: stats(fromJson), jsonParse: stats(parse) };
};

async function flows(app) {
  const { prepareFlow } = await load(app);
  const valid = await (await fetch("/bench/flows/settings.json")).json();
  const invalid = await (await fetch("/bench/flows/settings-400.json")).json();
  return { valid: prepareFlow(valid), invalid: prepareFlow(invalid) };
}

function describe(container) {
  return {
    inputs: container.querySelectorAll("input").length,
    buttons: container.querySelectorAll("button").length,
    elements: container.querySelectorAll("*").length,
    text: container.textContent.length,
    errorShown: container.textContent.includes("too short"),
  };
}

/**
 * Render: first render of the settings flow into an empty container, then the same flow again
 * with a validation error (the 400 answer), into the same container. Each sample is the
 * synchronous render call plus a forced layout (getBoundingClientRect).
 */
window.benchRender = async ({ app, count, warmup = 10 }) => {
  const module = await load(app);
  const { valid, invalid } = await flows(app);
  const container = document.createElement("div");
  document.body.append(container);
  const first = [];
  const again = [];
  let shape = null;
  for (let i = 0; i < warmup + count; i += 1) {
    const view = module.mount(container, location.origin);
    let start = now();
    view.render(valid);
    container.getBoundingClientRect();
    const firstMs = now() - start;
    const firstShape = i === 0 ? describe(container) : null;
    start = now();
    view.render(invalid);
    container.getBoundingClientRect();
    const againMs = now() - start;
    if (i === 0) shape = { first: firstShape, afterError: describe(container) };
    view.destroy();
    if (i >= warmup) {
      first.push(firstMs);
      again.push(againMs);
    }
    // Let the browser run its tasks (React's scheduler, timers) between samples.
    if (i % 10 === 9) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  container.remove();
  return { first: stats(first), again: stats(again), shape };
};

/** The linear memory of every ory-wasm module the app loaded (core; core and render). */
async function wasmBytes(module) {
  if (!Array.isArray(module.__wasmInits)) return null;
  let bytes = 0;
  for (const init of module.__wasmInits) bytes += (await init()).memory.buffer.byteLength;
  return bytes;
}

/** Memory: `calls` calls (toSession and getLoginFlow alternating) and `renders` renders. */
window.benchMemoryRun = async ({ app, calls, renders, loginId }) => {
  const module = await load(app);
  const client = module.createClient(location.origin);
  const { valid, invalid } = await flows(app);
  const container = document.createElement("div");
  document.body.append(container);
  for (let i = 0; i < calls; i += 1) {
    await (i % 2 === 0 ? client.toSession() : client.getLoginFlow(loginId));
  }
  const wasmAfterCalls = await wasmBytes(module);
  for (let i = 0; i < renders; i += 1) {
    const view = module.mount(container, location.origin);
    view.render(i % 2 === 0 ? valid : invalid);
    view.destroy();
    if (i % 10 === 9) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  container.remove();
  await new Promise((resolve) => setTimeout(resolve, 50));
  return { wasmBytes: await wasmBytes(module), wasmAfterCalls };
};

window.benchReady = true;
