/** Options for @astrojs/rss: channel with language and self link, items with absolute links, summary, topics and authors. */
import type { RSSOptions } from '@astrojs/rss';
import type { FeedItem } from './catalogue.ts';

const xml = (s: string) =>
  s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

export function rssOptions(options: {
  title: string;
  description: string;
  /** Absolute address of the page the feed belongs to (the channel's link). */
  homePage: string;
  /** Absolute address of this feed (atom:link rel="self"). */
  feedUrl: string;
  /** RSS language code, e.g. "de-DE". */
  lang: string;
  items: readonly FeedItem[];
}): RSSOptions {
  const newest = options.items[0]?.updated ?? options.items[0]?.published;
  return {
    title: options.title,
    description: options.description,
    site: options.homePage,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: [
      `<language>${xml(options.lang)}</language>`,
      `<atom:link href="${xml(options.feedUrl)}" rel="self" type="application/rss+xml"/>`,
      // The newest entry's date, not the clock: an unchanged site builds an unchanged feed.
      newest ? `<lastBuildDate>${newest.toUTCString()}</lastBuildDate>` : '',
    ].join(''),
    items: options.items.map((i) => ({
      title: i.title,
      link: i.url,
      description: i.summary,
      pubDate: i.published,
      categories: i.topics.map((t) => t.label),
      customData: i.authors.map((a) => `<dc:creator>${xml(a)}</dc:creator>`).join(''),
    })),
  };
}
