// Integration tests of the Quotelens Worker, run by scripts/worker-test.sh
// with node's test runner against a local `wrangler dev` whose address is in
// QL_WORKER (e.g. http://127.0.0.1:8787).
//
// Pages come from the shared readability corpus (../shared/corpus/readability
// beside the repo, or QL_CORPUS); the page tests skip, saying so, when it is
// absent.

import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadMix } from "./hostile.mjs";

const base = process.env.QL_WORKER;
if (!base) {
  throw new Error("QL_WORKER is not set: run scripts/worker-test.sh");
}
const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const corpus = process.env.QL_CORPUS ?? join(root, "..", "shared", "corpus", "readability");
const pageNames = ["nytimes-1", "bbc-1", "guardian-1", "cnn", "wapo-1", "lemonde-1"];
const pages = pageNames
  .map((name) => ({ name, file: join(corpus, name, "source.html") }))
  .filter((p) => existsSync(p.file))
  .map((p) => ({ ...p, html: readFileSync(p.file, "utf8"), url: `https://corpus.example/${p.name}` }));
const noCorpus = pages.length === 0 ? `no pages under ${corpus}: page tests skipped` : false;
if (noCorpus) console.log(`# ${noCorpus}`);

// The Worker's page cap (server.WorkerLimits.MaxPageBytes): bigger corpus
// pages must be refused 413.
const maxPage = 256 << 10;
// fits tells whether a page fits the cap both as text/html and as JSON.
const fits = (p) => Buffer.byteLength(JSON.stringify({ html: p.html, url: p.url })) <= maxPage;

// Every response should come from the same, long-lived Go instance.
const instances = new Set();

async function req(path, { method = "POST", type, body, headers = {} } = {}) {
  const h = { ...headers };
  if (type) h["Content-Type"] = type;
  const res = await fetch(base + path, { method, headers: h, body });
  const text = await res.text();
  const inst = res.headers.get("x-quotelens-instance");
  if (inst) instances.add(inst);
  return { res, status: res.status, text, type: res.headers.get("content-type") ?? "" };
}

function json(r) {
  try {
    return JSON.parse(r.text);
  } catch (err) {
    assert.fail(`not JSON (${r.status}, ${r.type}): ${r.text.slice(0, 300)}`);
  }
}

function checkAnalysis(a, page) {
  assert.equal(typeof a.engine, "string");
  assert.ok(a.engine.length > 0, "engine is empty");
  assert.equal(a.url, page.url);
  assert.equal(typeof a.title, "string");
  assert.ok(a.title.trim().length > 0, `${page.name}: title is empty`);
  assert.ok(Array.isArray(a.quotes), "quotes is not an array");
  assert.ok(Array.isArray(a.speakers), "speakers is not an array");
  assert.ok(Array.isArray(a.disputes), "disputes is not an array");
  for (const q of a.quotes) {
    assert.equal(typeof q.id, "string");
    assert.ok(Array.isArray(q.selectors) && q.selectors.length > 0, `${page.name}: quote ${q.id} has no selectors`);
    for (const s of q.selectors) {
      assert.ok(["TextQuoteSelector", "TextPositionSelector"].includes(s.type), `selector type ${s.type}`);
    }
  }
}

test("GET /v1/health", async () => {
  const r = await req("/v1/health", { method: "GET" });
  assert.equal(r.status, 200);
  const h = json(r);
  assert.equal(h.status, "ok");
  assert.match(h.engine, /^\d+\.\d+\.\d+/);
});

test("POST /v1/analyze with real pages, as text/html and as JSON", { skip: noCorpus }, async (t) => {
  for (const page of pages) {
    await t.test(page.name, async () => {
      const r1 = await req(`/v1/analyze?url=${encodeURIComponent(page.url)}`, { type: "text/html; charset=utf-8", body: page.html });
      if (Buffer.byteLength(page.html) > maxPage) {
        assert.equal(r1.status, 413, `${page.name} is over the Worker's page cap: ${r1.text.slice(0, 200)}`);
        return;
      }
      assert.equal(r1.status, 200, r1.text.slice(0, 300));
      assert.match(r1.type, /^application\/json/);
      const a1 = json(r1);
      checkAnalysis(a1, page);
      const r2 = await req("/v1/analyze", { type: "application/json", body: JSON.stringify({ html: page.html, url: page.url }) });
      if (!fits(page)) {
        assert.equal(r2.status, 413, `${page.name} as JSON is over the cap: ${r2.text.slice(0, 200)}`);
        return;
      }
      assert.equal(r2.status, 200, r2.text.slice(0, 300));
      const a2 = json(r2);
      checkAnalysis(a2, page);
      assert.deepEqual(a2, a1, "text/html and JSON give different Analyses");
    });
  }
});

