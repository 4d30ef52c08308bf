/**
 * The facet table: every indexed page's filter values and date, in one compact file per language, written
 * by the build from Pagefind's own fragments (src/integrations/pagefind.ts), so it holds exactly what the
 * index holds, keyed by Pagefind's result ids.
 *
 * Why not Pagefind's own filter counts: Pagefind computes them by scanning a list for every page of every
 * filter value (O(values × results)), which at 10,000 entries takes seconds for a broad query, and sorting by
 * date is as slow. Here the search page asks Pagefind for what only it can do — find and rank pages for words,
 * and load a result's text — and filters (OR within a group, AND across groups), counts (each group as if its
 * own choice were not made) and sorts by date in one pass over the matching pages.
 */
import type { Counts, Selection } from './facets.ts';
import type { FilterKey } from './filters.ts';

/**
 * Name of a language's table inside the Pagefind bundle folder: gzip-compressed JSON, served as a binary file
 * like Pagefind's own chunks (the client inflates it).
 */
export function facetTableFile(lang: string): string {
  return `praxis-facets.${lang}.pf_facets`;
}

/** The file as written by the build. */
export interface FacetTableFile {
  /** Format version. */
  v: 1;
  lang: string;
  /** Every filter value: [group, label]. */
  values: [string, string][];
  /** Pagefind result ids without the language prefix ("db52892" for "de_db52892"). */
  ids: string[];
  /** Each page's date as YYYYMMDD (a bare year as YYYY0000), 0 without one. */
  dates: number[];
  /** Each page's values, as indices into `values`, ascending. */
  refs: number[][];
}

/** One page as the build reads it from Pagefind's fragment. */
export interface FacetTablePage {
  /** Pagefind's result id, e.g. "de_db52892". */
  id: string;
  filters: Record<string, string[]>;
  /** The `date` metadata: YYYY-MM-DD or YYYY. */
  date?: string | undefined;
}

/** YYYY-MM-DD → YYYYMMDD, YYYY → YYYY0000, anything else → 0. */
export function dateNumber(date: string | undefined): number {
  const m = /^(\d{4})(?:-(\d{2})-(\d{2}))?$/u.exec(date ?? '');
  return m ? Number(`${m[1]}${m[2] ?? '00'}${m[3] ?? '00'}`) : 0;
}

/** Builds the table of one language's pages (the order of `pages` is kept). */
export function encodeFacetTable(lang: string, pages: readonly FacetTablePage[]): FacetTableFile {
  const index = new Map<string, number>();
  const values: [string, string][] = [];
  const prefix = `${lang}_`;
  return {
    v: 1,
    lang,
    values,
    ids: pages.map((p) => (p.id.startsWith(prefix) ? p.id.slice(prefix.length) : p.id)),
    dates: pages.map((p) => dateNumber(p.date)),
    refs: pages.map((p) =>
      Object.entries(p.filters)
        .flatMap(([group, labels]) =>
          labels.map((label) => {
            const key = `${group}\u0000${label}`;
            let i = index.get(key);
            if (i === undefined) {
              i = values.length;
              values.push([group, label]);
              index.set(key, i);
            }
            return i;
          }),
        )
        .sort((a, b) => a - b),
    ),
  };
}

/** The outcome of `FacetIndex.query`. */
export interface FacetQueryResult {
  /** Matching pages (indices into the table), in the order asked for. */
  pages: number[];
  /** Per group and value: results with that value under every other group's choice. */
  counts: Counts;
}

export class FacetIndex {
  readonly size: number;
  private readonly lang: string;
  private readonly values: readonly [string, string][];
  private readonly groupOf: Int32Array;
  private readonly groupIds = new Map<string, number>();
  private readonly valueIndex = new Map<string, number>();
  private readonly pageIndex = new Map<string, number>();
  private readonly ids: readonly string[];
  private readonly refs: readonly (readonly number[])[];
  private readonly dates: readonly number[];

