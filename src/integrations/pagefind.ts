/**
 * Builds the Pagefind search index when Astro has written the site, through Pagefind's Node API rather than a
 * shell step after the build, so `astro build` alone produces a searchable site wherever it writes
 * (`PRAXIS_OUT_DIR` included: the hook receives the real output folder).
 *
 * - Only pages with a `data-pagefind-body` element are indexed (entry pages; see SearchMeta.astro), so
 *   navigation, footers, list pages, legal pages, the 404 and the search page itself stay out.
 * - One index per language, taken from `<html lang>`: the German search page searches the German index.
 * - Every `errors` array is checked and fails the build; the Pagefind service is closed in `finally`.
 * - When every page is the same as in the last build, that build's index is copied instead (`indexSiteCached`).
 * - When there is no earlier index (a first or cold build), the pages go to Pagefind as Astro renders them
 *   (src/lib/builtPages.ts), so its service indexes beside the rendering; at the end the files on disk are
 *   compared with what it got, and any difference means the whole folder is indexed again as before.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { gunzipSync, gzipSync } from 'node:zlib';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { encodeFacetTable, facetTableFile, type FacetTablePage } from '../lib/search/facetTable.ts';
import { codeKey } from '../lib/contentKey.ts';
import { inStartOrder, onBuiltPage, outputFileOf } from '../lib/builtPages.ts';

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
    return await writeIndex(index, outputPath, added.page_count);
  } finally {
    await pagefind.close();
  }
}

/** Writes the bundle of `index` and the facet tables beside it. */
export async function writeIndex(
  index: pagefind.PagefindIndex,
  outputPath: string,
  pagesRead: number,
): Promise<IndexSummary> {
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) fail(`writeFiles(${outputPath})`, written.errors);
  const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as EntryFile;
  const languages = Object.fromEntries(Object.entries(entry.languages).map(([lang, l]) => [lang, l.page_count]));
  const facetTables = await writeFacetTables(outputPath, Object.keys(languages));
  return { pagesRead, languages, facetTables, outputPath };
}

export const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** The first difference between the pages Pagefind got and the HTML files on disk (both by path → hash). */
function difference(got: ReadonlyMap<string, string>, onDisk: ReadonlyMap<string, string>): string | undefined {
  for (const [page, hash] of onDisk) if (got.get(page.split(sep).join('/')) !== hash) return page;
  if (got.size !== onDisk.size) return `${got.size} pages rendered, ${onDisk.size} on disk`;
  return undefined;
}

export interface StreamedIndex {
  /**
   * Writes the index into `<siteDir>/pagefind/` while `onDisk` (the HTML files' hashes) is read; keeps it when the
   * files are exactly the pages it got (same paths, same bytes), else removes it and names the first difference.
   */
  finish(siteDir: string, onDisk: Promise<ReadonlyMap<string, string>>): Promise<IndexSummary | { differs: string }>;
}

/**
 * Characters of HTML sent to Pagefind and not yet indexed, at most: beyond them the index gives up feeding
 * (and the folder is indexed at the end), so that a service falling behind never holds the site in memory.
 */
export const PENDING_LIMIT = 64 * 1024 * 1024;

/** The worker module, from the project root where astro runs (this module runs from the bundled config). */
const WORKER = 'src/integrations/pagefindWorker.ts';

/** A message to the worker (pagefindWorker.ts): one finished page, or the folder to write the index to. */
export type IndexMessage = { sourcePath: string; content: string } | { finish: string | undefined };
/**
 * The worker's answers: the characters of each page it has dealt with; after `finish`, the index written and the
 * hash of every page it got (by output path), or why the folder must be indexed instead, or what failed.
 */
export type IndexAnswer =
  | { handled: number }
  | { summary: IndexSummary; hashes: [string, string][] }
  | { differs: string }
  | { failed: string };

/**
 * An index fed with the pages as Astro renders them (src/lib/builtPages.ts), by a worker thread
 * (pagefindWorker.ts), so that encoding them for Pagefind's service costs the page rendering nothing.
 */
