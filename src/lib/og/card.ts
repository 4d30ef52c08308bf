/**
 * The one social-image template (1200×630): the site's mark and name, the kind of content, the
 * title in Source Serif 4, and a line with district and date. Written directly as SVG: the card is
 * a fixed template whose text this module lays out itself (text.ts for the title, fontkit for every
 * line), so each text line becomes one path of glyph outlines (glyphs.ts) placed where the flex
 * layout it was first drawn with (Satori, kept as the reference in tests/sharing/og-reference.test.ts)
 * put it. Every page's card goes through here (render.ts), none is drawn per route.
 */
import { site } from '../../config/site.ts';
import type { Lang } from '../i18n.ts';
import { breakPoints } from './hyphenate.ts';
import { faceMetrics, measurer, SANS, SERIF, type Family, type FontWeight } from './fonts.ts';
import { boxAround, overlap, type PixelBox } from './box.ts';
import { setText, type PlacedGlyph, type SetText } from './glyphs.ts';
import { layoutTitle, type TitleBox, type TitleLayout } from './text.ts';
import { PALETTE } from '../../config/palette.ts';

/** What a card shows. Everything that changes the picture is in here: its hash is the cache key. */
export interface OgCard {
  /** Language of the page: labels are in it. */
  lang: Lang;
  /** Kind of content, as shown above the title, e.g. "Gute Praxis". */
  kind: string;
  title: string;
  /** Language of the title, when it differs from the page's (a German report title on an English page). */
  titleLang?: Lang | undefined;
  /** Facts under the title, e.g. district and date; joined with " · ". */
  meta: string[];
}

export const WIDTH = 1200;
export const HEIGHT = 630;

const C = PALETTE.light;

/** The template's measures in px: the card's padding, its three rows and the accent bar, and each text's face. */
export const LAYOUT = {
  padX: 64,
  padTop: 48,
  /** Height of the accent bar along the bottom edge; the bottom padding is 40 px above it. */
  bar: 18,
  padBottom: 40 + 18,
  header: { height: 64, mark: 56, markGap: 18 },
  name: { size: 34, weight: 600 },
  kind: { size: 26, weight: 600, padX: 18, padY: 6, radius: 6 },
  title: { weight: 600 },
  footer: { height: 44 },
  /** The meta line: size, and its widest extent; a longer line ends in an ellipsis within it. */
  meta: { size: 30, weight: 400, width: 820 },
  host: { size: 24, weight: 600 },
} as const;

/** The title's box: the card less padding, header and meta line. */
export const TITLE_BOX: TitleBox = {
  width: WIDTH - 2 * LAYOUT.padX,
  height: 350,
  lineHeight: 1.14,
  sizes: [76, 68, 60, 54, 48, 44],
};

/** The site's mark from public/favicon.svg (32×32), drawn in the site's accent colour. */
export const MARK_SVG = `<rect x="2" y="2" width="28" height="28" rx="6" fill="${C.accent}"/><path d="M10 23V9h7a5 5 0 0 1 0 10h-7" fill="none" stroke="${C.accentText}" stroke-width="3" stroke-linecap="round"/>`;

/** The title laid out for the card: measured with the title font, hyphenated in the title's language. */
export function cardTitleLayout(card: Pick<OgCard, 'title' | 'titleLang' | 'lang'>): TitleLayout {
  const lang = card.titleLang ?? card.lang;
  return layoutTitle(card.title, TITLE_BOX, measurer(SERIF, LAYOUT.title.weight), (w) => breakPoints(w, lang));
}

/** The host name shown in the corner, e.g. "praxisdialog.example". */
export function siteHost(): string {
  return new URL(site.url).host;
}

const ELLIPSIS = '…';
/** One measurer per face for the card's one-line texts, kept across cards (each keeps what it measured). */
const measurers = new Map<string, ReturnType<typeof measurer>>();
function textWidth(family: Family, weight: FontWeight, text: string, size: number): number {
  const key = `${family}/${weight}`;
  let measure = measurers.get(key);
  if (!measure) measurers.set(key, (measure = measurer(family, weight)));
  return measure(text, size);
}
const metaMeasure = (text: string) => textWidth(SANS, LAYOUT.meta.weight, text, LAYOUT.meta.size);

/**
 * The meta line as drawn: facts joined with " · ", white space collapsed; when it is wider than its place, cut
 * where the rest and an ellipsis still fit, as CSS's `text-overflow: ellipsis` does. A space that fits stays
 * before the ellipsis ("Januar …"), as Satori drew it: it put the ellipsis in place of the first word that did not
 * fit, and dropped only a space that itself did not fit.
 */
