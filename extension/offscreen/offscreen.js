// @ts-check
/**
 * Chrome's offscreen document (reason WORKERS): it keeps the engine's worker
 * alive while the service worker comes and goes, so that a reader's click
 * after a pause finds the engine started. The only extension API here is
 * runtime: the background's requests, and the content scripts' analyses
 * (CS_ENGINE_ANALYZE on a port, one hop fewer), arrive as messages and are handed to
 * the worker. Firefox has no offscreen documents: its event page runs the
 * engine itself.
 * @module offscreen/offscreen
 */
import { MSG, PORTS } from '../shared/messages.js';

const api = /** @type {typeof chrome} */ (globalThis.browser ?? globalThis.chrome);
const worker = new Worker(new URL('engine-worker.js', import.meta.url), { type: 'module' });

let nextId = 1;
/** how many analyses content scripts asked for here directly (tests read it in the stats) */
let direct = 0;
/** @type {Map<number, (reply: any) => void>} */
const waiting = new Map();

worker.addEventListener('message', (e) => {
  const reply = e.data;
  waiting.get(reply.id)?.(reply);
  waiting.delete(reply.id);
});
worker.addEventListener('error', (e) => {
  // A worker that fails to load answers no request: fail them all.
  for (const done of waiting.values()) done({ ok: false, error: `engine: worker: ${e.message || 'failed'}` });
  waiting.clear();
});

/**
 * @param {object} req
 * @returns {Promise<any>}
 */
function ask(req) {
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    worker.postMessage({ ...req, id });
  });
}

// A content script's analysis, on its port, straight here: the service
// worker is no hop on the way, and the analysis goes back as the engine's
// JSON text.
api.runtime.onConnect.addListener((port) => {
  const tab = port.sender?.tab;
  if (port.name !== PORTS.engine || port.sender?.id !== api.runtime.id || !tab) return;
  port.onMessage.addListener((/** @type {any} */ msg) => {
    if (msg?.type !== MSG.CS_ENGINE_ANALYZE) return;
    direct++;
    ask({ op: 'call', method: 'POST', path: `/v1/analyze?url=${encodeURIComponent(String(tab.url ?? msg.url))}`,
      body: String(msg.html), contentType: 'text/html', restart: true })
      .then((r) => { try { port.postMessage(r); } catch { /* the page went away */ } });
  });
});

api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  if (sender.id !== api.runtime.id) return false;
  switch (msg?.type) {
    case MSG.BG_OFF_CALL:
      ask({ op: 'call', method: msg.method, path: msg.path, body: msg.body, contentType: msg.contentType, timeoutMs: msg.timeoutMs }).then(sendResponse);
      return true;
    case MSG.BG_OFF_WARM:
      ask({ op: 'warm' }).then(sendResponse);
      return true;
    case MSG.BG_OFF_STATS:
      ask({ op: 'stats' }).then((r) => sendResponse({ ...r, direct }));
      return true;
    case MSG.BG_OFF_TRIM_AFTER:
      ask({ op: 'trim-after', ms: msg.ms }).then(sendResponse);
      return true;
    default:
      return false;
  }
});
