/** Shapes of the phrase tables: every phrase exists in German and English, so a translation says the same. */
export type Lang = 'de' | 'en';

/** A phrase in both languages; may contain `{slots}` filled by `fill()`. */
export interface Bi {
  de: string;
  en: string;
}
