// @ts-check
/**
 * The toolbar popup: starts Quotelens in the current tab (opening the popup
 * grants activeTab) and turns per-site automatic analysis on or off, which
 * asks for that site's optional host permission.
 * @module ui/popup
 */
import { MSG } from '../shared/messages.js';
import { sitePattern, siteHost } from '../shared/sites.js';

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

async function init() {
  $('analyze').addEventListener('click', () => analyze(false));
  $('reanalyze').addEventListener('click', () => analyze(true));
  const cmds = await api.commands.getAll();
  const key = cmds.find((c) => c.name === 'analyze-page')?.shortcut;
  if (key) $('shortcut').textContent = key;
  const tab = await activeTab();
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
