import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  floorEntries,
  floorProject,
  formatReport,
  median,
  parseBenchArgs,
  sectionTimes,
  summarise,
  type BenchResult,
} from '../../seeds/lib/bench.ts';
import { DEFAULT_TODAY, generateContent } from '../../seeds/lib/generate.ts';

describe('the floor project of the build benchmark', () => {
  const files = generateContent({ count: 40, seed: 4, today: DEFAULT_TODAY });
  const mdx = files.filter((f) => f.path.endsWith('.mdx'));
  const entries = floorEntries(files);

  it('gets one entry per generated MDX file, with the same body and title and nothing else in the front matter', () => {
    expect(entries).toHaveLength(mdx.length);
    for (const [i, entry] of entries.entries()) {
      const original = mdx[i]!;
      expect(entry.path).toBe(`entries/${original.path}`);
      const [, frontOriginal, bodyOriginal] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(original.content)!;
      const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(entry.content)!;
      expect(body).toBe(bodyOriginal);
      expect(parseYaml(front!)).toEqual({ title: (parseYaml(frontOriginal!) as { title: string }).title });
    }
  });

  it('uses only @astrojs/mdx, a schema-less glob collection and one catch-all page', () => {
    const project = new Map(floorProject().map((f) => [f.path, f.content]));
    expect([...project.keys()].sort()).toEqual([
      'astro.config.mjs',
      'package.json',
      'src/content.config.ts',
      'src/pages/[...slug].astro',
    ]);
    const config = project.get('astro.config.mjs')!;
    expect(config).toContain('integrations: [mdx()]');
    expect(config.match(/^import /gmu)).toHaveLength(2);
    expect(project.get('src/content.config.ts')).not.toMatch(/schema/u);
    expect(project.get('src/pages/[...slug].astro')).toContain('<Content />');
  });
});

describe('benchmark options and report', () => {
  it('defaults to 1000 entries, one run, the generator’s seed and reference date', () => {
    expect(parseBenchArgs([])).toEqual({
      count: 1000,
      seed: 1,
      today: DEFAULT_TODAY,
      runs: 1,
      keep: false,
      json: false,
    });
  });

  it('rejects a count below one entry per collection and unknown options', () => {
    expect(() => parseBenchArgs(['--count', '3'])).toThrow(/--count/u);
    expect(() => parseBenchArgs(['--fast'])).toThrow();
  });

  it('takes the median of several runs', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(
      summarise([
        { wall: 10, cpu: 8, pages: 5 },
        { wall: 30, cpu: 9, pages: 5 },
        { wall: 20, cpu: 7, pages: 5 },
      ]),
    ).toEqual({ wall: 20, cpu: 8, pages: 5 });
  });

  it('prints pages, both wall times and the ratio', () => {
    const result: BenchResult = {
      count: 1000,
      seed: 1,
      today: DEFAULT_TODAY,
      runs: 1,
      mdxFiles: 900,
      site: { wall: 120, cpu: 100, pages: 3000 },
      floor: { wall: 30, cpu: 25, pages: 900 },
    };
    const report = formatReport(result);
    expect(report).toMatch(/site\s+3000 pages\s+wall\s+120\.0 s/u);
    expect(report).toMatch(/floor\s+900 pages\s+wall\s+30\.0 s/u);
    expect(report).toContain('4.00× wall, 4.00× cpu');
  });
});

describe('render time by section', () => {
  it('sums Astro’s per-file times by section, English sections apart, slowest first', () => {
    const log = [
      '12:58:58 ▶ src/pages/praxis/[slug].astro',
      '12:58:58   ├─ /praxis/landkreis-a-der-digitale-bauantrag/index.html (+15ms) ',
      '12:58:58   └─ /praxis/stadt-b-daten-fuer-alle/index.html (+5ms) ',
      '12:58:58   ├─ /en/practices/a-district/index.html (+40ms) ',
      '\u001b[2m12:58:58\u001b[22m   ├─ /index.html (+4ms) ',
      '12:58:58 [build] 4 page(s) built in 1.07s',
    ].join('\n');
    expect(sectionTimes(log)).toEqual([
      { section: '/en/practices', pages: 1, ms: 40 },
      { section: '/praxis', pages: 2, ms: 20 },
      { section: '/', pages: 1, ms: 4 },
    ]);
  });
});
