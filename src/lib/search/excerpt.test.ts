import { describe, expect, it } from 'vitest';
import { bodyExcerpt, escapeHtml, highlightTerms, keywordsStart, queryTerms, unglue } from './excerpt.ts';

const at = (location: number, weight = 1) => ({ location, weight });

describe('bodyExcerpt', () => {
  const content =
    'Gute Praxis. Kyffhäuserkreis: Papierlose Sozialverwaltung. Im Kreis ging es um Akten. ' +
    'Die Verwaltung arbeitet nun digital. Kyffhauser Kyffhaeuser kreis';
  // Words: 0 Gute, 1 Praxis., 2 Kyffhäuserkreis:, … 12 Verwaltung, … 16 Kyffhauser, 17 Kyffhaeuser, 18 kreis

  it('marks the matched words of the text, with some context before them, and cuts with "…"', () => {
    expect(bodyExcerpt(content, [at(12)], 16, 5)).toBe('… Die <mark>Verwaltung</mark> arbeitet nun digital.');
  });

  it('never shows the keyword block after the limit', () => {
    expect(bodyExcerpt(content, [at(16, 0.5), at(17, 0.5)], 16)).toBeUndefined();
    expect(bodyExcerpt(content, [at(12), at(16, 0.5)], 16, 30)).not.toContain('Kyffhauser');
  });

  it('skips title and teaser matches, which the card shows anyway', () => {
    expect(bodyExcerpt(content, [at(2, 10), at(4, 5)], 16)).toBeUndefined();
  });

  it('escapes the text', () => {
    expect(bodyExcerpt('a <b> & c', [at(1)], 10)).toBe('a &lt;<mark>b</mark>&gt; &amp; c');
  });

  it('marks the word and leaves the punctuation Pagefind keeps with it outside', () => {
    expect(bodyExcerpt('Social „administration“, online access', [at(1)], 10)).toBe(
      'Social „<mark>administration</mark>“, online access',
    );
    expect(bodyExcerpt('Die Verwaltung. Dann', [at(1)], 10)).toBe('Die <mark>Verwaltung</mark>. Dann');
  });
});

describe('unglue', () => {
  it('separates texts of adjacent elements that Pagefind joined, and leaves words alone', () => {
    expect(unglue('StatusBeendetZeitraum2021–2024Beteiligte')).toBe('Status Beendet Zeitraum 2021–2024 Beteiligte');
    expect(unglue('Kyffhäuserkreis')).toBe('Kyffhäuserkreis');
    expect(unglue('OZG-Umsetzung')).toBe('OZG-Umsetzung');
    expect(unglue('KI')).toBe('KI');
  });
});

describe('keywordsStart', () => {
  it('finds the keyword anchor, or Infinity without one', () => {
    expect(
      keywordsStart([
        { id: 'p-problem', location: 10 },
        { id: 'pf-keywords', location: 240 },
      ]),
    ).toBe(240);
    expect(keywordsStart([{ id: 'p-problem', location: 10 }])).toBe(Infinity);
    expect(keywordsStart(undefined)).toBe(Infinity);
  });
});

describe('highlightTerms', () => {
  it('marks words that start with a query word, across umlauts and case', () => {
    const terms = queryTerms('kyffhauser landkreis');
    expect(highlightTerms('Im Kyffhäuserkreis und anderen Landkreisen', terms)).toBe(
      'Im <mark>Kyffhäuserkreis</mark> und anderen <mark>Landkreisen</mark>',
    );
  });

  it('lets "ae" spellings mark umlauts', () => {
    expect(highlightTerms('Thüringen', queryTerms('Thueringen'))).toBe('<mark>Thüringen</mark>');
  });

  it('escapes and marks nothing without terms', () => {
    expect(highlightTerms('"A" & <B>', [])).toBe(escapeHtml('"A" & <B>'));
    expect(queryTerms('a')).toEqual([]);
  });
});
