// End to end in headless Chromium, as a reader and as a hostile page:
// - a page cannot switch Quotelens off (a fake loaded flag, a custom element
//   of the extension's old name), cannot reach its closed shadow root, cannot
//   start a download, and cannot redirect or hide highlights unnoticed;
// - a click where two quotes overlap opens the longer, with a link to the other;
// - the panel collapses to a handle while the highlights stay; Alt+Shift+P
//   moves focus to the panel and back;
// - a background that stops during an analysis is asked again, by itself;
//   an analysis that fails says so in a sentence, with a Try again button;
// - a corrupt saved record is dropped, not shown; the popup's Saved analyses
//   view deletes a site's analyses;
// - a 4.9 MB page is read in part, with no stack overflow.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, analyze, highlights, serviceWorker } from '../../../scripts/extension/chromium.mjs';
import { start } from '../../../scripts/extension/serve.mjs';
import * as ui from './closed.js';
import { EXT_DIR, MOUNTS, hasSample } from './pages.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const big = mkdtempSync(join(tmpdir(), 'quotelens-big-'));

let b, srv;

before(async () => {
  writeFileSync(join(big, 'page.html'), bigPage());
  srv = await start({ ...MOUNTS, '/fixtures/': FIXTURES, '/big/': big });
  b = await launch(EXT_DIR);
});
after(async () => {
  await b?.close();
  await srv?.close();
  rmSync(big, { recursive: true, force: true });
});

/**
 * A 4.9 MB page: an article with a quote, then paragraph after paragraph of
 * filler and a very deep nest of elements.
 */
function bigPage() {
  const head = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A very long page</title></head><body><article>' +
    '<h1>A very long page</h1><p>“We will rebuild the harbour wall this year,” Mayor Helena Marsh said on Monday.</p>';
  const para = '<p>The council met again on Tuesday to discuss the budget for the coming year and the works on the harbour.</p>\n';
  const deep = '<div>'.repeat(20000) + 'deep' + '</div>'.repeat(20000);
  let body = '';
  while (head.length + body.length + deep.length < 4_900_000) body += para;
  return head + body + deep + '</article></body></html>';
}

/** The centre of the first box of the first highlighted range (any kind) starting with prefix. */
function rangePoint(page, prefix) {
  return page.evaluate((prefix) => {
    for (const [name, h] of CSS.highlights) {
      if (name === 'quotelens-focus') continue;
      for (const r of h) {
        if (!r.toString().trim().startsWith(prefix)) continue;
        r.startContainer.parentElement.scrollIntoView({ block: 'center', behavior: 'instant' });
        const box = r.getClientRects()[0];
        return { x: box.left + Math.min(20, box.width / 2), y: box.top + box.height / 2 };
      }
    }
    return null;
  }, prefix);
}

test('a hostile page cannot fake the loaded flag, reach the shadow root or start a download', async () => {
  const page = await b.context.newPage();
  await page.goto(`${srv.origin}/fixtures/hostile.html`);
  const d = await analyze(b.context, page, { force: true });
  assert.ok(!d.error, d.error);
  assert.ok(d.anchored > 0, 'painted despite id="__quotelensLoaded"');
  const seen = await page.evaluate(() => {
    const hosts = [...document.documentElement.children].filter((e) => e.localName !== 'head' && e.localName !== 'body');
    const attached = [...window.hostile.attached];
    let reattach = 'refused';
    try { hosts[0].attachShadow({ mode: 'open' }); reattach = 'attached'; } catch { /* already has a root */ }
    return {
      hosts: hosts.map((e) => e.localName), roots: hosts.map((e) => e.shadowRoot), reattach,
      constructed: window.hostile.constructed, attached,
      text: document.documentElement.innerText.includes('Who said what'),
    };
  });
  assert.deepEqual(seen.hosts, ['div'], 'the host is a plain div');
  assert.deepEqual(seen.roots, [null], 'its shadow root is closed');
  assert.equal(seen.reattach, 'refused');
  assert.equal(seen.constructed, 0, 'no page constructor ran on the host');
  assert.deepEqual(seen.attached, [], 'the page\'s attachShadow was never called');
  assert.equal(seen.text, false, 'the panel\'s text is not in the page\'s reach');
  assert.match(await ui.text(page, '[data-role=summary]'), /quotes from/, 'the reader sees the panel');

  // The page clicks and presses keys on everything it can reach: no download.
  const download = page.waitForEvent('download', { timeout: 2000 }).then(() => 'download', () => 'none');
  await page.evaluate(() => {
    const p = document.querySelector('p');
    p.tabIndex = -1;
    p.focus();
    const host = [...document.documentElement.children].find((e) => e.localName === 'div');
    host.click();
    for (const key of ['Enter', ' ']) {
      host.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
    }
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'P', code: 'KeyP', altKey: true, shiftKey: true, bubbles: true }));
  });
  assert.equal(await download, 'none');
  assert.equal(await page.evaluate(() => document.activeElement?.localName), 'p', 'an untrusted Alt+Shift+P does nothing');
  await page.close();
});

