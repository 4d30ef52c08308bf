/** JSON Feed 1.1 beside each RSS feed (en). A production build writes them beside the pages (src/lib/buildFiles.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { FeedDef } from '../../../lib/feeds/catalogue.ts';
import { feedResponse, feedStaticPaths } from '../../../lib/feeds/routes.ts';

export const getStaticPaths = (() => feedStaticPaths('en', 'json')) satisfies GetStaticPaths;
export const GET: APIRoute<{ def: FeedDef }> = ({ props }) => feedResponse(props.def, 'json');
