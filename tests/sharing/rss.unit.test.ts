/**
 * The site's RSS writer (src/lib/feeds/rss.ts) writes the bytes @astrojs/rss wrote from the same feed, which the
 * site used until the build wrote its feeds itself: arbitrary channels and items — nasty text in every field,
 * empty fields, no items, several authors and topics — through both, compared as strings. Authors begin with a
 * letter here: @astrojs/rss read them back from XML with fast-xml-parser, which turned a name like `1e3` into the
 * number 1000; the site's writer keeps the name.
 */
import fc from 'fast-check';
import { getRssString, type RSSOptions } from '@astrojs/rss';
import { describe, expect, test } from 'vitest';
import { rssXml, type RssChannel } from '../../src/lib/feeds/rss.ts';
import type { FeedItem } from '../../src/lib/feeds/catalogue.ts';
import { escapeHtml, escapeXmlAttr, escapeXmlText, oneLine } from '../../src/lib/outputText.ts';

const RUNS = 500;

/** The options the site gave @astrojs/rss for a feed (src/lib/feeds/rss.ts before it wrote the XML itself). */
function astroRssOptions(c: RssChannel): RSSOptions {
  const newest = c.items[0]?.updated ?? c.items[0]?.published;
  return {
    title: oneLine(c.title),
    description: oneLine(c.description),
    site: c.homePage,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: [
      `<language>${escapeXmlText(c.lang)}</language>`,
      `<atom:link href="${escapeXmlAttr(c.feedUrl)}" rel="self" type="application/rss+xml"/>`,
      newest ? `<lastBuildDate>${newest.toUTCString()}</lastBuildDate>` : '',
    ].join(''),
    items: c.items.map((i) => ({
      title: oneLine(i.title),
      link: i.url,
      description: escapeHtml(oneLine(i.summary)),
      pubDate: i.published,
      categories: i.topics.map((t) => oneLine(t.label)),
      customData: i.authors.map((a) => `<dc:creator>${escapeXmlText(oneLine(a))}</dc:creator>`).join(''),
    })),
  };
}

const NASTY = ['', ' ', '\t', '\n', '\r\n', '\u0000', '\u0008', '\uFFFE', '\uD800', '"', "'", '<', '>', '&', '&amp;'];
const unit = fc.oneof(
  { arbitrary: fc.constantFrom(...NASTY, ']]>', '<b>', 'ä', '€', '„', '😀', 'e\u0301'), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 1 }), weight: 2 },
);
const text = fc.string({ unit, maxLength: 30 });
const date = fc.date({
  min: new Date('2000-01-01T00:00:00Z'),
  max: new Date('2040-12-31T00:00:00Z'),
  noInvalidDate: true,
});
const slug = fc.stringMatching(/^[a-z0-9-]{1,20}$/u);

const item: fc.Arbitrary<FeedItem> = fc.record({
  kind: fc.constant('practices' as const),
  url: slug.map((s) => `https://praxisdialog.example/praxis/${s}/?a=1&b=2`),
  title: text,
  summary: text,
  published: date,
  updated: fc.option(date, { nil: undefined }),
  topics: fc.array(fc.record({ id: slug, label: text }), { maxLength: 3 }),
  districts: fc.constant([]),
  authors: fc.array(
    text.map((t) => `A${t}`),
    { maxLength: 3 },
  ),
  lang: fc.constantFrom('de' as const, 'en' as const),
});

const channel: fc.Arbitrary<RssChannel> = fc.record({
  title: text,
  description: text,
  homePage: fc.constantFrom('https://praxisdialog.example/', 'https://praxisdialog.example/en/themen/x/'),
  feedUrl: slug.map((s) => `https://praxisdialog.example/feeds/${s}.xml?x="1"&y='2'`),
  lang: fc.constantFrom('de-DE', 'en-GB'),
  items: fc.array(item, { maxLength: 4 }),
});

describe('RSS: the same bytes as @astrojs/rss wrote', () => {
  test(`${RUNS} arbitrary feeds`, async () => {
    await fc.assert(
      fc.asyncProperty(channel, async (c) => {
        expect(rssXml(c)).toBe(await getRssString(astroRssOptions(c)));
      }),
      { numRuns: RUNS },
    );
  });

  test('a feed without items has no lastBuildDate and no item', async () => {
    const c: RssChannel = {
      title: 'Praxisdialog – Alles Neue',
      description: 'Alle neuen Einträge',
      homePage: 'https://praxisdialog.example/',
      feedUrl: 'https://praxisdialog.example/feeds/alles.xml',
      lang: 'de-DE',
      items: [],
    };
    const xml = rssXml(c);
    expect(xml).toBe(await getRssString(astroRssOptions(c)));
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" ' +
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Praxisdialog – Alles Neue</title>' +
        '<description>Alle neuen Einträge</description><link>https://praxisdialog.example/</link>' +
        '<language>de-DE</language><atom:link href="https://praxisdialog.example/feeds/alles.xml" rel="self" ' +
        'type="application/rss+xml"/></channel></rss>',
    );
  });
});
