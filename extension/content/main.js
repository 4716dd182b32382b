// @ts-check
/**
 * The content script: injected into the tab the reader chose (or, on sites
 * the reader opted in, loaded with every page). It snapshots the page, asks
 * the background for the analysis, anchors and paints the quotes, and runs
 * the panel and popover. It makes no network request.
 * @module content/main
 */
import { MSG, isContextInvalidated } from '../shared/messages.js';
import { Corpus, anchor } from '../shared/anchor.js';
import { snapshot } from './snapshot.js';
import * as hl from './highlight.js';
import { UI } from './ui.js';

/** @typedef {import('./ui.js').Item} Item */
/** @typedef {import('./highlight.js').Kind} Kind */
/** @typedef {import('../shared/storage.js').PageRecord} PageRecord */

const api = /** @type {typeof chrome} */ (globalThis.browser ?? globalThis.chrome);

/** PAINTED_EVENT is dispatched on the document when highlights are painted; tests and benchmarks wait for it. */
export const PAINTED_EVENT = 'quotelens:painted';

/**
 * Sends a message to the background. When the extension has been reloaded
 * or removed under this page, the script can never talk to it again: it
 * takes its highlights and UI down and stops.
 * @param {object} msg
 * @returns {Promise<any>}
 */
async function send(msg) {
  try {
    const reply = await api.runtime.sendMessage(msg);
    if (!reply) throw new Error('no reply from the background');
    if (!reply.ok) throw new Error(reply.error || 'the background failed');
    return reply;
  } catch (err) {
    if (isContextInvalidated(err)) {
      teardown();
      throw new Error('Quotelens was updated or removed: reload the page to use it again.');
    }
    throw err;
  }
}

const state = {
  /** @type {PageRecord|null} */
  record: null,
  /** @type {Item[]} */
  items: [],
  /** @type {Set<Kind>} */
  shown: new Set(/** @type {Kind[]} */ (['direct', 'indirect', 'dispute'])),
  /** bumped on each run and on pagehide: a reply for an older run is dropped */
  run: 0,
  busy: false,
};

const ui = new UI({
  select: (item) => go(item),
  filter: (kinds) => {
    state.shown = kinds;
    hl.paint(painted(), kinds);
  },
  exportAs,
  close: () => clearAll(),
  popoverClosed: () => hl.focus(null),
});

/** @returns {import('./highlight.js').Painted[]} */
function painted() {
  return /** @type {any} */ (state.items.filter((i) => i.range));
}

/**
 * Builds the items of a record and anchors them in the page.
 * @param {PageRecord} record
 * @param {import('./snapshot.js').TextMap} map
 */
function anchorAll(record, map) {
  const a = record.analysis;
  const corpus = new Corpus(map.text);
  /** @type {Item[]} */
  const items = [];
  /** @type {Set<string>} quote ids that a dispute side already covers */
  for (const q of a.quotes) {
    const at = anchor(corpus, q.selectors);
    items.push({ id: q.id, kind: q.kind === 'indirect' ? 'indirect' : 'direct', text: q.text, speaker: q.speaker, quote: q,
      range: at ? map.range(at.start, at.end) : null, method: at?.method });
  }
  for (const d of a.disputes) {
    const at = anchor(corpus, d.claim.selectors);
    items.push({ id: d.id, kind: 'dispute', text: d.claim.text, speaker: d.claim.speaker, dispute: d,
      range: at ? map.range(at.start, at.end) : null, method: at?.method });
  }
  // Page order, orphans last.
  items.sort((x, y) => {
    if (!x.range || !y.range) return (x.range ? 0 : 1) - (y.range ? 0 : 1);
    return x.range.compareBoundaryPoints(Range.START_TO_START, y.range);
  });
  return items;
}

/**
 * Analyses the page (or re-anchors its stored analysis) and paints it.
 * @param {{force?: boolean, restoreOnly?: boolean, focus?: boolean}} opts
 *   focus: move focus to the panel when done (the reader asked; a page that
 *   analyses itself on load does not take focus)
 */
async function run(opts = {}) {
  if (state.busy) return;
  state.busy = true;
  const myRun = ++state.run;
  const t0 = performance.now();
  try {
    // The snapshot first: mounting the panel changes the page's DOM, and
    // the snapshot's visibility checks would pay for restyling it.
    const snap = snapshot();
    if (!opts.restoreOnly) ui.status('Finding who said what…');
    const tSent = performance.now();
    /** @type {import('../shared/messages.js').AnalyzeReply} */
    let reply;
    if (opts.restoreOnly) {
      reply = await send({ type: MSG.CS_BG_RESTORE, url: location.href });
      if (!reply.record) reply = await send({ type: MSG.CS_BG_ANALYZE, html: snap.html, url: location.href });
    } else {
      reply = await send({ type: MSG.CS_BG_ANALYZE, html: snap.html, url: location.href, force: opts.force });
    }
    if (myRun !== state.run || !reply.record) return;
    const tReply = performance.now();
    state.record = reply.record;
    state.items = anchorAll(reply.record, snap.map);
    const tAnchored = performance.now();
    hl.paint(painted(), state.shown);
    const tPainted = performance.now();
    const when = new Date(reply.record.date).toLocaleString();
    ui.show(reply.record.analysis, state.items, reply.fromStore ? `Saved analysis from ${when}, placed again on the page.` : `Analysed ${when}.`);
    if (opts.focus) ui.panel.focus();
    const detail = {
      quotes: reply.record.analysis.quotes.length,
      disputes: reply.record.analysis.disputes.length,
      anchored: state.items.filter((i) => i.range).length,
      orphans: state.items.filter((i) => !i.range).map((i) => i.id),
      methods: Object.fromEntries(state.items.map((i) => [i.id, i.method ?? null])),
      fromStore: Boolean(reply.fromStore),
      snapshotMs: snap.ms,
      // Epoch milliseconds at which the highlights were handed to the
      // renderer: benchmarks compare it with the trigger's time.
      startedAt: performance.timeOrigin + t0,
      paintedAt: performance.timeOrigin + tPainted,
      timings: { ...reply.timings, snapshotMs: snap.ms, replyMs: tReply - tSent, anchorMs: tAnchored - tReply,
        paintMs: tPainted - tAnchored, panelMs: performance.now() - tPainted },
      totalMs: tPainted - t0,
    };
    document.dispatchEvent(new CustomEvent(PAINTED_EVENT, { detail: JSON.stringify(detail) }));
  } catch (err) {
    if (myRun === state.run && globalThis.__quotelensLoaded) ui.status(`Quotelens could not analyse this page: ${String(/** @type {any} */ (err)?.message ?? err)}`);
    document.dispatchEvent(new CustomEvent(PAINTED_EVENT, { detail: JSON.stringify({ error: String(err) }) }));
  } finally {
    state.busy = false;
  }
}

