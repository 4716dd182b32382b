// @ts-check
/**
 * The on-page UI: a panel listing speakers and their quotes, and the popover
 * that explains one quote. Both live in one closed shadow root on a plain
 * <div>: the page's styles leave them alone and theirs leave the page alone,
 * and the page's scripts can neither read nor change what they show (a
 * page cannot define a plain element, so no constructor of its own runs on
 * the host, and a closed root is not reachable from the host). The panel
 * can be put away to a small handle while the highlights stay.
 * The popover is a non-modal dialog: it takes focus when opened, Esc closes
 * it and gives focus back to where it came from.
 * @module content/ui
 */
import { h, replace } from './dom.js';
import { UI_CSS } from './ui.css.js';
import { FORMATS } from '../shared/export.js';

/** @typedef {import('../shared/messages.js').Quote} Quote */
/** @typedef {import('../shared/messages.js').Dispute} Dispute */
/** @typedef {import('../shared/messages.js').Analysis} Analysis */
/** @typedef {import('../shared/messages.js').ExportFormat} ExportFormat */
/** @typedef {import('./highlight.js').Kind} Kind */

/**
 * @typedef {Object} Item one thing painted (or orphaned) on the page
 * @property {string} id
 * @property {Kind} kind
 * @property {string} text
 * @property {string|null} speaker
 * @property {Quote} [quote]
 * @property {Dispute} [dispute]
 * @property {Range|null} range null for an orphan
 * @property {string} [method] how it was anchored
 */

/**
 * @typedef {Object} Handlers
 * @property {(item: Item) => void} select go to an item and explain it
 * @property {(kinds: Set<Kind>) => void} filter
 * @property {(format: ExportFormat, to: 'file'|'clipboard') => Promise<string>} exportAs returns a status line
 * @property {() => void} close remove the highlights and the UI
 * @property {(item: Item|null) => void} popoverClosed
 * @property {(item: Item) => void} popoverOpened mark the item on the page
 */

/**
 * HOST_STYLE keeps the page's style sheets off the host element: an inline
 * !important declaration outranks theirs (a transform on every div would
 * otherwise move the fixed panel, display: none would hide it).
 */
const HOST_STYLE = 'all: initial !important; display: block !important; position: static !important; ' +
  'transform: none !important; filter: none !important; contain: none !important; visibility: visible !important;';

const KIND_LABEL = { direct: 'Direct quote', indirect: 'Indirect quote', dispute: 'Disputed claim' };
const KIND_MARK = { direct: '“”', indirect: '≈', dispute: '⚠' };

export class UI {
  /** @param {Handlers} handlers */
  constructor(handlers) {
    this.handlers = handlers;
    this.host = document.createElement('div');
    this.host.setAttribute('style', HOST_STYLE);
    this.root = this.host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = UI_CSS;
    this.panel = h('section', { class: 'panel', role: 'complementary', 'aria-label': 'Quotelens', tabindex: '-1', hidden: true });
    this.handle = h('button', { class: 'handle', 'data-action': 'expand', 'aria-label': 'Show the Quotelens panel', hidden: true,
      onclick: () => this.collapse(false) }, 'Quotelens ◂');
    this.popover = h('div', { class: 'popover', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'ql-pop-title', tabindex: '-1', hidden: true });
    this.root.append(style, this.panel, this.handle, this.popover);
    /** the panel is put away to its handle */
    this.collapsed = false;
    /** @type {Element|null} where focus goes back to when the panel shortcut is pressed again */
    this.pageFocus = null;
    /** @type {Item[]} */
    this.items = [];
    /** @type {Set<Kind>} */
    this.shown = new Set(/** @type {Kind[]} */ (['direct', 'indirect', 'dispute']));
    /** @type {Item|null} */
    this.current = null;
    /** @type {HTMLElement|null} where focus goes back to when the popover closes */
    this.returnFocus = null;
    this.onKey = (/** @type {KeyboardEvent} */ e) => {
      if (e.key === 'Escape' && !this.popover.hidden) {
        e.stopPropagation();
        this.closePopover();
      }
    };
    this.root.addEventListener('keydown', /** @type {EventListener} */ (this.onKey));
    document.addEventListener('keydown', this.onKey, true);
  }

