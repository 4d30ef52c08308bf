/** /zitation/<report id>.csl.json — CSL-JSON for a report, written from the same record as its citation_* tags. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { publishedReports } from '../../lib/entries.ts';
import { reportCitation } from '../../lib/citation/report.ts';
import { toCsl } from '../../lib/citation/csl.ts';
import { keyed } from '../../lib/pageCache.ts';

export const getStaticPaths = (async () =>
  keyed(
    (await publishedReports()).map((entry) => ({ params: { id: entry.id }, props: { entry } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'reports'> }> = async ({ props }) =>
  new Response(`${JSON.stringify(toCsl(await reportCitation(props.entry)), null, 2)}\n`, {
    headers: { 'content-type': 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  });
