// End to end in headless Chromium: the side panel (sidepanel/sidepanel.html)
// lists the speakers of the analysed tab, filters by kind, exports, follows a
// new analysis, shows a chosen quote on the page (scrolled to, popover open)
// and applies its filters to the page's highlights, and still finds the tab's
// analysis after the service worker was stopped. A headless browser cannot open the real side panel (it needs
// the reader's gesture), so the test opens the panel's page in a tab, pinned
// to the article's tab with ?tab=ID.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launch, highlights } from '../../../scripts/extension/chromium.mjs';
import * as ui from './closed.js';
import { stopServiceWorker, analyzeByMessage } from '../../../scripts/extension/coldstart.mjs';
import { start } from '../../../scripts/extension/serve.mjs';
import { EXT_DIR, MOUNTS, hasSeed, SEED_QUOTE, SEED_SPEAKER } from './pages.js';

/** @type {Awaited<ReturnType<typeof launch>>} */
let b;
/** @type {Awaited<ReturnType<typeof start>>} */
let srv;
let driver;

before(async () => {
  srv = await start(MOUNTS);
  b = await launch(EXT_DIR);
  driver = await b.context.newPage();
  await driver.goto(`chrome-extension://${b.extensionId}/ui/popup.html`);
});
after(async () => {
  await b?.close();
  await srv?.close();
});

/** @returns {Promise<number>} the id of the tab showing url */
const tabId = (url) => driver.evaluate(async (url) => (await chrome.tabs.query({ url }))[0].id, url);

/** Opens the panel's page pinned to a tab. */
async function openPanel(id) {
  const panel = await b.context.newPage();
  const errors = [];
  panel.on('pageerror', (e) => errors.push(String(e)));
  await panel.goto(`chrome-extension://${b.extensionId}/sidepanel/sidepanel.html?tab=${id}`);
  await panel.waitForFunction(() => document.documentElement.dataset.loaded, null, { timeout: 10000 });
  return { panel, errors };
}

/**
 * Where the focused highlight (the popover's quote) is in the page's
 * viewport, and its text; null when none is focused.
 */
const focused = (page) => page.evaluate(() => {
  const h = CSS.highlights.get('quotelens-focus');
  const r = h && [...h][0];
  if (!r) return null;
  const box = r.getBoundingClientRect();
  return { text: r.toString(), top: box.top, bottom: box.bottom, height: innerHeight };
});

test('the manifest declares the side panel and its shortcut', async () => {
  const m = await driver.evaluate(() => chrome.runtime.getManifest());
  assert.equal(m.side_panel.default_path, 'sidepanel/sidepanel.html');
  const cmds = await driver.evaluate(() => chrome.commands.getAll());
  assert.ok(cmds.some((c) => c.name === 'open-panel'), 'open-panel command');
});

