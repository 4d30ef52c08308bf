/**
 * What the search index holds about one entry page besides its text: filter values, metadata for the result
 * card, the date sort key and extra keywords. Pure: SearchMeta.astro resolves topics and districts and renders
 * the result as Pagefind attributes.
 */
import { SEARCH_KINDS, type SearchKind } from '../../config/collections.ts';
import { FIELDS, type FieldKey } from '../../config/fields.ts';
import { STATES } from '../../config/states.ts';
import { STATUSES, type StatusKey } from '../../config/status.ts';
import { populationBand, type DistrictFacts } from '../districts.ts';
import { isoDate, ui, type Lang } from '../i18n.ts';
import type { FilterKey } from './filters.ts';
import { expandKeywords } from './keywords.ts';
import { searchStrings } from './strings.ts';

/** The kinds of entry pages that are indexed (collection names), in the order of the kind filter: the registry's. */
export const ENTRY_KINDS = SEARCH_KINDS;
export type EntryKind = SearchKind;

/**
 * Sort key of pages without a date of their own (districts, people): sorts after every dated entry when the
 * newest come first. Pagefind drops results that lack the sort key, so every page needs one.
 */
export const UNDATED_SORT_KEY = '0000-00-00';

export interface SearchRecordInput {
  lang: Lang;
  kind: EntryKind;
  /** Title, for compound parts and umlaut-free spellings of its words. */
  title?: string | undefined;
  teaser?: string | undefined;
  /** Topics with their labels in both languages and extra search words. */
  topics?: readonly { label: { de: string; en: string }; keywords: readonly string[] }[];
  fields?: readonly FieldKey[];
  districts?: readonly DistrictFacts[];
  /** The entry's date: publication, event or report date. */
  date?: Date | undefined;
  /** Year when it differs from the date's (a report's year of publication). */
  year?: number | undefined;
  status?: StatusKey | undefined;
  /** Language of the entry's main text when it differs from the page (an English page showing German text). */
  textLang?: Lang | undefined;
  /** Further words to index (keywords of a report). */
  extraKeywords?: readonly string[];
}

export interface SearchRecord {
  /** Filter values, one pair per value; a key may repeat. */
  filters: [FilterKey, string][];
  /** Metadata for result cards. */
  meta: Record<string, string>;
  sort: { date: string };
  keywords: string[];
}

/** Names of districts that exist twice in the statistics (the city and the district around it). */
export function districtLabel(facts: DistrictFacts, lang: Lang, ambiguous: ReadonlySet<string>): string {
  if (!ambiguous.has(facts.name)) return facts.name;
  const types = searchStrings(lang).districtTypes;
  return `${facts.name} (${facts.isCity ? types.city : types.district})`;
}

/** The set of district names used by more than one district. */
export function ambiguousDistrictNames(all: readonly DistrictFacts[]): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const d of all) {
    if (seen.has(d.name)) twice.add(d.name);
    seen.add(d.name);
  }
  return twice;
}

/** Result cards show about two lines of teaser; report abstracts run to paragraphs. */
export const TEASER_MAX = 240;

/** Cuts a text at a word boundary so it fits `max` characters, ending it with "…". */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1).replace(/\s+\S*$/u, '');
  return `${cut} …`;
}

function uniquePairs(pairs: [FilterKey, string][]): [FilterKey, string][] {
  const seen = new Set<string>();
  return pairs.filter(([k, v]) => {
    const id = `${k}\u0000${v}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

export function searchRecord(input: SearchRecordInput, ambiguous: ReadonlySet<string> = new Set()): SearchRecord {
  const { lang } = input;
  const t = ui(lang);
  const s = searchStrings(lang);
  const topics = input.topics ?? [];
  const fields = input.fields ?? [];
  const districts = input.districts ?? [];
  const year = input.year ?? (input.date ? Number(isoDate(input.date).slice(0, 4)) : undefined);

  const filters: [FilterKey, string][] = [
    ['kind', t.kindsPlural[input.kind]],
    ['lang', s.languageNames[input.textLang ?? lang]],
    ...topics.map((x): [FilterKey, string] => ['topic', x.label[lang]]),
    ...fields.map((f): [FilterKey, string] => ['field', FIELDS[f][lang]]),
    ...districts.map((d): [FilterKey, string] => ['state', STATES[d.state][lang]]),
    ...districts.map((d): [FilterKey, string] => ['district', districtLabel(d, lang, ambiguous)]),
    ...districts.map((d): [FilterKey, string] => ['size', populationBand(d.population)[lang]]),
  ];
  if (year !== undefined) filters.push(['year', String(year)]);
  if (input.status) filters.push(['status', STATUSES[input.status][lang]]);

  const meta: Record<string, string> = { kind: t.kinds[input.kind] };
  if (input.teaser) meta.teaser = shorten(input.teaser, TEASER_MAX);
  if (input.date) meta.date = isoDate(input.date);
  else if (input.year !== undefined) meta.date = String(input.year);
  if (districts.length > 0) meta.district = districts.map((d) => districtLabel(d, lang, ambiguous)).join(', ');
  if (input.status) meta.status = STATUSES[input.status][lang];

  const keywords = expandKeywords([
    input.title ?? '',
    ...topics.flatMap((x) => [x.label.de, x.label.en, ...x.keywords]),
    ...fields.flatMap((f) => [FIELDS[f].de, FIELDS[f].en]),
    ...districts.flatMap((d) => [d.name, d.officialName, STATES[d.state].de, STATES[d.state].en]),
    ...(input.extraKeywords ?? []),
  ]);

  return {
    filters: uniquePairs(filters),
    meta,
    sort: {
      date: input.date ? isoDate(input.date) : input.year !== undefined ? `${input.year}-00-00` : UNDATED_SORT_KEY,
    },
    keywords,
  };
}
