/**
 * Pagefind's browser API, loaded only when it is needed: the first time someone types, changes a filter, or
 * opens a page whose URL already holds a search. Until then the search page and the directory transfer no
 * byte of the index or of the WebAssembly module.
 *
 * `/pagefind/pagefind.js` is written by the build (src/integrations/pagefind.ts), so it is imported by URL at
 * run time, not bundled. It picks the index of the page's `<html lang>`.
 */
import type { Counts } from '../../lib/search/facets.ts';
import { FacetIndex, facetTableFile, type FacetTableFile } from '../../lib/search/facetTable.ts';
import {
  exactQuery,
  matchedWords,
  queryWords,
  unmatchedWords,
  type UnmatchedWord,
} from '../../lib/search/prefixFallback.ts';

/** What `search()` resolves to (the parts used here). */
export interface PagefindSearch {
  results: { id: string; score: number; data: () => Promise<PagefindResult> }[];
  unfilteredResultCount: number;
  filters: Counts;
  totalFilters: Counts;
}

/** What a result's `data()` resolves to (the parts used here). */
export interface PagefindResult {
  url: string;
  content: string;
  word_count: number;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  anchors: { id: string; location: number; element: string; text: string }[];
  weighted_locations: { weight: number; balanced_score: number; location: number }[];
  locations: number[];
}

export interface SearchOptions {
  filters?: Record<string, unknown>;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Counts>;
  search: (term: string | null, options?: SearchOptions) => Promise<PagefindSearch | null>;
}

let loading: Promise<Pagefind> | undefined;

/**
 * Loads Pagefind once per page: the script and its options. A first query needs the script, the WebAssembly
 * module, the index's metadata and the index chunks of its words. Filters, counts and the date sort come
 * from the facet table (`loadFacets`), loaded only when needed, never Pagefind's own filter index: its counts
 * take seconds for a broad query on a large site (see src/lib/search/facetTable.ts).
 */
export function loadPagefind(bundlePath = '/pagefind/'): Promise<Pagefind> {
  loading ??= (async () => {
    const url = `${bundlePath}pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({
      // Set before init: the option Pagefind's search API calls `basePath` is the bundle folder.
      basePath: bundlePath,
      // Searching a few thousand pages takes milliseconds: the main thread does it, which spares the
      // download of the worker script (a second copy of the search code, 43 KB).
      noWorker: true,
      excerptLength: 30,
      ranking: {
        // Metadata that is not text to find: dates, image paths, alt texts.
        metaWeights: { title: 5, teaser: 2, date: 0, image: 0, image_alt: 0, kind: 0.5, status: 0.5 },
      },
    });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    // A failed load (offline, blocked) may be retried by the next interaction.
    loading = undefined;
  });
  return loading;
}

let facetsLoading: Promise<FacetIndex> | undefined;
let everythingLoading: Promise<Map<string, PagefindSearch['results'][number]>> | undefined;

/** The facet table of the page's language, loaded once and only when filters, counts or dates are needed. */
export function loadFacets(bundlePath = '/pagefind/'): Promise<FacetIndex> {
  facetsLoading ??= (async () => {
    const lang = document.documentElement.lang || 'unknown';
    const response = await fetch(`${bundlePath}${facetTableFile(lang)}`, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`facet table: HTTP ${response.status}`);
    let bytes = new Uint8Array(await response.arrayBuffer());
    // gzip unless a server already undid it (Content-Encoding): check the magic number rather than guess.
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
      const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
      bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    }
    return new FacetIndex(JSON.parse(new TextDecoder().decode(bytes)) as FacetTableFile);
  })();
  facetsLoading.catch(() => {
    facetsLoading = undefined;
  });
  return facetsLoading;
}

/** Every page of the index as a Pagefind result, by id: what browsing without words shows. Loaded once. */
export function loadEverything(bundlePath = '/pagefind/'): Promise<Map<string, PagefindSearch['results'][number]>> {
  everythingLoading ??= loadPagefind(bundlePath).then(async (pagefind) => {
    const all = await pagefind.search(null);
    return new Map((all?.results ?? []).map((r) => [r.id, r]));
  });
  everythingLoading.catch(() => {
    everythingLoading = undefined;
  });
  return everythingLoading;
}

/**
 * The query's words that no page contains, where Pagefind's results hold only a shorter word the query word
 * begins with (src/lib/search/prefixFallback.ts); [] when every word was found or there are no results.
 * Costs one exact search per word; the matched words come from the first result, which is shown anyway.
 */
export async function unmatchedQueryWords(
  pagefind: Pagefind,
  query: string,
  first: PagefindSearch['results'][number] | undefined,
): Promise<UnmatchedWord[]> {
  if (!first) return [];
  const words = queryWords(query);
  const exactHits: number[] = [];
  for (const word of words) exactHits.push((await pagefind.search(exactQuery(word)))?.results.length ?? 0);
  if (exactHits.every((n) => n > 0)) return [];
  const data = await first.data();
  return unmatchedWords(words, exactHits, matchedWords(data.content, data.locations));
}
