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
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed',
  'canvas', 'video', 'audio', 'picture', 'img', 'source', 'track', 'map', 'input', 'select', 'textarea',
  'button', 'link', 'meta', 'base', 'dialog', 'slot', 'quotelens-root', 'quotelens-mark-root']);

/** XHTML is the namespace of HTML elements. */
const XHTML = 'http://www.w3.org/1999/xhtml';

/** VOID elements have no end tag. */
const VOID = new Set(['area', 'br', 'col', 'hr', 'wbr']);

/**
 * KEEP_ATTRS are the attributes the engine reads: extractor scoring (id,
 * class, role, aria-modal), bylines (rel, itemprop) and language. An href
 * is only read for whether it points inside the page, so it is sent as "#"
 * or not at all.
 */
const KEEP_ATTRS = new Set(['id', 'class', 'lang', 'xml:lang', 'role', 'aria-modal', 'rel', 'itemprop']);

/** BLANK matches text made only of white space (collapsed to one character when sent). */
const BLANK = /^[ \t\n\r\f]+$/;

/** NEWLINE_FIRST elements lose a leading newline when parsed, so the serialiser doubles it (HTML spec). */
const NEWLINE_FIRST = new Set(['pre', 'listing']);

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

  /**
   * @param {Text} node
   * @param {string} [data] the text sent for the node when it is not its own
   *   (white space collapsed); offsets past it stay at its end
   */
  add(node, data = node.data) {
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

/** NEEDS_ESCAPE matches text with a character that escapeText changes. */
const NEEDS_ESCAPE = /[&<>\u00a0]/;

/**
 * @param {string} s
 */
function escapeText(s) {
  if (!NEEDS_ESCAPE.test(s)) return s;
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
  if (!el.hasAttributes()) return '<' + name + '>';
  let s = '<' + name;
  for (const a of el.attributes) {
    if (KEEP_ATTRS.has(a.name)) s += ' ' + a.name + '="' + escapeAttr(a.value.slice(0, MAX_SHORT_TEXT)) + '"';
    else if (a.name === 'href' && a.value.startsWith('#')) s += ' href="#"';
  }
  return s + '>';
}

/**
 * The head as the engine reads it: the title, the og:title and a declared
 * content language.
 * @param {Document} doc
 */
function head(doc) {
  let s = '<head><meta charset="utf-8"><title>' + escapeText(doc.title.slice(0, MAX_SHORT_TEXT)) + '</title>';
  let metas = 0;
  for (const m of doc.head?.querySelectorAll('meta[property="og:title"], meta[http-equiv]') ?? []) {
    if (++metas > 8) break;
    const property = m.getAttribute('property');
    const equiv = m.getAttribute('http-equiv');
    if (equiv !== null && equiv.toLowerCase() !== 'content-language') continue;
    s += '<meta ' + (property !== null ? `property="${escapeAttr(property)}"` : `http-equiv="${escapeAttr(equiv ?? '')}"`) +
      ` content="${escapeAttr((m.getAttribute('content') ?? '').slice(0, MAX_SHORT_TEXT))}">`;
  }
  return s + '</head>';
}

/**
 * @typedef {Object} Snapshot
 * @property {string} html the pruned page
 * @property {TextMap} map its page text, mapped to the live DOM
 * @property {number} ms time taken
 * @property {boolean} truncated the page was longer than the budget: only
 *   its first part was taken
 */

/**
 * BUDGET bounds a snapshot: a page's first MAX_BYTES bytes of pruned HTML in
 * UTF-8 (a long article is about 100,000), taken in at most MAX_MS. A page
 * beyond either is cut there, its open elements closed, and analysed in
 * part rather than freezing the tab or the engine. The engine reads pages up
 * to 2 MiB (server.ExtensionPageBytes), which a snapshot never exceeds.
 */
export const BUDGET = Object.freeze({ maxBytes: 2_000_000, maxMs: 1500 });

/** The most elements a cut snapshot closes; the engine's parser closes the rest. */
const MAX_CLOSED = 256;

/** The most characters of the title, a meta's content or an attribute a snapshot keeps. */
const MAX_SHORT_TEXT = 2000;

/**
 * utf8Length returns the length of s in UTF-8 bytes.
 * @param {string} s
 * @returns {number}
 */
export function utf8Length(s) {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x7f) continue;
    if (c <= 0x7ff) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 2; // a pair of units is one 4-byte character
      i++;
    } else n += 2; // 3 bytes, a lone surrogate too (encoded as U+FFFD)
  }
  return n;
}

