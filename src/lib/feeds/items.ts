/** Published entries of one language as feed items (reads the content collections). */
import { getCollection } from 'astro:content';
import { site } from '../../config/site.ts';
import { LOCALISED, type LocalisedCollection, type PublishableCollection } from '../../config/collections.ts';
import { districtsIn } from '../districtIndex.ts';
import { allDistricts, ids, published, publishedReports, urlOf, visibleRefs } from '../entries.ts';
import { path, pick, type Lang } from '../i18n.ts';
import { ogImageFor } from '../og/pages.ts';
import type { FeedItem } from './catalogue.ts';

const abs = (p: string) => new URL(p, site.url).href;

/** "First sentences …" of a long text, cut at a word. */
export function summarise(text: string, max = 300): string {
  const clean = text.replace(/\s+/gu, ' ').trim();
  if (clean.length <= max) return clean;
  return `${clean.slice(0, max).replace(/\s+\S*$/u, '')} …`;
}

let memo: Map<Lang, Promise<FeedItem[]>> | undefined;

async function load(lang: Lang): Promise<FeedItem[]> {
  const topics = new Map((await getCollection('topics')).map((t) => [t.id, t.data.label[lang]]));
  const topicRefs = (refs: readonly { id: string }[]) => ids(refs).map((id) => ({ id, label: topics.get(id) ?? id }));
  const names = async (refs: readonly { id: string; collection: 'people' }[]) =>
    (await visibleRefs(refs, 'export')).map((p) => p.data.name);
  const items: FeedItem[] = [];
  const base = async (
    kind: FeedItem['kind'],
    href: string,
    e: { title: string; teaser: string; publishedAt: Date; updatedAt?: Date | undefined; lang: Lang },
  ) => ({
    kind,
    url: abs(href),
    title: e.title,
    summary: summarise(e.teaser),
    published: e.publishedAt,
    updated: e.updatedAt,
    image: await ogImageFor(href),
    lang: e.lang,
  });

  // Every localised collection of the registry the same way (a new one needs no line here); what differs between
  // them is only whether the schema has topics and authors. Districts are every district the entry refers to,
  // wherever its schema puts them (a project's phases too).
  const localised = async (c: LocalisedCollection) => {
    for (const e of await published(c, lang, 'export')) {
      const d = e.data;
      items.push({
        ...(await base(c, urlOf(c, e), d)),
        topics: topicRefs('topics' in d ? d.topics : []),
        districts: districtsIn(d),
        authors: 'authors' in d ? await names(d.authors) : [],
      });
    }
  };
  // The others, one by one: a publishable collection with neither a file per language nor a line here is a type error.
  const others: Record<Exclude<PublishableCollection, LocalisedCollection>, () => Promise<void>> = {
    reports: async () => {
      // A report carries both languages in one entry: each language's feeds get it in theirs.
      for (const r of await publishedReports('export')) {
        const abstract = pick(r.data.abstract, lang);
        const href = path(lang, 'reports', r.id);
        items.push({
          kind: 'reports',
          url: abs(href),
          title: lang === 'en' && r.data.titleEn ? r.data.titleEn : r.data.title,
          summary: summarise(abstract?.text ?? r.data.title),
          published: r.data.publishedAt,
          topics: topicRefs(r.data.topics),
          districts: ids(r.data.districts),
          authors: [...(await names(r.data.authors)), ...r.data.authorNames],
          image: await ogImageFor(href),
          lang: abstract?.lang ?? lang,
        });
      }
    },
  };
  for (const c of LOCALISED) await localised(c);
  for (const add of Object.values(others)) await add();
  return items.sort((a, b) => b.published.getTime() - a.published.getTime() || a.url.localeCompare(b.url));
}

/** Every published entry of a language, newest first; computed once per build. */
export function feedItems(lang: Lang): Promise<FeedItem[]> {
  if (import.meta.env.DEV) return load(lang);
  memo ??= new Map();
  let items = memo.get(lang);
  if (!items) {
    items = load(lang);
    memo.set(lang, items);
  }
  return items;
}

export interface FeedScopes {
  topics: { id: string; label: string }[];
  districts: { ags: string; name: string; slug: string }[];
}
let scopesMemo: Map<Lang, Promise<FeedScopes>> | undefined;

/** Topics and districts that get a feed: all topics, and every district with an entry page. Once per build. */
export function feedScopes(lang: Lang): Promise<FeedScopes> {
  if (import.meta.env.DEV) return loadScopes(lang);
  scopesMemo ??= new Map();
  let scopes = scopesMemo.get(lang);
  if (!scopes) {
    scopes = loadScopes(lang);
    scopesMemo.set(lang, scopes);
  }
  return scopes;
}

async function loadScopes(lang: Lang): Promise<FeedScopes> {
  const topics = (await getCollection('topics'))
    .map((t) => ({ id: t.id, label: t.data.label[lang] }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));
  const districts = (await allDistricts()).map((d) => ({ ags: d.facts.ags, name: d.facts.name, slug: d.slug }));
  return { topics, districts };
}
