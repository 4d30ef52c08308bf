/**
 * Running Astro from tests, the one way every test does it (builds here, the dev server in tests/editor/build.ts):
 *
 *   const b = await astroBuild({ contentDir, env: { PRAXIS_NOW: '2026-06-15' } });
 *   b.code; b.output;                  // exit code; stdout and stderr together
 *   b.outDir;                          // the built site, in a fresh folder under .cache/builds/
 *   await rm(b.tmp, { recursive: true, force: true });
 *
 * - The environment is that of an editor's terminal (`astroEnv`): Vitest's own variables are removed. Under
 *   NODE_ENV=test `import.meta.env.DEV` is true in a build, and under VITEST Astro's dev server serves no page.
 *   Telemetry and colours are off; every other variable, PRAXIS_* included, passes through.
 * - Output and cache go to a fresh folder inside the repository (.cache/builds/), never /tmp.
 * - Each build and dev server runs in a project of its own (`projectCopy`): Astro writes the list of the
 *   content's MDX modules to <root>/.astro/content-modules.mjs and reads it back while bundling, so two builds
 *   of different content in one root could render each other's entries. In copies they run side by side, as
 *   test files do; until December 2026 they took turns under a lock, and that chain of builds (one of them an
 *   editor test's dev server holding it for minutes) set the pace of the whole suite.
 * - Every build and dev server logs its time (`RUN_LOG`, one JSON line each) for the end-of-run summary.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { appendFile, mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildEnv } from '../../scripts/lib/buildEnv.ts';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Astro's command-line entry point, for `spawn(NODE, [ASTRO, …])`. */
export const ASTRO = join(REPO_ROOT, 'node_modules/astro/bin/astro.mjs');
/** The project's Node 22 (the `node` devDependency), whichever Node runs the tests. */
export const NODE = existsSync(join(REPO_ROOT, 'node_modules/.bin/node'))
  ? join(REPO_ROOT, 'node_modules/.bin/node')
  : process.execPath;
/**
 * One line per build or dev server (JSON: run, label, heldMs), for the end-of-run summary (tests/setup/layerReporter.ts).
 */
export const RUN_LOG = join(REPO_ROOT, '.cache/astro-runs.jsonl');

/**
 * Variables the test runner sets that no editor's terminal has. DEV, PROD, MODE, SSR and BASE_URL are Vite's
 * `import.meta.env` mirrored into process.env by Vitest: passed on, a built page reads `import.meta.env.PROD`
 * from them at run time, so it took itself for no production build (no keys for the incremental build).
 */
const VITEST_ONLY = new Set(['NODE_ENV', 'TEST', 'DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL']);

/** The environment for Astro as an editor's terminal would give it, plus `extra`. */
export function astroEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.startsWith('VITEST') && !VITEST_ONLY.has(k)) env[k] = v;
  }
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...extra };
}

/** A fresh folder for one build or dev server, inside the repository (see above). */
export function scratchDir(prefix: string): string {
  const base = join(REPO_ROOT, '.cache/builds');
  mkdirSync(base, { recursive: true });
  return mkdtempSync(join(base, `${prefix}-`));
}

/** Left out of a project copy: history, build output and caches. */
const NOT_COPIED = new Set(['.git', '.cache', '.astro', 'dist', 'test-results']);
/** Linked, not copied: large, and read only by a build (content folders of tests are passed by their path). */
const LINKED = new Set(['node_modules', 'content', 'tests', 'docs', 'seeds', 'deploy']);

/**
 * A project of its own in `dir`/project, for one build or dev server (see the top of this file): the code and
 * configuration copied (src/, public/, scripts/ and the files at the top, about 3 MB), node_modules and the
 * content folders linked. Returns its root, the `cwd` for Astro or scripts/build.ts.
 */
export function projectCopy(dir: string): string {
  const root = join(dir, 'project');
  mkdirSync(root, { recursive: true });
  for (const entry of readdirSync(REPO_ROOT)) {
    if (NOT_COPIED.has(entry)) continue;
    const from = join(REPO_ROOT, entry);
    if (LINKED.has(entry)) symlinkSync(from, join(root, entry));
    else cpSync(from, join(root, entry), { recursive: true });
  }
  return root;
}

/** Notes how long a build or dev server ran, for the end-of-run summary. */
export async function logAstroRun(label: string, started: number): Promise<void> {
  const run = { run: process.env.PRAXIS_TEST_RUN ?? '', label, heldMs: Date.now() - started };
  await mkdir(dirname(RUN_LOG), { recursive: true });
  await appendFile(RUN_LOG, `${JSON.stringify(run)}\n`);
}

export interface AstroBuild {
  /** Exit code of `astro build`. */
  code: number | null;
  /** Everything it printed, stdout and stderr in the order they came. */
  output: string;
  /** The built site (absent when the build stopped early). */
  outDir: string;
  /** The folder holding outDir and the build's cache, to remove afterwards. */
  tmp: string;
}

export interface AstroBuildOptions {
  /** PRAXIS_CONTENT_DIR: the content root (the repository's content/ when absent). */
  contentDir?: string;
  /** Where the site goes; a fresh folder under .cache/builds/ when absent. Keep it inside the repository. */
  outDir?: string;
  /** Astro's cache (social images, fonts, data store); next to outDir when absent. */
  cacheDir?: string;
  /**
   * The project to build in (`projectCopy`); a fresh copy when absent. Builds meant to share Astro's incremental
   * cache must share it: the cache's keys hold the code's paths. (Not two at the same time.)
   */
  project?: string;
  /** More environment variables: PRAXIS_NOW, PRAXIS_STYLE_GUIDE … */
  env?: Record<string, string>;
}

/** `astro build` with the project's Node 22, in the environment and folders described above. */
export async function astroBuild(options: AstroBuildOptions = {}): Promise<AstroBuild> {
  const tmp = scratchDir('build');
  const outDir = options.outDir ?? join(tmp, 'site');
  const started = Date.now();
  const child = spawn(NODE, [ASTRO, 'build'], {
    cwd: options.project ?? projectCopy(tmp),
    // The environment of `npm run build` (scripts/lib/buildEnv.ts).
    env: astroEnv({
      ...buildEnv(),
      ...(options.contentDir ? { PRAXIS_CONTENT_DIR: options.contentDir } : {}),
      PRAXIS_OUT_DIR: outDir,
      PRAXIS_CACHE_DIR: options.cacheDir ?? join(tmp, 'cache'),
      // No .br/.gz copies unless a test asks (the production stack's Caddy serves them): brotli at quality 10 of
      // the editor's 5 MB bundle alone took 7–11 s of every build.
      PRAXIS_PRECOMPRESS: process.env.PRAXIS_PRECOMPRESS ?? '0',
      ...options.env,
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((done, fail) => {
    child.on('error', fail);
    child.on('close', done);
  });
  await logAstroRun(`astro build → ${outDir}`, started);
  return { code, output, outDir, tmp };
}
