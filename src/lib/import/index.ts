/**
 * `npm run import`: a spreadsheet (CSV) becomes one draft entry per row.
 *
 * Each row is read through its columns (./columns.ts), validated by the collection's schema exactly as
 * `npm run check` validates a file (the same schema factories, the same messages), and written by the
 * scaffolder of `npm run new` (every field with its comment, `draft: true`), named after its title. A row
 * with any problem is not written; every problem is reported as `file:row  column  problem  expected`,
 * with row numbers as the spreadsheet shows them (header = row 1). Nothing is ever overwritten: a row
 * whose file name is taken — by an existing entry or by an earlier row — is a problem of that row.
 * After writing, the check runs over the content folder; a new file it finds an error in is taken back
 * and its row reported, so what stays passes the check.
 *
 * Cell text is untrusted: in the frontmatter it is a quoted YAML string (the scaffolder writes every
 * string that is not a bare key as JSON, which YAML reads as a string), and the text of the `body`
 * column goes through escapeMdxText, so no cell becomes code, markup or Markdown structure.
 */
import { existsSync, mkdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { z } from 'zod';
import { isPublishable } from '../../config/collections.ts';
import { LANGS, type Lang } from '../../config/languages.ts';
import { checkContent, fieldName } from '../contentCheck/index.ts';
import { hintFor } from '../contentCheck/hints.ts';
import { q, t, type Text } from '../contentCheck/messages.ts';
import type { PathKey } from '../contentCheck/schemaTree.ts';
import { schemaFor } from '../contentCheck/schemas.ts';
import { closest } from '../contentCheck/similar.ts';
import { describeIssue, valueAt } from '../contentCheck/zodIssues.ts';
import { isLocalised } from '../contentCheck/files.ts';
import { bodyTemplate } from '../scaffold/body.ts';
import { knownIds, placeOf, setPath } from '../scaffold/index.ts';
import { renderFrontmatter } from '../scaffold/template.ts';
import { slugify } from '../slug.ts';
import { escapeMdxText } from '../submissions/mdx.ts';
import { cellText, readBoolean, readDate, readJson, readList, readMoney, readYear, type CellResult } from './cells.ts';
import { columnOfPath, IMPORT_COLUMNS, isRequiredColumn, type ImportCollection, type ImportColumn } from './columns.ts';
import { readSheet, SheetError } from './read.ts';
import {
  readCatalogue,
  resolveDistrict,
  resolveField,
  resolvePerson,
  resolveProject,
  resolveStatus,
  resolveTopic,
  type Catalogue,
} from './resolve.ts';

/** Readers whose cell becomes one value or one problem, with no catalogue or column of their own to consult. */
const PLAIN_READERS: Partial<Record<ImportColumn['reader'], (text: string) => CellResult<unknown>>> = {
  year: readYear,
  money: readMoney,
  boolean: readBoolean,
  date: readDate,
  list: readList,
  json: readJson,
  status: resolveStatus,
};

export interface ImportOptions {
  /** Content root (content/ or PRAXIS_CONTENT_DIR). */
  root: string;
  /** The CSV file's path as the editor typed it (for messages). */
  file: string;
  bytes: Uint8Array;
  collection: ImportCollection;
  /** `--lang`: the language of every row (a `lang` column may say the same, not otherwise). */
  lang?: Lang | undefined;
  /** Today, YYYY-MM-DD: `publishedAt` and `lastChecked` of rows that leave them empty. */
  today: string;
  /** Now, for the check. */
  now: Date;
  /** Paths in messages relative to this folder (default: the working directory). */
  cwd?: string;
  publicDir?: string;
}

/** One problem: `file:row  column  wrong  expected`. */
export interface RowProblem {
  file: string;
  row: number;
  column: string;
  wrong: Text;
  expected: Text;
}

export interface Written {
  row: number;
  /** Path of the new file, relative to cwd. */
  file: string;
  id: string;
}

export interface ImportResult {
  written: Written[];
  /** Rows (or the whole file) not imported, with why. */
  problems: RowProblem[];
  /** What the editor should know but that stopped nothing (encoding, a column not read, a translation dropped). */
  notes: RowProblem[];
  /** Rows that held anything. */
  rows: number;
}

const FILE = '(Datei)';

export function importCsv(options: ImportOptions): ImportResult {
  const cwd = options.cwd ?? process.cwd();
  const root = resolve(cwd, options.root);
  const { collection, file } = options;
  const problems: RowProblem[] = [];
  const notes: RowProblem[] = [];
  const result: ImportResult = { written: [], problems, notes, rows: 0 };
  const problem = (row: number, column: string, wrong: Text, expected: Text) =>
    problems.push({ file, row, column, wrong, expected });

  let sheet: ReturnType<typeof readSheet>;
  try {
    sheet = readSheet(options.bytes);
  } catch (e) {
    if (!(e instanceof SheetError)) throw e;
    problem(e.row, FILE, e.wrong, e.expected);
    return result;
  }
  if (sheet.encodingNote) {
    notes.push({ file, row: 1, column: FILE, wrong: sheet.encodingNote, expected: t('CSV UTF-8', 'CSV UTF-8') });
  }

  // The header: which column is where.
  const columns = IMPORT_COLUMNS[collection];
  const byName = new Map(columns.map((c) => [c.name.toLowerCase(), c]));
  const at = new Map<ImportColumn, number>();
  sheet.header.forEach((name, i) => {
    if (name === '') return;
    const column = byName.get(name.toLowerCase());
    if (!column) {
      const guess = closest(
        name,
        columns.map((c) => c.name),
      );
      notes.push({
        file,
        row: 1,
        column: name,
        wrong: t('unbekannte Spalte: wird nicht gelesen', 'unknown column: it is not read'),
        expected: guess
          ? t(`meinten Sie ${guess}?`, `did you mean ${guess}?`)
          : t(
              'nichts, wenn die Spalte eigene Notizen hält; sonst ein Spaltenname aus der Anleitung (Aus einer Tabelle importieren)',
              'nothing if it holds your own notes; otherwise a column name from the editors’ guide (Importing from a spreadsheet)',
            ),
      });
    } else if (at.has(column)) {
      problem(
        1,
        name,
        t('steht zweimal in der Kopfzeile', 'appears twice in the header'),
        t('jede Spalte einmal', 'each column once'),
      );
    } else at.set(column, i);
  });
  const present = new Set([...at.keys()].map((c) => c.name));
  const samePath = (a: ImportColumn, b: ImportColumn) => a.path?.join('.') === b.path?.join('.');
  const missing = columns.filter(
    (c, i) =>
      isRequiredColumn(collection, c) &&
      !columns.some((o) => present.has(o.name) && samePath(o, c)) &&
      // districts or districtNames: named once.
      columns.findIndex((o) => samePath(o, c)) === i,
  );
  for (const c of missing) {
    problem(
      1,
      c.name,
      t('die Spalte fehlt', 'the column is missing'),
      t(`eine Spalte ${c.name}: ${c.description.de}`, `a column ${c.name}: ${c.description.en}`),
    );
  }
  if (problems.length > 0) return result;

  const catalogue = readCatalogue(root);
  const known = knownIds(root);
  /** Files this import has named, so that two rows cannot take one name. */
  const taken = new Map<string, number>();

  for (const { row, cells } of sheet.rows) {
    if (cells.every((c) => c.trim() === '')) continue;
    result.rows += 1;
    const before = problems.length;
    const entry = readRow(row, cells, { options, at, catalogue, problem, notes, present });
    if (problems.length > before || !entry) continue;

    const title = collection === 'people' ? entry.values.name : entry.values.title;
    const slug = slugify(String(title)).slice(0, 80).replace(/-+$/u, '');
    const titleColumn = collection === 'people' ? 'name' : 'title';
    if (slug === '') {
      problem(
        row,
        titleColumn,
        t(`aus ${q(title).de} lässt sich kein Dateiname bilden`, `${q(title).en} gives no file name`),
        t('einen Titel mit Buchstaben oder Ziffern', 'a title with letters or digits'),
      );
      continue;
    }
    const place = placeOf(root, collection, entry.lang, slug);
    const shown = relative(cwd, place.file);
    const earlier = taken.get(place.id);
    if (earlier !== undefined || catalogue.ids.get(collection)?.has(place.id) || existsSync(place.file)) {
      problem(
        row,
        titleColumn,
        earlier !== undefined
          ? t(
              `ergibt denselben Dateinamen wie Zeile ${earlier}: ${shown}`,
              `gives the same file name as row ${earlier}: ${shown}`,
            )
          : t(`${shown} gibt es schon – nichts überschrieben`, `${shown} already exists – nothing was overwritten`),
        t(
          'einen anderen Titel, oder die Zeile löschen, wenn der Eintrag schon angelegt ist',
          'another title, or the row deleted if the entry exists already',
        ),
      );
      continue;
    }
    const frontmatter = renderFrontmatter({
      collection,
      lang: entry.lang,
      values: entry.values,
      today: options.today,
      slug,
      known,
    });
    const text = isLocalised(collection)
      ? `---\n${frontmatter}\n---\n\n${entry.body === undefined ? bodyTemplate(collection, entry.lang) : `${escapeMdxText(entry.body)}\n`}`
      : `${frontmatter}\n`;
    mkdirSync(dirname(place.file), { recursive: true });
    // 'wx': fails if the file appeared meanwhile; never overwrite.
    writeFileSync(place.file, text, { flag: 'wx' });
    taken.set(place.id, row);
    result.written.push({ row, file: shown, id: place.id });
  }

  if (result.written.length > 0) recheck(options, root, cwd, result);
  return result;
}

interface RowContext {
  options: ImportOptions;
  at: Map<ImportColumn, number>;
  catalogue: Catalogue;
  problem: (row: number, column: string, wrong: Text, expected: Text) => void;
  notes: RowProblem[];
  present: ReadonlySet<string>;
}

/** One row as the values of an entry, or undefined (its problems reported). */
function readRow(
  row: number,
  cells: string[],
  ctx: RowContext,
): { values: Record<string, unknown>; lang: Lang; body?: string } | undefined {
  const { options, at, catalogue, problem } = ctx;
  const { collection } = options;
  const values: Record<string, unknown> = {};
  /** Columns whose cell had a problem: the schema's message about the same field would only repeat it. */
  const failed = new Set<string>();
  const fail = (column: ImportColumn, r: CellResult<unknown>) => {
    if (r.ok) return;
    problem(row, column.name, r.wrong, r.expected);
    failed.add(column.name);
  };
  const cell = (column: ImportColumn) => cellText(cells[at.get(column)!]);

  // The language first: references to projects and translations depend on it.
  const langColumn = [...at.keys()].find((c) => c.reader === 'lang');
  const written = langColumn ? cell(langColumn)?.toLowerCase() : undefined;
  let lang: Lang = options.lang ?? 'de';
  if (written !== undefined) {
    if (!(LANGS as readonly string[]).includes(written)) {
      fail(langColumn!, {
        ok: false,
        wrong: t(`${q(written).de} ist keine Sprache der Website`, `${q(written).en} is not a language of the site`),
        expected: t('de oder en', 'de or en'),
      });
    } else if (options.lang && written !== options.lang) {
      fail(langColumn!, {
        ok: false,
        wrong: t(`${q(written).de}, aber --lang ${options.lang}`, `${q(written).en}, but --lang ${options.lang}`),
        expected: t(`${options.lang} oder eine leere Zelle`, `${options.lang} or an empty cell`),
      });
    } else lang = written as Lang;
  }
  if (isLocalised(collection)) values.lang = lang;
  if (isPublishable(collection)) {
    values.draft = true;
    values.publishedAt = options.today;
  }
  if (collection === 'practices') values.lastChecked = options.today;

  let body: string | undefined;
  const districtLists = new Map<string, string[]>();
  for (const column of at.keys()) {
    const text = cell(column);
    if (text === undefined || !column.path || column.reader === 'lang') {
      if (text !== undefined && column.reader === 'body') body = text;
      continue;
    }
    const set = (value: unknown) => setPath(values, column.path!, value);
    const refs = (resolveOne: (token: string) => CellResult<string>) => {
      const tokens = readList(text);
      if (!tokens.ok) return fail(column, tokens);
      const ids: string[] = [];
      for (const token of tokens.value) {
        const r = resolveOne(token);
        if (r.ok) ids.push(r.value);
        else fail(column, r);
      }
      return ids;
    };
    const plain = (r: CellResult<unknown>) => (r.ok ? set(r.value) : fail(column, r));
    const read = PLAIN_READERS[column.reader];
    if (read) {
      plain(read(text));
      continue;
    }
    switch (column.reader) {
      case 'text':
        set(text);
        break;
      case 'fields': {
        const ids = refs(resolveField);
        if (ids) set(ids);
        break;
      }
      case 'topics': {
        const ids = refs((s) => resolveTopic(catalogue, s));
        if (ids) set(ids);
        break;
      }
      case 'projects': {
        const ids = refs((s) => resolveProject(catalogue, s, lang));
        if (ids) set(ids);
        break;
      }
      case 'people': {
        const ids = refs((s) => resolvePerson(catalogue, s));
        if (ids) set(column.single ? ids[0] : ids);
        if (column.single && ids && ids.length > 1) {
          fail(column, {
            ok: false,
            wrong: t(`nennt ${ids.length} Personen`, `names ${ids.length} people`),
            expected: t('eine Person', 'one person'),
          });
        }
        break;
      }
      case 'districts': {
        const ids = refs((s) => resolveDistrict(catalogue, s));
        if (ids) districtLists.set(column.name, ids);
        break;
      }
      case 'translation': {
        if ((catalogue.ids.get(collection) ?? new Set()).has(text)) set(text);
        else {
          ctx.notes.push({
            file: options.file,
            row,
            column: column.name,
            wrong: t(
              `${q(text).de} gibt es in diesem Inhaltsordner nicht: nicht übernommen`,
              `${q(text).en} is not in this content folder: left out`,
            ),
            expected: t(
              'nach dem Import die Übersetzung verknüpfen (translation: in beiden Dateien)',
              'the translation linked after the import (translation: in both files)',
            ),
          });
        }
        break;
      }
      default:
        break;
    }
  }

  // `districts` (keys) and `districtNames` (names) may both be there, as in the export: they must agree.
  const [keys, names] = [districtLists.get('districts'), districtLists.get('districtNames')];
  if (keys && names && [...keys].sort().join() !== [...names].sort().join()) {
    problem(
      row,
      'districtNames',
      t(
        `nennt andere Kreise (${names.join(', ')}) als districts (${keys.join(', ')})`,
        `names other districts (${names.join(', ')}) than districts (${keys.join(', ')})`,
      ),
      t(
        'dieselben Kreise in beiden Spalten, oder eine der beiden Zellen leer',
        'the same districts in both columns, or one of the two cells empty',
      ),
    );
    failed.add('districts').add('districtNames');
  }
  if (keys ?? names) values.districts = keys ?? names;

  // The schema, as the check applies it.
  const parsed = schemaFor(collection).safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues as z.core.$ZodIssue[]) {
      const path = issue.path as PathKey[];
      const column = columnOfPath(collection, path, ctx.present);
      if (column && failed.has(column.name)) continue;
      if (path[0] === 'districts' && failed.has('districtNames')) continue;
      const hintDe = hintFor(collection, path, 'de');
      const hintEn = hintFor(collection, path, 'en', undefined, true);
      const { wrong, expected } = describeIssue(
        issue,
        valueAt(values, path),
        hintDe && hintEn ? t(hintDe, hintEn) : undefined,
      );
      problem(row, columnLabel(column, path), wrong, expected);
    }
    return undefined;
  }
  return failed.size > 0 ? undefined : { values, lang, ...(body === undefined ? {} : { body }) };
}

