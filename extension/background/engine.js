// @ts-check
/**
 * The Go engine in the background context: one long-lived instance of
 * wasm/browser (syumai/workers' handleRequest binding) that every call goes
 * through. Unlike the stock workers glue, which makes a new Go instance per
 * request, the instance is made once and kept.
 *
 * Failure handling: the Go program can exit (a panic outside a handler, or
 * an exit call); its pending promises would then never settle, so every call
 * is raced against the program's exit and a timeout. Either one rejects the
 * pending calls and drops the instance; the next call starts a fresh one.
 * A CPU-bound loop in Go holds the JavaScript thread: the timeout fires only
 * when Go yields, which is a limit of running Go in the background's own
 * thread.
 * @module background/engine
 */
import './wasm_exec.js';

/** WASM_PATH is the engine's path inside the extension package. */
export const WASM_PATH = 'engine/quotelens.wasm';

/** START_TIMEOUT_MS bounds the time from instantiation to Ready. */
export const START_TIMEOUT_MS = 15000;

/** CALL_TIMEOUT_MS bounds one request, from sending to the whole body read. */
export const CALL_TIMEOUT_MS = 30000;

/** ORIGIN is the made-up origin of engine requests; nothing is fetched from it. */
const ORIGIN = 'https://engine.quotelens.invalid';

/**
 * @typedef {Object} Instance
 * @property {{handleRequest?: (req: any) => Promise<Response>}} binding
 * @property {boolean} dead
 * @property {Set<(err: Error) => void>} pending rejecters of calls in flight
 * @property {number} startedMs time from instantiation to Ready
 */

/** @type {Promise<WebAssembly.Module>|null} */
let modulePromise = null;
/** @type {Promise<Instance>|null} */
let current = null;
/** @type {{starts: number, exits: number, timeouts: number, lastStartMs: number}} */
export const stats = { starts: 0, exits: 0, timeouts: 0, lastStartMs: 0 };

/** @returns {Promise<WebAssembly.Module>} */
function compile() {
  const url = (globalThis.browser ?? globalThis.chrome).runtime.getURL(WASM_PATH);
  return (modulePromise ??= fetch(url)
    .then((r) => {
      if (!r.ok) throw new Error(`engine: load ${WASM_PATH}: ${r.status}`);
      return r.arrayBuffer();
    })
    .then((b) => WebAssembly.compile(b))
    .catch((err) => { modulePromise = null; throw err; }));
}

// syumai/workers calls globalThis.tryCatch from Go.
/** @param {() => unknown} fn */
globalThis.tryCatch ??= (fn) => {
  try {
    return { result: fn() };
  } catch (e) {
    return { error: e };
  }
};

/**
 * Starts a Go instance and waits for it to call ready().
 * @returns {Promise<Instance>}
 */
async function start() {
  const t0 = performance.now();
  const mod = await compile();
  // @ts-ignore Go is defined by wasm_exec.js
  const go = new globalThis.Go();
  /** @type {Instance} */
  const inst = { binding: {}, dead: false, pending: new Set(), startedMs: 0 };
  /** @type {() => void} */
  let onReady = () => {};
  const ready = new Promise((resolve) => { onReady = () => resolve(undefined); });
  let exitCode = 0;
  go.exit = (/** @type {number} */ code) => { exitCode = code; };
  const instance = await WebAssembly.instantiate(mod, {
    ...go.importObject,
    workers: { ready: () => onReady() },
  });
  // syumai/workers reads globalThis.context.binding when the Go program
  // initialises, which go.run does before it returns: each instance gets its
  // own binding object.
  globalThis.context = { binding: inst.binding };
  const exited = go.run(instance).then(() => {
    inst.dead = true;
    stats.exits++;
    const err = new Error(`engine: the Go program exited (code ${exitCode})`);
    for (const reject of inst.pending) reject(err);
    inst.pending.clear();
    if (current && currentInst === inst) { current = null; currentInst = null; }
    return err;
  });
  await race(ready, exited.then((err) => { throw err; }), START_TIMEOUT_MS, 'engine: start-up timed out');
  inst.startedMs = performance.now() - t0;
  stats.starts++;
  stats.lastStartMs = inst.startedMs;
  return inst;
}

