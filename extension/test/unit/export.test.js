import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvField, filename, makeExport, isFormat } from '../../shared/export.js';

const analysis = {
  engine: '0.1.0', title: 'T', language: 'en',
  quotes: [{ id: 'q1', kind: 'direct', text: '=HYPERLINK("http://evil")', speaker: 's1', cue: 'said', confidence: 0.9,
    selectors: [{ type: 'TextQuoteSelector', exact: 'x' }, { type: 'TextPositionSelector', start: 1, end: 2 }] }],
  speakers: [{ id: 's1', name: '@mallory, "the" source', aliases: [], role: '+role', quotes: 1 }],
  disputes: [],
};
const req = { analysis, url: 'https://news.example/a', title: 'A page', date: '2026-02-02T10:00:00.000Z' };

test('csv: fields that start a formula are neutralised and quoted', () => {
  const cases = [
    ['=1+1', "'=1+1"], ['+1', "'+1"], ['-1', "'-1"], ['@SUM(A1)', "'@SUM(A1)"], ['\tx', "'\tx"],
    ['a,b', '"a,b"'], ['say "hi"', '"say ""hi"""'], ['line\nbreak', '"line\nbreak"'], ['plain', 'plain'], [null, ''],
  ];
  for (const [input, want] of cases) assert.equal(csvField(input), want, String(input));
});

test('csv export: no cell starts with a formula character', () => {
  const { body } = makeExport({ ...req, format: 'csv' });
  assert.match(body, /^url,title,date,id,kind,speaker,role,cue,quote,confidence\r\n/);
  assert.ok(body.includes(`"'=HYPERLINK(""http://evil"")"`));
  assert.ok(body.includes(`"'@mallory, ""the"" source"`));
  assert.ok(body.includes(`'+role`));
});

test('export: every format carries the URL, and the annotation is JSON-LD', () => {
  for (const format of ['json', 'markdown', 'csv', 'annotation']) {
    assert.ok(isFormat(format));
    assert.ok(makeExport({ ...req, format }).body.includes('https://news.example/a'), format);
  }
  const ann = JSON.parse(makeExport({ ...req, format: 'annotation' }).body);
  assert.equal(ann['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(ann.first.items[0].target.selector[1].start, 1);
  assert.equal(filename('markdown', 'Élan: a story!', req.date), 'quotelens-elan-a-story-2026-02-02.md');
  assert.equal(isFormat('exe'), false);
});