  mount() {
    if (!this.host.isConnected) document.documentElement.append(this.host);
  }

  destroy() {
    document.removeEventListener('keydown', this.onKey, true);
    this.host.remove();
  }

  /**
   * Shows a line in the panel: progress, or an error with a Try again button.
   * @param {string} text
   * @param {{retry?: () => void, details?: string}} [opts]
   */
  status(text, opts = {}) {
    this.mount();
    this.collapse(false);
    replace(this.panel, [h('h2', {}, 'Quotelens'), h('p', { class: 'status', role: 'status', 'data-role': 'status' }, text),
      opts.details ? h('details', { class: 'muted' }, h('summary', {}, 'Details'), opts.details) : null,
      h('div', { class: 'row' },
        opts.retry ? h('button', { 'data-action': 'retry', onclick: opts.retry }, 'Try again') : null,
        h('button', { 'data-action': 'close', onclick: () => this.handlers.close() }, 'Close'))]);
  }

  /**
   * Puts the panel away to its handle (the highlights stay), or brings it back.
   * @param {boolean} yes
   */
  collapse(yes) {
    this.collapsed = yes;
    this.panel.hidden = yes;
    this.handle.hidden = !yes;
    if (yes) this.handle.focus(); else if (this.root.activeElement === this.handle) this.panel.focus();
  }

  /** Hides the panel, the handle and the popover. */
  hide() {
    this.closePopover();
    this.panel.hidden = true;
    this.handle.hidden = true;
    this.popover.hidden = true;
  }

  /** Reports whether focus is in the extension's UI. */
  hasFocus() {
    return document.activeElement === this.host && this.root.activeElement !== null;
  }

  /**
   * The panel shortcut: moves focus to the panel (bringing it back if it
   * was put away), or, from the panel, back to where it was on the page.
   */
  toggleFocus() {
    if (!this.host.isConnected || (this.panel.hidden && this.handle.hidden)) return;
    if (this.hasFocus()) {
      const back = this.pageFocus;
      this.pageFocus = null;
      this.closePopover();
      if (back instanceof HTMLElement && back.isConnected && back !== document.body) back.focus();
      else /** @type {HTMLElement} */ (document.activeElement)?.blur?.();
      return;
    }
    this.pageFocus = document.activeElement;
    if (this.collapsed) this.collapse(false);
    this.panel.focus();
  }

  /**
   * Adds a line at the top of the panel (the page changed the highlights).
   * @param {string} text
   */
  notice(text) {
    const p = this.panel.querySelector('[data-role=notice]');
    if (p) p.textContent = text;
  }

  /**
   * Shows the panel for an analysis.
   * @param {Analysis} a
   * @param {Item[]} items
   * @param {string} note a line about where the analysis came from
   */
  show(a, items, note) {
    this.mount();
    this.analysis = a;
    this.items = items;
    this.renderPanel(note);
    if (!this.collapsed) this.panel.hidden = false;
    this.handle.hidden = !this.collapsed;
    this.handle.textContent = `Quotelens ◂ ${a.quotes.length}`;
  }

  /**
   * Shows only these kinds (the side panel's filters): the panel's check
   * boxes and list follow.
   * @param {Set<Kind>} kinds
   */
  setShown(kinds) {
    this.shown = new Set(kinds);
    for (const box of /** @type {NodeListOf<HTMLInputElement>} */ (this.panel.querySelectorAll('input[data-kind]'))) {
      box.checked = this.shown.has(/** @type {Kind} */ (box.dataset.kind));
    }
    this.renderList();
  }

  /** @returns {Item[]} the anchored items the filters let through, in page order */
  visible() {
    return this.items.filter((i) => i.range && this.shown.has(i.kind));
  }

