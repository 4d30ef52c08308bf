/**
 * Astro's incremental build (`experimental.incrementalBuild`) takes a page over from the previous build when
 * its route's code and its `cacheKey` are unchanged. Every route's paths carry the same key: the content's
 * (src/lib/contentKey.ts, handed over by the content-check integration), because any page may show any entry
 * (lists, related entries, counts in navigation and facets). An unchanged rebuild therefore renders no page
 * again; a change to one file renders all of them, as before.
 */
const KEY: string | undefined = import.meta.env.PRAXIS_CONTENT_KEY;

/** The paths of a `getStaticPaths`, each with the content's key (none in dev, where nothing is cached). */
export function keyed<T extends object>(paths: readonly T[]): (T & { cacheKey?: string })[] {
  if (KEY === undefined || !import.meta.env.PROD) return [...paths];
  return paths.map((p) => ({ ...p, cacheKey: KEY }));
}
