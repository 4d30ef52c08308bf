/**
 * The collection registry: every fact about a content collection except its schema, in one table.
 * The schema factory of each collection sits beside it in src/schemas/registry.ts (the schemas layer may
 * import this one, not the other way round); together they are what content.config.ts, the content check,
 * the scaffolder, the guide, the related-entries pool, feeds, newsletter kinds and the tests derive from.
 *
 * Adding a collection: a row here, a line in src/schemas/registry.ts, its schema file (texts a translation must
 * translate marked `.meta(TRANSLATE)`), its content folder and — if `pages` is not 'none' — its page routes under
 * src/pages/ (entry pages and the section's list page, which feeds and breadcrumbs link to); then
 * `npm run new -- --update-guide` adds its field table to the editors' guide. Nothing else needs to list it: feeds,
 * search records (with a `searchOrder`), social cards and the scaffolder take any localised collection.
 * Removing one needs nothing more: Astro's data store in the build cache would keep the removed collection's
 * entries and fail the next build, so a store made with other collections is dropped first (src/lib/dataStore.ts).
 *
 * Pure data with no imports beyond the languages, so that any layer (even browser code) may read it.
 */
import type { Lang } from './languages.ts';

export interface CollectionSpec {
  /** File format: MDX with frontmatter, or YAML. */
  format: 'mdx' | 'yaml';
  /** One file per language under `de/` and `en/`, each with `lang`, `translation`, `title`, `teaser`. */
  localised: boolean;
  /** Entries have `draft` and `publishedAt` (hidden until published; feeds and newsletter list them). */
  publishable: boolean;
  /** Key of the site section the collection's pages live in (`path(lang, section, …)` in src/lib/i18n.ts). */
  section: string;
  /** The section's URL segment per language (German at /, English under /en/). */
  segments: Record<Lang, string>;
  /**
   * Which pages the collection produces:
   * - `entry`: one page per entry, in the entry's own language (localised collections), at `<section>/<slug>`;
   * - `both`: one page per entry in each language, at `<section>/<id>`;
   * - `district`: one page per entry in each language, at `<section>/<district slug>`;
   * - `none`: no page of its own.
   */
  pages: 'entry' | 'both' | 'district' | 'none';
  /** How the id comes from the file name: Astro's default (slugged path), or the five-digit AGS in it. */
  id: 'path' | 'ags';
  /** Name of one entry and of several, per language (UI, messages, scaffolder). */
  label: Record<Lang, { one: string; many: string }>;
  /** The name `npm run new` offers for it, in the editor's language (one of the aliases). */
  word: Record<Lang, string>;
  /**
   * Further names editors may type for it in `npm run new` (German and English, singular and plural), besides
   * its key and its `word` in each language, which it always answers to (`aliasesOf`).
   */
  moreAliases?: readonly string[];
  /** The field (path) a new entry's title goes to; none for districts, which are named by their key. */
  titleField?: readonly string[];
  /** Fields `npm run new` asks for because no default would be true. */
  requiredInput: readonly string[];
  /** Section headings a new MDX entry starts with. */
  bodySections?: Record<Lang, readonly string[]>;
  /** Place of its pages in the search's kind filter (1 first); absent: not a kind the search offers. */
  searchOrder?: number;
}

/**
 * The section a collection's pages live in and its URL segment per language: the English segment is the
 * section's key, as for every section of the site (src/lib/i18n.ts), so only the German one is written.
 */
function sectionAt<S extends string, D extends string>(section: S, de: D) {
  return { section, segments: { de, en: section } } as const;
}

/** What the localised MDX collections share: a file per language, dated and published, a page per entry. */
const LOCALISED_ENTRY = {
  format: 'mdx',
  localised: true,
  publishable: true,
  pages: 'entry',
  id: 'path',
  titleField: ['title'],
} as const;
/** What the YAML collections with a page per entry in each language share. */
const YAML_BOTH_LANGUAGES = { format: 'yaml', localised: false, pages: 'both', id: 'path' } as const;

