/**
 * Languages, UI strings and URL paths — one place per language.
 * German is the default and lives at the root; English lives under /en/.
 */
import { UI } from '../i18n/ui.ts';
import { localiseAll, type Localised } from '../i18n/localise.ts';

import { LANGS, LOCALE, DEFAULT_LANG, type Lang } from '../config/languages.ts';
import { COLLECTION_SECTIONS } from '../config/collections.ts';
export { LANGS, LOCALE, DEFAULT_LANG, type Lang };

/** The UI strings of one language. */
export type UiStrings = Localised<typeof UI>;

const strings = localiseAll(UI);

/** UI strings of a language. */
export function ui(lang: Lang): UiStrings {
  return strings[lang];
}

/** The other language. */
export function otherLang(lang: Lang): Lang {
  return lang === 'de' ? 'en' : 'de';
}

/** Path segments of each section, per language: the collections' from the registry, then the other pages. */
export const SECTIONS = {
  home: { de: '', en: '' },
  ...COLLECTION_SECTIONS,
  fields: { de: 'handlungsfelder', en: 'fields' },
  search: { de: 'suche', en: 'search' },
  newsletter: { de: 'newsletter', en: 'newsletter' },
  imprint: { de: 'impressum', en: 'imprint' },
  privacy: { de: 'datenschutz', en: 'privacy' },
  accessibility: { de: 'barrierefreiheit', en: 'accessibility' },
} as const;
export type Section = keyof typeof SECTIONS;

/**
 * The site-relative path of a section or entry, always with a trailing slash.
 * `path('en', 'practices', 'paperless-social-administration')` → `/en/practices/paperless-social-administration/`
 */
export function path(lang: Lang, section: Section, ...rest: (string | number)[]): string {
  const parts = [lang === 'en' ? 'en' : '', SECTIONS[section][lang], ...rest.map(String)].filter((p) => p !== '');
  return parts.length === 0 ? '/' : `/${parts.join('/')}/`;
}

/** Pick the text of a bilingual field, falling back to German; `fallback` tells whether it did. */
export function pick(
  text: { de: string; en?: string | undefined } | undefined,
  lang: Lang,
): { text: string; lang: Lang; fallback: boolean } | undefined {
  if (!text) return undefined;
  if (lang === 'en' && text.en) return { text: text.en, lang: 'en', fallback: false };
  return { text: text.de, lang: 'de', fallback: lang === 'en' };
}

// Formatters are made once: making one costs far more than formatting, and a build formats dates thousands of
// times (the profile of a 1,000-entry build showed these two functions among its top frames).
const LONG_DATE = {
  de: new Intl.DateTimeFormat(LOCALE.de, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Berlin' }),
  en: new Intl.DateTimeFormat(LOCALE.en, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Berlin' }),
};
const ISO_DATE = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' });

/** Long date, e.g. "1. März 2025" / "1 March 2025". */
export function formatDate(date: Date, lang: Lang): string {
  return LONG_DATE[lang].format(date);
}

/** ISO date (YYYY-MM-DD) in Berlin time. */
export function isoDate(date: Date): string {
  return ISO_DATE.format(date);
}

const NUMBER_FORMATS = new Map<string, Intl.NumberFormat>();

/** Numbers with the language's separators. */
export function formatNumber(n: number, lang: Lang, digits = 0): string {
  const key = `${lang} ${digits}`;
  let format = NUMBER_FORMATS.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: digits });
    NUMBER_FORMATS.set(key, format);
  }
  return format.format(n);
}

const EURO = {
  de: new Intl.NumberFormat(LOCALE.de, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat(LOCALE.en, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }),
};

/** Euro amounts (the formatters made once, as the dates'). */
export function formatEuro(n: number, lang: Lang): string {
  return EURO[lang].format(n);
}
