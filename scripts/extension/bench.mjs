// Benchmarks the extension in headless Chromium: engine size, the engine's
// first start in a fresh browser, and trigger-to-painted time over the
// corpus pages, each page twice: warm (the service worker running) and cold
// (the service worker stopped first, as Chrome does after about 30 s idle),
// both started as the popup does (a message from an extension page), side by
// side with Mozilla Readability's parse() on the same pages in the same
// browser; the share of the cold time spent starting the engine, the memory
// the idle engine keeps, and the share of pages where Quotelens adds no long
// task (> 50 ms) to the page's main thread. Prints a table; writes
// extension/dist/bench.json.
// Usage: node bench.mjs [--pages N] [--starts N] [--close-offscreen]   (--pages 0: all 130)
// --close-offscreen: before each cold run, close Chrome's offscreen document
// too, so that the click starts the engine again (the worst case: a browser
// just started, or Chrome closed the document), not only the service worker.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from './chromium.mjs';
import { stopServiceWorker, analyzeByMessage } from './coldstart.mjs';
import { start } from './serve.mjs';
import { ROOT, EXT_DIR, MOUNTS, corpusPages, hasCorpus, hasSample } from '../../extension/test/e2e/pages.js';

const { values: opt } = parseArgs({ options: { pages: { type: 'string', default: '0' }, starts: { type: 'string', default: '3' }, 'close-offscreen': { type: 'boolean', default: false } } });
const closeOffscreen = Boolean(opt['close-offscreen']);
const WASM = join(ROOT, 'extension/dist/extension/engine/quotelens.wasm');
const READABILITY = readFileSync(join(ROOT, 'extension/node_modules/@mozilla/readability/Readability.js'), 'utf8');

const q = (xs, p) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * (s.length - 1) + 0.5))];
};
const fmt = (x, unit = 'ms') => (Number.isFinite(x) ? `${x >= 100 ? Math.round(x) : x.toFixed(1)} ${unit}` : 'n/a');

/**
 * The phase of a run (from the painted event's timings) in which a long task
 * started: before the content script ran, the snapshot, waiting for the
 * reply (its parsing included), anchoring, painting, the panel, or after.
 */
function phaseAt(d, at) {
  const t = d.timings ?? {};
  if (!d.startedAt) return 'unknown';
  const ends = [['snapshot', t.snapshotMs], ['reply', t.replyMs], ['anchor', t.anchorMs], ['paint', t.paintMs], ['panel', t.panelMs]];
  if (at < d.startedAt) return 'injection';
  let end = d.startedAt;
  for (const [name, ms] of ends) {
    end += ms ?? 0;
    if (at < end) return name;
  }
  return 'after';
}

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
    const firstCall = performance.now() - t0;
    const { stats } = await globalThis.quotelens.engine.stats();
    return { ready: stats.lastStartMs, compile: stats.lastCompileMs, instantiate: stats.lastInstantiateMs, goStart: stats.lastGoStartMs, firstCall };
  });
  starts.push(s);
  await b.close();
}