export async function indexWhileRendering(pendingLimit = PENDING_LIMIT): Promise<StreamedIndex> {
  const worker = new Worker(join(process.cwd(), WORKER));
  let failure: Error | undefined;
  let finished: ((answer: IndexAnswer) => void) | undefined;
  worker.on('error', (error) => (failure ??= error));
  worker.on('message', (answer: IndexAnswer) => {
    if ('handled' in answer) pending -= answer.handled;
    else finished?.(answer);
  });
  let pending = 0;
  let sent = 0;
  let behind = false;
  // In the order the pages started, which is the same in every build: the index depends on the order.
  const stop = onBuiltPage(
    inStartOrder(({ pathname, type, body }) => {
      if (behind || !type.startsWith('text/html') || typeof body !== 'string') return;
      if (pending + body.length > pendingLimit) {
        behind = true;
        return;
      }
      pending += body.length;
      sent++;
      worker.postMessage({ sourcePath: outputFileOf(pathname), content: body } satisfies IndexMessage);
    }),
  );
  return {
    async finish(siteDir, onDisk) {
      stop();
      const outputPath = join(siteDir, PAGEFIND_DIR);
      try {
        const answered = new Promise<IndexAnswer>((resolve, reject) => {
          finished = resolve;
          worker.once('error', reject);
        });
        worker.postMessage({ finish: behind ? undefined : outputPath } satisfies IndexMessage);
        if (failure) throw failure;
        const answer = await answered;
        if ('failed' in answer) throw new Error(answer.failed);
        if (behind) return { differs: `Pagefind fell behind; ${sent} pages sent` };
        if (!('summary' in answer)) return { differs: 'differs' in answer ? answer.differs : 'no answer' };
        const differs = difference(new Map(answer.hashes), await onDisk);
        if (differs === undefined) return answer.summary;
        await rm(outputPath, { recursive: true, force: true });
        return { differs };
      } finally {
        await worker.terminate();
      }
    },
  };
}

/**
 * Hash of everything the index is made from: every HTML page (path and bytes), Pagefind's version and the code
 * that writes the facet tables.
 */
async function inputKey(siteDir: string): Promise<{ key: string; pages: ReadonlyMap<string, string> }> {
  const hash = createHash('sha256');
  const files = (await readdir(siteDir, { recursive: true, encoding: 'utf8' }))
    .filter((f) => f.endsWith('.html') && !f.startsWith(`${PAGEFIND_DIR}${sep}`))
    .sort();
  const pages = new Map<string, string>();
  // Read a few dozen at a time (one after another, the reads were most of a rebuild's ≈ 1 s here), hashed in order.
  for (let i = 0; i < files.length; i += READS_AT_ONCE) {
    const batch = files.slice(i, i + READS_AT_ONCE);
    const contents = await Promise.all(batch.map((page) => readFile(join(siteDir, page))));
    batch.forEach((page, j) => {
      hash.update(page).update('\0').update(contents[j]!).update('\0');
      pages.set(page, sha256(contents[j]!));
    });
  }
  // This file, the search code and the lockfile (Pagefind's version), from the project root, where astro runs.
  hash.update(codeKey(process.cwd(), ['src/integrations/pagefind.ts', 'src/lib/search', 'package-lock.json']));
  return { key: hash.digest('hex').slice(0, 32), pages };
}

/**
 * `indexSite`, or the bundle of the previous build when its pages were the same (an unchanged rebuild, whose
 * pages Astro took over): kept in `<cacheDir>/<key>/`, only the last one.
 */
export async function indexSiteCached(
  siteDir: string,
  cacheDir: string,
  streamed?: StreamedIndex,
): Promise<IndexSummary & { reused: boolean; streamed?: true | string }> {
  const keyed = inputKey(siteDir);
  // Fed while rendering (there was no index to reuse when the build started): written while the files are read.
  const early = await streamed?.finish(
    siteDir,
    keyed.then((k) => k.pages),
  );
  const { key } = await keyed;
  const cached = join(cacheDir, key);
  const outputPath = join(siteDir, PAGEFIND_DIR);
  const stored = early ? undefined : await readFile(join(cached, 'summary.json'), 'utf8').catch(() => undefined);
  if (stored) {
    await linkTree(join(cached, PAGEFIND_DIR), outputPath);
    return { ...(JSON.parse(stored) as IndexSummary), outputPath, reused: true };
  }
  const summary = early && !('differs' in early) ? early : await indexSite(siteDir);
  await rm(cacheDir, { recursive: true, force: true });
  await linkTree(outputPath, join(cached, PAGEFIND_DIR));
  // Written last: a cache folder without it is incomplete and not used.
  await writeFile(join(cached, 'summary.json'), JSON.stringify(summary));
  return { ...summary, reused: false, streamed: early && ('differs' in early ? early.differs : true) };
}

