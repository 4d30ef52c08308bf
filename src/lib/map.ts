/**
 * A map of Germany drawn at build time as SVG: the country outline from Natural
 * Earth (package world-atlas, public domain data) projected with d3-geo, and one
 * dot per district. No tile server, no third-party request, no JavaScript.
 */
import { geoConicConformal, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries from 'world-atlas/countries-50m.json' with { type: 'json' };

export interface MapPoint {
  lat: number;
  lon: number;
}

export interface GermanyMap {
  width: number;
  height: number;
  /** SVG path data of Germany's outline. */
  outline: string;
  /** Project a point to SVG coordinates. */
  project: (p: MapPoint) => [number, number];
}

const GERMANY_ISO_NUMERIC = '276';

let cached: GermanyMap | undefined;

export function germanyMap(width = 460): GermanyMap {
  if (cached && cached.width === width) return cached;
  const topo = countries as unknown as Topology<{ countries: GeometryCollection }>;
  const all = feature(topo, topo.objects.countries) as unknown as { features: Feature<Geometry>[] };
  const germany = all.features.find((f) => String(f.id) === GERMANY_ISO_NUMERIC);
  if (!germany) throw new Error('world-atlas has no feature with id 276 (Germany)');
  const height = Math.round(width * 1.2);
  const projection = geoConicConformal()
    .parallels([48.67, 53.67])
    .rotate([-10.5, 0])
    .fitExtent(
      [
        [8, 8],
        [width - 8, height - 8],
      ],
      germany,
    );
  const outline = geoPath(projection)(germany) ?? '';
  cached = {
    width,
    height,
    outline,
    project: ({ lat, lon }) => {
      const xy = projection([lon, lat]);
      if (!xy) throw new Error(`cannot project ${lat},${lon}`);
      return [Math.round(xy[0] * 10) / 10, Math.round(xy[1] * 10) / 10];
    },
  };
  return cached;
}
