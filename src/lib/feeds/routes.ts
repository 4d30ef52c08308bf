/** What the feed routes under src/pages/feeds and src/pages/en/feeds share: their paths and responses. */
import rss from '@astrojs/rss';
import { site } from '../../config/site.ts';
import { path, SECTIONS, type Lang } from '../i18n.ts';
import {
  feedDefinitions,
  feedDescription,
  feedPath,
  feedTitle,
  itemsFor,
  KIND_SECTION,
  type FeedDef,
  type FeedKind,
  type FeedScope,
} from './catalogue.ts';
import { feedItems, feedScopes } from './items.ts';
import { toJsonFeed } from './jsonfeed.ts';
import { rssOptions } from './rss.ts';
import { LOCALE } from '../../config/languages.ts';
import { keyed } from '../pageCache.ts';

const abs = (p: string) => new URL(p, site.url).href;

/** The page a feed belongs to. */
export function feedHomePage(lang: Lang, scope: FeedScope): string {
  switch (scope.type) {
    case 'all':
      return path(lang, 'home');
    case 'kind':
      return path(lang, KIND_SECTION[scope.kind]);
    case 'topic':
      return path(lang, 'topics', scope.id);
    case 'district':
      return `${path(lang, 'districts')}${scope.slug}/`;
  }
}

export async function allFeeds(lang: Lang): Promise<FeedDef[]> {
  const { topics, districts } = await feedScopes(lang);
  return feedDefinitions(lang, topics, districts);
}

export async function feedStaticPaths(lang: Lang) {
  return keyed((await allFeeds(lang)).map((def) => ({ params: { feed: def.key }, props: { def } })));
}

async function parts(def: FeedDef) {
  return {
    title: feedTitle(def.lang, def.scope),
    description: feedDescription(def.lang, def.scope),
    homePage: abs(feedHomePage(def.lang, def.scope)),
    items: itemsFor(def.scope, await feedItems(def.lang)),
  };
}

export async function rssResponse(def: FeedDef): Promise<Response> {
  const p = await parts(def);
  const response = await rss(
    rssOptions({
      ...p,
      feedUrl: abs(feedPath(def.lang, def.key, 'rss')),
      lang: LOCALE[def.lang],
    }),
  );
  response.headers.set('content-type', 'application/rss+xml; charset=utf-8');
  return response;
}

export async function jsonFeedResponse(def: FeedDef): Promise<Response> {
  const p = await parts(def);
  const feed = toJsonFeed({
    ...p,
    feedUrl: abs(feedPath(def.lang, def.key, 'json')),
    lang: def.lang,
    icon: abs('/og/logo.png'),
    publisher: { name: site.operator.name, url: site.operator.url ?? `${site.url.replace(/\/+$/u, '')}/` },
  });
  return new Response(JSON.stringify(feed, null, 1), {
    headers: { 'content-type': 'application/feed+json; charset=utf-8' },
  });
}

/** Section segment of a kind (for the overview page's labels). */
export function kindSegment(lang: Lang, kind: FeedKind): string {
  return SECTIONS[KIND_SECTION[kind]][lang];
}
