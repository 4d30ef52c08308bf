/**
 * A PNG writer for the social images, on Node's own zlib. A card is opaque, mostly flat colour, and drawn in
 * pieces (render.ts): its picture is kept as PNG rows — a filter byte and the row's pixels — into which each drawn
 * piece is copied, and the rows are then compressed as they are. sharp's encoder cost as much again for what is
 * here a copy, the alpha channel's removal and the same zlib (`npm run bench:og` has the figures).
 *
 * While a picture has at most 256 colours, its rows hold palette indices, one byte a pixel (PNG colour type 3),
 * else RGB (type 2). A card has few: its five colours on its background, and the anti-aliased edges between
 * them (at most 140 in 40 varied cards) — a third of the bytes to compress, and the same pixels.
 *
 * Rows are not filtered (filter 0): flat colour compresses as well unfiltered, and choosing a filter per row cost
 * several times the time for no smaller file (measured with sharp's adaptive filtering before).
 */
import { crc32, deflateSync } from 'node:zlib';

/** Pixels: 8 bits per channel, rows top to bottom (RGBA or RGB). */
export interface Pixels {
  pixels: Uint8Array;
  width: number;
  height: number;
  channels: 3 | 4;
}

/** A rectangle of pixels. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const MAX_COLOURS = 256;
/** Slots of the colour → index table: a power of two, four times the palette, so that probes stay short. */
const SLOTS = 1024;
const EMPTY = -1;

/** An opaque picture as PNG rows, filled by pasting pixels into it. */
export class PngPicture {
  readonly width: number;
  readonly height: number;
  /** Rows: a filter byte (0), then a palette index (indexed) or R, G, B (not) per pixel. */
  private data: Buffer;
  /** The palette's colours as 0xRRGGBB, in index order; `null` once the picture holds RGB. */
  private palette: number[] | null;
  /** Open-addressing table colour → palette index: the colour in `keys`, its index in `values`. */
  private keys: Int32Array;
  private values: Uint8Array;

  // Fields assigned one by one: Node runs this file by stripping types, which has no parameter properties.
  private constructor(from: {
    width: number;
    height: number;
    data: Buffer;
    palette: number[] | null;
    keys: Int32Array;
    values: Uint8Array;
  }) {
    this.width = from.width;
    this.height = from.height;
    this.data = from.data;
    this.palette = from.palette;
    this.keys = from.keys;
    this.values = from.values;
  }

  /** A black picture of `width` × `height`. */
  static blank(width: number, height: number): PngPicture {
    const picture = new PngPicture({
      width,
      height,
      data: Buffer.alloc((1 + width) * height),
      palette: [],
      keys: new Int32Array(SLOTS).fill(EMPTY),
      values: new Uint8Array(SLOTS),
    });
    picture.indexOf(0);
    return picture;
  }

  /** A copy, to paste into while this one is kept. */
  clone(): PngPicture {
    return new PngPicture({
      width: this.width,
      height: this.height,
      data: Buffer.from(this.data),
      palette: this.palette && [...this.palette],
      keys: this.keys.slice(),
      values: this.values.slice(),
    });
  }

  /** True while the rows hold palette indices. */
  get indexed(): boolean {
    return this.palette !== null;
  }

  /**
   * Puts the rectangle `from` of `image` (all of it unless given) into the picture with its top-left corner at
   * (`x`, `y`); the alpha channel is dropped (the card is opaque). Throws when it does not fit, rather than
   * drawing a part of it.
   */
  paste(image: Pixels, x: number, y: number, from?: Rect): void {
    const src = from ?? { x: 0, y: 0, width: image.width, height: image.height };
    const outside = (r: Rect, w: number, h: number) => r.x < 0 || r.y < 0 || r.x + r.width > w || r.y + r.height > h;
    if (outside(src, image.width, image.height) || outside({ ...src, x, y }, this.width, this.height))
      throw new Error(
        `png: a ${src.width}×${src.height} image at (${x}, ${y}) does not fit a ${this.width}×${this.height} one` +
          (from ? ` (taken at (${src.x}, ${src.y}) from a ${image.width}×${image.height} one)` : ''),
      );
    for (let row = 0; row < src.height; row++) {
      if (this.palette && this.pasteIndexed(image, src, row, x, y + row)) continue;
      this.pasteRgb(image, src, row, x, y + row);
    }
  }