export function metaLine(meta: readonly string[]): string {
  const line = meta
    .map((m) => m.replace(/\s+/gu, ' ').trim())
    .filter((m) => m !== '')
    .join(' · ');
  const max = LAYOUT.meta.width;
  if (metaMeasure(line) <= max) return line;
  const room = max - metaMeasure(ELLIPSIS);
  const chars = Array.from(line);
  // Binary search for the longest prefix that fits: widths grow with the prefix (no negative advances here).
  let [lo, hi] = [0, chars.length];
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (metaMeasure(chars.slice(0, mid).join('')) <= room) lo = mid;
    else hi = mid - 1;
  }
  return chars.slice(0, Math.max(1, lo)).join('') + ELLIPSIS;
}

/**
 * Where a line box of `height` px puts its baseline below its top, as Satori (and Chrome) do: the ascent and the
 * descent rounded to pixels, half the remaining leading floored. `height` is the unrounded line height; without
 * one, the font's own (ascent + descent, no line gap: CSS `line-height: normal` as Satori computes it).
 */
function baseline(family: Family, weight: FontWeight, size: number, height?: number): number {
  const { ascent, descent, unitsPerEm } = faceMetrics(family, weight);
  const asc = (ascent / unitsPerEm) * size;
  const desc = (-descent / unitsPerEm) * size;
  const line = height ?? asc + desc;
  return Math.round(Math.round(asc) + Math.floor((line - Math.round(asc) - Math.round(desc)) / 2));
}

/** Height of a text's line box in whole pixels, as the layout rounds it. */
function lineBox(family: Family, weight: FontWeight, size: number, height?: number): number {
  const { ascent, descent, unitsPerEm } = faceMetrics(family, weight);
  return Math.round(height ?? ((ascent - descent) / unitsPerEm) * size);
}

/** The whole card. */
export const CANVAS: PixelBox = { x: 0, y: 0, width: WIDTH, height: HEIGHT };

/**
 * One piece of the card: its SVG, the pixels it may paint, and whether it differs from card to card. render.ts
 * draws the pieces every card shares once per thread and then only the boxes of the varying ones.
 */
export interface CardPart {
  svg: string;
  /** Every pixel the piece may touch, anti-aliased edges included. */
  box: PixelBox;
  /** False for the pieces every card has alike (the mark, the site's name, the host, the bar). */
  varies: boolean;
  /** For a line of text: its colour (0xRRGGBB) and glyphs, so that it can be drawn from glyph masks (render.ts). */
  text?: { colour: number; glyphs: PlacedGlyph[] };
}

/**
 * The whole pixels around a box in px, one more on each side, within the card. Anti-aliasing touches only pixels
 * the shape overlaps, so rounding outwards would do; the extra pixel costs little and leaves no doubt.
 */
function pixelBox(left: number, top: number, right: number, bottom: number): PixelBox {
  return boxAround(left - 1, top - 1, right + 1, bottom + 1, CANVAS);
}

/** Text as a part: a path of its glyph outlines in one colour; none when it draws nothing. */
function textPart(fill: string, text: SetText, varies: boolean): CardPart[] {
  if (!text.box) return [];
  const { left, top, right, bottom } = text.box;
  return [
    {
      svg: `<path fill="${fill}" d="${text.d}"/>`,
      box: pixelBox(left, top, right, bottom),
      varies,
      text: { colour: Number.parseInt(fill.slice(1), 16), glyphs: text.glyphs },
    },
  ];
}

/** CSS's `round()` for layout positions: halves go down the page and to the right. */
const snap = (v: number) => Math.floor(v + 0.5);

