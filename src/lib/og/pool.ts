/**
 * Draws many social images at once: every card not yet in the cache goes to a pool of worker threads, one per
 * core, instead of one after another in Astro's endpoint loop (≈ 36 ms of CPU each then, 76 % of a build's render
 * time; ≈ 20 ms since card.ts writes the SVG itself). The endpoints then only read the cache. A card already in the cache is not drawn again.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Tinypool from 'tinypool';
import type { OgCard } from './card.ts';
import { cardFile, DEFAULT_RENDERER, ogCacheDir, type Renderer } from './render.ts';
import type { DrawTask } from './worker.ts';

export interface DrawStats {
  /** Distinct cards the build needs. */
  total: number;
  /** Drawn now. */
  rendered: number;
  /** Found in the cache. */
  cached: number;
  /** Wall-clock seconds from the start to the last image. */
  seconds: number;
}

export interface DrawOptions {
  cacheDir?: string;
  renderer?: Renderer;
  /** Worker threads; one per core and one more by default (they run at background priority, see worker.ts). */
  threads?: number;
  /** Called after each drawn image. */
  onProgress?: (done: number, total: number) => void;
  /** The worker module (worker.ts); tests and scripts pass their own path, the build the one in the project. */
  workerFile?: string;
}

/**
 * The worker module in the project's sources. Resolved from the working directory (where astro, vitest and the
 * scripts run, as in fonts.ts), not from this file: in the build, this module runs from a bundled chunk.
 */
export function defaultWorkerFile(): string {
  const file = join(process.cwd(), 'src/lib/og/worker.ts');
  if (!existsSync(file))
    throw new Error(`social images: the worker module ${file} is missing (run from the project root)`);
  return file;
}

/** Draws every card of `cards` that is not in the cache; resolves when all of them are there. */
export async function drawMissing(cards: Iterable<OgCard>, options: DrawOptions = {}): Promise<DrawStats> {
  const started = performance.now();
  const renderer = options.renderer ?? DEFAULT_RENDERER;
  const dir = options.cacheDir ?? ogCacheDir();
  const wanted = new Map<string, OgCard>();
  for (const card of cards) wanted.set(cardFile(card, dir, renderer), card);
  // One directory listing instead of a file check per card.
  const present = new Set(await readdir(dir).catch(() => [] as string[]));
  const missing = [...wanted].filter(([file]) => !present.has(basename(file)));
  const stats = (rendered: number): DrawStats => ({
    total: wanted.size,
    rendered,
    cached: wanted.size - missing.length,
    seconds: (performance.now() - started) / 1000,
  });
  if (missing.length === 0) return stats(0);

  await mkdir(dir, { recursive: true });
  // One more thread than cores: a thread waiting for its encoder or its file write leaves a core to the others. At background
  // priority (worker.ts) they only take what the page rendering leaves.
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism() + 1, missing.length));
  const pool = new Tinypool({
    filename: options.workerFile ?? defaultWorkerFile(),
    minThreads: threads,
    maxThreads: threads,
  });
  let done = 0;
  try {
    await Promise.all(
      missing.map(async ([file, card]) => {
        await pool.run({ card, file, renderer } satisfies DrawTask);
        done++;
        options.onProgress?.(done, missing.length);
      }),
    );
  } finally {
    await pool.destroy();
  }
  return stats(done);
}
