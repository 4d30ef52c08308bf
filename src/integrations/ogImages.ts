/**
 * Puts the social images of a production build into the site (src/lib/og/handOver.ts): waits for the pool, then
 * hard-links each image from the cache (a copy where the output is on another file system). The cache's files
 * are never changed in place (new ones are renamed into it), so a link cannot alter a published image. Placed
 * late among the integrations: the pool draws beside everything before it.
 */
import type { AstroIntegration } from 'astro';
import { copyFile, link, mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { takeOgImages } from '../lib/og/handOver.ts';

export async function linkOgImages(siteDir: string, files: ReadonlyMap<string, string>): Promise<number> {
  const dirs = new Set([...files.keys()].map((file) => dirname(join(siteDir, file))));
  await Promise.all([...dirs].map((dir) => mkdir(dir, { recursive: true })));
  const queue = [...files];
  const worker = async () => {
    for (let next = queue.pop(); next; next = queue.pop()) {
      const [file, cached] = next;
      const target = join(siteDir, file);
      await rm(target, { force: true });
      await link(cached, target).catch(() => copyFile(cached, target));
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return files.size;
}

export function ogImages(): AstroIntegration {
  return {
    name: 'praxis:og-images',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const handOver = takeOgImages();
        if (!handOver) return;
        await handOver.drawn;
        const linked = await linkOgImages(fileURLToPath(dir), handOver.files);
        logger.info(`${linked} social images linked from the cache into /og/`);
      },
    },
  };
}
