// @ts-check
/**
 * The side panel (Chrome's sidePanel, Firefox's sidebar): the speakers of
 * the analysis the active tab shows, with their quotes, the disputed claims,
 * filters by kind, and export. The article reflows beside it; the popover
 * stays on the page. It talks to the tab's content script through the
 * background (shared/messages.js: SP_BG_*). Page text is only ever set as
 * textContent.
 *
 * The panel follows the active tab of its window; `?tab=ID` pins it to one
 * tab (a panel opened in a tab of its own, and the end-to-end tests).
 * @module sidepanel/sidepanel
 */
import { MSG } from '../shared/messages.js';

/** @typedef {import('../shared/messages.js').Analysis} Analysis */
/** @typedef {import('../shared/messages.js').Quote} Quote */
/** @typedef {import('../shared/storage.js').PageRecord} PageRecord */
/** @typedef {'direct'|'indirect'|'dispute'} Kind */

const api = /** @type {any} */ (globalThis.browser ?? globalThis.chrome);
const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));

const KIND_LABEL = { direct: 'Direct quote', indirect: 'Indirect quote', dispute: 'Disputed claim' };

const state = {
  /** @type {number|undefined} */
  tabId: undefined,
  /** the tab given by ?tab=, which the panel keeps to */
  pinned: false,
  /** @type {PageRecord|null} */
  record: null,
  /** @type {Set<Kind>} */
  shown: new Set(/** @type {Kind[]} */ (['direct', 'indirect', 'dispute'])),
};

/**
 * Makes an element with text (never HTML).
 * @param {string} tag
 * @param {string} [text]
 * @param {string} [className]
 */
function el(tag, text, className) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
}

/**
 * A quote's button: shows it on the page (the popover opens next to it).
 * @param {string} id
 * @param {Kind} kind
 * @param {string} text
 */
function quoteItem(id, kind, text) {
  const li = el('li');
  const b = /** @type {HTMLButtonElement} */ (el('button', undefined, `kind-${kind}`));
  b.type = 'button';
  b.dataset.id = id;
  b.dataset.kind = kind;
  b.append(el('span', KIND_LABEL[kind], 'kind'), el('span', text, 'text'));
  b.addEventListener('click', () => show({ id }));
  li.append(b);
  return li;
}

/** Draws the record, filtered by the kinds shown. */
function render() {
  const r = state.record;
  $('main').hidden = !r;
  $('empty').hidden = Boolean(r);
  if (!r) {
    $('page').textContent = '';
    $('summary').textContent = '';
    return;
  }
  const a = r.analysis;
  $('page').textContent = a.title || r.url;
  $('summary').textContent = `${a.quotes.length} quotes · ${a.speakers.length} speakers · ${a.disputes.length} disputed claims`;
  const disputed = new Set(a.disputes.flatMap((d) => [d.claim.quote, d.dispute.quote]).filter(Boolean));
  /** @param {Quote} q */
  const kindOf = (q) => /** @type {Kind} */ (disputed.has(q.id) && state.shown.has('dispute') ? 'dispute' : q.kind);

  const speakers = $('speakers');
  speakers.replaceChildren();
  /** @type {Map<string|null, Quote[]>} */
  const bySpeaker = new Map();
  for (const q of a.quotes) {
    if (!state.shown.has(q.kind) && !(disputed.has(q.id) && state.shown.has('dispute'))) continue;
    const list = bySpeaker.get(q.speaker) ?? [];
    list.push(q);
    bySpeaker.set(q.speaker, list);
  }
  const groups = a.speakers.filter((s) => bySpeaker.has(s.id))
    .map((s) => ({ name: s.name, role: s.role, quotes: /** @type {Quote[]} */ (bySpeaker.get(s.id)) }));
  if (bySpeaker.has(null)) groups.push({ name: 'No speaker found', role: '', quotes: /** @type {Quote[]} */ (bySpeaker.get(null)) });
  for (const g of groups) {
    const sec = el('section', undefined, 'speaker');
    sec.append(el('h3', `${g.name} (${g.quotes.length})`));
    if (g.role) sec.append(el('p', g.role, 'role'));
    const ul = el('ul', undefined, 'quotes');
    for (const q of g.quotes) ul.append(quoteItem(q.id, kindOf(q), q.text));
    sec.append(ul);
    speakers.append(sec);
  }
  if (!groups.length) speakers.append(el('p', 'No quotes of the kinds shown.', 'empty'));

  const disputes = $('disputes');
  disputes.replaceChildren();
  $('disputes-section').hidden = !state.shown.has('dispute') || !a.disputes.length;
  const names = new Map(a.speakers.map((s) => [s.id, s.name]));
  for (const d of a.disputes) {
    const who = (/** @type {string|null} */ id) => (id && names.get(id)) || 'unknown';
    disputes.append(quoteItem(d.id, 'dispute', `${who(d.claim.speaker)}: ${d.claim.text} — ${d.cue} by ${who(d.dispute.speaker)}: ${d.dispute.text}`));
  }
}

