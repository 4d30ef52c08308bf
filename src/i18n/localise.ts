/**
 * Bilingual string tables: one table whose leaves are `{ de: …, en: … }` pairs, so that translators see both
 * languages of a text side by side and a text missing in one language is a type error where it is written.
 * `localise(table, lang)` turns such a table into the plain strings of one language, with the same keys.
 *
 * The first object on the way down whose keys are exactly the languages is a leaf: its values may be strings,
 * functions or anything else (a record keyed by language, too — write it as a pair of such records).
 */
import { LANGS, type Lang } from '../config/languages.ts';

/** One text (or function, or value) in every language. */
export type Pair<T = unknown> = { readonly [L in Lang]: T };

/** A bilingual table: pairs, or groups of pairs. */
export interface Table {
  readonly [key: string]: Pair | Table;
}

/** The table as one language sees it: every pair replaced by that language's value. */
export type Localised<T> =
  T extends Pair<infer V> ? (Exclude<keyof T, Lang> extends never ? V : LocalisedGroup<T>) : LocalisedGroup<T>;
type LocalisedGroup<T> = { [K in keyof T]: Localised<T[K]> };

function isPair(node: object): node is Pair {
  const keys = Object.keys(node);
  return keys.length === LANGS.length && LANGS.every((lang) => keys.includes(lang));
}

/** The strings of one language (made once per language by the table's module, not on every call). */
export function localise<T extends Table>(table: T, lang: Lang): Localised<T> {
  const walk = (node: Pair | Table): unknown =>
    isPair(node)
      ? node[lang]
      : Object.fromEntries(Object.entries(node).map(([key, child]) => [key, walk(child as Pair | Table)]));
  return walk(table) as Localised<T>;
}

/** A localised table for each language, made once. */
export function localiseAll<T extends Table>(table: T): Record<Lang, Localised<T>> {
  return Object.fromEntries(LANGS.map((lang) => [lang, localise(table, lang)])) as Record<Lang, Localised<T>>;
}
