/**
 * A PNG writer for the social images, on Node's own zlib. A card is opaque RGB, mostly flat colour, and drawn
 * in pieces (render.ts): its picture is kept as PNG rows — a filter byte and the row's RGB — into which each drawn
 * piece is copied, and the rows are then compressed as they are. sharp's encoder cost as much again for what is
 * here a copy, the alpha channel's removal and the same zlib (`npm run bench:og` has the figures).
 *
 * Rows are not filtered (filter 0): flat colour compresses as well unfiltered, and choosing a filter per row cost
 * several times the time for no smaller file (measured with sharp's adaptive filtering, see render.ts).
 */
import { constants, crc32, deflateSync } from 'node:zlib';

/** Pixels: 8 bits per channel, rows top to bottom (RGBA or RGB). */
export interface Pixels {
  pixels: Uint8Array;
  width: number;
  height: number;
  channels: 3 | 4;
}

/** An RGB picture as PNG rows, ready to compress. */
export interface PngRows {
  data: Buffer;
  width: number;
  height: number;
}

const rowBytes = (width: number) => 1 + 3 * width;

/** Empty rows (filter byte 0, black) for a picture of `width` × `height`. */
export function pngRows(width: number, height: number): PngRows {
  return { data: Buffer.alloc(rowBytes(width) * height), width, height };
}

/** A copy of `rows`, to draw into while the original is kept. */
export function copyRows(rows: PngRows): PngRows {
  return { ...rows, data: Buffer.from(rows.data) };
}

/** A rectangle of pixels. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Puts the rectangle `from` of `image` (all of it unless given) into `rows` with its top-left corner at (`x`, `y`);
 * the alpha channel is dropped (the card is opaque). Throws when it does not fit, rather than drawing a part.
 */
export function paste(rows: PngRows, image: Pixels, x: number, y: number, from?: Rect): void {
  const { pixels, channels } = image;
  const src = from ?? { x: 0, y: 0, width: image.width, height: image.height };
  const outside = (r: Rect, w: number, h: number) => r.x < 0 || r.y < 0 || r.x + r.width > w || r.y + r.height > h;
  if (outside(src, image.width, image.height) || outside({ ...src, x, y }, rows.width, rows.height))
    throw new Error(
      `png: a ${src.width}×${src.height} image at (${x}, ${y}) does not fit a ${rows.width}×${rows.height} one` +
        (from ? ` (taken at (${src.x}, ${src.y}) from a ${image.width}×${image.height} one)` : ''),
    );
  const out = rows.data;
  const stride = rowBytes(rows.width);
  for (let row = 0; row < src.height; row++) {
    let o = (y + row) * stride + 1 + 3 * x;
    let i = ((src.y + row) * image.width + src.x) * channels;
    const end = i + src.width * channels;
    for (; i < end; i += channels) {
      out[o++] = pixels[i]!;
      out[o++] = pixels[i + 1]!;
      out[o++] = pixels[i + 2]!;
    }
  }
}

/** A chunk: length, type, data and the CRC of type and data. */
function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The rows as a PNG file: 8-bit RGB, not interlaced, compressed at zlib `level`. */
export function encodeRows({ data, width, height }: PngRows, level: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // bit depth 8, colour type 2 (RGB), deflate, filter method 0, no interlace
  const idat = deflateSync(data, { level, strategy: constants.Z_DEFAULT_STRATEGY });
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', idat), chunk('IEND', new Uint8Array(0))]);
}
