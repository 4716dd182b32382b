// @ts-check
/**
 * The content script: injected into the tab the reader chose (or, on sites
 * the reader opted in, loaded with every page). It snapshots the page, asks
 * the background for the analysis, anchors and paints the quotes, and runs
 * the panel and popover. It makes no network request.
 * @module content/main
 */
import { MSG, PORTS, GLOBALS, isContextInvalidated, engineJSON, analyzeMs } from '../shared/messages.js';
import { makeRecord } from '../shared/storage.js';
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

/** The isolated world's global object (never the page's: see GLOBALS). */
const g = /** @type {Record<symbol, any>} */ (/** @type {unknown} */ (globalThis));
const LOADED = Symbol.for(GLOBALS.loaded);

/**
 * CHANNEL_LOST matches the errors of a message whose background stopped or
 * restarted before it answered (Chrome stops an idle service worker; the
 * engine can take it down): the request is sent once more.
 */
const CHANNEL_LOST = /message channel closed|message port closed|Receiving end does not exist|Could not establish connection|no reply from the background|Actor '[^']*' destroyed|Conduits|DeadObject/i;

/** RETRY_DELAY_MS leaves a stopping background time to go before the retry starts a new one. */
const RETRY_DELAY_MS = 250;

/**
 * Sends a message to the background. When the background stops or restarts
 * before answering, the message is sent once more. When the extension has
 * been reloaded or removed under this page, the script can never talk to it
 * again: it takes its highlights and UI down and stops.
 * @param {object} msg
 * @param {number} [tries] how many more times a lost message is sent
 * @returns {Promise<any>}
 */
async function send(msg, tries = 1) {
  try {
    const reply = await api.runtime.sendMessage(msg);
    if (!reply) throw new Error('no reply from the background');
    if (!reply.ok) throw new Error(reply.error || 'the background failed');
    return reply;
  } catch (err) {
    if (isContextInvalidated(err)) {
      teardown();
      throw new ReaderError('Quotelens was updated or removed: reload the page to use it again.', err);
    }
    if (tries > 0 && CHANNEL_LOST.test(errorText(err))) {
      console.info('Quotelens: the background stopped before answering; asking again.');
      await new Promise((r) => setTimeout(r, RETRY_DELAY_MS));
      return send(msg, tries - 1);
    }
    throw err;
  }
}

/**
 * Asks the engine for the analysis of a snapshot, by the shortest way: a
 * port to the context the engine runs in (Chrome: the offscreen document,
 * with no service worker on the way; Firefox: the background), and the analysis
 * comes back as the engine's JSON text, parsed once, here. The record is
 * made here too; the background keeps it once it is painted (keep()).
 * When nobody answers (Chrome has no offscreen document yet, or closed it),
 * the background is asked instead: it makes the document, and keeps the
 * record itself.
 * @param {string} html
 * @returns {Promise<{reply: import('../shared/messages.js').AnalyzeReply, body: string|null}>}
 *   body: the engine's JSON text, when the background has still to keep it
 */
async function analyzeNow(html) {
  const r = await askEngine({ type: MSG.CS_ENGINE_ANALYZE, html, url: location.href });
  if (!r) return { reply: await send({ type: MSG.CS_BG_ANALYZE, html, url: location.href, force: true }), body: null };
  if (!r.ok) throw new Error(r.error || 'the engine failed');
  const analysis = engineJSON(r.res);
  return {
    reply: { ok: true, record: makeRecord(location.href, analysis), fromStore: false, timings: { engineMs: r.engineMs, analyzeMs: analyzeMs(r.res) } },
    body: r.res.body,
  };
}

/**
 * Sends one request on a port to the engine's context and waits for its
 * answer; undefined when the port closes first (nobody listens: Chrome's
 * offscreen document is missing or went away).
 * @param {object} msg
 * @returns {Promise<any>}
 */
function askEngine(msg) {
  return new Promise((resolve) => {
    /** @type {chrome.runtime.Port} */
    let port;
    try {
      port = api.runtime.connect({ name: PORTS.engine });
    } catch {
      resolve(undefined);
      return;
    }
    port.onMessage.addListener((r) => {
      resolve(r);
      port.disconnect();
    });
    port.onDisconnect.addListener(() => {
      void api.runtime.lastError; // read: "Receiving end does not exist" is expected here
      resolve(undefined);
    });
    port.postMessage(msg);
  });
}

/**
 * Hands a painted analysis to the background, which saves it (outside
 * private windows) and shows it in the side panel. In a task of its own:
 * sending the text is work the painting need not wait for.
 * @param {string} body the engine's JSON text
 * @param {string} date
 */
