/**
 * Faceted filtering with true counts.
 *
 * The logic readers expect: several values in one group widen the results (OR), groups narrow them (AND).
 * Pagefind expresses that as `{ state: { any: ['Hessen', 'Thüringen'] }, kind: { any: ['Berichte'] } }`.
 *
 * Pagefind's own counts (`search.filters`) are "results that also have this value", i.e. AND with the current
 * selection, which is wrong for a group that already has a value chosen: under OR, "Hessen" still adds results
 * when "Thüringen" is chosen. So a group with a selection is counted by a second search that leaves that group's
 * own selection out ("disjunctive faceting"): one search for the results plus one per group with a selection.
 */
import type { FilterKey } from './filters.ts';

/** Chosen filter values (labels, as in the index) per group. */
export type Selection = Partial<Record<FilterKey, readonly string[]>>;
/** Counts per group and value, as Pagefind returns them. */
export type Counts = Record<string, Record<string, number>>;
/** A Pagefind filter object. */
export type PagefindFilters = Record<string, { any: string[] }>;

/** Groups that have at least one value chosen, in a stable order. */
export function activeGroups(selection: Selection): FilterKey[] {
  return (Object.keys(selection) as FilterKey[]).filter((k) => (selection[k]?.length ?? 0) > 0).sort();
}

/**
 * The Pagefind filters for a selection: OR within a group, AND across groups; `base` is always applied
 * (the directory's "kind: Gute Praxis"); `except` leaves one group out (for its counts).
 */
export function pagefindFilters(selection: Selection, options: { base?: Selection; except?: FilterKey } = {}) {
  const filters: PagefindFilters = {};
  for (const source of [options.base ?? {}, selection]) {
    for (const key of activeGroups(source)) {
      if (key === options.except && source === selection) continue;
      const values = [...(source[key] ?? [])];
      // A base value and a chosen value in the same group must both hold: nest as AND of two ORs.
      filters[key] = filters[key] ? { any: values.filter((v) => filters[key]!.any.includes(v)) } : { any: values };
    }
  }
  return filters;
}

/** One search to run: `group` is null for the main search (the results), else the group it counts. */
export interface CountQuery {
  group: FilterKey | null;
  filters: PagefindFilters;
}

/** The searches needed for the results and true counts of a selection. */
export function countQueries(selection: Selection, base: Selection = {}): CountQuery[] {
  return [
    { group: null, filters: pagefindFilters(selection, { base }) },
    ...activeGroups(selection).map((group) => ({
      group,
      filters: pagefindFilters(selection, { base, except: group }),
    })),
  ];
}

/**
 * Merges the counts of the searches from `countQueries`: a group without a selection takes the main search's
 * counts; a group with one takes the counts of the search that left it out.
 */
export function mergeCounts(main: Counts, perGroup: ReadonlyMap<FilterKey, Counts>): Counts {
  const merged: Counts = {};
  for (const [group, values] of Object.entries(main)) {
    merged[group] = { ...(perGroup.get(group as FilterKey)?.[group] ?? values) };
  }
  return merged;
}

/**
 * Runs the searches of `countQueries` with `search` (told which group a search counts, null for the main one)
 * and merges their counts.
 */
export async function searchWithCounts<R extends { filters: Counts }>(
  selection: Selection,
  search: (filters: PagefindFilters, group: FilterKey | null) => Promise<R>,
  base: Selection = {},
): Promise<{ main: R; counts: Counts }> {
  const queries = countQueries(selection, base);
  const answers = await Promise.all(queries.map((q) => search(q.filters, q.group)));
  const perGroup = new Map<FilterKey, Counts>();
  queries.forEach((q, i) => {
    if (q.group) perGroup.set(q.group, answers[i]!.filters);
  });
  return { main: answers[0]!, counts: mergeCounts(answers[0]!.filters, perGroup) };
}

/** Whether a record's values satisfy a selection (OR within a group, AND across groups). */
export function matches(values: ReadonlyMap<FilterKey, ReadonlySet<string>>, selection: Selection): boolean {
  return activeGroups(selection).every((key) => selection[key]!.some((v) => values.get(key)?.has(v)));
}

/** A record's filter pairs as a map of value sets. */
export function valueSets(filters: readonly (readonly [FilterKey, string])[]): Map<FilterKey, Set<string>> {
  const map = new Map<FilterKey, Set<string>>();
  for (const [key, value] of filters) {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    set.add(value);
  }
  return map;
}

/**
 * True counts for a selection, computed directly over records: for each group, the records that match every
 * other group's selection, counted per value. What the Pagefind searches of `searchWithCounts` add up to, and
 * what the directory's static facet pages show before any script runs.
 */
export function countsFor(
  records: readonly { filters: readonly (readonly [FilterKey, string])[] }[],
  selection: Selection,
): Counts {
  const sets = records.map((r) => valueSets(r.filters));
  const counts: Counts = {};
  for (const key of new Set(records.flatMap((r) => r.filters.map(([k]) => k)))) {
    const others: Selection = { ...selection, [key]: [] };
    const group: Record<string, number> = (counts[key] = {});
    for (const values of sets) {
      if (!matches(values, others)) continue;
      for (const v of values.get(key) ?? []) group[v] = (group[v] ?? 0) + 1;
    }
    // Values that exist but match nothing under the other groups still show, with 0.
    for (const values of sets) for (const v of values.get(key) ?? []) group[v] ??= 0;
  }
  return counts;
}
