// Benchmarks the extension in headless Chromium: engine size, background
// cold start, and trigger-to-painted time over the corpus pages side by side
// with Mozilla Readability's parse() on the same pages in the same browser,
// and the share of pages where Quotelens adds no long task (> 50 ms) to the
// page's main thread. Prints a table; writes extension/dist/bench.json.
// Usage: node bench.mjs [--pages N] [--starts N]
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launch, analyze } from './chromium.mjs';
import { start } from './serve.mjs';
import { ROOT, EXT_DIR, MOUNTS, corpusPages, hasCorpus } from '../../extension/test/e2e/pages.js';

const { values: opt } = parseArgs({ options: { pages: { type: 'string', default: '0' }, starts: { type: 'string', default: '3' } } });
const WASM = join(ROOT, 'extension/dist/extension/engine/quotelens.wasm');
const READABILITY = readFileSync(join(ROOT, 'extension/node_modules/@mozilla/readability/Readability.js'), 'utf8');

const q = (xs, p) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * (s.length - 1) + 0.5))];
};
const fmt = (x, unit = 'ms') => (Number.isFinite(x) ? `${x >= 100 ? Math.round(x) : x.toFixed(1)} ${unit}` : 'n/a');

const raw = statSync(WASM).size;
const gz = gzipSync(readFileSync(WASM), { level: 9 }).length;

// Cold start: a fresh browser and profile each time; the first engine call
// compiles the module, instantiates it and runs Go to Ready.
const starts = [];
for (let i = 0; i < Number(opt.starts); i++) {
  const b = await launch(EXT_DIR);
  const s = await b.sw.evaluate(async () => {
    const t0 = performance.now();
    await globalThis.quotelens.version();
    return { ready: globalThis.quotelens.engine.stats.lastStartMs, firstCall: performance.now() - t0 };
  });
  starts.push(s);
  await b.close();
}

const rows = [];
let pages = corpusPages();
if (Number(opt.pages) > 0) pages = pages.slice(0, Number(opt.pages));
if (pages.length) {
  const srv = await start(MOUNTS);
  const b = await launch(EXT_DIR);
  // Cold start is measured above: warm the engine so that the first page's
  // time is like the others'.
  await b.sw.evaluate(() => globalThis.quotelens.version());
  const page = await b.context.newPage();
  for (const name of pages) {
    const row = { page: name };
    try {
      await page.goto(`${srv.origin}/corpus/${name}/source.html`, { waitUntil: 'load', timeout: 20000 });
      // Readability on a clone, in the page's own world.
      await page.addScriptTag({ content: READABILITY });
      row.readabilityMs = await page.evaluate(() => {
        const t0 = performance.now();
        // eslint-disable-next-line no-undef
        new Readability(document.cloneNode(true)).parse();
        return performance.now() - t0;
      });
      await page.evaluate(() => {
        window.__qlLong = [];
        new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__qlLong.push(e.duration); }).observe({ type: 'longtask' });
      });
      const d = await analyze(b.context, page, { force: true, timeout: 60000 });
      row.error = d.error;
      row.paintedMs = d.paintedMs;
      row.wallMs = d.wallMs;
      row.contentMs = d.totalMs;
      row.snapshotMs = d.snapshotMs;
      row.timings = d.timings;
      row.quotes = d.quotes;
      row.anchored = d.anchored;
      row.orphans = d.orphans?.length ?? 0;
      row.longTasks = await page.evaluate(() => window.__qlLong.length);
    } catch (err) {
      row.error = String(err.message ?? err).slice(0, 200);
    }
    rows.push(row);
    process.stderr.write(`${name}: ${row.error ? 'ERROR ' + row.error : `${Math.round(row.paintedMs)} ms, ${row.quotes} quotes`}\n`);
  }
  await b.close();
  await srv.close();
}

const okRows = rows.filter((r) => !r.error && Number.isFinite(r.paintedMs));
const painted = okRows.map((r) => r.paintedMs);
const readability = okRows.map((r) => r.readabilityMs);
const ratios = okRows.filter((r) => r.readabilityMs > 0).map((r) => r.paintedMs / r.readabilityMs);
const noLong = okRows.filter((r) => r.longTasks === 0).length;
const items = okRows.reduce((n, r) => n + r.anchored + r.orphans, 0);
const anchored = okRows.reduce((n, r) => n + r.anchored, 0);

const table = [
  ['measure', 'value'],
  ['engine wasm, raw', `${(raw / 1048576).toFixed(2)} MiB (${raw} B)`],
  ['engine wasm, gzip -9', `${(gz / 1048576).toFixed(2)} MiB (${gz} B)${gz <= 2 * 1048576 ? '' : '  OVER the 2 MiB target'}`],
  [`cold start to Ready (median of ${starts.length})`, fmt(q(starts.map((s) => s.ready), 0.5))],
  ['cold start, first call answered (median)', fmt(q(starts.map((s) => s.firstCall), 0.5))],
  ['pages analysed / failed', hasCorpus ? `${okRows.length} / ${rows.length - okRows.length}` : 'skipped: no ../shared/corpus'],
  ['trigger → painted, median', fmt(q(painted, 0.5))],
  ['trigger → painted, p95', fmt(q(painted, 0.95))],
  ['Readability parse(), median', fmt(q(readability, 0.5))],
  ['Readability parse(), p95', fmt(q(readability, 0.95))],
  ['ratio Quotelens / Readability, median', Number.isFinite(q(ratios, 0.5)) ? `${q(ratios, 0.5).toFixed(1)}×` : 'n/a'],
  ['  seen from Node (+ CDP round trips), median', fmt(q(okRows.map((r) => r.wallMs), 0.5))],
  ['  trigger to content script running, median', fmt(q(okRows.map((r) => r.timings?.startMs), 0.5))],
  ['  content-script snapshot, median', fmt(q(okRows.map((r) => r.timings?.snapshotMs ?? r.snapshotMs), 0.5))],
  ['  engine call in the background, median', fmt(q(okRows.map((r) => r.timings?.engineMs), 0.5))],
  ['    of which the analysis in Go, median', fmt(q(okRows.map((r) => r.timings?.analyzeMs), 0.5))],
  ['  message round trip besides it, median', fmt(q(okRows.map((r) => r.timings?.replyMs - r.timings?.engineMs), 0.5))],
  ['  anchoring + painting, median', fmt(q(okRows.map((r) => r.timings?.anchorMs + r.timings?.paintMs), 0.5))],
  ['  panel after painting, median', fmt(q(okRows.map((r) => r.timings?.panelMs), 0.5))],
  ['pages with no long task (> 50 ms)', okRows.length ? `${noLong}/${okRows.length} (${Math.round((100 * noLong) / okRows.length)}%)` : 'n/a'],
  ['quotes + disputes anchored', items ? `${anchored}/${items} (${((100 * anchored) / items).toFixed(1)}%)` : 'n/a'],
];
const w = Math.max(...table.map((r) => r[0].length));
console.log();
for (const [k, v] of table) console.log(`${k.padEnd(w)}  ${v}`);
writeFileSync(join(ROOT, 'extension/dist/bench.json'), JSON.stringify({ raw, gz, starts, rows }, null, 2));
