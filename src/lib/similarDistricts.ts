/**
 * "Districts like this one": nearest neighbours by population and density on a
 * log scale (a district of 80,000 is as far from 160,000 as 400,000 from 800,000),
 * among all districts of the statistics, within a bounded distance.
 */
export interface DistrictPoint {
  ags: string;
  population: number;
  density: number;
}

export function districtDistance(a: DistrictPoint, b: DistrictPoint): number {
  const dp = Math.log(a.population) - Math.log(b.population);
  const dd = Math.log(a.density) - Math.log(b.density);
  return Math.hypot(dp, dd);
}

/**
 * How far a district may be and still count as "like this one": ln 1.5, i.e. half as many people again at
 * the same density (or a third more on both axes). Beyond that, "similar" would say nothing: the
 * Kyffhäuserkreis (75,000) is not like the Main-Kinzig-Kreis (419,000).
 */
export const MAX_SIMILAR_DISTANCE = Math.log(1.5);

/**
 * The `limit` candidates closest to `district` and no farther than `maxDistance`, itself excluded, ties broken
 * by AGS. Pass every district of the statistics: being similar does not depend on having entries.
 */
export function similarDistricts<T extends DistrictPoint>(
  district: DistrictPoint,
  candidates: readonly T[],
  limit = 4,
  maxDistance = MAX_SIMILAR_DISTANCE,
): T[] {
  return candidates
    .filter((c) => c.ags !== district.ags)
    .map((c) => ({ c, d: districtDistance(district, c) }))
    .filter(({ d }) => d <= maxDistance)
    .sort((x, y) => x.d - y.d || x.c.ags.localeCompare(y.c.ags))
    .slice(0, limit)
    .map(({ c }) => c);
}

/**
 * Why `other` is like `district`: its population and density relative to the district's, as whole percentages
 * (+12 means 12 % more; −3 means 3 % fewer), for the reason shown beside each similar district.
 */
export function similarityReason(
  district: DistrictPoint,
  other: DistrictPoint,
): { population: number; density: number } {
  const percent = (a: number, b: number) => Math.round((b / a - 1) * 100);
  return {
    population: percent(district.population, other.population),
    density: percent(district.density, other.density),
  };
}
