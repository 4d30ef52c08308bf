/**
 * The site's own fonts for social images, read from the installed @fontsource packages — never
 * fetched. Each face comes in two subsets: "latin" and "latin-ext"; the capital sharp s (ẞ, U+1E9E)
 * is only in latin-ext, so both are loaded and the extension is named as a fallback family.
 *
 * Satori reads the WOFF files; fontkit measures with the same files so the title layout (text.ts)
 * breaks lines where Satori would have room for them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as fontkit from 'fontkit';

export const SERIF = 'Source Serif 4';
export const SANS = 'Source Sans 3';
/** Family names of the latin-ext subsets, used as fallbacks after the main families. */
const EXT = ' Ext';

export type FontWeight = 400 | 600;

interface FaceFile {
  family: typeof SERIF | typeof SANS;
  weight: FontWeight;
  pkg: string;
  stem: string;
}

const FACES: FaceFile[] = [
  { family: SERIF, weight: 600, pkg: '@fontsource/source-serif-4', stem: 'source-serif-4' },
  { family: SANS, weight: 400, pkg: '@fontsource/source-sans-3', stem: 'source-sans-3' },
  { family: SANS, weight: 600, pkg: '@fontsource/source-sans-3', stem: 'source-sans-3' },
];

/** Satori's font entry. */
export interface SatoriFont {
  name: string;
  data: Buffer;
  weight: FontWeight;
  style: 'normal';
}

// Resolved from the project root (where astro, vitest and the bench script run), not from this file:
// in the build, this module runs from a bundled chunk in the output folder, away from node_modules.
const requireFromRoot = createRequire(join(process.cwd(), 'package.json'));

function fontFile(face: FaceFile, subset: 'latin' | 'latin-ext'): string {
  return requireFromRoot.resolve(`${face.pkg}/files/${face.stem}-${subset}-${face.weight}-normal.woff`);
}

let loaded: { satori: SatoriFont[]; measure: Map<string, fontkit.Font[]>; versions: string } | undefined;

function load() {
  if (loaded) return loaded;
  const satori: SatoriFont[] = [];
  const measure = new Map<string, fontkit.Font[]>();
  for (const face of FACES) {
    const faces: fontkit.Font[] = [];
    for (const subset of ['latin', 'latin-ext'] as const) {
      const data = readFileSync(fontFile(face, subset));
      satori.push({
        name: subset === 'latin' ? face.family : face.family + EXT,
        data,
        weight: face.weight,
        style: 'normal',
      });
      faces.push(fontkit.create(data) as fontkit.Font);
    }
    measure.set(`${face.family}/${face.weight}`, faces);
  }
  const versions = [...new Set(FACES.map((f) => f.pkg))]
    .map((pkg) => `${pkg}@${(requireFromRoot(`${pkg}/package.json`) as { version: string }).version}`)
    .join(',');
  loaded = { satori, measure, versions };
  return loaded;
}

/** Fonts in the form Satori takes, loaded once per process. */
export function satoriFonts(): SatoriFont[] {
  return load().satori;
}

/** The CSS font-family value for a family with its latin-ext fallback. */
export function fontStack(family: typeof SERIF | typeof SANS): string {
  return `'${family}', '${family}${EXT}'`;
}

/** Package versions of the fonts, part of the cache key: new font files mean new images. */
export function fontVersions(): string {
  return load().versions;
}

/**
 * A measuring function for text.ts: advance width of `text` at `size` px in the given face, with
 * kerning, falling back to the latin-ext subset for characters the latin one lacks (as Satori does).
 */
export function measurer(
  family: typeof SERIF | typeof SANS,
  weight: FontWeight,
): (text: string, size: number) => number {
  const faces = load().measure.get(`${family}/${weight}`);
  if (!faces) throw new Error(`No font loaded for ${family} ${weight}`);
  const cache = new Map<string, number>();
  return (text, size) => {
    let units = cache.get(text);
    if (units === undefined) {
      units = 0;
      // Split into runs by the first face that has each character, and shape each run.
      let run = '';
      let runFace: fontkit.Font | undefined;
      const flush = () => {
        if (run !== '' && runFace) units! += (runFace.layout(run).advanceWidth * 1000) / runFace.unitsPerEm;
        run = '';
      };
      for (const ch of text) {
        const cp = ch.codePointAt(0)!;
        const face = faces.find((f) => f.hasGlyphForCodePoint(cp)) ?? faces[0]!;
        if (face !== runFace) {
          flush();
          runFace = face;
        }
        run += ch;
      }
      flush();
      cache.set(text, units);
    }
    return (units * size) / 1000;
  };
}
