/**
 * A spreadsheet saved as CSV, read into rows as the spreadsheet shows them.
 *
 * What spreadsheet programs write: the open-data export (UTF-8 with a byte order mark, comma), German
 * Excel's "CSV (Trennzeichen-getrennt)" (Windows-1252, semicolon), "CSV UTF-8" (byte order mark,
 * semicolon in German), LibreOffice (as chosen). So: UTF-8 with or without byte order mark is read
 * as it is; a file that is not UTF-8 is read as Windows-1252 and the import says so (umlauts come
 * out right, the editor learns to save as CSV UTF-8); UTF-16 ("Unicode text") and bytes Windows-1252
 * does not define are refused. The delimiter is the one of `;`, `,` and tab the header row uses most.
 * Cells may hold line breaks in quotes; a row is one record, so row numbers are the spreadsheet's.
 */
import { parse } from 'csv-parse/sync';
import { firstInvalidUtf8 } from '../contentCheck/encoding.ts';
import { t, type Text } from '../contentCheck/messages.ts';

export interface Sheet {
  /** The header row's cells (row 1). */
  header: string[];
  /** The other rows, each with its row number as the spreadsheet shows it (header = 1). */
  rows: { row: number; cells: string[] }[];
  delimiter: string;
  /** Set when the file was not UTF-8 and was read as Windows-1252. */
  encodingNote?: Text;
}

export class SheetError extends Error {
  readonly wrong: Text;
  readonly expected: Text;
  readonly row: number;
  constructor(row: number, wrong: Text, expected: Text) {
    super(wrong.en);
    this.row = row;
    this.wrong = wrong;
    this.expected = expected;
  }
}

const SAVE_AS_UTF8 = t(
  'die Tabelle als „CSV UTF-8 (durch Trennzeichen getrennt)“ gespeichert',
  'the spreadsheet saved as "CSV UTF-8 (comma delimited)"',
);

/** Bytes to text: UTF-8, or Windows-1252 with a note; refuses what is neither. */
export function decodeSheet(bytes: Uint8Array): { text: string; note?: Text } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new SheetError(
      1,
      t('ist als UTF-16 („Unicode-Text“) gespeichert', 'is saved as UTF-16 ("Unicode text")'),
      SAVE_AS_UTF8,
    );
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad === -1) return { text: new TextDecoder('utf-8').decode(bytes) };
  const text = new TextDecoder('windows-1252').decode(bytes);
  // Bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D mean nothing in Windows-1252: then it is some other encoding.
  const undefinedByte = /[\u0080-\u009f]/u.exec(text);
  if (undefinedByte || bytes.includes(0)) {
    let row = 1;
    for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a) row++;
    throw new SheetError(
      row,
      t(
        `ist weder UTF-8 noch Windows-1252 (Byte ${bad}: 0x${bytes[bad]!.toString(16).toUpperCase()})`,
        `is neither UTF-8 nor Windows-1252 (byte ${bad}: 0x${bytes[bad]!.toString(16).toUpperCase()})`,
      ),
      SAVE_AS_UTF8,
    );
  }
  return {
    text,
    note: t(
      'ist nicht als UTF-8 gespeichert und wurde als Windows-1252 gelesen (so speichert Excel „CSV (Trennzeichen-getrennt)“); Umlaute bitte in den Entwürfen prüfen',
      'is not saved as UTF-8 and was read as Windows-1252 (as Excel saves "CSV (comma delimited)"); please check the umlauts in the drafts',
    ),
  };
}

/** The delimiter the header row uses most: `;` (German spreadsheets), `,` (the export) or a tab. */
export function delimiterOf(text: string): string {
  const first = text.replace(/^\uFEFF/u, '').split(/\r?\n/u, 1)[0] ?? '';
  const count = (c: string) => first.split(c).length - 1;
  return [',', ';', '\t'].reduce((best, c) => (count(c) > count(best) ? c : best), ',');
}

export function readSheet(bytes: Uint8Array): Sheet {
  const { text, note } = decodeSheet(bytes);
  const delimiter = delimiterOf(text);
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch (e) {
    const err = e as { records?: number; message?: string };
    const detail = (err.message ?? String(e)).split('\n')[0]!;
    // `records` counts the rows read completely (the header among them): the next one is broken.
    throw new SheetError(
      (err.records ?? 0) + 1,
      t(`lässt sich nicht als CSV lesen: ${detail}`, `cannot be read as CSV: ${detail}`),
      t(
        'jedes Anführungszeichen in einer Zelle verdoppelt (""), Zellen mit Zeilenumbruch in Anführungszeichen',
        'every quote inside a cell doubled (""), cells with line breaks in quotes',
      ),
    );
  }
  const [header = [], ...rest] = records;
  return {
    header: header.map((h) => h.trim()),
    rows: rest.map((cells, i) => ({ row: i + 2, cells })),
    delimiter,
    ...(note ? { encodingNote: note } : {}),
  };
}
