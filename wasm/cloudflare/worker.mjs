// Quotelens Worker glue: runs build/app.wasm (wasm/cloudflare/main.go, the Go
// handler of internal/server behind syumai/workers) with Go's own
// wasm_exec.js.
//
// syumai/workers' stock glue instantiates a new Go program for every request,
// paying the Go runtime's start-up each time. This glue starts ONE Go
// instance per isolate, on the first request, and reuses it for every later
// request (concurrent requests are goroutines in it). If the instance exits
// (a crash that got past the handler's recover) or traps, the request that
// saw it is answered 500 and the next request starts a fresh instance.
//
// The Go program reads the Worker's env (the API key secret, ALLOWED_ORIGINS,
// the rate limiting binding: see main.go) once, as it starts, from
// globalThis.context.env; the guard and the limits live there, in Go
// (internal/server), not here.
//
// Every response carries X-Quotelens-Instance: N (the instance's number in
// this isolate, so a client can see it being reused) and
// X-Quotelens-Memory: the Go instance's linear memory in bytes (it never
// shrinks: the most any request needed so far); the request that
// started an instance also carries Server-Timing: go-start;dur=MS. Workers
// freeze their clocks while code runs, so on Cloudflare that figure reads 0:
// measure start-up from outside (scripts/worker/startup.mjs).

import "./build/wasm_exec.js"; // defines globalThis.Go
import wasmModule from "./build/app.wasm"; // a compiled WebAssembly.Module

// syumai/workers calls globalThis.tryCatch to catch JS exceptions.
globalThis.tryCatch ??= (fn) => {
  try {
    return { result: fn() };
  } catch (error) {
    return { error };
  }
};

class GoExit extends Error {}

let live = null; // the live Go instance
let started = 0; // instances started in this isolate

// start instantiates app.wasm and runs its main until it calls
// workers.Ready (which happens synchronously, inside go.run).
/** @param {Record<string, unknown>} env the Worker's env */
function start(env) {
  const n = ++started;
  const go = new Go();
  const binding = {};
  // pending holds the reject functions of the requests in flight, so that
  // they fail at once if the program exits. (Racing each request against
  // one long-pending exit promise would pile up reactions on it.)
  const inst = { n, go, binding, dead: false, served: 0, startMs: 0, pending: new Set(), memory: null };
  // syumai/workers reads globalThis.context.binding once, as the Go program
  // initialises, and puts handleRequest on it; main.go reads env. One
  // instance lives at a time, so a plain global does.
  globalThis.context = { binding, env: env ?? {} };
  const t0 = performance.now();
  let ready, failed;
  const readyP = new Promise((resolve, reject) => {
    ready = resolve;
    failed = reject;
  });
  const die = (err) => {
    inst.dead = true;
    failed(err); // before workers.Ready: the start fails
    for (const reject of inst.pending) reject(err);
    inst.pending.clear();
  };
  const wasm = new WebAssembly.Instance(wasmModule, {
    ...go.importObject,
    workers: { ready: () => ready() },
  });
  inst.memory = wasm.exports.mem;
  go.run(wasm).then(
    () => die(new GoExit(`Go instance ${n} exited`)),
    (err) => die(err),
  );
  inst.ready = readyP.then(() => {
    inst.startMs = performance.now() - t0;
    return inst;
  });
  return inst;
}

/** @param {Record<string, unknown>} env */
function instance(env) {
  if (live === null || live.dead) {
    live = start(env);
  }
  return live.ready;
}

// call hands the request to the Go handler; it rejects if the handler
// does, or if the instance exits first.
function call(inst, request) {
  return new Promise((resolve, reject) => {
    if (inst.dead) {
      reject(new GoExit(`Go instance ${inst.n} exited`));
      return;
    }
    inst.pending.add(reject);
    const done = () => inst.pending.delete(reject);
    try {
      inst.binding.handleRequest(request).then(resolve, reject).finally(done);
    } catch (err) {
      done();
      reject(err);
    }
  });
}

