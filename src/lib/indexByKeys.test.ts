import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexByKeys } from './indexByKeys.ts';

describe('indexByKeys', () => {
  const entries = [
    { id: 'a', districts: ['01001', '01002'] },
    { id: 'b', districts: ['01002'] },
    { id: 'c', districts: [] },
    { id: 'd', districts: ['01002', '01002', '01001'] },
  ];

  it('lists each item under each of its keys, in the order of the list', () => {
    const index = indexByKeys(entries, (e) => e.districts);
    expect(index.get('01001')?.map((e) => e.id)).toEqual(['a', 'd']);
    expect(index.get('01002')?.map((e) => e.id)).toEqual(['a', 'b', 'd']);
    expect(index.get('99999')).toBeUndefined();
  });

  it('lists an item that names a key twice once under it', () => {
    expect(
      indexByKeys(entries, (e) => e.districts)
        .get('01002')
        ?.filter((e) => e.id === 'd'),
    ).toHaveLength(1);
  });

  it('gives under every key what filtering the whole list by that key gives', () => {
    const key = fc.constantFrom('x', 'y', 'z');
    fc.assert(
      fc.property(fc.array(fc.record({ n: fc.nat(), keys: fc.array(key, { maxLength: 4 }) })), key, (items, k) => {
        const filtered = items.filter((i) => i.keys.includes(k));
        expect(indexByKeys(items, (i) => i.keys).get(k) ?? []).toEqual(filtered);
      }),
    );
  });
});
