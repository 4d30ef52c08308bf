/**
 * Access to the content collections for pages: published entries only (drafts and
 * scheduled entries appear in dev), URLs, translations, district facts.
 *
 * Every list, reference, index, feed and export asks `visible()` (src/lib/publish.ts `isVisible`, the one
 * rule): `published()` and `publishedReports()` for lists, `visibleRef()` / `visibleRefs()` for references
 * from one entry to another. Outputs other programs take away pass `'export'`, which never includes a draft.
 */
import { getCollection, getEntry, type CollectionEntry, type CollectionKey } from 'astro:content';
import { buildNow, isPublished, isVisible, type Audience } from './publish.ts';
import { otherLang, path, type Lang } from './i18n.ts';
import { LOCALISED, sectionOf, type LocalisedCollection } from '../config/collections.ts';
import { districtFacts, districtSlug, type DistrictFacts } from './districts.ts';

export { LOCALISED, type LocalisedCollection };
export type Entry<C extends LocalisedCollection> = CollectionEntry<C>;
export type AnyLocalisedEntry = { [C in LocalisedCollection]: Entry<C> }[LocalisedCollection];

// True under `astro dev` only, whatever NODE_ENV says (see src/integrations/previewMode.ts).
const preview = import.meta.env.PRAXIS_PREVIEW === true;
const now = buildNow();

/** May this entry appear in this output? (`page` by default; `export` for feeds, open data, newsletter data.) */
export function visible(entry: { collection: string; data: unknown }, audience: Audience = 'page'): boolean {
  return isVisible(entry, { now, preview, audience });
}

/**
 * A localised collection's entries, read once per production build. Every page asks for them, and Astro warns
 * at every read of an empty collection — dialogues may have none — so a build printed that warning per page.
 * The dev server reads anew each time, so edits show.
 */
const collections = new Map<string, Promise<unknown[]>>();
function entriesOf<C extends LocalisedCollection>(collection: C): Promise<Entry<C>[]> {
  if (!import.meta.env.PROD) return getCollection(collection) as Promise<Entry<C>[]>;
  let all = collections.get(collection);
  if (!all) {
    all = getCollection(collection);
    collections.set(collection, all);
  }
  return all as Promise<Entry<C>[]>;
}

/**
 * A list computed once per production build under `key` (every page asks for the same few lists: filtering and
 * sorting them per page grew with pages × entries), anew each time in dev. Callers get a copy they may change.
 */
const lists = new Map<string, Promise<unknown[]>>();
async function once<T>(key: string, compute: () => Promise<T[]>): Promise<T[]> {
  if (!import.meta.env.PROD) return compute();
  let list = lists.get(key);
  if (!list) {
    list = compute();
    lists.set(key, list);
  }
  return [...((await list) as T[])];
}

/** Published entries of a localised collection, optionally in one language, newest first. */
export async function published<C extends LocalisedCollection>(
  collection: C,
  lang?: Lang,
  audience: Audience = 'page',
): Promise<Entry<C>[]> {
  return once(`${collection} ${lang ?? '*'} ${audience}`, async () =>
    (await entriesOf(collection))
      .filter((e) => visible(e, audience) && (lang === undefined || e.data.lang === lang))
      .sort((a, b) => b.data.publishedAt.getTime() - a.data.publishedAt.getTime() || a.id.localeCompare(b.id)),
  );
}

/** Published reports, newest first. */
export async function publishedReports(audience: Audience = 'page'): Promise<CollectionEntry<'reports'>[]> {
  return once(`reports ${audience}`, async () =>
    (await getCollection('reports'))
      .filter((e) => visible(e, audience))
      .sort((a, b) => (b.data.year ?? 0) - (a.data.year ?? 0) || a.data.title.localeCompare(b.data.title, 'de')),
  );
}

/**
 * The entry a reference points at (Astro's `getEntry`), read once per production build, anew each time in dev:
 * `getEntry` imports a module and resolves the entry's images on every call, and the cards of a list ask for the
 * same few topics on page after page.
 */
const byRef = new Map<string, Promise<unknown>>();
export function entryOf<C extends CollectionKey>(ref: {
  collection: C;
  id: string;
}): Promise<CollectionEntry<C> | undefined> {
  const read = () => getEntry(ref.collection, ref.id as never) as Promise<CollectionEntry<C> | undefined>;
  if (!import.meta.env.PROD) return read();
  const key = `${ref.collection}\0${ref.id}`;
  let entry = byRef.get(key);
  if (!entry) {
    entry = read();
    byRef.set(key, entry);
  }
  return entry as Promise<CollectionEntry<C> | undefined>;
}

/** The entries some references point at (`entryOf`), in the order given; missing ones are left out. */
export async function entriesOfRefs<C extends CollectionKey>(
  refs: readonly { collection: C; id: string }[],
): Promise<CollectionEntry<C>[]> {
  return (await Promise.all(refs.map((r) => entryOf(r)))).filter((e) => e !== undefined);
}

/** The entry a reference points at, if it exists and is visible here; `undefined` otherwise. */
export async function visibleRef<C extends CollectionKey>(
  ref: { collection: C; id: string } | undefined,
  audience: Audience = 'page',
): Promise<CollectionEntry<C> | undefined> {
  if (!ref) return undefined;
  const entry = await entryOf(ref);
  return entry && visible(entry, audience) ? entry : undefined;
}

/** The entries some references point at that exist and are visible here, in the order given. */
export async function visibleRefs<C extends CollectionKey>(
  refs: readonly { collection: C; id: string }[] | undefined,
  audience: Audience = 'page',
): Promise<CollectionEntry<C>[]> {
  const found = await Promise.all((refs ?? []).map((r) => visibleRef(r, audience)));
  return found.filter((e) => e !== undefined);
}

/** The URL slug of a localised entry: its id without the language folder. */
export function slugOf(entry: { id: string }): string {
  return entry.id.replace(/^(de|en)\//u, '');
}

/** Site-relative URL of a localised entry, in its own language. */
export function urlOf(collection: LocalisedCollection, entry: { id: string; data: { lang: Lang } }): string {
  return path(entry.data.lang, sectionOf(collection), slugOf(entry));
}

/** The published translation of an entry, if there is one. */
export async function translationOf<C extends LocalisedCollection>(
  collection: C,
  entry: Entry<C>,
  audience: Audience = 'page',
): Promise<Entry<C> | undefined> {
  const ref = entry.data.translation as { id: string } | undefined;
  if (!ref) return undefined;
  return (await visibleRef({ collection, id: ref.id } as { collection: C; id: string }, audience)) as
    Entry<C> | undefined;
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
    : path(otherLang(entry.data.lang), sectionOf(collection));
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

/** Is this entry a draft or scheduled, i.e. only visible in the dev preview? (For the draft notice.) */
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
  return once('districts', async () =>
    (await getCollection('districts'))
      .map((entry) => {
        const facts = districtFacts(entry.data.ags);
        // The schema already rejected unknown keys; this guards against a package update.
        if (!facts) throw new Error(`content/districts: AGS ${entry.data.ags} not in landkreise-deutschland`);
        return { entry, facts, slug: districtSlug(facts) };
      })
      .sort((a, b) => a.facts.name.localeCompare(b.facts.name, 'de')),
  );
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
