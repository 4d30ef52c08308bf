/**
 * Text drawn from glyph masks: each glyph is rasterised once per thread and position within a pixel (its
 * coverage of every pixel, by resvg, the card's rasteriser) and then only copied where a line places it, as text
 * renderers do with their glyph caches. Rasterising each title's lines anew was most of a card's cost (≈ 10 of
 * 14 ms, `npm run bench:og`); after the first cards, nearly every mask a title needs is in the cache (1,000 cards
 * of the build benchmark's titles: 4,053 masks for 79,368 glyphs).
 *
 * Glyphs are placed exactly where the whole card's SVG puts them (glyphs.ts works in hundredths of a pixel, and
 * so do the masks); only where two glyphs' edges share a pixel is their coverage added rather than that of their
 * union measured, so the pixels differ from the card rasterised whole on a few anti-aliased edges (render.test.ts
 * bounds how many and by how much).
 */
import { Resvg } from '@resvg/resvg-js';
import type { PixelBox } from './box.ts';
import type { Outline, PlacedGlyph } from './glyphs.ts';
import type { PngPicture } from './png.ts';

/** Positions within a pixel, across and down: glyphs.ts places glyphs in hundredths of a pixel. */
const PHASES = 100;

/** A glyph's coverage: `alpha` row by row, its top-left pixel at (`left`, `top`) from the glyph's pixel. */
interface Mask {
  left: number;
  top: number;
  width: number;
  height: number;
  alpha: Uint8Array;
}

/** Masks by outline (glyphs.ts keeps one per face, size and glyph) and phase. */
const masks = new WeakMap<Outline, Map<number, Mask>>();

function maskOf(o: Outline, phaseX: number, phaseY: number): Mask {
  let byPhase = masks.get(o);
  if (!byPhase) masks.set(o, (byPhase = new Map()));
  const key = phaseX * PHASES + phaseY;
  let mask = byPhase.get(key);
  if (!mask) {
    mask = rasterise(o, phaseX, phaseY);
    byPhase.set(key, mask);
  }
  return mask;
}

/** The outline drawn with its pen at (`dx`, `dy`) hundredths of a pixel, a pixel of room on each side. */
function rasterise(o: Outline, dx: number, dy: number): Mask {
  const left = Math.floor((dx + o.box.left) / 100) - 1;
  const top = Math.floor((dy + o.box.top) / 100) - 1;
  const width = Math.ceil((dx + o.box.right) / 100) + 1 - left;
  const height = Math.ceil((dy + o.box.bottom) / 100) + 1 - top;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${left} ${top} ${width} ${height}">` +
    `<path d="M${(dx + o.x) / 100} ${(dy + o.y) / 100}${o.rest}"/></svg>`;
  const { pixels } = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
  const alpha = new Uint8Array(width * height);
  for (let i = 0; i < alpha.length; i++) alpha[i] = pixels[i * 4 + 3]!;
  return { left, top, width, height, alpha };
}

/**
 * Paints a line's glyphs in `colour` (0xRRGGBB) into `picture`, within `box` (the part's pixels: card.ts makes it
 * hold every glyph's outline with a pixel to spare).
 */
export function fillGlyphs(picture: PngPicture, glyphs: readonly PlacedGlyph[], colour: number, box: PixelBox): void {
  const cover = new Uint8ClampedArray(box.width * box.height);
  for (const g of glyphs) {
    const px = Math.floor(g.x / PHASES);
    const py = Math.floor(g.y / PHASES);
    const m = maskOf(g.outline, g.x - px * PHASES, g.y - py * PHASES);
    const x0 = px + m.left - box.x;
    const y0 = py + m.top - box.y;
    const from = Math.max(0, -x0);
    const to = Math.min(m.width, box.width - x0);
    for (let row = Math.max(0, -y0), rows = Math.min(m.height, box.height - y0); row < rows; row++) {
      const src = row * m.width;
      const dst = (y0 + row) * box.width + x0;
      for (let col = from; col < to; col++) {
        const a = m.alpha[src + col]!;
        if (a !== 0) cover[dst + col] = cover[dst + col]! + a;
      }
    }
  }
  picture.fill(box, cover, colour);
}
