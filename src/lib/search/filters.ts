/**
 * The search filters: their keys (the same in both languages, used as Pagefind filter names and as URL
 * parameters) and which of them the search page and the practice directory offer.
 *
 * Filter *values* in the index are the labels readers see, in the page's language ("Thüringen" /
 * "Thuringia"); URLs carry their slugs ("thueringen"), see urlState.ts.
 */
export const FILTER_KEYS = ['kind', 'topic', 'field', 'state', 'district', 'size', 'year', 'status', 'lang'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export function isFilterKey(key: string): key is FilterKey {
  return (FILTER_KEYS as readonly string[]).includes(key);
}

/** Groups on the search page, in display order. */
export const SEARCH_GROUPS: readonly FilterKey[] = [
  'kind',
  'topic',
  'field',
  'state',
  'district',
  'size',
  'year',
  'status',
  'lang',
];

/** Groups of the practice directory, in display order. */
export const DIRECTORY_GROUPS: readonly FilterKey[] = ['state', 'field', 'status', 'size', 'topic'];

/** The facet segment of the directory's static facet pages, per language: `/praxis/land/thueringen/`. */
export const FACET_SEGMENTS: Record<'de' | 'en', Partial<Record<FilterKey, string>>> = {
  de: { state: 'land', field: 'handlungsfeld', status: 'status', size: 'kreisgroesse', topic: 'thema' },
  en: { state: 'state', field: 'field', status: 'status', size: 'size', topic: 'topic' },
};

/** How values are ordered within a group. */
export type ValueOrder =
  /** In the order given by a fixed list (kinds, fields, states, statuses, sizes). */
  | { by: 'list'; values: readonly string[] }
  /** Alphabetically in the page's language. */
  | { by: 'alpha' }
  /** Numbers, largest first (years). */
  | { by: 'numeric-desc' };

/** Orders filter values for display. Values not in a fixed list come last, alphabetically. */
export function orderValues(values: readonly string[], order: ValueOrder, locale: string): string[] {
  const alpha = (a: string, b: string) => a.localeCompare(b, locale);
  if (order.by === 'alpha') return [...values].sort(alpha);
  if (order.by === 'numeric-desc') return [...values].sort((a, b) => Number(b) - Number(a) || alpha(a, b));
  const rank = new Map(order.values.map((v, i) => [v, i]));
  return [...values].sort(
    (a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || (rank.has(a) ? 0 : alpha(a, b)),
  );
}
