/**
 * The real content builds into the pages it should: the site is the one tests/setup/globalSetup.ts builds once
 * per run (`siteUnderTest()`). Broken content stopping the build: tests/content/broken.test.ts.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { districtFacts, districtSlug } from '../../src/lib/districts.ts';
import { path, type Lang, type Section } from '../../src/lib/i18n.ts';
import { buildNow, isPublished } from '../../src/lib/publish.ts';
import { siteUnderTest } from '../helpers/site.ts';
import {
  entryUrl,
  isLocalised,
  readCorpus,
  readYaml,
  recordingHelpers,
  schemaOf,
  type CorpusFile,
} from './corpus.ts';
import { readPage } from './html.ts';

const LANGS: Lang[] = ['de', 'en'];

interface ExpectedPage {
  url: string;
  /** The heading the page must show. */
  h1: string;
  from: string;
}

/** The entry's data as the schema gives it (dates as Dates, defaults filled in). */
function dataOf(file: CorpusFile): Record<string, unknown> {
  const parsed = schemaOf(file.collection, recordingHelpers().helpers).parse(readYaml(file.yaml));
  return parsed as Record<string, unknown>;
}

/** Every page the real content should produce, with the heading it should show, and the entries that should not. */
function expectedPages(): { pages: ExpectedPage[]; withheld: string[] } {
  const now = buildNow();
  const pages: ExpectedPage[] = [
    { url: '/', h1: '', from: 'home' },
    { url: '/en/', h1: '', from: 'home' },
  ];
  const withheld: string[] = [];
  for (const file of readCorpus()) {
    const d = dataOf(file);
    const c = file.collection;
    if (isLocalised(c)) {
      const url = entryUrl(c, file.id);
      if (isPublished(d as { draft: boolean; publishedAt: Date }, { now, preview: false })) {
        pages.push({ url, h1: d.title as string, from: file.rel });
      } else withheld.push(url);
    } else if (c === 'reports') {
      if (!isPublished(d as { draft: boolean; publishedAt: Date }, { now, preview: false })) continue;
      pages.push({ url: path('de', 'reports', file.id), h1: d.title as string, from: file.rel });
      pages.push({ url: path('en', 'reports', file.id), h1: (d.titleEn ?? d.title) as string, from: file.rel });
    } else if (c === 'districts') {
      const facts = districtFacts(d.ags as string)!;
      for (const lang of LANGS) pages.push({ url: path(lang, 'districts', districtSlug(facts)), h1: facts.name, from: file.rel });
    } else if (c === 'people') {
      const name = [d.honorific, d.name].filter(Boolean).join(' ');
      for (const lang of LANGS) pages.push({ url: path(lang, 'people', file.id), h1: name, from: file.rel });
    } else if (c === 'topics') {
      const label = d.label as { de: string; en: string };
      for (const lang of LANGS) pages.push({ url: path(lang, 'topics', file.id), h1: label[lang], from: file.rel });
    }
  }
  return { pages, withheld };
}

const fileOf = (siteDir: string, url: string) => join(siteDir, url, 'index.html');

describe('the real content', () => {
  const { pages, withheld } = expectedPages();

  it('builds a page for every published entry, in both languages where the entry is bilingual', () => {
    const { dir } = siteUnderTest();
    const missing = pages.filter((p) => !existsSync(fileOf(dir, p.url))).map((p) => `${p.url} (${p.from})`);
    expect(missing).toEqual([]);
    // Guard against an empty expectation: each kind of page is there.
    for (const prefix of ['/praxis/', '/en/practices/', '/blog/', '/en/blog/', '/berichte/', '/en/reports/']) {
      expect(pages.some((p) => p.url.startsWith(prefix) && p.url !== prefix), prefix).toBe(true);
    }
    for (const prefix of ['/kreise/', '/en/districts/', '/projekte/', '/en/projects/', '/personen/', '/en/people/']) {
      expect(pages.some((p) => p.url.startsWith(prefix) && p.url !== prefix), prefix).toBe(true);
    }
  });

  it('shows each entry’s own title, name or label as the page heading', () => {
    const { dir } = siteUnderTest();
    const wrong = pages
      .filter((p) => p.h1 !== '' && existsSync(fileOf(dir, p.url)))
      .map((p) => ({ url: p.url, expected: p.h1, actual: readPage(fileOf(dir, p.url)).h1 }))
      .filter((p) => p.actual !== p.expected);
    expect(wrong).toEqual([]);
  });

  it('builds no page for a draft or an entry dated in the future', () => {
    const { dir } = siteUnderTest();
    const built = withheld.filter((url) => existsSync(fileOf(dir, url)));
    // Drafts are built when Vite thinks it is not a production build: `import.meta.env.DEV` is true whenever
    // NODE_ENV is set to anything but "production" — and Vitest sets NODE_ENV=test for everything it starts.
    expect(built, 'drafts were built: was the site built with NODE_ENV other than "production"?').toEqual([]);
  });

  it('builds the list page of every section in both languages', () => {
    const { dir } = siteUnderTest();
    const sections: Section[] = ['blog', 'practices', 'districts', 'reports', 'projects', 'people', 'topics', 'fields'];
    const missing = sections.flatMap((s) => LANGS.map((l) => path(l, s))).filter((url) => !existsSync(fileOf(dir, url)));
    expect(missing).toEqual([]);
  });
});
