// Helpers to drive the extension in headless Firefox ESR with puppeteer-core
// over WebDriver BiDi (never downloads a browser: it runs
// /usr/bin/firefox-esr). The extension is installed as a temporary add-on
// with a fixed internal UUID, so the tests can open its pages.
import { mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(join(import.meta.dirname, '../../extension/package.json'));
const puppeteer = require('puppeteer-core');

export const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
export const UUID = '6f1e2f2a-7c55-4c36-9f2d-2b9b0c1a0f11';

/**
 * @param {string} extDir
 */
export async function launch(extDir) {
  const gecko = JSON.parse(readFileSync(join(extDir, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
  const profile = mkdtempSync(join(tmpdir(), 'quotelens-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [gecko]: UUID }),
      // Everything but 127.0.0.1 goes to a closed local port and fails at
      // once (the network is closed; real pages name other hosts).
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': '127.0.0.1',
      'network.proxy.allow_hijacking_localhost': false,
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.reportingpolicy.firstRun': false,
    },
  });
  const id = await browser.installExtension(extDir);
  return {
    browser, id, base: `moz-extension://${UUID}/`,
    close: async () => { await browser.close(); rmSync(profile, { recursive: true, force: true }); },
  };
}

/**
 * Opens a page and waits for the content script, loaded by the test build's
 * manifest as on an opted-in site, to paint it (restored or analysed).
 * @param {{browser: any}} ff
 * @param {string} url
 * @param {any} [page] reuse this tab (reload)
 */
export async function openAndWait(ff, url, page) {
  page ??= await ff.browser.newPage();
  // Listen before the content script can run: a script that runs first in
  // every new document of this page.
  await page.evaluateOnNewDocument(() => {
    window.__qlPainted = new Promise((resolve) => {
      document.addEventListener('quotelens:painted', (e) => resolve(e.detail), { once: true });
    });
  });
  await page.goto(url, { waitUntil: 'load' });
  const detail = await page.evaluate(() => Promise.race([window.__qlPainted,
    new Promise((_, reject) => setTimeout(() => reject(new Error('no quotelens:painted event')), 60000))]));
  return { page, detail: JSON.parse(detail) };
}
