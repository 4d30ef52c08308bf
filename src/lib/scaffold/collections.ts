/**
 * What `npm run new` needs to know about each collection beyond its schema: the
 * names editors may type for it, which field names the file, and which fields it must
 * ask for because no default would be true (a practice's districts, a district's key).
 */
import type { CollectionName } from '../../schemas/common.ts';

/** Names editors may type, in German and English, singular and plural. */
export const ALIASES: Record<string, CollectionName> = {
  post: 'posts',
  posts: 'posts',
  blog: 'posts',
  beitrag: 'posts',
  blogbeitrag: 'posts',
  practice: 'practices',
  practices: 'practices',
  praxis: 'practices',
  praxisbeispiel: 'practices',
  project: 'projects',
  projects: 'projects',
  projekt: 'projects',
  dialogue: 'dialogues',
  dialogues: 'dialogues',
  dialog: 'dialogues',
  praxisdialog: 'dialogues',
  report: 'reports',
  reports: 'reports',
  bericht: 'reports',
  district: 'districts',
  districts: 'districts',
  kreis: 'districts',
  person: 'people',
  people: 'people',
  personen: 'people',
  topic: 'topics',
  topics: 'topics',
  thema: 'topics',
  themen: 'topics',
};

export function collectionOf(name: string | undefined): CollectionName | undefined {
  return name ? ALIASES[name.toLowerCase()] : undefined;
}

/** The field a new entry's name comes from (`--title`). Districts are named by their key instead. */
export const TITLE_FIELD: Record<CollectionName, string[] | undefined> = {
  posts: ['title'],
  practices: ['title'],
  projects: ['title'],
  dialogues: ['title'],
  reports: ['title'],
  people: ['name'],
  topics: ['label', 'de'],
  districts: undefined,
};

/**
 * Fields asked for (or taken from flags) because a placeholder would pass the check
 * but be false. Everything else gets a default or a placeholder the check flags.
 */
export const REQUIRED_INPUT: Record<CollectionName, string[]> = {
  posts: ['authors'],
  practices: ['districts', 'fields', 'status'],
  projects: [],
  dialogues: ['date', 'format'],
  reports: ['kind'],
  districts: ['ags', 'lat', 'lon'],
  people: [],
  topics: ['labelEn'],
};

/** Text fields of localised entries that a translation must translate (the rest is copied). */
export const TRANSLATABLE = new Set([
  'title',
  'teaser',
  'problem',
  'solution',
  'results.summary',
  'results.figures[].label',
  'afterFunding',
  'lessons',
  'costs.note',
  'links[].label',
  'documentation[].label',
  'outcomes[]',
  'phases[].description',
  'people[].role',
  'partners[].role',
  'heroImage.alt',
]);
