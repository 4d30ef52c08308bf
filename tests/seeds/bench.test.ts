import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  buildSections,
  floorEntries,
  floorProject,
  formatReport,
  formatSections,
  parseDuration,
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

  it('takes the median of several runs, the highest peak and the last run’s steps', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(
      summarise([
        { wall: 10, cpu: 8, pages: 5, peakMb: 900 },
        { wall: 30, cpu: 9, pages: 5, peakMb: 1200 },
        { wall: 20, cpu: 7, pages: 5, peakMb: 1000, sections: { pages: 3 } },
      ]),
    ).toEqual({ wall: 20, cpu: 8, pages: 5, peakMb: 1200, sections: { pages: 3 } });
  });

  it('prints cold and warm builds of both, the ratios to the floor built the same way, memory and the steps', () => {
    const result: BenchResult = {
      count: 1000,
      seed: 1,
      today: DEFAULT_TODAY,
      runs: 1,
      mdxFiles: 900,
      load: [3.2, 4.5],
      site: {
        cold: { wall: 120, cpu: 100, pages: 3000, peakMb: 1536, sections: { check: 5, pages: 60 } },
        warm: { wall: 40, cpu: 30, pages: 3000 },
      },
      floor: { cold: { wall: 30, cpu: 25, pages: 900 }, warm: { wall: 20, cpu: 20, pages: 900 } },
    };
    const report = formatReport(result);
    expect(report).toContain('load average 3.2 → 4.5');
    expect(report).toMatch(
      /site cold\s+3000 pages\s+wall\s+120\.0 s\s+cpu\s+100\.0 s\s+peak\s+1536 MB\s+4\.00× wall, 4\.00× cpu/u,
    );
    expect(report).toMatch(/site warm\s+3000 pages\s+wall\s+40\.0 s\s+cpu\s+30\.0 s\s+2\.00× wall, 1\.50× cpu/u);
    expect(report).toMatch(/floor cold\s+900 pages\s+wall\s+30\.0 s/u);
    expect(report).toContain('site cold by step: check 5.0 s · pages 60.0 s');
  });
});

describe('the build’s steps from its log', () => {
  it('reads Astro’s durations in all three forms', () => {
    expect(parseDuration('496ms')).toBe(0.496);
    expect(parseDuration('27.54s')).toBe(27.54);
    expect(parseDuration('1m 6s')).toBe(66);
    expect(parseDuration('soon')).toBeUndefined();
  });

  it('finds bundling, page generation, the images, taken-over pages and the integrations’ hooks', () => {
    const log = [
      '08:19:15 [praxis:content-check] content checked in 3.3 s',
      '08:16:01 [build] ✓ Completed in 27.54s.',
      '08:16:24 [vite] ✓ built in 22.06s',
      '\u001b[2m08:16:27\u001b[22m [vite] ✓ built in 3.25s',
      '',
      ' generating static routes ',
      '08:17:30   ├─ /praxis/a/index.html (+3ms) ',
      '08:17:30   ├─ /praxis/b/index.html (cached)',
      '08:17:31   ├─ /praxis/c/index.html (restored)',
      '[images] 1872 social images: 1800 drawn, 72 from the cache, 31.5 s',
      '08:17:33 ✓ Completed in 1m 6s.',
      '',
      '08:17:33 [build] ✓ Completed in 1m 32s.',
      '[timing] praxis:content-check 3.4 s · praxis:pagefind 2.0 s · @astrojs/sitemap 0.3 s · praxis:precompress 12.5 s',
    ].join('\n');
    expect(buildSections(log)).toEqual({
      check: 3.4,
      bundle: expect.closeTo(25.31, 6),
      pages: 66,
      pagesReused: 2,
      images: 31.5,
      imagesDrawn: 1800,
      imagesTotal: 1872,
      pagefind: 2,
      sitemap: 0.3,
      precompress: 12.5,
    });
    expect(formatSections(buildSections(log))).toBe(
      'check 3.4 s · bundle 25.3 s · pages 66.0 s (2 taken over) · images 31.5 s (1800 of 1872 drawn) · Pagefind 2.0 s · sitemap 0.3 s · precompress 12.5 s',
    );
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
