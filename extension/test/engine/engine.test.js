// The background's engine glue with the real wasm, under Node: start-up,
// calls, a Go program that dies (its promises would never settle), a call
// that times out, and restarts. Needs the built extension (dist/extension).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DIST = fileURLToPath(new URL('../../dist/extension/', import.meta.url));
const built = existsSync(DIST + 'engine/quotelens.wasm');

// What the background gets from the browser: runtime.getURL and fetch of a
// packaged file.
globalThis.chrome = { runtime: { getURL: (p) => 'ext:///' + p } };
const realFetch = globalThis.fetch;
globalThis.fetch = async (url, init) => {
  if (String(url).startsWith('ext:///')) return new Response(await readFile(DIST + String(url).slice(7)));
  return realFetch(url, init);
};
// The Go program's console output on a crash is expected here.
const quiet = (fn) => async () => {
  const { error, warn, log } = console;
  console.error = console.warn = console.log = () => {};
  try { await fn(); } finally { Object.assign(console, { error, warn, log }); }
};

test('engine: health, analyze, restart after exit and after time-out', { skip: !built && 'dist/extension not built' }, async (t) => {
  const engine = await import(DIST + 'background/engine.js');
  await t.test('starts and answers /v1/health', async () => {
    const h = engine.json(await engine.call('GET', '/v1/health'));
    assert.equal(h.status, 'ok');
    assert.equal(engine.stats.starts, 1);
  });
  await t.test('analyses HTML sent as a stream body (as Firefox needs)', async () => {
    const html = '<html><body><article><p>“We will not accept this,” said Jane Doe, the mayor. ' +
      'The council met on Monday to discuss the budget for the coming year and the plans for the park.</p></article></body></html>';
    const a = engine.json(await engine.call('POST', '/v1/analyze', { body: JSON.stringify({ html, url: 'https://x.example/' }), contentType: 'application/json' }));
    assert.equal(a.engine, '0.1.0');
    assert.ok(Array.isArray(a.quotes));
    assert.equal(engine.stats.starts, 1, 'the same instance');
  });
  await t.test('a Go program that exits rejects the pending call, and the next call restarts it', quiet(async () => {
    const inst = await engine.instance();
    // A malformed request panics inside syumai/workers, outside any handler:
    // the Go program exits and handleRequest's promise never settles.
    const pending = new Promise((resolve, reject) => { inst.pending.add(reject); });
    try { inst.binding.handleRequest({}); } catch { /* thrown synchronously by some Go versions */ }
    await assert.rejects(pending, /exited/);
    assert.equal(inst.dead, true);
    const h = engine.json(await engine.call('GET', '/v1/health'));
    assert.equal(h.status, 'ok');
    assert.equal(engine.stats.starts, 2);
    assert.equal(engine.stats.exits, 1);
  }));
  await t.test('a call over its time-out is rejected and the instance replaced', async () => {
    // A body that never ends: Go waits on it, so the time-out fires. (A
    // CPU-bound Go call holds the thread and is not interrupted: see engine.js.)
    const stream = new ReadableStream({ pull: () => new Promise(() => {}) });
    await assert.rejects(engine.call('POST', '/v1/analyze', { stream, contentType: 'text/html', timeoutMs: 200 }), /timed out/);
    assert.equal(engine.stats.timeouts, 1);
    const h = engine.json(await engine.call('GET', '/v1/health'));
    assert.equal(h.status, 'ok');
    assert.equal(engine.stats.starts, 3);
  });
  await t.test('an export comes back as a file', async () => {
    const analysis = { engine: '0.1.0', title: 'T', language: 'en', quotes: [], speakers: [], disputes: [] };
    const res = await engine.call('POST', '/v1/export?format=csv', {
      body: JSON.stringify({ analysis, url: 'https://x.example/', title: 'T', date: '2026-02-02' }), contentType: 'application/json' });
    assert.ok(res.status === 200 || res.status === 404, `status ${res.status}`);
  });
});
