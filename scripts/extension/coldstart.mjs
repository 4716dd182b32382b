// Cold starts in headless Chromium: stops the extension's service worker
// (as Chrome does after about 30 s idle) and starts Quotelens the way the
// toolbar popup does, by a message from an extension page, which wakes it.
// Shared by the end-to-end tests and the benchmark.

/**
 * Stops the extension's service worker (CDP ServiceWorker.stopAllWorkers)
 * and waits until CDP reports it stopped. Playwright keeps listing a
 * stopped worker: wake it through an extension page, not its handle.
 * @param {any} context a playwright BrowserContext
 * @param {any} page an extension page (the CDP session must see its origin)
 */
export async function stopServiceWorker(context, page) {
  const cdp = await context.newCDPSession(page);
  try {
    const status = new Map();
    /** @type {() => void} */
    let onChange = () => {};
    cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
      for (const v of e.versions) if (v.scriptURL.startsWith('chrome-extension://')) status.set(v.versionId, v.runningStatus);
      onChange();
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const stopped = () => [...status.values()].every((s) => s === 'stopped');
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the service worker did not stop')), 10000);
      onChange = () => { if (status.size && stopped()) { clearTimeout(timer); resolve(undefined); } };
      onChange();
    });
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/**
 * Starts Quotelens on page by the popup's message (UI_BG_ANALYZE_TAB) sent
 * from driver, an extension page; waits for the painted event. Times are
 * on the browser's clock: trigger (the message sent) to painted.
 * @param {any} driver an extension page (e.g. ui/popup.html)
 * @param {any} page the article's page
 * @param {{force?: boolean, timeout?: number}} [opts]
 */
export async function analyzeByMessage(driver, page, opts = {}) {
  await page.evaluate(() => {
    window.__qlPainted = new Promise((resolve) => {
      document.addEventListener('quotelens:painted', (e) => resolve(/** @type {any} */ (e).detail), { once: true });
    });
  });
  const url = page.url().replace(/#.*/, '');
  const t0 = Date.now();
  const trig = await driver.evaluate(async ({ url, force }) => {
    const tabs = await chrome.tabs.query({ url });
    const tab = tabs[0];
    if (!tab) throw new Error(`no tab for ${url}`);
    const at = performance.timeOrigin + performance.now();
    const reply = await chrome.runtime.sendMessage({ type: 'quotelens:ui-bg-analyze-tab', tabId: tab.id, force });
    return { at, reply };
  }, { url, force: Boolean(opts.force) });
  if (!trig.reply?.ok) throw new Error(`analyze-tab: ${trig.reply?.error ?? 'no reply'}`);
  const ms = opts.timeout ?? 60000;
  const detail = JSON.parse(await page.evaluate((ms) => Promise.race([window.__qlPainted,
    new Promise((_, reject) => setTimeout(() => reject(new Error(`no quotelens:painted event in ${ms} ms`)), ms))]), ms));
  detail.wallMs = Date.now() - t0;
  if (detail.paintedAt) {
    detail.paintedMs = detail.paintedAt - trig.at;
    if (detail.timings && detail.startedAt) detail.timings.startMs = detail.startedAt - trig.at;
  }
  return detail;
}
