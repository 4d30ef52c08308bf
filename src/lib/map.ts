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
  anchor: 'start' | 'middle' | 'end';
}

/**
 * Size of the map's labels in SVG units (the picture is 460 wide). The SVG scales with the page, so on a
 * 390 px phone (a 358 px wide map) 19 units are 14.8 CSS pixels; at 13 units they were 10, and less in a column.
 * GermanyMap.astro sets the same size in its stylesheet.
 */
export const MAP_LABEL_SIZE = 19;

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Place a text label beside each dot so that no label covers another label or dot:
 * tries right, left, under and over the dot (starting or ending at it, then centred), then beside it up to
 * three lines higher or lower, and keeps labels inside the picture (above `height`, when given). When nothing is free, the
 * place that covers the fewest dots and labels wins. Character width is estimated (the site's sans at
 * MAP_LABEL_SIZE is about 0.53 of the size per character), which is close enough for a map.
 */
export function placeLabels(
  dots: { x: number; y: number; label: string }[],
  width: number,
  {
    charWidth = MAP_LABEL_SIZE * 0.53,
    lineHeight = Math.round(MAP_LABEL_SIZE * 1.15),
    gap = 10,
    radius = 7,
    height = Infinity,
  } = {},
): PlacedLabel[] {
  const dotBoxes: Box[] = dots.map((d) => ({ x0: d.x - radius, y0: d.y - radius, x1: d.x + radius, y1: d.y + radius }));
  const placed: Box[] = [];
  // The text's baseline sits this far below the middle of its line.
  const baseline = Math.round(lineHeight * 0.3);
  return dots.map((d) => {
    const w = d.label.length * charWidth;
    // Beside the dot on its line; then under or over it, starting or ending at the dot (where the eye looks
    // for the dot's name); centred under or over it; and last a line or more higher or lower beside it.
    const below = d.y + radius + lineHeight - 2;
    const above = d.y - radius - baseline - 2;
    const candidates: PlacedLabel[] = [
      { x: d.x + gap, y: d.y + baseline, anchor: 'start' },
      { x: d.x - gap, y: d.y + baseline, anchor: 'end' },
      { x: d.x - radius, y: below, anchor: 'start' },
      { x: d.x + radius, y: below, anchor: 'end' },
      { x: d.x - radius, y: above, anchor: 'start' },
      { x: d.x + radius, y: above, anchor: 'end' },
      { x: d.x, y: below, anchor: 'middle' },
      { x: d.x, y: above, anchor: 'middle' },
    ];
    for (const dy of [-lineHeight, lineHeight, -2 * lineHeight, 2 * lineHeight, -3 * lineHeight, 3 * lineHeight]) {
      candidates.push(
        { x: d.x + gap, y: d.y + baseline + dy, anchor: 'start' },
        { x: d.x - gap, y: d.y + baseline + dy, anchor: 'end' },
      );
    }
    const box = (c: PlacedLabel): Box => {
      const x0 = c.anchor === 'start' ? c.x : c.anchor === 'end' ? c.x - w : c.x - w / 2;
      return { x0, y0: c.y - lineHeight + baseline, x1: x0 + w, y1: c.y + baseline };
    };
    const inside = (b: Box) => b.x0 >= 0 && b.x1 <= width && b.y0 >= 0 && b.y1 <= height;
    const covered = (b: Box) =>
      placed.filter((p) => overlaps(p, b)).length + dotBoxes.filter((db) => overlaps(db, b)).length;
    const inPicture = candidates.filter((c) => inside(box(c)));
    const choice =
      inPicture.find((c) => covered(box(c)) === 0) ??
      [...inPicture].sort((a, b) => covered(box(a)) - covered(box(b)))[0] ??
      candidates[0]!;
    placed.push(box(choice));
    return choice;
  });
}
