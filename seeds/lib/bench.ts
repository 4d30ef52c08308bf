/**
 * Pure parts of the build benchmark (scripts/bench-build.ts): the "floor" project — the least an
 * Astro site with MDX must do for the same files — its entries, options and the printed report.
 */
import { parseArgs } from 'node:util';
import type { GeneratedFile } from './context.ts';
import { DEFAULT_SEED, DEFAULT_TODAY, MIN_COUNT } from './generate.ts';
import { dayNumber } from './text.ts';

/**
 * Top-level entries of the repository that the benchmark does not copy into its snapshot of the site:
 * dependencies (symlinked instead), VCS data, build output and caches, the real content (replaced by the
 * generated one) and tests.
 */
export const SNAPSHOT_EXCLUDE: ReadonlySet<string> = new Set([
  'node_modules',
  '.git',
  '.astro',
  '.cache',
  'dist',
  'bench-out',
  'var',
  'preview',
  'content',
  'tests',
  'test-results',
  'playwright-report',
  'coverage',
]);

export interface BenchOptions {
  count: number;
  seed: number;
  today: string;
  /** How many times to build each; the report gives the median. */
  runs: number;
  /** Keep the temporary folder (content, builds, logs) for inspection. */
  keep: boolean;
  /** Also print the result as one line of JSON. */
  json: boolean;
}

export const BENCH_USAGE = `Usage: npm run bench:build -- [--count N] [--seed S] [--today YYYY-MM-DD] [--runs K] [--keep] [--json]

  Generates N entries (default 1000), builds the site with them and builds the "floor" — a bare Astro
  project with only @astrojs/mdx rendering the same MDX files — and prints both wall times and the ratio.`;

export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      count: { type: 'string', default: '1000' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      today: { type: 'string', default: DEFAULT_TODAY },
      runs: { type: 'string', default: '1' },
      keep: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const int = (name: string, value: string, min: number) => {
    if (!/^\d+$/u.test(value) || Number(value) < min)
      throw new Error(`--${name} expects a whole number ≥ ${min}, got "${value}"`);
    return Number(value);
  };
  dayNumber(values.today);
  return {
    count: int('count', values.count, MIN_COUNT),
    seed: int('seed', values.seed, 0),
    today: values.today,
    runs: int('runs', values.runs, 1),
    keep: values.keep,
    json: values.json,
  };
}

/** The generated MDX entries, reduced to a title and the body, for the floor project's one collection. */
export function floorEntries(files: readonly GeneratedFile[]): GeneratedFile[] {
  return files
    .filter((f) => f.path.endsWith('.mdx'))
    .map((f) => {
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(f.content);
      if (!match) throw new Error(`${f.path}: no front matter`);
      const title = /^title: (.*)$/mu.exec(match[1]!)?.[1] ?? JSON.stringify(f.path);
      return { path: `entries/${f.path}`, content: `---\ntitle: ${title}\n---\n${match[2]!}` };
    });
}

/**
 * The floor project: its own astro.config.mjs with only @astrojs/mdx, a glob-loader collection
 * without a schema, and one `[...slug].astro` page rendering each entry in a minimal layout.
 * Output and cache folders come from BENCH_OUT_DIR and BENCH_CACHE_DIR, fresh for every timed run.
 * The project lives in a temporary folder and reuses the site's node_modules through a symlink.
 */
export function floorProject(): GeneratedFile[] {
  return [
    {
      path: 'package.json',
      content: `${JSON.stringify({ name: 'bench-floor', private: true, type: 'module' }, null, 2)}\n`,
    },
    {
      path: 'astro.config.mjs',
      content: `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

const cacheDir = process.env.BENCH_CACHE_DIR;
if (!process.env.BENCH_OUT_DIR || !cacheDir) throw new Error('BENCH_OUT_DIR and BENCH_CACHE_DIR must be set');

export default defineConfig({
  outDir: process.env.BENCH_OUT_DIR,
  cacheDir,
  // Keep Vite's cache out of the shared node_modules the symlink points at.
  vite: { cacheDir: \`\${cacheDir}/vite\` },
  integrations: [mdx()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
`,
    },
    {
      path: 'src/content.config.ts',
      content: `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  entries: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './entries' }) }),
};
`,
    },
    {
      path: 'src/pages/[...slug].astro',
      content: `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const entries = await getCollection('entries');
  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
const title = String(entry.data.title ?? entry.id);
---

<html lang="de">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{title}</title>
  </head>
  <body>
    <main>
      <h1>{title}</h1>
      <Content />
    </main>
  </body>
</html>
`,
    },
  ];
}

