/**
 * Vitest for the whole project.
 *
 * - Test files: `src/**\/*.test.ts`, `tests/**\/*.test.ts`, `scripts/**\/*.test.ts`.
 * - Timeouts are generous because some tests drive a real browser, a JVM or a build; a test that wants
 *   more sets its own (`test('…', fn, 10 * 60_000)`).
 * - `tests/setup/globalSetup.ts` builds the real site once per run (into `.cache/test-site-<pid>`, kept as
 *   `.cache/test-site` when the run ends), serves it on 127.0.0.1 and provides `siteUrl` and `siteDir`
 *   (`inject('siteUrl')`, or `siteUnderTest()` from `tests/helpers/site.ts`). It only builds when a selected
 *   test file mentions `siteUrl`, `siteDir` or `siteUnderTest`, so unit tests alone stay fast.
 *   `PRAXIS_TEST_SITE=<dir>` serves an existing build instead.
 * - Test files run one after another (see `fileParallelism` below).
 */
import { defineConfig } from 'vitest/config';

// The site builds the tests start are previews as far as the operator is concerned: the legal pages show the
// marked placeholders of operator.example.yaml instead of stopping the build (src/config/operator.ts). Set here,
// in the process every test and every build it spawns inherits; a test that wants a production build with
// operator data passes PRAXIS_OPERATOR_EXAMPLE=0 and PRAXIS_OPERATOR_FILE itself.
process.env.PRAXIS_OPERATOR_EXAMPLE ??= '1';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts', 'scripts/**/*.test.ts'],
    globalSetup: ['tests/setup/globalSetup.ts'],
    // Test files run one after another: several of them build the site, and Astro keeps part of every build in
    // the shared <root>/.astro folder; a full run in parallel also saw the served test site answer 500s while
    // other files built and browsed at once. Within a file, tests still share one browser and one build.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
    teardownTimeout: 60_000,
  },
});
