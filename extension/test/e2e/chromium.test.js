// End to end in headless Chromium (playwright-core, /usr/bin/chromium): the
// extension analyses real pages served from 127.0.0.1, paints highlights,
// explains a quote in the popover, exports, and re-anchors a saved analysis.
//
// The toolbar button cannot be clicked in a headless browser, and extension
// shortcuts are browser-level keys that page key events do not reach; the
// tests call the background's analyzeTab, the function the popup, the
// shortcut and the context menu all call. The test build adds host
// permission for 127.0.0.1 in place of the activeTab grant a click gives.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launch, analyze, highlights } from '../../../scripts/extension/chromium.mjs';
import { start } from '../../../scripts/extension/serve.mjs';
import * as ui from './closed.js';
import { EXT_DIR, MOUNTS, hasSeed, hasSample, hasCorpus, REAL_PAGES, SEED_QUOTE, SEED_SPEAKER } from './pages.js';

/** @type {Awaited<ReturnType<typeof launch>>} */
let b;
/** @type {Awaited<ReturnType<typeof start>>} */
let srv;

before(async () => {
  srv = await start(MOUNTS);
  b = await launch(EXT_DIR);
});
after(async () => {
  await b?.close();
  await srv?.close();
});

/** Returns the centre of the first box of the highlighted range starting with prefix. */
function rangePoint(page, name, prefix) {
  return page.evaluate(({ name, prefix }) => {
    const h = CSS.highlights.get(name);
    for (const r of h ?? []) {
      if (!r.toString().trim().startsWith(prefix)) continue;
      r.startContainer.parentElement.scrollIntoView({ block: 'center', behavior: 'instant' });
      const box = r.getClientRects()[0];
      return { x: box.left + Math.min(20, box.width / 2), y: box.top + box.height / 2 };
    }
    return null;
  }, { name, prefix });
}


test('the engine starts in the service worker', async () => {
  assert.equal(await b.sw.evaluate(() => globalThis.quotelens.version()), '0.1.0');
});

test('the popup loads, shows the shortcut, and offers no opt-in on a non-web page', async () => {
  const page = await b.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`chrome-extension://${b.extensionId}/ui/popup.html`);
  await page.waitForFunction(() => document.getElementById('auto')?.disabled === true, null, { timeout: 5000 });
  assert.match(await page.locator('#shortcut').textContent(), /Q/);
  assert.equal(await page.locator('#analyze').textContent(), 'Show who said what');
  assert.deepEqual(errors, []);
  await page.close();
});

