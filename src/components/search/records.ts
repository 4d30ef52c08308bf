/**
 * Search records of entries, at build time: what SearchMeta.astro writes into each entry page for Pagefind,
 * and — from the same function — the filter values and counts the search page and the practice directory
 * show before Pagefind loads (and without JavaScript, in the directory's facet pages).
 *
 * Lives beside the components rather than in src/lib because it reads the content collections.
 */
import { getEntries, getCollection, type CollectionEntry } from 'astro:content';
import {
  isLocalised,
  isSearchKind,
  SEARCH_KINDS,
  type LocalisedCollection,
  type SearchKind,
} from '../../config/collections.ts';
import { STATES } from '../../config/states.ts';
import { districtsIn } from '../../lib/districtIndex.ts';
import { allDistrictFacts, districtFacts } from '../../lib/districts.ts';
import { allDistricts, ids, published, publishedReports, urlOf, type District } from '../../lib/entries.ts';
import { path, pick, ui, type Lang } from '../../lib/i18n.ts';
import {
  ambiguousDistrictNames,
  searchRecord,
  type SearchRecord,
  type SearchRecordInput,
} from '../../lib/search/record.ts';

/**
 * An entry whose page the search indexes: the kinds with a record of their own below (their `case`), and an entry
 * of any localised collection, which all have a title, teaser, language and date — so a collection the registry
 * gives a `searchOrder` has a record without a line here.
 */
export type IndexedEntry = CollectionEntry<LocalisedCollection | 'reports' | 'people'>;

/** An indexed page: an entry, or a district (whose page joins an entry with figures). */
export type IndexedTarget = { entry: IndexedEntry; district?: never } | { district: District; entry?: never };

type Input = Omit<SearchRecordInput, 'topics' | 'districts'> & {
  topics?: readonly { id: string; collection: 'topics' }[];
  districts?: readonly string[];
  image?: CollectionEntry<'posts'>['data']['heroImage'];
};

function inputOf(target: IndexedTarget, lang: Lang): Input {
  if (target.district) {
    const f = target.district.facts;
    const description = pick(target.district.entry.data.description, lang);
    return {
      lang,
      kind: 'districts',
      title: f.name,
      teaser: description?.text ?? `${f.type}, ${STATES[f.state][lang]}`,
      districts: [f.ags],
    };
  }
  const e = target.entry;
  switch (e.collection) {
    case 'posts':
      return {
        lang,
        kind: 'posts',
        title: e.data.title,
        teaser: e.data.teaser,
        topics: e.data.topics,
        districts: ids(e.data.districts),
        date: e.data.publishedAt,
        image: e.data.heroImage,
      };
    case 'practices':
      return {
        lang,
        kind: 'practices',
        title: e.data.title,
        teaser: e.data.teaser,
        topics: e.data.topics,
        fields: e.data.fields,
        districts: ids(e.data.districts),
        date: e.data.publishedAt,
        status: e.data.status,
        image: e.data.heroImage,
      };
    case 'projects':
      return {
        lang,
        kind: 'projects',
        title: e.data.title,
        teaser: e.data.teaser,
        topics: e.data.topics,
        districts: [...new Set([...ids(e.data.districts), ...e.data.phases.flatMap((p) => ids(p.districts))])],
        date: e.data.publishedAt,
      };
    case 'dialogues':
      return {
        lang,
        kind: 'dialogues',
        title: e.data.title,
        teaser: e.data.teaser,
        topics: e.data.topics,
        districts: ids(e.data.districts),
        date: e.data.date,
      };
    case 'reports': {
      const abstract = pick(e.data.abstract, lang);
      return {
        lang,
        kind: 'reports',
        title: lang === 'en' && e.data.titleEn ? e.data.titleEn : e.data.title,
        teaser: abstract?.text,
        textLang: abstract?.lang,
        topics: e.data.topics,
        districts: ids(e.data.districts),
        // The report's own year, or no date at all: the day the hub published it is not the report's date.
        year: e.data.year,
        // The facts box is not indexed as text (its labels filled the excerpts); its words are found here.
        extraKeywords: [
          ...e.data.keywords.de,
          ...e.data.keywords.en,
          ...e.data.authorNames,
          ...(e.data.publisher ? [e.data.publisher] : []),
        ],
      };
    }
    case 'people': {
      const role = pick(e.data.role, lang);
      return {
        lang,
        kind: 'people',
        title: e.data.name,
        teaser: [role?.text, e.data.affiliation].filter(Boolean).join(', ') || ui(lang).kinds.people,
      };
    }
    default:
      return genericInput(e, lang);
  }
}

