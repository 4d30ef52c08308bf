/** /daten/praxisbeispiele.csv — the German practice catalogue as CSV, the same records as the JSON file. */
import type { APIRoute } from 'astro';
import { practicesCsv } from '../../lib/opendata/catalogue.ts';

export const GET: APIRoute = async () =>
  new Response(await practicesCsv('de'), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
