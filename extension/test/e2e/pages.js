// Where the end-to-end tests find their pages: the seed and the sample
// article, and a few real pages from the shared corpus (skipped, with a
// message, when ../shared is absent).
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
export const SHARED = process.env.QUOTELENS_SHARED ?? resolve(ROOT, '../shared');
export const SEED_DIR = join(SHARED, 'seed');
export const CORPUS_DIR = join(SHARED, 'corpus/readability');
export const SAMPLE_DIR = join(ROOT, 'scripts/sample');
export const EXT_DIR = join(ROOT, 'extension/dist/test-extension');

export const hasSeed = existsSync(join(SEED_DIR, 'article.html'));
export const hasSample = existsSync(join(SAMPLE_DIR, 'article.html'));
export const hasCorpus = existsSync(CORPUS_DIR);

/** REAL_PAGES are corpus pages with gold files (news with quotes). */
export const REAL_PAGES = ['nytimes-1', 'buzzfeed-1', 'cnet', 'folha', 'tmz-1', 'yahoo-3'];

/** @returns {string[]} every corpus page name */
export function corpusPages() {
  if (!hasCorpus) return [];
  return readdirSync(CORPUS_DIR).filter((d) => existsSync(join(CORPUS_DIR, d, 'source.html'))).sort();
}

/** The mounts for scripts/extension/serve.mjs. */
export const MOUNTS = { '/seed/': SEED_DIR, '/corpus/': CORPUS_DIR, '/sample/': SAMPLE_DIR };

/** The seed's expectations: a quote and its speaker. */
export const SEED_QUOTE = 'We are never going to accept joint operations';
export const SEED_SPEAKER = /Claudia Sheinbaum/;
