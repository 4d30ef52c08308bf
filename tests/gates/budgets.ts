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

/** Reviewed 2026-11-23 against 113 pages (measured maximum per kind in the comment). */
export const BUDGETS: Record<PageKind, ByteBudget> = {
  // html 22.3 kB (/en/), css 19.7 kB, fonts 73.0 kB (four faces), no images
  home: { html: 25 * kB, css: 22 * kB, font: 81 * kB, image: 0, script: 0 },
  // html 14.6 kB (/en/districts/)
  list: { html: 17 * kB, css: 22 * kB, font: 81 * kB, image: 0, script: 0 },
  // html 14.1 kB, css 24.4 kB (prose styles)
  post: { html: 16 * kB, css: 27 * kB, font: 81 * kB, image: 0, script: 0 },
  // html 17.4 kB, css 24.4 kB
  practice: { html: 20 * kB, css: 27 * kB, font: 81 * kB, image: 0, script: 0 },
  // html 11.3 kB
  district: { html: 13 * kB, css: 22 * kB, font: 81 * kB, image: 0, script: 0 },
  // html 12.0 kB
  report: { html: 14 * kB, css: 22 * kB, font: 81 * kB, image: 0, script: 0 },
  // html 19.6 kB, css 24.4 kB
  project: { html: 22 * kB, css: 27 * kB, font: 81 * kB, image: 0, script: 0 },
  // html 7.5 kB
  person: { html: 9 * kB, css: 22 * kB, font: 81 * kB, image: 0, script: 0 },
  // html 10.5 kB
  topic: { html: 12 * kB, css: 22 * kB, font: 81 * kB, image: 0, script: 0 },
  // html 4.2 kB; the search and newsletter pages are "other" and may load scripts
  other: { html: 5 * kB, css: 22 * kB, font: 81 * kB, image: 0, script: 0 },
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
