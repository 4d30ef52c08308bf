/**
 * The one renderer for social images: card → SVG (card.ts) → pixels → PNG, with a file cache keyed by a hash
 * of what the card shows, the template version, the fonts and the renderer. A rebuild with
 * unchanged content therefore renders no image again.
 *
 * Two SVG rasterisers are kept so `npm run bench:og` can measure both in the same run:
 * @resvg/resvg-js and sharp (librsvg); both hand their pixels to the same PNG encoder (sharp, `encodePng`).
 * The default is the faster rasteriser in that benchmark.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { threadId } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { cardSvg, siteHost, type OgCard } from './card.ts';
import { fontVersions } from './fonts.ts';
import { site } from '../../config/site.ts';

/**
 * Raise when the template's look or the title layout changes: every cached image is then drawn again.
 * (render.test.ts fails when the layout of its sample titles changes while this number does not.)
 */
export const TEMPLATE_VERSION = 4;

export const RENDERERS = ['resvg', 'sharp'] as const;
export type Renderer = (typeof RENDERERS)[number];
/**
 * Chosen by `npm run bench:og`: in its last run (60 cards × 3 rounds, CPU ms per image, shared machine at load
 * 10–15) writing the SVG took 1.8 ms (Satori, before: 24 ms with the title measure of then, 14 ms with today's),
 * rasterising 11 ms with resvg and 22 ms with sharp's librsvg, encoding 7 ms at level 4: 20 ms a card against 43.
 */
export const DEFAULT_RENDERER: Renderer = 'resvg';

/** False when PRAXIS_OG=0: no images are written and pages carry no og:image (fast local builds). */
export function ogEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return env.PRAXIS_OG !== '0';
}

/** Where rendered cards are kept between builds: `$PRAXIS_CACHE_DIR/og`, else Astro's default cache folder. */
export function ogCacheDir(env: Record<string, string | undefined> = process.env): string {
  const base = env.PRAXIS_CACHE_DIR?.trim() || './node_modules/.astro';
  return resolve(base, 'og');
}

/** Pixels of a drawn card: 8 bits per channel, rows top to bottom. */
export interface Raster {
  pixels: Buffer;
  width: number;
  height: number;
  channels: 3 | 4;
}

/** SVG → pixels with the given renderer. The card's text is drawn as paths, so neither needs fonts. */
export async function rasterize(svg: string, renderer: Renderer = DEFAULT_RENDERER): Promise<Raster> {
  if (renderer === 'resvg') {
    const image = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
    return { pixels: image.pixels, width: image.width, height: image.height, channels: 4 };
  }
  const { data, info } = await sharp(Buffer.from(svg)).raw().toBuffer({ resolveWithObject: true });
  return { pixels: data, width: info.width, height: info.height, channels: info.channels === 3 ? 3 : 4 };
}

/**
 * zlib level of the PNG encoder. `npm run bench:og` (60 cards × 3 rounds, CPU ms per image and mean bytes, one
 * run on the shared 2-core machine at load 9.5, adaptive filtering off): level 1 5.5 ms 87 KB · 3 6.6 ms 63 KB ·
 * 4 7.3 ms 59 KB · 6 9.3 ms 54 KB · 9 25 ms 42 KB; resvg's own `asPng()` (RGBA, its fixed settings) 13.6 ms
 * 73 KB. Level 4 is the knee: half resvg's encoding time, a fifth fewer bytes.
 */
export const PNG_LEVEL = 4;

/**
 * Pixels → PNG. The card is opaque (its background fills the canvas), so the alpha channel is dropped: RGB is a
 * quarter less to filter and compress. Rows are not filtered (`adaptiveFiltering: false`): on flat colour and
 * text, trying every PNG filter per row cost several times the time and gave no smaller file.
 */
export async function encodePng({ pixels, width, height, channels }: Raster): Promise<Buffer> {
  return sharp(pixels, { raw: { width, height, channels } })
    .removeAlpha()
    .png({ compressionLevel: PNG_LEVEL, adaptiveFiltering: false })
    .toBuffer();
}

/** SVG → PNG with the given renderer. */
export async function svgToPng(svg: string, renderer: Renderer = DEFAULT_RENDERER): Promise<Buffer> {
  return encodePng(await rasterize(svg, renderer));
}

export async function renderCard(card: OgCard, renderer: Renderer = DEFAULT_RENDERER): Promise<Buffer> {
  return svgToPng(cardSvg(card), renderer);
}

/** Hash of everything the picture depends on. */
export function cardKey(card: OgCard, renderer: Renderer = DEFAULT_RENDERER): string {
  const inputs = {
    card: { lang: card.lang, kind: card.kind, title: card.title, titleLang: card.titleLang ?? null, meta: card.meta },
    site: { name: site.name, host: siteHost() },
    template: TEMPLATE_VERSION,
    fonts: fontVersions(),
    renderer,
    png: PNG_LEVEL,
  };
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex').slice(0, 32);
}

export interface CacheOptions {
  cacheDir?: string;
  renderer?: Renderer;
  /** The function that draws a card (tests pass a counting stand-in). */
  render?: (card: OgCard, renderer: Renderer) => Promise<Buffer>;
}

/** Counts for this process, shown by the benchmark: how many cards were drawn and how many came from the cache. */
export const cacheStats = { rendered: 0, cached: 0 };

/** The card's PNG from the cache, or drawn and stored. */
export async function cachedCardPng(
  card: OgCard,
  options: CacheOptions = {},
): Promise<{ png: Buffer; cached: boolean }> {
  const renderer = options.renderer ?? DEFAULT_RENDERER;
  const file = cardFile(card, options.cacheDir ?? ogCacheDir(), renderer);
  const hit = await readFile(file).catch(() => undefined);
  if (hit) {
    cacheStats.cached++;
    return { png: hit, cached: true };
  }
  const png = await (options.render ?? renderCard)(card, renderer);
  await storePng(file, png);
  cacheStats.rendered++;
  return { png, cached: false };
}

/** The cache file of a card: `<cacheDir>/<key>.png`. */
export function cardFile(card: OgCard, cacheDir: string, renderer: Renderer = DEFAULT_RENDERER): string {
  return join(cacheDir, `${cardKey(card, renderer)}.png`);
}

/**
 * Puts a PNG into the cache: written to a file of its own, then renamed, so a build that stops half-way never
 * leaves a truncated image, and two threads or processes storing the same card never mix their bytes.
 */
export async function storePng(file: string, png: Uint8Array, { ensureDir = true } = {}): Promise<void> {
  // The pool makes the folder once (a mkdir per image was among a build's top frames).
  if (ensureDir) await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${threadId}.tmp`;
  await writeFile(tmp, png);
  await rename(tmp, file);
}
