/**
 * Comparing a screenshot with its baseline.
 *
 *   const stored = await toStoredPng(screenshot);          // the palette PNG a baseline is kept as
 *   const result = await comparePngs(baseline, stored);     // { differing, width, height, diff? }
 *   sameAsRecorded(records[name], screenshot, baseline)     // true: nothing to compare (see there)
 *
 * Baselines are kept as 256-colour palette PNGs (a text page loses nothing a reader would see, and the files
 * are a fraction of the size). A fresh screenshot is quantised the same way before it is compared, so both
 * sides went through the same step; the quantiser (libimagequant in sharp, no dithering) is deterministic.
 */
import { createHash } from 'node:crypto';
import pixelmatch from 'pixelmatch';
import sharp from 'sharp';

/**
 * The stored form of a screenshot: palette PNG, no dithering. `compress`: maximal zlib compression, for a
 * baseline kept in the repository; without it the same pixels (compression does not touch them) in about
 * half the time, for a picture that is only compared.
 */
export function toStoredPng(png: Buffer, compress = true): Promise<Buffer> {
  return sharp(png)
    .png({ palette: true, colours: 256, dither: 0, compressionLevel: compress ? 9 : 0, effort: 10 })
    .toBuffer();
}

interface Rgba {
  data: Buffer;
  width: number;
  height: number;
}

async function decode(png: Buffer): Promise<Rgba> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

export interface Comparison {
  /** Pixels that differ (all of the larger picture's extra area when the sizes differ). */
  differing: number;
  /** Size of the new picture. */
  width: number;
  height: number;
  /** The size of the baseline, when it differs from the new picture's. */
  baselineSize?: { width: number; height: number };
  /** A PNG with the differing pixels in red over a faded copy of the new picture (only when differing > 0). */
  diff?: Buffer;
}

/**
 * Counts the pixels that differ between two PNGs. `threshold` is pixelmatch's colour distance (0–1) under
 * which two pixels count as the same; anti-aliased edge pixels are not counted (pixelmatch's default).
 */
export async function comparePngs(baseline: Buffer, actual: Buffer, threshold = 0.1): Promise<Comparison> {
  const [a, b] = await Promise.all([decode(baseline), decode(actual)]);
  const width = Math.max(a.width, b.width);
  const height = Math.max(a.height, b.height);
  // Different sizes: compare on a common canvas, so the diff still shows where the pages part ways.
  const pad = async (img: Rgba): Promise<Buffer> =>
    img.width === width && img.height === height
      ? img.data
      : sharp(img.data, { raw: { width: img.width, height: img.height, channels: 4 } })
          .extend({
            right: width - img.width,
            bottom: height - img.height,
            background: { r: 255, g: 0, b: 255, alpha: 1 },
          })
          .raw()
          .toBuffer();
  const [pa, pb] = await Promise.all([pad(a), pad(b)]);
  const out = Buffer.alloc(width * height * 4);
  const differing = pixelmatch(pa, pb, out, width, height, { threshold });
  const sameSize = a.width === b.width && a.height === b.height;
  return {
    differing,
    width: b.width,
    height: b.height,
    ...(sameSize ? {} : { baselineSize: { width: a.width, height: a.height } }),
    ...(differing > 0
      ? {
          diff: await sharp(out, { raw: { width, height, channels: 4 } })
            .png()
            .toBuffer(),
        }
      : {}),
  };
}

/**
 * What a baseline was made from: the hash of Chromium's own PNG of the screenshot and the hash of the baseline
 * file made from it (tests/visual/baselines/captures.json, written with the baselines).
 */
export interface CaptureRecord {
  capture: string;
  baseline: string;
}

export const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/**
 * True when `capture` (Chromium's PNG, as it came) is byte for byte the screenshot the baseline `baseline` (the
 * file as it is now) was made from: its stored form would be that very file (the quantiser is deterministic), so
 * comparing pixels would find none differing. Anything else — another capture, a baseline replaced or edited
 * since, no record — is false, and the pictures are compared. Spares the quantising and the pixel comparison
 * (about 0.2 CPU s for a 1280 px picture) when nothing changed, which is what a passing run is made of.
 */
export function sameAsRecorded(record: CaptureRecord | undefined, capture: Buffer, baseline: Buffer): boolean {
  return record !== undefined && record.capture === sha256(capture) && record.baseline === sha256(baseline);
}
