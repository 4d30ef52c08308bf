/** Everything published about one district, in one language. */
import type { CollectionEntry } from 'astro:content';
import { ids, published, publishedReports } from './entries.ts';
import type { Lang } from './i18n.ts';

export interface DistrictContent {
  practices: CollectionEntry<'practices'>[];
  reports: CollectionEntry<'reports'>[];
  posts: CollectionEntry<'posts'>[];
  dialogues: CollectionEntry<'dialogues'>[];
  projects: CollectionEntry<'projects'>[];
}

const has = (refs: { id: string }[], ags: string) => ids(refs).includes(ags);

export async function contentForDistrict(ags: string, lang: Lang): Promise<DistrictContent> {
  return {
    practices: (await published('practices', lang)).filter((e) => has(e.data.districts, ags)),
    reports: (await publishedReports()).filter((e) => has(e.data.districts, ags)),
    posts: (await published('posts', lang)).filter((e) => has(e.data.districts, ags)),
    dialogues: (await published('dialogues', lang)).filter((e) => has(e.data.districts, ags)),
    projects: (await published('projects', lang)).filter(
      (e) => has(e.data.districts, ags) || e.data.phases.some((p) => has(p.districts, ags)),
    ),
  };
}
