/** /daten/dcat.rdf — DCAT-AP.de metadata of the open data, as RDF/XML (what GovData's harvester reads). */
import type { APIRoute } from 'astro';
import { dcatCatalog } from '../../lib/opendata/catalogue.ts';
import { toRdfXml } from '../../lib/opendata/dcat.ts';

export const GET: APIRoute = async () =>
  new Response(toRdfXml(await dcatCatalog()), { headers: { 'content-type': 'application/rdf+xml; charset=utf-8' } });