/** The record input of an entry of a localised collection without a case of its own: what every such entry has. */
function genericInput(e: CollectionEntry<LocalisedCollection>, lang: Lang): Input {
  const kind = e.collection;
  if (!isSearchKind(kind))
    throw new Error(`content/${kind}: not a kind of the search (no searchOrder in src/config/collections.ts)`);
  const d = e.data;
  return {
    lang,
    kind,
    title: d.title,
    teaser: d.teaser,
    topics: 'topics' in d ? d.topics : [],
    districts: districtsIn(d),
    date: d.publishedAt,
  };
}

let ambiguous: Set<string> | undefined;
const topicCache = new Map<string, CollectionEntry<'topics'> | undefined>();

async function topicEntries(refs: readonly { id: string; collection: 'topics' }[]) {
  const missing = refs.filter((r) => !topicCache.has(r.id));
  if (missing.length > 0) {
    const found = await getEntries([...missing]);
    missing.forEach((r, i) => topicCache.set(r.id, found[i] as CollectionEntry<'topics'> | undefined));
  }
  return refs.map((r) => topicCache.get(r.id)).filter((t) => t !== undefined);
}

export interface BuiltRecord {
  record: SearchRecord;
  image: Input['image'];
}

/**
 * Records already built, by the entry or district they are of and the language. An entry's record is asked for by
 * its page, by every list and facet table that counts it, and by the other language's directory; in a production
 * build the entries are the same objects throughout (read once, src/lib/entries.ts), so each record is built once.
 * In dev they are read anew, so nothing stale is kept.
 */
const built = new WeakMap<object, Map<Lang, Promise<BuiltRecord>>>();

/** The search record of one indexed page in one language (callers must not change it: it is shared). */
export function recordOf(target: IndexedTarget, lang: Lang): Promise<BuiltRecord> {
  const of = target.entry ?? target.district;
  let byLang = built.get(of);
  if (!byLang) {
    byLang = new Map();
    built.set(of, byLang);
  }
  let record = byLang.get(lang);
  if (!record) {
    record = buildRecord(target, lang);
    byLang.set(lang, record);
  }
  return record;
}

async function buildRecord(target: IndexedTarget, lang: Lang): Promise<BuiltRecord> {
  const { topics = [], districts = [], image, ...rest } = inputOf(target, lang);
  const topicData = await topicEntries(topics);
  ambiguous ??= ambiguousDistrictNames(allDistrictFacts());
  const record = searchRecord(
    {
      ...rest,
      topics: topicData.map((x) => ({ label: x.data.label, keywords: x.data.keywords })),
      districts: districts.map((ags) => districtFacts(ags)).filter((f) => f !== undefined),
    },
    ambiguous,
  );
  return { record, image };
}

/** Every page the index holds in a language, with its URL: the same pages whose templates carry SearchMeta. */
export async function indexedTargets(lang: Lang): Promise<{ url: string; target: IndexedTarget }[]> {
  const targets: { url: string; target: IndexedTarget }[] = [];
  // The localised kinds in the search's order (the registry's), then the others.
  for (const c of SEARCH_KINDS.filter((k): k is SearchKind & LocalisedCollection => isLocalised(k))) {
    for (const entry of await published(c, lang)) targets.push({ url: urlOf(c, entry), target: { entry } });
  }
  return [
    ...targets,
    ...(await publishedReports()).map((entry) => ({ url: path(lang, 'reports', entry.id), target: { entry } })),
    ...(await allDistricts()).map((district) => ({
      url: path(lang, 'districts', district.slug),
      target: { district },
    })),
    ...(await getCollection('people')).map((entry) => ({ url: path(lang, 'people', entry.id), target: { entry } })),
  ];
}

const recordsByLang = new Map<Lang, Promise<SearchRecord[]>>();

/** Search records of every indexed page in a language (computed once per build and language). */
export function allRecords(lang: Lang): Promise<SearchRecord[]> {
  let records = recordsByLang.get(lang);
  if (!records) {
    records = indexedTargets(lang).then((targets) =>
      Promise.all(targets.map(async ({ target }) => (await recordOf(target, lang)).record)),
    );
    recordsByLang.set(lang, records);
  }
  return records;
}
