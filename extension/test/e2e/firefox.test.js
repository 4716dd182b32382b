// End to end in headless Firefox ESR (puppeteer-core over WebDriver BiDi):
// the extension installed as a temporary add-on runs the Go engine in its
// event page and paints the seed and sample articles.
//
// BiDi can neither click the toolbar nor open extension pages, so the test
// build (dist/test-firefox-extension) declares the content script for
// 127.0.0.1: the start-up path of a site the reader opted in to, which
// analyses a page on load, or restores its saved analysis.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, openAndWait } from '../../../scripts/extension/firefox.mjs';
import { start } from '../../../scripts/extension/serve.mjs';
import { ROOT, MOUNTS, hasSeed, hasSample, SEED_QUOTE, SEED_SPEAKER } from './pages.js';

const EXT = join(ROOT, 'extension/dist/test-firefox-extension');
let ff, srv;

before(async () => {
  srv = await start(MOUNTS);
  ff = await launch(EXT);
});
after(async () => {
  await ff?.close();
  await srv?.close();
});

test('Firefox: seed article analysed, clicked, restored', { skip: !hasSeed && 'no ../shared/seed' }, async (t) => {
  const { page, detail: d } = await openAndWait(ff, `${srv.origin}/seed/article.html`);
  t.diagnostic(`firefox seed: ${d.quotes} quotes, ${d.anchored} anchored, ${Math.round(d.totalMs)} ms`);
  assert.ok(!d.error, d.error);
  assert.ok(d.quotes > 0);
  assert.deepEqual(d.orphans, []);
  const pt = await page.evaluate((prefix) => {
    for (const r of CSS.highlights.get('quotelens-direct') ?? []) {
      if (!r.toString().trim().startsWith(prefix)) continue;
      r.startContainer.parentElement.scrollIntoView({ block: 'center', behavior: 'instant' });
      const box = r.getClientRects()[0];
      return { x: box.left + Math.min(20, box.width / 2), y: box.top + box.height / 2 };
    }
    return null;
  }, SEED_QUOTE);
  assert.ok(pt, `a direct highlight starts with "${SEED_QUOTE}"`);
  await page.mouse.click(pt.x, pt.y);
  // The UI is in a closed shadow root that this page-side test, like the
  // page, cannot read (the Chromium tests read it through the debugger):
  // what shows is the focus highlight on the quote, and focus in the UI's host.
  await page.waitForFunction((prefix) => [...(CSS.highlights.get('quotelens-focus') ?? [])].some((r) => r.toString().trim().startsWith(prefix)), { timeout: 5000 }, SEED_QUOTE);
  const host = await page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el?.localName, inHtml: el?.parentElement === document.documentElement, shadowRoot: el?.shadowRoot === null ? null : 'reachable' };
  });
  assert.deepEqual(host, { tag: 'div', inHtml: true, shadowRoot: null }, 'focus is in the extension\'s closed root');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !CSS.highlights.has('quotelens-focus'), { timeout: 5000 });

  const again = await openAndWait(ff, `${srv.origin}/seed/article.html`, page);
  assert.equal(again.detail.fromStore, undefined, 'the page is not told that the analysis was saved');
  assert.ok(!again.detail.error, again.detail.error);
  assert.equal(again.detail.anchored, d.anchored);
  await page.close();
});

test('Firefox: sample article', { skip: !hasSample && 'no scripts/sample/article.html yet' }, async (t) => {
  const { page, detail: d } = await openAndWait(ff, `${srv.origin}/sample/article.html`);
  t.diagnostic(`firefox sample: ${d.quotes} quotes, ${d.anchored} anchored`);
  assert.ok(!d.error, d.error);
  assert.ok(d.quotes > 0);
  assert.deepEqual(d.orphans, []);
  await page.close();
});