  /** @param {string} note */
  renderPanel(note) {
    const a = /** @type {Analysis} */ (this.analysis);
    const anchored = this.items.filter((i) => i.range);
    const orphans = this.items.filter((i) => !i.range);
    const count = (/** @type {Kind} */ k) => this.items.filter((i) => i.kind === k).length;
    const filters = h('fieldset', { class: 'row', style: 'border:0;padding:0;margin:6px 0' }, h('legend', { class: 'muted' }, 'Show'),
      (/** @type {Kind[]} */ (['direct', 'indirect', 'dispute'])).map((k) => {
        const box = h('input', { type: 'checkbox', id: `ql-f-${k}`, 'data-kind': k, checked: this.shown.has(k) });
        box.addEventListener('change', () => {
          if (/** @type {HTMLInputElement} */ (box).checked) this.shown.add(k); else this.shown.delete(k);
          this.handlers.filter(new Set(this.shown));
          this.renderList();
        });
        return h('label', { for: `ql-f-${k}` }, box, h('span', { class: `kind kind-${k}` }, KIND_MARK[k]), ` ${KIND_LABEL[k]}s (${count(k)})`);
      }));
    const nav = h('div', { class: 'row' },
      h('button', { 'data-action': 'prev', onclick: () => this.step(-1), 'aria-label': 'Previous quote' }, '◀ Previous'),
      h('button', { 'data-action': 'next', onclick: () => this.step(1), 'aria-label': 'Next quote' }, 'Next ▶'));
    const fmt = /** @type {HTMLSelectElement} */ (h('select', { 'aria-label': 'Export format', 'data-role': 'export-format' },
      Object.entries(FORMATS).map(([k, f]) => h('option', { value: k }, f.label))));
    const exportStatus = h('p', { class: 'muted', role: 'status', 'data-role': 'export-status' });
    const doExport = async (/** @type {MouseEvent} */ e, /** @type {'file'|'clipboard'} */ to) => {
      // Only the reader's own click exports: a click a script made is not
      // trusted (the page cannot reach this root, but nothing else may either).
      if (!e.isTrusted) return;
      exportStatus.textContent = 'Exporting…';
      exportStatus.textContent = await this.handlers.exportAs(/** @type {ExportFormat} */ (fmt.value), to);
    };
    const exp = h('div', { class: 'row' }, fmt,
      h('button', { 'data-action': 'download', onclick: (/** @type {MouseEvent} */ e) => doExport(e, 'file') }, 'Download'),
      h('button', { 'data-action': 'copy', onclick: (/** @type {MouseEvent} */ e) => doExport(e, 'clipboard') }, 'Copy'));
    this.list = h('div', { 'data-role': 'speakers' });
    replace(this.panel, [
      h('div', { class: 'top' },
        h('button', { 'data-action': 'collapse', 'aria-label': 'Hide the panel (highlights stay)', title: 'Hide the panel; the highlights stay', onclick: () => this.collapse(true) }, '▸ Hide'),
        h('button', { 'data-action': 'close', 'aria-label': 'Turn Quotelens off on this page', title: 'Remove the highlights and the panel', onclick: () => this.handlers.close() }, '×')),
      h('h2', {}, 'Who said what'),
      h('p', { class: 'notice', role: 'status', 'data-role': 'notice' }),
      h('p', { class: 'status', role: 'status', 'data-role': 'summary' },
        `${a.quotes.length} quotes from ${a.speakers.length} speakers, ${a.disputes.length} disputed claims. ` +
        `${anchored.length} highlighted${orphans.length ? `, ${orphans.length} not found on the page` : ''}.`),
      a.reason && !a.quotes.length ? h('p', { class: 'muted' }, a.reason) : null,
      h('p', { class: 'muted' }, note),
      filters, nav, this.list,
      orphans.length ? h('section', { class: 'orphans', 'aria-label': 'Not found on the page' },
        h('h3', {}, 'Not found on the page'),
        h('ul', {}, orphans.map((i) => h('li', { 'data-id': i.id }, `${KIND_MARK[i.kind]} ${this.speakerName(i.speaker) || 'Unattributed'}: “${clip(i.text)}”`)))) : null,
      h('h3', {}, 'Export'), exp, exportStatus,
      h('p', { class: 'muted' }, 'Alt+Shift+P: to this panel and back.')]);
    this.renderList();
  }

