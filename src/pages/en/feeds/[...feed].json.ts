/** JSON Feed 1.1 beside each RSS feed (en). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { FeedDef } from '../../../lib/feeds/catalogue.ts';
import { feedStaticPaths, jsonFeedResponse } from '../../../lib/feeds/routes.ts';

export const getStaticPaths = (() => feedStaticPaths('en')) satisfies GetStaticPaths;
export const GET: APIRoute<{ def: FeedDef }> = ({ props }) => jsonFeedResponse(props.def);
