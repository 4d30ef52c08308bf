/** Everything published about one district, in one language. */
import type { CollectionEntry } from 'astro:content';
import { ids, published, publishedReports } from './entries.ts';
import type { Lang } from './i18n.ts';
import { indexByKeys } from './indexByKeys.ts';

export interface DistrictContent {
  practices: CollectionEntry<'practices'>[];
  reports: CollectionEntry<'reports'>[];
  posts: CollectionEntry<'posts'>[];
  dialogues: CollectionEntry<'dialogues'>[];
  projects: CollectionEntry<'projects'>[];
}

type DistrictIndex = { [K in keyof DistrictContent]: Map<string, DistrictContent[K]> };

const byDistricts = (e: { data: { districts: { id: string }[] } }) => ids(e.data.districts);

async function buildIndex(lang: Lang): Promise<DistrictIndex> {
  return {
    practices: indexByKeys(await published('practices', lang), byDistricts),
    reports: indexByKeys(await publishedReports(), byDistricts),
    posts: indexByKeys(await published('posts', lang), byDistricts),
    dialogues: indexByKeys(await published('dialogues', lang), byDistricts),
    projects: indexByKeys(await published('projects', lang), (e) => [
      ...ids(e.data.districts),
      ...e.data.phases.flatMap((p) => ids(p.districts)),
    ]),
  };
}

// Every district page asked for its entries by filtering all of them: once per production build and language
// instead. The dev server indexes anew each time, so edits show.
const indexes = new Map<Lang, Promise<DistrictIndex>>();
function indexFor(lang: Lang): Promise<DistrictIndex> {
  if (!import.meta.env.PROD) return buildIndex(lang);
  let index = indexes.get(lang);
  if (!index) {
    index = buildIndex(lang);
    indexes.set(lang, index);
  }
  return index;
}

/** The published entries that name this district (a project also by its phases), in the order the lists have. */
export async function contentForDistrict(ags: string, lang: Lang): Promise<DistrictContent> {
  const index = await indexFor(lang);
  return {
    practices: [...(index.practices.get(ags) ?? [])],
    reports: [...(index.reports.get(ags) ?? [])],
    posts: [...(index.posts.get(ags) ?? [])],
    dialogues: [...(index.dialogues.get(ags) ?? [])],
    projects: [...(index.projects.get(ags) ?? [])],
  };
}