const rows = [];
let memory = { peakBytes: NaN, idleBytes: NaN, trims: 0 };
let pages = corpusPages();
if (Number(opt.pages) > 0) pages = pages.slice(0, Number(opt.pages));
if (pages.length) {
  const srv = await start(MOUNTS);
  const b = await launch(EXT_DIR);
  await b.sw.evaluate(() => globalThis.quotelens.version());
  // The popup's stand-in: an extension page that sends the start message
  // (and wakes a stopped service worker) and reads the engine's counters.
  const driver = await b.context.newPage();
  await driver.goto(`chrome-extension://${b.extensionId}/sidepanel/sidepanel.html?tab=1`);
  const engineStats = () => driver.evaluate(() => chrome.runtime.sendMessage({ type: 'quotelens:bg-off-stats' }));
  const page = await b.context.newPage();
  // One analysis before measuring, as a reader's engine has done before
  // their click: the first calls run unoptimised code.
  if (hasSample) {
    await page.goto(`${srv.origin}/sample/article.html`);
    await analyzeByMessage(driver, page, { force: true });
  }
  const url = (name) => `${srv.origin}/corpus/${name}/source.html`;
  const watchLongTasks = () => page.evaluate(() => {
    window.__qlLong = [];
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) window.__qlLong.push({ at: performance.timeOrigin + e.startTime, ms: e.duration });
    }).observe({ type: 'longtask' });
  });
  for (const name of pages) {
    const row = { page: name };
    try {
      await page.goto(url(name), { waitUntil: 'load', timeout: 20000 });
      // Readability on a clone, in the page's own world.
      await page.addScriptTag({ content: READABILITY });
      row.readabilityMs = await page.evaluate(() => {
        const t0 = performance.now();
        // eslint-disable-next-line no-undef
        new Readability(document.cloneNode(true)).parse();
        return performance.now() - t0;
      });
      // Warm and cold in turn first: the second analysis of a page finds
      // more of the engine's code optimised by V8.
      const order = rows.length % 2 ? ['cold', 'warm'] : ['warm', 'cold'];
      for (const mode of order) {
        await page.goto(url(name), { waitUntil: 'load', timeout: 20000 });
        // Cold: the service worker stopped first (and with --close-offscreen
        // the offscreen document closed, its engine with it: asking for the
        // counters then would start it again, so they are not read before).
        const fresh = mode === 'cold' && closeOffscreen;
        if (fresh) await driver.evaluate(() => chrome.offscreen.closeDocument());
        if (mode === 'cold') await stopServiceWorker(b.context, driver);
        const before = fresh ? null : await engineStats();
        await watchLongTasks();
        const d = await analyzeByMessage(driver, page, { force: true, timeout: 60000 });
        const after = await engineStats();
        const long = await page.evaluate(() => window.__qlLong);
        const longTasks = long.length;
        const longPhases = long.map((t) => ({ phase: phaseAt(d, t.at), ms: Math.round(t.ms) }));
        row.error ??= d.error;
        row.wasmBytes = after.memory.wasmBytes;
        if (mode === 'cold') {
          row.coldMs = d.paintedMs;
          row.coldTimings = d.timings;
          row.coldLongTasks = longTasks;
          row.coldLongPhases = longPhases;
          row.coldEngineStartMs = after.stats.starts > (before?.stats.starts ?? 0) ? after.stats.lastStartMs : 0;
          continue;
        }
        row.paintedMs = d.paintedMs;
        row.wallMs = d.wallMs;
        row.contentMs = d.totalMs;
        row.snapshotMs = d.snapshotMs;
        row.timings = d.timings;
        row.quotes = d.quotes;
        row.anchored = d.anchored;
        row.orphans = d.orphans?.length ?? 0;
        row.longTasks = longTasks;
        row.longPhases = longPhases;
      }
    } catch (err) {
      row.error = String(err.message ?? err).slice(0, 200);
    }
    rows.push(row);
    process.stderr.write(`${name}: ${row.error ? 'ERROR ' + row.error : `warm ${Math.round(row.paintedMs)} ms, cold ${Math.round(row.coldMs)} ms, ${row.quotes} quotes`}\n`);
  }
  // The memory the engine keeps between articles: its peak over the run,
  // then what is left once it has been idle long enough to be trimmed.
  const peak = await engineStats();
  await driver.evaluate(() => chrome.runtime.sendMessage({ type: 'quotelens:bg-off-trim-after', ms: 1000 }));
  // The new setting applies from the next call on.
  await driver.evaluate(() => chrome.runtime.sendMessage({ type: 'quotelens:bg-off-call', method: 'GET', path: '/v1/health' }));
  await new Promise((r) => setTimeout(r, 6000));
  const idle = await engineStats();
  memory = { peakBytes: Math.max(peak.memory.wasmBytes, ...rows.map((r) => r.wasmBytes ?? 0)), idleBytes: idle.memory.wasmBytes, trims: idle.stats.trims };
  await b.close();
  await srv.close();
}

const okRows = rows.filter((r) => !r.error && Number.isFinite(r.paintedMs));
const painted = okRows.map((r) => r.paintedMs);
const cold = okRows.map((r) => r.coldMs).filter(Number.isFinite);
const coldStarted = okRows.filter((r) => r.coldEngineStartMs > 0);
const startShare = okRows.filter((r) => Number.isFinite(r.coldMs)).map((r) => (r.coldEngineStartMs ?? 0) / r.coldMs);
const noLongCold = okRows.filter((r) => r.coldLongTasks === 0).length;
const mib = (x) => (Number.isFinite(x) ? `${(x / 1048576).toFixed(1)} MiB` : 'n/a');
const readability = okRows.map((r) => r.readabilityMs);
const ratios = okRows.filter((r) => r.readabilityMs > 0).map((r) => r.paintedMs / r.readabilityMs);
const noLong = okRows.filter((r) => r.longTasks === 0).length;
const items = okRows.reduce((n, r) => n + r.anchored + r.orphans, 0);
const anchored = okRows.reduce((n, r) => n + r.anchored, 0);

/** Counts long tasks per phase: "snapshot 2 (max 80 ms), panel 1 (…)". */
function byPhase(list) {
  const m = new Map();
  for (const { phase, ms } of list) {
    const e = m.get(phase) ?? { n: 0, max: 0 };
    e.n++;
    e.max = Math.max(e.max, ms);
    m.set(phase, e);
  }
  return m.size ? [...m].map(([k, e]) => `${k} ${e.n} (max ${e.max} ms)`).join(', ') : 'none';
}