function keep(body, date) {
  setTimeout(() => {
    send({ type: MSG.CS_BG_ANALYZED, body, date, url: location.href })
      .catch((err) => console.warn('Quotelens: keeping the analysis:', err));
  }, 0);
}

/** ReaderError carries a sentence for the reader; cause keeps the technical one. */
class ReaderError extends Error {
  /**
   * @param {string} message
   * @param {unknown} [cause]
   */
  constructor(message, cause) {
    super(message, { cause });
  }
}

/** @param {unknown} err */
function errorText(err) {
  return String(/** @type {any} */ (err)?.message ?? err);
}

/**
 * Says what went wrong in words a reader understands, with what to do.
 * @param {unknown} err
 * @returns {{text: string, details: string}}
 */
export function explain(err) {
  const details = errorText(/** @type {any} */ (err)?.cause ?? err);
  if (err instanceof ReaderError) return { text: err.message, details };
  const s = errorText(err);
  if (CHANNEL_LOST.test(s)) return { text: 'Quotelens stopped in the background while reading this page. Try again.', details };
  if (/timed out|exited|not running|out of memory|too (large|big|long)/i.test(s)) {
    return { text: 'This page took Quotelens too long to read. Try again; a very long page may not work.', details };
  }
  if (/quota|storage/i.test(s)) return { text: 'Quotelens could not save its work in the browser. Try again.', details };
  return { text: 'Quotelens could not read who said what on this page. Try again.', details };
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
  popoverOpened: (item) => { if (item.range) hl.focus(/** @type {any} */ (item)); },
});

/** @returns {import('./highlight.js').Painted[]} */
function painted() {
  return /** @type {any} */ (state.items.filter((i) => i.range));
}

/**
 * Lets the page run (input, rendering) before going on, so that the steps
 * after the reply are tasks of their own, each well under the 50 ms of a
 * long task: scheduler.yield where there is one (the rest of the run keeps
 * its place ahead of other work), else a new task.
 * @returns {Promise<void>}
 */
function yieldToPage() {
  const s = /** @type {any} */ (globalThis).scheduler;
  return typeof s?.yield === 'function' ? s.yield() : new Promise((r) => setTimeout(r, 0));
}

/** ANCHOR_SLICE_MS is how long anchoring runs before it lets the page handle input. */
const ANCHOR_SLICE_MS = 30;

/**
 * Builds the items of a record and anchors them in the page, in slices
 * that leave the page free to scroll and take input between them.
 * @param {PageRecord} record
 * @param {import('./snapshot.js').TextMap} map
 * @param {(done: number, all: number) => void} progress
 * @returns {Promise<Item[]>}
 */
