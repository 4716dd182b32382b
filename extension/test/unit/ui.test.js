// The on-page popover under jsdom: "Other quotes by …" lists the speaker's
// other passages, never the one the popover is about (a disputed claim and
// its own claim quote are the same passage, either way round).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';

const PAGE = `<!doctype html><html><body><article>
<p id="p1">“We will build the bridge,” the mayor said.</p>
<p id="p2">The mayor also said that the tolls would stay.</p>
<p id="p3">“Nobody was warned,” said Lind.</p>
</article></body></html>`;

let UI, samePassage, otherPassages;
before(async () => {
  const dom = new JSDOM(PAGE, { pretendToBeVisual: true });
  Object.assign(globalThis, {
    window: dom.window, document: dom.window.document, Node: dom.window.Node, NodeFilter: dom.window.NodeFilter,
    HTMLElement: dom.window.HTMLElement, Element: dom.window.Element, CSS: { escape: (s) => s },
    innerWidth: 1024, innerHeight: 768,
  });
  // jsdom lays nothing out: a range has no box of its own there.
  dom.window.Range.prototype.getBoundingClientRect ??= () => ({ left: 0, top: 0, right: 0, bottom: 0, width: 0, height: 0 });
  ({ UI, samePassage, otherPassages } = await import('../../content/ui.js'));
});

/** A range over the whole text of the element with this id. */
function rangeOf(id) {
  const r = document.createRange();
  r.selectNodeContents(document.getElementById(id));
  return r;
}

function fixture() {
  const q1 = { id: 'q1', kind: 'direct', text: 'We will build the bridge', speaker: 's1', cue: 'said', confidence: 0.92, selectors: [] };
  const q2 = { id: 'q2', kind: 'indirect', text: 'the tolls would stay', speaker: 's1', cue: 'said', confidence: 0.7, selectors: [] };
  const q3 = { id: 'q3', kind: 'direct', text: 'Nobody was warned', speaker: 's2', cue: 'said', confidence: 0.92, selectors: [] };
  const d1 = {
    id: 'd1', cue: 'denied', confidence: 0.7,
    claim: { text: q1.text, speaker: 's1', quote: 'q1', selectors: [] },
    dispute: { text: q3.text, speaker: 's2', quote: 'q3', selectors: [] },
  };
  const analysis = {
    engine: 'test', title: 'T', language: 'en', quotes: [q1, q2, q3], disputes: [d1],
    speakers: [{ id: 's1', name: 'Helena Marsh', aliases: [], role: 'Mayor', quotes: 2 }, { id: 's2', name: 'Tomas Lind', aliases: [], role: '', quotes: 1 }],
  };
  const items = [
    { id: 'q1', kind: 'direct', text: q1.text, speaker: 's1', quote: q1, range: rangeOf('p1') },
    { id: 'd1', kind: 'dispute', text: d1.claim.text, speaker: 's1', dispute: d1, range: rangeOf('p1') },
    { id: 'q2', kind: 'indirect', text: q2.text, speaker: 's1', quote: q2, range: rangeOf('p2') },
    { id: 'q3', kind: 'direct', text: q3.text, speaker: 's2', quote: q3, range: rangeOf('p3') },
  ];
  const noop = () => {};
  const ui = new UI({ select: noop, filter: noop, exportAs: async () => '', close: noop, popoverClosed: noop, popoverOpened: noop });
  ui.show(analysis, items, 'note');
  return { ui, items };
}

/** The ids listed under "Other quotes" in the open popover. */
const others = (ui) => [...ui.root.querySelectorAll('[data-role=others] [data-id]')].map((b) => b.getAttribute('data-id'));

test('popover of a disputed claim: its own claim quote is not among the other quotes', () => {
  const { ui, items } = fixture();
  ui.openPopover(items.find((i) => i.id === 'd1'));
  assert.deepEqual(others(ui), ['q2']);
});

test('popover of a quote that is a disputed claim: the dispute is not listed again', () => {
  const { ui, items } = fixture();
  ui.openPopover(items.find((i) => i.id === 'q1'));
  assert.deepEqual(others(ui), ['q2']);
});

test('popover of a plain quote: the speaker\'s other passages, each once, itself not', () => {
  const { ui, items } = fixture();
  ui.openPopover(items.find((i) => i.id === 'q2'));
  // q1 and the disputed claim d1 are one passage: listed once, as the quote.
  assert.deepEqual(others(ui), ['q1']);
});

test('samePassage: an item, and a dispute with either of its quotes', () => {
  const { items } = fixture();
  const [q1, d1, q2, q3] = items;
  assert.equal(samePassage(q1, q1), true);
  assert.equal(samePassage(d1, q1), true);
  assert.equal(samePassage(q1, d1), true);
  assert.equal(samePassage(d1, q3), true, 'the dispute side is the same passage too');
  assert.equal(samePassage(q1, q2), false);
  assert.equal(samePassage(d1, q2), false);
});

test('otherPassages: a dispute whose quote is not on the page is still listed', () => {
  const { items } = fixture();
  const [q1, d1, q2] = items;
  const unplaced = { ...q1, range: null };
  assert.deepEqual(otherPassages(q2, [unplaced, d1, q2]).map((i) => i.id), ['d1']);
});