test('seed article: highlights, popover, keyboard, filters, export, re-anchoring', { skip: !hasSeed && 'no ../shared/seed' }, async (t) => {
  const page = await b.context.newPage();
  await page.goto(`${srv.origin}/seed/article.html`);

  await t.test('the keyboard shortcut (reported, not required headless)', async () => {
    const fired = page.evaluate(() => new Promise((r) => {
      document.addEventListener('quotelens:painted', () => r(true), { once: true });
      setTimeout(() => r(false), 2000);
    }));
    await page.keyboard.press('Alt+Shift+Q');
    t.diagnostic(`Alt+Shift+Q reached the extension headless: ${await fired}`);
  });

  const d = await analyze(b.context, page, { force: true });
  t.diagnostic(`seed: ${d.quotes} quotes, ${d.anchored} anchored, methods ${JSON.stringify(Object.values(d.methods).reduce((m, k) => ((m[k] = (m[k] ?? 0) + 1), m), {}))}, ${Math.round(d.totalMs)} ms`);

  await t.test('the expected quote is highlighted', async () => {
    assert.ok(!d.error, d.error);
    assert.ok(d.quotes > 0, 'the engine found quotes');
    assert.deepEqual(d.orphans, [], 'every quote anchored');
    const hs = await highlights(page);
    const all = Object.entries(hs).filter(([k]) => k !== 'quotelens-focus').flatMap(([, v]) => v);
    assert.equal(all.length, d.anchored);
    assert.ok(all.some((s) => s.trim().startsWith(SEED_QUOTE)), `a highlight starts with "${SEED_QUOTE}"`);
  });

  await t.test('clicking the quote opens the popover with its speaker; Esc closes it', async () => {
    const pt = await rangePoint(page, 'quotelens-direct', SEED_QUOTE);
    assert.ok(pt, 'the quote is on screen');
    await page.mouse.click(pt.x, pt.y);
    await ui.waitVisible(page, '.popover', 5000);
    assert.match(await ui.text(page, '.popover [data-role=speaker]'), SEED_SPEAKER);
    assert.equal(await ui.inRoot(page, (root) => root.querySelector('.popover').getAttribute('role')), 'dialog');
    assert.equal((await ui.active(page))?.className, 'popover', 'the popover has focus');
    assert.ok((await highlights(page))['quotelens-focus']?.[0]?.startsWith(SEED_QUOTE));
    await page.keyboard.press('Escape');
    await ui.waitHidden(page, '.popover', 5000);
  });

  await t.test('keyboard: Next opens the popover, Esc gives focus back', async () => {
    await ui.focus(page, '[data-action=next]');
    await page.keyboard.press('Enter');
    await ui.waitVisible(page, '.popover', 5000);
    assert.ok((await ui.text(page, '.popover [data-role=speaker]')).length > 0);
    await page.keyboard.press('Escape');
    await ui.waitHidden(page, '.popover', 5000);
    assert.equal((await ui.active(page))?.action, 'next');
  });

  await t.test('filters hide a kind', async () => {
    await ui.click(page, '#ql-f-direct');
    assert.equal((await highlights(page))['quotelens-direct'], undefined);
    await ui.click(page, '#ql-f-direct');
    assert.ok((await highlights(page))['quotelens-direct']?.length > 0);
  });

  for (const format of ['json', 'markdown', 'csv', 'annotation']) {
    await t.test(`export ${format} to a file`, async () => {
      await ui.select(page, '[data-role=export-format]', format);
      const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 15000 }), ui.click(page, '[data-action=download]')]);
      const body = await readFile(await dl.path(), 'utf8');
      t.diagnostic(`${format}: ${dl.suggestedFilename()}, ${body.length} bytes`);
      assert.match(dl.suggestedFilename(), /^quotelens-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.[a-z]+$/, 'named quotelens-<title>-<yyyy-mm-dd>');
      assert.ok(body.includes(page.url()), 'carries the page URL');
      assert.ok(body.includes('joint operations'), 'carries the quote');
      if (format === 'json') assert.ok(JSON.parse(body));
      if (format === 'annotation') assert.match(JSON.parse(body)['@context'] ?? JSON.stringify(JSON.parse(body)), /w3\.org\/ns\/anno\.jsonld/);
      if (format === 'csv') for (const line of body.split(/\r?\n/)) for (const cell of line.split(',')) assert.doesNotMatch(cell, /^[=+@]/);
      if (format === 'markdown') assert.match(body, /^#/m);
    });
  }

  await t.test('export to the clipboard', async () => {
    await b.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: srv.origin });
    await ui.select(page, '[data-role=export-format]', 'markdown');
    await ui.click(page, '[data-action=copy]');
    await ui.waitRoot(page, (root) => /Copied|did not work/.test(root.querySelector('[data-role=export-status]').textContent));
    const text = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(text.includes('joint operations'));
  });

  await t.test('a saved analysis is re-anchored when the reader returns', async () => {
    const stored = await b.sw.evaluate(async (url) => (await chrome.storage.local.get('page:' + url))['page:' + url], page.url());
    assert.equal(stored.schemaVersion, 1);
    assert.equal(stored.engineVersion, '0.1.0');
    assert.equal(stored.url, page.url());
    await page.reload();
    const again = await analyze(b.context, page);
    assert.equal(again.fromStore, undefined, 'the page is not told');
    assert.match(await ui.text(page, '.panel'), /Saved analysis from/, 'the reader is told, in the closed root');
    assert.equal(again.anchored, d.anchored);
  });
  await page.close();
});

