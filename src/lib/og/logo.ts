/** The site's mark as a 512×512 PNG, for JSON-LD's Organization logo and feed icons (both want a raster image). */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';

export async function logoPng(size = 512): Promise<Buffer> {
  // public/favicon.svg is the one drawing of the mark; the build runs from the project root.
  const svg = await readFile(join(process.cwd(), 'public/favicon.svg'));
  return sharp(svg, { density: Math.ceil((72 * size) / 32) })
    .resize(size, size)
    .png()
    .toBuffer();
}
