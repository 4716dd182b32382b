// Tests of wasm/cloudflare/worker.mjs, the Worker glue, under Node (same V8
// as workerd), with node's test runner:
//
//   QL_TEST_WASM=crash.wasm QL_APP_WASM=wasm/cloudflare/build/app.wasm node --test scripts/worker/glue.test.mjs
//
// QL_TEST_WASM is scripts/worker/crashapp built for js/wasm (worker-test.sh
// builds it): the glue must answer 500 when the Go instance exits or
// crashes, and serve the next request from a new instance. QL_APP_WASM, if
// set, is the real app: one instance must serve many requests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { register } from "node:module";

if (!process.env.QL_TEST_WASM) {
  throw new Error("QL_TEST_WASM is not set: run scripts/worker-test.sh");
}
register("./wasm-hooks.mjs", import.meta.url);

// Each import gets a fresh copy of the glue (its own instance state), whose
// app.wasm is the file wasm (see wasm-hooks.mjs).
async function glue(wasm) {
  const mod = await import(`../../wasm/cloudflare/worker.mjs?wasm=${encodeURIComponent(wasm)}`);
  return mod.default;
}

async function get(worker, path) {
  const res = await worker.fetch(new Request(`http://worker${path}`));
  return { status: res.status, text: await res.text(), instance: res.headers.get("x-quotelens-instance"), timing: res.headers.get("server-timing") };
}

test("the glue restarts the Go instance after it exits or crashes", async (t) => {
  // The crashes are on purpose: keep their stack traces out of the output.
  for (const name of ["log", "warn", "error"]) t.mock.method(console, name, () => {});
  const worker = await glue(process.env.QL_TEST_WASM);
  let r = await get(worker, "/ok");
  assert.equal(r.status, 200);
  assert.equal(r.text, "ok");
  assert.equal(r.instance, "1");
  assert.match(r.timing, /^go-start;dur=[\d.]+$/);
  r = await get(worker, "/ok");
  assert.equal(r.instance, "1", "the instance was not reused");
  assert.equal(r.timing, null);

  r = await get(worker, "/exit");
  assert.equal(r.status, 500, r.text);
  assert.equal(JSON.parse(r.text).error.status, 500);
  r = await get(worker, "/ok");
  assert.equal(r.status, 200);
  assert.equal(r.instance, "2", "no new instance after os.Exit");

  r = await get(worker, "/panic");
  assert.equal(r.status, 500, r.text);
  r = await get(worker, "/ok");
  assert.equal(r.status, 200);
  assert.equal(r.instance, "3", "no new instance after a panic");
});

test("the real app: one instance serves every request", { skip: !process.env.QL_APP_WASM && "QL_APP_WASM not set" }, async () => {
  const worker = await glue(process.env.QL_APP_WASM);
  const rs = await Promise.all(Array.from({ length: 10 }, () => get(worker, "/v1/health")));
  rs.push(await get(worker, "/v1/nothing"));
  for (const r of rs.slice(0, 10)) {
    assert.equal(r.status, 200, r.text);
    assert.equal(JSON.parse(r.text).status, "ok");
  }
  assert.equal(rs[10].status, 404);
  assert.deepEqual(new Set(rs.map((r) => r.instance)), new Set(["1"]));
});

test("the real app: health during an analysis is answered by the glue, as Go answers it", { skip: !process.env.QL_APP_WASM && "QL_APP_WASM not set" }, async () => {
  const { loadMix } = await import("./hostile.mjs");
  const worker = await glue(process.env.QL_APP_WASM);
  const idle = await worker.fetch(new Request("http://worker/v1/health"));
  const idleText = await idle.text();
  assert.equal(idle.headers.get("x-quotelens-health"), null, "an idle engine answers health itself");
  // `Smith told Jones ` × 8,000: an analysis long enough that the engine
  // pauses (every 10 ms) while it runs.
  const slow = loadMix().find((h) => h.name === "told");
  const analysis = worker.fetch(new Request("http://worker/v1/analyze", { method: "POST", headers: { "Content-Type": slow.type }, body: slow.body }));
  let busy = null;
  for (let i = 0; i < 200 && !busy; i++) {
    await new Promise((r) => setTimeout(r, 5));
    const r = await worker.fetch(new Request("http://worker/v1/health"));
    if (r.headers.get("x-quotelens-health")) busy = { status: r.status, text: await r.text(), type: r.headers.get("content-type"), instance: r.headers.get("x-quotelens-instance") };
    else await r.text();
  }
  const done = await analysis;
  assert.equal(done.status, 200);
  await done.arrayBuffer();
  assert.ok(busy, "no health answer came from the glue while the engine was busy");
  assert.equal(busy.status, 200);
  assert.equal(busy.text, idleText);
  assert.equal(busy.type, idle.headers.get("content-type"));
  assert.equal(busy.instance, "1");
  // Once the engine is free, Go answers again.
  const after = await worker.fetch(new Request("http://worker/v1/health"));
  assert.equal(after.headers.get("x-quotelens-health"), null);
  assert.equal(await after.text(), idleText);
});
