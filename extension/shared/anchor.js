// @ts-check
/**
 * Anchoring: finding where a quote is in the page text, in the manner of
 * Hypothesis (src/annotator/anchoring/). The cheap way is tried first:
 *
 *   1. position — the TextPositionSelector, if the text there is the quote;
 *   2. quote    — every exact occurrence of the TextQuoteSelector, the one
 *                 whose prefix, suffix and position agree best;
 *   3. folded   — the same over text folded for case, white space, quote
 *                 marks, dashes and invisible characters;
 *   4. fuzzy    — an edit-distance match near the expected position, or the
 *                 quote's head and tail found in order at about its length.
 *
 * What none of these finds is an orphan: kept and listed, never dropped.
 * Everything here is pure string work on the page text (UTF-16 offsets), so
 * it runs under node --test; content/ maps the offsets back to DOM ranges.
 * @module shared/anchor
 */

/** CONTEXT is how many characters of prefix and suffix are compared. */
export const CONTEXT = 32;

/** MAX_ERROR_RATE bounds fuzzy matches: at most one edit in ten characters. */
export const MAX_ERROR_RATE = 0.1;

/** MAX_OCCURRENCES caps the exact hits scored for one quote (e.g. "yes"). */
export const MAX_OCCURRENCES = 500;

/** FUZZY_WINDOW is how far around the expected position the edit-distance search looks, in quote lengths. */
export const FUZZY_WINDOW = 2;

/** @typedef {import('./messages.js').Selector} Selector */

/**
 * @typedef {Object} Anchor
 * @property {number} start UTF-16 offset into the page text
 * @property {number} end
 * @property {'position'|'quote'|'folded'|'fuzzy'} method
 */

/**
 * @typedef {Object} Folded
 * @property {string} text the page text
 * @property {string} folded text folded by fold()
 * @property {Int32Array} map folded offset → text offset (length folded.length + 1)
 */

/**
 * Corpus is a page text indexed for anchoring; the folded index is built the
 * first time a quote needs it, as most quotes anchor by position or quote.
 */
export class Corpus {
  /** @param {string} text */
  constructor(text) {
    this.text = text;
    /** @type {Folded|null} */
    this._folded = null;
  }

  /** @returns {Folded} */
  get index() {
    return (this._folded ??= prepare(this.text));
  }
}

