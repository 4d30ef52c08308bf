/**
 * UI strings of the search page and the practice directory, per language. Kept beside the search code
 * rather than in src/i18n/*.ts because the browser scripts import them too, and the search owns them.
 * Functions are plain so the client bundle can import them without the rest of the site's strings.
 */
import type { Lang } from '../i18n.ts';
import type { FilterKey } from './filters.ts';
import type { UnmatchedWord } from './prefixFallback.ts';

export interface SearchStrings {
  title: string;
  lead: string;
  queryLabel: string;
  queryHint: string;
  submit: string;
  noScript: string;
  filtersTitle: string;
  /** Heading of each filter group. */
  groups: Record<FilterKey, string>;
  /** Names of languages as filter values, in this page's language. */
  languageNames: Record<Lang, string>;
  sortLabel: string;
  sortRelevance: string;
  sortDate: string;
  clearFilters: string;
  removeFilter: (label: string) => string;
  showMoreValues: (n: number) => string;
  showFewerValues: string;
  loading: string;
  loadFailed: string;
  /** The live region's sentence after a search. */
  resultCount: (n: number, query: string) => string;
  /**
   * The live region's sentence when a query word is on no page and the results only contain a shorter, similar
   * word (src/lib/search/prefixFallback.ts): says there is no match, then what the results are.
   */
  similarOnly: (n: number, query: string, unmatched: readonly UnmatchedWord[]) => string;
  noResultsHint: string;
  browseHint: string;
  resultsTitle: string;
  moreResults: string;
  shownOf: (shown: number, total: number) => string;
  activeFilters: string;
  /** After the filters' heading: how many values are chosen. */
  activeCount: (n: number) => string;
  /** "Kassel (Landkreis)" when two districts share a name. */
  districtTypes: { city: string; district: string };
}

export interface DirectoryStrings {
  title: string;
  lead: string;
  filtersTitle: string;
  allEntries: string;
  /** Title of a static facet page, e.g. "Gute Praxis: Thüringen". */
  facetTitle: (title: string, group: string, value: string) => string;
  facetLead: (group: string, value: string, n: number) => string;
  count: (n: number) => string;
  applyHint: string;
}

const de: SearchStrings = {
  title: 'Suche',
  lead: 'Gute Praxis, Berichte, Beiträge, Projekte und Kreise durchsuchen – mit Suchwörtern, Filtern oder beidem.',
  queryLabel: 'Suchbegriff',
  queryHint:
    'Zum Beispiel „Sozialverwaltung“, „Landkreis Thüringen“ oder ein Kreisname. Ergebnisse erscheinen ab drei Buchstaben, kürzere Wörter wie „KI“ mit der Eingabetaste.',
  submit: 'Suchen',
  noScript:
    'Die Suche braucht JavaScript. Ohne JavaScript finden Sie alle Einträge über die Listen, etwa die Gute Praxis mit ihren Filtern nach Land, Handlungsfeld, Status, Kreisgröße und Thema.',
  filtersTitle: 'Filter',
  groups: {
    kind: 'Art',
    topic: 'Thema',
    field: 'Handlungsfeld',
    state: 'Land',
    district: 'Kreis',
    size: 'Kreisgröße (Einwohner)',
    year: 'Jahr',
    status: 'Status',
    lang: 'Sprache',
  },
  languageNames: { de: 'Deutsch', en: 'Englisch' },
  sortLabel: 'Sortieren nach',
  sortRelevance: 'Relevanz',
  sortDate: 'Datum (neueste zuerst)',
  clearFilters: 'Alle Filter entfernen',
  removeFilter: (label) => `Filter „${label}“ entfernen`,
  showMoreValues: (n) => `${n} weitere anzeigen`,
  showFewerValues: 'Weniger anzeigen',
  loading: 'Suche wird geladen …',
  loadFailed: 'Die Suche konnte nicht geladen werden. Bitte laden Sie die Seite neu.',
  resultCount: (n, query) =>
    `${n === 0 ? 'Keine Treffer' : n === 1 ? '1 Treffer' : `${n.toLocaleString('de-DE')} Treffer`}${query ? ` für „${query}“` : ''}`,
  similarOnly: (n, query, unmatched) => {
    const similar = unmatched.flatMap((u) => (u.similar ? [`„${u.similar}“`] : []));
    const words =
      similar.length === 0
        ? 'ähnlichen Wörtern'
        : similar.length === 1
          ? `dem ähnlichen Wort ${similar[0]}`
          : `den ähnlichen Wörtern ${similar.join(', ')}`;
    return `Keine Treffer für „${query}“ – ${n === 1 ? '1 Eintrag' : `${n.toLocaleString('de-DE')} Einträge`} mit ${words}`;
  },
  noResultsHint: 'Versuchen Sie ein anderes Wort oder entfernen Sie einen Filter.',
  browseHint: 'Geben Sie ein Suchwort ein oder wählen Sie Filter, um Einträge zu finden.',
  resultsTitle: 'Ergebnisse',
  moreResults: 'Weitere Ergebnisse',
  shownOf: (shown, total) => `${shown.toLocaleString('de-DE')} von ${total.toLocaleString('de-DE')} angezeigt`,
  activeFilters: 'Aktive Filter',
  activeCount: (n) => `(${n} gewählt)`,
  districtTypes: { city: 'Stadt', district: 'Landkreis' },
};

