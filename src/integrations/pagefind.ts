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
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

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

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'praxis:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const outputPath = join(site, PAGEFIND_DIR);
        try {
          const created = await pagefind.createIndex({
            // The hidden keyword block of SearchMeta is meant to be indexed; everything else Pagefind should
            // skip is marked data-pagefind-ignore in the markup itself.
            keepIndexUrl: false,
          });
          if (created.errors.length > 0 || !created.index) fail('createIndex', created.errors);
          const { index } = created;

          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) fail(`addDirectory(${site})`, added.errors);

          const written = await index.writeFiles({ outputPath });
          if (written.errors.length > 0) fail(`writeFiles(${outputPath})`, written.errors);

          const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as EntryFile;
          const languages = Object.entries(entry.languages);
          const indexed = languages.reduce((sum, [, info]) => sum + info.page_count, 0);
          if (indexed === 0) logger.warn('no page has a data-pagefind-body element: the search index is empty');
          const perLanguage = languages.map(([lang, info]) => `${lang}: ${info.page_count}`).join(', ');
          logger.info(`read ${added.page_count} pages, indexed ${indexed} (${perLanguage}) into ${outputPath}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
