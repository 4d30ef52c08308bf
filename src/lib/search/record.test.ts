import { describe, expect, it } from 'vitest';
import { allDistrictFacts, districtFacts } from '../districts.ts';
import { ambiguousDistrictNames, districtLabel, searchRecord, shorten, UNDATED_SORT_KEY } from './record.ts';

const kyffhaeuser = districtFacts('16065')!;
const mainKinzig = districtFacts('06435')!;
const ambiguous = ambiguousDistrictNames(allDistrictFacts());

describe('searchRecord', () => {
  const practice = searchRecord(
    {
      lang: 'de',
      kind: 'practices',
      title: 'Kyffhäuserkreis: Papierlose Sozialverwaltung',
      teaser: 'Im Thüringer Kyffhäuserkreis …',
      topics: [{ label: { de: 'Sozialverwaltung', en: 'Social administration' }, keywords: ['Sozialamt'] }],
      fields: ['soziales'],
      districts: [kyffhaeuser],
      date: new Date('2025-02-10'),
      status: 'ended',
    },
    ambiguous,
  );

  it('gives every filter the directory and the search page offer', () => {
    expect(practice.filters).toEqual([
      ['kind', 'Gute Praxis'],
      ['lang', 'Deutsch'],
      ['topic', 'Sozialverwaltung'],
      ['field', 'Soziales & Daseinsvorsorge'],
      ['state', 'Thüringen'],
      ['district', 'Kyffhäuserkreis'],
      ['size', 'unter 100.000'],
      ['year', '2025'],
      ['status', 'Beendet'],
    ]);
  });

  it('gives card metadata and a date sort key', () => {
    expect(practice.meta).toEqual({
      kind: 'Gute Praxis',
      teaser: 'Im Thüringer Kyffhäuserkreis …',
      date: '2025-02-10',
      district: 'Kyffhäuserkreis',
      status: 'Beendet',
    });
    expect(practice.sort).toEqual({ date: '2025-02-10' });
  });

  it('adds keywords: umlaut-free spellings, compound parts, labels in both languages', () => {
    expect(practice.keywords).toEqual(
      expect.arrayContaining(['Kyffhauser', 'Kyffhaeuserkreis', 'verwaltung', 'Social', 'Sozialamt', 'Thueringen']),
    );
  });

  it('labels in the page language, and names the text language of an English page with German text', () => {
    const r = searchRecord({
      lang: 'en',
      kind: 'reports',
      districts: [kyffhaeuser, mainKinzig],
      textLang: 'de',
      year: 2024,
    });
    expect(r.filters).toEqual(
      expect.arrayContaining([
        ['kind', 'Reports'],
        ['lang', 'German'],
        ['state', 'Thuringia'],
        ['state', 'Hesse'],
        ['size', 'under 100,000'],
        ['year', '2024'],
      ]),
    );
    expect(r.meta.district).toBe('Kyffhäuserkreis, Main-Kinzig-Kreis');
  });

  it('gives undated pages (districts, people) a sort key that sorts last, so they are never dropped', () => {
    const r = searchRecord({ lang: 'de', kind: 'people', title: 'Tanja Klenk' });
    expect(r.sort.date).toBe(UNDATED_SORT_KEY);
    expect(r.meta.date).toBeUndefined();
    expect(r.filters.map(([k]) => k)).toEqual(['kind', 'lang']);
  });

  it('lists a value once even when several districts share it', () => {
    const r = searchRecord({ lang: 'de', kind: 'posts', districts: [mainKinzig, districtFacts('06439')!] });
    expect(r.filters.filter(([k]) => k === 'state')).toEqual([['state', 'Hessen']]);
  });
});

describe('districtLabel', () => {
  it('tells a city from the district of the same name', () => {
    expect(districtLabel(districtFacts('06611')!, 'de', ambiguous)).toBe('Kassel (Stadt)');
    expect(districtLabel(districtFacts('06633')!, 'de', ambiguous)).toBe('Kassel (Landkreis)');
    expect(districtLabel(districtFacts('06633')!, 'en', ambiguous)).toBe('Kassel (district)');
    expect(districtLabel(kyffhaeuser, 'de', ambiguous)).toBe('Kyffhäuserkreis');
  });
});

describe('shorten', () => {
  it('cuts long teasers at a word', () => {
    expect(shorten('eins zwei drei vier', 12)).toBe('eins zwei …');
    expect(shorten('  kurz  ', 12)).toBe('kurz');
  });
});
