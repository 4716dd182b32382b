// @ts-check
/**
 * Export: file names, and the fallback exporter. Files are made by the
 * engine's POST /v1/export (the Worker serves the same handler, so both
 * produce the same files); this module makes them only when the running
 * engine has no such endpoint yet (it answers 404), following the same
 * contract: JSON, Markdown, CSV safe against formula injection, and W3C Web
 * Annotation JSON-LD — each with the page's URL, title and date.
 * @module shared/export
 */

/** @typedef {import('./messages.js').ExportFormat} ExportFormat */
/** @typedef {import('./messages.js').ExportRequest} ExportRequest */
/** @typedef {import('./messages.js').Analysis} Analysis */

/** FORMATS lists the export formats with their file extension and type. */
export const FORMATS = Object.freeze({
  json: { ext: 'json', type: 'application/json', label: 'JSON' },
  markdown: { ext: 'md', type: 'text/markdown', label: 'Markdown' },
  csv: { ext: 'csv', type: 'text/csv', label: 'CSV' },
  annotation: { ext: 'jsonld', type: 'application/ld+json', label: 'Web Annotation' },
});

/**
 * Reports whether s names an export format.
 * @param {unknown} s
 * @returns {s is ExportFormat}
 */
export function isFormat(s) {
  return typeof s === 'string' && Object.hasOwn(FORMATS, s);
}

/**
 * Returns a file name for an export: quotelens-<title slug>-<yyyy-mm-dd>.<ext>.
 * @param {ExportFormat} format
 * @param {string} title
 * @param {string} date ISO 8601
 */
export function filename(format, title, date) {
  const slug = (title || 'page').normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'page';
  const day = /^\d{4}-\d{2}-\d{2}/.exec(date)?.[0] ?? 'undated';
  return `quotelens-${slug}-${day}.${FORMATS[format].ext}`;
}

/**
 * Makes a CSV field safe: quoted when needed, and a leading character that
 * spreadsheets read as a formula (equals, plus, minus, at sign, tab, carriage return) is
 * neutralised with an apostrophe (OWASP "CSV injection").
 * @param {unknown} v
 */
export function csvField(v) {
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
  if (/[",\r\n]/.test(s) || s !== s.trim()) s = '"' + s.replace(/"/g, '""') + '"';
  return s;
}

/**
 * @param {Analysis} a
 * @param {string|null} id
 */
function speakerName(a, id) {
  if (!id) return '';
  return a.speakers.find((s) => s.id === id)?.name ?? id;
}

/**
 * Makes an export file by the fallback exporter.
 * @param {ExportRequest} req
 * @returns {{body: string, contentType: string}}
 */
export function makeExport(req) {
  const { format, analysis: a, url, title, date } = req;
  switch (format) {
    case 'json':
      return { body: JSON.stringify({ url, title, date, analysis: a }, null, 2) + '\n', contentType: FORMATS.json.type };
    case 'markdown':
      return { body: markdown(req), contentType: FORMATS.markdown.type };
    case 'csv': {
      const rows = [['url', 'title', 'date', 'id', 'kind', 'speaker', 'role', 'cue', 'quote', 'confidence']];
      for (const q of a.quotes) {
        const sp = a.speakers.find((s) => s.id === q.speaker);
        rows.push([url, title, date, q.id, q.kind, sp?.name ?? '', sp?.role ?? '', q.cue, q.text, String(q.confidence)]);
      }
      return { body: rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n', contentType: FORMATS.csv.type };
    }
    case 'annotation':
      return { body: JSON.stringify(annotations(req), null, 2) + '\n', contentType: FORMATS.annotation.type };
  }
  throw new Error(`export: unknown format ${format}`);
}

/**
 * Escapes text for Markdown inline use.
 * @param {string} s
 */
function md(s) {
  return String(s ?? '').replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/\s+/g, ' ');
}

/** @param {ExportRequest} req */
function markdown(req) {
  const { analysis: a, url, title, date } = req;
  const out = [`# Who said what: ${md(title || url)}`, '', `- URL: <${url}>`, `- Analysed: ${date}`, `- Engine: ${md(a.engine)}`, ''];
  const bySpeaker = new Map();
  for (const q of a.quotes) {
    const k = q.speaker ?? '';
    if (!bySpeaker.has(k)) bySpeaker.set(k, []);
    bySpeaker.get(k).push(q);
  }
  for (const [id, qs] of bySpeaker) {
    const sp = a.speakers.find((s) => s.id === id);
    out.push(`## ${id ? md(sp?.name ?? id) : 'Unattributed'}${sp?.role ? ` — ${md(sp.role)}` : ''}`, '');
    for (const q of qs) out.push(`- (${q.kind}) “${md(q.text)}”${q.cue ? ` — _${md(q.cue)}_` : ''}`);
    out.push('');
  }
  if (a.disputes.length) {
    out.push('## Disputed claims', '');
    for (const d of a.disputes) {
      out.push(`- Claim${d.claim.speaker ? ` (${md(speakerName(a, d.claim.speaker))})` : ''}: “${md(d.claim.text)}”`,
        `  - Disputed${d.dispute.speaker ? ` by ${md(speakerName(a, d.dispute.speaker))}` : ''}: “${md(d.dispute.text)}”`);
    }
    out.push('');
  }
  return out.join('\n');
}

/**
 * Builds a W3C Web Annotation collection: one annotation per quote, its body
 * the attribution, its target the page with the quote's selectors.
 * @param {ExportRequest} req
 */
function annotations(req) {
  const { analysis: a, url, title, date } = req;
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label: `Quotelens: ${title || url}`,
    total: a.quotes.length,
    first: {
      type: 'AnnotationPage',
      items: a.quotes.map((q) => ({
        id: `urn:quotelens:${encodeURIComponent(url)}:${q.id}`,
        type: 'Annotation',
        motivation: 'tagging',
        created: date,
        generator: { type: 'Software', name: `Quotelens ${a.engine}` },
        body: [{
          type: 'TextualBody', purpose: 'tagging', format: 'text/plain',
          value: `${q.kind} quote${q.speaker ? ` by ${speakerName(a, q.speaker)}` : ''}`,
        }],
        target: { source: url, selector: q.selectors },
      })),
    },
  };
}
