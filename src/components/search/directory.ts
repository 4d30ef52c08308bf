/**
 * The practice directory's pages at build time (/praxis/, /en/practices/):
 *
 * - the complete list of good-practice entries, paginated: `/praxis/`, `/praxis/2/`, …
 * - one paginated page per filter value, so that narrowing works without JavaScript:
 *   `/praxis/land/thueringen/`, `/praxis/handlungsfeld/soziales/2/`, `/en/practices/size/under-100-000/` …
 *   (one value at a time: combining values needs the script, which filters on the Pagefind index instead).
 *
 * Counts come from the same search records Pagefind indexes (records.ts), so the static counts and the live
 * ones agree.
 */
import type { CollectionEntry } from 'astro:content';
import { site } from '../../config/site.ts';
import { published } from '../../lib/entries.ts';
import { getCollection } from 'astro:content';
import { FIELDS } from '../../config/fields.ts';
import { STATES } from '../../config/states.ts';
import { STATUSES } from '../../config/status.ts';
import { POPULATION_BANDS } from '../../lib/districts.ts';
import { otherLang, path, type Lang } from '../../lib/i18n.ts';
import { valueSlug } from '../../lib/search/urlState.ts';
import { countsFor, type Counts } from '../../lib/search/facets.ts';
import { DIRECTORY_GROUPS, FACET_SEGMENTS, type FilterKey } from '../../lib/search/filters.ts';
import { facetGroups, type FacetGroupData, type FacetValueData } from '../../lib/search/groups.ts';
import type { SearchRecord } from '../../lib/search/record.ts';
import { recordOf } from './records.ts';
import { keyed } from '../../lib/pageCache.ts';

export interface DirectoryFacet {
  group: FilterKey;
  /** Heading of the group, e.g. "Land". */
  groupLabel: string;
  /** The value as shown, e.g. "Thüringen". */
  label: string;
  slug: string;
}

/** A filter group as links to its facet pages. */
export interface FacetLinkGroup extends Omit<FacetGroupData, 'values'> {
  values: (FacetValueData & { href: string })[];
}

export interface DirectoryPageProps {
  lang: Lang;
  entries: CollectionEntry<'practices'>[];
  page: { current: number; last: number; prev?: string | undefined; next?: string | undefined };
  /** Number of entries on all pages together. */
  total: number;
  /** The facet of a facet page; undefined on the complete list. */
  facet?: DirectoryFacet | undefined;
  /** Checkbox groups with the counts that hold on this page (for the script). */
  groups: FacetGroupData[];
  /** Links to every facet page, with their own counts (without JavaScript). */
  links: FacetLinkGroup[];
  /** The same page in the other language, if it exists there (a facet page's value may have no entries there). */
  alternate?: string | undefined;
}

/** German and English labels of every filter value the directory offers, per group. */
async function labelPairs(): Promise<Partial<Record<FilterKey, { de: string; en: string }[]>>> {
  const topics = await getCollection('topics');
  return {
    state: Object.values(STATES),
    field: Object.values(FIELDS),
    status: Object.values(STATUSES),
    size: POPULATION_BANDS.map((b) => ({ de: b.de, en: b.en })),
    topic: topics.map((t) => t.data.label),
  };
}

/** Number of entries per facet page in a language: `state/thueringen` → 3. */
async function facetSizes(lang: Lang): Promise<Map<string, number>> {
  const records = await Promise.all(
    (await published('practices', lang)).map(async (entry) => (await recordOf({ entry }, lang)).record),
  );
  const sizes = new Map<string, number>();
  for (const r of records) {
    for (const [k, v] of r.filters) {
      const key = `${k}/${valueSlug(v)}`;
      sizes.set(key, (sizes.get(key) ?? 0) + 1);
    }
  }
  return sizes;
}

/** URL of a facet page (page 1 unless `n` is given). */
export function facetPath(lang: Lang, group: FilterKey, slug: string, n = 1): string {
  const segment = FACET_SEGMENTS[lang][group];
  if (!segment) throw new Error(`no facet pages for group ${group}`);
  return n > 1 ? path(lang, 'practices', segment, slug, n) : path(lang, 'practices', segment, slug);
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length > 0 ? out : [[]];
}

/** getStaticPaths of `src/pages/praxis/[...page].astro` and its English twin. */
export async function directoryPaths(lang: Lang) {
  const practices = await published('practices', lang);
  const items = await Promise.all(
    practices.map(async (entry) => ({ entry, record: (await recordOf({ entry }, lang)).record })),
  );
  const records: SearchRecord[] = items.map((i) => i.record);
  const totals: Counts = countsFor(records, {});
  const links: FacetLinkGroup[] = facetGroups(totals, DIRECTORY_GROUPS, lang).map((g) => ({
    ...g,
    values: g.values.map((v) => ({ ...v, href: facetPath(lang, g.key, v.slug) })),
  }));

  const other = otherLang(lang);
  const pairs = await labelPairs();
  const otherSizes = await facetSizes(other);
  const otherTotal = (await published('practices', other)).length;
  const pagesOf = (count: number) => Math.max(1, Math.ceil(count / site.pageSize));
  /** Page n of the same list in the other language, if that language has it. */
  const counterpart = (facet: DirectoryFacet | undefined, n: number): string | undefined => {
    if (!facet)
      return n <= pagesOf(otherTotal) ? (n > 1 ? path(other, 'practices', n) : path(other, 'practices')) : undefined;
    const label = pairs[facet.group]?.find((p) => p[lang] === facet.label)?.[other];
    if (!label) return undefined;
    const slug = valueSlug(label);
    const count = otherSizes.get(`${facet.group}/${slug}`) ?? 0;
    return count > 0 && n <= pagesOf(count) ? facetPath(other, facet.group, slug, n) : undefined;
  };

  const pages: { params: { page: string | undefined }; props: DirectoryPageProps }[] = [];
  const addPages = (
    list: typeof items,
    facet: DirectoryFacet | undefined,
    url: (n: number) => string,
    param: (n: number) => string | undefined,
  ) => {
    const selection = facet ? { [facet.group]: [facet.label] } : {};
    const groups = facetGroups(countsFor(records, selection), DIRECTORY_GROUPS, lang);
    const parts = chunks(list, site.pageSize);
    parts.forEach((part, i) => {
      const n = i + 1;
      pages.push({
        params: { page: param(n) },
        props: {
          lang,
          entries: part.map((p) => p.entry),
          page: {
            current: n,
            last: parts.length,
            prev: n > 1 ? url(n - 1) : undefined,
            next: n < parts.length ? url(n + 1) : undefined,
          },
          total: list.length,
          facet,
          groups,
          links,
          alternate: counterpart(facet, n),
        },
      });
    });
  };

  const root = path(lang, 'practices');
  addPages(
    items,
    undefined,
    (n) => (n > 1 ? path(lang, 'practices', n) : root),
    (n) => (n > 1 ? String(n) : undefined),
  );
  for (const group of links) {
    const segment = FACET_SEGMENTS[lang][group.key]!;
    for (const value of group.values) {
      const subset = items.filter((i) => i.record.filters.some(([k, v]) => k === group.key && v === value.label));
      const facet = { group: group.key, groupLabel: group.label, label: value.label, slug: value.slug };
      addPages(
        subset,
        facet,
        (n) => facetPath(lang, group.key, value.slug, n),
        (n) => (n > 1 ? `${segment}/${value.slug}/${n}` : `${segment}/${value.slug}`),
      );
    }
  }
  return keyed(pages);
}
