/**
 * The pages of a built site, read from the build output (never from a hand-kept list):
 *
 *   const pages = await listPages(siteDir);    // every index.html and 404.html → [{ path: '/praxis/x/', file }]
 *   const some = samplePages(pages, 300);      // all of them up to 300; above, every template + a fixed sample
 *   pageKind('/en/practices/x/');              // 'practice' — the kinds the byte budgets are set per
 */
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { LANGS, SECTIONS, type Section } from '../../src/lib/i18n.ts';
import { EDITOR_PATH } from '../../src/integrations/editor.ts';
import { SERVER_PAGE_PATHS } from '../../src/config/serverPages.ts';

export interface SitePage {
  /** URL path: `/x/` for x/index.html, `/404.html` for the 404 page. */
  path: string;
  /** Absolute file path. */
  file: string;
}

/**
 * Every `index.html` and `404.html` under `dir`, sorted by path — except the browser editor's page at /redaktion/:
 * Decap's single-page app, no page of the site (no layout, no sitemap, its own CSP), whose accessibility
 * tests/editor/editor.browser.test.ts checks on the editor's real screens.
 */
export async function listPages(dir: string): Promise<SitePage[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const pages: SitePage[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || (entry.name !== 'index.html' && entry.name !== '404.html')) continue;
    const file = join(entry.parentPath, entry.name);
    const rel = relative(dir, file).split(sep).join('/');
    const path = entry.name === 'index.html' ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
    if (path.startsWith(EDITOR_PATH)) continue;
    pages.push({ path, file });
  }
  return pages.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export const PAGE_KINDS = [
  'home',
  'list',
  'post',
  'practice',
  'district',
  'report',
  'project',
  'person',
  'topic',
  'form',
  'other',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** The kind of an entry page per section; sections not named here have no entry pages of a budget kind. */
const ENTRY_KIND: Partial<Record<Section, PageKind>> = {
  blog: 'post',
  practices: 'practice',
  districts: 'district',
  reports: 'report',
  projects: 'project',
  people: 'person',
  topics: 'topic',
};
/** Sections whose index page is a list of entries. */
const LIST_SECTIONS: readonly Section[] = [
  'blog',
  'practices',
  'districts',
  'reports',
  'projects',
  'people',
  'topics',
  'fields',
  'dialogues',
];
const PAGINATION = new Set(['seite', 'page']);

function splitPath(path: string): { lang: (typeof LANGS)[number]; segments: string[] } {
  const segments = path.split('/').filter((s) => s !== '');
  if (segments[0] === 'en') return { lang: 'en', segments: segments.slice(1) };
  return { lang: 'de', segments };
}

function sectionOf(lang: (typeof LANGS)[number], segment: string | undefined): Section | undefined {
  if (segment === undefined) return undefined;
  return (Object.keys(SECTIONS) as Section[]).find((s) => s !== 'home' && SECTIONS[s][lang] === segment);
}

const isPageNumber = (s: string) => /^\d+$/u.test(s);

/**
 * The kind of a page, from its URL path:
 * home; a section's index and its numbered pages (`/blog/2/`, `/blog/seite/2/`) and field pages → list;
 * filtered lists (`/praxis/land/hessen/`) → list;
 * an entry page (and its own numbered pages) → post, practice, district, report, project, person, topic;
 * everything else (search, newsletter, legal pages, 404, dialogues) → other.
 */
/** The practice submission form (issue 12), which lives in the practices' section but is no entry. */
export const FORM_PAGES: readonly string[] = ['/praxis/einreichen/', '/en/practices/submit/'];

/**
 * The newsletter server's frame pages (src/config/serverPages.ts): templates the server fills in, noindex, with
 * no address of their own to share, no place in the site's breadcrumbs and a language link the server sets.
 * The crawl checks them like every page (axe, privacy, budgets); the tests of shared addresses, breadcrumbs and
 * translation pairs leave them out.
 */
export const FRAME_PAGES: readonly string[] = Object.values(SERVER_PAGE_PATHS);

export function pageKind(path: string): PageKind {
  if (path.endsWith('.html')) return 'other';
  if (FORM_PAGES.includes(path)) return 'form';
  const { lang, segments } = splitPath(path);
  if (segments.length === 0) return 'home';
  const section = sectionOf(lang, segments[0]);
  if (!section) return 'other';
  const rest = segments.slice(1);
  const isList = LIST_SECTIONS.includes(section);
  if (rest.length === 0) return isList ? 'list' : 'other';
  if (rest.every((s) => isPageNumber(s) || PAGINATION.has(s))) return isList ? 'list' : 'other';
  if (section === 'fields') return 'list';
  // An entry is one slug, perhaps followed by page numbers; deeper paths are filtered lists
  // (`/praxis/land/hessen/`, `/en/practices/topic/rural-areas/2/`).
  const entry = rest.slice(1).every((s) => isPageNumber(s) || PAGINATION.has(s));
  if (!entry) return isList ? 'list' : 'other';
  return ENTRY_KIND[section] ?? 'other';
}

/** Pages that share a template: same language, same section, same depth (`/praxis/*`, `/en/blog/*\/*`). */
export function templateOf(path: string): string {
  if (path.endsWith('.html')) return path;
  const { lang, segments } = splitPath(path);
  const shape = segments.map((s, i) => (i === 0 ? s : '*'));
  return `${lang}:/${shape.join('/')}`;
}

/** FNV-1a, 32 bit: a stable, well-spread order that does not depend on the run. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * Every page when there are at most `max`; above that, the first page of every template plus pages in a
 * fixed pseudo-random order until `max` (the same build always gives the same sample). Sorted by path.
 */
export function samplePages<T extends { path: string }>(pages: readonly T[], max = 300): T[] {
  const byPath = (a: T, b: T) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const sorted = [...pages].sort(byPath);
  if (sorted.length <= max) return sorted;
  const chosen = new Map<string, T>();
  const seen = new Set<string>();
  for (const page of sorted) {
    const template = templateOf(page.path);
    if (!seen.has(template)) {
      seen.add(template);
      chosen.set(page.path, page);
    }
  }
  const rest = sorted.filter((p) => !chosen.has(p.path)).sort((a, b) => hash(a.path) - hash(b.path) || byPath(a, b));
  for (const page of rest) {
    if (chosen.size >= max) break;
    chosen.set(page.path, page);
  }
  return [...chosen.values()].sort(byPath);
}
