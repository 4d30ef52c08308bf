/**
 * Runs on every page as Astro renders it (at build time for the static site, on each request in `npm run dev`).
 *
 * Suspended hyphens stay with their word ("Digitalisierungsmacherinnen und -macher" never ends a line with
 * "und -"): one pass over the finished HTML rather than a call in every template, so texts from MDX,
 * front matter and YAML are all covered (src/lib/typography.ts).
 *
 * In a build, every finished response is also handed to the build's listeners (src/lib/builtPages.ts: the search
 * index and the compressed copies are made while the other pages render).
 */
import { defineMiddleware } from 'astro:middleware';
import { keepHyphensInHtml } from './lib/typography.ts';
import { announceBuiltPage, anyBuiltPageListener, startPage } from './lib/builtPages.ts';
import { bodyBytes } from './lib/responseBody.ts';

/** UTF-8, as Response.text() decodes (a byte order mark is dropped). */
const decoder = new TextDecoder();

/** Binary formats no listener wants: not read again. */
const BINARY = /^(image|font|audio|video)\/|^application\/(octet-stream|wasm|pdf|zip)/u;

export const onRequest = defineMiddleware(async (context, next) => {
  const seq = startPage();
  const { pathname } = context.url;
  const response = await next();
  const type = response.headers.get('content-type') ?? '';
  const init = { status: response.status, statusText: response.statusText, headers: response.headers };
  if (type.startsWith('text/html')) {
    const bytes = await bodyBytes(response);
    const text = decoder.decode(bytes);
    const html = keepHyphensInHtml(text);
    announceBuiltPage({ seq, pathname, type, body: html });
    // The bytes as rendered where no hyphen was bound (most pages): not encoded again.
    if (html === text) return new Response(bytes, init);
    const headers = new Headers(response.headers);
    headers.delete('content-length');
    return new Response(Buffer.from(html), { ...init, headers });
  }
  if (!anyBuiltPageListener() || BINARY.test(type) || response.status !== 200) {
    announceBuiltPage({ seq, pathname, type });
    return response;
  }
  const body = await bodyBytes(response);
  announceBuiltPage({ seq, pathname, type, body });
  return new Response(body, init);
});
