/** Cells as people type them: German numbers and dates, yes/no in either language, lists. */
import { describe, expect, it } from 'vitest';
import { cellText, readBoolean, readDate, readList, readMoney, readYear } from './cells.ts';

const value = <T>(r: { ok: true; value: T } | { ok: false }) => (r.ok ? r.value : 'refused');

describe('cells', () => {
  it.each([
    ['25000', 25000],
    ['25.000', 25000],
    ['1.250.000', 1250000],
    ['25.000,50', 25000.5],
    ['25 000 €', 25000],
    ['EUR 1.500', 1500],
    ['12,5', 12.5],
    ['2500.5', 2500.5],
    ['2500.125', 2500.125],
    ['25,000', 'refused'],
    ['zwölftausend', 'refused'],
    ['-5', 'refused'],
    ['1.2.3', 'refused'],
  ])('money %s → %s', (text, expected) => {
    expect(value(readMoney(text))).toBe(expected);
  });

  it.each([
    ['2025-03-01', '2025-03-01'],
    ['01.03.2025', '2025-03-01'],
    ['1.3.2025', '2025-03-01'],
    ['29.02.2024', '2024-02-29'],
    ['29.02.2025', 'refused'],
    ['2025-02-30', 'refused'],
    ['01.03.25', 'refused'],
    ['März 2025', 'refused'],
  ])('date %s → %s', (text, expected) => {
    expect(value(readDate(text))).toBe(expected);
  });

  it('years, yes and no, lists, and the export’s formula protection', () => {
    expect([readYear('2021'), readYear('2021,0'), readYear('21')].map(value)).toEqual([2021, 2021, 'refused']);
    expect(['WAHR', 'falsch', 'ja', 'true', 'x', '0', 'vielleicht'].map((s) => value(readBoolean(s)))).toEqual([
      true,
      false,
      true,
      true,
      true,
      false,
      'refused',
    ]);
    expect(value(readList('Hanau; Gelnhausen ;;'))).toEqual(['Hanau', 'Gelnhausen']);
    expect(value(readList('["Hanau","Bad Orb; Stadt"]'))).toEqual(['Hanau', 'Bad Orb; Stadt']);
    expect(value(readList('[1, 2]'))).toBe('refused');
    expect([cellText("'=HYPERLINK()"), cellText('  '), cellText(' a\r\nb ')]).toEqual([
      '=HYPERLINK()',
      undefined,
      'a\nb',
    ]);
  });
});
