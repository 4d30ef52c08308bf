/** /en/data/practices.json — the English practice catalogue as open data (see /en/data/). */
import type { APIRoute } from 'astro';
import { practicesJson } from '../../../lib/opendata/catalogue.ts';

export const GET: APIRoute = async () =>
  new Response(await practicesJson('en'), { headers: { 'content-type': 'application/json; charset=utf-8' } });
