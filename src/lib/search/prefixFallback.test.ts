import { describe, expect, it } from 'vitest';
import { exactQuery, matchedWords, queryWords, unmatchedWords } from './prefixFallback.ts';

describe('queryWords', () => {
  it('splits at whitespace as Pagefind does and drops words of punctuation only', () => {
    expect(queryWords('  Bürgerbüro  Kyffhäuser – OZG-Umsetzung ')).toEqual([
      'Bürgerbüro',
      'Kyffhäuser',
      'OZG-Umsetzung',
    ]);
  });
});

describe('exactQuery', () => {
  it('quotes one word for the exact search and drops quotes inside it', () => {
    expect(exactQuery('Bür"ger')).toBe('"Bürger"');
  });
});

describe('matchedWords', () => {
  it('reads the words at the matched positions, once each', () => {
    expect(matchedWords('Die  Bürger und „Bürger“. Bürger', [1, 3, 4, 9])).toEqual(['Bürger', '„Bürger“.']);
  });
});

describe('unmatchedWords', () => {
  it('a word on no page, whose results matched a shorter word: unmatched, with that word', () => {
    expect(unmatchedWords(['Bürgerbüro'], [0], ['Bürgerinnen', '„Bürger“,', 'Burger'])).toEqual([
      { word: 'Bürgerbüro', similar: 'Bürger' },
    ]);
  });

  it('a word that the exact search finds in some inflection is found', () => {
    expect(unmatchedWords(['Landkreise'], [3], ['Landkreis'])).toEqual([]);
  });

  it('a word being typed is found when a matched word begins with it, umlauts folded', () => {
    expect(unmatchedWords(['Sozialverw'], [0], ['Sozialverwaltung.'])).toEqual([]);
    expect(unmatchedWords(['kyffhauserk'], [0], ['Kyffhäuserkreis'])).toEqual([]);
  });

  it('judges each word of a query on its own', () => {
    expect(unmatchedWords(['citizen', 'citizenoffice'], [11, 0], ['citizen', 'citizens'])).toEqual([
      { word: 'citizenoffice', similar: 'citizen' },
    ]);
  });

  it('names no similar word when no matched word shares a beginning', () => {
    expect(unmatchedWords(['Xylophon'], [0], ['Akte'])).toEqual([{ word: 'Xylophon' }]);
  });
});
