/** /daten/dcat.jsonld — DCAT-AP.de metadata of the open data, as JSON-LD. */
import type { APIRoute } from 'astro';
import { dcatCatalog } from '../../lib/opendata/catalogue.ts';
import { toJsonLd } from '../../lib/opendata/dcat.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(toJsonLd(await dcatCatalog()), null, 1)}\n`, {
    headers: { 'content-type': 'application/ld+json; charset=utf-8' },
  });
