/**
 * What the build has rendered, as it renders it: the middleware (src/middleware.ts) hands every finished
 * response to the listeners that build integrations register for the length of a build, so work that needs
 * the finished pages (the search index, the compressed copies) can start while Astro renders the rest instead
 * of after the last page. Without a listener (dev server, tests that render), announcing costs nothing.
 *
 * The middleware runs in Astro's bundle and the integrations in the config's module graph: two copies of this
 * module, one process. The listeners therefore live on `globalThis`, under a registered symbol.
 */

export interface BuiltPage {
  /** The page's path on the site, as requested: `/praxis/x/`, `/feeds/praxis.xml`. */
  pathname: string;
  /** Its `content-type`. */
  type: string;
  /** The body as Astro writes it (a page's HTML as text). */
  body: string | Uint8Array;
}

export type BuiltPageListener = (page: BuiltPage) => void;

const KEY = Symbol.for('praxisdialog.builtPages');

function listeners(): Set<BuiltPageListener> {
  const g = globalThis as { [KEY]?: Set<BuiltPageListener> };
  return (g[KEY] ??= new Set());
}

/** Registers `listener` until the returned function is called. */
export function onBuiltPage(listener: BuiltPageListener): () => void {
  listeners().add(listener);
  return () => listeners().delete(listener);
}

export function anyBuiltPageListener(): boolean {
  return listeners().size > 0;
}

export function announceBuiltPage(page: BuiltPage): void {
  for (const listener of listeners()) listener(page);
}

/**
 * The file a page's path is written to, relative to the output folder (Astro's `build.format: 'directory'`):
 * `/praxis/x/` → `praxis/x/index.html`, `/feeds/a.xml` → `feeds/a.xml`; the error pages as servers look for
 * them: `/404/` → `404.html`.
 */
export function outputFileOf(pathname: string): string {
  const path = decodeURIComponent(pathname).replace(/^\/+/u, '');
  if (/^(404|500)\/?$/u.test(path)) return `${path.replace('/', '')}.html`;
  if (path === '' || path.endsWith('/')) return `${path}index.html`;
  return /\.[a-z0-9]+$/iu.test(path) ? path : `${path}.html`;
}
