import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_TODAY, distribute, generateContent, type SeedOptions } from '../../seeds/lib/generate.ts';
import { hashFolder, writeContent } from '../../seeds/lib/files.ts';
import { STATE_BOXES } from '../../seeds/lib/geo.ts';
import { dayNumber } from '../../seeds/lib/text.ts';
import { danglingReferences, parseGenerated } from './parse.ts';

const temp = mkdtempSync(join(tmpdir(), 'seed-test-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

let dirs = 0;
/** Generate into a fresh folder below the test's temp folder and return the folder's hash. */
function writeAndHash(options: SeedOptions): string {
  const dir = join(temp, `run-${dirs++}`);
  writeContent(dir, generateContent(options), { force: false });
  return hashFolder(dir);
}

const options = (count: number, seed: number): SeedOptions => ({ count, seed, today: DEFAULT_TODAY });
const LOCALISED = new Set(['posts', 'practices', 'projects', 'dialogues']);
const ENTRY_COLLECTIONS = ['posts', 'practices', 'reports', 'projects', 'dialogues'] as const;

describe('distribute', () => {
  it.each([5, 7, 13, 50, 199, 1000])('splits %i entries over the five collections, at least one each', (count) => {
    const counts = distribute(count);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(count);
    for (const n of Object.values(counts)) expect(n).toBeGreaterThanOrEqual(1);
    expect(counts.practices).toBeGreaterThanOrEqual(counts.posts);
    expect(counts.posts).toBeGreaterThanOrEqual(counts.reports);
  });

  it('rejects fewer entries than collections', () => {
    expect(() => distribute(4)).toThrow(/at least 5/u);
  });
});

describe('determinism', () => {
  it('the same seed and count give byte-identical folders', () => {
    expect(writeAndHash(options(120, 42))).toBe(writeAndHash(options(120, 42)));
  });

  it('a different seed gives different content', () => {
    expect(writeAndHash(options(120, 42))).not.toBe(writeAndHash(options(120, 43)));
  });

  it('a different reference date moves the future-dated entries', () => {
    const a = generateContent(options(60, 5));
    const b = generateContent({ ...options(60, 5), today: '2027-03-01' });
    expect(a.map((f) => f.content).join('')).not.toBe(b.map((f) => f.content).join(''));
  });
});

describe.each([
  [200, 1],
  [50, 2],
  [7, 3],
])('content generated with N=%i, seed %i', (count, seed) => {
  const files = generateContent(options(count, seed));
  const parsed = parseGenerated(files);
  const byCollection = (c: string) => parsed.entries.filter((e) => e.collection === c);

  it('parses through the real schemas without a single failure', () => {
    expect(parsed.failures).toEqual([]);
    expect(parsed.entries).toHaveLength(files.length);
  });

  it('has N entries across posts, practices, reports, projects and dialogues, in the planned split', () => {
    const counts = distribute(count);
    for (const c of ENTRY_COLLECTIONS) expect(byCollection(c), c).toHaveLength(counts[c]);
  });

  it('has people, 10–12 topics and real districts', () => {
    expect(byCollection('people').length).toBeGreaterThanOrEqual(5);
    expect(byCollection('topics').length).toBeGreaterThanOrEqual(10);
    expect(byCollection('topics').length).toBeLessThanOrEqual(12);
    expect(byCollection('districts').length).toBeGreaterThanOrEqual(20);
  });

  it('has every reference point at an existing entry', () => {
    expect(parsed.references.length).toBeGreaterThan(0);
    expect(danglingReferences(parsed)).toEqual([]);
  });

  it('keeps ids unique within each collection', () => {
    for (const c of new Set(parsed.entries.map((e) => e.collection))) {
      const ids = byCollection(c).map((e) => e.id);
      expect(new Set(ids).size, c).toBe(ids.length);
    }
  });

  it('links translations both ways, to the other language, with the language matching the folder', () => {
    const byId = new Map(parsed.entries.map((e) => [`${e.collection}/${e.id}`, e]));
    for (const e of parsed.entries.filter((x) => LOCALISED.has(x.collection))) {
      expect(e.id.slice(0, 2), e.path).toBe(e.data.lang);
      const translation = e.data.translation as string | undefined;
      if (!translation) continue;
      const other = byId.get(`${e.collection}/${translation}`);
      expect(other, `${e.path} → ${translation}`).toBeDefined();
      expect(other!.data.lang).not.toBe(e.data.lang);
      expect(other!.data.translation, `${other!.path} links back`).toBe(e.id);
    }
  });

  it('writes MDX bodies with ## headings, no skipped levels and no MDX syntax', () => {
    for (const e of parsed.entries.filter((x) => LOCALISED.has(x.collection))) {
      const levels = [...e.body.matchAll(/^(#+) /gmu)].map((m) => m[1]!.length);
      expect(levels.length, e.path).toBeGreaterThanOrEqual(2);
      expect(levels[0], e.path).toBe(2);
      for (let i = 1; i < levels.length; i++) expect(levels[i]!, e.path).toBeLessThanOrEqual(levels[i - 1]! + 1);
      expect(e.body, e.path).not.toMatch(/[{}<>]|lorem/iu);
    }
  });

  it('places every district inside the box of its state', () => {
    for (const e of byCollection('districts')) {
      const box = STATE_BOXES[e.id.slice(0, 2)]!;
      const { lat, lon } = e.data.coordinates as { lat: number; lon: number };
      expect(lat, e.id).toBeGreaterThanOrEqual(box.lat[0]);
      expect(lat, e.id).toBeLessThanOrEqual(box.lat[1]);
      expect(lon, e.id).toBeGreaterThanOrEqual(box.lon[0]);
      expect(lon, e.id).toBeLessThanOrEqual(box.lon[1]);
    }
  });
});

describe('a run with N=50', () => {
  const parsed = parseGenerated(generateContent(options(50, 1)));
  const today = new Date(`${DEFAULT_TODAY}T00:00:00Z`).getTime();
  const dated = parsed.entries.filter((e) => e.data.publishedAt instanceof Date);

  it('contains drafts', () => {
    expect(dated.filter((e) => e.data.draft === true).length).toBeGreaterThan(0);
  });

  it('contains entries dated after the reference date', () => {
    expect(dated.filter((e) => (e.data.publishedAt as Date).getTime() > today).length).toBeGreaterThan(0);
  });

  it('publishes most entries before the reference date', () => {
    const published = dated.filter((e) => e.data.draft !== true && (e.data.publishedAt as Date).getTime() <= today);
    expect(published.length).toBeGreaterThan(dated.length / 2);
  });

  it('writes German with umlauts and ß, and English translations of about half the German entries', () => {
    const german = parsed.entries.filter((e) => e.data.lang === 'de');
    const english = parsed.entries.filter((e) => e.data.lang === 'en');
    const text = german.map((e) => e.body).join('\n');
    for (const letter of ['ä', 'ö', 'ü', 'ß']) expect(text).toContain(letter);
    expect(english.length).toBeGreaterThan(german.length / 3);
    expect(english.length).toBeLessThanOrEqual(german.length);
  });

  it('fills every template field for most practices, with several districts for some', () => {
    const practices = parsed.entries.filter((e) => e.collection === 'practices');
    const complete = practices.filter((e) =>
      ['afterFunding', 'costs', 'lessons', 'contact'].every((k) => e.data[k] !== undefined),
    );
    expect(complete.length).toBeGreaterThan(practices.length / 2);
    for (const e of practices) {
      // An idea has no results yet; every other practice reports at least two key figures.
      const figures = (e.data.results as { figures: unknown[] }).figures.length;
      if (e.data.status === 'idea') expect(figures, e.path).toBe(0);
      else expect(figures, e.path).toBeGreaterThanOrEqual(2);
      expect((e.data.partners as unknown[]).length, e.path).toBeGreaterThan(0);
    }
    expect(practices.some((e) => (e.data.districts as unknown[]).length > 1)).toBe(true);
  });
});

describe('the seed CLI', () => {
  const major = Number(process.versions.node.split('.')[0]);
  // seeds/generate.ts is TypeScript that Node runs directly, which needs Node 22 (the project's pinned version).
  const cli = (args: string[]) =>
    spawnSync(process.execPath, ['seeds/generate.ts', ...args], {
      cwd: join(import.meta.dirname, '../..'),
      encoding: 'utf8',
    });

  it.skipIf(major < 22)('writes the same bytes as the library', () => {
    const dir = join(temp, 'cli');
    execFileSync(process.execPath, ['seeds/generate.ts', '--out', dir, '--count', '30', '--seed', '9'], {
      cwd: join(import.meta.dirname, '../..'),
      stdio: 'pipe',
    });
    expect(hashFolder(dir)).toBe(writeAndHash(options(30, 9)));
  });

  it.skipIf(major < 22)('refuses a folder that is not empty, and the real content folder even with --force', () => {
    const dir = join(temp, 'not-empty');
    mkdirSync(dir);
    writeFileSync(join(dir, 'keep.txt'), 'x');
    const refused = cli(['--out', dir, '--count', '10']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/not empty/u);
    const protectedRun = cli(['--out', 'content', '--count', '10', '--force']);
    expect(protectedRun.status).toBe(1);
    expect(protectedRun.stderr).toMatch(/real content folder/u);
  });

  it.skipIf(major < 22)('explains a bad option in a sentence', () => {
    const result = cli(['--out', join(temp, 'bad'), '--count', 'many']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/--count expects a whole number/u);
  });
});

describe('dates', () => {
  it('rejects a reference date that is not YYYY-MM-DD', () => {
    expect(() => dayNumber('1.11.2026')).toThrow(/YYYY-MM-DD/u);
    expect(() => generateContent({ count: 10, seed: 1, today: '2026-13-45' })).toThrow();
  });
});
