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
import { engineJSON } from '../shared/messages.js';

/** WASM_PATH is the engine's path inside the extension package. */
export const WASM_PATH = 'engine/quotelens.wasm';

/** START_TIMEOUT_MS bounds the time from instantiation to Ready. */
export const START_TIMEOUT_MS = 15000;

/** CALL_TIMEOUT_MS bounds one request, from sending to the whole body read. */
export const CALL_TIMEOUT_MS = 30000;

/**
 * IDLE_MEMORY_BYTES is the most memory an idle instance may keep. Go's
 * WebAssembly memory only grows (a long page can take it past 100 MB) and
 * never goes back to the browser, so an instance above it is replaced by a
 * fresh one once it has been idle for TRIM_IDLE_MS: the restart costs the
 * background a start-up while the reader reads, not when they click.
 */
export const IDLE_MEMORY_BYTES = 64 * 1048576;

/** TRIM_IDLE_MS is how long an instance stays idle before it is trimmed. */
export let TRIM_IDLE_MS = 20000;

/** ORIGIN is the made-up origin of engine requests; nothing is fetched from it. */
const ORIGIN = 'https://engine.quotelens.invalid';

/**
 * @typedef {Object} Instance
 * @property {{handleRequest?: (req: any) => Promise<Response>, quit?: () => void}} binding
 * @property {boolean} dead
 * @property {Set<(err: Error) => void>} pending rejecters of calls in flight
 * @property {number} startedMs time from instantiation to Ready
 * @property {WebAssembly.Memory|null} memory the Go program's linear memory
 * @property {number} busy calls in flight
 */

/** @type {Promise<WebAssembly.Module>|null} */
let modulePromise = null;
/** @type {Promise<Instance>|null} */
let current = null;
/**
 * @typedef {Object} Stats
 * @property {number} starts
 * @property {number} exits
 * @property {number} timeouts
 * @property {number} trims instances replaced because they kept too much memory while idle
 * @property {number} lastStartMs instantiation to Ready, the last start
 * @property {number} lastCompileMs fetching and compiling the module (0 when it was compiled already)
 * @property {number} lastInstantiateMs
 * @property {number} lastGoStartMs go.run to Ready: the Go runtime and package initialisation
 */
/** @type {Stats} */
export const stats = { starts: 0, exits: 0, timeouts: 0, trims: 0, lastStartMs: 0, lastCompileMs: 0, lastInstantiateMs: 0, lastGoStartMs: 0 };

/**
 * The engine's URL: from the extension API where there is one (background,
 * Node tests), else next to this module (a worker has no extension API).
 */
function wasmURL() {
  const api = globalThis.browser ?? globalThis.chrome;
  return api?.runtime?.getURL ? api.runtime.getURL(WASM_PATH) : new URL(`../${WASM_PATH}`, import.meta.url).href;
}

/**
 * Compiles the module once per context. Streaming compilation overlaps
 * reading and compiling, and lets Chrome keep the compiled code in its code
 * cache; it needs the application/wasm type the extension's files are
 * served with (else the bytes are compiled whole).
 * @returns {Promise<WebAssembly.Module>}
 */
