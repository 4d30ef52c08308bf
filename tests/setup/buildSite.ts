/**
 * Builds the real site for tests and benchmarks, away from the developer's own dist/ and cache:
 *
 *   const dir = await buildTestSite();            // → <repo>/.cache/test-site (or the folder given)
 *
 * Runs `npm run build`'s script (scripts/build.ts: `astro build`, atomic) with PRAXIS_OUT_DIR,
 * PRAXIS_CACHE_DIR=.cache/test-astro-cache and telemetry off; every other PRAXIS_* variable (PRAXIS_CONTENT_DIR,
 * PRAXIS_NOW, …) passes through. The build's output goes to `.cache/test-site-build.log`; a failed build throws
 * with the end of that log (and leaves no output folder).
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const TEST_SITE_DIR = join(REPO_ROOT, '.cache/test-site');
export const TEST_CACHE_DIR = join(REPO_ROOT, '.cache/test-astro-cache');
export const TEST_BUILD_LOG = join(REPO_ROOT, '.cache/test-site-build.log');

export async function buildTestSite(outDir = TEST_SITE_DIR): Promise<string> {
  await mkdir(dirname(TEST_BUILD_LOG), { recursive: true });
  const log = createWriteStream(TEST_BUILD_LOG);
  const build = join(REPO_ROOT, 'scripts/build.ts');
  // process.execPath: the Node that runs the tests (the project's Node 22 under npm scripts).
  const child = spawn(process.execPath, [build], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PRAXIS_OUT_DIR: outDir,
      PRAXIS_CACHE_DIR: TEST_CACHE_DIR,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  const code = await new Promise<number | null>((done, fail) => {
    child.on('error', fail);
    child.on('close', done);
  });
  await new Promise<void>((done) => log.end(done));
  if (code !== 0) {
    const tail = (await readFile(TEST_BUILD_LOG, 'utf8')).trimEnd().split('\n').slice(-40).join('\n');
    throw new Error(`the build failed (exit ${code}); last lines of ${TEST_BUILD_LOG}:\n${tail}`);
  }
  return outDir;
}