  renderList() {
    if (!this.list || !this.analysis) return;
    const a = this.analysis;
    /** @type {Map<string, Item[]>} */
    const groups = new Map();
    for (const i of this.items) {
      if (!this.shown.has(i.kind)) continue;
      const k = i.speaker ?? '';
      if (!groups.has(k)) groups.set(k, []);
      /** @type {Item[]} */ (groups.get(k)).push(i);
    }
    const sections = [];
    for (const [id, items] of groups) {
      const sp = a.speakers.find((s) => s.id === id);
      sections.push(h('section', { 'data-speaker': id || 'none' },
        h('h3', {}, sp ? sp.name : 'Unattributed', sp?.role ? h('span', { class: 'muted' }, ` — ${sp.role}`) : null),
        h('ul', {}, items.map((i) => h('li', {}, h('button', {
          class: 'quote', 'data-id': i.id, 'aria-current': this.current?.id === i.id ? 'true' : 'false',
          disabled: !i.range, onclick: (/** @type {Event} */ e) => { this.returnFocus = /** @type {HTMLElement} */ (e.currentTarget); this.handlers.select(i); },
        }, h('span', { class: `kind kind-${i.kind}`, 'aria-label': KIND_LABEL[i.kind] }, KIND_MARK[i.kind]), ` ${clip(i.text)}`))))));
    }
    replace(this.list, sections.length ? sections : [h('p', { class: 'muted' }, 'Nothing to show.')]);
  }

  /** @param {string|null|undefined} id */
  speakerName(id) {
    return id ? this.analysis?.speakers.find((s) => s.id === id)?.name ?? id : '';
  }

  /**
   * Goes to the next (1) or previous (-1) visible item.
   * @param {number} dir
   */
  step(dir) {
    const v = this.visible();
    if (!v.length) return;
    const at = this.current ? v.findIndex((i) => i.id === this.current?.id) : -1;
    const next = v[(at + dir + v.length) % v.length];
    this.returnFocus = /** @type {HTMLElement|null} */ (this.root.activeElement);
    this.handlers.select(next);
  }

  /**
   * Opens the popover for an item, next to its range.
   * @param {Item} item
   * @param {HTMLElement|null} [from] where focus returns on close
   * @param {Item[]} [also] other items under the pointer, offered as links
   */
  openPopover(item, from, also = []) {
    this.mount();
    if (from !== undefined) this.returnFocus = from;
    this.current = item;
    this.handlers.popoverOpened(item);
    const a = /** @type {Analysis} */ (this.analysis);
    const sp = a.speakers.find((s) => s.id === item.speaker);
    /** @type {(Node|null)[]} */
    const rows = [];
    const row = (/** @type {string} */ k, /** @type {string|Node|undefined|null} */ v, /** @type {string} */ role) => {
      if (v) rows.push(h('dt', {}, k), h('dd', { 'data-role': role }, v));
    };
    if (item.quote) {
      const q = item.quote;
      row('Speaker', sp ? sp.name : 'Not named in the article', 'speaker');
      row('Role', sp?.role, 'role');
      row('Cue', q.cue ? `“${q.cue}”` : '', 'cue');
      row('Sentence', q.sentence, 'sentence');
      row('Confidence', `${Math.round(q.confidence * 100)}%`, 'confidence');
      row('Evidence', q.evidence, 'evidence');
    } else if (item.dispute) {
      const d = item.dispute;
      row('Claim', `“${d.claim.text}”`, 'claim');
      row('Claimed by', this.speakerName(d.claim.speaker) || 'Not named', 'speaker');
      row('Disputed by', this.speakerName(d.dispute.speaker) || 'Not named', 'dispute-speaker');
      row('Dispute', `“${d.dispute.text}”`, 'dispute');
      row('Cue', d.cue, 'cue');
      row('Confidence', `${Math.round(d.confidence * 100)}%`, 'confidence');
    }
    const others = item.speaker ? otherPassages(item, this.items) : [];
    const back = this.returnFocus;
    replace(this.popover, [
      h('button', { class: 'close', 'aria-label': 'Close', onclick: () => this.closePopover() }, '×'),
      h('h2', { id: 'ql-pop-title' }, h('span', { class: `kind kind-${item.kind}` }, KIND_MARK[item.kind]), ` ${KIND_LABEL[item.kind]}`),
      h('dl', {}, nodes(...rows)),
      also.length ? h('p', { class: 'also', 'data-role': 'also' }, 'Also here: ', also.flatMap((o, n) => [n ? ' · ' : '',
        h('button', { class: 'link', 'data-id': o.id, onclick: () => this.openPopover(o, back, [item, ...also.filter((x) => x !== o)]) },
          `${KIND_LABEL[o.kind].toLowerCase()} “${clip(o.text, 60)}”`)])) : null,
      others.length ? h('div', {}, h('h3', { style: 'font-size:13px;margin:8px 0 4px' }, `Other quotes by ${sp?.name ?? 'this speaker'}`),
        h('ul', { 'data-role': 'others' }, others.map((o) => h('li', {}, h('button', { class: 'quote', 'data-id': o.id, onclick: () => this.handlers.select(o) }, clip(o.text)))))) : null,
      h('p', { class: 'muted', style: 'margin:6px 0 0' }, 'Esc closes.')]);
    this.popover.hidden = false;
    this.place(item);
    this.popover.focus();
    this.renderList();
  }