test('opt-in site: the registered content script analyses or restores pages on load', { skip: !hasSeed && 'no ../shared/seed' }, async () => {
  const popup = await b.context.newPage();
  await popup.goto(`chrome-extension://${b.extensionId}/ui/popup.html`);
  // What the popup's checkbox sends once the permission is granted (the
  // test build has it already: permissions.request needs a real click).
  const set = (enabled) => popup.evaluate((enabled) => chrome.runtime.sendMessage({ type: 'quotelens:ui-bg-site-set', site: 'http://127.0.0.1/*', enabled }), enabled);
  assert.deepEqual(await set(true), { ok: true });
  assert.deepEqual(await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'quotelens:ui-bg-site-get', site: 'http://127.0.0.1/*' })), { ok: true, enabled: true });
  try {
    const page = await b.context.newPage();
    await page.addInitScript(() => {
      window.__qlPainted = new Promise((resolve) => document.addEventListener('quotelens:painted', (e) => resolve(e.detail), { once: true }));
    });
    await page.goto(`${srv.origin}/seed/article.html`);
    const d = JSON.parse(await page.evaluate(() => window.__qlPainted));
    assert.ok(!d.error, d.error);
    assert.ok(d.anchored > 0);
    assert.ok((await highlights(page))['quotelens-direct']?.some((t) => t.trim().startsWith(SEED_QUOTE)));
    await page.close();
  } finally {
    assert.deepEqual(await set(false), { ok: true });
    await popup.close();
  }
});

test('sample article', { skip: !hasSample && 'no scripts/sample/article.html yet' }, async (t) => {
  const page = await b.context.newPage();
  await page.goto(`${srv.origin}/sample/article.html`);
  const d = await analyze(b.context, page, { force: true });
  t.diagnostic(`sample: ${d.quotes} quotes, ${d.anchored} anchored, orphans ${d.orphans.length}`);
  assert.ok(!d.error, d.error);
  assert.ok(d.quotes > 0);
  assert.deepEqual(d.orphans, []);
  await page.close();
});

test('real pages from the corpus', { skip: !hasCorpus && 'no ../shared/corpus' }, async (t) => {
  for (const name of REAL_PAGES) {
    await t.test(name, async () => {
      const page = await b.context.newPage();
      await page.goto(`${srv.origin}/corpus/${name}/source.html`, { waitUntil: 'domcontentloaded' });
      const d = await analyze(b.context, page, { force: true });
      assert.ok(!d.error, d.error);
      const items = d.anchored + d.orphans.length;
      const pos = Object.values(d.methods).filter((m) => m === 'position').length;
      t.diagnostic(`${name}: ${d.quotes} quotes, ${d.disputes} disputes, ${d.anchored}/${items} anchored (${pos} by position), ${Math.round(d.totalMs)} ms`);
      const hs = await highlights(page);
      assert.equal(Object.entries(hs).filter(([k]) => k !== 'quotelens-focus').reduce((n, [, v]) => n + v.length, 0), d.anchored);
      if (items) assert.ok(d.anchored / items >= 0.9, `anchored ${d.anchored} of ${items}`);
      await page.close();
    });
  }
});

test('the extension reloaded under a page: its content script takes its UI down', { skip: !hasSeed && 'no ../shared/seed' }, async () => {
  const page = await b.context.newPage();
  await page.goto(`${srv.origin}/seed/article.html`);
  await analyze(b.context, page, { force: true });
  assert.ok(Object.keys(await highlights(page)).length > 0);
  // Reload the extension: this content script's context is now invalidated.
  await b.sw.evaluate(() => { setTimeout(() => chrome.runtime.reload(), 50); }).catch(() => {});
  await page.waitForTimeout(1500);
  await ui.click(page, '[data-action=download]');
  await page.waitForFunction(() => ![...document.documentElement.children].some((e) => e.localName === 'div'), null, { timeout: 10000 });
  assert.deepEqual(await highlights(page), {}, 'highlights removed');
  await page.close();
});
