/** /robots.txt — everything may be crawled; points at the sitemap, on the configured origin. */
import type { APIRoute } from 'astro';
import { site } from '../config/site.ts';

export const GET: APIRoute = () => {
  const origin = site.url.replace(/\/+$/u, '');
  const body = ['User-agent: *', 'Allow: /', '', `Sitemap: ${origin}/sitemap-index.xml`, ''].join('\n');
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
