/**
 * The site's languages — the one place they are listed. German is the default and lives at the root;
 * English lives under /en/. Everything else (schemas, UI strings, formats, the newsletter) imports from here.
 */
export const LANGS = ['de', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'de';

/** The BCP 47 locale each language formats dates and numbers with (British English: day before month). */
export const LOCALE: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' };
