/** RSS 2.0 feeds (en): everything, per kind, per topic, per district (see src/lib/feeds/catalogue.ts). A production build writes them beside the pages (src/lib/buildFiles.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { FeedDef } from '../../../lib/feeds/catalogue.ts';
import { feedResponse, feedStaticPaths } from '../../../lib/feeds/routes.ts';

export const getStaticPaths = (() => feedStaticPaths('en', 'rss')) satisfies GetStaticPaths;
export const GET: APIRoute<{ def: FeedDef }> = ({ props }) => feedResponse(props.def, 'rss');
