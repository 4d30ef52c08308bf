import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { allDistrictFacts, districtFacts, districtSlug, populationBand, stateName } from './districts.ts';

// The package's own records, read straight from its file: the figures must come from there, unchanged.
interface PackageRecord {
  AGS: string | number;
  name: string;
  area_km2: number;
  population: number;
  population_per_km2: number;
}
const packageFile = createRequire(import.meta.url).resolve('landkreise-deutschland/data/districts.json');
const records = JSON.parse(readFileSync(packageFile, 'utf8')) as PackageRecord[];
const record = (ags: string) => records.find((r) => String(r.AGS).padStart(5, '0') === ags);

describe('districtFacts', () => {
  it('finds the Kyffhäuserkreis by 16065, which the package stores as a number, with the package’s figures', () => {
    const raw = record('16065');
    expect(raw?.AGS).toBe(16065);
    const kyf = districtFacts('16065');
    expect(kyf).toMatchObject({
      ags: '16065',
      name: 'Kyffhäuserkreis',
      type: 'Landkreis',
      isCity: false,
      state: '16',
      population: raw!.population,
      areaKm2: raw!.area_km2,
      density: raw!.population_per_km2,
    });
    expect(stateName(kyf!.state, 'de')).toBe('Thüringen');
    expect(stateName(kyf!.state, 'en')).toBe('Thuringia');
  });

  it('finds the Main-Kinzig-Kreis by 06435, which the package stores as a string with its leading zero', () => {
    expect(record('06435')?.AGS).toBe('06435');
    expect(districtFacts('06435')?.name).toBe('Main-Kinzig-Kreis');
  });

  it('matches exactly: a prefix, a key without its leading zero or with spaces finds nothing', () => {
    expect(districtFacts('1606')).toBeUndefined();
    expect(districtFacts('6435')).toBeUndefined();
    expect(districtFacts(' 16065')).toBeUndefined();
    expect(districtFacts('160650')).toBeUndefined();
    expect(districtFacts('99999')).toBeUndefined();
  });

  it('has every district of the package once, each under a five-digit key', () => {
    const all = allDistrictFacts();
    expect(all).toHaveLength(records.length);
    expect(new Set(all.map((d) => d.ags)).size).toBe(records.length);
    for (const d of all) expect(d.ags).toMatch(/^\d{5}$/u);
  });

  it('drops the title the statistics add after a comma from every name, keeping it in officialName', () => {
    expect(districtFacts('01001')).toMatchObject({ name: 'Flensburg', officialName: 'Flensburg, Stadt' });
    expect(districtFacts('07315')).toMatchObject({ name: 'Mainz', officialName: 'Mainz, kreisfreie Stadt' });
    expect(districtFacts('06611')?.name).toBe('Kassel');
    expect(districtFacts('02000')?.name).toBe('Hamburg');
    expect(allDistrictFacts().filter((d) => d.name.includes(','))).toEqual([]);
  });

  it('marks independent cities and Stadtkreise as cities, and Landkreise, Kreise and the Regionalverband not', () => {
    expect(districtFacts('01001')?.isCity).toBe(true); // Kreisfreie Stadt
    expect(districtFacts('08111')?.isCity).toBe(true); // Stadtkreis Stuttgart
    expect(districtFacts('01051')?.isCity).toBe(false); // Kreis Dithmarschen
    expect(districtFacts('10041')?.isCity).toBe(false); // Regionalverband Saarbrücken
  });
});

describe('districtSlug', () => {
  it('spells out the umlaut and ends with the key', () => {
    expect(districtSlug(districtFacts('16065')!)).toBe('kyffhaeuserkreis-16065');
  });

  it('leaves the statistics’ title out of a city’s slug', () => {
    expect(districtSlug(districtFacts('07315')!)).toBe('mainz-07315');
  });

  it('gives every district of the package its own slug', () => {
    const slugs = allDistrictFacts().map(districtSlug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });
});

describe('populationBand', () => {
  it('puts each population into the band whose upper limit it stays below', () => {
    expect(populationBand(75_009).key).toBe('unter-100k');
    expect(populationBand(99_999).key).toBe('unter-100k');
    expect(populationBand(100_000).key).toBe('100k-200k');
    expect(populationBand(499_999).key).toBe('200k-500k');
    expect(populationBand(500_000).key).toBe('ab-500k');
    expect(populationBand(3_644_826).key).toBe('ab-500k');
  });
});
