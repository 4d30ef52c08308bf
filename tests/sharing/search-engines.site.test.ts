/**
 * What search engines read from the built site: JSON-LD on every page (parsed, with the properties
 * each type needs), the sitemap with hreflang alternates and without the 404 page, robots.txt.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { siteUnderTest } from '../helpers/site.ts';
import { FORM_PAGES, FRAME_PAGES, type SitePage } from '../helpers/pages.ts';
import { fileFor, htmlPages, readHead, siteOrigin, type Head } from './lib/head.ts';

type Node = Record<string, unknown> & { '@type'?: string | string[] };

/**
 * Properties each type must have: Google's required ones for its rich results (Article/BlogPosting:
 * headline, image, datePublished, author; Event: name, startDate, location; BreadcrumbList:
 * itemListElement), plus what this site promises (url, inLanguage …).
 */
const REQUIRED: Record<string, string[]> = {
  Organization: ['@id', 'name', 'url', 'logo'],
  WebSite: ['name', 'url', 'publisher'],
  BreadcrumbList: ['itemListElement'],
  BlogPosting: ['headline', 'datePublished', 'author', 'publisher', 'image', 'url', 'inLanguage', 'description'],
  Article: ['headline', 'datePublished', 'author', 'publisher', 'image', 'url', 'inLanguage', 'spatialCoverage'],
  Report: ['headline', 'url', 'inLanguage', 'abstract'],
  Event: ['name', 'startDate', 'endDate', 'location', 'eventAttendanceMode', 'eventStatus', 'organizer', 'url'],
  AdministrativeArea: ['name', 'identifier', 'geo', 'containedInPlace', 'url'],
  ResearchProject: ['name', 'description', 'url'],
  Project: ['name', 'description', 'url'],
  ProfilePage: ['mainEntity', 'url'],
};

/** The JSON-LD type a page of each section must carry. */
const PAGE_TYPE: [RegExp, string][] = [
  [/^\/(en\/)?blog\/(?!\d+\/)[^/]+\/$/u, 'BlogPosting'],
  [/^\/(praxis|en\/practices)\/(?!\d+\/)[^/]+\/$/u, 'Article'],
  [/^\/(berichte|en\/reports)\/[^/]+\/$/u, 'Report'],
  [/^\/(dialoge|en\/dialogues)\/[^/]+\/$/u, 'Event'],
  [/^\/(kreise|en\/districts)\/[^/]+\/$/u, 'AdministrativeArea'],
  [/^\/(personen|en\/people)\/[^/]+\/$/u, 'ProfilePage'],
];

const types = (n: Node) => (Array.isArray(n['@type']) ? n['@type'] : [n['@type'] ?? '']);
const nodesOf = (head: Head): Node[] =>
  head.jsonLd.flatMap((text) => {
    const doc = JSON.parse(text) as { '@context'?: string; '@graph'?: Node[] } & Node;
    return doc['@graph'] ?? [doc];
  });

let dir: string;
let origin: string;
let pages: SitePage[];
beforeAll(async () => {
  dir = siteUnderTest().dir;
  origin = await siteOrigin(dir);
  pages = await htmlPages(dir);
});