test('a page that tampers with the highlights: painted again before a click, which opens the right quote', async () => {
  const page = await b.context.newPage();
  await page.goto(`${srv.origin}/fixtures/hostile.html`);
  const d = await analyze(b.context, page, { force: true });
  assert.ok(!d.error, d.error);
  const quote = 'Nobody wants to close a bridge';
  const pt = await rangePoint(page, quote);
  assert.ok(pt, 'the quote is painted');
  // The page moves every painted range onto the first paragraph and deletes
  // the disputed claims' highlight.
  await page.evaluate(() => {
    const p = document.querySelector('p').firstChild;
    for (const [, h] of CSS.highlights) for (const r of h) { r.setStart(p, 0); r.setEnd(p, 10); }
    CSS.highlights.delete('quotelens-dispute');
  });
  await page.mouse.click(pt.x, pt.y);
  await ui.waitVisible(page, '.popover', 5000);
  assert.match(await ui.text(page, '.popover'), /Nobody wants/, 'the click opened the quote under the pointer');
  assert.match(await ui.text(page, '[data-role=notice]'), /changed the highlights/);
  const hs = await highlights(page);
  assert.ok(hs['quotelens-direct']?.some((t) => t.startsWith(quote)), 'painted again where they belong');
  await page.close();
});

test('overlapping quotes: a click opens the longest under the pointer, with a link to the other', { skip: !hasSample && 'no sample' }, async () => {
  const page = await b.context.newPage();
  await page.goto(`${srv.origin}/sample/article.html`);
  const d = await analyze(b.context, page, { force: true });
  assert.ok(!d.error, d.error);
  // Find a point inside two highlighted ranges of different lengths.
  const spot = await page.evaluate(() => {
    const all = [];
    for (const [name, h] of CSS.highlights) if (name !== 'quotelens-focus') for (const r of h) all.push({ name, r, len: r.toString().length });
    for (const a of all) {
      for (const c of all) {
        if (a === c || a.len === c.len) continue;
        if (a.r.compareBoundaryPoints(Range.START_TO_END, c.r) <= 0 || a.r.compareBoundaryPoints(Range.END_TO_START, c.r) >= 0) continue;
        const x = document.createRange();
        x.setStart(...(a.r.compareBoundaryPoints(Range.START_TO_START, c.r) >= 0 ? [a.r.startContainer, a.r.startOffset] : [c.r.startContainer, c.r.startOffset]));
        x.setEnd(...(a.r.compareBoundaryPoints(Range.END_TO_END, c.r) <= 0 ? [a.r.endContainer, a.r.endOffset] : [c.r.endContainer, c.r.endOffset]));
        if (x.toString().trim().length < 3) continue;
        x.startContainer.parentElement.scrollIntoView({ block: 'center', behavior: 'instant' });
        const box = [...x.getClientRects()].find((q) => q.width > 4);
        if (!box) continue;
        const px = box.left + Math.min(4, box.width / 2), py = box.top + box.height / 2;
        const under = all.filter((o) => [...o.r.getClientRects()].some((q) => px >= q.left && px <= q.right && py >= q.top && py <= q.bottom));
        under.sort((p, q) => q.len - p.len || (p.name === 'quotelens-dispute' ? -1 : 0) - (q.name === 'quotelens-dispute' ? -1 : 0));
        return { x: px, y: py, longest: under[0].r.toString(), others: under.slice(1).map((o) => o.r.toString()) };
      }
    }
    return null;
  });
  assert.ok(spot, 'the sample has overlapping quotes');
  await page.mouse.click(spot.x, spot.y);
  await ui.waitVisible(page, '.popover', 5000);
  const focused = (await highlights(page))['quotelens-focus']?.[0];
  assert.equal(focused, spot.longest, 'the longest quote under the pointer is opened');
  assert.match(await ui.text(page, '[data-role=also]'), /Also here/);
  await ui.click(page, '[data-role=also] button');
  await page.waitForFunction((want) => [...(CSS.highlights.get('quotelens-focus') ?? [])][0]?.toString() === want, spot.others[0], { timeout: 5000 });
  await page.close();
});

