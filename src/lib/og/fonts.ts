/**
 * The site's own fonts for social images, read from the installed @fontsource packages — never
 * fetched. Each face comes in two subsets: "latin" and "latin-ext"; the capital sharp s (ẞ, U+1E9E)
 * is only in latin-ext, so both are loaded and each character is set in the first subset that has it
 * (the fallback a browser, and Satori before, applied to the font stack `'Family', 'Family Ext'`).
 *
 * fontkit both measures the text (text.ts breaks the title's lines with it) and shapes it into the
 * glyphs the card draws (glyphs.ts), so what is measured is what is drawn.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { unwrapWoff } from './woff.ts';

export const SERIF = 'Source Serif 4';
export const SANS = 'Source Sans 3';
export type Family = typeof SERIF | typeof SANS;
export type FontWeight = 400 | 600;
export type Subset = 'latin' | 'latin-ext';

interface FaceFile {
  family: Family;
  weight: FontWeight;
  pkg: string;
  stem: string;
}

const FACES: FaceFile[] = [
  { family: SERIF, weight: 600, pkg: '@fontsource/source-serif-4', stem: 'source-serif-4' },
  { family: SANS, weight: 400, pkg: '@fontsource/source-sans-3', stem: 'source-sans-3' },
  { family: SANS, weight: 600, pkg: '@fontsource/source-sans-3', stem: 'source-sans-3' },
];
const SUBSETS: readonly Subset[] = ['latin', 'latin-ext'];

/** One font file as read from disk (the Satori reference test hands these to Satori). */
export interface FontFile {
  family: Family;
  weight: FontWeight;
  subset: Subset;
  data: Buffer;
}

// Resolved from the project root (where astro, vitest and the bench script run), not from this file:
// in the build, this module runs from a bundled chunk in the output folder, away from node_modules.
const requireFromRoot = createRequire(join(process.cwd(), 'package.json'));

function fontFile(face: FaceFile, subset: Subset): string {
  return requireFromRoot.resolve(`${face.pkg}/files/${face.stem}-${subset}-${face.weight}-normal.woff`);
}

let loaded: { files: FontFile[]; faces: Map<string, fontkit.Font[]>; versions: string } | undefined;

function load() {
  if (loaded) return loaded;
  const files: FontFile[] = [];
  const faces = new Map<string, fontkit.Font[]>();
  for (const face of FACES) {
    const subsets: fontkit.Font[] = [];
    for (const subset of SUBSETS) {
      const file = fontFile(face, subset);
      const data = readFileSync(file);
      files.push({ family: face.family, weight: face.weight, subset, data });
      // Unwrapped once here: fontkit inflated the glyph table again for every new glyph (woff.ts).
      subsets.push(fontkit.create(unwrapWoff(data, file)) as fontkit.Font);
    }
    faces.set(`${face.family}/${face.weight}`, subsets);
  }
  const versions = [...new Set(FACES.map((f) => f.pkg))]
    .map((pkg) => `${pkg}@${(requireFromRoot(`${pkg}/package.json`) as { version: string }).version}`)
    .join(',');
  loaded = { files, faces, versions };
  return loaded;
}

/** The font files, loaded once per process. */
export function fontFiles(): readonly FontFile[] {
  return load().files;
}

/** Package versions of the fonts, part of the cache key: new font files mean new images. */
export function fontVersions(): string {
  return load().versions;
}

/** The subsets of a face, latin first. */
function subsetsOf(family: Family, weight: FontWeight): fontkit.Font[] {
  const faces = load().faces.get(`${family}/${weight}`);
  if (!faces) throw new Error(`No font loaded for ${family} ${weight}`);
  return faces;
}

/** Vertical metrics of a face in font units (both subsets have the same). */
export function faceMetrics(
  family: Family,
  weight: FontWeight,
): { ascent: number; descent: number; unitsPerEm: number } {
  const { ascent, descent, unitsPerEm } = subsetsOf(family, weight)[0]!;
  return { ascent, descent, unitsPerEm };
}

/** A piece of text set in one font file. */
export interface FaceRun {
  face: fontkit.Font;
  text: string;
}

