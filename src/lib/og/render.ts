/**
 * The one renderer for social images: card → Satori SVG → PNG, with a file cache keyed by a hash
 * of what the card shows, the template version, the fonts and the renderer. A rebuild with
 * unchanged content therefore renders no image again.
 *
 * Two SVG→PNG renderers are kept so `npm run bench:og` can measure both in the same run:
 * @resvg/resvg-js and sharp (librsvg). The default is the faster one in that benchmark.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { threadId } from 'node:worker_threads';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { cardTree, HEIGHT, siteHost, WIDTH, type OgCard } from './card.ts';
import { fontVersions, satoriFonts } from './fonts.ts';
import { site } from '../../config/site.ts';

/**
 * Raise when the template's look or the title layout changes: every cached image is then drawn again.
 * (render.test.ts fails when the layout of its sample titles changes while this number does not.)
 */
export const TEMPLATE_VERSION = 2;

export const RENDERERS = ['resvg', 'sharp'] as const;
export type Renderer = (typeof RENDERERS)[number];
/** Chosen by `npm run bench:og` (see scripts/bench-og.ts for the figures). */
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

/** The card as SVG. */
export async function cardSvg(card: OgCard): Promise<string> {
  // Satori's types ask for a React node; the tree has the same shape.
  return satori(cardTree(card) as unknown as Parameters<typeof satori>[0], {
    width: WIDTH,
    height: HEIGHT,
    fonts: satoriFonts(),
  });
}

/** SVG → PNG with the given renderer. Satori draws text as paths, so neither needs fonts. */
export async function svgToPng(svg: string, renderer: Renderer = DEFAULT_RENDERER): Promise<Buffer> {
  if (renderer === 'resvg') {
    const resvg = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } });
    return Buffer.from(resvg.render().asPng());
  }
  return sharp(Buffer.from(svg)).png().toBuffer();
}

export async function renderCard(card: OgCard, renderer: Renderer = DEFAULT_RENDERER): Promise<Buffer> {
  return svgToPng(await cardSvg(card), renderer);
}

/** Hash of everything the picture depends on. */
export function cardKey(card: OgCard, renderer: Renderer = DEFAULT_RENDERER): string {
  const inputs = {
    card: { lang: card.lang, kind: card.kind, title: card.title, titleLang: card.titleLang ?? null, meta: card.meta },
    site: { name: site.name, host: siteHost() },
    template: TEMPLATE_VERSION,
    fonts: fontVersions(),
    renderer,
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