function errorResponse(status, message) {
  return new Response(JSON.stringify({ error: { status, message } }) + "\n", {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
}

// The engine slots (server.WorkerLimits: one analysis or export at a time,
// a further one waits up to 2 s, then 503). They are kept here, not in Go:
// workerd cancels a request as hung when it waits with nothing pending in
// its own I/O context, and a Go timer is set in whichever request's context
// the Go instance happens to be running. A waiting request polls on a timer
// of its own instead. Health and the other routes never wait.
const enginePaths = new Set(["/v1/analyze", "/v1/export"]);
const pollMs = 10;
let inFlight = 0;

/**
 * needsSlot tells whether a request will run the engine. A request the Go
 * handler refuses at once (a missing key when one is set, a declared
 * Content-Length over every cap) does not wait.
 * @param {Request} request
 * @param {Record<string, unknown>} env
 * @param {{maxBodyBytes?: number}} binding
 */
function needsSlot(request, env, binding) {
  if (request.method !== "POST" || !enginePaths.has(new URL(request.url).pathname)) return false;
  if (env?.QUOTELENS_API_KEY && !/^bearer \S/i.test(request.headers.get("Authorization") ?? "")) return false;
  const length = Number(request.headers.get("Content-Length") ?? NaN);
  if (binding.maxBodyBytes && length > binding.maxBodyBytes) return false;
  return true;
}

/**
 * takeSlot waits for an engine slot, up to the instance's engineWaitMs.
 * @param {{binding: {engineSlots?: number, engineWaitMs?: number}}} inst
 * @returns {Promise<boolean>} whether a slot was taken
 */
async function takeSlot(inst) {
  const slots = Number(inst.binding.engineSlots ?? 0);
  if (slots <= 0) return true;
  const deadline = Date.now() + Number(inst.binding.engineWaitMs ?? 0);
  for (;;) {
    if (inFlight < slots) {
      inFlight++;
      return true;
    }
    // Workers' clocks advance only across I/O, and a timer is I/O.
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

// Health while the engine is busy. Go and the isolate's JS share one
// thread, so a health request is only read when the engine pauses (see
// main.go); answering it here then, from the last answer Go gave, spares
// the pause the Go handler's own work (a few ms of CPU) and the turn of the
// analysis before it. Only a plain GET /v1/health with no Origin is
// answered so: its answer depends on nothing else (engine version, auth
// mode, limits), while a cross-site one goes to Go for its CORS headers.
/** @type {{inst: number, status: number, headers: [string, string][], body: string} | null} */
let healthCache = null;

/** @param {Request} request */
function plainHealth(request) {
  return request.method === "GET" && !request.headers.has("Origin") && new URL(request.url).pathname === "/v1/health";
}

/**
 * @param {Request} request
 * @param {Record<string, unknown>} env
 * @returns {Promise<Response>}
 */
async function fetch(request, env) {
  let inst;
  try {
    inst = await instance(env);
  } catch (err) {
    console.error("quotelens: Go instance failed to start:", err);
    if (live) live.dead = true;
    return errorResponse(503, "engine failed to start; retry");
  }
  const health = plainHealth(request);
  if (health && inFlight > 0 && healthCache?.inst === inst.n) {
    const res = new Response(healthCache.body, { status: healthCache.status, headers: healthCache.headers });
    res.headers.set("X-Quotelens-Instance", String(inst.n));
    if (inst.memory) res.headers.set("X-Quotelens-Memory", String(inst.memory.buffer.byteLength));
    res.headers.set("X-Quotelens-Health", "engine busy: answered by the glue");
    return res;
  }
  const gated = needsSlot(request, env, inst.binding);
  if (gated && !(await takeSlot(inst))) {
    const res = errorResponse(503, "busy: another analysis is running here; retry after 1 s");
    res.headers.set("Retry-After", "1");
    return res;
  }
  const first = inst.served === 0;
  inst.served++;
  let res;
  try {
    res = await call(inst, request);
  } catch (err) {
    if (inst.go.exited || err instanceof GoExit || err instanceof WebAssembly.RuntimeError) {
      inst.dead = true; // the next request starts a new instance
    }
    console.error(`quotelens: request failed in Go instance ${inst.n}:`, err);
    return errorResponse(500, "internal error: the engine failed on this request");
  } finally {
    // The answer's headers are ready: the analysis is done (its body may
    // still be streaming).
    if (gated && inFlight > 0) inFlight--;
  }
  if (health && res.status === 200) {
    const body = await res.text();
    healthCache = { inst: inst.n, status: res.status, headers: [...res.headers], body };
    res = new Response(body, res);
  }
  try {
    res.headers.set("X-Quotelens-Instance", String(inst.n));
    if (inst.memory) res.headers.set("X-Quotelens-Memory", String(inst.memory.buffer.byteLength));
    if (first) {
      res.headers.set("Server-Timing", `go-start;dur=${inst.startMs.toFixed(1)}`);
    }
  } catch {
    // immutable headers: leave them
  }
  return res;
}

export default { fetch };
