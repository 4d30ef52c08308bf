/**
 * The seed generator: builds a complete content folder (all eight collections) in memory from a
 * seed, an entry count and a reference date. Pure: the same options give byte-identical files.
 */
import { Rng } from './random.ts';
import { dayNumber } from './text.ts';
import { toYaml } from './serialize.ts';
import { TOPICS } from './phrases/topics.ts';
import { chooseDistricts, choosePeople, districtData, personData } from './world.ts';
import { SlugRegistry, type Context, type GeneratedFile } from './context.ts';
import { generateProjects } from './entries/projects.ts';
import { generatePractices } from './entries/practices.ts';
import { generatePosts } from './entries/posts.ts';
import { generateDialogues } from './entries/dialogues.ts';
import { generateReports } from './entries/reports.ts';

export type { GeneratedFile } from './context.ts';

export interface SeedOptions {
  /** Entries in total across posts, practices, reports, projects and dialogues (translations included). */
  count: number;
  /** Seed of the pseudo-random generator. */
  seed: number;
  /** Reference date (YYYY-MM-DD): entries dated after it are "future"; 2026-11-01 unless given. */
  today: string;
}

export const DEFAULT_SEED = 1;
export const DEFAULT_TODAY = '2026-11-01';
/** One entry in each of the five entry collections. */
export const MIN_COUNT = 5;

/** How `count` entries split over the collections: 40 % practices, 30 % posts, 10 % each of the rest, at least one each. */
export const SHARES = { practices: 0.4, posts: 0.3, reports: 0.1, dialogues: 0.1, projects: 0.1 } as const;
export type EntryCollection = keyof typeof SHARES;

export function distribute(count: number): Record<EntryCollection, number> {
  if (!Number.isInteger(count) || count < MIN_COUNT) {
    throw new Error(`count must be a whole number of at least ${MIN_COUNT} (one entry per collection), got ${count}`);
  }
  const keys = Object.keys(SHARES) as EntryCollection[];
  const out = Object.fromEntries(keys.map((k) => [k, Math.max(1, Math.floor(SHARES[k] * count))])) as Record<
    EntryCollection,
    number
  >;
  const total = () => keys.reduce((sum, k) => sum + out[k], 0);
  // Largest remainder first when entries are missing; take from the biggest collection when the floor of 1 overshoots.
  const byRemainder = [...keys].sort(
    (a, b) => ((SHARES[b] * count) % 1) - ((SHARES[a] * count) % 1) || SHARES[b] - SHARES[a],
  );
  for (let i = 0; total() < count; i++) out[byRemainder[i % keys.length]!]++;
  while (total() > count) {
    const biggest = [...keys].sort((a, b) => out[b] - out[a])[0]!;
    out[biggest]--;
  }
  return out;
}

/** Every file of the content folder, sorted by path. */
export function generateContent(options: SeedOptions): GeneratedFile[] {
  const counts = distribute(options.count);
  const today = dayNumber(options.today);
  const root = new Rng(options.seed);
  const districts = chooseDistricts(options.count, root.fork('districts'));
  const people = choosePeople(options.count, districts, root.fork('people'));
  const slugs = new SlugRegistry();
  const base: Context = { today, districts, people, topics: TOPICS, projects: [] };

  const projects = generateProjects(base, root.fork('projects'), counts.projects, slugs);
  const ctx: Context = { ...base, projects: projects.refs };
  const files: GeneratedFile[] = [
    ...TOPICS.map((t) => ({
      path: `topics/${t.key}.yaml`,
      content: toYaml({ label: t.label, description: t.description, keywords: t.keywords }),
    })),
    ...districts.map((d) => ({ path: `districts/${d.fileStem}.yaml`, content: toYaml(districtData(d)) })),
    ...people.map((p) => ({
      path: `people/${p.id}.yaml`,
      content: toYaml(personData(p, root.fork(`person:${p.id}`))),
    })),
    ...projects.files,
    ...generatePractices(ctx, root.fork('practices'), counts.practices, slugs),
    ...generatePosts(ctx, root.fork('posts'), counts.posts, slugs),
    ...generateDialogues(ctx, root.fork('dialogues'), counts.dialogues, slugs),
    ...generateReports(ctx, root.fork('reports'), counts.reports, slugs),
  ];
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
