import { describe, expect, it } from 'vitest';
import { activeGroups, countsFor, matches, valueSets, type Selection } from './facets.ts';
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

describe('matches', () => {
  const sets = DOCS.map((d) => valueSets(d.filters));
  const hits = (selection: Selection) => sets.flatMap((s, i) => (matches(s, selection) ? [i] : []));

  it('ORs values within a group and ANDs groups', () => {
    expect(hits({ state: ['Thüringen'] })).toEqual([0, 3, 4]);
    expect(hits({ state: ['Hessen', 'Thüringen'] })).toEqual([0, 1, 2, 3, 4, 6]);
    expect(hits({ state: ['Hessen', 'Thüringen'], kind: ['Berichte'] })).toEqual([3, 4]);
    expect(hits({ kind: [] })).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(activeGroups({ kind: [], state: ['Hessen'] })).toEqual(['state']);
  });
});

describe('countsFor', () => {
  it('counts a chosen group as if its own choice were not made (Hessen still adds results)', () => {
    const counts = countsFor(DOCS, { state: ['Thüringen'], kind: ['Berichte'] });
    expect(counts.state).toEqual({ Thüringen: 2, Hessen: 1 });
    expect(counts.kind).toEqual({ 'Gute Praxis': 1, Berichte: 2, Blogbeiträge: 0, Kreise: 0 });
  });

  it('counts every value, with 0 for values that match nothing under the other groups', () => {
    const counts = countsFor(DOCS, { kind: ['Blogbeiträge'] });
    expect(counts.kind).toEqual({ 'Gute Praxis': 3, Berichte: 2, Blogbeiträge: 1, Kreise: 1 });
    expect(counts.state).toEqual({ Thüringen: 0, Hessen: 0 });
  });
});
