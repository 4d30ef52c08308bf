/** /en/data/dialogues.ics — the English practice dialogues as an iCalendar feed. */
import type { APIRoute } from 'astro';
import { dialoguesIcs } from '../../../lib/opendata/catalogue.ts';

export const GET: APIRoute = async () =>
  new Response(await dialoguesIcs('en'), { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
