/**
 * Vitest global setup: the real site, built once per test run and served like production.
 *
 * In a test file:   import { inject } from 'vitest';  const siteUrl = inject('siteUrl');  // http://127.0.0.1:PORT
 *                   const siteDir = inject('siteDir');                                    // the build output folder
 * or use `siteUnderTest()` from tests/helpers/site.ts, which says clearly when the site is missing.
 *
 * The site is only built when one of the selected test files mentions `siteUrl`, `siteDir` or
 * `siteUnderTest`; otherwise both are ''. `PRAXIS_TEST_SITE=<dir>` serves that existing build instead of
 * building (e.g. after a first run: `PRAXIS_TEST_SITE=.cache/test-site npx vitest run tests/gates`).
 *
 * Several people may run tests in one working tree at once, so each run builds into its own folder
 * (`.cache/test-site-<pid>`) and, when it ends, leaves that build as `.cache/test-site` for reuse.
 */
import { readFile, rename, rm, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../scripts/lib/staticServer.ts';
import { buildTestSite, REPO_ROOT, TEST_BUILD_LOG, TEST_SITE_DIR } from './buildSite.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the served test site, e.g. `http://127.0.0.1:41234` (no trailing slash); '' when not built. */
    siteUrl: string;
    /** Absolute path of the built site; '' when not built. */
    siteDir: string;
  }
}

const NEEDS_SITE = /\b(siteUrl|siteDir|siteUnderTest)\b/u;

/** Whether a selected test file uses the site. Reads the files the run will execute. */
async function selectedFilesNeedSite(project: TestProject): Promise<boolean> {
  // The CLI's file filters (`vitest run tests/gates`); not part of Vitest's typed API, so read defensively:
  // without them every test file counts, which at worst builds when it wasn't needed.
  const filters = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern ?? [];
  const { testFiles } = await project.globTestFiles(filters);
  for (const file of testFiles) {
    if (NEEDS_SITE.test(await readFile(file, 'utf8'))) return true;
  }
  return false;
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  const existing = process.env.PRAXIS_TEST_SITE?.trim();
  let siteDir: string;
  let built = false;
  if (existing) {
    siteDir = resolve(REPO_ROOT, existing);
    if (!(await stat(siteDir).catch(() => undefined))?.isDirectory()) {
      throw new Error(`PRAXIS_TEST_SITE=${existing}: no such folder (resolved to ${siteDir})`);
    }
    console.log(`[test site] serving the existing build in ${siteDir}`);
  } else if (await selectedFilesNeedSite(project)) {
    const started = Date.now();
    siteDir = await buildTestSite(`${TEST_SITE_DIR}-${process.pid}`);
    built = true;
    console.log(
      `[test site] built in ${((Date.now() - started) / 1000).toFixed(1)} s → ${siteDir} (log: ${TEST_BUILD_LOG})`,
    );
  } else {
    project.provide('siteUrl', '');
    project.provide('siteDir', '');
    return;
  }

  const server = await startStaticServer(siteDir);
  project.provide('siteUrl', server.url);
  project.provide('siteDir', siteDir);
  return async () => {
    await server.close();
    if (!built) return;
    // Keep the newest build as .cache/test-site (for PRAXIS_TEST_SITE and the benchmarks).
    await rm(TEST_SITE_DIR, { recursive: true, force: true });
    await rename(siteDir, TEST_SITE_DIR).catch(() => rm(siteDir, { recursive: true, force: true }));
  };
}
