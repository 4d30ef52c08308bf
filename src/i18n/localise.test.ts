import { describe, expect, it } from 'vitest';
import { localise, localiseAll, type Table } from './localise.ts';

const TABLE = {
  title: { de: 'Titel', en: 'Title' },
  count: { de: (n: number) => `${n} Einträge`, en: (n: number) => `${n} entries` },
  group: { inner: { de: 'innen', en: 'inside' } },
  // A record keyed by language is a leaf too: the pair of the two languages' records.
  languages: { de: { de: 'Deutsch', en: 'Englisch' }, en: { de: 'German', en: 'English' } },
} satisfies Table;

describe('localise', () => {
  it('replaces every pair by the value of one language and keeps the keys', () => {
    const de = localise(TABLE, 'de');
    expect(de.title).toBe('Titel');
    expect(de.count(3)).toBe('3 Einträge');
    expect(de.group).toEqual({ inner: 'innen' });
    expect(localise(TABLE, 'en').languages).toEqual({ de: 'German', en: 'English' });
  });

  it('makes a table for each language', () => {
    expect(Object.keys(localiseAll(TABLE))).toEqual(['de', 'en']);
    expect(localiseAll(TABLE).en.group.inner).toBe('inside');
  });

  it('refuses a text without its other language at type level', () => {
    // @ts-expect-error -- `en` missing: `npm run typecheck` fails if this is ever accepted
    const missing = { title: { de: 'Titel' } } satisfies Table;
    expect(missing.title.de).toBe('Titel');
  });
});
