/**
 * District figures from the package `landkreise-deutschland`
 * (© Statistisches Bundesamt (Destatis), CC BY 4.0), looked up by AGS.
 * One source of truth: no figure is typed into content files.
 */
import raw from 'landkreise-deutschland/data/districts.json' with { type: 'json' };
import { STATES, type StateCode } from '../config/states.ts';
import { slugify } from './slug.ts';

interface RawDistrict {
  AGS: string | number;
  type: string;
  name: string;
  NUTS3: string;
  area_km2: number;
  population: number;
  population_per_km2: number;
}

export interface DistrictFacts {
  ags: string;
  /** Name without the title the statistics add after a comma (", Stadt", ", kreisfreie Stadt", …). */
  name: string;
  /** The official name as in the statistics. */
  officialName: string;
  /** Landkreis, Kreis, Kreisfreie Stadt, Stadtkreis or Regionalverband. */
  type: string;
  isCity: boolean;
  state: StateCode;
  nuts3: string;
  population: number;
  areaKm2: number;
  density: number;
}

/** The reference date of every figure (population, area, density): 31 Dec 2018. */
export const DISTRICT_FIGURES_DATE = new Date('2018-12-31T12:00:00Z');

/** Credit line required by the data's licence, per language. */
export const DISTRICT_DATA_CREDIT = {
  de: 'Kreisdaten: © Statistisches Bundesamt (Destatis), 2019, Stand 31.12.2018, über das Paket landkreise-deutschland, CC BY 4.0',
  en: 'District figures: © Federal Statistical Office of Germany (Destatis), 2019, as of 31 Dec 2018, via the package landkreise-deutschland, CC BY 4.0',
} as const;

function normalise(d: RawDistrict): DistrictFacts {
  // The package stores keys below 10000 as strings with a leading zero and the rest as numbers.
  const ags = String(d.AGS).padStart(5, '0');
  return {
    ags,
    // Everything after a comma is a city's title ("Mainz, kreisfreie Stadt", "Kassel, documenta-Stadt").
    name: d.name.replace(/, .*$/u, ''),
    officialName: d.name,
    type: d.type,
    isCity: /Stadt|Stadtkreis/u.test(d.type),
    state: ags.slice(0, 2) as StateCode,
    nuts3: d.NUTS3,
    population: d.population,
    areaKm2: d.area_km2,
    density: d.population_per_km2,
  };
}

const all: DistrictFacts[] = (raw as RawDistrict[]).map(normalise);
const byAgs = new Map(all.map((d) => [d.ags, d]));

/** Every district in the package. */
export function allDistrictFacts(): readonly DistrictFacts[] {
  return all;
}

/** Facts of one district, or undefined for an unknown key. Exact match only. */
export function districtFacts(ags: string): DistrictFacts | undefined {
  return byAgs.get(ags);
}

/** State name of a district in the given language. */
export function stateName(state: StateCode, lang: 'de' | 'en'): string {
  return STATES[state][lang];
}

/** Population bands used by the practice directory's "district size" facet. */
export const POPULATION_BANDS = [
  { key: 'unter-100k', max: 100_000, de: 'unter 100.000', en: 'under 100,000' },
  { key: '100k-200k', max: 200_000, de: '100.000 – 200.000', en: '100,000 – 200,000' },
  { key: '200k-500k', max: 500_000, de: '200.000 – 500.000', en: '200,000 – 500,000' },
  { key: 'ab-500k', max: Infinity, de: '500.000 und mehr', en: '500,000 and more' },
] as const;

export function populationBand(population: number): (typeof POPULATION_BANDS)[number] {
  return POPULATION_BANDS.find((b) => population < b.max) ?? POPULATION_BANDS[POPULATION_BANDS.length - 1]!;
}

/** A URL slug for a district page: lower case, umlauts spelled out. */
export function districtSlug(facts: DistrictFacts): string {
  return `${slugify(facts.name)}-${facts.ags}`;
}
