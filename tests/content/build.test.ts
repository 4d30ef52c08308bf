/**
 * The real content builds into the pages it should, and broken content stops the build with a message an
 * editor can act on (file, field, reason) without leaving a half-written site behind.
 *
 * The real site is the one tests/setup/globalSetup.ts builds once per run (`siteUnderTest()`); the two broken
 * fixture corpora are built here, each into its own temporary folders.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  REPO_ROOT,
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

/** Runs `npm run build`'s script (scripts/build.ts) on a content folder, into fresh temporary folders; exit code, output, and the folders. */
async function buildCorpus(contentDir: string) {
  // Inside the repository: Astro writes part of a build whose output lies outside the working directory into
  // the shared `.astro/.prerender`, where builds running side by side would overwrite each other.
  await mkdir(join(REPO_ROOT, '.cache'), { recursive: true });
  const tmp = await mkdtemp(join(REPO_ROOT, '.cache', 'content-build-'));
  const outDir = join(tmp, 'site');
  const child = spawn(process.execPath, [join(REPO_ROOT, 'scripts/build.ts')], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PRAXIS_CONTENT_DIR: contentDir,
      PRAXIS_OUT_DIR: outDir,
      PRAXIS_CACHE_DIR: join(tmp, 'cache'),
      // A production build, as editors run it: Vitest's NODE_ENV=test would make it a preview with drafts.
      NODE_ENV: 'production',
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((done, fail) => {
    child.on('error', fail);
    child.on('close', done);
  });
  return { code, output, outDir, tmp };
}

/** The line of the build output that names this file and this field. */
function problemLine(output: string, file: string, field: string): string | undefined {
  const fieldRe = new RegExp(`(^|\\s)${field}(\\[\\d+\\]|\\.\\d+)?(\\s|:|$)`, 'u');
  return output.split('\n').find((line) => line.includes(file) && fieldRe.test(line));
}

describe('broken content', () => {
  const FIXTURES = join(REPO_ROOT, 'tests/fixtures');
  let brokenRef: Awaited<ReturnType<typeof buildCorpus>>;
  let missingField: Awaited<ReturnType<typeof buildCorpus>>;

  // Two small builds, one after the other (the machine has two cores; the real site is built once, globally).
  beforeAll(async () => {
    brokenRef = await buildCorpus(join(FIXTURES, 'content-broken-ref'));
    missingField = await buildCorpus(join(FIXTURES, 'content-missing-field'));
  });
  afterAll(async () => {
    for (const b of [brokenRef, missingField]) if (b) await rm(b.tmp, { recursive: true, force: true });
  });

  it('stops the build when a practice refers to a topic that does not exist, naming the file, the field and the id', () => {
    expect(brokenRef.code, brokenRef.output).not.toBe(0);
    const line = problemLine(brokenRef.output, 'content-broken-ref/practices/de/papierlose-sozialverwaltung.mdx', 'topics');
    expect(line, brokenRef.output).toBeDefined();
    expect(line).toContain('gibt-es-nicht');
    expect(line).toMatch(/gibt es nicht|does not exist|no such|unknown/iu);
  });

  it('stops the build when a practice lacks its required problem, naming the file and the field', () => {
    expect(missingField.code, missingField.output).not.toBe(0);
    const line = problemLine(
      missingField.output,
      'content-missing-field/practices/de/papierlose-sozialverwaltung.mdx',
      'problem',
    );
    expect(line, missingField.output).toBeDefined();
    expect(line).toMatch(/fehlt|missing|required|expected/iu);
  });

  it('leaves no output folder behind when the build stops', () => {
    expect(existsSync(brokenRef.outDir)).toBe(false);
    expect(existsSync(missingField.outDir)).toBe(false);
  });
});
