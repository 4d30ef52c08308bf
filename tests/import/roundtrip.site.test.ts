/**
 * The round trip the import exists for: the site's open-data CSV (German and English), as the build wrote
 * it, imported into a copy of content/ without its practices, gives one draft per record that passes
 * the real `npm run check` and holds the record's facts.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { formatRowProblem, importCsv, type ImportResult } from '../../src/lib/import/index.ts';
import { DATA_FILES } from '../../src/lib/opendata/paths.ts';
import { practiceFromRow, type PracticeRecord } from '../../src/lib/opendata/practices.ts';
import { NODE, REPO_ROOT } from '../helpers/astro.ts';
import { siteUnderTest } from '../helpers/site.ts';
import { contentCopy } from './sheet.ts';

const root = contentCopy(true);
afterAll(() => rmSync(root, { recursive: true, force: true }));
const NOW = new Date();

const exported = (lang: 'de' | 'en') => readFileSync(join(siteUnderTest().dir, DATA_FILES.practicesCsv[lang]));
const recordsOf = (bytes: Buffer) => (parseCsv(bytes, { bom: true }) as string[][]).slice(1).map(practiceFromRow);

/** What an imported entry's frontmatter holds, as far as the export has it. */
interface Imported {
  [field: string]: unknown;
  results: { summary: string; figures: unknown[] };
  costs?: { oneOff?: number; yearly?: number; note?: string };
}

/** The facts of an imported entry, in the export's terms. */
function factsOf(d: Imported): Record<string, unknown> {
  const day = (v: unknown) => (v === undefined ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
  return {
    title: d.title,
    teaser: d.teaser,
    problem: d.problem,
    solution: d.solution,
    resultsSummary: d.results.summary,
    resultsFigures: d.results.figures,
    status: d.status,
    afterFunding: d.afterFunding ?? null,
    startYear: d.startYear,
    endYear: d.endYear ?? null,
    costsOneOff: d.costs?.oneOff ?? null,
    costsYearly: d.costs?.yearly ?? null,
    costsNote: d.costs?.note ?? null,
    funding: d.funding,
    partners: d.partners,
    municipalities: d.municipalities,
    districts: d.districts,
    fields: d.fields,
    topics: d.topics,
    projects: d.projects,
    lessons: d.lessons ?? null,
    links: d.links,
    sources: d.sources,
    publishedAt: day(d.publishedAt),
    updatedAt: day(d.updatedAt),
    lastChecked: day(d.lastChecked),
  };
}

describe('the open-data export, imported again', () => {
  const results: Record<string, ImportResult> = {};
  for (const lang of ['de', 'en'] as const) {
    results[lang] = importCsv({
      root,
      file: `${lang}.csv`,
      bytes: exported(lang),
      collection: 'practices',
      lang,
      today: '2026-11-23',
      now: NOW,
      cwd: root,
      publicDir: join(REPO_ROOT, 'public'),
    });
  }

  it('writes one draft per record of each language, with no problem', () => {
    for (const lang of ['de', 'en'] as const) {
      const r = results[lang]!;
      expect(
        r.problems.map((p) => formatRowProblem(p, 'en')),
        lang,
      ).toEqual([]);
      expect(r.written.length, lang).toBe(recordsOf(exported(lang)).length);
      expect(r.written.length, lang).toBeGreaterThan(0);
    }
  });

  it('each draft holds its record’s facts', () => {
    for (const lang of ['de', 'en'] as const) {
      const records = recordsOf(exported(lang));
      results[lang]!.written.forEach((w, i) => {
        const text = readFileSync(join(root, w.file), 'utf8');
        const data = parseYaml(/^---\n([\s\S]*?)\n---/u.exec(text)![1]!) as Imported;
        const record = records[i]!;
        const facts = factsOf(data);
        expect(facts, w.file).toEqual(
          Object.fromEntries(Object.keys(facts).map((k) => [k, record[k as keyof PracticeRecord]])),
        );
        expect([data.draft, data.lang]).toEqual([true, lang]);
      });
    }
  });

  it('the drafts pass the real npm run check', () => {
    const check = spawnSync(NODE, [join(REPO_ROOT, 'scripts/check.ts'), '--lang', 'en'], {
      cwd: root,
      env: { ...process.env, PRAXIS_CONTENT_DIR: root },
      encoding: 'utf8',
    });
    expect(check.stdout).toMatch(/^0 errors/mu);
    expect(check.status).toBe(0);
  });
});