/** Render time per section, from Astro's build log lines "├─ /praxis/…/index.html (+16ms)". */
export interface SectionTime {
  section: string;
  pages: number;
  ms: number;
}

/** Sum Astro's per-file render times by the first path segment (two for /en/…), slowest first. */
export function sectionTimes(log: string): SectionTime[] {
  const totals = new Map<string, SectionTime>();
  // eslint-disable-next-line no-control-regex -- build logs may contain ANSI colour codes
  const plain = log.replace(/\u001b\[[0-9;]*m/gu, '');
  for (const m of plain.matchAll(/[├└]─ (\/\S*) \(\+(\d+)ms\)/gu)) {
    const parts = m[1]!.split('/').filter((x) => x !== '' && !x.includes('.'));
    const section = `/${(parts[0] === 'en' ? parts.slice(0, 2) : parts.slice(0, 1)).join('/')}`;
    const t = totals.get(section) ?? { section, pages: 0, ms: 0 };
    t.pages++;
    t.ms += Number(m[2]);
    totals.set(section, t);
  }
  return [...totals.values()].sort((a, b) => b.ms - a.ms || a.section.localeCompare(b.section));
}

export function formatSectionTimes(times: readonly SectionTime[], top = 8): string {
  const total = times.reduce((sum, t) => sum + t.ms, 0);
  return times
    .slice(0, top)
    .map(
      (t) =>
        `    ${t.section.padEnd(22)} ${String(t.pages).padStart(5)} files ${(t.ms / 1000).toFixed(1).padStart(7)} s  ${((100 * t.ms) / Math.max(1, total)).toFixed(0).padStart(3)} %`,
    )
    .join('\n');
}

export interface BuildMeasurement {
  /** Wall-clock seconds of `astro build`. */
  wall: number;
  /** CPU seconds (user + system) of the build and its children, if /usr/bin/time was available. */
  cpu?: number;
  /** HTML files written. */
  pages: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median of several runs of one build. */
export function summarise(runs: readonly BuildMeasurement[]): BuildMeasurement {
  const cpus = runs.map((r) => r.cpu).filter((c): c is number => c !== undefined);
  return {
    wall: median(runs.map((r) => r.wall)),
    ...(cpus.length === runs.length ? { cpu: median(cpus) } : {}),
    pages: runs[runs.length - 1]?.pages ?? 0,
  };
}

export interface BenchResult {
  count: number;
  seed: number;
  today: string;
  runs: number;
  mdxFiles: number;
  site: BuildMeasurement;
  floor: BuildMeasurement;
}

const seconds = (s: number) => `${s.toFixed(1)} s`;

export function formatReport(r: BenchResult): string {
  const ratio = r.site.wall / r.floor.wall;
  const line = (name: string, m: BuildMeasurement) =>
    `  ${name.padEnd(6)} ${String(m.pages).padStart(6)} pages   wall ${seconds(m.wall).padStart(8)}` +
    (m.cpu !== undefined ? `   cpu ${seconds(m.cpu).padStart(8)}` : '') +
    `   ${((m.wall / Math.max(1, m.pages)) * 1000).toFixed(1)} ms/page`;
  const lines = [
    `Build benchmark: ${r.count} entries (${r.mdxFiles} MDX files), seed ${r.seed}, today ${r.today}, ${r.runs === 1 ? '1 run' : `median of ${r.runs} runs`}`,
    line('site', r.site),
    line('floor', r.floor),
    `  ratio  site / floor: ${ratio.toFixed(2)}× wall` +
      (r.site.cpu !== undefined && r.floor.cpu !== undefined ? `, ${(r.site.cpu / r.floor.cpu).toFixed(2)}× cpu` : ''),
  ];
  return lines.join('\n');
}
