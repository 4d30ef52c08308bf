import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { encodeRows, paste, pngRows } from './png.ts';

/** A 7×5 RGBA picture whose every channel differs, so a swapped or shifted byte shows. */
const W = 7;
const H = 5;
const rgba = Uint8Array.from({ length: W * H * 4 }, (_, i) => (i * 37 + 11) % 256);

describe('the PNG writer', () => {
  test('writes an RGB PNG that decodes (libpng via sharp) to the pixels it was given, alpha dropped', async () => {
    const rows = pngRows(W, H);
    paste(rows, { pixels: rgba, width: W, height: H, channels: 4 }, 0, 0);
    const png = encodeRows(rows, 2);
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height, info.channels]).toEqual([W, H, 3]);
    const rgb = Uint8Array.from({ length: W * H * 3 }, (_, i) => rgba[Math.floor(i / 3) * 4 + (i % 3)]!);
    expect([...data]).toEqual([...rgb]);
  });

  test('puts a smaller picture at its place and leaves the rest as it was', async () => {
    const rows = pngRows(W, H);
    paste(rows, { pixels: Uint8Array.of(1, 2, 3, 4, 5, 6), width: 2, height: 1, channels: 3 }, 4, 3);
    const { data } = await sharp(encodeRows(rows, 6)).raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) => [...data.subarray((y * W + x) * 3, (y * W + x) * 3 + 3)];
    expect([at(4, 3), at(5, 3)]).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect([at(3, 3), at(6, 3), at(4, 2), at(4, 4)]).toEqual([
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ]);
  });

  test('refuses a picture that does not fit, naming both sizes', () => {
    const rows = pngRows(W, H);
    const pixels = { pixels: new Uint8Array(3 * 3 * 4), width: 3, height: 3, channels: 4 } as const;
    expect(() => paste(rows, pixels, 5, 0)).toThrow('png: a 3×3 image at (5, 0) does not fit a 7×5 one');
    expect(() => paste(rows, pixels, 0, -1)).toThrow(/does not fit/u);
  });
});
