/**
 * The newsletter's vocabulary: languages, kinds of content, frequencies, interests.
 * Kept free of Astro imports so the server and the digest (plain Node) can use it.
 */
import { LANGS, type Lang } from '../../config/languages.ts';
import { LOCALISED, PUBLISHABLE, type PublishableCollection } from '../../config/collections.ts';
export { LANGS, type Lang };

/** Kinds of content a subscriber can choose; the names are the collection names. */
export const KINDS: readonly PublishableCollection[] = [
  ...LOCALISED,
  ...PUBLISHABLE.filter((k) => !(LOCALISED as readonly string[]).includes(k)),
];
export type Kind = PublishableCollection;

/** How often a subscriber hears from us: after each new entry, at most weekly, at most monthly. */
export const FREQUENCIES = ['immediate', 'weekly', 'monthly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/**
 * What a subscriber wants to hear about. An empty list means "all of it":
 * no topic and no district ticked means every subject, no kind ticked means every kind.
 * Topics and districts widen each other (an entry matching either counts); kinds narrow.
 */
export interface Interests {
  topics: string[];
  districts: string[];
  kinds: Kind[];
}

export const EVERYTHING: Interests = { topics: [], districts: [], kinds: [] };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}
export function isKind(value: unknown): value is Kind {
  return typeof value === 'string' && (KINDS as readonly string[]).includes(value);
}
export function isFrequency(value: unknown): value is Frequency {
  return typeof value === 'string' && (FREQUENCIES as readonly string[]).includes(value);
}