/**
 * Takes a snapshot of the document. It walks without recursion or a stack,
 * so deep pages cost nothing extra.
 * @param {Document} [doc]
 * @param {{maxBytes: number, maxMs: number}} [budget]
 * @returns {Snapshot}
 */
export function snapshot(doc = document, budget = BUDGET) {
  const t0 = performance.now();
  let size = 0, visited = 0, truncated = false;
  const map = new TextMap();
  const out = ['<!DOCTYPE html><html'];
  /** @param {string} s */
  const emit = (s) => { out.push(s); size += utf8Length(s); };
  const lang = doc.documentElement.getAttribute('lang');
  if (lang) emit(' lang="' + escapeAttr(lang.slice(0, 64)) + '"');
  emit('>' + head(doc));
  const body = doc.body;
  if (body) {
    emit(startTag(body));
    // A walk along the tree's own links: no stack, no arrays of children.
    /** @type {Node|null} */
    let n = body.firstChild;
    while (n && n !== body) {
      // Time is read every 1,024 nodes: performance.now() is not free.
      if (size > budget.maxBytes || ((++visited & 1023) === 0 && performance.now() - t0 > budget.maxMs)) {
        truncated = true;
        let closed = 0;
        for (let p = n.parentNode; p && p !== body && closed < MAX_CLOSED; p = p.parentNode, closed++) out.push('</' + /** @type {Element} */ (p).localName + '>');
        break;
      }
      let enter = false;
      if (n.nodeType === Node.TEXT_NODE) {
        const t = /** @type {Text} */ (n);
        const data = t.data;
        if (data.length > 1 && BLANK.test(data)) {
          // Indentation between tags is a third of a page's bytes.
          const one = data.includes('\n') ? '\n' : ' ';
          map.add(t, one);
          emit(one);
        } else {
          let text = escapeText(data);
          const bytes = utf8Length(text);
          if (size + bytes > budget.maxBytes) {
            // One text node past the budget is cut to what is left of it
            // (6 bytes a unit at most, an escape included), and the walk
            // stops at the next node.
            let cut = data.slice(0, Math.max(0, Math.floor((budget.maxBytes - size) / 6)));
            if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
            map.add(t, cut);
            text = escapeText(cut);
            truncated = true;
            emit(text);
            size = Math.max(size, budget.maxBytes);
          } else {
            // Measured once: pushed without emit's second count.
            map.add(t);
            out.push(text);
            size += bytes;
          }
        }
      } else if (n.nodeType === Node.ELEMENT_NODE) {
        const el = /** @type {Element} */ (n);
        const name = el.localName;
        if (!SKIP.has(name) && el.namespaceURI === XHTML && !hidden(el)) {
          emit(startTag(el));
          if (!VOID.has(name)) {
            if (NEWLINE_FIRST.has(name) && el.firstChild?.nodeType === Node.TEXT_NODE &&
                /** @type {Text} */ (el.firstChild).data.startsWith('\n')) emit('\n');
            if (el.firstChild) enter = true;
            else emit('</' + name + '>');
          }
        }
      }
      if (enter) {
        n = /** @type {Node} */ (n.firstChild);
        continue;
      }
      // Up to the next sibling, closing the elements left on the way.
      while (n && n !== body && !n.nextSibling) {
        n = n.parentNode;
        if (n && n !== body) emit('</' + /** @type {Element} */ (n).localName + '>');
      }
      if (n && n !== body) n = n.nextSibling;
    }
    out.push('</body>');
  }
  out.push('</html>');
  return { html: out.join(''), map, ms: performance.now() - t0, truncated };
}
