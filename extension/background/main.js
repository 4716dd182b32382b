// @ts-check
/**
 * The background: Chrome's service worker, Firefox's event page. It owns the
 * engine, the stored records and the three ways to start (toolbar popup,
 * keyboard shortcut, context menu), and injects the content script into the
 * tab the reader chose (activeTab: no host permission needed).
 * @module background/main
 */
import * as engine from './backend.js';
import { withRestart } from './backend.js';
import * as panel from './panel.js';
import { MSG, PORTS, GLOBALS, isMessage, analyzeMs } from '../shared/messages.js';
import { makeRecord, readRecord, storageKey, indexOf, indexAfterSave, mayStore, validAnalysis, INDEX_KEY, KEEP_QUERY_KEY } from '../shared/storage.js';
import { makeExport, filename, isFormat } from '../shared/export.js';

const api = /** @type {typeof chrome} */ (globalThis.browser ?? globalThis.chrome);

/** ENGINE_VERSION must match the Go engine's analysis.Version; checked at start-up. */
let engineVersion = '';

const MENU_ID = 'quotelens-analyze';
const COMMAND = 'analyze-page';
const CONTENT_JS = 'content/content.js';
const CONTENT_CSS = 'content/content.css';
const AUTO_SCRIPT_ID = 'quotelens-auto';
const SITES_KEY = 'settings:autoSites';

/** @returns {Promise<string>} the engine's version, from GET /v1/health */
async function version() {
  if (!engineVersion) engineVersion = engine.json(await engine.call('GET', '/v1/health')).engine;
  return engineVersion;
}

/** saving settles when every record saved so far is in storage. */
let saving = Promise.resolve();

/** @returns {Promise<boolean>} whether the reader chose to keep query strings in saved addresses */
async function keepQuery() {
  return Boolean((await api.storage.local.get(KEEP_QUERY_KEY))[KEEP_QUERY_KEY]);
}

/**
 * Reads a page's stored record, if it is one this engine can place again.
 * A corrupt record is dropped, with a console line, never shown.
 * @param {string} key
 * @param {string} v the engine's version
 */
async function stored(key, v) {
  await saving;
  const got = await api.storage.local.get(key);
  const { record, status } = readRecord(got[key], v);
  if (status === 'invalid' && got[key] !== undefined) {
    console.warn('Quotelens: dropped a saved analysis that could not be read:', key);
    await api.storage.local.remove(key).catch(() => {});
  }
  return record && (status === 'ok' || status === 'migrated') ? record : null;
}

/**
 * Analyses a page's HTML, or returns its stored record.
 * @param {{html: string, url: string, force?: boolean, incognito?: boolean}} p
 * @returns {Promise<import('../shared/messages.js').AnalyzeReply>}
 */
async function analyze(p) {
  const v = await withRestart(version);
  if (!p.force) {
    const record = await stored(storageKey(p.url, await keepQuery()), v);
    if (record) return { ok: true, record, fromStore: true };
  }
  const t0 = performance.now();
  // The page goes as it is (no JSON to encode here and decode in Go).
  const res = await withRestart(() => engine.call('POST', `/v1/analyze?url=${encodeURIComponent(p.url)}`, {
    body: p.html,
    contentType: 'text/html',
  }));
  const t1 = performance.now();
  const record = await keepRecord(p.url, engine.json(res), new Date(), p.incognito);
  return { ok: true, record, fromStore: false, timings: { engineMs: t1 - t0, analyzeMs: analyzeMs(res) } };
}

/**
 * Makes the record of an analysis and saves it. The reader waits for the
 * highlights, not for storage: the record is saved after the reply, and a
 * restore waits for pending saves. Nothing is saved from a private window.
 * @param {string} url the page's address (the record keeps what the reader chose)
 * @param {import('../shared/messages.js').Analysis} analysis
 * @param {Date} date
 * @param {boolean|undefined} incognito
 */
async function keepRecord(url, analysis, date, incognito) {
  const keep = await keepQuery();
  const record = makeRecord(url, analysis, date, keep);
  if (mayStore({ incognito })) {
    const key = storageKey(url, keep);
    saving = saving.then(() => save(key, record)).catch((err) => console.warn('Quotelens: saving the analysis:', err));
  }
  return record;
}

/**
 * Keeps what a content script painted from the engine's own reply
 * (CS_BG_ANALYZED): the engine's JSON text, checked as a stored record is.
 * @param {unknown} body
 * @param {unknown} date
 * @param {string} url
 * @param {boolean} incognito
 */
async function analyzed(body, date, url, incognito) {
  const analysis = JSON.parse(String(body));
  if (!validAnalysis(analysis)) throw new Error('not an analysis');
  const when = new Date(String(date));
  return keepRecord(url, analysis, Number.isNaN(when.getTime()) ? new Date() : when, incognito);
}