test('side panel: speakers of the analysed tab, filters, export, updates, stopped worker', { skip: !hasSeed && 'no ../shared/seed' }, async (t) => {
  const page = await b.context.newPage();
  await page.goto(`${srv.origin}/seed/article.html`);
  const id = await tabId(page.url());
  const { panel, errors } = await openPanel(id);

  await t.test('before an analysis it says how to start', async () => {
    assert.equal(await panel.locator('#empty').isVisible(), true);
    assert.equal(await panel.locator('#main').isVisible(), false);
  });

  await t.test('it lists the speakers once the tab is analysed', async () => {
    const d = await analyzeByMessage(driver, page, { force: true });
    assert.ok(!d.error, d.error);
    await panel.locator('#speakers h3').first().waitFor({ timeout: 10000 });
    const names = await panel.locator('#speakers h3').allTextContents();
    assert.ok(names.some((n) => SEED_SPEAKER.test(n)), `speakers: ${names.join('; ')}`);
    const quotes = await panel.locator('#speakers button').allTextContents();
    assert.ok(quotes.some((q) => q.includes(SEED_QUOTE)), 'the quote is listed');
    assert.equal(await panel.locator('#main').isVisible(), true);
  });

  await t.test('filters hide a kind', async () => {
    const count = () => panel.locator('#speakers button[data-kind=direct]').count();
    assert.ok(await count() > 0);
    await panel.locator('#f-direct').uncheck();
    assert.equal(await count(), 0);
    await panel.locator('#f-direct').check();
    assert.ok(await count() > 0);
  });

  await t.test('choosing a quote scrolls the page to it and opens its popover there', async () => {
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    const btn = panel.locator('#speakers button', { hasText: SEED_QUOTE }).first();
    await btn.click();
    await ui.waitVisible(page, '.popover');
    assert.match(await ui.text(page, '.popover [data-role=speaker]') ?? '', SEED_SPEAKER);
    const f = await focused(page);
    assert.ok(f, 'the quote is marked as the focused one');
    assert.ok(f.text.includes(SEED_QUOTE), `focused: ${f.text}`);
    assert.ok(f.top >= 0 && f.bottom <= f.height, `in view: ${JSON.stringify(f)}`);
    assert.doesNotMatch(await panel.locator('#summary').textContent(), /not reachable|not on this page/);
  });

  await t.test('the panel\'s filters apply to the page\'s highlights and its own panel', async () => {
    const direct = async () => ((await highlights(page))['quotelens-direct'] ?? []).length;
    assert.ok(await direct() > 0);
    await panel.locator('#f-direct').uncheck();
    await ui.waitRoot(page, (root) => root.querySelector('#ql-f-direct')?.checked === false);
    assert.equal(await direct(), 0, 'no direct quote painted');
    assert.ok(((await highlights(page))['quotelens-indirect'] ?? []).length > 0, 'the other kinds stay');
    await panel.locator('#f-direct').check();
    await ui.waitRoot(page, (root) => root.querySelector('#ql-f-direct')?.checked === true);
    assert.ok(await direct() > 0);
  });

  await t.test('the speaker list is reachable from the keyboard', async () => {
    await panel.locator('#f-dispute').focus();
    let reached = false;
    for (let i = 0; i < 5 && !reached; i++) {
      await panel.keyboard.press('Tab');
      reached = await panel.evaluate(() => Boolean(document.activeElement?.closest('#speakers')));
    }
    assert.ok(reached, 'Tab reaches a quote in the list');
  });

  await t.test('export to a file from the panel', async () => {
    await panel.locator('#format').selectOption('json');
    const [dl] = await Promise.all([panel.waitForEvent('download', { timeout: 15000 }), panel.locator('#download').click()]);
    const body = await readFile(await dl.path(), 'utf8');
    assert.match(dl.suggestedFilename(), /^quotelens-.*\.json$/);
    assert.ok(body.includes('joint operations'));
    assert.ok(body.includes(page.url()));
  });

  await t.test('the service worker stopped: the panel still finds the tab\'s analysis', async () => {
    await stopServiceWorker(b.context, driver);
    await panel.reload();
    await panel.waitForFunction(() => document.documentElement.dataset.loaded, null, { timeout: 10000 });
    const names = await panel.locator('#speakers h3').allTextContents();
    assert.ok(names.some((n) => SEED_SPEAKER.test(n)));
    // And a quote chosen then still reaches the page.
    await ui.inRoot(page, (root) => root.querySelector('.popover .close')?.click());
    await ui.waitHidden(page, '.popover');
    await panel.locator('#speakers button', { hasText: SEED_QUOTE }).first().click();
    await ui.waitVisible(page, '.popover');
  });

  await t.test('a page that no longer runs Quotelens: the panel says so', async () => {
    await page.reload();
    await panel.locator('#speakers button', { hasText: SEED_QUOTE }).first().click();
    await panel.waitForFunction(() => /not reachable/.test(document.getElementById('summary')?.textContent ?? ''), null, { timeout: 10000 });
  });

  assert.deepEqual(errors, []);
  await panel.close();
  await page.close();
});

test('the popup\'s Open side panel button opens the browser\'s side panel (the click is the reader\'s gesture)', async () => {
  const cdp = await b.context.newCDPSession(driver);
  // The real panel is the page without ?tab=: the tests' own panels are pinned.
  const panels = async () => (await cdp.send('Target.getTargets')).targetInfos
    .filter((t) => t.url === `chrome-extension://${b.extensionId}/sidepanel/sidepanel.html`);
  assert.equal((await panels()).length, 0);
  const popup = await b.context.newPage();
  await popup.goto(`chrome-extension://${b.extensionId}/ui/popup.html`);
  await popup.locator('#sidepanel').waitFor({ state: 'visible' });
  assert.match(await popup.locator('#panel-shortcut').textContent(), /L/);
  const closed = popup.waitForEvent('close');
  await popup.locator('#sidepanel').click();
  await closed; // the popup closes once the panel is open
  let found = [];
  for (let i = 0; i < 50 && !found.length; i++) {
    found = await panels();
    if (!found.length) await new Promise((r) => setTimeout(r, 100));
  }
  assert.equal(found.length, 1, 'a side panel is open');
  await cdp.detach();
});
