/**
 * Which feeds exist and where: per language one feed of everything new, one per kind of content,
 * per topic and per district, each as RSS 2.0 (`.xml`) and JSON Feed 1.1 (`.json`). Feed paths
 * follow the site's own section names, so a page's feed is found from its path:
 *
 *   /feeds/alles.xml            /en/feeds/all.xml
 *   /feeds/praxis.xml           /en/feeds/practices.xml        (blog, praxis, berichte, projekte, dialoge)
 *   /feeds/themen/<key>.xml     /en/feeds/topics/<key>.xml
 *   /feeds/kreise/<ags>.xml     /en/feeds/districts/<ags>.xml
 *
 * Pure: the routes and the page head pass in the topics, districts and items.
 */
import { site } from '../../config/site.ts';
import { PUBLISHABLE, sectionOf, type PublishableCollection } from '../../config/collections.ts';
import { SECTIONS, ui, type Lang, type Section } from '../i18n.ts';

/** Kinds of content that have a feed of their own. */
export const FEED_KINDS: readonly PublishableCollection[] = PUBLISHABLE;
export type FeedKind = PublishableCollection;

/** The site section listing each kind; its segment names the kind's feed. */
export const KIND_SECTION = Object.fromEntries(FEED_KINDS.map((k) => [k, sectionOf(k)])) as Record<FeedKind, Section>;

/** Name of the feed of everything, per language. */
export const ALL_FEED = { de: 'alles', en: 'all' } as const;

/** One published entry as feeds carry it. */
export interface FeedItem {
  kind: FeedKind;
  /** Absolute address of the entry's page; also its id. */
  url: string;
  title: string;
  /** One or two sentences. */
  summary: string;
  published: Date;
  updated?: Date | undefined;
  /** Topic ids and labels. */
  topics: { id: string; label: string }[];
  /** District keys (AGS). */
  districts: string[];
  authors: string[];
  /** Absolute address of the entry's social image. */
  image?: string | undefined;
  /** Language of the entry's text. */
  lang: Lang;
}

export type FeedScope =
  | { type: 'all' }
  | { type: 'kind'; kind: FeedKind }
  | { type: 'topic'; id: string; label: string }
  | { type: 'district'; ags: string; name: string; slug: string };

export interface FeedDef {
  lang: Lang;
  /** Route parameter: `alles`, `praxis`, `themen/beteiligung`, `kreise/06435`. */
  key: string;
  scope: FeedScope;
}

/** The route parameter of a feed (the part after `/feeds/` without extension). */
export function feedKey(lang: Lang, scope: FeedScope): string {
  switch (scope.type) {
    case 'all':
      return ALL_FEED[lang];
    case 'kind':
      return SECTIONS[KIND_SECTION[scope.kind]][lang];
    case 'topic':
      return `${SECTIONS.topics[lang]}/${scope.id}`;
    case 'district':
      return `${SECTIONS.districts[lang]}/${scope.ags}`;
  }
}

export type FeedFormat = 'rss' | 'json';

/** Site path of a feed file. */
export function feedPath(lang: Lang, key: string, format: FeedFormat): string {
  return `${lang === 'en' ? '/en' : ''}/feeds/${key}.${format === 'rss' ? 'xml' : 'json'}`;
}

/** Site path of the feeds' overview page. */
export function feedsPagePath(lang: Lang): string {
  return lang === 'en' ? '/en/feeds/' : '/feeds/';
}

/** Every feed of a language. */
export function feedDefinitions(
  lang: Lang,
  topics: { id: string; label: string }[],
  districts: { ags: string; name: string; slug: string }[],
): FeedDef[] {
  const scopes: FeedScope[] = [
    { type: 'all' },
    ...FEED_KINDS.map((kind) => ({ type: 'kind' as const, kind })),
    ...topics.map((t) => ({ type: 'topic' as const, ...t })),
    ...districts.map((d) => ({ type: 'district' as const, ...d })),
  ];
  return scopes.map((scope) => ({ lang, key: feedKey(lang, scope), scope }));
}