/** `links[2].url` for a problem inside a JSON cell; the column's name otherwise. */
function columnLabel(column: ImportColumn | undefined, path: readonly PathKey[]): string {
  if (!column?.path) return fieldName(path);
  const inner = path.slice(column.path.length);
  return inner.length === 0 ? column.name : `${column.name}${fieldName(['x', ...inner]).slice(1)}`;
}

/** The check over the whole content folder; a new file with an error is taken back and its row reported. */
function recheck(options: ImportOptions, root: string, cwd: string, result: ImportResult) {
  const checked = checkContent({
    root,
    now: options.now,
    cwd,
    ...(options.publicDir ? { publicDir: options.publicDir } : {}),
  });
  const byFile = new Map(result.written.map((w) => [w.file, w]));
  const removed = new Set<Written>();
  for (const p of checked) {
    const w = byFile.get(p.file);
    if (!w || p.severity !== 'error') continue;
    const column = columnOfFieldName(options.collection, p.field.en);
    result.problems.push({ file: options.file, row: w.row, column, wrong: p.wrong, expected: p.expected });
    removed.add(w);
  }
  for (const w of removed) unlinkSync(resolve(cwd, w.file));
  result.written = result.written.filter((w) => !removed.has(w));
  result.problems.sort((a, b) => a.row - b.row);
}

/** The column behind a field as the check names it (`results.summary`, `links[2].url`). */
function columnOfFieldName(collection: ImportCollection, field: string): string {
  const path = field
    .split(/\.|\[(\d+)\]/u)
    .filter((s) => s !== undefined && s !== '')
    .map((s) => (/^\d+$/u.test(s) ? Number(s) - 1 : s));
  const column = columnOfPath(collection, path, new Set());
  return column ? columnLabel(column, path) : field;
}

/** `file:row  column  wrong  expected: …`, as the check writes its lines. */
export function formatRowProblem(p: RowProblem, lang: Lang): string {
  return `${p.file}:${p.row}  ${p.column}  ${p.wrong[lang]}  ${lang === 'de' ? 'erwartet' : 'expected'}: ${p.expected[lang]}`;
}