/**
 * Goes to an item: scrolls it into view, marks it and opens its popover.
 * @param {Item} item
 */
function go(item) {
  if (!item.range) return;
  const el = item.range.startContainer.parentElement;
  el?.scrollIntoView({ block: 'center', behavior: 'instant' });
  hl.focus(/** @type {any} */ (item));
  ui.openPopover(item);
}

/**
 * Exports the analysis to a file or the clipboard.
 * @param {import('../shared/messages.js').ExportFormat} format
 * @param {'file'|'clipboard'} to
 * @returns {Promise<string>}
 */
async function exportAs(format, to) {
  const r = state.record;
  if (!r) return 'Nothing to export.';
  try {
    /** @type {import('../shared/messages.js').ExportReply} */
    const reply = await send({ type: MSG.CS_BG_EXPORT, format, analysis: r.analysis, url: r.url,
      title: r.analysis.title || document.title, date: r.date });
    const body = reply.body ?? '';
    if (to === 'clipboard') {
      await navigator.clipboard.writeText(body);
      return `Copied ${format} to the clipboard.`;
    }
    const url = URL.createObjectURL(new Blob([body], { type: reply.contentType || 'text/plain' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = reply.filename ?? `quotelens.${format}`;
    a.style.display = 'none';
    ui.root.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return `Saved ${a.download}.`;
  } catch (err) {
    return `Export failed: ${String(/** @type {any} */ (err)?.message ?? err)}`;
  }
}

/** Removes highlights and UI; the script stays loaded for the next run. */
function clearAll() {
  state.run++;
  state.items = [];
  state.record = null;
  hl.clear();
  ui.closePopover();
  ui.panel.hidden = true;
  ui.popover.hidden = true;
}

/** Takes everything down for good (extension gone). */
function teardown() {
  clearAll();
  ui.destroy();
  document.removeEventListener('click', onClick, true);
  removeEventListener('pagehide', onPageHide);
  /** @type {any} */ (globalThis).__quotelensLoaded = false;
}

/** @param {MouseEvent} e */
function onClick(e) {
  if (!state.items.length || e.button !== 0) return;
  if (e.composedPath().includes(ui.host)) return;
  const mark = /** @type {Element|null} */ (e.target instanceof Element ? e.target.closest('quotelens-mark:not([data-off])') : null);
  const item = mark ? state.items.find((i) => i.id === mark.getAttribute('data-id')) ?? null
    : hl.itemAt(painted().filter((i) => state.shown.has(i.kind)), e.clientX, e.clientY);
  if (!item) return;
  hl.focus(/** @type {any} */ (item));
  ui.openPopover(/** @type {Item} */ (item), null);
}

/** @param {PageTransitionEvent} e */
function onPageHide(e) {
  // Drop replies still on their way; close the popover. A page kept in the
  // back/forward cache keeps its highlights for when it comes back.
  state.run++;
  state.busy = false;
  ui.closePopover();
  if (!e.persisted) hl.clear();
}

function init() {
  const g = /** @type {any} */ (globalThis);
  g.__quotelensLoaded = true;
  // The background starts a run by calling this in the isolated world
  // (scripting.executeScript), which saves a message round trip.
  g.__quotelensRun = (/** @type {{force?: boolean}} */ opts) => run({ force: Boolean(opts?.force), focus: true });
  api.runtime.onMessage.addListener((msg) => {
    if (msg?.type === MSG.BG_CS_CLEAR) clearAll();
    return false;
  });
  document.addEventListener('click', onClick, true);
  addEventListener('pagehide', onPageHide);
}

if (!(/** @type {any} */ (globalThis).__quotelensLoaded)) {
  init();
  const injected = /** @type {any} */ (globalThis).__quotelensInjected;
  if (injected) {
    // Injected because the reader asked (background analyzeTab).
    run({ force: Boolean(injected.force), focus: true });
  } else if (document.readyState !== 'loading') {
    // Loaded by registerContentScripts on an opted-in site (not by a click):
    // restore the saved analysis, or analyse.
    run({ restoreOnly: true });
  }
}
