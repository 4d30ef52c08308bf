/**
 * Options for @astrojs/sitemap. Its `i18n` option pairs pages whose paths are equal after the
 * language prefix (`/blog/` ↔ `/en/blog/`), but most of this site's English paths differ from the
 * German ones (`/praxis/x/` ↔ `/en/practices/y/`). So each entry's alternates are taken from the
 * built page itself — the hreflang links BaseLayout writes, the one source of which page
 * translates which — and the page's modification date from its `article:modified_time`.
 * Pages marked noindex (the 404 page) are left out.
 *
 * The `i18n` option is therefore not set: its pairing compares every page's path with every other's (for 15,000
 * addresses as a 10,000-entry site has, 2.4 s against 0.3 s without), and `serialize` replaced what it found on
 * every page.
 */
import { SERVER_PAGE_PATHS } from '../../config/serverPages.ts';
import { readdirSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SitemapItem, SitemapOptions } from '@astrojs/sitemap';

/** Attributes of every `<tag …>` in some HTML (enough for the head of our own pages). */
export function tags(html: string, tag: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (const m of html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'giu'))) {
    const attrs: Record<string, string> = {};
    for (const a of m[1]!.matchAll(/([\w:-]+)\s*=\s*"([^"]*)"/gu))
      attrs[a[1]!.toLowerCase()] = a[2]!.replace(/&amp;/gu, '&');
    out.push(attrs);
  }
  return out;
}

/** What the sitemap takes from a page's head: its translations and last change; `null` for a page marked noindex. */
export type HeadFacts = { links: { lang: string; url: string }[]; lastmod?: string } | null;

export function headFacts(html: string): HeadFacts {
  const end = html.indexOf('</head>');
  const head = end === -1 ? html : html.slice(0, end);
  const metas = tags(head, 'meta');
  if (metas.some((m) => m.name === 'robots' && /noindex/u.test(m.content ?? ''))) return null;
  const links = tags(head, 'link')
    .filter((l) => l.rel === 'alternate' && l.hreflang && l.href)
    .map((l) => ({ lang: l.hreflang!, url: l.href! }));
  const modified = metas.find((m) => m.property === 'article:modified_time')?.content;
  const published = metas.find((m) => m.property === 'article:published_time')?.content;
  const lastmod = modified ?? published;
  return { links: links.length > 1 ? links : [], ...(lastmod ? { lastmod } : {}) };
}

/** The sitemap entry for a page from its head's facts, or undefined when the page must not be listed. */
export function entryOf(item: SitemapItem, facts: HeadFacts): SitemapItem | undefined {
  return facts === null ? undefined : { ...item, ...facts };
}

/** The sitemap entry for a page from its HTML, or undefined when the page must not be listed. */
export function sitemapEntry(item: SitemapItem, html: string): SitemapItem | undefined {
  return entryOf(item, headFacts(html));
}

const HEAD_END = Buffer.from('</head>');

/**
 * A built page read only as far as its `</head>` (all of it when there is none): the sitemap reads every page, and
 * reading the bodies too held most of a 10,000-entry site's 570 MB of HTML at once (the build's memory peak).
 */
export async function readHead(file: string, chunkSize = 16 * 1024): Promise<string> {
  const handle = await open(file, 'r');
  try {
    let bytes = Buffer.alloc(0);
    for (;;) {
      const chunk = Buffer.alloc(chunkSize);
      const { bytesRead } = await handle.read(chunk, 0, chunkSize, null);
      const from = Math.max(0, bytes.length - HEAD_END.length);
      bytes = Buffer.concat([bytes, chunk.subarray(0, bytesRead)]);
      const end = bytes.indexOf(HEAD_END, from);
      if (end !== -1) return bytes.toString('utf8', 0, end + HEAD_END.length);
      if (bytesRead === 0) return bytes.toString('utf8');
    }
  } finally {
    await handle.close();
  }
}

/** Heads read at a time. */
const READS_AT_ONCE = 32;

/** A page's head, read and reduced to what the sitemap needs. */
const factsOf = async (file: string) => headFacts(await readHead(file));

/**
 * The facts of the heads of the pages under `outDir` (`headFacts`), every HTML file's read `READS_AT_ONCE` at a
 * time from the call on (the sitemap asks for one page after another, and one read after another cost ≈ 1 s of a
 * 1,000-entry build's end); only the facts are kept, not the heads (≈ 15 KB a page); each is handed out once. A
 * file not found then is read when asked for.
 */
export function headReader(outDir: string): (file: string) => Promise<HeadFacts> {
  const start = () => {
    const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html'))
      .map((f) => join(outDir, f));
    const waiting = new Map<string, { resolve(facts: HeadFacts): void; reject(error: unknown): void }>();
    const promises = new Map<string, Promise<HeadFacts>>();
    for (const file of files) {
      const promise = new Promise<HeadFacts>((resolve, reject) => waiting.set(file, { resolve, reject }));
      // Handled where it is awaited; a page the sitemap never asks for must not fail the build.
      promise.catch(() => undefined);
      promises.set(file, promise);
    }
    let next = 0;
    const worker = async () => {
      while (next < files.length) {
        const file = files[next++]!;
        const settle = waiting.get(file)!;
        await factsOf(file).then(settle.resolve, settle.reject);
      }
    };
    for (let i = 0; i < READS_AT_ONCE; i++) void worker();
    return promises;
  };
  const heads = start();
  return (file) => {
    const head = heads.get(file);
    heads.delete(file);
    return head ?? factsOf(file);
  };
}

/** The built HTML file of a page address (`directory` build format). */
function htmlFile(outDir: string, url: string): string {
  const path = decodeURIComponent(new URL(url).pathname);
  return join(outDir, path.endsWith('/') ? `${path}index.html` : path);
}

/** The reader of this build's heads, from `astro:build:generated` to the end of `astro:build:done` (`sitemapHeads`). */
const READER = Symbol.for('praxisdialog.sitemapHeads');
type Holder = { [READER]?: { dir: string; read: (file: string) => Promise<HeadFacts> } };

/**
 * Starts reading every page's head as soon as the pages are written (`astro:build:generated`, while Pagefind
 * finishes its index), for the sitemap's `serialize`; place it after the sitemap in astro.config.mjs, so that it
 * forgets them when the sitemap is written. The config and the sitemap's options share it through `globalThis`.
 */
export function sitemapHeads(): AstroIntegration {
  return {
    name: 'praxis:sitemap-heads',
    hooks: {
      'astro:build:generated': ({ dir }) => {
        const outDir = fileURLToPath(dir);
        (globalThis as Holder)[READER] = { dir: resolve(outDir), read: headReader(outDir) };
      },
      'astro:build:done': () => {
        delete (globalThis as Holder)[READER];
      },
    },
  };
}

export function sitemapOptions(outDir = resolve(process.env.PRAXIS_OUT_DIR || './dist')): NonNullable<SitemapOptions> {
  const read = (file: string) => {
    const reader = (globalThis as Holder)[READER];
    return reader && reader.dir === resolve(outDir) ? reader.read(file) : factsOf(file);
  };
  return {
    // Not pages to find: the 404 page and the frames of the newsletter server's answers.
    filter: (page) => {
      const path = new URL(page).pathname;
      return !/\/404(\.html)?\/?$/u.test(path) && !Object.values(SERVER_PAGE_PATHS).includes(path);
    },
    serialize: async (item) => {
      let facts: HeadFacts;
      try {
        facts = await read(htmlFile(outDir, item.url));
      } catch {
        return item;
      }
      return entryOf(item, facts);
    },
  };
}
