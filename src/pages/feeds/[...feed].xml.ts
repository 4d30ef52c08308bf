/** RSS 2.0 feeds (de): everything, per kind, per topic, per district (see src/lib/feeds/catalogue.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { FeedDef } from '../../lib/feeds/catalogue.ts';
import { feedStaticPaths, rssResponse } from '../../lib/feeds/routes.ts';

export const getStaticPaths = (() => feedStaticPaths('de')) satisfies GetStaticPaths;
export const GET: APIRoute<{ def: FeedDef }> = ({ props }) => rssResponse(props.def);
