import { describe, expect, test } from 'vitest';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { citationKey, escapeBibtex, toBibtex } from './bibtex.ts';
import { toRis } from './ris.ts';
import { toCsl } from './csl.ts';
import { citationMeta } from './meta.ts';
import { splitName, type CitationRecord } from './record.ts';

const record: CitationRecord = {
  id: 'kyf-bericht',
  title: 'Papierlose Sozialverwaltung: 100 % digital & „ohne Akten“',
  subtitle: 'Größere Übergänge im Kyffhäuserkreis',
  authors: [splitName('Wolfgang Schroeder'), splitName('Ursula von der Leyen'), { literal: 'Redaktion Praxisdialog' }],
  publisher: 'Universität Kassel',
  year: 2024,
  lang: 'de',
  genre: 'Kreisbericht',
  abstract: 'Ein Bericht über {Akten}, $Kosten$ und #Ämter_Übergänge.',
  keywords: ['Sozialverwaltung', 'OZG'],
  url: 'https://example.org/bericht?a=1&b=2',
  pageUrl: 'https://praxisdialog.example/berichte/kyf-bericht/',
  pdf: 'https://example.org/bericht.pdf',
  doi: '10.1234/abc_def',
  urn: 'urn:nbn:de:0001-2024',
};

describe('names', () => {
  test('given names first, family name last; particles stay with the family name; "Family, Given" as written', () => {
    expect(splitName('Wolfgang Schroeder')).toEqual({ given: 'Wolfgang', family: 'Schroeder' });
    expect(splitName('Ursula von der Leyen')).toEqual({ given: 'Ursula', family: 'von der Leyen' });
    expect(splitName('Greef, Samuel')).toEqual({ family: 'Greef', given: 'Samuel' });
    expect(splitName('Destatis')).toEqual({ family: 'Destatis' });
  });
});

describe('BibTeX', () => {
  test('escapes what LaTeX treats as commands and keeps umlauts', () => {
    expect(escapeBibtex('100 % & $x_1$ #1 {a} ~ ^ \\ äöüß ẞ')).toBe(
      '100 \\% \\& \\$x\\_1\\$ \\#1 \\{a\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{} äöüß ẞ',
    );
  });

  test('a real BibTeX parser reads every field back, the German title with its capitals', () => {
    const lib = parseBibtex(toBibtex(record));
    expect(lib.errors).toEqual([]);
    const [entry] = lib.entries;
    expect(entry!.type).toBe('techreport');
    expect(entry!.key).toBe(citationKey(record));
    expect(entry!.fields.title).toBe(
      'Papierlose Sozialverwaltung: 100 % digital & „ohne Akten“: Größere Übergänge im Kyffhäuserkreis',
    );
    expect(
      entry!.fields.author!.map((a) => [[a.prefix, a.lastName ?? a.name].filter(Boolean).join(' '), a.firstName]),
    ).toEqual([
      ['Schroeder', 'Wolfgang'],
      ['von der Leyen', 'Ursula'],
      ['Redaktion Praxisdialog', undefined],
    ]);
    expect(entry!.fields.institution).toEqual(['Universität Kassel']);
    expect(entry!.fields.year).toBe('2024');
    expect(entry!.fields.doi).toBe('10.1234/abc_def');
    expect(entry!.fields.url).toBe('https://example.org/bericht?a=1&b=2');
    expect(entry!.fields.abstract).toBe('Ein Bericht über {Akten}, $Kosten$ und #Ämter_Übergänge.');
  });

  test('an English title keeps its capitals through a parser that sentence-cases English titles', () => {
    const title = 'Final report "DatenDorf: Implementing the OZG together"';
    const lib = parseBibtex(
      toBibtex({ ...record, lang: 'en', title, subtitle: 'Experience from Brandenburg & Ümlaut' }),
    );
    expect(lib.errors).toEqual([]);
    expect(lib.entries[0]!.fields.title).toBe(`${title}: Experience from Brandenburg & Ümlaut`);
    expect(lib.entries[0]!.fields.langid).toBe('english');
  });

  test('without a publisher the entry is @misc (BibTeX requires an institution for @techreport)', () => {
    const lib = parseBibtex(toBibtex({ ...record, publisher: undefined }));
    expect(lib.entries[0]!.type).toBe('misc');
  });

  test('the key is ASCII: first author, year, first word', () => {
    expect(citationKey(record)).toBe('schroeder2024papierlose');
    expect(citationKey({ ...record, authors: [{ family: 'Müller-Lüdenscheidt' }], year: undefined })).toBe(
      'muellerluedenscheidtpapierlose',
    );
  });
});

describe('RIS', () => {
  test('Citation.js reads it as a report with authors, year, publisher, DOI and address', () => {
    const text = toRis(record);
    expect(text.endsWith('ER  - \r\n')).toBe(true);
    const [item] = new Cite(text).data as Record<string, unknown>[];
    expect(item!.type).toBe('report');
    expect(item!.title).toBe(toCsl(record)[0]!.title);
    expect(item!.author).toEqual([
      { family: 'Schroeder', given: 'Wolfgang' },
      { family: 'von der Leyen', given: 'Ursula' },
      { literal: 'Redaktion Praxisdialog' },
    ]);
    expect(item!.publisher).toBe('Universität Kassel');
    expect(item!.DOI).toBe('10.1234/abc_def');
    expect(item!.URL).toBe(record.url);
    expect((item!.issued as { 'date-parts': number[][] })['date-parts'][0]![0]).toBe(2024);
  });
});

describe('CSL-JSON and citation tags', () => {
  test('CSL-JSON is one report item', () => {
    const [item] = toCsl(record);
    expect(item).toMatchObject({ type: 'report', genre: 'Kreisbericht', language: 'de', DOI: '10.1234/abc_def' });
    expect(item!.issued).toEqual({ 'date-parts': [[2024]] });
  });

  test('citation_* tags name title, every author inverted, date, institution, PDF and DOI', () => {
    const tags = citationMeta(record);
    const get = (n: string) => tags.filter(([k]) => k === n).map(([, v]) => v);
    expect(get('citation_author')).toEqual(['Schroeder, Wolfgang', 'von der Leyen, Ursula', 'Redaktion Praxisdialog']);
    expect(get('citation_publication_date')).toEqual(['2024']);
    expect(get('citation_technical_report_institution')).toEqual(['Universität Kassel']);
    expect(get('citation_pdf_url')).toEqual([record.pdf]);
    expect(get('citation_doi')).toEqual([record.doi]);
    expect(get('citation_abstract_html_url')).toEqual([record.pageUrl]);
  });
});
