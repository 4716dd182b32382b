// @ts-check
/**
 * The saved analyses as the reader sees them in the popup: listed by site,
 * exported, deleted one by one, by site or all at once. Every function takes
 * the storage area (storage.local), so that tests can give it a fake one.
 * Records that cannot be read are listed as nothing and deleted with the
 * rest; the background drops them when it meets them.
 * @module shared/saved
 */
import { KEY_PREFIX, INDEX_KEY, validAnalysis } from './storage.js';

/**
 * @typedef {Object} Area the part of storage.local used here
 * @property {(keys: string|string[]|null) => Promise<Record<string, any>>} get
 * @property {(items: Record<string, unknown>) => Promise<void>} set
 * @property {(keys: string|string[]) => Promise<void>} remove
 */

/**
 * @typedef {Object} Saved one saved analysis, for the list
 * @property {string} key its storage key
 * @property {string} url the page, as stored
 * @property {string} site the page's host ('' when not a web address)
 * @property {string} title
 * @property {string} date ISO 8601
 * @property {number} quotes
 * @property {number} disputes
 */

/** @param {string} url */
function hostOf(url) {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

/**
 * Lists the saved analyses, newest first. Corrupt records are left out (and
 * reported, with a console line, by their keys).
 * @param {Area} area
 * @returns {Promise<{saved: Saved[], corrupt: string[]}>}
 */
export async function listSaved(area) {
  const all = await area.get(null);
  /** @type {Saved[]} */
  const saved = [];
  /** @type {string[]} */
  const corrupt = [];
  for (const [key, v] of Object.entries(all)) {
    if (!key.startsWith(KEY_PREFIX)) continue;
    if (typeof v?.url !== 'string' || !validAnalysis(v?.analysis)) {
      corrupt.push(key);
      continue;
    }
    saved.push({ key, url: v.url, site: hostOf(v.url), title: String(v.analysis.title || ''), date: String(v.date || ''),
      quotes: v.analysis.quotes.length, disputes: v.analysis.disputes.length });
  }
  if (corrupt.length) console.warn(`Quotelens: ${corrupt.length} saved analyses could not be read and are ignored:`, corrupt);
  saved.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return { saved, corrupt };
}

/**
 * Deletes saved analyses and their entries in the index.
 * @param {Area} area
 * @param {string[]} keys
 */
export async function deleteSaved(area, keys) {
  const mine = keys.filter((k) => k.startsWith(KEY_PREFIX));
  if (!mine.length) return;
  await area.remove(mine);
  const got = await area.get(INDEX_KEY);
  const index = { ...(got[INDEX_KEY] ?? {}) };
  for (const k of mine) delete index[k];
  await area.set({ [INDEX_KEY]: index });
}

/**
 * Returns the keys of every saved analysis, or those of one site.
 * @param {Saved[]} saved
 * @param {string} [site] a host, as in Saved.site
 */
export function keysOf(saved, site) {
  return saved.filter((s) => site === undefined || s.site === site).map((s) => s.key);
}

/**
 * Makes one JSON file of saved analyses, as stored.
 * @param {Area} area
 * @param {string[]} keys
 * @returns {Promise<string>}
 */
export async function exportSaved(area, keys) {
  const got = keys.length ? await area.get(keys) : {};
  const records = keys.map((k) => got[k]).filter((v) => v && validAnalysis(v.analysis));
  return JSON.stringify({ quotelens: 'saved-analyses', exported: new Date().toISOString(), records }, null, 2) + '\n';
}
