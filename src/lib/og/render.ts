/**
 * The one renderer for social images: card → SVG (card.ts) → pixels → PNG, with a file cache keyed by a hash
 * of what the card shows, the template version, the fonts and the renderer. A rebuild with
 * unchanged content therefore renders no image again.
 *
 * A card is drawn in pieces: what every card shows alike (background, mark, site name, host, bar) once per
 * thread, then the kind label's box as an SVG of its own that shows just that box of the card (card.ts
 * `cardDocument`), copied into a copy of the shared picture (png.ts, which also writes the PNG), and the title's
 * lines and the meta line from glyph masks (glyphMasks.ts: each glyph rasterised once per thread and position, then
 * copied where the line puts it). Part of a rasteriser's cost is per pixel — an empty 1200×630 SVG, drawn and its
 * pixels handed to JavaScript, cost resvg ≈ 5 ms — and rasterising the title's outlines anew for every card was
 * most of the rest. The pixels are those of the whole card drawn at once but where two glyphs' edges share a pixel
 * (render.test.ts: 0–12 bytes of a card differ).
 *
 * Two SVG rasterisers are kept so `npm run bench:og` can measure both in the same run:
 * @resvg/resvg-js and sharp (librsvg); both hand their pixels to the same PNG writer (png.ts).
 * The default is the faster rasteriser in that benchmark.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { threadId } from 'node:worker_threads';
import { constants as zlibConstants } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { grow, overlap, union, within, type PixelBox } from './box.ts';
import { CANVAS, cardDocument, cardParts, HEIGHT, siteHost, WIDTH, type CardPart, type OgCard } from './card.ts';
import { fontVersions } from './fonts.ts';
import { PngPicture } from './png.ts';
import { fillGlyphs } from './glyphMasks.ts';
import { site } from '../../config/site.ts';

/**
 * Raise when the template's look or the title layout changes: every cached image is then drawn again.
 * (render.test.ts fails when the layout of its sample titles changes while this number does not.)
 */
export const TEMPLATE_VERSION = 5;

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
  // Loaded only for this renderer: the image threads draw with resvg, and sharp took ≈ 150 ms of each one's start.
  const { default: sharp } = await import('sharp');
  const { data, info } = await sharp(Buffer.from(svg)).raw().toBuffer({ resolveWithObject: true });
  return { pixels: data, width: info.width, height: info.height, channels: info.channels === 3 ? 3 : 4 };
}

/**
 * zlib level of the PNG writer (png.ts). `npm run bench:og` (60 cards × 3 rounds, CPU ms per image and mean KB, one
 * run on the shared 2-core machine at load 15, the cards paletted): level 1 1.9 ms 43.1 KB · 2 2.1 ms 40.1 KB ·
 * 3 2.4 ms 38.3 KB · 4 3.6 ms 34.9 KB · 6 6.8 ms 32.2 KB; sharp at level 4 on RGB (the encoder before png.ts)
 * 10.6 ms 57.3 KB. Levels 1–3 are zlib's fast matcher, 4 and up its lazy one: 3 is the smallest of the fast ones.
 */
export const PNG_LEVEL = 3;

/**
 * zlib's strategy for it: run-length matching only (`Z_RLE`). A card is rows of palette indices with long runs of
 * one colour, which RLE finds as well as the general matcher and faster: 400 cards of a 1,000-entry build
 * re-compressed (their IDAT inflated and deflated again, two rounds): 0.67–0.69 ms and 20.9 KB a card against
 * 0.99–1.05 ms and 22.1 KB with the default strategy at the same level (level 1 to 9 make no difference to RLE's
 * size).
 */
export const PNG_STRATEGY = zlibConstants.Z_RLE;

/**
 * The pieces every card shares, drawn: by renderer and by their SVG (the same for every card of a build, since
 * they show only the site's name and host), kept for the thread's life.
 */
const shared = new Map<string, Promise<PngPicture>>();
function sharedPicture(parts: readonly CardPart[], renderer: Renderer): Promise<PngPicture> {
  const svg = cardDocument(parts.filter((p) => !p.varies));
  const key = `${renderer}\n${svg}`;
  let picture = shared.get(key);
  if (!picture) {
    picture = rasterize(svg, renderer).then((raster) => {
      const out = PngPicture.blank(WIDTH, HEIGHT);
      out.paste(raster, 0, 0);
      return out;
    });
    shared.set(key, picture);
  }
  return picture;
}

/** The card's pixels: the shared pieces, and each varying piece's box drawn on its own and copied in. */
export async function drawCard(card: OgCard, renderer: Renderer = DEFAULT_RENDERER): Promise<PngPicture> {
  const parts = cardParts(card);
  const picture = (await sharedPicture(parts, renderer)).clone();
  const masked = renderer === 'resvg' && fromMasks(parts);
  for (const { box, varies, text } of parts) {
    if (!varies) continue;
    if (masked && text) {
      fillGlyphs(picture, text.glyphs, text.colour, box);
      continue;
    }
    const view = viewOf(box, parts);
    const inner = { x: box.x - view.x, y: box.y - view.y, width: box.width, height: box.height };
    picture.paste(await rasterize(cardDocument(parts, view), renderer), box.x, box.y, inner);
  }
  return picture;
}

/**
 * What to draw to get `box`'s pixels as the whole card has them: the box and every part that reaches into it,
 * whole. The view's SVG draws every part that reaches into the view (card.ts `cardDocument`), so where two boxes
 * overlap both copies agree; and no part may be cut by the view's edge, where the rasterisers shade a cut
 * shape's pixels differently from the whole card (resvg by a sixteenth, measured 2 px inside the edge, when a
 * long kind label reached into the site's name). A margin more on each side, for the shapes' anti-aliased edges.
 */
function viewOf(box: PixelBox, parts: readonly CardPart[]): PixelBox {
  let view = grow(box, VIEW_MARGIN, CANVAS);
  for (let grew = true; grew;) {
    grew = false;
    for (const part of parts) {
      if (!overlap(part.box, view) || within(part.box, view)) continue;
      view = union(view, grow(part.box, VIEW_MARGIN, CANVAS));
      grew = true;
    }
  }
  return view;
}

const VIEW_MARGIN = 2;

/**
 * Whether the card's varying lines of text can be drawn from glyph masks (glyphMasks.ts) over the shared picture:
 * when each reaches into no part but other varying lines (drawn in order over one another, as in the whole card).
 * Else every varying part is rasterised in its view, as for a card where a long kind label meets the title.
 */
function fromMasks(parts: readonly CardPart[]): boolean {
  const line = (p: CardPart) => p.varies && p.text !== undefined;
  return parts.every((p) => !line(p) || parts.every((q) => q === p || line(q) || !overlap(p.box, q.box)));
}

export async function renderCard(card: OgCard, renderer: Renderer = DEFAULT_RENDERER): Promise<Buffer> {
  return (await drawCard(card, renderer)).encode(PNG_LEVEL, PNG_STRATEGY);
}

/** Hash of everything the picture depends on. */
export function cardKey(card: OgCard, renderer: Renderer = DEFAULT_RENDERER): string {
  const inputs = {
    card: { lang: card.lang, kind: card.kind, title: card.title, titleLang: card.titleLang ?? null, meta: card.meta },
    site: { name: site.name, host: siteHost() },
    template: TEMPLATE_VERSION,
    fonts: fontVersions(),
    renderer,
    png: { writer: 'zlib', level: PNG_LEVEL, strategy: PNG_STRATEGY },
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