/** The items a feed carries, newest first, at most `limit`. */
export function itemsFor(scope: FeedScope, items: readonly FeedItem[], limit = 50): FeedItem[] {
  const keep = (i: FeedItem) => {
    switch (scope.type) {
      case 'all':
        return true;
      case 'kind':
        return i.kind === scope.kind;
      case 'topic':
        return i.topics.some((t) => t.id === scope.id);
      case 'district':
        return i.districts.includes(scope.ags);
    }
  };
  return items
    .filter(keep)
    .sort((a, b) => b.published.getTime() - a.published.getTime() || a.url.localeCompare(b.url))
    .slice(0, limit);
}

/** Title of a feed, e.g. "Praxisdialog – Thema: Beteiligung". */
export function feedTitle(lang: Lang, scope: FeedScope): string {
  const t = ui(lang);
  switch (scope.type) {
    case 'all':
      return `${site.name} – ${t.sharing.feeds.all}`;
    case 'kind':
      return `${site.name} – ${t.kindsPlural[scope.kind]}`;
    case 'topic':
      return `${site.name} – ${t.sharing.feeds.topic}: ${scope.label}`;
    case 'district':
      return `${site.name} – ${t.sharing.feeds.district}: ${scope.name}`;
  }
}

/** One-sentence description of a feed. */
export function feedDescription(lang: Lang, scope: FeedScope): string {
  const t = ui(lang);
  if (scope.type === 'all') return t.sharing.feeds.allDescription;
  const what =
    scope.type === 'kind'
      ? t.kindsPlural[scope.kind]
      : scope.type === 'topic'
        ? `${t.sharing.feeds.topic} ${scope.label}`
        : `${t.sharing.feeds.district} ${scope.name}`;
  return `${t.sharing.feeds.newIn}: ${what} – ${site.tagline[lang]}`;
}

export interface FeedLink {
  href: string;
  title: string;
  type: 'application/rss+xml' | 'application/feed+json';
}

/**
 * The feeds a page belongs to, for `<link rel="alternate">` autodiscovery: every page has its
 * language's feed of everything; a kind's list pages add that kind's feed, a topic page its topic's,
 * a district page its district's (the district's key ends its slug).
 */
export function feedsForPage(
  lang: Lang,
  pathname: string,
  topicLabel: (id: string) => string | undefined,
  districtName: (ags: string) => string | undefined,
): FeedLink[] {
  const segments = pathname.split('/').filter((s) => s !== '');
  const rest = lang === 'en' && segments[0] === 'en' ? segments.slice(1) : segments;
  const scopes: FeedScope[] = [{ type: 'all' }];
  const [first, second] = rest;
  const kind = FEED_KINDS.find((k) => SECTIONS[KIND_SECTION[k]][lang] === first);
  if (kind && (second === undefined || /^\d+$/u.test(second))) scopes.push({ type: 'kind', kind });
  if (first === SECTIONS.topics[lang] && second && rest.length === 2) {
    const label = topicLabel(second);
    if (label) scopes.push({ type: 'topic', id: second, label });
  }
  if (first === SECTIONS.districts[lang] && second && rest.length === 2) {
    const ags = /-(\d{5})$/u.exec(second)?.[1];
    const name = ags ? districtName(ags) : undefined;
    if (ags && name) scopes.push({ type: 'district', ags, name, slug: second });
  }
  return scopes.flatMap((scope) => {
    const key = feedKey(lang, scope);
    const name = feedTitle(lang, scope);
    return [
      { href: feedPath(lang, key, 'rss'), title: `${name} (RSS)`, type: 'application/rss+xml' as const },
      { href: feedPath(lang, key, 'json'), title: `${name} (JSON Feed)`, type: 'application/feed+json' as const },
    ];
  });
}
