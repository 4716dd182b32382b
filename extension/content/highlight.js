// @ts-check
/**
 * Painting: quotes are highlighted with the CSS Custom Highlight API, which
 * styles ranges without touching the page's DOM. Each kind has its own
 * highlight name, and content.css gives each a different underline style
 * (solid, dashed, wavy) as well as a colour, so kinds differ without colour.
 * Where the API is missing, the ranges are wrapped in <quotelens-mark>
 * elements instead (the only case in which the page's DOM changes).
 *
 * The highlight registry is the document's, shared with the page's scripts:
 * a page can read it, delete a highlight or move its ranges. So the registry
 * gets copies of the items' ranges, never the ranges themselves (clicks are
 * resolved on the script's own ranges), and intact() tells whether what is
 * painted is still what was painted, so that it can be painted again.
 * @module content/highlight
 */

/** @typedef {'direct'|'indirect'|'dispute'} Kind */

/** NAMES are the highlight registry names, one per kind plus the focused one. */
export const NAMES = Object.freeze({
  direct: 'quotelens-direct',
  indirect: 'quotelens-indirect',
  dispute: 'quotelens-dispute',
  focus: 'quotelens-focus',
});

/**
 * @typedef {Object} Painted
 * @property {string} id
 * @property {Kind} kind
 * @property {Range} range
 */

/** Reports whether the Custom Highlight API is there. */
export function supported() {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** @type {Element[]} marks made by the fallback */
let marks = [];
/** the ids of the items the fallback wrapped, joined */
let wrappedIds = '';

/**
 * Paints the items, replacing whatever was painted before.
 * @param {Painted[]} items
 * @param {Set<Kind>} shown kinds the reader has not filtered out
 */
export function paint(items, shown) {
  if (!supported()) {
    // The fallback wraps every item once and turns kinds on and off with an
    // attribute: unwrapping and wrapping again would move the live ranges.
    const ids = items.map((i) => i.id).join('\n');
    if (ids !== wrappedIds) {
      clear();
      wrap(items);
      wrappedIds = ids;
    }
    for (const m of marks) m.toggleAttribute('data-off', !shown.has(/** @type {Kind} */ (m.getAttribute('data-kind'))));
    return;
  }
  clear();
  const visible = items.filter((i) => shown.has(i.kind));
  for (const kind of /** @type {Kind[]} */ (['direct', 'indirect', 'dispute'])) {
    const ranges = visible.filter((i) => i.kind === kind).map((i) => i.range);
    if (!ranges.length) continue;
    // Added one by one: new Highlight(...ranges) overflows the stack on a
    // page with tens of thousands of ranges.
    const h = new Highlight();
    /** @type {Map<Range, string>} */
    const copies = new Map();
    for (const r of ranges) {
      const c = r.cloneRange();
      h.add(c);
      copies.set(c, bounds(c));
    }
    h.priority = kind === 'dispute' ? 1 : 0;
    CSS.highlights.set(NAMES[kind], h);
    ours.set(NAMES[kind], { highlight: h, ranges: copies });
  }
}

/**
 * @typedef {Object} Painting what was handed to the registry under one name
 * @property {Highlight} highlight
 * @property {Map<Range, string>} ranges each copy and its boundaries then
 */

/** @type {Map<string, Painting>} the highlights this script set, by name */
const ours = new Map();

/** @param {Range} r */
function bounds(r) {
  return `${r.startOffset}:${r.endOffset}:${r.toString().length}`;
}

/**
 * Reports whether the painted highlights are still the ones this script set:
 * the same objects under its names, holding the same ranges with the same
 * boundaries. A page that deleted, replaced or moved one makes it false (so
 * does a page that changed the highlighted text itself).
 */
export function intact() {
  if (!supported()) return true;
  for (const [name, rec] of ours) {
    const now = CSS.highlights.get(name);
    if (now !== rec.highlight || now.size !== rec.ranges.size) return false;
    // Our copies, looked up in the highlight: Firefox's content scripts
    // cannot iterate a page object (Xray wrappers do not wrap iterators).
    for (const [r, was] of rec.ranges) if (!now.has(r) || bounds(r) !== was) return false;
  }
  return true;
}

/**
 * Marks one item as the focused one (the popover's), or none.
 * @param {Painted|null} item
 */
export function focus(item) {
  if (supported()) {
    if (item) {
      const h = new Highlight(item.range.cloneRange());
      h.priority = 2;
      CSS.highlights.set(NAMES.focus, h);
    } else {
      CSS.highlights.delete(NAMES.focus);
    }
    return;
  }
  for (const m of marks) m.toggleAttribute('data-focus', Boolean(item) && m.getAttribute('data-id') === item?.id);
}

/** Removes every highlight this script painted. */
export function clear() {
  if (supported()) for (const n of Object.values(NAMES)) CSS.highlights.delete(n);
  ours.clear();
  for (const m of marks) {
    const parent = m.parentNode;
    if (!parent) continue;
    while (m.firstChild) parent.insertBefore(m.firstChild, m);
    parent.removeChild(m);
    parent.normalize();
  }
  marks = [];
  wrappedIds = '';
}

/**
 * Finds the painted items under a viewport point, the longest first: where a
 * direct quote and a shorter indirect quote overlap, the reader means the
 * one they see around the pointer, the longer. On a tie (a disputed claim
 * that is also a quote) the dispute comes first: its popover shows both
 * sides. It reads layout, so it is called on a click, not on pointer moves.
 * @template {Painted} T
 * @param {T[]} items
 * @param {number} x
 * @param {number} y
 * @returns {T[]}
 */
export function itemsAt(items, x, y) {
  /** @type {{it: T, len: number}[]} */
  const hits = [];
  for (const it of items) {
    for (const r of it.range.getClientRects()) {
      if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) {
        hits.push({ it, len: it.range.toString().length });
        break;
      }
    }
  }
  hits.sort((a, b) => b.len - a.len || (a.it.kind === 'dispute' ? -1 : 0) - (b.it.kind === 'dispute' ? -1 : 0));
  return hits.map((h) => h.it);
}