describe('JSON-LD', () => {
  test('every page carries JSON-LD that parses, in the schema.org context', async () => {
    const wrong: string[] = [];
    for (const page of pages) {
      const head = await readHead(page.file);
      if (head.jsonLd.length !== 1) wrong.push(`${page.path}: ${head.jsonLd.length} JSON-LD blocks`);
      for (const text of head.jsonLd) {
        try {
          const doc = JSON.parse(text) as { '@context'?: string };
          if (doc['@context'] !== 'https://schema.org') wrong.push(`${page.path}: context ${doc['@context']}`);
        } catch (e) {
          wrong.push(`${page.path}: ${(e as Error).message}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  test('every node has the properties its type needs, and every page the Organization', async () => {
    const wrong: string[] = [];
    const seen = new Set<string>();
    for (const page of pages) {
      const nodes = nodesOf(await readHead(page.file));
      if (!nodes.some((n) => types(n).includes('Organization'))) wrong.push(`${page.path}: no Organization`);
      for (const node of nodes) {
        for (const type of types(node)) {
          seen.add(type);
          for (const prop of REQUIRED[type] ?? []) {
            const v = node[prop];
            if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0))
              wrong.push(`${page.path}: ${type} without ${prop}`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
    for (const type of [
      'Organization',
      'WebSite',
      'BreadcrumbList',
      'BlogPosting',
      'Article',
      'Report',
      'AdministrativeArea',
    ])
      expect(seen).toContain(type);
  });

  test('entry pages carry their own type: BlogPosting, Article, Report, Event, AdministrativeArea, ProfilePage', async () => {
    const wrong: string[] = [];
    for (const page of pages) {
      const expected = PAGE_TYPE.find(([re]) => re.test(page.path))?.[1];
      // The submission form lives in the practices' section but is no entry.
      if (!expected || FORM_PAGES.includes(page.path)) continue;
      const nodes = nodesOf(await readHead(page.file));
      if (!nodes.some((n) => types(n).includes(expected))) wrong.push(`${page.path}: no ${expected}`);
    }
    expect(wrong).toEqual([]);
  });

  test('breadcrumbs run home → section → page, with absolute addresses that exist', async () => {
    const wrong: string[] = [];
    for (const page of pages) {
      if (page.path === '/' || page.path === '/en/' || page.path.endsWith('.html') || FRAME_PAGES.includes(page.path))
        continue;
      const crumbs = nodesOf(await readHead(page.file)).find((n) => types(n).includes('BreadcrumbList'));
      const items = (crumbs?.itemListElement ?? []) as { position: number; name: string; item?: string }[];
      if (items.length < 2) {
        wrong.push(`${page.path}: ${items.length} breadcrumbs`);
        continue;
      }
      items.forEach((it, i) => {
        if (it.position !== i + 1) wrong.push(`${page.path}: position ${it.position} at ${i}`);
        if (!it.name) wrong.push(`${page.path}: crumb ${i + 1} without name`);
        if (!it.item || !fileFor(dir, it.item, origin)) wrong.push(`${page.path}: crumb ${it.item} not in the build`);
      });
      if (items.at(-1)!.item !== `${origin}${page.path}`) wrong.push(`${page.path}: last crumb ${items.at(-1)!.item}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('sitemap and robots.txt', () => {
  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
  type UrlEntry = {
    loc: string;
    lastmod?: string;
    'xhtml:link'?: { hreflang: string; href: string }[] | { hreflang: string; href: string };
  };

  async function sitemapUrls(): Promise<UrlEntry[]> {
    const index = xml.parse(await readFile(join(dir, 'sitemap-index.xml'), 'utf8')) as {
      sitemapindex: { sitemap: { loc: string } | { loc: string }[] };
    };
    const maps = [index.sitemapindex.sitemap].flat();
    const urls: UrlEntry[] = [];
    for (const m of maps) {
      const doc = xml.parse(await readFile(fileFor(dir, m.loc, origin)!, 'utf8')) as {
        urlset: { url: UrlEntry | UrlEntry[] };
      };
      urls.push(...[doc.urlset.url].flat());
    }
    return urls;
  }

  test('robots.txt points at the sitemap on the site’s own origin', async () => {
    const robots = await readFile(join(dir, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/mu);
    expect(robots).toContain(`Sitemap: ${origin}/sitemap-index.xml`);
  });

  test('the sitemap lists every indexable page once and never the 404 page', async () => {
    const locs = (await sitemapUrls()).map((u) => u.loc);
    expect(new Set(locs).size).toBe(locs.length);
    expect(locs.filter((l) => /^\/(en\/)?404(\.html|\/)?$/u.test(new URL(l).pathname))).toEqual([]);
    const indexable = [];
    for (const page of pages) {
      const head = await readHead(page.file);
      if (!head.meta.some((m) => m.name === 'robots' && m.content.includes('noindex')))
        indexable.push(`${origin}${page.path}`);
    }
    expect([...locs].sort()).toEqual(indexable.sort());
  });

  test('the sitemap’s hreflang alternates are the pages’ own, translated slugs included', async () => {
    const wrong: string[] = [];
    let withAlternates = 0;
    for (const u of await sitemapUrls()) {
      const file = fileFor(dir, u.loc, origin)!;
      const head = await readHead(file);
      const own = head.links
        .filter((l) => l.rel === 'alternate' && l.hreflang)
        .map((l) => `${l.hreflang} ${l.href}`)
        .sort();
      const listed = [u['xhtml:link'] ?? []]
        .flat()
        .map((l) => `${l.hreflang} ${l.href}`)
        .sort();
      if (own.join('|') !== listed.join('|')) wrong.push(`${u.loc}: ${listed.join(', ')} ≠ ${own.join(', ')}`);
      if (listed.length > 0) withAlternates++;
    }
    expect(wrong).toEqual([]);
    expect(withAlternates).toBeGreaterThan(10);
  });

  test('a German practice and its English translation name each other in the sitemap', async () => {
    const urls = await sitemapUrls();
    const de = urls.find((u) => /\/praxis\/[a-z]/u.test(u.loc) && [u['xhtml:link'] ?? []].flat().length > 0)!;
    const en = [de['xhtml:link']!].flat().find((l) => l.hreflang === 'en')!.href;
    expect(en).toMatch(/\/en\/practices\//u);
    const back = urls.find((u) => u.loc === en)!;
    expect([back['xhtml:link']!].flat().find((l) => l.hreflang === 'de')!.href).toBe(de.loc);
  });
});
