/**
 * Plausible map positions for districts. The statistics package has no coordinates, so a
 * district's dot is placed at a deterministic point inside a box that lies within its state
 * (by the first two digits of the AGS). Good enough for a map of test data; not a real seat.
 */
import type { Rng } from './random.ts';

interface Box {
  lat: [number, number];
  lon: [number, number];
}

/** Boxes chosen to lie inside each state (conservative, so that dots do not land in a neighbour or the sea). */
export const STATE_BOXES: Readonly<Record<string, Box>> = {
  '01': { lat: [53.7, 54.5], lon: [9.3, 10.5] }, // Schleswig-Holstein
  '02': { lat: [53.5, 53.62], lon: [9.85, 10.15] }, // Hamburg
  '03': { lat: [52.3, 53.3], lon: [7.5, 10.9] }, // Niedersachsen
  '04': { lat: [53.03, 53.15], lon: [8.65, 8.95] }, // Bremen
  '05': { lat: [50.7, 51.9], lon: [6.6, 8.4] }, // Nordrhein-Westfalen
  '06': { lat: [49.7, 51.3], lon: [8.3, 9.8] }, // Hessen
  '07': { lat: [49.65, 50.5], lon: [6.8, 8.0] }, // Rheinland-Pfalz
  '08': { lat: [47.8, 49.4], lon: [8.2, 10.1] }, // Baden-Württemberg
  '09': { lat: [47.8, 49.6], lon: [10.3, 12.4] }, // Bayern
  '10': { lat: [49.2, 49.5], lon: [6.7, 7.2] }, // Saarland
  '11': { lat: [52.45, 52.58], lon: [13.25, 13.55] }, // Berlin
  '12': { lat: [51.6, 53.2], lon: [12.3, 14.3] }, // Brandenburg (Berlin cut out below)
  '13': { lat: [53.35, 53.95], lon: [11.4, 13.8] }, // Mecklenburg-Vorpommern
  '14': { lat: [50.75, 51.4], lon: [12.3, 14.3] }, // Sachsen
  '15': { lat: [51.4, 52.8], lon: [11.1, 12.3] }, // Sachsen-Anhalt
  '16': { lat: [50.5, 51.4], lon: [10.1, 12.0] }, // Thüringen
};

/** Areas inside a state's box that belong to another state. */
const HOLES: Readonly<Record<string, Box[]>> = {
  '12': [{ lat: [52.33, 52.68], lon: [13.08, 13.77] }], // Berlin inside Brandenburg
  '03': [{ lat: [53.0, 53.2], lon: [8.45, 9.0] }], // Bremen inside Niedersachsen
};

function inside(box: Box, lat: number, lon: number): boolean {
  return lat >= box.lat[0] && lat <= box.lat[1] && lon >= box.lon[0] && lon <= box.lon[1];
}

/** Round to three decimals (about 100 m), as the hand-written district files do. */
function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** A deterministic position for a district inside its state. */
export function districtCoordinates(ags: string, rng: Rng): { lat: number; lon: number } {
  const state = ags.slice(0, 2);
  const box = STATE_BOXES[state];
  if (!box) throw new Error(`no state box for AGS ${ags}`);
  const holes = HOLES[state] ?? [];
  for (let attempt = 0; attempt < 100; attempt++) {
    const lat = round3(box.lat[0] + rng.float() * (box.lat[1] - box.lat[0]));
    const lon = round3(box.lon[0] + rng.float() * (box.lon[1] - box.lon[0]));
    if (!holes.some((h) => inside(h, lat, lon))) return { lat, lon };
  }
  throw new Error(`could not place AGS ${ags} outside the holes of its state box`);
}
