/**
 * Pagefind's browser API, loaded only when it is needed: the first time someone types, changes a filter, or
 * opens a page whose URL already holds a search. Until then the search page and the directory transfer no
 * byte of the index or of the WebAssembly module.
 *
 * `/pagefind/pagefind.js` is written by the build (src/integrations/pagefind.ts), so it is imported by URL at
 * run time, not bundled. It picks the index of the page's `<html lang>`.
 */
import type { Counts, PagefindFilters } from '../../lib/search/facets.ts';

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
  filters?: PagefindFilters;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Counts>;
  search: (term: string | null, options?: SearchOptions) => Promise<PagefindSearch | null>;
  preload: (term: string, options?: SearchOptions) => Promise<void>;
}

let loading: Promise<{ pagefind: Pagefind; totals: Counts }> | undefined;

/**
 * Loads Pagefind once per page: the script, its options, and the filter index (needed for counts). The
 * returned `totals` are the unfiltered counts per filter value.
 */
export function loadPagefind(bundlePath = '/pagefind/'): Promise<{ pagefind: Pagefind; totals: Counts }> {
  loading ??= (async () => {
    const url = `${bundlePath}pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({
      // Set before init: the option Pagefind's search API calls `basePath` is the bundle folder.
      basePath: bundlePath,
      excerptLength: 30,
      ranking: {
        // Metadata that is not text to find: dates, image paths, alt texts.
        metaWeights: { title: 5, teaser: 2, date: 0, image: 0, image_alt: 0, kind: 0.5, status: 0.5 },
      },
    });
    await pagefind.init();
    const totals = await pagefind.filters();
    return { pagefind, totals };
  })();
  loading.catch(() => {
    // A failed load (offline, blocked) may be retried by the next interaction.
    loading = undefined;
  });
  return loading;
}
