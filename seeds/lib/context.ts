/** What every collection generator receives, and the planning steps that all localised collections share. */
import type { Rng } from './random.ts';
import type { SeedDistrict, SeedPerson } from './world.ts';
import type { TopicPhrases } from './phrases/topics.ts';
import type { Bi, Lang } from './phrases/types.ts';
import { dayNumber, isoDate } from './text.ts';
import { slugify } from '../../src/lib/slug.ts';

/** One generated file, by its path relative to the content folder. */
export interface GeneratedFile {
  path: string;
  content: string;
}

/** A generated project as other entries refer to it. */
export interface ProjectRef {
  /** id of the German entry, e.g. "de/digiland-…". */
  de: string;
  /** id of the English translation, if there is one. */
  en?: string;
  shortTitle: string;
  /** Full title in both languages. */
  title: Bi;
  districts: SeedDistrict[];
  topics: string[];
  lead: string;
}

export interface Context {
  /** The reference date ("today") as a day number; future-dated entries lie after it. */
  today: number;
  districts: readonly SeedDistrict[];
  people: readonly SeedPerson[];
  topics: readonly TopicPhrases[];
  projects: readonly ProjectRef[];
}

/** The earliest publication date of generated entries. */
export const FIRST_DAY = dayNumber('2019-01-01');

/** Id of a project in the language of the entry that refers to it (the German one when untranslated). */
export function projectId(project: ProjectRef, lang: Lang): string {
  return lang === 'en' && project.en ? project.en : project.de;
}

/** How a localised collection's files split into German entries and English translations: half of the German ones are translated. */
export function languageSplit(count: number): { de: number; en: number } {
  const de = Math.ceil((count * 2) / 3);
  return { de, en: count - de };
}

/** Publication plan of one German entry (and its translation). */
export interface Schedule {
  publishedAt: number;
  updatedAt?: number;
  draft: boolean;
  /** Dated after the reference date. */
  future: boolean;
  translated: boolean;
  machineTranslated: boolean;
}

export interface ScheduleOptions {
  /** At least this many drafts and future-dated entries (if there are entries at all). */
  minDrafts: number;
  minFuture: number;
}

/**
 * Dates and flags for `deCount` German entries of which `enCount` are translated:
 * about 3 % drafts and 4 % future-dated, the rest published between 2019 and the reference date.
 */
export function planSchedules(
  rng: Rng,
  today: number,
  deCount: number,
  enCount: number,
  opts: ScheduleOptions,
): Schedule[] {
  const drafts = deCount === 0 ? 0 : Math.min(deCount, Math.max(opts.minDrafts, Math.floor(deCount * 0.03)));
  const future = deCount === 0 ? 0 : Math.min(deCount, Math.max(opts.minFuture, Math.floor(deCount * 0.04)));
  const order = rng.shuffle([...Array(deCount).keys()]);
  const draftSet = new Set(order.slice(0, drafts));
  // Future-dated entries come after the drafts in the shuffled order; with very few entries they may overlap.
  const futureSet = new Set(
    order.slice(drafts, drafts + future).concat(order.slice(0, Math.max(0, drafts + future - deCount))),
  );
  const translatedSet = new Set(rng.shuffle([...Array(deCount).keys()]).slice(0, enCount));
  return [...Array(deCount).keys()].map((i) => {
    const isFuture = futureSet.has(i);
    const publishedAt = isFuture ? today + rng.int(1, 150) : rng.int(FIRST_DAY, today - 1);
    const updated = !isFuture && rng.chance(0.2) ? publishedAt + rng.int(7, 400) : undefined;
    const translated = translatedSet.has(i);
    return {
      publishedAt,
      ...(updated !== undefined && updated < today ? { updatedAt: updated } : {}),
      draft: draftSet.has(i),
      future: isFuture,
      translated,
      machineTranslated: translated && rng.chance(0.25),
    };
  });
}

/** Front-matter fields every localised entry shares, in the order the hand-written entries use. */
export function publishingFields(
  lang: Lang,
  title: string,
  translation: string | undefined,
  schedule: Schedule,
): Record<string, unknown> {
  return {
    title,
    lang,
    ...(translation ? { translation } : {}),
    machineTranslated: lang === 'en' && schedule.machineTranslated,
    ...(schedule.draft ? { draft: true } : {}),
    publishedAt: isoDate(schedule.publishedAt),
    ...(schedule.updatedAt !== undefined ? { updatedAt: isoDate(schedule.updatedAt) } : {}),
  };
}

/**
 * Re-plan an entry a few times while its title is taken, so that a large run has few identical titles;
 * a title that stays taken is kept (its slug gets a number).
 */
export function withFreshTitle<T>(
  used: Set<string>,
  first: T,
  retry: (previous: T) => T,
  title: (plan: T) => string,
): T {
  let plan = first;
  for (let attempt = 0; attempt < 8 && used.has(title(plan)); attempt++) plan = retry(plan);
  used.add(title(plan));
  return plan;
}

/** Hands out unique slugs per folder: a repeated title gets "-2", "-3" … */
export class SlugRegistry {
  readonly #used = new Map<string, Set<string>>();

  take(folder: string, title: string): string {
    const used = this.#used.get(folder) ?? new Set<string>();
    this.#used.set(folder, used);
    const base = slugify(title).slice(0, 80).replace(/-+$/u, '') || 'eintrag';
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    return slug;
  }
}
