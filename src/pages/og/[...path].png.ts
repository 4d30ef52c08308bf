/**
 * /og/<page path>.png — the social image of every page (1200×630 PNG), drawn by the one renderer in
 * src/lib/og and taken from its cache when the card is unchanged. PRAXIS_OG=0 builds none.
 * In a build, the worker pool has drawn every card into the cache (`ogImagesDrawn`); this endpoint reads it.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { OgCard } from '../../lib/og/card.ts';
import { ogCardsByPath, ogImagesDrawn, ogRouteParam } from '../../lib/og/pages.ts';
import { cachedCardPng, ogEnabled } from '../../lib/og/render.ts';
import { keyed } from '../../lib/pageCache.ts';

export const getStaticPaths = (async () => {
  if (!ogEnabled()) return [];
  // Start drawing now: Astro asks every route for its paths before it renders the first page, so the pool
  // draws the images while the pages are rendered.
  void ogImagesDrawn();
  return keyed(
    [...(await ogCardsByPath())].map(([path, card]) => ({ params: { path: ogRouteParam(path) }, props: { card } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: OgCard }> = async ({ props }) => {
  if (import.meta.env.PROD) await ogImagesDrawn();
  const { png } = await cachedCardPng(props.card);
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
