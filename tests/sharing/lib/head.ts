/**
 * What the sharing tests read from built pages: meta tags, link tags and JSON-LD blocks of a page's
 * head, parsed with a real HTML parser (htmlparser2), and the files of the build.
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { listPages, type SitePage } from '../../helpers/pages.ts';

export interface Head {
  meta: { name?: string; property?: string; content: string }[];
  links: Record<string, string>[];
  jsonLd: string[];
  html: string;
}

export async function readHead(file: string): Promise<Head> {
  const html = await readFile(file, 'utf8');
  const doc = parseDocument(html);
  const head = DomUtils.findOne((e) => e.name === 'head', doc.children);
  const inHead = head ? head.children : doc.children;
  const meta = DomUtils.findAll((e) => e.name === 'meta', inHead).map((e) => ({
    ...(e.attribs.name ? { name: e.attribs.name } : {}),
    ...(e.attribs.property ? { property: e.attribs.property } : {}),
    content: e.attribs.content ?? '',
  }));
  const links = DomUtils.findAll((e) => e.name === 'link', inHead).map((e) => ({ ...e.attribs }));
  const jsonLd = DomUtils.findAll((e) => e.name === 'script' && e.attribs.type === 'application/ld+json', inHead).map(
    (e) => DomUtils.textContent(e),
  );
  return { meta, links, jsonLd, html };
}

export const metaValue = (h: Head, key: string): string | undefined =>
  h.meta.find((m) => m.property === key || m.name === key)?.content;
export const metaValues = (h: Head, key: string): string[] =>
  h.meta.filter((m) => m.property === key || m.name === key).map((m) => m.content);

/**
 * Whether a page is an entry page, of whatever collection: the shared entry frame's `<article class="entry">`
 * (src/components/EntryFrame.astro).
 */
export function isEntryPage(html: string): boolean {
  const article = (e: { name: string; attribs: Record<string, string> }) =>
    e.name === 'article' && (e.attribs.class ?? '').split(/\s+/u).includes('entry');
  return DomUtils.findOne(article, parseDocument(html).children) !== null;
}

/** Every HTML page of the build (index.html files and 404.html). */
export async function htmlPages(dir: string): Promise<SitePage[]> {
  return listPages(dir);
}

/** The file in the build that serves a site path or absolute address on `origin`. */
export function fileFor(dir: string, address: string, origin: string): string | undefined {
  const url = new URL(address, origin);
  if (url.origin !== new URL(origin).origin) return undefined;
  const p = decodeURIComponent(url.pathname);
  const file = p.endsWith('/') ? join(dir, p, 'index.html') : join(dir, p);
  return existsSync(file) ? file : undefined;
}

/** The configured origin of the built site (from its canonical links), e.g. https://praxisdialog.example */
export async function siteOrigin(dir: string): Promise<string> {
  const head = await readHead(join(dir, 'index.html'));
  const canonical = head.links.find((l) => l.rel === 'canonical')?.href;
  if (!canonical) throw new Error('The home page has no canonical link');
  return new URL(canonical).origin;
}
