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
  it('splits at a known head', () => {
    expect(splitCompound('Kyffhäuserkreis')).toEqual(['Kyffhäuser', 'kreis']);
    expect(splitCompound('Sozialverwaltung')).toEqual(['Sozial', 'verwaltung']);
    expect(splitCompound('Bürgerbeteiligung')).toEqual(['Bürger', 'beteiligung']);
  });

  it('drops a linking s after -ung and the like', () => {
    expect(splitCompound('Digitalisierungsstrategie')).toEqual(['Digitalisierung', 'strategie']);
    expect(splitCompound('Verwaltungsdigitalisierung')).toEqual(['Verwaltung', 'digitalisierung']);
  });

  it('splits recursively', () => {
    expect(splitCompound('Landkreisverwaltung')).toEqual(['Land', 'kreis', 'verwaltung']);
  });

  it('splits at a known modifier when the rest starts like a word', () => {
    expect(splitCompound('Sozialplanung')).toEqual(['Sozial', 'planung']);
  });

  it('leaves words alone that only look like compounds', () => {
    expect(splitCompound('Digitalisierung')).toEqual([]);
    expect(splitCompound('Sozialisation')).toEqual([]);
    expect(splitCompound('Kreis')).toEqual([]);
    expect(splitCompound('Beratung')).toEqual([]);
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
