/**
 * Spreadsheet rows for the import tests, made from the seed generator's practices (seeds/), written by the
 * open-data export's own writer (src/lib/opendata/csv.ts, practices.ts) — so the test file has the
 * export's columns and its texts, figures, costs, funding and partners are the seed's.
 *
 * The seed's districts, topics, people and projects are not in content/: each record gets one of the
 * districts content/ has (by key or, every third row, by name) and the seed's topics that content/ has.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { generateContent } from '../../seeds/lib/generate.ts';
import { districtFacts } from '../../src/lib/districts.ts';
import { listContent } from '../../src/lib/contentCheck/files.ts';
import type { PracticeRecord } from '../../src/lib/opendata/practices.ts';
import { REPO_ROOT } from '../helpers/astro.ts';

/** A temporary copy of the repository's content/ (for PRAXIS_CONTENT_DIR). */
export function contentCopy(withoutPractices = false): string {
  const root = mkdtempSync(join(tmpdir(), 'praxis-import-'));
  cpSync(join(REPO_ROOT, 'content'), root, {
    recursive: true,
    filter: (src) => !withoutPractices || !src.includes('/content/practices'),
  });
  return root;
}

/** What the repository's content/ has, that rows may refer to. */
const inContent = (collection: string) =>
  listContent(join(REPO_ROOT, 'content'))
    .files.filter((f) => f.collection === collection)
    .map((f) => f.id)
    .sort();
const CONTENT_DISTRICTS = inContent('districts');
const CONTENT_TOPICS = new Set(inContent('topics'));

type Seeded = Record<string, unknown> & {
  title: string;
  results: { summary: string; figures?: { value: string; label: string }[] };
  costs?: { oneOff?: number; yearly?: number; note?: string };
  contact?: Record<string, string>;
  software?: { licence?: string; sourceUrl?: string };
};

const day = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v === undefined ? null : String(v));
const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

/** The first `count` German practices of a seed content, as export records placed in content/'s districts. */
export function seedRecords(count: number): PracticeRecord[] {
  const files = generateContent({ count: 220, seed: 7, today: '2026-11-01' }).filter((f) =>
    f.path.startsWith('practices/de/'),
  );
  if (files.length < count) throw new Error(`the seed has only ${files.length} German practices`);
  return files.slice(0, count).map((f, i) => {
    const d = parseYaml(/^---\n([\s\S]*?)\n---/u.exec(f.content)![1]!) as Seeded;
    const ags = CONTENT_DISTRICTS[i % CONTENT_DISTRICTS.length]!;
    return {
      id: f.path.replace(/^practices\//u, '').replace(/\.mdx$/u, ''),
      lang: 'de',
      url: `https://praxisdialog.example/praxis/${i}/`,
      translationId: null,
      machineTranslated: false,
      title: d.title,
      teaser: d.teaser as string,
      problem: d.problem as string,
      solution: d.solution as string,
      resultsSummary: d.results.summary,
      resultsFigures: d.results.figures ?? [],
      status: d.status as string,
      afterFunding: orNull(d.afterFunding as string | undefined),
      startYear: d.startYear as number,
      endYear: orNull(d.endYear as number | undefined),
      costsOneOff: orNull(d.costs?.oneOff),
      costsYearly: orNull(d.costs?.yearly),
      costsNote: orNull(d.costs?.note),
      funding: (d.funding as PracticeRecord['funding'] | undefined) ?? [],
      partners: (d.partners as PracticeRecord['partners'] | undefined) ?? [],
      municipalities: (d.municipalities as string[] | undefined) ?? [],
      districts: [ags],
      districtNames: [districtFacts(ags)!.name],
      fields: d.fields as string[],
      topics: ((d.topics as string[] | undefined) ?? []).filter((t) => CONTENT_TOPICS.has(t)),
      projects: [],
      contactPerson: null,
      contactName: orNull(d.contact?.name),
      contactRole: orNull(d.contact?.role),
      contactOrganisation: orNull(d.contact?.organisation),
      contactUrl: orNull(d.contact?.url),
      softwareLicence: orNull(d.software?.licence),
      softwareSourceUrl: orNull(d.software?.sourceUrl),
      lessons: orNull(d.lessons as string | undefined),
      links: (d.links as PracticeRecord['links'] | undefined) ?? [],
      sources: ((d.sources as PracticeRecord['sources'] | undefined) ?? []).map((s) => ({
        title: s.title,
        ...(s.url ? { url: s.url } : {}),
        ...(s.publisher ? { publisher: s.publisher } : {}),
      })),
      featured: false,
      publishedAt: day(d.publishedAt)!,
      updatedAt: day(d.updatedAt),
      lastChecked: day(d.lastChecked)!,
    };
  });
}
