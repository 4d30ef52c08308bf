import { describe, expect, it } from 'vitest';
import {
  expandKeywords,
  foldUmlauts,
  spellingVariants,
  splitCompound,
  transliterateUmlauts,
  wordsOf,
} from './keywords.ts';

describe('umlaut spellings', () => {
  it('folds umlauts to their base letters and ß to ss', () => {
    expect(foldUmlauts('Kyffhäuserkreis')).toBe('Kyffhauserkreis');
    expect(foldUmlauts('Öffentliche Straße, Übersicht')).toBe('Offentliche Strasse, Ubersicht');
  });

  it('transliterates umlauts as ae, oe, ue', () => {
    expect(transliterateUmlauts('Kyffhäuserkreis')).toBe('Kyffhaeuserkreis');
    expect(transliterateUmlauts('Bürgerbüro Ölmühle')).toBe('Buergerbuero Oelmuehle');
  });

  it('gives only the word itself when it has no umlaut', () => {
    expect(spellingVariants('Landkreis')).toEqual(['Landkreis']);
    expect(spellingVariants('Thüringen')).toEqual(['Thüringen', 'Thuringen', 'Thueringen']);
  });
});

describe('splitCompound', () => {
  it.each([
    // at a known head
    ['Kyffhäuserkreis', ['Kyffhäuser', 'kreis']],
    ['Sozialverwaltung', ['Sozial', 'verwaltung']],
    ['Bürgerbeteiligung', ['Bürger', 'beteiligung']],
    // dropping a linking s after -ung and the like
    ['Digitalisierungsstrategie', ['Digitalisierung', 'strategie']],
    ['Verwaltungsdigitalisierung', ['Verwaltung', 'digitalisierung']],
    // recursively
    ['Landkreisverwaltung', ['Land', 'kreis', 'verwaltung']],
    // at a known modifier when the rest starts like a word
    ['Sozialplanung', ['Sozial', 'planung']],
    // not at all: words that only look like compounds
    ['Digitalisierung', []],
    ['Sozialisation', []],
    ['Kreis', []],
    ['Beratung', []],
  ])('splits %s into %j', (word, parts) => {
    expect(splitCompound(word)).toEqual(parts);
  });
});

describe('wordsOf', () => {
  it('splits hyphenated names into the whole and its parts', () => {
    expect(wordsOf('Rheingau-Taunus-Kreis, Hessen')).toEqual([
      'RheingauTaunusKreis',
      'Rheingau',
      'Taunus',
      'Kreis',
      'Hessen',
    ]);
  });
});

describe('expandKeywords', () => {
  it('lets "Kyffhauser" and "Kyffhaeuser" find the Kyffhäuserkreis', () => {
    const words = expandKeywords(['Kyffhäuserkreis']);
    expect(words).toEqual([
      'Kyffhäuserkreis',
      'Kyffhauserkreis',
      'Kyffhaeuserkreis',
      'Kyffhäuser',
      'Kyffhauser',
      'Kyffhaeuser',
      'kreis',
    ]);
  });

  it('adds compound parts of topic words, once each, ignoring case', () => {
    const words = expandKeywords(['Sozialverwaltung', 'Verwaltung & Bürgerservice', 'Digitale Verwaltung']);
    expect(words.filter((w) => w.toLowerCase() === 'verwaltung')).toHaveLength(1);
    expect(words).toContain('Buergerservice');
    expect(words).toContain('service');
  });

  it('skips words shorter than three letters', () => {
    expect(expandKeywords(['OZG in 5 Tagen'])).toEqual(['OZG', 'Tagen']);
  });
});
