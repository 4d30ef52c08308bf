/**
 * Feeds on the built site: every RSS and JSON feed parses with a real feed parser (feedsmith), its
 * entries carry absolute links to pages that exist in the build and a summary, and every page's
 * autodiscovery links point at feeds that exist.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { existsSync } from 'node:fs';
import { parseFeed } from 'feedsmith';
import { beforeAll, describe, expect, test } from 'vitest';
import { siteUnderTest } from '../helpers/site.ts';
import { fileFor, htmlPages, isEntryPage, readHead, siteOrigin } from './lib/head.ts';

/** Entries a feed holds at most (src/lib/feeds/catalogue.ts `itemsFor`). */
const FEED_LIMIT = 50;

let dir: string;
let origin: string;
let feedFiles: string[];
beforeAll(async () => {
  dir = siteUnderTest().dir;
  origin = await siteOrigin(dir);
  feedFiles = [];
  for (const base of ['feeds', 'en/feeds']) {
    for (const e of await readdir(join(dir, base), { recursive: true, withFileTypes: true })) {
      if (e.isFile() && /\.(xml|json)$/u.test(e.name)) feedFiles.push(join(e.parentPath, e.name));
    }
  }
});

const isAbsoluteOnSite = (url: string | undefined) => !!url && url.startsWith(`${origin}/`);

