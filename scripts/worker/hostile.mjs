// Hostile requests for the Quotelens Worker (issue 12), shared by the memory
// probe (memory.mjs), the load test (load.mjs) and the integration tests.
//
// Each generator takes a size in bytes and returns a request description
// {path, type, body}: the page or export body that made the engine's work or
// output grow faster than its input before the engine had budgets.

/**
 * @typedef {{name: string, path: string, type: string, body: string}} HostileRequest
 */

/** @param {string} unit @param {number} bytes @returns {string} unit repeated to about bytes */
function fill(unit, bytes) {
  return unit.repeat(Math.max(1, Math.round(bytes / unit.length)));
}

/** @param {string} text @returns {string} a page whose article is one paragraph of text */
function page(text) {
  return `<!doctype html><html lang="en"><head><title>Hostile</title></head><body><article><h1>Hostile</h1><p>${text}</p></article></body></html>`;
}

/**
 * Generators by name: each makes a request of about `bytes` bytes.
 * @type {Record<string, (bytes: number) => HostileRequest>}
 */
export const hostile = {
  // One paragraph of cues with no full stop: every cue's content ran to the
  // end of the paragraph, so the output grew with the square of the input.
  "he-said": (bytes) => ({ name: "he-said", path: "/v1/analyze", type: "text/html", body: page(fill("he said ", bytes)) }),
  "told": (bytes) => ({ name: "told", path: "/v1/analyze", type: "text/html", body: page(fill("Smith told Jones ", bytes)) }),
  // Quote-mark floods: paired curly quotes, and a run of straight marks.
  "curly-quotes": (bytes) => ({ name: "curly-quotes", path: "/v1/analyze", type: "text/html", body: page(fill("“a” ", bytes)) }),
  "straight-quotes": (bytes) => ({ name: "straight-quotes", path: "/v1/analyze", type: "text/html", body: page(fill('"', bytes)) }),
  // Short attributed quotes, one paragraph each: the most quotes per byte a
  // plausible page holds.
  "quote-paragraphs": (bytes) => ({
    name: "quote-paragraphs",
    path: "/v1/analyze",
    type: "text/html",
    body: page(fill("</p><p>“We will pay,” Jane Doe said. ", bytes)),
  }),
  "bidi": (bytes) => ({ name: "bidi", path: "/v1/analyze", type: "text/html", body: page(fill("\u202e“x\u202c” he said ", bytes)) }),
  // An export request of empty quotes: each "{}," decoded into a Quote and
  // rendered, about 200 bytes of output per 3 bytes of input.
  "export-empty-quotes": (bytes) => ({
    name: "export-empty-quotes",
    path: "/v1/export?format=json",
    type: "application/json",
    body: `{"analysis":{"engine":"0.1.0","title":"t","language":"en","speakers":[],"disputes":[],"quotes":[${fill("{},", bytes - 90).slice(0, -1)}]}}`,
  }),
};

/** The hostile pages the load test mixes in, at the sizes issue 12 names. */
export function loadMix() {
  return [
    hostile["he-said"](64 * 1000), // `he said ` × 8,000
    hostile["told"](136 * 1000), // `Smith told Jones ` × 8,000
    hostile["curly-quotes"](1 << 20),
    hostile["straight-quotes"](1 << 20),
    hostile["bidi"](1 << 20),
    hostile["quote-paragraphs"](600 * 1000),
    hostile["quote-paragraphs"](4 << 20), // a 4 MB page
    hostile["export-empty-quotes"](1 << 20),
  ];
}
