/**
 * Builds the real site for tests and benchmarks, away from the developer's own dist/:
 *
 *   const dir = await buildTestSite();            // → <repo>/.cache/test-site (or the folder given)
 *
 * Runs `astro build` through tests/helpers/astro.ts (an editor's environment, one build at a time) with
 * PRAXIS_CACHE_DIR=.cache/test-astro-cache/<kind of build>, kept between runs; every PRAXIS_* variable of the environment
 * (PRAXIS_CONTENT_DIR, PRAXIS_NOW, …) passes through. The build's output goes to `.cache/test-site-build.log`;
 * a failed build throws with the end of that log.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { astroBuild, REPO_ROOT } from '../helpers/astro.ts';

export { REPO_ROOT };
export const TEST_SITE_DIR = join(REPO_ROOT, '.cache/test-site');
export const TEST_CACHE_DIR = join(REPO_ROOT, '.cache/test-astro-cache');
export const TEST_BUILD_LOG = join(REPO_ROOT, '.cache/test-site-build.log');

export async function buildTestSite(outDir = TEST_SITE_DIR): Promise<string> {
  await mkdir(dirname(TEST_BUILD_LOG), { recursive: true });
  // A cache per kind of build (test-site, visual-site, production-site …): they may run at the same time.
  const cacheDir = `${TEST_CACHE_DIR}/${basename(outDir).replace(/-\d+$/u, '')}`;
  const build = await astroBuild({ outDir, cacheDir });
  await rm(build.tmp, { recursive: true, force: true });
  await writeFile(TEST_BUILD_LOG, build.output);
  if (build.code !== 0) {
    const tail = build.output.trimEnd().split('\n').slice(-40).join('\n');
    throw new Error(`astro build failed (exit ${build.code}); last lines of ${TEST_BUILD_LOG}:\n${tail}`);
  }
  return outDir;
}
