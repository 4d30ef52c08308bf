/**
 * /og/<page path>.png — the social image of every page (1200×630 PNG), drawn by the one renderer in
 * src/lib/og and taken from its cache when the card is unchanged. PRAXIS_OG=0 builds none.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { OgCard } from '../../lib/og/card.ts';
import { collectOgPages, ogRouteParam } from '../../lib/og/pages.ts';
import { cachedCardPng, ogEnabled } from '../../lib/og/render.ts';

export const getStaticPaths = (async () => {
  if (!ogEnabled()) return [];
  return (await collectOgPages()).map((p) => ({ params: { path: ogRouteParam(p.path) }, props: { card: p.card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: OgCard }> = async ({ props }) => {
  const { png } = await cachedCardPng(props.card);
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
