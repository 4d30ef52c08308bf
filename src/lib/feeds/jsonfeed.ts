/**
 * JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) beside each RSS feed. `summary` and `content_text`
 * are plain text by the spec; every text field is written as in the RSS feed (`oneLine`, src/lib/outputText.ts),
 * so both feeds carry the same text.
 */
import type { FeedItem } from './catalogue.ts';
import { oneLine } from '../outputText.ts';

export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  description: string;
  home_page_url: string;
  feed_url: string;
  language: string;
  icon?: string;
  authors: { name: string; url?: string }[];
  items: {
    id: string;
    url: string;
    title: string;
    summary: string;
    content_text: string;
    date_published: string;
    date_modified?: string;
    tags?: string[];
    authors?: { name: string }[];
    image?: string;
    language: string;
  }[];
}

export function toJsonFeed(options: {
  title: string;
  description: string;
  /** Absolute address of the page the feed belongs to. */
  homePage: string;
  /** Absolute address of this feed. */
  feedUrl: string;
  lang: string;
  icon?: string | undefined;
  publisher: { name: string; url?: string | undefined };
  items: readonly FeedItem[];
}): JsonFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: oneLine(options.title),
    description: oneLine(options.description),
    home_page_url: options.homePage,
    feed_url: options.feedUrl,
    language: options.lang,
    ...(options.icon ? { icon: options.icon } : {}),
    authors: [
      { name: oneLine(options.publisher.name), ...(options.publisher.url ? { url: options.publisher.url } : {}) },
    ],
    items: options.items.map((i) => ({
      id: i.url,
      url: i.url,
      title: oneLine(i.title),
      summary: oneLine(i.summary),
      content_text: oneLine(i.summary),
      date_published: i.published.toISOString(),
      ...(i.updated ? { date_modified: i.updated.toISOString() } : {}),
      ...(i.topics.length > 0 ? { tags: i.topics.map((t) => oneLine(t.label)) } : {}),
      ...(i.authors.length > 0 ? { authors: i.authors.map((name) => ({ name: oneLine(name) })) } : {}),
      ...(i.image ? { image: i.image } : {}),
      language: i.lang,
    })),
  };
}
