// @ts-check
/**
 * Messages between the extension's contexts, all in one place. A type names
 * its sender and receiver: `cs` the content script, `bg` the background,
 * `ui` the popup, `off` Chrome's offscreen document (the engine), `sp` the
 * side panel. Never send an ad-hoc string: add it here.
 * @module shared/messages
 */

export const MSG = Object.freeze({
  /** bg → cs: remove highlights and UI. */
  BG_CS_CLEAR: 'quotelens:bg-cs-clear',
  /**
   * cs → the engine's context (Chrome: the offscreen document; Firefox: the
   * background), on a port named PORTS.engine: analyse this page, one hop,
   * no storage. {html, url} → {ok, res: EngineResponse, engineMs} |
   * {ok: false, error}. The port is closed at once while Chrome's offscreen
   * document is missing: the content script then sends CS_BG_ANALYZE.
   */
  CS_ENGINE_ANALYZE: 'quotelens:cs-engine-analyze',
  /** cs → bg: the analysis CS_ENGINE_ANALYZE gave, once painted: save it, show it in the side panel. {body, date} → {ok} */
  CS_BG_ANALYZED: 'quotelens:cs-bg-analyzed',
  /** cs → bg: analyse this page (the background makes the offscreen document if need be). {html, url, title, force?} → AnalyzeReply */
  CS_BG_ANALYZE: 'quotelens:cs-bg-analyze',
  /** cs → bg: a page loaded on an opted-in site. {url} → AnalyzeReply | {record: null} */
  CS_BG_RESTORE: 'quotelens:cs-bg-restore',
  /** cs → bg: export. ExportRequest → ExportReply */
  CS_BG_EXPORT: 'quotelens:cs-bg-export',
  /** ui → bg: analyse this tab. {tabId, force?} */
  UI_BG_ANALYZE_TAB: 'quotelens:ui-bg-analyze-tab',
  /** ui → bg: is automatic analysis on for this site? {site: match pattern} → {enabled} */
  UI_BG_SITE_GET: 'quotelens:ui-bg-site-get',
  /** ui → bg: turn automatic analysis on or off for a site (permission already granted by the popup). {site, enabled} */
  UI_BG_SITE_SET: 'quotelens:ui-bg-site-set',
  /** bg → offscreen (Chrome): one engine request. {method, path, body?, contentType?, timeoutMs?} → {ok, res: EngineResponse} */
  BG_OFF_CALL: 'quotelens:bg-off-call',
  /** bg → offscreen: start the engine now. → {ok} */
  BG_OFF_WARM: 'quotelens:bg-off-warm',
  /** bg → offscreen: engine stats and memory. → {ok, stats, memory} */
  BG_OFF_STATS: 'quotelens:bg-off-stats',
  /** bg → offscreen: trim an idle engine after {ms} (benchmarks). → {ok} */
  BG_OFF_TRIM_AFTER: 'quotelens:bg-off-trim-after',
  /** sp → bg (the side panel): the analysis shown in a tab. {tabId} → {ok, record: PageRecord|null} */
  SP_BG_TAB: 'quotelens:sp-bg-tab',
  /** sp → bg: export. ExportRequest → ExportReply */
  SP_BG_EXPORT: 'quotelens:sp-bg-export',
  /** sp → bg: show a quote on the page, or only these kinds. {tabId, id?, kinds?} → {ok} */
  SP_BG_SHOW: 'quotelens:sp-bg-show',
  /** bg → cs: what SP_BG_SHOW asks: only these kinds, and go to the item with this id. {id?, kinds?} → {ok, error?} */
  BG_CS_SHOW: 'quotelens:bg-cs-show',
  /** bg → sp: a tab's analysis changed. {tabId} */
  BG_SP_UPDATED: 'quotelens:bg-sp-updated',
});

/** @typedef {typeof MSG[keyof typeof MSG]} MessageType */

/**
 * PORTS names the runtime ports. A port, unlike runtime.sendMessage, goes to
 * the one context that listens for it: the page's HTML is not copied to the
 * service worker and an open side panel on its way to the engine.
 */
export const PORTS = Object.freeze({
  /** cs → the engine's context: CS_ENGINE_ANALYZE */
  engine: 'quotelens:engine',
});

/**
 * GLOBALS names the isolated world's globals the content script and the
 * background share, as keys for Symbol.for. A symbol, not a name: a page's
 * element with id="__quotelensLoaded" shows up as a named property of the
 * window, but never as a symbol-keyed one, and the page's own world has
 * another symbol registry.
 */