test("POST /v1/analyze with text (text/plain needs an Authorization header)", async () => {
  const r = await req("/v1/analyze", {
    type: "text/plain",
    body: "“We will pay every penny,” the minister, Jane Doe, said.\nJohn Roe denied it.",
    headers: { Authorization: "Bearer any (the Worker runs open here)" },
  });
  assert.equal(r.status, 200, r.text);
  const a = json(r);
  assert.ok(Array.isArray(a.quotes));
});

// A hand-built Analysis with hostile text, so the export checks do not hang
// on what the engine finds today.
const hostile = {
  engine: "0.1.0",
  url: "https://news.example.com/budget",
  title: "Budget <script>alert(1)</script> *row*",
  language: "en",
  speakers: [{ id: "s1", name: "Jane Doe", aliases: ["Doe"], role: "minister, finance", quotes: 1 }],
  quotes: [
    {
      id: "q1",
      kind: "direct",
      text: "=cmd|' /C calc'!A0, \"quoted\"\nand _more_ [x](y)",
      speaker: "s1",
      cue: "said",
      confidence: 0.9,
      selectors: [
        { type: "TextQuoteSelector", exact: "=cmd", prefix: "“", suffix: "|" },
        { type: "TextPositionSelector", start: 10, end: 14 },
      ],
    },
    { id: "q2", kind: "indirect", text: "@unattributed", speaker: null, cue: "", confidence: 0.3, selectors: [] },
  ],
  disputes: [],
};

