/**
 * A title full of umlauts, ẞ, German quotes and a 40-letter compound, drawn by the real renderer.
 * The pictures are written to .cache/og-check/ to be looked at (no reference picture is committed:
 * nothing compares against one); the test checks what a machine can: size, and that no text runs
 * into the card's right margin.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { renderCard, RENDERERS } from '../../src/lib/og/render.ts';
import { UMLAUT_CARD } from './lib/og-cards.ts';

const OUT = join(process.cwd(), '.cache/og-check');
describe('a German title on a social image', () => {
  test.each(RENDERERS)('drawn with %s: 1200×630, and the right margin stays empty', async (renderer) => {
    const png = await renderCard(UMLAUT_CARD, renderer);
    await mkdir(OUT, { recursive: true });
    await writeFile(join(OUT, `umlauts-${renderer}.png`), png);

    const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([1200, 630]);
    // The title and meta area (below the header, above the bottom band) right of x = 1140 must be
    // background (#fbfaf7): any dark pixel there is text that ran past the padding.
    let dark = 0;
    for (let y = 120; y < 600; y++) {
      for (let x = 1140; x < 1200; x++) {
        const i = (y * info.width + x) * 3;
        if (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200) dark++;
      }
    }
    expect(dark).toBe(0);
  });
});
