/**
 * Environment the site's build runs in: `npm run build` (scripts/build.ts) and the build benchmark, which measures
 * that build (and its floor the same way), take it from here so that the two never differ.
 *
 * MIMALLOC_PURGE_DELAY=0: Vite's bundler, Rolldown, allocates through mimalloc, which gives memory back to the
 * system only when the threads that freed it allocate again. After bundling those threads sleep, so the memory
 * the bundler had freed stayed resident while Astro rendered the pages: 750 MB at 3,000 entries (the build
 * process's memory map, social images off). With 0, mimalloc returns freed memory at once: 270 MB, and the build's
 * peak fell from 2.29 to 1.86 GB there. A value set by the caller is kept.
 */
export function buildEnv(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return { MIMALLOC_PURGE_DELAY: env.MIMALLOC_PURGE_DELAY ?? '0' };
}
