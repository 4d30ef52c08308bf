/**
 * Byte budgets per page kind — the one place to read and change them (issue #7.5).
 *
 * Each number is the most a single page of that kind may load, in bytes as served (uncompressed), measured
 * in Chromium at 1280 px (tests/gates/lib/weight.ts). They were set from what the pages needed when the
 * budget was last reviewed plus about 10 %, so growth is a decision, not a drift: when a page needs more,
 * raise its number here in the same change and say why. `npx vitest run tests/gates/budgets.test.ts`
 * prints what every kind needs now.
 *
 * Page kinds come from the URL (tests/helpers/pages.ts `pageKind`). Scripts are budgeted too: content pages
 * run no JavaScript at all; only the interactive pages listed below may have scripts.
 */
import { pageKind, type PageKind } from '../helpers/pages.ts';
import type { ResourceClass } from './lib/weight.ts';

const kB = 1000;

export type ByteBudget = Record<Exclude<ResourceClass, 'other'>, number>;

/**
 * Reviewed 2026-11-23 against 145 pages; the comment gives each kind's largest page then. No page has an
 * image yet (the map is inline SVG): the first photo on a page kind is a budget decision. Fonts are the same
 * four Source Serif/Sans faces (Latin subset) everywhere; CSS is the global sheet, plus prose or search styles.
 */
export const BUDGETS: Record<PageKind, ByteBudget> = {
  // html 24.2 kB (/en/: map + latest entries), css 19.7 kB, fonts 73.0 kB
  home: { html: 27 * kB, css: 22 * kB, font: 81 * kB, image: 0, script: 0 },
  // html 19.5 kB (/en/practices/), script 20.9 kB (the practice directory's filters; raised from 19 kB on
  // 2026-11-23 when the filters began to count from a facet table built out of Pagefind's fragments, which
  // keeps counts true and fast at 10,000 entries)
  list: { html: 22 * kB, css: 22 * kB, font: 81 * kB, image: 0, script: 23 * kB },
  // html 17.7 kB (/blog/willkommen-beim-praxisdialog/), css 24.5 kB
  post: { html: 20 * kB, css: 27 * kB, font: 81 * kB, image: 0, script: 0 },
  // html 21.1 kB (/en/practices/paperless-social-administration/), css 24.5 kB
  practice: { html: 24 * kB, css: 27 * kB, font: 81 * kB, image: 0, script: 0 },
  // html 14.8 kB (/en/districts/kyffhaeuserkreis-16065/)
  district: { html: 17 * kB, css: 22 * kB, font: 81 * kB, image: 0, script: 0 },
  // html 16.8 kB (/en/reports/digitale-kommune-digitale-region/)
  report: { html: 19 * kB, css: 22 * kB, font: 81 * kB, image: 0, script: 0 },
  // html 23.4 kB (/en/projects/smart-and-agile-instead-of-left-behind/), css 24.5 kB
  project: { html: 26 * kB, css: 27 * kB, font: 81 * kB, image: 0, script: 0 },
  // html 9.8 kB (/en/people/redaktion/)
  person: { html: 11 * kB, css: 22 * kB, font: 81 * kB, image: 0, script: 0 },
  // html 12.7 kB (/en/topics/kompetenzaufbau/)
  topic: { html: 14 * kB, css: 22 * kB, font: 81 * kB, image: 0, script: 0 },
  // html 20.4 kB (/en/search/), script 20.9 kB (search, same facet table as the directory; raised from 19 kB);
  // also legal pages, newsletter, data, feeds, 404
  other: { html: 23 * kB, css: 22 * kB, font: 81 * kB, image: 0, script: 23 * kB },
};

/**
 * Pages that may run JavaScript. Every other page is a content page and must have no script element, no on*
 * attribute and no javascript: URL.
 * - search and newsletter sign-up, in both languages (named in issue #7);
 * - the practice directory (`/praxis/`, its filtered pages, `/en/practices/…`): a search interface too —
 *   without JavaScript it is a complete list with one-filter pages, with it the filters combine on the
 *   Pagefind index (issue #3). The practice entries themselves stay script-free.
 */
export const INTERACTIVE_PAGES: readonly string[] = ['/suche/', '/en/search/', '/newsletter/', '/en/newsletter/'];
const DIRECTORIES: readonly string[] = ['/praxis/', '/en/practices/'];

export function isInteractive(path: string): boolean {
  if (INTERACTIVE_PAGES.some((prefix) => path.startsWith(prefix))) return true;
  return DIRECTORIES.some((prefix) => path.startsWith(prefix)) && pageKind(path) === 'list';
}
