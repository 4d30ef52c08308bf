/**
 * Reading a spreadsheet's CSV as the programs write it: the export (UTF-8 with byte order mark, comma),
 * German Excel (semicolon; Windows-1252 or UTF-8), cells with line breaks, and what cannot be read.
 */
import { describe, expect, it } from 'vitest';
import { toCsv } from '../opendata/csv.ts';
import { readSheet, SheetError } from './read.ts';

const cp1252 = (text: string) =>
  Uint8Array.from([...text].map((c) => (c === '€' ? 0x80 : c === '–' ? 0x96 : c.charCodeAt(0))));

function sheetError(bytes: Uint8Array): SheetError {
  try {
    readSheet(bytes);
  } catch (e) {
    if (e instanceof SheetError) return e;
    throw e;
  }
  throw new Error('no SheetError');
}

describe('readSheet', () => {
  it('reads the export’s own CSV (byte order mark, comma, CR LF) back to its cells', () => {
    const csv = toCsv(['title', 'teaser'], [['Bürgerbüro, digital', 'Sagt "ja"\nund mehr']]);
    const sheet = readSheet(Buffer.from(csv));
    expect(sheet.delimiter).toBe(',');
    expect(sheet.header).toEqual(['title', 'teaser']);
    expect(sheet.rows).toEqual([{ row: 2, cells: ['Bürgerbüro, digital', 'Sagt "ja"\nund mehr'] }]);
    expect(sheet.encodingNote).toBeUndefined();
  });

  it('takes the semicolon German Excel writes, and counts rows as the spreadsheet does (a cell with line breaks is one row)', () => {
    const text = 'title;costsOneOff\r\n"Zwei\r\nZeilen";25.000\r\n\r\nDritte;1,5\r\n';
    const sheet = readSheet(Buffer.from(text));
    expect(sheet.delimiter).toBe(';');
    expect(sheet.rows.map((r) => [r.row, r.cells[0]])).toEqual([
      [2, 'Zwei\r\nZeilen'],
      [3, ''],
      [4, 'Dritte'],
    ]);
  });

  it('reads a Windows-1252 file (Excel’s "CSV (Trennzeichen-getrennt)") right, and says so', () => {
    const sheet = readSheet(cp1252('title;note\r\nÄrger über Öffnungszeiten – 25 €;ß\r\n'));
    expect(sheet.rows[0]!.cells).toEqual(['Ärger über Öffnungszeiten – 25 €', 'ß']);
    expect(sheet.encodingNote?.en).toMatch(/^is not saved as UTF-8 and was read as Windows-1252/u);
  });

  it('refuses UTF-16 and bytes Windows-1252 does not define, naming what to do', () => {
    const utf16 = sheetError(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('title\r\n', 'utf16le')]));
    expect([utf16.row, utf16.wrong.en, utf16.expected.en]).toEqual([
      1,
      'is saved as UTF-16 ("Unicode text")',
      'the spreadsheet saved as "CSV UTF-8 (comma delimited)"',
    ]);
    const other = sheetError(Uint8Array.from([0x74, 0x0a, 0xe4, 0x0a, 0x81]));
    expect([other.row, other.wrong.en]).toEqual([2, 'is neither UTF-8 nor Windows-1252 (byte 2: 0xE4)']);
  });

  it('refuses a quote that is never closed, naming the row it starts in', () => {
    const e = sheetError(Buffer.from('title;teaser\r\nEins;gut\r\nZwei;"offen\r\nDrei;x\r\n'));
    expect(e.row).toBe(3);
    expect(e.wrong.en).toMatch(/^cannot be read as CSV: Quote Not Closed/u);
  });
});
