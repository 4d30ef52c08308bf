/**
 * The social-image writer (src/lib/og/card.ts writes the card's SVG itself) against the reference: the same card
 * laid out and drawn by Satori (tests/sharing/lib/satori-card.ts), as the site drew them before. Both SVGs go
 * through the same rasteriser (resvg), and the pixels are compared with pixelmatch. The PNG the site ships (drawn
 * in pieces and written by src/lib/og/png.ts) is read back and compared with the reference the same way.
 *
 * Tolerance: pixelmatch's default colour threshold (0.1) with its anti-aliasing detection, and at most
 * MAX_DIFFERING such pixels per card. The two place every glyph at the same spot (each contour's bounding box
 * within 0.05 px), but Satori rounds every outline point to 0.1 px where the writer keeps 0.01 px, so edge pixels
 * differ in their anti-aliasing (up to 70 of 255 in one channel); pixelmatch's AA detection leaves 0–10 of them
 * per card (measured on these cards). Real changes are far above 12 (measured by breaking the writer on purpose):
 * the title one pixel lower 360–5,700 pixels per card, the title 0.3 px to the right 9–242 on cards with
 * several lines, the kind label's box one pixel wider 105–180, the space before the meta line's ellipsis dropped 36.
 *
 * Every pair and a diff are written to .cache/og-check/ (reference-<name>-{writer,satori,diff}.png) to look at.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { cardSvg, cardTitleLayout, HEIGHT, metaLine, TITLE_BOX, WIDTH, type OgCard } from '../../src/lib/og/card.ts';
import { rasterize, renderCard, type Raster } from '../../src/lib/og/render.ts';
import { satoriSvg } from './lib/satori-card.ts';
import { UMLAUT_CARD } from './lib/og-cards.ts';

const OUT = join(process.cwd(), '.cache/og-check');
const MAX_DIFFERING = 12;

const WORDS =
  'Digitale Akten für die Sozialverwaltung im ländlichen Raum: was Ämter und Gemeinden voneinander lernen können und warum es sich lohnt';
/** The first `n` words of WORDS, over and over: longer titles land at smaller sizes. */
const words = (n: number) => {
  const all = WORDS.split(' ');
  return Array.from({ length: n }, (_, i) => all[i % all.length]).join(' ');
};

const base = {
  lang: 'de',
  kind: 'Gute Praxis',
  title: 'Kreisbericht 2026',
  meta: ['Main-Kinzig-Kreis', '31. März 2026'],
} as const;
const CARDS: Record<string, OgCard> = {
  short: { ...base, meta: [...base.meta], title: 'Digital, aber richtig' },
  'size-68': { ...base, meta: [...base.meta], title: words(13) },
  'size-60': { ...base, meta: [...base.meta], title: words(15) },
  'size-54': { ...base, meta: [...base.meta], title: words(25) },
  'size-48': { ...base, meta: [...base.meta], title: words(28) },
  'size-44': { ...base, meta: [...base.meta], title: words(35) },
  'title-ellipsis': { ...base, meta: [...base.meta], title: words(47) },
  umlauts: UMLAUT_CARD,
  compound: {
    lang: 'de',
    kind: 'Förderprogramm',
    title: 'Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnung im Kyffhäuserkreis',
    meta: ['Kyffhäuserkreis', '1. Mai 2026'],
  },
  english: {
    lang: 'en',
    kind: 'Good practice',
    title: 'Services of general interest in 5 districts: a survey of what works, and why',
    meta: ['Rhein-Hunsrück-Kreis', 'May 1, 2026'],
  },
  'german-title-on-english-page': {
    lang: 'en',
    titleLang: 'de',
    kind: 'District report',
    title: 'Barcamp „Künstliche Intelligenz“ in Siegen-Wittgenstein',
    meta: ['Siegen-Wittgenstein'],
  },
  /** Wider than its place by a few pixels: both cut it short with an ellipsis. */
  'meta-just-too-long': { ...base, meta: ['Kyffhäuserkreis, Märkisch-Oderland, Ortenaukreis', '31. Januar 2026'] },
  /** Narrower than its place by fewer than 16 px, where the reference sets a clip: it must still be drawn whole. */
  'meta-nearly-full': { ...base, meta: ['Kyffhäuserkreis, Märkisch-Oderland, Ortenaukreis', '31. März 2026'] },
  'meta-very-long': { ...base, meta: Array.from({ length: 12 }, (_, i) => `Landkreis Nummer ${i}`) },
  'no-meta': { ...base, meta: [], title: 'Über uns' },
};

async function png(r: Raster): Promise<Buffer> {
  return sharp(r.pixels, { raw: { width: r.width, height: r.height, channels: r.channels } })
    .png()
    .toBuffer();
}

describe('the SVG writer draws the card as Satori did', () => {
  test('the cards cover every title size, a cut title and both meta-line cases', () => {
    const layouts = Object.values(CARDS).map((c) => cardTitleLayout(c));
    expect(new Set(layouts.map((l) => l.fontSize))).toEqual(new Set(TITLE_BOX.sizes));
    expect(layouts.some((l) => l.truncated)).toBe(true);
    expect(metaLine(CARDS['meta-just-too-long']!.meta).endsWith('…')).toBe(true);
    expect(metaLine(CARDS['meta-nearly-full']!.meta).endsWith('…')).toBe(false);
  });

  test.each(Object.entries(CARDS))('%s', async (name, card) => {
    const [mine, reference] = await Promise.all([rasterize(cardSvg(card)), rasterize(await satoriSvg(card))]);
    expect([mine.width, mine.height, mine.channels]).toEqual([WIDTH, HEIGHT, 4]);
    expect([reference.width, reference.height, reference.channels]).toEqual([WIDTH, HEIGHT, 4]);
    const diff = Buffer.alloc(WIDTH * HEIGHT * 4);
    const differing = pixelmatch(mine.pixels, reference.pixels, diff, WIDTH, HEIGHT, { threshold: 0.1 });
    await mkdir(OUT, { recursive: true });
    await Promise.all([
      writeFile(join(OUT, `reference-${name}-writer.png`), await png(mine)),
      writeFile(join(OUT, `reference-${name}-satori.png`), await png(reference)),
      writeFile(join(OUT, `reference-${name}-diff.png`), await png({ ...mine, pixels: diff })),
    ]);
    expect(differing, `${name}: pixels that differ beyond anti-aliasing`).toBeLessThanOrEqual(MAX_DIFFERING);
  });

  // The PNG the site ships: drawn in pieces (render.ts), written by png.ts, read back as any viewer reads it.
  test.each(Object.entries(CARDS))('%s, as the site ships it (PNG)', async (name, card) => {
    const [shipped, reference] = await Promise.all([renderCard(card), satoriSvg(card).then(rasterize)]);
    const { data, info } = await sharp(shipped).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height, info.channels]).toEqual([WIDTH, HEIGHT, 4]);
    const diff = Buffer.alloc(WIDTH * HEIGHT * 4);
    const differing = pixelmatch(data, reference.pixels, diff, WIDTH, HEIGHT, { threshold: 0.1 });
    await mkdir(OUT, { recursive: true });
    await Promise.all([
      writeFile(join(OUT, `reference-${name}-shipped.png`), shipped),
      writeFile(join(OUT, `reference-${name}-shipped-diff.png`), await png({ ...reference, pixels: diff })),
    ]);
    expect(differing, `${name}: pixels that differ beyond anti-aliasing`).toBeLessThanOrEqual(MAX_DIFFERING);
  });
});