test('the panel collapses to a handle and the highlights stay; Alt+Shift+P goes to the panel and back', async () => {
  const page = await b.context.newPage();
  await page.goto(`${srv.origin}/fixtures/hostile.html`);
  const d = await analyze(b.context, page, { force: true });
  assert.ok(!d.error, d.error);
  const painted = await highlights(page);
  await ui.click(page, '[data-action=collapse]');
  await ui.waitHidden(page, '.panel', 5000);
  assert.equal(await ui.visible(page, '.handle'), true, 'a handle is left');
  assert.deepEqual(await highlights(page), painted, 'the highlights stay');

  await page.evaluate(() => document.querySelector('a, p')?.setAttribute('tabindex', '-1'));
  await page.evaluate(() => document.querySelector('p').focus());
  await page.keyboard.press('Alt+Shift+P');
  await ui.waitVisible(page, '.panel', 5000);
  assert.equal((await ui.active(page))?.className, 'panel', 'focus is in the panel');
  await page.keyboard.press('Alt+Shift+P');
  assert.equal(await page.evaluate(() => document.activeElement?.localName), 'p', 'and back where it was');

  await ui.click(page, '[data-action=collapse]');
  await ui.click(page, '.handle');
  await ui.waitVisible(page, '.panel', 5000);
  await ui.click(page, '[data-action=close]');
  assert.deepEqual(await highlights(page), {}, '× turns Quotelens off');
  await page.close();
});

test('a corrupt saved record is dropped and the page analysed; the Saved analyses view deletes a site', async () => {
  const page = await b.context.newPage();
  const url = `${srv.origin}/fixtures/hostile.html`;
  await page.goto(url);
  const sw = await serviceWorker(b.context);
  await sw.evaluate(async (url) => chrome.storage.local.set({ ['page:' + url]: { schemaVersion: 1, engineVersion: '0.1.0', url, date: new Date().toISOString(),
    analysis: { engine: '0.1.0', quotes: [], speakers: [], disputes: 7 } } }), url);
  const d = await analyze(b.context, page);
  assert.ok(!d.error, d.error);
  assert.ok(d.anchored > 0, 'analysed afresh');
  await page.waitForTimeout(300);

  const popup = await b.context.newPage();
  await popup.goto(`chrome-extension://${b.extensionId}/ui/popup.html`);
  const site = new URL(srv.origin).host;
  await popup.locator('#saved-view summary').click();
  const row = popup.locator(`#saved-list li[data-site="${site}"]`);
  await row.waitFor({ timeout: 5000 });
  assert.match(await row.textContent(), /Harbour bridge/);
  await row.locator('[data-action=delete-site]').click();
  await row.waitFor({ state: 'detached', timeout: 5000 });
  const left = await sw.evaluate(async () => Object.keys(await chrome.storage.local.get(null)).filter((k) => k.startsWith('page:')));
  assert.deepEqual(left.filter((k) => k.includes(site)), [], 'the site\'s saved analyses are gone');
  await popup.close();
  await page.close();
});