async function anchorAll(record, map, progress) {
  const a = record.analysis;
  const corpus = new Corpus(map.text);
  /** @type {{id: string, kind: Kind, text: string, speaker: string|null, quote?: any, dispute?: any, selectors: any}[]} */
  const todo = [];
  for (const q of a.quotes ?? []) {
    todo.push({ id: q.id, kind: q.kind === 'indirect' ? 'indirect' : 'direct', text: q.text, speaker: q.speaker, quote: q, selectors: q.selectors });
  }
  for (const d of a.disputes ?? []) {
    todo.push({ id: d.id, kind: 'dispute', text: d.claim.text, speaker: d.claim.speaker, dispute: d, selectors: d.claim.selectors });
  }
  /** @type {Item[]} */
  const items = [];
  let slice = performance.now();
  for (const t of todo) {
    const at = anchor(corpus, t.selectors ?? []);
    const { selectors, ...rest } = t;
    items.push({ ...rest, range: at ? map.range(at.start, at.end) : null, method: at?.method });
    if (performance.now() - slice > ANCHOR_SLICE_MS) {
      progress(items.length, todo.length);
      await yieldToPage();
      slice = performance.now();
    }
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
  const again = () => { if (!state.busy) run({ ...opts, restoreOnly: false }); };
  try {
    // Unless the reader forced a new analysis, a saved one is looked for
    // first; the background looks while the snapshot is taken.
    const saved = opts.force ? null : send({ type: MSG.CS_BG_RESTORE, url: location.href });
    saved?.catch(() => {}); // awaited below; not unhandled if the snapshot throws
    // The snapshot first: mounting the panel changes the page's DOM, and
    // the snapshot's visibility checks would pay for restyling it.
    const snap = snapshot();
    if (!opts.restoreOnly) {
      ui.status(snap.truncated ? 'This page is very long: finding who said what in its first part…' : 'Finding who said what…');
    }
    const tSent = performance.now();
    /** @type {import('../shared/messages.js').AnalyzeReply} */
    let reply = saved ? await saved : { ok: true };
    /** the engine's JSON text, when the background has still to keep the analysis */
    let body = null;
    if (!reply.record) ({ reply, body } = await analyzeNow(snap.html));
    if (myRun !== state.run || !reply.record) return;
    const tReply = performance.now();
    state.record = reply.record;
    // The reply was read (and parsed) in a task of its own; anchoring,
    // painting and the panel each start a new one.
    await yieldToPage();
    if (myRun !== state.run) return;
    const items = await anchorAll(reply.record, snap.map, (done, all) => {
      if (myRun === state.run) ui.status(`Placing the quotes on the page: ${done} of ${all}…`);
    });
    if (myRun !== state.run) return;
    state.items = items;
    await yieldToPage();
    if (myRun !== state.run) return;
    const tAnchored = performance.now();
    hl.paint(painted(), state.shown);
    const tPainted = performance.now();
    await yieldToPage();
    if (myRun !== state.run) return;
    const tPanel = performance.now();
    // Where the analysis came from is said inside the closed root only:
    // nothing the page can read tells it that the reader was here before.
    const when = new Date(reply.record.date).toLocaleString();
    const partial = snap.truncated ? ' The page is very long: only its first part was read.' : '';
    ui.show(reply.record.analysis, state.items,
      (reply.fromStore ? `Saved analysis from ${when}, placed again on the page.` : `Analysed ${when}.`) + partial);
    if (opts.focus) {
      // Focus lays the page out: in a task of its own, not the panel's.
      await yieldToPage();
      if (myRun !== state.run) return;
      ui.panel.focus();
    }
    const detail = {
      quotes: reply.record.analysis.quotes.length,
      disputes: reply.record.analysis.disputes.length,
      anchored: state.items.filter((i) => i.range).length,
      orphans: state.items.filter((i) => !i.range).map((i) => i.id),
      methods: Object.fromEntries(state.items.map((i) => [i.id, i.method ?? null])),
      truncated: snap.truncated,
      snapshotMs: snap.ms,
      // Epoch milliseconds at which the highlights were handed to the
      // renderer: benchmarks compare it with the trigger's time.
      startedAt: performance.timeOrigin + t0,
      paintedAt: performance.timeOrigin + tPainted,
      timings: { engineMs: null, analyzeMs: null, ...reply.timings, snapshotMs: snap.ms, replyMs: tReply - tSent,
        anchorMs: tAnchored - tReply, paintMs: tPainted - tAnchored, panelMs: performance.now() - tPanel },
      totalMs: tPainted - t0,
    };
    document.dispatchEvent(new CustomEvent(PAINTED_EVENT, { detail: JSON.stringify(detail) }));
    if (body !== null) keep(body, reply.record.date);
  } catch (err) {
    console.warn('Quotelens:', err);
    if (myRun === state.run && g[LOADED]) {
      const { text, details } = explain(err);
      ui.status(text, { retry: again, details });
    }
    const { text, details } = explain(err);
    document.dispatchEvent(new CustomEvent(PAINTED_EVENT, { detail: JSON.stringify({ error: `${text} (${details})` }) }));
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

/** KINDS are the kinds of items, as the side panel names them in its filters. */
const KINDS = /** @type {readonly Kind[]} */ (['direct', 'indirect', 'dispute']);

/**
 * Does what the side panel asks through the background (BG_CS_SHOW): shows
 * only some kinds, and goes to one item (scrolls to it and opens its
 * popover). The message comes from the extension, never the page, but its
 * fields are checked all the same.
 * @param {{id?: unknown, kinds?: unknown}} msg
 * @returns {{ok: boolean, error?: string}}
 */
function showFromPanel(msg) {
  if (!state.items.length) return { ok: false, error: 'Quotelens is not showing this page any more: start it on the page again.' };
  if (Array.isArray(msg.kinds)) {
    const kinds = new Set(KINDS.filter((k) => /** @type {unknown[]} */ (msg.kinds).includes(k)));
    state.shown = kinds;
    ui.setShown(kinds);
    hl.paint(painted(), kinds);
  }
  if (msg.id !== undefined) {
    const item = state.items.find((i) => i.id === msg.id);
    if (!item) return { ok: false, error: 'That quote is not on this page any more: start Quotelens on it again.' };
    if (!item.range) return { ok: false, error: 'That quote could not be found on the page.' };
    // Focus comes from the side panel: there is no place on the page to give it back to.
    ui.returnFocus = null;
    go(item);
  }
  return { ok: true };
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
    // The export names the page as the reader sees it (query string too:
    // they asked for the file); the stored record may keep less.
    const url = location.href.replace(/#.*$/, '');
    /** @type {import('../shared/messages.js').ExportReply} */
    const reply = await send({ type: MSG.CS_BG_EXPORT, format, analysis: r.analysis, url,
      title: r.analysis.title || document.title, date: r.date });
    const body = reply.body ?? '';
    if (to === 'clipboard') {
      await navigator.clipboard.writeText(body);
      return `Copied ${format} to the clipboard.`;
    }
    const blobUrl = URL.createObjectURL(new Blob([body], { type: reply.contentType || 'text/plain' }));
    const a = document.createElement('a');
    a.href = blobUrl;
    a.download = reply.filename ?? `quotelens.${format}`;
    a.style.display = 'none';
    ui.root.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(blobUrl), 60_000);
    return `Saved ${a.download}.`;
  } catch (err) {
    console.warn('Quotelens: export:', err);
    return `The export did not work: ${explain(err).text}`;
  }
}

/** Removes highlights and UI; the script stays loaded for the next run. */
function clearAll() {
  state.run++;
  state.items = [];
  state.record = null;
  hl.clear();
  ui.hide();
}

/** Takes everything down for good (extension gone). */
function teardown() {
  clearAll();
  ui.destroy();
  document.removeEventListener('click', onClick, true);
  document.removeEventListener('keydown', onKey, true);
  removeEventListener('pagehide', onPageHide);
  g[LOADED] = false;
  delete g[Symbol.for(GLOBALS.run)];
}

/** @param {MouseEvent} e */
function onClick(e) {
  if (!state.items.length || e.button !== 0) return;
  if (e.composedPath().includes(ui.host)) return;
  // The page shares the highlight registry: if it deleted, replaced or
  // moved a highlight, paint ours again before acting on the click (which
  // is resolved on this script's own ranges, never the registry's).
  if (!hl.intact()) {
    hl.paint(painted(), state.shown);
    ui.notice('The page changed the highlights; Quotelens painted them again.');
  }
  const mark = /** @type {Element|null} */ (e.target instanceof Element ? e.target.closest('quotelens-mark:not([data-off])') : null);
  /** @type {Item[]} */
  const hits = mark ? state.items.filter((i) => i.id === mark.getAttribute('data-id'))
    : /** @type {Item[]} */ (hl.itemsAt(painted().filter((i) => state.shown.has(i.kind)), e.clientX, e.clientY));
  const [item, ...also] = hits;
  if (!item) return;
  hl.focus(/** @type {any} */ (item));
  ui.openPopover(item, null, also);
}

/**
 * PANEL_KEY moves focus to the panel and back: Alt+Shift+P, read from the
 * key's place on the keyboard (Alt changes the character on a Mac).
 * @param {KeyboardEvent} e
 */
function onKey(e) {
  if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey || e.code !== 'KeyP' || !e.isTrusted) return;
  e.preventDefault();
  e.stopPropagation();
  ui.toggleFocus();
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
  g[LOADED] = true;
  // The background starts a run by calling this in the isolated world
  // (scripting.executeScript), which saves a message round trip.
  g[Symbol.for(GLOBALS.run)] = (/** @type {{force?: boolean}} */ opts) => run({ force: Boolean(opts?.force), focus: true });
  api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    if (sender.id !== api.runtime.id) return false;
    if (msg?.type === MSG.BG_CS_CLEAR) clearAll();
    if (msg?.type === MSG.BG_CS_SHOW) sendResponse(showFromPanel(msg));
    return false;
  });
  document.addEventListener('click', onClick, true);
  document.addEventListener('keydown', onKey, true);
  addEventListener('pagehide', onPageHide);
}

// The flag lives in this script's own world, under a symbol: nothing the
// page puts in the DOM (an element with id="__quotelensLoaded") can set it.
if (!g[LOADED]) {
  init();
  const injected = g[Symbol.for(GLOBALS.injected)];
  delete g[Symbol.for(GLOBALS.injected)];
  if (injected) {
    // Injected because the reader asked (background analyzeTab).
    run({ force: Boolean(injected.force), focus: true });
  } else if (document.readyState !== 'loading') {
    // Loaded by registerContentScripts on an opted-in site (not by a click):
    // restore the saved analysis, or analyse.
    run({ restoreOnly: true });
  }
}
