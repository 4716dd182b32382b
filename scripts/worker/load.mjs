// Bounded load test of a running Quotelens Worker.
//
//   node scripts/worker/load.mjs URL PAGE.html [REQUESTS=500] [CONCURRENCY=8] [CAP_SECONDS=120] [HOSTILE_EVERY=4]
//
// POSTs PAGE to URL/v1/analyze as text/html, REQUESTS times in all (after 5
// warm-up requests that are not counted), CONCURRENCY at a time; every
// HOSTILE_EVERY-th request (0: none) is instead one of the hostile requests
// of hostile.mjs, in turn (cue runs with no full stop, quote-mark and bidi
// floods, a 4 MB page, an export of empty quotes). Meanwhile a probe GETs
// /v1/health every 100 ms. It stops issuing new requests once CAP_SECONDS
// have passed (every request also has a 60 s timeout). Prints throughput,
// the statuses of normal and hostile requests, and latency percentiles of
// the normal ones and of health. Exits 1 if any answer was a 500 (or
// failed), if no normal request succeeded, or if health p99 is over 100 ms.
import { readFileSync } from "node:fs";
import { loadMix } from "./hostile.mjs";

const [url, pageFile, n = "500", c = "8", cap = "120", every = "4"] = process.argv.slice(2);
if (!url || !pageFile) {
  console.error("usage: node load.mjs URL PAGE.html [REQUESTS] [CONCURRENCY] [CAP_SECONDS] [HOSTILE_EVERY]");
  process.exit(2);
}
const total = Math.max(1, Math.min(Number(n), 100000));
const conc = Math.max(1, Math.min(Number(c), 256));
const capMs = Math.max(1, Number(cap)) * 1000;
const hostileEvery = Math.max(0, Number(every));
const page = readFileSync(pageFile);
const target = `${url}/v1/analyze?url=${encodeURIComponent("https://load.example/page")}`;
const mix = loadMix();

/** @param {{path: string, type: string, body: string|Buffer}} [h] a hostile request, or the page */
async function one(h) {
  const t0 = performance.now();
  const res = await fetch(h ? url + h.path : target, {
    method: "POST",
    headers: { "Content-Type": h ? h.type : "text/html" },
    body: h ? h.body : page,
    signal: AbortSignal.timeout(60000),
  });
  const body = await res.arrayBuffer();
  return { ms: performance.now() - t0, ok: res.status === 200, status: res.status, bytes: body.byteLength, memory: Number(res.headers.get("x-quotelens-memory") ?? 0) };
}

for (let i = 0; i < 5; i++) await one();

const lat = [];
const statuses = {};
const hostileStatuses = {};
let failed = 0;
let issued = 0;
let respBytes = 0;
let maxMemory = 0;
const start = performance.now();
const deadline = start + capMs;
let running = true;

/** @param {Record<string, number>} m @param {string|number} k */
const count = (m, k) => (m[k] = (m[k] ?? 0) + 1);

async function worker() {
  while (issued < total && performance.now() < deadline) {
    const i = issued++;
    const h = hostileEvery > 0 && i % hostileEvery === hostileEvery - 1 ? mix[Math.floor(i / hostileEvery) % mix.length] : undefined;
    const m = h ? hostileStatuses : statuses;
    try {
      const r = await one(h);
      count(m, h ? `${h.name}:${r.status}` : r.status);
      maxMemory = Math.max(maxMemory, r.memory);
      if (r.status === 500) failed++;
      if (!h && r.ok) {
        lat.push(r.ms);
        respBytes = r.bytes;
      }
    } catch (err) {
      failed++;
      count(m, h ? `${h.name}:${err.name}` : err.name);
    }
  }
}

// The health probe: one GET every 100 ms while the load runs.
const healthLat = [];
const healthStatuses = {};
async function probe() {
  while (running) {
    const t0 = performance.now();
    try {
      const res = await fetch(`${url}/v1/health`, { signal: AbortSignal.timeout(30000) });
      await res.arrayBuffer();
      count(healthStatuses, res.headers.get("x-quotelens-health") ? `${res.status} (glue)` : res.status);
      if (res.status === 200) healthLat.push(performance.now() - t0);
    } catch (err) {
      count(healthStatuses, err.name);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
const probing = probe();
await Promise.all(Array.from({ length: conc }, worker));
running = false;
await probing;
const wall = (performance.now() - start) / 1000;

/** @param {number[]} xs @param {number} p */
function pct(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : NaN;
}
const f = (x) => x.toFixed(1);
const healthP99 = pct(healthLat, 99);
const hostileCount = Object.values(hostileStatuses).reduce((a, b) => a + b, 0);

console.log(`Load: POST /v1/analyze, ${pageFile.split("/").slice(-2).join("/")} (${(page.length / 1024).toFixed(0)} KiB, answer ${(respBytes / 1024).toFixed(1)} KiB); 1 in ${hostileEvery || "∞"} hostile`);
console.log(`  requests        ${issued} issued of ${total} planned${issued < total ? ` (time cap of ${cap} s hit)` : ""}: ${issued - hostileCount} normal, ${hostileCount} hostile; ${failed} answered 500 or failed`);
console.log(`  normal          ${JSON.stringify(statuses)}`);
console.log(`  hostile         ${JSON.stringify(hostileStatuses)}`);
console.log(`  concurrency     ${conc}`);
console.log(`  wall time       ${f(wall)} s`);
console.log(`  throughput      ${f(lat.length / wall)} normal answers of 200 a second`);
console.log(`  normal latency  p50 ${f(pct(lat, 50))} ms, p90 ${f(pct(lat, 90))} ms, p99 ${f(pct(lat, 99))} ms, max ${f(pct(lat, 100))} ms`);
console.log(`  health          ${healthLat.length} answered ${JSON.stringify(healthStatuses)}; p50 ${f(pct(healthLat, 50))} ms, p99 ${f(healthP99)} ms, max ${f(pct(healthLat, 100))} ms (target p99 <= 100 ms: ${healthP99 <= 100 ? "met" : "MISSED"})`);
console.log(`  linear memory   ${(maxMemory / 1048576).toFixed(1)} MiB at most (X-Quotelens-Memory)`);
process.exit(failed > 0 || lat.length === 0 || !(healthP99 <= 100) ? 1 : 0);
