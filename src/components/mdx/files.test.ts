import { describe, expect, test } from 'vitest';
import { fileSize, fileType } from './files.ts';

describe('fileType', () => {
  test('is the extension in capitals, without query or fragment', () => {
    expect(fileType('/downloads/bericht.pdf')).toBe('PDF');
    expect(fileType('https://example.org/daten/tabelle.xlsx?v=2#blatt1')).toBe('XLSX');
  });

  test('is undefined for a name without an extension, or a dot file', () => {
    expect(fileType('/downloads/bericht')).toBeUndefined();
    expect(fileType('/downloads/.htaccess')).toBeUndefined();
  });
});

describe('fileSize', () => {
  test('uses decimal units as file managers show them, one decimal below 10 MB', () => {
    expect(fileSize(512, 'en')).toBe('512 Bytes');
    expect(fileSize(850_000, 'en')).toBe('850 KB');
    expect(fileSize(1_200_000, 'en')).toBe('1.2 MB');
    expect(fileSize(12_500_000, 'en')).toBe('13 MB');
    expect(fileSize(3_000_000_000, 'en')).toBe('3.0 GB');
  });

  test('writes German numbers in German', () => {
    expect(fileSize(1_200_000, 'de')).toBe('1,2 MB');
    expect(fileSize(1_500_000_000_000, 'de')).toBe('1.500 GB');
  });
});
