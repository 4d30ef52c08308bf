/**
 * Build benchmark: `npm run bench:build -- [--count 1000] [--seed 1] [--runs 1] [--keep] [--json]`.
 *
 * Generates N entries into a temporary folder and, in the same run, builds the site with them twice — cold
 * (fresh output and cache folders) and warm (unchanged content, the cold build's cache kept, a new output
 * folder, as an editor's or a deploy pipeline's rebuild) — and "the floor" the same two ways: a bare Astro
 * project with only @astrojs/mdx that renders the same MDX bodies, one page each. Prints pages written, wall
 * and CPU time, peak memory, the ratios to the floor and where the site's time went by step (check, bundle,
 * pages, social images and how many were drawn, Pagefind, sitemap, precompression). Pure logic lives in
 * seeds/lib/bench.ts. `--count 10000` works; expect it to take a while.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateContent } from '../seeds/lib/generate.ts';
import { listFiles, writeContent } from '../seeds/lib/files.ts';
import {
  BENCH_USAGE,
  buildSections,
  floorEntries,
  floorProject,
  formatReport,
  formatSectionTimes,
  parseBenchArgs,
  sectionTimes,
  SNAPSHOT_EXCLUDE,
  summarise,
  type BenchResult,
  type BuildMeasurement,
  type ColdWarm,
} from '../seeds/lib/bench.ts';
import type { GeneratedFile } from '../seeds/lib/generate.ts';
import { buildEnv } from './lib/buildEnv.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'node_modules', '.bin');
const TIME = '/usr/bin/time';

function writeFiles(dir: string, files: readonly GeneratedFile[]): void {
  for (const f of files) {
    const path = join(dir, f.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.content);
  }
}

/** Run `astro build` in `cwd` with Node 22 first on PATH; wall time from here, CPU time and memory from /usr/bin/time. */
function build(name: string, cwd: string, env: Record<string, string>, outDir: string, log: string): BuildMeasurement {
  const astro = join(bin, 'astro');
  const timeFile = `${log}.time`;
  const useTime = existsSync(TIME);
  const [cmd, args] = useTime ? [TIME, ['-f', '%U %S %M', '-o', timeFile, astro, 'build']] : [astro, ['build']];
  process.stdout.write(`  building ${name} … `);
  const started = performance.now();
  const result = spawnSync(cmd, args, {
    cwd,
    // The environment `npm run build` gives the build (scripts/lib/buildEnv.ts), to the site and the floor alike.
    env: {
      ...process.env,
      ...buildEnv(),
      ...env,
      PATH: `${bin}:${process.env.PATH ?? ''}`,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  const wall = (performance.now() - started) / 1000;
  const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`;
  writeFileSync(log, output);
  if (result.status !== 0) {
    const tail = output.trim().split('\n').slice(-30).join('\n');
    throw new Error(`${name} build failed (exit ${result.status ?? result.signal}); log: ${log}\n${tail}`);
  }
  const pages = listFiles(outDir).filter((f) => f.endsWith('.html')).length;
  let cpu: number | undefined;
  let peakMb: number | undefined;
  if (useTime && existsSync(timeFile)) {
    const [user, sys, maxKb] = readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
    if (Number.isFinite(user) && Number.isFinite(sys)) cpu = user! + sys!;
    if (Number.isFinite(maxKb)) peakMb = maxKb! / 1024;
  }
  console.log(`${pages} pages in ${wall.toFixed(1)} s`);
  return {
    wall,
    pages,
    sections: buildSections(output),
    ...(cpu !== undefined ? { cpu } : {}),
    ...(peakMb !== undefined ? { peakMb } : {}),
  };
}

/** A cold build into fresh folders, then a warm one: a new output folder, the same cache. */
function coldAndWarm(
  name: string,
  cwd: string,
  env: (out: string, cache: string) => Record<string, string>,
  dir: string,
  work: string,
  run: number,
  keep: boolean,
): ColdWarm {
  const cache = join(dir, `cache-${run}`);
  const measure = (kind: 'cold' | 'warm') => {
    const out = join(dir, `dist-${run}-${kind}`);
    const m = build(`${name} (${kind})`, cwd, env(out, cache), out, join(work, `${name}-${run}-${kind}.log`));
    if (!keep) rmSync(out, { recursive: true, force: true });
    return m;
  };
  return { cold: measure('cold'), warm: measure('warm') };
}

function main(): void {
  const options = parseBenchArgs(process.argv.slice(2));
  const work = mkdtempSync(join(tmpdir(), 'praxis-bench-build-'));
  try {
    const files = generateContent(options);
    const content = join(work, 'content');
    writeContent(content, files, { force: false });

    const floor = join(work, 'floor');
    const entries = floorEntries(files);
    writeFiles(floor, [...floorProject(), ...entries]);
    symlinkSync(join(root, 'node_modules'), join(floor, 'node_modules'), 'dir');
    console.log(`Generated ${files.length} files (${options.count} entries, ${entries.length} MDX) in ${work}`);

    // The site builds from a snapshot of the repository in the temporary folder, not in place: Astro writes
    // per-build files into <root>/.astro/ (content-modules.mjs, and the prerender bundle whenever outDir lies
    // outside the working directory), so concurrent builds of one checkout with different content break each
    // other — and a snapshot also keeps other people's edits during a long build out of the measurement.
    const snapshot = join(work, 'site');
    cpSync(root, snapshot, {
      recursive: true,
      filter: (src) => !SNAPSHOT_EXCLUDE.has(relative(root, src).split(sep)[0]!),
    });
    symlinkSync(join(root, 'node_modules'), join(snapshot, 'node_modules'), 'dir');
    const site: ColdWarm[] = [];
    const bare: ColdWarm[] = [];
    const loadBefore = loadavg()[0]!;
    for (let run = 1; run <= options.runs; run++) {
      if (options.runs > 1) console.log(`Run ${run} of ${options.runs}`);
      site.push(
        coldAndWarm(
          'site',
          snapshot,
          (out, cache) => ({
            PRAXIS_CONTENT_DIR: content,
            PRAXIS_OUT_DIR: out,
            PRAXIS_CACHE_DIR: cache,
            // The build's "now" is the generator's reference date, so the same entries are scheduled.
            PRAXIS_NOW: options.today,
          }),
          snapshot,
          work,
          run,
          options.keep,
        ),
      );
      // Inside the floor project, so that Node resolves the prerender bundle's imports through its node_modules symlink.
      bare.push(
        coldAndWarm(
          'floor',
          floor,
          (out, cache) => ({ BENCH_OUT_DIR: out, BENCH_CACHE_DIR: cache }),
          floor,
          work,
          run,
          options.keep,
        ),
      );
    }

    const both = (runs: ColdWarm[]): ColdWarm => ({
      cold: summarise(runs.map((r) => r.cold)),
      warm: summarise(runs.map((r) => r.warm)),
    });
    const result: BenchResult = {
      count: options.count,
      seed: options.seed,
      today: options.today,
      runs: options.runs,
      mdxFiles: entries.length,
      load: [loadBefore, loadavg()[0]!],
      site: both(site),
      floor: both(bare),
    };
    console.log(`\n${formatReport(result)}`);
    // Where the cold build's render time goes (last run), as Astro logs it per file.
    const times = sectionTimes(readFileSync(join(work, `site-${options.runs}-cold.log`), 'utf8'));
    if (times.length > 0)
      console.log(
        `  site cold render time by section (Astro's per-file times, last run):\n${formatSectionTimes(times)}`,
      );
    if (options.json) console.log(JSON.stringify(result));
    if (options.keep) console.log(`\nKept ${work}`);
  } finally {
    if (!options.keep) rmSync(work, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  console.error(`\nbench:build: ${error instanceof Error ? error.message : String(error)}`);
  const optionError =
    error instanceof Error &&
    (('code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) || error.message.startsWith('--'));
  if (optionError) console.error(`\n${BENCH_USAGE}`);
  process.exit(1);
}