test('a 4.9 MB page: read in part, painted, no stack overflow', async () => {
  const page = await b.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${srv.origin}/big/page.html`);
  const d = await analyze(b.context, page, { force: true, timeout: 120000 });
  assert.ok(!d.error, d.error);
  assert.equal(d.truncated, true, 'only the first part was read');
  assert.ok(d.anchored > 0);
  assert.match(await ui.text(page, '.panel'), /first part/, 'the reader is told');
  assert.deepEqual(errors, []);
  await page.close();
});

test('an analysis that fails says so in a sentence, with Try again, which paints', async (t) => {
  const page = await b.context.newPage();
  await page.goto(`${srv.origin}/fixtures/hostile.html?fail=1`);
  const sw = await serviceWorker(b.context);
  // No engine: the offscreen document closed and cannot be made again, so
  // both the content script's port and the service worker's fallback fail.
  await sw.evaluate(async () => {
    await chrome.offscreen.closeDocument().catch(() => {});
    globalThis.__qlCreate = chrome.offscreen.createDocument;
    chrome.offscreen.createDocument = () => Promise.reject(new Error('test: no offscreen document'));
  });
  const painted = () => page.evaluate(() => {
    window.__qlPainted = new Promise((resolve) => document.addEventListener('quotelens:painted', (e) => resolve(e.detail), { once: true }));
  });
  const waitPainted = async () => JSON.parse(await page.evaluate(() => Promise.race([window.__qlPainted,
    new Promise((_, reject) => setTimeout(() => reject(new Error('no quotelens:painted event')), 30000))])));
  try {
    await painted();
    const url = page.url();
    await sw.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      await globalThis.quotelens.analyzeTab(tab.id, { force: true });
    }, url);
    const failed = await waitPainted();
    assert.ok(failed.error, 'the analysis failed');
    t.diagnostic(`failed as planned: ${failed.error}`);
    const said = await ui.text(page, '[data-role=status]');
    assert.match(said, /^Quotelens could not read who said what on this page\. Try again\.$/, 'a sentence, not the raw error');
    assert.equal(await ui.visible(page, '[data-action=retry]'), true, 'a Try again button');
    assert.deepEqual(await highlights(page), {}, 'nothing painted');
  } finally {
    await sw.evaluate(() => { chrome.offscreen.createDocument = globalThis.__qlCreate; });
  }
  await painted();
  await ui.click(page, '[data-action=retry]');
  const d = await waitPainted();
  assert.ok(!d.error, d.error);
  assert.ok(d.anchored > 0, 'painted after Try again');
  await page.close();
});

// Last: it stops the service worker.
test('the background stops during an analysis: the content script asks again and paints', async () => {
  const page = await b.context.newPage();
  await page.goto(`${srv.origin}/fixtures/hostile.html?stop=1`);
  const sw = await serviceWorker(b.context);
  // Hold the analysis in the background (its storage read never ends) so
  // that it is in flight when the worker is stopped.
  await sw.evaluate(() => { chrome.storage.local.get = () => new Promise(() => {}); });
  await page.evaluate(() => {
    window.__qlPainted = new Promise((resolve) => document.addEventListener('quotelens:painted', (e) => resolve(e.detail), { once: true }));
  });
  const url = page.url();
  await sw.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    globalThis.quotelens.analyzeTab(tab.id, {});
  }, url);
  await ui.waitRoot(page, (root) => /Finding who said what/.test(root.querySelector('[data-role=status]')?.textContent ?? ''), null, 10000);
  const cdp = await b.context.newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(b.extensionId));
  assert.ok(worker, 'the service worker is a target');
  await cdp.send('Target.closeTarget', { targetId: worker.targetId });
  const d = JSON.parse(await page.evaluate(() => Promise.race([window.__qlPainted,
    new Promise((_, reject) => setTimeout(() => reject(new Error('no quotelens:painted event')), 60000))])));
  assert.ok(!d.error, d.error);
  assert.ok(d.anchored > 0, 'painted after the retry');
  await page.close();
});