/** `text` split into runs by the first subset that has each character (latin, else latin-ext). */
export function faceRuns(family: Family, weight: FontWeight, text: string): FaceRun[] {
  const faces = subsetsOf(family, weight);
  const runs: FaceRun[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const face = faces.find((f) => f.hasGlyphForCodePoint(cp)) ?? faces[0]!;
    const last = runs.at(-1);
    if (last?.face === face) last.text += ch;
    else runs.push({ face, text: ch });
  }
  return runs;
}

/** A glyph placed in a shaped run: its pen position from the run's start, in font units (y up). */
export interface PlacedGlyph {
  glyph: fontkit.Glyph;
  x: number;
  y: number;
}

/** A run shaped in one font file: its glyphs and advance width, in font units. */
export interface ShapedRun {
  face: fontkit.Font;
  glyphs: PlacedGlyph[];
  advance: number;
}

/** Shaped words by face. Cleared when it grows past this many (titles of a whole build share their words). */
const MAX_SHAPED = 20_000;
const shapedWords = new WeakMap<fontkit.Font, Map<string, ShapedRun>>();
const spaceKerns = new WeakMap<fontkit.Font, Map<string, number>>();

function shapeWord(face: fontkit.Font, word: string): ShapedRun {
  let cache = shapedWords.get(face);
  if (!cache) shapedWords.set(face, (cache = new Map()));
  let run = cache.get(word);
  if (!run) {
    const { glyphs, positions } = face.layout(word);
    let pen = 0;
    const placed: PlacedGlyph[] = [];
    for (let i = 0; i < glyphs.length; i++) {
      const pos = positions[i]!;
      placed.push({ glyph: glyphs[i]!, x: pen + pos.xOffset, y: pos.yOffset });
      pen += pos.xAdvance;
    }
    run = { face, glyphs: placed, advance: pen };
    if (cache.size >= MAX_SHAPED) cache.clear();
    cache.set(word, run);
  }
  return run;
}

/** The kerning between a space and the character after it (the font kerns a space before T, V, W, Y). */
function spaceKern(face: fontkit.Font, next: string): number {
  let cache = spaceKerns.get(face);
  if (!cache) spaceKerns.set(face, (cache = new Map()));
  let kern = cache.get(next);
  if (kern === undefined) {
    kern = face.layout(` ${next}`).advanceWidth - face.layout(' ').advanceWidth - face.layout(next).advanceWidth;
    cache.set(next, kern);
  }
  return kern;
}

/**
 * `text` shaped as fontkit shapes it, in the subset that has each character — but a word at a time: each word with
 * its trailing space is shaped once per process and kept, and the kerning from a space to the next word's first
 * character is added between them. Shaping whole strings was most of a card's time (the title layout measures
 * hundreds of candidate lines); the font's features do not reach across a space beyond that pair kerning, so the
 * result is the same (fonts.test.ts compares the two on every line of a set of titles).
 */
export function shape(family: Family, weight: FontWeight, text: string): ShapedRun[] {
  const runs: ShapedRun[] = [];
  for (const { face, text: run } of faceRuns(family, weight, text)) {
    const glyphs: PlacedGlyph[] = [];
    let pen = 0;
    let previous = '';
    for (const word of run.match(/[^ ]* ?/gu)!) {
      if (word === '') continue;
      if (previous.endsWith(' ')) pen += spaceKern(face, String.fromCodePoint(word.codePointAt(0)!));
      const shaped = shapeWord(face, word);
      for (const g of shaped.glyphs) glyphs.push({ glyph: g.glyph, x: pen + g.x, y: g.y });
      pen += shaped.advance;
      previous = word;
    }
    runs.push({ face, glyphs, advance: pen });
  }
  return runs;
}

/**
 * A measuring function for text.ts: advance width of `text` at `size` px in the given face, with
 * kerning, each run shaped in the subset that has its characters.
 */
export function measurer(family: Family, weight: FontWeight): (text: string, size: number) => number {
  subsetsOf(family, weight);
  const cache = new Map<string, number>();
  return (text, size) => {
    let units = cache.get(text);
    if (units === undefined) {
      units = 0;
      for (const run of shape(family, weight, text)) units += (run.advance * 1000) / run.face.unitsPerEm;
      // Bounded: a worker keeps its measurers for every card it draws.
      if (cache.size >= MAX_SHAPED) cache.clear();
      cache.set(text, units);
    }
    return (units * size) / 1000;
  };
}
