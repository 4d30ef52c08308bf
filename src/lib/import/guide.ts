/**
 * The column tables of the editors' guide for `npm run import`, made from ./columns.ts so that they cannot
 * drift from what the import reads (blocks `import:<collection>`, rewritten by `npm run new -- --update-guide`).
 */
import type { Lang } from '../../config/languages.ts';
import { FILLED_FIELDS, IMPORT_COLUMNS, isRequiredColumn, type ImportCollection, type Reader } from './columns.ts';

/** How each kind of cell may be written. */
const HOW: Record<Reader, { de: string; en: string }> = {
  text: { de: '', en: '' },
  body: { de: '', en: '' },
  year: { de: 'vierstellig, z. B. 2021', en: 'four digits, e.g. 2021' },
  money: {
    de: '25000, 25.000, 25.000,50 oder 2500.5 (wie im Export); nicht 25,000 (mehrdeutig)',
    en: '25000, 25.000 (German), 25.000,50 or 2500.5 (as in the export); not 25,000 (ambiguous)',
  },
  boolean: { de: 'true/false, WAHR/FALSCH, ja/nein', en: 'true/false, yes/no, WAHR/FALSCH' },
  date: { de: 'JJJJ-MM-TT oder TT.MM.JJJJ', en: 'YYYY-MM-DD or DD.MM.YYYY' },
  list: {
    de: 'mit ; getrennt (oder eine JSON-Liste wie im Export)',
    en: 'separated by ; (or a JSON list as in the export)',
  },
  json: { de: 'JSON wie in der Exportdatei', en: 'JSON as in the exported file' },
  districts: {
    de: 'Kreisschlüssel (auch ohne führende 0) oder Name (Main-Kinzig-Kreis, Landkreis Kassel), mit ; getrennt; der Kreis braucht einen Eintrag in content/districts/',
    en: 'district key (also without its leading 0) or name (Main-Kinzig-Kreis, Landkreis Kassel), separated by ;; the district needs an entry in content/districts/',
  },
  fields: { de: 'Schlüssel oder Bezeichnung, mit ; getrennt', en: 'key or label, separated by ;' },
  status: { de: 'Schlüssel oder Bezeichnung (pilot oder Pilotphase)', en: 'key or label (pilot or Pilot)' },
  topics: { de: 'Kennung oder Bezeichnung, mit ; getrennt', en: 'id or label, separated by ;' },
  people: { de: 'Kennung oder Name', en: 'id or name' },
  projects: { de: 'Kennung, z. B. de/smarte-land-regionen', en: 'id, e.g. en/smart-rural-regions' },
  translation: {
    de: 'übernommen, wenn es den Eintrag gibt; sonst ein Hinweis',
    en: 'kept when that entry exists; otherwise a note',
  },
  lang: { de: 'de oder en; leer: --lang, sonst de', en: 'de or en; empty: --lang, else de' },
  ignored: {
    de: 'wird nicht gelesen (beschreibt die veröffentlichte Seite; der Dateiname kommt aus dem Titel)',
    en: 'not read (describes the published page; the file name comes from the title)',
  },
};

const cell = (text: string) => text.replace(/\|/gu, '\\|').replace(/\n/gu, ' ');

/** A Markdown table of the columns the import reads for a collection. */
export function importTable(collection: ImportCollection, lang: Lang): string {
  const de = lang === 'de';
  const rows = [
    de
      ? '| Spalte | Pflicht | Was hinein gehört | Schreibweise |'
      : '| Column | Required | What it holds | How to write it |',
    '| --- | --- | --- | --- |',
  ];
  const columns = IMPORT_COLUMNS[collection];
  for (const c of columns) {
    // districts and districtNames fill one field: either will do.
    const alternative = columns.find((o) => o !== c && c.path && o.path?.join('.') === c.path.join('.'));
    const or = alternative ? (de ? ` (oder \`${alternative.name}\`)` : ` (or \`${alternative.name}\`)`) : '';
    const filled =
      c.path && FILLED_FIELDS.has(c.path[0]!) && c.reader === 'date' ? (de ? '; leer: heute' : '; empty: today') : '';
    const need = isRequiredColumn(collection, c)
      ? de
        ? `ja${or}`
        : `yes${or}`
      : c.extra
        ? de
          ? 'nein (nicht im Export)'
          : 'no (not in the export)'
        : de
          ? 'nein'
          : 'no';
    rows.push(`| \`${c.name}\` | ${need} | ${cell(c.description[lang])} | ${cell(HOW[c.reader][lang] + filled)} |`);
  }
  return rows.join('\n');
}
