import { describe, expect, it } from 'vitest';
import { countsFor, matches, valueSets, type Counts, type Selection } from './facets.ts';
import { dateNumber, encodeFacetTable, FacetIndex, type FacetTablePage } from './facetTable.ts';
import type { FilterKey } from './filters.ts';

const PAGES: FacetTablePage[] = [
  {
    id: 'de_a1',
    date: '2025-02-10',
    filters: { kind: ['Gute Praxis'], state: ['Thüringen'], field: ['Soziales', 'Verwaltung'] },
  },
  { id: 'de_a2', date: '2025-02-12', filters: { kind: ['Gute Praxis'], state: ['Hessen'], field: ['Verwaltung'] } },
  { id: 'de_a3', date: '2025-02-11', filters: { kind: ['Gute Praxis'], state: ['Hessen'], field: ['Soziales'] } },
  { id: 'de_b1', date: '2024', filters: { kind: ['Berichte'], state: ['Thüringen'] } },
  { id: 'de_b2', date: '2025-01-01', filters: { kind: ['Berichte'], state: ['Hessen', 'Thüringen'] } },
  { id: 'de_p1', filters: { kind: ['Personen'] } },
];
const table = encodeFacetTable('de', PAGES);
const index = new FacetIndex(JSON.parse(JSON.stringify(table)));
const records = PAGES.map((p) => ({
  filters: Object.entries(p.filters).flatMap(([k, vs]) => vs.map((v): [FilterKey, string] => [k as FilterKey, v])),
}));
const nonZero = (c: Counts) =>
  Object.fromEntries(
    Object.entries(c)
      .map(([g, vs]) => [g, Object.fromEntries(Object.entries(vs).filter(([, n]) => n > 0))])
      .filter(([, vs]) => Object.keys(vs as object).length > 0),
  );

describe('encodeFacetTable', () => {
  it('writes ids without the language prefix, dates as numbers and values once', () => {
    expect(table.ids).toEqual(['a1', 'a2', 'a3', 'b1', 'b2', 'p1']);
    expect(table.dates).toEqual([20250210, 20250212, 20250211, 20240000, 20250101, 0]);
    expect(table.values.filter(([g]) => g === 'state')).toEqual([
      ['state', 'Thüringen'],
      ['state', 'Hessen'],
    ]);
    expect(dateNumber('soon')).toBe(0);
  });
});

describe('FacetIndex.query', () => {
  const selections: Selection[] = [
    {},
    { state: ['Thüringen'] },
    { state: ['Hessen', 'Thüringen'], kind: ['Berichte'] },
    { kind: ['Gute Praxis', 'Berichte'], field: ['Soziales'] },
    { field: ['Soziales', 'Verwaltung'], state: ['Hessen'] },
    { state: ['Atlantis'] },
  ];

  it.each(selections)('filters OR within and AND across groups: %j', (selection) => {
    const { pages } = index.query(index.allPages(), selection);
    const expected = records.map((r, i) => ({ i, s: valueSets(r.filters) })).filter(({ s }) => matches(s, selection));
    expect(pages).toEqual(expected.map(({ i }) => i));
  });

  it.each(selections)('counts as the reference does: %j', (selection) => {
    expect(nonZero(index.query(index.allPages(), selection).counts)).toEqual(nonZero(countsFor(records, selection)));
  });

  it('keeps the order of the candidates (a word search ranks them) and only counts among them', () => {
    const candidates = ['de_b2', 'de_a1', 'de_a2'].map((id) => index.pageOf(id)!);
    const { pages, counts } = index.query(candidates, { state: ['Thüringen'] });
    expect(pages.map((p) => index.idOf(p))).toEqual(['de_b2', 'de_a1']);
    expect(counts.state).toEqual({ Thüringen: 2, Hessen: 2 });
    expect(counts.kind).toEqual({ 'Gute Praxis': 1, Berichte: 1, Personen: 0 });
  });

  it('applies a base filter to everything, as the directory does with "Gute Praxis"', () => {
    const { pages, counts } = index.query(index.allPages(), { state: ['Hessen'] }, { kind: ['Gute Praxis'] });
    expect(pages.map((p) => index.idOf(p))).toEqual(['de_a2', 'de_a3']);
    expect(counts.state).toEqual({ Thüringen: 1, Hessen: 2 });
    expect(counts.field).toEqual({ Soziales: 1, Verwaltung: 1 });
  });

  it('lists every label it knows, and nothing for an unknown id', () => {
    expect(index.labels().kind).toEqual(['Gute Praxis', 'Berichte', 'Personen']);
    expect(index.pageOf('de_zz')).toBeUndefined();
    expect(index.pageOf('en_a1')).toBeUndefined();
  });
});

describe('FacetIndex.newestFirst', () => {
  it('sorts by date, newest first, undated last, ties in the given order', () => {
    const sorted = index.newestFirst(index.allPages()).map((p) => index.idOf(p));
    expect(sorted).toEqual(['de_a2', 'de_a3', 'de_a1', 'de_b2', 'de_b1', 'de_p1']);
  });
});
