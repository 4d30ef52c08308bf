import { describe, expect, it } from 'vitest';
import { allDistrictFacts } from './districts.ts';
import {
  districtDistance,
  MAX_SIMILAR_DISTANCE,
  similarDistricts,
  similarityReason,
  type DistrictPoint,
} from './similarDistricts.ts';

const d = (ags: string, population: number, density: number): DistrictPoint => ({ ags, population, density });
const ags = (points: DistrictPoint[]) => points.map((p) => p.ags);

// A rural district of 75,000 people and 72 per km²; four hand-made neighbours at known log distances from it.
const rural = d('16065', 75_000, 72);

describe('similarDistricts', () => {
  const almostTwin = d('16068', 70_000, 86); // ln(75/70)≈0.07, ln(86/72)≈0.18 → ≈0.19
  const twiceAsBig = d('16067', 150_000, 72); // ln 2 ≈ 0.69
  const denseTown = d('16051', 75_000, 720); // ln 10 ≈ 2.30
  const bigCity = d('11000', 3_600_000, 4_000); // far on both axes

  it('orders the neighbours by distance in population and density, nearest first', () => {
    expect(ags(similarDistricts(rural, [bigCity, denseTown, twiceAsBig, almostTwin], 4, Infinity))).toEqual([
      '16068',
      '16067',
      '16051',
      '11000',
    ]);
  });

  it('leaves the district itself out', () => {
    expect(ags(similarDistricts(rural, [rural, almostTwin]))).toEqual(['16068']);
  });

  it('returns at most `limit` neighbours', () => {
    expect(ags(similarDistricts(rural, [bigCity, denseTown, twiceAsBig, almostTwin], 2, Infinity))).toEqual([
      '16068',
      '16067',
    ]);
  });

  it('breaks ties by AGS, whatever the order of the candidates', () => {
    const half = d('09999', 37_500, 72);
    const double = d('01000', 150_000, 72);
    expect(ags(similarDistricts(rural, [half, double], 4, Infinity))).toEqual(['01000', '09999']);
    expect(ags(similarDistricts(rural, [double, half], 4, Infinity))).toEqual(['01000', '09999']);
  });

  it('keeps the objects it was given, with their extra fields', () => {
    const withName = { ...almostTwin, name: 'Sömmerda' };
    expect(similarDistricts(rural, [withName])[0]).toBe(withName);
  });
});

describe('similar districts among all 401', () => {
  const almostTwin = d('16068', 70_000, 86);
  const twiceAsBig = d('16067', 150_000, 72);
  const denseTown = d('16051', 75_000, 720);
  const bigCity = d('11000', 3_600_000, 4_000);
  const all = allDistrictFacts();
  const kyffhaeuser = all.find((x) => x.ags === '16065')!;

  it('leaves out districts farther than the bound: twice the size is not similar', () => {
    expect(ags(similarDistricts(rural, [bigCity, denseTown, twiceAsBig, almostTwin]))).toEqual(['16068']);
    expect(districtDistance(rural, twiceAsBig)).toBeGreaterThan(MAX_SIMILAR_DISTANCE);
  });

  it('finds the Kyffhäuserkreis four neighbours of its size, not Rheingau-Taunus or Main-Kinzig', () => {
    expect(all).toHaveLength(401);
    const similar = similarDistricts(kyffhaeuser, all);
    expect(similar).toHaveLength(4);
    expect(ags(similar)).not.toContain('06439');
    expect(ags(similar)).not.toContain('06435');
    for (const s of similar) {
      const reason = similarityReason(kyffhaeuser, s);
      expect(Math.abs(reason.population)).toBeLessThan(50);
      expect(Math.abs(reason.density)).toBeLessThan(50);
    }
  });

  it('gives the reason as percentages more or fewer', () => {
    expect(similarityReason(rural, almostTwin)).toEqual({ population: -7, density: 19 });
  });
});

describe('districtDistance', () => {
  it('measures on a log scale: 80,000 is as far from 160,000 as 400,000 from 800,000', () => {
    const small = districtDistance(d('a', 80_000, 100), d('b', 160_000, 100));
    const large = districtDistance(d('c', 400_000, 100), d('e', 800_000, 100));
    expect(small).toBeCloseTo(Math.LN2, 10);
    expect(large).toBeCloseTo(small, 10);
  });

  it('weighs twice the population like twice the density', () => {
    const byPopulation = districtDistance(rural, d('b', 150_000, 72));
    const byDensity = districtDistance(rural, d('c', 75_000, 144));
    expect(byPopulation).toBeCloseTo(byDensity, 10);
  });

  it('combines both axes like a straight line in the plane', () => {
    expect(districtDistance(rural, d('b', 150_000, 144))).toBeCloseTo(Math.SQRT2 * Math.LN2, 10);
  });

  it('is 0 for equal figures and the same in both directions', () => {
    expect(districtDistance(rural, rural)).toBe(0);
    const x = d('x', 123_456, 321);
    expect(districtDistance(rural, x)).toBe(districtDistance(x, rural));
  });
});
