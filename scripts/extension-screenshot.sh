#!/usr/bin/env bash
# Takes the README's screenshot of Quotelens (extension/docs/screenshot.png):
# the seed article in headless Chromium with its highlights, the panel and the
# popover of the seed's quote. Run on purpose, when the UI changes; the test
# suite never writes a tracked file. Builds the extension first unless
# NO_BUILD=1. Needs ../shared/seed, Chromium (/usr/bin/chromium) and the
# extension's npm packages (scripts/extension-build.sh installs them).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
[[ "${NO_BUILD:-}" == 1 ]] || bash "$ROOT/scripts/extension-build.sh" >/dev/null
cd "$ROOT/extension"
node --input-type=module - <<'JS'
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, analyze } from '../scripts/extension/chromium.mjs';
import { start } from '../scripts/extension/serve.mjs';
import { ROOT, EXT_DIR, MOUNTS, hasSeed, SEED_QUOTE } from './test/e2e/pages.js';
import * as ui from './test/e2e/closed.js';

if (!hasSeed) throw new Error('extension-screenshot: no ../shared/seed/article.html');
const srv = await start(MOUNTS);
const b = await launch(EXT_DIR);
try {
  const page = await b.context.newPage();
  await page.goto(`${srv.origin}/seed/article.html`);
  const d = await analyze(b.context, page, { force: true });
  if (d.error) throw new Error(d.error);
  const pt = await page.evaluate((prefix) => {
    for (const r of CSS.highlights.get('quotelens-direct') ?? []) {
      if (!r.toString().trim().startsWith(prefix)) continue;
      r.startContainer.parentElement.scrollIntoView({ block: 'center', behavior: 'instant' });
      const box = r.getClientRects()[0];
      return { x: box.left + Math.min(20, box.width / 2), y: box.top + box.height / 2 };
    }
    return null;
  }, SEED_QUOTE);
  if (!pt) throw new Error(`no highlight starts with "${SEED_QUOTE}"`);
  await page.mouse.click(pt.x, pt.y);
  await ui.waitVisible(page, '.popover', 5000);
  const out = join(ROOT, 'extension/docs/screenshot.png');
  mkdirSync(join(ROOT, 'extension/docs'), { recursive: true });
  await page.screenshot({ path: out });
  console.log(`extension-screenshot: ${out}`);
} finally {
  await b.close();
  await srv.close();
}
JS
