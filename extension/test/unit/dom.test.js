// The content script's DOM work under jsdom: the snapshot's page text is the
// text the engine computes from the snapshot's HTML (so the engine's
// positions map straight back to the live DOM), and the fallback painter
// (used where the Custom Highlight API is missing) leaves the text intact.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';

const PAGE = `<!doctype html><html lang="en"><head><title>T &amp; t</title><meta property="og:title" content="OG"><style>p{}</style></head>
<body class="b" onload="x()"><script>var s = "no";</script>
<header aria-hidden="true">Skip me</header>
<article id="main" class="story" style="color:red" data-x="1">
<h1>Title</h1>
<p>Intro &lt;tag&gt; &amp; “quoted”, said Ana\u00a0Lima. 🇲🇽 emoji.</p>
<div hidden>Hidden text</div><div style="display:none">None text</div>
<pre>
first line kept</pre>
<svg><text>svg text</text></svg><noscript>ns</noscript><template>tpl</template>
<p>“We will not accept it,” she said.<br>Next <b>bold</b><img src="x.png" alt="img"></p>
<table><tr><td>cell</td></tr></table>
</article></body></html>`;

/** The page-text rule of internal/analysis: text nodes under body, skipping some elements. */
function pageText(doc) {
  const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object']);
  let out = '';
  const walk = (n) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += c.data;
      else if (c.nodeType === 1 && !SKIP.has(c.localName)) walk(c);
    }
  };
  walk(doc.body);
  return out;
}

let snapshot, TextMap, utf8Length, hl;
before(async () => {
  const dom = new JSDOM(PAGE);
  Object.assign(globalThis, {
    window: dom.window, document: dom.window.document, Node: dom.window.Node, NodeFilter: dom.window.NodeFilter,
    getComputedStyle: dom.window.getComputedStyle.bind(dom.window),
  });
  ({ snapshot, TextMap, utf8Length } = await import('../../content/snapshot.js'));
  hl = await import('../../content/highlight.js');
});

test('snapshot: pruned HTML whose page text is the map\'s text', () => {
  const snap = snapshot(document);
  for (const gone of ['Skip me', 'Hidden text', 'None text', 'svg text', 'var s', 'onload', 'style=', 'data-x', 'x.png', 'tpl']) {
    assert.ok(!snap.html.includes(gone), `no ${gone}`);
  }
  for (const kept of ['id="main"', 'class="story"', 'lang="en"', '<title>T &amp; t</title>', 'property="og:title"', '&lt;tag&gt;']) {
    assert.ok(snap.html.includes(kept), `keeps ${kept}`);
  }
  const reparsed = new JSDOM(snap.html).window.document;
  assert.equal(pageText(reparsed), snap.map.text, 'the engine sees the same page text');
  assert.ok(snap.map.text.includes('\nfirst line kept'), 'a <pre>\'s leading newline survives the round trip');
});

test('utf8Length: bytes of UTF-8, surrogate pairs as four', () => {
  for (const s of ['', 'abc', 'Ana\u00a0Lima', 'acción', '€', '🇲🇽', '日本語', 'a\ud800']) {
    assert.equal(utf8Length(s), Buffer.byteLength(s, 'utf8'), JSON.stringify(s));
  }
});

test('snapshot budget: a page of huge text nodes and attributes is cut within its bytes, and says so', () => {
  const big = new JSDOM(`<!doctype html><html><head><title>${'T'.repeat(50_000)}</title></head><body>` +
    `<p class="${'c'.repeat(50_000)}">${'ñ&'.repeat(40_000)}</p><div>${'<b>x</b>'.repeat(5_000)}</div></body></html>`).window.document;
  const budget = { maxBytes: 20_000, maxMs: 10_000 };
  const snap = snapshot(big, budget);
  assert.ok(snap.truncated, 'truncated');
  // The budget, then at most the tags that close the cut (256) and the end.
  assert.ok(Buffer.byteLength(snap.html, 'utf8') <= budget.maxBytes + 256 * 12 + 64, `${Buffer.byteLength(snap.html, 'utf8')} bytes`);
  const reparsed = new JSDOM(snap.html).window.document;
  assert.equal(pageText(reparsed), snap.map.text, 'the engine still sees the map\'s text');
  assert.equal(snapshot(document).truncated, false, 'a normal page is whole');
});

test('TextMap: UTF-16 offsets give DOM ranges over the same text', () => {
  const { map } = snapshot(document);
  const t = map.text;
  for (const needle of ['We will not accept it', 'Ana\u00a0Lima', '🇲🇽 emoji', 'Next bold', 'cell']) {
    const s = t.indexOf(needle);
    assert.ok(s >= 0, needle);
    assert.equal(map.range(s, s + needle.length)?.toString(), needle);
  }
  assert.equal(map.range(-1, 3), null);
  assert.equal(map.range(0, t.length + 1), null);
});

test('fallback painter: marks the ranges, keeps the text, and clears', () => {
  const { map } = snapshot(document);
  const before = document.body.textContent;
  const t = map.text;
  const at = (s) => [t.indexOf(s), t.indexOf(s) + s.length];
  const items = [
    { id: 'q1', kind: 'direct', range: map.range(...at('We will not accept it')) },
    { id: 'q2', kind: 'indirect', range: map.range(...at('Next bold')) },
    { id: 'd1', kind: 'dispute', range: map.range(...at('not accept')) }, // overlaps q1
  ];
  assert.equal(hl.supported(), false);
  hl.paint(items, new Set(['direct', 'indirect', 'dispute']));
  const marks = [...document.querySelectorAll('quotelens-mark')];
  assert.ok(marks.length >= 3);
  assert.equal(document.body.textContent, before, 'text unchanged');
  assert.equal(marks.filter((m) => m.dataset.id === 'q2').map((m) => m.textContent).join(''), 'Next bold');
  assert.ok(marks.every((m) => ['direct', 'indirect', 'dispute'].includes(m.dataset.kind)));
  hl.paint(items, new Set(['indirect'])); // filter: only indirect
  const on = [...document.querySelectorAll('quotelens-mark:not([data-off])')];
  assert.equal(on.map((m) => m.textContent).join(''), 'Next bold');
  assert.ok(on.every((m) => m.dataset.id === 'q2'));
  hl.paint(items, new Set(['direct', 'indirect', 'dispute'])); // and back
  assert.equal(document.querySelectorAll('quotelens-mark[data-off]').length, 0);
  assert.equal(document.querySelectorAll('quotelens-mark').length, marks.length, 'the same marks, not wrapped again');
  hl.clear();
  assert.equal(document.querySelectorAll('quotelens-mark').length, 0);
  assert.equal(document.body.textContent, before);
});
