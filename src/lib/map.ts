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

export interface PlacedLabel {
  x: number;
  y: number;
  anchor: 'start' | 'end';
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Place a text label beside each dot so that no label covers another label or dot:
 * tries right, left, then the same a line higher and lower, and keeps labels inside the picture (above
 * `height`, when given). Character width is estimated (the font is the site's sans at 13px), which is close
 * enough for a map.
 */
export function placeLabels(
  dots: { x: number; y: number; label: string }[],
  width: number,
  { charWidth = 6.6, lineHeight = 15, gap = 10, radius = 7, height = Infinity } = {},
): PlacedLabel[] {
  const dotBoxes: Box[] = dots.map((d) => ({ x0: d.x - radius, y0: d.y - radius, x1: d.x + radius, y1: d.y + radius }));
  const placed: Box[] = [];
  return dots.map((d, i) => {
    const w = d.label.length * charWidth;
    const candidates: PlacedLabel[] = [];
    for (const dy of [0, -lineHeight, lineHeight, -2 * lineHeight, 2 * lineHeight]) {
      candidates.push(
        { x: d.x + gap, y: d.y + 4 + dy, anchor: 'start' },
        { x: d.x - gap, y: d.y + 4 + dy, anchor: 'end' },
      );
    }
    const box = (c: PlacedLabel): Box => {
      const x0 = c.anchor === 'start' ? c.x : c.x - w;
      return { x0, y0: c.y - lineHeight + 3, x1: x0 + w, y1: c.y + 3 };
    };
    const fits = (c: PlacedLabel) => {
      const b = box(c);
      return (
        b.x0 >= 0 &&
        b.x1 <= width &&
        b.y0 >= 0 &&
        b.y1 <= height &&
        !placed.some((p) => overlaps(p, b)) &&
        !dotBoxes.some((db, j) => j !== i && overlaps(db, b))
      );
    };
    const choice = candidates.find(fits) ?? candidates[0]!;
    placed.push(box(choice));
    return choice;
  });
}
