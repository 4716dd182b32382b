import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SCHEMA_VERSION, makeRecord, readRecord, storageKey, indexOf, indexAfterSave, normalizeUrl } from '../../shared/storage.js';

const analysis = { engine: '0.1.0', title: 'T', language: 'en', quotes: [], speakers: [], disputes: [] };

test('storage: a new record reads back as ok', () => {
  const r = makeRecord('https://news.example/a#section', analysis, new Date('2026-02-02T10:00:00Z'));
  assert.deepEqual(r, { schemaVersion: SCHEMA_VERSION, engineVersion: '0.1.0', url: 'https://news.example/a', analysis, date: '2026-02-02T10:00:00.000Z' });
  assert.deepEqual(readRecord(JSON.parse(JSON.stringify(r)), '0.1.0'), { record: r, status: 'ok' });
});

test('storage: versions', () => {
  const r = makeRecord('https://news.example/a', analysis);
  const cases = [
    { desc: 'other engine', raw: r, engine: '0.2.0', status: 'stale-engine' },
    { desc: 'future schema left alone', raw: { ...r, schemaVersion: SCHEMA_VERSION + 1 }, engine: '0.1.0', status: 'future' },
    { desc: 'schema 0 (bare analysis) migrated', raw: { ...analysis, url: 'https://news.example/a' }, engine: '0.1.0', status: 'migrated' },
    { desc: 'garbage', raw: 'x', engine: '0.1.0', status: 'invalid' },
    { desc: 'no analysis', raw: { schemaVersion: 1, url: 'u' }, engine: '0.1.0', status: 'invalid' },
  ];
  for (const c of cases) assert.equal(readRecord(c.raw, c.engine).status, c.status, c.desc);
  assert.equal(readRecord({ ...analysis, url: 'https://news.example/a' }, '0.1.0').record?.schemaVersion, 1);
});

test('storage: keys ignore the fragment; eviction drops the oldest', () => {
  assert.equal(storageKey('https://a.example/x?y=1#z', true), 'page:https://a.example/x?y=1');
  assert.equal(normalizeUrl('not a url'), 'not a url');
  const all = {
    'page:a': { date: '2026-01-01T00:00:00Z' }, 'page:b': { date: '2026-01-03T00:00:00Z' },
    'page:c': { date: '2026-01-02T00:00:00Z' }, 'settings:x': {},
  };
  const index = indexOf(all);
  assert.deepEqual(index, { 'page:a': Date.parse('2026-01-01T00:00:00Z'), 'page:b': Date.parse('2026-01-03T00:00:00Z'), 'page:c': Date.parse('2026-01-02T00:00:00Z') });
  const saved = indexAfterSave(index, 'page:d', Date.parse('2026-01-04T00:00:00Z'), 3);
  assert.deepEqual(saved.evict, ['page:a']);
  assert.deepEqual(Object.keys(saved.index).sort(), ['page:b', 'page:c', 'page:d']);
  assert.deepEqual(indexAfterSave(index, 'page:a', Date.parse('2026-01-05T00:00:00Z'), 3).evict, [], 'saving a page again does not grow the index');
  assert.deepEqual(indexAfterSave(index, 'page:d', 1, 5).evict, []);
});

test('sites: a page\'s site is a port-less match pattern', async () => {
  const { sitePattern, siteHost } = await import('../../shared/sites.js');
  const cases = [
    ['https://news.example/a/b?c#d', 'https://news.example/*'],
    ['http://127.0.0.1:8080/x', 'http://127.0.0.1/*'],
    ['chrome-extension://abc/ui/popup.html', null],
    ['about:blank', null],
    [undefined, null],
  ];
  for (const [url, want] of cases) assert.equal(sitePattern(url), want, String(url));
  assert.equal(siteHost('https://news.example/*'), 'news.example');
});
