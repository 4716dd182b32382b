import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Corpus, anchor, approximate, fold } from '../../shared/anchor.js';
import { utf16ToUtf8, utf8ToUtf16 } from '../../shared/offsets.js';

const TEXT = 'Intro. “We are never going to accept joint operations,” Sheinbaum said. ' +
  'Later: “We are never going to accept joint operations,” she repeated on Friday. 🇲🇽 Emoji “ok” here.';

/** Makes selectors for TEXT[s, e) as the engine does. */
function sel(text, s, e) {
  return [
    { type: 'TextQuoteSelector', exact: text.slice(s, e), prefix: text.slice(Math.max(0, s - 32), s), suffix: text.slice(e, e + 32) },
    { type: 'TextPositionSelector', start: s, end: e },
  ];
}

const cases = [
  { desc: 'position agrees with the quote', text: TEXT, edit: (t) => t, pick: 1, want: 'position' },
  { desc: 'text moved: second occurrence found by prefix/suffix', text: TEXT, edit: (t) => 'NEW PARAGRAPH. ' + t, pick: 1, want: 'quote' },
  { desc: 'white space and quote marks changed: folded', text: TEXT, edit: (t) => 'X ' + t.replace(/never going/g, 'never\n  going'), pick: 0, want: 'folded' },
  { desc: 'a word changed: fuzzy', text: TEXT, edit: (t) => t.replace(/accept joint operations/g, 'accept joint operation'), pick: 0, want: 'fuzzy' },
];

for (const c of cases) {
  test(`anchor: ${c.desc}`, () => {
    const needle = 'We are never going to accept joint operations';
    let s = -1;
    for (let k = 0; k <= c.pick; k++) s = c.text.indexOf(needle, s + 1);
    const selectors = sel(c.text, s, s + needle.length);
    const page = c.edit(c.text);
    const a = anchor(new Corpus(page), selectors);
    assert.ok(a, 'anchored');
    assert.equal(a.method, c.want);
    if (c.want !== 'fuzzy') assert.equal(fold(page.slice(a.start, a.end)), fold(needle));
    else assert.match(page.slice(a.start, a.end), /We are never going to accept joint operation/);
    if (c.pick === 1) assert.ok(a.start > page.indexOf('Later'), 'the second occurrence');
  });
}

test('anchor: an absent quote is an orphan', () => {
  const selectors = [{ type: 'TextQuoteSelector', exact: 'Nothing like this is on the page at all, not even close', prefix: '', suffix: '' }];
  assert.equal(anchor(new Corpus(TEXT), selectors), null);
});

test('anchor: position selector alone, in UTF-16 code units past an emoji', () => {
  const s = TEXT.indexOf('ok');
  const a = anchor(new Corpus(TEXT), [{ type: 'TextPositionSelector', start: s, end: s + 2 }]);
  assert.deepEqual(a, { start: s, end: s + 2, method: 'position' });
  assert.equal(TEXT.slice(a.start, a.end), 'ok');
});

test('offsets: UTF-16 ↔ UTF-8 round trip over every boundary', () => {
  const s = 'aé€🇲🇽“x”\u00a0z';
  for (let i = 0; i <= s.length; i++) {
    const inside = i > 0 && i < s.length && /[\udc00-\udfff]/.test(s[i]);
    const b = utf16ToUtf8(s, i);
    assert.equal(b, Buffer.byteLength(s.slice(0, inside ? i - 1 : i)), `utf16 ${i} → utf8`);
    if (!inside) assert.equal(utf8ToUtf16(s, b), i, `utf8 ${b} → utf16`);
  }
  assert.equal(utf8ToUtf16(s, Buffer.byteLength(s)), s.length);
});

test('approximate: finds the closest substring with its errors', () => {
  const m = approximate('xx the quick brwn fox yy', 'the quick brown fox', 0, 24, 2);
  assert.ok(m);
  assert.equal(m.errors, 1);
  assert.equal('xx the quick brwn fox yy'.slice(m.start, m.end), 'the quick brwn fox');
});
