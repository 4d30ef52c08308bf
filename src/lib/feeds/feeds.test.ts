import { describe, expect, test } from 'vitest';
import { parseFeed } from 'feedsmith';
import { COLLECTION_SPECS, PUBLISHABLE } from '../../config/collections.ts';
import { feedDefinitions, feedPath, feedsForPage, itemsFor, type FeedItem } from './catalogue.ts';
import { toJsonFeed } from './jsonfeed.ts';

const item = (n: number, over: Partial<FeedItem> = {}): FeedItem => ({
  kind: 'practices',
  url: `https://praxisdialog.example/praxis/p${n}/`,
  title: `Praxis ${n}`,
  summary: `Zusammenfassung ${n}`,
  published: new Date(Date.UTC(2025, 0, n)),
  topics: [{ id: 'beteiligung', label: 'Beteiligung' }],
  districts: ['06435'],
  authors: [],
  lang: 'de',
  ...over,
});

describe('feed catalogue', () => {
  const defs = feedDefinitions(
    'de',
    [{ id: 'beteiligung', label: 'Beteiligung' }],
    [{ ags: '06435', name: 'Main-Kinzig-Kreis', slug: 'main-kinzig-kreis-06435' }],
  );

  test('one feed of everything, one per kind, topic and district, named after the site’s sections', () => {
    const keys = defs.map((d) => d.key);
    // One per publishable collection of the registry, named by its German section segment…
    expect(keys).toEqual([
      'alles',
      ...PUBLISHABLE.map((c) => COLLECTION_SPECS[c].segments.de),
      'themen/beteiligung',
      'kreise/06435',
    ]);
    // …which are, among others, these.
    expect(keys).toEqual(expect.arrayContaining(['blog', 'praxis', 'berichte', 'projekte', 'dialoge']));
    expect(feedPath('en', 'districts/06435', 'json')).toBe('/en/feeds/districts/06435.json');
  });

  test('a feed keeps its own entries, newest first, at most the limit', () => {
    const items = [
      item(1),
      item(3, { kind: 'posts', topics: [] }),
      item(2, { districts: ['16065'] }),
      ...Array.from({ length: 60 }, (_, i) => item(10 + i, { kind: 'reports', topics: [], districts: [] })),
    ];
    const byKey = (k: string) => itemsFor(defs.find((d) => d.key === k)!.scope, items);
    expect(byKey('themen/beteiligung').map((i) => i.title)).toEqual(['Praxis 2', 'Praxis 1']);
    expect(byKey('kreise/06435').map((i) => i.title)).toEqual(['Praxis 3', 'Praxis 1']);
    expect(byKey('blog').map((i) => i.title)).toEqual(['Praxis 3']);
    expect(byKey('alles')).toHaveLength(50);
    expect(byKey('alles')[0]!.title).toBe('Praxis 69');
  });

  test('pages advertise the feed of everything, and list, topic and district pages their own', () => {
    const hrefs = (path: string, lang: 'de' | 'en' = 'de') =>
      feedsForPage(
        lang,
        path,
        (id) => (id === 'beteiligung' ? 'Beteiligung' : undefined),
        (ags) => (ags === '06435' ? 'Main-Kinzig-Kreis' : undefined),
      ).map((f) => f.href);
    expect(hrefs('/')).toEqual(['/feeds/alles.xml', '/feeds/alles.json']);
    expect(hrefs('/praxis/2/')).toContain('/feeds/praxis.xml');
    expect(hrefs('/praxis/ein-eintrag/')).not.toContain('/feeds/praxis.xml');
    expect(hrefs('/themen/beteiligung/')).toContain('/feeds/themen/beteiligung.json');
    expect(hrefs('/en/districts/main-kinzig-kreis-06435/', 'en')).toContain('/en/feeds/districts/06435.xml');
    expect(hrefs('/themen/unbekannt/')).toEqual(['/feeds/alles.xml', '/feeds/alles.json']);
  });
});

describe('JSON Feed', () => {
  test('a real feed parser reads it as JSON Feed with absolute item addresses and summaries', () => {
    const feed = toJsonFeed({
      title: 'Praxisdialog – Alles Neue',
      description: 'Alles',
      homePage: 'https://praxisdialog.example/',
      feedUrl: 'https://praxisdialog.example/feeds/alles.json',
      lang: 'de',
      publisher: { name: 'Redaktion' },
      items: [item(1, { authors: ['Samuel Greef'] })],
    });
    const parsed = parseFeed(JSON.stringify(feed));
    expect(parsed.format).toBe('json');
    if (parsed.format !== 'json') return;
    expect(parsed.feed.items![0]).toMatchObject({
      id: 'https://praxisdialog.example/praxis/p1/',
      url: 'https://praxisdialog.example/praxis/p1/',
      summary: 'Zusammenfassung 1',
      tags: ['Beteiligung'],
    });
  });
});