/** @type {Instance|null} */
let currentInst = null;

/** @returns {Promise<Instance>} the running instance, started if need be */
export function instance() {
  if (currentInst?.dead) { current = null; currentInst = null; }
  if (!current) {
    current = start().then((inst) => { currentInst = inst; return inst; });
    current.catch(() => { current = null; });
  }
  return current;
}

/** Drops the instance so that the next call starts a new one. */
function discard(/** @type {Instance} */ inst, /** @type {Error} */ err) {
  inst.dead = true;
  for (const reject of inst.pending) reject(err);
  inst.pending.clear();
  if (currentInst === inst) { current = null; currentInst = null; }
}

/**
 * Races p against another promise and a timeout.
 * @template T
 * @param {Promise<T>} p
 * @param {Promise<never>} other
 * @param {number} ms
 * @param {string} message
 * @returns {Promise<T>}
 */
function race(p, other, ms, message) {
  /** @type {ReturnType<typeof setTimeout>|undefined} */
  let timer;
  const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new TimeoutError(message)), ms); });
  return /** @type {Promise<T>} */ (Promise.race([p, other, timeout])).finally(() => clearTimeout(timer));
}

export class TimeoutError extends Error {
  /** @param {string} message */
  constructor(message) { super(message); this.name = 'TimeoutError'; }
}

/**
 * @typedef {Object} EngineResponse
 * @property {number} status
 * @property {string} contentType
 * @property {string} disposition the Content-Disposition header, or ''
 * @property {string} timing the Server-Timing header, or ''
 * @property {string} body
 */

/**
 * Sends one request to the engine. The body is handed to Go as a
 * ReadableStream on a plain Request-like object: Firefox's Request has no
 * readable body stream, which syumai/workers reads.
 * @param {string} method
 * @param {string} path path and query, e.g. /v1/analyze
 * @param {{body?: string, stream?: ReadableStream<Uint8Array>, contentType?: string, timeoutMs?: number}} [opts]
 *   body: the whole body; stream: a body that arrives in parts (no Content-Length)
 * @returns {Promise<EngineResponse>}
 */
export async function call(method, path, opts = {}) {
  const inst = await instance();
  const bytes = opts.body === undefined ? null : new TextEncoder().encode(opts.body);
  const headers = new Headers();
  if (bytes || opts.stream) headers.set('Content-Type', opts.contentType ?? 'application/octet-stream');
  if (bytes) headers.set('Content-Length', String(bytes.byteLength));
  const req = {
    url: ORIGIN + path,
    method,
    headers,
    body: opts.stream ?? (bytes ? new ReadableStream({
      start(c) { c.enqueue(bytes); c.close(); },
    }) : null),
  };
  /** @type {(err: Error) => void} */
  let rejectPending = () => {};
  const died = /** @type {Promise<never>} */ (new Promise((_, reject) => { rejectPending = reject; }));
  inst.pending.add(rejectPending);
  try {
    const work = (async () => {
      if (inst.dead || !inst.binding.handleRequest) throw new Error('engine: not running');
      const res = await inst.binding.handleRequest(req);
      return {
        status: res.status,
        contentType: res.headers.get('Content-Type') ?? '',
        disposition: res.headers.get('Content-Disposition') ?? '',
        timing: res.headers.get('Server-Timing') ?? '',
        body: await res.text(),
      };
    })();
    return await race(work, died, opts.timeoutMs ?? CALL_TIMEOUT_MS, `engine: ${method} ${path} timed out`);
  } catch (err) {
    if (err instanceof TimeoutError) {
      stats.timeouts++;
      discard(inst, /** @type {Error} */ (err));
    }
    throw err;
  } finally {
    inst.pending.delete(rejectPending);
  }
}

/**
 * Parses an engine reply as JSON, or throws its error message.
 * @param {EngineResponse} res
 */
export function json(res) {
  let v;
  try {
    v = JSON.parse(res.body);
  } catch {
    throw new Error(`engine: status ${res.status}: not JSON: ${res.body.slice(0, 200)}`);
  }
  if (res.status >= 400) throw new Error(v?.error?.message ?? `engine: status ${res.status}`);
  return v;
}