/**
 * The engine call of CS_ENGINE_ANALYZE where the engine runs here (Firefox).
 * @param {string} html
 * @param {string} url
 */
async function engineAnalyze(html, url) {
  const t0 = performance.now();
  const res = await withRestart(() => engine.call('POST', `/v1/analyze?url=${encodeURIComponent(url)}`, { body: html, contentType: 'text/html' }));
  return { ok: true, res, engineMs: performance.now() - t0 };
}

/**
 * @param {string} key
 * @param {import('../shared/storage.js').PageRecord} record
 */
async function save(key, record) {
  const got = await api.storage.local.get(INDEX_KEY);
  // A profile from before the index gets one, once, from its records.
  const index = got[INDEX_KEY] ?? indexOf(await api.storage.local.get(null));
  const next = indexAfterSave(index, key, Date.parse(record.date) || Date.now());
  await api.storage.local.set({ [key]: record, [INDEX_KEY]: next.index });
  if (next.evict.length) await api.storage.local.remove(next.evict);
}

/**
 * Makes an export file with the engine's /v1/export, or the fallback
 * exporter when the engine has none (404).
 * @param {import('../shared/messages.js').ExportRequest} req
 * @returns {Promise<import('../shared/messages.js').ExportReply>}
 */
async function exportFile(req) {
  if (!isFormat(req.format)) throw new Error(`unknown export format ${req.format}`);
  const name = filename(req.format, req.title, req.date);
  const res = await withRestart(() => engine.call('POST', `/v1/export?format=${req.format}`, {
    body: JSON.stringify({ analysis: req.analysis, url: req.url, title: req.title, date: req.date }),
    contentType: 'application/json',
  }));
  if (res.status === 404) {
    const f = makeExport(req);
    return { ok: true, body: f.body, contentType: f.contentType, filename: name, via: 'fallback' };
  }
  if (res.status >= 400) engine.json(res); // throws the engine's message
  // The name is always ours (quotelens-<title>-<yyyy-mm-dd>.<ext>), whatever the engine suggests.
  return { ok: true, body: res.body, contentType: res.contentType, filename: name, via: 'engine' };
}

/**
 * Starts Quotelens in a tab: injects the content script and its style sheet
 * if they are not there yet, then asks it to run.
 * @param {number|undefined} tabId
 * @param {{force?: boolean}} [opts]
 */
export async function analyzeTab(tabId, opts = {}) {
  if (tabId === undefined || tabId < 0) throw new Error('no tab');
  // One call into the tab's isolated world: a content script already there
  // runs at once; otherwise the flag tells the one injected next that the
  // reader started it (so it analyses instead of restoring an opted-in
  // site's record) and with which options.
  const [probe] = await api.scripting.executeScript({
    target: { tabId },
    args: [Boolean(opts.force), GLOBALS.run, GLOBALS.injected],
    // Symbol-keyed globals of the isolated world: the page can set none of them.
    func: (/** @type {boolean} */ force, /** @type {string} */ runKey, /** @type {string} */ injectedKey) => {
      const g = /** @type {any} */ (globalThis);
      const runFn = g[Symbol.for(runKey)];
      if (typeof runFn === 'function') {
        runFn({ force });
        return true;
      }
      g[Symbol.for(injectedKey)] = { force };
      return false;
    },
  });
  if (!probe?.result) {
    await Promise.all([
      api.scripting.insertCSS({ target: { tabId }, files: [CONTENT_CSS] }),
      api.scripting.executeScript({ target: { tabId }, files: [CONTENT_JS] }),
    ]);
  }
}

/** @param {number|undefined} tabId */
function start(tabId) {
  analyzeTab(tabId).catch((err) => console.warn('Quotelens:', err));
}

/** @returns {Promise<string[]>} the match patterns of the sites with automatic analysis on */
async function autoSites() {
  const got = await api.storage.local.get(SITES_KEY);
  return Array.isArray(got[SITES_KEY]) ? got[SITES_KEY] : [];
}

/**
 * Registers the content script for the opted-in sites whose host
 * permission (optional, granted in the popup) is still granted, or
 * unregisters it when there are none.
 */
async function syncAutoScript() {
  const sites = [];
  for (const s of await autoSites()) {
    if (await api.permissions.contains({ origins: [s] })) sites.push(s);
  }
  const existing = await api.scripting.getRegisteredContentScripts({ ids: [AUTO_SCRIPT_ID] });
  if (existing.length) await api.scripting.unregisterContentScripts({ ids: [AUTO_SCRIPT_ID] });
  if (!sites.length) return;
  await api.scripting.registerContentScripts([{
    id: AUTO_SCRIPT_ID,
    matches: sites,
    js: [CONTENT_JS],
    css: [CONTENT_CSS],
    runAt: 'document_idle',
  }]);
}

