import { describe, expect, it } from 'vitest';
import { germanyMap, MAP_LABEL_SIZE, placeLabels, type PlacedLabel } from './map.ts';

// The same measures placeLabels assumes by default: 0.53 of the label size per character, lines of 1.15 times
// the size, the baseline 0.3 of a line below the middle, dots of radius 7.
const CHAR = MAP_LABEL_SIZE * 0.53;
const LINE = Math.round(MAP_LABEL_SIZE * 1.15);
const BASE = Math.round(LINE * 0.3);
const RADIUS = 7;

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
const labelBox = (label: string, at: PlacedLabel): Box => {
  const w = label.length * CHAR;
  const x0 = at.anchor === 'start' ? at.x : at.anchor === 'end' ? at.x - w : at.x - w / 2;
  return { x0, y0: at.y - LINE + BASE, x1: x0 + w, y1: at.y + BASE };
};
const dotBox = (d: { x: number; y: number }): Box => ({
  x0: d.x - RADIUS,
  y0: d.y - RADIUS,
  x1: d.x + RADIUS,
  y1: d.y + RADIUS,
});
const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Every pair of label boxes and every label box against every dot, as "what overlaps what". */
function collisions(dots: { x: number; y: number; label: string }[], placed: PlacedLabel[]): string[] {
  const boxes = dots.map((d, i) => labelBox(d.label, placed[i]!));
  const found: string[] = [];
  boxes.forEach((b, i) => {
    boxes.forEach((other, j) => {
      if (j > i && overlap(b, other)) found.push(`label ${dots[i]!.label} × label ${dots[j]!.label}`);
    });
    dots.forEach((d) => {
      if (overlap(b, dotBox(d))) found.push(`label ${dots[i]!.label} × dot ${d.label}`);
    });
  });
  return found;
}

describe('placeLabels', () => {
  it('labels the real districts legibly: 14 px on a phone, none under another district’s dot', () => {
    const map = germanyMap();
    // Coordinates as in content/districts/.
    const dots = [
      { lat: 50.203, lon: 9.188, label: 'Main-Kinzig-Kreis' },
      { lat: 50.14, lon: 8.069, label: 'Rheingau-Taunus-Kreis' },
      { lat: 51.37, lon: 10.871, label: 'Kyffhäuserkreis' },
    ].map((d) => {
      const [x, y] = map.project(d);
      return { x, y, label: d.label };
    });
    const placed = placeLabels(dots, map.width, { height: map.height });
    expect(collisions(dots, placed)).toEqual([]);
    for (const [i, p] of placed.entries()) {
      const b = labelBox(dots[i]!.label, p);
      expect(b.x0).toBeGreaterThanOrEqual(0);
      expect(b.x1).toBeLessThanOrEqual(map.width);
    }
    // A phone 390 px wide shows the map 358 px wide (page padding 16 px a side).
    expect((MAP_LABEL_SIZE * 358) / map.width).toBeGreaterThanOrEqual(14);
  });

  it('places the labels of three close dots so that none covers another label or any dot', () => {
    // Main-Kinzig-Kreis, Rheingau-Taunus-Kreis and Wetteraukreis lie this close on the 460 px map.
    const dots = [
      { x: 150, y: 300, label: 'Main-Kinzig-Kreis' },
      { x: 128, y: 306, label: 'Rheingau-Taunus-Kreis' },
      { x: 140, y: 290, label: 'Wetteraukreis' },
    ];
    const placed = placeLabels(dots, 460);
    expect(placed).toHaveLength(3);
    expect(collisions(dots, placed)).toEqual([]);
  });

  it('puts a lone label to the right of its dot, on the dot’s line', () => {
    expect(placeLabels([{ x: 100, y: 100, label: 'Kyffhäuserkreis' }], 460)).toEqual([
      { x: 110, y: 100 + BASE, anchor: 'start' },
    ]);
  });

  it('puts the label to the left of a dot near the right edge, inside the map', () => {
    const [placed] = placeLabels([{ x: 440, y: 200, label: 'Görlitz' }], 460);
    expect(placed).toMatchObject({ anchor: 'end', x: 430 });
    const box = labelBox('Görlitz', placed!);
    expect(box.x0).toBeGreaterThanOrEqual(0);
    expect(box.x1).toBeLessThanOrEqual(460);
  });

  it('keeps a label inside the map when the dot sits at the top edge and its own line is taken', () => {
    // The dot on the right blocks both sides of the top dot's own line; "a line higher" would leave the map.
    const dots = [
      { x: 200, y: 9, label: 'Nordfriesland' },
      { x: 290, y: 9, label: 'Schleswig-Flensburg' },
      { x: 110, y: 9, label: 'Dithmarschen' },
    ];
    const placed = placeLabels(dots, 460);
    for (const [i, p] of placed.entries())
      expect(labelBox(dots[i]!.label, p).y0, dots[i]!.label).toBeGreaterThanOrEqual(0);
  });

  it('keeps a label above the bottom edge when given the height of the picture', () => {
    // The dot on the left blocks both sides of the bottom dot's own line; "a line lower" would leave the map.
    const dots = [
      { x: 200, y: 540, label: 'Berchtesgaden' },
      { x: 290, y: 540, label: 'Traunstein' },
      { x: 110, y: 540, label: 'Oberallgäu' },
    ];
    const placed = placeLabels(dots, 460, { height: 552 });
    for (const [i, p] of placed.entries())
      expect(labelBox(dots[i]!.label, p).y1, dots[i]!.label).toBeLessThanOrEqual(552);
    expect(collisions(dots, placed)).toEqual([]);
  });

  it('returns one placement per dot, in the order of the dots', () => {
    const dots = [
      { x: 100, y: 100, label: 'A-Kreis' },
      { x: 300, y: 400, label: 'B-Kreis' },
    ];
    const placed = placeLabels(dots, 460);
    expect(placed.map((p) => p.y)).toEqual([100 + BASE, 400 + BASE]);
  });
});

describe('germanyMap', () => {
  const map = germanyMap(460);

  it('draws an outline and projects the north up, the east right, inside the picture', () => {
    expect(map.outline).toMatch(/^M[\d.,-]+/u);
    const flensburg = map.project({ lat: 54.78, lon: 9.44 });
    const munich = map.project({ lat: 48.14, lon: 11.58 });
    const aachen = map.project({ lat: 50.78, lon: 6.08 });
    const goerlitz = map.project({ lat: 51.15, lon: 14.99 });
    expect(flensburg[1]).toBeLessThan(munich[1]);
    expect(aachen[0]).toBeLessThan(goerlitz[0]);
    for (const [x, y] of [flensburg, munich, aachen, goerlitz]) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(map.width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(map.height);
    }
  });

  it('is 1.2 times as high as wide', () => {
    expect(map.height).toBe(552);
    expect(germanyMap(300)).toMatchObject({ width: 300, height: 360 });
  });
});
