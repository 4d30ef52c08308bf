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
 * - Output and cache go to a fresh folder inside the repository (.cache/builds/), never /tmp: for an output
 *   folder outside the working directory Astro puts its prerender bundle into the shared ./.astro/.prerender.
 * - Builds never overlap (`lockAstro`): whatever the output folder, Astro writes the list of the content's
 *   MDX modules to <root>/.astro/content-modules.mjs and reads it back while bundling, so two builds of
 *   different content at once could render each other's entries. Test files run in parallel; their builds
 *   take turns (a build takes one core mostly, so little is lost on two cores), and the rest runs meanwhile.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Astro's command-line entry point, for `spawn(NODE, [ASTRO, …])`. */
export const ASTRO = join(REPO_ROOT, 'node_modules/astro/bin/astro.mjs');
/** The project's Node 22 (the `node` devDependency), whichever Node runs the tests. */
export const NODE = existsSync(join(REPO_ROOT, 'node_modules/.bin/node'))
  ? join(REPO_ROOT, 'node_modules/.bin/node')
  : process.execPath;
const LOCK = join(REPO_ROOT, '.cache/astro.lock');

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

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Waits until no other Astro of this working tree builds or serves, then holds the lock until the returned
 * function is called. A lock left by a process that died is taken over.
 */
export async function lockAstro(label: string): Promise<() => Promise<void>> {
  await mkdir(dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      await mkdir(LOCK);
      await writeFile(join(LOCK, 'owner'), `${process.pid} ${label}\n`);
      return () => rm(LOCK, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = await readFile(join(LOCK, 'owner'), 'utf8').catch(() => '');
    const pid = Number(owner.split(' ')[0]);
    const since = (await stat(LOCK).catch(() => undefined))?.mtimeMs ?? Date.now();
    // No owner yet: being written this instant, or left by a crash between mkdir and writeFile.
    if ((pid > 0 && !alive(pid)) || (!pid && Date.now() - since > 30_000)) {
      await rm(LOCK, { recursive: true, force: true });
      continue;
    }
    await new Promise((done) => setTimeout(done, 200));
  }
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
  /** More environment variables: PRAXIS_NOW, PRAXIS_STYLE_GUIDE … */
  env?: Record<string, string>;
}

/** `astro build` with the project's Node 22, in the environment and folders described above. */
export async function astroBuild(options: AstroBuildOptions = {}): Promise<AstroBuild> {
  const tmp = scratchDir('build');
  const outDir = options.outDir ?? join(tmp, 'site');
  const release = await lockAstro(`astro build → ${outDir}`);
  try {
    const child = spawn(NODE, [ASTRO, 'build'], {
      cwd: REPO_ROOT,
      env: astroEnv({
        ...(options.contentDir ? { PRAXIS_CONTENT_DIR: options.contentDir } : {}),
        PRAXIS_OUT_DIR: outDir,
        PRAXIS_CACHE_DIR: options.cacheDir ?? join(tmp, 'cache'),
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
    return { code, output, outDir, tmp };
  } finally {
    await release();
  }
}
