import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { constants } from 'node:zlib';
import { PngPicture } from './png.ts';

/** A 7×5 RGBA picture whose every channel differs, so a swapped or shifted byte shows. */
const W = 7;
const H = 5;
const rgba = Uint8Array.from({ length: W * H * 4 }, (_, i) => (i * 37 + 11) % 256);
const rgbOf = (pixels: Uint8Array, channels: number) =>
  Uint8Array.from(
    { length: (pixels.length / channels) * 3 },
    (_, i) => pixels[Math.floor(i / 3) * channels + (i % 3)]!,
  );

/** What libpng (through sharp) reads from a PNG: size, channels, colour space, pixels. */
async function decode(png: Buffer) {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  const meta = await sharp(png).metadata();
  return { info, paletted: meta.isPalette, pixels: [...data] };
}

describe('the PNG writer', () => {
  test('writes a PNG that decodes to the pixels it was given, alpha dropped; paletted while ≤ 256 colours', async () => {
    const picture = PngPicture.blank(W, H);
    picture.paste({ pixels: rgba, width: W, height: H, channels: 4 }, 0, 0);
    expect(picture.indexed).toBe(true);
    const { info, paletted, pixels } = await decode(picture.encode(2));
    expect([info.width, info.height, info.channels, paletted]).toEqual([W, H, 3, true]);
    expect(pixels).toEqual([...rgbOf(rgba, 4)]);
  });

  test('run-length compression (the site’s) decodes to the same pixels, paletted and RGB', async () => {
    const picture = PngPicture.blank(W, H);
    picture.paste({ pixels: rgba, width: W, height: H, channels: 4 }, 0, 0);
    const rle = picture.encode(3, constants.Z_RLE);
    expect(rle.equals(picture.encode(3))).toBe(false);
    expect(await decode(rle)).toEqual(await decode(picture.encode(3)));
    const rgb = PngPicture.blank(40, 10);
    rgb.paste(
      { pixels: Uint8Array.from({ length: 1200 }, (_, i) => (i * 7) % 256), width: 40, height: 10, channels: 3 },
      0,
      0,
    );
    expect(rgb.indexed).toBe(false);
    expect(await decode(rgb.encode(3, constants.Z_RLE))).toEqual(await decode(rgb.encode(3)));
  });

  test('turns to RGB when a picture has more than 256 colours, keeping what was pasted before', async () => {
    const [w, h] = [40, 10];
    // 400 colours, each pixel its own; the first 10 columns pasted first, while the palette still holds them.
    const many = Uint8Array.from({ length: w * h * 3 }, (_, i) =>
      i % 3 === 0 ? Math.floor(i / 3) % 256 : i % 3 === 1 ? Math.floor(i / 768) : 7,
    );
    const picture = PngPicture.blank(w, h);
    const image = { pixels: many, width: w, height: h, channels: 3 } as const;
    picture.paste(image, 0, 0, { x: 0, y: 0, width: 10, height: h });
    expect(picture.indexed).toBe(true);
    picture.paste(image, 10, 0, { x: 10, y: 0, width: w - 10, height: h });
    expect(picture.indexed).toBe(false);
    const { info, paletted, pixels } = await decode(picture.encode(6));
    expect([info.width, info.height, info.channels, paletted]).toEqual([w, h, 3, false]);
    expect(pixels).toEqual([...many]);
    expect([...picture.rgb()]).toEqual([...many]);
  });

  test('puts a part of a picture at its place and leaves the rest as it was', async () => {
    const picture = PngPicture.blank(W, H);
    const source = { pixels: Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9), width: 3, height: 1, channels: 3 } as const;
    picture.paste(source, 4, 3, { x: 1, y: 0, width: 2, height: 1 });
    const { pixels } = await decode(picture.encode(6));
    const at = (x: number, y: number) => pixels.slice((y * W + x) * 3, (y * W + x) * 3 + 3);
    expect([at(4, 3), at(5, 3)]).toEqual([
      [4, 5, 6],
      [7, 8, 9],
    ]);
    for (const [x, y] of [
      [3, 3],
      [6, 3],
      [4, 2],
      [4, 4],
    ] as const)
      expect(at(x, y)).toEqual([0, 0, 0]);
  });

  test('a copy is drawn into without changing the original', () => {
    const original = PngPicture.blank(W, H);
    const copy = original.clone();
    copy.paste({ pixels: rgba, width: W, height: H, channels: 4 }, 0, 0);
    expect([...original.rgb()].every((v) => v === 0)).toBe(true);
    expect([...copy.rgb()]).toEqual([...rgbOf(rgba, 4)]);
  });

  test('refuses a picture that does not fit, naming both sizes', () => {
    const picture = PngPicture.blank(W, H);
    const pixels = { pixels: new Uint8Array(3 * 3 * 4), width: 3, height: 3, channels: 4 } as const;
    expect(() => picture.paste(pixels, 5, 0)).toThrow('png: a 3×3 image at (5, 0) does not fit a 7×5 one');
    expect(() => picture.paste(pixels, 0, -1)).toThrow(/does not fit/u);
    expect(() => picture.paste(pixels, 0, 0, { x: 1, y: 1, width: 3, height: 1 })).toThrow(/taken at \(1, 1\)/u);
  });

  test('fills a colour by coverage over what is there, the mix rounded as resvg does, and past 256 colours', async () => {
    // Two rows of 256 pixels: over black and over a grey pasted first, red at every coverage 0–255 — about 500
    // colours, so the palette fills up in the second row and the picture turns to RGB in the middle of the fill.
    const [w, h] = [256, 2];
    const picture = PngPicture.blank(w, h);
    const grey = Uint8Array.from({ length: w * 3 }, () => 100);
    picture.paste({ pixels: grey, width: w, height: 1, channels: 3 }, 0, 1);
    const coverage = Uint8Array.from({ length: w * h }, (_, i) => i % w);
    picture.fill({ x: 0, y: 0, width: w, height: h }, coverage, 0xff0000);
    expect(picture.indexed).toBe(false);
    // tiny-skia's lerp: (below × (255 − a) + over × a + 255) >> 8.
    const mix = (below: number, over: number, a: number) => (below * (255 - a) + over * a + 255) >> 8;
    const { pixels } = await decode(picture.encode(6));
    for (let i = 0; i < w * h; i++) {
      const [below, a] = [i < w ? 0 : 100, i % w];
      const want = [mix(below, 255, a), mix(below, 0, a), mix(below, 0, a)];
      expect(pixels.slice(i * 3, i * 3 + 3), `pixel ${i}`).toEqual(a === 0 ? [below, below, below] : want);
    }
    expect(() => picture.fill({ x: 250, y: 0, width: 10, height: 1 }, new Uint8Array(10), 0)).toThrow(/does not fit/u);
  });
});
