import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { PALETTE } from '../../config/palette.ts';
import type { OgCard } from './card.ts';
import { HEIGHT, WIDTH } from './card.ts';
import { renderCard } from './render.ts';

const card: OgCard = { lang: 'de', kind: 'Projekt', title: 'Digital, aber richtig', meta: ['Main-Kinzig-Kreis'] };
const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));

async function pixels(c: OgCard) {
  const { data, info } = await sharp(await renderCard(c))
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  expect([info.width, info.height]).toEqual([WIDTH, HEIGHT]);
  return (x: number, y: number) => [...data.subarray((y * WIDTH + x) * 3, (y * WIDTH + x) * 3 + 3)];
}

describe('the card template', () => {
  test('the accent bar fills the bottom 18 rows from edge to edge, the background the row above', async () => {
    const at = await pixels(card);
    for (const x of [0, 600, WIDTH - 1]) {
      for (const y of [HEIGHT - 18, HEIGHT - 1]) expect(at(x, y)).toEqual(hex(PALETTE.light.accent));
      expect(at(x, HEIGHT - 19)).toEqual(hex(PALETTE.light.bg));
    }
  });

  test('a meta line too long for its place is cut short and never runs into the host name', async () => {
    const long = { ...card, meta: Array.from({ length: 12 }, (_, i) => `Landkreis Nummer ${i}`) };
    const at = await pixels(long);
    // Between the meta line's widest extent (64 + 820 px) and the host name (from x ≈ 914) lies background only.
    for (let y = 530; y < 572; y++) for (let x = 890; x < 910; x++) expect(at(x, y)).toEqual(hex(PALETTE.light.bg));
    // …and the line does reach its end: text (not background) in its last 40 px.
    let ink = 0;
    for (let y = 530; y < 572; y++) for (let x = 844; x < 884; x++) if (at(x, y)[0]! < 200) ink++;
    expect(ink).toBeGreaterThan(0);
  });
});
