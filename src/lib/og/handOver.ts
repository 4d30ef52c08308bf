/**
 * The social images of a production build, handed from Astro's bundle to the build's end: the image route
 * (src/pages/og/[...path].png.ts) starts the pool and names, for every image file of the site, the cache file
 * that holds it; the ogImages integration (src/integrations/ogImages.ts) waits for the pool when the pages are
 * written and links each cache file into place. The images are no pages of Astro's then: the main thread, which
 * renders the pages one after another, neither waits for the pool nor copies 1,800 files through its loop, and
 * the pool has until the end of the build (it runs at background priority, worker.ts).
 *
 * Two copies of this module run in one process (the bundle's and the config's), so the hand-over lives on
 * `globalThis` under a registered symbol, like src/lib/builtPages.ts.
 */
import type { DrawStats } from './pool.ts';

export interface OgHandOver {
  /** Output file (relative to the site's folder, `og/praxis/x.png`) → the cache file with its PNG. */
  files: ReadonlyMap<string, string>;
  /** Resolves when every card is in the cache. */
  drawn: Promise<DrawStats>;
}

const KEY = Symbol.for('praxisdialog.ogImages');
type Holder = { [KEY]?: OgHandOver };

export function handOverOgImages(handOver: OgHandOver): void {
  (globalThis as Holder)[KEY] = handOver;
}

/** The hand-over of this build, once (undefined when the build made no images). */
export function takeOgImages(): OgHandOver | undefined {
  const handOver = (globalThis as Holder)[KEY];
  delete (globalThis as Holder)[KEY];
  return handOver;
}
