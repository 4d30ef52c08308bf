/**
 * Every text of the newsletter — sign-up form, server pages, e-mails — German and English side by side
 * (`{ de, en }` pairs, see src/i18n/localise.ts: a text missing in one language is a type error).
 * Placeholders are written {name} and filled by `fill()`. The texts are a message catalog, ./strings.json
 * (see src/i18n/catalog.ts).
 */
import type { Frequency, Lang } from './types.ts';
import { LOCALE } from '../../config/languages.ts';
import { checkCatalog } from '../../i18n/catalog.ts';
import { localiseAll, type Localised, type Pair, type Table } from '../../i18n/localise.ts';
import catalog from './strings.json' with { type: 'json' };

export { fill } from '../../i18n/fill.ts';

// The languages' names, in each language: a pair of records, so not a leaf of the catalog (whose leaves are texts).
const LANGUAGES: Pair<Record<Lang, string>> = {
  de: { de: 'Deutsch', en: 'Englisch' },
  en: { de: 'German', en: 'English' },
};

const NEWSLETTER = {
  ...checkCatalog(catalog, 'src/lib/newsletter/strings.json'),
  frequencies: catalog.frequencies satisfies Record<Frequency, Pair<string>>,
  languages: LANGUAGES,
} satisfies Table;

export type NewsletterStrings = Localised<typeof NEWSLETTER>;

const STRINGS: Record<Lang, NewsletterStrings> = localiseAll(NEWSLETTER);

/** Newsletter texts of a language. */
export function nl(lang: Lang): NewsletterStrings {
  return STRINGS[lang];
}

// Intl formatters are costly to create (and hold native memory), so each is made once per language.
const dateTime = {
  de: new Intl.DateTimeFormat(LOCALE.de, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Berlin' }),
  en: new Intl.DateTimeFormat(LOCALE.en, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Berlin' }),
};
const day = {
  de: new Intl.DateTimeFormat(LOCALE.de, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Berlin' }),
  en: new Intl.DateTimeFormat(LOCALE.en, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Berlin' }),
};

/** Date and time in the reader's language, Berlin time, e.g. "3. Juni 2025 um 14:05". */
export function formatDateTime(date: Date, lang: Lang): string {
  return dateTime[lang].format(date);
}

/** Long date, e.g. "3. Juni 2025" / "3 June 2025". */
export function formatDay(date: Date, lang: Lang): string {
  return day[lang].format(date);
}
