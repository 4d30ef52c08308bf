import { describe, expect, it } from 'vitest';
import { CatalogError, checkCatalog } from './catalog.ts';
import { fill } from './fill.ts';

const FILE = 'src/i18n/example.json';

/** The message a broken catalog stops with. */
function failure(catalog: unknown, options?: Parameters<typeof checkCatalog>[2]): string {
  try {
    checkCatalog(catalog, FILE, options);
  } catch (error) {
    expect(error).toBeInstanceOf(CatalogError);
    return (error as Error).message;
  }
  throw new Error('the catalog passed the check');
}

describe('checkCatalog', () => {
  it('returns a good catalog as it is, groups and all', () => {
    const catalog = {
      title: { de: 'Titel', en: 'Title' },
      mail: { count: { de: '{n} neue Einträge', en: '{n} new entries' } },
    };
    expect(checkCatalog(catalog, FILE)).toBe(catalog);
  });

  it('names the file, the key path and the language missing', () => {
    const catalog = { mail: { confirm: { subject: { de: 'Bitte bestätigen' } } } };
    expect(failure(catalog)).toBe(`${FILE}:\n  mail.confirm.subject: "en" is missing`);
  });

  it('names a placeholder that stands in one language only', () => {
    const catalog = { backups: { de: 'nach {days} Tagen gelöscht', en: 'deleted after some days' } };
    expect(failure(catalog)).toBe(`${FILE}:\n  backups: the placeholders differ: "de" has {days}, "en" has none`);
  });

  it('names a placeholder spelt differently in the two languages', () => {
    const catalog = { why: { de: '({frequency}, {lang})', en: '({frequency}, {language})' } };
    expect(failure(catalog)).toContain('why: the placeholders differ: "de" has {frequency} {lang}, "en" has');
  });

  it('lists every problem at once: empty texts, texts that are not text, unknown languages, stray values', () => {
    const catalog = {
      empty: { de: ' ', en: 'Text' },
      number: { de: 'Text', en: 7 },
      french: { de: 'Text', en: 'Text', fr: 'Texte' },
      'people:bio.de': 'Deutscher Text',
    };
    expect(failure(catalog).split('\n')).toEqual([
      `${FILE}:`,
      '  empty: "de" is empty',
      '  number: "en" is number, not a text',
      '  french: "fr" is not a language (de, en)',
      '  ["people:bio.de"]: expected a group of texts or { de, en }, found string',
    ]);
  });

  it('lets a catalog leave out the languages its module supplies another way', () => {
    const catalog = { lang: { de: 'Sprache des Eintrags' } };
    expect(checkCatalog(catalog, FILE, { optional: ['en'] })).toBe(catalog);
    expect(failure({ lang: { en: 'Language' } }, { optional: ['en'] })).toContain('lang: "de" is missing');
  });

  it('reads braces as text in a catalog that is never filled (MDX code such as src={foto})', () => {
    const catalog = { src: { de: 'dann src={foto}', en: 'then src={photo}' } };
    expect(checkCatalog(catalog, FILE, { placeholders: false })).toBe(catalog);
  });
});

describe('fill', () => {
  it('fills every placeholder, each as often as it stands, and leaves an unknown one visible', () => {
    expect(fill('nach {days} Tagen, spätestens {days} Tage später; {unknown}', { days: 30 })).toBe(
      'nach 30 Tagen, spätestens 30 Tage später; {unknown}',
    );
  });
});
