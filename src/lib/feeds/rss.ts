/**
 * Options for @astrojs/rss: channel with language and self link, items with absolute links, summary, topics
 * and authors.
 *
 * What each field is, for a feed reader, and how it is written (@astrojs/rss escapes `<`, `&`, quotes once):
 * - titles, categories, authors: plain text, on one line (`oneLine`: characters XML forbids removed, line
 *   breaks and runs of spaces as one space, trimmed);
 * - `description`: HTML by RSS 2.0's rule ("entity-encoded HTML is allowed"), so the summary — which is text —
 *   is HTML-escaped first: a teaser with `<img onerror=…>` shows those characters, it never becomes markup.
 */
import type { RSSOptions } from '@astrojs/rss';
import type { FeedItem } from './catalogue.ts';
import { escapeHtml, escapeXmlAttr, escapeXmlText, oneLine } from '../outputText.ts';

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
    title: oneLine(options.title),
    description: oneLine(options.description),
    site: options.homePage,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: [
      `<language>${escapeXmlText(options.lang)}</language>`,
      `<atom:link href="${escapeXmlAttr(options.feedUrl)}" rel="self" type="application/rss+xml"/>`,
      // The newest entry's date, not the clock: an unchanged site builds an unchanged feed.
      newest ? `<lastBuildDate>${newest.toUTCString()}</lastBuildDate>` : '',
    ].join(''),
    items: options.items.map((i) => ({
      title: oneLine(i.title),
      link: i.url,
      description: escapeHtml(oneLine(i.summary)),
      pubDate: i.published,
      categories: i.topics.map((t) => oneLine(t.label)),
      customData: i.authors.map((a) => `<dc:creator>${escapeXmlText(oneLine(a))}</dc:creator>`).join(''),
    })),
  };
}
