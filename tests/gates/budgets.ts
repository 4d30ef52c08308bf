/**
 * Byte budgets per page kind — the one place to read and change them (issue #7.5).
 *
 * Each number is the most a single page of that kind may load, in bytes as served (uncompressed), measured
 * in Chromium at 1280 px (tests/gates/lib/weight.ts). They were set from what the pages needed when the
 * budget was last reviewed plus about 10 %, so growth is a decision, not a drift: when a page needs more,
 * raise its number here in the same change and say why. The crawl (`npx vitest run tests/gates/crawl`)
 * prints what every kind needs now.
 *
 * Page kinds come from the URL (tests/helpers/pages.ts `pageKind`). Scripts are budgeted too: content pages
 * run no JavaScript at all; only the interactive pages listed below may have scripts.
 */
import { EDITOR_PATH } from '../../src/integrations/editor.ts';
import { FORM_PAGES, pageKind, type PageKind } from '../helpers/pages.ts';
import type { ResourceClass } from './lib/weight.ts';

const kB = 1000;

export type ByteBudget = Record<Exclude<ResourceClass, 'other'>, number>;

/**
 * Reviewed 2026-11-23 against 145 pages; the comment gives each kind's largest page then. No page has an
 * image yet (the map is inline SVG): the first photo on a page kind is a budget decision. Fonts are the same
 * four Source Serif/Sans faces (Latin subset) everywhere; CSS is the global sheet, plus prose or search styles.
 * Since the fonts come through Astro's Fonts API (astro.config.mjs), their @font-face rules and fallbacks
 * (about 7.6 kB, 1.2 kB gzipped) sit in each page's head instead of the shared sheet: html budgets rose by
 * that much and css budgets fell by 11 kB (the sheet no longer declares Cyrillic, Greek and Vietnamese faces).
 *
 * Images (2026-12-06, issue #15): cards now show their entry's hero image (WebP, 360 or 720 px wide, about
 * 15–40 kB, lazy), and posts and practices show it above the entry. The budgets allow what a page kind shows
 * at most: a list page 12 cards (300 kB), the home page 6 (200 kB), a topic page like a list, a district page
 * its entries' cards; a post or practice its hero image (up to 1,200 px, ~150 kB) plus related cards; search
 * results their 96 px thumbnails (other). Person, report and project pages show no hero images but may list
 * cards with one.
 */
export const BUDGETS: Record<PageKind, ByteBudget> = {
  // html 32.0 kB (/en/: map + latest entries), css 8.3 kB, fonts 73.0 kB; 35.1 kB on 2026-12-06 with the CSP
  // <meta> (issue 13) and the link to the submission form (issue 12)
  home: { html: 38 * kB, css: 10 * kB, font: 81 * kB, image: 200 * kB, script: 0 },
  // html 27.6 kB (/en/practices/field/administration-citizen-services/), script 21.0 kB (the practice
  // directory's filters; raised from 19 kB on 2026-11-23 when the filters began to count from a facet table
  // built out of Pagefind's fragments, which keeps counts true and fast at 10,000 entries)
  // 30.2 kB on 2026-12-06 with the CSP <meta> of issue 13
  // script 22.9 kB on 2026-12-06: the search code now tells a word on no page from Pagefind's fallback to a
  // shorter word (src/lib/search/prefixFallback.ts, issue #15), about 1.9 kB; the directory shares the bundle
  list: { html: 33 * kB, css: 10 * kB, font: 81 * kB, image: 300 * kB, script: 25 * kB },
  // html 25.3 kB (/blog/willkommen-beim-praxisdialog/), css 13.1 kB
  post: { html: 28 * kB, css: 15 * kB, font: 81 * kB, image: 350 * kB, script: 0 },
  // html 28.7 kB (/en/practices/paperless-social-administration/), css 13.1 kB
  practice: { html: 32 * kB, css: 15 * kB, font: 81 * kB, image: 350 * kB, script: 0 },
  // html 22.4 kB (/en/districts/kyffhaeuserkreis-16065/); 25.3 kB on 2026-12-06 when "districts like this one"
  // became the four nearest of all 401 districts, each with its figures and how much they differ (issue #15)
  district: { html: 28 * kB, css: 10 * kB, font: 81 * kB, image: 200 * kB, script: 0 },
  // html 24.3 kB (/en/reports/digitale-kommune-digitale-region/)
  report: { html: 27 * kB, css: 10 * kB, font: 81 * kB, image: 150 * kB, script: 0 },
  // html 31.0 kB (/en/projects/smart-and-agile-instead-of-left-behind/), css 13.1 kB
  project: { html: 34 * kB, css: 15 * kB, font: 81 * kB, image: 150 * kB, script: 0 },
  // html 19.5 kB (/en/people/redaktion/); raised from 19 kB on 2026-12-06: every page now carries its
  // Content-Security-Policy <meta> with Astro's script and style hashes (about 1.6 kB, issue 13)
  person: { html: 21 * kB, css: 10 * kB, font: 81 * kB, image: 150 * kB, script: 0 },
  // html 20.4 kB (/en/topics/kompetenzaufbau/)
  topic: { html: 23 * kB, css: 10 * kB, font: 81 * kB, image: 300 * kB, script: 0 },
  // html 28.3 kB (/en/search/), script 21.0 kB (search, same facet table as the directory; raised from 19 kB);
  // also legal pages, newsletter, data, feeds, 404
  // The practice submission form (issue 12): html 50.0 kB (/en/practices/submit/, about 400 districts to choose
  // from, grouped by state), css 24.1 kB (the altcha widget's stylesheet as a file), script 85.4 kB (the altcha
  // proof-of-work widget and its worker, 30.6 kB gzipped) — measured 2026-12-06, + about 10 %
  form: { html: 55 * kB, css: 27 * kB, font: 81 * kB, image: 0, script: 94 * kB },
  // script 22.9 kB on 2026-12-06 (search page; see list)
  other: { html: 31 * kB, css: 10 * kB, font: 81 * kB, image: 100 * kB, script: 25 * kB },
};

/**
 * Pages that may run JavaScript. Every other page is a content page and must have no script element, no on*
 * attribute and no javascript: URL.
 * - search and newsletter sign-up, in both languages (named in issue #7);
 * - the practice submission form (issue 12): its proof-of-work widget spares the submitter a stricter limit;
 *   without JavaScript the form works as well;
 * - the browser editor at /redaktion/ (issue 11): Decap's single-page app, for editors, not readers;
 * - the practice directory (`/praxis/`, its filtered pages, `/en/practices/…`): a search interface too —
 *   without JavaScript it is a complete list with one-filter pages, with it the filters combine on the
 *   Pagefind index (issue #3). The practice entries themselves stay script-free.
 */
export const INTERACTIVE_PAGES: readonly string[] = [
  '/suche/',
  '/en/search/',
  '/newsletter/',
  '/en/newsletter/',
  ...FORM_PAGES,
  EDITOR_PATH,
];
const DIRECTORIES: readonly string[] = ['/praxis/', '/en/practices/'];

export function isInteractive(path: string): boolean {
  if (INTERACTIVE_PAGES.some((prefix) => path.startsWith(prefix))) return true;
  return DIRECTORIES.some((prefix) => path.startsWith(prefix)) && pageKind(path) === 'list';
}
