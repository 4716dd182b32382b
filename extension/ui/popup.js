// @ts-check
/**
 * The toolbar popup: starts Quotelens in the current tab (opening the popup
 * grants activeTab), opens the side panel, and turns per-site automatic
 * analysis on or off, which asks for that site's optional host permission.
 * @module ui/popup
 */
import { MSG } from '../shared/messages.js';
import { sitePattern, siteHost } from '../shared/sites.js';
import { listSaved, deleteSaved, exportSaved, keysOf } from '../shared/saved.js';
import { KEEP_QUERY_KEY } from '../shared/storage.js';

const api = /** @type {typeof chrome} */ (globalThis.browser ?? globalThis.chrome);
const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));

/** @returns {Promise<chrome.tabs.Tab|undefined>} */
async function activeTab() {
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** @param {string} s */
function status(s) {
  $('status').textContent = s;
}

/**
 * The active tab as the popup opened: opening the side panel must happen in
 * the click itself (Chrome and Firefox want the reader's gesture), with no
 * wait for a tab query before it.
 * @type {chrome.tabs.Tab|undefined}
 */
let tabAtOpen;

/**
 * Opens the browser's side panel on Quotelens: Chrome's sidePanel in the
 * popup's window, Firefox's sidebar. Called synchronously from the click.
 */
function openSidePanel() {
  const a = /** @type {any} */ (api);
  // -2 is windows.WINDOW_ID_CURRENT: the popup's own window.
  const opened = a.sidePanel?.open ? a.sidePanel.open({ windowId: tabAtOpen?.windowId ?? -2 }) : a.sidebarAction?.open?.();
  Promise.resolve(opened).then(() => window.close(), (/** @type {Error} */ err) => status(`The side panel did not open: ${err?.message ?? err}`));
}

/** @param {boolean} force */
async function analyze(force) {
  const tab = await activeTab();
  const reply = await api.runtime.sendMessage({ type: MSG.UI_BG_ANALYZE_TAB, tabId: tab?.id, force });
  if (!reply?.ok) {
    status(`Quotelens cannot run on this page${reply?.error ? `: ${reply.error}` : '.'}`);
    return;
  }
  window.close();
}

/**
 * Makes an element with text (never markup: saved titles come from pages).
 * @param {string} tag
 * @param {Record<string, string>} [attrs]
 * @param {...(Node|string)} children
 */
function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) e.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return e;
}

/**
 * Offers a text as a file to download.
 * @param {string} name
 * @param {string} body
 */
function download(name, body) {
  const url = URL.createObjectURL(new Blob([body], { type: 'application/json' }));
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * The Saved analyses view: by site, newest first, each with Delete; a site
 * with Export and Delete site; all with Export all and Delete all.
 */
async function renderSaved() {
  const area = api.storage.local;
  const { saved } = await listSaved(area);
  $('saved-count').textContent = String(saved.length);
  /** @type {Map<string, import('../shared/saved.js').Saved[]>} */
  const sites = new Map();
  for (const s of saved) {
    if (!sites.has(s.site)) sites.set(s.site, []);
    /** @type {import('../shared/saved.js').Saved[]} */ (sites.get(s.site)).push(s);
  }
  const list = $('saved-list');
  list.replaceChildren();
  if (!saved.length) list.append(el('li', { class: 'hint' }, 'No saved analyses.'));
  const day = (/** @type {string} */ d) => /^\d{4}-\d{2}-\d{2}/.exec(d)?.[0] ?? '';
  for (const [site, items] of sites) {
    const delSite = el('button', { type: 'button', 'data-action': 'delete-site', 'data-site': site }, 'Delete site');
    delSite.addEventListener('click', async () => {
      await deleteSaved(area, keysOf(saved, site));
      status(`Deleted the saved analyses of ${site || 'that site'}.`);
      await renderSaved();
    });
    const expSite = el('button', { type: 'button', 'data-action': 'export-site', 'data-site': site }, 'Export');
    expSite.addEventListener('click', async () => download(`quotelens-saved-${site.replace(/[^a-z0-9.-]+/gi, '-') || 'site'}-${day(new Date().toISOString())}.json`,
      await exportSaved(area, keysOf(saved, site))));
    const rows = el('ul');
    for (const s of items) {
      const del = el('button', { type: 'button', 'data-action': 'delete', 'data-key': s.key, 'aria-label': `Delete the saved analysis of ${s.title || s.url}` }, 'Delete');
      del.addEventListener('click', async () => {
        await deleteSaved(area, [s.key]);
        await renderSaved();
      });
      rows.append(el('li', { 'data-key': s.key },
        el('span', { title: s.url }, `${day(s.date)} · ${s.title || s.url} · ${s.quotes} quotes`), del));
    }
    list.append(el('li', { 'data-site': site }, el('h3', {}, site || 'other pages', el('span', {}, expSite, ' ', delSite)), rows));
  }
}

async function initSaved() {
  const area = api.storage.local;
  $('saved-export').addEventListener('click', async () => {
    const { saved } = await listSaved(area);
    download(`quotelens-saved-${new Date().toISOString().slice(0, 10)}.json`, await exportSaved(area, keysOf(saved)));
  });
  $('saved-delete-all').addEventListener('click', async () => {
    const { saved, corrupt } = await listSaved(area);
    await deleteSaved(area, [...keysOf(saved), ...corrupt]);
    status('Deleted every saved analysis.');
    await renderSaved();
  });
  const keep = /** @type {HTMLInputElement} */ ($('keep-query'));
  keep.checked = Boolean((await area.get(KEEP_QUERY_KEY))[KEEP_QUERY_KEY]);
  keep.addEventListener('change', () => area.set({ [KEEP_QUERY_KEY]: keep.checked }));
  await renderSaved();
}

async function init() {
  initSaved().catch((err) => console.warn('Quotelens: saved analyses:', err));
  $('analyze').addEventListener('click', () => analyze(false));
  $('reanalyze').addEventListener('click', () => analyze(true));
  const a = /** @type {any} */ (api);
  if (a.sidePanel?.open || a.sidebarAction?.open) {
    $('sidepanel').hidden = false;
    $('sidepanel').addEventListener('click', openSidePanel);
  }
  const cmds = await api.commands.getAll();
  const key = cmds.find((c) => c.name === 'analyze-page')?.shortcut;
  if (key) $('shortcut').textContent = key;
  const panelKey = cmds.find((c) => c.name === 'open-panel')?.shortcut;
  if (panelKey) $('panel-shortcut').textContent = panelKey;
  const tab = await activeTab();
  tabAtOpen = tab;
  const site = sitePattern(tab?.url);
  const box = /** @type {HTMLInputElement} */ ($('auto'));
  if (!site) {
    box.disabled = true;
    return;
  }
  $('origin').textContent = siteHost(site);
  const got = await api.runtime.sendMessage({ type: MSG.UI_BG_SITE_GET, site });
  box.checked = Boolean(got?.enabled);
  box.addEventListener('change', async () => {
    if (box.checked) {
      // permissions.request must be called in the click's user gesture.
      const granted = await api.permissions.request({ origins: [site] });
      if (!granted) {
        box.checked = false;
        status('Permission not granted.');
        return;
      }
    }
    await api.runtime.sendMessage({ type: MSG.UI_BG_SITE_SET, site, enabled: box.checked });
    status(box.checked ? 'Pages on this site will be analysed when they load.' : 'Automatic analysis off.');
  });
}

init().catch((err) => status(String(err?.message ?? err)));