/** The card's pieces in drawing order, the background left out (`cardDocument` puts it first). */
export function cardParts(card: OgCard): CardPart[] {
  const L = LAYOUT;
  const right = WIDTH - L.padX;
  const parts: CardPart[] = [];

  // Header row: mark and site name on the left, the kind label on the right, each centred in the row.
  const rowTop = L.padTop;
  const rowMid = (h: number) => snap(rowTop + (L.header.height - h) / 2);
  const markTop = rowMid(L.header.mark);
  parts.push({
    svg: `<g transform="translate(${L.padX} ${markTop}) scale(${L.header.mark / 32})">${MARK_SVG}</g>`,
    // The mark's drawing stays within its 32×32 view, stroke and round caps included.
    box: pixelBox(L.padX, markTop, L.padX + L.header.mark, markTop + L.header.mark),
    varies: false,
  });
  const name = L.name;
  const nameTop = rowMid(lineBox(SANS, name.weight, name.size));
  const nameX = L.padX + L.header.mark + L.header.markGap;
  const nameBase = nameTop + baseline(SANS, name.weight, name.size);
  parts.push(...textPart(C.accent, setText(SANS, name.weight, site.name, name.size, nameX, nameBase), false));

  const kind = L.kind;
  const kindText = card.kind.replace(/\s+/gu, ' ').trim();
  const kindWidth = Math.ceil(textWidth(SANS, kind.weight, kindText, kind.size));
  const kindBoxH = lineBox(SANS, kind.weight, kind.size) + 2 * kind.padY;
  const kindBoxW = kindWidth + 2 * kind.padX;
  const kindTop = rowMid(kindBoxH);
  const kindLeft = right - kindBoxW;
  const kindBase = kindTop + kind.padY + baseline(SANS, kind.weight, kind.size);
  const kindInk = setText(SANS, kind.weight, kindText, kind.size, kindLeft + kind.padX, kindBase);
  // The label and its box as one part: the text may reach past the box (a wide glyph's overhang).
  const label = { left: kindLeft, top: kindTop, right: right, bottom: kindTop + kindBoxH };
  const ink = kindInk.box ?? label;
  parts.push({
    svg:
      `<rect x="${kindLeft}" y="${kindTop}" width="${kindBoxW}" height="${kindBoxH}" rx="${kind.radius}" fill="${C.accentSoft}"/>` +
      (kindInk.d === '' ? '' : `<path fill="${C.accent}" d="${kindInk.d}"/>`),
    box: pixelBox(
      Math.min(label.left, ink.left),
      Math.min(label.top, ink.top),
      Math.max(label.right, ink.right),
      Math.max(label.bottom, ink.bottom),
    ),
    varies: true,
  });

  // Title: lines of equal height, the block centred vertically between header and footer. A path per line, so
  // that each is drawn in its own box (a short line's box is short).
  const title = cardTitleLayout(card);
  const areaTop = rowTop + L.header.height;
  const areaHeight = HEIGHT - L.padBottom - L.footer.height - areaTop;
  const lineHeight = title.fontSize * TITLE_BOX.lineHeight;
  const lineH = lineBox(SERIF, L.title.weight, title.fontSize, lineHeight);
  const blockTop = areaTop + (areaHeight - lineH * title.lines.length) / 2;
  const titleBase = baseline(SERIF, L.title.weight, title.fontSize, lineHeight);
  for (const [i, line] of title.lines.entries()) {
    const base = snap(blockTop + i * lineH) + titleBase;
    parts.push(...textPart(C.text, setText(SERIF, L.title.weight, line, title.fontSize, L.padX, base), true));
  }

  // Footer row: meta line on the left, host on the right, both on the row's bottom edge.
  const footerBottom = HEIGHT - L.padBottom;
  const meta = L.meta;
  const metaTop = footerBottom - lineBox(SANS, meta.weight, meta.size);
  const metaBase = metaTop + baseline(SANS, meta.weight, meta.size);
  parts.push(...textPart(C.muted, setText(SANS, meta.weight, metaLine(card.meta), meta.size, L.padX, metaBase), true));
  const host = L.host;
  const hostWidth = Math.ceil(textWidth(SANS, host.weight, siteHost(), host.size));
  const hostTop = footerBottom - lineBox(SANS, host.weight, host.size);
  const hostBase = hostTop + baseline(SANS, host.weight, host.size);
  parts.push(
    ...textPart(C.accent, setText(SANS, host.weight, siteHost(), host.size, right - hostWidth, hostBase), false),
  );

  // The accent bar along the bottom edge.
  parts.push({
    svg: `<rect y="${HEIGHT - L.bar}" width="${WIDTH}" height="${L.bar}" fill="${C.accent}"/>`,
    box: pixelBox(0, HEIGHT - L.bar, WIDTH, HEIGHT),
    varies: false,
  });
  return parts;
}

/**
 * An SVG document of the card's background and those of `parts` that reach into `view` (the whole card unless
 * given): the view's pixels exactly as the whole card has them, each part being drawn where it is on the card.
 */
export function cardDocument(parts: readonly CardPart[], view: PixelBox = CANVAS): string {
  const { x, y, width, height } = view;
  let svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${x} ${y} ${width} ${height}">`;
  svg += `<rect width="${WIDTH}" height="${HEIGHT}" fill="${C.bg}"/>`;
  for (const part of parts) if (overlap(part.box, view)) svg += part.svg;
  return `${svg}</svg>`;
}

/** The card as an SVG document. */
export function cardSvg(card: OgCard): string {
  return cardDocument(cardParts(card));
}
