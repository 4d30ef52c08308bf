/**
 * Build benchmark: `npm run bench:build -- [--count 1000] [--seed 1] [--runs 1] [--keep] [--json]`.
 *
 * Generates N entries into a temporary folder, builds the site with them (PRAXIS_CONTENT_DIR, fresh
 * PRAXIS_OUT_DIR and PRAXIS_CACHE_DIR per run) and, in the same run, builds "the floor": a bare Astro
 * project with only @astrojs/mdx that renders the same MDX bodies, one page each. Prints pages written,
 * wall time of each build and the ratio. Pure logic lives in seeds/lib/bench.ts.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateContent } from '../seeds/lib/generate.ts';
import { listFiles, writeContent } from '../seeds/lib/files.ts';
import {
  BENCH_USAGE,
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
} from '../seeds/lib/bench.ts';
import type { GeneratedFile } from '../seeds/lib/generate.ts';

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

/** Run `astro build` in `cwd` with Node 22 first on PATH; wall time from here, CPU time from /usr/bin/time. */
function build(name: string, cwd: string, env: Record<string, string>, outDir: string, log: string): BuildMeasurement {
  const astro = join(bin, 'astro');
  const timeFile = `${log}.time`;
  const useTime = existsSync(TIME);
  const [cmd, args] = useTime ? [TIME, ['-f', '%U %S', '-o', timeFile, astro, 'build']] : [astro, ['build']];
  process.stdout.write(`  building ${name} … `);
  const started = performance.now();
  const result = spawnSync(cmd, args, {
    cwd,
    env: { ...process.env, ...env, PATH: `${bin}:${process.env.PATH ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  const wall = (performance.now() - started) / 1000;
  writeFileSync(log, `${result.stdout ?? ''}\n${result.stderr ?? ''}`);
  if (result.status !== 0) {
    const tail = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim().split('\n').slice(-30).join('\n');
    throw new Error(`${name} build failed (exit ${result.status ?? result.signal}); log: ${log}\n${tail}`);
  }
  const pages = listFiles(outDir).filter((f) => f.endsWith('.html')).length;
  let cpu: number | undefined;
  if (useTime && existsSync(timeFile)) {
    const [user, sys] = readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
    if (Number.isFinite(user) && Number.isFinite(sys)) cpu = user! + sys!;
  }
  console.log(`${pages} pages in ${wall.toFixed(1)} s`);
  return { wall, pages, ...(cpu !== undefined ? { cpu } : {}) };
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
    const site: BuildMeasurement[] = [];
    const bare: BuildMeasurement[] = [];
    for (let run = 1; run <= options.runs; run++) {
      if (options.runs > 1) console.log(`Run ${run} of ${options.runs}`);
      const siteOut = join(snapshot, `dist-${run}`);
      site.push(
        build(
          'site',
          snapshot,
          {
            PRAXIS_CONTENT_DIR: content,
            PRAXIS_OUT_DIR: siteOut,
            PRAXIS_CACHE_DIR: join(snapshot, `cache-${run}`),
            // The build's "now" is the generator's reference date, so the same entries are scheduled.
            PRAXIS_NOW: options.today,
          },
          siteOut,
          join(work, `site-${run}.log`),
        ),
      );
      // Inside the floor project, so that Node resolves the prerender bundle's imports through its node_modules symlink.
      const floorOut = join(floor, `dist-${run}`);
      bare.push(
        build(
          'floor',
          floor,
          { BENCH_OUT_DIR: floorOut, BENCH_CACHE_DIR: join(floor, `cache-${run}`) },
          floorOut,
          join(work, `floor-${run}.log`),
        ),
      );
      if (!options.keep) {
        rmSync(siteOut, { recursive: true, force: true });
        rmSync(floorOut, { recursive: true, force: true });
      }
    }

    const result: BenchResult = {
      count: options.count,
      seed: options.seed,
      today: options.today,
      runs: options.runs,
      mdxFiles: entries.length,
      site: summarise(site),
      floor: summarise(bare),
    };
    console.log(`\n${formatReport(result)}`);
    // Where the site's render time goes (last run), as Astro logs it per file.
    const times = sectionTimes(readFileSync(join(work, `site-${options.runs}.log`), 'utf8'));
    if (times.length > 0)
      console.log(`  site render time by section (Astro's per-file times, last run):\n${formatSectionTimes(times)}`);
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
