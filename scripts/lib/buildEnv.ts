/**
 * Environment the site's build runs in: `npm run build` (scripts/build.ts), the build benchmark, which measures
 * that build (and its floor the same way), and the tests' builds (tests/helpers/astro.ts) take it from here so
 * that they never differ.
 *
 * MIMALLOC_PURGE_DELAY=0: Vite's bundler, Rolldown, allocates through mimalloc, which gives memory back to the
 * system only when the threads that freed it allocate again. After bundling those threads sleep, so the memory
 * the bundler had freed stayed resident while Astro rendered the pages: 750 MB at 3,000 entries (the build
 * process's memory map, social images off). With 0, mimalloc returns freed memory at once: 270 MB, and the build's
 * peak fell from 2.29 to 1.86 GB there. A value set by the caller is kept.
 *
 * NODE_OPTIONS gains `--experimental-async-context-frame` (where this Node knows it; from Node 24 on it is how
 * Node works anyway): Astro renders every page inside an AsyncLocalStorage (its render scope), and Node 22 keeps
 * that store with promise hooks, a call into JavaScript for every promise made, awaited and settled — and a page
 * makes thousands. With the flag the store travels with V8's own context of each continuation. The main thread's
 * CPU profile of a cold 1,000-entry build: 0.76 s in async_hooks' frames (promiseInitHook, trackPromise, …), 0.03 s
 * with it; Astro's page step (`ASTRO_TIMER_PATH`, social images and compression off, four alternated pairs):
 * 16.3 / 16.1 / 16.9 / 15.4 s without, 14.4 / 14.2 / 15.1 / 15.6 s with. It costs memory at 10,000 entries: two
 * cold builds back to back peaked at 3,594 MB without and 3,719 MB with it. Options the caller set are kept.
 */
export const ASYNC_CONTEXT_FRAME = '--experimental-async-context-frame';

export function buildEnv(
  env: NodeJS.ProcessEnv = process.env,
  nodeKnows: (flag: string) => boolean = (flag) => process.allowedNodeEnvironmentFlags.has(flag),
): Record<string, string> {
  const options = env.NODE_OPTIONS?.trim() ?? '';
  const withFrame =
    nodeKnows(ASYNC_CONTEXT_FRAME) && !options.split(/\s+/u).includes(ASYNC_CONTEXT_FRAME)
      ? `${options} ${ASYNC_CONTEXT_FRAME}`.trim()
      : options;
  return {
    MIMALLOC_PURGE_DELAY: env.MIMALLOC_PURGE_DELAY ?? '0',
    ...(withFrame ? { NODE_OPTIONS: withFrame } : {}),
  };
}
