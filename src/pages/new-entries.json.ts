/**
 * /new-entries.json — every published entry, machine-readable, for the newsletter digest
 * (scripts/digest.ts) and the preference page's choices. Drafts and entries dated in the
 * future are left out by `published(…, 'export')`, in `astro dev` too.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { site } from '../config/site.ts';
import { allDistricts, ids, LOCALISED, published, publishedReports, urlOf } from '../lib/entries.ts';
import { path, LANGS } from '../lib/i18n.ts';
import { FEED_VERSION, shorten, sortEntries, type Feed, type FeedEntry } from '../lib/newsletter/feed.ts';

const absolute = (href: string) => new URL(href, site.url).href;

export const GET: APIRoute = async () => {
  const entries: FeedEntry[] = [];
  for (const collection of LOCALISED) {
    for (const entry of await published(collection, undefined, 'export')) {
      entries.push({
        id: `${collection}/${entry.id}`,
        kind: collection,
        lang: entry.data.lang,
        title: entry.data.title,
        teaser: entry.data.teaser,
        url: absolute(urlOf(collection, entry)),
        date: entry.data.publishedAt.toISOString(),
        topics: ids(entry.data.topics),
        districts: ids(entry.data.districts),
      });
    }
  }
  // A report carries both languages in one entry; each language's readers get it in theirs.
  for (const report of await publishedReports('export')) {
    for (const lang of LANGS) {
      entries.push({
        id: `reports/${lang}/${report.id}`,
        kind: 'reports',
        lang,
        title: lang === 'en' && report.data.titleEn ? report.data.titleEn : report.data.title,
        teaser: shorten((lang === 'en' && report.data.abstract.en) || report.data.abstract.de, 300),
        url: absolute(path(lang, 'reports', report.id)),
        date: report.data.publishedAt.toISOString(),
        topics: ids(report.data.topics),
        districts: ids(report.data.districts),
      });
    }
  }

  const topics = (await getCollection('topics'))
    .map((t) => ({ id: t.id, label: { de: t.data.label.de, en: t.data.label.en } }))
    .sort((a, b) => a.label.de.localeCompare(b.label.de, 'de'));
  const districts = (await allDistricts()).map((d) => ({ ags: d.facts.ags, name: d.facts.name }));

  const feed: Feed = {
    version: FEED_VERSION,
    generatedAt: new Date().toISOString(),
    site: site.url,
    topics,
    districts,
    entries: sortEntries(entries),
  };
  return new Response(JSON.stringify(feed, null, 1), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
