// End to end in headless Firefox ESR (puppeteer-core over WebDriver BiDi):
// the extension installed as a temporary add-on runs the Go engine in its
// event page and paints the seed and sample articles; the popup's Open side
// panel button opens the sidebar (sidebar_action), which follows the active
// tab and shows a chosen quote on the page.
//
// BiDi can neither click the toolbar nor navigate to extension pages, so the
// test build (dist/test-firefox-extension) declares the content script for
// 127.0.0.1: the start-up path of a site the reader opted in to, which
// analyses a page on load, or restores its saved analysis; and it makes the
// popup web-accessible from 127.0.0.1, so that a test page can navigate
// itself to it (in a tab, where BiDi clicks like a reader).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, openAndWait, UUID } from '../../../scripts/extension/firefox.mjs';
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

// Last: it leaves the sidebar open.
test('Firefox: the popup\'s Open side panel opens the sidebar, which lists the active tab\'s speakers and shows a quote on the page', { skip: !hasSeed && 'no ../shared/seed' }, async (t) => {
  const { page, detail: d } = await openAndWait(ff, `${srv.origin}/seed/article.html`);
  assert.ok(!d.error, d.error);
  // The popup, in a tab of its own: a page of 127.0.0.1 (no article there)
  // navigates itself to it.
  const popup = await ff.browser.newPage();
  await popup.goto(`${srv.origin}/no-article`);
  await popup.evaluate((url) => { location.href = url; }, `${ff.base}ui/popup.html`);
  await popup.waitForFunction((uuid) => location.href.startsWith(`moz-extension://${uuid}/`) && document.getElementById('sidepanel')?.hidden === false,
    { timeout: 10000 }, UUID);
  assert.equal(await popup.evaluate(() => browser.sidebarAction.isOpen({})), false, 'the sidebar starts closed');
  // A trusted click (BiDi input): sidebarAction.open needs the reader's gesture.
  await popup.click('#sidepanel');
  await popup.waitForFunction(() => browser.sidebarAction.isOpen({}), { timeout: 10000 });
  assert.equal(await popup.evaluate(() => document.getElementById('status')?.textContent), '', 'no error in the popup');
  /** What the sidebar shows: read through extension.getViews from the popup. */
  const sidebar = () => popup.evaluate(() => browser.extension.getViews({ type: 'sidebar' }).map((w) => {
    const doc = w.document;
    return {
      url: w.location.pathname,
      loaded: Boolean(doc.documentElement.dataset.loaded),
      empty: !doc.getElementById('empty')?.hidden,
      summary: doc.getElementById('summary')?.textContent ?? '',
      speakers: [...doc.querySelectorAll('#speakers h3')].map((h) => h.textContent),
    };
  }));
  const waitSidebar = async (ok, what) => {
    let last;
    for (const end = Date.now() + 10000; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
      [last] = await sidebar();
      if (last && ok(last)) return last;
    }
    assert.fail(`${what}; the sidebar shows ${JSON.stringify(last)}`);
  };
  // The active tab is the popup's, not the article's. (Its page before the
  // popup, on 127.0.0.1, may have been analysed: the background keeps a
  // tab's record until the tab closes, so the sidebar may list that one.)
  const first = await waitSidebar((v) => v.loaded, 'the sidebar loads');
  assert.equal(first.url, '/sidepanel/sidepanel.html');
  t.diagnostic(`sidebar on the popup's tab: ${first.empty ? 'no analysis' : first.summary}`);
  assert.ok(first.empty || !first.speakers.some((s) => SEED_SPEAKER.test(s)), `not the article's analysis: ${JSON.stringify(first)}`);
  // The reader goes back to the article: the sidebar follows.
  await page.bringToFront();
  const shown = await waitSidebar((v) => v.summary.startsWith(`${d.quotes} quotes`), 'the sidebar shows the article\'s analysis');
  assert.ok(!shown.empty);
  assert.ok(shown.speakers.some((s) => SEED_SPEAKER.test(s)), `a speaker matches ${SEED_SPEAKER}: ${shown.speakers.join(', ')}`);
  // A quote chosen in the sidebar is shown on the page (focused, popover open).
  const clicked = await popup.evaluate((prefix) => {
    const [w] = browser.extension.getViews({ type: 'sidebar' });
    const b = [...w.document.querySelectorAll('#speakers button[data-id]')]
      .find((x) => (x.querySelector('.text')?.textContent ?? '').trim().startsWith(prefix));
    b?.click();
    return Boolean(b);
  }, SEED_QUOTE);
  assert.ok(clicked, `the sidebar lists "${SEED_QUOTE}"`);
  await page.waitForFunction((prefix) => [...(CSS.highlights.get('quotelens-focus') ?? [])].some((r) => r.toString().trim().startsWith(prefix)),
    { timeout: 10000 }, SEED_QUOTE);
  await popup.close();
  await page.close();
});
