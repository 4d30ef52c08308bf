/**
 * Social cards on the built site: every page has open-graph and Twitter tags, its og:image is a
 * 1200×630 PNG that exists in the build, and canonical URLs are absolute and point at the page.
 */
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { siteUnderTest } from '../helpers/site.ts';
import { fileFor, htmlPages, isEntryPage, metaValue, readHead, siteOrigin } from './lib/head.ts';
import { FRAME_PAGES, type SitePage } from '../helpers/pages.ts';

let dir: string;
let origin: string;
let pages: SitePage[];
beforeAll(async () => {
  dir = siteUnderTest().dir;
  origin = await siteOrigin(dir);
  pages = await htmlPages(dir);
});

describe('open graph and Twitter', () => {
  test('every page names its title, description, address, type and image for social networks', async () => {
    const missing: string[] = [];
    for (const page of pages) {
      const head = await readHead(page.file);
      const noindex = head.meta.some((m) => m.name === 'robots' && m.content.includes('noindex'));
      for (const key of [
        'og:title',
        'og:description',
        'og:url',
        'og:type',
        'og:site_name',
        'og:locale',
        'og:image',
        'og:image:width',
        'og:image:height',
        'og:image:alt',
        'twitter:card',
      ]) {
        if (!metaValue(head, key) && !(noindex && key === 'og:url')) missing.push(`${page.path}: ${key}`);
      }
      if (metaValue(head, 'twitter:card') !== 'summary_large_image') missing.push(`${page.path}: twitter:card`);
    }
    expect(missing).toEqual([]);
  });

  test('every og:image is a 1200×630 PNG in the build', async () => {
    const images = new Set<string>();
    for (const page of pages) images.add(metaValue(await readHead(page.file), 'og:image') ?? '');
    const wrong: string[] = [];
    for (const image of images) {
      const file = fileFor(dir, image, origin);
      if (!file) {
        wrong.push(`${image}: not in the build`);
        continue;
      }
      const meta = await sharp(await readFile(file)).metadata();
      if (meta.format !== 'png' || meta.width !== 1200 || meta.height !== 630) {
        wrong.push(`${image}: ${meta.format} ${meta.width}×${meta.height}`);
      }
    }
    expect(wrong).toEqual([]);
    // Entry pages have a card of their own, not the home page's.
    expect(images.size).toBeGreaterThan(50);
  });

  test('an entry page has a card of its own', async () => {
    const practice = pages.find((p) => /^\/praxis\/[^/]+\/$/u.test(p.path) && !/^\/praxis\/\d+\/$/u.test(p.path))!;
    const head = await readHead(practice.file);
    expect(metaValue(head, 'og:image')).toBe(`${origin}/og${practice.path.replace(/\/$/u, '')}.png`);
    expect(metaValue(head, 'og:type')).toBe('article');
    expect(metaValue(head, 'article:published_time')).toMatch(/^\d{4}-\d\d-\d\dT/u);
  });

  // Whatever collection they belong to: a collection new in the registry must not get its section's card.
  test('every entry page has a card of its own', async () => {
    const wrong: string[] = [];
    let entryPages = 0;
    for (const page of pages) {
      const head = await readHead(page.file);
      if (!isEntryPage(head.html)) continue;
      entryPages++;
      const own = `${origin}/og${page.path.replace(/\/$/u, '')}.png`;
      if (metaValue(head, 'og:image') !== own) wrong.push(`${page.path}: ${metaValue(head, 'og:image')}`);
    }
    expect(wrong).toEqual([]);
    expect(entryPages).toBeGreaterThan(0);
  });

  test('list, pagination and facet pages share their section’s card; topic and district pages have their own', async () => {
    const imageOf = async (path: string) => {
      const page = pages.find((p) => p.path === path);
      expect(page, path).toBeDefined();
      return metaValue(await readHead(page!.file), 'og:image');
    };
    const own = (path: string) => `${origin}/og${path.replace(/\/$/u, '')}.png`;
    const sectionPaths = (re: RegExp) => pages.map((p) => p.path).filter((p) => re.test(p));
    for (const [section, re] of [
      ['/handlungsfelder/', /^\/handlungsfelder\/[^/]+\/$/u],
      ['/en/fields/', /^\/en\/fields\/[^/]+\/$/u],
      ['/praxis/', /^\/praxis\/(\d+|[^/]+\/[^/]+(\/\d+)?)\/$/u],
    ] as const) {
      const facets = sectionPaths(re);
      expect(facets.length, section).toBeGreaterThan(0);
      for (const path of facets) expect(await imageOf(path), path).toBe(own(section));
    }
    for (const re of [/^\/themen\/[^/]+\/$/u, /^\/kreise\/[^/]+\/$/u, /^\/en\/topics\/[^/]+\/$/u]) {
      const path = sectionPaths(re)[0]!;
      expect(await imageOf(path), path).toBe(own(path));
    }
  });

  test('og:url and the canonical link are the page’s own absolute address', async () => {
    const wrong: string[] = [];
    for (const page of pages) {
      // The 404 page (noindex) is served at any address: it has no address of its own to share.
      if (page.path.endsWith('.html') || FRAME_PAGES.includes(page.path)) continue;
      const head = await readHead(page.file);
      const canonical = head.links.find((l) => l.rel === 'canonical')?.href;
      const expected = `${origin}${page.path}`;
      if (canonical !== expected) wrong.push(`${page.path}: canonical ${canonical}`);
      if (metaValue(head, 'og:url') !== expected) wrong.push(`${page.path}: og:url ${metaValue(head, 'og:url')}`);
    }
    expect(wrong).toEqual([]);
  });
});