/**
 * Asks the tab's content script to show a quote, or only some kinds.
 * @param {{id?: string, kinds?: Kind[]}} what
 */
async function show(what) {
  if (state.tabId === undefined) return;
  const reply = await api.runtime.sendMessage({ type: MSG.SP_BG_SHOW, tabId: state.tabId, ...what });
  if (!reply?.ok) $('summary').textContent = reply?.error ?? 'The page did not answer.';
}

/** Loads the analysis the panel's tab shows. */
async function load() {
  if (!state.pinned) {
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    state.tabId = tab?.id;
  }
  if (state.tabId === undefined) {
    state.record = null;
  } else {
    const reply = await api.runtime.sendMessage({ type: MSG.SP_BG_TAB, tabId: state.tabId });
    state.record = reply?.ok ? reply.record : null;
  }
  render();
  document.documentElement.dataset.tab = String(state.tabId ?? '');
  document.documentElement.dataset.loaded = String(Date.now());
}

/**
 * Asks the background for the export file of the analysis shown.
 * @returns {Promise<{body: string, contentType: string, filename: string}>}
 */
async function makeFile() {
  const r = /** @type {PageRecord} */ (state.record);
  const format = /** @type {HTMLSelectElement} */ ($('format')).value;
  const reply = await api.runtime.sendMessage({
    type: MSG.SP_BG_EXPORT, format, analysis: r.analysis, url: r.url, title: r.analysis.title, date: r.date,
  });
  if (!reply?.ok) throw new Error(reply?.error ?? 'no reply');
  return reply;
}

/** @param {string} s */
const exportStatus = (s) => { $('export-status').textContent = s; };

async function download() {
  const f = await makeFile();
  const url = URL.createObjectURL(new Blob([f.body], { type: f.contentType }));
  const a = /** @type {HTMLAnchorElement} */ (el('a'));
  a.href = url;
  a.download = f.filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  exportStatus(`Saved ${f.filename}.`);
}

async function copy() {
  const f = await makeFile();
  await navigator.clipboard.writeText(f.body);
  exportStatus('Copied to the clipboard.');
}

function init() {
  const pin = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(pin) && pin > 0) {
    state.tabId = pin;
    state.pinned = true;
  }
  for (const box of /** @type {NodeListOf<HTMLInputElement>} */ (document.querySelectorAll('.filters input'))) {
    box.addEventListener('change', () => {
      const kind = /** @type {Kind} */ (box.dataset.kind);
      if (box.checked) state.shown.add(kind); else state.shown.delete(kind);
      render();
      show({ kinds: [...state.shown] });
    });
  }
  $('download').addEventListener('click', () => download().catch((err) => exportStatus(`Export failed: ${err.message}`)));
  $('copy').addEventListener('click', () => copy().catch((err) => exportStatus(`Copy failed: ${err.message}`)));
  api.runtime.onMessage.addListener((/** @type {any} */ msg, /** @type {any} */ sender) => {
    if (sender.id === api.runtime.id && msg?.type === MSG.BG_SP_UPDATED && msg.tabId === state.tabId) load();
    return false;
  });
  if (!state.pinned) {
    api.tabs.onActivated?.addListener(() => load());
    api.tabs.onUpdated?.addListener((/** @type {number} */ tabId, /** @type {any} */ info) => {
      if (tabId === state.tabId && info.status === 'loading') load();
    });
  }
  api.commands?.getAll?.().then((/** @type {{name?: string, shortcut?: string}[]} */ cmds) => {
    const key = cmds.find((c) => c.name === 'analyze-page')?.shortcut;
    if (key) $('shortcut').textContent = key;
  }).catch(() => {});
  load().catch((err) => { $('summary').textContent = String(err?.message ?? err); });
}

init();
