/**
 * /zitation/<report id>.csl.json — CSL-JSON for a report, written from the same record as its citation_* tags. A
 * production build writes these files beside the pages (src/lib/buildFiles.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { citationResponse, citationStaticPaths } from '../../lib/citation/routes.ts';

export const getStaticPaths = (() => citationStaticPaths('csl.json')) satisfies GetStaticPaths;
export const GET: APIRoute<{ entry: CollectionEntry<'reports'> }> = ({ props }) =>
  citationResponse(props.entry, 'csl.json');
