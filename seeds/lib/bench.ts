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

  Generates N entries (default 1000), builds the site with them cold and warm (unchanged content, cache
  kept) and the "floor" — a bare Astro project with only @astrojs/mdx rendering the same MDX files — the same
  two ways, and prints wall and CPU time, peak memory, the ratios and the site's time by step.`;

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
  /** Peak resident memory in MB of the build's largest process (worker threads included), from /usr/bin/time. */
  peakMb?: number;
  /** HTML files written. */
  pages: number;
  /** Where the time went, from the build's log (`buildSections`). */
  sections?: BuildSections;
}

/** Seconds of a duration as Astro prints it: `496ms`, `27.54s`, `1m 6s`. */
export function parseDuration(text: string): number | undefined {
  const m = /^(?:(\d+)m\s*)?(?:(\d+(?:\.\d+)?)(ms|s))?$/u.exec(text.trim());
  if (!m || (m[1] === undefined && m[2] === undefined)) return undefined;
  const minutes = Number(m[1] ?? 0);
  const rest = m[2] === undefined ? 0 : Number(m[2]) / (m[3] === 'ms' ? 1000 : 1);
  return minutes * 60 + rest;
}

/** A build's time by step, in seconds, as far as its log says (steps it does not print are missing). */
export interface BuildSections {
  /** The content check before the build (or its reuse). */
  check?: number;
  /** Vite's bundles (server and client), summed. */
  bundle?: number;
  /** Astro's generation of all routes, the image endpoints included. */
  pages?: number;
  /** The social images' pool, from its start to the last image (runs beside the pages). */
  images?: number;
  /** Social images drawn, and how many the build needed. */
  imagesDrawn?: number;
  imagesTotal?: number;
  /** Pages Astro took over from the previous build (incremental build). */
  pagesReused?: number;
  pagefind?: number;
  sitemap?: number;
  precompress?: number;
}

