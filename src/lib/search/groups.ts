/**
 * Filter groups as the search page and the directory show them: heading, values in a sensible order
 * (fixed lists where the config has one, alphabetical or by year otherwise), URL slugs and counts.
 */
import { FIELDS } from '../../config/fields.ts';
import { STATUSES } from '../../config/status.ts';
import { POPULATION_BANDS } from '../districts.ts';
import { ui, type Lang } from '../i18n.ts';
import type { Counts } from './facets.ts';
import { orderValues, type FilterKey, type ValueOrder } from './filters.ts';
import { ENTRY_KINDS } from './record.ts';
import { searchStrings } from './strings.ts';
import { valueSlug } from './urlState.ts';
import { LOCALE } from '../../config/languages.ts';

export interface FacetValueData {
  /** The value as indexed and shown: "Thüringen". */
  label: string;
  /** The value in URLs: "thueringen". */
  slug: string;
  count: number;
}

export interface FacetGroupData {
  key: FilterKey;
  /** Heading of the group. */
  label: string;
  values: FacetValueData[];
}

/** How the values of a group are ordered in a language. */
export function valueOrder(key: FilterKey, lang: Lang): ValueOrder {
  switch (key) {
    case 'kind':
      return { by: 'list', values: ENTRY_KINDS.map((k) => ui(lang).kindsPlural[k]) };
    case 'field':
      return { by: 'list', values: Object.values(FIELDS).map((f) => f[lang]) };
    case 'status':
      return { by: 'list', values: Object.values(STATUSES).map((s) => s[lang]) };
    case 'size':
      return { by: 'list', values: POPULATION_BANDS.map((b) => b[lang]) };
    case 'lang': {
      const names = searchStrings(lang).languageNames;
      return { by: 'list', values: lang === 'de' ? [names.de, names.en] : [names.en, names.de] };
    }
    case 'year':
      return { by: 'numeric-desc' };
    default:
      return { by: 'alpha' };
  }
}

/** The groups `keys` with their values and counts; groups without any value are left out. */
export function facetGroups(counts: Counts, keys: readonly FilterKey[], lang: Lang): FacetGroupData[] {
  const strings = searchStrings(lang);
  const locale = LOCALE[lang];
  return keys
    .map((key) => {
      const group = counts[key] ?? {};
      const values = orderValues(Object.keys(group), valueOrder(key, lang), locale).map((label) => ({
        label,
        slug: valueSlug(label),
        count: group[label] ?? 0,
      }));
      return { key, label: strings.groups[key], values };
    })
    .filter((g) => g.values.length > 0);
}