const en: SearchStrings = {
  title: 'Search',
  lead: 'Search good practice, reports, posts, projects and districts – by words, by filters or both.',
  queryLabel: 'Search term',
  queryHint:
    'For example “social administration”, “rural district Thuringia” or a district’s name. Results appear from three letters on; press Enter for shorter words such as “AI”.',
  submit: 'Search',
  noScript:
    'Search needs JavaScript. Without it, every entry is reachable through the lists, such as good practice with its filters by state, field of action, status, district size and topic.',
  filtersTitle: 'Filters',
  groups: {
    kind: 'Type',
    topic: 'Topic',
    field: 'Field of action',
    state: 'State',
    district: 'District',
    size: 'District size (population)',
    year: 'Year',
    status: 'Status',
    lang: 'Language',
  },
  languageNames: { de: 'German', en: 'English' },
  sortLabel: 'Sort by',
  sortRelevance: 'Relevance',
  sortDate: 'Date (newest first)',
  clearFilters: 'Remove all filters',
  removeFilter: (label) => `Remove filter “${label}”`,
  showMoreValues: (n) => `Show ${n} more`,
  showFewerValues: 'Show fewer',
  loading: 'Loading search …',
  loadFailed: 'Search could not be loaded. Please reload the page.',
  resultCount: (n, query) =>
    `${n === 0 ? 'No results' : n === 1 ? '1 result' : `${n.toLocaleString('en-GB')} results`}${query ? ` for “${query}”` : ''}`,
  similarOnly: (n, query, unmatched) => {
    const similar = unmatched.flatMap((u) => (u.similar ? [`“${u.similar}”`] : []));
    const words =
      similar.length === 0
        ? 'similar words'
        : similar.length === 1
          ? `the similar word ${similar[0]}`
          : `the similar words ${similar.join(', ')}`;
    return `No results for “${query}” – ${n === 1 ? '1 entry' : `${n.toLocaleString('en-GB')} entries`} with ${words}`;
  },
  noResultsHint: 'Try another word or remove a filter.',
  browseHint: 'Type a search term or choose filters to find entries.',
  resultsTitle: 'Results',
  moreResults: 'More results',
  shownOf: (shown, total) => `${shown.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} shown`,
  activeFilters: 'Active filters',
  activeCount: (n) => `(${n} chosen)`,
  districtTypes: { city: 'city', district: 'district' },
};

const directoryDe: DirectoryStrings = {
  title: 'Gute Praxis',
  lead: 'Digitalisierungsprojekte aus Kreisen, Städten und Gemeinden: Ausgangslage, Lösung, Ergebnisse, Kosten und was nach der Förderung blieb.',
  filtersTitle: 'Eingrenzen',
  allEntries: 'Alle Einträge',
  facetTitle: (title, group, value) => `${title}: ${value} (${group})`,
  facetLead: (group, value, n) => `${n === 1 ? '1 Eintrag' : `${n} Einträge`} mit ${group} „${value}“.`,
  count: (n) => (n === 1 ? '1 Eintrag' : `${n.toLocaleString('de-DE')} Einträge`),
  applyHint: 'Mehrere Werte in einer Gruppe erweitern die Auswahl (oder), mehrere Gruppen grenzen sie ein (und).',
};

const directoryEn: DirectoryStrings = {
  title: 'Good practice',
  lead: 'Digitalisation projects from districts, towns and municipalities: starting point, solution, results, costs and what remained after the funding.',
  filtersTitle: 'Narrow down',
  allEntries: 'All entries',
  facetTitle: (title, group, value) => `${title}: ${value} (${group})`,
  facetLead: (group, value, n) => `${n === 1 ? '1 entry' : `${n} entries`} with ${group.toLowerCase()} “${value}”.`,
  count: (n) => (n === 1 ? '1 entry' : `${n.toLocaleString('en-GB')} entries`),
  applyHint: 'Several values in one group widen the selection (or); several groups narrow it (and).',
};

export function searchStrings(lang: Lang): SearchStrings {
  return lang === 'de' ? de : en;
}

export function directoryStrings(lang: Lang): DirectoryStrings {
  return lang === 'de' ? directoryDe : directoryEn;
}