/**
 * `to` made a copy of the folder `from` whose files are hard links to those in `from` (copies where the two are on
 * different file systems). The index's few thousand files went into the cache one `cp` at a time: 1.2 s of a cold
 * 1,000-entry build's end. Neither side's files are changed in place afterwards: Pagefind writes a new output
 * folder each build, and the cache folder is removed before it is filled again.
 */
async function linkTree(from: string, to: string): Promise<void> {
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  await mkdir(to, { recursive: true });
  const dirs = entries.filter((e) => e.isDirectory()).map((e) => join(to, relative(from, join(e.parentPath, e.name))));
  for (const dir of dirs.sort()) await mkdir(dir, { recursive: true });
  const files = entries.filter((e) => e.isFile()).map((e) => relative(from, join(e.parentPath, e.name)));
  for (let i = 0; i < files.length; i += LINKS_AT_ONCE)
    await Promise.all(
      files.slice(i, i + LINKS_AT_ONCE).map((file) =>
        link(join(from, file), join(to, file)).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'EXDEV' && error.code !== 'EPERM') throw error;
          return copyFile(join(from, file), join(to, file));
        }),
      ),
    );
}

/** Pages read at a time by `inputKey`. */
const READS_AT_ONCE = 32;

/** Links made at a time by `linkTree` (libuv's thread pool has 4 threads; more only queue). */
const LINKS_AT_ONCE = 64;

/** Whether an earlier build left an index that this one may reuse. */
async function hasCachedIndex(cacheDir: string): Promise<boolean> {
  const keys = await readdir(cacheDir).catch(() => [] as string[]);
  for (const key of keys) if (await readFile(join(cacheDir, key, 'summary.json')).catch(() => undefined)) return true;
  return false;
}

/** Where the last index is kept: `$PRAXIS_CACHE_DIR/pagefind`, else Astro's cache folder. */
function pagefindCacheDir(env: Record<string, string | undefined> = process.env): string {
  return resolve(env.PRAXIS_CACHE_DIR?.trim() || './node_modules/.astro', 'pagefind');
}

export default function pagefindIntegration(): AstroIntegration {
  let streamed: Awaited<ReturnType<typeof indexWhileRendering>> | undefined;
  let indexing: ReturnType<typeof indexSiteCached> | undefined;
  return {
    name: 'praxis:pagefind',
    hooks: {
      // No index to reuse: index while the pages are rendered. A rebuild waits for the pages, which are
      // usually those of the last build (an unchanged rebuild's index is copied).
      'astro:build:start': async () => {
        if (!(await hasCachedIndex(pagefindCacheDir()))) streamed = await indexWhileRendering();
      },
      // Every page is written: the index is finished (or made) from here on, while the integrations before this one
      // in astro.config.mjs (the sitemap) do their part of `astro:build:done`. Nothing writes HTML until this
      // integration's `astro:build:done` has waited for it.
      'astro:build:generated': ({ dir }) => {
        indexing = indexSiteCached(fileURLToPath(dir), pagefindCacheDir(), streamed);
        // Its failure is reported where it is awaited.
        indexing.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const summary = await (indexing ?? indexSiteCached(fileURLToPath(dir), pagefindCacheDir(), streamed));
        indexing = undefined;
        streamed = undefined;
        if (typeof summary.streamed === 'string')
          logger.warn(`the pages indexed while rendering differ from the files (${summary.streamed}): indexed again`);
        else if (summary.streamed) logger.info('indexed while the pages were rendered');
        if (summary.reused) logger.info('pages unchanged since the last build: its search index was reused');
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
