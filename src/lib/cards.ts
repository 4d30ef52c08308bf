/** Turning entries into list cards. */
import type { ImageMetadata } from 'astro';
import type { CollectionEntry } from 'astro:content';
import type { FieldKey } from '../config/fields.ts';
import { STATUSES } from '../config/status.ts';
import { districtFacts } from './districts.ts';
import { ids, isPreviewOnly, urlOf } from './entries.ts';
import { path, pick, ui, type Lang } from './i18n.ts';

/** What a list card shows (src/components/pages/ListPage.astro, EntryCard.astro). */
export interface Card {
  href: string;
  title: string;
  kind: string;
  teaser?: string | undefined;
  date?: Date | undefined;
  meta?: string | undefined;
  topics?: { id: string; collection: 'topics' }[];
  fields?: FieldKey[];
  textLang?: Lang | undefined;
  image?: { src: ImageMetadata; alt: string } | undefined;
  draft?: boolean | undefined;
}

const districtNames = (refs: { id: string }[]) =>
  ids(refs)
    .map((a) => districtFacts(a)?.name ?? a)
    .join(', ');

export function postCard(e: CollectionEntry<'posts'>): Card {
  const t = ui(e.data.lang);
  return {
    href: urlOf('posts', e),
    title: e.data.title,
    kind: t.kinds.posts,
    teaser: e.data.teaser,
    date: e.data.publishedAt,
    topics: e.data.topics,
    image: e.data.heroImage,
    draft: isPreviewOnly(e.data),
  };
}

export function practiceCard(e: CollectionEntry<'practices'>): Card {
  const lang = e.data.lang;
  const t = ui(lang);
  return {
    href: urlOf('practices', e),
    title: e.data.title,
    kind: `${t.kinds.practices} · ${STATUSES[e.data.status][lang]}`,
    teaser: e.data.teaser,
    meta: districtNames(e.data.districts),
    fields: e.data.fields,
    topics: e.data.topics,
    image: e.data.heroImage,
    draft: isPreviewOnly(e.data),
  };
}

export function projectCard(e: CollectionEntry<'projects'>): Card {
  const t = ui(e.data.lang);
  return {
    href: urlOf('projects', e),
    title: e.data.title,
    kind: t.kinds.projects,
    teaser: e.data.teaser,
    meta: e.data.lead.institution,
    topics: e.data.topics,
    draft: isPreviewOnly(e.data),
  };
}

export function dialogueCard(e: CollectionEntry<'dialogues'>): Card {
  const t = ui(e.data.lang);
  return {
    href: urlOf('dialogues', e),
    title: e.data.title,
    kind: `${t.kinds.dialogues} · ${t.dialogue.formats[e.data.format]}`,
    teaser: e.data.teaser,
    date: e.data.date,
    meta: e.data.place.online ? t.dialogue.online : e.data.place.name,
    topics: e.data.topics,
    draft: isPreviewOnly(e.data),
  };
}

export function reportCard(e: CollectionEntry<'reports'>, lang: Lang): Card {
  const t = ui(lang);
  const title = lang === 'en' && e.data.titleEn ? e.data.titleEn : e.data.title;
  const abstract = pick(e.data.abstract, lang);
  return {
    href: path(lang, 'reports', e.id),
    title,
    kind: t.report.kind[e.data.kind],
    teaser: abstract ? abstract.text.slice(0, 200).replace(/\s+\S*$/u, ' …') : undefined,
    textLang: abstract?.lang === lang ? undefined : abstract?.lang,
    meta: [e.data.publisher, e.data.year, districtNames(e.data.districts)].filter(Boolean).join(' · '),
    topics: e.data.topics,
    draft: isPreviewOnly(e.data),
  };
}

/** "3 Einträge" / "1 entry" / "noch keine Einträge": the count beside a topic or field link. */
export function entriesLabel(count: number, lang: Lang): string {
  const t = ui(lang).entryCount;
  return count === 0 ? t.none : count === 1 ? t.one : t.many.replace('{n}', String(count));
}
