/**
 * Every page of the built site is honest about its other language: either it names its translation with
 * `<link rel="alternate" hreflang>` (and the translation names it back), or it says that there is none
 * (`data-notice="no-translation"`). List and data pages always have their pair.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { site } from '../../src/config/site.ts';
import { path, type Lang, type Section } from '../../src/lib/i18n.ts';
import { FRAME_PAGES, listPages, pageKind, type SitePage } from '../helpers/pages.ts';
import { siteUnderTest } from '../helpers/site.ts';
import { entryUrl, isLocalised, readCorpus, readYaml } from './corpus.ts';
import { readPage, type PageFacts } from './html.ts';

const origin = new URL(site.url).origin;
const langOfPath = (p: string): Lang => (p === '/en/' || p.startsWith('/en/') ? 'en' : 'de');

/** The site path an alternate link points at, or a note when it leaves the site. */
function sitePath(href: string): string {
  const url = new URL(href, origin);
  return url.origin === origin ? url.pathname : `outside the site: ${href}`;
}

let siteDir: string;
let pages: (SitePage & { facts: PageFacts })[];
const byPath = new Map<string, PageFacts>();

beforeAll(async () => {
  siteDir = siteUnderTest().dir;
  pages = (await listPages(siteDir))
    .filter((p) => p.path !== '/404.html' && !FRAME_PAGES.includes(p.path))
    .map((p) => ({ ...p, facts: readPage(p.file) }));
  for (const p of pages) byPath.set(p.path, p.facts);
});

describe('translation pairs in the built site', () => {
  it('has pages in both languages to check', () => {
    expect(pages.filter((p) => langOfPath(p.path) === 'de').length).toBeGreaterThan(10);
    expect(pages.filter((p) => langOfPath(p.path) === 'en').length).toBeGreaterThan(10);
  });

  it('sets <html lang> to the language of the path: en under /en/, de everywhere else', () => {
    const wrong = pages.filter((p) => p.facts.lang !== langOfPath(p.path)).map((p) => `${p.path}: ${p.facts.lang}`);
    expect(wrong).toEqual([]);
  });

  it('gives every page either its translation pair or the notice that there is none, never both or neither', () => {
    const wrong: string[] = [];
    for (const p of pages) {
      const paired = p.facts.alternates.size > 0;
      const notice = p.facts.notices.has('no-translation');
      if (paired && notice) wrong.push(`${p.path}: alternates and the no-translation notice`);
      if (!paired && !notice) wrong.push(`${p.path}: neither alternates nor the no-translation notice`);
    }
    expect(wrong).toEqual([]);
  });

  it('makes each pair point at the page itself and at an existing page in the other language that points back', () => {
    const wrong: string[] = [];
    for (const p of pages.filter((x) => x.facts.alternates.size > 0)) {
      const lang = langOfPath(p.path);
      const other: Lang = lang === 'de' ? 'en' : 'de';
      const self = p.facts.alternates.get(lang);
      const there = p.facts.alternates.get(other);
      if (!self || sitePath(self) !== p.path) wrong.push(`${p.path}: hreflang=${lang} is ${self}`);
      if (!there) {
        wrong.push(`${p.path}: no hreflang=${other}`);
        continue;
      }
      const target = sitePath(there);
      if (langOfPath(target) !== other) wrong.push(`${p.path}: hreflang=${other} points at ${target}`);
      const back = byPath.get(target);
      if (!back) wrong.push(`${p.path}: hreflang=${other} points at ${target}, which was not built`);
      else if (!back.alternates.get(lang) || sitePath(back.alternates.get(lang)!) !== p.path) {
        wrong.push(`${p.path} → ${target}, which points back at ${back.alternates.get(lang) ?? 'nothing'}`);
      }
      const xDefault = p.facts.alternates.get('x-default');
      const german = lang === 'de' ? p.path : target;
      if (!xDefault || sitePath(xDefault) !== german) wrong.push(`${p.path}: x-default is ${xDefault}, not ${german}`);
    }
    expect(wrong).toEqual([]);
  });

  it('always pairs the home, list and data pages (districts, reports, people, topics)', () => {
    const alwaysPaired = new Set(['home', 'list', 'district', 'report', 'person', 'topic']);
    const unpaired = pages
      .filter((p) => alwaysPaired.has(pageKind(p.path)) && p.facts.alternates.size === 0)
      .map((p) => p.path);
    expect(unpaired).toEqual([]);
    // The kinds are recognised at all (guards against pageKind calling everything "other").
    const sections: Section[] = ['districts', 'reports', 'people', 'topics'];
    for (const s of sections) {
      expect(pages.filter((p) => p.path.startsWith(path('en', s)) && pageKind(p.path) !== 'list').length, s).toBeGreaterThan(0);
    }
  });

  it('pairs every entry whose translation is published with exactly that translation', () => {
    const wrong: string[] = [];
    for (const f of readCorpus()) {
      if (!isLocalised(f.collection)) continue;
      const { translation } = readYaml(f.yaml) as { translation?: string };
      const own = entryUrl(f.collection, f.id);
      if (!byPath.has(own) || !translation) continue;
      const theirs = entryUrl(f.collection, translation);
      if (!byPath.has(theirs)) continue; // an unpublished translation: the notice case, checked above
      const href = byPath.get(own)!.alternates.get(langOfPath(theirs));
      if (!href || sitePath(href) !== theirs) wrong.push(`${own}: expected ${theirs}, found ${href ?? 'nothing'}`);
    }
    expect(wrong).toEqual([]);
  });

  it('shows the machine-translation notice exactly on the built pages of entries marked machineTranslated', () => {
    const marked: string[] = [];
    for (const f of readCorpus()) {
      if (!isLocalised(f.collection)) continue;
      const { machineTranslated } = readYaml(f.yaml) as { machineTranslated?: boolean };
      const url = entryUrl(f.collection, f.id);
      if (machineTranslated && byPath.has(url)) marked.push(url);
    }
    const shown = pages.filter((p) => p.facts.notices.has('machine-translated')).map((p) => p.path);
    expect(shown.sort()).toEqual(marked.sort());
  });
});
