import { describe, expect, it } from 'vitest';
import { slugify } from './slug.ts';

describe('slugify', () => {
  it('spells out umlauts as ae, oe, ue in lower case', () => {
    expect(slugify('Äpfel, Öfen und Übungen')).toBe('aepfel-oefen-und-uebungen');
  });

  it('turns ß into ss', () => {
    expect(slugify('Straße')).toBe('strasse');
  });

  it('turns the capital ẞ into ss as well', () => {
    expect(slugify('GROẞE STRAẞE')).toBe('grosse-strasse');
  });

  it('drops accents from other languages', () => {
    expect(slugify('Café São Paulo à Málaga')).toBe('cafe-sao-paulo-a-malaga');
  });

  it('spells out an umlaut typed as a letter plus combining diaeresis (NFD) like the composed one', () => {
    const decomposed = 'A\u0308pfel'.normalize('NFD');
    expect(decomposed).not.toBe('Äpfel');
    expect(slugify(decomposed)).toBe('aepfel');
  });

  it('keeps letters that have no accent to drop, such as Ł, Æ and Ø, instead of deleting them', () => {
    expect(slugify('Łódź')).toBe('lodz');
    expect(slugify('Ærø Ørsted')).toBe('aeroe-oersted');
  });

  it('turns every run of punctuation and spaces into one hyphen, with none at either end', () => {
    expect(slugify('  --Hallo,  Welt! (KI & OZG) / 2025?--  ')).toBe('hallo-welt-ki-ozg-2025');
  });

  it('leaves a slug that is already clean as it is', () => {
    expect(slugify('papierlose-sozialverwaltung')).toBe('papierlose-sozialverwaltung');
  });

  it('gives an empty slug for a text without letters or digits', () => {
    expect(slugify('–!?')).toBe('');
  });
});
