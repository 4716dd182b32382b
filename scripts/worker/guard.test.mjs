// Integration tests of the Worker's guard, run by scripts/worker-test.sh
// against a second `wrangler dev` started with an API key and one allowed
// origin (--var QUOTELENS_API_KEY:… --var ALLOWED_ORIGINS:…): QL_WORKER_KEYED
// is its address, QL_WORKER_KEY the key, QL_WORKER_ORIGIN the origin. The
// rate limit test runs last: it spends the key's budget for a minute.
import { test } from "node:test";
import assert from "node:assert/strict";

const base = process.env.QL_WORKER_KEYED;
const key = process.env.QL_WORKER_KEY;
const origin = process.env.QL_WORKER_ORIGIN;
if (!base || !key || !origin) {
  throw new Error("QL_WORKER_KEYED, QL_WORKER_KEY and QL_WORKER_ORIGIN must be set: run scripts/worker-test.sh");
}
const page = "<!doctype html><html lang=en><body><article><p>“We will pay every penny,” the minister, Jane Doe, said.</p></article></body></html>";

/**
 * @param {string} path
 * @param {{method?: string, headers?: Record<string, string>, body?: string}} [opts]
 */
async function req(path, { method = "POST", headers = {}, body } = {}) {
  const res = await fetch(base + path, { method, headers, body });
  const text = await res.text();
  return { res, status: res.status, text };
}

test("health needs no key and says the Worker wants one", async () => {
  const r = await req("/v1/health", { method: "GET" });
  assert.equal(r.status, 200, r.text);
  assert.equal(JSON.parse(r.text).auth, "bearer");
});

test("the API key", async (t) => {
  const cases = [
    ["missing", {}, 401],
    ["wrong", { Authorization: `Bearer ${key}x` }, 401],
    ["a prefix of it", { Authorization: `Bearer ${key.slice(0, -1)}` }, 401],
    ["not a bearer token", { Authorization: `Basic ${key}` }, 401],
    ["right", { Authorization: `Bearer ${key}` }, 200],
  ];
  for (const [name, headers, status] of cases) {
    await t.test(name, async () => {
      for (const [path, type] of [["/v1/analyze", "text/html"], ["/v1/export?format=csv", "text/html"]]) {
        const r = await req(path, { headers: { "Content-Type": type, ...headers }, body: page });
        assert.equal(r.status, status, `${path}: ${r.text.slice(0, 200)}`);
        if (status === 401) {
          assert.match(r.res.headers.get("www-authenticate") ?? "", /^Bearer realm="quotelens"/);
          assert.equal(JSON.parse(r.text).error.status, 401);
        }
      }
    });
  }
  await t.test("text/plain with the key", async () => {
    const r = await req("/v1/analyze", { headers: { "Content-Type": "text/plain", Authorization: `Bearer ${key}` }, body: "“Hi,” she said." });
    assert.equal(r.status, 200, r.text);
  });
});

test("CORS for the configured origin only", async (t) => {
  await t.test("preflight from the allowed origin", async () => {
    const r = await req("/v1/analyze", {
      method: "OPTIONS",
      headers: { Origin: origin, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "authorization, content-type" },
    });
    assert.equal(r.status, 204);
    assert.equal(r.res.headers.get("access-control-allow-origin"), origin);
    assert.match(r.res.headers.get("access-control-allow-headers") ?? "", /Authorization/);
  });
  await t.test("preflight from another origin", async () => {
    const r = await req("/v1/analyze", { method: "OPTIONS", headers: { Origin: "https://evil.example", "Access-Control-Request-Method": "POST" } });
    assert.equal(r.res.headers.get("access-control-allow-origin"), null);
    assert.equal(r.status, 403);
  });
  await t.test("a POST from the allowed origin", async () => {
    const r = await req("/v1/analyze", { headers: { Origin: origin, "Content-Type": "text/html", Authorization: `Bearer ${key}` }, body: page });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.res.headers.get("access-control-allow-origin"), origin);
  });
});

test("the rate limit (100 a minute per key) answers 429 with Retry-After", { timeout: 120000 }, async () => {
  const statuses = {};
  let limited;
  for (let i = 0; i < 130 && !limited; i++) {
    const r = await req("/v1/analyze", { headers: { "Content-Type": "application/json", Authorization: `Bearer ${key}` }, body: '{"text":"x"}' });
    statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    if (r.status === 429) limited = r;
  }
  assert.ok(limited, `no 429: ${JSON.stringify(statuses)}`);
  assert.equal(limited.res.headers.get("retry-after"), "60");
  assert.deepEqual(Object.keys(statuses).sort(), ["200", "429"]);
  // Health is not rate limited.
  assert.equal((await req("/v1/health", { method: "GET" })).status, 200);
});