/** Reads `BuildSections` from the log of `astro build` (colour codes allowed). */
export function buildSections(log: string): BuildSections {
  // eslint-disable-next-line no-control-regex -- build logs may contain ANSI colour codes
  const plain = log.replace(/\u001b\[[0-9;]*m/gu, '');
  const out: BuildSections = {};
  const bundles = [...plain.matchAll(/\[vite\] ✓ built in (\S+(?: \S+s)?)\s*$/gmu)].map(
    (m) => parseDuration(m[1]!) ?? 0,
  );
  if (bundles.length > 0) out.bundle = bundles.reduce((a, b) => a + b, 0);
  const generating = plain.indexOf('generating static routes');
  if (generating >= 0) {
    const done = /^\S+ ✓ Completed in ([^.]+(?:\.\d+)?s?)\.?\s*$/mu.exec(plain.slice(generating));
    const seconds = done ? parseDuration(done[1]!.replace(/\.$/u, '')) : undefined;
    if (seconds !== undefined) out.pages = seconds;
  }
  const reused = plain.match(/\((?:cached|restored)\)/gu);
  if (reused) out.pagesReused = reused.length;
  const images = /\[images\] (\d+) social images: (\d+) drawn, \d+ from the cache, (\d+(?:\.\d+)?) s/u.exec(plain);
  if (images) {
    out.imagesTotal = Number(images[1]);
    out.imagesDrawn = Number(images[2]);
    out.images = Number(images[3]);
  }
  const timing = /\[timing\] (.*)$/mu.exec(plain);
  if (timing) {
    for (const part of timing[1]!.split('·')) {
      const m = /^\s*(\S+) (\d+(?:\.\d+)?) s\s*$/u.exec(part);
      if (!m) continue;
      const seconds = Number(m[2]);
      if (m[1] === 'praxis:content-check') out.check = seconds;
      else if (m[1] === 'praxis:pagefind') out.pagefind = seconds;
      else if (m[1] === '@astrojs/sitemap') out.sitemap = seconds;
      else if (m[1] === 'praxis:precompress') out.precompress = seconds;
    }
  }
  return out;
}

const SECTION_NAMES: [keyof BuildSections, string][] = [
  ['check', 'check'],
  ['bundle', 'bundle'],
  ['pages', 'pages'],
  ['images', 'images'],
  ['pagefind', 'Pagefind'],
  ['sitemap', 'sitemap'],
  ['precompress', 'precompress'],
];

/** One line: `check 0.4 s · bundle 20.1 s · pages 31.0 s (images 25.2 s, 1872 of 1872 drawn) · …`. */
export function formatSections(s: BuildSections): string {
  const parts: string[] = [];
  for (const [key, name] of SECTION_NAMES) {
    const value = s[key];
    if (value === undefined) continue;
    let part = `${name} ${value.toFixed(1)} s`;
    if (key === 'pages' && s.pagesReused !== undefined) part += ` (${s.pagesReused} taken over)`;
    if (key === 'images' && s.imagesTotal !== undefined) part += ` (${s.imagesDrawn ?? 0} of ${s.imagesTotal} drawn)`;
    parts.push(part);
  }
  return parts.join(' · ');
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median of several runs of one build (sections and memory: the last run's, the highest peak). */
export function summarise(runs: readonly BuildMeasurement[]): BuildMeasurement {
  const cpus = runs.map((r) => r.cpu).filter((c): c is number => c !== undefined);
  const peaks = runs.map((r) => r.peakMb).filter((c): c is number => c !== undefined);
  const sections = runs.at(-1)?.sections;
  return {
    wall: median(runs.map((r) => r.wall)),
    ...(cpus.length === runs.length ? { cpu: median(cpus) } : {}),
    ...(peaks.length > 0 ? { peakMb: Math.max(...peaks) } : {}),
    pages: runs[runs.length - 1]?.pages ?? 0,
    ...(sections ? { sections } : {}),
  };
}

/** A cold build (fresh output and cache) and a warm one (unchanged content, the cold build's cache kept). */
export interface ColdWarm {
  cold: BuildMeasurement;
  warm: BuildMeasurement;
}

export interface BenchResult {
  count: number;
  seed: number;
  today: string;
  runs: number;
  mdxFiles: number;
  /** Load average (1 min) of the machine at the start and the end: the machine may be shared. */
  load?: [number, number];
  site: ColdWarm;
  floor: ColdWarm;
}

const seconds = (s: number) => `${s.toFixed(1)} s`;

export function formatReport(r: BenchResult): string {
  const line = (name: string, m: BuildMeasurement, floor: BuildMeasurement) =>
    `  ${name.padEnd(11)} ${String(m.pages).padStart(6)} pages   wall ${seconds(m.wall).padStart(8)}` +
    (m.cpu !== undefined ? `   cpu ${seconds(m.cpu).padStart(8)}` : '') +
    (m.peakMb !== undefined ? `   peak ${String(Math.round(m.peakMb)).padStart(5)} MB` : '') +
    (m === floor
      ? ''
      : `   ${(m.wall / floor.wall).toFixed(2)}× wall` +
        (m.cpu !== undefined && floor.cpu !== undefined ? `, ${(m.cpu / floor.cpu).toFixed(2)}× cpu` : '') +
        ' of the floor');
  const lines = [
    `Build benchmark: ${r.count} entries (${r.mdxFiles} MDX files), seed ${r.seed}, today ${r.today}, ${r.runs === 1 ? '1 run' : `median of ${r.runs} runs`}` +
      (r.load ? `, load average ${r.load[0].toFixed(1)} → ${r.load[1].toFixed(1)}` : ''),
    line('site cold', r.site.cold, r.floor.cold),
    line('site warm', r.site.warm, r.floor.warm),
    line('floor cold', r.floor.cold, r.floor.cold),
    line('floor warm', r.floor.warm, r.floor.warm),
  ];
  for (const [name, m] of [
    ['cold', r.site.cold],
    ['warm', r.site.warm],
  ] as const) {
    if (m.sections) lines.push(`  site ${name} by step: ${formatSections(m.sections)}`);
  }
  return lines.join('\n');
}