describe('feeds', () => {
  test('there are feeds of everything, per kind, per topic and per district, in both languages', () => {
    const names = feedFiles.map((f) => `/${relative(dir, f)}`);
    for (const expected of [
      '/feeds/alles.xml',
      '/feeds/alles.json',
      '/feeds/praxis.xml',
      '/feeds/blog.xml',
      '/feeds/berichte.xml',
      '/en/feeds/all.xml',
      '/en/feeds/practices.json',
    ]) {
      expect(names).toContain(expected);
    }
    expect(names.some((n) => /^\/feeds\/themen\/[^/]+\.xml$/u.test(n))).toBe(true);
    expect(names.some((n) => /^\/feeds\/kreise\/\d{5}\.xml$/u.test(n))).toBe(true);
    expect(names.some((n) => /^\/en\/feeds\/topics\/[^/]+\.json$/u.test(n))).toBe(true);
    expect(names.some((n) => /^\/en\/feeds\/districts\/\d{5}\.json$/u.test(n))).toBe(true);
  });

  test('each RSS feed is RSS 2.0 and each JSON feed is JSON Feed to a real parser', async () => {
    const wrong: string[] = [];
    for (const file of feedFiles) {
      const { format } = parseFeed(await readFile(file, 'utf8'));
      const expected = file.endsWith('.xml') ? 'rss' : 'json';
      if (format !== expected) wrong.push(`${relative(dir, file)}: ${format}`);
    }
    expect(wrong).toEqual([]);
  });

  test('every entry has a title, a summary and an absolute link to a page of the build', async () => {
    const wrong: string[] = [];
    let entries = 0;
    for (const file of feedFiles) {
      const parsed = parseFeed(await readFile(file, 'utf8'));
      const name = relative(dir, file);
      if (parsed.format === 'rss') {
        const channel = parsed.feed;
        if (!isAbsoluteOnSite(channel.link) || !fileFor(dir, channel.link!, origin))
          wrong.push(`${name}: channel link`);
        for (const item of channel.items ?? []) {
          entries++;
          if (!item.title) wrong.push(`${name}: item without title`);
          if (!item.description) wrong.push(`${name}: ${item.title} without summary`);
          if (!isAbsoluteOnSite(item.link) || !fileFor(dir, item.link!, origin))
            wrong.push(`${name}: ${item.link} not in the build`);
          if (item.guid?.value !== item.link) wrong.push(`${name}: guid ${item.guid?.value}`);
          if (!item.pubDate) wrong.push(`${name}: ${item.title} without date`);
        }
      } else if (parsed.format === 'json') {
        const feed = parsed.feed;
        if (!isAbsoluteOnSite(feed.feed_url) || !fileFor(dir, feed.feed_url!, origin)) wrong.push(`${name}: feed_url`);
        for (const item of feed.items ?? []) {
          entries++;
          if (!item.summary) wrong.push(`${name}: ${item.id} without summary`);
          if (!isAbsoluteOnSite(item.url) || !fileFor(dir, item.url!, origin))
            wrong.push(`${name}: ${item.url} not in the build`);
          if (!item.date_published) wrong.push(`${name}: ${item.id} without date`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(entries).toBeGreaterThan(0);
  });

  // Whatever collection they belong to: a collection new in the registry must not get an empty feed.
  test('every entry page is in the feed of its section and in the feed of everything (below their limit)', async () => {
    const urls = new Map<string, Set<string>>();
    const feedUrls = async (file: string) => {
      if (!urls.has(file)) {
        const parsed = existsSync(file) ? parseFeed(await readFile(file, 'utf8')) : undefined;
        const items = parsed?.format === 'json' ? (parsed.feed.items ?? []) : [];
        // A full feed is cut to its newest entries: it need not hold them all.
        urls.set(file, new Set(items.length < FEED_LIMIT ? items.map((i) => i.url!) : ['*']));
      }
      return urls.get(file)!;
    };
    const missing: string[] = [];
    let entryPages = 0;
    for (const page of await htmlPages(dir)) {
      if (!isEntryPage(await readFile(page.file, 'utf8'))) continue;
      entryPages++;
      const [first, second] = page.path.split('/').filter(Boolean);
      const [prefix, section] = first === 'en' ? ['en/', second] : ['', first];
      for (const feed of [section, prefix ? 'all' : 'alles']) {
        const held = await feedUrls(join(dir, `${prefix}feeds/${feed}.json`));
        if (!held.has('*') && !held.has(`${origin}${page.path}`))
          missing.push(`${page.path} not in ${prefix}feeds/${feed}.json`);
      }
    }
    expect(missing).toEqual([]);
    expect(entryPages).toBeGreaterThan(0);
  });

  test('a topic feed holds the newest entries of that topic, the same as in the feed of everything', async () => {
    const all = parseFeed(await readFile(join(dir, 'feeds/alles.json'), 'utf8'));
    const topicFile = feedFiles.find((f) => /\/feeds\/themen\/[^/]+\.json$/u.test(f))!;
    const topic = parseFeed(await readFile(topicFile, 'utf8'));
    if (all.format !== 'json' || topic.format !== 'json') throw new Error('expected JSON feeds');
    const label = topic.feed.title!.split(': ').pop()!;
    const items = topic.feed.items ?? [];
    // Every entry carries the topic, newest first.
    for (const i of items) expect(i.tags).toContain(label);
    const dates = items.map((i) => Date.parse(i.date_published!));
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    // Both feeds are cut to their newest entries: where they overlap in time, they agree.
    const since = Math.max(
      dates.at(-1) ?? 0,
      ...(all.feed.items ?? []).slice(-1).map((i) => Date.parse(i.date_published!)),
    );
    const newer = (i: { date_published?: string }) => Date.parse(i.date_published!) > since;
    const fromAll = (all.feed.items ?? []).filter((i) => i.tags?.includes(label) && newer(i)).map((i) => i.url);
    expect(items.filter(newer).map((i) => i.url)).toEqual(fromAll);
  });

  test('every page links its feeds for autodiscovery, and they exist', async () => {
    const wrong: string[] = [];
    let topicPages = 0;
    for (const page of await htmlPages(dir)) {
      const head = await readHead(page.file);
      const feeds = head.links.filter(
        (l) => l.rel === 'alternate' && (l.type === 'application/rss+xml' || l.type === 'application/feed+json'),
      );
      if (feeds.length === 0) wrong.push(`${page.path}: no feed link`);
      for (const f of feeds)
        if (!f.href || !fileFor(dir, f.href, origin)) wrong.push(`${page.path}: ${f.href} missing`);
      if (/^\/themen\/[^/]+\/$/u.test(page.path)) {
        topicPages++;
        const key = page.path.split('/')[2];
        if (!feeds.some((f) => f.href === `/feeds/themen/${key}.xml`)) wrong.push(`${page.path}: no topic feed`);
      }
      if (/^\/en\/districts\/[^/]+-\d{5}\/$/u.test(page.path)) {
        const ags = /-(\d{5})\/$/u.exec(page.path)![1];
        if (!feeds.some((f) => f.href === `/en/feeds/districts/${ags}.xml`))
          wrong.push(`${page.path}: no district feed`);
      }
    }
    expect(wrong).toEqual([]);
    expect(topicPages).toBeGreaterThan(0);
  });
});