  /** @param {Item} item */
  place(item) {
    const r = item.range?.getBoundingClientRect();
    const w = Math.min(360, innerWidth - 16);
    let left = r ? Math.min(Math.max(8, r.left), innerWidth - w - 8) : 8;
    let top = r ? r.bottom + 8 : 8;
    const hgt = this.popover.offsetHeight || 200;
    if (r && top + hgt > innerHeight - 8) top = Math.max(8, r.top - hgt - 8);
    this.popover.style.left = `${left}px`;
    this.popover.style.top = `${top}px`;
  }

  closePopover() {
    if (this.popover.hidden) return;
    this.popover.hidden = true;
    const item = this.current;
    this.handlers.popoverClosed(item);
    const back = this.returnFocus;
    this.returnFocus = null;
    if (!back) return;
    // The list is re-rendered when the popover opens: find the same button.
    const target = back.isConnected ? back
      : /** @type {HTMLElement|null} */ (this.list?.querySelector(`[data-id="${CSS.escape(back.dataset.id ?? item?.id ?? '')}"]`) ?? null);
    target?.focus();
  }
}

/**
 * Reports whether two items show the same passage: the same item, or a
 * disputed claim and one of its own two quotes (either way round). The
 * popover's "Other quotes" leaves these out: it would list the passage the
 * reader is looking at again.
 * @param {Item} a
 * @param {Item} b
 */
export function samePassage(a, b) {
  if (a.id === b.id) return true;
  /** @param {Item} d @param {Item} q */
  const sides = (d, q) => Boolean(d.dispute) && (d.dispute?.claim.quote === q.id || d.dispute?.dispute.quote === q.id);
  return sides(a, b) || sides(b, a);
}

/**
 * Lists the other passages of an item's speaker that are on the page, each
 * once: not the item's own passage, and a disputed claim left out when its
 * quote is listed already.
 * @param {Item} item
 * @param {Item[]} items
 */
export function otherPassages(item, items) {
  const mine = items.filter((i) => i.speaker === item.speaker && i.range && !samePassage(item, i));
  return mine.filter((i) => !i.dispute || !mine.some((q) => q !== i && samePassage(i, q)));
}

/**
 * Drops the absent children (replaceChildren would print "null").
 * @param {...(Node|null|false|undefined|'')} list
 * @returns {Node[]}
 */
function nodes(...list) {
  return /** @type {Node[]} */ (list.filter(Boolean));
}

/**
 * @param {string} s
 * @param {number} [n]
 */
function clip(s, n = 140) {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}
