/**
 * Files a production build writes beside Astro's pages, handed over by the routes that describe them: the
 * feeds and the citation files (1,404 and 279 files at 1,000 entries). Astro's page loop costs each file it writes
 * about a millisecond of the main thread whatever its size (a request, the middleware, a response read back, an
 * output folder made, the file and its copy for the incremental build written one after the other); for small
 * generated files that is most of their cost. A route whose files are taken here returns no paths in a production build: its files are
 * made in one go when Astro asks it for its paths, announced to the build's listeners like rendered pages
 * (src/lib/builtPages.ts: compressed while the pages render), and written by the buildFiles integration
 * (src/integrations/buildFiles.ts) when the pages are done. In dev, and in a build without that integration,
 * the routes render their files themselves as before.
 *
 * Two copies of this module run in one process (the bundle's and the config's), so the hand-over lives on
 * `globalThis` under a registered symbol, like src/lib/builtPages.ts.
 */
import { announceBuiltPage, outputFileOf, startPage } from './builtPages.ts';
import { keyed } from './pageCache.ts';

export interface BuildFile {
  /** The file's path on the site, as Astro would request it: `/feeds/alles.xml`. */
  pathname: string;
  /** Its `content-type`. */
  type: string;
  body: string;
}

const KEY = Symbol.for('praxisdialog.buildFiles');
type Holder = { [KEY]?: Map<string, BuildFile> };

/** Opens the hand-over for one build (the integration, at `astro:build:start`). */
export function acceptBuildFiles(): void {
  (globalThis as Holder)[KEY] = new Map();
}

/**
 * Hands `files` over to the build, announcing each as a finished page; false when no build takes them (dev, or
 * a build without the integration), and the caller renders them itself. A file handed over twice (a route asked
 * for its paths again) is kept and announced once.
 */
export function handOverBuildFiles(files: Iterable<BuildFile>): boolean {
  const taken = (globalThis as Holder)[KEY];
  if (!taken) return false;
  for (const file of files) {
    const key = outputFileOf(file.pathname);
    if (taken.has(key)) continue;
    taken.set(key, file);
    announceBuiltPage({ seq: startPage(), pathname: file.pathname, type: file.type, body: file.body });
  }
  return true;
}

/** The files handed over in this build, by their output file (`feeds/alles.xml`); closes the hand-over. */
export function takeBuildFiles(): ReadonlyMap<string, BuildFile> {
  const taken = (globalThis as Holder)[KEY] ?? new Map<string, BuildFile>();
  delete (globalThis as Holder)[KEY];
  return taken;
}

/**
 * The `getStaticPaths` of a route with one file per item: in a production build that takes them, every file is
 * made now and handed over, and the route has no paths; else one path per item (with the content's key, like
 * every route's).
 */
export async function filesOrPaths<T, P extends object>(
  items: readonly T[],
  file: (item: T) => Promise<BuildFile>,
  path: (item: T) => P,
): Promise<P[]> {
  if (import.meta.env.PROD && handOverBuildFiles(await Promise.all(items.map(file)))) return [];
  return keyed(items.map(path));
}