const QUOTE_MARKS = /[\u2018\u2019\u201a\u201b\u2032\u00b4`]/;
const DQUOTE_MARKS = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/;
const DASHES = /[\u2010-\u2015\u2212]/;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
const SPACE = /\s/;

/**
 * Folds one character for matching: lower case, one kind of quote mark and
 * dash. Returns '' for characters that do not count.
 * @param {string} ch
 */
function foldChar(ch) {
  if (INVISIBLE.test(ch)) return '';
  if (QUOTE_MARKS.test(ch)) return "'";
  if (DQUOTE_MARKS.test(ch)) return '"';
  if (DASHES.test(ch)) return '-';
  const l = ch.toLowerCase();
  return l.length === 1 ? l : ch;
}

/**
 * Folds s: runs of white space become one space, see foldChar.
 * @param {string} s
 */
export function fold(s) {
  return prepare(s).folded.trim();
}

/**
 * Indexes a page text for anchoring. Prepare once, anchor many quotes.
 * @param {string} text
 * @returns {Folded}
 */
export function prepare(text) {
  const out = [];
  const map = new Int32Array(text.length + 1);
  let n = 0;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (SPACE.test(ch)) {
      if (!space) { out.push(' '); map[n++] = i; space = true; }
      continue;
    }
    const f = foldChar(ch);
    if (f === '') continue;
    space = false;
    out.push(f);
    map[n++] = i;
  }
  map[n] = text.length;
  return { text, folded: out.join(''), map: map.subarray(0, n + 1) };
}

/**
 * @param {Selector[]} selectors
 */
export function splitSelectors(selectors) {
  /** @type {Selector|undefined} */
  let quote;
  /** @type {Selector|undefined} */
  let position;
  for (const s of selectors || []) {
    if (s.type === 'TextQuoteSelector' && !quote) quote = s;
    if (s.type === 'TextPositionSelector' && !position) position = s;
  }
  return { quote, position };
}

/**
 * Counts how many characters a and b share from their ends (suffix) or
 * starts, whichever `fromEnd` says.
 * @param {string} a
 * @param {string} b
 * @param {boolean} fromEnd
 */
function common(a, b, fromEnd) {
  const n = Math.min(a.length, b.length);
  let k = 0;
  if (fromEnd) while (k < n && a[a.length - 1 - k] === b[b.length - 1 - k]) k++;
  else while (k < n && a[k] === b[k]) k++;
  return k;
}

/**
 * Scores a candidate match [s, e) of a quote in t: agreement of prefix and
 * suffix, and nearness to the expected start.
 * @param {string} t text searched
 * @param {number} s
 * @param {number} e
 * @param {string} prefix
 * @param {string} suffix
 * @param {number} hint expected start, or -1
 */
function score(t, s, e, prefix, suffix, hint) {
  const p = prefix.slice(-CONTEXT);
  const x = suffix.slice(0, CONTEXT);
  let v = common(t.slice(Math.max(0, s - p.length), s), p, true) +
    common(t.slice(e, e + x.length), x, false);
  if (hint >= 0) v += 1 - Math.min(1, Math.abs(s - hint) / Math.max(1, t.length));
  return v;
}

/**
 * Finds the best exact occurrence of needle in t.
 * @returns {number} its start, or -1
 */
function bestOccurrence(/** @type {string} */ t, /** @type {string} */ needle, /** @type {string} */ prefix, /** @type {string} */ suffix, /** @type {number} */ hint) {
  if (!needle) return -1;
  let best = -1;
  let bestScore = -Infinity;
  let count = 0;
  for (let i = t.indexOf(needle); i >= 0 && count < MAX_OCCURRENCES; i = t.indexOf(needle, i + 1), count++) {
    const v = score(t, i, i + needle.length, prefix, suffix, hint);
    if (v > bestScore) { bestScore = v; best = i; }
  }
  return best;
}

/**
 * Finds the substring of t[lo, hi) closest to p by edit distance (Sellers'
 * algorithm: a match may start anywhere). Cost O((hi-lo)·|p|), so callers
 * keep the window small.
 * @returns {{start: number, end: number, errors: number}|null}
 */
export function approximate(/** @type {string} */ t, /** @type {string} */ p, /** @type {number} */ lo, /** @type {number} */ hi, /** @type {number} */ maxErrors) {
  const m = p.length;
  if (m === 0) return null;
  lo = Math.max(0, lo); hi = Math.min(t.length, hi);
  // D[j] is the cost of matching p[0:j] ending at the current text position;
  // S[j] is where that match starts.
  let D = new Int32Array(m + 1), S = new Int32Array(m + 1);
  let D2 = new Int32Array(m + 1), S2 = new Int32Array(m + 1);
  for (let j = 0; j <= m; j++) { D[j] = j; S[j] = lo; }
  let best = null;
  for (let i = lo; i < hi; i++) {
    D2[0] = 0; S2[0] = i + 1;
    const c = t[i];
    for (let j = 1; j <= m; j++) {
      const sub = D[j - 1] + (p[j - 1] === c ? 0 : 1);
      const del = D[j] + 1; // skip a text character
      const ins = D2[j - 1] + 1; // skip a pattern character
      if (sub <= del && sub <= ins) { D2[j] = sub; S2[j] = S[j - 1]; }
      else if (del <= ins) { D2[j] = del; S2[j] = S[j]; }
      else { D2[j] = ins; S2[j] = S2[j - 1]; }
    }
    if (D2[m] <= maxErrors && (!best || D2[m] < best.errors)) {
      best = { start: S2[m], end: i + 1, errors: D2[m] };
    }
    [D, D2] = [D2, D]; [S, S2] = [S2, S];
  }
  return best;
}

/**
 * Anchors one quote's selectors in the corpus.
 * @param {Corpus} corpus
 * @param {Selector[]} selectors
 * @returns {Anchor|null} null for an orphan
 */
export function anchor(corpus, selectors) {
  const { text } = corpus;
  const { quote, position } = splitSelectors(selectors);
  const exact = quote?.exact ?? '';
  const hint = position && typeof position.start === 'number' ? position.start : -1;

  // 1. position
  if (position && typeof position.start === 'number' && typeof position.end === 'number' &&
      position.start >= 0 && position.start < position.end && position.end <= text.length) {
    const here = text.slice(position.start, position.end);
    if (!exact || here === exact || fold(here) === fold(exact)) {
      return { start: position.start, end: position.end, method: 'position' };
    }
  }
  if (!exact) return null;

  // 2. exact quote
  const at = bestOccurrence(text, exact, quote?.prefix ?? '', quote?.suffix ?? '', hint);
  if (at >= 0) return { start: at, end: at + exact.length, method: 'quote' };

  // 3. folded quote
  const fx = fold(exact);
  if (!fx) return null;
  const idx = corpus.index;
  const f = idx.folded;
  const fhint = hint >= 0 ? foldedIndex(idx, hint) : -1;
  const fat = bestOccurrence(f, fx, prepare(quote?.prefix ?? '').folded, prepare(quote?.suffix ?? '').folded, fhint);
  if (fat >= 0) return toText(idx, fat, fat + fx.length, 'folded');

  // 4. fuzzy
  const maxErrors = Math.floor(fx.length * MAX_ERROR_RATE);
  if (maxErrors < 1) return null;
  if (fhint >= 0) {
    const w = fx.length * FUZZY_WINDOW;
    const m = approximate(f, fx, fhint - w, fhint + fx.length + w, maxErrors);
    if (m) return toText(idx, m.start, m.end, 'fuzzy');
  }
  return headTail(idx, fx, fhint);
}

/**
 * Finds a long quote by its first and last HEAD characters, in order, about
 * the quote's length apart: it survives edits in the middle of the quote.
 * @param {Folded} corpus
 * @param {string} fx the folded quote
 * @param {number} fhint
 * @returns {Anchor|null}
 */
function headTail(corpus, fx, fhint) {
  const HEAD = 24;
  if (fx.length < HEAD * 3) return null;
  const f = corpus.folded;
  const head = fx.slice(0, HEAD);
  const tail = fx.slice(-HEAD);
  let best = null;
  for (let i = f.indexOf(head), n = 0; i >= 0 && n < MAX_OCCURRENCES; i = f.indexOf(head, i + 1), n++) {
    const j = f.indexOf(tail, i + HEAD);
    if (j < 0) break;
    const len = j + HEAD - i;
    if (len < fx.length * (1 - MAX_ERROR_RATE * 2) || len > fx.length * (1 + MAX_ERROR_RATE * 2)) continue;
    const d = fhint >= 0 ? Math.abs(i - fhint) : 0;
    if (!best || d < best.d) best = { i, e: j + HEAD, d };
  }
  return best ? toText(corpus, best.i, best.e, 'fuzzy') : null;
}

/**
 * Maps a folded range back to page text offsets.
 * @param {Folded} c
 * @param {number} fs
 * @param {number} fe
 * @param {Anchor['method']} method
 * @returns {Anchor}
 */
function toText(c, fs, fe, method) {
  const start = c.map[fs];
  const end = fe > 0 ? c.map[fe - 1] + 1 : start;
  // A folded character may stand for a surrogate pair: keep the pair whole.
  const hi = end < c.text.length && /[\udc00-\udfff]/.test(c.text[end]) ? end + 1 : end;
  return { start, end: hi, method };
}

/**
 * Returns the folded offset of text offset t (the first folded character at
 * or after it).
 * @param {Folded} c
 * @param {number} t
 */
function foldedIndex(c, t) {
  let lo = 0, hi = c.map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (c.map[mid] < t) lo = mid + 1; else hi = mid;
  }
  return lo;
}
