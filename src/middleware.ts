/**
 * Runs on every page as Astro renders it (at build time for the static site, on each request in `npm run dev`).
 *
 * Suspended hyphens stay with their word ("Digitalisierungsmacherinnen und -macher" never ends a line with
 * "und -"): one pass over the finished HTML rather than a call in every template, so texts from MDX,
 * front matter and YAML are all covered (src/lib/typography.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { keepHyphensInHtml } from './lib/typography.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(keepHyphensInHtml(await response.text()), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
