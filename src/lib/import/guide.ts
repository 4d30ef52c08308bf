/**
 * The column tables of the editors' guide for `npm run import`, made from ./columns.ts so that they cannot
 * drift from what the import reads (blocks `import:<collection>`, rewritten by `npm run new -- --update-guide`).
 * How each kind of cell is written is a message catalog, ./guide.json (see src/i18n/catalog.ts).
 */
import type { Lang } from '../../config/languages.ts';
import { checkCatalog } from '../../i18n/catalog.ts';
import type { Pair } from '../../i18n/localise.ts';
import { FILLED_FIELDS, IMPORT_COLUMNS, isRequiredColumn, type ImportCollection, type Reader } from './columns.ts';
import catalog from './guide.json' with { type: 'json' };

/** How each kind of cell may be written: nothing to say for text, the rest from the catalog. */
const HOW: Record<Reader, Pair<string>> = {
  text: { de: '', en: '' },
  body: { de: '', en: '' },
  ...checkCatalog(catalog, 'src/lib/import/guide.json'),
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
