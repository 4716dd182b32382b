// @ts-check
/**
 * The on-page UI: a panel listing speakers and their quotes, and the popover
 * that explains one quote. Both live in one shadow root, so the page's
 * styles and scripts leave them alone and their styles leave the page alone.
 * The popover is a non-modal dialog: it takes focus when opened, Esc closes
 * it and gives focus back to where it came from.
 * @module content/ui
 */
import { h } from './dom.js';
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
 * @property {() => void} close
 * @property {(item: Item|null) => void} popoverClosed
 */

const KIND_LABEL = { direct: 'Direct quote', indirect: 'Indirect quote', dispute: 'Disputed claim' };
const KIND_MARK = { direct: '“”', indirect: '≈', dispute: '⚠' };

export class UI {
  /** @param {Handlers} handlers */
  constructor(handlers) {
    this.handlers = handlers;
    this.host = document.createElement('quotelens-root');
    this.root = this.host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = UI_CSS;
    this.panel = h('section', { class: 'panel', role: 'complementary', 'aria-label': 'Quotelens', tabindex: '-1', hidden: true });
    this.popover = h('div', { class: 'popover', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'ql-pop-title', tabindex: '-1', hidden: true });
    this.root.append(style, this.panel, this.popover);
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

  /** @param {string} text */
  status(text) {
    this.mount();
    this.panel.hidden = false;
    this.panel.replaceChildren(h('h2', {}, 'Quotelens'), h('p', { class: 'status', role: 'status' }, text),
      h('button', { onclick: () => this.handlers.close() }, 'Close'));
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
      ...(/** @type {Kind[]} */ (['direct', 'indirect', 'dispute'])).map((k) => {
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
      ...Object.entries(FORMATS).map(([k, f]) => h('option', { value: k }, f.label))));
    const exportStatus = h('p', { class: 'muted', role: 'status', 'data-role': 'export-status' });
    const doExport = async (/** @type {'file'|'clipboard'} */ to) => {
      exportStatus.textContent = 'Exporting…';
      exportStatus.textContent = await this.handlers.exportAs(/** @type {ExportFormat} */ (fmt.value), to);
    };
    const exp = h('div', { class: 'row' }, fmt,
      h('button', { 'data-action': 'download', onclick: () => doExport('file') }, 'Download'),
      h('button', { 'data-action': 'copy', onclick: () => doExport('clipboard') }, 'Copy'));
    this.list = h('div', { 'data-role': 'speakers' });
    this.panel.replaceChildren(...nodes(
      h('button', { class: 'close', 'aria-label': 'Close Quotelens', onclick: () => this.handlers.close() }, '×'),
      h('h2', {}, 'Who said what'),
      h('p', { class: 'status', role: 'status', 'data-role': 'summary' },
        `${a.quotes.length} quotes from ${a.speakers.length} speakers, ${a.disputes.length} disputed claims. ` +
        `${anchored.length} highlighted${orphans.length ? `, ${orphans.length} not found on the page` : ''}.`),
      a.reason && !a.quotes.length ? h('p', { class: 'muted' }, a.reason) : null,
      h('p', { class: 'muted' }, note),
      filters, nav, this.list,
      orphans.length ? h('section', { class: 'orphans', 'aria-label': 'Not found on the page' },
        h('h3', {}, 'Not found on the page'),
        h('ul', {}, ...orphans.map((i) => h('li', { 'data-id': i.id }, `${KIND_MARK[i.kind]} ${this.speakerName(i.speaker) || 'Unattributed'}: “${clip(i.text)}”`)))) : null,
      h('h3', {}, 'Export'), exp, exportStatus));
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
        h('ul', {}, ...items.map((i) => h('li', {}, h('button', {
          class: 'quote', 'data-id': i.id, 'aria-current': this.current?.id === i.id ? 'true' : 'false',
          disabled: !i.range, onclick: (/** @type {Event} */ e) => { this.returnFocus = /** @type {HTMLElement} */ (e.currentTarget); this.handlers.select(i); },
        }, h('span', { class: `kind kind-${i.kind}`, 'aria-label': KIND_LABEL[i.kind] }, KIND_MARK[i.kind]), ` ${clip(i.text)}`))))));
    }
    this.list.replaceChildren(...(sections.length ? sections : [h('p', { class: 'muted' }, 'Nothing to show.')]));
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
   */
  openPopover(item, from) {
    this.mount();
    if (from !== undefined) this.returnFocus = from;
    this.current = item;
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
    const others = item.speaker ? this.items.filter((i) => i.speaker === item.speaker && i.id !== item.id && i.range) : [];
    this.popover.replaceChildren(...nodes(
      h('button', { class: 'close', 'aria-label': 'Close', onclick: () => this.closePopover() }, '×'),
      h('h2', { id: 'ql-pop-title' }, h('span', { class: `kind kind-${item.kind}` }, KIND_MARK[item.kind]), ` ${KIND_LABEL[item.kind]}`),
      h('dl', {}, ...nodes(...rows)),
      others.length ? h('div', {}, h('h3', { style: 'font-size:13px;margin:8px 0 4px' }, `Other quotes by ${sp?.name ?? 'this speaker'}`),
        h('ul', { 'data-role': 'others' }, ...others.map((o) => h('li', {}, h('button', { class: 'quote', 'data-id': o.id, onclick: () => this.handlers.select(o) }, clip(o.text)))))) : null,
      h('p', { class: 'muted', style: 'margin:6px 0 0' }, 'Esc closes.')));
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
