// node scripts/worker/wait.mjs URL SECONDS [--report]
//
// Waits until GET URL/v1/health answers 200 (connection errors, while
// wrangler brings workerd up, are retried; they never reach the Worker).
// With --report it then times the first answer, which started the Go
// instance (its Server-Timing go-start says how long the instance took to
// reach workers.Ready, by the Worker's own clock), against the median of 20
// later ones. Exits 1 on timeout.
const [url, secs = "60", flag] = process.argv.slice(2);
const deadline = Date.now() + Number(secs) * 1000;
const health = `${url}/v1/health`;

async function once() {
  const t0 = performance.now();
  const res = await fetch(health);
  await res.text();
  return { res, ms: performance.now() - t0 };
}

let first;
while (Date.now() < deadline) {
  try {
    first = await once();
    if (first.res.ok) break;
  } catch {
    // not listening yet
  }
  first = undefined;
  await new Promise((r) => setTimeout(r, 100));
}
if (!first) {
  console.error(`no answer from ${health} within ${secs} s`);
  process.exit(1);
}
if (flag === "--report") {
  const later = [];
  for (let i = 0; i < 20; i++) later.push((await once()).ms);
  later.sort((a, b) => a - b);
  const goStart = /go-start;dur=([\d.]+)/.exec(first.res.headers.get("server-timing") ?? "");
  console.log("Cold start over HTTP (wrangler dev --local):");
  console.log(`  Go start-up (isolate's first request, to workers.Ready)  ${goStart ? Number(goStart[1]).toFixed(1).padStart(7) : "      ?"} ms`);
  console.log(`  first GET /v1/health, end to end                         ${first.ms.toFixed(1).padStart(7)} ms`);
  console.log(`  later GET /v1/health, median of 20                       ${later[10].toFixed(1).padStart(7)} ms`);
}
