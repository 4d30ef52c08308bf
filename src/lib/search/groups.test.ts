import { describe, expect, it } from 'vitest';
import { orderValues } from './filters.ts';
import { facetGroups } from './groups.ts';

describe('orderValues', () => {
  it('follows a fixed list, then the rest alphabetically', () => {
    expect(orderValues(['c', 'x', 'a', 'b'], { by: 'list', values: ['b', 'a'] }, 'de')).toEqual(['b', 'a', 'c', 'x']);
  });
  it('sorts years newest first and names alphabetically in the language', () => {
    expect(orderValues(['2023', '2025', '2024'], { by: 'numeric-desc' }, 'de')).toEqual(['2025', '2024', '2023']);
    expect(orderValues(['Zwickau', 'Ägypten', 'Bayern'], { by: 'alpha' }, 'de-DE')).toEqual([
      'Ägypten',
      'Bayern',
      'Zwickau',
    ]);
  });
});

describe('facetGroups', () => {
  it('orders sizes and statuses as the config does, with slugs and counts, and drops empty groups', () => {
    const groups = facetGroups(
      {
        size: { '200.000 – 500.000': 1, 'unter 100.000': 2 },
        status: { Beendet: 3, Pilotphase: 1 },
      },
      ['status', 'size', 'topic'],
      'de',
    );
    expect(groups).toEqual([
      {
        key: 'status',
        label: 'Status',
        values: [
          { label: 'Pilotphase', slug: 'pilotphase', count: 1 },
          { label: 'Beendet', slug: 'beendet', count: 3 },
        ],
      },
      {
        key: 'size',
        label: 'Kreisgröße (Einwohner)',
        values: [
          { label: 'unter 100.000', slug: 'unter-100-000', count: 2 },
          { label: '200.000 – 500.000', slug: '200-000-500-000', count: 1 },
        ],
      },
    ]);
  });
});
