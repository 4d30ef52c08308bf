/**
 * The items of a list by the keys each one has — entries by the districts they name, posts by their authors — in
 * the list's order, each item once under each of its keys. Pages that each wanted "the entries about X" filtered
 * every entry per page, so the build grew with pages × entries; an index made once per build is looked up instead.
 */
export function indexByKeys<T>(items: readonly T[], keysOf: (item: T) => Iterable<string>): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const list = index.get(key);
      if (list) list.push(item);
      else index.set(key, [item]);
    }
  }
  return index;
}
