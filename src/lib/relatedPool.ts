/** Everything that can be "related" on a page of one language, as RelatableItems with display data. */
import type { ImageMetadata } from 'astro';
import { ids, isPreviewOnly, LOCALISED, published, publishedReports, urlOf } from './entries.ts';
import { path, pick, ui, type Lang } from './i18n.ts';
import { words, relatedIn, relatedIndex, type RelatableItem, type RelatedIndex } from './related.ts';

export interface RelatedCard extends RelatableItem {
  href: string;
  title: string;
  kind: string;
  teaser: string | undefined;
  date: Date | undefined;
  /** The entry's hero image, as its card elsewhere shows it (src/lib/cards.ts). */
  image: { src: ImageMetadata; alt: string } | undefined;
  /** Shown only in the dev preview (a draft or scheduled entry): the card says so, as list cards do. */
  draft: boolean;
}

// One pool and its index per language and build: every entry page of the language looks into it.
const pools = new Map<Lang, Promise<RelatedIndex<RelatedCard>>>();

async function build(lang: Lang): Promise<RelatedCard[]> {
  const t = ui(lang);
  const cards: RelatedCard[] = [];
  for (const c of LOCALISED) {
    for (const e of await published(c, lang)) {
      const d = e.data;
      cards.push({
        key: `${c}/${e.id}`,
        href: urlOf(c, e),
        title: d.title,
        kind: t.kinds[c],
        teaser: d.teaser,
        date: d.publishedAt,
        image: 'heroImage' in d ? d.heroImage : undefined,
        draft: isPreviewOnly(d),
        topics: ids(d.topics),
        districts: ids(d.districts),
        words: words(`${d.title} ${d.teaser}`),
      });
    }
  }
  for (const r of await publishedReports()) {
    const abstract = pick(r.data.abstract, lang);
    const title = lang === 'en' && r.data.titleEn ? r.data.titleEn : r.data.title;
    cards.push({
      key: `reports/${r.id}`,
      href: path(lang, 'reports', r.id),
      title,
      kind: t.kinds.reports,
      teaser: abstract ? abstract.text.slice(0, 220).replace(/\s+\S*$/u, ' …') : undefined,
      date: undefined,
      image: undefined,
      draft: isPreviewOnly(r.data),
      topics: ids(r.data.topics),
      districts: ids(r.data.districts),
      words: words(`${title} ${r.data.subtitle ?? ''} ${(r.data.keywords[lang] ?? []).join(' ')}`),
    });
  }
  return cards;
}

/** Entries related to the given one, in the given language. */
export async function relatedCards(lang: Lang, item: RelatableItem, limit = 3): Promise<RelatedCard[]> {
  if (!pools.has(lang)) pools.set(lang, build(lang).then(relatedIndex));
  return relatedIn(item, await pools.get(lang)!, limit);
}
