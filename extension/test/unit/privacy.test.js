// The reader's privacy in what is stored, and the text the UI shows: query
// strings dropped from stored addresses unless kept, nothing stored from a
// private window, corrupt records dropped rather than shown, the Saved
// analyses view's list, export and delete, and Bidi controls taken out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storageKey, normalizeUrl, makeRecord, readRecord, mayStore, validAnalysis, INDEX_KEY } from '../../shared/storage.js';
import { listSaved, deleteSaved, exportSaved, keysOf } from '../../shared/saved.js';
import { stripBidi } from '../../content/dom.js';

const analysis = { engine: '0.1.0', title: 'T', language: 'en', quotes: [], speakers: [], disputes: [] };

test('privacy: stored addresses drop the query string and fragment unless the reader keeps the query', () => {
  const cases = [
    { desc: 'query and fragment dropped', url: 'https://mail.example/read?msg=42&token=s3cret#top', keep: false, want: 'https://mail.example/read' },
    { desc: 'kept on request, fragment still dropped', url: 'https://mail.example/read?msg=42#top', keep: true, want: 'https://mail.example/read?msg=42' },
    { desc: 'no query', url: 'https://news.example/a', keep: false, want: 'https://news.example/a' },
    { desc: 'not a URL', url: 'junk?x#y', keep: false, want: 'junk' },
  ];
  for (const c of cases) {
    assert.equal(normalizeUrl(c.url, c.keep), c.want, c.desc);
    assert.equal(makeRecord(c.url, analysis, new Date(0), c.keep).url, c.want, c.desc);
  }
  const a = storageKey('https://mail.example/read?msg=1');
  const b = storageKey('https://mail.example/read?msg=2');
  assert.notEqual(a, b, 'pages that differ by query keep apart');
  assert.ok(!a.includes('msg=1') && !b.includes('msg=2'), 'the key does not spell the query out');
  assert.equal(storageKey('https://news.example/a#x'), 'page:https://news.example/a');
  assert.equal(storageKey('https://news.example/a?b=1', true), 'page:https://news.example/a?b=1');
});

test('privacy: nothing is stored from a private window', () => {
  assert.equal(mayStore({ incognito: true }), false);
  assert.equal(mayStore({ incognito: false }), true);
  assert.equal(mayStore(undefined), true);
});

test('storage: corrupt records are invalid, never shown', () => {
  const r = makeRecord('https://news.example/a', analysis);
  const cases = [
    { desc: 'disputes not an array ("a.disputes is not iterable")', raw: { ...r, analysis: { ...analysis, disputes: 7 } } },
    { desc: 'speakers missing', raw: { ...r, analysis: { ...analysis, speakers: undefined } } },
    { desc: 'a quote without selectors', raw: { ...r, analysis: { ...analysis, quotes: [{ id: 'q1', text: 'x' }] } } },
    { desc: 'a dispute without its claim', raw: { ...r, analysis: { ...analysis, disputes: [{ id: 'd1', dispute: { text: 'x', selectors: [] } }] } } },
    { desc: 'a speaker without a name', raw: { ...r, analysis: { ...analysis, speakers: [{ id: 's1' }] } } },
    { desc: 'null analysis', raw: { ...r, analysis: null } },
  ];
  for (const c of cases) assert.equal(readRecord(c.raw, '0.1.0').status, 'invalid', c.desc);
  assert.equal(validAnalysis(analysis), true);
});

/** A storage.local stand-in. */
function area(init) {
  const data = structuredClone(init);
  return {
    data,
    async get(keys) {
      if (keys === null) return structuredClone(data);
      const out = {};
      for (const k of [].concat(keys)) if (k in data) out[k] = structuredClone(data[k]);
      return out;
    },
    async set(items) { Object.assign(data, structuredClone(items)); },
    async remove(keys) { for (const k of [].concat(keys)) delete data[k]; },
  };
}

test('saved analyses: listed newest first by site, corrupt ones left out, exported, deleted by one, site or all', async () => {
  const rec = (url, date, title) => ({ ...makeRecord(url, { ...analysis, title }, new Date(date)) });
  const a = area({
    'page:https://a.example/1': rec('https://a.example/1', '2026-01-01T00:00:00Z', 'One'),
    'page:https://a.example/2': rec('https://a.example/2', '2026-01-03T00:00:00Z', 'Two'),
    'page:https://b.example/x': rec('https://b.example/x', '2026-01-02T00:00:00Z', 'Ex'),
    'page:https://c.example/bad': { schemaVersion: 1, url: 'https://c.example/bad', analysis: { quotes: [], disputes: 3 } },
    [INDEX_KEY]: { 'page:https://a.example/1': 1, 'page:https://a.example/2': 3, 'page:https://b.example/x': 2, 'page:https://c.example/bad': 0 },
    'settings:autoSites': ['https://a.example/*'],
  });
  const warn = console.warn;
  const warned = [];
  console.warn = (...args) => warned.push(args.join(' '));
  let got;
  try {
    got = await listSaved(a);
  } finally {
    console.warn = warn;
  }
  assert.deepEqual(got.saved.map((s) => s.title), ['Two', 'Ex', 'One']);
  assert.deepEqual(got.corrupt, ['page:https://c.example/bad']);
  assert.equal(warned.length, 1, 'one console line for the corrupt record');
  const file = JSON.parse(await exportSaved(a, keysOf(got.saved, 'a.example')));
  assert.deepEqual(file.records.map((r) => r.analysis.title), ['Two', 'One']);

  await deleteSaved(a, ['page:https://b.example/x']);
  assert.equal('page:https://b.example/x' in a.data, false);
  assert.equal('page:https://b.example/x' in a.data[INDEX_KEY], false, 'the index follows');
  await deleteSaved(a, keysOf(got.saved, 'a.example'));
  assert.deepEqual(Object.keys(a.data).filter((k) => k.startsWith('page:')), ['page:https://c.example/bad']);
  await deleteSaved(a, ['settings:autoSites']);
  assert.ok(a.data['settings:autoSites'], 'only saved analyses are deleted');
});

test('Bidi controls are taken out of text the UI shows', () => {
  assert.equal(stripBidi('Smith\u202e(verified)\u202c said\u2066 x\u2069\u200f'), 'Smith(verified) said x');
  assert.equal(stripBidi('שלום “quoted”'), 'שלום “quoted”', 'right-to-left text itself stays');
});
