/**
 * Options for @astrojs/sitemap. Its `i18n` option pairs pages whose paths are equal after the
 * language prefix (`/blog/` ↔ `/en/blog/`), but most of this site's English paths differ from the
 * German ones (`/praxis/x/` ↔ `/en/practices/y/`). So each entry's alternates are taken from the
 * built page itself — the hreflang links BaseLayout writes, the one source of which page
 * translates which — and the page's modification date from its `article:modified_time`.
 * Pages marked noindex (the 404 page) are left out.
 */
import { SERVER_PAGE_PATHS } from '../../config/serverPages.ts';
import { closeSync, openSync, readSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SitemapItem, SitemapOptions } from '@astrojs/sitemap';
import { DEFAULT_LANG, LOCALE } from '../../config/languages.ts';

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

/** The sitemap entry for a page from its HTML, or undefined when the page must not be listed. */
export function sitemapEntry(item: SitemapItem, html: string): SitemapItem | undefined {
  const end = html.indexOf('</head>');
  const head = end === -1 ? html : html.slice(0, end);
  const metas = tags(head, 'meta');
  if (metas.some((m) => m.name === 'robots' && /noindex/u.test(m.content ?? ''))) return undefined;
  const links = tags(head, 'link')
    .filter((l) => l.rel === 'alternate' && l.hreflang && l.href)
    .map((l) => ({ lang: l.hreflang!, url: l.href! }));
  const modified = metas.find((m) => m.property === 'article:modified_time')?.content;
  const published = metas.find((m) => m.property === 'article:published_time')?.content;
  const lastmod = modified ?? published;
  return { ...item, links: links.length > 1 ? links : [], ...(lastmod ? { lastmod } : {}) };
}

const HEAD_END = Buffer.from('</head>');

/**
 * A built page read only as far as its `</head>` (all of it when there is none): the sitemap reads every page, in
 * one synchronous pass, and reading the bodies too held most of a 10,000-entry site's 570 MB of HTML at once (the
 * build's memory peak).
 */
export function readHead(file: string, chunkSize = 16 * 1024): string {
  const fd = openSync(file, 'r');
  try {
    let bytes = Buffer.alloc(0);
    for (;;) {
      const chunk = Buffer.alloc(chunkSize);
      const read = readSync(fd, chunk, 0, chunkSize, null);
      // Searched from a little before the new bytes, in case `</head>` spans two chunks.
      const from = Math.max(0, bytes.length - HEAD_END.length);
      bytes = Buffer.concat([bytes, chunk.subarray(0, read)]);
      const end = bytes.indexOf(HEAD_END, from);
      if (end !== -1) return bytes.toString('utf8', 0, end + HEAD_END.length);
      if (read === 0) return bytes.toString('utf8');
    }
  } finally {
    closeSync(fd);
  }
}

/** The built HTML file of a page address (`directory` build format). */
function htmlFile(outDir: string, url: string): string {
  const path = decodeURIComponent(new URL(url).pathname);
  return join(outDir, path.endsWith('/') ? `${path}index.html` : path);
}

export function sitemapOptions(outDir = resolve(process.env.PRAXIS_OUT_DIR || './dist')): NonNullable<SitemapOptions> {
  return {
    i18n: { defaultLocale: DEFAULT_LANG, locales: { ...LOCALE } },
    // Not pages to find: the 404 page and the frames of the newsletter server's answers.
    filter: (page) => {
      const path = new URL(page).pathname;
      return !/\/404(\.html)?\/?$/u.test(path) && !Object.values(SERVER_PAGE_PATHS).includes(path);
    },
    serialize: (item) => {
      let html: string;
      try {
        html = readHead(htmlFile(outDir, item.url));
      } catch {
        return item;
      }
      return sitemapEntry(item, html);
    },
  };
}
