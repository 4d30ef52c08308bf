/** Everything that can be "related" on a page of one language, as RelatableItems with display data. */
import { ids, LOCALISED, published, publishedReports, urlOf } from './entries.ts';
import { path, pick, ui, type Lang } from './i18n.ts';
import { words, relatedTo, type RelatableItem } from './related.ts';

export interface RelatedCard extends RelatableItem {
  href: string;
  title: string;
  kind: string;
  teaser: string | undefined;
  date: Date | undefined;
}

const pools = new Map<Lang, Promise<RelatedCard[]>>();

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
      topics: ids(r.data.topics),
      districts: ids(r.data.districts),
      words: words(`${title} ${r.data.subtitle ?? ''} ${(r.data.keywords[lang] ?? []).join(' ')}`),
    });
  }
  return cards;
}

/** Entries related to the given one, in the given language. */
export async function relatedCards(lang: Lang, item: RelatableItem, limit = 3): Promise<RelatedCard[]> {
  if (!pools.has(lang)) pools.set(lang, build(lang));
  const pool = await pools.get(lang)!;
  return relatedTo(item, pool, limit);
}
