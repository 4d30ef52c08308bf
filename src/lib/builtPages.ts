/**
 * What the build has rendered, as it renders it: the middleware (src/middleware.ts) hands every finished
 * response to the listeners that build integrations register for the length of a build, so work that needs
 * the finished pages (the search index, the compressed copies) can start while Astro renders the rest instead
 * of after the last page. Without a listener (dev server, tests that render), announcing costs nothing.
 *
 * The middleware runs in Astro's bundle and the integrations in the config's module graph: two copies of this
 * module, one process. The listeners therefore live on `globalThis`, under a registered symbol.
 *
 * Astro renders several pages at once (`build.concurrency`), so they finish in an order that varies from build to
 * build; they start in a fixed one (each route's paths in order). Every page takes a number when it starts
 * (`startPage`), and a listener that needs the fixed order (Pagefind: its index depends on the order of its pages)
 * gets them through `inStartOrder`.
 */

export interface BuiltPage {
  /** The number the page took when it started (`startPage`). */
  seq: number;
  /** The page's path on the site, as requested: `/praxis/x/`, `/feeds/praxis.xml`. */
  pathname: string;
  /** Its `content-type`. */
  type: string;
  /** The body as Astro writes it (a page's HTML as text); none for binary formats. */
  body?: string | Uint8Array;
}

export type BuiltPageListener = (page: BuiltPage) => void;

const KEY = Symbol.for('praxisdialog.builtPages');

interface State {
  listeners: Set<BuiltPageListener>;
  started: number;
}

function state(): State {
  const g = globalThis as { [KEY]?: State };
  return (g[KEY] ??= { listeners: new Set(), started: 0 });
}

/** Registers `listener` until the returned function is called. */
export function onBuiltPage(listener: BuiltPageListener): () => void {
  state().listeners.add(listener);
  return () => state().listeners.delete(listener);
}

export function anyBuiltPageListener(): boolean {
  return state().listeners.size > 0;
}

/** The number of a page that starts rendering now; every started page must be announced. */
export function startPage(): number {
  return state().started++;
}

export function announceBuiltPage(page: BuiltPage): void {
  for (const listener of state().listeners) listener(page);
}

/**
 * `listener` with the pages in the order they started, from the next page to start on: a page that finishes
 * before an earlier one waits for it.
 */
export function inStartOrder(listener: BuiltPageListener): BuiltPageListener {
  let next = state().started;
  const waiting = new Map<number, BuiltPage>();
  return (page) => {
    if (page.seq < next) return;
    waiting.set(page.seq, page);
    for (let p = waiting.get(next); p; p = waiting.get(next)) {
      waiting.delete(next++);
      listener(p);
    }
  };
}

/**
 * The file a page's path is written to, relative to the output folder (Astro's `build.format: 'directory'`):
 * `/praxis/x/` → `praxis/x/index.html`, `/feeds/a.xml` → `feeds/a.xml`; the error pages as servers look for
 * them: `/404/` → `404.html`.
 */
export function outputFileOf(pathname: string): string {
  const path = decodedPath(pathname).replace(/^\/+/u, '');
  if (/^(404|500)\/?$/u.test(path)) return `${path.replace('/', '')}.html`;
  if (path === '' || path.endsWith('/')) return `${path}index.html`;
  return /\.[a-z0-9]+$/iu.test(path) ? path : `${path}.html`;
}

/** Astro's request paths are percent-encoded; a path that is not validly encoded is taken as it is, never thrown. */
function decodedPath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}
