// End to end in headless Chromium: a reader's click after the service
// worker was stopped (Chrome stops it after about 30 s idle). The engine
// lives in the offscreen document's worker, so the click finds it started;
// without that document it is started again and the page is still painted.
// The content script asks the offscreen document for the analysis itself
// (no service worker on the way), and the service worker when there is none.
// The click is the popup's message from an extension page, which wakes the
// stopped worker as the real popup does.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, highlights } from '../../../scripts/extension/chromium.mjs';
import { stopServiceWorker, analyzeByMessage } from '../../../scripts/extension/coldstart.mjs';
import { start } from '../../../scripts/extension/serve.mjs';
import { EXT_DIR, MOUNTS, hasSeed, SEED_QUOTE } from './pages.js';

/** @type {Awaited<ReturnType<typeof launch>>} */
let b;
/** @type {Awaited<ReturnType<typeof start>>} */
let srv;
let driver;

before(async () => {
  srv = await start(MOUNTS);
  b = await launch(EXT_DIR);
  driver = await b.context.newPage();
  await driver.goto(`chrome-extension://${b.extensionId}/sidepanel/sidepanel.html?tab=1`);
});
after(async () => {
  await b?.close();
  await srv?.close();
});

/** The engine's counters, asked of the offscreen document from an extension page (no service worker needed). */
const engineStats = () => driver.evaluate(() => chrome.runtime.sendMessage({ type: 'quotelens:bg-off-stats' }));

const direct = async (page) => (await highlights(page))['quotelens-direct'] ?? [];

test('the engine runs in the offscreen document and starts before the first click', async () => {
  const s = await b.sw.evaluate(async () => {
    await globalThis.quotelens.version();
    return globalThis.quotelens.engine.stats();
  });
  assert.equal(s.offscreen, true);
  assert.equal(s.stats.starts, 1);
  assert.ok(s.memory.running);
  assert.ok(s.memory.wasmBytes > 0 && s.memory.wasmBytes <= 64 * 1048576, `idle engine keeps ${s.memory.wasmBytes} B`);
});

test('service worker stopped: a click still paints, and the engine did not start again', { skip: !hasSeed && 'no ../shared/seed' }, async (t) => {
  const page = await b.context.newPage();
  await page.goto(`${srv.origin}/seed/article.html`);
  const before = await engineStats();
  await stopServiceWorker(b.context, driver);
  const d = await analyzeByMessage(driver, page, { force: true });
  t.diagnostic(`cold (worker stopped): trigger → painted ${Math.round(d.paintedMs)} ms`);
  assert.ok(!d.error, d.error);
  assert.ok(d.anchored > 0);
  assert.ok((await direct(page)).some((s) => s.trim().startsWith(SEED_QUOTE)));
  const after = await engineStats();
  assert.equal(after.stats.starts, before.stats.starts, 'the same engine instance answered');
  assert.equal(after.direct, before.direct + 1, 'the content script asked the offscreen document itself');
  await page.close();
});

test('service worker stopped and the offscreen document closed: the engine starts again and the page is painted', { skip: !hasSeed && 'no ../shared/seed' }, async () => {
  const page = await b.context.newPage();
  await page.goto(`${srv.origin}/seed/article.html`);
  await driver.evaluate(() => chrome.offscreen.closeDocument());
  await stopServiceWorker(b.context, driver);
  const d = await analyzeByMessage(driver, page, { force: true });
  assert.ok(!d.error, d.error);
  assert.ok((await direct(page)).some((s) => s.trim().startsWith(SEED_QUOTE)));
  const s = await engineStats();
  assert.equal(s.stats.starts, 1, 'a new offscreen document with a new engine');
  await page.close();
});

test('offscreen document closed under a running service worker: the content script falls back to it, and it makes the document', { skip: !hasSeed && 'no ../shared/seed' }, async () => {
  const page = await b.context.newPage();
  await page.goto(`${srv.origin}/seed/article.html`);
  await driver.evaluate(() => chrome.offscreen.closeDocument());
  const d = await analyzeByMessage(driver, page, { force: true });
  assert.ok(!d.error, d.error);
  assert.ok((await direct(page)).some((s) => s.trim().startsWith(SEED_QUOTE)));
  const s = await engineStats();
  assert.equal(s.stats.starts, 1, 'a new offscreen document with a new engine');
  assert.equal(s.direct, 0, 'nobody to ask directly: the service worker made the document and asked it');
  await page.close();
});