export const COLLECTION_SPECS = {
  posts: {
    ...LOCALISED_ENTRY,
    ...sectionAt('blog', 'blog'),
    label: { de: { one: 'Blogbeitrag', many: 'Blogbeiträge' }, en: { one: 'Blog post', many: 'Blog posts' } },
    word: { de: 'beitrag', en: 'post' },
    moreAliases: ['blog', 'blogbeitrag'],
    requiredInput: ['authors'],
    bodySections: { de: ['Erster Abschnitt'], en: ['First section'] },
    searchOrder: 2,
  },
  practices: {
    ...LOCALISED_ENTRY,
    ...sectionAt('practices', 'praxis'),
    label: { de: { one: 'Gute Praxis', many: 'Gute Praxis' }, en: { one: 'Good practice', many: 'Good practice' } },
    word: { de: 'praxis', en: 'practice' },
    moreAliases: ['praxisbeispiel'],
    requiredInput: ['districts', 'fields', 'status'],
    bodySections: {
      de: ['Einordnung', 'Was andere daraus mitnehmen können'],
      en: ['Background', 'What others can take from it'],
    },
    searchOrder: 1,
  },
  districts: {
    format: 'yaml',
    localised: false,
    publishable: false,
    ...sectionAt('districts', 'kreise'),
    pages: 'district',
    id: 'ags',
    label: { de: { one: 'Kreis', many: 'Kreise' }, en: { one: 'District', many: 'Districts' } },
    word: { de: 'kreis', en: 'district' },
    requiredInput: ['ags', 'lat', 'lon'],
    searchOrder: 6,
  },
  reports: {
    ...YAML_BOTH_LANGUAGES,
    publishable: true,
    ...sectionAt('reports', 'berichte'),
    label: { de: { one: 'Bericht', many: 'Berichte' }, en: { one: 'Report', many: 'Reports' } },
    word: { de: 'bericht', en: 'report' },
    titleField: ['title'],
    requiredInput: ['kind'],
    searchOrder: 3,
  },
  projects: {
    ...LOCALISED_ENTRY,
    ...sectionAt('projects', 'projekte'),
    label: { de: { one: 'Projekt', many: 'Projekte' }, en: { one: 'Project', many: 'Projects' } },
    word: { de: 'projekt', en: 'project' },
    requiredInput: [],
    bodySections: { de: ['Worum es geht', 'Wie wir vorgehen'], en: ['What it is about', 'How we work'] },
    searchOrder: 4,
  },
  people: {
    ...YAML_BOTH_LANGUAGES,
    publishable: false,
    ...sectionAt('people', 'personen'),
    label: { de: { one: 'Person', many: 'Personen' }, en: { one: 'Person', many: 'People' } },
    word: { de: 'person', en: 'person' },
    moreAliases: ['personen'],
    titleField: ['name'],
    requiredInput: [],
    searchOrder: 7,
  },
  topics: {
    ...YAML_BOTH_LANGUAGES,
    publishable: false,
    ...sectionAt('topics', 'themen'),
    label: { de: { one: 'Thema', many: 'Themen' }, en: { one: 'Topic', many: 'Topics' } },
    word: { de: 'thema', en: 'topic' },
    moreAliases: ['themen'],
    titleField: ['label', 'de'],
    requiredInput: ['labelEn'],
  },
  dialogues: {
    ...LOCALISED_ENTRY,
    ...sectionAt('dialogues', 'dialoge'),
    label: {
      de: { one: 'Praxisdialog', many: 'Praxisdialoge' },
      en: { one: 'Practice dialogue', many: 'Practice dialogues' },
    },
    word: { de: 'dialog', en: 'dialogue' },
    moreAliases: ['praxisdialog'],
    requiredInput: ['date', 'format'],
    bodySections: { de: ['Worum es ging', 'Was herauskam'], en: ['What it was about', 'What came out of it'] },
    searchOrder: 5,
  },
} as const satisfies Record<string, CollectionSpec>;

type Specs = typeof COLLECTION_SPECS;
export type CollectionName = keyof Specs;

/** Every collection, in the registry's order. */
export const COLLECTIONS = Object.keys(COLLECTION_SPECS) as CollectionName[];

/** The collections whose spec has `flag` set. */
type With<F extends 'localised' | 'publishable'> = {
  [K in CollectionName]: Specs[K][F] extends true ? K : never;
}[CollectionName];

/** Collections whose pages are a kind of the search (`searchOrder`), in that order. */
export type SearchKind = {
  [K in CollectionName]: Specs[K] extends { searchOrder: number } ? K : never;
}[CollectionName];
export const SEARCH_KINDS = COLLECTIONS.filter((c) => 'searchOrder' in COLLECTION_SPECS[c]).sort(
  (a, b) =>
    ((COLLECTION_SPECS[a] as CollectionSpec).searchOrder ?? 0) -
    ((COLLECTION_SPECS[b] as CollectionSpec).searchOrder ?? 0),
) as SearchKind[];

export function isSearchKind(c: string): c is SearchKind {
  return (SEARCH_KINDS as string[]).includes(c);
}

/** MDX collections with one file per language (`de/`, `en/`). */
export type LocalisedCollection = With<'localised'>;
/** Collections with `draft` and `publishedAt`. */
export type PublishableCollection = With<'publishable'>;

export const LOCALISED = COLLECTIONS.filter((c) => COLLECTION_SPECS[c].localised) as LocalisedCollection[];
export const PUBLISHABLE = COLLECTIONS.filter((c) => COLLECTION_SPECS[c].publishable) as PublishableCollection[];

export function isCollection(name: string): name is CollectionName {
  return Object.hasOwn(COLLECTION_SPECS, name);
}

export function isLocalised(c: string): c is LocalisedCollection {
  return isCollection(c) && COLLECTION_SPECS[c].localised;
}

export function isPublishable(c: string): c is PublishableCollection {
  return isCollection(c) && COLLECTION_SPECS[c].publishable;
}

/** Every name editors may type for a collection in `npm run new`: its word in each language, its key, the rest. */
export function aliasesOf(c: CollectionName): string[] {
  const spec = specOf(c);
  return [...new Set([spec.word.en, c, spec.word.de, ...(spec.moreAliases ?? [])])];
}

/** The spec of a collection, widened to the interface (for code that iterates). */
export function specOf(c: CollectionName): CollectionSpec {
  return COLLECTION_SPECS[c];
}

/** Section key → URL segments, for every collection (src/lib/i18n.ts adds the other sections). */
export type CollectionSection = Specs[CollectionName]['section'];
export type SectionOf<C extends CollectionName> = Specs[C]['section'];
export const COLLECTION_SECTIONS = Object.fromEntries(
  COLLECTIONS.map((c) => [COLLECTION_SPECS[c].section, COLLECTION_SPECS[c].segments]),
) as { [K in CollectionName as Specs[K]['section']]: Specs[K]['segments'] };

/** The section a collection's pages live in. */
export function sectionOf<C extends CollectionName>(c: C): SectionOf<C> {
  return COLLECTION_SPECS[c].section;
}

/** Singular or plural name of each collection in a language, e.g. for UI strings. */
export function labels(lang: Lang, number: 'one' | 'many'): Record<CollectionName, string> {
  return Object.fromEntries(COLLECTIONS.map((c) => [c, specOf(c).label[lang][number]])) as Record<
    CollectionName,
    string
  >;
}
