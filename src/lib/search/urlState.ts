/**
 * The search's state in the URL, so a search can be shared as a link, survives a reload and the back button
 * steps through it:
 *
 *   /suche/?q=sozialverwaltung&kind=gute-praxis&state=hessen&state=thueringen&sort=date
 *
 * - `q`: the words typed; `sort`: `date` or `relevance` (only with words: without words results are by date);
 * - one parameter per filter group (the keys of filters.ts), repeated for several values, as an HTML form with
 *   checkboxes would send them; values are slugs of the labels ("Thüringen" → "thueringen"), so a link reads
 *   well and does not depend on how a browser escapes umlauts.
 *
 * Serialising is canonical (groups in a fixed order, values sorted), so the same search is always the same URL.
 */
import { slugify } from '../slug.ts';
import { FILTER_KEYS, type FilterKey } from './filters.ts';

export const SORTS = ['relevance', 'date'] as const;
export type Sort = (typeof SORTS)[number];

export interface SearchState {
  q: string;
  /** Slugs of chosen values per group. */
  filters: Partial<Record<FilterKey, string[]>>;
  /** The sort the reader chose; `effectiveSort` says what applies. */
  sort: Sort;
}

export const EMPTY_STATE: SearchState = { q: '', filters: {}, sort: 'relevance' };

/** The slug a filter value has in URLs. */
export function valueSlug(label: string): string {
  return slugify(label);
}

/** Words make relevance meaningful; without them, newest first. */
export function effectiveSort(state: SearchState): Sort {
  return state.q.trim() === '' ? 'date' : state.sort;
}

/** Reads the state from a query string; unknown parameters and groups not in `groups` are ignored. */
export function parseState(query: string | URLSearchParams, groups: readonly FilterKey[] = FILTER_KEYS): SearchState {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const filters: Partial<Record<FilterKey, string[]>> = {};
  for (const key of groups) {
    const values = [...new Set(params.getAll(key).map((v) => valueSlug(v)))].filter((v) => v !== '').sort();
    if (values.length > 0) filters[key] = values;
  }
  const sort = params.get('sort');
  return {
    q: (params.get('q') ?? '').replace(/\s+/gu, ' ').trim(),
    filters,
    sort: sort === 'date' ? 'date' : 'relevance',
  };
}

/** The query string of a state, with its leading "?", or "" for the empty state. */
export function serializeState(state: SearchState, groups: readonly FilterKey[] = FILTER_KEYS): string {
  const params = new URLSearchParams();
  const q = state.q.replace(/\s+/gu, ' ').trim();
  if (q) params.set('q', q);
  for (const key of FILTER_KEYS) {
    if (!groups.includes(key)) continue;
    for (const value of [...new Set(state.filters[key] ?? [])].sort()) params.append(key, value);
  }
  if (q && state.sort === 'date') params.set('sort', 'date');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether two states describe the same search. */
export function sameState(a: SearchState, b: SearchState, groups: readonly FilterKey[] = FILTER_KEYS): boolean {
  return serializeState(a, groups) === serializeState(b, groups);
}

/** Whether a state asks for anything (words or filters). */
export function hasCriteria(state: SearchState): boolean {
  return state.q !== '' || Object.values(state.filters).some((v) => v.length > 0);
}

/**
 * Maps slugs from a URL to the labels of the values that exist, per group; slugs with no matching value are
 * dropped (a stale link after a topic was renamed).
 */
export function labelsForSlugs(
  filters: SearchState['filters'],
  available: Partial<Record<FilterKey, readonly string[]>>,
): Partial<Record<FilterKey, string[]>> {
  const out: Partial<Record<FilterKey, string[]>> = {};
  for (const [key, slugs] of Object.entries(filters) as [FilterKey, string[]][]) {
    const bySlug = new Map((available[key] ?? []).map((label) => [valueSlug(label), label]));
    const labels = slugs.map((s) => bySlug.get(s)).filter((l): l is string => l !== undefined);
    if (labels.length > 0) out[key] = labels;
  }
  return out;
}