export const GLOBALS = Object.freeze({
  /** set once the content script runs in this document */
  loaded: 'quotelens.loaded',
  /** the function the background calls to start a run: ({force}) => void */
  run: 'quotelens.run',
  /** set by the background before injecting: the reader started it, with {force} */
  injected: 'quotelens.injected',
});

/**
 * @typedef {Object} Selector
 * @property {'TextQuoteSelector'|'TextPositionSelector'} type
 * @property {string} [exact]
 * @property {string} [prefix]
 * @property {string} [suffix]
 * @property {number} [start]
 * @property {number} [end]
 */

/**
 * @typedef {Object} Quote
 * @property {string} id
 * @property {'direct'|'indirect'} kind
 * @property {string} text
 * @property {string|null} speaker
 * @property {string} cue
 * @property {string} [sentence]
 * @property {string} [evidence]
 * @property {number} confidence
 * @property {Selector[]} selectors
 */

/**
 * @typedef {Object} Speaker
 * @property {string} id
 * @property {string} name
 * @property {string[]} aliases
 * @property {string} role
 * @property {number} quotes
 */

/**
 * @typedef {Object} Side
 * @property {string} text
 * @property {string|null} speaker
 * @property {string} [quote]
 * @property {Selector[]} selectors
 */

/**
 * @typedef {Object} Dispute
 * @property {string} id
 * @property {Side} claim
 * @property {Side} dispute
 * @property {string} cue
 * @property {number} confidence
 */

/**
 * @typedef {Object} Analysis
 * @property {string} engine
 * @property {string} [url]
 * @property {string} title
 * @property {string} language
 * @property {Quote[]} quotes
 * @property {Speaker[]} speakers
 * @property {Dispute[]} disputes
 * @property {string} [reason]
 */

/**
 * @typedef {Object} AnalyzeReply
 * @property {boolean} ok
 * @property {import('./storage.js').PageRecord} [record]
 * @property {boolean} [fromStore] the record came from storage, not a fresh analysis
 * @property {string} [error]
 * @property {{engineMs: number, analyzeMs: number}} [timings] where the background's time went:
 *   the engine call, and the analysis inside it (Server-Timing); benchmarks read it
 */

/** @typedef {'json'|'markdown'|'csv'|'annotation'} ExportFormat */

/**
 * @typedef {Object} ExportRequest
 * @property {ExportFormat} format
 * @property {Analysis} analysis
 * @property {string} url
 * @property {string} title
 * @property {string} date ISO 8601
 */

/**
 * @typedef {Object} ExportReply
 * @property {boolean} ok
 * @property {string} [body]
 * @property {string} [contentType]
 * @property {string} [filename]
 * @property {'engine'|'fallback'} [via] which exporter made the file
 * @property {string} [error]
 */

/**
 * @typedef {Object} EngineResponse an engine reply as it crosses contexts
 * @property {number} status
 * @property {string} contentType
 * @property {string} disposition the Content-Disposition header, or ''
 * @property {string} timing the Server-Timing header, or ''
 * @property {string} body
 */

/**
 * Parses an engine reply as JSON, or throws its error message.
 * @param {EngineResponse} res
 */
export function engineJSON(res) {
  let v;
  try {
    v = JSON.parse(res.body);
  } catch {
    throw new Error(`engine: status ${res.status}: not JSON: ${res.body.slice(0, 200)}`);
  }
  if (res.status >= 400) throw new Error(v?.error?.message ?? `engine: status ${res.status}`);
  return v;
}

/**
 * Reads the analysis time out of an engine reply's Server-Timing header
 * (`analyze;dur=12.3`), NaN when there is none.
 * @param {EngineResponse} res
 */
export function analyzeMs(res) {
  return Number(/dur=([\d.]+)/.exec(res.timing)?.[1] ?? NaN);
}

/**
 * Reports whether a value is one of our messages.
 * @param {unknown} m
 * @returns {m is {type: MessageType}}
 */
export function isMessage(m) {
  return typeof m === 'object' && m !== null &&
    Object.values(MSG).includes(/** @type {any} */ (m).type);
}

/**
 * Reports whether an error means the extension was reloaded or removed under
 * a live content script: its messages can never be answered again.
 * @param {unknown} err
 */
export function isContextInvalidated(err) {
  const s = String(err && /** @type {any} */ (err).message || err);
  return /Extension context invalidated/i.test(s) || !globalThis.chrome?.runtime?.id;
}