test("POST /v1/export in every format", async (t) => {
  const body = JSON.stringify({ analysis: hostile, url: hostile.url, title: "Budget row", date: "2026-11-24T08:00:00Z" });
  const formats = {
    json: [/^application\/json/, "json", (text) => {
      const v = JSON.parse(text);
      assert.deepEqual(v.page, { url: hostile.url, title: "Budget row", date: "2026-11-24T08:00:00Z" });
      assert.equal(v.quotes.length, 2);
      assert.equal(v.quotes[0].text, hostile.quotes[0].text);
    }],
    markdown: [/^text\/markdown/, "md", (text) => {
      assert.match(text, /^# Quotes: Budget row\n/);
      assert.ok(text.includes("### Jane Doe (minister, finance)"), text);
      assert.ok(!text.includes("<script>"), "raw HTML in Markdown");
      assert.ok(text.includes("\\_more\\_ \\[x\\](y)"), text);
      assert.ok(text.includes("## Unattributed quotes"), text);
    }],
    csv: [/^text\/csv/, "csv", (text) => {
      const lines = text.split("\r\n");
      assert.equal(lines[0], '"id","kind","speaker","role","cue","confidence","text","url"');
      assert.ok(text.includes(`"q1","direct","Jane Doe","minister, finance","said","0.9","'=cmd|' /C calc'!A0, ""quoted""`), text);
      assert.ok(text.includes(`and _more_ [x](y)","${hostile.url}"\r\n`), text);
      assert.ok(text.includes(`"q2","indirect","","","","0.3","'@unattributed",`), text);
    }],
    annotation: [/^application\/ld\+json; profile="http:\/\/www\.w3\.org\/ns\/anno\.jsonld"/, "jsonld", (text) => {
      const c = JSON.parse(text);
      assert.equal(c["@context"], "http://www.w3.org/ns/anno.jsonld");
      assert.equal(c.type, "AnnotationCollection");
      assert.equal(c.total, 2);
      const [a1, a2] = c.first.items;
      assert.equal(a1.type, "Annotation");
      assert.equal(a1.motivation, "commenting");
      assert.equal(a1.created, "2026-11-24T08:00:00Z");
      assert.equal(a1.target.source, hostile.url);
      assert.deepEqual(a1.target.selector.map((s) => s.type), ["TextQuoteSelector", "TextPositionSelector"]);
      assert.equal(a1.body[0].type, "TextualBody");
      assert.match(a1.body[0].value, /Jane Doe.*said/);
      assert.equal(a2.motivation, "highlighting");
    }],
  };
  for (const [format, [ct, ext, check]] of Object.entries(formats)) {
    await t.test(format, async () => {
      const r = await req(`/v1/export?format=${format}`, { type: "application/json", body });
      assert.equal(r.status, 200, r.text.slice(0, 300));
      assert.match(r.type, ct);
      assert.equal(r.res.headers.get("content-disposition"), `attachment; filename="quotelens-budget-row-20261124.${ext}"`);
      check(r.text);
    });
  }
});

test("POST /v1/export of a page (analysed first)", { skip: noCorpus }, async () => {
  const page = pages.find(fits);
  for (const format of ["json", "markdown", "csv", "annotation"]) {
    const r = await req(`/v1/export?format=${format}&url=${encodeURIComponent(page.url)}`, { type: "text/html", body: page.html });
    assert.equal(r.status, 200, `${format}: ${r.text.slice(0, 300)}`);
    assert.match(r.res.headers.get("content-disposition") ?? "", /^attachment; filename="quotelens-[a-z0-9-]+\.(json|md|csv|jsonld)"$/);
  }
  const r = await req("/v1/export?format=json", { type: "application/json", body: JSON.stringify({ html: page.html, url: page.url }) });
  assert.equal(r.status, 200, r.text.slice(0, 300));
  const v = json(r);
  assert.equal(v.page.url, page.url);
  checkAnalysis(v, page);
});

test("bad requests get JSON errors with the right status", async (t) => {
  const six = "a".repeat(6 * 1024 * 1024);
  const cases = [
    ["GET on /v1/analyze", "/v1/analyze", { method: "GET" }, 405, "POST"],
    ["PUT on /v1/export", "/v1/export", { method: "PUT", type: "application/json", body: "{}" }, 405, "POST"],
    ["POST on /v1/health", "/v1/health", { type: "text/plain", body: "x" }, 405, "GET, HEAD"],
    ["bad JSON", "/v1/analyze", { type: "application/json", body: '{"html": ' }, 400],
    ["JSON without html or text", "/v1/analyze", { type: "application/json", body: '{"url":"https://e.com"}' }, 400],
    ["export without analysis", "/v1/export?format=csv", { type: "application/json", body: "{}" }, 400],
    ["unknown export format", "/v1/export?format=pdf", { type: "application/json", body: '{"analysis":{}}' }, 400],
    ["text/csv", "/v1/analyze", { type: "text/csv", body: "a,b" }, 415],
    ["no Content-Type", "/v1/analyze", { body: new Uint8Array([1, 2, 3]) }, 415],
    ["6 MB body", "/v1/analyze", { type: "text/html", body: six }, 413],
    ["6 MB export", "/v1/export", { type: "application/json", body: six }, 413],
    ["400 KiB page (over the Worker's 256 KiB)", "/v1/analyze", { type: "text/html", body: six.slice(0, 400 << 10) }, 413],
    ["300 KiB export (over 256 KiB)", "/v1/export", { type: "application/json", body: `{"analysis":{"quotes":[]}${" ".repeat(300 << 10)}}` }, 413],
    ["export of 1,001 empty quotes", "/v1/export", { type: "application/json", body: `{"analysis":{"quotes":[${Array(1001).fill("{}").join(",")}]}}` }, 413],
    ["text/plain without Authorization", "/v1/analyze", { type: "text/plain", body: "“Hi,” she said." }, 415],
    ["form post", "/v1/analyze", { type: "application/x-www-form-urlencoded", body: "html=x" }, 415],
    ["unknown path", "/v1/nothing", { method: "GET" }, 404],
  ];
  for (const [name, path, opts, status, allow] of cases) {
    await t.test(name, async () => {
      const r = await req(path, opts);
      assert.equal(r.status, status, r.text.slice(0, 300));
      assert.match(r.type, /^application\/json/);
      const e = json(r);
      assert.equal(e.error.status, status);
      assert.ok(e.error.message.length > 0);
      if (status === 413) assert.match(e.error.message, /KiB|quotes/);
      if (allow) assert.equal(r.res.headers.get("allow"), allow);
    });
  }
});

test("concurrent requests share the instance", { skip: noCorpus }, async () => {
  const page = pages.find(fits);
  const rs = await Promise.all(
    Array.from({ length: 16 }, (_, i) =>
      req(`/v1/analyze?url=${encodeURIComponent(page.url)}`, { type: "text/html", body: page.html }).then((r) => {
        assert.equal(r.status, 200, `request ${i}: ${r.text.slice(0, 200)}`);
        return json(r);
      }),
    ),
  );
  for (const a of rs) assert.deepEqual(a, rs[0]);
});

test("health says the Worker runs open, and its limits", async () => {
  const h = json(await req("/v1/health", { method: "GET" }));
  assert.equal(h.auth, "open");
  assert.equal(h.limits.maxPageBytes, 256 << 10);
  assert.equal(h.limits.engineSlots, 1);
});

test("CORS is off by default", async (t) => {
  await t.test("a preflight gets no CORS headers", async () => {
    const r = await req("/v1/analyze", { method: "OPTIONS", headers: { Origin: "https://evil.example", "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type" } });
    assert.equal(r.res.headers.get("access-control-allow-origin"), null);
    assert.notEqual(r.status, 204);
  });
  await t.test("a cross-origin JSON POST is refused", async () => {
    const r = await req("/v1/analyze", { type: "application/json", body: '{"text":"“Hi,” she said."}', headers: { Origin: "https://evil.example" } });
    assert.equal(r.status, 403, r.text);
    assert.equal(r.res.headers.get("access-control-allow-origin"), null);
  });
});

test("a cross-site text/plain POST (a form or a no-cors fetch) runs no analysis", async () => {
  for (const headers of [{ Origin: "https://evil.example" }, { Origin: "null" }, {}]) {
    const r = await req("/v1/analyze", { type: "text/plain;charset=UTF-8", body: "“We will pay,” Jane Doe said.", headers });
    assert.ok(r.status === 403 || r.status === 415, `${JSON.stringify(headers)}: ${r.status} ${r.text.slice(0, 200)}`);
    assert.equal(json(r).quotes, undefined);
  }
});

test("hostile requests are answered, never 500, and the instance survives", { timeout: 300000 }, async (t) => {
  for (const h of loadMix()) {
    await t.test(`${h.name} (${(h.body.length / 1024).toFixed(0)} KiB)`, async () => {
      const t0 = performance.now();
      const r = await req(h.path, { type: h.type, body: h.body });
      const ms = performance.now() - t0;
      assert.ok([200, 413].includes(r.status), `${r.status}: ${r.text.slice(0, 300)}`);
      if (r.status === 200 && h.path === "/v1/analyze") assert.ok(Array.isArray(json(r).quotes));
      const mem = Number(r.res.headers.get("x-quotelens-memory"));
      t.diagnostic(`${r.status} in ${ms.toFixed(0)} ms, answer ${(r.text.length / 1024).toFixed(0)} KiB, linear memory ${(mem / 1048576).toFixed(1)} MiB`);
      assert.ok(mem <= 96 * 1048576, `linear memory ${mem} bytes`);
      const health = await req("/v1/health", { method: "GET" });
      assert.equal(health.status, 200);
    });
  }
});

test("a busy isolate answers 503 with Retry-After, and health still answers", { timeout: 120000 }, async () => {
  // Ten slow analyses at once (\`Smith told Jones \` × 8,000, each stopped by
  // the engine's time budget): the engine takes one at a time and each
  // waits 2 s at most, so some are refused.
  const slow = loadMix().find((h) => h.name === "told");
  const analyses = Array.from({ length: 10 }, () => req(slow.path, { type: slow.type, body: slow.body }));
  await new Promise((r) => setTimeout(r, 50));
  const health = await req("/v1/health", { method: "GET" });
  assert.equal(health.status, 200);
  const rs = await Promise.all(analyses);
  const statuses = rs.map((r) => r.status);
  assert.ok(statuses.every((s) => s === 200 || s === 503), JSON.stringify(statuses));
  const busy = rs.filter((r) => r.status === 503);
  assert.ok(busy.length > 0, `no 503 among ${JSON.stringify(statuses)}`);
  for (const r of busy) {
    assert.equal(r.res.headers.get("retry-after"), "1");
    assert.match(json(r).error.message, /busy/);
  }
  assert.ok(statuses.includes(200));
});

test("one long-lived Go instance served every request", async () => {
  const r = await req("/v1/health", { method: "GET" });
  assert.equal(r.status, 200);
  assert.deepEqual([...instances], ["1"], "the Go instance was restarted (or X-Quotelens-Instance is missing)");
});
