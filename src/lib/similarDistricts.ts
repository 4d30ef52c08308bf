/**
 * "Districts like this one": nearest neighbours by population and density on a
 * log scale (a district of 80,000 is as far from 160,000 as 400,000 from 800,000).
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

/** The `limit` candidates closest to `district`, itself excluded, ties broken by AGS. */
export function similarDistricts<T extends DistrictPoint>(
  district: DistrictPoint,
  candidates: readonly T[],
  limit = 4,
): T[] {
  return candidates
    .filter((c) => c.ags !== district.ags)
    .map((c) => ({ c, d: districtDistance(district, c) }))
    .sort((x, y) => x.d - y.d || x.c.ags.localeCompare(y.c.ags))
    .slice(0, limit)
    .map(({ c }) => c);
}
