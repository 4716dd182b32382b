// @ts-check
/**
 * The background's side of the side panel (sidepanel/): it remembers which
 * analysis each tab shows, answers the panel's requests, passes its "show
 * this quote" and filters on to the tab's content script, and opens the
 * panel from the keyboard shortcut (Chrome's sidePanel, Firefox's
 * sidebarAction).
 *
 * A tab's analysis is kept in memory and, outside private windows, in
 * storage.session (memory only, gone when the browser closes), so that the
 * panel still finds it after Chrome stopped the service worker.
 * @module background/panel
 */
import { MSG } from '../shared/messages.js';

const api = /** @type {any} */ (globalThis.browser ?? globalThis.chrome);

/** PANEL_COMMAND is the manifest's command that opens the side panel. */
export const PANEL_COMMAND = 'open-panel';

/** NOT_REACHABLE is what the side panel says when the tab's content script does not answer. */
const NOT_REACHABLE = 'The page is not reachable: start Quotelens on it again.';

/** @type {Map<number, import('../shared/storage.js').PageRecord>} */
const byTab = new Map();

/** @param {number} tabId */
const sessionKey = (tabId) => `tab:${tabId}`;

/**
 * Remembers the analysis a tab shows and tells an open panel.
 * @param {number|undefined} tabId
 * @param {import('../shared/storage.js').PageRecord|null|undefined} record
 * @param {boolean} incognito
 */
export function remember(tabId, record, incognito) {
  if (tabId === undefined || tabId < 0 || !record) return;
  byTab.set(tabId, record);
  if (!incognito && api.storage.session) {
    api.storage.session.set({ [sessionKey(tabId)]: record }).catch(() => {});
  }
  // No panel open is not an error.
  api.runtime.sendMessage({ type: MSG.BG_SP_UPDATED, tabId }).catch(() => {});
}

/** @param {number} tabId */
function forget(tabId) {
  byTab.delete(tabId);
  api.storage.session?.remove(sessionKey(tabId)).catch(() => {});
}

/**
 * @param {number} tabId
 * @returns {Promise<import('../shared/storage.js').PageRecord|null>}
 */
async function recordOf(tabId) {
  const r = byTab.get(tabId);
  if (r) return r;
  if (!api.storage.session) return null;
  const got = await api.storage.session.get(sessionKey(tabId));
  return got[sessionKey(tabId)] ?? null;
}

/**
 * Answers the side panel's messages; null for any other message.
 * @param {any} m
 * @param {(req: import('../shared/messages.js').ExportRequest) => Promise<import('../shared/messages.js').ExportReply>} exportFile
 * @returns {Promise<unknown>|null}
 */
export function handle(m, exportFile) {
  switch (m.type) {
    case MSG.SP_BG_TAB:
      return recordOf(Number(m.tabId)).then((record) => ({ ok: true, record }));
    case MSG.SP_BG_EXPORT:
      return exportFile(m);
    case MSG.SP_BG_SHOW:
      // Only the top frame, where the content script runs.
      return api.tabs.sendMessage(Number(m.tabId), { type: MSG.BG_CS_SHOW, id: m.id, kinds: m.kinds }, { frameId: 0 })
        .then((/** @type {any} */ r) => (r?.ok ? { ok: true } : { ok: false, error: r?.error ?? NOT_REACHABLE }), () => ({ ok: false, error: NOT_REACHABLE }));
    default:
      return null;
  }
}

/**
 * Opens the side panel in the window of tab. Must run in the command's
 * user gesture: no await before it.
 * @param {{id?: number, windowId?: number}|undefined} tab
 */
export function open(tab) {
  // -2 is windows.WINDOW_ID_CURRENT, for a command that came without a tab.
  if (api.sidePanel?.open) return api.sidePanel.open({ windowId: tab?.windowId ?? -2 });
  if (api.sidebarAction?.open) return api.sidebarAction.open();
  return Promise.resolve();
}

/** Listens for closed tabs and the panel shortcut. */
export function listen() {
  api.tabs.onRemoved?.addListener((/** @type {number} */ tabId) => forget(tabId));
  api.commands.onCommand.addListener((/** @type {string} */ command, /** @type {any} */ tab) => {
    if (command !== PANEL_COMMAND) return;
    Promise.resolve(open(tab)).catch((/** @type {Error} */ err) => console.warn('Quotelens: opening the side panel:', err));
  });
}
