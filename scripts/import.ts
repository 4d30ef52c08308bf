/**
 * `npm run import` — one draft entry per row of a spreadsheet saved as CSV.
 *
 *   npm run import -- praxisbeispiele.csv                       practices (the open-data export's columns)
 *   npm run import -- beitraege.csv --collection posts --lang en
 *   npm run import -- kontakte.csv --collection people
 *
 * Writes into PRAXIS_CONTENT_DIR or content/ (or --root), never over an existing file. Messages in the
 * language of the terminal (LANG), like `npm run check`. Exit code 1 when any row was not imported; the
 * good rows are written all the same. The logic lives in src/lib/import/; columns: docs/editors-guide.*.md.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { LANGS, type Lang } from '../src/config/languages.ts';
import { resolveLang } from '../src/lib/contentCheck/format.ts';
import { contentDir } from '../src/lib/contentDir.ts';
import { isoDate } from '../src/lib/i18n.ts';
import { IMPORT_COLLECTIONS, isImportCollection } from '../src/lib/import/columns.ts';
import { formatRowProblem, importCsv } from '../src/lib/import/index.ts';
import { collectionOf } from '../src/lib/scaffold/collections.ts';
import { buildNow } from '../src/lib/publish.ts';

const ui = resolveLang(undefined);
const say = (de: string, en: string) => (ui === 'de' ? de : en);
const USAGE = say(
  `Aufruf: npm run import -- <datei.csv> [--collection ${IMPORT_COLLECTIONS.join('|')}] [--lang de|en] [--root <inhaltsordner>]`,
  `Usage: npm run import -- <file.csv> [--collection ${IMPORT_COLLECTIONS.join('|')}] [--lang de|en] [--root <content folder>]`,
);

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        collection: { type: 'string' },
        lang: { type: 'string' },
        root: { type: 'string' },
        help: { type: 'boolean' },
      },
    });
  } catch (e) {
    console.error(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length !== 1) {
    (values.help ? console.log : console.error)(USAGE);
    return values.help ? 0 : 1;
  }
  const collection = collectionOf(values.collection ?? 'practices');
  if (!collection || !isImportCollection(collection)) {
    console.error(
      say(
        `--collection: möglich sind ${IMPORT_COLLECTIONS.join(', ')}`,
        `--collection: choices are ${IMPORT_COLLECTIONS.join(', ')}`,
      ),
    );
    return 1;
  }
  const isLang = (s: string): s is Lang => (LANGS as readonly string[]).includes(s);
  if (values.lang !== undefined && !isLang(values.lang)) {
    console.error(say('--lang: de oder en', '--lang: de or en'));
    return 1;
  }
  const file = positionals[0]!;
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    console.error(
      say(`${file} lässt sich nicht lesen: ${(e as Error).message}`, `${file} cannot be read: ${(e as Error).message}`),
    );
    return 1;
  }
  const now = buildNow();
  const result = importCsv({
    root: values.root ?? contentDir(),
    file,
    bytes,
    collection,
    lang: values.lang as Lang | undefined,
    today: isoDate(now),
    now,
  });

  for (const w of result.written)
    console.log(`${say('Entwurf angelegt', 'Draft created')}: ${w.file}  (${say('Zeile', 'row')} ${w.row})`);
  if (result.notes.length > 0) {
    console.log(`\n${say('Hinweise', 'Notes')} (${result.notes.length}):`);
    for (const n of result.notes) console.log(formatRowProblem(n, ui));
  }
  if (result.problems.length > 0) {
    // On stdout, like npm run check, so that the lines keep their order with the rest.
    console.log(`\n${say('Fehler', 'Errors')} (${result.problems.length}):`);
    for (const p of result.problems) console.log(formatRowProblem(p, ui));
  }
  const badRows = new Set(result.problems.map((p) => p.row)).size;
  const n = result.written.length;
  const rows = `${result.rows} ${result.rows === 1 ? 'Zeile' : 'Zeilen'}`;
  const rowsEn = `${result.rows} ${result.rows === 1 ? 'row' : 'rows'}`;
  const summary =
    badRows === 0
      ? say(
          `${n} ${n === 1 ? 'Entwurf' : 'Entwürfe'} angelegt aus ${rows}.`,
          `${n} ${n === 1 ? 'draft' : 'drafts'} created from ${rowsEn}.`,
        )
      : say(
          `${n} ${n === 1 ? 'Entwurf' : 'Entwürfe'} angelegt aus ${rows}; ${badRows} ${badRows === 1 ? 'Zeile' : 'Zeilen'} mit Fehlern, für sie wurde nichts geschrieben.`,
          `${n} ${n === 1 ? 'draft' : 'drafts'} created from ${rowsEn}; ${badRows} ${badRows === 1 ? 'row' : 'rows'} with errors, nothing was written for them.`,
        ) +
        (n > 0
          ? say(
              ' Die angelegten Entwürfe bleiben: beim nächsten Import nur die korrigierten Zeilen einlesen.',
              ' The drafts created stay: import only the corrected rows next time.',
            )
          : '');
  console.log(
    `\n${summary}\n${say(
      'Prüfen: npm run check · Vorschau: npm run dev · Anleitung: docs/editors-guide.de.md',
      'Check: npm run check · Preview: npm run dev · Guide: docs/editors-guide.en.md',
    )}`,
  );
  return result.problems.length > 0 ? 1 : 0;
}

process.exitCode = main();
