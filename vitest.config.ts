/**
 * Vitest for the whole project, in four layers (Vitest projects). A test file's layer follows from where it
 * lives and how it is named — nothing to register:
 *
 *   unit     src/**\/*.test.ts, scripts/**\/*.test.ts, tests/**\/*.unit.test.ts — pure logic, no build, no browser
 *   site     tests/**\/*.site.test.ts — static checks on the one shared build of the real site (`siteUnderTest()`)
 *   browser  tests/**\/*.browser.test.ts — anything that drives Chromium: the gates' crawl, Lighthouse, search;
 *            with the shared site or with pages of its own
 *   fixture  every other tests/**\/*.test.ts — small built corpora, schemas, the newsletter with real SMTP and
 *            SQLite, the editor tools
 *
 *   npm test                  format check, lint and type check side by side, and beside them all four layers
 *                             in one run (`npm run test:all`)
 *   npm run test:unit         one layer (also test:fixture, test:site, test:browser)
 *   npx vitest run tests/gates/links.site.test.ts     one file (its layer's setup comes with it)
 *
 * - Files run in parallel, across layers, one and a half per core (`maxWorkers`; Vitest's own default leaves one
 *   core out, which on a 2-core CI machine ran every file one after another). On 2 cores a full run is
 *   CPU-bound (a fresh-clone CI run: 1,067 s CPU in 584 s, counted for every process of the run, Chromium's
 *   included, by the kernel's cpuacct cgroup; `/usr/bin/time` misses Chromium's processes and had suggested
 *   idle cores), so a test's cost is its CPU, not its wall time. Every Astro build and dev
 *   server runs in a project copy of its own (tests/helpers/astro.ts); everything else a test starts gets its own
 *   folder, port and browser context.
 * - The unit and fixture layers run their files in shared workers (`isolate: false`): a file there leaves the
 *   process as it found it (process.env, working directory, globals, timers) and closes what it started.
 * - tests/setup/globalSetup.ts builds the real site once per run, in the background, when the run includes a
 *   `site` or `browser` file; those files wait for it (tests/setup/siteReady.ts). Only they can use it.
 * - Timeouts are generous because some tests drive a real browser, a JVM or a build; a test that wants
 *   more sets its own (`test('…', fn, 10 * 60_000)`).
 * - tests/setup/layerReporter.ts prints each layer's time at the end of a run, and what the browser gates
 *   checked (pages × viewports × colour schemes).
 */
import { defineConfig } from 'vitest/config';

// The site builds the tests start are previews as far as the operator is concerned: the legal pages show the
// marked placeholders of operator.example.yaml instead of stopping the build (src/config/operator.ts). Set here,
// in the process every test and every build it spawns inherits; a test that wants a production build with
// operator data passes PRAXIS_OPERATOR_EXAMPLE=0 and PRAXIS_OPERATOR_FILE itself.
process.env.PRAXIS_OPERATOR_EXAMPLE ??= '1';
// Names this run in what its processes log for the end-of-run summary (the Astro lock's uses: tests/helpers/astro.ts).
process.env.PRAXIS_TEST_RUN ??= `${process.pid}-${Date.now()}`;

// The builds the tests start keep their helper threads (social images, compression) at normal priority: three test
// files run at once, and a build's background threads (src/lib/background.ts) waited for all of them — in a
// fresh-clone CI run the shared test site took 51 s to build instead of 29, and every site and browser file with it.
process.env.PRAXIS_BACKGROUND_NICE ??= '0';

const UNIT = ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.unit.test.ts'];
const SITE = ['tests/**/*.site.test.ts'];
const BROWSER = ['tests/**/*.browser.test.ts'];

export default defineConfig({
  test: {
    globalSetup: ['tests/setup/globalSetup.ts'],
    reporters: ['default', './tests/setup/layerReporter.ts'],
    sequence: { sequencer: (await import('./tests/setup/sequencer.ts')).LayerSequencer },
    maxWorkers: '150%',
    testTimeout: 120_000,
    hookTimeout: 600_000,
    teardownTimeout: 120_000,
    projects: [
      // Pure logic: no file changes process.env, the working directory, globals or timers, so the files share
      // their workers and the modules they import (isolated, each file paid a fresh worker and its imports:
      // 59 files took 18–24 CPU s, 9–10 s shared).
      { extends: true, test: { name: 'unit', include: UNIT, isolate: false } },
      // Not isolated either: these files start builds, servers and scripts as processes of their own, and the
      // little they change in the worker they put back (tests/production/operatorBuild.test.ts: process.env);
      // the rest is memoised by input (schemas, fonts). All 34 files: 150 → 145 CPU s (26 light ones 64–68 → 57–60).
      {
        extends: true,
        test: {
          name: 'fixture',
          include: ['tests/**/*.test.ts'],
          exclude: [...UNIT, ...SITE, ...BROWSER],
          isolate: false,
        },
      },
      { extends: true, test: { name: 'site', include: SITE, setupFiles: ['tests/setup/siteReady.ts'] } },
      { extends: true, test: { name: 'browser', include: BROWSER, setupFiles: ['tests/setup/siteReady.ts'] } },
    ],
  },
});
