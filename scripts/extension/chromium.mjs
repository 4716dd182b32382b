// Helpers to drive the extension in headless Chromium with playwright-core
// (never downloads a browser: it runs /usr/bin/chromium). Shared by the
// end-to-end tests and the benchmark.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(join(import.meta.dirname, '../../extension/package.json'));
const { chromium } = require('playwright-core');

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/**
 * Launches Chromium with the unpacked extension in a fresh profile.
 * @param {string} extDir
 * @returns {Promise<{context: any, sw: any, extensionId: string, close: () => Promise<void>}>}
 */
export async function launch(extDir) {
  const profile = mkdtempSync(join(tmpdir(), 'quotelens-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false, // --headless=new below: the mode that runs extensions
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--headless=new',
      // Real pages name scripts and images on other hosts; fail those at once
      // instead of waiting on a closed network.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      `--load-extension=${extDir}`, `--disable-extensions-except=${extDir}`],
  });
  let sw = context.serviceWorkers()[0];
  if (!sw) sw = await context.waitForEvent('serviceworker', { timeout: 20000 });
  const extensionId = new URL(sw.url()).host;
  return {
    context, sw, extensionId,
    close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); },
  };
}

/**
 * The service worker, started again if Chromium stopped it while idle.
 * @param {any} context
 */
export async function serviceWorker(context) {
  return context.serviceWorkers()[0] ?? context.waitForEvent('serviceworker', { timeout: 20000 });
}

/**
 * Starts Quotelens on a page by the path the toolbar popup, the shortcut and
 * the context menu all take (background analyzeTab: inject, then run), and
 * waits for the content script's painted event.
 * @param {any} context
 * @param {any} page
 * @param {{force?: boolean, timeout?: number}} [opts]
 * @returns {Promise<any>} the painted event's detail
 */
export async function analyze(context, page, opts = {}) {
  await page.bringToFront();
  // The listener is in place before the trigger, so a fast run is not missed.
  await page.evaluate(() => {
    window.__qlPainted = new Promise((resolve) => {
      document.addEventListener('quotelens:painted', (e) => resolve(/** @type {any} */ (e).detail), { once: true });
    });
  });
  const t0 = Date.now();
  const sw = await serviceWorker(context);
  const triggerAt = await sw.evaluate(async ({ url, force }) => {
    const at = performance.timeOrigin + performance.now();
    const tabs = await chrome.tabs.query({ url });
    const tab = tabs.find((t) => t.active) ?? tabs[0];
    if (!tab) throw new Error(`no tab for ${url}`);
    await globalThis.quotelens.analyzeTab(tab.id, { force });
    return at;
  }, { url: page.url().replace(/#.*/, ''), force: Boolean(opts.force) });
  const ms = opts.timeout ?? 60000;
  const painted = page.evaluate((ms) => Promise.race([window.__qlPainted,
    new Promise((_, reject) => setTimeout(() => reject(new Error(`no quotelens:painted event in ${ms} ms`)), ms))]), ms)
    .catch(async (err) => {
      const stats = await sw.evaluate(() => globalThis.quotelens.engine.stats).catch(() => 'service worker gone');
      throw new Error(`${err.message}; engine stats ${JSON.stringify(stats)}`);
    });
  const detail = JSON.parse(await painted);
  detail.wallMs = Date.now() - t0;
  // Trigger to painted on the browser's own clocks (the background's and the
  // page's), without the round trips of driving it from here.
  if (detail.paintedAt) {
    detail.paintedMs = detail.paintedAt - triggerAt;
    detail.timings.startMs = detail.startedAt - triggerAt;
  }
  return detail;
}

/**
 * Reads the painted highlights from the page's own world: the registry is the
 * document's, shared by every world.
 * @param {any} page
 */
export function highlights(page) {
  return page.evaluate(() => {
    const out = {};
    for (const [name, h] of CSS.highlights) {
      out[name] = [...h].map((r) => r.toString());
    }
    return out;
  });
}
