/**
 * The Content-Security-Policy of the site's pages, in one place.
 *
 * It comes in two parts, because neither alone can say everything:
 * - Astro's `security.csp` (astro.config.mjs) writes a `<meta http-equiv="content-security-policy">` into every
 *   page with the hashes of the inline scripts and styles Astro emits (the font faces, JSON-LD needs none).
 *   Only a per-page policy can carry those hashes, so `script-src` and `style-src` live here, without
 *   'unsafe-inline', together with the other fetch directives.
 * - The web server (deploy/Caddyfile) adds what a meta tag cannot carry — `frame-ancestors` — and repeats the
 *   navigation directives. It must not set `default-src`, `script-src` or `style-src` for pages: a browser
 *   enforces both policies, and a header without the hashes would block Astro's inline styles.
 *
 * 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search index; it allows no JavaScript eval.
 */
import type { AstroUserConfig } from 'astro';
import { VIDEO_PLATFORMS } from './videoPlatforms.ts';

/** A directive as Astro's config types it (`'default-src …'`, …). */
type CspDirective = NonNullable<
  Exclude<NonNullable<AstroUserConfig['security']>['csp'], boolean | undefined>['directives']
>[number];

/** Origins the video component (src/components/mdx/Video.astro) loads a player from, after a click. */
export function videoOrigins(): string[] {
  return [...new Set(Object.values(VIDEO_PLATFORMS).map((p) => new URL(p.embed('x')).origin))];
}

/**
 * The fetch and navigation directives of the page policy (Astro adds `script-src` and `style-src`).
 * `newsletterUrl` is where the sign-up form posts; on the same origin (as deploy/Caddyfile serves it)
 * 'self' covers it, otherwise its origin is allowed as a form target.
 */
export function pageDirectives(newsletterUrl: string, siteUrl: string): CspDirective[] {
  const formTargets = new Set(["'self'"]);
  const newsletterOrigin = new URL(newsletterUrl).origin;
  if (newsletterOrigin !== new URL(siteUrl).origin) formTargets.add(newsletterOrigin);
  const connect: CspDirective[] =
    newsletterOrigin === new URL(siteUrl).origin ? [] : [`connect-src 'self' ${newsletterOrigin}`];
  // Images, fonts, fetches (Pagefind), workers and media fall back to default-src: naming them again would
  // only add bytes to every page.
  return [
    "default-src 'self'",
    // The submission form's proof-of-work widget fetches its challenge from the server (issue 12): on another
    // origin than the site, that origin must be allowed to connect to.
    ...connect,
    `frame-src ${videoOrigins().join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    `form-action ${[...formTargets].join(' ')}`,
  ];
}

/** script-src sources besides the hashes Astro adds. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];
/** style-src sources besides the hashes Astro adds. */
export const STYLE_SOURCES = ["'self'"];

/**
 * The policy of the browser editor at /redaktion/ (src/integrations/editor.ts), sent as a header by the dev
 * server and by deploy/Caddyfile: the page is Decap's, not Astro's, so no hashes. Scripts only from the site;
 * styles also inline, because Decap (through Emotion) writes its styles into <style> elements at run time and
 * sets style attributes — nothing an editor types becomes a style or a script. 'unsafe-eval': Decap validates its
 * configuration with Ajv, which compiles each JSON schema into a function (`new Function`); without it the
 * editor stops at start-up ("Evaluating a string as JavaScript violates … script-src"). Script files still
 * come only from the site itself. Images may be blob: and data:
 * (the preview of an upload before it is saved, which Decap also fetches back: connect-src blob:). `connect` adds the origins the editor talks to: decap-server
 * on loopback in the local mode, the Git host's API in production.
 */
export function editorPolicy(connect: readonly string[]): string {
  const others = connect.length > 0 ? ` ${connect.join(' ')}` : '';
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${others}`,
    `connect-src 'self' blob:${others}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
