/**
 * What the feed routes under src/pages/feeds and src/pages/en/feeds share: their paths and bodies. In a production
 * build the routes hand their files to the build (src/lib/buildFiles.ts) instead of rendering one at a time.
 */
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
  type FeedFormat,
  type FeedKind,
  type FeedScope,
} from './catalogue.ts';
import { feedItems, feedScopes } from './items.ts';
import { toJsonFeed } from './jsonfeed.ts';
import { rssXml } from './rss.ts';
import { LOCALE } from '../../config/languages.ts';
import { filesOrPaths, type BuildFile } from '../buildFiles.ts';

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

/**
 * The paths of a feed route (one language, one format). A production build takes the files from here at once
 * (src/lib/buildFiles.ts) and the route has no paths of its own then.
 */
export async function feedStaticPaths(lang: Lang, format: FeedFormat) {
  return filesOrPaths(
    await allFeeds(lang),
    (def) => feedFile(def, format),
    (def) => ({ params: { feed: def.key }, props: { def } }),
  );
}

const TYPE: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

/** One feed as a file of the site. */
export async function feedFile(def: FeedDef, format: FeedFormat): Promise<BuildFile> {
  return {
    pathname: feedPath(def.lang, def.key, format),
    type: TYPE[format],
    body: format === 'rss' ? await rssBody(def) : await jsonFeedBody(def),
  };
}

async function parts(def: FeedDef) {
  return {
    title: feedTitle(def.lang, def.scope),
    description: feedDescription(def.lang, def.scope),
    homePage: abs(feedHomePage(def.lang, def.scope)),
    items: itemsFor(def.scope, await feedItems(def.lang)),
  };
}

async function rssBody(def: FeedDef): Promise<string> {
  const p = await parts(def);
  return rssXml({ ...p, feedUrl: abs(feedPath(def.lang, def.key, 'rss')), lang: LOCALE[def.lang] });
}

async function jsonFeedBody(def: FeedDef): Promise<string> {
  const p = await parts(def);
  const feed = toJsonFeed({
    ...p,
    feedUrl: abs(feedPath(def.lang, def.key, 'json')),
    lang: def.lang,
    icon: abs('/og/logo.png'),
    publisher: { name: site.operator.name, url: site.operator.url ?? `${site.url.replace(/\/+$/u, '')}/` },
  });
  return JSON.stringify(feed, null, 1);
}

/** A feed as the response of its route (dev, and a build that does not take the files). */
export async function feedResponse(def: FeedDef, format: FeedFormat): Promise<Response> {
  const { body, type } = await feedFile(def, format);
  return new Response(body, { headers: { 'content-type': type } });
}

/** Section segment of a kind (for the overview page's labels). */
export function kindSegment(lang: Lang, kind: FeedKind): string {
  return SECTIONS[KIND_SECTION[kind]][lang];
}
