/**
 * How many published entries each topic, field of action and section has in a language, so that navigation
 * and facets link only to pages with something on them, and say how much.
 *
 * Lives beside the components rather than in src/lib because it reads the content collections. Counted once
 * per build and language; the topic and field pages (TaxonomyPage.astro) list exactly the entries counted here.
 */
import type { FieldKey } from '../config/fields.ts';
import { allDistricts, ids, published, publishedReports } from '../lib/entries.ts';
import type { Lang, Section } from '../lib/i18n.ts';

export interface EntryCounts {
  /** Topic id → entries of every kind on that topic. */
  topics: Map<string, number>;
  /** Field of action → good-practice entries in it. */
  fields: Map<FieldKey, number>;
  /** Section → entries listed on its page (only the sections the main navigation links). */
  sections: Map<Section, number>;
}

const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

async function count(lang: Lang): Promise<EntryCounts> {
  const [practices, posts, projects, dialogues, reports, districts] = await Promise.all([
    published('practices', lang),
    published('posts', lang),
    published('projects', lang),
    published('dialogues', lang),
    publishedReports(),
    allDistricts(),
  ]);
  const topics = new Map<string, number>();
  const fields = new Map<FieldKey, number>();
  for (const e of [...practices, ...posts, ...projects, ...dialogues, ...reports]) {
    for (const topic of new Set(ids(e.data.topics))) bump(topics, topic);
  }
  for (const e of practices) for (const field of new Set(e.data.fields)) bump(fields, field);
  const sections = new Map<Section, number>([
    ['practices', practices.length],
    ['districts', districts.length],
    ['blog', posts.length],
    ['reports', reports.length],
    ['projects', projects.length],
    ['dialogues', dialogues.length],
  ]);
  return { topics, fields, sections };
}

const cache = new Map<Lang, Promise<EntryCounts>>();
// The dev preview counts afresh on every page, so a new entry shows up in the navigation at once.
const preview = import.meta.env.PRAXIS_PREVIEW === true;

/** The counts for one language (computed once per build). */
export function entryCounts(lang: Lang): Promise<EntryCounts> {
  if (preview) return count(lang);
  let counts = cache.get(lang);
  if (!counts) {
    counts = count(lang);
    cache.set(lang, counts);
  }
  return counts;
}
