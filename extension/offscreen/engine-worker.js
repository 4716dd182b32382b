// @ts-check
/**
 * The engine's dedicated worker inside Chrome's offscreen document: one
 * long-lived Go instance (background/engine.js) that outlives the service
 * worker, which Chrome stops after about 30 s idle. Requests come from
 * offscreen.js as {id, op, …} and are answered with {id, ok, …}.
 * @module offscreen/engine-worker
 */
import * as engine from '../background/engine.js';

/**
 * @typedef {Object} WorkerRequest
 * @property {number} id
 * @property {'call'|'warm'|'stats'|'trim-after'} op
 * @property {string} [method]
 * @property {string} [path]
 * @property {string} [body]
 * @property {string} [contentType]
 * @property {number} [timeoutMs]
 * @property {boolean} [restart] try once more on a fresh instance if this one dies under the call
 * @property {number} [ms]
 */

/** @param {WorkerRequest} req */
async function handle(req) {
  switch (req.op) {
    case 'call': {
      const call = () => engine.call(String(req.method), String(req.path), {
        body: req.body, contentType: req.contentType, timeoutMs: req.timeoutMs,
      });
      const t0 = performance.now();
      const res = await (req.restart ? engine.withRestart(call) : call());
      return { res, engineMs: performance.now() - t0 };
    }
    case 'warm':
      engine.warm();
      return {};
    case 'trim-after':
      engine.setTrimIdleMs(Number(req.ms));
      return {};
    case 'stats':
      return { stats: engine.stats, memory: engine.memory() };
    default:
      throw new Error(`engine worker: unknown op ${req.op}`);
  }
}

self.addEventListener('message', (e) => {
  const req = /** @type {WorkerRequest} */ (/** @type {MessageEvent} */ (e).data);
  handle(req).then(
    (r) => self.postMessage({ id: req.id, ok: true, ...r }),
    (err) => self.postMessage({ id: req.id, ok: false, error: String(err?.message ?? err) }),
  );
});
engine.warm();
