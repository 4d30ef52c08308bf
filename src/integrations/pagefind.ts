/**
 * Builds the Pagefind search index when Astro has written the site, through Pagefind's Node API rather than a
 * shell step after the build, so `astro build` alone produces a searchable site wherever it writes
 * (`PRAXIS_OUT_DIR` included: the hook receives the real output folder).
 *
 * - Only pages with a `data-pagefind-body` element are indexed (entry pages; see SearchMeta.astro), so
 *   navigation, footers, list pages, legal pages, the 404 and the search page itself stay out.
 * - One index per language, taken from `<html lang>`: the German search page searches the German index.
 * - Every `errors` array is checked and fails the build; the Pagefind service is closed in `finally`.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { gunzipSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { encodeFacetTable, facetTableFile, type FacetTablePage } from '../lib/search/facetTable.ts';

/** Folder of the search bundle inside the site; the search scripts load `/pagefind/pagefind.js`. */
export const PAGEFIND_DIR = 'pagefind';

/** What `pagefind-entry.json` says about each language's index. */
interface EntryFile {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
}

function fail(step: string, errors: readonly string[]): never {
  throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

/** Pagefind's compressed files start with a gzip stream whose content begins with this marker. */
const PAGEFIND_MARKER = 'pagefind_dcd';

/**
 * Writes the facet table of each language (src/lib/search/facetTable.ts) beside Pagefind's files, read from
 * the fragments Pagefind just wrote, so that it holds exactly the index's filter values, keyed by result id.
 */
async function writeFacetTables(outputPath: string, languages: readonly string[]): Promise<Record<string, number>> {
  const dir = join(outputPath, 'fragment');
  const names = (await readdir(dir)).filter((n) => n.endsWith('.pf_fragment')).sort();
  const sizes: Record<string, number> = {};
  for (const lang of languages) {
    const pages: FacetTablePage[] = [];
    for (const name of names.filter((n) => n.startsWith(`${lang}_`))) {
      const text = gunzipSync(await readFile(join(dir, name))).toString('utf8');
      if (!text.startsWith(PAGEFIND_MARKER)) throw new Error(`Pagefind fragment ${name} has an unknown format`);
      const fragment = JSON.parse(text.slice(PAGEFIND_MARKER.length)) as {
        filters?: Record<string, string[]>;
        meta?: Record<string, string>;
      };
      pages.push({
        id: name.slice(0, -'.pf_fragment'.length),
        filters: fragment.filters ?? {},
        date: fragment.meta?.date,
      });
    }
    const bytes = gzipSync(JSON.stringify(encodeFacetTable(lang, pages)), { level: 9 });
    await writeFile(join(outputPath, facetTableFile(lang)), bytes);
    sizes[lang] = bytes.length;
  }
  return sizes;
}

/** What an indexing run produced. */
export interface IndexSummary {
  /** HTML files read. */
  pagesRead: number;
  /** Pages indexed per language (only those with data-pagefind-body). */
  languages: Record<string, number>;
  /** Bytes of each language's facet table. */
  facetTables: Record<string, number>;
  outputPath: string;
}

/**
 * Indexes the built site in `siteDir` and writes the bundle to `<siteDir>/pagefind/`. Also used by the search
 * tests (on fixture pages) and the benchmark, so they index exactly as the build does.
 */
export async function indexSite(siteDir: string): Promise<IndexSummary> {
  const outputPath = join(siteDir, PAGEFIND_DIR);
  try {
    const created = await pagefind.createIndex({ keepIndexUrl: false });
    if (created.errors.length > 0 || !created.index) fail('createIndex', created.errors);
    const { index } = created;

    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) fail(`addDirectory(${siteDir})`, added.errors);

    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) fail(`writeFiles(${outputPath})`, written.errors);

    const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as EntryFile;
    const languages = Object.fromEntries(Object.entries(entry.languages).map(([lang, l]) => [lang, l.page_count]));
    const facetTables = await writeFacetTables(outputPath, Object.keys(languages));
    return { pagesRead: added.page_count, languages, facetTables, outputPath };
  } finally {
    await pagefind.close();
  }
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'praxis:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const summary = await indexSite(fileURLToPath(dir));
        const indexed = Object.values(summary.languages).reduce((a, b) => a + b, 0);
        if (indexed === 0) logger.warn('no page has a data-pagefind-body element: the search index is empty');
        const perLanguage = Object.entries(summary.languages)
          .map(([lang, n]) => `${lang}: ${n}, facet table ${((summary.facetTables[lang] ?? 0) / 1000).toFixed(1)} KB`)
          .join(', ');
        logger.info(`read ${summary.pagesRead} pages, indexed ${indexed} (${perLanguage}) into ${summary.outputPath}`);
      },
    },
  };
}
