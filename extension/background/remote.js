// @ts-check
/**
 * The engine as Chrome's service worker reaches it: in the offscreen
 * document's worker (offscreen/), which outlives the service worker. Same
 * calls as engine.js (call, json, warm), each one message to the offscreen
 * document; the document is made on first need, and again if Chrome closed
 * it. Firefox's event page runs engine.js itself.
 * @module background/remote
 */
import { MSG } from '../shared/messages.js';
import { json } from './engine.js';

export { json };

/** OFFSCREEN_PATH is the offscreen document inside the extension package. */
export const OFFSCREEN_PATH = 'offscreen/offscreen.html';

const api = /** @type {any} */ (globalThis.browser ?? globalThis.chrome);

/** @returns {boolean} whether this browser has offscreen documents (Chrome) */
export function available() {
  return typeof api?.offscreen?.createDocument === 'function';
}

/** @type {Promise<void>|null} */
let creating = null;

/** Makes the offscreen document unless it is there. */
async function ensureDocument() {
  // A document being made already counts as there (hasDocument says so)
  // but cannot answer yet: wait for it.
  if (creating) return creating;
  if (api.offscreen.hasDocument ? await api.offscreen.hasDocument() : (await api.runtime.getContexts({
    contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [api.runtime.getURL(OFFSCREEN_PATH)],
  })).length) return;
  creating ??= api.offscreen.createDocument({
    url: OFFSCREEN_PATH,
    reasons: ['WORKERS'],
    justification: 'Runs the Quotelens engine (WebAssembly) in a worker that outlives the service worker, so a reader\'s click finds it started.',
  }).catch((/** @type {Error} */ err) => {
    // Another start made it meanwhile: that is what we wanted.
    if (!/single offscreen|only a single/i.test(String(err?.message))) throw err;
  }).finally(() => { creating = null; });
  await creating;
}

/**
 * Sends one message to the offscreen document, making it first if need be.
 * @param {object} msg
 */
async function send(msg) {
  await ensureDocument();
  let reply;
  try {
    reply = await api.runtime.sendMessage(msg);
  } catch (err) {
    // A document made by the previous service worker may still be loading.
    if (!/Receiving end does not exist/i.test(String(err))) throw err;
    await new Promise((r) => setTimeout(r, 50));
    await ensureDocument();
    reply = await api.runtime.sendMessage(msg);
  }
  if (!reply) throw new Error('engine: not running (no reply from the offscreen document)');
  if (!reply.ok) throw new Error(reply.error);
  return reply;
}

/**
 * Sends one request to the engine.
 * @param {string} method
 * @param {string} path
 * @param {{body?: string, contentType?: string, timeoutMs?: number}} [opts]
 * @returns {Promise<import('./engine.js').EngineResponse>}
 */
export async function call(method, path, opts = {}) {
  const reply = await send({ type: MSG.BG_OFF_CALL, method, path, body: opts.body, contentType: opts.contentType, timeoutMs: opts.timeoutMs });
  return reply.res;
}

/** Starts the offscreen document and its engine ahead of the first call. */
export function warm() {
  send({ type: MSG.BG_OFF_WARM }).catch((err) => console.warn('Quotelens: starting the engine:', err));
}

/**
 * @returns {Promise<{stats: import('./engine.js').Stats, memory: import('./engine.js').Memory}>}
 */
export async function stats() {
  const r = await send({ type: MSG.BG_OFF_STATS });
  return { stats: r.stats, memory: r.memory };
}

/**
 * Sets how long the engine stays idle before it is trimmed (benchmarks).
 * @param {number} ms
 */
export async function setTrimIdleMs(ms) {
  await send({ type: MSG.BG_OFF_TRIM_AFTER, ms });
}
