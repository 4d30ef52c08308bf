import { describe, expect, it } from 'vitest';
import {
  activeGroups,
  countQueries,
  countsFor,
  matches,
  pagefindFilters,
  searchWithCounts,
  valueSets,
  type Counts,
  type PagefindFilters,
  type Selection,
} from './facets.ts';
import type { FilterKey } from './filters.ts';

type Doc = { filters: [FilterKey, string][] };
const doc = (pairs: Record<string, string[]>): Doc => ({
  filters: Object.entries(pairs).flatMap(([k, vs]) => vs.map((v): [FilterKey, string] => [k as FilterKey, v])),
});

// A small site: what the real content looks like (three districts, two states, several kinds).
const DOCS: Doc[] = [
  doc({ kind: ['Gute Praxis'], state: ['Thüringen'], field: ['Soziales', 'Verwaltung'], status: ['Beendet'] }),
  doc({ kind: ['Gute Praxis'], state: ['Hessen'], field: ['Verwaltung', 'Soziales'], status: ['Beendet'] }),
  doc({ kind: ['Gute Praxis'], state: ['Hessen'], field: ['Verwaltung'], status: ['Pilotphase'] }),
  doc({ kind: ['Berichte'], state: ['Thüringen'] }),
  doc({ kind: ['Berichte'], state: ['Hessen', 'Thüringen'] }),
  doc({ kind: ['Blogbeiträge'] }),
  doc({ kind: ['Kreise'], state: ['Hessen'] }),
];

/** Pagefind's semantics, as its filter.rs implements them, over DOCS: AND across keys, `any` = OR. */
function fakePagefind(docs: Doc[]) {
  const sets = docs.map((d) => valueSets(d.filters));
  return async (filters: PagefindFilters): Promise<{ results: number[]; filters: Counts }> => {
    const hits = sets
      .map((s, i) => ({ s, i }))
      .filter(({ s }) => Object.entries(filters).every(([k, f]) => f.any.some((v) => s.get(k as FilterKey)?.has(v))));
    const counts: Counts = {};
    for (const s of sets) for (const [k, vs] of s) for (const v of vs) (counts[k] ??= {})[v] ??= 0;
    // Pagefind's counts: for each value, how many of the current results have it.
    for (const { s } of hits) for (const [k, vs] of s) for (const v of vs) counts[k]![v]! += 1;
    return { results: hits.map((h) => h.i), filters: counts };
  };
}

describe('pagefindFilters', () => {
  it('ORs values within a group and ANDs groups', () => {
    expect(pagefindFilters({ state: ['Hessen', 'Thüringen'], kind: ['Berichte'], topic: [] })).toEqual({
      kind: { any: ['Berichte'] },
      state: { any: ['Hessen', 'Thüringen'] },
    });
  });

  it('always applies the base filter and can leave one group out', () => {
    const f = pagefindFilters(
      { state: ['Hessen'], field: ['Soziales'] },
      { base: { kind: ['Gute Praxis'] }, except: 'state' },
    );
    expect(f).toEqual({ kind: { any: ['Gute Praxis'] }, field: { any: ['Soziales'] } });
  });

  it('keeps the base when the same group is chosen too: both must hold', () => {
    expect(pagefindFilters({ kind: ['Berichte', 'Gute Praxis'] }, { base: { kind: ['Gute Praxis'] } })).toEqual({
      kind: { any: ['Gute Praxis'] },
    });
  });
});

describe('countQueries', () => {
  it('asks one search for the results and one per group with a selection', () => {
    const queries = countQueries({ state: ['Hessen'], kind: ['Berichte', 'Gute Praxis'], field: [] });
    expect(queries.map((q) => q.group)).toEqual([null, 'kind', 'state']);
    expect(queries[1]!.filters).toEqual({ state: { any: ['Hessen'] } });
  });

  it('needs a single search without a selection', () => {
    expect(countQueries({})).toHaveLength(1);
    expect(activeGroups({ kind: [] })).toEqual([]);
  });
});

describe('searchWithCounts', () => {
  const search = fakePagefind(DOCS);
  const selections: Selection[] = [
    {},
    { state: ['Thüringen'] },
    { state: ['Hessen', 'Thüringen'] },
    { kind: ['Gute Praxis'], state: ['Thüringen'] },
    { kind: ['Gute Praxis', 'Berichte'], state: ['Thüringen'], field: ['Soziales'] },
    { field: ['Soziales', 'Verwaltung'], status: ['Pilotphase'] },
  ];

  it.each(selections)('gives the results of OR within and AND across groups: %j', async (selection) => {
    const { main } = await searchWithCounts(selection, search);
    const expected = DOCS.map((d, i) => ({ i, s: valueSets(d.filters) }))
      .filter(({ s }) => matches(s, selection))
      .map(({ i }) => i);
    expect(main.results).toEqual(expected);
  });

  it.each(selections)('gives counts that hold under that logic: %j', async (selection) => {
    const { counts } = await searchWithCounts(selection, search);
    expect(counts).toEqual(countsFor(DOCS, selection));
  });

  it('counts a chosen group as if its own choice were not made (Hessen still adds results)', async () => {
    const { main, counts } = await searchWithCounts({ state: ['Thüringen'], kind: ['Berichte'] }, search);
    expect(main.results).toEqual([3, 4]);
    expect(counts.state).toEqual({ Thüringen: 2, Hessen: 1 });
    expect(counts.kind).toEqual({ 'Gute Praxis': 1, Berichte: 2, Blogbeiträge: 0, Kreise: 0 });
  });

  it('applies a base filter to every search, as the directory does', async () => {
    const { main, counts } = await searchWithCounts({ state: ['Hessen'] }, search, { kind: ['Gute Praxis'] });
    expect(main.results).toEqual([1, 2]);
    expect(counts.state).toEqual({ Thüringen: 1, Hessen: 2 });
    expect(counts.status).toEqual({ Beendet: 1, Pilotphase: 1 });
  });
});

describe('countsFor', () => {
  it('counts every value, with 0 for values that match nothing under the other groups', () => {
    const counts = countsFor(DOCS, { kind: ['Blogbeiträge'] });
    expect(counts.kind).toEqual({ 'Gute Praxis': 3, Berichte: 2, Blogbeiträge: 1, Kreise: 1 });
    expect(counts.state).toEqual({ Thüringen: 0, Hessen: 0 });
  });
});