const table = [
  ['measure', 'value'],
  ['engine wasm, raw', `${(raw / 1048576).toFixed(2)} MiB (${raw} B)`],
  ['engine wasm, gzip -9', `${(gz / 1048576).toFixed(2)} MiB (${gz} B)${gz <= 2 * 1048576 ? '' : '  OVER the 2 MiB target'}`],
  [`cold start to Ready (median of ${starts.length})`, fmt(q(starts.map((s) => s.ready), 0.5))],
  ['  of which compile / instantiate / Go start to Ready', [q(starts.map((s) => s.compile), 0.5), q(starts.map((s) => s.instantiate), 0.5), q(starts.map((s) => s.goStart), 0.5)].map((x) => fmt(x)).join(' / ')],
  ['cold start, first call answered (median)', fmt(q(starts.map((s) => s.firstCall), 0.5))],
  ['pages analysed / failed', hasCorpus ? `${okRows.length} / ${rows.length - okRows.length}` : 'skipped: no ../shared/corpus'],
  ['trigger → painted, warm, median', fmt(q(painted, 0.5))],
  ['trigger → painted, warm, p95', fmt(q(painted, 0.95))],
  [`trigger → painted, cold (worker stopped${closeOffscreen ? ', offscreen document closed' : ''}), median`, fmt(q(cold, 0.5))],
  ['trigger → painted, cold, p95', fmt(q(cold, 0.95))],
  ['cold median / warm median', Number.isFinite(q(cold, 0.5) / q(painted, 0.5)) ? `${(q(cold, 0.5) / q(painted, 0.5)).toFixed(2)}×` : 'n/a'],
  ['cold runs that started the engine', `${coldStarted.length}/${cold.length}`],
  ['share of cold time starting the engine, median / max', [q(startShare, 0.5), Math.max(0, ...startShare)].map((x) => (Number.isFinite(x) ? `${Math.round(100 * x)}%` : 'n/a')).join(' / ')],
  ['  cold: trigger to content script running, median', fmt(q(okRows.map((r) => r.coldTimings?.startMs), 0.5))],
  ['  cold: engine call (where the engine runs), median', fmt(q(okRows.map((r) => r.coldTimings?.engineMs), 0.5))],
  ['engine memory (wasm), peak over the run', mib(memory.peakBytes)],
  ['engine memory (wasm) kept when idle (after trim)', `${mib(memory.idleBytes)}${memory.idleBytes <= 64 * 1048576 ? '' : '  OVER the 64 MB target'}`],
  ['Readability parse(), median', fmt(q(readability, 0.5))],
  ['Readability parse(), p95', fmt(q(readability, 0.95))],
  ['ratio Quotelens / Readability, median', Number.isFinite(q(ratios, 0.5)) ? `${q(ratios, 0.5).toFixed(1)}×` : 'n/a'],
  ['  seen from Node (+ CDP round trips), median', fmt(q(okRows.map((r) => r.wallMs), 0.5))],
  ['  trigger to content script running, median', fmt(q(okRows.map((r) => r.timings?.startMs), 0.5))],
  ['  content-script snapshot, median', fmt(q(okRows.map((r) => r.timings?.snapshotMs ?? r.snapshotMs), 0.5))],
  ['  engine call (where the engine runs), median', fmt(q(okRows.map((r) => r.timings?.engineMs), 0.5))],
  ['    of which the analysis in Go, median', fmt(q(okRows.map((r) => r.timings?.analyzeMs), 0.5))],
  ['  message round trip besides it, median', fmt(q(okRows.map((r) => r.timings?.replyMs - r.timings?.engineMs), 0.5))],
  ['  anchoring + painting, median', fmt(q(okRows.map((r) => r.timings?.anchorMs + r.timings?.paintMs), 0.5))],
  ['  panel after painting, median', fmt(q(okRows.map((r) => r.timings?.panelMs), 0.5))],
  ['pages with no long task (> 50 ms), warm', okRows.length ? `${noLong}/${okRows.length} (${Math.round((100 * noLong) / okRows.length)}%)` : 'n/a'],
  ['pages with no long task (> 50 ms), cold', okRows.length ? `${noLongCold}/${okRows.length} (${Math.round((100 * noLongCold) / okRows.length)}%)` : 'n/a'],
  ['long tasks by phase, warm', byPhase(okRows.flatMap((r) => r.longPhases ?? []))],
  ['long tasks by phase, cold', byPhase(okRows.flatMap((r) => r.coldLongPhases ?? []))],
  ['quotes + disputes anchored', items ? `${anchored}/${items} (${((100 * anchored) / items).toFixed(1)}%)` : 'n/a'],
];
const w = Math.max(...table.map((r) => r[0].length));
console.log();
for (const [k, v] of table) console.log(`${k.padEnd(w)}  ${v}`);
writeFileSync(join(ROOT, 'extension/dist/bench.json'), JSON.stringify({ raw, gz, closeOffscreen, starts, memory, rows }, null, 2));