/**
 * The fallback: wraps each range's text in marks, last range first so that
 * splitting text nodes does not move the ranges still to do. Overlapping
 * parts are wrapped once.
 * @param {Painted[]} items
 */
function wrap(items) {
  /** @type {{node: Text, start: number, end: number, item: Painted}[]} */
  const segs = [];
  for (const item of items) {
    const r = item.range;
    const walker = document.createTreeWalker(r.commonAncestorContainer, NodeFilter.SHOW_TEXT);
    let n = walker.currentNode.nodeType === Node.TEXT_NODE ? walker.currentNode : walker.nextNode();
    for (; n; n = walker.nextNode()) {
      if (!r.intersectsNode(n)) continue;
      const t = /** @type {Text} */ (n);
      const start = t === r.startContainer ? r.startOffset : 0;
      const end = t === r.endContainer ? r.endOffset : t.data.length;
      if (end > start && t.data.slice(start, end).trim()) segs.push({ node: t, start, end, item });
    }
  }
  segs.sort((a, b) => {
    const c = a.node.compareDocumentPosition(b.node);
    if (a.node === b.node) return b.start - a.start;
    return c & Node.DOCUMENT_POSITION_FOLLOWING ? 1 : -1;
  });
  let lastNode = null, lastStart = Infinity;
  for (const s of segs) {
    let end = s.end;
    if (s.node === lastNode) end = Math.min(end, lastStart);
    if (end <= s.start) continue;
    let t = s.node;
    if (end < t.data.length) t.splitText(end);
    const mid = s.start > 0 ? t.splitText(s.start) : t;
    const m = document.createElement('quotelens-mark');
    m.setAttribute('data-id', s.item.id);
    m.setAttribute('data-kind', s.item.kind);
    mid.parentNode?.insertBefore(m, mid);
    m.appendChild(mid);
    marks.push(m);
    lastNode = s.node;
    lastStart = s.start;
  }
}
