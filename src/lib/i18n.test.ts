import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatEuro,
  formatNumber,
  isoDate,
  LANGS,
  otherLang,
  path,
  pick,
  SECTIONS,
  ui,
  type Section,
} from './i18n.ts';

describe('path', () => {
  it('puts the German home at / and the English home at /en/', () => {
    expect(path('de', 'home')).toBe('/');
    expect(path('en', 'home')).toBe('/en/');
  });

  it('uses the German segment at the root and the English one under /en/, with a trailing slash', () => {
    expect(path('de', 'practices')).toBe('/praxis/');
    expect(path('en', 'practices')).toBe('/en/practices/');
    expect(path('de', 'districts', 'kyffhaeuserkreis-16065')).toBe('/kreise/kyffhaeuserkreis-16065/');
    expect(path('en', 'districts', 'kyffhaeuserkreis-16065')).toBe('/en/districts/kyffhaeuserkreis-16065/');
  });

  it('joins several parts and numbers, and skips empty ones', () => {
    expect(path('de', 'blog', 'seite', 2)).toBe('/blog/seite/2/');
    expect(path('en', 'blog', '')).toBe('/en/blog/');
  });

  it('gives every section its own segment in each language, so no two sections share a URL', () => {
    for (const lang of LANGS) {
      const sections = (Object.keys(SECTIONS) as Section[]).filter((s) => s !== 'home');
      const paths = sections.map((s) => path(lang, s));
      expect(new Set(paths).size, lang).toBe(paths.length);
      // No German section may start with "en", which is where the English site lives.
      if (lang === 'de') for (const p of paths) expect(p).not.toMatch(/^\/en\//u);
    }
  });
});

describe('pick', () => {
  const both = { de: 'Landkreis', en: 'District' };

  it('gives the German text in German and the English text in English, without fallback', () => {
    expect(pick(both, 'de')).toEqual({ text: 'Landkreis', lang: 'de', fallback: false });
    expect(pick(both, 'en')).toEqual({ text: 'District', lang: 'en', fallback: false });
  });

  it('falls back to German in English when there is no English text, and says so', () => {
    expect(pick({ de: 'Nur Deutsch' }, 'en')).toEqual({ text: 'Nur Deutsch', lang: 'de', fallback: true });
    expect(pick({ de: 'Nur Deutsch', en: undefined }, 'en')).toEqual({
      text: 'Nur Deutsch',
      lang: 'de',
      fallback: true,
    });
  });

  it('treats an empty English text as missing', () => {
    expect(pick({ de: 'Nur Deutsch', en: '' }, 'en')).toEqual({ text: 'Nur Deutsch', lang: 'de', fallback: true });
  });

  it('gives nothing for a missing field', () => {
    expect(pick(undefined, 'de')).toBeUndefined();
    expect(pick(undefined, 'en')).toBeUndefined();
  });
});

describe('otherLang and ui', () => {
  it('swaps the two languages', () => {
    expect(otherLang('de')).toBe('en');
    expect(otherLang('en')).toBe('de');
  });

  it('has the same UI string keys in both languages, none of them empty', () => {
    const shape = (value: unknown, at: string, out: Map<string, unknown>) => {
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        for (const [k, v] of Object.entries(value)) shape(v, `${at}.${k}`, out);
      } else out.set(at, value);
      return out;
    };
    const de = shape(ui('de'), 'ui', new Map());
    const en = shape(ui('en'), 'ui', new Map());
    expect([...en.keys()].sort()).toEqual([...de.keys()].sort());
    for (const [key, value] of [...de, ...en]) if (typeof value === 'string') expect(value.trim(), key).not.toBe('');
  });
});

describe('formatting', () => {
  it('writes a long date in each language, in Berlin time', () => {
    expect(formatDate(new Date('2025-03-01'), 'de')).toBe('1. März 2025');
    expect(formatDate(new Date('2025-03-01'), 'en')).toBe('1 March 2025');
    // 23:30 UTC on 31 December is already New Year's Day in Berlin.
    expect(formatDate(new Date('2025-12-31T23:30:00Z'), 'de')).toBe('1. Januar 2026');
  });

  it('writes an ISO date of the Berlin day', () => {
    expect(isoDate(new Date('2025-03-01'))).toBe('2025-03-01');
    expect(isoDate(new Date('2025-07-01T22:30:00Z'))).toBe('2025-07-02');
  });

  it('separates thousands and decimals as each language does', () => {
    expect(formatNumber(75009, 'de')).toBe('75.009');
    expect(formatNumber(75009, 'en')).toBe('75,009');
    expect(formatNumber(72.27, 'de', 1)).toBe('72,3');
    expect(formatNumber(72.27, 'en', 1)).toBe('72.3');
  });

  it('writes euro amounts without cents, the sign where each language puts it', () => {
    expect(formatEuro(12000, 'de')).toMatch(/^12\.000\s€$/u);
    expect(formatEuro(12000, 'en')).toBe('€12,000');
  });
});
