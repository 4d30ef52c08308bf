/** /daten/praxisbeispiele.json — the German practice catalogue as open data (see /daten/). */
import type { APIRoute } from 'astro';
import { practicesJson } from '../../lib/opendata/catalogue.ts';

export const GET: APIRoute = async () =>
  new Response(await practicesJson('de'), { headers: { 'content-type': 'application/json; charset=utf-8' } });
