/**
 * Writes the files routes hand over instead of rendering them through Astro's page loop (src/lib/buildFiles.ts):
 * opened when the build starts, written when every page is. Placed before the integrations that read the finished
 * site in `astro:build:generated` (Pagefind, the compression), so that they find these files like the pages.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { acceptBuildFiles, takeBuildFiles, type BuildFile } from '../lib/buildFiles.ts';

/** Files written at a time (libuv's thread pool has 4 threads; a few more keep it busy). */
const WRITES_AT_ONCE = 16;

/** Writes `files` (by output file, relative to `siteDir`) into the site; returns how many. */
export async function writeBuildFiles(siteDir: string, files: ReadonlyMap<string, BuildFile>): Promise<number> {
  const dirs = new Set([...files.keys()].map((file) => dirname(join(siteDir, file))));
  await Promise.all([...dirs].map((dir) => mkdir(dir, { recursive: true })));
  const queue = [...files];
  const writer = async () => {
    for (let next = queue.pop(); next; next = queue.pop()) await writeFile(join(siteDir, next[0]), next[1].body);
  };
  await Promise.all(Array.from({ length: WRITES_AT_ONCE }, writer));
  return files.size;
}

export function buildFiles(): AstroIntegration {
  return {
    name: 'praxis:build-files',
    hooks: {
      'astro:build:start': () => acceptBuildFiles(),
      'astro:build:generated': async ({ dir, logger }) => {
        const started = performance.now();
        const written = await writeBuildFiles(fileURLToPath(dir), takeBuildFiles());
        if (written > 0)
          logger.info(
            `${written} files written beside the pages in ${((performance.now() - started) / 1000).toFixed(1)} s`,
          );
      },
    },
  };
}