export function compile() {
  return (modulePromise ??= fetch(wasmURL())
    .then((r) => {
      if (!r.ok) throw new Error(`engine: load ${WASM_PATH}: ${r.status}`);
      if (WebAssembly.compileStreaming && /^application\/wasm\b/.test(r.headers.get('Content-Type') ?? '')) {
        return WebAssembly.compileStreaming(r);
      }
      return r.arrayBuffer().then((b) => WebAssembly.compile(b));
    })
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
  const compiled = modulePromise !== null;
  const mod = await compile();
  const t1 = performance.now();
  // @ts-ignore Go is defined by wasm_exec.js
  const go = new globalThis.Go();
  /** @type {Instance} */
  const inst = { binding: {}, dead: false, pending: new Set(), startedMs: 0, memory: null, busy: 0 };
  /** @type {() => void} */
  let onReady = () => {};
  const ready = new Promise((resolve) => { onReady = () => resolve(undefined); });
  let exitCode = 0;
  go.exit = (/** @type {number} */ code) => { exitCode = code; };
  const instance = await WebAssembly.instantiate(mod, {
    ...go.importObject,
    workers: { ready: () => onReady() },
  });
  const t2 = performance.now();
  const mem = instance.exports.mem;
  inst.memory = mem instanceof WebAssembly.Memory ? mem : null;
  // syumai/workers reads globalThis.context.binding when the Go program
  // initialises, which go.run does before it returns: each instance gets its
  // own binding object.
  globalThis.context = { binding: inst.binding };
  const exited = go.run(instance).then(() => {
    if (!inst.dead) stats.exits++; // not when the glue asked it to quit
    inst.dead = true;
    const err = new Error(`engine: the Go program exited (code ${exitCode})`);
    for (const reject of inst.pending) reject(err);
    inst.pending.clear();
    if (current && currentInst === inst) { current = null; currentInst = null; }
    return err;
  });
  await race(ready, exited.then((err) => { throw err; }), START_TIMEOUT_MS, 'engine: start-up timed out');
  const t3 = performance.now();
  inst.startedMs = t3 - t0;
  stats.starts++;
  stats.lastStartMs = inst.startedMs;
  stats.lastCompileMs = compiled ? 0 : t1 - t0;
  stats.lastInstantiateMs = t2 - t1;
  stats.lastGoStartMs = t3 - t2;
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

/**
 * Starts the engine ahead of the first call (when the reader opens the popup
 * or presses the shortcut), and reports nothing: a failed start is retried by
 * the call that needs it.
 */
export function warm() {
  instance().catch(() => {});
}

/**
 * @typedef {Object} Memory
 * @property {number} wasmBytes the Go program's linear memory (0 when not running)
 * @property {boolean} running
 */

/** @returns {Memory} what the running instance keeps */
export function memory() {
  return { wasmBytes: currentInst?.memory?.buffer.byteLength ?? 0, running: Boolean(currentInst && !currentInst.dead) };
}

/**
 * Sets how long an instance stays idle before it is trimmed (benchmarks
 * shorten it to measure the memory an idle engine keeps).
 * @param {number} ms
 */
export function setTrimIdleMs(ms) {
  TRIM_IDLE_MS = ms;
}

/** @type {ReturnType<typeof setTimeout>|undefined} */
let trimTimer;

/**
 * After a call, schedules the check that replaces an idle instance holding
 * more than IDLE_MEMORY_BYTES with a fresh one.
 * @param {Instance} inst
 */
function scheduleTrim(inst) {
  clearTimeout(trimTimer);
  trimTimer = setTimeout(() => {
    if (inst.dead || inst.busy || currentInst !== inst) return;
    if ((inst.memory?.buffer.byteLength ?? 0) <= IDLE_MEMORY_BYTES) return;
    stats.trims++;
    discard(inst, new Error('engine: not running (trimmed while idle)'));
    // The program ends, and with it the last reference to its memory.
    inst.binding.quit?.();
    warm();
  }, TRIM_IDLE_MS);
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

/** @typedef {import('../shared/messages.js').EngineResponse} EngineResponse */

/**
 * RESTART matches the errors of a call whose instance went away under it
 * (exited, timed out, trimmed): worth one more try, on a fresh instance.
 */
export const RESTART = /exited|timed out|not running/;

/**
 * Runs fn once more if the engine died under it: a page that kills the
 * engine twice is reported, not retried forever.
 * @template T
 * @param {() => Promise<T>} fn
 */
export async function withRestart(fn) {
  try {
    return await fn();
  } catch (err) {
    if (RESTART.test(String(err))) return fn();
    throw err;
  }
}

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
  inst.busy++;
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
    inst.busy--;
    if (!inst.busy) scheduleTrim(inst);
  }
}

/** json parses an engine reply as JSON, or throws its error message. */
export const json = engineJSON;
