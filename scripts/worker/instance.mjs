// One request to a fresh Go instance of a Quotelens engine, in a worker
// thread of its own, for the memory probes (scripts/worker/memory.mjs,
// scripts/extension/engine-memory.mjs). A fresh instance shows what that one
// request needed: wasm linear memory never shrinks, so its size after the
// answer is the request's peak. The instance starts as the hosts' glue starts
// it (wasm_exec.js, a `workers.ready` import, `context.binding.handleRequest`).
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { fileURLToPath } from "node:url";

/**
 * @typedef {Object} FreshRequest
 * @property {string} url the request's URL (any host; the path routes it)
 * @property {Record<string, string>} headers
 * @property {string} body
 * @property {Record<string, string>|null} env the Worker's env as context.env, or null (the extension's engine has none)
 * @property {boolean} idle also read the memory after a GET /v1/health, before the request
 */

/**
 * @typedef {Object} FreshResult
 * @property {number} [status]
 * @property {number} [ms] the request's time
 * @property {number} [bytes] the answer's size
 * @property {string} [truncated] the Analysis's truncation, for a 200
 * @property {number} [memory] linear memory after the answer, in bytes
 * @property {number} [idle] linear memory after the health probe, in bytes
 * @property {string} [error] what failed, or the time limit that ran out
 * @property {boolean} [timedOut]
 */

/**
 * runFresh sends req to a fresh instance of module under a time limit.
 * @param {WebAssembly.Module} module
 * @param {string} wasmExec the path of Go's wasm_exec.js
 * @param {FreshRequest} req
 * @param {number} timeout ms
 * @returns {Promise<FreshResult>}
 */
export function runFresh(module, wasmExec, req, timeout) {
  return new Promise((resolve) => {
    const w = new Worker(fileURLToPath(import.meta.url), { workerData: { module, wasmExec, req } });
    const timer = setTimeout(() => {
      w.terminate();
      resolve({ error: `over ${timeout / 1000} s`, timedOut: true });
    }, timeout);
    w.once("message", (m) => {
      clearTimeout(timer);
      w.terminate();
      resolve(m);
    });
    w.once("error", (err) => {
      clearTimeout(timer);
      resolve({ error: String(err.message ?? err).slice(0, 160) });
    });
  });
}

if (!isMainThread) {
  globalThis.tryCatch = (fn) => {
    try {
      return { result: fn() };
    } catch (error) {
      return { error };
    }
  };
  const { module, wasmExec, req } = workerData;
  await import(wasmExec);
  const go = new globalThis.Go();
  const binding = {};
  globalThis.context = req.env ? { binding, env: req.env } : { binding };
  let ready;
  const readyP = new Promise((r) => (ready = r));
  const inst = new WebAssembly.Instance(module, { ...go.importObject, workers: { ready: () => ready() } });
  let exited = null;
  go.run(inst).then(
    () => (exited = "Go exited"),
    (err) => (exited = String(err)),
  );
  await readyP;
  const mem = () => inst.exports.mem.buffer.byteLength;
  let idle;
  if (req.idle) {
    await (await binding.handleRequest(new Request(new URL("/v1/health", req.url)))).text();
    idle = mem();
  }
  const t0 = performance.now();
  try {
    const res = await binding.handleRequest(new Request(req.url, { method: "POST", headers: req.headers, body: req.body }));
    const text = await res.text();
    let truncated = "";
    if (res.status === 200 && res.headers.get("Content-Type")?.startsWith("application/json")) {
      truncated = JSON.parse(text).truncated ?? "";
    }
    parentPort.postMessage({ status: res.status, ms: performance.now() - t0, bytes: Buffer.byteLength(text), truncated, memory: mem(), idle });
  } catch (err) {
    parentPort.postMessage({ error: exited ?? String(err).slice(0, 160), ms: performance.now() - t0, memory: mem(), idle });
  }
}
