/**
 * Comparing two screenshots pixel by pixel, for the focus indicator: sharp decodes them (whatever PNG
 * Chromium writes), this module counts what changed and with what contrast.
 */
import sharp from 'sharp';

export interface Pixels {
  width: number;
  height: number;
  /** RGB triplets, row by row. */
  rgb: Uint8Array;
}

/** The pixels of a PNG (or any image sharp reads) as sRGB triplets, alpha dropped. */
export async function decodeScreenshot(image: Buffer): Promise<Pixels> {
  const { data, info } = await sharp(image)
    .toColourspace('srgb')
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  if (info.channels !== 3) throw new Error(`decodeScreenshot: expected 3 channels, got ${info.channels}`);
  return { width: info.width, height: info.height, rgb: new Uint8Array(data.buffer, data.byteOffset, data.length) };
}

function luminance(r: number, g: number, b: number): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two colours, 1 … 21. */
export function contrastRatio(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const la = luminance(a[0], a[1], a[2]);
  const lb = luminance(b[0], b[1], b[2]);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * How two same-sized images differ: the number of pixels that changed at all, and the number that changed
 * with a contrast ratio of at least `minRatio` between their two states (WCAG's measure for a focus indicator).
 */
export function compareStates(a: Pixels, b: Pixels, minRatio = 3): { changed: number; contrasting: number } {
  if (a.width !== b.width || a.height !== b.height) throw new Error('compareStates: images differ in size');
  let changed = 0;
  let contrasting = 0;
  for (let i = 0; i < a.rgb.length; i += 3) {
    if (a.rgb[i] === b.rgb[i] && a.rgb[i + 1] === b.rgb[i + 1] && a.rgb[i + 2] === b.rgb[i + 2]) continue;
    changed++;
    if (contrastRatio(a.rgb.subarray(i, i + 3), b.rgb.subarray(i, i + 3)) >= minRatio) contrasting++;
  }
  return { changed, contrasting };
}
