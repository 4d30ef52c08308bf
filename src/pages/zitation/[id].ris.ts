/** /zitation/<report id>.ris — RIS for a report, written from the same record as its citation_* tags. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { publishedReports } from '../../lib/entries.ts';
import { reportCitation } from '../../lib/citation/report.ts';
import { toRis } from '../../lib/citation/ris.ts';
import { keyed } from '../../lib/pageCache.ts';

export const getStaticPaths = (async () =>
  keyed(
    (await publishedReports()).map((entry) => ({ params: { id: entry.id }, props: { entry } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'reports'> }> = async ({ props }) =>
  new Response(toRis(await reportCitation(props.entry)), {
    headers: { 'content-type': 'application/x-research-info-systems; charset=utf-8' },
  });
