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

/** KEEP_QUERY_KEY holds the reader's choice to keep query strings in saved addresses (off by default). */
export const KEEP_QUERY_KEY = 'settings:keepQuery';

/**
 * Returns the page's address as records keep it: without the fragment,
 * which names a place on the same page, and, unless the reader chose to
 * keep it, without the query string, which can hold a session, a search or
 * a message id.
 * @param {string} url
 * @param {boolean} [keepQuery]
 */
export function normalizeUrl(url, keepQuery = false) {
  try {
    const u = new URL(url);
    u.hash = '';
    if (!keepQuery) u.search = '';
    return u.href;
  } catch {
    return url.replace(keepQuery ? /#.*$/s : /[?#].*$/s, '');
  }
}

/**
 * Returns the storage key of a page. Without the query string kept, pages
 * that differ only by it still get different keys, through a short hash of
 * the query: the key tells them apart without spelling the query out.
 * @param {string} url
 * @param {boolean} [keepQuery]
 */
export function storageKey(url, keepQuery = false) {
  const base = KEY_PREFIX + normalizeUrl(url, keepQuery);
  if (keepQuery) return base;
  let search = '';
  try {
    search = new URL(url).search;
  } catch {
    search = /\?[^#]*/.exec(url)?.[0] ?? '';
  }
  return search.length > 1 ? `${base}?~${hash(search)}` : base;
}

/**
 * FNV-1a, 32 bits, as 8 hex digits: enough to tell queries apart, not meant
 * to hide a short one (a guessable query can be hashed by anyone).
 * @param {string} s
 */
export function hash(s) {
  let x = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    x ^= s.charCodeAt(i);
    x = Math.imul(x, 0x01000193) >>> 0;
  }
  return x.toString(16).padStart(8, '0');
}

/**
 * Reports whether an analysis made in a tab may be stored: never from a
 * private (incognito) window, whose visits must leave nothing behind.
 * @param {{incognito?: boolean}|undefined} tab
 */
export function mayStore(tab) {
  return !tab?.incognito;
}

/**
 * @param {string} url
 * @param {import('./messages.js').Analysis} analysis
 * @param {Date} [now]
 * @param {boolean} [keepQuery]
 * @returns {PageRecord}
 */
export function makeRecord(url, analysis, now = new Date(), keepQuery = false) {
  return {
    schemaVersion: SCHEMA_VERSION,
    engineVersion: analysis.engine || '',
    url: normalizeUrl(url, keepQuery),
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
  if (typeof r.url !== 'string' || !validAnalysis(r.analysis)) return { record: null, status: 'invalid' };
  const record = /** @type {PageRecord} */ (r);
  if (record.engineVersion !== engineVersion) return { record, status: 'stale-engine' };
  return { record, status: migrated ? 'migrated' : 'ok' };
}

/** @param {any} v */
const isObject = (v) => typeof v === 'object' && v !== null;

/** @param {any} s a quote, or a side of a dispute */
const validSide = (s) => isObject(s) && typeof s.text === 'string' && Array.isArray(s.selectors) && s.selectors.every(isObject);

/**
 * Reports whether a stored analysis has the shape the content script reads:
 * quotes, speakers and disputes that are arrays of the right objects. A
 * record that does not is dropped rather than shown broken.
 * @param {any} a
 */
export function validAnalysis(a) {
  return isObject(a) &&
    Array.isArray(a.quotes) && a.quotes.every((/** @type {any} */ q) => validSide(q) && typeof q.id === 'string') &&
    Array.isArray(a.speakers) && a.speakers.every((/** @type {any} */ s) => isObject(s) && typeof s.id === 'string' && typeof s.name === 'string') &&
    Array.isArray(a.disputes) && a.disputes.every((/** @type {any} */ d) => isObject(d) && typeof d.id === 'string' && validSide(d.claim) && validSide(d.dispute));
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