/**
 * @param {string} site a match pattern from shared/sites.js
 * @param {boolean} enabled
 */
async function setAutoSite(site, enabled) {
  if (!/^https?:\/\/[^/*]+\/\*$/.test(site)) throw new Error(`not a site pattern: ${site}`);
  const sites = new Set(await autoSites());
  if (enabled) sites.add(site); else sites.delete(site);
  await api.storage.local.set({ [SITES_KEY]: [...sites] });
  // A required host permission cannot be removed: ignore that refusal.
  if (!enabled) await api.permissions.remove({ origins: [site] }).catch(() => {});
  await syncAutoScript();
}

api.runtime.onInstalled.addListener(() => {
  api.contextMenus.removeAll(() => {
    api.contextMenus.create({ id: MENU_ID, title: 'Quotelens: who said what', contexts: ['page', 'selection'] });
  });
  syncAutoScript().catch((err) => console.warn('Quotelens:', err));
});

api.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === MENU_ID) start(tab?.id);
});

api.commands.onCommand.addListener(async (command, tab) => {
  if (command !== COMMAND) return;
  const id = tab?.id ?? (await api.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  start(id);
});

api.permissions.onRemoved.addListener(() => { syncAutoScript().catch(() => {}); });

api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  if (!isMessage(msg) || sender.id !== api.runtime.id) return false;
  /** @type {Promise<unknown>} */
  let work;
  const m = /** @type {any} */ (msg);
  switch (m.type) {
    case MSG.CS_BG_ANALYZE:
      work = analyze({ html: String(m.html), url: sender.tab?.url ?? String(m.url), force: m.force, incognito: Boolean(sender.tab?.incognito) });
      break;
    case MSG.CS_BG_ANALYZED:
      // The reply is small: the content script has the analysis already.
      work = analyzed(m.body, m.date, sender.tab?.url ?? String(m.url), Boolean(sender.tab?.incognito))
        .then((record) => { panel.remember(sender.tab?.id, record, Boolean(sender.tab?.incognito)); return { ok: true }; });
      break;
    case MSG.CS_BG_RESTORE:
      work = (async () => {
        const v = await withRestart(version);
        const key = storageKey(sender.tab?.url ?? String(m.url), await keepQuery());
        // A record from another engine version is not restored: the content
        // script then asks for a new analysis.
        const record = await stored(key, v);
        return record ? { ok: true, record, fromStore: true } : { ok: true, record: null };
      })();
      break;
    case MSG.CS_BG_EXPORT:
      work = exportFile(m);
      break;
    case MSG.UI_BG_ANALYZE_TAB:
      work = analyzeTab(m.tabId, { force: m.force }).then(() => ({ ok: true }));
      break;
    case MSG.UI_BG_SITE_GET:
      work = autoSites().then((s) => ({ ok: true, enabled: s.includes(m.site) }));
      break;
    case MSG.UI_BG_SITE_SET:
      work = setAutoSite(String(m.site), Boolean(m.enabled)).then(() => ({ ok: true }));
      break;
    default: {
      // The side panel's messages, or none of ours.
      const p = panel.handle(m, exportFile);
      if (!p) return false;
      work = p;
    }
  }
  if (m.type === MSG.CS_BG_ANALYZE || m.type === MSG.CS_BG_RESTORE) {
    // The side panel lists what the tab shows.
    work = work.then((/** @type {any} */ r) => { panel.remember(sender.tab?.id, r?.record, Boolean(sender.tab?.incognito)); return r; });
  }
  work.then(sendResponse, (err) => sendResponse({ ok: false, error: String(err?.message ?? err) }));
  return true;
});

// Firefox: the engine runs here, so the content scripts' engine port comes
// here. Chrome: the offscreen document takes it; no listener here, so that
// the service worker is not woken for it.
if (!engine.OFFSCREEN) {
  api.runtime.onConnect.addListener((port) => {
    const tab = port.sender?.tab;
    if (port.name !== PORTS.engine || port.sender?.id !== api.runtime.id || !tab) return;
    port.onMessage.addListener((/** @type {any} */ msg) => {
      if (msg?.type !== MSG.CS_ENGINE_ANALYZE) return;
      engineAnalyze(String(msg.html), tab.url ?? String(msg.url))
        .catch((err) => ({ ok: false, error: String(err?.message ?? err) }))
        .then((r) => { try { port.postMessage(r); } catch { /* the page went away */ } });
    });
  });
}

panel.listen();
// Whatever woke the background (the popup opening, the shortcut, a page of
// an opted-in site) is likely to be followed by an analysis: start the
// engine now, before the content script asks. In Chrome it runs in the
// offscreen document and is usually running already.
engine.warm();

// For tests and benchmarks that cannot click the toolbar: the same path the
// popup, the shortcut and the menu take.
Object.assign(globalThis, { quotelens: { analyzeTab, engine, version } });
