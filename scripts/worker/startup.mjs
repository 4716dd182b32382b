// Measures what the Go instance costs in CPU, outside the Worker: Node runs
// the same V8 as workerd, so this isolates the Go runtime's start-up and
// per-request work from wrangler's proxying, and from the Workers clocks
// (which stand still while code runs).
//
//   node scripts/worker/startup.mjs [page.html]
//
// It loads wasm/cloudflare/build/app.wasm with the same glue steps as
// worker.mjs (Go's wasm_exec.js, globalThis.context.binding, workers.ready),
// then times, for QL_RUNS (3) fresh instances: compiling the module (Cloudflare does this once per isolate,
// before any request), instantiating it and running main up to
// workers.Ready (paid by the first request of an isolate), the first
// requests, and the median of later ones. Prints a table; exits non-zero if
// the instance does not start.

import { readFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const build = join(root, "wasm", "cloudflare", "build");
const pageFile = process.argv[2] ?? join(process.env.QL_CORPUS ?? join(root, "..", "shared", "corpus", "readability"), "wapo-1", "source.html");

globalThis.tryCatch = (fn) => {
  try {
    return { result: fn() };
  } catch (error) {
    return { error };
  }
};
await import(join(build, "wasm_exec.js"));

const bytes = readFileSync(process.env.QL_WASM ?? join(build, "app.wasm"));
const page = existsSync(pageFile) ? readFileSync(pageFile) : null;
const runs = Number(process.env.QL_RUNS ?? 3);

// measure times fn in wall-clock ms and in this process's CPU ms (user +
// system, all threads: V8 compiles and collects garbage on helper threads).
async function measure(fn) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { value, wall, cpu: (c.user + c.system) / 1000 };
}

async function call(binding, req) {
  const res = await binding.handleRequest(req);
  const body = await res.text();
  if (res.status !== 200) {
    console.error(`${req.method} ${req.url}: ${res.status} ${body.slice(0, 300)}`);
    process.exit(1);
  }
  return body;
}

const health = () => new Request("http://worker/v1/health");
const analyze = () =>
  new Request("http://worker/v1/analyze?url=https://example.com/", {
    method: "POST",
    headers: { "Content-Type": "text/html" },
    body: page,
  });

// Each run starts a fresh Go instance, as a fresh isolate would.
const rows = new Map();
const add = (name, m) => {
  if (!rows.has(name)) rows.set(name, []);
  rows.get(name).push(m);
};
let binding;
for (let run = 0; run < runs; run++) {
  const compiled = await measure(() => WebAssembly.compile(bytes));
  add("compile module (per isolate, before any request)", compiled);
  const go = new globalThis.Go();
  binding = {};
  globalThis.context = { binding };
  let ready;
  const readyP = new Promise((r) => (ready = r));
  const started = await measure(async () => {
    const inst = new WebAssembly.Instance(compiled.value, { ...go.importObject, workers: { ready: () => ready() } });
    go.run(inst);
    await readyP;
  });
  add("Go start-up: instantiate, run main to workers.Ready", started);
  add("first GET /v1/health", await measure(() => call(binding, health())));
  if (page) {
    add(`first POST /v1/analyze (${(page.length / 1024).toFixed(0)} KiB page)`, await measure(() => call(binding, analyze())));
  }
}
// Warm requests on the last instance.
for (let i = 0; i < 30; i++) add("later GET /v1/health", await measure(() => call(binding, health())));
if (page) {
  for (let i = 0; i < 15; i++) add("later POST /v1/analyze", await measure(() => call(binding, analyze())));
} else {
  console.log(`(no page at ${pageFile}: analyze rows left out)`);
}

console.log(`Go instance cost in Node ${process.version} (V8, as in workerd); app.wasm ${(bytes.length / 1048576).toFixed(2)} MiB; ${runs} fresh instances`);
const w = Math.max(...[...rows.keys()].map((k) => k.length));
const f = (x) => (x === undefined ? "      -" : x.toFixed(1).padStart(7));
console.log(`  ${"".padEnd(w)}   1st instance: wall / CPU ms    later: wall / CPU ms (median)`);
for (const [name, ms] of rows) {
  // Rows measured once per instance: the first instance against the
  // median of the others (which V8's module cache already helps); warm
  // rows: the first call against the median.
  const [one, ...rest] = ms;
  const med = (k) => (rest.length ? median(rest.map((m) => m[k])) : undefined);
  console.log(`  ${name.padEnd(w)}   ${f(one.wall)} / ${f(one.cpu)}        ${f(med("wall"))} / ${f(med("cpu"))}`);
}
console.log("  (the Workers free plan allows 10 ms CPU per request; Standard: 30 s by default)");
process.exit(0);

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
