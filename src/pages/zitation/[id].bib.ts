/** /zitation/<report id>.bib — BibTeX for a report, written from the same record as its citation_* tags. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { publishedReports } from '../../lib/entries.ts';
import { reportCitation } from '../../lib/citation/report.ts';
import { toBibtex } from '../../lib/citation/bibtex.ts';
import { keyed } from '../../lib/pageCache.ts';

export const getStaticPaths = (async () =>
  keyed(
    (await publishedReports()).map((entry) => ({ params: { id: entry.id }, props: { entry } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'reports'> }> = async ({ props }) =>
  new Response(toBibtex(await reportCitation(props.entry)), {
    headers: { 'content-type': 'application/x-bibtex; charset=utf-8' },
  });
