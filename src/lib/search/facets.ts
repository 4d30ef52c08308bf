/**
 * Faceted filtering with true counts, as readers expect it: several values in one group widen the results (OR),
 * groups narrow them (AND), and each value's count says how many results it stands for under that logic —
 * for a group with a choice, counted as if that group's own choice were not made ("disjunctive faceting"):
 * with "Thüringen" chosen, "Hessen" still shows what choosing it would add.
 *
 * `countsFor` is the reference, computed directly over records: the directory's static facet pages use it at
 * build time, and the facet table (facetTable.ts), which the browser uses, is tested against it.
 */
import type { FilterKey } from './filters.ts';

/** Chosen filter values (labels, as in the index) per group. */
export type Selection = Partial<Record<FilterKey, readonly string[]>>;
/** Counts per group and value. */
export type Counts = Record<string, Record<string, number>>;

/** Groups that have at least one value chosen, in a stable order. */
export function activeGroups(selection: Selection): FilterKey[] {
  return (Object.keys(selection) as FilterKey[]).filter((k) => (selection[k]?.length ?? 0) > 0).sort();
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
 * other group's selection, counted per value. What the directory's static facet pages show before any script
 * runs, and the reference the facet table is tested against.
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
