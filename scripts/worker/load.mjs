// Bounded load test of a running Quotelens Worker.
//
//   node scripts/worker/load.mjs URL PAGE.html [REQUESTS=500] [CONCURRENCY=8] [CAP_SECONDS=120]
//
// POSTs PAGE to URL/v1/analyze as text/html, REQUESTS times in all (after 5
// warm-up requests that are not counted), CONCURRENCY at a time, and stops
// issuing new requests once CAP_SECONDS have passed (every request also has
// a 30 s timeout). Prints throughput and latency percentiles; exits 1 if any
// request failed or none succeeded.
import { readFileSync } from "node:fs";

const [url, pageFile, n = "500", c = "8", cap = "120"] = process.argv.slice(2);
if (!url || !pageFile) {
  console.error("usage: node load.mjs URL PAGE.html [REQUESTS] [CONCURRENCY] [CAP_SECONDS]");
  process.exit(2);
}
const total = Math.max(1, Math.min(Number(n), 100000));
const conc = Math.max(1, Math.min(Number(c), 256));
const capMs = Math.max(1, Number(cap)) * 1000;
const page = readFileSync(pageFile);
const target = `${url}/v1/analyze?url=${encodeURIComponent("https://load.example/page")}`;

async function one() {
  const t0 = performance.now();
  const res = await fetch(target, {
    method: "POST",
    headers: { "Content-Type": "text/html" },
    body: page,
    signal: AbortSignal.timeout(30000),
  });
  const body = await res.arrayBuffer();
  return { ms: performance.now() - t0, ok: res.status === 200, status: res.status, bytes: body.byteLength };
}

for (let i = 0; i < 5; i++) await one();

const lat = [];
const statuses = {};
let errors = 0;
let issued = 0;
let respBytes = 0;
const start = performance.now();
const deadline = start + capMs;
async function worker() {
  while (issued < total && performance.now() < deadline) {
    issued++;
    try {
      const r = await one();
      statuses[r.status] = (statuses[r.status] ?? 0) + 1;
      if (r.ok) {
        lat.push(r.ms);
        respBytes = r.bytes;
      } else errors++;
    } catch (err) {
      errors++;
      statuses[err.name] = (statuses[err.name] ?? 0) + 1;
    }
  }
}
await Promise.all(Array.from({ length: conc }, worker));
const wall = (performance.now() - start) / 1000;
lat.sort((a, b) => a - b);
const pct = (p) => (lat.length ? lat[Math.min(lat.length - 1, Math.ceil((p / 100) * lat.length) - 1)] : NaN);
const f = (x) => x.toFixed(1);

console.log(`Load: POST /v1/analyze, ${pageFile.split("/").slice(-2).join("/")} (${(page.length / 1024).toFixed(0)} KiB, answer ${(respBytes / 1024).toFixed(1)} KiB)`);
console.log(`  requests        ${lat.length} ok, ${errors} failed, of ${total} planned${issued < total ? ` (time cap of ${cap} s hit after ${issued})` : ""}`);
console.log(`  statuses        ${JSON.stringify(statuses)}`);
console.log(`  concurrency     ${conc}`);
console.log(`  wall time       ${f(wall)} s`);
console.log(`  throughput      ${f(lat.length / wall)} req/s`);
console.log(`  latency p50     ${f(pct(50))} ms`);
console.log(`  latency p90     ${f(pct(90))} ms`);
console.log(`  latency p99     ${f(pct(99))} ms`);
console.log(`  latency max     ${f(lat.length ? lat[lat.length - 1] : NaN)} ms`);
process.exit(errors > 0 || lat.length === 0 ? 1 : 0);
