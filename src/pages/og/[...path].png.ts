/**
 * /og/<page path>.png — the social image of every page (1200×630 PNG), drawn by the one renderer in
 * src/lib/og and taken from its cache when the card is unchanged. PRAXIS_OG=0 builds none.
 * In a production build this route renders nothing itself: it starts the worker pool and hands the list of
 * image files over (src/lib/og/handOver.ts); the build links them from the cache at its end. In dev, each
 * image is drawn on request.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { OgCard } from '../../lib/og/card.ts';
import { ogCardsByPath, ogImagesDrawn, ogRouteParam } from '../../lib/og/pages.ts';
import { cachedCardPng, cardFile, ogCacheDir, ogEnabled } from '../../lib/og/render.ts';
import { handOverOgImages } from '../../lib/og/handOver.ts';
import { keyed } from '../../lib/pageCache.ts';

export const getStaticPaths = (async () => {
  if (!ogEnabled()) return [];
  if (import.meta.env.PROD) {
    // Start drawing now: Astro asks every route for its paths before it renders the first page, so the pool
    // draws the images while the pages are rendered.
    const drawn = ogImagesDrawn();
    const cacheDir = ogCacheDir();
    const files = new Map(
      [...(await ogCardsByPath())].map(([path, card]) => [`og/${ogRouteParam(path)}.png`, cardFile(card, cacheDir)]),
    );
    handOverOgImages({ files, drawn });
    return [];
  }
  return keyed(
    [...(await ogCardsByPath())].map(([path, card]) => ({ params: { path: ogRouteParam(path) }, props: { card } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: OgCard }> = async ({ props }) => {
  const { png } = await cachedCardPng(props.card);
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
