// @ts-check
/**
 * The stored form of an analysed page. Records are versioned from the first
 * release so that a newer extension can migrate them and a newer engine can
 * tell that they came from an older one (and re-analyse, or just re-anchor).
 * Pure functions only: the background does the storage calls.
 * @module shared/storage
 */

/** SCHEMA_VERSION is bumped whenever PageRecord changes shape. */
export const SCHEMA_VERSION = 1;

/** KEY_PREFIX namespaces page records among other storage.local keys. */
export const KEY_PREFIX = 'page:';

/** MAX_RECORDS bounds storage.local use; the oldest records go first. */
export const MAX_RECORDS = 200;

/**
 * @typedef {Object} PageRecord
 * @property {number} schemaVersion
 * @property {string} engineVersion
 * @property {string} url
 * @property {import('./messages.js').Analysis} analysis
 * @property {string} date ISO 8601 time of the analysis
 */

/**
 * Returns the page's address as records are keyed: without the fragment,
 * which names a place on the same page.
 * @param {string} url
 */
export function normalizeUrl(url) {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return url;
  }
}

/** @param {string} url */
export function storageKey(url) {
  return KEY_PREFIX + normalizeUrl(url);
}

/**
 * @param {string} url
 * @param {import('./messages.js').Analysis} analysis
 * @param {Date} [now]
 * @returns {PageRecord}
 */
export function makeRecord(url, analysis, now = new Date()) {
  return {
    schemaVersion: SCHEMA_VERSION,
    engineVersion: analysis.engine || '',
    url: normalizeUrl(url),
    analysis,
    date: now.toISOString(),
  };
}

/**
 * @typedef {Object} ReadResult
 * @property {PageRecord|null} record the record in the current schema, or null
 * @property {'ok'|'migrated'|'stale-engine'|'invalid'|'future'} status
 *   stale-engine: readable, but made by another engine version;
 *   future: written by a newer extension, left alone.
 */

/**
 * Reads a stored value into the current schema.
 * Version 0 was the bare Analysis (never released; kept as the migration
 * example and test case).
 * @param {unknown} raw
 * @param {string} engineVersion the running engine's version
 * @returns {ReadResult}
 */
export function readRecord(raw, engineVersion) {
  if (typeof raw !== 'object' || raw === null) return { record: null, status: 'invalid' };
  /** @type {any} */
  let r = raw;
  let migrated = false;
  if (r.schemaVersion === undefined && Array.isArray(r.quotes)) {
    r = { schemaVersion: 1, engineVersion: r.engine || '', url: normalizeUrl(r.url || ''), analysis: r, date: new Date(0).toISOString() };
    migrated = true;
  }
  if (typeof r.schemaVersion !== 'number') return { record: null, status: 'invalid' };
  if (r.schemaVersion > SCHEMA_VERSION) return { record: null, status: 'future' };
  if (!r.analysis || !Array.isArray(r.analysis.quotes) || typeof r.url !== 'string') {
    return { record: null, status: 'invalid' };
  }
  const record = /** @type {PageRecord} */ (r);
  if (record.engineVersion !== engineVersion) return { record, status: 'stale-engine' };
  return { record, status: migrated ? 'migrated' : 'ok' };
}

/** INDEX_KEY holds the index of page records: their keys and times. */
export const INDEX_KEY = 'index:pages';

/**
 * @typedef {Record<string, number>} RecordIndex storage key → time of the
 *   analysis (epoch milliseconds)
 */

/**
 * Builds the index of the records in a storage.local dump: how an older
 * profile without an index gets one.
 * @param {Record<string, unknown>} all everything in storage.local
 * @returns {RecordIndex}
 */
export function indexOf(all) {
  /** @type {RecordIndex} */
  const index = {};
  for (const [k, v] of Object.entries(all)) {
    if (k.startsWith(KEY_PREFIX)) index[k] = Date.parse(/** @type {any} */ (v)?.date) || 0;
  }
  return index;
}

/**
 * Adds a saved record to the index and picks the keys to delete so that at
 * most max records remain, oldest first. Saving reads and writes the index
 * only, not every record.
 * @param {RecordIndex} index
 * @param {string} key
 * @param {number} time
 * @param {number} [max]
 * @returns {{index: RecordIndex, evict: string[]}}
 */
export function indexAfterSave(index, key, time, max = MAX_RECORDS) {
  const next = { ...index, [key]: time };
  const byAge = Object.entries(next).sort((a, b) => a[1] - b[1]);
  const evict = byAge.slice(0, Math.max(0, byAge.length - max)).map(([k]) => k);
  for (const k of evict) delete next[k];
  return { index: next, evict };
}
