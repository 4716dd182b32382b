// @ts-check
/**
 * Snapshot: the page as the engine is sent it, and the map from that
 * page's text back to the live DOM.
 *
 * One walk of the live DOM does both: it serialises a pruned copy of the page
 * (no scripts, styles, SVG, media, form controls, hidden elements, and only
 * the attributes the engine reads) and records every text node it writes.
 * The engine's page text is the concatenation of the text nodes under <body>
 * of what it parses, so it is exactly the concatenation of the recorded
 * nodes, and its UTF-16 positions map straight back to them — even though
 * hidden elements are left out. (Where the HTML parser would rearrange text,
 * such as stray text inside tables, the quote selector still anchors.)
 * @module content/snapshot
 */

/** SKIP lists elements left out with their contents (the page-text rule and more). */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED',
  'CANVAS', 'VIDEO', 'AUDIO', 'PICTURE', 'IMG', 'SOURCE', 'TRACK', 'MAP', 'INPUT', 'SELECT', 'TEXTAREA',
  'BUTTON', 'LINK', 'META', 'BASE', 'DIALOG', 'SLOT', 'QUOTELENS-ROOT', 'QUOTELENS-MARK-ROOT']);

/** VOID elements have no end tag. */
const VOID = new Set(['AREA', 'BR', 'COL', 'HR', 'WBR']);

/** KEEP_ATTRS are the attributes the engine reads (extractor scoring, language, dates, links). */
const KEEP_ATTRS = new Set(['id', 'class', 'lang', 'xml:lang', 'dir', 'role', 'itemprop', 'itemscope', 'itemtype',
  'datetime', 'rel', 'href', 'cite', 'title']);

/** NEWLINE_FIRST elements lose a leading newline when parsed, so the serialiser doubles it (HTML spec). */
const NEWLINE_FIRST = new Set(['PRE', 'LISTING']);

/**
 * TextMap maps offsets into the page text (UTF-16) to DOM positions.
 */
export class TextMap {
  constructor() {
    /** @type {Text[]} */
    this.nodes = [];
    /** @type {number[]} */
    this.starts = [];
    /** @type {string[]} */
    this.parts = [];
    this.length = 0;
    /** @type {string|null} */
    this._text = null;
  }

  /** @param {Text} node */
  add(node) {
    const data = node.data;
    this.nodes.push(node);
    this.starts.push(this.length);
    this.parts.push(data);
    this.length += data.length;
    this._text = null;
  }

  /** The page text. */
  get text() {
    return (this._text ??= this.parts.join(''));
  }

  /**
   * Finds the node holding offset; with `end`, an offset at a node's end
   * belongs to that node rather than the next.
   * @param {number} offset
   * @param {boolean} end
   * @returns {{node: Text, offset: number}|null}
   */
  locate(offset, end) {
    const { starts, nodes } = this;
    if (!nodes.length || offset < 0 || offset > this.length) return null;
    let lo = 0, hi = nodes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (end ? starts[mid] < offset : starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    // Skip empty nodes so that the range does not start or end in one.
    let i = lo;
    if (!end) while (i < nodes.length - 1 && offset - starts[i] >= this.parts[i].length && this.parts[i].length === 0) i++;
    const o = Math.min(offset - starts[i], this.parts[i].length);
    return { node: nodes[i], offset: Math.max(0, o) };
  }

  /**
   * Returns a live Range over page text [start, end), or null when the
   * offsets are out of range or the nodes have left the document.
   * @param {number} start
   * @param {number} end
   */
  range(start, end) {
    const a = this.locate(start, false);
    const b = this.locate(end, true);
    if (!a || !b || !a.node.isConnected || !b.node.isConnected) return null;
    const r = document.createRange();
    try {
      r.setStart(a.node, a.offset);
      r.setEnd(b.node, b.offset);
    } catch {
      return null;
    }
    return r;
  }
}

/**
 * @param {string} s
 */
function escapeText(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');
}

/**
 * @param {string} s
 */
function escapeAttr(s) {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/\u00a0/g, '&nbsp;');
}

/**
 * Reports whether an element is hidden from the reader: the hidden
 * attribute, aria-hidden, or not rendered (display: none and the like).
 * @param {Element} el
 */
function hidden(el) {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (typeof el.checkVisibility === 'function') {
    return !el.checkVisibility({ visibilityProperty: true });
  }
  const st = getComputedStyle(el);
  return st.display === 'none' || st.visibility === 'hidden';
}

/**
 * @param {Element} el
 */
function startTag(el) {
  const name = el.localName;
  let s = '<' + name;
  for (const a of el.attributes) {
    if (KEEP_ATTRS.has(a.name)) s += ' ' + a.name + '="' + escapeAttr(a.value) + '"';
  }
  return s + '>';
}

/**
 * @param {Document} doc
 */
function head(doc) {
  let s = '<head><meta charset="utf-8"><title>' + escapeText(doc.title) + '</title>';
  for (const m of doc.head?.querySelectorAll('meta[name], meta[property], meta[http-equiv]') ?? []) {
    s += '<meta';
    for (const k of ['name', 'property', 'http-equiv', 'content']) {
      const v = m.getAttribute(k);
      if (v !== null) s += ' ' + k + '="' + escapeAttr(v) + '"';
    }
    s += '>';
  }
  return s + '</head>';
}

/**
 * @typedef {Object} Snapshot
 * @property {string} html the pruned page
 * @property {TextMap} map its page text, mapped to the live DOM
 * @property {number} ms time taken
 */

/**
 * Takes a snapshot of the document. It walks without recursion, so deep
 * pages cost no stack.
 * @param {Document} [doc]
 * @returns {Snapshot}
 */
export function snapshot(doc = document) {
  const t0 = performance.now();
  const map = new TextMap();
  const out = ['<!DOCTYPE html><html'];
  const lang = doc.documentElement.getAttribute('lang');
  if (lang) out.push(' lang="', escapeAttr(lang), '"');
  out.push('>', head(doc));
  const body = doc.body;
  if (body) {
    out.push(startTag(body));
    /** @type {Array<Node|string>} */
    const stack = [];
    for (let c = body.lastChild; c; c = c.previousSibling) stack.push(c);
    while (stack.length) {
      const n = /** @type {Node|string} */ (stack.pop());
      if (typeof n === 'string') { out.push(n); continue; }
      if (n.nodeType === Node.TEXT_NODE) {
        const t = /** @type {Text} */ (n);
        map.add(t);
        out.push(escapeText(t.data));
        continue;
      }
      if (n.nodeType !== Node.ELEMENT_NODE) continue;
      const el = /** @type {Element} */ (n);
      if (SKIP.has(el.tagName.toUpperCase()) || el.namespaceURI !== 'http://www.w3.org/1999/xhtml' || hidden(el)) continue;
      out.push(startTag(el));
      if (VOID.has(el.tagName)) continue;
      if (NEWLINE_FIRST.has(el.tagName) && el.firstChild?.nodeType === Node.TEXT_NODE &&
          /** @type {Text} */ (el.firstChild).data.startsWith('\n')) out.push('\n');
      stack.push('</' + el.localName + '>');
      for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
    }
    out.push('</body>');
  }
  out.push('</html>');
  return { html: out.join(''), map, ms: performance.now() - t0 };
}
