/** /og/logo.png — the site's mark as a raster image (Organization logo in JSON-LD, feed icon). */
import type { APIRoute } from 'astro';
import { logoPng } from '../../lib/og/logo.ts';

export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await logoPng()), { headers: { 'content-type': 'image/png' } });
