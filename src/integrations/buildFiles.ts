/**
 * Writes the files routes hand over instead of rendering them through Astro's page loop (src/lib/buildFiles.ts):
 * opened when the build starts, written when every page is. Placed before the integrations that read the finished
 * site in `astro:build:generated` (Pagefind, the compression), so that they find these files like the pages.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { acceptBuildFiles, takeBuildFiles, type BuildFile } from '../lib/buildFiles.ts';

/** Files written at a time (libuv's thread pool has 4 threads; a few more keep it busy). */
const WRITES_AT_ONCE = 16;

/**
 * Writes `files` (by output file, relative to `siteDir`) into the site; returns how many. A path that would lead
 * out of the site (`../`, from an id no route should produce) stops the build before anything is written.
 */
export async function writeBuildFiles(siteDir: string, files: ReadonlyMap<string, BuildFile>): Promise<number> {
  const root = resolve(siteDir);
  const targets = [...files].map(([file, { pathname, body }]) => {
    const target = resolve(root, file);
    if (!target.startsWith(`${root}${sep}`))
      throw new Error(`praxis:build-files: ${pathname} would be written outside the site (${target})`);
    return { target, body };
  });
  await Promise.all([...new Set(targets.map((t) => dirname(t.target)))].map((dir) => mkdir(dir, { recursive: true })));
  const queue = [...targets];
  const writer = async () => {
    for (let next = queue.pop(); next; next = queue.pop()) await writeFile(next.target, next.body);
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