  /** One row as palette indices; false (nothing written past the colours it had) when the palette is full. */
  private pasteIndexed(image: Pixels, src: Rect, row: number, x: number, y: number): boolean {
    const { pixels, channels } = image;
    const out = this.data;
    let o = y * (1 + this.width) + 1 + x;
    const first = (src.y + row) * image.width + src.x;
    // Runs of one colour are the rule (background, inside letters): a pixel is compared with the one before as a
    // whole (one 32-bit word when the pixels are RGBA and aligned), and only a new colour is looked up.
    const words =
      channels === 4 && pixels.byteOffset % 4 === 0
        ? new Uint32Array(pixels.buffer, pixels.byteOffset + first * 4, src.width)
        : null;
    let last = -1;
    let lastIndex = 0;
    for (let n = 0, i = first * channels; n < src.width; n++, i += channels) {
      const word = words ? words[n]! : (pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!;
      if (word !== last) {
        const index = this.indexOf((pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!);
        if (index < 0) {
          this.toRgb();
          return false;
        }
        last = word;
        lastIndex = index;
      }
      out[o++] = lastIndex;
    }
    return true;
  }

  private pasteRgb(image: Pixels, src: Rect, row: number, x: number, y: number): void {
    const { pixels, channels } = image;
    const out = this.data;
    let o = y * (1 + 3 * this.width) + 1 + 3 * x;
    let i = ((src.y + row) * image.width + src.x) * channels;
    const end = i + src.width * channels;
    for (; i < end; i += channels) {
      out[o++] = pixels[i]!;
      out[o++] = pixels[i + 1]!;
      out[o++] = pixels[i + 2]!;
    }
  }

  /**
   * Paints `colour` (0xRRGGBB) over `box` by each pixel's `coverage` (0–255, row by row, `box.width` a row): the
   * pixel becomes the mix of its colour and `colour` in that proportion, as a rasteriser fills a shape's
   * anti-aliased edge over what is drawn below it.
   */
  fill(box: Rect, coverage: Uint8Array | Uint8ClampedArray, colour: number): void {
    if (box.x < 0 || box.y < 0 || box.x + box.width > this.width || box.y + box.height > this.height)
      throw new Error(
        `png: a ${box.width}×${box.height} fill at (${box.x}, ${box.y}) does not fit a ${this.width}×${this.height} picture`,
      );
    const palette = this.palette;
    if (!palette) return this.fillRgb(box, coverage, colour, 0);
    // The mixes made so far, by the pixel's palette index and the coverage (-1: not yet).
    const mixes = new Int16Array(256 * 256).fill(-1);
    const data = this.data;
    for (let row = 0, i = 0; row < box.height; row++) {
      let o = (box.y + row) * (1 + this.width) + 1 + box.x;
      for (let col = 0; col < box.width; col++, i++, o++) {
        const a = coverage[i]!;
        if (a === 0) continue;
        const key = (data[o]! << 8) | a;
        let index = mixes[key]!;
        if (index < 0) {
          index = this.indexOf(mix(palette[data[o]!]!, colour, a));
          if (index < 0) {
            // A 257th colour: the rest of the fill, from this pixel on, goes into RGB rows.
            this.toRgb();
            return this.fillRgb(box, coverage, colour, i);
          }
          mixes[key] = index;
        }
        data[o] = index;
      }
    }
  }

  /** `fill` on RGB rows, from the `from`th pixel of the box on. */
  private fillRgb(box: Rect, coverage: Uint8Array | Uint8ClampedArray, colour: number, from: number): void {
    const data = this.data;
    for (let i = from; i < box.width * box.height; i++) {
      const a = coverage[i]!;
      if (a === 0) continue;
      const o = (box.y + Math.floor(i / box.width)) * (1 + 3 * this.width) + 1 + 3 * (box.x + (i % box.width));
      const out = mix((data[o]! << 16) | (data[o + 1]! << 8) | data[o + 2]!, colour, a);
      data[o] = out >>> 16;
      data[o + 1] = (out >>> 8) & 255;
      data[o + 2] = out & 255;
    }
  }

  /** The palette index of `colour`, added when new; -1 when the palette is full. */
  private indexOf(colour: number): number {
    const palette = this.palette!;
    let slot = Math.imul(colour, 0x9e3779b1) >>> 22; // the top 10 bits: SLOTS = 2^10
    for (;;) {
      const key = this.keys[slot]!;
      if (key === colour) return this.values[slot]!;
      if (key === EMPTY) break;
      slot = (slot + 1) & (SLOTS - 1);
    }
    if (palette.length === MAX_COLOURS) return -1;
    this.keys[slot] = colour;
    this.values[slot] = palette.length;
    palette.push(colour);
    return palette.length - 1;
  }

  /** Turns the rows into RGB ones, for a picture with more colours than a palette holds. */
  private toRgb(): void {
    const palette = this.palette!;
    const { width, height } = this;
    const rgb = Buffer.alloc((1 + 3 * width) * height);
    for (let y = 0; y < height; y++) {
      let o = y * (1 + 3 * width) + 1;
      for (let i = y * (1 + width) + 1, end = i + width; i < end; i++) {
        const colour = palette[this.data[i]!]!;
        rgb[o++] = colour >>> 16;
        rgb[o++] = (colour >>> 8) & 255;
        rgb[o++] = colour & 255;
      }
    }
    this.data = rgb;
    this.palette = null;
  }

  /** The pixels as RGB, rows top to bottom, no filter bytes (to compare pictures). */
  rgb(): Uint8Array {
    const out = new Uint8Array(this.width * this.height * 3);
    const palette = this.palette;
    const stride = 1 + (palette ? 1 : 3) * this.width;
    for (let y = 0; y < this.height; y++) {
      const row = this.data.subarray(y * stride + 1, (y + 1) * stride);
      if (!palette) {
        out.set(row, y * this.width * 3);
        continue;
      }
      for (let x = 0; x < this.width; x++) {
        const colour = palette[row[x]!]!;
        out.set([colour >>> 16, (colour >>> 8) & 255, colour & 255], (y * this.width + x) * 3);
      }
    }
    return out;
  }

  /**
   * The picture as a PNG file: 8 bits a sample, indexed or RGB, not interlaced, compressed at zlib `level` with
   * zlib's `strategy` (its default unless given).
   */
  encode(level: number, strategy?: number): Buffer {
    const header = Buffer.alloc(13);
    header.writeUInt32BE(this.width, 0);
    header.writeUInt32BE(this.height, 4);
    // Bit depth 8, colour type 3 (palette) or 2 (RGB), deflate, filter method 0, no interlace.
    header.set([8, this.palette ? 3 : 2, 0, 0, 0], 8);
    const chunks = [chunk('IHDR', header)];
    if (this.palette) {
      const plte = Buffer.alloc(3 * this.palette.length);
      for (const [i, colour] of this.palette.entries()) plte.writeUIntBE(colour, 3 * i, 3);
      chunks.push(chunk('PLTE', plte));
    }
    const options = strategy === undefined ? { level } : { level, strategy };
    chunks.push(chunk('IDAT', deflateSync(this.data, options)), chunk('IEND', new Uint8Array(0)));
    return Buffer.concat([SIGNATURE, ...chunks]);
  }
}

/** `below` and `over` (0xRRGGBB) mixed by `a` of 255 parts `over`, each channel rounded to the nearest. */
function mix(below: number, over: number, a: number): number {
  const channel = (shift: number) => (((below >>> shift) & 255) * (255 - a) + ((over >>> shift) & 255) * a + 255) >>> 8;
  return (channel(16) << 16) | (channel(8) << 8) | channel(0);
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
