/** Where the open data files live (one place, used by routes, the data pages and the DCAT metadata). */
import type { Lang } from '../i18n.ts';

export const DATA_FILES = {
  practicesJson: { de: '/daten/praxisbeispiele.json', en: '/en/data/practices.json' },
  practicesCsv: { de: '/daten/praxisbeispiele.csv', en: '/en/data/practices.csv' },
  dialoguesIcs: { de: '/daten/dialoge.ics', en: '/en/data/dialogues.ics' },
} as const;

export const DCAT_FILES = { jsonLd: '/daten/dcat.jsonld', rdfXml: '/daten/dcat.rdf' } as const;

export function dataPagePath(lang: Lang): string {
  return lang === 'en' ? '/en/data/' : '/daten/';
}
