// @ts-check
/**
 * Where the engine runs: in Chrome, the offscreen document's worker
 * (remote.js), which outlives the service worker; in Firefox, the event page
 * itself (engine.js), which lives as long as it is in use. The background
 * calls the engine only through this module.
 * @module background/backend
 */
import * as local from './engine.js';
import * as remote from './remote.js';

/** OFFSCREEN tells whether the engine runs in Chrome's offscreen document. */
export const OFFSCREEN = remote.available();

export const json = local.json;
export const withRestart = local.withRestart;

/**
 * @param {string} method
 * @param {string} path
 * @param {{body?: string, contentType?: string, timeoutMs?: number}} [opts]
 * @returns {Promise<import('./engine.js').EngineResponse>}
 */
export function call(method, path, opts) {
  return OFFSCREEN ? remote.call(method, path, opts) : local.call(method, path, opts);
}

/** Starts the engine ahead of the first call. */
export function warm() {
  if (OFFSCREEN) remote.warm(); else local.warm();
}

/**
 * The engine's counters and the memory it keeps, wherever it runs.
 * @returns {Promise<{stats: import('./engine.js').Stats, memory: import('./engine.js').Memory, offscreen: boolean}>}
 */
export async function stats() {
  if (OFFSCREEN) return { ...(await remote.stats()), offscreen: true };
  return { stats: { ...local.stats }, memory: local.memory(), offscreen: false };
}

/**
 * Sets how long the engine stays idle before it is trimmed (benchmarks).
 * @param {number} ms
 */
export async function setTrimIdleMs(ms) {
  if (OFFSCREEN) await remote.setTrimIdleMs(ms); else local.setTrimIdleMs(ms);
}

/** The local engine's counters (Firefox); Chrome's are in stats(). */
export const localStats = local.stats;
