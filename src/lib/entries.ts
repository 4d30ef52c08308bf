/**
 * Access to the content collections for pages: published entries only (drafts and
 * scheduled entries appear in dev), URLs, translations, district facts.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { buildNow, isPublished } from './publish.ts';
import { otherLang, path, type Lang, type Section } from './i18n.ts';
import { districtFacts, districtSlug, type DistrictFacts } from './districts.ts';

export type LocalisedCollection = 'posts' | 'practices' | 'projects' | 'dialogues';
export type Entry<C extends LocalisedCollection> = CollectionEntry<C>;
export type AnyLocalisedEntry = Entry<'posts'> | Entry<'practices'> | Entry<'projects'> | Entry<'dialogues'>;

// True under `astro dev` only, whatever NODE_ENV says (see src/integrations/previewMode.ts).
const preview = import.meta.env.PRAXIS_PREVIEW === true;
const now = buildNow();

/** Published entries of a localised collection, optionally in one language, newest first. */
export async function published<C extends LocalisedCollection>(collection: C, lang?: Lang): Promise<Entry<C>[]> {
  const all = (await getCollection(collection)) as Entry<C>[];
  return all
    .filter((e) => isPublished(e.data, { now, preview }) && (lang === undefined || e.data.lang === lang))
    .sort((a, b) => b.data.publishedAt.getTime() - a.data.publishedAt.getTime() || a.id.localeCompare(b.id));
}

/** Published reports, newest first. */
export async function publishedReports(): Promise<CollectionEntry<'reports'>[]> {
  const all = await getCollection('reports');
  return all
    .filter((e) => isPublished(e.data, { now, preview }))
    .sort((a, b) => (b.data.year ?? 0) - (a.data.year ?? 0) || a.data.title.localeCompare(b.data.title, 'de'));
}

/** The URL slug of a localised entry: its id without the language folder. */
export function slugOf(entry: { id: string }): string {
  return entry.id.replace(/^(de|en)\//u, '');
}

const SECTION_OF: Record<LocalisedCollection, Section> = {
  posts: 'blog',
  practices: 'practices',
  projects: 'projects',
  dialogues: 'dialogues',
};

/** Site-relative URL of a localised entry, in its own language. */
export function urlOf(collection: LocalisedCollection, entry: { id: string; data: { lang: Lang } }): string {
  return path(entry.data.lang, SECTION_OF[collection], slugOf(entry));
}

/** The published translation of an entry, if there is one. */
export async function translationOf<C extends LocalisedCollection>(
  collection: C,
  entry: Entry<C>,
): Promise<Entry<C> | undefined> {
  const ref = entry.data.translation as { id: string } | undefined;
  if (!ref) return undefined;
  const other = (await getEntry(collection, ref.id)) as Entry<C> | undefined;
  if (!other || !isPublished(other.data, { now, preview })) return undefined;
  return other;
}

/**
 * An entry page's published translation and the address of its language switch: the translation, or the
 * other language's section page when there is none.
 */
export async function translationAndAlternate<C extends LocalisedCollection>(
  collection: C,
  entry: Entry<C>,
): Promise<{ translation: Entry<C> | undefined; alternate: string }> {
  const translation = await translationOf(collection, entry);
  const alternate = translation
    ? urlOf(collection, translation)
    : path(otherLang(entry.data.lang), SECTION_OF[collection]);
  return { translation, alternate };
}

/** The entry for readers of `lang`: itself if it is in `lang`, else its published translation, else itself. */
export async function inLanguage<C extends LocalisedCollection>(
  collection: C,
  entry: Entry<C>,
  lang: Lang,
): Promise<Entry<C>> {
  if (entry.data.lang === lang) return entry;
  return (await translationOf(collection, entry)) ?? entry;
}

/** Is this entry a draft or scheduled, i.e. only visible in the dev preview? */
export function isPreviewOnly(data: { draft?: boolean; publishedAt: Date }): boolean {
  return !isPublished(data, { now, preview: false });
}

/** District entry joined with its figures from the statistics package. */
export interface District {
  entry: CollectionEntry<'districts'>;
  facts: DistrictFacts;
  slug: string;
}

export async function allDistricts(): Promise<District[]> {
  const entries = await getCollection('districts');
  return entries
    .map((entry) => {
      const facts = districtFacts(entry.data.ags);
      // The schema already rejected unknown keys; this guards against a package update.
      if (!facts) throw new Error(`content/districts: AGS ${entry.data.ags} not in landkreise-deutschland`);
      return { entry, facts, slug: districtSlug(facts) };
    })
    .sort((a, b) => a.facts.name.localeCompare(b.facts.name, 'de'));
}

/** The districts with these AGS, in name order; an AGS without a district entry is left out. */
export async function districtsOf(ags: readonly string[]): Promise<District[]> {
  return (await allDistricts()).filter((x) => ags.includes(x.facts.ags));
}

export function districtUrl(d: { slug: string }, lang: Lang): string {
  return path(lang, 'districts', d.slug);
}

/** Ids of referenced entries, e.g. `[{ id: 'x', collection: 'topics' }]` → `['x']`. */
export function ids(refs: readonly { id: string }[] | undefined): string[] {
  return (refs ?? []).map((r) => r.id);
}