  constructor(file: FacetTableFile) {
    if (file.v !== 1) throw new Error(`facet table: unknown format version ${String(file.v)}`);
    this.lang = file.lang;
    this.values = file.values;
    this.refs = file.refs;
    this.dates = file.dates;
    this.size = file.ids.length;
    this.groupOf = new Int32Array(file.values.length);
    file.values.forEach(([group, label], i) => {
      if (!this.groupIds.has(group)) this.groupIds.set(group, this.groupIds.size);
      this.groupOf[i] = this.groupIds.get(group)!;
      this.valueIndex.set(`${group}\u0000${label}`, i);
    });
    this.ids = file.ids.map((id) => `${file.lang}_${id}`);
    this.ids.forEach((id, i) => this.pageIndex.set(id, i));
  }

  /** The table index of a Pagefind result id, or undefined for a page the table does not know. */
  pageOf(id: string): number | undefined {
    return this.pageIndex.get(id);
  }

  /** Pagefind's result id of a table index. */
  idOf(page: number): string {
    return this.ids[page]!;
  }

  /** Every page, in table order. */
  allPages(): number[] {
    return Array.from({ length: this.size }, (_, i) => i);
  }

  /** Every value label per group, as the table lists them. */
  labels(): Partial<Record<FilterKey, string[]>> {
    const out: Partial<Record<FilterKey, string[]>> = {};
    for (const [group, label] of this.values) (out[group as FilterKey] ??= []).push(label);
    return out;
  }

  /** Chosen labels as sets of value indices per group id; a label the table lacks matches nothing. */
  private compile(selection: Selection): Map<number, Set<number>> {
    const out = new Map<number, Set<number>>();
    for (const [group, labels] of Object.entries(selection) as [FilterKey, readonly string[]][]) {
      if (!labels || labels.length === 0) continue;
      const g = this.groupIds.get(group) ?? -1 - out.size;
      const set = new Set<number>();
      for (const label of labels) {
        const v = this.valueIndex.get(`${group}\u0000${label}`);
        if (v !== undefined) set.add(v);
      }
      out.set(g, set);
    }
    return out;
  }

  private satisfies(page: number, group: number, chosen: Set<number>): boolean {
    for (const v of this.refs[page]!) if (this.groupOf[v] === group && chosen.has(v)) return true;
    return false;
  }

  /**
   * Filters `candidates` (table indices, e.g. a ranked word search's results) by `selection` — OR within a
   * group, AND across groups — after `base`, which must always hold, and counts every value: a page that meets
   * every group counts for all its values; a page that misses exactly one group counts for that group's values
   * (what choosing them would add); other pages count for nothing.
   */
  query(candidates: readonly number[], selection: Selection, base: Selection = {}): FacetQueryResult {
    const baseGroups = [...this.compile(base)];
    const groups = [...this.compile(selection)];
    const tally = new Int32Array(this.values.length);
    const pages: number[] = [];
    for (const page of candidates) {
      if (!baseGroups.every(([g, chosen]) => this.satisfies(page, g, chosen))) continue;
      let missed = -1;
      let misses = 0;
      for (const [g, chosen] of groups) {
        if (!this.satisfies(page, g, chosen)) {
          missed = g;
          if (++misses > 1) break;
        }
      }
      if (misses === 0) {
        pages.push(page);
        for (const v of this.refs[page]!) tally[v]! += 1;
      } else if (misses === 1) {
        for (const v of this.refs[page]!) if (this.groupOf[v] === missed) tally[v]! += 1;
      }
    }
    const counts: Counts = {};
    this.values.forEach(([group, label], i) => ((counts[group] ??= {})[label] = tally[i]!));
    return { pages, counts };
  }

  /** `pages` newest first; pages of the same date keep their order (relevance, or table order). */
  newestFirst(pages: readonly number[]): number[] {
    return pages
      .map((page, order) => ({ page, order, date: this.dates[page]! }))
      .sort((a, b) => b.date - a.date || a.order - b.order)
      .map((x) => x.page);
  }

  /** The language of the table. */
  get language(): string {
    return this.lang;
  }
}
