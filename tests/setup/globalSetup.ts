/**
 * Vitest global setup (once per run): the real site, built once and served like production, for the `site`
 * and `browser` layers.
 *
 * In a test file of those layers:  const { url, dir } = siteUnderTest();   // tests/helpers/site.ts
 * (or `inject('siteUrl')`, `inject('siteDir')`).
 *
 * - The site is built only when the run includes a file of the `site` or `browser` layer that mentions
 *   `siteUnderTest` (or `siteUrl`, `siteDir`); otherwise nothing is built, and `siteUnderTest()` in a file of
 *   another layer says which layer a file must be in to use it.
 * - The build runs in the background: the `unit` and `fixture` layers start at once, and each file of the
 *   `site` and `browser` layers waits for it (tests/setup/siteReady.ts) before its first line runs.
 * - `PRAXIS_TEST_SITE=<dir>` serves an existing build instead (e.g. after a first run:
 *   `PRAXIS_TEST_SITE=.cache/test-site npm run test:browser`).
 * - Several people may run tests in one working tree at once, so each run builds into its own folder
 *   (`.cache/test-site-<pid>`) and, when it ends, leaves that build as `.cache/test-site` for reuse.
 */
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
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
    /** A file that appears when the site is ready: `{ "ok": true }`, or `{ "ok": false, "error": "…" }`. */
    siteStatus: string;
  }
}

/** The layers (Vitest projects, see vitest.config.ts) whose files use the shared site. */
export const SITE_LAYERS = ['site', 'browser'];

const USES_SITE = /\b(siteUnderTest|siteUrl|siteDir)\b/u;

/** Whether the run includes a file of those layers that uses the site (the CLI's file filters applied). */
async function runUsesSite(root: TestProject): Promise<boolean> {
  // The CLI's file filters (`vitest run tests/gates`); not part of Vitest's typed API, so read defensively:
  // without them every file of the selected layers counts, which at worst builds when it wasn't needed.
  const filters = (root.vitest as unknown as { filenamePattern?: string[] }).filenamePattern ?? [];
  for (const project of root.vitest.projects) {
    if (!SITE_LAYERS.includes(project.name)) continue;
    for (const file of (await project.globTestFiles(filters)).testFiles) {
      if (USES_SITE.test(await readFile(file, 'utf8'))) return true;
    }
  }
  return false;
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  const existing = process.env.PRAXIS_TEST_SITE?.trim();
  const none = () => {
    project.provide('siteUrl', '');
    project.provide('siteDir', '');
    project.provide('siteStatus', '');
  };
  if (!existing && !(await runUsesSite(project))) return none();

  const siteDir = existing ? resolve(REPO_ROOT, existing) : `${TEST_SITE_DIR}-${process.pid}`;
  const siteStatus = `${siteDir}.status.json`;
  await rm(siteStatus, { force: true });
  let building: Promise<unknown> = Promise.resolve();
  if (existing) {
    if (!(await stat(siteDir).catch(() => undefined))?.isDirectory()) {
      throw new Error(`PRAXIS_TEST_SITE=${existing}: no such folder (resolved to ${siteDir})`);
    }
    console.log(`[test site] serving the existing build in ${siteDir}`);
    await writeFile(siteStatus, JSON.stringify({ ok: true }));
  } else {
    await mkdir(siteDir, { recursive: true });
    const started = Date.now();
    building = buildTestSite(siteDir).then(
      async () => {
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        console.log(`[test site] built in ${seconds} s → ${siteDir} (log: ${TEST_BUILD_LOG})`);
        await writeFile(siteStatus, JSON.stringify({ ok: true, seconds: Number(seconds) }));
      },
      async (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        await writeFile(siteStatus, JSON.stringify({ ok: false, error: message }));
      },
    );
  }

  // Serving the folder before it is filled is fine: tests wait for the status file before they ask for a page.
  const server = await startStaticServer(siteDir);
  project.provide('siteUrl', server.url);
  project.provide('siteDir', siteDir);
  project.provide('siteStatus', siteStatus);
  return async () => {
    await building;
    await server.close();
    const { ok } = JSON.parse(await readFile(siteStatus, 'utf8').catch(() => '{}')) as { ok?: boolean };
    await rm(siteStatus, { force: true });
    if (existing) return;
    if (!ok) {
      await rm(siteDir, { recursive: true, force: true });
      return;
    }
    // Keep the newest build as .cache/test-site (for PRAXIS_TEST_SITE and the benchmarks).
    await rm(TEST_SITE_DIR, { recursive: true, force: true });
    await rename(siteDir, TEST_SITE_DIR).catch(() => rm(siteDir, { recursive: true, force: true }));
  };
}
